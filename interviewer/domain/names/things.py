"""Capitalised words that name a thing, no person, by the words around them (round 10): a saint
("Sint Joris Parochie", "Sint-Jan"), an honour ("de Zilveren Anjer"), a room named after someone
("zaal Mandela"), a first name in capitals that is an acronym ("de JOP", "BOB-campagne"), the noun
of a document or a role before a full name ("Stagelogboek Sophie de Haan"), a venue or paper
named "De" and a Dutch noun in mid-sentence ("van De Kernen", "het blad De Eenhoorn"), a compound
of a brand or river and a long Dutch noun ("Excelbestand", "Lingewandeling"), two languages joined
by a hyphen ("tolk Soedanees-Arabisch"), the first half of an
elided compound ("Jeugd- en Gezinsteam"), a title in quotes after a publication ("het blad 'De
Drechtbode'"). Organisations and groups are organisations.py's. Part of protect.protected."""

from __future__ import annotations

from .lexicon import _HONORIFICS, CLOSING_QUOTES as _CLOSING, OPENING_QUOTES as _QUOTES, Lexicon
from .organisations import _appositions, _departments, _houses_of_worship, _named_gatherings, _organisations, _person_before
from .context import _OWNED
from .tokens import _adjacent, _Tok

# a saint before a name ("Sint Joris", "St. Jozef") and what a saint's Latin name runs into
# ("Servatiuskerk"): lex.saints and lex.saint_tails (geen_namen.toml, heiligen, heiligen_staarten)

# the metals an honour is named by: "de Zilveren Anjer", "de Gouden Duim", "een Bronzen Speld"
_METALS = frozenset({"zilveren", "gouden", "bronzen", "platina"})
# the endings of a room's noun before its name: "zaal Mandela", "lokaal Picasso", "vergaderruimte
# Aletta Jacobs" (not "kamer": "de kamer Bakker" may be a person's office)
_ROOMS = ("zaal", "zaaltje", "lokaal", "ruimte", "vergaderzaal")
# determiners before an acronym in capitals ("de JOP", "een nieuwe JOP", "onze BOB-avond")
_DETERMINERS = frozenset({"de", "het", "een", "deze", "die", "onze", "hun", "jullie", "elke", "iedere", "welke"})


