"""Word-names told by a person's frame around them (run from word_names.word_name_shapes): a
capitalised Dutch word, a month or a lowercase listed first name that is a word, where only a person
fits:
- in a state only a person is in, or as a role, alone or before a found surname ("Zomer is met
  verlof", "bas is ziek", "April de Graaf is stagiaire", "Mei Jansen is ziek");
- alone in brackets after a role ("de begeleider (Zomer) gaf aan"), or opening a sentence joined to
  a found first name before a verb ("Zomer en Anouk doen de intake");
- after a person's naming frame ("Hij heet Dauw", "haar naam is Sky"; the calling frames, also
  lowercase, are calling.py's: "iedereen noemt hem Haai", "zeg maar kaz", "'Chi' genoemd");
- a month capitalised mid-sentence before a listed surname ("gesprek met Mei Kok");
- a month capitalised mid-sentence after a person's preposition ("volgens Juni", "met Augustus
  besproken"): Dutch writes months in lowercase;
- a listed first name that is a word opening a sentence before a role ("Ad is oud-docent"), before
  particles and a surname with a person's sign after ("Wil van Asperen geeft", "Hoop van Dijk,
  ervaringsdeskundige,"), or first in a list of found first names ("Bloem, Roos en Iris zijn").
Never a person's noun, role, title, group or listed no-name ("Kind is ziek", "Directie is met
vakantie", "De naam is Buurtkracht")."""

from __future__ import annotations

from . import shapes  # read at call time (shapes imports word_names, which imports this module)
from .context import _STATE_LINKS, VERB_NAMES, person_noun, person_state, verb_like
from .lexicon import CLOSING_QUOTES, OPENING_QUOTES, SOURCE_CANDIDATE, Lexicon
from .lowercase import _DONE, ROLE_ENDINGS, is_role, time_word
from .tokens import _adjacent, _match_seq, _Tok, fold_of


