"""What is surely no person: listed places and phrases, idioms, streets, titles of capitalised
Dutch words, buildings and institutions; since round 6 also venues ("in De Kelder", "De Molen gaat
dicht", "Smederij en De Molen zijn de vergaderruimtes"), institutions named after a person ("Anne
Frank-school"), months and seasons as dates ("per jan", "Winter:"), and abbreviations in mixed case
("Wgs") or hyphenated words of the word list ("Burn-out"). The pattern finders leave these words
alone, and a name found elsewhere in the audit is not applied to them."""

from __future__ import annotations

import re

from .context import building_names, institutions, verb_like
from .documents import initialled_surname, mail_label
from .lexicon import _HONORIFICS, Lexicon
from .shapes import _MONTH_WORDS, _MONTHS
from .tokens import _adjacent, _match_seq, _Tok


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
    for i, t in enumerate(toks):
        if t.cap:
            caps.append(i)
        if t.fold in _MARKS:
            marks.append(i)
        if t.fold in lex.never and (t.cap or t.allcaps):
            k = _match_seq(toks, i, lex.never) or _match_compound(toks, i, lex.never)
            if k and all(toks[i + j].cap or toks[i + j].allcaps or len(lex.never[t.fold][0]) > 1 for j in range(k)):
                # a phrase of several words ("Huis van de Wijk", "Den Haag") holds no surname
                (strong if k > 1 else out).update(range(i, i + k))
        if t.fold in lex.idioms:
            k = _match_seq(toks, i, lex.idioms)
            if k and _adjacent(toks, i, i + k - 1) or k == 1:
                strong.update(range(i, i + k))
        if t.cap and t.fold in lex.street_suffixes and i > 0 and toks[i - 1].cap and _adjacent(toks, i - 1, i) and toks[i - 1].low in lex.words and toks[i - 1].low not in lex.first and toks[i - 1].fold not in lex.tussenvoegsels:
            strong.update((i - 1, i))  # "De Grote Markt", "Oude Haven": a bare street word after a Dutch word
            if i > 1 and toks[i - 2].fold in ("de", "het") and _adjacent(toks, i - 2, i - 1):
                strong.add(i - 2)
        if t.cap and lex.street(t.fold.rsplit("-", 1)[-1] if "-" in t.fold else t.fold) and not _acting_surname(lex, toks, i) and not initialled_surname(lex, toks, i):
            strong.add(i)
            j = i - 1  # "Burgemeester de Withstraat", "Prins Hendrikkade", "Van Heemstraweg"
            while j >= 0 and i - j <= 4 and _adjacent(toks, j, j + 1):
                if toks[j].cap or (toks[j].fold in lex.tussenvoegsels and toks[j + 1].cap and j > 0 and toks[j - 1].cap and _adjacent(toks, j - 1, j)):
                    strong.add(j)
                    j -= 1
                else:
                    break
    strong |= _titles(lex, toks)
    strong |= building_names(toks, lex) | institutions(toks, lex)
    strong |= venues(toks, lex, marks) | eponym_compounds(toks, lex, caps) | dates(toks, lex, marks) | _place_named(toks, lex, caps)
    weak, left_out = abbreviations(toks, lex, caps)
    out |= weak
    strong |= left_out
    return out | strong, strong

# street endings that also end Dutch surnames ("Kruithof", "Bloemendijk", "Harderwijk", "Terbrug")
_SURNAME_ENDINGS = ("hof", "hoven", "dijk", "wijk", "brug", "haven", "ring")
_STATE_VERBS = frozenset({"is", "was", "wordt", "werd", "ligt", "lag", "blijft", "heeft", "had", "gaat", "loopt", "staat"})


_LEFT_OUT = frozenset({"X", "Y", "Z", "XX", "NN"})


