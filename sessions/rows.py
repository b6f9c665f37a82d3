"""Rows <-> dataclasses: the store's mapping between SQLite rows and sessions.models.

Annotations are strings (PEP 563), so a field's kind is read from its annotation text: `list[...]`
is kept as JSON, `bool` as 0/1, `int`/`float` converted back; any other field is text ("" for NULL).
Also the ids derived from a natural key and the store's timestamp format.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import fields
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

from .models import (
    Aantekening,
    AskedQuestion,
    Bevinding,
    Bron,
    CustomQuestion,
    Document,
    ExportRecord,
    NameReview,
    NvtMarking,
    Override,
    Passage,
    PreparationNote,
    Tag,
    Toetser,
    Toetsing,
)

# Stable namespace for ids derived from a natural key (tags, n.v.t., asked questions).
ID_NAMESPACE = uuid.UUID("6f1c2a4e-8d0b-4b8e-9a51-3c7d2e9f0a17")

TABLE_OF: dict[type, str] = {
    Toetsing: "toetsing",
    Toetser: "toetsers",
    Bron: "bronnen",
    Aantekening: "aantekeningen",
    Tag: "tags",
    NvtMarking: "nvt",
    Bevinding: "bevindingen",
    CustomQuestion: "custom_questions",
    AskedQuestion: "asked_questions",
    PreparationNote: "preparation",
    Document: "documents",
    Passage: "passages",
    NameReview: "name_reviews",
    Override: "overrides",
    ExportRecord: "exports",
}


@lru_cache(maxsize=None)
def field_kinds(cls: type) -> tuple[tuple[str, str], ...]:
    """(name, 'json'|'bool'|'int'|'float'|'str') per field; annotations are strings (PEP 563)."""
    out = []
    for f in fields(cls):
        t = str(f.type)
        kind = "json" if t.startswith("list") else t if t in ("bool", "int", "float") else "str"
        out.append((f.name, kind))
    return tuple(out)


def to_row(obj: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, kind in field_kinds(type(obj)):
        value = getattr(obj, name)
        if kind == "json":
            value = json.dumps(list(value), ensure_ascii=False)
        elif kind == "bool":
            value = int(bool(value))
        row[name] = value
    return row


def from_row(cls: type, row: dict[str, Any]) -> Any:
    kwargs: dict[str, Any] = {}
    for name, kind in field_kinds(cls):
        if name not in row:
            continue
        value = row[name]
        if kind == "json":
            value = json.loads(value or "[]")
        elif kind == "bool":
            value = bool(value)
        elif kind == "int":
            value = int(value)
        elif kind == "float":
            value = float(value)
        elif value is None:
            value = ""
        kwargs[name] = value
    return cls(**kwargs)


def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, "\x1f".join(parts)))


TS_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def parse_ts(value: str) -> datetime | None:
    try:
        return datetime.strptime(value, TS_FORMAT).replace(tzinfo=timezone.utc)
    except (TypeError, ValueError):
        return None
