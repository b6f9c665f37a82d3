"""The whole report: find names in every outgoing text, replace them, check the result (the final
guard), and list what awaits review."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..unicode_fold import fold, normalise
from .finder import NameFinder
from .heuristic import Heuristic
from .index import NameIndex
from .lexicon import _HONORIFICS, _TOKEN, SOURCE_CONTACT, SOURCE_LIST, Lexicon, NameSpan, bank_texts, for_audit, load_lexicon
from .replace import FoundName, Replacer, avoid_list, functie_by_name, listed_names_in, scan, strip_title
from .places import audit_places, listed_place, place_context, place_key
from .protect import audit_things, venue_keys
from .shapes import building_keys
from .tokens import _bounded, _tokenise, _Tok, _words_pattern

if TYPE_CHECKING:
    from questionbank.models import QuestionBank
    from sessions.models import AuditData

    from ..report import Report

# ---------------------------------------------------------------------------- the whole report


class ListedNameLeft(Exception):
    """A listed or found name survived redaction: the report must not be written. Message is Dutch."""


@dataclass(frozen=True)
class Anonymised:
    report: "Report"  # with names replaced
    found: list[FoundName]  # every replacement
    candidates: list[FoundName] = field(default_factory=list)  # replaced, but not yet reviewed

    def review_line(self) -> str:
        """"Controleer: Öztürk, Kelder" (empty when nothing awaits review)."""
        return f"Controleer: {', '.join(c.name for c in self.candidates)}" if self.candidates else ""


def review_key(word: str) -> str:
    """How a reviewed word is stored and compared: folded, without aanspreekvorm."""
    return fold(strip_title(word, load_lexicon()))


def leftover_names(text: str, avoid: Iterable[str], index: NameIndex) -> list[str]:
    """Listed names and found names still in `text` (the final guard): must be empty."""
    avoid = tuple(avoid)
    n = normalise(text)
    left = listed_names_in(text, avoid) if avoid and _any_listed(avoid).search(n.folded) else []
    if index.forms and index.pattern().search(n.folded):  # the token check only where a form occurs
        toks = _tokenise(n)
        left += [n.text[s:e] for s, e, *_ in index.spans(toks, index.lexicon, _guard_rules(index.lexicon).protected(toks)[1])]
    return left


_GUARD_RULES: dict[int, Heuristic] = {}


def _guard_rules(lexicon: Lexicon) -> Heuristic:
    """The pattern finders' protection (streets, titles, idioms) for the final guard, once per lexicon."""
    if id(lexicon) not in _GUARD_RULES:
        _GUARD_RULES.clear()
        _GUARD_RULES[id(lexicon)] = Heuristic(lexicon)
    return _GUARD_RULES[id(lexicon)]


@lru_cache(maxsize=16)
def _any_listed(avoid: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_bounded(_words_pattern(fold(n.strip()) for n in avoid if n.strip())))


