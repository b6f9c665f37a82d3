"""Forms of address of other languages around a name (round 14): the title is never part of the
name, a title alone is no name, and the capitalised word after a title of no Dutch word or a
kin title ("oma Geer", "broer Zé") is a name.

- before the name: the aanspreekvormen of no Dutch word ("Auntie Grace", "Mbok Sumiati", "Nhô Tuan",
  "Bapak Hendra", "kuya Rodel"; voornamen.toml) and, capitalised, the ones that are Dutch or English
  words too ("Sister Efua", "Chief Adebayo", "Mas Djoko": `capital_titles`);
- after the name: "Ayşe hanım", "Mehmet hoca", "Şükrü amca", glued with a hyphen "Rajesh-ji",
  "Kamla-didi" (`suffix_titles`).
A find of the rules that starts or ends with one is cut back to the name, its key with it (so the
name, not "auntie grace", is spread over the audit); a find that is only a title is dropped ("de
jongeren zeggen 'Mbok'")."""

from __future__ import annotations

from .lexicon import _HONORIFICS, SOURCE_CONTACT, SOURCE_HEURISTIC, SOURCE_LIST, Lexicon, _Raw
from .shapes import thing_head
from .tokens import _Tok, fold_of

_KIN = "een familielid"  # the neutral role of the kin titles in voornamen.toml's rollen


def _foreign_title(t: _Tok, lex: Lexicon, *, leading: bool = False) -> bool:
    """An aanspreekvorm of no Dutch word ("auntie", "mbok", "nhô"), or a capitalised one that is a
    word too ("Sister", "Chief"); never a first name ("Nona", "Lola"). `leading`: the word leads a
    find with a name after it, so a lowercase one counts too ("ate rowena")."""
    if t.low in lex.first:
        return False
    if t.fold in lex.capital_titles:
        return (t.cap or leading) and not t.allcaps
    return t.fold in lex.titles and not lex.dutch(t.low)


def _suffix_title(toks: list[_Tok], k: int, lex: Lexicon) -> bool:
    """A form of address after a name, as a word of its own ("hanım", "hoca"; not "Jan"). The text's
    folding makes "hanım" the first name "hanim": lowercase right after a capitalised name it is the title."""
    t = toks[k]
    if t.fold not in lex.suffix_titles or t.allcaps:
        return False
    if t.low not in lex.first:
        return True
    return not t.cap and not lex.dutch(t.low) and k > 0 and t.adj and toks[k - 1].cap


def titled_names(toks: list[_Tok], lex: Lexicon) -> list[_Raw]:
    """The capitalised word after a form of address of no Dutch word is a name, also when it is a
    Dutch word itself ("kuya Rodel", "Mbak Sri", "Auntie Hope"): a role before a word may name a
    team ("medewerker Welzijn"), these titles stand only before a person. A find of the rules over
    the same word is merged with this one (finder._merge)."""
    out: list[_Raw] = []
    if lex.titles.keys().isdisjoint(map(fold_of, toks)):
        return out  # most texts: no title at all
    n = len(toks)
    for i in range(n - 1):
        t, w = toks[i], toks[i + 1]
        if not w.adj or not w.cap or w.allcaps or w.camel or len(w.text) < 2 or w.initial:
            continue
        if "-" in w.text and w.text.rpartition("-")[2].islower():
            continue  # "de Tante Corry-prijs": a thing named after someone
        if not _foreign_title(t, lex) and not (lex.rollen.get(t.fold) == _KIN and not t.allcaps):
            continue  # kin too: "oma Geer", "broer Zé" (rollen: what the title becomes with --vervang functie)
        if t.fold in _HONORIFICS or t.fold in lex.capital_titles or "." in w.gap:
            continue  # "Dr. Schaepmanschool", "mr. Kroon": the Dutch titles' own rules read what follows them; "Mister Ravensbeek" a nickname
        if w.fold in lex.titles or w.fold in lex.bank_words or w.fold in lex.never or w.low in lex.function_words:
            continue  # "Sister Efua" but not "Auntie Project", "Chief Executive"
        if w.low not in lex.first and (w.fold.endswith(lex.org_words) or lex.street(w.fold) or lex.place_like(w.fold) or thing_head(w, lex)):
            continue  # "het Hooyo Café": a venue named after the title; "oma Thuiszorg": a service
        end = i + 2
        if end < n and toks[end].adj and toks[end].cap and not toks[end].allcaps and not toks[end].initial and (toks[end].low in lex.last or not lex.dutch(toks[end].low)):
            end += 1  # "Bapak Hendra Wijaya"
        out.append((w.start, toks[end - 1].end, SOURCE_HEURISTIC, " ".join(x.fold for x in toks[i + 1 : end]), t.fold, t.start))
    return out


def untitled(toks: list[_Tok], raw: list[_Raw], lex: Lexicon, text: str) -> list[_Raw]:
    """The rules' finds without a form of address at their front or end (see the module docstring)."""
    folds = set(map(fold_of, toks))
    if folds.isdisjoint(lex.titles) and folds.isdisjoint(lex.capital_titles) and folds.isdisjoint(lex.suffix_titles) and "-" not in text:
        return raw  # the common case: no title anywhere
    starts = {t.start: i for i, t in enumerate(toks)}
    ends = {t.end: i for i, t in enumerate(toks)}
    out: list[_Raw] = []
    for r in raw:
        a, b = starts.get(r[0]), ends.get(r[1])
        if r[2] in (SOURCE_LIST, SOURCE_CONTACT) or a is None or b is None:
            out.append(r)
            continue
        start, end, title, title_start = r[0], r[1], r[4], r[5]
        while a <= b and _foreign_title(toks[a], lex, leading=a < b):
            title, title_start = toks[a].fold, toks[a].start
            a += 1
        while b >= a and _suffix_title(toks, b, lex):
            b -= 1
        if a > b:
            continue  # only a title: "'Mbok'", "Mehmet Aydın (hoca)"
        start, end = toks[a].start, toks[b].end
        last = toks[b]
        cut = ""
        if "-" in last.text:
            head, _, tail = last.fold.rpartition("-")
            if tail in lex.suffix_titles and head and not head.endswith("-") and last.text[-len(tail):].islower() and tail not in lex.first:
                cut = tail  # "Sandra-ji", "Kamla-didi": the name before the hyphen
                end = last.end - len(tail) - 1
        if (start, end) == (r[0], r[1]):
            out.append(r)
            continue
        words = [t.fold for t in toks[a : b + 1]]
        if cut:
            words[-1] = words[-1][: -len(cut) - 1]
        out.append((start, end, r[2], " ".join(words), title, title_start))
    return out
