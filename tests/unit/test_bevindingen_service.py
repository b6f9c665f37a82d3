"""The bevindingen use cases the F4 screen and the CLI share, on a real audit file, without Textual."""

from __future__ import annotations

import pytest

from interviewer.domain import versions
from interviewer.services import bevindingen as service
from sessions.models import Toetsing
from sessions.store import TEAM_AUTHOR, AuditStore


@pytest.fixture
def store(tmp_path):
    s = AuditStore.create(tmp_path / "a.audit", Toetsing(id="", organisation="Welzijn Oost"), author="anna")
    yield s
    s.close()


def _evidence(store: AuditStore, norm_id: str = "V3") -> None:
    """Two confirmed quotes for the norm from one interview: enough for a concept."""
    bron = store.start_interview("sociaal werker", "sociaal_werker")
    for text in ("We bespreken casussen wekelijks in intervisie.", "Nieuwe collega's krijgen een maatje."):
        store.capture(bron.id, text, tags=[(norm_id, 0.9, "confirmed")])


def _own(store: AuditStore, norm_id: str):
    return versions.own_version([b for b in store.load_all().bevindingen if b.norm_id == norm_id], store.author)


def test_commit_writes_an_edited_own_version_and_drops_the_drafts(store):
    values = {"text": "Intervisie is geborgd.", "sterke_punten": "maatjes", "verbeterpunten": ""}
    service.save_drafts(store, "V3", values, dict.fromkeys(service.FIELDS, ""))
    assert {d.slot for d in store.drafts()} == {"bevinding:V3", "bevinding:V3:sterke_punten"}
    service.commit(store, "V3", values, {})
    own = _own(store, "V3")
    assert (own.text, own.sterke_punten, own.edited) == ("Intervisie is geborgd.", "maatjes", True)
    assert [d for d in store.drafts() if d.text] == []


def test_a_first_own_version_inherits_what_counted(store):
    service.commit(store, "V3", {"text": "Tekst.", "sterke_punten": "", "verbeterpunten": ""}, {"oordeel": "+/-"})
    assert _own(store, "V3").oordeel == "+/-"
    service.set_oordeel(store, "V3", "-", {})
    assert (_own(store, "V3").oordeel, _own(store, "V3").text) == ("-", "Tekst.")


def test_override_is_recorded_and_withdrawn_with_an_empty_reason(store):
    service.set_override(store, "V13", "Het verslag van de rondgang weegt zwaar.")
    assert [o.reason for o in store.load_all().overrides if o.active] == ["Het verslag van de rondgang weegt zwaar."]
    service.set_override(store, "V13", "")
    assert [o for o in store.load_all().overrides if o.active] == []


def test_settle_writes_the_team_version_and_keeps_the_toetsers_own(store):
    service.commit(store, "V3", {"text": "Anna's tekst.", "sterke_punten": "", "verbeterpunten": ""}, {"oordeel": "+"})
    chosen = _own(store, "V3")
    service.settle(store, "V3", chosen)
    rows = [b for b in store.load_all().bevindingen if b.norm_id == "V3"]
    team = [b for b in rows if b.author == TEAM_AUTHOR]
    assert [(b.text, b.oordeel, b.status) for b in team] == [("Anna's tekst.", "+", "final")]
    assert _own(store, "V3").text == "Anna's tekst."  # the toetser's own version stays
    assert versions.counted("V3", rows).bevinding.author == TEAM_AUTHOR


def test_generate_writes_concepts_only_where_there_is_evidence_and_never_over_written_text(bank, store):
    _evidence(store, "V3")
    _evidence(store, "V4")
    service.commit(store, "V4", {"text": "Met de hand.", "sterke_punten": "", "verbeterpunten": ""}, {})
    result = service.generate(store, bank, ["V3", "V4", "V5"])
    assert (result.written, result.kept, result.empty) == (["V3"], ["V4"], ["V5"])
    assert versions.is_machine_concept(_own(store, "V3")) and _own(store, "V3").text
    assert _own(store, "V4").text == "Met de hand."


def test_follow_evidence_regenerates_an_unedited_concept_and_not_an_edited_one(bank, store):
    _evidence(store, "V3")
    service.generate(store, bank, ["V3"])
    before = _own(store, "V3").text
    bron = store.start_interview("teamleider", "teamleider")
    store.capture(bron.id, "De teamleider volgt de intervisie elk kwartaal.", tags=[("V3", 0.9, "confirmed")])
    assert service.follow_evidence(store, bank) is True
    assert _own(store, "V3").text != before
    service.accept(store, "V3", {})
    assert _own(store, "V3").accepted
    service.commit(store, "V3", {"text": "Eigen tekst.", "sterke_punten": "", "verbeterpunten": ""}, {})
    store.capture(bron.id, "Intervisie staat in het scholingsplan.", tags=[("V3", 0.9, "confirmed")])
    assert service.follow_evidence(store, bank) is False
    assert _own(store, "V3").text == "Eigen tekst."


def test_concepts_for_the_cli_follow_the_norm_order_asked(bank, store):
    _evidence(store, "V3")
    drafts = service.concepts(store.load_all(), bank, ["V3", "D1"])
    assert [d.norm_id for d in drafts] == ["V3", "D1"]
    assert drafts[0].text and drafts[1].text == ""
