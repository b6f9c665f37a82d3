"""What is surely no person: listed places and phrases, idioms, streets, titles of capitalised
Dutch words, buildings and institutions. The rules of each kind live in their own module: venues
and places named by Dutch words (venues.py: "in De Kelder", "De Molen gaat dicht", "Amsterdamse
Bos"), institutions named after a person (eponyms.py: "Anne Frank-school"), months and seasons as
dates (dates.py: "per jan", "Winter:"), abbreviations in mixed case and hyphenated words of the word
list, letters joined by "&" (abbreviations.py: "Wgs", "Burn-out", "P&O"), words a document's
structure capitalises (structure.py: "Wijk: Overvecht", "2. Post en Mededelingen", "Groot Nieuws:",
"per Wijk"). Here: streets, idioms, titles ("Lente in de Wijk", "het thema Storm en Stilte"), a
word after the article "het" ("uit het Broek", "naar het Pasjto"), colours ("code Oranje"), a word's
possessive naming a group ("de Mama's Club"), a building's noun before its name, a lowercase
compound for workers ("aandachtsfunctionarissen"), two English words side by side ("Associate
degree": lex.english, SCOWL). Saints, honours, rooms, acronyms in capitals and
compounds are things.py's, organisations organisations.py's, short weekdays dates.py's. `protected`
gathers them all: the pattern finders leave these words alone, and a name found elsewhere in the
audit is not applied to them."""

from __future__ import annotations

from collections.abc import Iterable

from .abbreviations import abbreviations, shorthand_word
from .context import building_names, institutions, verb_like
from .dates import _DATE_TOKENS, _S_TIMES, _SEASONS, _SHORT_DAYS, dates, day_dates
from .documents import initialled_surname, mail_label
from .eponyms import article_eponyms, eponym_compounds, house_eponyms
from .lexicon import _HONORIFICS, SOURCE_CANDIDATE, Lexicon
from .street_surnames import _SURNAME_STREET_ENDINGS
from .structure import address_fields, adjective_headings, agenda_items, form_labels, per_unit
from .organisations import _person_before, org_slots, role_led, role_units
from .places import _caps, led_as_person
from .things import glossed_names, things
from .tokens import _adjacent, _match_seq, _Tok
from .venues import _STATE_VERBS, _VENUE_TRIGGERS, building_noun, listed_place, listed_places, named_organisations, org_word_venues, place_named, venue_keys, venues

__all__ = ["protected", "venue_keys"]

_MARKS = _VENUE_TRIGGERS | _DATE_TOKENS | _S_TIMES | {"van"}


def _match_compound(toks: list[_Tok], i: int, table) -> int:
    """A listed phrase whose last word leads a hyphenated compound ("Keti Koti-maaltijd", "Veilig
    Thuis-melding"): the phrase's length in tokens, or 0."""
    if not any("-" in toks[j].text for j in range(i + 1, min(i + 5, len(toks)))):
        return 0
    for phrase in table.get(toks[i].fold, ()):
        n = len(phrase)
        if i + n > len(toks) or "-" not in toks[i + n - 1].fold:
            continue  # the common case: no compound where the phrase would end
        last = toks[i + n - 1].fold
        if last.startswith(phrase[-1] + "-") and len(last) > len(phrase[-1]) + 1 and all(toks[i + k].fold == p for k, p in enumerate(phrase[:-1])):
            return n
    return 0


def _match_ampersand(toks: list[_Tok], i: int, table) -> int:
    """A listed phrase with "en" written with "&" ("Rots & Water" for the listed "Rots en Water",
    "Jeugd & Gezin"): the phrase's length in tokens, or 0. The "&" is no token, only the gap."""
    if i + 1 >= len(toks) or "&" not in toks[i + 1].gap:
        return 0  # the common case
    for phrase in table.get(toks[i].fold, ()):
        if "en" not in phrase:
            continue
        k = i + 1
        for w in phrase[1:]:
            if w == "en" and k < len(toks) and toks[k].gap.strip() == "&":
                continue
            if k >= len(toks) or toks[k].fold != w:
                break
            k += 1
        else:
            return k - i
    return 0


