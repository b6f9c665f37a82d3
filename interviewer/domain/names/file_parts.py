"""Names inside file and folder names, read part by part (round 9).

A file name ("KTO_2025_rapportage_JWassink_v2.xlsx", "gespreksverslag-fenna-de-kok.docx",
"IntakeVerslagDeHaan_2026.pdf") or a folder name joined by underscores ("Tjepkema_M_personeel") is
cut into parts at "_", "-", ".", digits and camel-case humps. In the parts a person is:
- a given name (listed, or of no word list before a listed surname), particles and a surname or
  more name parts: "annemiek_bakker", "fenna-de-kok", "soufiane-ait-baha", "DimitarPetrov";
- one or two initials glued to a surname, maybe with "vd" between: "JWassink", "TvdMeulen";
- capitalised particles glued to a listed surname: "DeHaan" (not "van_de_wijk": a word after
  particles joined by separators is a phrase);
- a surname (listed, or of no word list) and a lone initial: "Tjepkema_M", or a listed given name: "Visser_Tim".
The words of file names (def, concept, v2, months) are no names. Running text is never read here:
outside a file name "fenna-de-kok" is left to the other rules. The words of a file name as tokens
("RoosVerbeek_2025.pdf", "k.vanderheijden.png") are read in documents.file_names; this module shares
its extensions and run-together particles.
"""

from __future__ import annotations

import re

from ..unicode_fold import fold
from .documents import _EXTENSION, _EXTENSIONS, _GLUED
from .lexicon import SHORT_MONTHS as _MONTHS, SOURCE_HEURISTIC, Lexicon, _Raw

# a file name with its extension (the extensions documents.py knows), or a folder name of words
# joined by underscores
_FILE = re.compile(r"[^\s/\\:*?\"<>|'\u2018\u2019()\[\],;]+" + _EXTENSIONS + r"|[^\W_]+(?:_[^\W_]+)+", re.IGNORECASE)
_EXTENSION_AT_END = re.compile(_EXTENSIONS + "$", re.IGNORECASE)
_PART = re.compile(r"[A-Z\u00c0-\u00de]+(?=[A-Z\u00c0-\u00de][a-z\u00df-\u00ff])|[A-Z\u00c0-\u00de]?[a-z\u00df-\u00ff]+|[A-Z\u00c0-\u00de]+|\d+")
# initials glued to a surname: "J", "HJ", "Tvd", "Mvd", "Hvdr"
_INITIALS = re.compile(r"[A-Z]{1,2}(?:vd|vdr|v|d|t)?")
# the words of file names, the months shortened and four written out ("jan", "juni")
_FILE_WORDS = _MONTHS | frozenset({
    "def", "definitief", "concept", "final", "finaal", "opm", "versie", "kopie", "scan", "nw", "oud", "tbv", "ivm",
    "mbt", "tm", "wk", "kw", "juni", "juli", "maart", "april", "ext", "int", "v", "vs", "docx", "pdf", "xlsx", "bijlage",
})
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "het", "t", "el", "al", "ait", "ben", "bin", "da", "dos", "du", "le", "la", "vd"})
_GLUED_PARTICLES = frozenset(_GLUED)  # the particles documents.py reads run together ("DeHaan", "vanderLinden")


def _word(p: str, lex: Lexicon) -> bool:
    low = p.lower()
    f = fold(low)
    return low in _FILE_WORDS or low in lex.words or f in lex.bank_words or f in lex.never or lex.place_like(f)


def _surname(p: str, lex: Lexicon) -> bool:
    """A listed surname, or a word of no word list (compounds allowed: "Wassink", "Oosterhof")."""
    low = p.lower()
    return len(p) >= 3 and p.isalpha() and low not in _FILE_WORDS and (low in lex.last or not _word(p, lex))


def _given(p: str, lex: Lexicon) -> bool:
    low = p.lower()
    return p.isalpha() and len(p) >= 3 and low in lex.first and low not in _FILE_WORDS and low not in lex.function_words and fold(low) not in lex.titles


def _unknown_given(p: str, lex: Lexicon) -> bool:
    """A part of no word list (no compound either) that may be an unlisted given name ("annemiek",
    "Dimitar"); never one ending in particles run together ("Huisvande|Wijk")."""
    low = p.lower()
    return p.isalpha() and len(p) >= 3 and low not in lex.last and not _word(p, lex) and not lex.dutch(low) and not low.endswith(("van", "vande", "vander", "vanden")) and fold(low) not in lex.titles