def _acting_surname(lex: Lexicon, toks: list[_Tok], i: int) -> bool:
    """"Hennie Kruithof vertelt": a first name, a word with a street ending that surnames share, and
    a person's verb (a street "is" or "ligt", it never "vertelt")."""
    t = toks[i]
    if i < 1 or i + 1 >= len(toks) or not t.fold.endswith(_SURNAME_ENDINGS) or t.low in lex.words:
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    return prev.cap and prev.low in lex.first and _adjacent(toks, i - 1, i) and nxt.fold not in _STATE_VERBS and verb_like(nxt, lex)


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
        if t.fold in lex.first or t.fold in _HONORIFICS or not (lex.dutch(t.low) or t.fold in lex.never) or (len(t.text) == 1 and toks[i + 1].gap.startswith(".")):
            i += 1  # "Dhr. Ter Haar": an aanspreekvorm starts a name, not a title; "P.A. KOOLHOVEN": initials
            continue
        caps, joined, j = [i], False, i + 1
        while j < n:
            k = _match_seq(toks, j, lex.title_joins)
            nxt = j + k
            if nxt < n and _adjacent(toks, j - 1, nxt) and toks[nxt].cap and not mail_label(toks, nxt) and toks[nxt].fold not in lex.first and (lex.dutch(toks[nxt].low) or toks[nxt].fold in lex.never):
                joined = joined or (k > 1 and caps == [i])
                caps.append(nxt)
                j = nxt + 1
            else:
                break
        lone = len(caps) == 2 and toks[caps[0]].fold in lex.tussenvoegsels and toks[caps[1]].fold not in lex.never
        if lone or any(toks[c].fold in lex.tussenvoegsels and c + 1 < n and toks[c + 1].low in lex.last for c in caps):
            i = max(j, i + 1)  # "Ter Beek en Ten Brink": particles before surnames, no title
            continue
        inner = [c for c in caps if not toks[c].initial]
        title = (len(inner) >= 2 and any(toks[c].fold not in lex.last for c in inner)) or (
            joined and toks[i].initial and toks[i].fold not in lex.last
        )
        if title and len(caps) >= 2:
            out.update(range(caps[0], caps[-1] + 1))
        i = max(j, i + 1)
    return out


# prepositions of place a person hardly follows: one is met "bij" or "met", sent "naar", waited "op"
# ("naar De Jong gestuurd"), but no one is "in" or "vanuit" De Jong
_PLACE_PREPOSITIONS = frozenset({"in", "uit", "vanuit", "binnen", "buiten", "rondom", "nabij"})
_VENUE_LINKS = frozenset({"is", "zijn", "was", "waren", "blijft", "blijven", "heet", "heten"})
_LIST_JOINS = frozenset({"en", "of", "&"})
_VENUE_TRIGGERS = _VENUE_LINKS | {"de", "het"}
_ROOM_DETERMINERS = frozenset({"de", "het", "onze", "twee", "drie", "vier", "hun", "alle"})
_PLACE_LABELS = frozenset({"waar", "plaats", "adres", "bezoekadres", "plek"})


