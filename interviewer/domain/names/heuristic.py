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
    _OWNED,
    camel_name,
    coordinated_with_place,
    listed_first,
    lowercase_partners,
    namelike_or_word,
    owned_noun,
    particle_tail,
    speaks,
    speech_after,
    thing_compound,
    unknown_lowercase_speakers,
    verb_like,
)
from .documents import _glued_name
from .initials import spells_abbreviation
from .lexicon import _HONORIFICS, _INITIAL, SALUTATIONS as _SALUTATIONS, SOURCE_CANDIDATE, SOURCE_HEURISTIC, SURNAME_STREET_ENDINGS as _SURNAME_STREETS, Lexicon, _Raw
from .lowercase import lowercase_word_names_acting
from .organisations import role_unit
from .protect import protected as _protected
from .dates import months_after_a_lead
from .shapes import refine
from .surnames import _COMMON_PHRASES, _NAME_JOINS, _WEAK_PARTICLES, SurnameReader, _acronym_part, _place_adjective, frisian_surname
from .tokens import _adjacent, _adjacent_gap, _match_seq, _possessive_base, _Tok, fold_of

__all__ = ["Heuristic", "_place_adjective"]  # venues.py looks the place adjective up here

# a place preposition before "Jan Pietersweg"-like names: a street, not a person
_PLACE_PREPOSITIONS = frozenset({"aan", "op", "in", "naar", "via", "langs", "richting", "vanaf", "uit"})
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


