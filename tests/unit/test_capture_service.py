"""The capture use cases (interviewer/services/capture.py): what each write stores and says it
changed, and that folding those changes into what a screen read gives the same coverage and
questions as reading the audit again."""

from __future__ import annotations

import dataclasses

import pytest

from interviewer.domain.coverage import coverage
from interviewer.domain.suggest import suggest_for_interview
from interviewer.services.capture import AuditSession, LiveAudit, note_lines, tag_specs
from sessions.models import Toetser, Toetsing
from sessions.store import AuditStore


@pytest.fixture
def store(tmp_path):
    with AuditStore.create(
        tmp_path / "a.audit", Toetsing(id="", organisation="Noord"), [Toetser(id="", name="Anna", role="teamleider")]
    ) as store:
        store.set_author(store.toetsers()[0].id)
        yield store


def _fresh(bank, store, bron):
    """Coverage levels and question keys from a full reread: what the incremental path must equal."""
    audit = store.load_all()
    report = coverage(bank, audit)
    ranked = suggest_for_interview(bank, audit, bron.id, report=report)
    return {n.norm_id: n for n in report.norms}, [s.key for s in ranked[:30] + [s for s in ranked[30:] if s.source == "eigen"]]


def test_note_lines_drop_blank_lines_and_bullets_but_keep_the_words():
    assert note_lines("- inwerkmap\n\n* buddy  \n• na drie maanden evaluatie\n– vier - vijf") == [
        "inwerkmap", "buddy", "na drie maanden evaluatie", "vier - vijf",
    ]


def test_tag_specs_confirm_the_chosen_and_keep_the_rest_as_suggestions():
    assert tag_specs(["V2", "OB17"], [("V2", 80.0), ("OB8", 40.0)]) == [
        ("V2", 80.0, "confirmed", "auto"), ("OB17", 0.0, "confirmed", "manual"), ("OB8", 40.0, "suggested", "auto"),
    ]


def test_the_session_is_one_per_store(store, bank):
    assert AuditSession.for_store(store, bank) is AuditSession.for_store(store, bank)


def test_capture_returns_the_note_its_stored_tags_and_the_norms(store, bank):
    bron = store.start_interview("coördinator", "vrijwilligerscoordinator")
    session = AuditSession(store, bank)
    change = session.capture(bron.id, "Elke vrijwilliger krijgt een inwerkgesprek.", "citaat", ["V2"], [("V2", 70.0), ("OB8", 30.0)])
    [note] = change.notes
    assert [a.id for a in store.aantekeningen()] == [note.id]
    assert change.tags_of(note.id) == (("V2", "confirmed"), ("OB8", "suggested"))
    assert change.norms == ("V2",)


def test_a_capture_made_while_the_tagger_builds_is_not_forgotten_by_the_new_tagger(store, bank):
    """The build reads the audit, then takes a second or more: a note confirmed in between must
    lift its norm in the tagger that replaces the old one, as it did in the old one."""
    bron = store.start_interview("coördinator", "vrijwilligerscoordinator")
    session = AuditSession(store, bank)
    text = "De buurtcirkel in Oost draait elke maandag met vijf vrijwilligers."
    probe = "nog een buurtcirkel met vrijwilligers in Oost"
    baseline = session.build_tagger().rank(probe, 1)[0][0]
    learned_norm = "OB1" if baseline != "OB1" else "OB2"
    real_read = store.load_all

    def read_then_capture():  # the read is done; the toetser confirms a note meanwhile
        audit = real_read()
        session.learn_from(session.capture(bron.id, text, "citaat", [learned_norm], []))
        return audit

    store.load_all = read_then_capture
    try:
        tagger = session.build_tagger()
    finally:
        store.load_all = real_read
    assert session.tagger is tagger
    assert tagger.rank(probe, 1)[0][0] == learned_norm


