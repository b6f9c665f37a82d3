"""Surnames led by their particles where only a person fits, even when the words after the particle
are a place or read as a title ("Van Buren", "Van Kesteren", "Uit den Bogaard", "'t Hart"; run
from word_names.word_name_shapes, after the protection rules, so they may override them):
- after an aanspreekvorm or a role: "Mevrouw Van Buren woont", "Dhr. Van Kesteren, vrijwilliger",
  "Huisarts Van Zoelen verwijst", "volgens mevrouw 't Hart". A lowercase "van"/"de" after a role is
  the preposition ("collega van Raster", "medewerker van de Gemeente"), so there the particle must
  be capitalised, or the role an aanspreekvorm, or the word a listed surname;
- at a sentence start, with a person's sign right after: a role or body in brackets ("Van Ede
  (cliëntenraad) miste", "Uit den Bogaard (OR) vroeg"), a comma and a role ("Van Kesteren,
  vrijwilliger bij …"), or a person's verb ("Van Buren stelde voor"). A sentence-start "Van" before
  a place with no such sign stays a place ("Van Tiel naar Culemborg is het een half uur").
Also a surname that is a Dutch word in a person's slot with no particle: right after an aanspreekvorm
("Mevrouw Mus uit Wolvega", where "Mus uit Wolvega" reads as a title), or after a role with no
article before it and a person's verb, a register's comma and initial or a cell's end after it
("Buurtbewoner Hovenier klaagde", "trainer Vonk gaf", "behandelaar Mus |"); "de manager Zorg gaf
aan" and "medewerker Welzijn" stay words (an article before the role; a department, body or service)."""

from __future__ import annotations

from . import shapes  # imports this module through word_names: read at call time
from .context import _COLLECTIVES, _NOUN_ENDINGS, listed_first, verb_like
from .lexicon import _HONORIFICS as _LEXICON_HONORIFICS, SEASONS, WEEKDAYS, Lexicon
from .lowercase import ROLE_ENDINGS, is_role
from .street_surnames import _SURNAME_STREET_ENDINGS, street_surnames
from .tokens import _adjacent, _match_seq, _Tok

# Twente and Achterhoek particles that are adjectives on their own ("Oude Haven", "Kleine Kernen"):
# a particle only after a first name or an aanspreekvorm ("Ans Oude Wesselink", "Henk Groot Wassink")
NAME_ONLY_PARTICLES = frozenset({"oude", "olde", "klein", "kleine", "groot"})
# aanspreekvormen proper: after them a lowercase "van" is the particle ("mevrouw van Buren"): the
# lexicon's without "collega" ("collega van Raster"), with the clergy's, "meester" and "hr"
_HONORIFICS = _LEXICON_HONORIFICS - {"collega", "de heer"} | {"hr", "meester", "zuster", "broeder", "pastor", "dominee", "ds"}
# particles that are also a preposition or article mid-sentence ("medewerker van Welzijn")
_PREPOSITION_PARTICLES = frozenset({"van", "de", "van de", "van het", "het", "in", "op", "uit", "te", "in de", "in het", "op de", "uit de"})
# bodies a person sits on, written in brackets after their name ("Van Ede (cliëntenraad)")
_BODIES = frozenset({
    "or", "cr", "rvt", "rvc", "mt", "mr", "ondernemingsraad", "clientenraad", "cliëntenraad", "adviesraad",
    "wmo-raad", "raad van toezicht", "bestuur", "medezeggenschapsraad", "ouderraad", "jongerenraad",
    "participatieraad", "klachtencommissie", "pvt", "gmr",
})
# a sentence's article or preposition, never a surname's particle there ("De Zonnebloem organiseert",
# "Op de Kwaliteitsdag gaf", "Het Kompas doet")
_ARTICLE_PARTICLES = frozenset({"de", "het", "op", "in", "te", "uit", "op de", "in de", "in het", "uit de", "op het", "uit het", "le", "la", "di", "da", "du", "do"})
_STATE_VERBS = frozenset({"is", "was", "ligt", "lag", "heeft", "had", "wordt", "werd", "blijft", "staat", "kan", "moet", "zou"})