def things(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """The tokens that name a thing (see the module docstring); strong: a name found elsewhere is
    not applied to them either. One pass over the capitals hands each rule the few words it may
    take (every text of an export asks this)."""
    out: set[int] = set()
    if not caps:
        return out
    saints, metals, rooms, acronyms, long_words, articles, orgs, elided, departments, appositions, events, quoted = [], [], [], [], [], [], [], [], [], [], [], []
    adjectives: list[int] = []
    worship: list[int] = []
    n = len(toks)
    for i in caps:
        t = toks[i]
        f = t.fold
        if f in lex.saints or f.startswith("sint-") or "us" in f and (f.endswith("ius") or f.endswith(lex.saint_tails)):
            saints.append(i)
        elif f in _METALS:
            metals.append(i)
        elif f in lex.worship:
            worship.append(i)
        if t.allcaps or "-" in f:
            acronyms.append(i)
            if "-" in f and i > 0:
                events.append(i)
        elif len(f) >= 8 and t.low not in lex.words:
            long_words.append(i)
        elif f.endswith(_PEOPLE_ADJECTIVES) and i + 1 < n and not toks[i + 1].cap and not t.initial:
            adjectives.append(i)
        if not t.initial and (t.text == "De" or t.text == "Het"):
            articles.append(i)
        if i + 1 < n:
            nxt = toks[i + 1]
            if nxt.gap[:1] == "-":
                elided.append(i)
            elif nxt.cap and (nxt.fold.endswith(lex.firm_tails) or nxt.fold in lex.legal_forms or len(nxt.text) == 1):
                orgs.append(i)  # "Kearn Welzijn", "Certivo Kwaliteitsborging", "CertiSociaal B.V." (organisations._firm_named)
            elif nxt.fold == "het" and nxt.gap == ", ":
                appositions.append(i)
        if i > 0:
            p = toks[i - 1]
            pf = p.fold
            if not p.cap and t.gap[-1:] in _QUOTES:
                quoted.append(i)
            if not p.cap or pf in _ROOMS:
                if pf.endswith(_ROOMS):
                    rooms.append(i)
                if p.text == "van" or p.text == "bij":
                    departments.append(i)
            if pf.endswith(lex.org_heads) or p.cap and pf in lex.shop_heads:
                orgs.append(i)
    if saints:
        out |= _saints(toks, lex, saints)
    if metals:
        out |= _honours(toks, lex, metals)
    if rooms:
        out |= _rooms(toks, lex, rooms)
    if acronyms:
        out |= _acronyms(toks, lex, acronyms)
        out |= _language_compounds(toks, lex, acronyms)
    if long_words:
        out |= _nouns_before_names(toks, lex, long_words) | _glued_things(toks, lex, long_words)
    if articles:
        out |= _article_names(toks, lex, articles)
    if orgs:
        out |= _organisations(toks, lex, orgs)
    if worship:
        out |= _houses_of_worship(toks, lex, worship)
    if elided:
        out |= _elided_compounds(toks, elided)
    if departments:
        out |= _departments(toks, lex, departments)
    if appositions:
        out |= _appositions(toks, lex, appositions)
    if events:
        out |= _named_gatherings(toks, lex, events)
    if quoted:
        out |= _quoted_titles(toks, lex, quoted)
    for i in adjectives:
        t, nxt = toks[i], toks[i + 1]
        if t.low in lex.words and t.low not in lex.first and t.low not in lex.last and nxt.low in lex.words and nxt.low not in lex.function_words and _adjacent(toks, i, i + 1):
            out.add(i)  # "Vader Girgis van de Koptische kerk": a people's adjective before its noun, no surname
    return out


# the endings of a people's or a church's adjective, capitalised before a lowercase noun ("de
# Koptische kerk", "de Molukse wijk", "Poolse arbeidsmigranten")
_PEOPLE_ADJECTIVES = ("ische", "aanse", "iaanse", "ese", "kse", "lse", "use")


def _caps_after(toks: list[_Tok], j: int, lex: Lexicon, limit: int = 3) -> int:
    """The end of the run of capitalised words (with lowercase particles inside) from toks[j]."""
    k = j
    while k < len(toks) and k - j < limit and _adjacent(toks, k - 1, k):
        w = toks[k]
        if w.cap and not w.allcaps:
            k += 1
        elif not w.cap and w.fold in lex.tussenvoegsels and k + 1 < len(toks) and toks[k + 1].cap and _adjacent(toks, k, k + 1) and k > j:
            k += 1  # "zaal Vincent van Gogh"
        else:
            break
    return k


def _saints(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """"Sint Joris Parochie", "St. Jozef", "Sint-Jan", "de Sint-Plechelmusbasiliek": a saint, his
    church, school, feast or guild, never an interviewed person; after a first name or an
    aanspreekvorm "Sint" is a surname ("Klaas Sint", "mevrouw Sint"). A saint's Latin name run
    into his church or feast ("Bonifatiusdag", "Plechelmusbasiliek"), or after an article ("via de
    Vincentius": its society) is one too."""
    out: set[int] = set()
    for i in caps:
        t = toks[i]
        if t.allcaps:
            continue
        f = t.fold
        if f.endswith(lex.saint_tails) and t.low not in lex.last and not f.startswith(("sint", "st")):
            head = f[: -len(next(e for e in lex.saint_tails if f.endswith(e)))]
            if len(head) >= 6 and head.endswith("us"):
                out.add(i)  # "Bonifatiusdag", "Plechelmusbasiliek", "Servatiuskerk"
            continue
        if f.endswith("ius") and len(f) >= 8 and t.low not in lex.last and i > 0 and toks[i - 1].text in ("de", "het") and _adjacent(toks, i - 1, i) and not _person_before(toks, i - 1, lex):
            out.add(i)  # "via de Vincentius", "naar het Antonius"
            continue
        if t.fold.startswith("sint-") and len(t.fold) > 6 and t.text[5:6].isupper():
            out.add(i)  # "Sint-Jan", "Sint-Oelbertgymnasium"
            continue
        if t.fold not in lex.saints or i + 1 >= len(toks) or _person_before(toks, i, lex):
            continue
        nxt = toks[i + 1]
        if not nxt.cap or nxt.allcaps or not (_adjacent(toks, i, i + 1) or (t.fold == "st" and nxt.gap in (". ", "."))):
            continue
        end = i + 2
        while end < len(toks) and end - i < 4 and toks[end].cap and not toks[end].allcaps and _adjacent(toks, end - 1, end) and lex.dutch(toks[end].low) and toks[end].low not in lex.first and toks[end].low not in lex.last:
            end += 1  # "Sint Joris Parochie", "Sint Jozef Kerk"
        out.update(range(i, end))
    return out


def _honours(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A metal before a capitalised word names an honour or a prize: "de Zilveren Drechtspeld", "de
    Gouden Duim", "Zilveren Anjer"; no person is "Zilveren Bakker"."""
    out: set[int] = set()
    for i in caps:
        if toks[i].fold in _METALS and i + 1 < len(toks) and toks[i + 1].cap and not toks[i + 1].allcaps and _adjacent(toks, i, i + 1):
            out.update((i, i + 1))
    return out


def _rooms(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A room's noun, lowercase, before a capitalised name: "training in zaal Mandela", "lokaal
    Picasso", "vergaderruimte Aletta Jacobs": the room, named after someone, no interviewed person;
    capitalised too before a full name ("Zaal Toon Hermans")."""
    out: set[int] = set()
    for j in caps:
        if j == 0 or toks[j].allcaps or not _adjacent(toks, j - 1, j):
            continue
        r = toks[j - 1]
        if not r.fold.endswith(_ROOMS) or r.low not in lex.words:
            continue
        if r.cap:
            # "Zaal Toon Hermans", "in Zaal Wim Sonneveld": the room's noun capitalised as part of its
            # name, before a first name and a surname (no person is called "Zaal Toon"); after a first
            # name or an aanspreekvorm "Zaal" is a surname ("Anja Zaal", "mevrouw Zaal")
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if r.fold not in _ROOMS or _person_before(toks, j - 1, lex) or toks[j].low not in lex.first or nxt is None or not nxt.cap or nxt.allcaps or not _adjacent(toks, j, j + 1):
                continue
            out.add(j - 1)
        out.update(range(j, _caps_after(toks, j, lex)))
    return out


def _acronyms(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A first name in capitals that is an acronym: after a determiner and maybe an adjective ("de
    JOP", "een nieuwe JOP"), or run into a lowercase word by a hyphen ("BOB-campagne",
    "RAMA-rapportage"). Not after a first name or an aanspreekvorm ("Anja de JONG", "mevrouw de
    BOER": a surname's particle)."""
    out: set[int] = set()
    for i in caps:
        t = toks[i]
        if "-" in t.text and not t.allcaps:
            head, _, tail = t.text.partition("-")
            if 2 <= len(head) <= 5 and head.isupper() and tail.islower() and tail in lex.words and tail not in _OWNED and head.lower() not in lex.last:
                out.add(i)  # "BOB-campagne", "JOP-naam"; not "SANNE-dossier", "BAKKER-verslag"
            continue
        if not t.allcaps or len(t.text) > 5 or i == 0 or t.low in lex.last:
            continue  # "DE VRIES": a surname in capitals
        k = i - 1
        while k > 0 and i - k <= 2 and not toks[k].cap and toks[k].low.endswith("e") and toks[k].low in lex.words and toks[k].low not in _DETERMINERS and _adjacent(toks, k, k + 1):
            k -= 1  # "een nieuwe JOP"
        d = toks[k]
        if d.allcaps or d.cap and not d.initial or d.fold not in _DETERMINERS or not _adjacent(toks, k, i) or _person_before(toks, k, lex):
            continue
        out.add(i)
    return out


# the endings of a language or people's adjective ("Arabisch", "Marokkaanse", "Bulgaars", "Friese")
_PEOPLE_ENDINGS = ("isch", "ische", "aans", "aanse", "ees", "ese", "aars", "aarse", "ands", "andse", "ents", "entse", "iese")


def _language_compounds(toks: list[_Tok], lex: Lexicon, hyphened: list[int]) -> set[int]:
    """Two languages or peoples joined by a hyphen, each a listed one or built like one: "tolk
    Soedanees-Arabisch", "Bulgaars-Turkse gezinnen", "het Drents-Friese Wold"; a double surname
    ("Jansen-Bakker", "Kroese-IJzerman") has a part of no such list."""
    out: set[int] = set()
    for i in hyphened:
        t = toks[i]
        parts = t.fold.split("-")
        if len(parts) != 2 or not all(parts) or t.allcaps:
            continue
        # a listed word built like a language or a people's adjective ("Turks", "Friese", "Arabisch"),
        # not a listed village ("Horst-Wessels")
        listed = [p in lex.never and (p,) in lex.never[p] and p.endswith(("s", "se", "sch", "sche")) and p not in lex.last for p in parts]
        if not any(listed):
            continue  # the common case: no listed language or people in it
        if all(listed[k] or (parts[k].endswith(_PEOPLE_ENDINGS) and parts[k] not in lex.first and parts[k] not in lex.last and not lex.dutch(parts[k])) for k in range(2)):
            out.add(i)
    return out


def _nouns_before_names(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """The capitalised noun of a document, role or building run together from Dutch words before a
    full name: "Stagelogboek Sophie de Haan", "Cliëntenraadslid Geesje Wubbels", "Het Lingehuis
    Hylke Bosma": the noun is no first part of the name (the name itself is found). Only a compound
    of no name list and no word list of its own, and only before a listed first name that has a
    surname after it (a first name of no word list, a surname of no word list or a listed one)."""
    out: set[int] = set()
    n = len(toks)
    for i in caps:
        t = toks[i]
        if i + 2 >= n or t.allcaps or t.camel or "-" in t.text or len(t.low) < 8 or t.low in lex.words or t.low in lex.first or t.low in lex.last:
            continue
        first, sur = toks[i + 1], toks[i + 2]
        if not (first.cap and not first.allcaps and (first.low in lex.first or not lex.dutch(first.low)) and _adjacent(toks, i, i + 2)):
            continue
        if not (sur.fold in lex.tussenvoegsels or sur.cap and (sur.low in lex.last or not lex.dutch(sur.low))):
            continue
        org = any(t.fold.endswith(w) and len(t.fold) >= len(w) + 4 for w in lex.org_words)
        if org or (lex.dutch(t.low) and not lex.place_like(t.fold)):
            out.add(i)
    return out


def _article_names(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A capitalised "De" or "Het" in mid-sentence before a capitalised Dutch noun that is no surname
    names a venue, a paper or an organisation after a noun or after a full name and "van": "Astrid
    Kernkamp van De Kernen", "het personeelsblad De Eenhoorn". "mevrouw De Wit", "collega De Boer",
    "Jan De Vries", "met De Geus" stay people (a surname, an aanspreekvorm, a first name or a
    preposition before it)."""
    out: set[int] = set()
    n = len(toks)
    for i in caps:
        t = toks[i]
        if t.text not in ("De", "Het") or t.initial or i + 1 >= n or i == 0:
            continue
        w, p = toks[i + 1], toks[i - 1]
        if not w.cap or w.allcaps or "-" in w.text or not _adjacent(toks, i, i + 1) or not _adjacent(toks, i - 1, i):
            continue
        if p.cap or p.fold in _HONORIFICS or p.fold in lex.titles or p.fold in lex.rollen:
            continue  # "Anja De Vries", "mevrouw De Wit", "teamleider De Boer"
        # after a noun ("het wijkblad De Klaproos"), or after a full name and "van" or "bij" ("Astrid
        # Kernkamp van De Kernen"); not after a preposition alone: "met De Geus", "het verslag van
        # De Keizer" are people (many surnames are Dutch nouns no list holds)
        named = p.text in ("van", "bij") and i >= 3 and toks[i - 2].cap and toks[i - 3].cap and toks[i - 3].low in lex.first and _adjacent(toks, i - 3, i - 1)
        if not named and (p.low in lex.function_words or p.low not in lex.words or len(p.low) < 5):
            continue
        low = w.low
        if low in lex.first or low in lex.last or w.fold in lex.de_surnames or low not in lex.words or len(low) < 4:
            continue
        if i + 2 < n and toks[i + 2].cap and _adjacent(toks, i + 1, i + 2) and toks[i + 2].low in lex.last:
            continue  # "De Jonge Bakker": a surname follows
        out.update((i, i + 1))
    return out



# the endings of nouns for a person or a maker, which surnames end in too ("Meulmeester", "Wijnstekers")
_AGENTS = ("er", "ers", "aar", "aars", "man", "mans", "ster", "sters")


def _glued_things(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A capitalised word of no list that ends in a long Dutch noun, with a head of no name list:
    "Excelbestand", "Lingewandeling", "Teamsoverleg", "Drechtbode"-like compounds of a program, a
    river or a brand and a word. Dutch surnames end in short parts ("-veld", "-berg", "-huis"), so
    a tail of seven letters or more that is a word names a thing, and so does any tail after a
    listed feast, brand or place ("Koningsdagnacht", "Ajaxshirt"); a name as the head
    ("Jansenoverleg") keeps the word a candidate."""
    out: set[int] = set()
    for i in caps:
        t = toks[i]
        low = t.low
        if len(low) < 10 or t.allcaps or t.camel or "-" in low or low in lex.words or low in lex.first or low in lex.last:
            continue
        for k in range(4, len(low) - 3):
            head, tail = low[:k], low[k:]
            if len(tail) < 7 and head not in lex.fixed_places and (head,) not in lex.never.get(head, ()):
                continue  # a short tail only after a listed feast, brand or place ("Koningsdagnacht", "Ajaxshirt")
            if tail in lex.words and not tail.endswith(_AGENTS):
                if head.rstrip("s") not in lex.first and head.rstrip("s") not in lex.last and head not in lex.first and head not in lex.last:
                    out.add(i)
                break  # the longest tail decides
    return out


def _elided_compounds(toks: list[_Tok], caps: list[int]) -> set[int]:
    """A capitalised word cut off by a hyphen before "en" or "of" is the first half of a compound
    ("De Wit- en Zwartboek", "Jeugd- en Gezinscoach"): no surname ends with a hyphen."""
    out: set[int] = set()
    for i in caps:
        if i + 1 < len(toks) and toks[i + 1].gap in ("- ", "-\u00a0") and toks[i + 1].fold in ("en", "of", "tot"):
            out.add(i)
            if i > 0 and toks[i - 1].fold in ("de", "het") and _adjacent(toks, i - 1, i):
                out.add(i - 1)
    return out


def _quoted_titles(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A title in quotes after the noun of a publication, a project or a course (lex.title_nouns,
    also at a compound's end): "het personeelsblad 'De Drechtbode'", "de nieuwsbrief 'Kijk op de
    Wijk'", "het project 'Samen Sterk'": the capitalised words up to the closing quote, when all of
    them are words of no name list joined by spaces and title words (a document's title in quotes
    may name a person: "titel 'Jaarplan 2027 - Bas Kok'")."""
    out: set[int] = set()
    n = len(toks)
    for i in caps:
        p = toks[i - 1]
        if len(p.fold) < 4 or not any(p.fold.endswith(w) for w in lex.title_nouns) or p.low not in lex.words and not lex.dutch(p.low):
            continue
        if not p.gap or toks[i].gap.strip() not in _QUOTES:
            continue
        k, run = i, []
        while k < n and k - i < 6:
            w = toks[k]
            if w.cap and not w.allcaps and (w.fold in ("de", "het") or w.low not in lex.first and w.low not in lex.last):
                run.append(k)
            elif w.cap or w.fold not in lex.title_joins and w.fold not in ("de", "het"):
                run = []  # a name or another word inside: a document's title may name a person
                break
            if k + 1 >= n or any(q in toks[k + 1].gap for q in _CLOSING):
                break
            if toks[k + 1].gap != " ":
                run = []  # "'Jaarplan 2027 - Bas Kok'": digits or a dash inside
                break
            k += 1
        out.update(run)
    return out


# what a person "betekent" for others ("Ahmed betekent veel voor de jongeren"): no gloss of a word
_SIGNIFY = frozenset({"veel", "alles", "iets", "niets", "niks", "weinig", "zoveel", "ontzettend", "enorm", "heel", "erg", "echt", "voor", "nog", "ook", "niet", "wat", "meer", "minder", "een", "zo", "het"})


def glossed_names(toks: list[_Tok], lex: Lexicon) -> set[int]:
    """A name that a sentence opens with and translates ("Al Ouma betekent gemeenschap", "Shanti
    betekent vrede", "'Al Amal betekent de hoop'") is a word of its language, the name of a group or
    a house, no person: one says what a person "betekent" with "veel", "alles", "voor" ("Ahmed
    betekent veel voor de groep" stays a person)."""
    out: set[int] = set()
    for v, w in enumerate(toks):
        if w.fold != "betekent" or v == 0 or v + 1 >= len(toks) or toks[v + 1].fold in _SIGNIFY or toks[v + 1].cap:
            continue
        k = v
        while k > 0 and v - k < 3 and toks[k - 1].cap and not toks[k - 1].allcaps and _adjacent(toks, k - 1, k):
            k -= 1
        if k == v or not (k == 0 or toks[k].gap.strip()[-1:] in _QUOTES or toks[k].gap.strip()[-1:] in ".:;\n" or "\n" in toks[k].gap):
            continue  # no capitalised name opening the sentence before "betekent"
        if any(toks[x].fold == "voor" for x in range(v + 1, min(v + 7, len(toks))) if not any(c in toks[x].gap for c in ",;.")):
            continue  # "Ahmed betekent de wereld voor haar"
        out.update(range(k, v))
    return out
