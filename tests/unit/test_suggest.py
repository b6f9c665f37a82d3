"""Question suggestions: open norms and this functie's own norms first, asked questions gone, own questions in."""

from __future__ import annotations

import pytest
from test_coverage import AuditBuilder

from interviewer.domain.coverage import coverage
from interviewer.domain.suggest import bank_key, custom_key, rank_questions, suggest_for_interview
from sessions.models import AskedQuestion, CustomQuestion


def test_vrijwilligerscoordinator_gets_vrijwilligers_norms_first_with_dutch_reason(bank):
    b = AuditBuilder()
    bron = b.interview("vrijwilligerscoordinator")
    first = suggest_for_interview(bank, b.audit, bron, limit=3)
    assert {s.norm_id for s in first} <= {"OB11", "D10"}
    ob11 = next(s for s in suggest_for_interview(bank, b.audit, bron) if s.norm_id == "OB11")
    assert ob11.reason == "OB11 heeft nog geen bron; vrijwilligerscoördinator is primair voor deze norm"
    assert ob11.source == "handvat" and ob11.key.startswith("bank:OB11:")


def test_asked_questions_drop_out(bank):
    b = AuditBuilder()
    bron = b.interview("vrijwilligerscoordinator")
    before = suggest_for_interview(bank, b.audit, bron)
    asked = before[0]
    b.audit.asked.append(AskedQuestion(id="q1", bron_id=bron, norm_id=asked.norm_id, question_key=asked.key))
    after = suggest_for_interview(bank, b.audit, bron)
    assert asked.key not in {s.key for s in after}
    assert len(after) == len(before) - 1
    # asked in ANOTHER interview: still on the list here
    other = b.interview("vrijwilligerscoordinator")
    assert asked.key in {s.key for s in suggest_for_interview(bank, b.audit, other)}


def test_open_norms_come_before_covered_ones(bank):
    b = AuditBuilder()
    # OB11 and D10 are both primary for the coordinator; cover D10 fully elsewhere
    for functie in ("sociaal_werker", "bedrijfskritische_vrijwilliger"):
        b.note(b.interview(functie), "D10")
    b.note(b.document("Vrijwilligersbeleid"), "D10")
    bron = b.interview("vrijwilligerscoordinator")
    ranked = [s.norm_id for s in suggest_for_interview(bank, b.audit, bron)]
    assert ranked.index("OB11") < ranked.index("D10")
    d10 = next(s for s in suggest_for_interview(bank, b.audit, bron) if s.norm_id == "D10")
    assert d10.reason.startswith("D10 is al onderbouwd")


def test_norm_heard_from_one_functie_asks_another_functie(bank):
    b = AuditBuilder()
    b.note(b.interview("sociaal_werker"), "D3")
    b.note(b.interview("sociaal_werker"), "D3")
    report = coverage(bank, b.audit)
    teamleider = rank_questions(bank, report, "teamleiding")
    d3 = next(s for s in teamleider if s.norm_id == "D3")
    assert "tweede kant" in d3.reason
    werker = rank_questions(bank, report, "sociaal_werker")
    d3_again = next(s for s in werker if s.norm_id == "D3")
    assert d3_again.score < d3.score


def test_nvt_norms_drop_out(bank):
    b = AuditBuilder()
    b.nvt("OB12", "Geen stagiaires")
    b.nvt("D11", "Geen stagiaires")
    bron = b.interview("stagiaire")
    norms = {s.norm_id for s in suggest_for_interview(bank, b.audit, bron)}
    assert not norms & {"OB12", "D11"}
    assert "V2" in norms


@pytest.mark.parametrize("typed", ["OB11", " ob11 "])  # the norm id as the toetser may have typed it
def test_own_questions_take_part_and_drop_out_once_asked(bank, typed):
    b = AuditBuilder()
    b.audit.custom_questions.append(
        CustomQuestion(id="c1", norm_id=typed, text="Hoe waardeert u uw vrijwilligers?", functie_category="vrijwilligerscoordinator")
    )
    bron = b.interview("vrijwilligerscoordinator")
    first = suggest_for_interview(bank, b.audit, bron, limit=1)[0]
    assert (first.key, first.source, first.norm_id) == (custom_key("c1"), "eigen", "OB11")
    b.audit.asked.append(AskedQuestion(id="q", bron_id=bron, norm_id="OB11", question_key=custom_key("c1")))
    assert custom_key("c1") not in {s.key for s in suggest_for_interview(bank, b.audit, bron)}


def rank_of(bank, norm_id: str, functie: str) -> int:
    """How close a functie is to a norm: 2 primary, 1 secondary, 0 neither."""
    relevance = bank.norm(norm_id).functies
    return 2 if functie in relevance.primary else 1 if functie in relevance.secondary else 0


def test_questions_addressed_to_another_functie_rank_lower(bank):
    addressed = [
        (norm.id, i, q.functies) for norm in bank.norms for i, q in enumerate(norm.questions) if q.functies
    ]
    assert addressed, "the bank addresses some questions to a functie (e.g. to the werkbegeleider)"
    report = coverage(bank, AuditBuilder().audit)
    for norm_id, index, functies in addressed:
        other = next(f.id for f in bank.functies if f.id not in functies)
        to_them = {s.key: s for s in rank_questions(bank, report, functies[0])}
        to_other = {s.key: s for s in rank_questions(bank, report, other)}
        key = bank_key(norm_id, index)
        assert "vraag is bedoeld voor" in to_other[key].reason
        assert "vraag is bedoeld voor" not in to_them[key].reason
        # same question, same coverage, a functie no closer to the norm: it ranks lower when the
        # person in front of the toetser is not the one it is meant for
        if rank_of(bank, norm_id, other) <= rank_of(bank, norm_id, functies[0]):
            assert to_other[key].score < to_them[key].score, key


def test_unknown_bron_is_a_dutch_error(bank):
    with pytest.raises(KeyError, match="Onbekende bron"):
        suggest_for_interview(bank, AuditBuilder().audit, "nope")


def test_a_question_about_a_missing_aspect_ranks_higher_with_that_reason(bank):
    b = AuditBuilder()
    b.note(b.interview("teamleiding"), "V1", text="Competenties komen terug in het jaargesprek.")
    b.audit.custom_questions += [
        CustomQuestion(id="koffie", norm_id="V1", text="Hoe ziet een gewone werkdag eruit?"),
        CustomQuestion(id="reg", norm_id="V1", text="Hoe houdt u uw beroepsregistratie bij?"),
    ]
    bron = b.interview("sociaal_werker")
    ranked = {s.key: s for s in suggest_for_interview(bank, b.audit, bron)}
    reg, plain = ranked[custom_key("reg")], ranked[custom_key("koffie")]
    assert reg.score > plain.score
    assert "vraagt naar beroepsregistratie: nog niet gehoord" in reg.reason
    assert "nog niet gehoord" not in plain.reason
    # once someone spoke to it, the boost is gone
    b.note(b.interview("hr"), "V1", text="Registerplein: alle sociaal werkers geregistreerd.")
    again = {s.key: s for s in suggest_for_interview(bank, b.audit, bron)}
    assert "beroepsregistratie" not in again[custom_key("reg")].reason
