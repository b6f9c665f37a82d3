"""Places named by capitalised Dutch words, no person: venues ("jongerenavond in De Kelder", "De
Molen gaat dicht", "Smederij en De Molen zijn de vergaderruimtes"), a building's noun before its
name ("Bakkerij De Koning": building_noun, also read by shapes) and parks or regions after a
place's adjective ("Amsterdamse Bos"). Part of protect.protected; venue_keys carries the venues a
text names to the rest of the audit (anonymise). Also the lists' places (listed_place) and a listed
place that is a person's surname (place_surnames: "mevrouw Kampen"), which places.py reads and
passes on."""

from __future__ import annotations

from .context import building_names, verb_like
from .lexicon import _HONORIFICS, MONTH_WORDS, SOURCE_HEURISTIC, WEEKDAYS, Lexicon
from .tokens import _adjacent, _Tok

_STATE_VERBS = frozenset({"is", "was", "wordt", "werd", "ligt", "lag", "blijft", "heeft", "had", "gaat", "loopt", "staat"})

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
            if (toks[i + 1].fold in _ROOM_DETERMINERS and _rooms_after(toks, i, lex)) or _name_of_a_thing(toks, i, lex):
                out |= _listed_before(toks, i, lex)
            continue
        if not toks[i + 1].cap or not _adjacent(toks, i, i + 1):
            continue
        prev = toks[i - 1]
        # "inloop in JC De Kolk", "vanuit MFC Het Anker": a building's acronym between the preposition and the name
        acronym = i >= 2 and prev.allcaps and 2 <= len(prev.text) <= 4 and prev.adj and t.cap and toks[i - 2].fold in _PLACE_PREPOSITIONS and not toks[i - 2].cap
        if acronym:
            j = _venue_words(toks, i + 1, lex)
            if j > i + 1 and _adjacent(toks, i - 1, i):
                out.update(range(i - 1, j))
            continue
        # "bijeenkomst in De Roos", "vindt plaats in De Boer": a gathering is held in a venue, also
        # one named like a surname ("vertrouwen in De Roos" stays a person)
        held = prev.fold in _PLACE_PREPOSITIONS and not prev.cap and i >= 2 and _gathering(toks[i - 2], lex) and _adjacent(toks, i - 2, i)
        # "de keuken van De Hoop", "de verbouwing van De Leeuw": a building's part or upkeep before
        # "van" (a person's "caseload van De Hoop" stays the finders')
        part = t.cap and prev.fold == "van" and not prev.cap and i >= 2 and _adjacent(toks, i - 2, i) and _building_part(toks, i - 2)
        # "BHV-ploeg De Leeuw: drie vrijwilligers", "Logboek beheer De Leeuw:": a label of a building's upkeep or crew
        label = t.cap and not prev.allcaps and _adjacent(toks, i - 1, i) and prev.fold.endswith(_UPKEEP) and not prev.fold.endswith(_UPKEEP_PEOPLE)
        j = _venue_words(toks, i + 1, lex, surnames=held or part or label)
        if j == i + 1:
            continue
        if part or (label and j < n and toks[j].gap.strip() == ":"):
            out.update(range(i, j))
            continue
        if j < n and toks[j].gap.strip() == ":" and toks[j].fold in _ROOM_DETERMINERS and _rooms_after(toks, j - 1, lex):
            out |= _listed_before(toks, j, lex)  # "De Linde, De Horizon en Het Baken: drie locaties"
        if j < n and toks[j].gap.strip() == "(" and (toks[j].fold in lex.rollen or toks[j].fold in lex.titles):
            continue  # "in De Wit (teamleider) heeft het team…": a person and the functie
        # "Anja in het Veld", "Kees uit de Bos": after a name "in het", "uit de" are its particles
        # (written lowercase: "Linde en Roos in De Roos" meet in a venue)
        named = i >= 2 and not t.cap and toks[i - 2].cap and (toks[i - 2].low in lex.first or toks[i - 2].low in lex.last) and _adjacent(toks, i - 2, i)
        if prev.fold in _PLACE_PREPOSITIONS and (not prev.cap or prev.initial) and _adjacent(toks, i - 1, i) and not t.initial and not named:
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


