"""Places where notes put people whatever the case they are typed in: a list after an attendance
label ("aanwezig: bas, fleur en mark"), a signature under a greeting ("groetjes, roos", "gr.
Mark"), an @-mention ("@fleur kun jij …"), a duty rota of days and first names ("ma Storm / di Merel /
wo Hazel"). There a first name that is also a word ("bas", "roos")
is the person, also one that is a listed place ("groetjes, Linde"); a word that is no name ends the
list ("aanwezig: teamleider en twee consulenten" names nobody). Round 9: the registers and minutes
that write people short: initials with "vd" between ("JvdM", "E.v.d.W."), initials after a label only
a person follows ("Paraaf: JB") and capitals acting next to them in an action list, an initial after
a found name ("Ineke S.", "Tuinstra, M."), an inverted register row ("Naam: Hoogeveen, T. |"), a
first name with particles and a word in a list of found names ("Rutger van Dalen"). Round 10: a
surname alone after a signing label ("Notulist: Bakker"), and no salutation in the name it greets
("Hi Tess": salutations_cut)."""

from __future__ import annotations

import re

from ..unicode_fold import Normalised, fold
from .context import VERB_NAMES, listed_first, verb_like
from .lexicon import _HONORIFICS, SALUTATIONS, SHORT_WEEKDAYS, SOURCE_CONTACT, SOURCE_HEURISTIC, WEEKDAYS, Lexicon, _Raw
from .documents import _STREET_NOUNS
from .joined_names import last_items
from .eponyms import _EPONYM_TAILS
from .lowercase import _surname_end
from .tokens import _adjacent, _match_seq, _Tok, _word_after_particles, fold_of

# labels a list of people follows (folded): "aanwezig:", "cc:", "deelnemers:"
_ATTENDANCE = frozenset({
    "aanwezig", "aanwezigen", "afwezig", "afgemeld", "deelnemers", "geinterviewd", "geinterviewden", "gesprekspartners",
    "cc", "bcc", "aan", "present", "notulist", "voorzitter", "verslag", "met",
}) | WEEKDAYS | SHORT_WEEKDAYS  # "vr: bas / tijmen": a rota's day before a colon
# greetings a signature follows ("groetjes, roos", "mvg Mark", "gr. Anouk") or a name follows in an
# opening ("hoi bas,", "hallo Roos,")
_GREETINGS = frozenset({"groet", "groeten", "groetjes", "gr", "grt", "mvg", "vgr", "hgr", "liefs", "dank", "bedankt", "thx", "doei"})
_OPENINGS = frozenset({"hoi", "hallo", "hey", "hee", "dag", "lieve"})
_LABELS = _GREETINGS | _OPENINGS  # what listed_people looks for; an attendance label only before a colon
_LABELS_COLON = _ATTENDANCE | _LABELS
# an @-mention of a group, no person ("@allen graag …", "@iedereen")
_GROUP_MENTIONS = frozenset({"allen", "alle", "allemaal", "iedereen", "jullie", "team", "all", "everyone", "channel", "here"})


def _first(t: _Tok, lex: Lexicon) -> bool:
    """A listed first name in any case, no verb-name or function word ("ben", "dan")."""
    return listed_first(t.low, lex) and t.low not in VERB_NAMES and t.low not in lex.function_words and not t.allcaps


def _name_end(toks: list[_Tok], i: int, lex: Lexicon) -> int:
    """The end of a name starting with the first name toks[i]: its surname too ("bas de vries",
    "Fleur Bakker"), when one follows."""
    if toks[i].cap:
        j = i + 1
        tv = _match_seq(toks, j, lex.tussenvoegsels)
        if j + tv < len(toks) and _adjacent(toks, i, j + tv) and toks[j + tv].cap and not toks[j + tv].allcaps and (toks[j + tv].low in lex.last or not lex.dutch(toks[j + tv].low)):
            return j + tv + 1
        return j
    return _surname_end(toks, i + 1, lex)