def venues(toks: list[_Tok], lex: Lexicon, marks: list[int] | None = None) -> set[int]:
    """"jongerenavond in De Kelder", "vanuit Het Anker", "Smederij en De Molen zijn de
    vergaderruimtes", "Aafje en Laurens zijn de verpleeghuizen": an article and capitalised Dutch
    words after a preposition of place, or capitalised names the words after them call rooms or
    buildings, name a venue. "mevr. De Molen zegt", "De Molen (jongerenwerker) vertelt", "gesprek met
    De Haan", "de mail van De Vries" stay persons (no such preposition, no such words after them).
    `marks`: the indexes of the articles and link verbs among others (all words when not given)."""
    out: set[int] = set()
    n = len(toks)
    for i in (range(1, n - 1) if marks is None else marks):
        t = toks[i]
        if t.fold not in _VENUE_TRIGGERS or not 0 < i < n - 1:
            continue  # the common case: no article, no link verb
        if t.fold in _VENUE_LINKS:
            if toks[i + 1].fold in _ROOM_DETERMINERS and _rooms_after(toks, i, lex):
                out |= _listed_before(toks, i, lex)
            continue
        if not toks[i + 1].cap or not _adjacent(toks, i, i + 1):
            continue
        j = _venue_words(toks, i + 1, lex)
        if j == i + 1:
            continue
        prev = toks[i - 1]
        if j < n and toks[j].gap.strip() == "(" and (toks[j].fold in lex.rollen or toks[j].fold in lex.titles):
            continue  # "in De Wit (teamleider) heeft het team…": a person and the functie
        # "Anja in het Veld", "Kees uit de Bos": after a name "in het", "uit de" are its particles
        named = i >= 2 and toks[i - 2].cap and (toks[i - 2].low in lex.first or toks[i - 2].low in lex.last) and _adjacent(toks, i - 2, i)
        if prev.fold in _PLACE_PREPOSITIONS and not prev.cap and _adjacent(toks, i - 1, i) and not t.initial and not named:
            out.update(range(i, j))
        elif t.cap and prev.fold not in lex.titles and _building_state(toks, j):
            out.update(range(i, j))
        elif t.gap.strip() == ":" and (prev.fold in _PLACE_LABELS or (prev.fold.endswith(lex.org_words) and not prev.fold.endswith(_NO_ROOMS))):
            out.update(range(i, j))  # "Locatie: De Kelder", "Waar: Het Anker"
        elif _noun_after(toks, j, lex) or (prev.fold in _TOWARDS and not prev.cap and _adjacent(toks, i - 1, i) and not named and _building_in(toks, lex)):
            out.update(range(i, j))  # "De Schakel – wijkcentrum", "uitwijken naar De Schakel zolang buurthuis De Linde dicht is"
    if toks and toks[0].text in ("De", "Het") and n > 1 and toks[1].cap:  # the sentence's first words
        j = _venue_words(toks, 1, lex)
        if j > 1 and (_building_state(toks, j) or _noun_after(toks, j, lex)):
            out.update(range(0, j))
    elif toks and toks[0].text in ("DE", "HET") and n > 2 and toks[1].allcaps and lex.dutch(toks[1].low) and toks[1].low not in lex.first and _noun_after(toks, 2, lex):
        out.update((0, 1))  # "DE KELDER – JONGERENCENTRUM – OPENINGSTIJDEN": a heading in capitals
    return out


# directions a person is sent as often as a place ("naar De Jong"): a venue only with a building
# named in the same text ("uitwijken naar De Schakel zolang buurthuis De Linde dicht is")
_TOWARDS = frozenset({"naar", "richting", "van"})
_DASHES = ("\u2013", "\u2014", "-", "|", "\u2022")


def _noun_after(toks: list[_Tok], j: int, lex: Lexicon) -> bool:
    """A heading's name before a dash and a building's noun: "De Schakel – wijkcentrum – huisregels"."""
    if j >= len(toks) or toks[j].gap.strip() not in _DASHES:
        return False
    noun = toks[j].fold
    return len(noun) > 4 and noun.endswith(lex.org_words) and not noun.endswith(_NO_ROOMS) and noun not in lex.first


def _building_in(toks: list[_Tok], lex: Lexicon) -> bool:
    """The text names a building by its noun ("buurthuis", "jongerencentrum")."""
    return any(not t.cap and len(t.fold) > 6 and t.fold.endswith(lex.org_words) and not t.fold.endswith(_NO_ROOMS) for t in toks)


# what is said of a building, never of a person: "De Kelder gaat dicht", "Het Anker is verbouwd"
_BUILDING_STATES = frozenset({"dicht", "geopend", "heropend", "verbouwd", "gerenoveerd", "gesloopt", "vernieuwd", "opgeknapt", "verhuurd", "afgehuurd", "opengesteld", "ontruimd"})
# "open" and "gesloten" are said of a person too ("is open over zijn fouten", "is erg gesloten"): of
# a building only with a time ("is drie avonden open", "open tot 22 uur", "gesloten op maandag")
_TIMED_STATES = frozenset({"open", "gesloten"})
_TIMES = frozenset({"tot", "vanaf", "op", "om", "elke", "iedere", "alle", "overdag", "vandaag", "morgen", "tijdens"})  # not "voor": "open voor kritiek"
_NEAR = frozenset({"bij", "tegen", "aan", "naast", "langs", "in"})  # "staat dicht bij de jongeren": a person
_CLAUSE_END = frozenset(",;:()!?.\"'\u201c\u201d\u2018\u2019")


