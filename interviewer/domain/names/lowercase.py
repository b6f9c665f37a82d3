"""Full names typed in lowercase in a hurry ("bas dekker (buurtsportcoach) doet mee", "gesproken met
fleur de wit", "chidi okafor heeft …", "sjef van den broek regelt …"), lowercase surnames led by
particles ("van der linden: …"), lowercase nicknames ("geertruida (truus) hoogendijk"), two
word-names named as roles ("jade en amber zijn de stagiairs"), and a found first name typed in
lowercase where it is also a Dutch word ("mark wil naar een nieuw systeem").

Both parts must be name-like: a first name (even one that is a word, "bas", "fleur") or a word of
no list ("chidi", "sjef"), then particles and a listed surname (even a word, "dekker", "de wit").
That alone is ordinary Dutch often enough ("wil de bakker bellen"), so a person's context must say
so: a person's preposition before ("volgens", "door", "namens", "gesproken met"), or after it a
person's finite verb ("zegt", "regelt", "heeft"), a role in brackets or between commas
("(buurtsportcoach)", ", teamleider,") or a colon. Never after an article ("de bas …"), never from
a verb or function word ("wil", "ben", "dan", "kader"). Round 10: people in hurried notes at a
line's start, by a person's verb after them ("mulder stuurt het rapport na", "gj zegt dat …":
quick_note_people)."""

from __future__ import annotations

from .context import _SPEECH_VERBS, VERB_NAMES, _after_person_preposition, listed_first, verb_like
from .lexicon import Lexicon
from .tokens import _adjacent, _match_seq, _Tok, _word_after_particles, fold_of, low_of, typo_of_word

# the endings of the roles a note puts in brackets after a name: "(buurtsportcoach)", "(maatsch werker)"
ROLE_ENDINGS = (
    "werker", "coach", "leider", "consulent", "deskundige", "medewerker", "adviseur", "begeleider",
    "functionaris", "kundige", "stagiair", "stagiaire", "vrijwilliger", "coordinator", "manager", "trainer",
    "mentor", "voorzitter", "secretaris", "directeur", "bestuurder", "agent", "arts", "regisseur", "makelaar",
    "verlener", "houder", "ouder", "vader", "moeder", "buddy", "maatje", "tolk", "docent", "beheerder",
    "dokter", "pastoor", "dominee", "zuster", "broeder", "pater", "imam", "juf", "meester",
    # round 9: "(wijkconciërge)", "(teamassistent)", "(orthopedagoog)", "(bestuurslid)"
    "concierge", "conciërge", "assistent", "ondersteuner", "pedagoog", "psycholoog", "jurist", "notulist",
    "intaker", "teamlid", "bestuurslid", "bemiddelaar",
)
# words before a name at the start of a clause: "en", "dat", "want"
_CLAUSE_OPENERS = frozenset({"en", "&", "dat", "omdat", "want", "toen", "ook", "maar", "nu", "of", "alleen"})
# prepositions before a full name of a listed first name and a listed surname ("overleg met roos de
# graaf", "aan bas dekker gevraagd"): without an article after them a noun rarely follows
_NAME_PREPOSITIONS = frozenset({"met", "bij", "aan", "voor", "van", "over", "namens"})
_DETERMINERS = frozenset({"de", "het", "een", "die", "deze", "dit", "dat", "geen", "elke", "ieder", "iedere", "mijn", "zijn", "haar", "onze", "hun", "jouw", "uw"})
# a time opening a sentence before a name ("vanmiddag jansen zegt", "gisteren smit gebeld")
_TIME_ENDINGS = ("dag", "middag", "ochtend", "avond", "nacht", "week", "maand", "jaar", "weken", "dagen")
_TIME_WORDS = frozenset({"vandaag", "gisteren", "eergisteren", "overmorgen", "morgen", "straks", "eerst", "later", "vorige", "volgende", "vanmorgen", "zojuist", "net", "toen"})
_WEAK = frozenset({"de", "van", "van de", "van het", "het", "te", "in de", "in het", "op de", "uit de", "den", "der"})


def is_role(t: _Tok, lex: Lexicon) -> bool:
    """A word naming a role: a listed one ("teamleider") or one by its ending ("buurtsportcoach")."""
    one_word_title = any(len(p) == 1 for p in lex.titles.get(t.fold, ()))  # not the "de" of "de heer"
    return not t.cap and t.low not in lex.function_words and (one_word_title or t.fold in lex.rollen or (len(t.fold) > 4 and t.fold.endswith(ROLE_ENDINGS)))