def listed_people(n: Normalised, toks: list[_Tok], covered: set[int], protected: set[int], lex: Lexicon, take, strong: frozenset[int] | set[int] = frozenset()) -> None:
    """People in an attendance list, a signature and @-mentions (module docstring)."""
    labels = _LABELS_COLON if ":" in n.text else _LABELS
    for k in [] if labels.isdisjoint(map(fold_of, toks)) else [k for k, t in enumerate(toks[:-1]) if t.fold in labels]:
        t, nxt = toks[k], toks[k + 1]
        if t.fold in _OPENINGS:
            after = toks[k + 2] if k + 2 < len(toks) else None
            if nxt.adj and listed_first(nxt.low, lex) and k + 1 not in strong and (after is None or after.gap.strip()[:1] in (",", "!", ":")):
                take(k + 1, k + 2)  # "hoi ben, ben je er?", "hallo roos!"
            continue
        if t.fold in _ATTENDANCE and nxt.gap.strip() == ":":
            _take_list(toks, k + 1, protected, lex, take, strong)
        elif t.fold in _GREETINGS and nxt.gap.strip() in (",", ".", "") and _first(nxt, lex) and k + 1 not in strong:
            end = _name_end(toks, k + 1, lex)
            if end >= len(toks) or toks[end].gap.strip()[:1] in (",", "|", "-", "(", "\u2013") or "\n" in toks[end].gap:
                take(k + 1, end)  # the signature ends the text or its line
    _rota(toks, lex, take)
    if "@" not in n.text:
        return
    for k, t in enumerate(toks):
        if t.gap.endswith("@") and (t.gap == "@" or t.gap[-2] in " \n(") and k not in covered and t.low not in _GROUP_MENTIONS and (_first(t, lex) or t.low in lex.last):
            take(k, _name_end(toks, k, lex) if _first(t, lex) else k + 1)  # "@fleur kun jij …"


def _unlisted(t: _Tok, lex: Lexicon) -> bool:
    """A word of no list and no word list ("rinus"): in a list of names, one more name."""
    return not t.allcaps and len(t.low) >= 3 and t.low.isalpha() and t.low not in lex.words and t.fold not in lex.bank_words and t.fold not in lex.never


def _titled(toks: list[_Tok], j: int, lex: Lexicon) -> int:
    """The end of an aanspreekvorm or title and the surname after it in a list ("dhr. Bakker", "mw.
    de Vries", "Drs. de Vries", "dhr. de jong" typed in lowercase), or 0."""
    if j + 1 >= len(toks) or not (toks[j].fold in _HONORIFICS or toks[j].fold in lex.titles):
        return 0
    k = _word_after_particles(toks, j + 1, lex)
    if k is None:
        return 0
    w = toks[k]
    return k + 1 if w.cap or w.low in lex.last or not lex.dutch(w.low) else 0


def _take_list(toks: list[_Tok], j: int, protected: set[int], lex: Lexicon, take, strong: frozenset[int] | set[int] = frozenset()) -> None:
    """Names separated by commas and "en" from toks[j] on; the first word that is no first name ends
    it (after the first name, a word of no word list is one too: "anton, yvette en rinus"). A first
    name that is also a listed place is one more person typed in lowercase or after another person
    ("aanwezig: fleur, Linde en bas"); a street, a title, a venue (`strong`) never is."""
    seen = False
    while j < len(toks) and ((titled := _titled(toks, j, lex)) or ((j not in protected or (j not in strong and (seen or not toks[j].cap))) and (_first(toks[j], lex) or (seen and _unlisted(toks[j], lex))))):
        seen = True
        if titled:  # "roos, mo, dhr. Bakker": the aanspreekvorm is no name, the surname after it is
            j, end = j + 1, titled
        else:
            end = _name_end(toks, j, lex)
        take(j, end)
        if end < len(toks) and toks[end].gap.strip() == "(":  # "petra (tl), ron (sw)": an aside after the name
            while end < len(toks) and ")" not in toks[end].gap and end - j < 6:
                end += 1
            if end >= len(toks) or ")" not in toks[end].gap:
                return
            if toks[end].gap.strip() not in ("),", ");") and not (toks[end].fold in ("en", "&") and toks[end].gap.strip() == ")"):
                return
            j = end + 1 if toks[end].fold in ("en", "&") else end
            continue
        if end >= len(toks) or not (toks[end].gap.strip() in (",", ";", "/") or (toks[end].fold in ("en", "&") and toks[end].adj)):
            return  # "/" too: "vr: bas / tijmen"
        j = end + 1 if toks[end].fold in ("en", "&") else end


# days as a rota writes them ("ma Storm / di Merel", "maandag: Roos")
_DAYS = SHORT_WEEKDAYS | WEEKDAYS


