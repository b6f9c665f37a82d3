"""The merge rule as pure functions over stored rows: version vectors, the versions of a row that
survive, and the toetsing's per-field revisions.

Every row carries a version vector (`vv`); of all versions of a row the ones no other version
strictly dominates survive (sessions/merge.py says what that means for the toetsers). The store
stamps a revision with these on every edit (sessions/core.py) and applies them when it merges rows
(sessions/merging.py); neither needs the merge of whole files, so nothing here imports the store.
"""

from __future__ import annotations

import json
from typing import Any

# Columns that say who/when, not what: two versions differing only here are no conflict to show.
NOT_SUBSTANCE = frozenset({"vv", "updated", "author", "created", "version"})


def parse_vv(value: Any) -> dict[str, int]:
    if isinstance(value, dict):
        vv = value
    else:
        try:
            vv = json.loads(value or "{}")
        except (TypeError, ValueError):
            vv = {}
    return {str(k): int(v) for k, v in vv.items() if isinstance(v, int) and v > 0} if isinstance(vv, dict) else {}


def dominated(x: dict[str, int], y: dict[str, int]) -> bool:
    """x < y: every edit x knows, y knows too, and y knows more."""
    return x != y and all(n <= y.get(r, 0) for r, n in x.items())


def join_vv(*vvs: dict[str, int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for vv in vvs:
        for r, n in vv.items():
            if n > out.get(r, 0):
                out[r] = n
    return out


def bumped(vv: dict[str, int], replica: str) -> dict[str, int]:
    return {**vv, replica: vv.get(replica, 0) + 1}


def canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _live(head: dict[str, Any]) -> bool:
    return not head.get("deleted") and head.get("active", 1) not in (0, False)


def _head_order(head: dict[str, Any]) -> tuple[bool, str, str]:
    return (_live(head), str(head.get("updated", "")), canon(head))


def join_heads(*head_sets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The versions of one row that survive: those no other strictly dominates, shown one first.

    First: live before deleted (an edit the deleter had not seen keeps the note), then the later
    stamp, then content, so the result depends only on the set of versions.
    """
    unique = {canon(h): h for heads in head_sets for h in heads}
    vvs = {k: parse_vv(h.get("vv")) for k, h in unique.items()}
    heads = [
        {**h, "vv": vvs[k]}
        for k, h in unique.items()
        if not any(dominated(vvs[k], vvs[o]) for o in unique if o != k)
    ]
    return sorted(heads, key=_head_order, reverse=True)


def heads_of(row: dict[str, Any]) -> list[dict[str, Any]]:
    """All standing versions of a stored row: itself and its conflicts."""
    primary = {k: v for k, v in row.items() if k not in ("id", "conflicts")}
    primary["vv"] = parse_vv(row.get("vv"))
    others = row.get("conflicts") or "[]"
    try:
        others = json.loads(others) if isinstance(others, str) else list(others)
    except ValueError:
        others = []
    return [primary, *[{**o, "vv": parse_vv(o.get("vv"))} for o in others if isinstance(o, dict)]]


def row_from_heads(row_id: str, heads: list[dict[str, Any]], columns: dict[str, Any]) -> dict[str, Any]:
    """The stored form: the first version as the row, the others in `conflicts`. `columns`: name ->
    default, so a version kept from before a column existed still fills every column."""
    primary, *others = heads
    row = {"id": row_id}
    for name, default in columns.items():
        if name in ("id", "conflicts"):
            continue
        value = primary.get(name, default)
        row[name] = canon(value) if name == "vv" else value
    filled = [{**{c: d for c, d in columns.items() if c not in ("id", "conflicts", "vv")}, **o} for o in others]
    row["conflicts"] = canon(filled) if filled else "[]"
    return row


def merge_revision_rows(a: dict[str, Any], b: dict[str, Any], columns: dict[str, Any]) -> dict[str, Any]:
    """One row from two copies of it (the "revision" and "set" rules)."""
    return row_from_heads(min(a["id"], b["id"]), join_heads(heads_of(a), heads_of(b)), columns)


def substantive_conflicts(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The other versions of a row that differ in what they say, not only in who/when."""
    primary, *others = heads_of(row)
    shown = {k: v for k, v in primary.items() if k not in NOT_SUBSTANCE}
    return [o for o in others if {k: v for k, v in o.items() if k not in NOT_SUBSTANCE} != shown]


ROW_STAMP = ("id", "created", "updated", "author", "field_revs")


def field_heads(row: dict[str, Any], revs: dict[str, Any], name: str) -> list[dict[str, Any]]:
    rev = revs.get(name) or {}
    own = {"value": row.get(name), "vv": parse_vv(rev.get("vv")), "updated": rev.get("updated", "")}
    return [own, *[{**o, "vv": parse_vv(o.get("vv"))} for o in rev.get("others", []) if isinstance(o, dict)]]


def field_revs(row: dict[str, Any]) -> dict[str, Any]:
    try:
        revs = json.loads(row.get("field_revs") or "{}")
    except (TypeError, ValueError):
        revs = {}
    return revs if isinstance(revs, dict) else {}


def merge_per_field_rows(a: dict[str, Any], b: dict[str, Any], columns: dict[str, Any]) -> dict[str, Any]:
    """One toetsing from two copies, field by field (the "per_field" rule)."""
    revs_a, revs_b = field_revs(a), field_revs(b)
    row: dict[str, Any] = {}
    revs: dict[str, Any] = {}
    for name, default in columns.items():
        if name in ROW_STAMP:
            continue
        a_, b_ = {**a}, {**b}
        a_.setdefault(name, default)
        b_.setdefault(name, default)
        heads = join_heads(field_heads(a_, revs_a, name), field_heads(b_, revs_b, name))
        first, *others = heads
        row[name] = first["value"]
        if first["vv"] or others:
            revs[name] = {"vv": first["vv"], "updated": first.get("updated", ""), "others": others}
    later = max((a, b), key=lambda r: (str(r.get("updated", "")), str(r.get("author", ""))))
    row["id"] = min(a["id"], b["id"])
    row["created"] = min(str(a.get("created", "")), str(b.get("created", "")))
    row["updated"] = later.get("updated", "")
    row["author"] = later.get("author", "")
    row["field_revs"] = canon(revs)
    return row


def field_conflicts(row: dict[str, Any]) -> dict[str, list[Any]]:
    """Per field of the toetsing, the other values still standing (independent edits)."""
    out = {}
    for name, rev in field_revs(row).items():
        values = [o.get("value") for o in rev.get("others", []) if o.get("value") != row.get(name)]
        if values:
            out[name] = values
    return out
