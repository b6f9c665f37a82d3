"""Agreement between toetsers: Cohen's kappa on textbook cases, disagreements shown first."""

from __future__ import annotations

import pytest

from interviewer.domain.agreement import KAPPA_METHOD_MEAN, KAPPA_METHOD_PAIR, cohen_kappa, compare, describe
from sessions.models import Bevinding


def ratings(pairs: dict[tuple[str, str], int]) -> tuple[list[str], list[str]]:
    a, b = [], []
    for (x, y), n in pairs.items():
        a += [x] * n
        b += [y] * n
    return a, b


def test_kappa_textbook_two_by_two():
    # Wikipedia "Cohen's kappa", example: 50 proposals, yes/yes 20, yes/no 5, no/yes 10, no/no 15
    a, b = ratings({("+", "+"): 20, ("+", "-"): 5, ("-", "+"): 10, ("-", "-"): 15})
    assert cohen_kappa(a, b) == pytest.approx(0.4)


def test_kappa_textbook_unbalanced_margins():
    # Wikipedia: same 60% observed agreement, different margins -> kappa 0.1304 and 0.2593
    a, b = ratings({("+", "+"): 45, ("+", "-"): 15, ("-", "+"): 25, ("-", "-"): 15})
    assert cohen_kappa(a, b) == pytest.approx(0.1304, abs=1e-4)
    a, b = ratings({("+", "+"): 25, ("+", "-"): 35, ("-", "+"): 5, ("-", "-"): 35})
    assert cohen_kappa(a, b) == pytest.approx(0.2593, abs=1e-4)


def test_kappa_perfect_and_chance_and_undefined():
    assert cohen_kappa(["+", "-", "+/-"], ["+", "-", "+/-"]) == pytest.approx(1.0)
    # agreement exactly at chance level
    assert cohen_kappa(["+", "+", "-", "-"], ["+", "-", "+", "-"]) == pytest.approx(0.0)
    # both gave everything "+": chance agreement is 1, kappa is undefined
    assert cohen_kappa(["+"] * 5, ["+"] * 5) is None
    assert cohen_kappa([], []) is None


def bev(norm: str, author: str, oordeel: str, updated: str = "2026-11-24T10:00:00") -> Bevinding:
    return Bevinding(id=f"{norm}-{author}-{updated}", norm_id=norm, oordeel=oordeel, author=author, updated=updated, text=f"{author} over {norm}")


ORDER = ["V1", "V2", "V3", "V4", "D1"]


def test_compare_two_toetsers_disagreements_first():
    versions = [
        bev("V1", "a", "+"), bev("V1", "b", "+"),
        bev("V2", "a", "+"), bev("V2", "b", "+/-"),
        bev("V3", "a", "-"), bev("V3", "b", "-"),
        bev("V4", "a", "+/-"), bev("V4", "b", "+"),
        bev("D1", "a", "+"),  # only one toetser: nothing to compare
    ]
    report = compare(versions, ORDER)
    assert [n.norm_id for n in report.norms] == ["V2", "V4", "V1", "V3"]
    assert [n.agreed for n in report.norms] == [False, False, True, True]
    assert report.share_agreed == pytest.approx(0.5)
    assert report.kappa_method == KAPPA_METHOD_PAIR
    assert report.kappa == pytest.approx(cohen_kappa(["+", "+", "-", "+/-"], ["+", "+/-", "-", "+"]))
    assert report.norms[0].oordelen == {"a": "+", "b": "+/-"}
    assert "Eens over 2 van 4 normen (50%)" in describe(report)


def test_compare_uses_each_toetsers_latest_version():
    versions = [
        bev("V1", "a", "+/-", "2026-11-24T09:00:00"), bev("V1", "a", "+", "2026-11-24T11:00:00"),
        bev("V1", "b", "+"),
    ]
    report = compare(versions, ORDER)
    assert report.norms[0].agreed
    assert report.norms[0].versions[0].updated == "2026-11-24T11:00:00"


def test_niet_beoordeeld_is_not_agreement_and_not_in_kappa():
    versions = [
        bev("V1", "a", "+"), bev("V1", "b", "niet beoordeeld"),
        bev("V2", "a", "+"), bev("V2", "b", "+"),
        bev("V3", "a", "-"), bev("V3", "b", "-"),
    ]
    report = compare(versions, ORDER)
    assert [(n.norm_id, n.agreed) for n in report.norms] == [("V1", False), ("V2", True), ("V3", True)]
    # V1 is left out of kappa (1.0 on V2, V3); counted as a category it would give 0.5
    assert report.kappa == pytest.approx(1.0)


def test_three_toetsers_mean_pairwise_kappa():
    versions = []
    grades = {"a": ["+", "+", "-", "+/-"], "b": ["+", "+/-", "-", "+/-"], "c": ["+", "+", "-", "+"]}
    for author, row in grades.items():
        versions += [bev(n, author, o) for n, o in zip(ORDER, row)]
    report = compare(versions, ORDER)
    assert report.kappa_method == KAPPA_METHOD_MEAN
    pairs = [cohen_kappa(grades[x], grades[y]) for x, y in (("a", "b"), ("a", "c"), ("b", "c"))]
    assert report.kappa == pytest.approx(sum(pairs) / 3)
    assert [n.norm_id for n in report.norms if n.agreed] == ["V1", "V3"]
