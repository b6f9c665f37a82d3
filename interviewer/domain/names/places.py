"""Places the audit itself names (round 10): a capitalised word the notes use as a place ("in
Zuidwold", "regio Drechtmarke", "Tiel-West", "Zuidwold aan de Drecht", "Erpse", a list of places)
is learned for the whole audit, the way a name is learned from the whole audit. A learned place is
no name candidate anywhere in the audit, and a name found once without an aanspreekvorm is not
applied to it elsewhere (index.NameIndex). An aanspreekvorm before it ("mevrouw Zuidwold") still
makes a person of that one occurrence; a role before it ("jongerenwerker Zuidwold", round 12) names
the worker's area, and particles after a first name ("Gerda te Winkel") make it a surname.
Also the other side of a place: where a found name stands as a place (place_context), a listed
place that is a person's surname ("mevrouw Kampen", "Kees van Harderwijk": place_surnames, kept in
venues.py and passed on from here), and the
rules' finds that are a place of the audit or took one as a surname (placed_out: "Kerem Aydın uit
De Horst")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from .lexicon import _HONORIFICS, SOURCE_HEURISTIC, Lexicon
from .tokens import _match_seq, _Tok
from .venues import _COMPASS as _VENUE_COMPASS, _PLACE_PREPOSITIONS, listed_place, place_surnames

__all__ = ["audit_places", "listed_place", "place_context", "place_key", "place_surnames", "placed_out", "text_places"]

_COMPASS = _VENUE_COMPASS | {"dorp", "stad"}  # the last part of a hyphenated district
_JOINS = frozenset({"en", "of"})
_FIGURES = re.compile(r"\d[\d.,]*")


def _separator(gap: str) -> bool:
    """A list's separator between two words, over the figures beside them ("Tiel 2.410 | Culemborg")."""
    return _FIGURES.sub("", gap).strip() in (",", "|", ";")
_ARTICLES = frozenset({"de", "het", "den"})


def _person_like(t: _Tok, lex: Lexicon) -> bool:
    """A first name, or a listed surname that no list calls a place: never learned as a place."""
    if t.low in lex.first or t.fold in lex.de_surnames:
        return True  # "Anja", "in De Boer" (a common surname led by "de")
    return t.fold in lex.last and not listed_place(t.fold, lex)


def _learnable(t: _Tok, lex: Lexicon, compound: bool = False) -> bool:
    """A capitalised word that may be a place: no everyday Dutch word (those are spared anyway), no
    first name, no surname of the lists unless the lists call it a place too. `compound`: a compound
    of Dutch words is one too ("Het Lingehuis", "Welzijn Vechtstroom": a venue's, an area's name)."""
    if not t.cap or t.allcaps or t.camel or len(t.fold) < 3 or t.fold.endswith("'s"):
        return False
    if _person_like(t, lex):
        return False
    return listed_place(t.fold, lex) or not lex.dutch(t.low) or (compound and t.low not in lex.words)