def _building_state(toks: list[_Tok], j: int) -> bool:
    """The clause after a name (from j) says what is said of a building: "gaat per 1 maart dicht", "is
    drie avonden open", "blijft open tot 22 uur" (not "is open over zijn fouten": a person)."""
    n = len(toks)
    for k in range(j, min(j + 7, n)):
        w = toks[k]
        if w.cap or any(c in _CLAUSE_END for c in w.gap):
            return False  # a capitalised word, a comma or a bracket ends the clause
        nxt = toks[k + 1] if k + 1 < n else None
        if w.fold in _BUILDING_STATES:
            return not (nxt is not None and nxt.fold in _NEAR and not any(c in _CLAUSE_END for c in nxt.gap))
        if w.fold in _TIMED_STATES and k > j:
            if nxt is not None and nxt.fold in _OF_A_PERSON and not any(c in _CLAUSE_END for c in nxt.gap):
                return False  # "is op dinsdag open voor gesprekken", "open over zijn fouten", "open en eerlijk"
            days = any(toks[x].fold in _TIMES_BEFORE for x in range(j, k))  # "is drie avonden open"
            return days or (nxt is not None and not nxt.cap and (any(c.isdigit() for c in nxt.gap) or nxt.fold in _TIMES))
    return False


_OF_A_PERSON = frozenset({"voor", "over", "en", "in", "naar", "tegenover", "met", "of"})
_TIMES_BEFORE = frozenset({"elke", "iedere", "avond", "ochtend", "middag", "avonden", "dagen", "ochtenden", "middagen", "weken", "uur", "dagelijks", "wekelijks", "altijd", "nooit", "weer", "nog", "tijdelijk", "vandaag", "morgen", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "'s"})


