"""The name vocabulary as the finders use it: what a span is, the sources, and the Lexicon built
once from questionbank.NameLists (first names, surnames, particles, titles, Dutch words); also the
small closed word sets several rules read (weekdays, months, seasons, salutations, quote marks, the
street endings surnames share), so each has one home."""

from __future__ import annotations

import unicodedata

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from ..unicode_fold import fold

if TYPE_CHECKING:
    from questionbank.models import NameLists

SOURCE_LIST = "lijst"
SOURCE_HEURISTIC = "heuristiek"
SOURCE_DEDUCE = "deduce"
SOURCE_FOUND = "elders gevonden"
SOURCE_CANDIDATE = "kandidaat"
SOURCE_CONTACT = "contactgegeven"
SOURCE_REVIEW = "gemarkeerd als naam"
PLACEHOLDER = "[naam]"
EMAIL_PLACEHOLDER = "[e-mailadres]"
PHONE_PLACEHOLDER = "[telefoonnummer]"
PLACEHOLDERS = (PLACEHOLDER, EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER)

_TOKEN = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")
# an e-mail address, also one written to dodge harvesters: "j.devries [at] welzijn.nl", "j.devries(at)welzijn.nl"
_EMAIL = re.compile(r"[\w.+\-]+(?:@| ?[\[(]at[\])] ?)[\w\-]+(?:\.[\w\-]+)+")
# a phone number as people write it: "+31 6 1234 5678", "0031 6…", "+31 (0)30 …", "(010) 123 45 67",
# "020-1234567", "06 1234 5678"; the digit count is checked in phone_spans
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)[ \u00a0]?(?P<cc>[1-9]\d{1,2})[ \u00a0\-.]?(?:\(0\)[ \u00a0\-.]?)?|(?=\(0\d{1,3}\))|(?=0[1-9]))"
    r"\(?\d(?:\)?(?:[ \u00a0][\-/\u2013][ \u00a0]|[ \u00a0\-./\u2010-\u2013])?\d){5,13}(?!\d)"
)
_SIX_DIGITS = re.compile(r"\d(?:\D{0,2}\d){5}")
# a date inside a run of digits ("01-01-2025 - 02-02-2025", a period): no phone number
_DATE_IN_RUN = re.compile(r"(?<!\d)\d{1,2}[-./\u2010-\u2013]\d{1,2}[-./\u2010-\u2013](?:19|20)\d{2}(?!\d)")
_PHONE_SEP = re.compile(r"[ \u00a0\-./)\u2010-\u2013]+")
_PHONE_JOIN = re.compile(r"[ \u00a0]?/[ \u00a0]?(?=\+|00|0[1-9]|\(0)")
_Phrase = TypeVar("_Phrase", bound=Sequence[str])  # a word, or a run of words


def longest_first(items: Iterable[_Phrase]) -> list[_Phrase]:
    """`items` longest first, equal lengths in their own order: the longest phrase or particle run
    must win, and the outcome must not hang on the per-process order of a set."""
    return sorted(items, key=lambda x: (-len(x), x))


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Phone numbers in `text`: a Dutch number has 10 digits with its leading 0 (9 after +31 or
    0031); another country's 7 to 12 after its code. A run with digits to spare ("06 1234 5678
    2025") is cut back at a separator until it fits; dates and times never fit."""
    out: list[tuple[int, int]] = []
    if not _SIX_DIGITS.search(text):
        return out  # fewer than six digits in a row (with separators): no phone number here
    for m in _PHONE.finditer(text):
        if (join := _PHONE_JOIN.search(text, m.start(), m.end())) is not None:
            # two numbers in one cell ("+380 67 412 9083 / 06 8833 2101"): each on its own
            out += [sp for sp in phone_spans(text[: join.start()]) if sp[0] >= m.start()]
            out += [(join.end() + s, join.end() + e) for s, e in phone_spans(text[join.end() :])]
            break
        if _DATE_IN_RUN.search(m.group()):
            continue
        cc = m.group("cc")
        body_start = m.start() if cc is None else m.end("cc")
        end = m.end()
        while end > body_start:
            body = text[body_start:end].replace("(0)", "", 1) if cc else text[body_start:end]
            digits = sum(c.isdigit() for c in body)
            if (cc == "31" and digits == 9) or (cc and cc != "31" and 7 <= digits <= 12) or (not cc and digits == 10):
                out.append((m.start(), end))
                break
            cut = [x.start() for x in _PHONE_SEP.finditer(text, body_start, end)]
            if not cut:
                break
            end = cut[-1]
    return out
