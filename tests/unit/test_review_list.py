"""The review list (interviewer.presenters.review) and confirming a norm on a saved note
(interviewer.services.review): which notes still need a norm, their suggestions best first, and a
confirmed suggestion that keeps its score."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.presenters.review import item_heading, review_list, suggestion_line
from interviewer.presenters.suggestions import bank_labels
from interviewer.services.review import confirm_norm
from questionbank import load_bank
from sessions.models import Toetser, Toetsing
from sessions.store import AuditStore


@pytest.fixture
def store(tmp_path: Path):
    with AuditStore.create(
        tmp_path / "r.audit", Toetsing(id="", organisation="Welzijn Noord", fte_staff=40), [Toetser(id="", name="Anna", role="teamleider")]
    ) as store:
        yield store


def _audit(store):
    first = store.start_interview("teamcoach", "teamleiding")
    second = store.start_interview("jongerenwerker", "sociaal_werker")
    store.capture(first.id, "Jaargesprekken zijn een formaliteit", "verbeterpunt",
                  tags=[("V15", 41.0, "suggested", "auto"), ("OB10", 88.0, "suggested", "auto")])
    store.capture(first.id, "Inwerkmap is verouderd", tags=[("OB8", 75.0, "confirmed", "auto"), ("V2", 60.0, "suggested", "auto")])
    store.capture(first.id, "Koffie was lekker")
    store.capture(second.id, "Privacyreglement bekend", tags=[("OB17", 90.0, "suggested", "auto"), ("V9", 50.0, "rejected", "manual")])
    return first, second


def test_the_list_holds_the_notes_without_a_confirmed_norm_with_suggestions_best_first(store):
    first, second = _audit(store)
    bank = load_bank()
    per_interview = review_list(store.load_all(), bank, first.id)
    assert [i.text for i in per_interview.items] == ["Jaargesprekken zijn een formaliteit", "Koffie was lekker"]
    assert per_interview.items[0].suggestions == (("OB10", 88.0), ("V15", 41.0))
    assert per_interview.summary() == "2 van 3 aantekeningen in dit gesprek zonder bevestigde norm"
    whole = review_list(store.load_all(), bank)
    assert len(whole.items) == 3 and whole.items[-1].suggestions == (("OB17", 90.0),)  # a rejected norm is no suggestion
    assert whole.items[-1].bron.startswith("Sociaal werker")
    assert whole.summary() == "3 van 4 aantekeningen in de audit zonder bevestigde norm"


def test_a_row_names_its_suggestions_by_key_label_and_strength(store):
    first, _ = _audit(store)
    bank = load_bank()
    labels = bank_labels(bank)
    [formality, koffie] = review_list(store.load_all(), bank, first.id).items
    assert suggestion_line(formality, labels, bank.rules.chips) == (
        "F5 ?OB10 jaargesprekken ███ sterk   F6 ?V15 feedback en doelen █░░ mogelijk"
    )
    assert suggestion_line(koffie, labels, bank.rules.chips) == "geen suggestie — Ctrl+F kiest een norm"
    assert item_heading(formality, "09:31") == "09:31 verbeterpunt · Teamleider · teamcoach"


def test_confirming_a_suggestion_keeps_its_score_and_empties_the_list(store):
    first, _ = _audit(store)
    bank = load_bank()
    [formality, koffie] = review_list(store.load_all(), bank, first.id).items
    tag = confirm_norm(store, formality.note_id, "ob10")
    assert (tag.norm_id, tag.state, tag.origin, tag.score) == ("OB10", "confirmed", "auto", 88.0)
    manual = confirm_norm(store, koffie.note_id, "OB18")
    assert (manual.state, manual.origin) == ("confirmed", "manual")
    after = review_list(store.load_all(), bank, first.id)
    assert after.items == () and after.summary() == "Alle 3 aantekeningen in dit gesprek hebben een bevestigde norm."
    assert store.evidence_counts()["OB10"] == {"interview": 1}