def _rota(toks: list[_Tok], lex: Lexicon, take) -> None:
    """A duty rota: three or more items of a day and one capitalised word, apart by "/", "," or
    ";" ("ma Storm / di Merel / wo Hazel / do Jade"). When most of those words are listed first
    names, all are people, also those that are words ("Storm", "Roos")."""
    if _DAYS.isdisjoint(map(fold_of, toks)):
        return  # most texts: no day at all
    days = [k for k, t in enumerate(toks) if t.fold in _DAYS and not t.cap and k + 1 < len(toks)]
    if len(days) < 3:
        return
    items: list[int] = []
    for k in days:
        w = toks[k + 1]
        if w.cap and not w.allcaps and w.gap.strip(" :") == "" and w.low not in lex.function_words and w.fold not in lex.bank_words:
            if items and not (toks[k].gap.strip() in ("/", ",", ";", "|") and k == items[-1] + 1):
                if len(items) >= 3:
                    break
                items = []
            items.append(k + 1)
    names = sum(1 for i in items if _first(toks[i], lex))
    if len(items) >= 3 and 2 * names > len(items):
        for i in items:
            take(i, i + 1)


# initials with the particles abbreviated, as minutes and registers sign people: "JvdM", "HvdB",
# "E.v.d.W." (a party or body of that shape, "PvdA", "RvdK", is no person)
_PARTICLE_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]{1,2}vdr?[A-Z]|(?:[A-Z]\.){1,3} ?v\. ?d\. ?[A-Z]\.?)(?![\w])")
_BODIES = frozenset({"pvda", "pvdd", "rvdk", "cvdk", "rvdj", "tvdm", "mvdw"})
# an initial after a found name, as registers and notes shorten the other name: "Ineke S.",
# "Kovalenko I. 2026", "Tuinstra, M. | Functie", "Hummel K. – aanw.", "Huong, N.T." (or its dot, when a rule took "Anouk D"); not the initials of the next person ("Bakker, A. de Vries")
_INITIAL_TAIL = re.compile(r"(?:(, ?)[A-Z](?:\.[A-Z]){0,3}| [A-Z](?:\.[A-Z]){0,3}|(?<= [A-Z]))\.(?=$|\s*[|;,)\]\n'\"\u2019]|\s+\d|\s+[\u2013\u2014-]\s|\s+(?!(?:van|de|der|den|ter|ten|het|el|al)\b)[a-z])")


def particle_initials(text: str, lex: Lexicon) -> list[_Raw]:
    """"JvdM stuurt …", "Paraaf: HvdB", "'E.v.d.W.'": a person's initials with "vd" between."""
    if "vd" not in text and "v.d" not in text and "v. d" not in text:
        return []
    out: list[_Raw] = []
    for m in _PARTICLE_INITIALS.finditer(text):
        key = fold(m.group().replace(".", "").replace(" ", ""))
        if key not in _BODIES and key not in lex.never and key not in lex.bank_words:
            out.append((m.start(), m.end(), SOURCE_HEURISTIC, key, "", -1))
    return out


def initial_tails(text: str, raw: list[_Raw]) -> list[_Raw]:
    """Found names with the initial right after them (see _INITIAL_TAIL); a comma before the initial
    only after a one-word name ("Tuinstra, M."), as a register inverts a name."""
    if "." not in text:
        return raw
    out = []
    for r in raw:
        if r[2] != SOURCE_CONTACT and (m := _INITIAL_TAIL.match(text, r[1])) and not (m.group(1) and " " in text[r[0] : r[1]]):
            r = (r[0], m.end(), *r[2:])
        out.append(r)
    return out


# a register's row naming a person inverted: "Naam: Hoogeveen, T. | Functie: …", "Medewerker: van
# Dam, J.K.;" — a label for a person, a surname, a comma and initials, then the row goes on
_REGISTER = re.compile(
    r"\b(?i:naam|medewerker|contactpersoon|cli[eë]nt|behandelaar|begeleider|mentor|deelnemer|casusregisseur|aanvrager)"
    r"\s*:\s*((?:(?:van|de|der|den|ter|ten|te|el|al|v\.d\.) ){0,3}[A-Z\u00c0-\u00de][\w'\-]+, ?(?:[A-Z]\.){1,4})(?=\s*(?:$|[|;\n(\t]))"
)


# every register row has a comma before initials ("Bakker, A."): that quick look first
_COMMA_INITIAL = re.compile(r", ?[A-Z]\.")


def register_names(text: str) -> list[_Raw]:
    """The inverted names of register rows (see _REGISTER), also a place's name ("Hoogeveen, T.")."""
    if ":" not in text or "," not in text or not _COMMA_INITIAL.search(text):
        return []
    return [(m.start(1), m.end(1), SOURCE_HEURISTIC, fold(m.group(1).split(",")[0]), "", -1) for m in _REGISTER.finditer(text)]