def _chain_part(q: str, given: str, lex: Lexicon) -> bool:
    """A part that goes on a name after its given name: a particle, a listed name or a word of no
    word list, in the case the given name has ("ThomasWillems_teamdag": "teamdag" is no part)."""
    if q.lower() in _PARTICLES:
        return True
    if not q.isalpha() or fold(q.lower()) in lex.titles or (given[:1].isupper() and not q[:1].isupper() and q.lower() not in _PARTICLES):
        return False
    return _surname(q, lex) or q.lower() in lex.first


def file_part_names(text: str, lex: Lexicon, sure_not: list[tuple[int, int]] = ()) -> list[_Raw]:
    """The people in the file and folder names of `text` (see the module docstring); never where a
    word is surely no person (`sure_not`, spans of the words the other rules protect: "Anne_Frank_huis")."""
    if "_" not in text and not ("." in text and _EXTENSION.search(text)):
        return []
    out: list[_Raw] = []
    villages: list[tuple[_Raw, int]] = []
    for m in _FILE.finditer(text):
        stem = m.group()
        dot = _EXTENSION_AT_END.search(stem)
        body = stem[: dot.start()] if dot else stem
        parts = [(p.start() + m.start(), p.end() + m.start(), p.group()) for p in _PART.finditer(body)]
        _scan(text, parts, lex, out, villages, m.start() + len(body))
    kept = [r for r in out if not any(a < r[1] and r[0] < b for a, b in sure_not)] if sure_not and out else out
    # "Fenna_van_Eijsden": the surname may be a protected village, the given name may not
    return kept + [r for r, first_end in villages if not any(a < first_end and r[0] < b for a, b in sure_not)]


