"""`interviewer bevindingen FILE`: per norm the proposal, its reason, the aspects and the concept."""

from __future__ import annotations

import json
import re

import pytest

from interviewer.cli import main
from interviewer.demo import build_audit_file
from interviewer.demo.builder import build_demo
from interviewer.domain.coverage import coverage
from interviewer.domain.drafting import shorthand_tokens


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    return build_audit_file(tmp_path_factory.mktemp("demo") / "demo.audit")


def test_json_per_norm_with_proposal_reason_aspects_and_concept(demo_file, capsys, bank):
    assert main(["bevindingen", str(demo_file), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["norm"] for r in rows] == [n.id for n in bank.norms]
    levels = {n.norm_id: n.level for n in coverage(bank, build_demo()).norms}
    for r in rows:
        assert {"norm", "oordeel_voorstel", "reden", "aspecten", "concept"} <= set(r)
        assert r["reden"]
        assert len(r["aspecten"]) >= 2 and all({"label", "gehoord", "bronnen"} <= set(a) for a in r["aspecten"])
        assert all(bool(a["bronnen"]) == a["gehoord"] for a in r["aspecten"])
        if levels[r["norm"]] != "onderbouwd":
            assert r["oordeel_voorstel"] != "+", r["norm"]
        if levels[r["norm"]] == "open":
            assert r["concept"] == ""
        for q in re.findall(r"„([^”]*)”", r["concept"]):
            assert shorthand_tokens(q) == [], (r["norm"], q)


def test_one_norm_as_text(demo_file, capsys):
    assert main(["bevindingen", str(demo_file), "--norm", "ob16"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OB16  voorstel: ")
    assert "aspecten: " in out and "concept:" in out and "RI&E" in out


def test_unknown_norm_is_a_dutch_error(demo_file, capsys):
    assert main(["bevindingen", str(demo_file), "--norm", "X9"]) == 2
    assert capsys.readouterr().err.startswith("Fout: Onbekende norm")
