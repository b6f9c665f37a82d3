"""The name check gives the same report in every process. Python salts the hashes of strings per
process, so a rule that takes the first hit from a set can replace "Van der Laan" whole in one
export and leave "Van" standing in the next; each case runs under two hash seeds that order the set
differently."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
sys.path.insert(0, {root!r})
sys.path.insert(0, {tests!r})
from names_audit import redact
print(json.dumps(redact(*json.loads(sys.argv[1]))))
"""


def _redacted_under_seed(texts: list[str], seed: int) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    code = SCRIPT.format(root=str(ROOT), tests=str(ROOT / "tests" / "unit"))
    out = subprocess.run([sys.executable, "-c", code, json.dumps(texts)], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_a_surname_found_with_two_particle_runs_is_replaced_whole_in_every_process():
    texts = [
        "Wim van der Laan belde over de huur.",
        "Ria der Laan (buurvrouw) was er ook bij.",
        "Naar Van der Laan in Zuiderwaard gaat de wijkcoach twee keer per week.",
    ]
    runs = [_redacted_under_seed(texts, seed) for seed in (0, 1)]
    assert runs[0] == runs[1]
    assert "Van" not in runs[0][2] and "Laan" not in runs[0][2]