def acting_initials(toks: list[_Tok], lex: Lexicon, initialled: list[_Raw]) -> list[_Raw]:
    """In an action list that writes people as initials ("JvdM stuurt …; AB plant evaluatie in"),
    two or three capitals opening a clause before a person's verb are a person too. Only next to
    initials found as a person (`initialled`): "MT stelt vast; OR geeft advies; AB keurt goed" names
    bodies, and a body's abbreviation of the bank (MT, OR, SKJ) never acts as a person."""
    if not initialled:
        return []
    out: list[_Raw] = []
    for k in range(len(toks) - 1):
        t = toks[k]
        if not (t.allcaps and 2 <= len(t.text) <= 3) or t.fold in lex.bank_words or t.fold in lex.never:
            continue
        if not (k == 0 or t.initial or t.gap.strip() in (";", ":", "-", "\u2022", "*")) or any(r[0] <= t.start < r[1] for r in initialled):
            continue
        if verb_like(toks[k + 1], lex):
            out.append((t.start, t.end, SOURCE_HEURISTIC, t.fold, "", -1))
    return out


# what a building or a street named after a person ends in ("Anne Frankschool"): no surname in a list
_BUILT_TAILS = _EPONYM_TAILS + _STREET_NOUNS


def list_surnames(toks: list[_Tok], raw: list[_Raw], lex: Lexicon) -> list[_Raw]:
    """A first name in a list of people goes on over particles and a capitalised word, also a word
    or a village ("auditoren: Hilde Kamphuis, Rutger van Dalen, Linh Pham en …"), not a body of no
    word list ("Joost van Humanitas"; the other rules judge those): the list's other
    items, found names, say what the items are. Not at a list's edge without a neighbour found."""
    if len(raw) < 2 or ("," not in "".join(t.gap for t in toks)):
        return raw
    starts = {r[0]: r for r in raw}
    ends = {r[1]: r for r in raw}
    by_start = {t.start: k for k, t in enumerate(toks)}
    out = []
    for r in raw:
        k = by_start.get(r[0])
        if k is None or r[2] != SOURCE_HEURISTIC or toks[k].end != r[1] or not toks[k].cap or toks[k].low not in lex.first:
            out.append(r)
            continue
        tv = _match_seq(toks, k + 1, lex.tussenvoegsels)
        j = k + 1 + tv
        # round 13: also a word right after the first name ("Wilma Zuidervaart" between found names)
        if j >= len(toks) or not _adjacent(toks, k, j) or not toks[j].cap or toks[j].allcaps or toks[j].camel or (tv and toks[k + 1].cap) or toks[j].fold in lex.bank_words or toks[j].fold in lex.fixed_places or not (toks[j].low in lex.last or lex.ordinary(toks[j].low) or (not tv and toks[j].low.isalpha() and len(toks[j].low) >= 3)):
            out.append(r)
            continue
        if not tv and (toks[j].low in lex.function_words or toks[j].low in lex.first or toks[j].fold in lex.never or toks[j].fold in lex.rollen or lex.street(toks[j].fold) or (toks[j].fold.endswith(_BUILT_TAILS) and toks[j].low not in lex.last)):
            out.append(r)
            continue
        after = toks[j + 1] if j + 1 < len(toks) else None
        before_ok = k > 0 and ((toks[k].gap.strip() == "," and toks[k - 1].end in ends) or (
            toks[k - 1].fold in ("en", "&") and toks[k - 1].adj and k > 1 and toks[k - 2].end in ends))
        after_ok = after is not None and (after.gap.strip() == "," or (after.fold in ("en", "&") and after.gap == " ")) and (
            any(s > toks[j].end and s <= after.end + 2 for s in starts) or (j + 2 < len(toks) and toks[j + 2].start in starts))
        if (before_ok or after_ok) and (after is None or after.gap.strip() in (",", ".", ";", ")", "") or after.fold in ("en", "&")):
            r = (r[0], toks[j].end, r[2], fold(" ".join(t.fold for t in toks[k : j + 1])), *r[4:])
        out.append(r)
    return out + last_items(toks, out, ends, by_start, lex)


# labels only a person follows ("Paraaf: JB", "Notulist: MK"); not "akkoord:" or "goedgekeurd:", which
# a body follows as often ("Goedgekeurd: MT")
_SIGNING_LABELS = frozenset({"paraaf", "notulist", "notulen", "opsteller", "auteur", "schrijver", "interviewer", "contactpersoon", "aanwezig", "afwezig", "afgemeld"})


