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
  a place with no such sign stays a place ("Van Tiel naar Culemborg is het een half uur")."""

from __future__ import annotations

from .lexicon import Lexicon
from .lowercase import is_role
from .tokens import _adjacent, _match_seq, _Tok

# aanspreekvormen proper: after them a lowercase "van" is the particle ("mevrouw van Buren")
_HONORIFICS = frozenset({
    "mevrouw", "meneer", "mevr", "mw", "mvr", "dhr", "heer", "hr", "fam", "familie", "juf", "juffrouw", "meester",
    "mr", "dr", "drs", "ing", "ir", "prof", "zuster", "broeder", "pastor", "dominee", "ds",
})
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
    for k in caps:
        start = _particles_before(toks, k, lex)
        if start is None or any(x in covered for x in range(start, k + 1)):
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
        elif toks[start].initial and toks[start].cap and particle not in _ARTICLE_PARTICLES and _person_sign(toks, end, lex, t.fold in lex.fixed_places):
            take(start, end)


def _particles_before(toks: list[_Tok], k: int, lex: Lexicon) -> int | None:
    """The index of the first particle of a run that ends right before toks[k] ("Uit den", "'t",
    "Van der"), or None."""
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
        and t.fold not in lex.rollen and not lex.street(t.fold) and not t.fold.endswith(lex.org_words) and t.low not in lex.function_words
    )


def _titled(toks: list[_Tok], start: int, particle: str, t: _Tok, lex: Lexicon) -> bool:
    """An aanspreekvorm or role right before the particles ("Mevrouw Van Buren", "Huisarts Van
    Zoelen"); "'t" and the like also after an apostrophe ("mevrouw 't Hart")."""
    prev = toks[start - 1]
    first = toks[start]
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


def _person_sign(toks: list[_Tok], j: int, lex: Lexicon, place: bool) -> bool:
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
