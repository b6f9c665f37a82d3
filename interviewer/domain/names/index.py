"""The audit's own list of names (ListFinder) and the names found anywhere in the audit, applied
to every text (NameIndex)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from ..unicode_fold import Normalised, fold
from .lexicon import MONTHS, SALUTATIONS, SOURCE_FOUND, SOURCE_LIST, Lexicon, _Raw, load_lexicon, longest_first
from .context import _ARTICLES, VERB_NAMES, double_first, used_as_word
from .initials import spells_abbreviation
from .lowercase import _BODY_ABBREVIATIONS, _DETERMINERS, acting_lowercase
from .note_frames import note_surname_acting
from .places import listed_place, place_context
from .tokens import _bounded, _parts_of, _Tok, _words_pattern, low_of

_LAST_WORD = re.compile(r"(\w+)\W*$")  # the word before a found name (spread_lowercase)
_NO_VOWEL = re.compile(r"[^aeiouy\W\d]{2,3}")


def _particles(lex: Lexicon) -> set[str]:
    return {" ".join(t) for table in (lex.tussenvoegsels, lex.titles) for v in table.values() for t in v}


class ListFinder:
    """Matches of listed names, case/accent-insensitive, on the normalised text. Besides each full
    entry, its first name and surname (with particles) are matched too, but only where they are
    capitalised in the text, so that the surname "Bos" does not hit the word "bos"."""

    def __init__(self, names: Iterable[str], lexicon: Lexicon) -> None:
        self.names = tuple(n.strip() for n in names if n and n.strip())
        particles = _particles(lexicon)
        full = {fold(n) for n in self.names}
        parts: set[str] = set()
        for name in self.names:
            tokens = fold(name).split()
            if len(tokens) < 2:
                continue
            if len(tokens[0]) >= 3 and tokens[0] not in particles:
                parts.add(tokens[0])
            i = len(tokens) - 1
            while i > 1 and tokens[i - 1] in particles:
                i -= 1
            if len(tokens[-1]) >= 3:
                parts.add(" ".join(tokens[i:]))
                parts.add(tokens[-1])
        parts -= full
        self._full = re.compile(_bounded(_words_pattern(full))) if full else None
        self._parts = re.compile(_bounded(_words_pattern(parts))) if parts else None

    def spans(self, n: Normalised) -> list[_Raw]:
        out: list[_Raw] = []
        if self._full:
            out += [(m.start(), m.end(), SOURCE_LIST, " ".join(m.group().split()), "", -1) for m in self._full.finditer(n.folded)]
        if self._parts:
            for m in self._parts.finditer(n.folded):
                last_word_start = m.start() + len(m.group()) - len(m.group().split()[-1])
                if n.text[last_word_start].isupper():
                    out.append((m.start(), m.end(), SOURCE_LIST, " ".join(m.group().split()), "", -1))
        return out


class NameIndex:
    """Names found anywhere in the audit, applied to every text: each name's parts (first name,
    surname, the surname with its particles) in capitalised form, as a possessive, and in lowercase
    where the lowercase form is no everyday Dutch word.

    A form that is also a place (of the lists, or one the audit names as a place: `places`, see
    places.audit_places) or a Dutch word needs more than one weak find before it spreads (round 10):
    found with its particles ("dhr. van Tiel", "Ilse van Wijk") it is applied only with them ("Van
    Tiel", not "locaties Tiel"); found bare after an aanspreekvorm ("mevrouw Veere") it is applied
    everywhere but where a place stands ("in Veere"), and so is the surname of a first name ("Cornelis
    Hoogland", "@kerem.tiel"); after a role ("jongerenwerker Veere"), in an e-mail address
    ("wijkteam.culemborg@"), or alone without a title, not at all. Where a place stands: after a
    preposition of place or an area's noun, or listed with another place ("Tiel 2.410 | Culemborg")."""

    def __init__(self, keys: Iterable[str] = (), lexicon: Lexicon | None = None, places: Collection[str] = (), things: Collection[str] = ()) -> None:
        self.lexicon = lexicon or load_lexicon()
        particles = self._particle_set = _particles(self.lexicon)  # once: add() is called per found name
        self.places = frozenset(places)
        # words a text of the audit shows to be no person (protect.audit_things): spread only after an aanspreekvorm
        self.things = frozenset(things)
        self.keys: set[str] = set()
        self.forms: set[str] = set()
        self.led: dict[str, set[tuple[str, ...]]] = {}  # surname -> the particles seen before it ("hof": ("van", "t"))
        self.led_only: set[str] = set()  # forms applied only after their particles ("tiel" of "van tiel")
        self.free: set[str] = set()  # forms a find without particles made a name everywhere
        self.street_persons: set[str] = set()  # surnames shaped like a street, found as a person's ("mevrouw Koolhoven")
        self.initialisms: set[str] = set()  # the letters of a found double first name ("pb" of "Pieter-Bas")
        self.lower_people: set[str] = set()  # word-names this audit types lowercase for a person only (spread_lowercase)
        self.word_names: set[str] = set()  # word-names this audit uses as the word somewhere ("de roos")
        self.person_surnames: set[str] = set()  # surnames found after a first name or an aanspreekvorm ("Gerrit Vos")
        for key in keys:
            self.add(key, particles, honorific=True)  # the toetser's own "naam": as strong as a title

    def place(self, form: str) -> bool:
        """A form that is a place of the lists or of this audit."""
        return form in self.places or (listed_place(form, self.lexicon) and form not in self.lexicon.first)

    def add(self, key: str, particles: set[str] | None = None, *, honorific: bool = False, weak: bool = False) -> None:
        """Add a found name. `honorific`: an aanspreekvorm led it ("mevrouw Veere"); `weak`: a role led
        it or it came from an e-mail address (see the class's docstring for what that changes)."""
        if particles is None:
            particles = self._particle_set
        key = fold(key).strip()
        if not key:
            return
        self.keys.add(key)
        parts = [p.strip(".'") for p in key.replace("-", " ").split()]
        words = key.split()
        lex = self.lexicon
        # the surname of "mark storm" or "van 't hof" is a name although it is a word: applied where it
        # is capitalised (and at a sentence start only where it is used as a person)
        surname = words[-1] if len(words) > 1 and "-" not in words[-1] and (words[0] in lex.first or words[-2] in particles) else ""
        k = len(words) - 1
        while k > 0 and words[k - 1] in particles:
            k -= 1
        if k < len(words) - 1:
            self.led.setdefault(words[-1], set()).add(tuple(words[k:-1]))
        if not weak and len(words) == 1 and len(key) == 2 and key.isalpha() and not any(c in "aeiouy" for c in key) and key not in _BODY_ABBREVIATIONS:
            self.initialisms.add(key)  # "mj" found ("mj = marjolein"): "groet mj", "antwoord mj" elsewhere, though shorthand looks alike
        elif not weak and "-" in words[0] and (letters := self._initialism(words[0])):
            self.initialisms.add(letters)
            self.free.add(letters)
            self.forms.add(letters)
        for n, part in enumerate(parts):
            if len(part) < 2 or part in particles or (part in self.lexicon.prefixes and not (len(parts) == 1 and part in lex.first)):
                continue  # "Ben-Ali" makes no name of "ben" (a "Ben" found alone is one)
            if len(parts) > 1 and part not in lex.first and part not in lex.last and _NO_VOWEL.fullmatch(part) and not (len(parts) == 2 and n == 1 and parts[0] in lex.first):
                continue  # "@dwayne.jw.hgv", "JC De Kolk": a unit's letters beside a name are no name ("Kevin Ng", "Wouter KG" are)
            if n == 0 and len(parts) > 2 and lex.ordinary(part) and part not in lex.first and parts[1] in lex.first:
                continue  # "Zaal Toon Hermans": the noun before a named person's name
            if len(parts) > 1 and lex.dutch(part) and part not in lex.first and part not in lex.last and part != surname:
                continue  # "hr-medewerker" makes no name of "medewerker"
            if part in self.things and not honorific:
                continue  # "Eemhart" of "@sterre.jw.eemhart": the audit names the organisation "Stichting Welzijn Eemhart"
            place = self.place(part)
            if (place or lex.dutch(part)) and part == words[-1] and k < len(words) - 1 and "-" not in part:
                self.led_only.add(part)  # "van tiel", "van wijk": bare "Tiel", "Wijk" stay the place, the word
                self.forms.add(part)
                if not weak and (honorific or words[0] in lex.first):
                    self.person_surnames.add(part)  # "Vera de Wit": "de wit heeft …" opening a note is her
                continue
            person = len(words) > 1 and words[0] in lex.first and (part == words[-1] or part == words[0])  # "cornelis hoogland"
            if place and not honorific and (weak or not person):
                continue  # "jongerenwerker Veere", "wijkteam.culemborg@", the "Lingehuis" of "Lingehuis Hylke Bosma" ("@kerem.tiel" spreads: a first name leads it)
            self.free.add(part)
            self.forms.add(part)
            if not weak and part == words[-1] and ((person and n > 0) or (honorific and len(words) == 1)):
                self.person_surnames.add(part)  # "Gerrit Vos", "mevrouw Kok": "vos heeft …" opening a note is the person
            if (honorific or person) and self.lexicon.street(part):
                self.street_persons.add(part)

    def _initialism(self, first: str) -> str:
        """The initials a double first name goes by in notes ("Pieter-Bas" -> "pb": "PB zegt toe",
        "overleg met PB", "P.B."; "bart-jan" -> "bj"), or "": letters that spell an abbreviation, a
        word or a body ("Jan-Willem" -> "jw", the jongerenwerk's) are never spread."""
        lex = self.lexicon
        if not double_first(first, lex):
            return ""
        letters = "".join(b[0] for b in first.split("-"))
        if len(letters) != 2 or not letters.isalpha() or spells_abbreviation(letters, lex) or lex.ordinary(letters) or letters in lex.function_words:
            return ""
        if letters in _BODY_ABBREVIATIONS or letters in lex.titles or letters in lex.note_shorthand or letters in lex.first or letters in lex.last:
            return ""
        return letters

    def pattern(self) -> re.Pattern[str]:
        """Any form as a word in folded text (a fast first look before the token check)."""
        if getattr(self, "_pattern_for", None) != len(self.forms):
            self._pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, longest_first(self.forms))) + ")")
            self._pattern_for = len(self.forms)
        return self._pattern

    def _particles_before(self, toks: list[_Tok], i: int, base: str, start: int) -> int:
        """Where a found surname starts with the particles it was found with ("van 't Hof" found, a
        later "van 't Hof" replaced whole, not only "Hof")."""
        # the longest particle run first ("van der" before "der"): the outcome must not hang on a set's order
        for led in longest_first(self.led.get(base, ())):
            n = len(led)
            if i >= n and all(toks[i - n + k].fold == p for k, p in enumerate(led)) and all(toks[x].adj for x in range(i - n + 1, i + 1)):
                return toks[i - n].start
        return start

    def spans(self, toks: list[_Tok], lex: Lexicon, skip: Collection[int] = ()) -> list[_Raw]:
        """Where a found name's form occurs in `toks`, except the words in `skip` (a street, a title)."""
        out = []
        forms = self.forms
        for i, t in enumerate(toks):
            if len(t.text) == 1 and self.initialisms and (dotted := self._dotted_initialism(toks, i)):
                dot = i + 2 < len(toks) and toks[i + 2].gap[:1] == "."  # the closing dot, where a word follows
                out.append((t.start, toks[i + 1].end + dot, SOURCE_FOUND, dotted, "", -1))  # "navragen bij E.J." after "Erik-Jan"
                continue
            if i in skip and not (t.fold in self.street_persons and self._person_not_street(toks, i)) and t.fold not in self.initialisms:
                continue  # a street, a title; but "Koolhoven wil…" after "mevrouw Koolhoven" is the person, no street (nor "bj" of a found "bart-jan": shorthand)
            if t.fold in self.initialisms and _speaker_mark(toks, i):
                continue  # "EJ: 'top, gedaan'", "11:58 bj over de schulden: '…'": a note's mark of who speaks or writes
            if "-" not in t.text:  # a quick look first: a word that is no form (nor its possessive) is skipped below anyway
                f = t.fold
                if (f[:-2] if f.endswith("'s") else f) not in forms and not (f.endswith("s") and f[:-1] in forms):
                    continue
            if t.initial and t.cap and lex.ordinary(t.low.removesuffix("'s")) and used_as_word(toks, i, lex):
                continue  # "Kok en bediening", "Mark in het systeem", "Fleur de kamer wat op"
            if i + 1 < len(toks) and toks[i + 1].gap[:1] == "-" and toks[i + 1].gap.endswith(" ") and lex.ordinary(t.low):
                continue  # "Lente- en zomerprogramma", "Storm- en waterschade": the head of a compound cut short
            hyphen_word = "-" in t.text and any((lex.ordinary(b) or fold(b) in lex.never) and b not in lex.first and b not in lex.last for b in t.low.split("-"))
            for word, start, end in _parts_of(t):
                if hyphen_word and (not word.cap or lex.ordinary(word.low)):
                    continue  # "hans-worst", "Iris-scan": a compound with a Dutch word, not a name
                f = word.fold
                base = f[:-2] if f.endswith("'s") else f
                if base not in self.forms and not (f.endswith("s") and f[:-1] in self.forms and f[:-1] not in self.initialisms and not lex.ordinary(word.low)):
                    continue
                if base not in self.forms:
                    base = f[:-1]
                if word is t and f == base and i and t.adj and toks[i - 1].fold in _ARTICLES and (base in lex.first or lex.ordinary(base)) and not any(led[-1] == toks[i - 1].fold for led in self.led.get(base, ())):
                    continue  # "in De Roos", "de Sint", "Het Roosje" after "Roos Bakker", "Klaas Sint": a first name or word never found after "de" ("de Stokkers" is the family)
                if base in self.led_only and base not in self.free and self._particles_before(toks, i, base, start) == start:
                    continue  # "locaties Tiel" after "dhr. van Tiel"
                if (base in self.led_only or self.place(base)) and place_context(toks, i, lex, self.place):
                    continue  # "in Veere" after "mevrouw Veere"
                if word.cap or word.allcaps or not lex.ordinary(word.low.removesuffix("'s")) or (word is t and acting_lowercase(toks, i, lex)):
                    out.append((self._particles_before(toks, i, base, start), end, SOURCE_FOUND, base, "", -1))
                elif word is t and (whole := self._whole_key_at(toks, i)):
                    key = " ".join(x.fold for x in toks[i:whole])
                    out.append((t.start, toks[whole - 1].end, SOURCE_FOUND, key, "", -1))  # "roos bakker" after "Roos Bakker"
                elif base in self.lower_people and word is t and f == base and not _word_slot(toks, i, lex, self.word_names):
                    out.append((start, end, SOURCE_FOUND, base, "", -1))  # "weekly met lies" where the audit types "lies" for a person
                elif word is t and f == base and base in self.person_surnames and (t.initial or (i and toks[i - 1].initial)):
                    p0 = self._particles_before(toks, i, base, start)
                    j = i - 1 if i and toks[i - 1].start == p0 else i - 2 if i > 1 and toks[i - 2].start == p0 else i
                    if note_surname_acting(toks, j, i, lex):
                        out.append((p0, end, SOURCE_FOUND, base, "", -1))  # "vos heeft geen mail" after "Gerrit Vos"
        return out

    def spread_lowercase(self, found: Iterable[tuple[str, str, int]], texts: Iterable[tuple[str, list[_Tok]]]) -> None:
        """Round 14 (tuner C): a first name that is also a word ("lies", "fleur", "mark"), which this
        audit names as a person in two texts or more (found typed lowercase: "lies belde nog na",
        "volgens lies …"; found as the first name of a full name: "Lies de Wit"; or capitalised inside
        a sentence: "Liesbeth (Lies) van Wijk"), once at least found by a rule, and which no text of
        the audit uses as the word ("de fleur", "een roos", "roos en lavendel"), is that person wherever
        it is typed lowercase outside a word's slot ("weekly met lies", "14:02 einde lies", "door lies
        geschreven"). `found`: (text, found name, its start) of the first pass; `texts`: (text, its
        words). A verb-name ("wil", "ben") or a month ("mei") never spreads so: "ik ben er", "in mei"."""
        lex = self.lexicon
        texts_of: dict[str, set[str]] = {}
        for text, name, start in found:
            words = name.split()
            w = words[0] if words else ""
            if not (w.islower() or len(words) > 1) or not w.isalpha() or len(w) < 3:
                continue
            low = w.lower()
            if low in lex.first and lex.ordinary(low) and low not in VERB_NAMES and low not in MONTHS and low not in lex.function_words and low not in lex.person_verbs:
                if (m := _LAST_WORD.search(text[max(0, start - 12) : start])) and m.group(1).lower() in SALUTATIONS:
                    continue  # "Hoi allen,": a greeting's word, no evidence of a person
                texts_of.setdefault(low, set()).add(text)
        candidates = {w for w in texts_of if w in self.forms}
        if not candidates:
            return
        words = _word_firsts(lex)
        held: list[tuple[str, list[_Tok], set[str]]] = []
        for text, toks in texts:
            here = words.intersection(map(low_of, toks))
            if not here:
                continue
            for i, t in enumerate(toks):
                if t.low in here and not t.cap and t.low not in self.word_names and _word_slot(toks, i, lex):
                    self.word_names.add(t.low)  # "de fleur van de wijk", "de roos in de tuin": in this audit the word too
            if not candidates.isdisjoint(here):
                held.append((text, toks, here))
        candidates -= self.word_names
        for text, toks, here in held:
            for i, t in enumerate(toks):
                if t.low not in candidates or t.low not in here:
                    continue
                if not t.cap and _word_slot(toks, i, lex, self.word_names):
                    candidates.discard(t.low)  # "roos en iris groeien" where "de roos" is the flower
                elif t.cap and not t.allcaps and i and toks[i - 1].fold not in _ARTICLES and (not t.initial or (t.gap.strip() == "(" and toks[i - 1].low in lex.first)):
                    texts_of[t.low].add(text)  # "Liesbeth (Lies) van Wijk", "met Lies": no sentence's start, no "De Roos"
        self.lower_people |= {w for w in candidates if len(texts_of[w]) > 1}

    def _dotted_initialism(self, toks: list[_Tok], i: int) -> str:
        """A found double first name's initials written with dots from toks[i] ("E.J." after "Erik-Jan"),
        no more initials around them ("A.E.J." is another's): the letters, or ""."""
        t = toks[i]
        if i + 1 >= len(toks) or not t.text.isupper() or toks[i + 1].gap != "." or len(toks[i + 1].text) != 1 or not toks[i + 1].text.isupper():
            return ""
        letters = t.fold + toks[i + 1].fold
        if letters not in self.initialisms or t.gap.strip() == "." or (i + 2 < len(toks) and toks[i + 2].gap == "." and len(toks[i + 2].text) == 1):
            return ""
        return letters

    def _person_not_street(self, toks: list[_Tok], i: int) -> bool:
        """toks[i], a surname shaped like a street that the audit found as a person's, stands as the
        person here: no house number after it, no article or preposition of place before it."""
        if i + 1 < len(toks) and toks[i + 1].gap.lstrip()[:1].isdigit():
            return False
        if i and toks[i - 1].fold in _ARTICLES:
            return False
        return not place_context(toks, i, self.lexicon, self.place)

    def _whole_key_at(self, toks: list[_Tok], i: int) -> int:
        """A found full name typed whole in lowercase from toks[i] ("roos de wit" after "Roos de
        Wit"): the index after it, or 0. Its parts may all be words; together they are the person."""
        for n in (2, 3, 4):
            if i + n > len(toks) or not all(toks[k].adj for k in range(i + 1, i + n)):
                return 0
            if " ".join(x.fold for x in toks[i : i + n]) in self.keys:
                return i + n
        return 0


