"""Months and seasons used as dates ("per jan", "Jan t/m mrt", "Winter: meer aanmeldingen"), and
short weekdays before dates ("Mo 17-11 t/m vr 21-11"), no person. Part of protect.protected. The
words themselves are lexicon's (MONTHS, SHORT_MONTHS, SEASONS, SHORT_WEEKDAYS)."""

from __future__ import annotations

import re

from .lexicon import _HONORIFICS, MONTH_WORDS as _MONTH_WORDS, MONTHS, OPENING_QUOTES, SEASONS as _SEASONS, SHORT_MONTHS as _MONTHS, SHORT_WEEKDAYS, WEEKDAYS, Lexicon
from .tokens import _adjacent, _Tok, low_of

# words that mark a date around a month: "per jan", "vanaf feb", "t/m mrt", "eind dec"
_DATE_WORDS = frozenset({"per", "vanaf", "tot", "sinds", "eind", "begin", "medio", "half", "halverwege", "vorige", "volgende", "komende", "afgelopen", "deze", "uiterlijk", "rond"})
# words before a capitalised month that make it a time ("de maand Juni", "begin Mei", "tot Augustus")
_MONTH_LEADS = frozenset({"maand", "begin", "eind", "half", "medio", "sinds", "vanaf", "tot", "per", "in", "na", "rond"})
_FULL_MONTHS = MONTHS  # not "per Jan": Jan is a person
_DATE_TOKENS = _MONTH_WORDS | _SEASONS
# a line that quotes a person starts with a pronoun after the colon ("Winter: we hebben te weinig tijd")
_SPEAKER_STARTS = frozenset({"ik", "we", "wij", "je", "jij", "ze", "zij", "hij", "u", "jullie", "mijn", "ons", "onze", "men"})


def dates(toks: list[_Tok], lex: Lexicon, marks: list[int]) -> set[int]:
    """Months and seasons used as dates: "stopt per jan", "Jan t/m mrt: 312 aanmeldingen", "vanaf
    feb", "Winter: meer aanmeldingen" (a heading before a colon; "Winter: 'te druk'" quotes a person,
    and "mevr. Winter", "Jan vertelt" stay names), a year's planning ("jan: … | sep: Burendag") and
    an adverb after 's ("'s Winters", "'s Zondags")."""
    out: set[int] = set()
    labels: list[int] = []  # months before a colon: a year's planning when two or more
    n = len(toks)
    for i in marks:
        t = toks[i]
        if t.fold not in _DATE_TOKENS:
            if t.fold in _S_TIMES and i > 0 and toks[i - 1].fold == "s" and toks[i - 1].gap.strip() in ("'", "\u2019") and _adjacent(toks, i - 1, i):
                out.update((i - 1, i))  # "'s Winters zijn de huisbezoeken langer", "'s Zondags dicht"
            continue
        if t.fold in _MONTH_WORDS and _label(toks, i) and not (i > 0 and toks[i - 1].fold in _HONORIFICS):
            labels.append(i)
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[i + 1] if i + 1 < n else None
        if prev is not None and prev.fold in _HONORIFICS:
            continue
        heading = t.initial and t.cap and nxt is not None and nxt.gap.strip().startswith(":") and not nxt.gap.strip()[1:].strip().startswith(OPENING_QUOTES) and nxt.fold not in lex.person_verbs and nxt.fold not in _SPEAKER_STARTS and not nxt.cap
        if t.fold in _SEASONS:
            if heading or _season_time(toks, i):
                out.add(i)
            continue
        # "per jan", "vanaf Feb"; a capitalised month mid-sentence that is a first name ("per Jan", "tot
        # April") only with a day or a year next to it ("per 1 jan" is read by the digits below)
        named = t.cap and not t.initial and (t.low in lex.first or t.low in lex.last)
        dated = prev is not None and prev.fold in _DATE_WORDS and not prev.cap and _adjacent(toks, i - 1, i) and (not named or _digit_after(toks, i))
        # "jan t/m mrt", "jan-mrt", "jan tot apr": a range to another month
        ranged = nxt is not None and nxt.fold in _MONTH_WORDS and nxt.gap.strip() in ("-", "\u2013", "/")
        k = i + 1
        while k < n and k - i <= 3 and toks[k].fold in ("t", "m", "tot", "en", "of"):
            k += 1
        if k > i + 1 and k < n and toks[k].fold in _MONTH_WORDS:
            # "jan en feb"; "Jan en Mei", "April of Jan" are two people (both months first names)
            joined = all(toks[x].fold in ("en", "of") for x in range(i + 1, k))
            ranged = ranged or not (joined and t.low in lex.first and toks[k].low in lex.first)
        if dated or ranged or (t.fold in _MONTHS and heading and _digit_after(toks, i)):
            out.add(i)
    if len(labels) > 1 and not all(toks[i].low in lex.first for i in labels):
        out.update(labels)  # "jan: nieuwjaarsreceptie | mrt: NLdoet | sep: Burendag" (_label)
    return out