def _place_named(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """"Amsterdamse Bos", "Kralingse Bos", "Leidse Hout": a listed place's adjective and a Dutch noun
    after it name a park, a market, a region; "de Rotterdamse Anja" keeps its first name."""
    out: set[int] = set()
    for i in caps:
        t = toks[i]
        if not t.fold.endswith("se") or i + 1 >= len(toks):
            continue  # the common case
        nxt = toks[i + 1]
        if not nxt.cap or nxt.allcaps or not _adjacent(toks, i, i + 1):
            continue
        from .heuristic import _place_adjective  # heuristic imports this module: looked up when needed

        if (nxt.low in lex.first and not lex.ordinary(nxt.low)) or not lex.dutch(nxt.low):
            continue
        if not (_place_adjective(t.fold, lex) or t.fold[:-2] + "en" in lex.never):  # "Kralingse": Kralingen
            continue
        if i + 2 < len(toks) and toks[i + 2].fold not in _STATE_VERBS and verb_like(toks[i + 2], lex):
            continue  # "de Groningse Visser belt": a person from the place ("het Amsterdamse Bos is" stays a park)
        out.update((i, i + 1))
    return out


def venue_keys(toks: list[_Tok], lex: Lexicon, strong: set[int]) -> set[str]:
    """The folded names `venues` finds in a text ("de kelder"): a venue named so once is no person
    where the audit names it without an aanspreekvorm ("na sluiting van De Kelder"). `strong`: the
    text's surely-no-person words, which hold every venue (most texts have no article among them)."""
    if not any(toks[i].fold in ("de", "het") for i in strong):
        return set()
    found = sorted(venues(toks, lex) | building_names(toks, lex))  # "jongerencentrum De Kelder" names it too
    out: set[str] = set()
    run: list[int] = []
    for k in found + [-2]:
        if run and k != run[-1] + 1:
            if len(run) > 1 and toks[run[0]].fold in ("de", "het"):  # never a lone word: "Laurens" may be a person elsewhere
                out.add(" ".join(toks[x].fold for x in run))
            run = []
        if k >= 0:
            run.append(k)
    return out


def _venue_words(toks: list[_Tok], k: int, lex: Lexicon) -> int:
    """The index after the capitalised Dutch words of a venue's name from k ("Kelder", "Blauwe
    Schuit"): no first name, no possessive after them ("in De Haans dossier" is a person's)."""
    j = k
    while j < len(toks) and j - k < 3 and toks[j].cap and not toks[j].allcaps and (j == k or _adjacent(toks, j - 1, j)):
        w = toks[j]
        if (w.low in lex.first and not lex.ordinary(w.low)) or not lex.dutch(w.low) or w.low.endswith("'s"):
            break  # "in De Roos" is a venue (a first name that is a word), "De Anja" none
        if j == k and (w.fold in lex.de_surnames or (w.low in lex.last and _adjective(w.low, lex))):
            return k  # "De Boer", "De Vos", "De Wit": a common surname led by "de", or an adjective, no venue
        j += 1
    if j < len(toks) and toks[j].gap.startswith(("'", "\u2019")):
        return k
    return j


def _adjective(low: str, lex: Lexicon) -> bool:
    """A Dutch adjective: its inflected form is a word ("wit": witte, "groot": grote, "jong": jonge)."""
    forms = [low + "e", low + low[-1:] + "e"]
    if len(low) > 3 and low[-3] == low[-2] and low[-2] in "aeou":
        forms.append(low[:-2] + low[-1] + "e")
    return any(f in lex.words for f in forms)


# organisation words that a person can be called ("is het aanspreekpunt", "is het loket voor…")
_NO_ROOMS = ("punt", "loket", "project", "opvang", "club")
# plurals of building nouns that do not end in the singular: "verpleeghuizen", "buurtscholen"
_PLURALS = (("huizen", "huis"), ("scholen", "school"), ("zalen", "zaal"), ("centra", "centrum"), ("kerken", "kerk"), ("tuinen", "tuin"))


def _rooms_after(toks: list[_Tok], v: int, lex: Lexicon) -> bool:
    """"zijn de vergaderruimtes", "zijn onze locaties", "is het buurthuis": after the link verb at v
    the words call what came before rooms or buildings."""
    if v + 2 >= len(toks) or toks[v + 1].fold not in _ROOM_DETERMINERS:
        return False
    noun = toks[v + 2].fold
    forms = [noun, noun[:-1], noun[:-2]] + [noun[: -len(p)] + s for p, s in _PLURALS if noun.endswith(p)]
    return any(x.endswith(lex.org_words) and not x.endswith(_NO_ROOMS) for x in forms if len(x) > 3)


def _listed_before(toks: list[_Tok], v: int, lex: Lexicon) -> set[int]:
    """The capitalised names (and their articles) right before the link verb at v, back to the
    sentence's start: "Smederij en De Molen", "De Kelder, Het Anker en De Brug"."""
    out: set[int] = set()
    k = v - 1
    while k >= 0 and v - k <= 8:
        w = toks[k]
        if w.fold in _HONORIFICS or w.allcaps or w.gap.strip() not in ("", ","):
            return set()  # "mevr. Bakker en De Molen zijn…", "Elisabeth ('Lies') Bakker is…": a person
        if w.cap or w.fold in ("de", "het"):
            out.add(k)
        elif w.fold not in _LIST_JOINS:
            return set()
        if w.initial:
            return out if any(toks[x].cap for x in out) else set()
        k -= 1
    return set()


# the endings of an institution named after a person, run together or hyphenated: "Anne Frankschool",
# "Nelson Mandela-school", "Annie M.G. Schmidt-prijs" (not "huis": "Kamphuis", "Nijhuis" are surnames)
_EPONYM_TAILS = ("school", "plein", "court", "stichting", "fonds", "prijs", "zaal", "college", "lyceum", "centrum", "ziekenhuis", "kliniek", "academie", "instituut", "museum", "theater", "bibliotheek", "dag")


# a day, a lecture or a method named after a person: "Anne Frank-dag", "Mandela-lezing"
_EPONYM_DAYS = frozenset({"dag", "week", "lezing", "methode", "model", "syndroom"})


def eponym_compounds(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A person's name joined to an institution's noun names the institution: "huiswerkklas in de
    Anne Frank-school", "Anne Frankschool", "de Martin Luther King-zaal", "Mandela-plein"; the
    capitalised words just before it go with it. A double surname ("Jansen-Bakker") has no such noun."""
    out: set[int] = set()
    for j in caps:
        t = toks[j]
        if t.allcaps or not ("-" in t.text or t.fold.endswith(_EPONYM_TAILS)):
            continue  # the common case: no compound with an institution's noun
        if "-" in t.text:
            head, _, tail = t.text.rpartition("-")
            low = tail.lower()
            if not head[:1].isupper() or not (low in lex.after_eponym or low in lex.org_words or low in lex.street_suffixes or low in _EPONYM_DAYS):
                continue
            if not tail.islower():
                continue  # "Jansen-Huis", "Bakker-School": a double surname
        else:
            end = next((e for e in _EPONYM_TAILS if t.fold.endswith(e) and len(t.fold) >= len(e) + 4), "")
            if not end or t.low in lex.last:
                continue
            head = t.fold[: -len(end)]
            if end == "dag" and not (head in lex.first or head in lex.last):
                continue  # "Anne Frankdag"; "Kees Vrijdag", "Jan Zondag" are surnames
            # the head a known name ("Frankschool"), or a capitalised first name before it ("Jan
            # Ligthartschool"), or a title before a school or fund ("Dr. Schaepmanschool"; not a
            # "-zaal" or "-plein": "mevr. Verzaal")
            # (or a name part of no word list: "Martin Luther Kingschool", "Pieter Jelles Troelstraschool")
            prev = toks[j - 1] if j > 0 and _adjacent(toks, j - 1, j) else None
            named = False
            for k in range(j - 1, max(j - 4, -1), -1):  # the capitalised words just before it
                w = toks[k]
                if not w.cap or w.allcaps or not _adjacent(toks, k, k + 1):
                    break
                if w.low in lex.first or w.low in lex.last or not lex.dutch(w.low):
                    named = True
                    break
            before = prev is not None and (named or (prev.fold in lex.titles and end not in ("zaal", "plein", "prijs")))
            if not (head in lex.first or head in lex.last or before):
                continue
        i = j
        while i > 0 and j - i < 5 and _adjacent(toks, i - 1, i) and toks[i - 1].fold not in _HONORIFICS:
            w = toks[i - 1]
            # "Anton de Kom-bibliotheek", "Hugo de Grootschool": a lowercase particle inside the name
            inner = not w.cap and w.fold in lex.tussenvoegsels and i > 1 and toks[i - 2].cap and _adjacent(toks, i - 2, i - 1)
            if not (w.cap and w.fold not in ("de", "het")) and not inner:
                break
            i -= 1
        if i > 0 and _adjacent(toks, i - 1, i) and toks[i - 1].cap and toks[i - 1].fold in lex.titles and toks[i - 1].fold not in ("mevrouw", "meneer", "mevr", "mw", "dhr", "heer"):
            i -= 1  # "de Dr. Schaepmanschool", "de Mr. Jan Ligthartschool": the title belongs to the name
        out.update(range(i, j + 1))
    return out


# words that mark a date around a month: "per jan", "vanaf feb", "t/m mrt", "eind dec"
_DATE_WORDS = frozenset({"per", "vanaf", "tot", "sinds", "eind", "begin", "medio", "half", "halverwege", "vorige", "volgende", "komende", "afgelopen", "deze", "uiterlijk", "rond"})
_SEASONS = frozenset({"winter", "zomer", "lente", "herfst", "voorjaar", "najaar"})
_DATE_TOKENS = _MONTH_WORDS | _SEASONS
_MARKS = _VENUE_TRIGGERS | _DATE_TOKENS
# a line that quotes a person starts with a pronoun after the colon ("Winter: we hebben te weinig tijd")
_SPEAKER_STARTS = frozenset({"ik", "we", "wij", "je", "jij", "ze", "zij", "hij", "u", "jullie", "mijn", "ons", "onze", "men"})
_HEADING_QUOTES = ("'", '"', "\u2018", "\u201c", "\u201e")


def dates(toks: list[_Tok], lex: Lexicon, marks: list[int]) -> set[int]:
    """Months and seasons used as dates: "stopt per jan", "Jan t/m mrt: 312 aanmeldingen", "vanaf
    feb", "Winter: meer aanmeldingen" (a heading before a colon; "Winter: 'te druk'" quotes a person,
    and "mevr. Winter", "Jan vertelt" stay names)."""
    out: set[int] = set()
    n = len(toks)
    for i in marks:
        t = toks[i]
        if t.fold not in _DATE_TOKENS:
            continue
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[i + 1] if i + 1 < n else None
        if prev is not None and prev.fold in _HONORIFICS:
            continue
        heading = t.initial and t.cap and nxt is not None and nxt.gap.strip().startswith(":") and not nxt.gap.strip()[1:].strip().startswith(_HEADING_QUOTES) and nxt.fold not in lex.person_verbs and nxt.fold not in _SPEAKER_STARTS and not nxt.cap
        if t.fold in _SEASONS:
            if heading:
                out.add(i)
            continue
        # "per jan", "vanaf Feb"; a capitalised month mid-sentence that is a first name ("per Jan", "tot
        # April") only with a day or a year next to it ("per 1 jan" is read by the digits below)
        named = t.cap and not t.initial and (t.low in lex.first or t.low in lex.last)
        dated = prev is not None and prev.fold in _DATE_WORDS and not prev.cap and _adjacent(toks, i - 1, i) and (not named or _digit_after(toks, i))
        # "jan t/m mrt", "jan-mrt", "jan tot apr": a range to another month
        ranged = nxt is not None and nxt.fold in _MONTH_WORDS and nxt.gap.strip() in ("-", "\u2013", "/")
        k = i + 1
        while k < n and k - i <= 3 and toks[k].fold in ("t", "m", "tot", "en", "of"):
            k += 1
        if k > i + 1 and k < n and toks[k].fold in _MONTH_WORDS:
            # "jan en feb"; "Jan en Mei", "April of Jan" are two people (both months first names)
            joined = all(toks[x].fold in ("en", "of") for x in range(i + 1, k))
            ranged = ranged or not (joined and t.low in lex.first and toks[k].low in lex.first)
        if dated or ranged or (t.fold in _MONTHS and heading and _digit_after(toks, i)):
            out.add(i)
    return out


def _digit_after(toks: list[_Tok], i: int) -> bool:
    """A number follows before the next word or two ("Jan: 312 aanmeldingen")."""
    return any(any(c.isdigit() for c in toks[k].gap) for k in range(i + 1, min(i + 3, len(toks))))


_PERSON_BEFORE = frozenset({"met", "volgens", "door", "namens"})
_NO_VOWEL = re.compile(r"[^\W\d_aeiouyàáâäèéêëìíîïòóôöùúûü]{3,5}")


def abbreviations(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> tuple[set[int], set[int]]:
    """An abbreviation written in mixed case, as notes do ("de Wgs", "Wsnp en Bbz", "Vvt"): a
    capitalised word of three to five letters without a vowel, no known name; a capitalised
    hyphenated word of the word list ("Burn-out", "Time-out"); a letter put for a left-out name
    after an aanspreekvorm ("mevrouw X"). No candidate. Returns (the abbreviations and words, the
    left-out letters: those strong, or the aanspreekvorm's rule would read them as a village)."""
    out: set[int] = set()
    left_out: set[int] = set()
    for i in caps:
        t = toks[i]
        if t.text in _LEFT_OUT:
            if i > 0 and toks[i - 1].fold in lex.titles:
                left_out.add(i)  # "mevrouw X", "meneer Y", "de heer NN": the letters notes put where a name is left out
            continue
        if t.allcaps:
            continue
        low = t.low
        if "-" in low:
            if low in lex.words:
                out.add(i)
            continue
        if not _NO_VOWEL.fullmatch(low) or low in lex.first or low in lex.last:
            continue
        if i > 0 and (toks[i - 1].fold in _HONORIFICS or toks[i - 1].fold in _PERSON_BEFORE):
            continue  # "mevr. Vlk", "gesprek met Vlk": a person is named there, not an abbreviation
        out.add(i)
    return out, left_out