def test_a_change_is_learned_when_every_decision_it_wrote_is_a_lesson(store, bank):
    bron = store.start_interview("coördinator", "vrijwilligerscoordinator")
    session = AuditSession(store, bank)
    change = session.capture(bron.id, "Elke vrijwilliger krijgt een inwerkgesprek.", "citaat", ["V2"], [("V2", 70.0), ("OB8", 30.0)])
    assert change.learned  # the suggestion OB8 is no decision
    assert not dataclasses.replace(change, lessons=()).learned


def test_capture_lines_is_all_or_nothing(store, bank):
    from sessions.errors import StoreError

    bron = store.start_interview("coördinator", "vrijwilligerscoordinator")
    session = AuditSession(store, bank)
    with pytest.raises(StoreError):
        session.capture_lines(bron.id, ["goed", "x" * 20_000], "citaat", [], lambda line: [])
    assert store.aantekeningen() == []
    change = session.capture_lines(bron.id, ["een", "twee"], "verbeterpunt", ["V2"], lambda line: [])
    assert [(a.text, a.kind) for a in store.aantekeningen()] == [("een", "verbeterpunt"), ("twee", "verbeterpunt")]
    assert {t.aantekening_id for t in change.tags} == {n.id for n in change.notes}


def test_applied_changes_give_what_a_reread_gives(store, bank):
    """Capture, confirm, untag and a document: after each, the live view equals a fresh read."""
    one = store.start_interview("coördinator", "vrijwilligerscoordinator")
    two = store.start_interview("teamleider", "teamleiding")
    store.capture(two.id, "Inwerken gaat met een buddy.", tags=[("V2", 60, "confirmed", "manual")])
    session = AuditSession(store, bank)
    live = LiveAudit.read(store, bank)
    before = {n.norm_id: n.level for n in live.report.norms}

    change = session.capture(one.id, "Nieuwe collega's krijgen een inwerkmap.", "citaat", ["V2"], [("V2", 70.0)])
    refresh = live.apply(change)
    assert before["V2"] == "dun" and refresh.coverage["V2"].level == "gedekt"  # a second interview
    assert refresh.questions
    expected, questions = _fresh(bank, store, one)
    assert {n.norm_id: n for n in live.report.norms} == expected
    assert [q.key for q in live.questions(one, 30)] == questions

    [note] = change.notes
    for confirmed in (False, True):
        refresh = live.apply(session.set_norm(note.id, note.text, "V2", confirmed))
        assert refresh.coverage["V2"].level == ("gedekt" if confirmed else "dun")
        expected, questions = _fresh(bank, store, one)
        assert {n.norm_id: n for n in live.report.norms} == expected
        assert [q.key for q in live.questions(one, 30)] == questions

    change = session.add_bron("document", "Inwerkbeleid", "beleidsplan", "", [("V2", 0.0)])
    assert change.bron is not None and change.notes[0].text == "Ingezien: Inwerkbeleid"
    refresh = live.apply(change)
    assert refresh.coverage["V2"].level == "onderbouwd"
    expected, questions = _fresh(bank, store, one)
    assert {n.norm_id: n for n in live.report.norms} == expected
    assert [q.key for q in live.questions(one, 30)] == questions


def test_a_capture_that_changes_no_coverage_leaves_the_questions_alone(store, bank):
    bron = store.start_interview("coördinator", "vrijwilligerscoordinator")
    session = AuditSession(store, bank)
    session.capture(bron.id, "Er is een inwerkmap.", "citaat", ["V2"], [])
    live = LiveAudit.read(store, bank)
    refresh = live.apply(session.capture(bron.id, "Geen norm gekozen.", "citaat", [], [("V2", 20.0)]))
    assert refresh.coverage == {} and not refresh.questions


def test_a_retry_of_a_refused_document_note_reuses_the_document(store, bank):
    from sessions.errors import StoreError

    session = AuditSession(store, bank)
    recorded: dict = {}
    with pytest.raises(StoreError):
        session.add_bron("document", "Jaarplan", "beleidsplan", "x" * 20_000, [("OB1", 0.0)], recorded)
    session.add_bron("document", "Jaarplan", "beleidsplan", "Jaarplan gezien.", [("OB1", 0.0)], recorded)
    assert [b.title for b in store.bronnen("document")] == ["Jaarplan"]
