"""Shapes of a whole name around what the pattern finders found, and shapes of no name at all.

Run after the pattern finders (heuristic.Heuristic.spans) on their raw spans. Added or grown:
- a found name over the capitalised name parts next to it ("Nilton Fortes-Monteiro", "Gonny
  Hartman", a listed short word opening the sentence: "Mei Ling Chen"), over an Arabic nasab
  particle ("Youssef ben Ali") and over a capitalised day after a first name ("Anja Zondag");
- a nickname in brackets or quotes between a first name and a surname ("Hendrika (Riek) Zijlstra");
- lowercase initials before a lowercase surname ("e.j. bouma");
- name parts after a label for a person in a document title ("(auteur: Mehari Habte)");
- a capitalised word of no word list right after a role ("teamleider Hartman");
- a bare compound surname opening a sentence before a speech verb ("Verhoef belde");
- lowercase first names that are also words, where only a person fits: before a speech verb at a
  sentence start ("ben zegt"), two joined before a verb and its object ("fleur en bas doen de …"),
  with a known surname after "volgens"/"door"/"namens" ("volgens roos bakker"), before a contact
  verb ("roos belt terug");
- a sentence's first word before a surname capitalised mid-sentence ("Linde Zwart", "Lente Groen
  (ervaringsdeskundige)"), a hyphen-joined Arabic particle name with its first name ("Haider
  al-Jubouri"), a nickname in quotes inside brackets ("Elisabeth ('Lies') Bakker"), a listed
  surname in brackets after a role ("teamleider (Boelens)");
- and, from other modules: lowercase full names in a person's context (lowercase.py), people in
  attendance lists, signatures and @-mentions (listings.py), loose initials, possessive surnames
  and first names that are places (word_names.py), mail headers, chat lines, names in capitals and
  in file names (documents.py);
- a found name over a particle that is no preposition and the word after it ("Aafke van 't Hof").
A word one edit from a Dutch word ends a name taken here ("met marieke besprken").
Dropped (and kept from names found elsewhere): a month abbreviation among months or dates ("jan en
feb"), an abbreviation explained in brackets ("Wgs (Wet …)"), a hyphenated word with a lowercase
Dutch second part ("Zwart-wit") or a place head ("Nieuw-Vennep"), a word after a capitalised pronoun
("Ik Ben Geldzaak"), a word-name after an article ("de fleur"), "De" + a Dutch noun called a
building or listed with buildings ("De Kelder is het jongerencentrum"; building_keys makes that
hold across the audit), a firm named after its founder ("Smit & Co"). A compound headed by a
service or group ("Jeugdzorg") is never a name part."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..unicode_fold import Normalised, fold
from .context import _COLLECTIVES, _NOUN_ENDINGS, _PERSON_PREPOSITIONS, _SPEECH_VERBS, VERB_NAMES, person_beside
from .lexicon import MONTH_WORDS as _MONTH_WORDS, SHORT_MONTHS as _MONTHS, SOURCE_CANDIDATE, SOURCE_HEURISTIC, WEEKDAYS, Lexicon, _Raw
from .documents import PERSON_LABELS, caps_names, caps_word, chat_speakers, file_names, handles, mail_names
from .listings import listed_people
from .word_names import word_name_shapes
from .frames import _as_role
from .lowercase import CONTACT_VERBS, ROLE_ENDINGS, are_roles, clause_ends, is_role, lowercase_full_names, lowercase_surnames, lower_nickname, speaks_next, time_word
from .tokens import _adjacent, _match_seq, _Tok, fold_of, low_of, typo_of_word
from .venues import building_noun
from .aliases import alias_shapes
from .joined_names import joined_partners
from .double_names import hyphen_particle_tail, particle_before_double

# "Youssef ben Ali", "Karim bin Salem", "Fatima bint Hassan", "Ahmed ould Abdallah": a nasab
# particle between two names (never on its own: "ik ben Ali" needs the name before it)
_NASAB = frozenset({"ben", "bin", "ibn", "bint", "ould", "bou"})
_DAYS_MONTHS = _MONTH_WORDS - _MONTHS | WEEKDAYS
# lowercase dotted abbreviations that are no initials: "o.a. bakker" is "among others"
_ABBREVIATIONS = frozenset({
    "o.a.", "i.p.v.", "d.w.z.", "m.b.t.", "t.z.t.", "e.d.", "a.s.", "z.s.m.", "n.a.v.", "i.v.m.", "m.i.", "c.q.",
    "t.a.v.", "i.o.m.", "o.b.v.", "m.n.", "v.d.", "e.a.", "z.o.z.", "p.p.", "i.c.m.", "m.u.v.", "t/m.", "a.u.b.", "s.v.p.",
    "o.i.d.", "e.v.", "n.v.t.", "i.s.m.", "t.b.v.", "i.e.", "e.g.", "v.w.b.", "p.m.", "t.o.v.", "o.l.v.", "m.m.v.",
})
_LOWER_INITIALS = re.compile(r"(?<![\w.])((?:[a-z]\.){1,4}) ?(?=[a-z])")
# the first part of a hyphenated place name: "Hoog-Catharijne", "Nieuw-Vennep", "Sint-Oedenrode"
_PLACE_HEADS = frozenset({"hoog", "laag", "oud", "nieuw", "groot", "klein", "noord", "oost", "zuid", "west", "sint", "midden", "boven", "beneden", "neder", "over"})
# a pronoun capitalised mid-sentence belongs to a title in title case ("Ik Ben Geldzaak", "Wij Zijn Buren")
_TITLE_PRONOUNS = frozenset({"ik", "jij", "je", "wij", "we", "hij", "zij", "ze", "u", "mijn", "jouw", "uw", "ons", "onze"})
_OPEN = ("(", '"', "'", "\u201c", "\u201e", "\u2018")
_CLOSE = (")", '"', "'", "\u201d", "\u2019")
_OPEN_NICK = frozenset(_OPEN) | {"(" + q for q in _OPEN[1:]}
_CLOSE_NICK = frozenset(_CLOSE) | {q + ")" for q in _CLOSE[1:]}
_LINKS = frozenset({"is", "was", "blijft", "heet"})
_ARTICLES = frozenset({"het", "een", "de", "ons", "hun"})
_NOUN_ARTICLES = frozenset({"de", "het", "een", "die", "deze", "dit", "dat"})


def _free(t: _Tok, lex: Lexicon) -> bool:
    """A capitalised word that may be part of a name: no abbreviation, brand, bank term, role or title."""
    return t.cap and not t.allcaps and not t.camel and len(t.text) > 1 and t.fold not in lex.bank_words and t.fold not in lex.titles and t.fold not in lex.rollen and t.low not in lex.function_words


# heads of Dutch compounds that name a service, group or role, never a surname: "Jeugdzorg",
# "Wijkteamleden", "Buurtvader", "Straatwerk" (the head of a compound decides what it is)
_THING_HEADS = (
    "zorg", "werk", "team", "teams", "leden", "vader", "moeder", "groep", "raad", "punt", "loket", "hulp", "dienst",
    "coach", "werker", "consulent", "beleid", "wet", "zaken", "welzijn", "bureau", "afdeling", "project", "programma",
    "regio", "wijken", "buurten", "gebied", "domein", "taken",
)


def thing_head(t: _Tok, lex: Lexicon) -> bool:
    """A compound headed by a service, group or role ("Jeugdzorg", "Buurtvader"): no surname."""
    return t.low not in lex.last and t.low not in lex.first and t.fold.endswith(_THING_HEADS)


def _name_part(t: _Tok, lex: Lexicon) -> bool:
    """A name part next to a found name: a known name, or a word of no word list (compounds
    allowed: "Hartman", "Verhoef", "Nilton" split into Dutch words but are no words)."""
    if thing_head(t, lex):
        return False
    if t.fold in lex.never or lex.street(t.fold) or lex.place_like(t.fold) or t.fold.endswith(lex.org_words):
        return t.low in lex.first and t.fold not in lex.never
    if "-" in t.low:  # "Fortes-Monteiro", not "Directeur-bestuurder"
        return all(p in lex.first or p in lex.last or p not in lex.words for p in t.low.split("-") if p)
    return t.low in lex.first or t.low in lex.last or t.low not in lex.words


def _inside(toks: list[_Tok], r: _Raw) -> range:
    """The tokens wholly inside a raw span (tokens are in text order, so by bisection)."""
    a = bisect_left(toks, r[0], key=lambda t: t.start)
    b = bisect_right(toks, r[1], key=lambda t: t.end)
    return range(a, max(a, b))


def _key(toks: list[_Tok], a: int, b: int) -> str:
    return fold(" ".join(t.fold for t in toks[a:b]))


def refine(n: Normalised, toks: list[_Tok], out: list[_Raw], protected: set[int], strong: set[int], lex: Lexicon) -> list[_Raw]:
    """The raw spans with the shapes above added, grown or dropped (see the module docstring)."""
    kept = []
    for r in out:
        if _no_name(n, toks, r, lex):
            strong.update(_inside(toks, r))  # nor applied from elsewhere
        else:
            kept.append(r)
    out = kept
    covered = {k for r in out for k in _inside(toks, r)}
    add: list[_Raw] = []

    def take(a: int, b: int, source: str = SOURCE_HEURISTIC) -> None:
        if b - a > 2 and building_noun(toks, a, lex) and all(k in strong for k in range(a, b)):
            return  # "Bakkerij De Vries", "Jeugdcentrum De Vries": a building's noun and its name
        while b - a > 1 and not toks[b - 1].cap and toks[b - 1].low not in lex.last and typo_of_word(toks[b - 1].low, lex):
            b -= 1  # "met marieke besprken": a typo of a word after a name is no surname
        covered.update(range(a, b))
        add.append((toks[a].start, toks[b - 1].end, source, _key(toks, a, b), "", -1))

    _nicknames(toks, covered, strong, lex, take)
    _lower_initials(n, toks, add, covered, protected, lex)
    _labelled(toks, covered, strong, lex, take)
    caps_names(n.text, toks, covered, strong, lex, take)
    file_names(n.text, toks, covered, protected, lex, take)
    mail_names(n.text, toks, covered, strong, lex, take)
    handles(n.text, toks, covered, lex, take)
    chat_speakers(n.text, toks, covered, strong, lex, take)
    _after_role(toks, covered, protected, strong, lex, take)
    word_name_shapes(toks, covered, protected, strong, lex, take)
    _bare_surnames(toks, covered, protected, lex, take)
    _lower_word_names(toks, covered, protected, lex, take)
    lowercase_full_names(toks, covered, protected, lex, take)
    lowercase_surnames(toks, covered, protected, lex, take)  # and people in hurried notes
    listed_people(n, toks, covered, protected, lex, take, strong)
    joined_partners(n.text, toks, covered, protected, strong, lex, take)  # "Hoek en Kok"
    alias_shapes(n.text, toks, covered, strong, lex, take)  # "riek = hendrika lammers", "visser: 'ja'"
    out = out + add
    return [_grow(toks, r, protected, strong, lex) for r in out]


def _grow(toks: list[_Tok], r: _Raw, protected: set[int], strong: set[int], lex: Lexicon) -> _Raw:
    """A found capitalised name with its neighbouring name parts and nasab particles."""
    if r[2] not in (SOURCE_HEURISTIC, SOURCE_CANDIDATE):
        return r
    idx = list(_inside(toks, r))
    if idx and idx[-1] + 1 < len(toks) and hyphen_particle_tail(toks, idx[-1] + 1, strong, lex):
        idx.append(idx[-1] + 1)  # "hoogendijk-ter laak", "Wubbels-Tjoe Fat": the part after "-ter" is the name's
        if len(idx) == 2 and (a0 := particle_before_double(toks, idx[0], lex)) < idx[0]:
            idx.insert(0, a0)  # "naar de vries-ter weide"
        r = (toks[idx[0]].start, toks[idx[-1]].end, SOURCE_HEURISTIC, _key(toks, idx[0], idx[-1] + 1), r[4], r[5])
    if not idx or not (toks[idx[0]].cap or _prefixed(toks[idx[0]], lex) or (toks[idx[0]].fold in lex.tussenvoegsels and len(idx) > 1)):
        return r
    a, b = idx[0], idx[-1] + 1
    while b < len(toks) and b - a < 5:
        nxt = toks[b]
        if nxt.fold in _NASAB and not nxt.cap and b + 1 < len(toks) and _adjacent(toks, b - 1, b + 1) and _free(toks[b + 1], lex) and b + 1 not in strong:
            b += 2  # "Youssef ben Ali"
        elif nxt.gap == " " and _free(nxt, lex) and b not in protected and _name_part(nxt, lex) and not nxt.initial:
            b += 1  # "Gonny Hartman", "Tоn Verhoef"
        elif nxt.gap == " " and nxt.cap and not nxt.initial and nxt.fold in _DAYS_MONTHS and b not in strong and toks[b - 1].low in lex.first:
            b += 1  # "Anja Zondag", "Kevin Vrijdag": Dutch writes days and months lowercase
        elif b == idx[-1] + 1 and not nxt.cap and (tv := _strong_particles(toks, b, lex)) and _free(toks[b + tv], lex) and b + tv not in strong and not toks[b + tv].initial:
            b += tv + 1  # "Aafke van 't Hof": a particle that is no preposition leads the surname
        else:
            break
    while a > 0 and b - a < 5 and not r[4]:  # after a title the name starts where the rule said
        prev = toks[a - 1]
        if toks[a].gap != " " or not _free(prev, lex) or a - 1 in strong:
            break
        # "Mei Ling Chen doet …": a short word opening the sentence before a full name is its first part
        # (a listed word, like the month "Mei", not an adverb or adjective: "Kort Anja Visser zegt")
        if prev.initial and _first_before_surname(toks, a, b, lex):
            a -= 1  # "Linde Zwart en …", "Lente Groen (ervaringsdeskundige)": the surname's first name
            break
        opener = prev.initial and b - a >= 2 and len(prev.low) <= 4 and prev.fold in lex.never and prev.low not in lex.function_words and prev.low not in VERB_NAMES and toks[a].low in lex.first
        if a - 1 in protected and prev.low not in lex.first and not opener:
            break
        # a sentence's first word that is also a Dutch word ("Dan", "Kort") stays out unless it is the opener
        known = (prev.low in lex.first or prev.low in lex.last) and not (prev.initial and lex.ordinary(prev.low))
        if not (known or prev.low not in lex.words or opener):
            break
        if "-" in prev.low and not _name_part(prev, lex):
            break  # "Directeur-bestuurder Karin": a compound of words
        a -= 1  # "Nilton Fortes-Monteiro", "Mei Ling Chen"
    if (a, b) == (idx[0], idx[-1] + 1):
        return r
    return (toks[a].start, toks[b - 1].end, SOURCE_HEURISTIC, _key(toks, a, b), r[4], r[5])


# particles that are also articles or prepositions ("de", "van", "in de"): no surname on their own
_PREPOSITION_PARTICLES = frozenset({"de", "van", "het", "te", "t", "den", "der", "la", "le", "da", "di", "du", "do", "van de", "van het", "in de", "in het", "op de", "uit de"})


def _strong_particles(toks: list[_Tok], b: int, lex: Lexicon) -> int:
    """The length of a particle phrase at b that is no preposition ("van 't", "van der", "ter"),
    followed on the same line by a word, or 0."""
    tv = _match_seq(toks, b, lex.tussenvoegsels)
    if not tv or b + tv >= len(toks) or not _adjacent(toks, b - 1, b + tv):
        return 0
    return 0 if " ".join(t.fold for t in toks[b : b + tv]) in _PREPOSITION_PARTICLES else tv


def _prefixed(t: _Tok, lex: Lexicon) -> bool:
    """"al-Jubouri", "el-Amrani": an Arabic particle joined by a hyphen to a capitalised name."""
    head, _, tail = t.text.partition("-")
    return bool(tail) and tail[:1].isupper() and head.islower() and fold(head) in lex.prefixes


def _first_before_surname(toks: list[_Tok], a: int, b: int, lex: Lexicon) -> bool:
    """A sentence's first word before a surname capitalised mid-sentence ("Linde Zwart", "Lente
    Groen (ervaringsdeskundige)", "Haider al-Jubouri"): its first name when it is a listed one (even
    a word), or any noun when a role follows in brackets or after a comma, or a speech or contact
    verb ("Hoofd Groen is" stays a word). Never a verb-name or a time ("Vandaag Groen (teamleider) gesproken")."""
    cur, prev = toks[b - 1], toks[a - 1]
    if any(toks[x].fold not in lex.tussenvoegsels for x in range(a, b - 1)):
        return False  # one surname, maybe led by its particles ("de Vries")
    if toks[a].initial or not (cur.low in lex.last or _prefixed(cur, lex)) or prev.low in VERB_NAMES or time_word(prev):
        return False
    if prev.low in lex.first:
        return True
    if cur.low in lex.first or prev.fold.endswith(ROLE_ENDINGS) or any(len(p) == 1 for p in lex.titles.get(prev.fold, ())):
        return False  # "Broeder Thomas helpt", "Buurtsportcoach Visser zegt", "Juf Kok zegt": a title or role
    if prev.low not in lex.words or prev.fold in lex.never or len(prev.low) < 3:
        return False
    nxt = toks[b] if b < len(toks) else None
    role = nxt is not None and nxt.gap.strip() in ("(", ",") and is_role(nxt, lex)
    speaks = nxt is not None and nxt.adj and (nxt.fold in _SPEECH_VERBS or nxt.fold in CONTACT_VERBS)
    return role or speaks  # "Lente de Vries belt", "Zomer Visser vertelt"; "Hoofd Groen is" stays


def _no_name(n: Normalised, toks: list[_Tok], r: _Raw, lex: Lexicon) -> bool:
    """Spans that are surely no person: a month among months or dates, an abbreviation explained in
    brackets, "Zwart-wit", a building's name after an article."""
    idx = list(_inside(toks, r))
    if r[4] or not idx:
        return False
    k = idx[0]
    e = idx[-1] + 1
    if e < len(toks) and toks[e].gap.strip() == "&" and toks[e].fold in ("co", "zn", "zonen"):
        return True  # "Smit & Co", "Bakker & Zn": a firm named after its founder
    if k > 0 and not toks[k].cap and lex.ordinary(toks[k].low) and toks[k - 1].fold in _NOUN_ARTICLES and _adjacent(toks, k - 1, k):
        return True  # "de fleur van de wijk", "het ben …": after an article a word-name is the noun
    if k > 0 and toks[k - 1].cap and not toks[k - 1].initial and toks[k - 1].low in _TITLE_PRONOUNS and _adjacent(toks, k - 1, k):
        return True  # "(zie Ik Ben Geldzaak)": a capitalised pronoun mid-sentence makes a title
    if len(idx) == 1:
        t = toks[k]
        if r[2] == SOURCE_CANDIDATE and caps_word(toks, k, lex):
            return True  # "DE KELDER – JONGERENCENTRUM": a word in a heading in capitals
        if t.low in _MONTHS:
            near = [toks[j] for j in range(max(0, k - 2), min(len(toks), k + 3)) if j != k]
            digits = any(c.isdigit() for c in n.text[max(0, t.start - 4) : t.start] + n.text[t.end : t.end + 6])
            if digits or any(x.low in _MONTH_WORDS for x in near):
                return True  # "piek in jan en feb", "3 jan", "dec en jan"
        if t.cap and len(t.text) <= 6 and k + 1 < len(toks) and n.text[t.end : toks[k + 1].start].strip() == "(":
            inner = [x for x in toks[k + 1 : k + 1 + len(t.text)]]
            if len(inner) == len(t.text) and "".join(x.low[0] for x in inner) == t.low:
                return True  # "Wgs (Wet gemeentelijke schuldhulpverlening)"
        if "-" in t.text and t.cap and t.low.split("-", 1)[0] in _PLACE_HEADS and t.text.split("-", 1)[1][:1].isupper():
            return True  # "Hoog-Catharijne", "Nieuw-Vennep", "Oud-Beijerland": a place, not a double surname
        if "-" in t.text and t.cap:
            parts = t.text.split("-")
            if any(p and p.islower() and p not in lex.tussenvoegsels and lex.ordinary(p) for p in parts[1:]) and lex.dutch(parts[0].lower()):
                return True  # "Zwart-wit", "Oud-collega": a compound, not a double surname
    # "De Kelder is het jongerencentrum", "door de Kelder": a building named by a Dutch noun
    a, b = idx[0], idx[-1] + 1
    if b - a == 2 and toks[a].fold in ("de", "het") and toks[b - 1].low in lex.words and toks[b - 1].low not in lex.first:
        if _called_building(toks, b, lex) or _listed_with_things(toks, a, lex):
            return True
    return False


