"""What the board, the norm detail and the bevindingen screen show, computed without Textual."""

from __future__ import annotations

import pytest

from interviewer.presenters import bevindingen as bev
from interviewer.presenters.board import build_board
from interviewer.presenters.norm_detail import build_detail, wijkteam_nvt_suggestion
from interviewer.services import bevindingen as service
from sessions.models import Toetsing
from sessions.store import AuditStore


@pytest.fixture
def store(tmp_path):
    s = AuditStore.create(tmp_path / "a.audit", Toetsing(id="", organisation="Welzijn Oost"), author="anna")
    yield s
    s.close()


def _quotes(store: AuditStore, functie: str, category: str, norm_id: str, n: int = 1) -> None:
    bron = store.start_interview(functie, category)
    for i in range(n):
        store.capture(bron.id, f"Over {norm_id}: voorbeeld {i} uit de praktijk.", tags=[(norm_id, 0.9, "confirmed")])


def test_board_names_who_could_fill_a_gap_and_a_missing_document(bank, store):
    _quotes(store, "sociaal werker", "sociaal_werker", "V3")
    _quotes(store, "teamleider", "teamleider", "V3")
    board = build_board(store.load_all(), bank)
    v3 = board.report.norm("V3")
    assert (v3.level, v3.interviews) == ("gedekt", 2)
    assert any(f.startswith("document") for f in board.fillers["V3"])  # two interviews, the inspection missing
    open_norm = board.report.norm("D1")
    assert open_norm.level == "open" and board.fillers["D1"]  # some functie could still be interviewed for it
    assert set(board.aspects) >= {"V3", "D1"}


def test_detail_groups_the_evidence_per_bron_and_keeps_my_preparation(bank, store):
    _quotes(store, "sociaal werker", "sociaal_werker", "V3", n=2)
    store.set_preparation("V3", "Zelfevaluatie noemt intervisie.")
    detail = build_detail(store.load_all(), bank, "V3", "anna")
    assert detail.level == "dun" and detail.summary.startswith("1 gesprek")
    assert [len(g.lines) for g in detail.groups] == [2]
    assert detail.own_preparation == "Zelfevaluatie noemt intervisie."
    assert build_detail(store.load_all(), bank, "V3", "bert").own_preparation == ""
    assert detail.nvt is None and detail.proposal is not None


def test_wijkteam_suggestion_only_where_the_wijkteam_note_allows_nvt(bank):
    offered = [n.id for n in bank.norms if wijkteam_nvt_suggestion(n)]
    assert offered and len(offered) < len(bank.norms)
    for norm in bank.norms:
        text = wijkteam_nvt_suggestion(norm)
        if text:
            assert text.startswith("Volgens de wijkteamtoepassing van de normen: ")


def test_bevindingen_list_marks_edited_disputed_and_waiting_drafts(bank, store, tmp_path):
    service.commit(store, "V1", {"text": "Eigen.", "sterke_punten": "", "verbeterpunten": ""}, {"oordeel": "+"})
    store.save_draft(service.draft_slot("V2", "verbeterpunten"), "nog typen")
    snap = bev.read_snapshot(store, bank)
    marks = bev.list_marks(snap, ["V1", "V2", "V3"], editor_norm="")
    assert marks == {"V1": "✎", "V2": "●", "V3": ""}
    assert bev.list_marks(snap, ["V2"], editor_norm="V2") == {"V2": ""}  # its text is on screen
    assert bev.editor_state(snap, "V1", snap.own("V1"), snap.own("V1")) == " · bewerkt"
    assert bev.editor_state(snap, "V3", None, None) == ""
    assert snap.oordeel("V1") == "+"


def test_generated_message_says_what_happened(bank):
    assert bev.generated_message([], [], ["V3"])[0].startswith("Geen concept voor V3")
    text, severity = bev.generated_message([], ["V3"], [])
    assert "V3 is al geschreven" in text and severity == "warning"
    assert bev.generated_message(["V3", "V4"], ["V5"], [])[0] == "2 concept(en) gemaakt; 1 al geschreven bevinding(en) bleven staan."
    w = bank.rules.weging
    assert f"ten hoogste {w.max_niet} normen niet" in bev.weging_line(bank)
