"""Initials before a surname that is a Dutch word or a place (round 10): "J. ter Haar", "K.E. ter
Haar", "P.B. Hoogland", "D.J. Mus", and after a label only a person follows "auteur W. Rozendaal",
"behandelaar H. Mus", "groet, F. Zomer". The heuristic's initials rule takes a word after one
initial only when a list calls it a surname, because "bijlage B. Zorg" or "fase A. Start" is a
label letter and a heading; these shapes are a person's however the surname reads:
- initials and a lowercase particle before a capital ("A. van Wijngaarden"): a sentence never opens
  with a lowercase particle, so the dot is an initial's;
- two or more initials ("P.B."), no abbreviation written in capitals ("N.B.", "P.S."), before a
  capitalised word that is no function word or term of the bank;
- one initial right after a person's label, a role, an aanspreekvorm or a greeting, or in a list of
  such names ("W. Rozendaal, A. van Wijngaarden, H. Bosma"), alone in brackets or in a table cell.
Streets named after a person ("J. van Galenstraat", "P.C. Hooftlaan") stay."""

from __future__ import annotations

import re
from functools import lru_cache

from ..unicode_fold import fold
from .documents import _STREET_NOUNS
from .lexicon import _HONORIFICS, _INITIAL, SOURCE_CONTACT, SOURCE_HEURISTIC, Lexicon, _Raw
from .tokens import _match_seq, _Tok

# an initial before a word: the cheap look before the rule runs
_INITIAL_HINT = re.compile(r"[A-Z]\. [a-zA-Z]")
# a letter's closing line, the signature under it: "Met vriendelijke groet,", "Namens het team,"
_CLOSING = re.compile(r"(?i)\b(?:groet|groeten|groetjes|namens|mvg|hartelijke?)\b[^\n]*,?[ \t]*\n\s*$")
# capitals with dots that abbreviate no person: "N.B.", "P.S."
NOT_INITIALS = frozenset({"nb", "ps", "pps", "aub", "tav", "ivm", "mbt", "zsm", "ed", "ca", "bv", "nv", "vs", "wg", "ov", "ok", "ns"})
# the first half of a double initial, before the initial after it: "J-" of "J-W.", "G.-" of "G.-J."
_DOUBLE_HEAD = re.compile(r"(?<![\w.\-])[A-Z]\.?-$")
# a neighbour in a list of initialled names: ", H. Bosma" / "W. Rozendaal, "
_NEXT_INITIALLED = re.compile(r"(?:,| en| &) (?:[A-Z]\. ?){1,4}(?:[a-z]+ |v\. ?d\. |v\. ){0,3}[A-Z]")
_PREV_INITIALLED = re.compile(r"(?:^|[\s(:'\"])(?:[A-Z]\. ?){1,4}(?:[a-z]+ |v\. ?d\. |v\. ){0,3}[A-Z][\w'\-]+(?:,| en| &) $")


# round 11: an aanspreekvorm, initials and surname all typed in lowercase: "mw. a.m. lievense-de graaf",
# "dhr. j. de boer"; the initials' dots after "mw." are a person's, whatever the surname reads
_LOWER_INITIALLED = re.compile(
    r"(?<![\w.])(?:mw|mevr|dhr|hr)\.? ((?:[a-z]\.){1,4}) ?((?:(?:van|de|der|den|ter|ten|te|el|al|'t) ){0,3}"
    r"[a-z\u00df-\u00ff][a-z\u00df-\u00ff']+(?:-(?:(?:van|de|der|den|ter|ten) ){0,2}(?:van |de |der |den |ter |ten )?[a-z\u00df-\u00ff][a-z\u00df-\u00ff']+)*)"
)


def _lower_initialled(text: str, lex: Lexicon) -> list[_Raw]:
    """The names of _LOWER_INITIALLED; no function word for a surname ("mw. a. en …")."""
    out: list[_Raw] = []
    for m in _LOWER_INITIALLED.finditer(text):
        sur = m.group(2)
        last = sur.rsplit(" ", 1)[-1].rsplit("-", 1)[-1]
        if last in lex.function_words or sur.split(" ")[0] in lex.function_words and " " not in sur:
            continue
        out.append((m.start(1), m.end(2), SOURCE_HEURISTIC, fold(sur), "", -1))
    return out


