"""The single homes of norm ids and Dutch number/date formatting."""

from __future__ import annotations

import datetime as dt

import pytest

from questionbank import load_bank
from questionbank.ids import NORM_IDS, UnknownNormError, canonical_norm_id, normalise_norm_id, norm_sort_key
from questionbank.nl import date_long, decimal, number_word, parse_decimal, plural, thousands
from sessions.errors import ValidationError
from sessions.store import normalise_norm_id as store_normalise


def test_norm_ids_are_the_banks_norms_in_handbook_order():
    assert NORM_IDS == tuple(n.id for n in load_bank().norms)
    assert len(NORM_IDS) == 49 and NORM_IDS[0] == "V1" and NORM_IDS[15] == "D1" and NORM_IDS[-1] == "OB23"


@pytest.mark.parametrize("raw, expected", [("v1", "V1"), (" ob23 ", "OB23"), ("D11", "D11"), ("V16", None), ("OB0", None), ("", None), (None, None), (7, None)])
def test_canonical_norm_id(raw, expected):
    assert canonical_norm_id(raw) == expected


def test_unknown_norm_message_is_dutch_and_the_same_in_bank_and_store():
    with pytest.raises(UnknownNormError) as bank_error:
        load_bank().norm("V16")
    with pytest.raises(ValidationError) as store_error:
        store_normalise("V16")
    assert str(bank_error.value) == str(store_error.value) == "Onbekende norm: 'V16'. Het normenkader 2019 kent V1–V15, D1–D11 en OB1–OB23."
    assert normalise_norm_id("ob2") == "OB2"


def test_sort_key_follows_the_handbook_not_the_alphabet():
    assert sorted(["OB2", "V10", "D1", "V2"], key=norm_sort_key) == ["V2", "V10", "D1", "OB2"]


def test_dutch_numbers():
    assert [decimal(2.5), decimal(3.0), decimal(0), decimal(12.25), decimal(0.004)] == ["2,5", "3", "0", "12,25", "0"]
    assert thousands(5000) == "5.000" and thousands(999) == "999"
    assert plural(1, "gesprek", "gesprekken") == "1 gesprek" and plural(0, "gesprek", "gesprekken") == "0 gesprekken"
    assert number_word(2) == "twee" and number_word(11) == "11"


@pytest.mark.parametrize("text, value", [("12,5", 12.5), ("12.5", 12.5), (" 3 ", 3.0), ("", 0.0)])
def test_parse_decimal(text, value):
    assert parse_decimal(text) == value


@pytest.mark.parametrize("text", ["nan", "inf", "-inf", "twaalf", "1,2,3"])
def test_parse_decimal_refuses_what_is_no_number(text):
    with pytest.raises(ValueError):
        parse_decimal(text)


def test_dates_in_dutch():
    assert date_long("2026-12-01") == "1 december 2026"
    assert date_long(dt.date(2027, 3, 9)) == "9 maart 2027"
    assert date_long("eerste certificering") == "eerste certificering"
