"""The pattern finders: aanspreekvorm + name, initials + surname, known first names and surnames
with tussenvoegsels, possessives, lowercase first names, and capitalised candidates."""

from __future__ import annotations

import re
import unicodedata

from ..unicode_fold import Normalised, fold
from .context import (
    VERB_NAMES,
    acts_as_person,
    after_article,
    camel_name,
    coordinated_with_place,
    double_first,
    lowercase_partners,
    namelike_or_word,
    particle_tail,
    speaks,
    thing_compound,
    unknown_lowercase_speakers,
    verb_like,
)
from .lexicon import _HONORIFICS, _INITIAL, SOURCE_CANDIDATE, SOURCE_HEURISTIC, Lexicon, _Raw
from .protect import protected as _protected
from .shapes import refine, thing_head
from .tokens import _adjacent, _adjacent_gap, _match_seq, _possessive_base, _Tok, _word_after_particles, typo_of_word

# a lone particle that is also an everyday article or preposition: "de", "van" before a capitalised
# word make a surname only when that word is a known surname or at the start of a sentence
_COMMON_PHRASES = frozenset({"van de", "van het", "in de", "in het", "op de", "op den", "uit de", "uit den"})
_PERSON_PREPOSITIONS = frozenset({"met", "volgens", "door", "namens", "aan", "bij", "voor"})
_WEAK_PARTICLES = frozenset({"de", "van", "het", "te", "'t", "den", "der", "la", "le", "da", "di", "du", "do"})


def _acronym_part(t: _Tok) -> bool:
    """"KTO-uitkomsten", "HR-medewerker": a word with an abbreviation in it is no name."""
    return "-" in t.text and any(len(b) > 1 and b.isupper() for b in t.text.split("-"))


def _place_adjective(folded: str, lex: Lexicon) -> bool:
    """"rotterdams", "utrechtse", "amsterdamse": the adjective of a listed place, no name."""
    for end in ("se", "s"):
        if folded.endswith(end) and len(folded) > len(end) + 3 and folded[: -len(end)] in lex.never:
            return True
    return False


def _initial_letter(toks: list[_Tok], k: int) -> bool:
    """toks[k] is one capital letter with a dot ("Mohamed B."), or ending the text ("namens Ahmed
    B."): the initial of a surname."""
    return len(toks[k].text) == 1 and toks[k].text.isupper() and (k + 1 == len(toks) or toks[k + 1].gap.startswith("."))


# surnames that never take "van" (patronymic and Frisian endings): "van Jansen" is "from Jansen"
_NO_VAN_ENDINGS = ("sen", "sse", "sz", "ma", "stra", "inga", "ga")