def _thing(toks: list[_Tok], a: int, lex: Lexicon) -> bool:
    """"De Schakel", "Het Baken": a capitalised article and a Dutch noun that is no surname."""
    return a + 1 < len(toks) and toks[a].text in ("De", "Het") and toks[a + 1].cap and toks[a + 1].low in lex.words and toks[a + 1].low not in lex.last and toks[a + 1].low not in lex.first


def _cell_gap(gap: str) -> bool:
    """The gap between two items of a list or two cells of a pasted table ("| 34 | Het Anker")."""
    return gap.strip() in (",", ";", "/") or "|" in gap


def _listed_with_things(toks: list[_Tok], a: int, lex: Lexicon) -> bool:
    """"De Kelder, De Schakel en De Brug": in a list of buildings' names ("De" + a noun that is no
    surname), a "De Kelder" is one more building."""
    if toks[a].text not in ("De", "Het"):
        return False
    n = len(toks)
    after = (a + 2 < n and _cell_gap(toks[a + 2].gap) and _thing(toks, a + 2, lex)) or (
        a + 3 < n and toks[a + 2].fold in ("en", "of") and _thing(toks, a + 3, lex)
    )
    before = (a >= 2 and _cell_gap(toks[a].gap) and _thing(toks, a - 2, lex)) or (
        a >= 3 and toks[a - 1].fold in ("en", "of") and _thing(toks, a - 3, lex)
    )
    return after or before


