"""Institutions, days and methods named after a person ("Anne Frank-school", "Mandela-plein",
"Anne Frank-dag"): no interviewed person. Part of protect.protected."""

from __future__ import annotations

from .lexicon import _HONORIFICS, Lexicon
from .tokens import _adjacent, _Tok


# the endings of an institution named after a person, run together or hyphenated: "Anne Frankschool",
# "Nelson Mandela-school", "Annie M.G. Schmidt-prijs" (not "huis": "Kamphuis", "Nijhuis" are surnames)
_EPONYM_TAILS = ("school", "hal", "plein", "court", "stichting", "fonds", "prijs", "zaal", "college", "lyceum", "centrum", "ziekenhuis", "kliniek", "academie", "instituut", "museum", "theater", "bibliotheek", "dag", "gymnasium", "atheneum", "kerk", "kapel")


# the tails a head of three letters may lead after a first name ("Wim Kanprijs", "Anton de
# Komzaal"), and the Dutch prefixes such a head would be in a surname ("Anja van Verzaal")
_SHORT_TAILS = frozenset({"prijs", "zaal"})
_PREFIXES = frozenset({"ver", "ont", "her", "aan", "uit", "mis", "toe", "bij", "van", "ten", "ter"})


# a day, a lecture, a method or a measuring instrument named after a person: "Anne Frank-dag",
# "Mandela-lezing", "De Jong Gierveld-schaal", "Karpman-driehoek" (not "-methodiek" or "-aanpak":
# "de Van der Meulen-methodiek" is as often a colleague's own way of working)
_EPONYM_DAYS = frozenset({"dag", "week", "lezing", "methode", "model", "syndroom", "schaal", "test", "vragenlijst", "index", "driehoek", "piramide", "cirkel", "matrix", "principe", "effect", "curve"})


# particles that are also prepositions of place: "Lyudmila uit Roodkerk" is someone from a village
# ending in "-kerk", no "Vincent van Goghzaal"
_PLACE_PREPOSITIONS = frozenset({"uit", "in", "op", "aan", "bij", "te"})