def particle_surnames(toks: list[_Tok], caps: list[int], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """The two shapes of the module docstring; each needs a particle right before a capital."""
    word_surnames_in_slot(toks, caps, covered, lex, take)
    street_surnames(toks, covered, strong, lex, take)
    pw = _particle_words(lex)
    for k in caps:
        if k < 1 or toks[k - 1].fold not in pw:
            continue  # the common case: no particle before the capital
        start = _particles_before(toks, k, lex)
        if start is None or any(x in covered for x in range(start, k)):
            continue
        t = toks[k]
        if not _surname_word(t, lex):
            continue
        particle = " ".join(x.fold for x in toks[start:k])
        end = k + 1
        if end < len(toks) and "-" not in t.text and toks[end].cap and _adjacent(toks, k, end) and toks[end].fold in lex.last:
            end += 1  # "Van Dijk Jansen" is rare; keep one word unless the next is a listed surname
        if start > 0 and _titled(toks, start, particle, t, lex):
            take(start, end)
        elif toks[start].initial and toks[start].cap and particle not in _ARTICLE_PARTICLES and toks[start].fold not in NAME_ONLY_PARTICLES and person_sign(toks, end, lex, t.fold in lex.fixed_places):
            take(start, end)


_PARTICLE_WORDS: dict[int, frozenset[str]] = {}


def _particle_words(lex: Lexicon) -> frozenset[str]:
    """Every word of a particle ("van", "der", "t", "la"), once per lexicon: a quick first look."""
    key = id(lex.tussenvoegsels)
    if key not in _PARTICLE_WORDS:
        _PARTICLE_WORDS[key] = frozenset(w for seqs in lex.tussenvoegsels.values() for seq in seqs for w in seq)
    return _PARTICLE_WORDS[key]


def _particles_before(toks: list[_Tok], k: int, lex: Lexicon) -> int | None:
    """The index of the first particle of a run that ends right before toks[k] ("Uit den", "'t",
    "Van der"), or None."""
    if k < 1 or toks[k - 1].fold not in _particle_words(lex):
        return None  # the common case: no particle before the word
    for n in (3, 2, 1):
        s = k - n
        if s < 0:
            continue
        if _match_seq(toks, s, lex.tussenvoegsels) == n and (n == 1 or _adjacent(toks, s, k - 1)) and toks[k].adj:
            return s
    return None


def _surname_word(t: _Tok, lex: Lexicon) -> bool:
    """A capitalised word that can be a surname after particles: no abbreviation, bank term, role,
    title, street or organisation's word."""
    return (
        t.cap and not t.allcaps and not t.camel and len(t.text) > 1 and t.fold not in lex.bank_words and t.fold not in lex.titles
        and t.fold not in lex.rollen and not (lex.street(t.fold) and not t.fold.endswith(_SURNAME_STREET_ENDINGS)) and not t.fold.endswith(lex.org_words) and t.low not in lex.function_words
    )


def _titled(toks: list[_Tok], start: int, particle: str, t: _Tok, lex: Lexicon) -> bool:
    """An aanspreekvorm or role right before the particles ("Mevrouw Van Buren", "Huisarts Van
    Zoelen"); "'t" and the like also after an apostrophe ("mevrouw 't Hart")."""
    prev = toks[start - 1]
    first = toks[start]
    if particle == "van" and not first.cap and listed_first(t.low, lex) and t.low not in lex.last:
        return False  # "geen familie van Pieter-Jan", "moeder van Inge": the preposition before a first name
    if not (first.adj or (first.fold == "t" and first.gap.strip() in ("'", "\u2019"))):
        return False  # "mevrouw 't Hart": the apostrophe of "'t" stands between
    if prev.fold in _HONORIFICS:
        if start >= 2 and toks[start - 2].fold in ("de", "een", "die", "deze") and prev.fold not in ("heer",):
            return False  # "de mevrouw van Buurtzorg": a woman from an organisation
        return first.cap or particle not in _PREPOSITION_PARTICLES or t.fold not in lex.never
    if prev.fold in lex.titles or prev.fold in lex.rollen or is_role(prev, lex):
        if prev.low in lex.function_words or len(prev.fold) < 4:
            return False
        return first.cap and not first.initial or particle not in _PREPOSITION_PARTICLES
    return False


def person_sign(toks: list[_Tok], j: int, lex: Lexicon, place: bool) -> bool:
    """Right after a sentence-start particle name: a role or body in brackets, a comma and a role,
    or a person's verb (not after a big place: "Van Utrecht komt de trein")."""
    if j >= len(toks):
        return False
    nxt = toks[j]
    gap = nxt.gap.strip()
    if gap == "(":
        body = nxt.fold
        if j + 1 < len(toks) and toks[j + 1].adj and not toks[j + 1].gap.startswith(")"):
            body = body + " " + toks[j + 1].fold
        return is_role(nxt, lex) or nxt.fold in _BODIES or body in _BODIES
    if gap == ",":
        if nxt.fold in ("de", "een", "onze") and j + 1 < len(toks) and toks[j + 1].adj:
            nxt = toks[j + 1]
        return not nxt.cap and is_role(nxt, lex)
    if place or not nxt.adj or nxt.cap or nxt.fold in _STATE_VERBS:
        return False
    return nxt.fold in lex.person_verbs


# roles by their ending that ROLE_ENDINGS leaves out: who handles, lives nearby, complains
_MORE_ROLE_ENDINGS = ("behandelaar", "bewoner", "bewoonster", "eigenaar", "indiener", "klager", "melder", "beoordelaar", "auditor", "penningmeester")
_DETERMINERS = frozenset({"de", "het", "een", "onze", "hun", "deze", "die", "elke", "iedere", "zijn", "haar", "mijn", "uw"})


def word_surnames_in_slot(toks: list[_Tok], caps: list[int], covered: set[int], lex: Lexicon, take) -> None:
    """The second paragraph of the module docstring."""
    for k in caps:
        if k < 1 or k in covered or not toks[k].adj or toks[k].initial:
            continue
        t, prev = toks[k], toks[k - 1]
        if prev.cap and not prev.initial or not (prev.fold in _HONORIFICS or _role(prev, lex)) or not _word_surname(t, lex):
            continue  # the common case: no aanspreekvorm or role before the word
        if prev.fold in _HONORIFICS and len(prev.fold) > 3 and prev.fold not in ("meester", "familie"):
            if not (k >= 2 and toks[k - 2].fold in _DETERMINERS and toks[k - 1].adj):
                take(k, k + 1)  # "Mevrouw Mus uit Wolvega"
            continue
        if not _role(prev, lex) or (k >= 2 and prev.adj and toks[k - 2].fold in _DETERMINERS):
            continue
        if _register_end(toks, k + 1) or (k + 1 < len(toks) and toks[k + 1].fold not in _STATE_VERBS and verb_like(toks[k + 1], lex)):
            take(k, k + 1)


def _word_surname(t: _Tok, lex: Lexicon) -> bool:
    """A capitalised Dutch word that can be a surname: no department, body, service, abstract noun,
    place, month or day."""
    f = t.fold
    if not _surname_word(t, lex) or t.initial or f in lex.never or "-" in f or len(f) < 3:
        return False
    if f.endswith("en") and t.low not in lex.last:
        return False  # "Coördinator Wonen", "Adviseur Inkomen": a team's domain, an infinitive
    return not (f in _COLLECTIVES or f.endswith(_NOUN_ENDINGS) or shapes.thing_head(t, lex) or lex.place_like(f) or f in shapes._MONTH_WORDS or f in WEEKDAYS or f in SEASONS or is_role(toks_lower(t), lex))


def toks_lower(t: _Tok) -> _Tok:
    """The word as a lowercase token, to ask is_role about a capitalised one."""
    return _Tok(t.start, t.end, t.low, t.low, t.fold, False, t.gap)


def _role(t: _Tok, lex: Lexicon) -> bool:
    """A role before a name, capitalised at a sentence start or not ("Buurtbewoner", "trainer")."""
    f = t.fold
    if f in _HONORIFICS or len(f) < 4:
        return False
    if f in lex.rollen:
        return f not in lex.function_words
    if not (f in lex.titles or f.endswith(ROLE_ENDINGS) or f.endswith(_MORE_ROLE_ENDINGS)) or f in lex.function_words:
        return False  # the common case: no role at all
    return f not in lex.titles or any(len(p) == 1 for p in lex.titles[f]) or f.endswith(ROLE_ENDINGS) or f.endswith(_MORE_ROLE_ENDINGS)


def _register_end(toks: list[_Tok], j: int) -> bool:
    """A register's cell ends after the name ("| behandelaar Mus |"), or a comma and an initial follow
    ("Vonk, D.")."""
    if j >= len(toks):
        return False
    gap = toks[j].gap.strip()
    if gap.startswith("|"):
        return True
    nxt = toks[j]
    return gap == "," and len(nxt.text) == 1 and nxt.text.isupper() and (j + 1 >= len(toks) or toks[j + 1].gap.startswith("."))
