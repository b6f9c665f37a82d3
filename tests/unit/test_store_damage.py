"""Only whole files are trusted: a corpus of damaged copies (byte flips, truncations), each refused in
Dutch by every way in (write open, read-only open, merge), left byte-identical, nothing created beside it."""

from __future__ import annotations

import random
import struct
from pathlib import Path

import pytest

from sessions import AuditStore, Corrupt, NotAnAudit, StoreError, merge_files
from sessions.models import Toetsing

SEED = 14


def _good(path: Path) -> bytes:
    with AuditStore.create(path, Toetsing(id="audit-1", organisation="Welzijn Oost"), author="anna") as store:
        bron = store.start_interview("teamleider", "teamleiding")
        for i in range(150):
            store.capture(bron.id, f"citaat {i} " + "we leren van elkaar " * 8, tags=[("V1", 0.5, "confirmed")])
    return path.read_bytes()


def _btree_pages(data: bytes) -> list[int]:
    size = struct.unpack(">H", data[16:18])[0]
    pages = []
    for n in range(len(data) // size):
        base = 100 if n == 0 else n * size
        if data[base] in (2, 5, 10, 13):  # interior/leaf, index/table b-tree pages
            pages.append(base)
    return pages


def _corpus(data: bytes) -> list[tuple[str, bytes]]:
    """At least 20 damaged files: flips in b-tree page headers and the file header, and truncations."""
    rng = random.Random(SEED)
    out = []
    pages = _btree_pages(data)
    for base in rng.sample(pages, 12):
        offset = rng.choice((0, 1, 3, 4, 5, 7))  # page type, first freeblock, cell count, content start, fragments
        bad = bytearray(data)
        bad[base + offset] ^= 1 << rng.randrange(8)
        out.append((f"flip page@{base}+{offset}", bytes(bad)))
    for offset in (16, 17, 28, 29, 30, 31):  # page size; page count in the header
        bad = bytearray(data)
        bad[offset] ^= 0x10
        out.append((f"flip header+{offset}", bytes(bad)))
    page = struct.unpack(">H", data[16:18])[0]
    for cut in (1, 2, 100, page, page + 1, len(data) // 2, len(data) - 100, len(data) - 16):
        out.append((f"cut {cut} bytes", data[: len(data) - cut]))
    out.append(("one byte appended", data + b"\x00"))
    out.append(("one page appended", data + bytes(page)))
    return out


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file and folder under `folder` (hidden ones too), files with their bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() if p.is_file() else b"<dir>" for p in sorted(folder.rglob("*"))}


def test_every_damaged_copy_is_refused_in_dutch_untouched_with_nothing_beside_it(tmp_path):
    good = _good(tmp_path / "goed.audit")
    corpus = _corpus(good)
    assert len(corpus) >= 20
    accepted = []
    for i, (what, data) in enumerate(corpus):
        folder = tmp_path / f"case{i}"
        folder.mkdir()
        damaged = folder / "kapot.audit"
        damaged.write_bytes(data)
        before = _snapshot(folder)
        refusals = []
        for attempt in ("write", "read", "merge"):
            try:
                if attempt == "merge":
                    merge_files([damaged], folder / "team.audit")
                else:
                    AuditStore.open(damaged, read_only=attempt == "read").close()
            except (Corrupt, NotAnAudit) as err:
                refusals.append(str(err))
            except StoreError as err:  # any other Dutch refusal would do, but say which
                refusals.append(str(err))
            else:
                accepted.append((what, attempt))
        assert _snapshot(folder) == before, f"{what}: the file changed or something was created beside it"
        for message in refusals:
            assert "beschadigd" in message or "geen auditbestand" in message, (what, message)
    assert accepted == []


def test_a_flip_in_an_index_entry_is_caught_by_the_full_check(tmp_path):
    """quick_check does not read index entries; integrity_check does: an index that disagrees with its
    table would answer 'which notes are tagged V1' wrongly without an error."""
    import sqlite3

    path = tmp_path / "a.audit"
    _good(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema=ON")
    # Make the index disagree with the table: change a row while the index is 'dropped' from view.
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='idx_tags_norm_id'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    size = struct.unpack(">H", data[16:18])[0]
    page = (root - 1) * size
    text = bytes(data[page : page + size])
    at = text.find(b"V1")
    assert at > 0
    data[page + at + 1] = ord("2")  # the index now says 'V2' for a tag the table stores as V1
    path.write_bytes(bytes(data))
    with pytest.raises(Corrupt, match="beschadigd"):
        AuditStore.open(path)