def _first_like(t: _Tok, lex: Lexicon) -> bool:
    """A lowercase word that may be a first name: a listed one (even a word: "bas", "fleur", "gert-jan")
    or a word of no list ("chidi", "sjef"); never a verb, function word, role or particle."""
    low = t.low
    if t.cap or len(low) < 2 or low in lex.function_words or low in VERB_NAMES or t.fold in lex.person_verbs or low in _SPEECH_VERBS:
        return False
    if t.fold in lex.tussenvoegsels or t.fold in lex.titles or t.fold in lex.rollen or t.fold in lex.bank_words:
        return False
    if listed_first(low, lex):
        return True
    return len(low) >= 3 and low.isalpha() and not lex.dutch(low) and low not in lex.everyday and t.fold not in lex.never


def time_word(t: _Tok) -> bool:
    """A time opening a sentence ("Vanmiddag", "gisteren"): never a first name before a surname."""
    return t.fold.endswith(_TIME_ENDINGS) or t.fold in _TIME_WORDS


def _noun_opener(t: _Tok, lex: Lexicon) -> bool:
    """A sentence's first word that is a Dutch noun, maybe a first name no list holds whole ("zomer",
    "storm"): never a function word, verb, role, listed no-name or time ("vanmiddag jansen zegt")."""
    if not t.initial or len(t.low) < 3 or not t.low.isalpha() or t.low in lex.function_words or t.fold in lex.person_verbs:
        return False
    return not (t.fold in lex.titles or t.fold in lex.rollen or t.fold in lex.bank_words or t.fold in lex.never or verb_like(t, lex) or time_word(t))


def _surname_end(toks: list[_Tok], j: int, lex: Lexicon) -> int:
    """After a lowercase first name at toks[j-1]: the index after its lowercase surname (with
    particles), or j when none follows."""
    k = _word_after_particles(toks, j, lex)
    if k is None:
        return j
    tv = k - j
    y = toks[k]
    if y.cap or "'" in y.text or len(y.low) < 2 or y.fold in _EXTENSIONS or y.fold in lex.titles or y.fold in lex.rollen or y.fold in lex.fixed_places:
        return j
    particle = " ".join(x.fold for x in toks[j:k])
    if tv and particle not in _WEAK and len(y.low) >= 3:
        return k + 1  # "van den broek", "ter horst", "van der meer": after a strong particle any word
    if y.low in lex.function_words or y.fold in lex.bank_words:
        return j
    if y.low in lex.last:
        return k + 1  # "dekker", "de wit", "okafor"
    if not tv and len(y.low) >= 3 and y.low.isalpha() and y.low not in lex.everyday and not lex.dutch(y.low):
        return k + 1  # "fleur okonkwo", "tendai moyo": a word of no list after a first name
    return j


def person_after(toks: list[_Tok], e: int, lex: Lexicon) -> bool:
    """After a name ending before toks[e]: a person's finite verb, a role in brackets or between
    commas, or a colon."""
    if e >= len(toks):
        return False
    nxt = toks[e]
    gap = nxt.gap.strip()
    if not gap:
        return not nxt.cap and (verb_like(nxt, lex) or nxt.fold in lex.person_verbs)
    if gap == ":":
        return True
    if gap in ("(", ",", "-", "\u2013"):
        if is_role(nxt, lex):
            return True  # "(buurtsportcoach)", ", teamleider,", "- wijkcoach -"
        if gap == "(":  # "(bsc) doet mee", "(zie bijlage) regelt": the verb after the closing bracket
            j = e + 1
            while j < len(toks) and j - e < 6 and ")" not in toks[j].gap:
                j += 1
            v = toks[j] if j < len(toks) else None
            return v is not None and v.gap.strip() == ")" and not v.cap and (v.fold in lex.person_verbs or v.fold in _SPEECH_VERBS)
    return False


