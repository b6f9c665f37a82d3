"""Institutions, days and methods named after a person ("Anne Frank-school", "Mandela-plein",
"Anne Frank-dag"): no interviewed person. Part of protect.protected."""

from __future__ import annotations

from .lexicon import _HONORIFICS, Lexicon
from .tokens import _adjacent, _Tok


# the endings of an institution named after a person, run together or hyphenated: "Anne Frankschool",
# "Nelson Mandela-school", "Annie M.G. Schmidt-prijs" (not "huis": "Kamphuis", "Nijhuis" are surnames)
_EPONYM_TAILS = ("school", "hal", "plein", "court", "stichting", "fonds", "prijs", "zaal", "college", "lyceum", "centrum", "ziekenhuis", "kliniek", "academie", "instituut", "museum", "theater", "bibliotheek", "dag")


# a day, a lecture or a method named after a person: "Anne Frank-dag", "Mandela-lezing"
_EPONYM_DAYS = frozenset({"dag", "week", "lezing", "methode", "model", "syndroom"})


def eponym_compounds(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A person's name joined to an institution's noun names the institution: "huiswerkklas in de
    Anne Frank-school", "Anne Frankschool", "de Martin Luther King-zaal", "Mandela-plein"; the
    capitalised words just before it go with it. A double surname ("Jansen-Bakker") has no such noun."""
    out: set[int] = set()
    for j in caps:
        t = toks[j]
        if t.allcaps or not ("-" in t.text or t.fold.endswith(_EPONYM_TAILS)):
            continue  # the common case: no compound with an institution's noun
        if "-" in t.text:
            head, _, tail = t.text.rpartition("-")
            low = tail.lower()
            if head[:1].isupper() and tail[:1].isupper() and _named_building(tail, head, lex):
                pass  # "de Willem-Alexanderhal", "de Anna-Mariaschool": a hyphenated name run into a building's noun
            elif not head[:1].isupper() or not (low in lex.after_eponym or low in lex.org_words or low in lex.street_suffixes or low in _EPONYM_DAYS):
                continue
            elif not tail.islower():
                continue  # "Jansen-Huis", "Bakker-School": a double surname
        else:
            end = next((e for e in _EPONYM_TAILS if t.fold.endswith(e) and len(t.fold) >= len(e) + 4), "")
            if not end or t.low in lex.last:
                continue
            head = t.fold[: -len(end)]
            if end == "dag" and not (head in lex.first or head in lex.last):
                continue  # "Anne Frankdag"; "Kees Vrijdag", "Jan Zondag" are surnames
            # the head a known name ("Frankschool"), or a capitalised first name before it ("Jan
            # Ligthartschool"), or a title before a school or fund ("Dr. Schaepmanschool"; not a
            # "-zaal" or "-plein": "mevr. Verzaal")
            # (or a name part of no word list: "Martin Luther Kingschool", "Pieter Jelles Troelstraschool")
            prev = toks[j - 1] if j > 0 and _adjacent(toks, j - 1, j) else None
            named = False
            for k in range(j - 1, max(j - 4, -1), -1):  # the capitalised words just before it
                w = toks[k]
                if not w.cap or w.allcaps or not _adjacent(toks, k, k + 1):
                    break
                if w.low in lex.first or w.low in lex.last or not lex.dutch(w.low):
                    named = True
                    break
            before = prev is not None and (named or (prev.fold in lex.titles and end not in ("zaal", "plein", "prijs")))
            if not (head in lex.first or head in lex.last or before):
                continue
        i = j
        while i > 0 and j - i < 5 and _adjacent(toks, i - 1, i) and toks[i - 1].fold not in _HONORIFICS:
            w = toks[i - 1]
            # "Anton de Kom-bibliotheek", "Hugo de Grootschool": a lowercase particle inside the name
            inner = not w.cap and w.fold in lex.tussenvoegsels and i > 1 and toks[i - 2].cap and _adjacent(toks, i - 2, i - 1)
            if not (w.cap and w.fold not in ("de", "het")) and not inner:
                break
            i -= 1
        if i > 0 and _adjacent(toks, i - 1, i) and toks[i - 1].cap and toks[i - 1].fold in lex.titles and toks[i - 1].fold not in ("mevrouw", "meneer", "mevr", "mw", "dhr", "heer"):
            i -= 1  # "de Dr. Schaepmanschool", "de Mr. Jan Ligthartschool": the title belongs to the name
        out.update(range(i, j + 1))
    return out


def _named_building(tail: str, head: str, lex: Lexicon) -> bool:
    """The second part of a hyphenated first name run into a building's noun ("Alexanderhal" after
    "Willem", "Mariaschool" after "Anna"): the part before the noun is a first name, the first part
    too. "Jansen-Kamphuis", "Bakker-Verhal" are double surnames (no first names)."""
    low = tail.lower()
    end = next((e for e in _EPONYM_TAILS if low.endswith(e) and len(low) >= len(e) + 3), "")
    if not end or low in lex.last:
        return False
    return low[: -len(end)] in lex.first and head.lower() in lex.first
