"""How a surname goes on: after a first name, a role or initials (with tussenvoegsels and hyphens),
typed lowercase, or led by its own particles ("Van der Linden zegt"). The parts the pattern finders
in heuristic.py share."""

from __future__ import annotations

from ..unicode_fold import fold
from .context import double_first, listed_first, thing_compound, verb_like
from .double_names import hyphen_particle_tail
from .lexicon import Lexicon
from .particle_names import _STATE_VERBS, NAME_ONLY_PARTICLES, person_sign
from .shapes import thing_head
from .tokens import _adjacent, _match_seq, _Tok, _word_after_particles, typo_of_word

# a lone particle that is also an everyday article or preposition: "de", "van" before a capitalised
# word make a surname only when that word is a known surname or at the start of a sentence
_COMMON_PHRASES = frozenset({"van de", "van het", "in de", "in het", "op de", "op den", "uit de", "uit den"})
_PERSON_PREPOSITIONS = frozenset({"met", "volgens", "door", "namens", "aan", "bij", "voor"})
# (and the regional particles that are adjectives: "dhr. Groot belt terug" is no "Groot Belt")
_WEAK_PARTICLES = frozenset({"de", "van", "het", "te", "'t", "den", "der", "la", "le", "da", "di", "du", "do"}) | NAME_ONLY_PARTICLES
# the lowercase particles that end the first part of a double surname after a hyphen ("Wisse-de Kam")
_DOUBLE_PARTICLES = frozenset({"de", "van", "ter", "ten", "den", "der", "te", "le", "la", "da", "dos", "del", "du"})


def _acronym_part(t: _Tok) -> bool:
    """"KTO-uitkomsten", "HR-medewerker": a word with an abbreviation in it is no name."""
    return "-" in t.text and any(len(b) > 1 and b.isupper() for b in t.text.split("-"))


def _place_adjective(folded: str, lex: Lexicon) -> bool:
    """"rotterdams", "utrechtse", "amsterdamse": the adjective of a listed place, no name; also of a
    region whose name the adjective shortens ("Twentse" of Twente, "Veluwse", "Drentse" of Drenthe,
    "Gelderse", "Groningse")."""
    for end in ("se", "s"):
        if folded.endswith(end) and len(folded) > len(end) + 3:
            stem = folded[: -len(end)]
            if stem in lex.never or any(stem + tail in lex.never for tail in _REGION_TAILS):
                return True
    return False


# what a region's adjective drops of its name: Twent(e), Drent(he), Gelder(land), Groning(en)
_REGION_TAILS = ("e", "he", "land", "en")


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


# Frisian and Groningen surname endings ("Tuinstra", "Bosma", "Huizinga", "Sikkema"), and the
# "-ink" of Twente and Achterhoek ("Wissink", "Eppink", "Lenderink", "Weenink"): a compound of Dutch
# word parts with one of these is a surname, never a word ("plasma", "schema", "weblink" are words)
_FRISIAN_ENDINGS = ("stra", "sma", "inga", "enga", "ema", "ink", "inck")
_WORD_ENDINGS = (
    "plasma", "isma", "asma", "ysma", "schema", "thema", "tema", "rema", "lema",
    "drink", "link", "vink", "zink", "pink", "klink", "blink", "bink", "schink", "schmink", "stink",
)


def frisian_surname(low: str, lex: Lexicon) -> bool:
    """A word shaped like a Frisian, Groningen or Saxon surname, of no word list ("Tuinstra",
    "Hoekema", "Wissink")."""
    return (
        len(low) >= 6 and low.isalpha() and low.endswith(_FRISIAN_ENDINGS) and not low.endswith(_WORD_ENDINGS)
        and low not in lex.words and fold(low) not in lex.never and fold(low) not in lex.bank_words
    )