# the parts and the upkeep of a building that a text names it by: "de keuken van De Hoop", "het
# beheer van De Leeuw", "de RI&E van De Leeuw" (a person has a "caseload", "mail", "dossier")
_BUILDING_PARTS = frozenset({
    "keuken", "hal", "zaal", "ingang", "entree", "gevel", "dak", "zolder", "kelder", "kantine", "foyer",
    "beheer", "beheerder", "beheerders", "verbouwing", "renovatie", "nieuwbouw", "sloop", "sleutels",
    "openingstijden", "bezettingsgraad", "huisregels", "ontruimingsplan", "ri&e",
})
# the endings of a label's noun for a building's upkeep or crew ("Sleutelbeheer De Hoop:",
# "BHV-ploeg De Leeuw:"); not its people ("beheerder De Vries:" may be the person speaking)
_UPKEEP = ("beheer", "ploeg")
_UPKEEP_PEOPLE = ("beheerder",)


def _building_part(toks: list[_Tok], k: int) -> bool:
    """toks[k] is a lowercase noun of a building's part or upkeep ("keuken", "beheer"), or "RI&E"."""
    w = toks[k]
    if w.fold in _BUILDING_PARTS and not w.cap:
        return True
    return k > 0 and w.gap == "&" and f"{toks[k - 1].fold}&{w.fold}" in _BUILDING_PARTS


