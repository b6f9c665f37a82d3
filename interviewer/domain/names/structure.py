"""Words a document's structure capitalises, no person: a form's labels ("Wijk: Overvecht"), the
items of a numbered agenda ("2. Post en Mededelingen"), a heading of an adjective and a noun ("Groot
Nieuws:"), the unit of a count in a table ("Bereik per Wijk"), a postcode's letters and town ("4890
AH Oostervliet") and a bare area noun of a form or column list ("Kolommen: Datum, Wijk"). Part of
protect.protected."""

from __future__ import annotations

import re

from .dates import _DATE_TOKENS
from .lexicon import Lexicon
from .tokens import _adjacent, _Tok


def form_labels(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A form's label: a capitalised Dutch word opening a line, a colon, and a place, a number or a
    blank to fill in after it, or a street and its number ("Wijk: Overvecht, Zuilen", "Kamer: 2.14",
    "Geboorteplaats: ____", "Adres: Kerkstraat 4"); the label opens a line or follows a blank.
    A chat line's speaker says a sentence after the colon ("Bakker: ik bel morgen"), so stays one."""
    out: set[int] = set()
    for i in caps:
        t = toks[i]
        if i + 1 >= len(toks) or (i > 0 and not _opens_field(t)) or t.allcaps or t.low in lex.first or not lex.dutch(t.low):
            continue
        nxt = toks[i + 1]
        colon = nxt.gap.strip()
        if not colon.startswith(":"):
            continue
        value = colon[1:].strip()
        # a place as the value ends there or starts a list: "Wijk: Overvecht, Zuilen" ("Visser: Utrecht
        # is te ver" is a speaker); a number only after a label of no surname ("Visser: 3 keer gebeld")
        after = toks[i + 2] if i + 2 < len(toks) else None
        listed = after is None or any(c in after.gap for c in ",;|/\n") or (after.fold in ("en", "of") and i + 3 < len(toks) and toks[i + 3].cap)
        street = nxt.cap and lex.street(nxt.fold) and i + 2 < len(toks) and toks[i + 2].gap.strip()[:1].isdigit()
        if value.startswith("_") or street or (value[:1].isdigit() and t.low not in lex.last) or (nxt.cap and nxt.fold in lex.never and nxt.low not in lex.first and listed):
            out.add(i)
    return out | _paired_labels(toks, lex, caps)


def _opens_field(t: _Tok) -> bool:
    """The word opens a line or follows a blank or a bar of a form ("____  Datum:", "| Datum:")."""
    return "\n" in t.gap or "_" in t.gap or "|" in t.gap


def _paired_labels(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """Labels that come in pairs: "Sterk: het netwerk. Zwak: de registratie." When one label of a
    text is a Dutch word of no name list ("Zwak", "Toelichting"), its other labels that are
    adjectives or no surname are labels too; a surname that is a noun stays a speaker ("Visser: …
    Teamleider: …")."""
    labels = [
        i for i in caps
        if i + 1 < len(toks) and toks[i + 1].gap.strip().startswith(":") and not toks[i].allcaps
        and (i == 0 or _opens_field(toks[i]) or toks[i].gap.strip() in (".", ";"))
    ]
    if len(labels) < 2 or not any(toks[i].low in lex.words and toks[i].low not in lex.first and toks[i].low not in lex.last for i in labels):
        return set()
    out: set[int] = set()
    for i in labels:
        t = toks[i]
        if t.low in lex.words and t.low not in lex.first and (t.low not in lex.last or lex.adjective(t.low)):
            out.add(i)
    return out


def per_unit(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A capitalised Dutch word after "per" is the unit of a count, as tables and headings write it:
    "Bereik per Wijk", "Aanmeldingen per Locatie en per Team"; no person is counted "per" (a first
    name after "per" is a month or a person: "per Jan" is read by the dates)."""
    out: set[int] = set()
    for i in caps:
        t = toks[i]
        if i == 0 or t.allcaps or toks[i - 1].text != "per" or not _adjacent(toks, i - 1, i):
            continue
        if t.low in lex.words and t.low not in lex.first and t.fold not in _DATE_TOKENS:
            out.add(i)
    return out


def adjective_headings(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A sentence opening with an adjective and a capitalised noun is a heading or a title, as notes
    write them: "Groot Nieuws: de subsidie is verlengd", "Klein Geluk is het thema", "Nieuw Beleid";
    the adjective is no surname there ("Groot vertelt", "Klein Bakker" stay persons)."""
    if not caps or caps[0] != 0 or len(toks) < 2:
        return set()
    t, nxt = toks[0], toks[1]
    if not nxt.cap or nxt.allcaps or not _adjacent(toks, 0, 1) or t.low in lex.first or t.low not in lex.words or t.fold in lex.tussenvoegsels:
        return set()
    if nxt.low not in lex.words or nxt.low in lex.first or nxt.low in lex.last or not lex.adjective(t.low):
        return set()
    return {0, 1}


_ITEM_NUMBER = re.compile(r"(?:^|\s)\d{1,2}[.)]\s+$")


def agenda_items(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """The items of a numbered agenda or list whose items are mostly Dutch words: "1. Opening 2. Post
    en Mededelingen 3. Rondvraag" (the "Post" there is no Mr Post). A numbered list of people ("1.
    Bakker 2. Visser") has names for most items, so stays names."""
    items = [i for i in caps if any(c.isdigit() for c in toks[i].gap) and _ITEM_NUMBER.search(toks[i].gap)]
    if len(items) < 2:
        return set()
    words = [i for i in items if toks[i].low in lex.words and toks[i].low not in lex.first and toks[i].low not in lex.last]
    if 2 * len(words) <= len(items):
        return set()
    out: set[int] = set()
    for i in items:
        t = toks[i]
        if t.allcaps or (t.low in lex.first and not lex.ordinary(t.low)) or not lex.dutch(t.low):
            continue
        out.add(i)
        j = i + 1  # "Post en Mededelingen": the words joined to it
        while j + 1 < len(toks) and toks[j].fold in ("en", "&") and toks[j + 1].cap and _adjacent(toks, j - 1, j + 1) and j + 1 not in items:
            out.add(j + 1)
            j += 2
    return out



# four digits opening the address line or after a comma ("Postbus 310, 4890 AH"), not a year in a
# sentence ("in 2024 AB Bakker gesproken")
_POSTCODE_DIGITS = re.compile(r"(?:^|[,\n(|]\s*)[1-9]\d{3} ?$")
# the nouns of an area that a form, a table or a list of columns capitalises ("Wijk: Zeeheldenbuurt",
# "Datum, Voornaam, Wijk, Reden bezoek", "Wijk<tab>Aanmeldingen"); bare, never a compound
_AREA_NOUNS = frozenset({"wijk", "buurt", "kwartier", "polder"})


def address_fields(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A Dutch postcode's letters and the town after them ("Postbus 310, 4890 AH Oostervliet", "3511
    KJ Utrecht"): the two capitals after four digits are no initials, the town no surname. A
    capitalised area noun on its own is a field, a column or a heading ("Wijk: Spoorzicht",
    "Kolommen: Datum, Voornaam, Wijk"); after a particle, an aanspreekvorm or a first name it is a
    surname ("Roos van Wijk", "Roos-van Wijk", "mevrouw Wijk", "Anja Wijk")."""
    out: set[int] = set()
    for i in caps:
        t = toks[i]
        if t.fold in _AREA_NOUNS:
            if i > 0 and _adjacent(toks, i - 1, i):
                p = toks[i - 1]
                if p.fold in lex.tussenvoegsels or p.fold in lex.titles or (p.cap and p.low in lex.first) or p.fold.endswith("-van"):
                    continue
            if not t.allcaps:
                out.add(i)
        elif len(t.text) == 2 and t.allcaps and (t.gap[-1:].isdigit() or t.gap[-2:-1].isdigit()) and _POSTCODE_DIGITS.search(t.gap):
            out.add(i)
            j = i + 1  # the town: "Den Haag", "Ommerveld-Centraal"
            while j < len(toks) and j - i <= 3 and toks[j].cap and not toks[j].allcaps and _adjacent(toks, j - 1, j):
                out.add(j)
                j += 1
    return out