def building_keys(toks: list[_Tok], lex: Lexicon) -> set[str]:
    """Folded names a text calls a building ("De Kelder is het jongerencentrum"): no person
    anywhere in the same audit ("een rondleiding door de Kelder")."""
    out: set[str] = set()
    if not any(t.fold in _LINKS for t in toks):
        return out
    for a in range(len(toks) - 4):
        if a > 0 and (toks[a - 1].fold in lex.titles or toks[a].gap.strip() == "."):
            continue  # "mw. De Graaf is de coördinator": a person after an aanspreekvorm
        if toks[a].fold in ("de", "het") and toks[a + 1].cap and toks[a + 1].low in lex.words and _called_building(toks, a + 2, lex):
            out.add(_key(toks, a, a + 2))
    return out


def _called_building(toks: list[_Tok], b: int, lex: Lexicon) -> bool:
    """The words after a name call it a building or organisation: "… is het jongerencentrum"."""
    if b + 2 >= len(toks) or toks[b].fold not in _LINKS or toks[b + 1].fold not in _ARTICLES:
        return False
    noun = toks[b + 2].fold
    return noun.endswith(lex.org_words)


def _nicknames(toks: list[_Tok], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """First name, a nickname in brackets or quotes, a surname: "Hendrika (Riek) Zijlstra"."""
    for k in range(1, len(toks) - 1):
        nick = toks[k]
        if nick.gap == " " or nick.allcaps and not (len(nick.text) <= 3 and toks[k - 1].low in lex.first) or not nick.gap.strip().endswith(_OPEN) or not toks[k + 1].gap.strip().startswith(_CLOSE):
            continue
        if nick.gap.strip() not in _OPEN_NICK or toks[k + 1].gap.strip() not in _CLOSE_NICK:
            continue  # one bracket or quote each side ("('Lies')": a quote inside a bracket), only spaces besides
        first = toks[k - 1]
        if not nick.cap:  # "hendrika (riek) zijlstra" typed lowercase: listed first names, a listed surname
            lower_nickname(toks, k, covered, lex, take)
            continue
        tv = _match_seq(toks, k + 1, lex.tussenvoegsels)
        s = k + 1 + tv
        nick_ok = _free(nick, lex) or (nick.low in lex.function_words and not nick.allcaps) or nick.allcaps  # "Theodora (Door) van Slooten", 'Jayden "JJ" Doelwijt'
        if s >= len(toks) or not (_free(first, lex) and nick_ok and _free(toks[s], lex)):
            continue
        if strong & {k - 1, k, s} and not (first.low in lex.first and nick.cap and toks[s].cap and toks[s].fold not in lex.never):
            continue  # a known first name, a nickname and a surname: no street or title has that shape ("Henk "Henkie" Oosterbaan")
        if not any(x.low in lex.first or not lex.dutch(x.low) for x in (first, nick)):
            continue
        for a, b in ((k - 1, k), (k, k + 1), (k + 1, s + 1)):
            if not covered.issuperset(range(a, b)):
                take(a, b)


def _lower_initials(n: Normalised, toks: list[_Tok], out: list[_Raw], covered: set[int], protected: set[int], lex: Lexicon) -> None:
    """Lowercase initials before a lowercase surname: "e.j. bouma zegt", "a. de vries"."""
    if "." not in n.text:
        return
    for m in _LOWER_INITIALS.finditer(n.text):
        if m.group(1) in _ABBREVIATIONS:
            continue
        j = next((x for x, t in enumerate(toks) if t.start >= m.end()), None)
        if j is None or j in protected or any(r[0] < m.start() < r[1] for r in out):
            continue
        tv = _match_seq(toks, j, lex.tussenvoegsels)
        k = j + tv if tv and j + tv < len(toks) else j
        t = toks[k]
        several = m.group(1).count(".") >= 2  # "h.j. koopmans": a surname that splits into words is still one
        if t.cap or len(t.low) < 3 or not t.low.isalpha() or (lex.dutch(t.low) and t.low not in lex.last and not (several and t.low not in lex.words)):
            continue
        covered.update(range(j, k + 1))
        out.append((m.start(), t.end, SOURCE_HEURISTIC, fold(m.group(1) + " " + _key(toks, j, k + 1)), "", -1))


def _labelled(toks: list[_Tok], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """Capitalised words after "auteur:", "notulist:" in a document title: "(auteur: Mehari Habte)"."""
    if PERSON_LABELS.isdisjoint(map(fold_of, toks)):
        return  # most texts: no label
    for k in range(len(toks) - 1):
        if toks[k].fold not in PERSON_LABELS or toks[k + 1].gap.strip() != ":":
            continue
        b = k + 1
        while b < len(toks) and b - k <= 3 and _free(toks[b], lex) and _name_part(toks[b], lex) and b not in strong and (b == k + 1 or _adjacent(toks, b - 1, b)):
            b += 1  # name parts only: "door: Team Jeugd" is no person
        if b > k + 1 and not covered.issuperset(range(k + 1, b)):
            take(k + 1, b)
        if b > k + 1 and b + 1 < len(toks) and toks[b].fold in ("en", "&") and _free(toks[b + 1], lex) and _name_part(toks[b + 1], lex) and b + 1 not in strong and b + 1 not in covered:
            take(b + 1, b + 2)  # "auteurs: Feenstra en Bruinsma"


def _after_role(toks: list[_Tok], covered: set[int], protected: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """A capitalised word of no word list right after a role ("teamleider Hartman", "coördinator
    Verhoef"): a name, even when it splits into Dutch words; in brackets also a listed surname
    ("teamleider (Boelens)", "coördinator (Bakker)"), never a place or body ("teamleider (Noord)")."""
    if lex.titles.keys().isdisjoint(map(fold_of, toks)) and lex.rollen.keys().isdisjoint(map(fold_of, toks)):
        return  # no role or title in the text
    for k in range(len(toks) - 1):
        role = toks[k]
        if (role.fold not in lex.titles and role.fold not in lex.rollen) or len(role.fold) < 5 or role.low in lex.function_words or role.fold in lex.tussenvoegsels:
            continue
        j = k + 1
        t = toks[j]
        if t.gap.strip() == "(" and (j + 1 == len(toks) or toks[j + 1].gap.startswith(")")) and j not in covered and j not in strong:
            if _free(t, lex) and (t.low in lex.last or t.low not in lex.words) and _name_part(t, lex):
                take(j, j + 1)  # "Sannes teamleider (Boelens) heeft": the role's holder in brackets
            continue
        if j in covered or j in protected or t.gap != " " or not _free(t, lex) or t.low in lex.words or not _name_part(t, lex):
            continue
        take(j, j + 1)


_COLLECTIVE_PARTS = tuple(_COLLECTIVES) + ("team", "overleg", "kracht", "wijzer", "punt", "huis", "centrum")


def _bare_surnames(toks: list[_Tok], covered: set[int], protected: set[int], lex: Lexicon, take) -> None:
    """A sentence's first word that splits into Dutch words but is in no word list, before a
    person's verb, maybe after an aside in brackets or commas: "Hartman zegt …", "Verhoef (zie
    bijlage) belde", "Zijlstra, de coördinator, vertelde". A candidate, reviewed like the others."""
    for i, t in enumerate(toks):
        if not t.initial or not t.cap or i in covered or i in protected or len(t.low) < 5 or t.low in lex.words:
            continue
        if not (_free(t, lex) and _name_part(t, lex)) or not lex.dutch(t.low) or t.low.endswith(_NOUN_ENDINGS):
            continue  # a word of no list and no Dutch compound is found by the candidate rule already
        if t.fold.endswith(_COLLECTIVE_PARTS) or t.fold.startswith(_COLLECTIVE_PARTS) or any(q in t.gap for q in "'\"\u2018\u201c\u201e"):
            continue  # "Buurtkracht zegt", "Wijkteamoverleg zegt": a programme or body; a quoted title
        j = i + 1
        if j < len(toks) and toks[j].gap.strip() in ("(", ","):
            close = ")" if toks[j].gap.strip() == "(" else ","
            j += 1  # the aside's first word; the verb follows the closing bracket or comma
            while j < len(toks) and j - i <= 6 and close not in toks[j].gap:
                j += 1
            if j - i > 6:
                continue
        if j >= len(toks) or toks[j].cap:
            continue
        v = toks[j]
        if v.fold in _SPEECH_VERBS or v.fold in CONTACT_VERBS or v.fold in _AGENT_VERBS or _as_role(toks, j, lex):
            take(i, i + 1, SOURCE_CANDIDATE)


# what only a person does at a sentence's start ("Eikelboom stelde voor", "Hoogkamp noteerde")
_AGENT_VERBS = frozenset({
    "stelde", "stelt", "opperde", "oppert", "pleitte", "pleit", "klaagde", "klaagt", "noteerde", "noteert",
    "tekende", "ondertekende", "schreef", "dacht", "denkt", "vond", "vindt", "erkende", "beaamt", "merkt",
    "merkte", "adviseerde", "adviseert", "waarschuwde", "presenteerde", "tolkt", "tolkte",
})


def _plural_verb(toks: list[_Tok], k: int, lex: Lexicon) -> bool:
    """A verb after two people, with its object: "doen de …", "draaien het …" (not "roos en iris
    groeien in de tuin": plants grow, people act on something)."""
    t = toks[k]
    obj = k + 1 < len(toks) and toks[k + 1].adj and toks[k + 1].fold in ("de", "het", "een", "samen", "ook", "nu", "al", "elke", "iedere")
    return not t.cap and t.adj and t.low.endswith("en") and t.low in lex.words and obj


def _lower_word_names(toks: list[_Tok], covered: set[int], protected: set[int], lex: Lexicon, take) -> None:
    """Lowercase first names that are also words, where only a person fits (module docstring)."""
    def word_name(i: int) -> bool:
        t = toks[i]
        return not t.cap and i not in covered and i not in protected and t.low in lex.first and t.low not in lex.function_words and t.fold not in lex.never

    first = lex.first
    if first.isdisjoint(map(low_of, toks)):
        return  # most texts: no listed first name
    for i, t in enumerate(toks):
        if t.cap or t.low not in first or not word_name(i):
            continue  # the common case first: a capitalised word or no first name
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.low not in VERB_NAMES and i > 0 and t.adj and (toks[i - 1].fold in _SPEECH_VERBS or toks[i - 1].fold in CONTACT_VERBS) and clause_ends(nxt):
            take(i, i + 1)  # '"we doen het," zei bas', "daarna belde roos over de sleutels"
            continue
        if nxt is not None and t.initial and nxt.gap.strip().startswith(":") and t.low not in VERB_NAMES:
            take(i, i + 1)  # "roos: we missen handen": a speaker in the notes
            continue
        if nxt is not None and t.initial and (person_beside(toks, i, lex) or (nxt.gap in ("' ", "\u2019 ") and t.low.endswith(("s", "x", "z")) and not nxt.cap and nxt.low in lex.words)):
            take(i, i + 1)  # "bas z'n rooster klopt niet", "roos en ik", "roos' idee"
            continue
        if nxt is None or not nxt.adj:
            continue
        if (t.initial or t.gap.strip() == ",") and (nxt.fold in _SPEECH_VERBS or (t.low not in VERB_NAMES and speaks_next(toks, i + 1))):
            take(i, i + 1)  # "ben zegt dat …": a verb form never says anything; "max belt terug"
        elif t.initial and nxt.fold in ("en", "&") and i + 3 < len(toks) and word_name(i + 2) and toks[i + 2].adj and t.low not in VERB_NAMES and toks[i + 2].low not in VERB_NAMES and (_plural_verb(toks, i + 3, lex) or are_roles(toks, i + 3, lex)):
            take(i, i + 1)  # "fleur en bas doen de huiswerkbegeleiding"
            take(i + 2, i + 3)
        elif i > 0 and toks[i - 1].fold in _PERSON_PREPOSITIONS and t.adj:
            tv = _match_seq(toks, i + 1, lex.tussenvoegsels)
            k = i + 1 + tv
            sur = toks[k] if k < len(toks) else None
            if sur is not None and not sur.cap and sur.adj and sur.low in lex.last and (tv or sur.low not in lex.function_words):
                take(i, k + 1)  # "volgens roos bakker", "volgens fleur de vries"
