"""Organisations and groups named by the words around them (round 10), no person: the capitalised
words after an organisation's noun ("de stichting Pela", "Welzijn Vechtstroom", "Kearn Welzijn"), a
department after "van" or "bij" ("een collega van Handhaving"), a name with an apposition of
"het" and a thing ("De Eenhoorn, het kinderdagverblijf"), a group's name run into a
gathering's noun ("de Rukun Tetangga-middagen"), a church or temple by its own name ("kerk Igreja
Nova Vida"), a house of worship by its noun in its own language ("Ulu Camii", "Shri Ram Mandir") and a
firm by its capitalised noun ("Bakkerij Van Vliet"), by its trade or its legal form after its name
("Certivo Kwaliteitsborging", "CertiSociaal B.V."). Part of protect.protected, through things.py."""

from __future__ import annotations

from .lexicon import _HONORIFICS, Lexicon
from .tokens import _adjacent, _Tok


def _person_before(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """toks[i] follows a first name or an aanspreekvorm: "Klaas Sint", "mevrouw Sint" are people."""
    if i == 0 or not _adjacent(toks, i - 1, i):
        return False
    p = toks[i - 1]
    # "de" keys "de heer" among the titles: on its own it is an article
    return p.fold in _HONORIFICS or (p.fold in lex.titles and p.fold != "de") or (p.cap and p.low in lex.first)


# the lowercase words inside an organisation's name ("Fonds Sluyterman van Loo", "Welzijn Linge en
# Waal", "de kerk Église Évangélique de la Grâce")
_ORG_JOINS = frozenset({"van", "de", "der", "den", "en", "aan", "op", "voor", "in", "pa", "di", "la", "le", "du", "des", "do", "da", "del"})


_ARABIC_ARTICLES = frozenset({"al", "el", "ar", "an", "as", "ad", "at"})


def _lone_name(toks: list[_Tok], j: int) -> bool:
    """A first name after a lowercase organisation's noun with no capitalised word after it and a
    comma, a dash or the end behind it: the body's own name ("seniorensoos Shanti, Zuidwijk", "de
    soos Shanti –"); "Stichting Anja Bakker", "de stichting van Anja" keep the person."""
    if toks[j - 1].cap:
        return False
    return j + 1 == len(toks) or toks[j + 1].gap.strip()[:1] in (",", "\u2013", "-", ";")


def _organisations(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """The capitalised words after an organisation's noun name it ("de stichting Pela", "Welzijn
    Vechtstroom", "moskeevereniging Ulu Camii"), and a word of no list before "Welzijn" ("Kearn
    Welzijn", "Cordaad Welzijn"). A first name after the noun keeps the finders' reading ("de
    stichting van Anja", "Stichting Anja Bakker" may be a person's)."""
    out: set[int] = set()
    n = len(toks)
    for j in caps:
        t = toks[j]
        if j == 0 or t.allcaps or not _adjacent(toks, j - 1, j):
            continue
        if t.low in lex.first and not _lone_name(toks, j):
            continue
        head = toks[j - 1]
        # the nouns before an organisation's or a firm's name: geen_namen.toml, organisatie_koppen and winkel_koppen
        shop = head.cap and head.fold in lex.shop_heads and not head.allcaps
        # the noun a word of the list or a compound of one ("seniorensoos", "moskeevereniging")
        if (shop or head.fold.endswith(lex.org_heads) and (head.low in lex.words or lex.dutch(head.low) or head.fold in lex.org_heads) and (not head.cap or head.initial or head.fold in lex.org_heads)) and not _person_before(toks, j - 1, lex):
            # a name in another language goes on over its first names: "kerk Igreja Nova Vida"
            foreign = not lex.dutch(t.low) and t.low not in lex.last
            # "moskee Al Ouma", "stichting El Amal": an Arabic article leads a name in that language
            foreign = foreign or t.fold in _ARABIC_ARTICLES
            k = j + 1
            while k < n and k - j < 5 and _adjacent(toks, k - 1, k):
                w = toks[k]
                if w.cap and not w.allcaps and (w.low not in lex.first or foreign):
                    k += 1
                elif w.fold in _ORG_JOINS and not w.cap:
                    m = k + 1  # "de la Grâce": two joining words
                    if m < n and toks[m].fold in _ORG_JOINS and not toks[m].cap and _adjacent(toks, k, m):
                        m += 1
                    if m < n and toks[m].cap and not toks[m].allcaps and toks[m].low not in lex.first and _adjacent(toks, m - 1, m):
                        k = m + 1
                    else:
                        break
                else:
                    break
            out.update(range(j, k))
            if head.cap:
                out.add(j - 1)
    for i in caps:
        if i + 1 < n:
            out |= _firm_named(toks, lex, i)
    return out


def _firm_named(toks: list[_Tok], lex: Lexicon, i: int) -> set[int]:
    """A word of no list before a capitalised noun of a firm's trade (lex.firm_tails: "Certivo
    Kwaliteitsborging", "Sité Woondiensten", "Kearn Welzijn") or before a legal form (lex.legal_forms:
    "CertiSociaal B.V.", "Bruggink & Zn."; a surname may name a firm there) names the firm. Not after a
    first name or an aanspreekvorm ("Ingrid CertiSociaal", "mevrouw Kearn"): a person's name."""
    t, nxt = toks[i], toks[i + 1]
    if t.allcaps or t.low in lex.first or lex.dutch(t.low) or _person_before(toks, i, lex):
        return set()
    if _legal_form(toks, i + 1, lex):
        return {i}  # "CertiSociaal B.V.", "Kalsbeek BV"
    if not nxt.cap or nxt.allcaps or t.low in lex.last or not _adjacent(toks, i, i + 1) or not nxt.fold.endswith(lex.firm_tails) or not lex.dutch(nxt.low):
        return set()
    out = {i, i + 1}
    if i + 2 < len(toks) and _legal_form(toks, i + 2, lex):
        pass  # "Certivo Kwaliteitsborging B.V."
    elif i + 3 < len(toks) and toks[i + 2].gap.strip() == "&" and toks[i + 2].cap and toks[i + 2].fold.endswith(lex.firm_tails):
        out.add(i + 2)  # "Baltus Training & Coaching"
    return out


def _legal_form(toks: list[_Tok], k: int, lex: Lexicon) -> bool:
    """A legal form starts at toks[k]: "BV", "B.V.", "V.O.F.", or "& Zn" after the firm's name."""
    t = toks[k]
    if not t.cap:
        return False
    gap = t.gap.strip()
    if t.fold in lex.legal_forms and (t.allcaps or gap == "&"):
        return gap in ("", "&") or gap == ","
    if len(t.text) != 1 or gap not in ("", ","):
        return False
    letters = t.fold
    j = k + 1
    while j < len(toks) and len(toks[j].text) == 1 and toks[j].cap and toks[j].gap == "." and len(letters) < 3:
        letters += toks[j].fold
        j += 1
    return len(letters) > 1 and letters in lex.legal_forms


# the endings of the nouns of a department or a service ("een collega van Handhaving", "iemand
# van Schuldhulpverlening", "medewerker bij Jeugdzorg")
_DEPARTMENTS = ("ing", "heid", "zorg", "dienst", "zaken", "beleid", "hulp", "werk", "teit")


def _departments(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """"een collega van Handhaving", "iemand van Huisvesting", "medewerker bij Jeugdzorg": a
    capitalised Dutch noun of a department or service after "van" or "bij" is no surname (it is none
    of the name lists)."""
    out: set[int] = set()
    for i in caps:
        t = toks[i]
        if i == 0 or t.allcaps or toks[i - 1].text not in ("van", "bij") or not _adjacent(toks, i - 1, i):
            continue
        low = t.low
        if low in lex.words and low.endswith(_DEPARTMENTS) and len(low) >= 8 and low not in lex.first and low not in lex.last:
            out.add(i)
    return out


# the endings of neuter nouns for people, which an apposition with "het" may name ("Sanne, het
# meisje van tien", "Youssef, het jongste kind", "Bakker, het raadslid")
_NEUTER_PEOPLE = ("je", "kind", "lid", "hoofd", "paar", "gezin", "wicht", "personeel", "team", "punt", "maatje")


def _appositions(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A capitalised name followed by an apposition of "het" and a noun names a thing: "De
    Eenhoorn, het kinderdagverblijf naast de inloop", "De Linde, het buurthuis": no person is "het
    buurthuis". "Sanne, het meisje van tien", "Bakker, het raadslid" stay people."""
    out: set[int] = set()
    for i in caps:
        noun = toks[i + 2] if i + 2 < len(toks) else None
        if noun is None or noun.cap or not _adjacent(toks, i + 1, i + 2) or noun.low not in lex.words or noun.low.endswith(_NEUTER_PEOPLE) or len(noun.low) < 5:
            continue
        a = i
        while a > 0 and i - a < 3 and toks[a - 1].cap and not toks[a].initial and _adjacent(toks, a - 1, a):
            a -= 1
        if all(toks[k].low in lex.first and not lex.ordinary(toks[k].low) for k in range(a, i + 1)):
            continue  # a first name alone: a person, whatever follows
        out.update(range(a, i + 1))
    return out


def _named_gatherings(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """A name of two words or more run into a gathering's or a community's noun by a hyphen
    ("de Rukun Tetangga-middagen", "het Medhane Alem-kerkgenootschap") names the group, its first
    words too; a first name or surname among them keeps the reading of the finders ("de Anja
    Bakker-avond" may be a person's farewell)."""
    out: set[int] = set()
    for i in caps:
        t = toks[i]
        head, _, tail = t.text.rpartition("-")
        if not head[:1].isupper() or not tail.islower() or not (tail.endswith(lex.gatherings) or tail.endswith(lex.group_tails)):
            continue
        a = i
        while a > 0 and i - a < 3 and toks[a - 1].cap and not toks[a - 1].allcaps and _adjacent(toks, a - 1, a):
            a -= 1
        if a == i:
            continue  # one word: thing_compound reads it ("Regas-dossier", "Bakker-avond")
        words = [toks[k].low for k in range(a, i)] + [head.lower()]
        if any(w in lex.first or w in lex.last for w in words):
            continue
        out.update(range(a, i + 1))
    return out


def _houses_of_worship(toks: list[_Tok], lex: Lexicon, found: list[int]) -> set[int]:
    """A house of worship named with its noun in its own language (lex.worship): the capitalised
    words before it ("Ulu Camii", "de Shri Ram Mandir", "Eyüp Sultan Camii") or after it ("Masjid
    Al-Hidaya", "Gurdwara Nanak Darbar") name the building, though "Ulu" and "Ram" are first names.
    An aanspreekvorm or a title ends the run ("Pandit Ramesh Jagessar van de Shri Ram Mandir": the
    pandit is a person)."""
    out: set[int] = set()
    n = len(toks)
    for i in found:
        out.add(i)
        for step in (-1, 1):
            k = i + step
            while 0 <= k < n and abs(k - i) <= 3 and _adjacent(toks, min(k, k - step), max(k, k - step)):
                w = toks[k]
                if not w.cap or w.allcaps or w.fold in _HONORIFICS or w.fold in lex.titles or w.fold in lex.worship:
                    break
                out.add(k)
                k += step
    return out


# the words of employment before "bij" and an organisation ("werkt bij Icare", "gedetacheerd bij
# Stimenz", "manager bij Stimenz", "schulden bij Klarna"): one works or owes at a body, not at a person
_EMPLOYED = frozenset({
    "werkt", "werkte", "werken", "werkten", "gewerkt", "werkzaam", "gedetacheerd", "dienst", "stage",
    "manager", "directeur", "coördinator", "teamleider", "medewerker", "medewerkers", "schulden", "schuld",
})
# the nouns of a partner organisation before its name ("Samenwerkingspartner Icare noemde…")
_PARTNERS = frozenset({"samenwerkingspartner", "samenwerkingspartners", "ketenpartner", "ketenpartners", "partnerorganisatie"})


def org_slots(toks: list[_Tok], lex: Lexicon, strong: set[int], caps: list[int]) -> list[int]:
    """The capitalised words in an organisation's slot ("werkt bij Icare", "gedetacheerd bij
    Stimenz", "samenwerkingspartner Icare", "een gedragswetenschapper van Jarabee"), or listed beside a capitalised word `strong` holds as
    no person ("MEE IJsseloevers, Icare, deltaWonen", "samen met Stimenz en Sité Woondiensten"): an
    organisation's name, which protect.audit_things makes no person in the whole audit when no list
    holds it and no text leads it as a person ("Lianne werkt bij Icare" makes the bare "Icare" in
    "overleg met Icare loopt" the organisation)."""
    out: list[int] = []
    for i in caps:
        if i == 0:
            continue
        p = toks[i - 1]
        if p.text == "bij" and i >= 2 and toks[i - 2].fold in _EMPLOYED and _adjacent(toks, i - 2, i):
            out.append(i)
        elif p.fold in _PARTNERS and _adjacent(toks, i - 1, i):
            out.append(i)
        elif p.text == "van" and i >= 3 and _adjacent(toks, i - 3, i) and _worker_of_a_body(toks, i - 2):
            out.append(i)
        elif _listed_beside(toks, i, strong, lex):
            out.append(i)
    return out


# the endings of the nouns of workers that "een … van" or a bare plural ties to their employer ("een
# gedragswetenschapper van Jarabee", "training aan jongerenwerkers van Stimenz")
_WORKERS = ("werker", "wetenschapper", "verpleegkundige", "consulent", "medewerker", "begeleider")
# what makes the workers someone's own: "de begeleiders van Mensah", "haar consulent van …"
_OWNING = frozenset({"de", "het", "zijn", "haar", "hun", "z'n", "d'r", "mijn", "onze", "jouw", "uw"})


def _worker_of_a_body(toks: list[_Tok], k: int) -> bool:
    """toks[k] is a worker's noun that "een" leads ("een gedragswetenschapper"), or a bare plural of
    one ("jongerenwerkers"): the "van" after it names where they work."""
    w, before = toks[k], toks[k - 1]
    if w.cap:
        return False
    if before.fold == "een":
        return w.fold.endswith(_WORKERS)
    return before.fold not in _OWNING and (w.fold.endswith(tuple(e + "s" for e in _WORKERS)) or w.fold.endswith(tuple(e + "n" for e in _WORKERS)))


def _listed_beside(toks: list[_Tok], i: int, strong: set[int], lex: Lexicon) -> bool:
    """toks[i] is a member of a list (commas, "en") whose member right before or after it is a
    capitalised word held as no person, of one word (no "ID-kaart", no "Van Ewijk": a compound's or
    a surname's particles may make a word strong that no organisation is)."""

    def body(k: int) -> bool:
        w = toks[k]
        return k in strong and (w.cap or w.camel) and "-" not in w.text and w.fold not in lex.tussenvoegsels and not (k and toks[k - 1].fold in lex.tussenvoegsels)

    t, p = toks[i], toks[i - 1]
    if t.gap.strip() == "," and body(i - 1):
        return True
    if p.fold == "en" and p.adj and t.adj and i >= 2 and body(i - 2):
        return True
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if nxt.gap.strip() == "," and body(i + 1):
        return True
    return nxt.fold == "en" and nxt.adj and i + 2 < len(toks) and toks[i + 2].adj and body(i + 2)


def role_units(toks: list[_Tok], lex: Lexicon, caps: list[int]) -> set[int]:
    """The team or department words after a role (see role_unit): no person."""
    out: set[int] = set()
    for i in caps:
        if (k := role_unit(toks, i, lex)):
            out.update(range(i, i + k))
    return out


def role_unit(toks: list[_Tok], i: int, lex: Lexicon) -> int:
    """A capitalised Dutch word at toks[i] after a role that a person's name follows after a colon
    ("manager Wijk: Hester van Walsum"), that "&" joins to a second one ("teamleider Wijk &
    Samenleving"), or that ends a bracket after a person's name ("Hester Walsum (manager Wijk)") is
    the role's team or department, no person: the person is named beside it. The number of its
    words, or 0; "manager Bakker zegt", "(casemanager Bakker)" without a name before stay persons."""
    n = len(toks)
    if i == 0 or not _adjacent(toks, i - 1, i):
        return 0
    t, p = toks[i], toks[i - 1]
    if not t.cap or t.allcaps or p.fold not in lex.titles or p.fold in _HONORIFICS or p.fold in lex.tussenvoegsels or (p.cap and not p.initial) or t.low in lex.first or t.low not in lex.words:
        return 0
    nxt = toks[i + 1] if i + 1 < n else None
    gap = nxt.gap.strip() if nxt else ""
    if nxt is not None and gap.startswith(":") and nxt.cap and nxt.low in lex.first:
        return 1  # "manager Wijk: Hester van Walsum"
    if nxt is not None and gap == "&" and nxt.cap and not nxt.allcaps and nxt.low in lex.words and nxt.low not in lex.first:
        return 2  # "teamleider Wijk & Samenleving"
    named = i >= 2 and toks[i - 2].cap and not toks[i - 2].allcaps and (toks[i - 2].low in lex.last or not lex.dutch(toks[i - 2].low))
    if p.gap.endswith("(") and named and (nxt is None or gap.startswith(")")):
        return 1  # "Hester v. Walsum (manager Wijk)"
    return 0


def role_led(toks: list[_Tok], caps: list[int], lex: Lexicon) -> bool:
    """(protect._titles) A role opening the run, then one word and a listed surname, all side by side, is a role and a
    person's name: "Vrijwilliger Engel Brouwer vertelt", "Wethouder Frans Hollands opent" (the first
    name a word or a language no first-name list holds). Not a title of the bank's words ("Wethouder
    Zorg en Welzijn": joined, no surname at the end)."""
    if len(caps) != 3 or not all(_adjacent(toks, a, b) and b == a + 1 for a, b in zip(caps, caps[1:])):
        return False
    role, first, last = (toks[c] for c in caps)
    return (
        role.fold in lex.rollen and role.fold not in _HONORIFICS
        and last.low in lex.last and last.fold not in lex.never and last.fold not in lex.bank_words
        and first.fold not in lex.never and first.fold not in lex.bank_words and not first.allcaps
    )