# round 11: an initial written with two letters before a capitalised surname: "Th. Wolthuis", "Chr.
# Oudenampsen" (such an initial abbreviates no word in notes)
_LETTERED = re.compile(r"(?<![\w.])(?:Th|Ch|Chr|Ph|Tj|Sj)\. (?:[A-Z]\. ?)*(?=[A-Z\u00c0-\u00de][a-z\u00df-\u00ff])")


def _lettered(text: str, toks: list[_Tok], lex: Lexicon, strong: set[int]) -> list[_Raw]:
    """The names of _LETTERED: the surname no function word, term of the bank, street or listed no-name."""
    by_start = {t.start: k for k, t in enumerate(toks)}
    out: list[_Raw] = []
    for m in _LETTERED.finditer(text):
        k = by_start.get(m.end())
        if k is None:
            continue
        w = toks[k]
        if w.allcaps or w.camel or w.low in lex.function_words or w.fold in lex.bank_words or w.fold.endswith(_STREET_NOUNS) or (k in strong and w.low not in lex.last):
            continue
        out.append((m.start(), w.end, SOURCE_HEURISTIC, w.fold, "", -1))
    return out


def worded_initials(text: str, toks: list[_Tok], lex: Lexicon, strong: set[int]) -> list[_Raw]:
    """The initialled names of the shapes in the module docstring, those typed in lowercase after an
    aanspreekvorm (_LOWER_INITIALLED) and those with an initial of two letters (_LETTERED)."""
    if "." not in text:
        return []
    lower = _lower_initialled(text, lex) if ". " in text and _LOWER_INITIALLED.search(text) else []
    if "h. " in text or "j. " in text:
        lower += _lettered(text, toks, lex, strong)
    if not _INITIAL_HINT.search(text):
        return lower
    by_start = {t.start: k for k, t in enumerate(toks)}
    out: list[_Raw] = []
    for m in _INITIAL.finditer(text):
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "."):
            continue
        j = by_start.get(m.end() + 1)
        if j is None or text[m.end()] != " ":
            continue
        tv = 0 if toks[j].cap else _match_seq(toks, j, lex.tussenvoegsels)
        k = j + tv
        if k >= len(toks) or any(toks[x].gap != " " for x in range(j + 1, k + 1)):
            continue
        w = toks[k]
        i0 = by_start.get(m.start())
        if i0 is not None and i0 > 0 and toks[i0 - 1].cap and toks[i0 - 1].low in lex.first and toks[i0].gap == " ":
            continue  # "Annie M.G. Schmidt(prijs)": a first name before the initials, the other rules read the whole
        if not w.cap or w.allcaps or w.camel or len(w.text) < 2 or w.fold.endswith(_STREET_NOUNS) or (k in strong and w.fold in lex.never and w.low not in lex.last and tv == 0):
            continue
        double = _DOUBLE_HEAD.search(text[max(0, m.start() - 3) : m.start()])
        if tv and m.group().replace(".", "").replace(" ", "").lower() in NOT_INITIALS:
            continue  # "P.S. van Olena": the postscript's abbreviation before "van" and a name
        if not tv:
            if w.low in lex.function_words or (w.fold in lex.bank_words and w.low not in lex.last):
                continue
            dots = m.group().count(".") + (1 if double else 0)  # "G.-J. Zomer": a double initial is a person's
            key = m.group().replace(".", "").replace(" ", "").lower()
            if dots >= 2:
                if spells_abbreviation(key, lex):
                    continue
            elif not (_labelled(text, toks, m.start(), by_start, lex) or _listed(text, m.start(), w.end) or _bracketed(text, m.start(), w.end) or _cell(text, m.start(), w.end, lex, w.low in lex.words and w.low not in lex.last)) or not _ends(text, toks, k, w.low in lex.words and w.low not in lex.last):
                continue
        start = m.start() - len(double.group()) if double else m.start()
        out.append((start, w.end, SOURCE_HEURISTIC, fold(" ".join(x.fold for x in toks[j : k + 1])), "", -1))
    return out + lower


def spells_abbreviation(key: str, lex: Lexicon) -> bool:
    """Dotted capitals that spell an abbreviation, no person's initials: "N.B.", "M.B.O.", "G.G.D."
    (a word of three letters or more; two letters spell too many words: "D.J.", "A.S.")."""
    if len(key) < 2:
        return False
    if len(key) == 2 and key in lex.function_words:
        return key in NOT_INITIALS  # "I.K. Sahin": dotted capitals never write "ik" or "om"
    if len(key) == 2 and key in lex.bank_words and key in lex.words and key not in lex.never and key not in _bank_abbreviations():
        return key in NOT_INITIALS  # "A.F. Vossen": the bank's word "af" is no abbreviation ("M.T.", "F.G." are)
    return key in NOT_INITIALS or key in lex.never or key in lex.bank_words or (len(key) >= 3 and key in lex.words)