def lowercase_full_names(toks: list[_Tok], covered: set[int], protected: set[int], lex: Lexicon, take) -> None:
    """Lowercase first name + particles + surname in a person's context (module docstring). A noun
    opening the sentence is a first name only before a surname of no word list and a person's verb
    ("zomer smit is de nieuwe FG"), or before any listed surname and a role in brackets ("storm de
    boer (stagiair) doet …")."""
    tv, first, last, words = lex.tussenvoegsels, lex.first, lex.last, lex.words
    # the common case first: a lowercase first name, a word of no list or a sentence's first word,
    # then a lowercase particle, listed surname or word of no list
    starts = [
        i for i, (t, y) in enumerate(zip(toks, toks[1:]))
        if not t.cap and not y.cap and (t.low in first or t.low not in words or t.initial) and (y.fold in tv or y.low in last or y.low not in words)
    ]
    for i in starts:
        t = toks[i]
        if i in protected:
            continue
        listed = _first_like(t, lex)
        if not listed and not _noun_opener(t, lex):
            continue
        end = _surname_end(toks, i + 1, lex)
        if end == i + 1 or all(k in covered for k in range(i, end)) or any(k in protected for k in range(i + 1, end)):
            continue
        if not listed:
            y = toks[end - 1]
            sure = y.low in lex.last and y.low not in lex.words and person_after(toks, end, lex)
            if sure or (end < len(toks) and toks[end].gap.strip() == "(" and is_role(toks[end], lex)):
                take(i, end)
            continue
        prev = toks[i - 1] if i > 0 and t.adj else None
        if prev is not None and prev.fold in _DETERMINERS:
            continue  # "de bas dekker": after an article a word
        if prev is not None and (_after_person_preposition(toks, i) or (prev.fold in _NAME_PREPOSITIONS and t.low in lex.first)):
            take(i, end)  # "volgens bas dekker", "gesproken met fleur de wit", "overleg met roos de graaf"
        elif (t.initial or prev is None or prev.fold in _CLAUSE_OPENERS) and person_after(toks, end, lex):
            take(i, end)  # "bas dekker (buurtsportcoach) doet mee", "chidi okafor heeft …"
        elif t.low in lex.first and _in_file_name(toks, i, end):
            take(i, end)  # "intake_merel_visser.pdf", "evaluatie roos bakker.docx"
        elif t.low in lex.first and toks[end - 1].low in lex.last and not lex.dutch(toks[end - 1].low):
            take(i, end)  # "bo meijerink, 2e jaar", "roos oosterhuis": a listed surname no Dutch word after a listed first name
    # one pass for the two rules below: a listed surname before a listed first name, a nasab particle
    if last.isdisjoint(map(low_of, toks)) and _NASAB.isdisjoint(map(fold_of, toks)):
        return  # most texts: no listed surname, no nasab particle
    last_first = [i for i, (t, y) in enumerate(zip(toks, toks[1:])) if (t.low in last and y.low in first) or t.fold in _NASAB]
    if last_first:
        _lowercase_surname_first(toks, last_first, covered, protected, lex, take)
        _lowercase_nasab(toks, last_first, covered, take)


def _lowercase_surname_first(toks: list[_Tok], starts: list[int], covered: set[int], protected: set[int], lex: Lexicon, take) -> None:
    """A listed surname and a listed first name typed in lowercase, the surname first as in Chinese,
    Korean and Vietnamese ("wang lei (vrijwilliger) stopt", "nguyen thanh belde"), opening a clause
    before a person's verb, a role or a colon (person_after). Never after an article, never a
    verb-name or function word ("wil", "ben")."""
    for i in starts:
        t, y = toks[i], toks[i + 1]
        if t.cap or y.cap or t.low not in lex.last or y.low not in lex.first or y.gap != " " or i in covered or i in protected or i + 1 in protected:
            continue
        if not _first_like(y, lex) or t.low in lex.function_words or t.low in VERB_NAMES or t.fold in lex.tussenvoegsels or t.fold in lex.titles or len(t.low) < 2:
            continue
        prev = toks[i - 1] if i > 0 and t.adj else None
        if (t.initial or prev is None or prev.fold in _CLAUSE_OPENERS) and person_after(toks, i + 2, lex):
            take(i, i + 2)


_NASAB = frozenset({"ben", "bin", "ibn", "bint", "ould"})


def _lowercase_nasab(toks: list[_Tok], starts: list[int], covered: set[int], take) -> None:
    """A nasab particle typed in lowercase between two found names ("zakaria ben ali"): one name."""
    for k in starts:
        if 0 < k < len(toks) - 1 and toks[k].fold in _NASAB and k not in covered and k - 1 in covered and k + 1 in covered and _adjacent(toks, k - 1, k + 1) and not toks[k].cap:
            take(k - 1, k + 2)


