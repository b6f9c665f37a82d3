"""Names whose parts are Dutch words or listed places, told by the shape around them (run from
shapes.refine after the pattern finders):
- initials typed loosely before a listed surname that is a word ("door JP Mulder", "J.P Mulder",
  "J W Koster", "HJ de Boer");
- a listed surname + s as a possessive ("Molenaars team draait …", "volgens Bakkers notitie");
- a listed first name that is also a one-word place, joined to a first name ("Linde en Bo");
- a surname written before a found first name, East Asian order ("Tolk: Li Wei", "Wang Lei");
- romanised Chinese, Korean and Vietnamese names in either order, also lowercase (eastasian.py:
  "Li Na Wang", "Park Jimin", "li na (vrijwilliger)");
- a listed first name that is a word, in brackets before a colon or a role ("(Bas, piketdienst)");
- a sentence's first noun before a found surname that starts as a role ("Zomer Koning start als
  jongerenwerker");
- a listed first name that is a word, with 's before a noun ("Storm's voorstel", "Lente's aanpak
  werkt");
- a capitalised Dutch word before a listed surname where a person stands ("volgens Zomer Bakker",
  "Merel Visser en Zomer Bakker", "Bloem de Vries (stagiaire)", a signature: "Mvg,\nZomer Bakker");
- a village that is a word after a found first name, in a person's context ("Anouk Putten
  (buurtbemiddelaar)", "zegt Anouk Putten dat");
- a listed surname, a comma and initials, as registers and lists write a person ("Bakker, A.
  (teamleider)", "Smit, JP", "Visser, M.A. de");
- word-names in a person's state or role, in brackets after a role, after a naming frame
  (frames.py: "Zomer is met verlof", "bas is ziek", "April de Graaf is stagiaire", "Hij heet Dauw");
- a first name before a one-word place or a street-shaped surname, maybe with particles between
  ("Hanna Zomerdijk", "Gerrit Olde Monnikhof"), and hyphenated double surnames ("Smidt-Kerkhoven");
- a surname of no word list with a surname's ending beside a found name or after "met" ("Ten
  Brinke en Wikkerink");
- surnames led by particles, and surnames that are words, in a person's slot (particle_names.py:
  "Mevrouw Van Buren", "Uit den Bogaard (OR)", "Buurtbewoner Hovenier klaagde")."""

from __future__ import annotations

from . import shapes  # shapes runs this module's shapes (and lends it _free); read at call time
from .context import _SPEECH_VERBS, VERB_NAMES, bare_initials, double_first, person_beside, possessive_of_person, verb_like
from .eastasian import east_asian_names
from .calling import calling_frames
from .frames import frame_shapes, lowercase_in_state
from .initials import NOT_INITIALS
from .lexicon import SOURCE_CANDIDATE, Lexicon
from .lowercase import ROLE_ENDINGS, is_role, person_after, time_word
from .particle_names import _SURNAME_STREET_ENDINGS, _particle_words, _particles_before, particle_surnames
from .tokens import _adjacent, _match_seq, _Tok


