"""Context rules: is a word that is both a name and a Dutch word ("Kok", "Mark", "Fleur", "Storm")
used as a person or as the word? Decided by the words around it: a person's verb or a coordinated
name after it, a lowercase phrase after it, a building noun before it. Also the shapes that make
a word a name or no name whatever its lists say: names run together in a file name, a name
joined to a Dutch word ("Omaha-classificatie"), capitalised words before an institution's noun,
lowercase names beside a found name or before a person's verb."""

from __future__ import annotations

import re

from .lexicon import MONTH_WORDS, MONTHS, WEEKDAYS, Lexicon
from .tokens import _adjacent, _match_seq, _Tok, fold_of, low_of

_COORDINATORS = frozenset({"en", "of", "&"})
_ARTICLES = frozenset({"de", "het", "t"})
_QUOTES = frozenset({'"', "'", "\u201d", "\u2019", "\u201c"})
# verbs after which a sentence-start surname that is also a noun ("Kelder is vochtig") stays a word
_STATE_VERBS = frozenset({"is", "was", "heeft", "had", "kan", "moet", "zou", "blijft", "staat", "zit", "gaat", "komt", "kwam", "ging", "wil", "doet", "deed"})
# speech verbs: a sentence-start noun never "says" ("Storm vertelde"); not "vindt" ("vindt plaats")
_SPEECH_VERBS = frozenset({"zegt", "zei", "vertelt", "vertelde", "benadrukt", "benadrukte", "beaamt", "erkent", "erkende", "bevestigt", "bevestigde", "antwoordt", "antwoordde", "reageert", "reageerde", "vraagt", "vroeg"})
# endings of abstract nouns and bodies that "say" things in report prose; a surname rarely has one
_NOUN_ENDINGS = ("ie", "ing", "heid", "teit", "age", "isme", "schap", "uur", "ment", "nis", "erij", "aat", "ief", "iek", "de", "te")
_COLLECTIVES = frozenset({"staf", "leiding", "groep", "raad", "bond", "club", "klas", "ouders", "jeugd", "wijk", "buurt", "school", "praktijk", "ervaring", "beleid", "cijfers", "data", "markt", "pers", "media", "zorg", "overheid"})
_SUBJECTS = frozenset({"hij", "zij", "ze", "men", "iedereen", "niemand", "de", "een", "die", "deze", "dit", "u", "jij", "je", "wij", "we", "jullie", "het", "zo", "er"})
_SPEECH_PAIRS = frozenset({("geeft", "aan"), ("gaf", "aan"), ("licht", "toe"), ("lichtte", "toe"), ("vult", "aan"), ("vulde", "aan")})


def double_first(low: str, lex: Lexicon) -> bool:
    """"gert-jan", "anne-marie": a first name of listed first names joined by a hyphen."""
    return "-" in low and all(b in lex.first for b in low.split("-"))


def listed_first(low: str, lex: Lexicon) -> bool:
    """A listed first name, also a double one of listed parts ("inge", "pieter-jan")."""
    return low in lex.first or double_first(low, lex)