_EXTENSIONS = frozenset({"docx", "doc", "pdf", "xlsx", "xls", "odt", "txt", "pptx", "msg", "eml", "rtf", "csv"})


def _in_file_name(toks: list[_Tok], i: int, end: int) -> bool:
    """Words of a file name: joined by underscores, or ending right before its extension."""
    if "_" in toks[i].gap or any("_" in toks[k].gap for k in range(i + 1, min(end + 1, len(toks)))):
        return True
    return end < len(toks) and toks[end].gap == "." and toks[end].fold in _EXTENSIONS


# words after the subject of an inverted speech or contact verb ("zei bas dat …", "belde roos over …")
_AFTER_INVERTED = frozenset({"dat", "over", "om", "terug", "ook", "nog", "me", "mij", "ons", "hem", "haar", "gisteren", "vandaag", "vanochtend", "al", "niet"})
# verbs of getting in touch: after a name, or before it inverted ("belde roos")
CONTACT_VERBS = frozenset({"belde", "belt", "mailde", "mailt", "appte", "appt", "schreef", "meldde", "liet"})
_INVERTED_VERBS = _SPEECH_VERBS | CONTACT_VERBS  # "later vertelde bos": lowercase_surnames looks after these
_SPEECH_PAIRS = frozenset({("geeft", "aan"), ("gaf", "aan"), ("licht", "toe"), ("lichtte", "toe"), ("vult", "aan"), ("vulde", "aan")})


def clause_ends(nxt: _Tok | None) -> bool:
    """After a word: the end of the text or clause, or a word that follows the subject of an
    inverted verb ("zei bas dat", "belde roos over")."""
    return nxt is None or bool(nxt.gap.strip(" ")) or (not nxt.cap and nxt.fold in _AFTER_INVERTED)


def speaks_next(toks: list[_Tok], e: int) -> bool:
    """toks[e] is a speech or contact verb, or a speech verb with its particle ("gaf aan")."""
    if e >= len(toks) or not toks[e].adj or toks[e].cap:
        return False
    f = toks[e].fold
    return f in _SPEECH_VERBS or f in CONTACT_VERBS or (e + 1 < len(toks) and toks[e + 1].adj and (f, toks[e + 1].fold) in _SPEECH_PAIRS)


def lowercase_surnames(toks: list[_Tok], covered: set[int], protected: set[int], lex: Lexicon, take) -> None:
    """A listed surname typed in lowercase, maybe led by its particles, where only a person fits:
    opening the sentence before a speech verb, a colon or a role ("van der linden: …", "de vries
    belde", "van der heijden (teamleider) tekent"), or after an inverted speech verb ("later
    vertelde bos dat …"). After "de" or "van" alone only a surname of no word list ("de vries",
    not "de bakker belde"); never after an article ("de kok zegt")."""
    verbs = _INVERTED_VERBS
    folds = frozenset(map(fold_of, toks))  # read here and by named_in_notes
    # the common case first: only a sentence's first word or the word after an inverted verb
    if verbs.isdisjoint(folds):  # most texts: no inverted verb, so a sentence's first word only
        starts = [i for i, t in enumerate(toks) if t.initial and not t.cap]
    else:
        starts = [i for i, (p, t) in enumerate(zip([None, *toks], toks)) if not t.cap and (t.initial or (p is not None and p.fold in verbs))]
    for i in starts:
        t = toks[i]
        if i in covered or i in protected:
            continue
        tv = _match_seq(toks, i, lex.tussenvoegsels)
        k = i + tv
        if k >= len(toks) or (tv and not _adjacent(toks, i, k)):
            continue
        y = toks[k]
        if y.cap or y.low not in lex.last or y.low in lex.function_words or y.fold in lex.bank_words or k in protected or len(y.low) < 3:
            continue
        particle = " ".join(x.fold for x in toks[i:k])
        if tv and particle in _WEAK and y.low in lex.words and (particle != "van" or not t.initial):
            continue  # "de kok vertelde", "de bakker belde": a trade after an article ("de jong" too, alas)
        if t.initial:
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            colon = nxt is not None and nxt.gap.strip().startswith(":")
            role = nxt is not None and nxt.gap.strip() == "(" and is_role(nxt, lex)  # "vos (teamleider oost) gaf aan"
            if role or ((tv or y.low not in lex.words) and (colon or speaks_next(toks, k + 1) or person_after(toks, k + 1, lex))):
                take(i, k + 1)  # "van der linden: …", "de vries belde"; "winter: meer aanmeldingen" is a heading
        elif i > 0 and t.adj and (toks[i - 1].fold in _SPEECH_VERBS or toks[i - 1].fold in CONTACT_VERBS) and clause_ends(toks[k + 1] if k + 1 < len(toks) else None):
            take(i, k + 1)  # "later vertelde bos dat …", "zei de vries"
    quick_note_people(toks, starts, covered, protected, lex, take)
    from .note_frames import named_in_notes  # note_frames imports this module

    named_in_notes(toks, covered, protected, lex, take, folds)