def word_name_shapes(toks: list[_Tok], covered: set[int], protected: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """All shapes of this module, in order; each looks at capitalised words only (a few per text)."""
    east_asian_names(toks, covered, lex, take)
    lowercase_in_state(toks, covered, strong, lex, take)
    calling_frames(toks, covered, strong, lex, take)  # "iedereen noemt hem Haai", "zeg maar kaz"
    caps = [k for k, t in enumerate(toks) if t.cap]
    if not caps:
        return
    _loose_initials(toks, caps, strong, lex, take)
    _possessive_surnames(toks, caps, covered, protected, lex, take)
    _first_names_on_places(toks, caps, covered, protected, strong, lex, take)
    _surname_first(toks, caps, covered, protected, strong, lex, take)
    _bracketed_first_names(toks, caps, covered, protected, strong, lex, take)
    _starts_as_role(toks, caps, covered, protected, strong, lex, take)
    _word_before_surname(toks, caps, covered, protected, strong, lex, take)
    _possessive_word_names(toks, caps, covered, strong, lex, take)
    if _LANGUAGE_NAMES.intersection(toks[i].fold for i in caps):
        _language_first_names(toks, caps, covered, lex, take)
    frame_shapes(toks, caps, covered, protected, strong, lex, take)
    _surnames_on_villages(toks, caps, covered, protected, strong, lex, take)
    _surnames_on_places(toks, caps, covered, strong, lex, take)
    _unlisted_surnames(toks, caps, covered, strong, lex, take)
    _surname_comma_initials(toks, caps, strong, lex, take)
    particle_surnames(toks, caps, covered, strong, lex, take)


def _loose_initials(toks: list[_Tok], caps: list[int], strong: set[int], lex: Lexicon, take) -> None:
    """Initials typed loosely before a listed surname that is a word, maybe with particles: without
    dots where a person is named ("door JP Mulder en KL Prins", "HJ de Boer"), or with a dot
    missing or spaces between the letters ("J.P Mulder", "JP. Mulder", "J P Mulder"). Before a
    surname of no word list the pattern finders take them already ("JP Smit", "J.P. Smit")."""
    _free = shapes._free
    k = -1
    for start in [c for c in caps if len(toks[c].text) <= 3]:
        if start <= k or start + 1 >= len(toks):
            continue  # inside the run just looked at
        k = start
        t = toks[k]
        if not (len(t.text) <= 3 and t.text.isupper() and t.text.isalpha()) or t.fold in lex.never:
            continue
        if t.fold in lex.bank_words and not (len(t.text) == 2 and toks[start + 1].adj and bare_initials(toks, start, lex)):
            continue  # "MT. Daarna": an abbreviation; "cc: PR Visser": initials
        j, letters, dotted = k, len(t.text), False  # the run of initials: "J" "P", "JP"
        while j + 1 < len(toks) and letters < 4 and toks[j + 1].gap in (".", " ", ". ") and toks[j + 1].text.isupper() and len(toks[j + 1].text) <= 2 and toks[j + 1].text.isalpha():
            dotted = dotted or "." in toks[j + 1].gap
            j += 1
            letters += len(toks[j].text)
        nxt = j + 1
        k = j
        if nxt >= len(toks) or letters < 2:
            continue
        if "".join(toks[x].low for x in range(start, j + 1)) in NOT_INITIALS:
            continue  # "P.S. van Olena", "N.B. Mulder belt": a note's abbreviation, no initials
        dotted = dotted or toks[nxt].gap.startswith(".")
        spaced = j > start and all(len(toks[x].text) == 1 for x in range(start, j + 1))
        if not (dotted or spaced or (j == start and bare_initials(toks, start, lex))):
            continue
        tv = _match_seq(toks, nxt, lex.tussenvoegsels)
        s = nxt + tv
        if s < len(toks) and toks[nxt].gap.strip(" .") == "" and (not tv or _adjacent(toks, nxt, s)):
            y = toks[s]
            sure = y.low in lex.last or not lex.dutch(y.low)
            # bare initials before a listed surname outweigh a title of capitalised words ("door HJ de
            # Boer en AM Koster" reads as one), never a longer run of capitals ("HR Bakker Groep")
            bare = y.low in lex.last and not (s + 1 < len(toks) and toks[s + 1].cap and toks[s + 1].adj)
            if y.cap and not y.allcaps and (not y.initial or dotted) and _free(y, lex) and sure and not lex.street(y.fold) and (s not in strong or dotted or spaced or bare):
                take(start, s + 1)


def _possessive_surnames(toks: list[_Tok], caps: list[int], covered: set[int], protected: set[int], lex: Lexicon, take) -> None:
    """A listed surname + s before a noun: at a sentence start only with a person's verb after the
    noun ("Molenaars team draait de avonddiensten", see context.possessive_of_person), mid-sentence
    capitalised as it stands ("volgens Bakkers notitie"; "de Bakkers komen" is the family too)."""
    for i in caps:
        t = toks[i]
        if t.allcaps or not t.low.endswith("s") or i in covered or i in protected or t.low[:-1] not in lex.last and not (t.initial and t.low[:-1] in lex.first):
            continue  # "Ellens planning loopt": a first name's possessive that is a word too, at a sentence start
        if t.initial:
            if possessive_of_person(toks, i, lex):
                take(i, i + 1, SOURCE_CANDIDATE)
        elif t.fold not in lex.never and t.fold not in lex.bank_words and i + 1 < len(toks):
            nxt = toks[i + 1]
            if nxt.gap == " " and not nxt.cap and nxt.low in lex.words and nxt.low not in lex.function_words:
                take(i, i + 1, SOURCE_CANDIDATE)


def _first_names_on_places(toks: list[_Tok], caps: list[int], covered: set[int], protected: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """A listed first name that is also a one-word place ("Linde", "Ede"), joined by "en"/"of" to a
    listed first name that is no place: "Linde en Bo zijn de nieuwe stagiairs" (but "Ede en
    Wageningen" stays two places)."""
    for i in caps:
        t = toks[i]
        if i not in protected or i in strong or i in covered or t.allcaps or t.low not in lex.first or t.low in VERB_NAMES:
            continue
        for j, c in ((i + 2, i + 1), (i - 2, i - 1)):
            if 0 <= j < len(toks) and toks[c].fold in ("en", "of", "&") and _adjacent(toks, min(i, j), max(i, j)):
                o = toks[j]
                if o.cap and not o.allcaps and o.low in lex.first and j not in protected and o.low not in lex.function_words:
                    take(i, i + 1)
                    break


def _surname_first(toks: list[_Tok], caps: list[int], covered: set[int], protected: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """A listed surname right before a found listed first name, the surname first as in Chinese,
    Korean and Vietnamese ("Tolk Mandarijn: Li Wei", "Nguyen Thanh belt"): the surname belongs to
    the name. Only where the first name was found and the surname is no listed no-name or bank term."""
    for i in caps:
        if i + 1 >= len(toks) or i + 1 not in covered or i in covered or i in protected or i in strong:
            continue
        t, y = toks[i], toks[i + 1]
        if y.gap != " " or not y.cap or y.allcaps or y.low not in lex.first or t.low not in lex.last or not shapes._free(t, lex) or t.fold in lex.never:
            continue
        if (i + 2 < len(toks) and i + 2 in covered and toks[i + 2].adj) or (i > 0 and toks[i - 1].cap and t.adj):
            continue  # "Kort Anja Visser": the first name leads a full name; a run of capitals is left to the grown name
        take(i, i + 2)


_BRACKET_HEADS = ("dienst", "team", "groep", "loket", "punt", "overleg")


def _bracketed_first_names(toks: list[_Tok], caps: list[int], covered: set[int], protected: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """A listed first name that is also a word, alone after an opening bracket and before a comma
    and a role or duty ("(Bas, piketdienst)", "(Roos, wijkcoach)") or before a colon ("(Wil:
    afscheid …)"): who is meant, never the word."""
    for i in caps:
        t = toks[i]
        if i in covered or i in strong or i + 1 >= len(toks) or t.allcaps or t.low not in lex.first or t.gap.strip()[-1:] != "(":
            continue
        if t.fold in lex.never or t.fold in lex.bank_words or t.fold in lex.titles or t.low in lex.function_words:
            continue
        nxt = toks[i + 1]
        gap = nxt.gap.strip()
        if gap == ":" or (gap == "," and not nxt.cap and (is_role(nxt, lex) or nxt.fold.endswith(_BRACKET_HEADS))):
            take(i, i + 1)


_START_VERBS = frozenset({"start", "begint", "stopt", "werkt", "blijft", "komt", "vertrekt", "gaat"})


def _starts_as_role(toks: list[_Tok], caps: list[int], covered: set[int], protected: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """A sentence's first capitalised word before a found or listed surname that starts, stops or works "als"
    a role ("Zomer Koning start op 1 februari als ambulant jongerenwerker"): the first word is the
    first name, though it is a Dutch word. Never a time ("Vandaag Koning …"), role or function word."""
    for i in caps:
        t = toks[i]
        if not t.initial or i + 2 >= len(toks) or i in covered or i + 1 in strong or (i + 1 not in covered and toks[i + 1].low not in lex.last) or t.allcaps or not toks[i + 1].cap or toks[i + 1].gap != " ":
            continue
        if t.low in lex.function_words or t.fold in lex.titles or t.fold in lex.rollen or t.fold in lex.bank_words or time_word(t) or is_role(t, lex) or len(t.low) < 3:
            continue
        if toks[i + 2].fold not in _START_VERBS or not toks[i + 2].adj:
            continue
        for j in range(i + 3, min(i + 10, len(toks) - 1)):
            if toks[j].gap.strip(" 0123456789/-"):
                break  # a clause ends; a date ("op 1 februari") does not end it
            if toks[j].fold == "als":
                if any(is_role(toks[k], lex) for k in range(j + 1, min(j + 4, len(toks))) if toks[k].adj):
                    take(i, i + 2)
                break


# prepositions a person follows in report prose ("volgens Zomer Bakker", "het idee van Zomer Bakker")
_BEFORE_PERSON = frozenset({"volgens", "met", "door", "namens", "aan", "bij", "van", "voor"})


def _word_before_surname(toks: list[_Tok], caps: list[int], covered: set[int], protected: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """A capitalised Dutch word of no name list before a capitalised listed surname (maybe led by
    particles), where a person stands: after a person's preposition, joined by "en" to a found name,
    or before a role in brackets, an age or an apposition with a role ("volgens Zomer Bakker", "Merel
    Visser en Zomer Bakker", "Bloem de Vries (stagiaire)", "Ster Vos (9)", "Hoop van Dijk, buurtwerker,"). The word is a first name no list holds; a listed no-name, place, role
    or title never is ("Rode Kruis", "Sociaal Domein": no surname after them; a month capitalised
    mid-sentence before a surname is frames._months_before_surnames). The pair may read as
    a title of two capitalised words (protect.py); the person's context outweighs that."""
    _free = shapes._free
    tvs, last = lex.tussenvoegsels, lex.last
    for i in caps:
        if i + 1 >= len(toks) or i in covered:
            continue
        nxt = toks[i + 1]
        if not ((nxt.cap and nxt.low in last) or nxt.fold in tvs):
            continue  # the common case: no surname or particle next
        t = toks[i]
        if not _free(t, lex) or t.low in lex.first or not lex.dutch(t.low):
            continue
        if t.fold in lex.never or t.low in lex.everyday or time_word(t) or lex.place_like(t.fold) or lex.street(t.fold) or shapes.thing_head(t, lex) or len(t.low) < 3 or _inflected(t.low, lex):
            continue
        tv = _match_seq(toks, i + 1, lex.tussenvoegsels)
        s = i + 1 + tv
        if s >= len(toks) or toks[i + 1].gap != " " or (tv and not _adjacent(toks, i + 1, s)):
            continue
        y = toks[s]
        if not y.cap or y.allcaps or y.initial or y.low not in lex.last:
            continue
        if s + 1 < len(toks) and toks[s + 1].cap and toks[s + 1].adj:
            continue  # a longer run of capitals is a title or an organisation ("Zorg Bakker Groep")
        prev = toks[i - 1] if i > 0 and t.adj else None
        after = toks[s + 1] if s + 1 < len(toks) else None
        joined_after = after is not None and after.fold in ("en", "&") and after.adj and s + 2 in covered and s + 2 < len(toks) and toks[s + 2].cap
        joined_before = prev is not None and prev.fold in ("en", "&") and i - 2 in covered and toks[i - 2].cap
        # a role in brackets, or what a person has beside the name: an age, an apposition with a role
        # ("Hoop van Dijk, ervaringsdeskundige, vertelde", "Ster Vos (9) en haar broertje")
        role = after is not None and (after.gap.strip() == "(" and is_role(after, lex) or person_beside(toks, s, lex))
        # after a person's preposition, or a role capitalised before the pair ("Vrijwilliger Engel Brouwer vertelt")
        person = prev is not None and not t.initial and (prev.fold in _BEFORE_PERSON or (prev.cap and prev.fold in lex.rollen and prev.fold not in lex.never))
        if person or joined_before or joined_after or role or _signed(toks, i, s, lex):
            take(i, s + 1)


# languages that are common first names too, kept out of the first-name list for "spreekt Frans"
_LANGUAGE_NAMES = frozenset({"frans"})


def _language_first_names(toks: list[_Tok], caps: list[int], covered: set[int], lex: Lexicon, take) -> None:
    """A language that is a first name, right before a surname: "bewoner Frans Mulder", "Frans van
    Dongen", "Frans Bogers" (a listed surname, a word of no word list, or particles and a capital
    that is no big place).
    Never before another language or a list's "en"/"of" ("Frans, Duits en Pools", "Frans of Lingala",
    "in het Frans Engels of Lingala" has no surname of no list)."""
    for i in caps:
        t = toks[i]
        if t.fold not in _LANGUAGE_NAMES or i + 1 >= len(toks) or t.allcaps or "-" in t.text:
            continue
        if i > 0 and toks[i - 1].fold in ("het", "in", "spreekt", "spreken", "en", "of"):
            continue  # "in het Frans", "spreekt Frans": the language
        tv = _match_seq(toks, i + 1, lex.tussenvoegsels)
        s = i + 1 + tv
        if s >= len(toks) or toks[i + 1].gap != " " or (tv and not _adjacent(toks, i + 1, s)):
            continue
        y = toks[s]
        if not y.cap or y.allcaps or y.camel or not y.adj or (y.fold in lex.never and y.low not in lex.last) or y.fold in lex.bank_words or y.fold in lex.rollen:
            continue
        if y.low in lex.last or (not lex.dutch(y.low) and y.fold not in lex.places) or (tv and y.fold not in lex.fixed_places):
            take(i, s + 1)


_CLOSINGS = frozenset({"mvg", "groet", "groeten", "groetjes", "gr", "vriendelijke", "hartelijke", "dank"})


def _signed(toks: list[_Tok], i: int, s: int, lex: Lexicon) -> bool:
    """toks[i..s] is a line of its own under a closing ("Mvg,\nZomer Hendriks") or above a role
    ("Zomer Hendriks\nJongerenwerker"): a signature."""
    if i > 0 and "\n" not in toks[i].gap:
        return False
    if i > 0 and toks[i - 1].fold in _CLOSINGS:
        return True
    nxt = toks[s + 1] if s + 1 < len(toks) else None
    return nxt is not None and "\n" in nxt.gap and (nxt.fold in lex.rollen or nxt.fold in lex.titles or nxt.fold.endswith(ROLE_ENDINGS))


def _inflected(low: str, lex: Lexicon) -> bool:
    """An inflected adjective ("sterke", "dikke", "grote"): its stem is a word too."""
    if not low.endswith("e") or len(low) < 4:
        return False
    stem = low[:-1]
    return stem in lex.words or (stem[-1] == stem[-2] and stem[:-1] in lex.words) or (stem[:-1] + stem[-2] + stem[-1] in lex.words)


def _possessive_word_names(toks: list[_Tok], caps: list[int], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """A listed first name that is also a word, with 's, before a lowercase noun: "Storm's voorstel
    is overgenomen" (no plural: "stormen"). After a vowel 's also makes a plural ("lente's",
    "foto's"), so there a person's verb must follow the noun ("Lente's aanpak werkt")."""
    for i in caps:
        t = toks[i]
        low = t.low
        if not low.endswith(("'s", "\u2019s")) or i in covered or i in strong or i + 1 >= len(toks) or t.allcaps:
            continue
        base = low[:-2]
        if base not in lex.first or base in VERB_NAMES or base in lex.function_words or not lex.ordinary(base):
            continue  # a name of no word list is found with its 's already
        nxt = toks[i + 1]
        if not nxt.adj or nxt.cap or nxt.low not in lex.words or nxt.low in lex.function_words:
            continue
        if base[-1] in "aeiouy" and not (i + 2 < len(toks) and verb_like(toks[i + 2], lex)):
            continue
        take(i, i + 1)


def _surnames_on_villages(toks: list[_Tok], caps: list[int], covered: set[int], protected: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """A one-word generated place that is a word (a village: "Putten", "Doorn") right after a found
    first name of no word list, before a role in brackets, a person's verb or a colon, or after a
    speech verb or person's preposition: the surname ("Anouk Putten (buurtbemiddelaar) en …",
    "volgens Anouk Putten"). Never a street, a curated place or no-name, or a listed phrase."""
    for i in caps:
        if i < 1 or i not in protected or i in strong or i in covered or i - 1 not in covered:
            continue
        t, prev = toks[i], toks[i - 1]
        if not t.adj or t.allcaps or t.camel or not prev.cap or prev.low not in lex.first or lex.ordinary(prev.low):
            continue
        if t.fold in lex.fixed_places or lex.street(t.fold) or _match_seq(toks, i, lex.never) > 1 or t.fold in lex.bank_words:
            continue
        before = toks[i - 2].fold if i >= 2 and prev.adj else ""
        if person_after(toks, i + 1, lex) or before in _BEFORE_PERSON or before in _SPEECH_VERBS:
            take(i - 1, i + 1)  # "Petra Putten (buurtbemiddelaar)", "zegt Anouk Putten dat …"


# prepositions of place before a street with a person's name ("aan de Hanna Zomerdijk" is rare, but
# "in Anna Paulowna" is a village)
_PLACE_PREPOSITIONS = frozenset({"aan", "in", "op", "naar", "richting", "via", "langs", "vanuit", "uit", "de", "het"})


def _surnames_on_places(toks: list[_Tok], caps: list[int], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """A capitalised first name of no word list (or a double one: "Pieter-Bas") right before a
    one-word place or a word with a street ending that surnames share: the surname ("Hanna
    Zomerdijk", "Wim Rozendaal", "Albert Meijering", "Pieter-Bas Hoogland"), even where the
    protection rules read a street. Never before a house number, after a preposition of place or an
    organisation's noun, nor a listed phrase of several words ("Anna Paulowna")."""
    pw = _particle_words(lex)
    for i in caps:
        t = toks[i]
        if i < 1 or not t.adj or t.allcaps or t.initial or (i in covered and i - 1 in covered):
            continue  # already one found name, or no word joined to one before it
        p = toks[i - 1]
        if p.fold in pw:
            a = _particles_before(toks, i, lex)
        elif p.cap and (p.low in lex.first or "-" in p.low) or ("-" in t.text and (p.fold in _BEFORE_PERSON or p.fold in lex.titles or p.fold in lex.rollen)):
            a = None
        else:
            continue  # the common case: no first name or particle before it (nor a person's word before a double surname)
        a = i if a is None or lex.never.get(toks[a].fold) and _match_seq(toks, a, lex.never) > 1 else a
        if a < 1:
            continue
        t, prev = toks[i], toks[a - 1]  # "Gerrit Olde Monnikhof": particles may stand between
        double = "-" in t.text and _double_surname(t, lex)
        if double and a == i and i not in covered and t.adj and (prev.fold in _BEFORE_PERSON or _role_or_title(prev, lex)):
            take(i, i + 1)  # "Volgens Smidt-Kerkhoven van de gemeente"
            continue
        if not t.adj or t.allcaps or t.camel or t.initial or not prev.cap or prev.allcaps or ("-" in t.text and not double) or not toks[a].adj:
            continue
        if not ((prev.low in lex.first and not lex.ordinary(prev.low)) or double_first(prev.low, lex)) or _match_seq(toks, a - 1, lex.never) > 1:
            continue
        listed = _among_found_names(toks, a - 1, i, covered)
        if a < i and (" ".join(x.fold for x in toks[a:i]) in ("van", "de", "van de", "van het", "in de", "op de", "uit de") and _never_listed(t, lex)) and not listed:
            continue  # "Jan van Amsterdam": from the city; "Ilse Bosman, Gerard van Kampen en Mirjam Dekker" are people
        f = t.fold
        street = lex.street(f) and f.endswith(_SURNAME_STREET_ENDINGS)
        if not (street or double or (f in lex.never and _match_seq(toks, i, lex.never) == 1) or lex.place_like(f)):
            continue
        # a town of the curated lists after a double first name is its surname too ("Anne-Marie Almelo"):
        # a hyphenated pair of first names leads no place ("Jan Amsterdam" may be the city's Jan)
        if (f in lex.fixed_places and not double and not listed and not ("-" in prev.low and a == i)) or f in lex.bank_words or f.endswith(lex.org_words) or shapes.thing_head(t, lex):
            continue
        if _house_number_after(toks, i):
            continue  # "Hanna Zomerdijk 12": an address
        if a >= 2 and prev.adj and (toks[a - 2].fold in _PLACE_PREPOSITIONS or toks[a - 2].fold.endswith(lex.org_words)):
            continue
        take(a - 1, i + 1)


# endings of Dutch surnames that split into Dutch words but are in no word list ("Wikkerink",
# "Ramakers", "Hendriksmans"); a noun's plural or compound of the list is in the list
_SURNAME_ENDINGS = ("ink", "ers", "mans", "sen")


def _unlisted_surnames(toks: list[_Tok], caps: list[int], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """A capitalised word with a surname's ending that is no word of the list (only a compound of
    Dutch words), mid-sentence, joined by "en" to a found name or after a person's preposition:
    "Ten Brinke en Wikkerink, de twee oudste vrijwilligers", "het gesprek met Ramakers". Never a
    place, street, organisation, service or listed phrase."""
    for i in caps:
        t = toks[i]
        if i < 1 or i in covered or i in strong or t.initial or not t.adj or t.allcaps or t.camel or "-" in t.text:
            continue
        f = t.fold
        if len(f) < 6 or not f.endswith(_SURNAME_ENDINGS) or t.low in lex.words or not lex.dutch(t.low) or t.low in lex.first:
            continue
        if f in lex.never or f in lex.bank_words or lex.place_like(f) or lex.street(f) or f.endswith(lex.org_words) or shapes.thing_head(t, lex):
            continue
        if i + 1 < len(toks) and toks[i + 1].cap and toks[i + 1].adj:
            continue  # "met Ramakers Bouw": a firm's name goes on
        prev = toks[i - 1]
        joined = prev.fold in ("en", "&") and i >= 2 and i - 2 in covered and toks[i - 2].cap
        if joined or prev.fold in _BEFORE_PERSON - {"van", "voor", "aan"}:
            take(i, i + 1, SOURCE_CANDIDATE)


def _double_surname(t: _Tok, lex: Lexicon) -> bool:
    """"Smidt-Kerkhoven", "Kuipers-Hoogeveen", "Dijk-Oldenhof": capitalised parts, the first a
    listed surname or no word and no place, the others a surname, no word, a street-shaped surname
    or a place (many double surnames hold one); no place head ("Nieuw-Vennep") or bank term."""
    parts = t.text.split("-")
    if not 2 <= len(parts) <= 3 or t.fold in lex.never or any(len(p) < 3 or not p[:1].isupper() or not p[1:].islower() for p in parts):
        return False
    folded = [p.lower() for p in parts]
    if any(f in shapes._PLACE_HEADS or f in lex.bank_words or f in lex.titles or f in lex.rollen for f in folded):
        return False
    head = folded[0]
    if not (head in lex.last or not (lex.dutch(head) or head in lex.never)) or (head in lex.never and all(f in lex.never for f in folded)):
        return False  # "Borger-Odoorn", "Echt-Susteren": two places
    return all(f in lex.last or not lex.dutch(f) or (lex.street(f) and f.endswith(_SURNAME_STREET_ENDINGS)) or (f in lex.never and f not in lex.fixed_places) for f in folded[1:])


def _role_or_title(t: _Tok, lex: Lexicon) -> bool:
    """An aanspreekvorm or role before a name ("mevrouw", "coördinator")."""
    return t.fold in lex.titles or t.fold in lex.rollen or is_role(t, lex)


def _among_found_names(toks: list[_Tok], a: int, b: int, covered: set[int]) -> bool:
    """toks[a..b] stand in a list of found names: a found name and a comma before, and "en" and a
    found name after, or the other way round ("Ilse Bosman, Gerard van Kampen en Mirjam Dekker")."""
    before = a >= 1 and toks[a].gap.strip() == "," and a - 1 in covered
    after = b + 2 < len(toks) and toks[b + 1].fold in ("en", "&") and toks[b + 1].adj and b + 2 in covered and toks[b + 2].cap
    comma_after = b + 1 < len(toks) and toks[b + 1].gap.strip() == "," and b + 1 in covered
    return (before and (after or comma_after)) or (after and a >= 1 and a - 1 in covered and toks[a].gap.strip() == ",")


def _house_number_after(toks: list[_Tok], i: int) -> bool:
    """A number right after toks[i] ("Kerkhof 3 is het adres"): digits are no tokens, they stand in
    the next token's gap."""
    return i + 1 < len(toks) and toks[i + 1].gap.strip()[:1].isdigit()


def _never_listed(t: _Tok, lex: Lexicon) -> bool:
    """A word of the never-a-name lists, or the first word of one of their phrases: mostly a listed
    place (not a street-shaped word), and after a lone "van" that is where someone comes from."""
    return t.fold in lex.never


def _initials_end(toks: list[_Tok], k: int) -> bool:
    """Bare initials end before toks[k]: the text or the item ends, or "en" joins the next person."""
    if k >= len(toks) or any(c in toks[k].gap for c in ",;(\n/"):
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return toks[k].fold in ("en", "&") and nxt is not None and nxt.cap and not nxt.allcaps


def _surname_comma_initials(toks: list[_Tok], caps: list[int], strong: set[int], lex: Lexicon, take) -> None:
    """A capitalised listed surname (also a word: "Bakker", "Visser"), a comma and initials with
    dots or two or three capitals, maybe the particles after them: "Bakker, A. (teamleider)",
    "Smit, JP", "Visser, M.A. de". The surname, initials and particles are one name."""
    n = len(toks)
    for i in caps:
        if i + 1 >= n or i in strong or toks[i + 1].gap != ", ":
            continue  # the common case: no comma right after a capitalised word
        t, x = toks[i], toks[i + 1]
        if t.allcaps or t.camel or t.low not in lex.last or t.fold in lex.bank_words or t.fold in lex.titles or t.fold in lex.never:
            continue
        if len(x.text) == 1 and x.text.isupper() and i + 2 <= n and (i + 2 == n or toks[i + 2].gap.startswith(".")):
            j = i + 1
            while j + 1 < n and len(toks[j + 1].text) == 1 and toks[j + 1].text.isupper() and toks[j + 1].gap == ".":
                j += 1  # "M.A."
        elif x.allcaps and 2 <= len(x.text) <= 3 and x.text.isalpha() and x.fold not in lex.bank_words and x.low not in lex.function_words and _initials_end(toks, i + 2):
            j = i + 1  # "Smit, JP"; "Bakker, HR en MT" is a list of bodies
        else:
            continue
        end = j + 1
        tv = _match_seq(toks, end, lex.tussenvoegsels)
        if tv and end + tv <= n and toks[end].gap.strip(" .") == "" and not toks[end].cap and (end + tv == n or not toks[end + tv].adj or toks[end + tv].gap.strip()):
            end += tv  # "Visser, M.A. de": the particles written after the initials
        take(i, end)