def _glued(text: object, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return a[1] == b[0]


# round 11: a user name in a file name, the initials typed before the surname in lowercase ("gvisser",
# "bvdhoek", "mvdberg"); the surname a listed one, the whole of no word list
_USER_NAME = re.compile(r"[a-z]{5,}")


def _login(p: str, lex: Lexicon) -> bool:
    """`p` is one or two initials (maybe "vd" after them) and a listed surname of four letters or
    more, and no word, name or file word itself (a place's ending does not count: "bvdhoek")."""
    if p in lex.last or p in lex.first or p in lex.words or p in _FILE_WORDS or fold(p) in lex.bank_words or fold(p) in lex.never or lex.dutch(p):
        return False
    for k in (1, 2):
        rest = p[k:]
        for tv in ("vdr", "vd", "v", ""):
            if rest.startswith(tv) and len(rest) - len(tv) >= 4 and rest[len(tv) :] in lex.last:
                return True
    return False


def _part_ends(text: str, body_end: int, part: tuple[int, int, str]) -> bool:
    """After the part the file name's body ends, or a separator or a digit follows."""
    return part[1] >= body_end or text[part[1]] in "_-. " or text[part[1]].isdigit()


def _scan(text: str, parts: list[tuple[int, int, str]], lex: Lexicon, out: list[_Raw], villages: list[tuple[_Raw, int]], body_end: int = -1) -> None:
    n = len(parts)
    body_end = body_end if body_end >= 0 else (parts[-1][1] if parts else 0)
    i = 0
    while i < n:
        s, e, p = parts[i]
        end = 0
        nxt = parts[i + 1] if i + 1 < n else None
        if nxt and _glued(text, parts[i], nxt) and _INITIALS.fullmatch(p) and nxt[2][:1].isupper() and _surname(nxt[2], lex) and not p.isupper() or (
            nxt and _glued(text, parts[i], nxt) and p.isupper() and len(p) <= 2 and nxt[2][:1].isupper() and _surname(nxt[2], lex) and (i == 0 or not _glued(text, parts[i - 1], parts[i]) or parts[i - 1][2].isdigit())
        ):
            end = i + 2  # "JWassink", "TvdMeulen", "MOosterhof"
        elif p[:1].isupper() and p.lower() in _GLUED_PARTICLES and nxt and _glued(text, parts[i], nxt) and nxt[2][:1].isupper() and nxt[2].isalpha() and (
            fold(nxt[2].lower()) in lex.de_surnames if p.lower() == "de" else nxt[2].lower() in lex.last
        ):
            end = i + 2  # "DeHaan", "VanDijk" run together; not "DeKelder", "AanDeMaas"
        elif _given(p, lex) or _unknown_given(p, lex):
            j = i + 1
            while j < n and j - i <= 4 and (_chain_part(parts[j][2], p, lex) or _hump(text, parts, j, p, lex)):
                j += 1
            while j > i + 1 and parts[j - 1][2].lower() in _PARTICLES:
                j -= 1
            rest = parts[i + 1 : j]
            if rest and (_given(p, lex) or any(r[2].lower() in lex.last for r in rest)) and not (p.isupper() or any(r[2].isupper() for r in rest)):
                end = j  # "annemiek_bakker", "fenna-de-kok", "Oksana-Melnyk", "DimitarPetrov"
        if not end and p[:1].isupper() and p.isalpha() and (k := _before_particles(text, parts, i, lex)):
            # "Fenna_van_Eijsden": a surname that reads as a place
            villages.append(((s, parts[k - 1][1], SOURCE_HEURISTIC, fold(" ".join(x[2] for x in parts[i:k]).lower()), "", -1), e))
            i = k
            continue
        if not end and p.lower() in _PARTICLES and p.isalpha():
            end = _particle_surname(parts, i, lex)  # "rapport_de_jong", "verslag_van_der_berg", "familie-el-amrani"
        if not end and nxt and text[e : nxt[0]] == "_" and p[:1].isupper() and not p.isupper() and _surname(p, lex) and (p.lower() in lex.last or not lex.dutch(p.lower())) and nxt[2][:1].isupper() and not nxt[2].isupper() and _given(nxt[2], lex) and nxt[2].lower() not in lex.last:
            end = i + 2  # "Visser_Tim": a folder written surname first
        if not end and nxt and len(nxt[2]) == 1 and nxt[2].isupper() and p[:1].isupper() and not p.isupper() and _surname(p, lex) and (p.lower() in lex.last or not lex.dutch(p.lower())) and (nxt[1] == len(text) or not text[nxt[1]].isalnum()) and not _glued(text, parts[i], nxt):
            end = i + 2  # "Tjepkema_M"
        if not end and p.islower() and _USER_NAME.fullmatch(p) and _login(p, lex):
            end = i + 1  # "..._2025_gvisser.pdf", "template_bvdhoek.docx": a user's initial and surname
        if not end and nxt and _glued(text, parts[i], nxt) and _given(p, lex) and p[:1].isupper() and not p.isupper() and len(nxt[2]) == 1 and nxt[2].isupper() and _part_ends(text, body_end, nxt):
            end = i + 2  # "Rooster_jongerenwerk_ChaimaL_okt": a given name and the surname's initial
        if end and end < n and len(parts[end][2]) == 1 and parts[end][2].isupper() and text[parts[end - 1][1] : parts[end][0]] in ("_", "-") and _part_ends(text, body_end, parts[end]):
            end += 1  # "vanDijk_R", "AlHamwi_R_2025": the initial of the given name after the surname
        if end:
            a, b = parts[i][0], parts[end - 1][1]
            key = fold(" ".join(x[2] for x in parts[i:end] if len(x[2]) > 1 or x is parts[end - 1]).lower())
            out.append((a, b, SOURCE_HEURISTIC, key, "", -1))
            i = end
        else:
            i += 1


def narrowed(text: str, raw: list[_Raw], parts: list[_Raw], lex: Lexicon) -> list[_Raw]:
    """The spans of the other rules without those that swallow a file name's words around a name
    found in its parts ("Rapportage-Gesprek-Mariam-Haddou" taken whole: the name is "Mariam-Haddou")."""
    if not parts:
        return raw
    return [r for r in raw if not any(r[0] <= p[0] and p[1] <= r[1] and (r[0], r[1]) != (p[0], p[1]) and _words_around(text, r, p, lex) for p in parts)]


def _words_around(text: str, r: _Raw, p: _Raw, lex: Lexicon) -> bool:
    """r holds words of the file name joined to the name p by a separator ("Gesprek-Mariam"), not the
    rest of the name run together ("JanWillemBakker" holds "WillemBakker") or joined ("kok-de-vos")."""
    outside = text[r[0] : p[0]] + " " + text[p[1] : r[1]]
    words = [w.lower() for w in re.split(r"[\W\d_]+", outside) if w]
    return not any(c.isspace() for c in text[r[0] : r[1]]) and any(c in "-_." for c in outside) and any(w not in lex.first and w not in lex.last and w not in _PARTICLES for w in words)


def _particle_surname(parts: list[tuple[int, int, str]], i: int, lex: Lexicon) -> int:
    """The end of a surname led by its particles at parts[i], or 0: after "van der", "ter", "ten" a
    listed surname, also after "van"; after "van de" one of no word list ("van_de_wijk" is a phrase);
    after "de" a surname led by "de" ("de_jong", not "de_kelder"); after "el", "al" any name."""
    j = i
    while j < len(parts) and j - i < 3 and parts[j][2].lower() in _PARTICLES:
        j += 1
    if j >= len(parts) or j == i or not parts[j][2].isalpha() or len(parts[j][2]) < 3:
        return 0
    particles = " ".join(x[2].lower() for x in parts[i:j])
    low = parts[j][2].lower()
    # after "van", "vd", "ter" run together a word the lists keep from names reads as the surname too
    # ("vdDalen"); a listed no-name of no word list is a place or body ("Overzicht_vanTiel_2026.xlsx")
    never = fold(low) in lex.never and (parts[i][2] in ("de", "het", "t", "el", "al") or low not in lex.words)
    if j == i + 1 and parts[i][2].islower() and _glued(parts, parts[i], parts[j]) and parts[j][2][:1].isupper() and low not in _FILE_WORDS and (low in lex.last or not (fold(low) in lex.fixed_places or never)):
        # "terHaar-Lanting", "vanDijk": a particle run together with a capital, and a surname joined by "-"
        k = j + 1
        return k + 1 if k < len(parts) and parts[k][0] == parts[j][1] + 1 and parts[k][2][:1].isupper() and _surname(parts[k][2], lex) else k
    if particles in ("van der", "van den", "ter", "ten", "vd", "van t"):
        ok = low in lex.last
    elif particles == "van":
        ok = low in lex.last
    elif particles == "van de":
        ok = low in lex.last and low not in lex.words
    elif particles == "de":
        ok = fold(low) in lex.de_surnames
    elif particles in ("el", "al", "ait", "ben", "bin"):
        ok = low in lex.last or not lex.dutch(low)
    else:
        ok = False
    return j + 1 if ok else 0


def _hump(text: str, parts: list[tuple[int, int, str]], j: int, given: str, lex: Lexicon) -> bool:
    """parts[j], a capital hump run together with the capitalised name before it, goes on the name
    also when it reads as a place or a word after a particle ("MarleenHoogendijkVos", "JeroenTerHaar"):
    no file word, term of the bank or everyday word (but after a particle any capital)."""
    q, prev = parts[j][2], parts[j - 1]
    if not (given[:1].isupper() and q[:1].isupper() and q.isalpha() and len(q) >= 3 and _glued(text, prev, parts[j])):
        return False
    low = q.lower()
    if low in _FILE_WORDS or fold(low) in lex.titles:
        return False
    return prev[2].lower() in _PARTICLES or (fold(low) not in lex.bank_words and (low in lex.last or low not in lex.words))


def _before_particles(text: str, parts: list[tuple[int, int, str]], i: int, lex: Lexicon) -> int:
    """The end of "Fenna_van_Eijsden" at parts[i]: a given name (listed, or of no word list),
    particles and a capitalised surname of no word list (a village's name too, not a big place),
    all joined by "_"; or 0 ("Brug_van_Sassenheim": a word before the particles)."""
    p = parts[i][2]
    low = p.lower()
    if len(p) < 3 or (low in lex.words and low not in lex.first) or low in _FILE_WORDS or fold(low) in lex.bank_words or fold(low) in lex.fixed_places or fold(low) in lex.titles:
        return 0
    j = i + 1
    while j < len(parts) and j - i <= 3 and parts[j][2].islower() and parts[j][2] in _PARTICLES and text[parts[j - 1][1] : parts[j][0]] == "_":
        j += 1
    if j == i + 1 or j >= len(parts) or text[parts[j - 1][1] : parts[j][0]] != "_":
        return 0
    q = parts[j][2]
    f = fold(q.lower())
    if not (q[:1].isupper() and q.isalpha() and len(q) >= 3) or q.lower() in lex.words or f in lex.fixed_places or f in lex.bank_words or q.lower() in _FILE_WORDS:
        return 0
    return j + 1