# what a form has where no person is filled in: n.v.t., nader te bepalen, nog niet bekend, vacature, p.m.
_FORM_FILLERS = frozenset({"nvt", "ntb", "nnb", "nb", "vac", "pm", "tbd", "tba", "na", "xx", "xxx"})


def labelled_initials(toks: list[_Tok], lex: Lexicon) -> list[_Raw]:
    """Two or three capitals right after a label only a person follows ("Paraaf: JB (teamleider)",
    "Notulist: MK"), and the items of its list ("Aanwezig: JB, MK, FG": FG, a bank abbreviation, stays)."""
    out: list[_Raw] = []
    if _SIGNING_LABELS.isdisjoint(map(fold_of, toks)):
        return out  # most texts: no label
    for k in range(len(toks) - 1):
        if toks[k].fold not in _SIGNING_LABELS or not toks[k + 1].gap.strip().startswith(":"):
            continue
        b = k + 1
        run: list[_Raw] = []
        while b < len(toks) and b - k <= 6:
            t = toks[b]
            # capitals that are also a word ("TV", "IK") are initials too once the list has started with a person's
            if not (t.allcaps and 2 <= len(t.text) <= 3 and t.text.isalpha()) or t.fold in lex.bank_words or t.fold in lex.never or (t.low in lex.words and not run) or t.fold in _FORM_FILLERS:
                # "aanwezig: SOV, Woonstichting, GGD": a body's word next in the list makes its capitals bodies too
                if run and t.cap and not t.allcaps and t.low not in lex.first and t.low not in lex.last and t.fold not in lex.rollen and t.fold.removesuffix("s") not in lex.rollen and lex.dutch(t.low):
                    run = []
                break  # "Notulist: NVT", "aanwezig: OR": a form's filler, a word or a body
            run.append((t.start, t.end, SOURCE_HEURISTIC, t.fold, "", -1))
            b += 1
            if b >= len(toks) or not (toks[b].gap.strip() in (",", "/", ";") or (toks[b].fold == "en" and toks[b].gap == " " and (b := b + 1))):
                break
        out += run
    return out


# words a person's inverted name follows in running text: "Volgens Van Kampen, M. is …"
_ROW_LEADS = frozenset({"volgens", "door", "namens", "met"})
# round 10: a register's rows inverted without a label, apart by "|", ";" or a line: "Visser, Teun |",
# "Rozendaal, W. geldig tot …", "ter Haar, J.", "Dijk, Hoop van (vrijwilliger)", "Plas, van der (Tom)"
_PARTICLES = r"(?:van der|van den|van de|van 't|van|de|der|den|ter|ten|te|in 't|'t)"
# round 11: the particles also capitalised or in capitals ("Van Kampen, M.", "VAN DER BERG, J.", "Uit den
# Bogaard-Pinas, L."), a double surname led by a particle after its hyphen ("DEKKER-VAN ZWOLLE, M.A.",
# "Vos-Ter Horst, A."), and the particles after the initials ("Meulen, S. van der staat …")
_ROW_PARTICLE = r"(?:van|de|der|den|ter|ten|te|el|al|'t|Van|De|Der|Den|Ter|Ten|Te|El|Al|Uit den|Uit de|VAN|DE|DER|DEN|TER|TEN)"
_ROW_SURNAME = (
    r"(?<![\w\-'])((?:" + _ROW_PARTICLE + r" ){0,3}((?:[A-Z\u00c0-\u00de][\w']+-(?i:van der|van den|van de|van|de|der|den|ter|ten|te) )?"
    r"[A-Z\u00c0-\u00de][\w'\-]+)), ?"
)
# a row of fields apart by ";" (a pasted CSV) has the initials or first name in a field of their own
# ("Yıldız; M.; Formulierenbrigade", "Jonker;Rik;maatje;—")
_ROW_SURNAME_FIELD = _ROW_SURNAME.removesuffix(", ?") + r"(?:, ?|; ?(?=(?:(?:[A-Z]\.){1,4}|[A-Z\u00c0-\u00de][\w'\-]+) ?;))"
_ROW = re.compile(
    _ROW_SURNAME_FIELD + r"(?:(?P<ini>(?:[A-Z]\.){1,4})(?:(?P<itv> (?:van der|van den|van de|van 't|van|de|der|den|ter|ten))(?=$|\s*[|;,)(\n\t]|\s+[a-z]))?"
    r"(?=$|\s*[|;,)(\n\t/\u2014\u2013]|\s+\d|\s+(?!(?:van|de|der|den|ter|ten|het|el|al)\b)[a-z])"
    r"|(?P<first>[A-Z\u00c0-\u00de][\w'\-]+)(?:(?P<tv> " + _PARTICLES + r")(?=$|[|;,(]|\s(?![A-Z\u00c0-\u00de]))|(?=\s*(?:$|[|;(\n\t)])|\.$))"
    r"|(?P<only>" + _PARTICLES + r")(?=\s*(?:$|[|;(\n\t)])))"
)
# the cheap look before the rule runs: a comma before initials, a particle, or a capital the row ends after
_ROW_HINT = re.compile(r", ?(?:[A-Z]\.|[A-Z][\w'\-]* ?(?:$|[|;(\n\t)]|\.$|(?:van|de|der|den|ter|ten|te|in|'t)\b)|(?:van|de|der|den|ter|ten|te|'t)(?: (?:der|den|de))? ?(?:$|[|;(\n\t)]))|; ?(?:(?:[A-Z]\.)+|[A-Z][\w'\-]+) ?;")
_ROW_STARTS = frozenset("|;:(\n\t\u2022*-\u2013\u2014/")
_COMPASS = frozenset("NOZW")