# lowercase abbreviations of departments and bodies that "say" things in notes ("hr zegt", "cr vroeg")
_BODY_ABBREVIATIONS = frozenset({"hr", "cr", "or", "mt", "pr", "fg", "ob", "pz", "ps", "pm", "nb", "ok", "vvt", "rvt", "rvc", "gmr", "mr", "wt", "sw", "aw", "jw", "ow"})
# a person's verbs in notes: getting in touch or telling (_OWN_VERBS: "belde", "zei"), and with them
# taking a task on (_NOTE_VERBS: also "regelt", "pakt")
_OWN_VERBS = frozenset({"belde", "belt", "mailde", "mailt", "appte", "appt", "stuurde", "stuurt", "vroeg", "vraagt", "zei", "zegt", "meldde", "meldt", "vertelde", "vertelt"})
_NOTE_VERBS = _OWN_VERBS | {"regelt", "regelde", "neemt", "nam", "pakt", "pakte"}


def quick_note_people(toks: list[_Tok], starts: list[int], covered: set[int], protected: set[int], lex: Lexicon, take) -> None:
    """People in hurried notes, at a line's or sentence's start: a listed surname that is also a word
    before a person's verb with more after it ("mulder stuurt het rapport na"; not after an article,
    no role or person noun), two lowercase initials before one ("gj zegt dat …"), and two lowercase
    words of no word list joined by "en" before a verb ("chary en rigi hebben …")."""
    n = len(toks)
    for i in starts:  # lowercase words opening a sentence or line (and a few after a verb)
        t = toks[i]
        if not t.initial or t.allcaps or i in covered or i + 1 >= n:
            continue
        if i in protected and not (len(t.low) == 2 and t.low.isalpha()):
            continue  # two letters with no vowel are shorthand elsewhere ("gr"), initials before a verb
        nxt = toks[i + 1]
        verb = nxt.adj and not nxt.cap and nxt.fold in _NOTE_VERBS and i + 2 < len(toks) and toks[i + 2].adj
        if verb and t.low in lex.last and len(t.low) > 3 and t.low not in lex.function_words and t.fold not in lex.bank_words and not is_role(t, lex) and t.fold not in lex.never:
            take(i, i + 1)  # "mulder stuurt het rapport van de raadpleging na"
        elif verb and len(t.low) == 2 and t.low.isalpha() and not any(c in "aeiouy" for c in t.low) and t.low not in _BODY_ABBREVIATIONS and t.fold not in lex.titles and nxt.gap == " ":
            if t.low not in lex.words and t.fold not in lex.bank_words and t.fold not in lex.never:
                take(i, i + 1)  # "gj zegt dat ze in Q1 een inhaalslag maken"
        elif nxt.fold == "en" and nxt.adj and i + 3 < len(toks) and _unlisted(t, lex) and _unlisted(toks[i + 2], lex) and toks[i + 2].adj:
            v = toks[i + 3]
            if v.adj and not v.cap and (v.fold in lex.person_verbs or v.fold in ("hebben", "zijn", "gaan", "doen", "willen", "komen", "zitten", "werken")):
                take(i, i + 1)
                take(i + 2, i + 3)  # "chary en rigi hebben een stage gedaan"


def _unlisted(t: _Tok, lex: Lexicon) -> bool:
    """A lowercase word of no word list, no compound of Dutch words and no abbreviation: a name typed
    in a hurry (or a listed first name)."""
    if t.cap or not t.low.isalpha() or len(t.low) < 3 or t.fold in lex.never or t.fold in lex.bank_words:
        return False
    return t.low in lex.first and not lex.ordinary(t.low) or not (lex.dutch(t.low) or t.low in lex.everyday or typo_of_word(t.low, lex))


