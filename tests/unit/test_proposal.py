"""The oordeel proposal as a table: coverage x aspects x polarity -> oordeel, and its reason."""

from __future__ import annotations

import pytest

from interviewer.domain.proposal import ProposalInput, propose
from questionbank.models import CoverageRules, ProposalRules

COVERAGE = CoverageRules(interviews_for_gedekt=2, documents_for_onderbouwd=1)
RULES = ProposalRules(niet_negative_share=0.6, niet_min_core_notes=2, plus_max_missing_aspects=0, min_shared_norms_for_agreement=5)

FULL = dict(level="onderbouwd", interviews=2, documents=1, functies=2)
GEDEKT = dict(level="gedekt", interviews=2, documents=0, functies=2)
DUN_ONE = dict(level="dun", interviews=1, documents=0, functies=1)
DUN_DOC = dict(level="dun", interviews=1, documents=1, functies=1)
CORE_OK = dict(core_label="kern", core_notes=3, core_negative=0)
CORE_BAD = dict(core_label="kern", core_notes=3, core_negative=2)
CORE_ONE_BAD = dict(core_label="kern", core_notes=1, core_negative=1)

# (case, input, expected oordeel, words the reason must contain)
TABLE = [
    ("open", dict(level="open"), "niet beoordeeld", ["geen bronnen"]),
    ("nvt", dict(level="nvt"), "n.v.t.", ["niet van toepassing"]),
    ("onderbouwd, all aspects, positive", {**FULL, "supporting": 4, **CORE_OK}, "+", ["alle aspecten gehoord"]),
    ("onderbouwd, aspect missing", {**FULL, "supporting": 4, "missing_aspects": ("registratie",), **CORE_OK}, "+/-", ["niet gehoord: registratie"]),
    ("onderbouwd, negative against positive", {**FULL, "supporting": 3, "negative": 1, **CORE_OK}, "+/-", ["één negatief signaal", "tegenover 3"]),
    ("onderbouwd, core mainly negative", {**FULL, "supporting": 1, "negative": 2, **CORE_BAD}, "-", ["kern", "overwegend negatief", "2 van 3"]),
    ("onderbouwd, one negative core note is not a -", {**FULL, "supporting": 2, "negative": 1, **CORE_ONE_BAD}, "+/-", ["negatief signaal"]),
    ("gedekt (no document), positive", {**GEDEKT, "supporting": 4, **CORE_OK}, "niet beoordeeld", ["nog onvoldoende onderbouwd", "inzage van een document"]),
    ("gedekt, aspect missing only", {**GEDEKT, "supporting": 4, "missing_aspects": ("x",), **CORE_OK}, "niet beoordeeld", ["nog onvoldoende onderbouwd"]),
    ("gedekt, negative", {**GEDEKT, "supporting": 2, "negative": 1, **CORE_OK}, "+/-", ["nog onvoldoende onderbouwd", "voorlopig", "negatief signaal"]),
    ("gedekt, core mainly negative", {**GEDEKT, "negative": 2, "supporting": 1, **CORE_BAD}, "-", ["nog onvoldoende onderbouwd", "voorlopig", "overwegend negatief"]),
    ("one interview, positive", {**DUN_ONE, "supporting": 2, **CORE_OK}, "niet beoordeeld", ["nog één gesprek", "inzage van een document", "één functie"]),
    ("one interview and a document", {**DUN_DOC, "supporting": 2, **CORE_OK}, "niet beoordeeld", ["nog één gesprek"]),
    ("documents only", dict(level="dun", documents=2, supporting=2, **CORE_OK), "niet beoordeeld", ["nog twee gesprekken"]),
    ("onderbouwd from one functie", {**FULL, "functies": 1, "supporting": 4, **CORE_OK}, "+", ["alleen gehoord van één functie"]),
]


@pytest.mark.parametrize(("case", "inp", "oordeel", "words"), TABLE, ids=[t[0] for t in TABLE])
def test_proposal_table(case, inp, oordeel, words):
    p = propose(ProposalInput(**inp), COVERAGE, RULES)
    assert p.oordeel == oordeel, (case, p)
    for w in words:
        assert w in p.reason, (case, p.reason)


@pytest.mark.parametrize(("case", "inp", "oordeel", "words"), TABLE, ids=[t[0] for t in TABLE])
def test_never_plus_below_the_coverage_rule(case, inp, oordeel, words):
    p = propose(ProposalInput(**inp), COVERAGE, RULES)
    if inp["level"] != "onderbouwd":
        assert p.oordeel != "+"


def test_thresholds_come_from_the_rules():
    inp = ProposalInput(**{**FULL, "supporting": 1, "negative": 2, **CORE_BAD})
    strict = ProposalRules(niet_negative_share=0.9, niet_min_core_notes=2, plus_max_missing_aspects=0, min_shared_norms_for_agreement=5)
    assert propose(inp, COVERAGE, RULES).oordeel == "-"
    assert propose(inp, COVERAGE, strict).oordeel == "+/-"
    lenient = ProposalRules(0.6, 2, 1, 5)
    one_missing = ProposalInput(**{**FULL, "supporting": 3, "missing_aspects": ("x",), **CORE_OK})
    assert propose(one_missing, COVERAGE, lenient).oordeel == "+"