# round 12: a list of surnames each with its initials after it, no comma between ("Deelnemerslijst:
# Zomer S., Winter D., El Idrissi F., van Dijk B. (stagiair)", "Wissink B. (chauffeur), Eppink T."):
# the list's shape says what its items are, also a word ("Zomer", "Bos") or a place
_INITIALLED_ITEM = (
    r"(?:(?:" + _ROW_PARTICLE + r") ){0,2}[A-Z\u00c0-\u00de][\w'\-]+(?: [A-Z\u00c0-\u00de][\w'\-]+)? (?:[A-Z]\.){1,3}"
    r"(?: ?\([^()\n]{1,30}\))?"
)
_INITIALLED_LIST = re.compile(r"(?<![\w\-'])" + _INITIALLED_ITEM + r"(?:(?:, ?|; ?| en | & )" + _INITIALLED_ITEM + r")+(?=$|[\s,;.)\u2014\u2013])")
_INITIALLED_PART = re.compile(r"((?:(?:" + _ROW_PARTICLE + r") ){0,2}[A-Z\u00c0-\u00de][\w'\-]+(?: [A-Z\u00c0-\u00de][\w'\-]+)?) ((?:[A-Z]\.){1,3})")
_INITIALLED_HINT = re.compile(r"[a-z] [A-Z]\.(?:[A-Z]\.)*(?: ?\([^()\n]{1,30}\))?[,;] ?[A-Z]")


def initialled_lists(text: str, lex: Lexicon) -> list[_Raw]:
    """The items of a list of two or more surnames with initials after them (see _INITIALLED_LIST);
    not a list of a bank's terms or words that are never a name ("Fase A., Fase B."), nor items that
    begin with a first name (the initial tail rules take those whole)."""
    out: list[_Raw] = []
    for m in _INITIALLED_LIST.finditer(text):
        items = list(_INITIALLED_PART.finditer(text, m.start(), m.end()))
        heads = [fold(i.group(1)) for i in items]
        lasts = [h.split(" ")[-1] for h in heads]
        if sum(1 for h in lasts if h in lex.bank_words or (h in lex.never and h not in lex.last) or h in lex.function_words or h in lex.rollen) * 2 >= len(lasts):
            continue  # "Bijlage A., Bijlage B.": a document's parts
        if not any(h in lex.last or (not lex.dutch(h) and h not in lex.words) for h in lasts):
            continue  # one surname at least to say it is a list of people
        for i, h, last in zip(items, heads, lasts):
            if last in lex.bank_words or last in lex.function_words or last in lex.rollen:
                continue  # a word that is never a name stays a surname in this shape ("Bos J.", "van Dijk B.")
            out.append((i.start(1), i.end(2), SOURCE_HEURISTIC, h, "", -1))
    return out


