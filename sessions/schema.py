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


# Bijlage 7 Deel A fields added to `toetsing` by step 3 (all text, "" = not filled in yet).
KERNGEGEVENS_TEXT_COLUMNS = (
    "adres", "contactpersoon", "telefoon", "email", "website",
    "ci_naam", "ci_straat", "ci_postcode_plaats", "ci_url", "ci_telefoon",
    "plannen_van_aanpak_rond", "verslag_datum", "teamleider", "beoordelaars", "meegelezen_door",
    "schets_organisatie", "relevante_ontwikkelingen", "ingediende_plannen", "tijdsindicatie_volgend",
    "ondertekening_plaats", "ondertekening_naam", "verbeterplan_datum",
)


def _step_3(db: sqlite_utils.Database) -> None:
    """Version 3: every Bijlage 7 Deel A field, verbeterplan approval, coverage overrides, accepted
    concepts and the record of exports.

    MERGE RULES. `toetsing`: new columns merge like the table's other fields (per field, see the
    store issue). `bevindingen.accepted`: a field of the bevinding row, merges with its row.
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


STEPS: dict[int, Callable[[sqlite_utils.Database], None]] = {1: _step_1, 2: _step_2, 3: _step_3}
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


@dataclass(frozen=True)
class MergedTable:
    """A table whose rows merge by id; `natural_key` columns are unique too (one tag per aantekening×norm)."""

    name: str
    natural_key: tuple[str, ...] = ()


# Parents before children, so foreign keys hold while merging.
MERGED_TABLES: tuple[MergedTable, ...] = (
    MergedTable("toetsers"),
    MergedTable("bronnen"),
    MergedTable("aantekeningen"),
    MergedTable("tags", ("aantekening_id", "norm_id")),
    MergedTable("nvt", ("norm_id",)),
    MergedTable("bevindingen"),
    MergedTable("custom_questions"),
    MergedTable("asked_questions", ("bron_id", "question_key")),
    MergedTable("preparation"),
    MergedTable("overrides", ("norm_id",)),
    MergedTable("exports"),
)