_INITIAL = re.compile(r"[A-Z]\.(?:\s?[A-Z]\.)*")
_SENTENCE_END = set("!?:;\n\r\t•*–—-(\"'„“”[/|>")
# the days of the week, one home for the rules that read rotas, dates and opening hours
WEEKDAYS = frozenset({"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"})
SHORT_WEEKDAYS = frozenset({"ma", "di", "wo", "do", "vr", "za", "zo"})  # "ma 17-11", "ma Storm / di Merel"
# the months, in full and written short ("per jan", "t/m mrt"): one home for the date rules
MONTHS = frozenset({"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"})
SHORT_MONTHS = frozenset({"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"})
MONTH_WORDS = MONTHS | SHORT_MONTHS
SEASONS = frozenset({"winter", "zomer", "lente", "herfst", "voorjaar", "najaar"})
# street endings that Dutch surnames share ("Oosterhof", "Koorndijk", "Harderwijk", "Terbrug"); never
# "-straat", "-laan", "-plein". Rules that take more add theirs to these.
SURNAME_STREET_ENDINGS = ("hof", "hoven", "dijk", "wijk", "brug", "haven")
# the words a message opens with before whom it greets ("Hi Tess,", "Beste Anouk"): no part of the name
SALUTATIONS = frozenset({"hi", "hoi", "hallo", "hey", "hee", "hello", "dear", "beste"})
# the marks a quote opens with and closes with, straight and curly
OPENING_QUOTES = ("'", '"', "\u2018", "\u201c", "\u201e")
CLOSING_QUOTES = ("'", '"', "\u2019", "\u201d")
_HONORIFICS = frozenset({"mevrouw", "meneer", "dhr", "mw", "mevr", "mvr", "familie", "fam", "heer", "de heer", "juf", "juffrouw", "collega", "dr", "drs", "mr", "ir", "ing", "prof"})


_Raw = tuple  # (clean start, clean end, source, key, title, clean start of the title or -1)


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    text: str
    source: str  # SOURCE_*
    key: str = ""  # folded name without aanspreekvorm ("anja de vries"); "" for contact data
    title: str = ""  # folded aanspreekvorm/role word before the name ("mevrouw", "moeder")
    title_start: int = -1  # where that word starts: `--vervang functie` replaces it with the name


# ---------------------------------------------------------------------------- the lexicon