def inverted_rows(text: str, lex: Lexicon) -> list[_Raw]:
    """The inverted names of register rows without a label (see _ROW): a row or list item opens
    there, or a role or an "en" leads it. A place with a compass letter ("Tiel, N. (Noord)"), a
    big place or a term of the bank before a first name ("Tiel, Maria"), a word before a word (the
    first name neither listed nor foreign) stay."""
    if "," not in text and ";" not in text:
        return []
    out: list[_Raw] = initialled_lists(text, lex) if _INITIALLED_HINT.search(text) else []
    if not _ROW_HINT.search(text):
        return out
    last_end = -1
    for m in _ROW.finditer(text):
        sur = m.group(2)
        sfold = fold(sur)
        lead = text[: m.start()].rstrip(" \t")
        prev_word = re.search(r"([^\W\d_]+)$", lead)
        opens = not lead or lead[-1] in _ROW_STARTS or (prev_word is not None and (fold(prev_word.group(1)) in lex.rollen or fold(prev_word.group(1)) in lex.initial_labels or prev_word.group(1) in ("en", "&")))
        # "Kok, R., Demirci, E. en Zomer, I.": the next item of a list of inverted initialled names
        opens = opens or (m.group("ini") is not None and last_end >= 0 and text[last_end : m.start()].strip() in (",", ";"))
        # "Volgens Vos-Ter Horst, A. is …": a word that leads a person's name
        opens = opens or (m.group("ini") is not None and prev_word is not None and fold(prev_word.group(1)) in _ROW_LEADS)
        # a surname in capitals with initials after it is a register's ("MULDER, R.; KUIPER, M."), no
        # body's abbreviation ("GGD, A.") nor a word ("ZORG, B.")
        caps_row = sur.isupper() and m.group("ini") is not None and len(sfold) >= 3 and (" " in m.group(1) or (
            len(sfold) >= 4 and sfold not in lex.bank_words and (sfold not in lex.never or sfold in lex.last) and (sfold.rsplit("-", 1)[-1].split(" ")[-1] in lex.last or (len(sfold) >= 5 and not lex.dutch(sfold)))))
        if text[m.end(1) : m.end(1) + 1] == ";" and lead and not lead.endswith("\n"):
            continue  # fields apart by ";" name a person in the row's first fields only ("04-11; Greet; Wetsinge")
        lead_particles = m.group(1)[: len(m.group(1)) - len(sur)]
        if m.group("ini") is None and lead_particles != lead_particles.lower():
            continue  # "De Horizon, Johan de Wittstraat": a capitalised particle leads a row of initials only
        if not opens or (sur.isupper() and not caps_row) or sfold in _GREETINGS or sfold in _OPENINGS or (sfold in lex.function_words and " " not in m.group(1)) or (sfold in lex.bank_words and sfold not in lex.last and " " not in m.group(1)):
            continue
        if m.group("ini") is not None:
            ini = m.group("ini")
            if len(ini) == 2 and ini[0] in _COMPASS and (sfold in lex.fixed_places or re.match(r"\s*\((?:noord|oost|zuid|west)", text[m.end() :], re.I)):
                continue
            if sfold in lex.fixed_places and sfold not in lex.last and " " not in m.group(1):
                continue  # "Noord, A. | Zuid, B.": areas and their letters
            name = fold(m.group(1))
        elif m.group("first") is not None:
            first = m.group("first")
            low = first.lower()
            particled = m.group("tv") or " " in m.group(1)  # "Beek, Anna van", "van Kampen, Lotte": a surname however it reads
            if _placed(sfold, lex) and sfold not in lex.last and not particled or ((low in lex.fixed_places or lex.place_like(low)) and low not in lex.first) or low in lex.function_words or first.isupper():
                continue
            # a double surname of two listed surnames is as sure as one ("Verhoeven-Akkermans, Marjolein")
            # ... and so is a row's first field before a first name in a pasted CSV ("Verhoeven-Akkermans;Marjolein;")
            listed = sfold in lex.last or ("-" in sfold and all(b in lex.last for b in sfold.split("-"))) or text[m.end(1) : m.end(1) + 1] == ";"
            if not m.group("tv") and not (low in lex.first and (low not in lex.words or listed) or low not in lex.words or (listed and low.endswith("je"))):
                continue
            if not particled and sfold not in lex.last and lex.dutch(sfold) and ((low not in lex.first and lex.dutch(low)) or _placed(low, lex)):
                continue  # "Koffieochtend, Wijhe", "Beweegtuin, Heino": an activity and its village ("Kerstens, Albertus" is a row)
            name = fold(f"{first} {m.group(1)}")
        else:
            name = fold(m.group(1))
        out.append((m.start(), m.end(), SOURCE_HEURISTIC, name, "", -1))
        last_end = m.end() if m.group("ini") is not None else -1
    return out


def _placed(low: str, lex: Lexicon) -> bool:
    """A place, or a word of the never-a-name lists (folded)."""
    return low in lex.fixed_places or low in lex.never or lex.place_like(low)


# a salutation (lexicon.SALUTATIONS) before a capital: "Hi Tess", "Beste Anouk"
_SALUTATION = re.compile(r"(?i:" + "|".join(sorted(SALUTATIONS)) + r") (?=[A-Z\u00c0-\u00de])")


