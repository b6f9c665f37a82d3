"""Properties of the merge rule (sessions/merge.py), on its pure functions, in memory.

Three laptops edit, delete and merge one note (or the toetsing's fields) in any order, with clocks
that stamp anything; whatever happened, merging their states is idempotent, commutative and
associative, loses no edit, and never lets an edit a delete had seen bring the note back.
200 examples in all here (CI); bench/merge_properties.py runs 1 000.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sessions import merge

REPLICAS = ("anna", "bram", "cor")
ROW_COLUMNS = {"id": "", "text": "", "deleted": 0, "created": "", "updated": "", "author": "", "vv": "{}", "conflicts": "[]"}
TOETSING_COLUMNS = {"id": "", "lidnummer": "", "scope": "", "fte_staff": 0.0, "created": "", "updated": "", "author": "", "field_revs": "{}"}

_op = st.one_of(
    st.tuples(st.just("edit"), st.sampled_from(REPLICAS), st.sampled_from(["a", "b", "c", "d"]), st.integers(0, 99)),
    st.tuples(st.just("delete"), st.sampled_from(REPLICAS), st.just(""), st.integers(0, 99)),
    st.tuples(st.just("sync"), st.sampled_from(REPLICAS), st.sampled_from(REPLICAS), st.just(0)),
)
OPS = st.lists(_op, max_size=14)


def _stamp(n: int) -> str:
    return f"2026-11-{1 + n % 28:02d}T{n % 24:02d}:00:00.000000Z"  # skewed clocks: any order at all


def _run_rows(ops: list[tuple]) -> tuple[dict[str, dict], list[dict]]:
    """Replay ops as the store does them; returns each laptop's row and every version ever made."""
    base = merge.row_from_heads("note-1", [{"text": "origineel", "deleted": 0, "updated": _stamp(0), "author": "anna", "created": "", "vv": {}}], ROW_COLUMNS)
    rows = {r: dict(base) for r in REPLICAS}
    made = [merge.heads_of(base)[0]]
    for kind, who, arg, clock in ops:
        if kind == "sync":
            rows[arg] = merge.merge_revision_rows(rows[arg], rows[who], ROW_COLUMNS)
            continue
        seen = merge.join_vv(*(h["vv"] for h in merge.heads_of(rows[who])))
        current = merge.heads_of(rows[who])[0]
        head = {
            **current, "text": arg or current["text"], "deleted": int(kind == "delete"),
            "updated": _stamp(clock), "author": who, "vv": merge.bumped(seen, who),
        }
        made.append(head)
        rows[who] = merge.row_from_heads("note-1", [head], ROW_COLUMNS)
    return rows, made


def _check_rows(ops: list[tuple]) -> None:
    rows, made = _run_rows(ops)
    a, b, c = (rows[r] for r in REPLICAS)
    m = lambda x, y: merge.merge_revision_rows(x, y, ROW_COLUMNS)  # noqa: E731
    assert m(a, a) == a, "idempotent"
    assert m(a, b) == m(b, a), "commutative"
    assert m(m(a, b), c) == m(a, m(b, c)), "associative"
    result = merge.heads_of(m(m(a, b), c))
    inputs = [h for r in (a, b, c) for h in merge.heads_of(r)]
    for h in inputs:  # no lost edit: every version is kept or was seen by one that is kept
        assert h in result or any(merge.dominated(h["vv"], k["vv"]) for k in result), "an edit was lost"
    for d in (h for h in made if h["deleted"]):  # no delete undone by an edit it had seen
        for k in result:
            assert not (not k["deleted"] and merge.dominated(k["vv"], d["vv"])), "a seen edit undid a delete"
    shown = result[0]
    assert bool(shown["deleted"]) == all(k["deleted"] for k in result), "a live version must keep the note"


FIELDS = ("lidnummer", "scope", "fte_staff")
_field_op = st.one_of(
    st.tuples(st.just("edit"), st.sampled_from(REPLICAS), st.sampled_from(FIELDS), st.integers(0, 3)),
    st.tuples(st.just("sync"), st.sampled_from(REPLICAS), st.sampled_from(REPLICAS), st.just(0)),
)


def _check_fields(ops: list[tuple]) -> None:
    base = {**TOETSING_COLUMNS, "id": "t-1"}
    rows = {r: dict(base) for r in REPLICAS}
    last_edit: dict[str, tuple] = {}
    for step, (kind, who, arg, value) in enumerate(ops):
        if kind == "sync":
            rows[arg] = merge.merge_per_field_rows(rows[arg], rows[who], TOETSING_COLUMNS)
            continue
        row = rows[who]
        revs = merge._revs(row)
        seen = merge.join_vv(*(h["vv"] for h in merge._field_heads(row, revs, arg)))
        new_value = float(value) if arg == "fte_staff" else f"{arg}-{who}-{value}"
        revs[arg] = {"vv": merge.bumped(seen, who), "updated": _stamp(step), "others": []}
        rows[who] = {**row, arg: new_value, "field_revs": merge._canon(revs), "updated": _stamp(step), "author": who}
        last_edit[arg] = (who, new_value)
    a, b, c = (rows[r] for r in REPLICAS)
    m = lambda x, y: merge.merge_per_field_rows(x, y, TOETSING_COLUMNS)  # noqa: E731
    assert m(a, a) == a
    assert m(a, b) == m(b, a)
    assert m(m(a, b), c) == m(a, m(b, c))
    merged = m(m(a, b), c)
    for name in FIELDS:  # a field only one laptop ever edited: that laptop's last value, no conflict
        editors = {w for k, w, f, _ in ops if k == "edit" and f == name}
        if len(editors) == 1:
            assert merged[name] == rows[editors.pop()][name]
            assert name not in merge.field_conflicts(merged)


def property_tests(rows_examples: int, fields_examples: int):
    common = dict(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

    @settings(max_examples=rows_examples, **common)
    @given(OPS)
    def rows(ops):
        _check_rows(ops)

    @settings(max_examples=fields_examples, **common)
    @given(st.lists(_field_op, max_size=14))
    def fields(ops):
        _check_fields(ops)

    return rows, fields


def test_row_merge_properties_over_random_histories():
    property_tests(140, 60)[0]()


def test_per_field_merge_properties_over_random_histories():
    property_tests(140, 60)[1]()


def test_independent_edits_are_a_conflict_and_a_seen_edit_is_not():
    rows, _ = _run_rows([("edit", "anna", "a", 1), ("edit", "bram", "b", 2)])
    both = merge.merge_revision_rows(rows["anna"], rows["bram"], ROW_COLUMNS)
    assert sorted(h["text"] for h in merge.heads_of(both)) == ["a", "b"]
    rows, _ = _run_rows([("edit", "anna", "a", 9), ("sync", "anna", "bram", 0), ("edit", "bram", "b", 1)])
    seen = merge.merge_revision_rows(rows["anna"], rows["bram"], ROW_COLUMNS)
    assert [h["text"] for h in merge.heads_of(seen)] == ["b"]  # Bram saw Anna's edit; his clock is behind