def protected(lex: Lexicon, toks: list[_Tok]) -> tuple[set[int], set[int]]:
    """Tokens that are no person: a listed place or phrase ("Veilig Thuis", "Den Haag", "Keti
    Koti"), an idiom ("jan en alleman"), a street with the words before it ("Karel
    Doormanstraat"), and a title of capitalised Dutch words ("Taal Doet Meer", "Samen in de Wijk").
    Returns (all of them, the strong ones): a known surname may still stand on a listed place
    ("van der Linden", Linden being a village), never on a street, idiom or title."""
    out: set[int] = set()
    strong: set[int] = set()
    caps: list[int] = []  # what the round-6 rules look at: capitals, articles and link verbs, months
    marks: list[int] = []
    short: list[int] = []  # words of no list and no vowel: shorthand ("telnr", "gr")
    days: list[int] = []  # short weekdays ("ma", "vr", "Mo")
    english: list[int] = []  # English words of no name list and no Dutch word ("please", "insurance")
    words, never, idioms, english_words = lex.words, lex.never, lex.idioms, lex.english
    for i, t in enumerate(toks):
        fold, cap = t.fold, t.cap
        if cap:
            caps.append(i)
        if fold in _MARKS:
            marks.append(i)
        elif fold in _SHORT_DAYS:
            days.append(i)
        if t.low not in words:
            if t.low in english_words:
                english.append(i)
            if shorthand_word(t.low):
                short.append(i)  # few words are no word of the list: the check is seldom made
            elif t.low in lex.note_shorthand:
                strong.add(i)  # "resp. ziet het niet als probleem", "Opm. IV:", "Aanw.: Sanne": a note's shorthand
            elif not cap and len(t.low) >= 12 and t.low.endswith(_ROLE_HEADS) and lex.dutch(t.low):
                strong.add(i)  # "aandachtsfunctionarissen", "jeugdprofessionals": workers, typed as a word
            elif not cap and _led_role(toks, i):
                strong.add(i)  # "lead toetser", "leadtoetser", "co-coördinator": a role led by an English word
        if fold in idioms:
            k = _match_seq(toks, i, idioms)
            if k and _adjacent(toks, i, i + k - 1) or k == 1:
                strong.update(range(i, i + k))
        if not cap and not t.allcaps:
            continue  # the common case: every rule below asks for a capital
        if fold in never:
            k = _match_seq(toks, i, lex.never) or _match_compound(toks, i, lex.never) or _match_ampersand(toks, i, lex.never)
            if k and all(toks[i + j].cap or toks[i + j].allcaps or len(lex.never[t.fold][0]) > 1 for j in range(k)):
                # a phrase of several words ("Huis van de Wijk", "Den Haag") holds no surname
                (strong if k > 1 else out).update(range(i, i + k))
        if t.cap and t.fold in lex.street_suffixes and i > 0 and toks[i - 1].cap and _adjacent(toks, i - 1, i) and toks[i - 1].low in lex.words and toks[i - 1].low not in lex.first and toks[i - 1].fold not in lex.tussenvoegsels:
            strong.update((i - 1, i))  # "De Grote Markt", "Oude Haven": a bare street word after a Dutch word
            if i > 1 and toks[i - 2].fold in ("de", "het") and _adjacent(toks, i - 2, i - 1):
                strong.add(i - 2)
        if t.cap and lex.street(t.fold.rsplit("-", 1)[-1] if "-" in t.fold else t.fold) and not _acting_surname(lex, toks, i) and not initialled_surname(lex, toks, i) and not _named_surname(lex, toks, i):
            strong.add(i)
            # a plain Dutch word ("Vroegsignalering") is no street named after a person: no particle before it is the street's
            word = t.low in lex.words
            j = i - 1  # "Burgemeester de Withstraat", "Prins Hendrikkade", "Van Heemstraweg"
            while j >= 0 and i - j <= 4 and _adjacent(toks, j, j + 1):
                if toks[j].cap or (not word and toks[j].fold in lex.tussenvoegsels and toks[j + 1].cap and j > 0 and toks[j - 1].cap and _adjacent(toks, j - 1, j)):
                    strong.add(j)
                    j -= 1
                else:
                    break
    strong |= _titles(lex, toks)
    buildings = building_names(toks, lex)
    strong |= buildings | _building_nouns(toks, lex, buildings) | institutions(toks, lex)
    strong |= venues(toks, lex, marks) | eponym_compounds(toks, lex, caps) | dates(toks, lex, marks) | place_named(toks, lex, caps)
    strong |= listed_places(toks, lex, caps) | article_eponyms(toks, lex, marks) | named_organisations(toks, lex, caps) | org_word_venues(toks, lex, marks)
    strong |= _neuter_nouns(toks, lex, marks) | _colours(toks, lex, caps) | _word_possessives(toks, lex, caps)
    strong |= form_labels(toks, lex, caps) | per_unit(toks, lex, caps) | adjective_headings(toks, lex, caps) | agenda_items(toks, lex, caps)
    strong |= address_fields(toks, lex, caps)
    weak, left_out = abbreviations(toks, lex, caps, short)
    out |= weak | _preposition_van(toks, lex, marks)
    strong |= _role_heads(toks, lex) | things(toks, lex, caps) | day_dates(toks, days)
    strong |= role_units(toks, lex, caps) | house_eponyms(toks, lex, caps)  # "manager Wijk: Hester", "de Aletta Jacobskamer"
    strong |= glossed_names(toks, lex)  # "Al Ouma betekent gemeenschap" (things.py)
    strong |= left_out
    if len(english) > 1:
        strong |= _english_phrases(toks, english)
    return out | strong, strong