def building_noun(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """toks[i] is a building's noun leading the article of its name ("Bakkerij De Koning",
    "Jeugdcentrum De Vries"): protect keeps the noun, shapes takes no person from the pair."""
    return i + 1 < len(toks) and toks[i + 1].fold in ("de", "het") and toks[i].fold.endswith(lex.org_words)


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
_TIMES_BEFORE = frozenset({"elke", "iedere", "avond", "ochtend", "middag", "avonden", "dagen", "ochtenden", "middagen", "weken", "uur", "dagelijks", "wekelijks", "altijd", "nooit", "weer", "nog", "tijdelijk", "vandaag", "morgen", "'s"}) | WEEKDAYS


def venue_keys(toks: list[_Tok], lex: Lexicon, strong: set[int]) -> set[str]:
    """The folded names `venues` finds in a text ("de kelder"): a venue named so once is no person
    where the audit names it without an aanspreekvorm ("na sluiting van De Kelder"). `strong`: the
    text's surely-no-person words, which hold every venue (most texts have no article among them)."""
    if not any(toks[i].fold in ("de", "het") for i in strong):
        return set()
    found = sorted(venues(toks, lex) | building_names(toks, lex))  # "jongerencentrum De Kelder" names it too
    # "De Roos is de naam van het buurthuis": the text says the surname-like name is a building's
    named = {k for v, t in enumerate(toks) if t.fold in _VENUE_LINKS and _name_of_a_thing(toks, v, lex) for k in range(v)} if any(t.fold in ("naam", "namen") for t in toks) else set()
    out: set[str] = set()
    run: list[int] = []
    for k in found + [-2]:
        if run and k != run[-1] + 1:
            if len(run) > 2 and toks[run[0]].allcaps and toks[run[1]].fold in ("de", "het"):
                out.add(" ".join(toks[x].fold for x in run))  # "JC De Kolk": the acronym's name, and the name alone
                run = run[1:]
            # never a lone word ("Laurens" may be a person elsewhere), nor a common surname led by "de":
            # "Huisartsenpraktijk De Vos" is named after the person "huisarts De Vos" is
            surname = len(run) == 2 and toks[run[0]].fold == "de" and toks[run[1]].fold in lex.de_surnames and run[0] not in named
            if len(run) > 1 and toks[run[0]].fold in ("de", "het") and not surname:
                out.add(" ".join(toks[x].fold for x in run))
            run = []
        if k >= 0:
            run.append(k)
    return out


def _venue_words(toks: list[_Tok], k: int, lex: Lexicon, *, surnames: bool = False) -> int:
    """The index after the capitalised Dutch words of a venue's name from k ("Kelder", "Blauwe
    Schuit"): no first name, no possessive after them ("in De Haans dossier" is a person's).
    `surnames`: a gathering is held there, so also a name like a surname ("in De Roos")."""
    j = k
    while j < len(toks) and j - k < 3 and toks[j].cap and not toks[j].allcaps and (j == k or _adjacent(toks, j - 1, j)):
        w = toks[j]
        if (w.low in lex.first and not lex.ordinary(w.low)) or not lex.dutch(w.low) or w.low.endswith("'s"):
            break  # "in De Roos" is a venue (a first name that is a word), "De Anja" none
        if j == k and not surnames and (w.fold in lex.de_surnames or (w.low in lex.last and lex.adjective(w.low))):
            return k  # "De Boer", "De Vos", "De Wit": a common surname led by "de", or an adjective, no venue
        j += 1
    if j < len(toks) and toks[j].gap.startswith(("'", "\u2019")):
        return k
    return j


def _gathering(w: _Tok, lex: Lexicon) -> bool:
    """A gathering or a verb of holding one, lowercase ("bijeenkomst", "koffieochtend", "gehouden"; the
    endings in lex.gatherings): what is held in a venue ("inloopspreekuur vanuit Het Anker")."""
    return (not w.cap or w.initial) and w.fold.endswith(lex.gatherings)


# organisation words that a person can be called ("is het aanspreekpunt", "is het loket voor…")
_NO_ROOMS = ("punt", "loket", "project", "opvang", "club")
# plurals of building nouns that do not end in the singular: "verpleeghuizen", "buurtscholen"
_PLURALS = (("huizen", "huis"), ("scholen", "school"), ("zalen", "zaal"), ("centra", "centrum"), ("kerken", "kerk"), ("tuinen", "tuin"))


# what a programme or a route is made of ("zijn de drie thema's", "zijn de twee wandelroutes")
_THEMES = ("thema", "themas", "thema's", "onderdelen", "modules", "pijlers", "routes", "wandelroutes", "fietsroutes", "programmalijnen")
_NUMBERS = frozenset({"twee", "drie", "vier", "vijf", "zes", "zeven", "acht"})


def _rooms_after(toks: list[_Tok], v: int, lex: Lexicon) -> bool:
    """"zijn de vergaderruimtes", "zijn onze locaties", "is het buurthuis": after the link verb at v
    the words call what came before rooms or buildings."""
    if v + 2 >= len(toks) or toks[v + 1].fold not in _ROOM_DETERMINERS:
        return False
    k = v + 3 if toks[v + 2].fold in _NUMBERS and v + 3 < len(toks) else v + 2
    noun = toks[k].fold
    if noun.endswith(_THEMES):
        return True  # "Bos, Groen en Water zijn de drie thema's": what a programme is made of, no people
    forms = [noun, noun[:-1], noun[:-2]] + [noun[: -len(p)] + s for p, s in _PLURALS if noun.endswith(p)]
    return any(x.endswith(lex.org_words) and not x.endswith(_NO_ROOMS) for x in forms if len(x) > 3)


# what a name is "de naam van" that no person is: a building's or organisation's noun (lex.org_words)
# or one of these ("is de naam van de snackbar", "zijn de namen van de twee werkgroepen")
_NAMED_THINGS = ("groep", "groepen", "veld", "velden", "bar", "park", "plein", "ploeg", "team", "teams", "klas", "klassen", "schip", "boot", "lied", "single")
_ASIDES = frozenset({"ook", "eigenlijk", "officieel", "gewoon", "nu"})


def _name_of_a_thing(toks: list[_Tok], v: int, lex: Lexicon) -> bool:
    """"De Roos is de naam van het buurthuis", "Oosterveld is ook de naam van de sportvelden", "Roos
    en Bas zijn de namen van de twee werkgroepen": after the link verb at v the words call what came
    before the name of a building, a group or a field ("Jan is de naam van mijn vader": a person)."""
    j = v + 1
    if j < len(toks) and toks[j].fold in _ASIDES:
        j += 1
    if j + 3 >= len(toks) or toks[j].fold != "de" or toks[j + 1].fold not in ("naam", "namen") or toks[j + 2].fold != "van":
        return False
    j += 3
    if toks[j].fold not in _ROOM_DETERMINERS and toks[j].fold != "een":
        return False
    for k in range(j + 1, min(j + 4, len(toks))):
        w = toks[k]
        if w.low in lex.first and not lex.ordinary(w.low):
            return False
        noun = w.fold
        if len(noun) > 2 and ((noun.endswith(lex.org_words) and not noun.endswith(_NO_ROOMS)) or noun.endswith(_NAMED_THINGS)):
            return True
        if not (noun.endswith(("e", "se")) and lex.dutch(w.low)) and not toks[k].fold.isdigit() and noun not in ("twee", "drie", "vier", "vijf"):
            return False  # only a number or an adjective before the noun ("de twee werkgroepen", "de Oekraïense ouderengroep")
    return False


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


def place_named(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
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


# the parts a listed place takes in a hyphenated district or municipality ("Vlaardingen-West",
# "Leeuwarden-Oost", "Holy-Zuid")
_COMPASS = frozenset({"noord", "oost", "zuid", "west", "centrum", "centraal", "midden", "noordoost", "noordwest", "zuidoost", "zuidwest", "binnenstad"})


def _listed_place(lex: Lexicon, bit: str) -> bool:
    """A one-word place of the lists ("wijhe", "olst-wijhe"), no first name or surname, nor a month
    (the lists hold those as no-names too: "Juni Hoekstra" is a person)."""
    return (bit,) in lex.never.get(bit, ()) and bit not in lex.first and bit not in lex.last and bit not in MONTH_WORDS


def listed_places(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A listed place that is no known name, alone or hyphenated with another place or a compass
    word ("Wijhe", "Olst-Wijhe", "Vlaardingen-West", "Holy-Zuid"), where a place stands (_placed:
    "in Wijhe", "apotheek Kethel", "Werkgebied: Vlaardingen"), so a name found elsewhere is never
    applied to it. After an aanspreekvorm or a role ("mevrouw Wijhe", "voorzitter
    Zwanenburg"), just after a first name ("Ingrid Hoogeveen", "Cornelis ("Kees") Hoogland") or
    before a person's verb ("Hoogeveen vertelde") it may be a surname and is left to the finders."""
    out: set[int] = set()
    for i in caps:
        t = toks[i]
        if ("-" not in t.fold and t.fold not in lex.never) or t.allcaps or t.camel:
            continue  # the common case: no listed word
        if t.fold in lex.place_leads and _field_label(toks, i, lex):
            out.add(i)  # "Wijk: Spoorzicht", "Kolommen: Datum, Voornaam, Wijk, Reden bezoek"
            continue
        bits = t.fold.split("-")
        hyphenated = len(bits) > 1 and (_listed_place(lex, t.fold) or (all(_listed_place(lex, b) or b in _COMPASS for b in bits) and any(b not in _COMPASS for b in bits)))
        if not (hyphenated or _listed_place(lex, t.fold)):
            continue
        if i > 0 and (toks[i - 1].fold in _HONORIFICS or toks[i - 1].fold in lex.titles):
            continue
        if i > 0 and toks[i - 1].fold in lex.tussenvoegsels and toks[i - 1].fold not in _PLACE_PREPOSITIONS and (toks[i - 1].cap or (i > 1 and (toks[i - 2].fold in _HONORIFICS or toks[i - 2].fold in lex.titles))):
            continue  # "Van Haren is aanspreekpunt", "mevrouw van Haren": a surname's particle
        if hyphenated:
            out.add(i)  # "Olst-Wijhe schrijft": no double surname of two places
            continue
        if any(toks[k].cap and toks[k].low in lex.first and not lex.ordinary(toks[k].low) for k in range(max(i - 2, 0), i)):
            continue
        if i + 1 < len(toks) and (toks[i + 1].fold in lex.person_verbs or toks[i + 1].fold in lex.tussenvoegsels or toks[i + 1].gap.strip() == "(") and toks[i + 1].fold not in _STATE_VERBS:
            continue
        if _placed(toks, i, lex):
            out.add(i)
    return out


def _field_label(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """An area's noun that is a surname too ("Wijk") as a form's field or a table's column: a colon, a
    bar or a tab after it ("Wijk: Spoorzicht", "Wijk | Aanmeldingen"), or between commas in a list of
    fields ("Datum, Voornaam, Wijk, Reden"). Not after a particle or an aanspreekvorm ("Van Wijk",
    "de Wijk", "mevrouw Wijk") nor before a first name or an initial ("Wijk, J."): a person's."""
    if i > 0 and (toks[i - 1].fold in lex.tussenvoegsels or toks[i - 1].fold in _HONORIFICS or toks[i - 1].fold in lex.titles) and toks[i].adj:
        return False
    if i + 1 >= len(toks):
        return False
    after = toks[i + 1].gap
    if after.strip()[:1] in (":", "|") or "\t" in after:
        return True
    nxt = toks[i + 1]
    if after.strip() != "," or nxt.initial or len(nxt.text) == 1 or (nxt.low in lex.first and not lex.ordinary(nxt.low)):
        return False
    return i > 0 and (toks[i].gap.strip() == "," or "\t" in toks[i].gap)


# the words a place follows: prepositions of place and direction, areas, a team or a building's noun
_PLACE_WORDS = _PLACE_PREPOSITIONS | {"naar", "te", "rond", "richting", "regio", "gemeente", "wijk", "dorp", "stad", "stadsdeel", "werkgebied", "omgeving", "kern", "provincie", "buurt"}


def _placed(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """toks[i] stands where a place stands: after a preposition of place, an area, a team or a
    building's noun ("in Wijhe", "werkgebied: Vlaardingen", "wijkteam Raalte", "apotheek Kethel"),
    in a file name ("advies_Wijhe_2025"), or listed with another place ("Vlaardingen en Maassluis").
    Elsewhere ("met Hoogland gesproken") a surname found in the audit is still applied."""
    t = toks[i]
    if "_" in t.gap or (i + 1 < len(toks) and "_" in toks[i + 1].gap):
        return True
    if i > 0:
        prev = toks[i - 1]
        if not prev.cap or prev.initial:
            if prev.fold in _PLACE_WORDS or prev.fold.endswith(("team", "teams")) or prev.fold.endswith(lex.org_words):
                return True
    for k in (i - 2, i + 2):
        if 0 <= k < len(toks) and toks[(i + k) // 2].fold in _LIST_JOINS and toks[k].cap and _listed_place(lex, toks[k].fold):
            return True
    return False


def named_organisations(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A capitalised noun of an organisation or building and "van (de)" or "voor (de)" before a
    capitalised word names the organisation: "de Kerk van de Nazarener", "Stichting voor de Wijk",
    "Vereniging van Eigenaren", "Huis van de Buurt" (also "Bakkerij van Dam": a shop, no interviewed
    person). A first name after it ("Stichting van Anja") is left to the finders."""
    out: set[int] = set()
    n = len(toks)
    for i in caps:
        t = toks[i]
        if i + 2 >= n or toks[i + 1].fold not in ("van", "voor") or t.allcaps or not t.fold.endswith(lex.org_words) or t.fold.endswith(_NO_ROOMS):
            continue  # the common case
        if t.low in lex.first or t.low in lex.last or not lex.dutch(t.low) or toks[i + 1].cap:
            continue
        j = i + 2
        if toks[j].fold in ("de", "het", "der", "den") and not toks[j].cap and j + 1 < n:
            j += 1
        w = toks[j]
        if not w.cap or w.allcaps or (w.low in lex.first and not lex.ordinary(w.low)) or not _adjacent(toks, i, j):
            continue
        out.update(range(i, j + 1))
    return out


def org_word_venues(toks: list[_Tok], lex: Lexicon, marks: list[int]) -> set[int]:
    """An article before a capitalised word that is itself a noun of a building or a place of activity
    (lex.org_words): "koffie bij de Soos", "De Soos en de Kantine", "naar de Bieb" (a venue by its
    kind, as locals name it). After an aanspreekvorm or a first name ("mevrouw de Soos", "Anja de
    Soos"), or a noun that is a surname's core after "de" ("de Boer"), a surname."""
    out: set[int] = set()
    n = len(toks)
    for i in marks:
        t = toks[i]
        if t.fold not in ("de", "het") or i + 1 >= n:
            continue
        w = toks[i + 1]
        if not w.cap or w.allcaps or w.low not in lex.org_words or w.low in lex.de_surnames or w.low not in lex.words or not _adjacent(toks, i, i + 1):
            continue
        if i > 0 and (toks[i - 1].fold in _HONORIFICS or toks[i - 1].fold in lex.titles or (toks[i - 1].cap and toks[i - 1].low in lex.first)):
            continue
        out.update((i, i + 1))
    return out


def listed_place(f: str, lex: Lexicon) -> bool:
    """A one-word place of the lists (woonplaatsen, municipalities, districts), also one that is a
    surname; not a month or a day, which the lists hold as no-names too ("Mei Zhang" is a person)."""
    return f in lex.places and f not in WEEKDAYS and f not in MONTH_WORDS


_SURNAME_LEADS = _HONORIFICS | {"van", "ter", "ten"}


def place_surnames(toks: list[_Tok], lex: Lexicon) -> list[tuple]:
    """A listed place right after an aanspreekvorm ("mevrouw Kampen"; not "collega Zwolle", the
    colleague from there), or after a surname's particle that a person's frame leads: a first name, an
    aanspreekvorm or a role before "van" ("Kees van Harderwijk", "teamleider Jeroen van Zwolle",
    "mevrouw Van Buren"), or "Van"/"Ter" capitalised inside a sentence ("volgens Van Zwolle"): the
    place is the surname, the particle and the place are replaced together."""
    out: list[tuple] = []
    n = len(toks)
    for i in [k for k, t in enumerate(toks) if t.fold in _SURNAME_LEADS and k < n - 1]:  # few words are one
        p = toks[i]
        if p.fold in _HONORIFICS and p.fold != "collega" and toks[i + 1].adj:
            w = toks[i + 1]  # "mevrouw Kampen", "dhr. Wassenaar": an aanspreekvorm makes a person of a town
            if w.cap and not w.allcaps and listed_place(w.fold, lex) and w.fold not in lex.first and not (i + 2 < n and toks[i + 2].cap and toks[i + 2].adj):
                out.append((w.start, w.end, SOURCE_HEURISTIC, w.fold, p.fold, p.start))
            continue
        if p.fold not in ("van", "ter", "ten") or not toks[i + 1].adj:
            continue  # the common case
        j = i + 1
        if toks[j].fold in ("der", "den") and j + 1 < n and toks[j + 1].adj:
            j += 1
        w = toks[j]
        if not w.cap or w.allcaps or "-" in w.fold or not listed_place(w.fold, lex) or w.fold in lex.first:
            continue
        if j + 1 < n and toks[j + 1].fold in ("naar", "tot") and toks[j + 1].adj:
            continue  # "van Zwolle naar Kampen"
        if (p.fold, w.fold) in lex.never.get(p.fold, ()):
            continue  # "in Ten Boer": the place's own name
        before = toks[i - 1] if i > 0 and p.adj else None
        # an aanspreekvorm before "van" ("mevrouw van Buren"), a role before "Van" ("huisarts Van
        # Zoelen"; "de wijkverpleegkundige van Buurtzorg" is an organisation's), a first name before it
        titled = before is not None and (before.fold in _HONORIFICS or (p.cap and (before.fold in lex.titles or before.fold in lex.rollen)))
        first = before is not None and before.cap and before.low in lex.first and not lex.ordinary(before.low) and not titled
        framed = before is not None and (before.fold in lex.place_leads or before.fold.endswith(lex.org_words) or before.fold in lex.titles)
        inside = p.cap and not p.initial and not framed and (before is None or before.initial or not before.cap)
        if not (titled or first or inside):
            continue
        k = i - 1 if first else i
        key = " ".join(x.fold for x in toks[k : j + 1])
        title, title_start = (before.fold, before.start) if titled and before is not None else ("", -1)
        out.append((toks[k].start, w.end, SOURCE_HEURISTIC, key, title, title_start))
    return out
