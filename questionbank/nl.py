"""Dutch numbers, plurals and dates as reports and messages write them: one home for every layer.

It lives in the question bank package because that is the bottom of the import arrows
(interviewer -> sessions -> questionbank): the store's messages, the domain's report and the screens
all format numbers the same way from here.
"""

from __future__ import annotations

import datetime as dt
import math

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
_NUMBER_WORDS = {1: "één", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 9: "negen", 10: "tien"}


def plural(n: int, one: str, many: str) -> str:
    """'1 gesprek', '2 gesprekken', '0 gesprekken'."""
    return f"{n} {one if n == 1 else many}"


def number_word(n: int) -> str:
    """Report style writes one to ten in words: 'twee gesprekken'."""
    return _NUMBER_WORDS.get(n, str(n))


def thousands(n: int) -> str:
    """5000 -> '5.000' (the Dutch thousands separator)."""
    return f"{n:,}".replace(",", ".")


def decimal(value: float, places: int = 2) -> str:
    """2.5 -> '2,5'; 3.0 -> '3'; 0 -> '0': a decimal comma, no trailing zeros."""
    if not math.isfinite(value):
        return str(value)
    text = f"{value:.{places}f}".rstrip("0").rstrip(".") if places else f"{value:.0f}"
    return "0" if text in ("", "-0") else text.replace(".", ",")


def parse_decimal(text: str) -> float:
    """'12,5' or '12.5' -> 12.5; '' -> 0.0. Raises ValueError for anything else, NaN and infinity
    included (a toetser never means those)."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return 0.0
    value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError(f"geen getal: {text!r}")
    return value


WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def weekday(value: dt.date) -> str:
    """2026-12-01 -> 'dinsdag'."""
    return WEEKDAYS[value.weekday()]


def date_long(value: dt.date | str) -> str:
    """2026-12-01 -> '1 december 2026'; a string that is no ISO date comes back as it is."""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