# quantities before a word as a noun: "wat fleur", "veel storm"
_QUANTITIES = frozenset({"wat", "veel", "weinig", "meer", "minder", "geen", "elke"})


def _word_slot(toks: list[_Tok], i: int, lex: Lexicon, words: Collection[str] = ()) -> bool:
    """toks[i], a lowercase first name that is also a word, stands where the word does: after an
    article, a possessive or a quantity ("de roos", "zijn fleur", "wat fleur"), before an article
    ("mark het formulier"), as the head of a compound typed apart ("iris scan"), or in a list with a lowercase word of no first-name list ("roos en
    lavendel", "drums en bas", "bas, drumstel en versterkers"; `words`: the word-names the audit uses
    as words, "roos en iris" where "de roos" is the flower)."""
    n = len(toks)
    if i and toks[i].adj and (toks[i - 1].fold in _DETERMINERS or toks[i - 1].fold in _QUANTITIES):
        return True
    if i > 1 and toks[i].adj and toks[i - 1].adj and toks[i - 2].fold in _DETERMINERS and toks[i - 1].low.endswith("e") and lex.ordinary(toks[i - 1].low):
        return True  # "een grote linde", "een getekende roos": an adjective between
    if i + 1 < n and toks[i + 1].adj and toks[i + 1].fold in ("de", "het", "een"):
        return True
    if i + 1 < n and toks[i + 1].adj and not toks[i + 1].cap and toks[i].low + toks[i + 1].low in lex.words:
        return True  # "iris scan", "storm schade": a compound typed apart
    if i + 2 < n and toks[i + 1].fold == "en" and toks[i + 1].adj and toks[i + 2].adj and _thing(toks[i + 2], lex, words):
        return True  # "roos en lavendel"
    if i > 1 and toks[i - 1].fold == "en" and toks[i].adj and toks[i - 1].adj and _thing(toks[i - 2], lex, words):
        return True  # "drums en bas"
    if i + 2 < n and toks[i + 1].gap.strip() == "," and _thing(toks[i + 1], lex) and (toks[i + 2].fold == "en" or toks[i + 2].gap.strip() == ","):
        return True  # "bas, drumstel en versterkers"
    return i > 1 and toks[i].gap.strip() == "," and _thing(toks[i - 1], lex) and toks[i - 1].gap.strip() == ","