class SurnameReader:
    """Where a name ends, read over one lexicon."""

    lexicon: Lexicon

    def _surname_after(self, toks: list[_Tok], j: int, protected: set[int], strong: set[int] | None = None) -> int:
        """Index after a surname starting at toks[j] (with tussenvoegsels), or j when there is none.
        With `strong` (the surely-no-person words), a one-word place right after a first name is the
        surname ("Ingrid Hoogeveen"): many Dutch surnames are place names. Also after a double first
        name ("Gert-Jan Almelo") and after a first name that is a word, capitalised mid-sentence ("helpt
        Frank Heemskerk"; round 14)."""
        lex = self.lexicon
        k = j
        if strong is not None and k in protected and k not in strong and k < len(toks) and k > 0:
            t, prev = toks[k], toks[k - 1]
            if (
                t.cap and not t.allcaps and not t.camel and not t.initial and _adjacent(toks, k - 1, k)
                and self._place_surname_lead(toks, k - 1) and t.fold not in lex.bank_words
                and _match_seq(toks, k, lex.never) <= 1 and (t.low not in lex.words or (t.fold not in lex.fixed_places and self._bracketed_role_after(toks, k)))
            ):
                return k + 1
        if k + 1 < len(toks) and k > 0 and toks[k].text == "Sint" and self._first_like(toks[k - 1]) and _adjacent(toks, k - 1, k + 1) and _match_seq(toks, k, lex.never) <= 1:
            nxt = toks[k + 1]  # "Ricardo Sint Jago": an Antillean surname led by "Sint", no saint's place ("Sint Maarten")
            if nxt.cap and not nxt.allcaps and not nxt.camel and nxt.fold not in lex.bank_words and nxt.fold not in lex.never and (nxt.low in lex.last or not lex.dutch(nxt.low)):
                return k + 2
        if k + 1 < len(toks) and toks[k].text in _NAME_JOINS and k > 0 and toks[k - 1].cap and _adjacent(toks, k - 1, k + 1):
            nxt = toks[k + 1]  # "Tjon A Joe", "Chin A Lien": a Surinamese-Chinese name in parts
            if nxt.cap and not nxt.allcaps and not nxt.camel and nxt.fold not in lex.bank_words:
                return k + 2
        tv = _match_seq(toks, k, lex.tussenvoegsels)
        if tv and k + tv < len(toks) and _adjacent(toks, k - 1, k) and not self._adjective_after(toks, k, tv):
            nxt = toks[k + tv]
            if toks[k].fold == "van" and tv == 1 and not toks[k].cap and nxt.low in lex.first and nxt.low not in lex.last:
                return j  # "Dewi van Shaniqua": "van" before a first name is the preposition
            if nxt.cap and not nxt.initial and not (nxt.allcaps and not toks[k - 1].allcaps and nxt.low not in lex.last) and (k + tv not in protected or nxt.low in lex.last or self._village_surname(toks, k, tv, strong)) and not nxt.camel and not _acronym_part(nxt) and _adjacent(toks, k, k + tv):
                return k + tv + 1
        if k < len(toks) and k > 0 and _initial_letter(toks, k) and toks[k - 1].low in lex.first and toks[k - 1].cap and _adjacent(toks, k - 1, k):
            return k + 1  # "Mohamed B.": a first name and the initial of the surname
        if k < len(toks):
            t = toks[k]
            if t.cap and not t.initial and (k not in protected or t.low in lex.last) and not t.camel and not t.allcaps and not _acronym_part(t) and _adjacent(toks, k - 1, k):
                if t.low in lex.last or t.low in lex.first or not lex.dutch(t.low) or frisian_surname(t.low, lex):
                    return k + 1
                prev = toks[k - 1] if k > 0 else None
                # "René Doornbos", "volgens Mark Storm": after a first name, a capitalised word mid-sentence
                # is the surname (also after a first name that is a word, when that is capitalised mid-sentence);
                # one built like a village of no list ("Marloes Zandwijk") after a first name that is no word
                if (
                    prev is not None and listed_first(prev.low, lex) and (not lex.ordinary(prev.low) or (prev.cap and not prev.initial))
                    and (t.fold not in lex.bank_words or self._acronym_surname(toks, k)) and (t.fold not in lex.never or self._no_name_surname(toks, k)) and not (lex.place_like(t.fold) and (lex.ordinary(prev.low) or t.low in lex.words or t.fold.endswith(lex.org_words))) and not thing_head(t, lex)
                ):
                    return k + 1
            elif t.cap and k in protected and k not in (strong or ()) and not t.initial and _adjacent(toks, k - 1, k) and self._no_name_surname(toks, k):
                prev = toks[k - 1]
                if prev.cap and not prev.allcaps and listed_first(prev.low, lex) and (not lex.ordinary(prev.low) or not prev.initial):
                    return k + 1  # "Mentor: Hidde Zeeman", "Job Mei, docent": a shop's or month's name after a first name
        return j

    def _place_surname_lead(self, toks: list[_Tok], i: int) -> bool:
        """toks[i] may lead a place used as a surname: a capitalised first name that is no everyday word,
        a double first name ("Anne-Marie"), or a first name that is a word capitalised mid-sentence
        after a word in lowercase ("helpt Frank Heemskerk"; not "wijk Zutphen": no first name there).
        Never after a capitalised English or Dutch word of no name list: "Baker Tilly Zutphen" is a
        firm's office ("Do Thi Thu Trang" is a person)."""
        lex = self.lexicon
        prev = toks[i]
        before = toks[i - 1] if i > 0 else None
        if (
            before is not None and prev.adj and before.cap and not before.initial and len(before.low) > 3 and before.low not in lex.first and before.low not in lex.last
            and (before.low in lex.english or lex.dutch(before.low)) and before.fold not in lex.titles and before.fold not in lex.rollen and not (i > 1 and toks[i - 2].fold in lex.titles)
        ):
            return False  # "Baker Tilly Zutphen": a firm's name of capitalised words, the town its office
        if prev.low in lex.first and not lex.ordinary(prev.low):
            return True
        if not prev.cap or prev.allcaps:
            return False
        if "-" in prev.low:
            return double_first(prev.low, lex)
        return prev.low in lex.first and not prev.initial and prev.adj and before is not None and not before.cap and before.fold not in lex.place_leads and before.fold not in ("de", "het")

    def _acronym_surname(self, toks: list[_Tok], k: int) -> bool:
        """"Gerrit Bol", "Ank Wmo" is rare: a short bank term, an acronym there ("BOL"), written as a
        name right after a capitalised first name that is no word is the surname."""
        t = toks[k]
        return len(t.text) <= 4 and t.text[1:].islower() and k > 0 and self._first_like(toks[k - 1])

    def _adjective_after(self, toks: list[_Tok], k: int, tv: int) -> bool:
        """"Girgis van de Koptische kerk": after "van de"/"van het" a capitalised Dutch word before a
        lowercase noun is the noun's adjective, no surname (a listed surname stays one)."""
        lex = self.lexicon
        if k + tv + 1 >= len(toks) or " ".join(x.fold for x in toks[k : k + tv]) not in _COMMON_PHRASES:
            return False
        adj, noun = toks[k + tv], toks[k + tv + 1]
        dutch = lex.dutch(adj.low) or ("-" in adj.low and all(lex.dutch(b) or fold(b) in lex.never for b in adj.low.split("-") if b))  # "van de Syrisch-orthodoxe kerk"
        return adj.low not in lex.last and dutch and noun.adj and not noun.cap and noun.low in lex.words and noun.low not in lex.function_words and not verb_like(noun, lex)

    def _no_name_surname(self, toks: list[_Tok], k: int) -> bool:
        """toks[k], a one-word listed no-name that is no place ("Hart", "Taal", "Zeeman", "Mei"),
        right after a capitalised first name, is the surname ("Dirk-Jan Hart", "Marjolein Taal"):
        not when a capitalised word follows it ("Anne Frank Huis"), in a file name ("_Rayan_Veiligheidshuis"),
        before a mail header's colon ("Öztürk Verzonden:") nor when it is a bank term."""
        lex = self.lexicon
        t = toks[k]
        if t.gap not in (" ", "\u00a0") or t.allcaps or t.camel or "-" in t.text or len(t.low) < 3 or t.fold in lex.places or t.fold in lex.bank_words or _match_seq(toks, k, lex.never) > 1:
            return False
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return nxt is None or not (nxt.adj and nxt.cap or nxt.gap.strip()[:1].isdigit() or nxt.gap.lstrip()[:1] == ":" and t.low in lex.words)

    def _bracketed_role_after(self, toks: list[_Tok], k: int) -> bool:
        """"Petra Zeeman (buurtbemiddelaar)": a role in brackets after the word, so it is a surname
        even when it is a shop's or village's name that is also a word."""
        from .lowercase import is_role  # lowercase imports context, which this module's users import first

        return k + 1 < len(toks) and toks[k + 1].gap.strip() == "(" and is_role(toks[k + 1], self.lexicon)

    def _first_like(self, t: _Tok) -> bool:
        """A capitalised first name that is no everyday word ("Kenneth", "Gerrit-Jan")."""
        lex = self.lexicon
        return t.cap and not t.allcaps and (t.low in lex.first and not lex.ordinary(t.low) or double_first(t.low, lex))

    def _village_surname(self, toks: list[_Tok], k: int, tv: int, strong: set[int] | None) -> bool:
        """"Rutger van Dalen", "Ineke ter Horst": after a capitalised first name that is no word, a
        particle and a one-word village (weakly protected, no big listed place) make the surname."""
        lex = self.lexicon
        if strong is None or k + tv in strong or k < 1:
            return False
        nxt = toks[k + tv]
        prev = toks[k - 1]
        # after an aanspreekvorm or role a first name that is a word is one too ("vrijwilliger Lies van Wijngaarden")
        titled = k >= 2 and prev.cap and not prev.allcaps and prev.low in lex.first and toks[k - 2].fold in lex.titles and _adjacent(toks, k - 2, k - 1)
        # a listed no-name that is a common "de" surname goes too ("Janny de Rijk": "het Rijk" is the state)
        listed = nxt.fold in lex.fixed_places and not (tv == 1 and toks[k].fold == "de" and nxt.fold in lex.de_surnames)
        return (self._first_like(prev) or titled) and _match_seq(toks, k + tv, lex.never) <= 1 and not listed and nxt.fold not in lex.bank_words

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
            if toks[end].fold == "van" and not toks[end].cap and (any(toks[x].fold in lex.tussenvoegsels for x in range(i + 1, end)) or last.low not in lex.first):
                break  # "Esther van Dam van De Regenboog", "Winston Kleinmoedig van de Black Eagles": after a surname, "van" is the preposition
            nxt = self._surname_after(toks, end, protected, strong)
            if nxt == end:
                break
            end = nxt
        return end

    def _particle_double(self, toks: list[_Tok], i: int, protected: set[int], strong: set[int]) -> int:
        """"Wisse-de Kam opent", "Bennink-ter Haar": a capitalised word, a hyphen, a lowercase particle
        and a capitalised word make a double surname even when both parts are Dutch words: no compound,
        term or place is written so ("Noord-Holland" has no particle, "VOG-dag" is one word). The index
        after the name, or i."""
        t = toks[i]
        if t.allcaps or t.camel or t.text.count("-") != 1 or i + 1 >= len(toks):
            return i
        head, tail = t.text.split("-")
        if tail not in _DOUBLE_PARTICLES or len(head) < 2 or not head[1:].islower() or not toks[i + 1].cap or toks[i + 1].camel or i + 1 in strong:
            return i
        lex, nxt = self.lexicon, toks[i + 1]
        if fold(head) in lex.bank_words or fold(head) in lex.never or fold(head) in lex.fixed_places:
            return i  # "Noord-de …", "Wmo-de …": a place's or term's head
        # "-ter Haar", "-ten Bosch": after these particles a capitalised function word is the surname too
        if not hyphen_particle_tail(toks, i + 1, strong, lex) and not (tail in ("ter", "ten") and nxt.adj and nxt.gap == " " and not nxt.allcaps and nxt.low in lex.function_words):
            return i
        return self._chain(toks, i + 2, i, protected, strong)

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
        if tv and "-" in t.low and any(lex.dutch(b) and b not in lex.last and b not in lex.first and b not in lex.tussenvoegsels for b in t.low.split("-")):
            return j  # "anouschka van de moskee-kant": a compound of words after a preposition
        if tv:  # "ilse van wijngaarden", "sanne ter horst": a first name, particles, a surname; not "ingeborg van de admin"
            return k + 1 if self._lower_particle_surname(toks, j, tv) or t.low in lex.last or self._name_bits(t) else j
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
        # "mo al gevraagd": "al" is also the adverb, so only a surname of a list or no word follows it
        return particle not in _COMMON_PHRASES and particle not in _WEAK_PARTICLES and particle not in ("van het", "van de", "al")

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
        if not tv or k >= len(toks) or not _adjacent(toks, i, k) or k in strong or (toks[i].fold in NAME_ONLY_PARTICLES and toks[k].low not in lex.last):
            return i  # "Oude Haven is druk", "Klein Duimpje": adjectives, a particle only inside a name
        t = toks[k]
        if not t.cap or t.initial or t.camel or t.allcaps or _acronym_part(t) or lex.street(t.fold) or thing_compound(t, lex):
            return i
        particle = " ".join(x.fold for x in toks[i:k])
        if not toks[i].cap and not toks[i].initial and toks[i].fold in ("in", "op", "uit") and t.low not in lex.last:
            return i  # "op Curaçao in het Sehos": a lowercase "in het" mid-sentence is the preposition
        if toks[i].initial and t.low not in lex.last and lex.dutch(t.low) and k + 1 < len(toks) and toks[k + 1].gap.strip().startswith(":"):
            return i  # "Ter Info:", "Ten Slotte:": a fixed phrase heading a line, no surname
        # (a strong particle typed in lowercase too, before what a person does: "ter Haar merkt op", "van der Kolk zegt")
        if (toks[i].cap or particle not in _WEAK_PARTICLES and k + 1 < len(toks) and toks[k + 1].fold in lex.person_verbs and toks[k + 1].fold not in _STATE_VERBS) and toks[i].initial and (particle not in _WEAK_PARTICLES or (particle == "van" and (k in protected or t.low in lex.last or not lex.dutch(t.low))) or (particle == "te" and t.low not in lex.words and t.fold not in lex.never)) and particle not in _COMMON_PHRASES and k + 1 < len(toks) and verb_like(toks[k + 1], lex) and t.fold not in lex.fixed_places:
            return k + 1  # "Ter Haar is aanspreekpunt", "Van Haren zegt", "Te Lintelo kreeg": a particle opening the sentence, a person's verb
        if t.low in lex.first and (t.low not in lex.last or not toks[i].cap):
            return i  # "Van Nadia hoorden we", "de casus van Kevin": a first name after a preposition
        if not toks[i].cap and any(x.cap for x in toks[i + 1 : k]) or (t.fold.endswith(lex.org_words) and t.low not in lex.last):
            return i  # "bewoners van Het Zonnehuis": a building's name after a preposition
        known = t.low in lex.last or self._name_bits(t)
        if not known and particle == "de" and toks[i].cap and t.fold in lex.de_surnames and t.low not in lex.first and i > 0 and toks[i - 1].fold in _PERSON_PREPOSITIONS:
            known = True  # "bij De Klerk langs", "met De Haas": a common "de" surname after a person's preposition
        if not known and toks[i].cap and toks[i].initial and t.low.endswith("s") and t.low[:-1] in lex.last and t.fold not in lex.never:
            known = True  # "Van Dijks notitie": a possessive at a sentence start
        if not known and not toks[i].cap and particle in ("van de", "van het") and k + 1 < len(toks) and toks[k + 1].cap and _adjacent(toks, k, k + 1):
            return i  # "Jagessar van de Shri Ram Mandir": "van de" before a name of several capitals is the preposition
        if k in protected and not (known and (particle != "van" or toks[i].initial)):
            return i  # "van Dongen" (from the place) mid-sentence; "Van Dongen zegt", "de Vries", "van der Linden" are names
        if particle in _WEAK_PARTICLES:
            # "de Vries", "Van Dijk" (a known surname), "Van Wezel zegt" (a sentence opening with a
            # capitalised particle); "de Efteling" stays a lone candidate
            if not (known or (toks[i].cap and toks[i].initial and not self._wordlike(t))):
                return i  # "De Wmo-consulent" is no name
            if not known and particle in ("de", "het") and not person_sign(toks, k + 1, lex, False):
                return i  # "De Wiken, De Swetten en …", "De Lemelerberg": a sentence-start "De" + an unknown word is a place or venue, unless a person's sign follows
        elif not known and (particle in _COMMON_PHRASES and self._wordlike(t) or t.fold in lex.never or t.fold in lex.bank_words):
            # "van der", "ter" + a capitalised word is a surname ("Van der Kolk"); "van de" + a Dutch
            # word is mostly a preposition ("de brief van de Belastingdienst")
            return i
        if not known and lex.place_like(t.fold):
            return i
        if particle == "van" and not toks[i].cap and not toks[i].initial and (t.low.endswith(_NO_VAN_ENDINGS) or _possessive_after(toks, k)):
            return i  # "Beoordeling van Gerrits' dossier", "de brief van Jansen": "van" is the preposition
        return k + 1