class Heuristic(SurnameReader):
    """The pattern finders over one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def protected(self, toks: list[_Tok]) -> tuple[set[int], set[int]]:
        """The surely-no-person words (all, strong): see protect.protected; less the surnames shaped
        like a street or place that a person's context carries (see `_person_placename`)."""
        out, strong = _protected(self.lexicon, toks)
        for i in [i for i in out if toks[i].cap and self._person_placename(toks, i, out)]:
            out.discard(i)
            strong.discard(i)
            if i > 0 and i - 1 in strong and self._first_like(toks[i - 1]):
                out.discard(i - 1)  # the street rule took the first name with it ("Kenneth Koorndijk")
                strong.discard(i - 1)
        timed = months_after_a_lead(toks)  # "de maand Juni", "begin Mei": a time, even when a Juni works here
        out |= timed
        strong |= timed
        return out, strong

    def _word_first_name(self, toks: list[_Tok], k: int, covered: set[int], protected: set[int]) -> bool:
        """toks[k], right before a sure surname, is a first name of no list: a Dutch word
        capitalised mid-sentence ("Trees", "Dorus"), no role, title, body, place or building."""
        lex = self.lexicon
        p = toks[k]
        if k < 1 or p.initial or not p.cap or p.allcaps or p.camel or "-" in p.text or len(p.low) < 3 or k in covered or k in protected:
            return False
        if not _adjacent(toks, k, k + 1) or p.low in lex.function_words or p.fold in lex.titles or p.fold in lex.rollen or p.fold in lex.bank_words or p.fold in lex.never:
            return False
        before = toks[k - 1]  # lowercase, or a sentence's first word that is no article ("Wijkbewoonster Trees")
        return p.low in lex.words and not p.fold.endswith(lex.org_words) and not lex.street(p.fold) and (not before.cap or before.initial and before.low not in lex.function_words)

    def _person_placename(self, toks: list[_Tok], i: int, protected: set[int]) -> bool:
        """Many Dutch surnames are built like a street or village ("Oosterhof", "Koorndijk",
        "Nijland") and no list holds them all: such a one-word name of no word list is the surname
        after a first name ("Kenneth Koorndijk") or an aanspreekvorm ("mevrouw Oosterhof"), or when
        it opens a sentence and speaks ("Nijland gaf aan"). Never before a house number, after a
        place preposition ("aan de Oosterhof 12") or when it is a listed big place."""
        lex = self.lexicon
        t = toks[i]
        if not t.cap or t.allcaps or t.camel or "-" in t.text or len(t.low) < 5 or t.low in lex.words or t.fold in lex.fixed_places or t.fold in lex.bank_words:
            return False
        if not (lex.street(t.fold) and t.fold.endswith(_SURNAME_STREETS) or lex.place_like(t.fold) or t.fold in lex.never) or _match_seq(toks, i, lex.never) > 1:
            return False
        if any(w.fold.endswith(lex.org_words) for w in toks[max(0, i - 2) : i]):
            return False  # "buurthuis Oosterhof", "zorgcentrum De Wittenhorst": a building
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and (nxt.text[:1].isdigit() and _adjacent(toks, i, i + 1) or nxt.cap and _adjacent(toks, i, i + 1)):
            return False  # "Oosterhof 12", "Nijland Noord": an address or area
        if i > 0 and _adjacent(toks, i - 1, i):
            prev = toks[i - 1]
            if self._first_like(prev):
                # "aan de Anna Paulownahof", "het Maria Montessorihof": a street or building named after a person
                return not (i > 1 and (toks[i - 2].fold in _PLACE_PREPOSITIONS or toks[i - 2].fold in ("de", "het", "t")))
            if prev.fold in _HONORIFICS:
                return True
        return t.initial and speech_after(toks, i)

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
        titled = not lex.titles.keys().isdisjoint(map(fold_of, toks))  # most texts: no title or role at all
        for i, t in enumerate(toks if titled else ()):
            if t.fold not in lex.titles or i in covered:
                continue
            k = _match_seq(toks, i, lex.titles)
            if not k or i + k >= len(toks):
                continue
            title = " ".join(x.fold for x in toks[i : i + k])
            j = i + k
            if k == 1 and t.allcaps and len(t.text) <= 3 and j < len(toks) and "." not in toks[j].gap and not toks[j].allcaps:
                continue  # "MW Ankerpunt", "Dossiers_MW_Ankerpunt.xlsx": maatschappelijk werk, no "mw." before a name
            # initials ("dhr. J.P. Smit") are not tokens: skip them in the clean text
            gap = n.text[toks[j - 1].end : toks[j].start]
            if "\n" in gap or any(c in gap for c in ",;:()") or not _adjacent_gap(gap):
                continue
            tv = _match_seq(toks, j, lex.tussenvoegsels) if title in _HONORIFICS else 0
            if tv == 1 and toks[j].text == "van" and j + 1 < len(toks) and listed_first(toks[j + 1].low, lex) and toks[j + 1].low not in lex.last:
                continue  # "collega van Inge", "moeder van Shaniqua": the preposition (section 5 takes the first name)
            # after a particle that is no preposition ("van 't", "van der", "ter") any word is the surname
            strong_tv = tv > 0 and j + tv < len(toks) and " ".join(x.fold for x in toks[j : j + tv]) not in _WEAK_PARTICLES | _COMMON_PHRASES and toks[j + tv].low not in lex.function_words and toks[j + tv].fold not in lex.bank_words
            if tv and j + tv < len(toks) and (toks[j + tv].cap or toks[j + tv].low in lex.last or self._name_bits(toks[j + tv]) or strong_tv):
                j2 = j + tv  # "mevrouw van Dijk", "collega van den heuvel"
            else:
                j2 = j
            name = toks[j2]
            if name.camel and title in _HONORIFICS and _glued_name(name.text, lex):
                emit(i, j2 + 1, SOURCE_HEURISTIC, j, title)  # "dhr. VanderMeulen", "mw. DeVries": the particles run together
                continue
            if j2 == j and title not in _HONORIFICS and role_unit(toks, j2, lex):
                continue  # "manager Wijk: Hester", "teamleider Wijk & Samenleving": the role's team (organisations.role_unit)
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
                if end > j2 + 1:  # "mw. Roos Bakker-de Boer": the surname goes on after a hyphen and particle
                    end = self._chain(toks, end, j2, protected, strong)
            elif name.low in lex.first:  # "collega lisa de graaf"
                end = self._lower_surname_after(toks, end)
            emit(i, end, SOURCE_HEURISTIC, j, title)
        # 2. initials + surname ("J.P. Smit", "A. de Vries")
        for m in (_INITIAL.finditer(n.text) if "." in n.text else ()):  # initials need their dots
            after = m.end()
            j = next((x for x, t in enumerate(toks) if t.start >= after), None)
            if j is not None and j + 1 < len(toks) and _NICKNAME_GAP.fullmatch(n.text[after : toks[j].start]) and toks[j].cap:
                # "E.W. (Evert) Bosveld": initials, the name used in brackets, the surname
                tv = _match_seq(toks, j + 1, lex.tussenvoegsels)  # "A.M. (Annemarie) van Rossum"
                k = j + 1 + tv if tv and j + 1 + tv < len(toks) and _adjacent(toks, j + 1, j + 1 + tv) else j + 1
                sur = toks[k]
                # after a particle any capitalised word is the surname ("J.W. (Jo) ter Haar")
                if n.text[toks[j].end : toks[j + 1].start] in (") ", ")\u00a0") and sur.cap and not sur.allcaps and (k > j + 1 or sur.fold not in lex.bank_words):
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
            if (t.low in lex.words and t.low not in lex.last and m.group().count(".") < 2) or t.fold in lex.bank_words or spells_abbreviation(m.group().replace(".", "").replace(" ", "").lower(), lex):
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
                    # a compound of the word list ("Respijt\u00adzorg") is a word hyphenated by Word, no disguise
                    disguised = t.low not in lex.words and (t.low in lex.first or t.low in lex.last or not lex.dutch(t.low) or t.fold in lex.fixed_places or lex.place_like(t.fold))
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
                # folded to a long Dutch word of no name list it is a pasted word ("Ouderrаad", round 10);
                # not "ПS:", a "PS" typed in two scripts
                if len(t.text) >= 3 and _mixed_script(n.original[s:e]) and (len(t.low) < 8 or t.low in lex.first or t.low in lex.last or not lex.dutch(t.low)):
                    emit(i, self._surname_after(toks, i + 1, set()), SOURCE_HEURISTIC, i)
        # 4. a surname led by its particles ("Van der Linden zegt", "van der Linden:", "El Idrissi")
        for i, t in enumerate(toks):
            if t.fold not in lex.tussenvoegsels or i in covered or i in protected:
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
            if t.text == "van" and listed_first(toks[i + 1].low, lex) and toks[i + 1].low not in lex.last and not toks[i + 1].allcaps:
                continue  # "collega van Inge", "de moeder van Shaniqua", "familie van Pieter-Jan": the preposition; the first name's rule takes the name
            if t.text == "van" and i > 0 and not t.initial and _adjacent(toks, i - 1, i) and _owned(toks[i - 1], lex):
                continue  # "de dochter van Petrenko", "het verslag van Bos", "VOG van Bos": a person's kin or paper, "van" the preposition
            end = self._particle_name(toks, i, protected, strong)
            if end > i:
                emit(i, end, SOURCE_HEURISTIC, i)
        # 5. known first names and surnames, possessives, lowercase first names
        first = lex.first
        for i, t in enumerate(toks):
            low = t.low
            if not t.camel and not t.cap and not t.allcaps and "-" not in low and low not in first and low[:-1] not in first and low[:-2] not in first:
                continue  # a lowercase word that is no first name (nor its possessive): most words, asked first
            if t.camel and i not in covered and i not in protected and camel_name(t, lex):
                emit(i, i + 1, SOURCE_HEURISTIC, i)  # "SanneJansen" in a file name
                continue
            if i in covered or i in protected or t.camel:
                continue
            if t.initial and t.low in _SALUTATIONS and i + 1 < len(toks) and toks[i + 1].cap and _adjacent(toks, i, i + 1):
                continue  # "Hi Tess,": the greeting opens a message, the name follows it
            if t.cap and "-" in t.text and (end := self._particle_double(toks, i, protected, strong)) > i:
                emit(i, end, SOURCE_HEURISTIC, i)  # "Wisse-de Kam": both parts words (surnames._particle_double)
                continue
            if self._name_bits(t):  # "al-hassan", "Abdel-Rahman", "mulder-de graaf", "Öztürk-de Vries"
                end = i + 1
                if t.fold.rsplit("-", 1)[-1] in lex.tussenvoegsels and i + 1 < len(toks) and _adjacent(toks, i, i + 1):
                    nxt = toks[i + 1]
                    if nxt.low in lex.last or (nxt.cap and not lex.dutch(nxt.low)):
                        end = i + 2
                else:
                    end = self._surname_after(toks, i + 1, protected, strong) if t.cap else self._lower_surname_after(toks, i + 1)  # "Dirk-Jan Hoogeveen": a village as surname
                emit(i, end, SOURCE_HEURISTIC, i)
                continue
            parts = [t] if "-" not in t.text else None
            base = _possessive_base(t, lex)
            if t.allcaps and (len(t.text) < 3 or base in lex.bank_words or t.fold in lex.bank_words):
                continue
            if t.allcaps and len(t.text) <= 4 and (t.gap.endswith("_") or (i + 1 < len(toks) and toks[i + 1].gap.startswith("_"))):
                continue  # "Overzicht_JOP_meldingen.xlsx": a code in a file name (file_parts reads its people)
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
                    if start == i and p and not lex.dutch(base) and self._word_first_name(toks, i - 1, covered, protected):
                        start = i - 1  # "Wijkbewoonster Trees Hoogendoorn": a word capitalised mid-sentence before a sure surname
                        if toks[i - 2].cap and toks[i - 2].low not in lex.first and toks[i - 2].low not in lex.last:
                            protected.add(i - 2)  # the sentence's first word is the role, not a name part
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
        for i in lowercase_word_names_acting(toks, covered, protected, lex):
            emit(i, i + 1, SOURCE_CANDIDATE, i)  # "met bas besproken", "roos heeft de scan ingevuld"
        for i in unknown_lowercase_speakers(toks, covered, protected, lex):
            emit(i, i + 1, SOURCE_CANDIDATE, i)  # "kwasibah belde terug": reviewed like a capitalised candidate
        # 6. candidates: capitalised words that are no Dutch word, bank term, place or street
        for i in [k for k, t in enumerate(toks) if t.cap]:
            t = toks[i]
            if i in covered or i in protected or t.allcaps or t.camel or len(t.text) < 3:
                continue
            bits = [b.lower() for b in t.text.split("-") if not (len(b) > 1 and b.isupper())]  # "HR-medewerker"
            if t.initial and "-" not in t.text and t.low in lex.words and speaks(toks, i, lex):
                emit(i, i + 1, SOURCE_CANDIDATE, i)  # "Storm vertelde…": a word that speaks is a surname
                continue
            if t.initial and "-" not in t.text and t.low not in lex.words and (t.fold in lex.never or lex.place_like(t.fold) or t.fold.endswith(_SURNAME_STREETS)) and speech_after(toks, i):
                emit(i, i + 1, SOURCE_CANDIDATE, i)  # "Nijland gaf aan": a surname built like a village that speaks
                continue
            if all(lex.dutch(b) or b in lex.everyday for b in bits) and not any(frisian_surname(b, lex) for b in bits) or t.fold in lex.bank_words:
                continue
            if t.low.endswith(("'s", "\u2019s")) and len(t.low) > 5 and not lex.dutch(t.low[:-2]) and t.fold[:-2] not in lex.never and not lex.place_like(t.fold[:-2]) and i + 1 < len(toks) and owned_noun(toks[i + 1]) and _adjacent(toks, i, i + 1):
                emit(i, i + 1, SOURCE_CANDIDATE, i)  # "Kenzo's moeder": a name of no list, with 's, before kin or a document
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


def _owned(t: _Tok, lex: Lexicon) -> bool:
    """Kin or a paper of a person, so that a "van" after it is the preposition: "dochter",
    "verslag" (context.owned_noun), or a document's abbreviation of the bank ("VOG"). Not an
    aanspreekvorm or "collega"/"familie", which lead a surname with its particle ("collega van Dijk")."""
    if t.allcaps:
        return 2 <= len(t.text) <= 4 and t.fold in lex.bank_words
    head = t.low.rsplit("-", 1)[-1]
    if t.cap and not t.initial and head == t.low:
        return False  # "Mail" mid-sentence is a name or a title's word; "VOG-verklaringen" is a paper
    return (t.low in _OWNED or head.endswith(_PAPERS)) and t.fold not in _HONORIFICS and t.fold not in ("collega", "familie")


# papers and lines a person has, beside context._OWNED ("de VOG-verklaringen van Stam", "telefoon van Corrie")
_PAPERS = ("verklaring", "verklaringen", "telefoon", "telefoontje")