@lru_cache(maxsize=1)
def _bank_abbreviations() -> frozenset[str]:
    """The abbreviations of the bank's vocabulary ("mt", "fg", "or"), folded."""
    from questionbank.loader import load_vocabulary

    return frozenset(fold(k) for k in load_vocabulary().abbreviations)


def _labelled(text: str, toks: list[_Tok], start: int, by_start: dict[int, int], lex: Lexicon) -> bool:
    """A person's label, role, aanspreekvorm or greeting right before the initial at `start`."""
    i = by_start.get(start)
    if i is None or i == 0:
        return False
    gap = toks[i].gap.strip()
    p = toks[i - 1]
    if text[max(0, start - 5) : start].rstrip().lower().endswith("w.g."):
        return True  # "w.g. H. Mus": signed
    if "\n" in toks[i].gap and _CLOSING.search(text, max(0, start - 80), start):
        return True  # "Namens het team,\nH. Zomer": the line under a closing
    if gap == "." and (p.fold in _HONORIFICS or p.fold in lex.titles):
        return True  # "dhr. I. Kodde"
    if gap not in ("", ":", ","):
        return False
    if gap == "," and p.fold not in ("groet", "groeten", "groetjes", "mvg", "gr"):
        return False
    return p.fold in lex.initial_labels or p.fold in _HONORIFICS or p.fold in lex.rollen or p.fold in lex.titles


def _listed(text: str, start: int, end: int) -> bool:
    """The initialled name is an item of a list of initialled names."""
    return bool(_NEXT_INITIALLED.match(text, end) or _PREV_INITIALLED.search(text[max(0, start - 60) : start]))


def _bracketed(text: str, start: int, end: int) -> bool:
    """The initialled name alone in brackets: "(W. Bosman)", as a document names its author."""
    return start > 0 and text[start - 1] == "(" and text[end : end + 1] == ")"


def _cell(text: str, start: int, end: int, lex: Lexicon, word: bool) -> bool:
    """The initialled name fills a table cell of a row about a person: a role, a person's label,
    an e-mail address or a phone number in another cell ("| H. Mus | vrijwilliger |"; not "| Fase |
    A. Start |"); a surname that is a Dutch word only with the role in the next cell ("| Versie |
    A. Concept | 12-03-2026 | teamleider |" is a document's history)."""
    if not (text[:start].rstrip(" \t").endswith("|") and text[end:].lstrip(" \t")[:1] in ("|", "", "\n")):
        return False
    line = text[text.rfind("\n", 0, start) + 1 : (text.find("\n", end) + 1 or len(text) + 1) - 1]
    if "@" in line or _PHONE_LIKE.search(line):
        return True
    rest = text[end:].lstrip(" \t")[1:]
    cells = rest.split("|", 1)[:1] if word else line.split("|")
    return any(fold(c.strip().lower()) in lex.rollen or fold(c.strip().lower()) in lex.initial_labels for c in cells)


_PHONE_LIKE = re.compile(r"\b0\d[\d \-]{7,}\d")


def _ends(text: str, toks: list[_Tok], k: int, word: bool) -> bool:
    """After the surname the text ends, a punctuation mark, "en" or a lowercase word: no
    capitalised word goes on as a heading would ("fase B. Start Project"). After a surname that
    is a Dutch word only the end, a mark or "en" ("door C. Nadien is het …" opens a sentence)."""
    if k + 1 >= len(toks):
        return True
    nxt = toks[k + 1]
    if "\n" in nxt.gap:
        return True  # a signature's line ends
    if word:
        return nxt.gap.strip() != "" or nxt.fold in ("en", "of", "van", "uit", "namens")
    return nxt.gap.strip() != "" or not nxt.cap