def speaks(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """A capitalised Dutch word at a sentence start that speaks ("Storm vertelde", "Groen gaf aan"):
    a surname that is also a word. No role ("Teamleider zegt"), bank term or function word."""
    t = toks[i]
    if i + 1 >= len(toks) or t.low in lex.function_words or t.fold in lex.titles or t.fold in lex.rollen or t.fold in lex.bank_words or t.fold in lex.never:
        return False
    if t.low not in lex.last and (len(t.low) > 8 or t.low.endswith(_NOUN_ENDINGS) or t.low in _COLLECTIVES):
        return False  # "Directie bevestigt", "Meting bevestigt", "Wetenschap bevestigt": a body or an abstract noun
    return speech_after(toks, i)


def speech_after(toks: list[_Tok], i: int) -> bool:
    """toks[i] is followed by a verb of speaking ("zegt", "gaf aan"), with no subject after it."""
    if i + 1 >= len(toks) or not toks[i + 1].adj or toks[i + 1].cap:
        return False
    nxt, after = toks[i + 1], toks[i + 2] if i + 2 < len(toks) else None
    if after is not None and after.adj and (after.cap or after.fold in _SUBJECTS):
        return False  # "Later zegt Boukhari", "Daarover vertelde de teamleider": an adverb, the subject after the verb
    return nxt.fold in _SPEECH_VERBS or (after is not None and after.adj and (nxt.fold, after.fold) in _SPEECH_PAIRS)


def verb_like(t: _Tok, lex: Lexicon) -> bool:
    """A person's verb right after a name (or its closing quote: '„Bas" vindt'): a listed one ("zegt",
    "gaf"), or a Dutch word shaped like a finite verb ("stuurt", "regelde", "meldde"); not a past
    participle ("gestopt") nor a function word."""
    if t.cap or not (t.adj or t.gap.strip() in _QUOTES):
        return False
    if t.fold in lex.person_verbs:
        return True
    low = t.low
    if len(low) < 4 or low in lex.function_words or low.startswith("ge") or low not in lex.words:
        return False
    # a present or past tense: its stem makes an infinitive ("werkt": werken, "stuurde": sturen); no
    # noun ("vragenlijst", "meerwaarde")
    if low.endswith("t"):
        return any(f + "en" in lex.words for f in _stems(low[:-1]))
    return low.endswith(("de", "te")) and len(low) >= 6 and any(f + "en" in lex.words for f in _stems(low[:-2]))


def _stems(stem: str) -> tuple[str, ...]:
    """The infinitive stems of a past tense's stem: "stuur" -> sturen, "leef" -> leven, "reis" -> reizen."""
    out = [stem]
    m = re.fullmatch(r"(.*?)(aa|ee|oo|uu)([^aeiou])", stem)
    if m:
        out.append(m.group(1) + m.group(2)[0] + m.group(3))
    out += [x[:-1] + {"f": "v", "s": "z"}[x[-1]] for x in list(out) if x[-1:] in "fs"]
    if re.search(r"[aeiou][bdfgklmnprst]$", stem) and not re.search(r"(aa|ee|oo|uu|ie|ei|ij|ui|ou|eu|au)[^aeiou]$", stem):
        out.append(stem + stem[-1])  # "klop" -> kloppen, "zit" -> zitten, "stop" -> stoppen
    return tuple(out)


def namelike_word(t: _Tok, lex: Lexicon) -> bool:
    """A capitalised word that reads as a name on its own: a known first name or surname, or no Dutch word."""
    if not t.cap or t.allcaps or t.camel:
        return False
    return t.low in lex.first or t.low in lex.last or not lex.dutch(t.low)


def namelike_or_word(t: _Tok, lex: Lexicon) -> bool:
    """A capitalised word that may be a surname even when it is a Dutch word ("Storm"): no
    abbreviation, brand, bank term or listed no-name."""
    return t.cap and t.adj and not t.allcaps and not t.camel and t.fold not in lex.bank_words and t.fold not in lex.never and t.fold not in lex.titles


# kin and companions after "en zijn"/"en haar": "Haan en zijn buurman helpen", "Geertje en haar collega"
_COMPANIONS = frozenset({"vrouw", "man", "partner", "echtgenoot", "echtgenote", "vriend", "vriendin", "kinderen", "kind", "gezin", "ouders", "zoontje", "dochtertje"})


def coordinated_with_name(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """"Bas en Fleur", "Fleur en Bas", "Kok & Bakker", "Dijkstra en Van Kampen": joined by
    "en"/"of"/"&" to a capitalised name (or a particle before one); "Haan en zijn buurman": to
    the person's own kin or companion."""
    if i + 2 < len(toks) and toks[i + 1].fold in _COORDINATORS and _adjacent(toks, i, i + 2):
        nxt = toks[i + 2]
        if namelike_word(nxt, lex):
            return True
        if nxt.cap and nxt.fold in lex.tussenvoegsels and i + 3 < len(toks) and _adjacent(toks, i + 2, i + 3) and toks[i + 3].cap and not toks[i + 3].allcaps and (toks[i + 3].low in lex.last or nxt.fold == "van"):
            return True  # "Dijkstra en Van Kampen werken samen": a capitalised "Van" leads a surname, no venue
        if toks[i + 1].fold == "en" and nxt.fold in ("zijn", "haar", "z'n") and i + 3 < len(toks) and _adjacent(toks, i + 2, i + 3):
            kin = toks[i + 3]
            return not kin.cap and (kin.fold in lex.titles or kin.fold in _COMPANIONS)
    return i >= 2 and toks[i - 1].fold in _COORDINATORS and _adjacent(toks, i - 2, i) and namelike_word(toks[i - 2], lex) and not toks[i - 2].initial


# words before bare initials that name a person ("opgesteld door JP Mulder", "cc KL Prins")
_BEFORE_INITIALS = frozenset({"door", "met", "volgens", "namens", "van", "voor", "aan", "en", "cc", "&", "mvg", "groet", "groeten"})


# after a mail's "cc" even two capitals that are an abbreviation elsewhere are initials before a
# listed surname: "cc: PR Visser" ("bijlage van HR Koster" is the department's Koster)
_MAIL_INITIALS = frozenset({"cc", "bcc"})


def bare_initials(toks: list[_Tok], k: int, lex: Lexicon) -> bool:
    """toks[k] is two or three capitals that are initials without dots ("JP", "KL", "AM") before a
    surname: no function word, listed no-name or known abbreviation, at the start of a line or after a word that names a person
    ("door JP Mulder", "en KL Prins"), or after a comma or colon. A known abbreviation of two
    letters counts right after "cc" ("cc: PR Visser")."""
    t = toks[k]
    if not (2 <= len(t.text) <= 3 and t.allcaps and t.text.isalpha()) or t.fold in lex.titles or t.fold in lex.never:
        return False
    if t.low in lex.function_words or t.fold in lex.bank_words:
        prev = toks[k - 1].fold if k > 0 else ""
        return len(t.text) == 2 and t.low not in lex.function_words and prev in _MAIL_INITIALS and (t.adj or t.gap.strip() == ":")
    return t.initial or k == 0 or any(c in t.gap for c in ",:;(") or (t.adj and toks[k - 1].fold in _BEFORE_INITIALS)


def coordinated_with_place(toks: list[_Tok], i: int, places: set[int]) -> bool:
    """"Saba en Sint Eustatius", "Sofia of Plovdiv": a first name joined to a listed place is a place."""
    nxt = i + 2 < len(toks) and toks[i + 1].fold in _COORDINATORS and _adjacent(toks, i, i + 2) and i + 2 in places
    return nxt or (i >= 2 and toks[i - 1].fold in _COORDINATORS and _adjacent(toks, i - 2, i) and i - 2 in places)


def possessive_of_person(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """A name that is also a word, as a possessive: "Els' werkplan" (an apostrophe after a final s,
    x or z, no quote opened before it), "Kuipers team heeft …" (a listed name + s, a noun, a person's
    verb after the noun)."""
    t = toks[i]
    if i + 1 >= len(toks) or not t.cap or t.allcaps:
        return False
    nxt = toks[i + 1]
    if nxt.cap or nxt.low not in lex.words or nxt.low in lex.function_words:
        return False
    if nxt.gap.strip() in ("'", "\u2019") and nxt.gap.endswith(" ") and t.low.endswith(("s", "x", "z")):
        return (t.low in lex.first or t.low in lex.last) and not any("'" in x.gap or "\u2018" in x.gap for x in toks[: i + 1])
    stem = t.low[:-1]
    if nxt.gap != " " or not t.low.endswith("s") or not (stem in lex.last or stem in lex.first) or nxt.low.endswith("en") and nxt.low not in _OWNED or verb_like(nxt, lex):
        return False
    # "Winters verslag van …", "Ellens planning loopt": a person's document, plan or kin needs no verb
    return nxt.low in _OWNED or i + 2 < len(toks) and verb_like(toks[i + 2], lex)


# what a person's possessive leads in audit notes ("Winters verslag", "Kenzo's moeder"); no weather
# or season noun ("winters weer", "'s winters") is among them
_OWNED = frozenset({
    "verslag", "verslagen", "planning", "notitie", "notities", "aantekeningen", "dossier", "caseload",
    "agenda", "rooster", "mail", "rapportage", "werkplan", "voorstel", "aanpak", "reactie", "handtekening",
    "moeder", "vader", "zoon", "dochter", "broer", "zus", "oma", "opa", "partner", "ouders", "kinderen",
    "buurvrouw", "buurman", "collega", "begeleider", "mentor", "telefoonnummer", "telnr", "afwezigheid",
    "verlof", "inbreng", "versie", "dienst", "diensten", "casussen", "cliënten", "gezin", "familie",
    # round 10: a person's letter, message or request, and kin ("Winters brief", "Jozefs vrouw")
    "brief", "brieven", "bericht", "klacht", "verhaal", "verzoek", "aanvraag", "toelichting", "opmerking",
    "vrouw", "echtgenote", "echtgenoot", "vriendin", "vriend", "kleinzoon", "kleindochter", "schoonmoeder",
    "schoonvader", "schoonzus", "zwager", "stiefvader", "stiefmoeder", "pleegouders", "kleinkinderen",
})


def owned_noun(t: _Tok) -> bool:
    """A noun a person's possessive leads ("moeder", "verslag", "planning")."""
    return not t.cap and t.low in _OWNED


_AGE = re.compile(r"\(\d{1,3}( jaar| jr\.?)?\)")
_PRONOUNS_AFTER_EN = frozenset({"ik", "jij", "hij", "zij", "wij", "we", "ze"})
_POSSESSIVE_PRONOUNS = frozenset({"z'n", "d'r", "zijn", "haar"})
_APPOSITION_OPENERS = frozenset({"de", "een", "onze", "mijn", "hun", "ons"})


def person_beside(toks: list[_Tok], i: int, lex: Lexicon, *, surname: bool = False) -> bool:
    """The words right after a name that is also a word make it a person: an age in brackets ("Roos
    (8) en …"), a colloquial possessive with a noun and a verb ("Mark z'n dossier is …", "Roos haar
    planning klopt"), "en ik" ("Bas en ik doen …"), or an apposition with a role ("Iris, de nieuwe
    stagiaire, begint"), a role in brackets ("ben (vrijwilliger) zegt"). Never a verb-name but
    before a role in brackets ("Ben zijn ouders er?")."""
    t = toks[i]
    if i + 1 >= len(toks) or t.low in lex.function_words:
        return False
    nxt = toks[i + 1]
    gap = nxt.gap.strip()
    if gap == "(" and not surname and _role_word(nxt, lex):
        return True  # "ben (vrijwilliger klussendienst, 72) zegt": a verb is never followed by a role in brackets
    if t.low in VERB_NAMES:
        return False
    if gap and _AGE.fullmatch(gap):
        return not surname  # "Kelder (2)" counts cellars
    if not gap and nxt.fold in _POSSESSIVE_PRONOUNS and i + 3 < len(toks):
        noun, verb = toks[i + 2], toks[i + 3]
        return noun.adj and not noun.cap and noun.low in lex.words and noun.low not in lex.function_words and not verb_like(noun, lex) and verb_like(verb, lex)
    if not gap and nxt.fold in ("en", "&") and i + 2 < len(toks) and toks[i + 2].adj and toks[i + 2].fold in _PRONOUNS_AFTER_EN:
        return True
    if gap == ",":
        for j in range(i + 1, min(i + 5, len(toks))):
            w = toks[j]
            if j > i + 1 and not w.adj:
                break
            if j == i + 1 and w.fold not in _APPOSITION_OPENERS:
                return _role_word(w, lex)
            if _role_word(w, lex):
                return True
    return False


def _role_word(t: _Tok, lex: Lexicon) -> bool:
    """A role: a listed one ("teamleider", "stagiaire") or one by its ending ("buurtsportcoach")."""
    from .lowercase import is_role  # lowercase imports this module

    return is_role(t, lex)


def acts_as_person(toks: list[_Tok], i: int, lex: Lexicon, *, surname: bool = False) -> bool:
    """A sentence-start word that is also a name, used as a person: a person's verb right after it
    ("Storm vertelde", "Roos gaf aan"), a parenthesis or colon about the person ("Ben (72) zegt",
    "Roos: 'te weinig tijd'"), or another name joined to it ("Bas en Fleur"); not "Ben je", "Mark
    het dossier", "Kok en bediening". `surname`: the word is a surname that is also a noun
    ("Kelder"), so "is"/"heeft" after it do not make it a person ("Kelder is vochtig")."""
    if i + 1 >= len(toks) or toks[i].low in lex.function_words:
        return False  # "Dan is er…", "Elke (nieuwe) vrijwilliger…"
    nxt = toks[i + 1]
    gap = nxt.gap.strip()
    if gap == "(" or (gap[:1] == ":" and not surname):
        return True
    if coordinated_with_name(toks, i, lex) or possessive_of_person(toks, i, lex) or person_beside(toks, i, lex, surname=surname):
        return True
    if surname:  # only a listed person's verb: "Kelder loopt onder water" stays a word
        return nxt.fold not in _STATE_VERBS and (nxt.fold in lex.person_verbs or nxt.fold in _SPEECH_VERBS) and verb_like(nxt, lex)
    return verb_like(nxt, lex)


def used_as_word(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """A name found elsewhere in the audit ("dhr. Kok", "Mark Storm") that is also a Dutch word, at a
    sentence start, used as the word: a lowercase word follows that is no person's verb ("Mark in
    het systeem", "Fleur de kamer wat op"), or "en" and a lowercase word ("Kok en bediening",
    "Storm en regen"). A listed person's verb, a colon, a comma or a capitalised word after it keeps
    it a name."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if nxt.gap.strip()[:1].isdigit() and toks[i].low in MONTHS:
        return True  # "Mei 2026: evaluatie", "Juni 12 t/m 14": a date, though "Mei" was found as a person
    if nxt.gap.strip() == "," and not nxt.cap and nxt.low in lex.words and nxt.low not in lex.function_words and nxt.fold not in lex.titles:
        return True  # "Bakker, slager en kapper": a list of nouns ("Kok, die…", "Kok, teamleider," stay names)
    if not nxt.adj or nxt.cap or nxt.allcaps or nxt.fold in lex.person_verbs or nxt.fold in _SPEECH_VERBS:
        return False  # a listed person's verb: "Storm vertelde", "Kok was niet aanwezig" ("Storm raasde" stays)
    if toks[i].low in ("wil", "ben") and nxt.low.endswith("t") and verb_like(nxt, lex):
        return False  # "Wil beheert het handboek": the verb "wil" is never followed by another finite verb
    if nxt.fold in _COORDINATORS:
        return i + 2 < len(toks) and _adjacent(toks, i + 1, i + 2) and not toks[i + 2].cap and (toks[i + 2].low not in lex.first or lex.ordinary(toks[i + 2].low))
    tv = _match_seq(toks, i + 1, lex.tussenvoegsels)
    if tv and i + 1 + tv < len(toks) and toks[i + 1 + tv].cap:
        return False  # "Fleur de Bakker verzorgde…": a full name
    return True


def building_names(toks: list[_Tok], lex: Lexicon) -> set[int]:
    """"jongerencentrum De Kelder", "buurthuis Het Anker", "stichting De Brug": a capitalised name led
    by an article right after a building's or organisation's noun names that place, not a person."""
    out: set[int] = set()
    if not lex.org_words:
        return out
    for i in [k for k, t in enumerate(toks[:-1]) if t.cap]:
        # "Moestuin Vreedenhoff", "Stichting Timon": a capitalised building or organisation noun and the
        # capitalised words after it (after "Stichting"/"Vereniging" even a first name; after the
        # others no known first name: "Buurthuis Anja" may be a person at the buurthuis)
        t, nxt = toks[i], toks[i + 1]
        if not t.allcaps and nxt.cap and not nxt.allcaps and _adjacent(toks, i, i + 1) and t.fold.endswith(lex.org_words) and nxt.fold not in _ARTICLES:
            if t.fold in ("stichting", "vereniging") or nxt.low not in lex.first:
                j = i + 1
                while j < len(toks) and toks[j].cap and _adjacent(toks, j - 1, j) and j - i <= 3:
                    j += 1
                out.update(range(i + 1, j))
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if t.fold not in _ARTICLES or not (t.cap or t.gap.endswith("'")) or not _adjacent(toks, i - 1, i + 1):
            continue
        if not toks[i - 1].fold.endswith(lex.org_words) or not toks[i + 1].cap:
            continue
        j = i + 1
        while j < len(toks) and toks[j].cap and _adjacent(toks, j - 1, j) and j - i <= 3:
            j += 1
        out.update(range(i, j))
    return out


def institutions(toks: list[_Tok], lex: Lexicon) -> set[int]:
    """"Jeroen Bosch Ziekenhuis", "Anne Frank Huis", "Johan Cruijff Foundation": capitalised words
    right before an institution's noun name the institution (its own word, not "Buurthuis")."""
    out: set[int] = set()
    if not lex.after_eponym or lex.after_eponym.isdisjoint(map(fold_of, toks)):
        return out  # most texts: no institution's noun
    for j in range(1, len(toks)):
        if toks[j].fold not in lex.after_eponym or not toks[j].cap or not _adjacent(toks, j - 1, j) or not toks[j - 1].cap:
            continue
        i = j - 1
        while i > 0 and j - i < 3 and toks[i - 1].cap and _adjacent(toks, i - 1, i) and toks[i - 1].fold not in _ARTICLES:
            i -= 1
        out.update(range(i, j + 1))
    return out


def thing_compound(t: _Tok, lex: Lexicon) -> bool:
    """"Omaha-classificatie", "Deming-cirkel", "Regas-dossier": a capitalised word joined to a
    lowercase Dutch word names a thing; a name joined to one ("Sanne-achtig") stays a name."""
    if "-" not in t.text or not t.cap:
        return False
    head, _, tail = t.text.rpartition("-")
    return tail.islower() and len(tail) > 3 and tail in lex.words and head.lower() not in lex.first and head.lower() not in lex.last


_CAMEL_PART = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+")


def camel_name(t: _Tok, lex: Lexicon) -> bool:
    """"SanneJansen", "AnjaDeVries" in a file name: a known first name run together with surname parts;
    never a brand ("WhatsApp", "SharePoint", "PostNL": no first name, or a part that is no name)."""
    if not t.camel or not t.cap:
        return False
    parts = _CAMEL_PART.findall(t.text)
    if len(parts) < 2 or "".join(parts) != t.text or parts[0].lower() not in lex.first or lex.ordinary(parts[0].lower()):
        return False
    rest = [p.lower() for p in parts[1:]]
    return all(p in lex.last or p in lex.first or p in lex.tussenvoegsels or not lex.dutch(p) for p in rest)


# names that are verbs or words more often than names after "sanne en" or "collega": "ben", "wil"
VERB_NAMES = frozenset({"ben", "wil", "mag", "kan", "zal", "man", "dan"})


def lowercase_partners(toks: list[_Tok], covered: set[int], protected: set[int], lex: Lexicon) -> list[int]:
    """Lowercase first names that are also words ("roos", "bas", "fleur") joined by "en"/"&" to a
    found lowercase first name ("noor en bas", "bas & sanne"): a list of people. Never a verb or
    function word ("sanne en ben ik")."""
    out = []
    first = lex.first
    if first.isdisjoint(map(low_of, toks)):
        return out  # most texts: no listed first name
    for i, t in enumerate(toks):
        if t.low not in first or t.cap or i in covered or i in protected or not lex.ordinary(t.low):
            continue  # asked first what rules most words out: no listed first name
        if t.low in lex.function_words or t.fold in lex.person_verbs or t.low in VERB_NAMES:
            continue
        for j, c in ((i + 2, i + 1), (i - 2, i - 1)):
            if 0 <= j < len(toks) and toks[c].fold in ("en", "&") and j in covered and not toks[j].cap and toks[j].low in lex.first and _adjacent(toks, min(i, j), max(i, j)):
                out.append(i)
                break
    return out


# prepositions a person follows in notes ("volgens kwasibah", "opgesteld door …"); "met" only after a
# word for talking ("gesprek met kwasibah"; "in beeld met ecogram" is a method)
_PERSON_PREPOSITIONS = frozenset({"volgens", "door", "namens"})
_TALK_WORDS = frozenset({"gesprek", "gesprekken", "interview", "gesproken", "spraken", "sprak", "overleg", "contact", "afspraak", "gebeld", "gemaild", "samen", "belde", "mailde"})


def _after_person_preposition(toks: list[_Tok], i: int) -> bool:
    if i < 1 or not toks[i].adj:
        return False
    prep = toks[i - 1].fold
    return prep in _PERSON_PREPOSITIONS or (prep == "met" and i >= 2 and toks[i - 2].fold in _TALK_WORDS and toks[i - 1].adj)
_ARTICLES_BEFORE = frozenset({"de", "het", "een", "die", "dat", "deze", "dit", "geen", "elke", "ieder", "iedere"})


def unknown_lowercase_speakers(toks: list[_Tok], covered: set[int], protected: set[int], lex: Lexicon) -> list[int]:
    """A lowercase word of no list and no Dutch word right before a person's verb or state ("kwasibah
    belde terug", "jongerenwerker kwasibah zegt", "kwasibah is met verlof") or right after "met", "volgens", "door" ("gesprek met
    kwasibah"): a name typed in a hurry; so is a listed surname that is no word ("gesprek met
    jansen"), even one that splits into words. Not after an article (a noun)."""
    out = []
    words = lex.words
    for i in range(len(toks) - 1):
        t = toks[i]
        if t.cap or t.low in words:
            continue  # the common case, asked first: a capital or a Dutch word is never taken below
        nxt = toks[i + 1]
        verb = (nxt.fold in _SPEECH_VERBS or nxt.fold in lex.person_verbs) and nxt.fold not in _STATE_VERBS and not nxt.cap and nxt.adj
        verb = verb or (nxt.fold in _STATE_LINKS and person_state(toks, i + 1))  # "tuana is ziek"
        if not verb and not _after_person_preposition(toks, i):
            continue  # no person's verb next, no "gesprek met" before
        if i in covered or i in protected or len(t.low) < 4 or not t.low.isalpha() or t.fold in lex.never:
            continue
        if i > 0 and toks[i - 1].fold in _ARTICLES_BEFORE:
            continue
        if not (lex.dutch(t.low) or t.low in lex.everyday or lex.place_like(t.fold)) or (t.low in lex.last and t.low not in lex.words and t.low not in lex.everyday):
            out.append(i)  # "kwasibah belde", and a listed surname of no word list ("jansen zegt")
    return out


# states only a person is in, after "is"/"was"/"gaat": "Zomer is met verlof", "Storm is ziek gemeld"
_STATE_LINKS = frozenset({"is", "was", "wordt", "werd", "gaat", "ging", "raakte", "blijft"})
_PERSON_STATES = frozenset({
    "ziek", "ziekgemeld", "jarig", "zwanger", "bevallen", "overleden", "getrouwd", "verhinderd", "herstellende",
})  # not "afwezig", "uitgevallen", "geschorst": "Budget is afwezig", "Stroom is uitgevallen"
_PERSON_STATE_PAIRS = frozenset({
    ("met", "verlof"), ("met", "pensioen"), ("met", "vakantie"), ("op", "vakantie"), ("uit", "dienst"),
    ("ziek", "gemeld"), ("beter", "gemeld"), ("hersteld", "gemeld"), ("met", "ouderschapsverlof"),
    ("met", "zwangerschapsverlof"), ("met", "ziekteverlof"), ("met", "zorgverlof"), ("met", "studieverlof"),
})
# nouns for people that are no name ("Kind is ziek", "Iedereen is op vakantie")
_PERSON_NOUNS = frozenset({
    "kind", "kinderen", "man", "vrouw", "baby", "hond", "kat", "mama", "papa", "jongen", "meisje", "iedereen",
    "niemand", "iemand", "echtgenoot", "echtgenote", "partner", "peuter", "tiener", "puber", "personeel",
    "leerling", "student", "dader", "slachtoffer", "vriend", "vriendin", "allen", "beiden", "zoontje",
    "dochtertje", "broertje", "zusje", "jeugd", "klas", "groep",
})


# a time between the verb and the state: "is dit kwartaal met verlof", "is sinds maandag ziek"
_STATE_TIMES = frozenset({
    "dit", "deze", "die", "kwartaal", "week", "weken", "maand", "maanden", "jaar", "tijdelijk", "nog", "al",
    "ook", "sinds", "tot", "vanaf", "per", "hele", "komende", "volgende", "vorige", "even", "momenteel", "nu",
    "vandaag", "morgen", "gisteren", "half", "de", "het", "eind", "begin",
})


def _near(t: _Tok) -> bool:
    """Only spaces or a number before t ("tot 1 mei"): the clause goes on."""
    return t.adj or (t.gap.strip(" 0123456789") == "" and t.gap.strip() != "")


def person_state(toks: list[_Tok], k: int) -> bool:
    """toks[k:] read "is met verlof", "was ziek", "gaat met pensioen", "is dit kwartaal met verlof":
    a state only a person is in."""
    if k + 1 >= len(toks) or toks[k].fold not in _STATE_LINKS or not toks[k].adj:
        return False
    j = k + 1
    while j < len(toks) and j - k <= 4 and _near(toks[j]) and (toks[j].fold in _STATE_TIMES or toks[j].fold in WEEKDAYS or toks[j].fold in MONTH_WORDS):
        j += 1  # "is sinds maandag", "is tot 1 mei"
    if j >= len(toks) or not _near(toks[j]):
        return False
    k = j - 1
    w = toks[k + 1].fold
    if w in _PERSON_STATES:
        return True
    return k + 2 < len(toks) and toks[k + 2].adj and (w, toks[k + 2].fold) in _PERSON_STATE_PAIRS


def person_noun(t: _Tok, lex: Lexicon) -> bool:
    """A noun or pronoun for a person or group that is no name: "Kind", "Iedereen", a role or title."""
    f = t.fold
    return f in _PERSON_NOUNS or f in lex.titles or f in lex.rollen or f in lex.function_words or f in _COLLECTIVES or f.endswith(_NOUN_ENDINGS)


def particle_tail(toks: list[_Tok], k: int, lex: Lexicon) -> int:
    """The last word of a surname at k: the word after it when it ends in a particle
    ("Schouten-van Beek", "de Jong-van Dijk")."""
    t = toks[k]
    if "-" in t.text and t.fold.rsplit("-", 1)[-1] in lex.tussenvoegsels and k + 1 < len(toks) and toks[k + 1].cap and _adjacent(toks, k, k + 1):
        return k + 1
    return k


def after_article(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """toks[i] follows a lowercase article that is no particle of a name before it ("in de
    Zomer"; "Anja de Roos" and "mevrouw de Roos" have a name or title before the "de")."""
    # a capitalised "Het" leads no surname: "Het Roosje" is a venue, "De Roos" may be a person
    if i < 1 or toks[i - 1].fold not in ("de", "het", "een") or toks[i - 1].cap and toks[i - 1].fold != "het" or not _adjacent(toks, i - 1, i):
        return False
    before = toks[i - 2] if i >= 2 and _adjacent(toks, i - 2, i - 1) else None
    return (before is None or not (before.low in lex.first or before.fold in lex.titles)) and toks[i].fold not in lex.de_surnames