def _org_before(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """An organisation or team named after the place at toks[i]: "Welzijn Drechtmarke", "wijkteam
    Passewaaij", "Sociaal Team Westroijen" (lex.place_orgs)."""
    k = i - 1
    if k < 0 or not toks[i].adj:
        return False
    return toks[k].fold in lex.place_orgs or (k > 0 and toks[k].adj and toks[k - 1].fold + " " + toks[k].fold in lex.place_orgs)


def _titled(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """An aanspreekvorm or a role right before toks[i] (or before its article)."""
    k = i - 1
    if k >= 0 and toks[k].fold in _ARTICLES:
        k -= 1
    return k >= 0 and (toks[k].fold in _HONORIFICS or toks[k].fold in lex.titles or toks[k].fold in lex.rollen)


def _possessed(toks: list[_Tok], i: int) -> bool:
    return i + 1 < len(toks) and toks[i + 1].gap.startswith(("'", "\u2019"))


def _name_at(toks: list[_Tok], i: int, lex: Lexicon) -> list[str]:
    """The keys a place at toks[i] is learned under: the word, a hyphenated place's first part
    ("Tiel-West": "tiel-west" and "tiel") and the name with its article ("De Blakt": "de blakt")."""
    t = toks[i]
    out = [t.fold]
    bits = t.fold.split("-")
    if len(bits) > 1 and bits[-1] in _COMPASS:
        out.append("-".join(bits[:-1]))
    if i > 0 and toks[i - 1].fold in ("de", "het") and toks[i - 1].adj:
        out.append(toks[i - 1].fold + " " + t.fold)
    return out


# prepositions say less than an area's noun: an unlisted word right after one ("in Zuidwold", not "uit De
# Blakt": an article makes it a venue or a district) is a place only when the
# audit puts it there twice ("in Zuidwold" in two notes), one listed place once
_PREPOSITIONS = _PLACE_PREPOSITIONS | {"te"}
# where one comes from: no one comes "uit Okafor", so an unlisted word after one is a place at once
# ("komen over uit Enugu"; "vertrouwen in Okafor" is why "in" asks for two)
_ORIGINS = frozenset({"uit", "vanuit"})
# what a group "bestaat uit": its members ("bestaat onder anderen uit Fadoua, Jan-Willem")
_CONSISTS = frozenset({"bestaat", "bestaan", "bestond", "bestonden", "anderen", "andere", "meer"})


def _origin(toks: list[_Tok], k: int) -> bool:
    """toks[k] is "uit" or "vanuit" of where one comes from, not of what a group consists of."""
    return toks[k].fold in _ORIGINS and not (k > 0 and toks[k - 1].fold in _CONSISTS)


def text_places(toks: list[_Tok], lex: Lexicon, weak: list[str] | None = None, caps: list[int] | None = None, surnamed: list[str] | None = None) -> set[str]:
    """The folded places one text names by their context (see the module's docstring). `weak`:
    where given, an unlisted word after a preposition is added there instead (audit_places counts).
    `caps`: the indexes of the capitalised words (not in capitals), when known. `surnamed`: where
    given, a listed surname that is no Dutch word right after a place's word ("in Oosterveld",
    "wijk Oosterveld") is added there (audit_places learns it when the audit does so twice)."""
    out: set[str] = set()
    n = len(toks)
    leads, orgs = lex.place_leads | lex.place_orgs | _ARTICLES, lex.place_orgs
    caps = _caps(toks) if caps is None else caps
    # the common case first: no place word before the capital, no hyphen, no "aan" after it
    near = [i for i in caps if (i and (toks[i - 1].fold in leads or _lead_word(toks[i - 1].fold, lex))) or "-" in toks[i].fold or (i + 1 < n and toks[i + 1].fold == "aan") or (i > 1 and toks[i - 2].fold + " " + toks[i - 1].fold in orgs) or _postcode_before(toks, i)]
    for i in near:
        t = toks[i]
        if _postcode_before(toks, i) and not _person_like(t, lex):
            out.add(t.fold)  # "Postbus 310, 4890 AH Oostervliet": the place of an address
            continue
        bits = t.fold.split("-")
        if len(bits) > 1 and bits[-1] in _COMPASS and bits[0] and not _titled(toks, i, lex):
            head = t.text.split("-")[0]
            if head[:1].isupper() and (listed_place(bits[0], lex) or not (bits[0] in lex.first or bits[0] in lex.last)):
                out.update((t.fold, "-".join(bits[:-1])))  # "Tiel-West", "Drachten-Noord"
            continue
        # the context first (cheap), the word's own checks only where one fits
        org = _org_before(toks, i, lex) and not (i + 1 < n and toks[i + 1].cap and toks[i + 1].adj)
        k = i - 1
        article = k >= 0 and toks[k].fold in ("de", "het") and t.adj
        if article:
            k -= 1  # "uit De Blakt", "in de Greiden", "in Het Lingehuis"
        lead = _place_lead(toks, k, lex) and not (k > 0 and toks[k - 1].cap and toks[k - 1].low in lex.first and _particled(toks, k - 1, i, lex))
        # ("Gerda te Winkel": after a first name "te" is a surname's particle, no place's preposition)
        # "de Nachtopvang aan de Schie": a water or a quay by its name ("de brief aan De Vries" is a
        # person's: a known surname is never learned)
        lead = lead or (article and k >= 0 and toks[k].fold == "aan" and not toks[k].cap and toks[i - 1].fold == "de")
        # ("een memo van Annemiek aan het MT": from a person to a body, no water)
        water = i + 3 < n and toks[i + 1].fold == "aan" and toks[i + 2].fold in _ARTICLES and toks[i + 3].cap and not toks[i + 3].allcaps and all(toks[x].adj for x in (i + 1, i + 2, i + 3)) and not (i and toks[i - 1].fold in ("van", "door"))
        adjective = t.fold.endswith("se") and len(t.fold) > 4 and 0 < i < n - 1 and toks[i - 1].fold in _ARTICLES and t.adj and toks[i + 1].adj
        if not (org or lead or water or adjective) or _possessed(toks, i) or _titled(toks, i, lex):
            continue
        if not _learnable(t, lex, compound=True):
            if surnamed is not None and lead and not article and _surname_place(t, lex):
                surnamed.append(t.fold)
            elif lead and not article and toks[k].fold.endswith(_AREA_ENDS) and t.cap and not t.allcaps and t.low in lex.first and t.fold not in lex.last:
                out.add(t.fold)  # "de nieuwbouwwijk Nova", "wijk Flora": a district named like a first name
            continue
        if org:
            out.add(t.fold)  # "Welzijn Drechtmarke", "Voedselbank Tiel" (not "Welzijn Anja Bakker")
            continue
        if lead and (article or _learnable(t, lex)):
            if weak is not None and toks[k].fold in _PREPOSITIONS and not _origin(toks, k) and not listed_place(t.fold, lex) and not article:
                weak.extend(_name_at(toks, i, lex))
            else:
                out.update(_name_at(toks, i, lex))
            continue
        if not _learnable(t, lex):
            continue
        if water:  # "Zuidwold aan de Drecht", "Egmond aan Zee": the place and its water
            out.add(t.fold)
            if not _person_like(toks[i + 3], lex):
                out.add(toks[i + 3].fold)
            continue
        # "de Erpse Carnavalsoptocht", "de Boerdonkse kermis": an article, a place's adjective, a noun
        # ("Wytse de Jong", "Sietse Kok": a first name, no article before it)
        if adjective and lex.dutch(toks[i + 1].low) and not lex.dutch(t.low):
            out.update((t.fold, toks[i - 1].fold + " " + t.fold))  # "de erpse" too: a rule may take the article with it
    return out


def _postcode_before(toks: list[_Tok], i: int) -> bool:
    """A Dutch postcode right before toks[i]: four digits and two capitals ("4890 AH Oostervliet")."""
    if i == 0 or not toks[i].adj:
        return False
    p = toks[i - 1]
    return len(p.text) == 2 and p.allcaps and len(p.gap) >= 5 and p.gap[-5:-1].isdigit() and p.gap[-1] == " "


_AREA_NOUNS = ("wijken", "kernen", "dorpen", "buurten", "gemeenten", "gemeentes", "woonkernen", "plaatsen", "steden", "regio's", "stadsdelen")


def _caps(toks: list[_Tok]) -> list[int]:
    return [i for i, t in enumerate(toks) if t.cap and not t.allcaps]


def _listed_with(toks: list[_Tok], lex: Lexicon, known: set[str], caps: list[int]) -> set[str]:
    """The unknown members of a list of places: a run of capitalised words joined by commas, bars,
    "en" or "of" ("Tiel, Passewaaij en Kellenseweg") with two members that are places of the lists
    (and no surname) or already learned, or after an area's noun ("Werkgebied: Drechtveen, Oudemarke
    en Zuidwold"), or before one ("Vilsteren, Junne en Beerze zijn kleine kernen"). A first name, an
    aanspreekvorm or a role in the run makes it a list of people: nothing is learned."""
    out: set[str] = set()
    joins = _JOINS
    if not any((b - a <= 3 and toks[a + 1].fold in joins) if b > a + 1 else ("," in toks[b].gap or "|" in toks[b].gap or ";" in toks[b].gap) for a, b in zip(caps, caps[1:])):
        return out  # the common case: no two capitalised words joined as a list (a comma, a bar, "en")
    members: list[list[int]] = []
    sep = False  # a comma, bar or join word since the last member's word
    lead = people = False

    def close(after: int) -> None:
        if not members:
            return
        if len(members) >= 2:
            sure = sum(1 for m in members if any(toks[k].fold in known or (listed_place(toks[k].fold, lex) and toks[k].fold not in lex.last) for k in m))
            tail = any(toks[x].fold.endswith(_AREA_NOUNS) and not toks[x].cap for x in range(after, min(after + 4, len(toks))))
            if (sure >= 2 and len(members) >= 3) or lead or tail:
                if not any(_person_like(toks[k], lex) and toks[k].fold not in known for m in members for k in m):
                    out.update(toks[k].fold for m in members for k in m if _learnable(toks[k], lex, compound=True))
                    for m in members:  # "De Wiken, De Swetten en Drachtstervaart", "Zuidwolde en de Wijk"
                        k = m[0]
                        if k > 0 and toks[k - 1].fold in ("de", "het") and toks[k].adj and (_learnable(toks[k], lex, compound=True) or (toks[k - 1].fold, toks[k].fold) in lex.never.get(toks[k - 1].fold, ())):
                            out.add(toks[k - 1].fold + " " + toks[k].fold)
                        elif len(m) == 2 and toks[m[0]].fold in ("de", "het") and _learnable(toks[m[1]], lex, compound=True):
                            out.add(toks[m[0]].fold + " " + toks[m[1]].fold)
        members.clear()

    for i in range(caps[0], len(toks)):
        t = toks[i]
        if not t.cap and not members:
            people = False
            continue  # the common case: a lowercase word outside a list
        gap = t.gap.strip()
        if t.cap and not t.allcaps and _titled(toks, i, lex):
            members.clear()  # "opbouwwerker Ruud Mulderij, Reeland en Stadspolders": a person first
            people = True
            continue
        if t.cap and not t.allcaps and people and not gap:
            continue
        people = False
        if t.cap and not t.allcaps:
            if members and not gap and not sep:
                members[-1].append(i)  # "Sint Jacobiparochie": one member of several words
                continue
            if members and (sep or _separator(t.gap)):
                members.append([i])
                sep = False
                continue
            close(i)
            lead = i > 0 and _lead_word(toks[i - 1].fold, lex) and not toks[i - 1].cap and gap in ("", ":")
            members.append([i])
            sep = False
            continue
        if members and t.fold in _JOINS and not t.cap:
            sep = True
            continue
        if members and t.fold in ("de", "het") and not t.cap and (sep or _separator(t.gap)):
            sep = True
            continue  # "Heerenveen-Noord, de Greiden en Skoatterwâld"
        close(i)
    close(len(toks))
    return out


def _surname_place(t: _Tok, lex: Lexicon) -> bool:
    """A capitalised listed surname that is no first name and no Dutch word ("Oosterveld", not
    "Groen" or "de Boer"): a place too where the audit puts it as one twice."""
    return t.cap and not t.allcaps and t.fold in lex.last and t.low not in lex.first and t.fold not in lex.de_surnames and not lex.dutch(t.low)


def led_as_person(texts: list[tuple[list[_Tok], list[int]]], words: set[str], lex: Lexicon, *, titled_only: bool = False) -> set[str]:
    """The `words` some text leads as a person's: an aanspreekvorm, a role or a first name right
    before it ("mevrouw Oosterveld", "Anja Oosterveld"); `titled_only`: an aanspreekvorm or a role."""
    out: set[str] = set()
    for toks, caps in texts:
        for i in caps:
            if toks[i].fold in words and i and (_titled(toks, i, lex) or (not titled_only and toks[i - 1].cap and toks[i - 1].low in lex.first and toks[i].adj)):
                out.add(toks[i].fold)
    return out


def audit_places(texts_toks: Iterable[list[_Tok]], lex: Lexicon) -> frozenset[str]:
    """The folded places the audit's texts name (each text's words in `texts_toks`). A listed
    surname is one only where the audit puts it as a place twice and never leads it as a person
    ("in Oosterveld", "uit Oosterveld"; no "mevrouw Oosterveld" anywhere)."""
    texts = [(toks, caps) for toks in texts_toks if (caps := _caps(toks))]
    found: set[str] = set()
    weak: list[str] = []
    surnamed: list[str] = []
    for toks, caps in texts:
        found |= text_places(toks, lex, weak, caps, surnamed)
    found |= {w for w, n in Counter(weak).items() if n > 1}
    twice = {w for w, n in Counter(surnamed).items() if n > 1}
    if twice:
        found |= twice - led_as_person(texts, twice, lex)
    for toks, caps in texts:
        found |= _listed_with(toks, lex, found, caps)
        found |= _adjectives_of(toks, lex, found, caps)
    for toks, caps in texts:
        found |= _joined_places(toks, lex, found, caps)
    return frozenset(found)


def _joined_places(toks: list[_Tok], lex: Lexicon, known: set[str], caps: list[int]) -> set[str]:
    """Two places of the audit joined by a hyphen ("sv Mallem-Avest", "Vriezenveen-Westerhaar"), one
    of them learned from this audit's own texts: a club's or an area's name, no double surname (a
    first name or a surname of the lists among the parts makes it one: "Bosch-Kamphuis")."""
    out: set[str] = set()
    for i in caps:
        t = toks[i]
        if "-" not in t.fold or t.fold in known:
            continue  # the common case
        bits = t.fold.split("-")
        if len(bits) == 2 and all(b in known or listed_place(b, lex) for b in bits) and any(b in known for b in bits) and not any(b in lex.first or (b in lex.last and b not in known) for b in bits):
            out.add(t.fold)
    return out


def _adjectives_of(toks: list[_Tok], lex: Lexicon, known: set[str], caps: list[int]) -> set[str]:
    """A place's adjective in -s between an article and a capitalised noun ("het Drechtveens
    Nieuwsblad", "het Tiels Festival"): the place (learned or listed) with an s, no name; its
    adjective in -er before a noun ("de Marlinger ouderen"), and the place joined to a Dutch noun
    in lowercase ("het Oosterhaven-kamp", "de Tiel-groep")."""
    out: set[str] = set()
    for i in caps:
        t = toks[i]
        if "-" in t.fold:
            head, _, tail = t.text.rpartition("-")
            if tail.islower() and len(tail) > 2 and lex.dutch(tail) and (fold_head := head.lower()) and (fold_head in known or listed_place(fold_head, lex)):
                out.add(t.fold)
            continue
        if t.fold.endswith("er") and len(t.fold) > 5 and i + 1 < len(toks) and not toks[i + 1].cap and toks[i + 1].adj and lex.dutch(toks[i + 1].low):
            # "de Marlinger ouderen", "het Tieler dorpshuis": a place's adjective in -er before a noun
            stem = t.fold[:-2]
            if any(x in known or listed_place(x, lex) for x in (stem + "en", stem)) and t.low not in lex.first and not (i and toks[i - 1].cap and toks[i - 1].low in lex.first):
                out.add(t.fold)
            continue
        if not t.fold.endswith("s") or len(t.fold) < 5 or i + 1 >= len(toks):
            continue  # the common case
        stem = t.fold[:-1]
        if (stem in known or listed_place(stem, lex)) and i > 0 and toks[i - 1].fold in _ARTICLES and t.adj and toks[i + 1].cap and toks[i + 1].adj and lex.dutch(toks[i + 1].low):
            out.add(t.fold)
    return out


# the endings of a compound of an area's noun ("nieuwbouwwijk Nova", "de dorpskernen Marle en Eemsloo")
_AREA_ENDS = ("wijk", "wijken", "buurt", "buurten", "dorp", "dorpen", "kern", "kernen")


def _lead_word(f: str, lex: Lexicon) -> bool:
    """A folded word before a place: lex.place_leads ("in", "regio") or a compound of an area's noun."""
    return f in lex.place_leads or (len(f) > 7 and f.endswith(_AREA_ENDS))


def _place_lead(toks: list[_Tok], k: int, lex: Lexicon) -> bool:
    """toks[k] is a word before a place (lex.place_leads: "in", "regio"; "nieuwbouwwijk"), not
    capitalised but at a sentence start, right before toks[k + 1]; an area's noun also as a field
    before a colon ("Wijk: Oosterveld", "Woonplaats: Tiel")."""
    if k < 0 or not _lead_word(toks[k].fold, lex) or (toks[k].cap and not toks[k].initial and toks[k + 1].gap.strip() != ":"):
        return False
    return toks[k + 1].adj or (toks[k + 1].gap.strip() == ":" and toks[k].fold not in _PREPOSITIONS)


def place_context(toks: list[_Tok], i: int, lex: Lexicon, place: Callable[[str], bool] = lambda f: False) -> bool:
    """toks[i] stands where a place stands ("in Tiel", "gemeente Tiel", "Welzijn Tiel", "van Tiel naar Culemborg",
    "Tiel, Buren en Maurik", "Tiel 2.410 | Culemborg 1.872"): a found name that is also a place is
    not applied there. `place`: is a folded word a place (of the lists or of this audit)."""
    k = i - 1
    if k >= 0 and toks[k].fold in ("de", "het") and not toks[k].initial:
        k -= 1  # "in de wijk De Horst", "uit De Blakt"
    if _place_lead(toks, k, lex):
        return True
    if k == i - 1 and place(toks[i].fold) and toks[i].fold not in lex.last and _role_before(toks, i, lex):
        return True  # "sociaal werker Almen" where "mevrouw Almen" was found: the worker's area
    if _org_before(toks, i, lex) and not (i + 1 < len(toks) and toks[i + 1].cap and toks[i + 1].adj):
        return True  # "Welzijn Tiel", "Voedselbank Tiel"
    if k == i - 1 and k > 0 and toks[k].text == "van" and toks[i].fold not in lex.tussenvoegsels and toks[k].adj and _noun_of(toks[k - 1], lex):
        return True  # "de hoogste schulden van Kampen", "IJsselkant deed die van Zwolle": the place's, no "Van Kampen"
    # "rijdt van Lutterhoek naar Ommelo": from one place to another
    if k == i - 1 and k >= 0 and toks[k].fold == "van" and not toks[k].cap and i + 1 < len(toks) and toks[i + 1].fold in ("naar", "tot") and toks[i + 1].adj:
        return True
    return any(_listed_beside(toks, i, step, place) for step in (-1, 1))


def _noun_of(w: _Tok, lex: Lexicon) -> bool:
    """A lowercase noun or "die" before "van": "van" is the preposition there ("de schulden van
    Kampen"), not a surname's particle ("Sjoerd van Kampen", "mevrouw van Kampen", "met van Kampen")."""
    if w.cap or w.allcaps or w.low in lex.first or w.low in lex.last or w.fold in _HONORIFICS or w.fold in lex.titles or w.fold in lex.rollen:
        return False
    return w.low == "die" or (len(w.low) > 3 and w.low in lex.words and w.low not in lex.function_words)


def _listed_beside(toks: list[_Tok], i: int, step: int, place: Callable[[str], bool]) -> bool:
    """The capitalised word before or after toks[i] is a place listed with it: a comma, a bar or
    "en" between them ("Tiel, Buren", "Tiel 2.410 | Culemborg", "Buren en Tiel")."""
    j = i + step
    if not 0 <= j < len(toks):
        return False
    later = toks[max(i, j)]
    sep = _separator(later.gap)
    if not sep and toks[j].fold in _JOINS and not toks[j].cap and later.adj:
        j += step
        sep = 0 <= j < len(toks) and toks[max(j, j - step)].adj
    if not sep or not 0 <= j < len(toks):
        return False
    w = toks[j]
    return w.cap and not w.allcaps and place(w.fold)


def place_key(key: str, places: frozenset[str], lex: Lexicon) -> bool:
    """A found name's key that is a place of the audit, also with particles before it ("ter
    haarsveld": "De dorpskernen Marle, Eemsloo en Ter Haarsveld")."""
    if key in places:
        return True
    words = key.split()
    return len(words) > 1 and words[-1] in places and all(w in lex.tussenvoegsels or w in _ARTICLES for w in words[:-1])


def placed_out(raw: list[tuple], toks: list[_Tok], lex: Lexicon, places: frozenset[str]) -> list[tuple]:
    """`raw` without the untitled finds of the rules that are a place of this audit standing where a
    place stands ("in de wijk De Horst", "gemeente Tiel"; a title or role before one keeps it), and
    a person's find cut before the place it took as particles and surname ("Kerem Aydın uit De
    Horst": the person from De Horst)."""
    if not any(r[2] == SOURCE_HEURISTIC and (r[3] in places or any(w in places for w in r[3].split()) or _district(r[3], lex)) for r in raw):
        return raw  # the common case: no find of the rules holds a place of the audit
    starts = {t.start: i for i, t in enumerate(toks)}
    out = []
    for r in raw:
        i = starts.get(r[0], -1)
        if i < 0 or r[2] != SOURCE_HEURISTIC:
            out.append(r)
            continue
        if _district(r[3], lex):
            continue  # "mw Venlo-Noord", "sw Utrecht-West": a worker's area, titled or not
        # an article's name the audit calls a place ("De Wiken") is one anywhere; a bare word only where a place stands
        # ("het Oosterhaven-kamp": a place and a noun in lowercase, one anywhere too)
        tail = next((t.text for t in toks[i:] if t.end >= r[1]), "")
        anywhere = r[3].startswith(("de ", "het ")) or ("-" in tail and tail.rpartition("-")[2].islower())
        if not r[4] and place_key(r[3], places, lex) and (anywhere or place_context(toks, i, lex, places.__contains__)):
            continue
        if r[3] in places and r[3] not in lex.last and r[3] not in lex.first and _role_before(toks, i, lex):
            continue  # "Jeroen Huttenhuis, jongerenwerker Vriezenveen": a worker's area, the audit names the place
        if not r[4] and toks[i].allcaps and i + 1 < len(toks) and toks[i + 1].end == r[1] and toks[i + 1].fold in places and toks[i + 1].adj:
            continue  # capitals before a place: an organisation's acronym or a postcode's letters ("AMW Ommerveld", "4890 AH Oostervliet")
        j = next((j for j in range(i + 2, len(toks)) if toks[j].end <= r[1] and toks[j].fold in places and place_context(toks, j, lex)), 0)
        if j and not _particled(toks, i, j, lex):
            k = j - 1  # back over the article and the preposition before the place
            while k > i and (toks[k].fold in lex.place_leads or toks[k].fold in ("de", "het")):
                k -= 1
            r = (r[0], toks[k].end, r[2], " ".join(t.fold for t in toks[i : k + 1]), r[4], r[5])
        out.append(r)
    return out


def _district(key: str, lex: Lexicon) -> bool:
    """A found name's key that is a listed place and a part of town joined by a hyphen ("venlo-noord",
    "utrecht-centrum", "amsterdam-zuidoost"): a place with or without a title before it ("mw" is also
    maatschappelijk werk). The place is no listed first name or surname, the part a listed place
    (lex.fixed_places: "Noord", "Centrum", "Zuidoost") and no name either, so a double surname
    ("Jansen-Noord", "Emmen-Bakker") stays a name."""
    if key.count("-") != 1 or " " in key:
        return False
    head, _, part = key.partition("-")
    return (
        head in lex.places and part in lex.fixed_places
        and head not in lex.first and head not in lex.last and part not in lex.first and part not in lex.last
    )


def _role_before(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """A role that is no aanspreekvorm right before toks[i] ("jongerenwerker", "sociaal werker",
    "wijkagent"): the word after it may be the area the worker works in."""
    if i == 0 or not toks[i].adj:
        return False
    words = (toks[i - 1].fold,)
    for _ in range(2):
        if (words in lex.titles.get(words[0], ()) or " ".join(words) in lex.rollen) and words[0] not in _HONORIFICS and words[0].rstrip(".") not in _HONORIFICS:
            return True
        k = i - 1 - len(words)
        if k < 0 or not toks[k + 1].adj:
            return False
        words = (toks[k].fold, *words)
    return False


def _particled(toks: list[_Tok], i: int, j: int, lex: Lexicon) -> bool:
    """The place at toks[j] is a surname after its particles: a first name or an initial, then the
    particles in lowercase ("Gerda te Winkel", "B. ter Apel"), or the particles open the find ("Uit de
    Bosch-Kamphuis, A."). "Kerem Aydın uit De Horst" is a person from a place: a surname before it."""
    t = toks[i]
    lead = t.cap and (t.low in lex.first or (len(t.text) == 1 and toks[i + 1].gap[:1] == "."))
    start = i + 1 if lead else i
    n = _match_seq(toks, start, lex.tussenvoegsels)
    if not n or start + n != j or not all(toks[x].adj for x in range(start + 1, j + 1)):
        return False
    return start == i or not any(toks[x].cap for x in range(start, j))