# initials standing for a person on their own, as files and notes anonymise a client badly:
# "cliënt 'Y.B.'", "Mevrouw A.S. kwam", "de jongere (M.T.)"
_LONE = re.compile(r"(?<![\w.])([\"'\u2018\u201c(]?)((?:[A-Z]\.){2,4})(?![\w])")
_TWO_INITIALS = re.compile(r"[A-Z]\.[A-Z]\.")
_CLIENT_WORDS = frozenset({"client", "clienten", "casus", "dossier", "jongere", "jongeren", "gezin", "bewoner", "bewoonster", "kind", "cliente"})


def lone_initials(text: str, toks: list[_Tok], lex: Lexicon) -> list[_Raw]:
    """Two to four dotted initials right after a person's word (a role, an aanspreekvorm, "cliënt",
    "casus"), bare, quoted or in brackets; no capitals of an abbreviation ("N.B.")."""
    if "." not in text or not _TWO_INITIALS.search(text):
        return []
    by_end = {t.end: k for k, t in enumerate(toks)}
    out: list[_Raw] = []
    for m in _LONE.finditer(text):
        key = m.group(2).replace(".", "").lower()
        if spells_abbreviation(key, lex):
            continue
        before = text[: m.start()]
        stripped = before.rstrip(" ")
        if len(before) - len(stripped) > 1 or (not m.group(1) and before == stripped):
            continue
        stripped = stripped[:-1] if stripped.endswith(".") else stripped  # "dhr. R.V."
        k = by_end.get(len(stripped))
        if k is None:
            continue
        w = toks[k].fold
        if w in _CLIENT_WORDS or w in _HONORIFICS or w in lex.rollen or w in lex.initial_labels:
            out.append((m.start(2), m.end(2), SOURCE_HEURISTIC, key, "", -1))
    return out


# a particle written short between a found first name and a capitalised surname: "Hester v. Walsum",
# "Anouk v/d Linden", "Jan vd Berg"
_SHORT_PARTICLE = re.compile(r" (?:v\. ?d\.|v\.|v/d|vd|v\.d) ?([A-Z][\w'\-]+)")


# round 11: initials before a name the rules found, as registers and lists write them: the first half
# of a double initial ("J-W. Schoonderbeek", "G.-J. Zomer" where a rule took the rest), the initials
# written with two letters ("Th. de Graaf", "Ch. El Khayari"), an initial before a short particle
# ("C. v.d. Pijl") or before the surname a rule found ("S.M.A. Bouzid"), also with the particle
# written short between ("B. v. Gils" where "Bram van Gils" was found)
_HEAD = re.compile(r"(?<![\w.\-])((?:[A-Z]\.?-)?(?:(?:[A-Z]|Th|Ch|Chr|Ph|Tj|Sj)\. ?)*(?:[A-Z]|Th|Ch|Chr|Ph|Tj|Sj)\.)(?: (?:v\. ?d\.|v\.|vd|v/d))? $")


def initial_heads(text: str, raw: list[_Raw]) -> list[_Raw]:
    """Found names with the initials right before them (see _HEAD); no capitals of an abbreviation
    ("N.B. Bakker belt" keeps its "N.B.")."""
    if not raw or "." not in text:
        return raw
    out = []
    for r in raw:
        if r[2] != SOURCE_CONTACT and r[0] > 1:
            before = text[max(0, r[0] - 16) : r[0]]
            if (m := _DOUBLE_HEAD.search(before)) and re.match(r"[A-Z]\. ?", text[r[0] :]):
                r = (r[0] - len(m.group()), *r[1:])  # "J-" before "W. Schoonderbeek"
            elif (m := _HEAD.search(before)) and text[r[0]].isalpha() and not re.match(r"[A-Z]\.", text[r[0] :]):
                key = re.sub(r"[.\- ]", "", m.group(1)).lower()
                if key not in NOT_INITIALS:
                    r = (r[0] - len(m.group()), *r[1:])
        out.append(r)
    return out


def short_particles(text: str, raw: list[_Raw]) -> list[_Raw]:
    """Found names that go on over a particle written short and a surname (see _SHORT_PARTICLE);
    first the initials before found names (initial_heads), which run over the same found names."""
    raw = initial_heads(text, raw)
    if not raw or " v" not in text or not _SHORT_PARTICLE.search(text):
        return raw
    out = []
    for r in raw:
        if r[2] != SOURCE_CONTACT and (m := _SHORT_PARTICLE.match(text, r[1])) and " " not in text[r[0] : r[1]].strip():
            r = (r[0], m.end(), r[2], fold(f"{r[3]} {m.group(1)}"), *r[4:])
        out.append(r)
    return out