@dataclass(frozen=True)
class Lexicon:
    """The name vocabulary, lowercased for lookups (built once from questionbank.NameLists)."""

    first: frozenset[str]
    last: frozenset[str]
    tussenvoegsels: dict[str, tuple[tuple[str, ...], ...]]  # first folded token -> phrases, longest first
    titles: dict[str, tuple[tuple[str, ...], ...]]
    everyday: frozenset[str]  # lowercase names that are everyday Dutch words
    never: dict[str, tuple[tuple[str, ...], ...]]  # first folded token -> phrases that are never names
    words: frozenset[str]  # Dutch lowercase words
    bank_words: frozenset[str]  # folded tokens of the question bank's own texts
    rollen: dict[str, str]
    rol_standaard: str
    rollen_na_van: dict[str, str] = field(default_factory=dict)  # "dochter" -> "een ouder" (replace.third_party_role)
    rol_na_van: str = ""  # voornamen.toml rollen_na_van_standaard
    voornamen: frozenset[str] = frozenset()  # as written, for callers that list them
    aanspreekvormen: tuple[str, ...] = ()
    street_suffixes: tuple[str, ...] = ()  # "straat", "laan": longest first
    place_suffixes: tuple[str, ...] = ()  # "waard", "huizen"
    title_joins: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # "in de", "voor"
    idioms: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # "jan en alleman"
    typed_names: frozenset[str] = frozenset()  # lowercase names the word list also has ("jan")
    prefixes: frozenset[str] = frozenset()  # "al", "el", "abdel"
    suffix_titles: frozenset[str] = frozenset()  # folded "hanım", "hoca", "ji": a form of address after the name (honorifics.py)
    capital_titles: frozenset[str] = frozenset()  # "sister", "chief": capitalised before a name, a form of address (honorifics.py)
    person_verbs: frozenset[str] = frozenset()  # "zegt", "is": a person's verb after a sentence-start name
    function_words: frozenset[str] = frozenset()  # the vocabulary's stopwords ("dan", "elke"): never a person's start
    fixed_places: frozenset[str] = frozenset()  # folded one-word curated places and no-names ("utrecht", "noord")
    org_words: tuple[str, ...] = ()  # "centrum", "huis": the endings of a building's or organisation's noun
    org_heads: tuple[str, ...] = ()  # "stichting", "kerk": the capitalised words after one name the organisation
    shop_heads: frozenset[str] = frozenset()  # "bakkerij", "garage": capitalised, they lead a firm's name
    firm_tails: tuple[str, ...] = ()  # "borging", "accountants": a firm's trade after its name ("Certivo Kwaliteitsborging")
    legal_forms: frozenset[str] = frozenset()  # "bv", "vof": a firm's legal form after its name ("CertiSociaal B.V.")
    note_shorthand: frozenset[str] = frozenset()  # "opm", "afd", "aanw": shorthand of notes with a vowel, no name
    worship: frozenset[str] = frozenset()  # "camii", "mandir": a house of worship's noun in its own language
    group_tails: tuple[str, ...] = ()  # "genootschap", "koor": the nouns a group's name is run into by a hyphen
    saints: frozenset[str] = frozenset()  # "sint", "st": a saint's name follows
    saint_tails: tuple[str, ...] = ()  # "dag", "kerk": what a saint's Latin name runs into
    after_eponym: frozenset[str] = frozenset()  # "ziekenhuis", "foundation": the noun after a name in an institution's name
    de_surnames: frozenset[str] = frozenset()  # "boer", "vos": common surnames led by "de" ("in De Boer" is a person)
    title_nouns: frozenset[str] = frozenset()  # "thema", "workshop": the nouns a title follows
    colours: frozenset[str] = frozenset()  # "groen", "rood": capitalised as a logo's, a score's or a code's colours
    colour_scales: frozenset[str] = frozenset()  # "code", "score": the words a colour names a code after
    coloured: tuple[str, ...] = ()  # "logo", "shirt": parts of the words for what colours are of
    gatherings: tuple[str, ...] = ()  # "bijeenkomst", "gehouden": endings of a gathering and of holding one
    place_leads: frozenset[str] = frozenset()  # "in", "regio": a capitalised word after one is a place (places.py)
    place_orgs: frozenset[str] = frozenset()  # "welzijn", "wijkteam": an organisation named after the place after it
    initial_labels: frozenset[str] = frozenset()  # "auteur", "paraaf": the labels a person's initials follow (initials.py)
    places: frozenset[str] = frozenset()  # folded one-word places of the lists (towns, districts, regions, countries)
    frisian_list: frozenset[str] = frozenset()  # West Frisian words (woorden_fy): see for_audit
    english: frozenset[str] = frozenset()  # lowercase English words of no name list and no Dutch word (woorden_en)
    frisian_signals: frozenset[str] = frozenset()  # "it", "fan", "yn": two in one text make it Frisian
    frisian_texts: int = 3  # that many Frisian texts make the audit partly Frisian
    frisian: frozenset[str] = frozenset()  # the Frisian words read as words: empty but in a partly Frisian audit

    def ordinary(self, lower: str) -> bool:
        """An everyday Dutch word in lowercase: "ben", "roos", "kent", "fleur" (a typed "jan" is not:
        the word list has it only from idioms, and `typed_names` says so)."""
        return lower in self.everyday or (lower in self.words and lower not in self.typed_names) or lower in self.frisian

    def adjective(self, low: str) -> bool:
        """A Dutch adjective: its inflected form is a word ("wit": witte, "groot": grote, "jong": jonge)."""
        forms = [low + "e", low + low[-1:] + "e"]
        if len(low) > 3 and low[-3] == low[-2] and low[-2] in "aeou":
            forms.append(low[:-2] + low[-1] + "e")
        return any(f in self.words for f in forms)

    def street(self, lower: str) -> bool:
        """A street or area name by its ending: "beatrixstraat", "julianalaan" (not "laan" itself)."""
        return lower.endswith(self.street_suffixes) and _ending_pattern(self.street_suffixes).search(lower) is not None

    def place_like(self, lower: str) -> bool:
        """Ends like a Dutch place name ("lingewaard", "zevenhuizen"): no name candidate when unknown."""
        return lower.endswith(self.place_suffixes) and _ending_pattern(self.place_suffixes).search(lower) is not None

    def dutch(self, lower: str) -> bool:
        """A Dutch word, a bank term or a compound of Dutch words ("buurtcirkel")."""
        return lower in self.words or (lower if lower.isascii() else fold(lower)) in self.bank_words or lower in self.frisian or _compound(self, lower)


