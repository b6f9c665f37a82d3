"""An ended interview can be reopened (the toetser typed on after Ctrl+B and said so)."""

from __future__ import annotations

import pytest

from sessions.errors import StoreError
from sessions.models import Toetser, Toetsing
from sessions.store import AuditStore


def test_reopening_takes_back_the_end_and_survives_a_reopen_of_the_file(tmp_path):
    path = tmp_path / "r.audit"
    with AuditStore.create(path, Toetsing(id="", organisation="Welzijn Noord"), [Toetser(id="", name="Anna", role="teamleider")]) as store:
        bron = store.start_interview("teamcoach", "teamleiding")
        store.end_interview(bron.id)
        assert store.bron(bron.id).ended
        reopened = store.reopen_interview(bron.id)
        assert reopened.ended == "" and reopened.started == bron.started
    with AuditStore.open(path, read_only=True) as store:
        assert store.bron(bron.id).ended == ""


def test_reopening_an_unknown_interview_is_refused_in_dutch(tmp_path):
    with AuditStore.create(tmp_path / "r.audit", Toetsing(id="", organisation="Welzijn Noord")) as store:
        with pytest.raises(StoreError):
            store.reopen_interview("bestaat-niet")
