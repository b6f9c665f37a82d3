"""Tables of an audit file and the forward migrations between schema versions.

The schema version lives in `PRAGMA user_version`. A new file is built by running every step from
version 1 up, so a migrated file and a fresh one have the same tables by construction. Steps are
history: never edit a released step, add a new one (and a test that builds the old version).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

APP_ID = "interviewer"
FILE_FORMAT = "audit"
# PRAGMA application_id: "INTV", so `file` and other tools can tell an audit from another SQLite file.
APPLICATION_ID = 0x494E5456

# Columns every mergeable row carries.
_COMMON = {"id": str, "created": str, "updated": str, "author": str}
_COMMON_DEFAULTS = {"created": "", "updated": "", "author": ""}


def _table(db: sqlite_utils.Database, name: str, columns: dict, defaults: dict, **kwargs) -> None:
    cols = {"id": str, **columns, "created": str, "updated": str, "author": str}
    all_defaults = {**_COMMON_DEFAULTS, **defaults}
    db[name].create(cols, pk="id", not_null=[c for c in cols if c != "id"], defaults=all_defaults, **kwargs)


def _step_1(db: sqlite_utils.Database) -> None:
    """Version 1: the initial schema."""
    db["meta"].create({"key": str, "value": str}, pk="key", not_null=["value"])
    db["meta"].insert_all([{"key": "app", "value": APP_ID}, {"key": "format", "value": FILE_FORMAT}])
    _table(
        db,
        "toetsing",
        {
            "organisation": str, "lidnummer": str, "scope": str, "variant": str,
            "fte_staff": float, "fte_stagiaires": float, "fte_vrijwilligers": float, "wijkteam": int,
            "audit_dates": str, "normenkader": str, "previous_certificate_expiry": str,
            "verloop": str, "opvolging_vorig": str, "time_on_site": str,
        },
        {
            "organisation": "", "lidnummer": "", "scope": "", "variant": "ci", "fte_staff": 0.0,
            "fte_stagiaires": 0.0, "fte_vrijwilligers": 0.0, "wijkteam": 0, "audit_dates": "[]",
            "normenkader": "2019", "previous_certificate_expiry": "", "verloop": "",
            "opvolging_vorig": "", "time_on_site": "",
        },
    )
    _table(db, "toetsers", {"name": str, "role": str, "organisation": str}, {"organisation": ""})
    _table(
        db,
        "bronnen",
        {
            "kind": str, "title": str, "functie": str, "functie_category": str, "werksoort": str,
            "persons": int, "document_kind": str, "toetser_id": str, "started": str, "ended": str,
        },
        {
            "title": "", "functie": "", "functie_category": "", "werksoort": "", "persons": 1,
            "document_kind": "", "toetser_id": "", "started": "", "ended": "",
        },
    )
    _table(
        db,
        "aantekeningen",
        {"bron_id": str, "text": str, "kind": str, "toetser_id": str, "deleted": int},
        {"kind": "citaat", "toetser_id": "", "deleted": 0},
        foreign_keys=[("bron_id", "bronnen", "id")],
    )
    db["aantekeningen"].create_index(["bron_id"])
    _table(
        db,
        "tags",
        {"aantekening_id": str, "norm_id": str, "origin": str, "score": float, "state": str},
        {"origin": "auto", "score": 0.0, "state": "suggested"},
        foreign_keys=[("aantekening_id", "aantekeningen", "id")],
    )
    db["tags"].create_index(["aantekening_id", "norm_id"], unique=True)
    db["tags"].create_index(["norm_id"])
    _table(db, "nvt", {"norm_id": str, "reason": str, "active": int}, {"active": 1})
    db["nvt"].create_index(["norm_id"], unique=True)
    _table(
        db,
        "bevindingen",
        {
            "norm_id": str, "text": str, "oordeel": str, "status": str, "sterke_punten": str,
            "verbeterpunten": str, "version": int,
        },
        {
            "text": "", "oordeel": "niet beoordeeld", "status": "draft", "sterke_punten": "",
            "verbeterpunten": "", "version": 1,
        },
    )
    db["bevindingen"].create_index(["norm_id"])
    _table(db, "custom_questions", {"norm_id": str, "text": str, "functie_category": str}, {"functie_category": ""})
    _table(
        db,
        "asked_questions",
        {"bron_id": str, "norm_id": str, "question_key": str, "deleted": int},
        {"deleted": 0},
        foreign_keys=[("bron_id", "bronnen", "id")],
    )
    db["asked_questions"].create_index(["bron_id", "question_key"], unique=True)
    _table(db, "preparation", {"norm_id": str, "text": str}, {})
    # Drafts are local to one laptop (the line being typed) and are not merged.
    db["drafts"].create(
        {"slot": str, "text": str, "id": str, "created": str, "updated": str, "author": str},
        pk="slot",
        not_null=["text", "id", "created", "updated", "author"],
        defaults={"author": ""},
    )


def _step_2(db: sqlite_utils.Database) -> None:
    """Version 2: a bevinding remembers it was edited by hand; the toetsing lists names to keep out of reports."""
    db["bevindingen"].add_column("edited", int, not_null_default=0)
    db["toetsing"].add_column("names_to_avoid", str, not_null_default="[]")


def _step_3(db: sqlite_utils.Database) -> None:
    """Version 3: imported document files (their text, file name, pages, SHA-256) and where each
    passage aantekening sits in its document.

    MERGE RULE: documents are deduplicated by SHA-256. Their ids (and those of their bron, passage
    aantekeningen and passages) derive from the toetsing id and the file's SHA-256, so the same file
    imported by two toetsers has the same rows and merges as ONE document by id, last writer wins
    per row as in every other table (the text is the same file's; tags merge as tags do). `sha256`
    is unique within a file: a row with the same SHA-256 under another id can only come from
    another audit, which merge refuses before it reads a row.
    """
    _table(
        db,
        "documents",
        {
            "bron_id": str, "file_name": str, "sha256": str, "format": str, "pages": int, "text": str,
            "empty_pages": str, "zelfevaluatie": int,
        },
        {"pages": 1, "text": "", "empty_pages": "[]", "zelfevaluatie": 0},
        foreign_keys=[("bron_id", "bronnen", "id")],
    )
    db["documents"].create_index(["sha256"], unique=True)
    _table(
        db,
        "passages",
        {"document_id": str, "page": int, "position": int, "heading": str},
        {"page": 1, "position": 0, "heading": ""},
        foreign_keys=[("document_id", "documents", "id"), ("id", "aantekeningen", "id")],
    )
    db["passages"].create_index(["document_id"])


def _step_4(db: sqlite_utils.Database) -> None:
    """Version 4: the toetser's name review before export ("naam" / "geen naam" per word).

    MERGE RULE: set union with tombstones. One row per (word key, verdict), its id derived from
    both, so the same choice made on two laptops is the same row; rows merge by id and the later
    `updated` only decides whether that choice is live or withdrawn (`deleted`). A word counts as a
    name while any live "naam" row exists (a name marked on one laptop is never lost in a merge),
    else as no name while a live "geen_naam" row exists, else it is unreviewed.
    """
    _table(db, "name_reviews", {"key": str, "word": str, "verdict": str, "deleted": int}, {"deleted": 0})
    db["name_reviews"].create_index(["key"])


# Tables that carry a revision (version vector) per row; the toetsing carries one per field.
_REVISION_TABLES = (
    "toetsers", "bronnen", "aantekeningen", "tags", "nvt", "bevindingen", "custom_questions",
    "asked_questions", "preparation", "documents", "passages", "name_reviews",
)


def _step_5(db: sqlite_utils.Database) -> None:
    """Version 5: revisions, so a merge can tell "B edited after seeing A's edit" from independent edits.

    MERGE RULE. Every row of a revision table gets `vv`, a version vector ({replica: count}, JSON;
    a replica is one open session of one laptop), and `conflicts`, the other versions still standing
    (JSON list). An edit through the store stamps vv = join of every version it saw + 1 for its own
    replica, and clears `conflicts`: the editor saw them. A merge keeps, per row, the versions no
    other version strictly dominates: a later edit that saw the other side wins; independent edits
    (and an edit the deleter had not seen) stay side by side as a conflict, the live one shown.
    The toetsing gets `field_revs`: the same per field ({field: {vv, updated, others}}), so two
    toetsers filling different fields never erase each other, and columns later steps add merge per
    field with no extra code. Existing rows start at vv {} (an edit before this version cannot be
    dated against one after it, so it counts as seen).
    """
    for table in _REVISION_TABLES:
        db[table].add_column("vv", str, not_null_default="{}")
        db[table].add_column("conflicts", str, not_null_default="[]")
    db["toetsing"].add_column("field_revs", str, not_null_default="{}")


# Bijlage 7 Deel A fields added to `toetsing` by step 6 (all text, "" = not filled in yet).
KERNGEGEVENS_TEXT_COLUMNS = (
    "adres", "contactpersoon", "telefoon", "email", "website",
    "ci_naam", "ci_straat", "ci_postcode_plaats", "ci_url", "ci_telefoon",
    "plannen_van_aanpak_rond", "verslag_datum", "teamleider", "beoordelaars", "meegelezen_door",
    "schets_organisatie", "relevante_ontwikkelingen", "ingediende_plannen", "tijdsindicatie_volgend",
    "ondertekening_plaats", "ondertekening_naam", "verbeterplan_datum",
)


def _step_6(db: sqlite_utils.Database) -> None:
    """Version 6: every Bijlage 7 Deel A field, verbeterplan approval, coverage overrides, accepted
    concepts and the record of exports.

    MERGE RULES. `toetsing`: new columns merge like the table's other fields (per field, see _step_5). `bevindingen.accepted`: a field of the bevinding row, merges with its row.
    `overrides` (norm_id, reason, active): id derived from the norm, one row per norm, merged by id,
    last writer wins, a withdrawal is a tombstone (active=0), like `nvt`. `exports` (kind, version,
    date, sha256, filename): append-only, never updated, merged by id as a union, so every laptop
    keeps the record of every report that went out.
    """
    for name in KERNGEGEVENS_TEXT_COLUMNS:
        db["toetsing"].add_column(name, str, not_null_default="")
    db["toetsing"].add_column("first_certification", int, not_null_default=0)
    db["toetsing"].add_column("verbeterplan_goedgekeurd", int, not_null_default=0)
    db["bevindingen"].add_column("accepted", int, not_null_default=0)
    _table(db, "overrides", {"norm_id": str, "reason": str, "active": int}, {"active": 1})
    db["overrides"].create_index(["norm_id"], unique=True)
    _table(
        db,
        "exports",
        {"kind": str, "version": int, "date": str, "sha256": str, "filename": str},
        {"filename": ""},
    )
    for table in ("overrides", "exports"):  # revision columns, as _step_5 gave the older tables
        db[table].add_column("vv", str, not_null_default="{}")
        db[table].add_column("conflicts", str, not_null_default="[]")


def _step_7(db: sqlite_utils.Database) -> None:
    """Version 7: which bodies the organisation has, for the interview plan: `medezeggenschap`
    ("OR", "PVT", "geen") and `clientenraad` ("ja", "nee"); "" = not asked yet.

    MERGE RULE: fields of the toetsing row, so they merge per field like its other fields (the
    `field_revs` of _step_5): a toetser who fills them never erases another's Kerngegevens.
    """
    db["toetsing"].add_column("medezeggenschap", str, not_null_default="")
    db["toetsing"].add_column("clientenraad", str, not_null_default="")


STEPS: dict[int, Callable[[sqlite_utils.Database], None]] = {
    1: _step_1, 2: _step_2, 3: _step_3, 4: _step_4, 5: _step_5, 6: _step_6, 7: _step_7,
}
SCHEMA_VERSION = max(STEPS)


def user_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database, target: int = SCHEMA_VERSION) -> list[int]:
    """Run the steps after the file's version up to `target`, each in its own transaction.

    A crash between steps leaves a file at a consistent older version that the next open migrates on.
    Returns the versions applied.
    """
    applied = []
    current = user_version(db)
    for version in range(current + 1, target + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            STEPS[version](db)
            if version == 1:
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {version}")
            db.execute("COMMIT")
        except BaseException:
            db.rollback()
            raise
        applied.append(version)
    return applied


RULES = ("revision", "per_field", "set", "local")


@dataclass(frozen=True)
class MergedTable:
    """How a table merges across toetsers' copies; every table of the schema has exactly one rule.

    - "revision": whole rows by id and version vector (`vv`, `conflicts`, see _step_5): the version
      that saw the other wins, independent edits are kept as a conflict for the toetsers.
    - "per_field": the same, per column (`field_revs`): the toetsing and its Kerngegevens; a column a
      later step adds merges per field by itself.
    - "set": rows are members of a set, id derived from the member (uuid5 of `natural_key`), removal
      a tombstone (`deleted`): revision mechanics, and a member added on one side while removed,
      unseen, on the other stays in (add wins) without troubling anyone with a conflict. Needs the
      `vv`/`conflicts` columns of a revision table.
    - "local": never merged (`LOCAL_TABLES`: what one laptop was typing, the file's identity).
    `natural_key` columns are unique too (one tag per aantekening×norm; a document by its SHA-256):
    two ids for one key are one row, the smaller id kept.
    """

    name: str
    natural_key: tuple[str, ...] = ()
    rule: str = "revision"

    def __post_init__(self) -> None:
        if self.rule not in RULES or self.rule == "local":
            raise ValueError(f"merge rule of {self.name}: {self.rule!r}")


# Parents before children, so foreign keys hold while merging.
MERGED_TABLES: tuple[MergedTable, ...] = (
    MergedTable("toetsing", rule="per_field"),
    MergedTable("toetsers"),
    MergedTable("bronnen"),
    MergedTable("aantekeningen"),
    MergedTable("tags", ("aantekening_id", "norm_id")),
    MergedTable("nvt", ("norm_id",)),
    MergedTable("bevindingen"),
    MergedTable("custom_questions"),
    MergedTable("asked_questions", ("bron_id", "question_key")),
    MergedTable("preparation"),
    MergedTable("documents", ("sha256",)),  # one document per file, see _step_3
    MergedTable("passages"),
    MergedTable("name_reviews", rule="set"),  # set union with tombstones, see _step_4
    MergedTable("overrides", ("norm_id",)),
    MergedTable("exports"),
)
# Tables that never merge: the file's identity (app, format) and the drafts of one laptop.
LOCAL_TABLES: frozenset[str] = frozenset({"meta", "drafts"})


def rule_of(table: str) -> str:
    for t in MERGED_TABLES:
        if t.name == table:
            return t.rule
    if table in LOCAL_TABLES:
        return "local"
    raise KeyError(table)