def _english_phrases(toks: list[_Tok], english: list[int]) -> set[int]:
    """Two English words side by side are English, no name: "Please consider the environment",
    "Associate degree", "European Health Insurance Card", "Your message couldn't be delivered".
    `english`: the words of the SCOWL list that are no Dutch word and no first name or surname of the
    lists (a listed "Grace" stays the finders'), so a name of no list beside an English word ("Eze")
    keeps its reading."""
    out: set[int] = set()
    for a, b in zip(english, english[1:]):
        if b == a + 1 and _adjacent(toks, a, b):
            out.update((a, b))
    return out


def audit_things(base: Iterable[tuple[object, list[_Tok], list[tuple], set[int]]], lex: Lexicon) -> frozenset[str]:
    """The folded words that some text of the audit surely reads as no person (`protected`'s strong
    words: "Stichting Welzijn Eemhart", "de Kuierklub", "Fonds Coehoorn") and that no text leads as a
    person ("mevrouw Eemhart", "Anja Eemhart"): no person anywhere in the audit. Audit-level
    evidence, as audit_places is for places: a word one text shows to be the organisation or a
    venue is no candidate in the texts that name it bare ("Eemhart verwijst door"), and a find that
    took it with a person ("@sterre.jw.eemhart") does not spread it. Only words that no list holds as
    a first name, a surname or a place and no Dutch word (those have rules of their own), and only
    where no finder took the word in that same text. Round 14: also a word of no list in an
    organisation's slot ("werkt bij Icare": organisations.org_slots), though the candidates took it
    there; and a Dutch word of no name list that two texts name as an organisation ("Stichting
    Zeewind Welzijn"), which a first name before it ("Esther Zeewind:", a chat's display name) does
    not make a person. `base`: per text (normalised text, its words, the spans found, the strong
    words), as NameFinder keeps them."""
    seen: set[str] = set()
    texts: list[tuple[list[_Tok], list[int]]] = []
    named: dict[str, int] = {}  # word -> the texts holding it as no person
    worded: set[str] = set()
    for _, toks, raw, strong in base:
        caps = _caps(toks)
        if caps:
            texts.append((toks, caps))
        slots = set(org_slots(toks, lex, strong, caps)) if caps else set()  # "werkt bij Icare": an organisation's slot
        for i in strong | slots:
            t = toks[i]
            if not t.cap or t.allcaps or len(t.fold) < 4 or not t.fold.isalpha() or t.fold in seen:
                continue
            if t.low in lex.first or t.low in lex.last or listed_place(t.fold, lex) or lex.street(t.fold):
                continue  # a street's shape is no identity: "Hoogenbaan zegt" alone reads as a street, "Gerrit Hoogenbaan" not
            if lex.dutch(t.low):
                if i in slots and i not in strong:
                    continue
                worded.add(t.fold)  # "Zeewind": a Dutch word of no name list, only when two texts name it so
            if any(r[0] < t.end and r[1] > t.start and not (i in slots and r[2] == SOURCE_CANDIDATE and r[0] == t.start and r[1] == t.end) for r in raw):
                continue  # strong, and yet a finder took it here ("Gerrit \"Gerrie\" Hoogenbaan"); a slot's word only the candidates'
            seen.add(t.fold)
        for f in {toks[i].fold for i in strong if toks[i].fold in seen and _org_named(toks, i, lex)}:
            named[f] = named.get(f, 0) + 1
    seen -= {w for w in worded if named.get(w, 0) < 2}
    if not seen:
        return frozenset()
    led = led_as_person(texts, seen, lex)
    # a word two texts name as an organisation ("Stichting Zeewind Welzijn", "Zeewind Welzijn, Goes") is the
    # organisation after a first name too (a chat's display name "Esther Zeewind:"); an aanspreekvorm
    # or a role before it still makes it a person ("mevrouw Zeewind")
    if twice := {w for w in led if named.get(w, 0) > 1}:
        led -= twice - led_as_person(texts, twice, lex, titled_only=True)
    return frozenset(seen - led)