def eponym_compounds(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A person's name joined to an institution's noun names the institution: "huiswerkklas in de
    Anne Frank-school", "Anne Frankschool", "de Martin Luther King-zaal", "Mandela-plein"; the
    capitalised words just before it go with it. A double surname ("Jansen-Bakker") has no such noun."""
    out: set[int] = set()
    for j in caps:
        t = toks[j]
        if t.allcaps or not ("-" in t.text or t.fold.endswith(_EPONYM_TAILS)):
            continue  # the common case: no compound with an institution's noun
        if t.fold in lex.after_eponym:
            # "het Willem de Zwijger College", "de Maria Montessori School": the noun on its own after
            # a name that has a first name or a particle inside (two capitalised words are institutions' rule)
            if not _named_before(toks, j, lex):
                continue
        elif "-" in t.text:
            head, _, tail = t.text.rpartition("-")
            low = tail.lower()
            if head[:1].isupper() and tail[:1].isupper() and _named_building(tail, head, lex):
                pass  # "de Willem-Alexanderhal", "de Anna-Mariaschool": a hyphenated name run into a building's noun
            elif not head[:1].isupper() or not (low in lex.after_eponym or low in lex.org_words or low in lex.street_suffixes or low in _EPONYM_DAYS):
                continue
            elif not tail.islower():
                continue  # "Jansen-Huis", "Bakker-School": a double surname
        else:
            # a head of three letters only after a first name, maybe with a particle between ("Wim
            # Kanprijs", "Anton de Komzaal"), and only before a prize or a room
            short = j > 0 and _adjacent(toks, j - 1, j) and (
                toks[j - 1].cap and toks[j - 1].low in lex.first
                or j > 1 and not toks[j - 1].cap and toks[j - 1].fold in lex.tussenvoegsels and toks[j - 2].cap and toks[j - 2].low in lex.first and _adjacent(toks, j - 2, j - 1)
            )
            end = next((e for e in _EPONYM_TAILS if t.fold.endswith(e) and len(t.fold) >= len(e) + (3 if short and e in _SHORT_TAILS and t.fold[:3] not in _PREFIXES else 4)), "")
            if not end or t.low in lex.last or t.fold in lex.places:
                continue  # "Joost Heemskerk", "uit Roodkerk": a surname or a place with a building's ending
            head = t.fold[: -len(end)]
            if end == "dag" and not (head in lex.first or head in lex.last):
                continue  # "Anne Frankdag"; "Kees Vrijdag", "Jan Zondag" are surnames
            # the head a known name ("Frankschool"), or a capitalised first name before it ("Jan
            # Ligthartschool"), or a title before a school or fund ("Dr. Schaepmanschool"; not a
            # "-zaal" or "-plein": "mevr. Verzaal")
            # (or a name part of no word list: "Martin Luther Kingschool", "Pieter Jelles Troelstraschool")
            prev = toks[j - 1] if j > 0 and _adjacent(toks, j - 1, j) else None
            named = False
            for k in range(j - 1, max(j - 5, -1), -1):  # the capitalised words just before it
                w = toks[k]
                if not w.cap and w.fold in lex.tussenvoegsels and w.fold not in _PLACE_PREPOSITIONS and k > 0 and toks[k - 1].cap and _adjacent(toks, k - 1, k + 1):
                    continue  # "Vincent van Goghzaal", "Anton de Komschool": a particle inside the name
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
            inner = not w.cap and w.fold in lex.tussenvoegsels and w.fold not in _PLACE_PREPOSITIONS and i > 1 and toks[i - 2].cap and _adjacent(toks, i - 2, i - 1)
            # "De Jong Gierveld-schaal": the "De" of a surname led by it, not an article
            de_name = w.text == "De" and toks[i].low in lex.de_surnames
            if not (w.cap and w.fold not in ("de", "het")) and not inner and not de_name:
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


def _named_before(toks: list[_Tok], j: int, lex: Lexicon) -> bool:
    """Capitalised words before toks[j] with a first name among them and a particle inside ("Willem
    de Zwijger College", "Hugo de Groot Lyceum"): a person's full name before an institution's noun."""
    k, first, particle = j - 1, False, False
    while k >= 0 and j - k <= 5 and _adjacent(toks, k, k + 1):
        w = toks[k]
        if w.cap and not w.allcaps and w.fold not in _HONORIFICS:
            first = first or w.low in lex.first
        elif not w.cap and w.fold in lex.tussenvoegsels and k > 0 and toks[k - 1].cap:
            particle = True
        else:
            break
        k -= 1
    return first and particle


# the prepositions before "het" and a school or building named after a person ("op het Alexander
# Hegius", "naar het Erasmus College"); no person is "het Alexander"
_TO_BUILDINGS = frozenset({"op", "naar", "van", "bij", "in", "aan", "voor", "vanuit", "uit", "via", "tegenover", "naast"})


def article_eponyms(toks: list[_Tok], lex: Lexicon, marks: list[int]) -> set[int]:
    """"op het Alexander Hegius", "leerlingen van het Stedelijk Gymnasium", "naar het Titus
    Brandsma": the article "het" after a preposition before a first name and a surname names a school
    or a building (a person takes no "het"). Not after a name or an aanspreekvorm ("Anja in het
    Veld", "mevrouw van het Hof": the surname's particles), nor before a possessive or a hyphenated
    compound ("het Bakker-dossier")."""
    out: set[int] = set()
    for i in marks:  # the articles among others
        t = toks[i]
        if t.text != "het" or not 0 < i < len(toks) - 2 or toks[i - 1].fold not in _TO_BUILDINGS or toks[i - 1].cap or not _adjacent(toks, i - 1, i):
            continue  # the common case
        w, sur = toks[i + 1], toks[i + 2]
        if not (w.cap and not w.allcaps and w.low in lex.first and sur.cap and not sur.allcaps) or not _adjacent(toks, i, i + 2):
            continue
        if i >= 2 and (toks[i - 2].cap or toks[i - 2].fold in _HONORIFICS or toks[i - 2].fold in lex.titles) and _adjacent(toks, i - 2, i - 1):
            continue
        if "-" in sur.text or (i + 3 < len(toks) and toks[i + 3].gap.startswith(("'", "\u2019"))) or sur.low.endswith("s") and sur.low[:-1] in lex.last:
            continue
        out.update((i + 1, i + 2))
    return out


# a house or room named after a person ("de Aletta Jacobskamer", "locatie Dr. Aletta Jacobshuis"):
# only with a building's word or an article before the first name, for "Karin Smithuis" and "Henk
# Nijhuis" are people
_HOUSE_TAILS = ("huis", "kamer")
_BUILDING_LABELS = frozenset({"locatie", "locaties", "pand", "gebouw", "vestiging", "bezoekadres"})
_ACADEMIC = frozenset({"dr", "prof", "mr", "ir", "drs"})


def house_eponyms(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A first name (or a name of no word list) before a word of a surname run into "huis" or "kamer" names a building or a
    room where an article or a building's word leads it ("de Aletta Jacobskamer", "locatie Dr.
    Aletta Jacobshuis"): no one is "de Karin" or "locatie Karin". The word is no listed surname
    ("Nijhuis") and its head is a name ("Jacobs"). "Karin Smithuis zegt", "dr. Karin Smithuis" stay."""
    out: set[int] = set()
    for j in caps:
        t = toks[j]
        if j < 2 or not t.fold.endswith(_HOUSE_TAILS) or t.low in lex.last or t.low in lex.words:
            continue  # the common case
        tail = next(e for e in _HOUSE_TAILS if t.fold.endswith(e))
        head = t.fold[: -len(tail)]
        first = toks[j - 1]
        if len(head) < 3 or not (head in lex.last or head in lex.first) or not (first.cap and not first.allcaps and (first.low in lex.first or not lex.dutch(first.low)) and _adjacent(toks, j - 1, j)):
            continue
        k = j - 1
        if k > 0 and toks[k - 1].fold in _ACADEMIC and toks[k - 1].cap and _adjacent(toks, k - 1, k):
            k -= 1  # "Dr. Aletta Jacobshuis"
        if k == 0 or not _adjacent(toks, k - 1, k):
            continue
        lead = toks[k - 1]
        if (lead.fold in ("de", "het") and not lead.cap) or lead.fold in _BUILDING_LABELS:
            out.update(range(k, j + 1))
    return out
