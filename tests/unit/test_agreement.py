"""Agreement between toetsers: Cohen's kappa and Krippendorff's alpha on textbook cases, no figure on
too few shared norms, disagreements shown first."""

from __future__ import annotations

import pytest

from interviewer.domain.agreement import (
    KAPPA_METHOD_MEAN,
    KAPPA_METHOD_PAIR,
    ORDINAL_SCALE,
    cohen_kappa,
    compare,
    describe,
    krippendorff_alpha,
)
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


# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", worked examples.
KRIPPENDORFF_C = [  # four observers, twelve units, values 1-5, missing data (example C/D)
    [1, 1, None, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
    [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [None, 5, 5, 5], [None, None, 1, 1], [None, 3, None, None],
]


def test_alpha_krippendorff_binary_two_observers():
    # example A: two observers, ten units, binary data -> alpha 0.095
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert krippendorff_alpha(list(zip(a, b))) == pytest.approx(0.095, abs=5e-4)


def test_alpha_krippendorff_many_observers_missing_data():
    assert krippendorff_alpha(KRIPPENDORFF_C, "nominal") == pytest.approx(0.743, abs=5e-4)
    assert krippendorff_alpha(KRIPPENDORFF_C, "ordinal") == pytest.approx(0.815, abs=5e-4)
    assert krippendorff_alpha(KRIPPENDORFF_C, "interval") == pytest.approx(0.849, abs=5e-4)


def test_alpha_undefined_and_perfect():
    assert krippendorff_alpha([[1, None], [None, 2]]) is None  # nothing pairable
    assert krippendorff_alpha([["+", "+"], ["+", "+"]]) is None  # no variation
    assert krippendorff_alpha([["+", "+"], ["-", "-"], ["+/-", "+/-"]], "ordinal", ORDINAL_SCALE) == pytest.approx(1.0)


def test_ordinal_alpha_counts_far_disagreement_heavier():
    near = [["+", "+"], ["-", "-"], ["+/-", "+/-"], ["+", "+/-"], ["-", "-"], ["+", "+"]]
    far = [["+", "+"], ["-", "-"], ["+/-", "+/-"], ["+", "-"], ["-", "-"], ["+", "+"]]
    assert krippendorff_alpha(far, "ordinal", ORDINAL_SCALE) < krippendorff_alpha(near, "ordinal", ORDINAL_SCALE)


def _versions(oordelen_a: list[str], oordelen_b: list[str], prefix: str = "V") -> list[Bevinding]:
    out = []
    for i, (x, y) in enumerate(zip(oordelen_a, oordelen_b), start=1):
        out.append(Bevinding(id=f"a{i}", norm_id=f"{prefix}{i}", oordeel=x, author="a"))
        out.append(Bevinding(id=f"b{i}", norm_id=f"{prefix}{i}", oordeel=y, author="b"))
    return out


def test_too_few_shared_norms_gives_no_figure():
    four = _versions(["+", "+/-", "-", "+"], ["+", "+", "-", "+"])
    report = compare(four, [f"V{i}" for i in range(1, 5)], min_shared=5)
    assert report.figures.alpha.too_few and report.figures.alpha.value is None
    assert report.figures.kappa.value is None
    assert "te weinig gezamenlijk beoordeelde normen" in describe(report)
    five = _versions(["+", "+/-", "-", "+", "+/-"], ["+", "+", "-", "+", "+/-"])
    report = compare(five, [f"V{i}" for i in range(1, 6)], min_shared=5)
    assert not report.figures.alpha.too_few and report.figures.alpha.norms == 5
    assert report.figures.alpha.value is not None and report.figures.kappa.value is not None
    assert "te weinig" not in describe(report) and "(5 normen)" in describe(report)
    # per rubriek: all five are V norms, so D and OB have too few
    assert report.figures.per_rubriek["V"][1].norms == 5
    assert report.figures.per_rubriek["D"][1].too_few


def test_not_rated_and_nvt_are_not_on_the_scale():
    versions = _versions(["+", "niet beoordeeld", "n.v.t.", "+", "-", "+/-"], ["+", "+", "n.v.t.", "-", "-", "+"])
    report = compare(versions, [f"V{i}" for i in range(1, 7)], min_shared=1)
    assert report.figures.alpha.norms == 4  # V2 has one rated version, V3 none on the scale
    spreads = {n.norm_id: n.spread for n in report.norms}
    assert spreads["V4"] == 2 and spreads["V6"] == 1 and spreads["V1"] == 0 and spreads["V3"] is None