def _org_named(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """toks[i] is named as an organisation: an organisation's noun before it ("Stichting Zeewind") or
    a trade after it ("Zeewind Welzijn")."""
    if i > 0 and toks[i - 1].fold.endswith(lex.org_heads) and _adjacent(toks, i - 1, i):
        return True
    return i + 1 < len(toks) and toks[i + 1].cap and toks[i + 1].fold.endswith(lex.firm_tails) and _adjacent(toks, i, i + 1)


def _acting_surname(lex: Lexicon, toks: list[_Tok], i: int) -> bool:
    """"Hennie Kruithof vertelt": a first name, a word with a street ending that surnames share, and
    a person's verb (a street "is" or "ligt", it never "vertelt")."""
    t = toks[i]
    if i < 1 or i + 1 >= len(toks) or not t.fold.endswith(_SURNAME_STREET_ENDINGS) or t.low in lex.words:
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    return prev.cap and prev.low in lex.first and _adjacent(toks, i - 1, i) and nxt.fold not in _STATE_VERBS and verb_like(nxt, lex)


def _named_surname(lex: Lexicon, toks: list[_Tok], i: int) -> bool:
    """"Kevin Oosterbaan", "Ewoud Stellingwerf": a listed surname with a street's ending right after a
    listed first name is that person's surname, no street ("Karel Doormanstraat": no surname); so
    is any word after an aanspreekvorm and a first name ("dhr. Ruud Kamsteeg"). Elsewhere a listed
    surname shaped like a street is taken where no street fits by street_surnames."""
    t = toks[i]
    if i < 1 or t.low in lex.words or "-" in t.text:
        return False
    prev = toks[i - 1]
    first = prev.cap and not prev.allcaps and (prev.low in lex.first or prev.low.rsplit("-", 1)[-1] in lex.first) and _adjacent(toks, i - 1, i)
    if first and i > 1 and toks[i - 2].fold in _HONORIFICS and _adjacent(toks, i - 2, i - 1):
        return True  # "dhr. Ruud Kamsteeg"
    return first and t.low in lex.last


# the particles that, capitalised inside a run of capitalised words, lead a surname
_NAME_PARTICLES = frozenset({"Van", "Ter", "Ten", "Den", "Der", "Von", "Vd"})


def _titles(lex: Lexicon, toks: list[_Tok]) -> set[int]:
    """Runs of capitalised Dutch words, maybe joined ("Centrum voor Jeugd en Gezin"), with no
    first name among them: a title or a programme. Two surnames joined ("Bakker en Visser") or a
    sentence's first word before one ("Volgens de Vries") are no title."""
    out: set[int] = set()
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if not t.cap or (i + 1 < n and not toks[i + 1].cap and toks[i + 1].fold not in lex.title_joins) or i + 1 == n:
            i += 1  # a title needs a second capitalised word, next or after a joining word
            continue
        season = _season_title(toks, i, lex)
        # after "het thema", "de workshop" a title may hold a first name that is a word ("Storm en Stilte")
        named = i > 0 and toks[i - 1].fold in lex.title_nouns and not toks[i - 1].cap and _adjacent(toks, i - 1, i)
        if (t.fold in lex.first and not season and not (named and lex.ordinary(t.low))) or t.fold in _HONORIFICS or not (lex.dutch(t.low) or t.fold in lex.never) or (len(t.text) == 1 and toks[i + 1].gap.startswith(".")):
            i += 1  # "Dhr. Ter Haar": an aanspreekvorm starts a name, not a title; "P.A. KOOLHOVEN": initials
            continue
        caps, joined, j = [i], False, i + 1
        while j < n:
            k = _match_seq(toks, j, lex.title_joins)
            nxt = j + k
            if nxt < n and _adjacent(toks, j - 1, nxt) and toks[nxt].cap and not mail_label(toks, nxt) and (toks[nxt].fold not in lex.first or (named and lex.ordinary(toks[nxt].low))) and (lex.dutch(toks[nxt].low) or toks[nxt].fold in lex.never):
                joined = joined or (k > 1 and caps == [i])
                caps.append(nxt)
                j = nxt + 1
            else:
                break
        lone = len(caps) == 2 and toks[caps[0]].fold in lex.tussenvoegsels and toks[caps[1]].fold not in lex.never
        # "Het Groot Onderhoud", "De Groot Brabant Dag": a sentence's article before a title of three
        # words or more that ends in no surname is no particle
        article = toks[caps[0]].initial and toks[caps[0]].fold in ("de", "het") and len(caps) >= 3 and toks[caps[-1]].low not in lex.last
        # "Dijkstra en Van Kampen", "Broek en Van den Bosch": a capitalised "Van", "Ter" inside the run
        # leads a surname (a title writes "Huis van de Wijk")
        particle = any(toks[c].text in _NAME_PARTICLES and not toks[c].initial for c in caps[1:])
        if lone or particle or any(toks[c].fold in lex.tussenvoegsels and c + 1 < n and toks[c + 1].low in lex.last and not (article and c == caps[0]) for c in caps):
            i = max(j, i + 1)  # "Ter Beek en Ten Brink": particles before surnames, no title
            continue
        inner = [c for c in caps if not toks[c].initial]
        if not season and (_person_led(toks, caps, lex) or role_led(toks, caps, lex)):
            i = max(j, i + 1)
            continue
        title = season or (len(inner) >= 2 and any(toks[c].fold not in lex.last for c in inner)) or (
            joined and toks[i].initial and toks[i].fold not in lex.last
        )
        if title and len(caps) >= 2:
            out.update(range(caps[0], caps[-1] + 1))
        i = max(j, i + 1)
    return out


def _person_led(toks: list[_Tok], caps: list[int], lex: Lexicon) -> bool:
    """A run of capitals after a first name, an initial or an aanspreekvorm is the rest of a
    person's name and a place, not a title: "mevrouw Petronella Hulshof uit Elim", "Corinne Westerhof
    uit Meppel", "dhr. B. Te Lintelo uit Gelselaar", "Henk Groot Wassink". Not when it starts with a
    listed no-name ("Anouar Arabisch en Tarifit": a language). Who leads a person is organisations._person_before's."""
    a = caps[0]
    if a == 0 or not _adjacent(toks, a - 1, a) or toks[a].fold in lex.never:
        return False
    p = toks[a - 1]
    return _person_before(toks, a, lex) and not (p.allcaps and p.fold not in _HONORIFICS) or p.cap and len(p.text) == 1 and toks[a].gap.startswith(".")


def _season_title(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """A season that is also a first name leading a title with a preposition: "Lente in de Wijk",
    "Lente op het Plein" (a festival); "Lente en Bakker" are two people, "Lente van Dam" one."""
    if toks[i].fold not in _SEASONS or i + 1 >= len(toks):
        return False
    k = _match_seq(toks, i + 1, lex.title_joins)
    return k > 0 and toks[i + 1].fold not in ("en", "of", "&")


# prepositions before "het" and a noun: "vertaald naar het Pasjto", "wonen in het Hoogland", "bij het
# Anker"; not "om" ("om het Sanne uit te leggen": "het" is a pronoun there)
_ARTICLE_PREPOSITIONS = frozenset({
    "naar", "in", "uit", "vanuit", "op", "bij", "over", "aan", "van", "voor", "met", "door", "tijdens", "na",
    "rond", "binnen", "buiten", "achter", "onder", "boven", "tegenover", "via", "vanaf", "tot", "sinds",
})


def _neuter_nouns(toks: list[_Tok], lex: Lexicon, marks: list[int]) -> set[int]:
    """A capitalised word after the article "het" is a thing, a place or a language, never a person:
    "Het Hoogland is een wijk", "vertaald naar het Pasjto", "wonen in het Hoogland" (no one is "het
    Visser"). "het" is an article at a sentence's start or after a preposition; after a verb it may be
    a pronoun ("heb het Fatima uitgelegd"), and after a name or an aanspreekvorm "in het", "van het"
    are a surname's particles ("Anja in het Veld", "mevrouw van het Hof"). A possessive or a
    hyphenated compound after it holds a person's name ("het Bakker-dossier")."""
    out: set[int] = set()
    for i in marks:
        t = toks[i]
        if t.fold != "het" or i + 1 >= len(toks):
            continue
        prev = toks[i - 1] if i > 0 else None
        # "naar het Dari en het Pasjto": a second one after a first
        second = prev is not None and prev.fold in ("en", "of") and i >= 3 and toks[i - 3].fold == "het" and (i - 2 in out or toks[i - 2].fold in lex.never)
        if t.text == "Het":
            if not t.initial:
                continue
        elif t.text != "het" or prev is None or (prev.fold not in _ARTICLE_PREPOSITIONS and not second) or not _adjacent(toks, i - 1, i):
            continue
        w = toks[i + 1]
        if not w.cap or w.allcaps or w.initial or "-" in w.text or not _adjacent(toks, i, i + 1) or (w.low in lex.first and not lex.ordinary(w.low)):
            continue
        if prev is not None and not second and t.text == "het" and i >= 2:
            before = toks[i - 2]
            if (before.cap or before.fold in _HONORIFICS or before.fold in lex.titles) and _adjacent(toks, i - 2, i - 1):
                continue
        if i + 2 < len(toks) and toks[i + 2].gap.startswith(("'", "\u2019")):
            continue  # "uit het Kowalczyk's dossier": a possessive is a person's
        if w.low.endswith("s") and w.low[:-1] in lex.last and w.low not in lex.words:
            continue  # "in het Bakkers dossier"
        out.add(i + 1)
    return out


# the link verbs a colour follows as a score's value ("de uitkomst was Oranje")
_COLOUR_LINKS = frozenset({"is", "was", "werd", "wordt", "blijft", "bleef", "staat", "stond"})


def _colours(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """Capitalised colours (lex.colours) that are colours: after a code or a score ("code Rood",
    "fase Oranje"), joined by slashes ("Rood/Oranje/Groen"), or two or more joined by "en", "of" or
    commas where the text speaks of colours, a logo or shirts (lex.coloured: "Groen en Zwart zijn de
    kleuren van het logo").
    Never after an aanspreekvorm ("mevr. Groen en dhr. Zwart"), nor "Groen en Zwart" without a
    word of colour around: two surnames."""
    out: set[int] = set()
    found = [i for i in caps if toks[i].fold in lex.colours and not toks[i].allcaps]
    if not found:
        return out  # the common case
    coloured = None
    for i in found:
        prev = toks[i - 1] if i > 0 else None
        if prev is not None and prev.fold in _HONORIFICS:
            continue
        if prev is not None and prev.fold in lex.colour_scales and (not prev.cap or prev.initial) and _adjacent(toks, i - 1, i):
            out.add(i)  # "code Rood", "score Groen"
            continue
        if prev is not None and prev.fold in _COLOUR_LINKS and not prev.cap and _adjacent(toks, i - 1, i) and any(toks[k].fold in lex.colour_scales for k in range(max(i - 5, 0), i - 1)):
            out.add(i)  # "de uitkomst was Oranje", "de score blijft Rood"
            continue
        partner = [k for k in (i - 1, i + 1, i - 2, i + 2) if 0 <= k < len(toks) and k in found and k != i]
        if any(abs(k - i) == 1 and toks[max(k, i)].gap.strip() == "/" for k in partner):
            out.add(i)  # "Rood/Oranje/Groen": a traffic light
            continue
        joined = [k for k in partner if abs(k - i) == 1 and toks[max(k, i)].gap.strip() == ","] + [
            k for k in partner if abs(k - i) == 2 and toks[(k + i) // 2].fold in ("en", "of", "&") and _adjacent(toks, min(k, i), max(k, i))
        ]
        if joined and not any(toks[k - 1].fold in _HONORIFICS for k in joined if k > 0):
            if coloured is None:
                coloured = any(any(part in t.fold for part in lex.coloured) for t in toks)
            if coloured:
                out.add(i)
    return out


def _word_possessives(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A Dutch word's possessive leading a capitalised word names a group or a place: "de Mama's
    Club", "Papa's Café", "Moeder's Kookgroep"; a name's possessive stays one ("Sannes Club",
    "Bakker's dossier")."""
    out: set[int] = set()
    for i in caps:
        t = toks[i]
        if not t.low.endswith(("'s", "\u2019s")) or i + 1 >= len(toks):
            continue
        base, nxt = t.low[:-2], toks[i + 1]
        if base not in lex.words or base in lex.first or base in lex.last or not nxt.cap or not _adjacent(toks, i, i + 1):
            continue
        if lex.dutch(nxt.low) and nxt.low not in lex.first and nxt.low not in lex.last:
            out.update((i, i + 1))
    return out


def _building_nouns(toks: list[_Tok], lex: Lexicon, buildings: set[int]) -> set[int]:
    """The capitalised noun before a building's name ("Bakkerij De Koning", "Jeugdcentrum De Vries"):
    the building's, no first part of a person's name."""
    out: set[int] = set()
    for i in buildings:
        if i > 0 and i - 1 not in buildings and toks[i - 1].cap and building_noun(toks, i - 1, lex):
            out.add(i - 1)
    return out


def _preposition_van(toks: list[_Tok], lex: Lexicon, marks: list[int]) -> set[int]:
    """A lowercase "van" after a noun is the preposition, no particle of the name after it: "de
    kinderen van Pinas", "het verslag van Visser", "een collega van Raster", "opmerkingen van
    Jan-Willem de Bruijn" (the name is found on its own, without "van"). After a first name, an
    aanspreekvorm or a role ("Sanne van Wijk", "mevrouw van Dam", "jongerenwerker van Dijk"), after a
    function word ("met van Dam") or before "der", "den" it is the particle."""
    out: set[int] = set()
    for i in marks:
        t = toks[i]
        if t.text != "van" or not 0 < i < len(toks) - 1 or not _adjacent(toks, i - 1, i) or not _adjacent(toks, i, i + 1):
            continue
        prev, nxt = toks[i - 1], toks[i + 1]
        if (prev.cap and not prev.initial) or prev.allcaps or prev.low not in lex.words or prev.low in lex.first or prev.low in lex.last or prev.low in lex.function_words:
            continue
        if prev.fold in _HONORIFICS or prev.fold in lex.titles or len(prev.low) < 3:
            continue
        if nxt.cap or (nxt.text == "de" and i + 2 < len(toks) and toks[i + 2].cap and _adjacent(toks, i + 1, i + 2)):
            out.add(i)
    return out


# endings of the nouns for a worker, also in the plural ("Jeugdprofessional", "Buurtbemiddelaars")
_ROLE_HEADS = ("functionaris", "functionarissen", "professional", "professionals", "bemiddelaar", "bemiddelaars", "werker", "werkers", "coach", "coaches", "consulent", "consulenten", "begeleider", "begeleiders", "medewerker", "medewerkers", "vrijwilliger", "vrijwilligers", "regisseur", "regisseurs", "adviseur", "adviseurs", "deskundige", "deskundigen", "toetser", "toetsers", "auditor", "auditoren")


# the English words that lead a role, apart or run into it ("lead toetser", "leadtoetser", "co-trainer")
_ROLE_LEADS = ("lead", "co", "co-", "chief", "interim")
_LED_ROLES = frozenset(lead + head for lead in _ROLE_LEADS for head in _ROLE_HEADS)  # run together: "leadtoetser"


def _led_role(toks: list[_Tok], i: int) -> bool:
    """A lowercase English word before a worker's noun, or run into it: "(lead toetser)", "K. Verbeek
    (leadtoetser)" are roles, no names ("lead" is no word of the Dutch list)."""
    low = toks[i].low
    if low in _ROLE_LEADS:
        return i + 1 < len(toks) and not toks[i + 1].cap and toks[i + 1].low.endswith(_ROLE_HEADS) and _adjacent(toks, i, i + 1)
    return low in _LED_ROLES


def _role_heads(toks: list[_Tok], lex: Lexicon) -> set[int]:
    """A sentence's first word naming workers before their names ("Jeugdprofessional Okafor en…",
    "Buurtbemiddelaars Roy Martina en…", "Roma-brugfunctionaris Milan Horváth"): a Dutch compound with
    a worker's ending, no name itself, is the role, no part of the name after it; as a label before a
    colon its first part may be English ("Leadtoetser: Karin Verhoeven")."""
    if len(toks) < 2:
        return set()
    t = toks[0]
    if not t.cap or t.allcaps or len(t.low) < 8 or not t.low.endswith(_ROLE_HEADS) or t.low in lex.first or t.low in lex.last:
        return set()
    role = t.low.rsplit("-", 1)[-1]  # "Roma-brugfunctionaris": the worker is the last part
    if not lex.dutch(role) and not toks[1].gap.startswith(":"):
        return set()
    return {0}
