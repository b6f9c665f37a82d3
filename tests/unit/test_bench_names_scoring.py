"""The name bench counts what a reader of its figures expects: a listed name where it stands as a
word, not the same letters inside another word."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("bench_names", ROOT / "bench" / "names.py")
bench_names = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_names)


def test_a_short_name_is_not_counted_inside_a_longer_word():
    text = "mo: 'dat moet ik morgen regelen', zegt mo"
    assert [text[s:e] for s, e, _ in bench_names.occurrences(text, ["mo"])] == ["mo", "mo"]
    assert [s for s, _, _ in bench_names.occurrences(text, ["mo"])] == [0, text.rindex("mo")]


def test_the_full_name_claims_its_own_occurrence_before_its_surname():
    text = "Ahmadzai werkt hier; Gulalai Ahmadzai belt"
    found = sorted(bench_names.occurrences(text, ["Ahmadzai", "Gulalai Ahmadzai"]))
    assert [name for _, _, name in found] == ["Ahmadzai", "Gulalai Ahmadzai"]


def test_a_name_glued_into_a_file_name_is_still_counted():
    text = "Werkinstructie_2025gvisser.pdf"
    assert [name for _, _, name in bench_names.occurrences(text, ["gvisser"])] == ["gvisser"]


def test_a_modifier_letter_quote_does_not_glue_a_name_to_its_word():
    text = "stond ʻIryna Bondarenkoʼ anders gespeld"
    assert [text[s:e] for s, e, _ in bench_names.occurrences(text, ["Iryna Bondarenko"])] == ["Iryna Bondarenko"]
