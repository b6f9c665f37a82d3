"""The toetser's name review ("naam" / "geen naam" per word) is kept in the audit and merges as a set."""

from __future__ import annotations

import shutil
import sqlite3

import sqlite_utils

from sessions import AuditStore, merge_files, schema
from sessions.models import Toetser, Toetsing


def make(path, author="anna"):  # noqa: ANN001, ANN201
    return AuditStore.create(path, Toetsing(id="", organisation="Welzijn Oost"), [Toetser("anna", "Anna", "teamleider")], author=author)


def test_a_v2_file_opens_with_no_reviews(tmp_path):
    path = tmp_path / "oud.audit"
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    schema.migrate(db, target=2)
    db["toetsing"].insert({"id": "t-1", "organisation": "Oud Welzijn", "created": "", "updated": "", "author": ""})
    conn.close()
    with AuditStore.open(path, author="anna") as store:
        assert store.schema_version == schema.SCHEMA_VERSION
        assert store.name_reviews() == {}
        store.set_name_review("Öztürk", "ozturk", True)
        assert store.name_reviews() == {"ozturk": True}


def test_choices_are_kept_and_can_change(tmp_path):
    with make(tmp_path / "a.audit") as store:
        store.set_name_review("Kelder", "kelder", False)
        store.set_name_review("Öztürk", "ozturk", True)
        assert store.name_reviews() == {"kelder": False, "ozturk": True}
        store.set_name_review("Kelder", "kelder", True)  # changed her mind: it is a name after all
        assert store.name_reviews() == {"kelder": True, "ozturk": True}
    with AuditStore.open(tmp_path / "a.audit") as store:
        assert store.name_reviews() == {"kelder": True, "ozturk": True}


def test_a_name_marked_on_one_laptop_survives_the_merge(tmp_path):
    base = tmp_path / "basis.audit"
    with make(base):
        pass
    a, b = tmp_path / "anna.audit", tmp_path / "bram.audit"
    shutil.copy(base, a)
    shutil.copy(base, b)
    with AuditStore.open(a, author="anna") as s:
        s.set_name_review("Kelder", "kelder", True)
        s.set_name_review("Buurtcirkel", "buurtcirkel", False)
    with AuditStore.open(b, author="bram") as s:
        s.set_name_review("Kelder", "kelder", False)  # Bram thought it was a cellar
        s.set_name_review("Zwanenburg", "zwanenburg", True)
    merge_files([a, b], tmp_path / "ab.audit")
    merge_files([b, a], tmp_path / "ba.audit")
    for out in ("ab.audit", "ba.audit"):
        with AuditStore.open(tmp_path / out) as s:
            assert s.name_reviews() == {"kelder": True, "buurtcirkel": False, "zwanenburg": True}