def salutations_cut(text: str, raw: list[_Raw]) -> list[_Raw]:
    """Found names without the salutation a rule took with them at a message's start ("Hi Tess")."""
    out = []
    if not raw or not _SALUTATION.search(text):
        return raw
    for r in raw:
        if (m := _SALUTATION.match(text, r[0])) and m.end() < r[1] and (r[0] == 0 or text[r[0] - 1] in "\n>\"'("):
            r = (m.end(), r[1], r[2], fold(text[m.end() : r[1]]), *r[4:])
        out.append(r)
    return out


# round 10: a surname alone after a label only a person signs ("Paraaf voor gezien: Wouters",
# "Notulist: Bakker"), also a surname the word list has; the colon may follow a few words
_SIGNED = _SIGNING_LABELS | frozenset({"gezien", "getekend", "ondertekend", "handtekening", "wg"})
# the cheap look first: a label (without its first letter, in either case) and a colon after it
_SIGNED_HINT = re.compile(r"(?:araaf|otulist|otulen|psteller|uteur|chrijver|nterviewer|ontactpersoon|anwezig|fwezig|fgemeld|ezien|etekend|andtekening|\.g\.)[^:\n]{0,30}:")


def labelled_surnames(text: str, toks: list[_Tok], lex: Lexicon) -> list[_Raw]:
    """The listed surname (or word of no word list) that alone fills a signing label (see _SIGNED),
    and the first name and surname that fill a person's field (_filled_fields)."""
    if ":" not in text:
        return []
    out: list[_Raw] = _filled_fields(text, toks, lex)
    if not _SIGNED_HINT.search(text):
        return out
    for k in [k for k, t in enumerate(toks[:-1]) if t.fold in _SIGNED]:
        j = next((x for x in range(k + 1, min(k + 4, len(toks))) if ":" in toks[x].gap), None)
        if j is None or any(toks[x].cap or toks[x].gap.strip() for x in range(k + 1, j)):
            continue
        tv = 0 if toks[j].cap else _match_seq(toks, j, lex.tussenvoegsels)
        w = toks[j + tv] if j + tv < len(toks) else None
        if w is None or not w.cap or w.allcaps or w.camel or w.low in lex.function_words or w.fold in lex.titles or w.fold in _HONORIFICS or w.fold in lex.bank_words or w.fold in lex.never or not (w.low in lex.last or not lex.dutch(w.low)):
            continue
        if w.fold in _GREETINGS:
            continue  # "Handtekening onder mail: 'Gr. team schuldhulp'": the greeting written short, the signer after it
        nxt = toks[j + tv + 1] if j + tv + 1 < len(toks) else None
        if nxt is None or nxt.gap.strip() or "\n" in nxt.gap:
            out.append((toks[j].start, w.end, SOURCE_HEURISTIC, fold(" ".join(t.fold for t in toks[j : j + tv + 1])), "", -1))
    return out


# round 11: a form's field for a person filled with a first name and a surname that is a word
# ("Mentor: Hidde Zeeman", "Contactpersoon: Mark Storm |"): the field ends after the two
_PERSON_FIELDS = frozenset({
    "naam", "medewerker", "contactpersoon", "client", "behandelaar", "begeleider", "mentor", "deelnemer",
    "casusregisseur", "aanvrager", "vrijwilliger", "coach", "maatje", "casemanager",
}) | _SIGNED


def _filled_fields(text: str, toks: list[_Tok], lex: Lexicon) -> list[_Raw]:
    """The first name and the capitalised word after it that alone fill a person's field (see
    _PERSON_FIELDS), up to the end, a "|", ";", "(" or a line."""
    out: list[_Raw] = []
    if _PERSON_FIELDS.isdisjoint(map(fold_of, toks)):
        return out
    for k in range(len(toks) - 2):
        if toks[k].fold not in _PERSON_FIELDS or toks[k + 1].gap.strip() != ":":
            continue
        f, w = toks[k + 1], toks[k + 2]
        if not (f.cap and not f.allcaps and _first(f, lex) and f.low not in lex.words) or not (w.adj and w.cap and not w.allcaps and not w.camel) or w.fold in lex.bank_words or w.fold in lex.titles:
            continue
        after = toks[k + 3] if k + 3 < len(toks) else None
        if after is None or "\n" in after.gap or after.gap.strip()[:1] in ("|", ";", "(", ","):
            out.append((f.start, w.end, SOURCE_HEURISTIC, fold(f"{f.fold} {w.fold}"), "", -1))
    return out
