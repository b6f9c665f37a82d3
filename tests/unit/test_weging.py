"""The advies follows the weging thresholds of the question bank, exactly at their edges."""

from __future__ import annotations

import pytest

from interviewer.domain.weging import (
    ADVIES_NA_VERBETERPLAN,
    ADVIES_NEGATIEF,
    ADVIES_GEEN,
    ADVIES_POSITIEF,
    advies,
    count_oordelen,
)
from questionbank import load_bank
from questionbank.models import WegingRules

RULES = WegingRules(max_niet=4, max_deels=9, verbeterplan_weeks=4)


def oordelen(niet: int = 0, deels: int = 0, nvt: int = 0, open_: int = 0, total: int = 49) -> list[str]:
    rest = total - niet - deels - nvt - open_
    return ["-"] * niet + ["+/-"] * deels + ["n.v.t."] * nvt + ["niet beoordeeld"] * open_ + ["+"] * rest


def test_shipped_rules_are_the_handbook_thresholds():
    assert load_bank().rules.weging == RULES


def test_all_voldoen_ignoring_nvt_is_positive():
    result = advies(count_oordelen(oordelen(nvt=3)), RULES)
    assert result.kind == ADVIES_POSITIEF
    assert not result.provisional
    assert result.text.startswith("Positief advies")


@pytest.mark.parametrize(
    ("niet", "deels", "kind"),
    [
        (4, 0, ADVIES_NA_VERBETERPLAN),
        (5, 0, ADVIES_NEGATIEF),
        (0, 9, ADVIES_NA_VERBETERPLAN),
        (0, 10, ADVIES_NEGATIEF),
        (4, 9, ADVIES_NA_VERBETERPLAN),
        (1, 0, ADVIES_NA_VERBETERPLAN),
        (0, 1, ADVIES_NA_VERBETERPLAN),
    ],
)
def test_thresholds_at_their_edges(niet, deels, kind):
    assert advies(count_oordelen(oordelen(niet=niet, deels=deels)), RULES).kind == kind


def test_conditional_advies_names_the_verbeterplan_deadline():
    text = advies(count_oordelen(oordelen(niet=2, deels=3)), RULES).text
    assert "verbeterplan" in text and "4 weken" in text and "2 normen niet" in text and "3 deels" in text


def test_negative_advies_offers_aanvullend_onderzoek():
    assert "Aanvullend onderzoek" in advies(count_oordelen(oordelen(niet=5)), RULES).text


def test_thresholds_come_from_the_rules_not_the_code():
    strict = WegingRules(max_niet=2, max_deels=9, verbeterplan_weeks=6)
    result = advies(count_oordelen(oordelen(niet=3)), strict)
    assert result.kind == ADVIES_NEGATIEF
    assert "6 weken" in result.text


def test_niet_beoordeeld_makes_a_positive_advies_provisional():
    result = advies(count_oordelen(oordelen(open_=2)), RULES)
    assert result.kind == ADVIES_POSITIEF
    assert result.provisional
    assert result.text.startswith("Voorlopig: 2 normen zijn nog niet beoordeeld")


def test_negative_advies_is_certain_even_with_open_norms():
    result = advies(count_oordelen(oordelen(niet=5, open_=3)), RULES)
    assert result.kind == ADVIES_NEGATIEF
    assert not result.provisional
    assert "verandert dit advies niet" in result.text


def test_counts_add_up_per_kind():
    counts = count_oordelen(["+", "+/-", "-", "n.v.t.", "niet beoordeeld", "+"])
    assert (counts.voldoet, counts.deels, counts.niet, counts.nvt, counts.niet_beoordeeld, counts.total) == (2, 1, 1, 1, 1, 6)


def test_nothing_judged_gives_no_advies_not_a_positive_one():
    """An empty audit or one with every norm n.v.t.: "voldoet aan alle beoordeelde normen" would be
    true of none, so the toetser (and the report) read "Nog geen advies"."""
    everything_nvt = advies(count_oordelen(["n.v.t."] * 49), RULES)
    assert everything_nvt.kind == ADVIES_GEEN
    assert everything_nvt.label == "Nog geen advies" and not everything_nvt.provisional
    assert everything_nvt.text.startswith("Nog geen advies") and "49 n.v.t." in everything_nvt.text
    assert "Positief" not in everything_nvt.text
    empty = advies(count_oordelen(["niet beoordeeld"] * 49), RULES)
    assert empty.label == "Nog geen advies" and empty.provisional
    assert "49 niet beoordeeld" in empty.text and "Positief" not in empty.text
    one = advies(count_oordelen(["+"] + ["n.v.t."] * 48), RULES)
    assert one.label == "Positief advies" and one.kind == ADVIES_POSITIEF