def acting_lowercase(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """A found first name typed in lowercase where it is also a word ("mark"), used as a person:
    a person's finite verb right after it, not after an article, never a verb-name ("ben", "wil").
    A found surname that is a noun only before a speech verb ("bakker zegt"; "post komt binnen":
    a found "Post" stays the word). Round 11, any found name where only a person fits: opening a
    line before a colon ("mus: 'ik heb een team'"), after a kin word, title or role ("tante riek",
    "stagiaire 'bo'"), after
    "zoals", "volgens", "met", "van" closing the clause ("vrijwilligers zoals riek"), or as the
    subject after "dat doet" ("dat doet riek altijd")."""
    t = toks[i]
    if t.cap:
        return False
    if t.low in VERB_NAMES:
        return t.low in _FINITE_NAMES and _verb_name_acting(toks, i, lex)
    if t.low in lex.function_words or t.fold in lex.person_verbs:
        return False
    if _in_name_list(toks, i, lex):
        return True
    if t.low[-2:] in ("'s", "\u2019s") and len(t.low) > 4 and t.low[-3] not in "aeiouy":
        return True  # "bakker's aanvragen": a word's plural takes 's only after a vowel ("opa's", "auto's")
    prev = toks[i - 1] if i > 0 and t.adj else None
    if prev is not None and prev.fold in _DETERMINERS:
        return False  # "de roos is …": the word
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if _person_slot(toks, i, prev, nxt, lex):
        return True
    if nxt is None or not nxt.adj or nxt.cap:
        return False
    if t.low in lex.last or t.low not in lex.first:
        if nxt.fold in _SPEECH_VERBS or nxt.fold in _OWN_VERBS or nxt.fold in ("noemt", "noemde"):
            return True  # "bakker zegt", "mus noemt de wethouder"
        # "maar hoek vult het altijd te laat in": a person's act opening a clause, not a thing's ("post komt binnen")
        opens = t.initial or (prev is not None and prev.fold in _CLAUSE_OPENERS)
        return opens and nxt.fold in lex.person_verbs and nxt.fold not in _THING_VERBS and verb_like(nxt, lex)
    return (nxt.fold in lex.person_verbs or nxt.fold in _SPEECH_VERBS) and verb_like(nxt, lex)


# the verb-names that are finite verbs ("Wil", "Ben"); "dan" and "man" open a clause as an adverb or a noun
_FINITE_NAMES = VERB_NAMES - {"dan", "man"}


def _verb_name_acting(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """A found name that is a verb ("Wil Koster", "Ben Storm") typed in lowercase, where the verb
    cannot stand: opening a clause before a person's verb in the third person ("wil geeft aan dat …",
    "ben vindt het mager"; the verb "wil" is never followed by another finite verb), or closing one
    after a speech verb ("…, zegt wil"). "ik wil graag", "wat ik wil, weet ik niet" stay the verb."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    t = toks[i]
    if nxt is not None and nxt.gap.strip() in (",", "+", "&") and _in_name_list(toks, i, lex):
        return True  # "met wil, bas, esther"
    if nxt is not None and t.initial and nxt.gap.strip()[:1] == ":" and not t.cap:
        return True  # round 14: "wil: 'ik ben de vrouw van'", a note's speaker (a verb never opens a line before a colon)
    if i and t.adj and toks[i - 1].fold in _SPEECH_VERBS and not toks[i - 1].cap and (nxt is None or bool(nxt.gap.strip(" "))):
        return True  # "stuurt de regeling na, zegt wil"
    if nxt is None or not nxt.adj or nxt.cap or nxt.low in VERB_NAMES:
        return False
    opens = i == 0 or t.initial or t.gap.strip()[-1:] in (",", ";", ":", "(", "'", "\u2018") or toks[i - 1].fold in _CLAUSE_OPENERS
    third = nxt.fold in _SPEECH_VERBS or (nxt.fold in lex.person_verbs and nxt.low.endswith("t") and nxt.fold not in ("is", "moet", "gaat", "laat", "wilt"))
    return opens and third and verb_like(nxt, lex)


def _in_name_list(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """A found first name that is a word, typed in lowercase as an item of a list of people: "met
    wil, bas, esther", "bram, els, gijs", "sterre + roos": a neighbour across a comma, "+" or "&" is a
    first name of no word ("esther"), read past neighbours that are word-names themselves ("bas"), or
    an aanspreekvorm and a name after it ("roos + mw zon", round 14).
    A list of things ("bas, drumstel en versterkers") has no such neighbour."""
    if toks[i].low not in lex.first:
        return False
    for step in (-1, 1):
        j = i
        while True:
            sep = toks[j].gap if step < 0 else (toks[j + 1].gap if j + 1 < len(toks) else "")
            if sep.strip() not in (",", "+", "&"):
                break
            j += step
            if not 0 <= j < len(toks):
                break
            nb = toks[j]
            if step > 0 and not nb.cap and any(len(p) == 1 for p in lex.titles.get(nb.fold, ())) and j + 1 < len(toks) and toks[j + 1].adj:
                return True  # round 14: "roos + mw zon + dhr kaya": an aanspreekvorm and a name beside it
            if nb.cap or nb.low not in lex.first or nb.low in VERB_NAMES or nb.low in lex.function_words:
                break
            if not lex.ordinary(nb.low):
                return True  # "esther": a person beyond doubt
    return False


# verbs a thing does as well as a person ("post komt binnen", "storm is voorbij", "kok moet er komen")
_THING_VERBS = frozenset({
    "is", "was", "komt", "kwam", "gaat", "ging", "blijft", "staat", "draait", "heeft", "had", "kan", "kon", "zou", "mocht",
    "moet", "moest", "laat", "liet", "licht", "volgt", "mist", "zit", "opent", "opende", "startte", "werkt", "werkte",
    "helpt", "hielp", "geeft", "gaf", "brengt", "bracht", "houdt", "hield", "krijgt", "kreeg", "maakt", "maakte", "wil", "wilde",
})
# before a found name closing its clause: "vrijwilligers zoals riek", "de vrouw van ton"
_PERSON_BEFORE = frozenset({"zoals", "volgens", "namens", "met", "door", "bij"})
_KIN = frozenset({"vrouw", "man", "zoon", "dochter", "moeder", "vader", "zus", "broer", "partner", "collega", "kinderen", "kind", "kleinzoon", "kleindochter", "buurman", "buurvrouw", "vriend", "vriendin"})
# the start of a clause with the subject after its verb: "dat doet riek altijd"
_INVERTING = frozenset({"dat", "die", "toen", "nu", "daarom", "dus"})
# words after a person closing the clause: "zoals riek zelf", "dat doet riek altijd"
_AFTER_SUBJECT = frozenset({"altijd", "ook", "nog", "zelf", "wel", "niet"})


def _person_slot(toks: list[_Tok], i: int, prev: _Tok | None, nxt: _Tok | None, lex: Lexicon) -> bool:
    """A slot only a person fits, around a found name typed in lowercase (acting_lowercase)."""
    t = toks[i]
    if nxt is not None and t.initial and nxt.gap.strip()[:1] == ":":
        return True  # "mus: 'ik heb een team van drie'"
    if prev is None:  # after a quote or bracket: "noemde stagiaire 'bo'", a role before the quote
        return i > 0 and t.gap.strip() in ("'", "\u2018", '"', "(") and (is_role(toks[i - 1], lex) or toks[i - 1].fold in lex.titles) and not toks[i - 1].cap
    if any(len(p) == 1 for p in lex.titles.get(prev.fold, ())) and not prev.cap:
        return True  # "tante riek", "opa gerrit"
    closes = nxt is None or bool(nxt.gap.strip(" ")) or nxt.fold in _AFTER_SUBJECT
    if closes and t.fold not in lex.never and (prev.fold in _PERSON_BEFORE or (prev.fold == "van" and i > 1 and toks[i - 2].fold in _KIN)):
        return True  # "vrijwilligers zoals riek", "de vrouw van ton'"; not "de vergadering van mei"
    return i > 1 and toks[i - 2].fold in _INVERTING and prev.adj and verb_like(prev, lex) and closes


def lower_nickname(toks: list[_Tok], k: int, covered: set[int], lex: Lexicon, take) -> None:
    """A lowercase first name, nickname and surname: "hendrika (riek) zijlstra", "wilhelmina "mien"
    de graaf", "theodora (door) van slooten". The first name listed or of no word list, the nickname
    a short word, the surname listed or of no word list (or any word after particles that are no
    preposition)."""
    first, nick = toks[k - 1], toks[k]
    if first.cap or len(first.low) < 3 or not (first.low in lex.first or first.low not in lex.words) or len(nick.low) > 8 or not nick.low.isalpha():
        return
    tv = _match_seq(toks, k + 1, lex.tussenvoegsels)
    y = toks[k + 1 + tv] if k + 1 + tv < len(toks) else None
    if y is None or y.cap or (tv and not _adjacent(toks, k + 1, k + 1 + tv)):
        return
    strong_particle = tv and " ".join(x.fold for x in toks[k + 1 : k + 1 + tv]) not in ("de", "van", "het", "te", "van de", "van het")
    if y.low in lex.last or (strong_particle and y.low not in lex.function_words) or (len(y.low) > 3 and y.low not in lex.words):
        end = k + 2 + tv
        for a, b in ((k - 1, k), (k, k + 1), (k + 1, end)):
            if not covered.issuperset(range(a, b)):
                take(a, b)


def are_roles(toks: list[_Tok], k: int, lex: Lexicon) -> bool:
    """"zijn de nieuwe stagiairs", "waren vrijwilligers": two people named as roles."""
    if k >= len(toks) or toks[k].fold not in ("zijn", "waren", "worden", "blijven") or not toks[k].adj:
        return False
    for j in range(k + 1, min(k + 5, len(toks))):
        w = toks[j]
        if not w.adj:
            return False
        if is_role(w, lex) or (w.low.endswith("s") and is_role(_Tok(w.start, w.end - 1, w.text[:-1], w.low[:-1], w.fold[:-1], False), lex)):
            return True  # "stagiairs", "teamleiders", "vrijwilligers"
    return False


# what a person does in quick notes, after "met" ("met bas besproken") or as a sentence's action
# ("roos heeft de scan ingevuld"); a message noun before "van" ("opmerking van bas")
_TALKED = frozenset({"besproken", "gesproken", "overlegd", "afgesproken", "gebeld", "geappt", "gemaild", "doorgenomen", "afgestemd", "geëvalueerd"})
_DONE = frozenset({
    "ingevuld", "gebeld", "gemaild", "gestuurd", "opgestuurd", "doorgestuurd", "gedaan", "besproken", "geregeld",
    "aangegeven", "opgepakt", "gemeld", "ingepland", "afgezegd", "toegezegd", "aangevraagd", "ingediend", "gevraagd",
    "overgenomen", "bijgewerkt", "opgesteld", "geschreven", "gesproken", "gecontroleerd", "getekend", "ondertekend",
    "gescand", "geprint", "uitgeprint", "ingescand", "geüpload", "gedeeld", "verstuurd", "rondgestuurd",
})
_MESSAGES = frozenset({"opmerking", "opmerkingen", "bericht", "berichtje", "mail", "mailtje", "notitie", "reactie", "appje", "vraag", "aanvulling", "verslag", "terugkoppeling"})


def lowercase_word_names_acting(toks: list[_Tok], covered: set[int], protected: set[int], lex: Lexicon) -> list[int]:
    """A first name that is also a word, typed lowercase, used as a person: after "met" before a
    word for talking ("met bas besproken"), after a message noun and "van" ("opmerking van bas"), or
    opening a sentence before a person's verb or "heeft" and an action ("roos heeft de scan
    ingevuld"). Never after an article or adjective ("de bas", "een roos", "met de bas besproken")."""
    out = []
    first = lex.first
    for i, t in enumerate(toks):
        if t.low not in first or t.cap or i in covered or i in protected or not lex.ordinary(t.low) or len(t.low) < 3:
            continue
        if t.low in lex.function_words or t.fold in lex.person_verbs or t.low in VERB_NAMES or not t.low.isalpha():
            continue
        prev = toks[i - 1] if i > 0 and toks[i].adj else None
        nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].adj else None
        if prev is not None and prev.fold == "met" and nxt is not None and nxt.fold in _TALKED:
            out.append(i)
        elif prev is not None and prev.fold == "van" and i > 1 and toks[i - 2].fold in _MESSAGES and toks[i - 1].adj:
            out.append(i)
        elif t.initial and nxt is not None and not nxt.cap:
            if nxt.fold in _OWN_VERBS or nxt.fold in ("heeft", "had") and any(x.fold in _DONE for x in toks[i + 2 : i + 10]):
                out.append(i)
    return out