def _thing(t: _Tok, lex: Lexicon, words: Collection[str] = ()) -> bool:
    """A lowercase Dutch word of no first-name list (or one of `words`): an item of a list of things ("lavendel")."""
    return not t.cap and t.low.isalpha() and (t.low not in lex.first or t.low in words) and lex.ordinary(t.low) and t.low not in lex.function_words


_WORD_FIRSTS: dict[int, frozenset[str]] = {}


def _word_firsts(lex: Lexicon) -> frozenset[str]:
    """The lowercase first names that are also everyday words ("roos", "lies", "bas"), once per lexicon."""
    if id(lex) not in _WORD_FIRSTS:
        _WORD_FIRSTS.clear()
        _WORD_FIRSTS[id(lex)] = frozenset(w for w in lex.first if lex.ordinary(w))
    return _WORD_FIRSTS[id(lex)]


_LINE_HEAD = frozenset(" \t0123456789:.[]()-\u2013\u2022*\u2192")


def _speaker_mark(toks: list[_Tok], i: int) -> bool:
    """toks[i] opens a note's line (after a time, a bullet at most) and a colon follows it within three
    lowercase words: "PB: …", "11:58 bj over schuldeisers: '…'", a mark of who speaks or writes, as
    notes sign their lines, no person named in the running text."""
    gap = toks[i].gap
    if i and "\n" not in gap:
        return False
    if not set(gap.rsplit("\n", 1)[-1]) <= _LINE_HEAD:
        return False
    for k in range(i + 1, min(i + 4, len(toks))):
        if ":" in toks[k].gap:
            return True
        if toks[k].cap or not toks[k].adj:
            return False
    return False