def frame_shapes(toks: list[_Tok], caps: list[int], covered: set[int], protected: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """The shapes of this module over the capitalised words, in order."""
    _word_names_in_state(toks, caps, covered, protected, strong, lex, take)
    _word_names_beside_people(toks, caps, covered, strong, lex, take)
    _named(toks, caps, covered, strong, lex, take)
    _nicknames(toks, caps, covered, strong, lex, take)
    _months_as_people(toks, caps, covered, lex, take)
    _months_before_surnames(toks, caps, covered, strong, lex, take)
    _word_first_names_opening(toks, caps, covered, strong, lex, take)


def lowercase_in_state(toks: list[_Tok], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """"bas is ziek", "merel is met verlof": a listed first name typed in lowercase in a person's state."""
    for i in _lowercase_openers(toks, covered, strong, lex):
        if person_state(toks, i + 1):
            take(i, i + 1)


_LINK_ROLE = frozenset({"is", "was", "wordt", "werd", "blijft"})
_ROLE_FILLERS = frozenset({"de", "onze", "een", "ook", "nu", "sinds", "per", "vanaf", "als", "hier", "nieuwe", "nieuw", "tijdelijk", "al", "jaren", "jaar", "lang", "nog", "weer"})


def _as_role(toks: list[_Tok], k: int, lex: Lexicon) -> bool:
    """toks[k:] read "is stagiaire", "is de nieuwe teamleider", "werkt als jongerenwerker"."""
    if k >= len(toks) or not toks[k].adj or toks[k].fold not in _LINK_ROLE | {"werkt", "start", "begint"}:
        return False
    for j in range(k + 1, min(k + 6, len(toks))):
        if toks[j].gap.strip(" 0123456789"):
            return False  # a number may stand between: "is sinds 2019 voorzitter"
        if is_role(toks[j], lex):
            return True
        if toks[j].fold not in _ROLE_FILLERS and not time_word(toks[j]) and toks[j].low not in shapes._MONTH_WORDS and not toks[j].low.isdigit():
            return False  # "is sinds september stagiaire", "is per 1 mei teamleider"
    return False


def _lowercase_openers(toks: list[_Tok], covered: set[int], strong: set[int], lex: Lexicon) -> list[int]:
    """Lowercase listed first names that are also words, opening a sentence, line or chat message
    ("[ma 08:12] roos is …") before a state verb ("bas is ziek"): never a function word, verb-name
    or person's noun."""
    out = []
    if _STATE_LINKS.isdisjoint(map(fold_of, toks)):
        return out  # most texts: no state verb
    for k in range(1, len(toks)):
        if toks[k].fold not in _STATE_LINKS:
            continue  # the common case: no state verb
        i, t = k - 1, toks[k - 1]
        if (t.initial or t.gap.rstrip().endswith(("]", ":", ")"))) and not t.cap and i not in covered and i not in strong and t.low in lex.first and t.low not in lex.function_words and t.low not in VERB_NAMES and not person_noun(t, lex):
            out.append(i)
    return out


def _word_names_in_state(toks: list[_Tok], caps: list[int], covered: set[int], protected: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """A capitalised Dutch word that is no person's noun, alone before a state only a person is in
    ("Zomer is met verlof", "Storm is ziek gemeld"), or opening a sentence before a found surname
    that is in such a state or a role ("April de Graaf is stagiaire", "Mei Jansen is ziek"). A
    month counts (many are first names), a role, title, kinship word or group never ("Kind is
    ziek", "Directie is afwezig", "Teamleider is met verlof")."""
    for i in caps:
        t = toks[i]
        if i + 1 >= len(toks) or (toks[i + 1].fold not in _STATE_LINKS and not t.initial) or i in covered or i in strong:
            continue  # the common case: no state verb or found surname after it
        if t.allcaps or t.camel or len(t.low) < 3 or "-" in t.low or not lex.dutch(t.low):
            continue  # a word of no word list is found already
        if person_noun(t, lex) or t.fold.endswith(ROLE_ENDINGS) or t.fold in lex.bank_words or lex.street(t.fold) or shapes.thing_head(t, lex):
            continue
        if i > 0 and t.adj and toks[i - 1].fold in ("de", "het", "een", "deze", "die", "onze", "in", "op", "na", "voor", "tot"):
            continue  # "de Zomer is …", "in Mei is …": a time or a thing
        month = t.low in shapes._MONTH_WORDS
        if (t.fold in lex.never and not month) or (i in protected and not month):
            continue
        if person_state(toks, i + 1) and not (len(t.low) > 7 and t.initial):
            take(i, i + 1, SOURCE_CANDIDATE)
            continue
        tv = _match_seq(toks, i + 1, lex.tussenvoegsels)
        s = i + 1 + tv
        if not t.initial or s >= len(toks) or s not in covered or not toks[i + 1].adj or (tv and not toks[s].adj):
            continue
        y = toks[s]
        if not y.cap or y.allcaps or y.low not in lex.last or (s + 1 < len(toks) and s + 1 in covered):
            continue
        if person_state(toks, s + 1) or _as_role(toks, s + 1, lex):
            take(i, s + 1)


_PLURAL_VERBS = frozenset({"zijn", "waren", "hebben", "hadden", "doen", "deden", "gaan", "gingen", "komen", "kwamen", "werken", "nemen", "willen", "kunnen", "moeten", "zullen"})


def _word_name(t: _Tok, lex: Lexicon) -> bool:
    """A capitalised Dutch word that may be a first name no list holds: no person's noun, role,
    bank term, listed no-name, place, street or service, no infinitive or plural ("Wonen",
    "Inkomen": a team's domain), as "Zomer", "Dauw", "Hemel"."""
    return (
        not t.allcaps and not t.camel and "-" not in t.low and len(t.low) >= 3 and lex.dutch(t.low) and not t.low.endswith("en")
        and not person_noun(t, lex) and not t.fold.endswith(ROLE_ENDINGS) and t.fold not in lex.bank_words
        and t.fold not in lex.never and not lex.place_like(t.fold) and not lex.street(t.fold) and not shapes.thing_head(t, lex)
        and not t.fold.endswith(lex.org_words)
    )


def _word_names_beside_people(toks: list[_Tok], caps: list[int], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """A capitalised Dutch word alone in brackets right after a role ("De begeleider (Zomer) gaf
    aan"), or opening a sentence, joined by "en" to a found first name of no word list and a verb
    after them ("Zomer en Anouk doen de intake"; "Herfst en Lente zijn …" stay: Lente is a word)."""
    n = len(toks)
    for i in caps:
        if i in covered or i in strong or i + 1 >= n:
            continue
        t, nxt = toks[i], toks[i + 1]
        if t.gap.strip() == "(" and i > 0 and nxt.gap.strip()[:1] == ")" and is_role(toks[i - 1], lex):
            if _word_name(t, lex):
                take(i, i + 1, SOURCE_CANDIDATE)
            continue
        if not t.initial or nxt.fold not in ("en", "&") or not nxt.adj or i + 3 >= n:
            continue
        o, v = toks[i + 2], toks[i + 3]
        if i + 2 in covered and o.cap and o.adj and o.low in lex.first and not lex.ordinary(o.low) and v.adj and (v.fold in _PLURAL_VERBS or (v.low.endswith("en") and v.low in lex.words and v.low not in lex.function_words)):
            if _word_name(t, lex) and not time_word(t):
                take(i, i + 1, SOURCE_CANDIDATE)


_NAMING = (("hij", "heet"), ("zij", "heet"), ("ze", "heet"), ("hij", "heette"), ("zij", "heette"), ("ze", "heette"), ("naam", "is"), ("naam", "was"), ("roepnaam", "is"))


def _named(toks: list[_Tok], caps: list[int], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """A capitalised word right after a person's naming frame: "Hij heet Dauw", "Haar naam is
    Zomer", "zijn roepnaam is Sky" (a project "heet" things too, so only after a personal pronoun,
    or "naam" after "haar"/"zijn").
    The word and a capitalised surname after it are the name; never a bank term or listed no-name."""
    for i in caps:
        if i < 2 or i in covered or i in strong or not toks[i].adj or not toks[i - 1].adj:
            continue
        if (toks[i - 2].fold, toks[i - 1].fold) not in _NAMING:
            continue
        if toks[i - 2].fold != "heet" and toks[i - 1].fold in ("is", "was") and not (i >= 3 and toks[i - 3].fold in ("haar", "zijn", "mijn", "diens")):
            continue  # "De naam is Buurtkracht": a project's name
        t = toks[i]
        if t.allcaps or t.camel or t.fold in lex.bank_words or t.fold in lex.never or t.low in lex.function_words:
            continue
        end = i + 1
        if end < len(toks) and toks[end].cap and toks[end].adj and not toks[end].allcaps and toks[end].fold not in lex.never:
            end += 1  # "Hij heet Dauw Visser"
        take(i, end)


_NICKNAME_WORDS = frozenset({"bijnaam", "roepnaam", "koosnaam", "alias", "bijgenaamd", "genaamd"})
_QUOTE_MARKS = frozenset(OPENING_QUOTES + CLOSING_QUOTES)


def _nicknames(toks: list[_Tok], caps: list[int], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """A capitalised word right after "bijnaam", "roepnaam", "alias", maybe quoted ("bijnaam 'Roosje'",
    "roepnaam Mo", "alias “Kleine Jan”"): the name a person goes by, even when it is a word."""
    for i in caps:
        if i < 1 or i in covered or i in strong or toks[i - 1].fold not in _NICKNAME_WORDS:
            continue
        gap = toks[i].gap.strip(" :")
        if gap and not all(c in _QUOTE_MARKS for c in gap):
            continue  # "bijnaam (zie dossier)", "roepnaam, Jan": no nickname right after
        t = toks[i]
        if t.allcaps or t.camel or t.fold in lex.bank_words or t.low in lex.function_words:
            continue
        end = i + 1
        if end < len(toks) and toks[end].cap and toks[end].adj and not toks[end].allcaps and toks[end].fold not in lex.never:
            end += 1  # "alias Kleine Jan"
        take(i, end)


_PERSON_PREPOSITIONS = frozenset({"volgens", "met", "door", "namens", "aan"})


def _months_as_people(toks: list[_Tok], caps: list[int], covered: set[int], lex: Lexicon, take) -> None:
    """A month capitalised mid-sentence right after "volgens", "met", "door", "namens" or "aan"
    ("volgens Juni gaat het goed", "met Augustus besproken"): Dutch writes months in lowercase, so a
    capital there is a first name ("in Mei", "van Juni tot Augustus" stay: no such preposition)."""
    for i in caps:
        t = toks[i]
        if i < 1 or t.initial or i in covered or t.allcaps or t.low not in shapes._MONTH_WORDS or len(t.low) < 3:
            continue
        if t.adj and toks[i - 1].fold in _PERSON_PREPOSITIONS and not (i + 1 < len(toks) and any(c.isdigit() for c in toks[i + 1].gap)):
            take(i, i + 1, SOURCE_CANDIDATE)
    _months_after_titles(toks, caps, covered, lex, take)


def _months_before_surnames(toks: list[_Tok], caps: list[int], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """A month capitalised mid-sentence right before a capitalised listed surname is a first name and
    its surname ("gesprek met Mei Kok", "o.l.v. Juni Bakker"): Dutch writes the month in lowercase, and
    no date has a surname after its month ("per Mei 2026", "Mei Kok-dag" stay)."""
    n = len(toks)
    for i in caps:
        t = toks[i]
        if t.initial or t.allcaps or t.low not in shapes._MONTH_WORDS or len(t.low) < 3 or i + 1 >= n or (i in covered and i + 1 in covered):
            continue
        y = toks[i + 1]
        if not y.adj or not y.cap or y.allcaps or y.initial or y.low not in lex.last or "-" in y.text:
            continue
        if (i in strong or i + 1 in strong) and not (i > 0 and toks[i - 1].fold in _PERSON_PREPOSITIONS | {"bij", "van", "v"}):
            continue  # two capitalised words read as a title ("Mei Kok" as "Taal Doet Meer"); after "met", "van", "o.l.v." a person
        if y.fold in lex.never or y.fold in lex.bank_words or _date_after(toks, i + 1) or (i + 2 < n and toks[i + 2].adj and toks[i + 2].cap):
            continue  # "Mei Kok 2026", "Juni Bakker Groep"
        if i > 0 and toks[i - 1].fold in ("de", "het", "een", "in", "per", "sinds", "tot", "vanaf", "eind", "begin", "half", "medio"):
            continue  # "in Mei", "per Juni": a time
        take(i, i + 2)


def _date_after(toks: list[_Tok], i: int) -> bool:
    """A number follows the month ("Mei 2026", "Juni, 12"): a date."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and (nxt.text[:1].isdigit() or any(c.isdigit() for c in nxt.gap))


def _months_after_titles(toks: list[_Tok], caps: list[int], covered: set[int], lex: Lexicon, take) -> None:
    """A month as a first name: capitalised right after an aanspreekvorm or role ("vrijwilliger Mei",
    "Mevrouw Mei"), or opening a sentence before particles and a listed surname ("Mei de Haan werkt").
    A month after a role with a date, or in a running text ("in mei", "per Mei 2026"), stays."""
    for i in caps:
        t = toks[i]
        if t.low not in shapes._MONTH_WORDS or i in covered or t.allcaps or len(t.low) < 3 or _date_after(toks, i):
            continue
        prev = toks[i - 1] if i > 0 else None
        if prev is not None and t.adj and prev.fold in lex.titles and not prev.allcaps and len(prev.low) > 2:
            take(i, i + 1, SOURCE_CANDIDATE)
            continue
        if not t.initial or i + 2 >= len(toks):
            continue
        k = i + 1 + _match_seq(toks, i + 1, lex.tussenvoegsels)
        if k < len(toks) and k > i + 1 and toks[k].cap and toks[k].low in lex.last and _adjacent(toks, i, k):
            take(i, k + 1)


def _word_first_names_opening(toks: list[_Tok], caps: list[int], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """The last shape of the module docstring: a listed first name that is an everyday word (a
    month, a verb: "Mei", "Wil", "Hoop") opening a sentence, where only a person fits."""
    n = len(toks)
    for i in caps:
        t = toks[i]
        if not t.initial or i in covered or i + 1 >= n or t.allcaps or (t.low not in lex.first and t.low not in shapes._MONTH_WORDS):
            continue  # the common case: no listed first name or month opening the sentence
        month = t.low in shapes._MONTH_WORDS and len(t.low) > 2  # "Mei", "Juni": first names too
        if not (month or (t.low in lex.first and lex.ordinary(t.low))):
            continue
        tv = 0 if month else _match_seq(toks, i + 1, lex.tussenvoegsels)
        s = i + 1 + tv
        if tv and s < n and _adjacent(toks, i, s) and _particle_surname(toks[s], lex) and _person_sign(toks, s + 1, lex):
            take(i, s + 1)  # "Wil van Asperen geeft al jaren taalles", "Hoop van Dijk, ervaringsdeskundige"
            continue
        y = toks[i + 1]
        if t.low not in lex.function_words and y.cap and y.adj and not y.allcaps and y.low in lex.last and i + 2 < n:
            v = toks[i + 2]  # Dutch puts the verb second: "Mei Hoek schreef" is one subject, a full name
            if v.adj and not v.cap and v.fold in lex.person_verbs and v.fold not in _STATE_LINKS and verb_like(v, lex):
                take(i, i + 2)
                continue
        if t.low in lex.function_words or person_noun(t, lex) or t.fold.endswith(ROLE_ENDINGS):
            continue  # "Dan is de coördinator aan de beurt"
        if y.fold in ("heeft", "had") and y.adj and any(x.fold in _DONE for x in toks[i + 2 : i + 10]):
            take(i, i + 1, SOURCE_CANDIDATE)  # "Mei heeft de lijsten gescand en gemaild": a month does nothing
            continue
        if month:
            continue  # "Mei is de drukste maand", "Juni, juli en augustus": the month
        if _as_role(toks, i + 1, lex):
            take(i, i + 1, SOURCE_CANDIDATE)  # "Ad is oud-docent wiskunde"
            continue
        if toks[i + 1].gap == ", " and i + 1 in covered and toks[i + 1].low in lex.first:
            j = i + 2
            while j < n and j - i < 8 and not (toks[j].fold == "en" and toks[j].adj):
                j += 1
            if j + 1 < n and j + 1 in covered and toks[j + 1].low in lex.first:
                take(i, i + 1, SOURCE_CANDIDATE)  # "Bloem, Roos en Iris zijn de drie vrijwilligsters"


def _particle_surname(y: _Tok, lex: Lexicon) -> bool:
    """A capitalised surname after particles: listed, of no word list, or a one-word village."""
    if not y.cap or y.allcaps or y.camel or y.fold in lex.bank_words or y.fold in lex.fixed_places or y.fold.endswith(lex.org_words):
        return False
    return y.low in lex.last or not lex.dutch(y.low) or (y.fold in lex.never and len(lex.never[y.fold][0]) == 1)


def _person_sign(toks: list[_Tok], j: int, lex: Lexicon) -> bool:
    """After a name: a person's verb, or a role after a comma or in brackets."""
    if j >= len(toks):
        return False
    t = toks[j]
    gap = t.gap.strip()
    if gap in (",", "("):
        return is_role(t, lex)
    return t.adj and not t.cap and t.fold in lex.person_verbs and t.fold not in _STATE_LINKS