def _label(toks: list[_Tok], i: int) -> bool:
    """toks[i] is followed by a colon and no quoted person ("sep: Burendag", not "Jan: ik kom"). Two
    or more month labels, one of them no first name, are a year's planning; "Jan: ik kom later. Mei:
    prima" are two people (both months are first names there)."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and nxt.gap.strip().startswith(":") and nxt.fold not in _SPEAKER_STARTS and not nxt.gap.strip()[1:].strip().startswith(OPENING_QUOTES)


# the adverbs of time after "'s": "'s Winters", "'s avonds", "'s Maandags" (no one is "'s Winters")
_S_TIMES = frozenset({"winters", "zomers", "avonds", "morgens", "ochtends", "middags", "nachts", "werkdags"}) | {d + "s" for d in WEEKDAYS}


# the words before "de"/"het" and a season that make it a time: "in de Winter", "tijdens de Zomer",
# "na het Voorjaar" (no one is "in" or "tijdens" a person; "gesprek met de Winter" stays one)
_SEASON_PREPOSITIONS = frozenset({"in", "tijdens", "gedurende", "na", "sinds", "vanaf", "rond", "richting", "hele", "heel"})


def _season_time(toks: list[_Tok], i: int) -> bool:
    """A season as a time: "in de Winter", "tijdens de Zomer", "deze Winter", "afgelopen Zomer"; not
    after a first name ("Anja in de Winter" may be a surname's particles)."""
    prev = toks[i - 1] if i > 0 else None
    if prev is None or not _adjacent(toks, i - 1, i):
        return False
    if prev.fold in _DATE_WORDS and (not prev.cap or prev.initial):
        return True  # "deze Winter", "afgelopen Zomer", "Deze Winter draait…"
    if prev.cap:
        return False
    if prev.fold in _DATE_WORDS:
        return True  # "deze Winter", "afgelopen Zomer", "vanaf Lente"
    if prev.fold not in ("de", "het") or i < 2 or toks[i - 2].fold not in _SEASON_PREPOSITIONS or not _adjacent(toks, i - 2, i - 1):
        return False
    before = toks[i - 3] if i > 2 else None
    return not (before is not None and before.cap and _adjacent(toks, i - 3, i - 2))


def _digit_after(toks: list[_Tok], i: int) -> bool:
    """A number follows before the next word or two ("Jan: 312 aanmeldingen")."""
    return any(any(c.isdigit() for c in toks[k].gap) for k in range(i + 1, min(i + 3, len(toks))))


def months_after_a_lead(toks: list[_Tok]) -> set[int]:
    """A capitalised full month right after a word that makes it a time ("de maand Juni", "begin
    Mei"): surely no person, even when the audit has a Juni (the heuristic marks these strong)."""
    if _FULL_MONTHS.isdisjoint(map(low_of, toks)):
        return set()  # most texts: no month
    return {
        i
        for i, t in enumerate(toks)
        if t.low in _FULL_MONTHS and i > 0 and t.cap and toks[i - 1].fold in _MONTH_LEADS and _adjacent(toks, i - 1, i)
    }


# the short weekdays a planning writes before a date: Dutch ("ma 17-11"), and English or German as
# pasted from a calendar ("Mo 17-11", "Tu", "Di")
_SHORT_DAYS = SHORT_WEEKDAYS | frozenset({"mo", "tu", "we", "th", "fr", "sa", "su", "mi"})
_DAY_DATE = re.compile(r"\s*\d{1,2}[-/.]\d{1,2}(?!\d)")


def day_dates(toks: list[_Tok], days: list[int]) -> set[int]:
    """Short weekdays before a date, two or more in a text: "Mo 17-11 t/m vr 21-11: Week van de
    Mediawijsheid", "di 3/2 en do 5/2" (a range or a rota); "Mo" is a first name too, so a lone "Mo
    17-11" stays one. `days`: the words that are short weekdays (protect's pass finds them)."""
    if len(days) < 2:
        return set()  # the common case
    days = [i for i in days if i + 1 < len(toks) and _DAY_DATE.match(toks[i + 1].gap)]
    return set(days) if len(days) >= 2 else set()
