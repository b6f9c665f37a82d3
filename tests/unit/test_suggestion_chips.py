"""How suggested norms read in little space (interviewer.presenters.suggestions): id and label,
strength as a bar and a word, nothing under the floor unless the context brings the norm, and a
chip that fits 80 columns (two lines) or a wide screen (the long label)."""

from __future__ import annotations

import pytest

from interviewer.presenters.suggestions import (
    ONE_LINE_MIN,
    bank_labels,
    chip_views,
    norm_name,
    score_bar,
    shown_ranking,
    strength,
)
from questionbank import load_bank
from questionbank.models import ChipRules

RULES = ChipRules(floor=30.0, strong=70.0)
KEYS = ("F5", "F6", "F7")


@pytest.fixture(scope="module")
def labels():
    return bank_labels(load_bank())


def test_suggestions_under_the_floor_are_not_shown_unless_the_context_brings_them():
    ranking = [("OB17", 80.0), ("V2", 5.0), ("OB15", 29.9), ("V9", 30.0), ("D10", 12.0), ("OB8", 3.0)]
    reasons = {"V2": ("vraag",), "D10": ("vorige notitie",), "OB8": ("functie",), "OB15": ("dossier",)}
    assert shown_ranking(ranking, reasons, RULES) == [("OB17", 80.0), ("V2", 5.0), ("V9", 30.0), ("D10", 12.0)]
    assert shown_ranking([("V4", 1.0)], {"V4": ("verwijzing",)}, RULES) == [("V4", 1.0)]  # "zie V4"
    assert shown_ranking([("OB15", 5.5)], None, RULES) == []  # "wetten" alone: no guess


def test_strength_is_a_word_and_a_bar_never_a_number():
    assert [strength(s, RULES) for s in (10, 30, 69.9, 70, 100)] == ["", "mogelijk", "mogelijk", "sterk", "sterk"]
    assert [score_bar(s, RULES) for s in (10, 30, 50, 70)] == ["", "█░░", "██░", "███"]


def test_a_wide_chip_names_the_norm_by_id_and_long_label(labels):
    [chip, empty, _] = chip_views(KEYS, [("OB17", 88.0)], {"OB17": ("AVG",)}, [], labels, RULES)
    assert chip.line(80) == "F5 OB17 wetten: AVG, klachten, meldcode e.a. ███ sterk · AVG"
    assert empty.line(80) == "F6 —"
    # a 38-wide chip (120 columns): the short label with bar and word
    assert chip.line(38) == "F5 OB17 wetten AVG/klacht ███ sterk"
    assert max(len(f) for f in chip.variants()) <= 80 and len(chip.line(ONE_LINE_MIN)) <= ONE_LINE_MIN


def test_any_norm_fits_one_line_from_the_minimum_width(labels):
    bank = load_bank()
    for norm in bank.norms:
        [chip, *_] = chip_views(KEYS, [(norm.id, 50.0)], None, [norm.id], labels, RULES)
        line = chip.line(ONE_LINE_MIN)
        assert len(line) <= ONE_LINE_MIN and "██░" in line, norm.id
        assert line.startswith((f"F5 ✓ {norm.id} {norm.short} ", f"F5 ✓ {norm.id} {norm.long} ")), norm.id


def test_a_narrow_chip_takes_two_lines_id_and_strength_over_the_short_label(labels):
    chips = chip_views(KEYS, [("OB8", 75.0), ("OB14", 40.0), ("OB17", 5.0)], {"OB17": ("vraag",)}, ["OB14"], labels, RULES)
    width = 80 // 3 - 2
    assert [c.two_lines(width) for c in chips] == [
        ("F5 OB8 ███ sterk", "werven en inwerken"),
        ("F6 ✓ OB14 █░░ mogelijk", "betaalde derden"),
        ("F7 OB17 · vraag", "wetten AVG/klacht"),
    ]
    assert all(len(line) <= width for c in chips for line in c.two_lines(width))


def test_mirror_norms_read_apart_on_a_chip(labels):
    for a, b in (("V2", "OB8"), ("V9", "OB17"), ("D10", "OB11"), ("V15", "OB10")):
        assert norm_name(a, labels) != norm_name(b, labels)
    assert norm_name("V2", labels) == "V2 inwerken (prof.)"
    assert norm_name("XX", labels) == "XX"
