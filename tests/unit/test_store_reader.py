"""Readers: a read-only connection of its own (mode=ro) for reads in thread workers, so a long read
never holds the lock a capture needs, and nothing can be written through it."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from sessions import ReadOnly, StoreError
from sessions.models import Toetser, Toetsing
from sessions.store import AuditStore

WAIT = 20  # seconds: a generous bound, so a broken reader fails the test instead of hanging it


@pytest.fixture
def store(tmp_path):
    s = AuditStore.create(
        tmp_path / "welzijn.audit",
        Toetsing(id="", organisation="Welzijn Oost"),
        [Toetser(id="", name="Anna", role="teamleider")],
        author="anna",
    )
    bron = s.start_interview("jongerenwerker", "sociaal_werker")
    for n in range(3):
        s.capture(bron.id, f"citaat {n} over de intervisie", tags=[("V1", 0.8, "confirmed", "manual")])
    yield s
    s.close()


def test_a_capture_completes_while_a_reader_is_mid_read(store):
    bron = store.bronnen()[0]
    mid_read = threading.Event()
    release = threading.Event()
    seen: dict[str, list[str]] = {}

    def long_read() -> None:
        with store.reader() as r:
            with r.snapshot():  # one read transaction, held open like a slow load_all
                seen["first"] = [a.text for a in r.aantekeningen()]
                mid_read.set()
                release.wait(WAIT)
                seen["same_read"] = [a.text for a in r.aantekeningen()]
            seen["next_read"] = [a.text for a in r.aantekeningen()]

    reader = threading.Thread(target=long_read)
    reader.start()
    try:
        assert mid_read.wait(WAIT)
        captured = threading.Event()

        def capture() -> None:
            store.capture(bron.id, "een nieuw citaat tijdens het lezen")
            captured.set()

        writer = threading.Thread(target=capture)
        writer.start()
        # The capture commits (with its fsync) while the reader is still inside its read.
        assert captured.wait(WAIT), "de capture wachtte op de lezer"
        writer.join(WAIT)
        assert not release.is_set() and reader.is_alive()
        assert len(store.aantekeningen()) == 4
    finally:
        release.set()
        reader.join(WAIT)
    assert seen["first"] == seen["same_read"] == [f"citaat {n} over de intervisie" for n in range(3)]
    assert seen["next_read"][-1] == "een nieuw citaat tijdens het lezen"
    with store.reader() as again:
        assert [a.text for a in again.aantekeningen()] == seen["next_read"]


def test_a_reader_reads_what_the_writer_committed(store):
    store.save_bevinding("V1", text="De organisatie bespreekt casussen.", oordeel="+")
    with store.reader() as r:
        assert r.load_all() == store.load_all()
        assert r.evidence_counts() == store.evidence_counts() == {"V1": {"interview": 1}}
    assert store.load_all_in_worker() == store.load_all()


def test_a_reader_cannot_write(store):
    bron = store.bronnen()[0]
    before = store.load_all()
    with store.reader() as r:
        assert r.read_only
        with pytest.raises(ReadOnly):
            r.capture(bron.id, "dit mag niet")
        with pytest.raises(ReadOnly):
            r.save_draft("interview:1", "ook dit niet")
        # Below the store's own refusal, SQLite's: the connection itself is read-only.
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            r._conn.execute("DELETE FROM aantekeningen")
    assert store.load_all() == before
    store.capture(bron.id, "de schrijver schrijft nog")  # the writer is untouched by the reader
    assert len(store.aantekeningen()) == 4


def test_a_closed_reader_refuses_and_a_closed_store_gives_none(store):
    with store.reader() as r:
        pass
    with pytest.raises(StoreError):
        r.aantekeningen()
    store.close()
    with pytest.raises(StoreError):
        with store.reader():
            pass


def test_a_read_only_store_is_its_own_reader(store, tmp_path):
    path = store.path
    store.close()
    with AuditStore.open(path, read_only=True) as snapshot:
        with snapshot.reader() as r:
            assert r is snapshot
        assert len(snapshot.aantekeningen()) == 3  # still open after the reader's block