def anonymise(
    report: "Report",
    audit: "AuditData",
    bank: "QuestionBank | None" = None,
    *,
    mode: str = "naam",
    extra: Callable[[str], list[NameSpan]] | None = None,
    progress: Callable[[int, int], None] | None = None,
    reviews: Mapping[str, bool] | None = None,
    exempt: Iterable[tuple[str, str]] = (),
) -> Anonymised:
    """Find the names in every outgoing text of `report`, replace them (`mode` "functie" or "naam"),
    and check the result; raises ListedNameLeft when a name survives.

    `reviews`: the toetser's choices, folded word -> True ("naam") / False ("geen naam"); a
    candidate without a choice is replaced and listed in `candidates`. `exempt`: the Deel A
    (field label, value) pairs that may carry team names and contact data (teamleider, contact
    person): left as they are and not checked. Everything else is.
    """
    from ..report import map_strings

    reviews = dict(reviews or {})
    exempt_pairs = {(label, value) for label, value in exempt}
    avoid = avoid_list(audit)
    handbook = bank_texts()
    outgoing = [t for t in _outgoing(report, exempt_pairs) if t not in handbook]
    lex = load_lexicon()
    for word in _TOKEN.findall(normalise(audit.toetsing.organisation).text):
        # the organisation's own name ("Welzijn Zuiderhaven") is no person, unless it is a first name
        if word[:1].isupper() and fold(word) not in lex.first:
            reviews.setdefault(fold(word), False)
    finder = audit_finder([*outgoing, *(t for t in _audit_texts(audit) if t not in handbook)], avoid, reviews, extra)
    index = finder.index
    assert index is not None
    replacer = Replacer(finder, functie_by_name(audit, finder, bank), mode=mode)
    report_texts = list(dict.fromkeys(outgoing))
    redacted: dict[str, str] = {}
    step = max(25, len(report_texts) // 4)
    for i, text in enumerate(report_texts, start=1):
        redacted[text] = replacer.redact(text)
        if progress and (i % step == 0 or i == len(report_texts)):
            progress(i, len(report_texts))
    found = scan(report_texts, replacer)
    clean = _map_outgoing(report, lambda s: redacted.get(s, s), exempt_pairs, map_strings)
    left = sorted({name for text in _outgoing(clean, exempt_pairs) if text not in handbook for name in leftover_names(text, avoid, index)})
    if left:
        raise ListedNameLeft(f"Het rapport bevat nog namen: {', '.join(left)}. Er is niets geschreven.")
    candidates = [f for f in found if f.is_candidate and f.key not in reviews]
    return Anonymised(report=clean, found=found, candidates=candidates)


def audit_finder(
    texts: Iterable[str],
    avoid: Iterable[str] = (),
    reviews: Mapping[str, bool] | None = None,
    extra: Callable[[str], list[NameSpan]] | None = None,
) -> NameFinder:
    """The finder for one audit: a first pass over all its `texts` collects every name found, the
    returned finder applies them everywhere (plus the toetser's `reviews`, folded word -> is a name)."""
    reviews = dict(reviews or {})
    texts = list(texts)
    lex = for_audit(load_lexicon(), texts)  # a partly Frisian audit reads Frisian words as words
    not_names = {k for k, v in reviews.items() if not v}
    first = NameFinder(avoid=avoid, lexicon=lex, extra=extra, not_names=not_names)
    found_in = [(text, s) for text in dict.fromkeys(texts) for s in first.spans(text)]
    found = [s for _, s in found_in]
    # the places the audit names as places ("in Zuidwold", "regio Drechtmarke"): no candidate, and a
    # name found once without an aanspreekvorm is not applied to them elsewhere (places, index)
    base = list(first._base.values())
    places = audit_places((toks for _, toks, _, _ in base), lex)
    # the words a text shows to be no person ("Stichting Welzijn Eemhart"): none where another names them bare
    things = audit_things(base, lex)
    index = NameIndex((k for k, v in reviews.items() if v), lex, places, things)
    # one walk over the texts: a name a text calls a building ("De Kelder is het jongerencentrum") is
    # no person anywhere; a venue named after a preposition of place ("in De Kelder") is none where no
    # aanspreekvorm leads it; the word after a capitalised "Het" inside a sentence ("via Het
    # Ankerpunt") is a venue's: where a rule finds it ("MW_Ankerpunt_v1.xlsx") it is not spread
    buildings: set[str] = set()
    venues: set[str] = set()
    het: set[str] = set()
    articled: set[str] = set()
    for n, toks, _, strong in base:
        buildings |= building_keys(toks, lex)
        venues |= venue_keys(toks, lex, strong)
        if n.text.find("Het", 1) > 0:
            het |= _het_names(toks, lex)
        if "de " in n.text or "het " in n.text:
            articled |= _articled_names(toks, lex)
    not_names |= buildings
    venues |= things  # like a venue: a person only where an aanspreekvorm leads it
    for s in found:
        if s.key in buildings or (s.key in venues and not s.title):
            continue
        if s.key in articled and s.source != SOURCE_LIST and fold(s.title).rstrip(".") not in _HONORIFICS:
            continue  # "vrijwilliger Plusbus" found by its role; the audit says "de Plusbus": not spread
        if s.key in het and s.source != SOURCE_LIST:
            continue  # replaced where a rule found it ("mevrouw Anker"), spread nowhere ("van Het Anker")
        if not s.title and s.source != SOURCE_LIST and (place_key(s.key, places, lex) or _acronym_place(s, places)):
            continue  # "De Horst" found bare where the audit names the place "wijk De Horst"; "AMW Ommerveld"
        if s.key and s.source != SOURCE_CONTACT:
            honorific = s.source == SOURCE_LIST or fold(s.title).rstrip(".") in _HONORIFICS
            key = s.key if " " not in s.key else _without_venue(s.key, lex) if honorific else _without_places(_without_venue(s.key, lex), s.text, places, lex)
            # a role's name ("jongerenwerker Veere") says less of a place, and so does a first name before a
            # listed place that no list holds as a surname ("Baker Tilly Zutphen")
            weak = not honorific and ((bool(s.title) and _role_weak(key, places, lex)) or _first_name_place(key, places, lex, base))
            index.add(key, honorific=honorific, weak=weak)
        elif s.source == SOURCE_CONTACT and "@" in s.text:
            for part in _mail_name_parts(s.text, lex):
                index.add(part, weak=True)  # "p.doelwijt@…": a bare "Doelwijt" elsewhere is that person
    # a word-name the audit names as a person in two texts, and never uses as the word ("lies", "fleur"):
    # that person wherever it is typed lowercase outside a word's slot (index.spread_lowercase)
    index.spread_lowercase(((text, s.text, s.start) for text, s in found_in if s.source != SOURCE_CONTACT), ((text, b[1]) for text, b in first._base.items()))
    finder = NameFinder(avoid=avoid, lexicon=lex, extra=extra, index=index, not_names=not_names, venues=venues, places=places)
    finder._base = first._base  # same avoid list and lexicon: the first pass's work is reused
    return finder


def _het_names(toks: list[_Tok], lex: Lexicon) -> set[str]:
    """"via Het Ankerpunt", "de balie van Het Baken": a capitalised "Het" inside a sentence leads a
    venue's or an organisation's name: the word after it ("ankerpunt")."""
    out: set[str] = set()
    for i in range(1, len(toks) - 1):
        t, w = toks[i], toks[i + 1]
        if t.text == "Het" and not t.initial and w.cap and not w.allcaps and w.adj and len(w.fold) > 2 and w.low not in lex.first:
            if w.low.endswith("je") and (w.low[:-2] in lex.first or w.low[:-3] in lex.first):
                continue  # "Het Roosje" is a venue, but "Roosje" is a nickname elsewhere too
            out.add(w.fold)
    return out


def _articled_names(toks: list[_Tok], lex: Lexicon) -> set[str]:
    """"met de Plusbus", "bij het Ankerpunt": a capitalised word after a lowercase article, no first
    name or aanspreekvorm before the article ("Anja de Vries", "mevrouw de Boer"), and no first name
    or surname of the lists itself, is a thing's name in this audit: a find of it led by no
    aanspreekvorm ("vrijwilliger Plusbus") is replaced where it was found, and not spread."""
    out: set[str] = set()
    for i in range(1, len(toks)):
        t, article = toks[i], toks[i - 1]
        if article.text not in ("de", "het") or not t.cap or t.allcaps or len(t.fold) <= 3 or not t.fold.isalpha():
            continue
        if t.low in lex.first or t.low in lex.last:
            continue
        if i > 1 and (toks[i - 2].fold in lex.titles or toks[i - 2].low in lex.first):
            continue
        out.add(t.fold)
    return out


def _acronym_place(s: NameSpan, places: frozenset[str]) -> bool:
    """Capitals before a place of the audit, found as initials and a surname: an organisation's
    acronym or a postcode's letters ("AMW Ommerveld", "7711 KD Ommerbrink"), spread nowhere."""
    words = s.text.split()
    return len(words) == 2 and words[0].isupper() and words[0].isalpha() and fold(words[1]) in places


def _without_venue(key: str, lex: Lexicon) -> str:
    """A first name and a surname with "van de"/"van het" and a name after them ("juf Esther van Dam
    van De Regenboog", "coach Winston Kleinmoedig van de Black Eagles"): the person is the part before,
    the rest is where they work; only that part is spread ("De Regenboog" elsewhere is the school)."""
    words = key.split()
    if len(words) < 5 or words[0] not in lex.first:
        return key
    for k in range(2, len(words) - 2):
        if words[k] == "van" and words[k + 1] in ("de", "het") and words[k - 1] not in lex.tussenvoegsels and words[k - 1] not in ("de", "der", "den", "het"):
            return " ".join(words[:k])
    return key


def _role_weak(key: str, places: frozenset[str], lex: Lexicon) -> bool:
    """A role's find says little of a place in it: one word ("jongerenwerker Veere"), or a place that
    no list holds as a surname among its words ("Jongerenwerker Aurora Lima", Aurora a district of the
    audit). A first name and a listed surname after a role ("Opbouwwerker Tijmen Wassenaar") are a
    person's, spread as one."""
    words = key.split()
    return len(words) == 1 or any((w in places or listed_place(w, lex)) and w not in lex.last for w in words)


def _first_name_place(key: str, places: frozenset[str], lex: Lexicon, base: list) -> bool:
    """A first name and a listed place that no list holds as a surname, a town the audit names as a
    place in two texts or more ("tilly zutphen", with "gemeente Zutphen" and "in Zutphen" elsewhere):
    the place is not spread as a surname (a bare "Zutphen" elsewhere is the town), the first name is.
    Named as a place once ("Hoogland, Leusden en Baarn"), a bare "Hoogland" may be the person."""
    words = key.split()
    if len(words) != 2 or words[1] not in places or words[0] not in lex.first or words[1] in lex.last or words[1] in lex.first or not listed_place(words[1], lex):
        return False
    town, uses = words[1], 0
    for n, toks, _, _ in base:
        if town in n.folded and any(t.fold == town and place_context(toks, i, lex, places.__contains__) for i, t in enumerate(toks)):
            uses += 1
            if uses > 1:
                return True
    return False


def _without_places(key: str, text: str, places: frozenset[str], lex: Lexicon) -> str:
    """A place of the audit that no list holds as a name, read as the surname before a comma and a
    first name ("Teamleider Oudewaarde, Arjen ter Horst" found as "arjen oudewaarde"): the first
    name alone, so the place is not spread as a surname."""
    words = key.split()
    if len(words) == 2 and words[0] in lex.first and words[1] in places and words[1] not in lex.last and fold(text).startswith(words[1] + ","):
        return words[0]
    return key


_GENERIC_MAIL = frozenset({"info", "admin", "office", "support", "noreply", "mail", "contact", "post", "hello", "hallo", "team", "service", "helpdesk", "welkom", "webmaster", "secretariaat", "receptie", "planning"})


def _mail_name_parts(address: str, lex: Lexicon) -> list[str]:
    """The parts of an e-mail address's local part that are names ("p.doelwijt" -> "doelwijt"):
    three letters or more, no Dutch word, no generic mailbox ("info", "secretariaat")."""
    local = fold(address.split("@", 1)[0])
    return [p for p in re.split(r"[._+\-]", local) if len(p) >= 3 and p.isalpha() and p not in _GENERIC_MAIL and not lex.dutch(p)]


def _audit_texts(audit: "AuditData") -> list[str]:
    """Texts of the audit that may name a person found nowhere else in the report: bron titles and
    functies, aantekeningen (a "dhr. Pietersen" in a note makes a bare "Pietersen" in a bevinding a name)."""
    out = [t for b in audit.bronnen for t in (b.title, b.functie) if t]
    out += [a.text for a in audit.aantekeningen if a.text]
    return out


def _outgoing(report: "Report", exempt: set[tuple[str, str]]) -> list[str]:
    from ..report import iter_strings

    out: list[str] = []
    for f in report.__dataclass_fields__:
        value = getattr(report, f)
        if f == "deel_a":
            for section in value:
                out.append(section.title)
                for fld in section.fields:
                    if (fld.label, fld.value) not in exempt:
                        out += [fld.label, fld.value]
        else:
            out += list(iter_strings(value))
    return out


def _map_outgoing(report: "Report", fn: Callable[[str], str], exempt: set[tuple[str, str]], map_strings) -> "Report":  # noqa: ANN001
    import dataclasses

    changes = {}
    for f in dataclasses.fields(report):
        value = getattr(report, f.name)
        if f.name == "deel_a":
            changes[f.name] = tuple(
                dataclasses.replace(
                    s,
                    title=fn(s.title),
                    fields=tuple(fld if (fld.label, fld.value) in exempt else map_strings(fld, fn) for fld in s.fields),
                )
                for s in value
            )
        else:
            changes[f.name] = map_strings(value, fn)
    return dataclasses.replace(report, **changes)