@lru_cache(maxsize=8)
def _ending_pattern(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """A word of at least three letters before one of `suffixes` (one regex: every capitalised word asks)."""
    return re.compile(r"^[^\W\d_][\w'\-]{2,}(?:" + "|".join(map(re.escape, suffixes)) + r")$")


def _tokens_of(phrase: str) -> tuple[str, ...]:
    """The folded words of a listed phrase, split as a text is ("Home-Start" stays one word)."""
    return tuple(fold(t) for t in re.findall(r"[^\W\d_]+(?:['\-][^\W\d_]+)*\.?|'t|'s", phrase))


_COMPOUNDS: dict[tuple[int, str], bool] = {}


def _compound(lex: Lexicon, word: str, depth: int = 0) -> bool:
    """Two or three Dutch words run together, with a linking s or e ("vrijwilligersbeleid")."""
    if len(word) < 6 or depth > 2:
        return False
    key = (id(lex), word)
    if key in _COMPOUNDS:
        return _COMPOUNDS[key]
    result = False
    for i in range(3, len(word) - 2):
        left, right = word[:i], word[i:]
        if left in lex.words or (left[-1:] in "se" and left[:-1] in lex.words and len(left) > 3):
            # the right part may be inflected ("russisch|talige": talig + e)
            if right in lex.words or (right[-1:] == "e" and right[:-1] in lex.words and len(right) > 4) or _compound(lex, right, depth + 1):
                result = True
                break
    if len(_COMPOUNDS) > 200_000:
        _COMPOUNDS.clear()
    _COMPOUNDS[key] = result
    return result


def _by_first(phrases: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    table: dict[str, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        toks = tuple(t.rstrip(".").lstrip("'\u2019") for t in _tokens_of(phrase))  # "van 't": the text's token is "t"
        if toks:
            table.setdefault(toks[0], set()).add(toks)
    return {k: tuple(longest_first(v)) for k, v in table.items()}


# letters that no accent folding removes and that a Dutch keyboard cannot type: "Małgorzata",
# "Paweł", "Yıldırım", "Søren" are typed "Malgorzata", "Pawel", "Yildirim", "Soren"
_KEYBOARD = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae"})


def _typed(names: Iterable[str], words: frozenset[str]) -> set[str]:
    """Names with their keyboard forms added, as typed without their accents and letters a Dutch
    keyboard lacks ("małgorzata": "malgorzata", "büşra": "busra", "yağmur": "yagmur"); never a
    form that is a Dutch word ("Văn" is no "van", "Gül" no "gul")."""
    out = set(names)
    for n in [n for n in out if not n.isascii()]:
        for typed in (n.translate(_KEYBOARD), "".join(c for c in unicodedata.normalize("NFKD", n.translate(_KEYBOARD)) if not unicodedata.combining(c))):
            if typed != n and typed not in words and typed not in out:
                out.add(typed)
    return out


def lexicon_from(lists: "NameLists", bank_words: Iterable[str] = (), stopwords: Iterable[str] = ()) -> Lexicon:
    first = frozenset(_typed((n.lower() for n in lists.voornamen), lists.dutch_words)) - {w.lower() for w in lists.geen_namen}
    last: set[str] = set()
    for name in lists.achternamen:
        last.add(name.split()[-1].lower())
    last = _typed(last, lists.dutch_words)
    never: dict[str, list[tuple[str, ...]]] = {}
    for phrase in (*lists.geen_namen, *lists.plaatsen):
        toks = _tokens_of(phrase)
        if toks:
            never.setdefault(toks[0], []).append(toks)
    return Lexicon(
        first=first,
        last=frozenset(last - {w.lower() for w in lists.geen_namen}),
        tussenvoegsels=_by_first(lists.tussenvoegsels),
        titles=_by_first(lists.aanspreekvormen),
        everyday=frozenset(lists.ook_woord) | frozenset(stopwords),  # "elke", "dan", "wil"
        never={k.rstrip("."): tuple(longest_first(set(v))) for k, v in never.items()},
        words=lists.dutch_words,
        bank_words=frozenset(bank_words),
        rollen={fold(k): v for k, v in lists.rollen.items()},
        rol_standaard=lists.rol_standaard,
        rollen_na_van={fold(k): v for k, v in lists.rollen_na_van.items()},
        rol_na_van=lists.rol_na_van_standaard,
        voornamen=lists.voornamen,
        aanspreekvormen=lists.aanspreekvormen,
        street_suffixes=tuple(fold(s) for s in lists.straat_achtervoegsels),
        place_suffixes=tuple(fold(s) for s in lists.plaats_achtervoegsels),
        title_joins=_by_first(lists.titel_verbindingen),
        idioms=_by_first(lists.uitdrukkingen),
        typed_names=frozenset(lists.klein_ook_naam),
        prefixes=frozenset(fold(p) for p in lists.naam_voorvoegsels),
        suffix_titles=frozenset(fold(w) for w in lists.aanspreekvormen_na_naam),
        capital_titles=frozenset(fold(w) for w in lists.aanspreekvormen_hoofdletter),
        person_verbs=frozenset(fold(w) for w in lists.persoon_werkwoorden),
        initial_labels=frozenset(fold(w) for w in lists.initiaal_labels),
        function_words=frozenset(stopwords),
        fixed_places=frozenset(fold(p) for p in (*lists.vaste_plaatsen, *lists.geen_namen) if " " not in p.strip()),
        org_words=tuple(fold(w) for w in lists.organisatie_woorden),
        org_heads=tuple(fold(w) for w in lists.organisatie_koppen),
        shop_heads=frozenset(fold(w) for w in lists.winkel_koppen),
        firm_tails=tuple(fold(w) for w in lists.firma_staarten),
        legal_forms=frozenset(fold(w) for w in lists.rechtsvormen),
        worship=frozenset(fold(w) for w in lists.gebedshuizen),
        note_shorthand=frozenset(lists.notitie_afkortingen),
        group_tails=tuple(fold(w) for w in lists.groep_staarten),
        saints=frozenset(fold(w) for w in lists.heiligen),
        saint_tails=tuple(fold(w) for w in lists.heiligen_staarten),
        after_eponym=frozenset(fold(w) for w in lists.instellingen_na_naam if " " not in w),
        de_surnames=frozenset(fold(w) for w in lists.achternamen_met_de),
        title_nouns=frozenset(fold(w) for w in lists.titel_naamwoorden),
        colours=frozenset(fold(w) for w in lists.kleuren),
        colour_scales=frozenset(fold(w) for w in lists.kleurschalen),
        frisian_list=lists.friese_woorden,
        english=frozenset(lists.engelse_woorden - lists.dutch_words - first - last),
        frisian_signals=frozenset(lists.friese_signaalwoorden),
        frisian_texts=lists.friese_zinnen_min,
        coloured=tuple(fold(w) for w in lists.gekleurde_dingen),
        gatherings=tuple(fold(w) for w in lists.bijeenkomsten),
        place_leads=frozenset(fold(w) for w in lists.plaats_aanwijzers),
        place_orgs=frozenset(fold(w) for w in lists.plaats_organisaties),
        places=frozenset(fold(p) for p in lists.plaatsen if " " not in p.strip()),
    )


@lru_cache(maxsize=1)
def _bank_words() -> frozenset[str]:
    """Every word the question bank itself uses (norms, questions, functies, vocabulary): no names."""
    from questionbank import load_bank
    from questionbank.loader import load_vocabulary

    bank = load_bank()
    vocab = load_vocabulary()
    texts = [t for n in bank.norms for t in (n.text, n.kan_blijken_uit, *n.evidence, *n.keywords, *(q.text for q in n.questions))]
    texts += [*vocab.abbreviations, *vocab.abbreviations.values(), *vocab.compound_parts]
    texts += [w for terms in vocab.norm_terms.values() for w in terms]
    texts += [w for k, v in vocab.synonyms.items() for w in (k, *v)]
    texts += [c.label for c in bank.functie_categories] if hasattr(bank, "functie_categories") else []
    return frozenset(fold(w) for t in texts for w in _TOKEN.findall(t))


@lru_cache(maxsize=1)
def bank_texts() -> frozenset[str]:
    """Every whole text the question bank holds (norm texts, questions, planning, functie and rubriek
    names): the handbook's own words, never a person's. The name check passes them by unchanged, so
    a listed name that is also a word ("Lijn") never rewrites a norm, and an export does not spend
    its time on the handbook."""
    import dataclasses

    from questionbank import load_bank

    out: set[str] = set()
    seen: set[int] = set()
    todo: list[object] = [load_bank()]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            if item.strip():
                out.add(item)
            continue
        if id(item) in seen:
            continue
        seen.add(id(item))
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            todo += [getattr(item, f.name) for f in dataclasses.fields(item)]
        elif isinstance(item, dict):
            todo += [*item.keys(), *item.values()]
        elif isinstance(item, (list, tuple, set, frozenset)):
            todo += list(item)
    return frozenset(out)


_WORD_OF_TEXT = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def for_audit(lex: Lexicon, texts: Iterable[str]) -> Lexicon:
    """The lexicon for one audit: where `frisian_texts` of its texts or more hold two Frisian
    function words ("Us heit wie net thús, it wie drok"), Frisian words are words in all its texts
    (no candidate "It", "Iis", no lowercase name "doarpen"). Other audits keep the Dutch lexicon."""
    if not lex.frisian_list:
        return lex
    signals, frisian_texts = lex.frisian_signals, 0
    for text in texts:
        if len(signals.intersection(_WORD_OF_TEXT.findall(text.lower()))) >= 2:
            frisian_texts += 1
            if frisian_texts >= lex.frisian_texts:
                return _frisian_variant(lex)
    return lex


_FRISIAN_VARIANTS: dict[int, tuple[Lexicon, Lexicon]] = {}


def _frisian_variant(lex: Lexicon) -> Lexicon:
    """One Frisian-reading copy per lexicon, both kept alive: caches keyed by a lexicon's id stay valid."""
    from dataclasses import replace

    if id(lex) not in _FRISIAN_VARIANTS:
        # less every first name and surname of the lists ("douwe", "sjoerd" are in the Frisian list):
        # a name stays a name in a Frisian audit; accented words also folded ("ús": "us")
        names = lex.first | lex.last
        words = {w for w in lex.frisian_list if w not in names}
        frisian = frozenset(words | {f for w in words if (f := fold(w)) not in names})
        _FRISIAN_VARIANTS[id(lex)] = (lex, replace(lex, frisian=frisian))
    return _FRISIAN_VARIANTS[id(lex)][1]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped name vocabulary (questionbank), with the bank's own words as non-names."""
    from questionbank.loader import load_name_lists, load_vocabulary

    return lexicon_from(load_name_lists(), _bank_words(), load_vocabulary().stopwords)