def _possessive_after(toks: list[_Tok], k: int) -> bool:
    """The word at k is followed by a possessive apostrophe ("Gerrits' dossier")."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and nxt.gap.startswith(("'", "\u2019")) and nxt.gap.strip() in ("'", "\u2019")


# one capital letter joining the parts of a Surinamese-Chinese name ("Tjon A Joe", "Chin A Lien")
_NAME_JOINS = frozenset({"A"})
_NICKNAME_GAP = re.compile(r"[ \u00a0]?\(")
_FULLWIDTH = re.compile("[\uff21-\uff3a\uff41-\uff5a]")  # fullwidth Latin letters, as pasted from the web
_FORMAT_CHARS = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_OTHER_SCRIPT = re.compile("[\u0370-\u03ff\u0400-\u052f]")  # Greek, Cyrillic: a quick look before the word-by-word check


def _mixed_script(word: str) -> bool:
    """Latin and Cyrillic or Greek letters in one word ("Сara" with a Cyrillic С): a disguised name."""
    if word.isascii():
        return False
    scripts = set()
    for c in word:
        if c.isalpha():
            name = unicodedata.name(c, "")
            scripts.add("latin" if c.isascii() or name.startswith("LATIN") else name.split(" ")[0])
    return len(scripts) > 1


class Heuristic:
    """The pattern finders over one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def protected(self, toks: list[_Tok]) -> tuple[set[int], set[int]]:
        """The surely-no-person words (all, strong): see protect.protected."""
        return _protected(self.lexicon, toks)

    def _namelike(self, t: _Tok, *, after_title: str = "") -> bool:
        lex = self.lexicon
        if t.camel or _acronym_part(t):
            return False
        if t.cap:
            return True
        if lex.ordinary(t.low):  # lowercase: never an everyday word ("ik ben")
            # ... but right after an aanspreekvorm a known name is one ("meneer bakker", "collega roos")
            return after_title in _HONORIFICS and (t.low in lex.first or t.low in lex.last) and t.low not in lex.function_words and t.fold not in lex.person_verbs and t.low not in VERB_NAMES
        if t.low in lex.first or (after_title and t.low in lex.last):
            return True
        # "mevrouw kowalczyk": after an aanspreekvorm any word that is no Dutch word; after a role
        # ("stagiair hbo-sw") only a known name
        return after_title in _HONORIFICS and len(t.low) > 2 and "-" not in t.low and not lex.dutch(t.low)

    def _surname_after(self, toks: list[_Tok], j: int, protected: set[int], strong: set[int] | None = None) -> int:
        """Index after a surname starting at toks[j] (with tussenvoegsels), or j when there is none.
        With `strong` (the surely-no-person words), a one-word place right after a first name is the
        surname ("Ingrid Hoogeveen"): many Dutch surnames are place names."""
        lex = self.lexicon
        k = j
        if strong is not None and k in protected and k not in strong and k < len(toks) and k > 0:
            t, prev = toks[k], toks[k - 1]
            if (
                t.cap and not t.allcaps and not t.camel and not t.initial and _adjacent(toks, k - 1, k)
                and prev.low in lex.first and not lex.ordinary(prev.low) and t.fold not in lex.bank_words
                and _match_seq(toks, k, lex.never) <= 1 and t.low not in lex.words
            ):
                return k + 1
        if k + 1 < len(toks) and toks[k].text in _NAME_JOINS and k > 0 and toks[k - 1].cap and _adjacent(toks, k - 1, k + 1):
            nxt = toks[k + 1]  # "Tjon A Joe", "Chin A Lien": a Surinamese-Chinese name in parts
            if nxt.cap and not nxt.allcaps and not nxt.camel and nxt.fold not in lex.bank_words:
                return k + 2
        tv = _match_seq(toks, k, lex.tussenvoegsels)
        if tv and k + tv < len(toks) and _adjacent(toks, k - 1, k):
            nxt = toks[k + tv]
            if nxt.cap and not nxt.initial and (k + tv not in protected or nxt.low in lex.last) and not nxt.camel and not _acronym_part(nxt) and _adjacent(toks, k, k + tv):
                return k + tv + 1
        if k < len(toks) and k > 0 and _initial_letter(toks, k) and toks[k - 1].low in lex.first and toks[k - 1].cap and _adjacent(toks, k - 1, k):
            return k + 1  # "Mohamed B.": a first name and the initial of the surname
        if k < len(toks):
            t = toks[k]
            if t.cap and not t.initial and (k not in protected or t.low in lex.last) and not t.camel and not t.allcaps and not _acronym_part(t) and _adjacent(toks, k - 1, k):
                if t.low in lex.last or t.low in lex.first or not lex.dutch(t.low):
                    return k + 1
                prev = toks[k - 1] if k > 0 else None
                # "René Doornbos", "volgens Mark Storm": after a first name, a capitalised word mid-sentence
                # is the surname (also after a first name that is a word, when that is capitalised mid-sentence)
                if (
                    prev is not None and (prev.low in lex.first or double_first(prev.low, lex)) and (not lex.ordinary(prev.low) or (prev.cap and not prev.initial))
                    and t.fold not in lex.bank_words and t.fold not in lex.never and not lex.place_like(t.fold) and not thing_head(t, lex)
                ):
                    return k + 1
        return j

    def _chain(self, toks: list[_Tok], end: int, i: int, protected: set[int], strong: set[int]) -> int:
        """A name goes on after its first surname or second first name: "Maria José da Silva Santos",
        "Yılmaz-de Boer" (a part ending in a particle takes the next capitalised word)."""
        lex = self.lexicon
        while end < len(toks) and end - i < 6:
            last = toks[end - 1]
            if "-" in last.text and last.fold.rsplit("-", 1)[-1] in lex.tussenvoegsels and toks[end].cap and _adjacent(toks, end - 1, end):
                end += 1
                continue
            if end - i < 2 and last.low not in lex.first:
                break  # one name only so far and no first name: nothing to chain
            nxt = self._surname_after(toks, end, protected, strong)
            if nxt == end:
                break
            end = nxt
        return end

    def _lower_surname_after(self, toks: list[_Tok], j: int, *, particle_only: bool = False) -> int:
        """After a lowercase first name, a lowercase surname ("marek kowalczyk", "anouk bakker",
        "sanne de wit"), or j. `particle_only`: the first name is also a word ("bas"), so only a
        surname behind a long particle counts ("bas van der laan")."""
        lex = self.lexicon
        k = _word_after_particles(toks, j, lex)
        if k is None:
            return j
        tv = k - j
        t = toks[k]
        if t.cap or "'" in t.text or t.low in lex.everyday:
            return j
        if particle_only:
            return k + 1 if tv > 1 and t.low in lex.last else j
        if tv and self._lower_particle_surname(toks, j, tv):
            return k + 1  # "ilse van wijngaarden", "sanne ter horst": a first name, particles, a surname
        # a known surname, or a word of no list ("ingrid hoogeveen": a compound, but no word of its own)
        if self._name_bits(t) or t.low in lex.last or (len(t.low) > 4 and t.low not in lex.words and t.fold not in lex.bank_words and not typo_of_word(t.low, lex)):
            return k + 1
        return j

    def _lower_particle_surname(self, toks: list[_Tok], j: int, tv: int) -> bool:
        """After a lowercase first name and particles, a lowercase surname: a known surname, a village
        (many Dutch surnames are: "van wijngaarden"), a word of no list; after a particle that is no
        preposition ("van der", "ter") any word. Never a bank term, role or big place ("sanne van
        de gemeente", "mo van het jongerenwerk", "jan van amsterdam")."""
        lex = self.lexicon
        t = toks[j + tv]
        particle = " ".join(x.fold for x in toks[j : j + tv])
        if len(t.low) < 3 or t.low in lex.function_words or t.fold in lex.bank_words or t.fold in lex.titles or t.fold in lex.fixed_places:
            return False
        if t.low in lex.last or (t.fold in lex.never and _match_seq(toks, j + tv, lex.never) == 1) or not lex.dutch(t.low):
            return True
        return particle not in _COMMON_PHRASES and particle not in _WEAK_PARTICLES and particle not in ("van het", "van de")

    def _wordlike(self, t: _Tok) -> bool:
        """Every part a Dutch word, a listed phrase or a bank term ("Wmo-consulent")."""
        lex = self.lexicon
        return all(lex.dutch(b) or b in lex.never or b in lex.bank_words or _place_adjective(b, lex) for b in t.fold.split("-") if b)

    def _name_bits(self, t: _Tok) -> bool:
        """A hyphenated name: "al-hassan", "Abdel-Rahman", "Jansen-Öztürk", "mulder-de": a name prefix
        before a name-like part, or parts that are all names or particles, at least one a surname or
        first name that is no everyday word."""
        if "-" not in t.text or _acronym_part(t):
            return False
        lex = self.lexicon
        bits = t.low.split("-")  # names are looked up as written, particles folded
        folded = [fold(b) for b in bits]
        if folded[0] in lex.prefixes and len(bits) == 2 and len(bits[1]) > 2:
            b = bits[1]
            return b in lex.first or b in lex.last or not lex.dutch(b)
        names = [b for b in bits if b in lex.first or b in lex.last]
        particles = [f for f in folded if f in lex.tussenvoegsels or f in lex.prefixes]
        if not names or len(names) + len(particles) < len(bits) and not (t.cap and all(b in names or f in particles or not (lex.dutch(b) or f in lex.never) for b, f in zip(bits, folded))):
            return False
        # lowercase: a particle or prefix in it ("mulder-de") or a part that is no everyday word
        return t.cap or bool(particles) or any(not lex.ordinary(b) for b in names)

    def _particle_name(self, toks: list[_Tok], i: int, protected: set[int], strong: set[int]) -> int:
        """A surname led by its particles, also at the start of a line ("Van der Linden zegt", "van
        der Linden:", "El Idrissi"): the index after it, or i."""
        lex = self.lexicon
        tv = _match_seq(toks, i, lex.tussenvoegsels)
        k = i + tv
        if not tv or k >= len(toks) or not _adjacent(toks, i, k) or k in strong:
            return i
        t = toks[k]
        if not t.cap or t.initial or t.camel or t.allcaps or _acronym_part(t) or lex.street(t.fold) or thing_compound(t, lex):
            return i
        particle = " ".join(x.fold for x in toks[i:k])
        if toks[i].initial and t.low not in lex.last and lex.dutch(t.low) and k + 1 < len(toks) and toks[k + 1].gap.strip().startswith(":"):
            return i  # "Ter Info:", "Ten Slotte:": a fixed phrase heading a line, no surname
        if toks[i].cap and toks[i].initial and (particle not in _WEAK_PARTICLES or (particle == "van" and (k in protected or t.low in lex.last or not lex.dutch(t.low)))) and particle not in _COMMON_PHRASES and k + 1 < len(toks) and verb_like(toks[k + 1], lex) and t.fold not in lex.fixed_places:
            return k + 1  # "Ter Haar is aanspreekpunt", "Van Haren zegt": a particle opening the sentence, a person's verb
        if t.low in lex.first and (t.low not in lex.last or not toks[i].cap):
            return i  # "Van Nadia hoorden we", "de casus van Kevin": a first name after a preposition
        if not toks[i].cap and any(x.cap for x in toks[i + 1 : k]) or (t.fold.endswith(lex.org_words) and t.low not in lex.last):
            return i  # "bewoners van Het Zonnehuis": a building's name after a preposition
        known = t.low in lex.last or self._name_bits(t)
        if not known and particle == "de" and toks[i].cap and t.fold in lex.de_surnames and t.low not in lex.first and i > 0 and toks[i - 1].fold in _PERSON_PREPOSITIONS:
            known = True  # "bij De Klerk langs", "met De Haas": a common "de" surname after a person's preposition
        if not known and toks[i].cap and toks[i].initial and t.low.endswith("s") and t.low[:-1] in lex.last and t.fold not in lex.never:
            known = True  # "Van Dijks notitie": a possessive at a sentence start
        if k in protected and not (known and (particle != "van" or toks[i].initial)):
            return i  # "van Dongen" (from the place) mid-sentence; "Van Dongen zegt", "de Vries", "van der Linden" are names
        if particle in _WEAK_PARTICLES:
            # "de Vries", "Van Dijk" (a known surname), "Van Wezel zegt" (a sentence opening with a
            # capitalised particle); "de Efteling" stays a lone candidate
            if not (known or (toks[i].cap and toks[i].initial and not self._wordlike(t))):
                return i  # "De Wmo-consulent" is no name
        elif not known and (particle in _COMMON_PHRASES and self._wordlike(t) or t.fold in lex.never or t.fold in lex.bank_words):
            # "van der", "ter" + a capitalised word is a surname ("Van der Kolk"); "van de" + a Dutch
            # word is mostly a preposition ("de brief van de Belastingdienst")
            return i
        if not known and lex.place_like(t.fold):
            return i
        if particle == "van" and not toks[i].cap and not toks[i].initial and (t.low.endswith(_NO_VAN_ENDINGS) or _possessive_after(toks, k)):
            return i  # "Beoordeling van Gerrits' dossier", "de brief van Jansen": "van" is the preposition
        return k + 1

    def spans(self, n: Normalised, toks: list[_Tok]) -> tuple[list[_Raw], set[int]]:
        """The names found, and the words that are surely no person (streets, titles, idioms)."""
        lex = self.lexicon
        protected, strong = self.protected(toks)
        out: list[_Raw] = []
        covered: set[int] = set()

        def emit(i: int, j: int, source: str, name_from: int, title: str = "") -> None:
            covered.update(range(i, j))
            key = " ".join(_possessive_base(t, lex) if k == j - 1 else t.fold for k, t in enumerate(toks[name_from:j], start=name_from))
            out.append((toks[name_from].start, toks[j - 1].end, source, fold(key), title, toks[i].start if title else -1))

        # 1. aanspreekvorm or role + name ("mevrouw Bakker", "collega mo", "familie Öztürk")
        for i, t in enumerate(toks):
            if i in covered or t.fold not in lex.titles:
                continue
            k = _match_seq(toks, i, lex.titles)
            if not k or i + k >= len(toks):
                continue
            title = " ".join(x.fold for x in toks[i : i + k])
            j = i + k
            # initials ("dhr. J.P. Smit") are not tokens: skip them in the clean text
            gap = n.text[toks[j - 1].end : toks[j].start]
            if "\n" in gap or any(c in gap for c in ",;:()") or not _adjacent_gap(gap):
                continue
            tv = _match_seq(toks, j, lex.tussenvoegsels) if title in _HONORIFICS else 0
            # after a particle that is no preposition ("van 't", "van der", "ter") any word is the surname
            strong_tv = tv > 0 and j + tv < len(toks) and " ".join(x.fold for x in toks[j : j + tv]) not in _WEAK_PARTICLES | _COMMON_PHRASES and toks[j + tv].low not in lex.function_words and toks[j + tv].fold not in lex.bank_words
            if tv and j + tv < len(toks) and (toks[j + tv].cap or toks[j + tv].low in lex.last or self._name_bits(toks[j + tv]) or strong_tv):
                j2 = j + tv  # "mevrouw van Dijk", "collega van den heuvel"
            else:
                j2 = j
            name = toks[j2]
            if name.allcaps and title not in _HONORIFICS:
                continue  # "stagiaire MWD", "consulent WMO": an abbreviation after a role ("dhr. PIETERSEN" is a name)
            if name.fold in _HONORIFICS or name.initial:
                continue  # "mr. drs. E.W. Bosveld": a title after a title; "de teamleider. Een voorbeeld": a new sentence
            # after a role or aanspreekvorm a one-word village is the surname ("voorzitter Zwanenburg"),
            # never a listed place, area or body ("teamleider Overvecht", "coördinator Noord")
            village = j2 in protected and j2 not in strong and name.cap and not name.allcaps and _match_seq(toks, j2, lex.never) <= 1 and name.fold not in lex.fixed_places
            bits = self._name_bits(name)  # "mw. de jong-van dijk"
            if (j2 in protected and name.low not in lex.last and name.low not in lex.first and not village) or not (bits or self._namelike(name, after_title=title) or (j2 > j and (name.low in lex.last or strong_tv))):
                continue
            if name.cap and name.low not in lex.last and name.low not in lex.first and lex.dutch(name.low) and not village:
                if name.initial or title not in _HONORIFICS:
                    continue  # "teamleider Jongerenwerk", "collega. Daarna": a word, not a name
            end = j2 + 1
            if bits and name.fold.rsplit("-", 1)[-1] in lex.tussenvoegsels and end < len(toks) and _adjacent(toks, j2, end):
                end += 1  # "de jong-van dijk": the hyphenated name goes on after its particle
            elif name.cap:  # "jongerenwerker Dave Wijnaldum": a village after the first name is the surname
                end = self._surname_after(toks, end, protected, strong)
            elif name.low in lex.first:  # "collega lisa de graaf"
                end = self._lower_surname_after(toks, end)
            emit(i, end, SOURCE_HEURISTIC, j, title)
        # 2. initials + surname ("J.P. Smit", "A. de Vries")
        for m in _INITIAL.finditer(n.text):
            after = m.end()
            j = next((x for x, t in enumerate(toks) if t.start >= after), None)
            if j is not None and j + 1 < len(toks) and _NICKNAME_GAP.fullmatch(n.text[after : toks[j].start]) and toks[j].cap:
                # "E.W. (Evert) Bosveld": initials, the name used in brackets, the surname
                tv = _match_seq(toks, j + 1, lex.tussenvoegsels)  # "A.M. (Annemarie) van Rossum"
                k = j + 1 + tv if tv and j + 1 + tv < len(toks) and _adjacent(toks, j + 1, j + 1 + tv) else j + 1
                sur = toks[k]
                if n.text[toks[j].end : toks[j + 1].start] in (") ", ")\u00a0") and sur.cap and not sur.allcaps and sur.fold not in lex.bank_words:
                    k = particle_tail(toks, k, lex)
                    covered.update(range(j, k + 1))
                    out.append((m.start(), toks[k].end, SOURCE_HEURISTIC, fold(" ".join(x.fold for x in toks[j : k + 1])), "", -1))
                    continue
            if j is None or j in covered or not _adjacent_gap(n.text[after : toks[j].start]):
                continue
            if m.start() > 0 and (n.text[m.start() - 1].isalnum()):
                continue
            tv = _match_seq(toks, j, lex.tussenvoegsels)
            k = j + tv if tv and j + tv < len(toks) and toks[j + tv].cap else j
            t = toks[k]
            if (k in protected and t.low not in lex.last) or not t.cap or t.camel or t.allcaps:
                continue
            if (t.low in lex.words and t.low not in lex.last and m.group().count(".") < 2) or t.fold in lex.bank_words:
                continue  # after initials a compound of no word list is a surname ("G. Roelofsen"), after two any word ("J.W. Hofstede")
            k = particle_tail(toks, k, lex)
            covered.update(range(j, k + 1))
            out.append((m.start(), toks[k].end, SOURCE_HEURISTIC, fold(" ".join(x.fold for x in toks[j : k + 1])), "", -1))
        # 3a. a capitalised word with a format character inside ("Hooge\u00adveen" pasted from Word)
        # that is no Dutch word nor bank term: a disguised name, also when it is a place
        if not n.original.isascii() and (_FORMAT_CHARS.search(n.original) or _FULLWIDTH.search(n.original)):
            for i, t in enumerate(toks):
                if i in covered or i in strong or not t.cap or t.allcaps or t.camel or len(t.text) < 3:
                    continue
                s, e = n.span(t.start, t.end)
                if _FORMAT_CHARS.search(n.original[s:e]):
                    disguised = t.low not in lex.words
                else:  # fullwidth: a known name ("Ｂａｋｋｅｒ"), even a word, or an unknown word ("Ｗｍｏ-consulent" is known)
                    disguised = _FULLWIDTH.search(n.original[s:e]) is not None and (t.low in lex.first or t.low in lex.last or not self._wordlike(t) or ("-" not in t.low and t.low not in lex.words))
                if disguised and t.fold not in lex.bank_words:
                    emit(i, self._surname_after(toks, i + 1, set()), SOURCE_HEURISTIC, i)
        # 3. a word in two scripts ("Сara" with a Cyrillic С): a disguised name, with its surname
        if not n.original.isascii() and _OTHER_SCRIPT.search(n.original):
            for i, t in enumerate(toks):
                if i in covered or not (t.cap or not lex.dutch(t.low)):
                    continue  # a capitalised word, or a lowercase one of no word list ("kwаsibah")
                s, e = n.span(t.start, t.end)
                if _mixed_script(n.original[s:e]):
                    emit(i, self._surname_after(toks, i + 1, set()), SOURCE_HEURISTIC, i)
        # 4. a surname led by its particles ("Van der Linden zegt", "van der Linden:", "El Idrissi")
        for i, t in enumerate(toks):
            if i in covered or i in protected or t.fold not in lex.tussenvoegsels:
                continue
            if not t.cap and t.fold in lex.prefixes and i + 1 < len(toks) and _adjacent(toks, i, i + 1):
                nxt = toks[i + 1]  # "el khatib", "al hassan": an Arabic particle before a surname, typed lowercase
                if not nxt.cap and nxt.low in lex.last and not lex.ordinary(nxt.low):
                    emit(i, i + 2, SOURCE_HEURISTIC, i)
                    continue
            if i > 0 and _adjacent(toks, i - 1, i) and toks[i - 1].low in lex.first:
                continue  # "Anja de Vries": the first name's rule takes it whole
            if i + 1 >= len(toks) or not (toks[i + 1].cap or (i + 2 < len(toks) and toks[i + 2].cap)):
                continue  # "de", "van" before a lowercase word: the common case, no name
            end = self._particle_name(toks, i, protected, strong)
            if end > i:
                emit(i, end, SOURCE_HEURISTIC, i)
        # 5. known first names and surnames, possessives, lowercase first names
        first = lex.first
        for i, t in enumerate(toks):
            if t.camel and i not in covered and i not in protected and camel_name(t, lex):
                emit(i, i + 1, SOURCE_HEURISTIC, i)  # "SanneJansen" in a file name
                continue
            if i in covered or i in protected or t.camel:
                continue
            low = t.low
            if not t.cap and not t.allcaps and "-" not in low and low not in first and low[:-1] not in first and low[:-2] not in first:
                continue  # a lowercase word that is no first name (nor its possessive): most words
            if self._name_bits(t):  # "al-hassan", "Abdel-Rahman", "mulder-de graaf", "Öztürk-de Vries"
                end = i + 1
                if t.fold.rsplit("-", 1)[-1] in lex.tussenvoegsels and i + 1 < len(toks) and _adjacent(toks, i, i + 1):
                    nxt = toks[i + 1]
                    if nxt.low in lex.last or (nxt.cap and not lex.dutch(nxt.low)):
                        end = i + 2
                else:
                    end = self._surname_after(toks, i + 1, protected) if t.cap else self._lower_surname_after(toks, i + 1)
                emit(i, end, SOURCE_HEURISTIC, i)
                continue
            parts = [t] if "-" not in t.text else None
            base = _possessive_base(t, lex)
            if t.allcaps and (len(t.text) < 3 or base in lex.bank_words or t.fold in lex.bank_words):
                continue
            is_first, is_last = base in lex.first, base in lex.last
            if parts is None:  # "Jansen-Öztürk", "Anne-Marie": every part must be name-like
                bits = t.low.split("-")
                is_first = all(b in lex.first for b in bits)
                is_last = not is_first and all(b in lex.last or b in lex.first or not (lex.dutch(b) or fold(b) in lex.never) for b in bits) and any(b in lex.last for b in bits)
            if t.cap or t.allcaps:
                if is_first and not is_last and lex.ordinary(base) and after_article(toks, i, lex):
                    continue  # "In de Zomer", "tot de Hemel": a word after an article, no first name
                if is_first:
                    full = 0
                    if t.initial and lex.ordinary(base):
                        nxt = self._surname_after(toks, i + 1, protected)
                        if nxt == i + 1 and i + 1 < len(toks) and i + 1 not in protected and namelike_or_word(toks[i + 1], lex) and (
                            toks[i + 1].low not in lex.words or (i + 2 < len(toks) and verb_like(toks[i + 2], lex))
                        ):
                            # "Mark Storm zegt…": a first name, a surname that is a word, a verb; "SW: Jasmijn
                            # Oudshoorn": a surname of no word list (a compound at most) needs no verb
                            full = i + 2
                        # a word of the word list only ("Winter", "Storm"), not a curated name-word ("Bas"):
                        # "is"/"heeft" after it do not make it a person ("Winter is de drukste periode")
                        elif nxt == i + 1 and not acts_as_person(toks, i, lex, surname=base not in lex.everyday):
                            continue
                    end = self._chain(toks, full or self._surname_after(toks, i + 1, protected, strong), i, protected, strong)
                    if end == i + 1 and t.initial and not lex.ordinary(base) and coordinated_with_place(toks, i, protected):
                        protected.add(i)  # "Saba en Sint Eustatius": a place, no candidate either
                        continue
                    emit(i, end, SOURCE_HEURISTIC, i)
                elif is_last:
                    if t.initial and lex.dutch(base) and not acts_as_person(toks, i, lex, surname=True):
                        continue  # "Kok en bediening…"; but "Kok vertelde", "Kok en Bakker"
                    p = toks[i - 1] if i > 0 else None  # "JP Smit": initials without dots
                    start = i - 1 if p and p.allcaps and len(p.text) <= 3 and i - 1 not in covered and _adjacent(toks, i - 1, i) and p.fold not in lex.bank_words and p.fold not in lex.never and not lex.dutch(base) else i
                    # a sure surname may go on: "Nguyen Van Minh", "Yılmaz-de Boer"
                    end = i + 1 if lex.dutch(base) else self._chain(toks, self._surname_after(toks, i + 1, protected, strong), i, protected, strong)
                    emit(start, end, SOURCE_CANDIDATE if lex.dutch(base) else SOURCE_HEURISTIC, start)
            elif is_first and not lex.ordinary(base) and not lex.ordinary(t.low):
                emit(i, self._lower_surname_after(toks, i + 1), SOURCE_HEURISTIC, i)
            elif is_first:
                end = self._lower_surname_after(toks, i + 1, particle_only=True)
                if end > i + 1:
                    emit(i, end, SOURCE_HEURISTIC, i)
        # 5b. a lowercase first name that is also a word, joined to a found first name ("noor en bas")
        for i in lowercase_partners(toks, covered, protected, lex):
            emit(i, i + 1, SOURCE_HEURISTIC, i)
        for i in unknown_lowercase_speakers(toks, covered, protected, lex):
            emit(i, i + 1, SOURCE_CANDIDATE, i)  # "kwasibah belde terug": reviewed like a capitalised candidate
        # 6. candidates: capitalised words that are no Dutch word, bank term, place or street
        for i, t in enumerate(toks):
            if i in covered or i in protected or not t.cap or t.allcaps or t.camel or len(t.text) < 3:
                continue
            bits = [b.lower() for b in t.text.split("-") if not (len(b) > 1 and b.isupper())]  # "HR-medewerker"
            if t.initial and "-" not in t.text and t.low in lex.words and speaks(toks, i, lex):
                emit(i, i + 1, SOURCE_CANDIDATE, i)  # "Storm vertelde…": a word that speaks is a surname
                continue
            if all(lex.dutch(b) or b in lex.everyday for b in bits) or t.fold in lex.bank_words:
                continue
            if t.low.endswith("'s") or any(b in lex.never for b in map(fold, bits)) or t.fold in lex.titles:
                continue  # "Dhr" is a title, not a name
            if i > 0 and toks[i - 1].allcaps and len(toks[i - 1].text) <= 5 and _adjacent(toks, i - 1, i) and toks[i - 1].fold not in lex.titles:
                continue  # "ROC Mondriaan", "GGZ Rivierduinen": an organisation after its abbreviation
            if _acronym_part(t) or lex.place_like(t.fold) or lex.street(t.fold) or thing_compound(t, lex) or _place_adjective(t.fold, lex):
                continue
            if any(t.fold.endswith(w) and len(t.fold) >= len(w) + 4 for w in lex.org_words):
                continue  # "Zonnehuis", "Wijkpunt": a building's name, not a person
            emit(i, i + 1, SOURCE_CANDIDATE, i)
        # 7. two names joined by "A" ("Tjin A Djie zegt"): one name, the joining letter with it
        if covered and " A " in n.text:
            for k in range(1, len(toks) - 1):
                if toks[k].text in _NAME_JOINS and k not in covered and k - 1 in covered and k + 1 in covered and _adjacent(toks, k - 1, k + 1):
                    left = next((r for r in out if r[1] == toks[k - 1].end), None)
                    right = next((r for r in out if r[0] == toks[k + 1].start), None)
                    if left and right:
                        out.remove(left)
                        out.remove(right)
                        src = SOURCE_HEURISTIC if SOURCE_HEURISTIC in (left[2], right[2]) else left[2]
                        out.append((left[0], right[1], src, fold(f"{left[3]} a {right[3]}"), left[4], left[5]))
                        covered.add(k)
        return refine(n, toks, out, protected, strong, lex), strong
