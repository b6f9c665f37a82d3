"""`interviewer norms`: the overview, one norm in full, JSON for other tools, Dutch errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from interviewer.cli import main
from questionbank.loader import DATA_DIR

REQUIRED_KEYS = {
    "id", "rubriek", "number", "text", "questions", "evidence", "kan_blijken_uit", "wijkteam", "hints", "functies",
}  # fmt: skip


def test_json_lists_all_norms_with_the_agreed_keys():
    out = subprocess.run(
        [sys.executable, "-m", "interviewer", "norms", "--json"], capture_output=True, check=True
    )
    norms = json.loads(out.stdout.decode("utf-8"))
    assert len(norms) == 49
    assert [n["id"] for n in norms][:2] == ["V1", "V2"] and norms[-1]["id"] == "OB23"
    for n in norms:
        assert set(n) == REQUIRED_KEYS, n["id"]
        assert set(n["wijkteam"]) == {"applicability", "note"}
        assert set(n["functies"]) == {"primary", "secondary", "rationale"}
        assert n["questions"] and all({"text", "source"} <= set(q) for q in n["questions"])
    # written as UTF-8 text, not \u escapes: "cliënten" in V4
    assert "cliënten".encode("utf-8") in out.stdout


def test_json_for_one_norm_is_one_object(capsys):
    assert main(["norms", "d5", "--json"]) == 0
    norm = json.loads(capsys.readouterr().out)
    assert norm["id"] == "D5" and norm["rubriek"] == "Dienstverlening"


def test_overview_lists_every_norm_per_rubriek(capsys):
    assert main(["norms"]) == 0
    out = capsys.readouterr().out
    for heading in ("Vakmanschap (15)", "Dienstverlening (11)", "Organisatie en bestuur (23)"):
        assert heading in out
    assert out.index("Vakmanschap (15)") < out.index("V15 ") < out.index("Dienstverlening (11)")
    for norm_id in ("V1", "V15", "D11", "OB23"):
        assert f"\n{norm_id} " in out
    assert "vragen · vooral voor: Sociaal werker" in out


def test_one_norm_in_full(capsys):
    assert main(["norms", "V3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("V3 · Vakmanschap 3")
    assert "ondernemend" in out
    for section in ("Vragen (", "Voorbeelden van bewijs:", "Kan blijken uit:", "Bij een wijkteam:", "Gesprekspartners:"):
        assert section in out


def test_unknown_norm_is_a_dutch_error_with_exit_2(capsys):
    assert main(["norms", "V99"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Onbekende norm: 'V99'" in captured.err


def test_broken_bank_is_a_dutch_message_without_traceback(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    (data / "begrippen.toml").write_text("[[begrip]]\nterm = 'Klant'\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "interviewer", "norms", "--bank", str(data)], capture_output=True, text=True
    )
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert "De vragenbank kan niet worden geladen: begrippen.toml" in out.stderr
    assert "definition" in out.stderr
