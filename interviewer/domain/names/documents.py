"""Names in pasted and document text (round 7): mail headers, headings in capitals, file names.

- A mail header's labels ("From:", "Sent:", "Van:", "Verzonden:", "Aan:", "CC:") are no name and
  end a name or a title run: "From: Gert-Jan Kamphuis Sent: …" holds the name, "Kamphuis Sent" is
  no title of capitalised words; in a header the words between a people's label and the next
  label, ";" or "," are a sender or recipient ("CC: Gerbrand Zuidhoek; Teamleiders").
- A lone Dutch word in a heading written in capitals ("DE KELDER – JONGERENCENTRUM") is no name
  candidate: in capitals every word looks like a name.
- Names in capitals in headings and signature blocks: initials or a first name and a surname
  ("OPGESTELD DOOR: M. DE VRIES"), surnames after a person's label ("NOTULIST: JANSEN EN VISSER");
  after dotted initials a word with a street ending is a surname ("L. Versteeg", not "J.P. Coenstraat").
- Names in file names: "RoosVerbeek_2025.pdf", "handtekening_k.vanderheijden.png",
  "behandelaar_fleur.xlsx" (only inside a file name with its extension); chat handles of a
  first name and an initial or surname ("@sanne.b"); the speaker of a pasted chat line between
  its time and a colon ("[09:14] jorrit: ok").
"""

from __future__ import annotations

import re

from ..unicode_fold import fold
from .lexicon import SOURCE_HEURISTIC, Lexicon, _Raw
from .context import bare_initials
from .lowercase import is_role
from .social import social_handles
from .tokens import _adjacent, _match_seq, _Tok

# the labels of a mail header as Outlook and Gmail paste them, English and Dutch (folded)
MAIL_LABELS = frozenset({
    "from", "sent", "to", "cc", "bcc", "subject", "date", "van", "aan", "verzonden", "onderwerp", "datum",
    "bijlagen", "bijlage", "attachments", "afzender", "ontvanger", "ontvangers", "reply-to",
})


def mail_label(toks: list[_Tok], k: int) -> bool:
    """toks[k] is a header label: a label word followed by a colon ("Verzonden:", "CC:")."""
    return toks[k].fold in MAIL_LABELS and k + 1 < len(toks) and toks[k + 1].gap.lstrip().startswith(":")


# the endings that make a street whatever comes before them ("J.P. Coenstraat", "W. Kloosweg")
_STREET_NOUNS = ("straat", "laan", "weg", "plein", "singel", "gracht", "kade", "dreef", "plantsoen", "boulevard", "passage", "promenade", "straatweg")


def initialled_surname(lex: Lexicon, toks: list[_Tok], i: int) -> bool:
    """"P.A. Koolhoven", "L. Versteeg": dotted initials before a word of no word list with a street
    ending that surnames share ("J.P. Coenstraat" ends in a street's own noun and stays a street)."""
    t = toks[i]
    if i < 1 or t.fold.endswith(_STREET_NOUNS) or t.low in lex.words:
        return False
    prev = toks[i - 1]
    return len(prev.text) == 1 and prev.text.isupper() and t.gap.startswith(".")


def _line_start(toks: list[_Tok], k: int) -> int:
    while k > 0 and "\n" not in toks[k].gap:
        k -= 1
    return k


def caps_line(toks: list[_Tok], k: int) -> bool:
    """toks[k] stands in a heading written in capitals ("DE KELDER – JONGERENCENTRUM –
    OPENINGSTIJDEN"): its line has at least three words and none in lowercase."""
    a = _line_start(toks, k)
    b = k + 1
    while b < len(toks) and "\n" not in toks[b].gap:
        b += 1
    line = [t for t in toks[a:b] if len(t.text) > 1]
    return len(line) >= 3 and all(t.allcaps for t in line)


def caps_word(toks: list[_Tok], k: int, lex: Lexicon) -> bool:
    """A lone Dutch word in a heading in capitals is no name even when it is a surname ("KELDER",
    "VISSER" are words there as much as names): in capitals every word looks like a name. A name
    in such a heading comes with its initials, a first name or a label ("DOOR: M. DE VRIES")."""
    t = toks[k]
    if not t.allcaps or not lex.dutch(t.low) or t.low in lex.first or not caps_line(toks, k):
        return False
    if any(toks[x].fold in PERSON_LABELS and toks[x + 1].gap.lstrip().startswith(":") for x in range(_line_start(toks, k), k)):
        return False  # "OPGESTELD DOOR: JANSEN EN VISSER": a signature line names people
    j = k - 1
    while j >= 0 and toks[j].fold in lex.tussenvoegsels and toks[j].allcaps:
        j -= 1  # "M. DE VRIES", "MARIEKE VAN DER MEULEN": the surname of initials or a first name
    return not (j >= 0 and j < k and (len(toks[j].text) == 1 or (toks[j].low in lex.first and not lex.ordinary(toks[j].low))))


# a person named in a document's title or header: "(auteur: X)", "opgesteld door: X", "notulist: X",
# "goedgekeurd: X" (not "aan:", "van:", "cc:", which head mail lines to bodies as often as to people)
PERSON_LABELS = frozenset({
    "auteur", "auteurs", "door", "notulist", "notulen", "opsteller", "schrijver", "contactpersoon", "interviewer",
    "geinterviewde", "afzender", "goedgekeurd", "vastgesteld", "ondertekend", "paraaf", "akkoord",
})


# what a name in capitals needs around it: initials before a word in capitals, two words in
# capitals, or a label in capitals with its colon
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017e"  # capitals, with those of Turkish and Polish names (and lowercase of that range: a cheap look only)
# every shape of _CAPS_HINT has three capitals in a row: that simple look first (most texts fail it)
_THREE_CAPS = re.compile(rf"[{_UP}]{{3}}")
_CAPS_HINT = re.compile(rf"\b[{_UP}]\. ?(?:[{_UP}]\. ?)*(?:[{_UP}']{{1,3}} )*[{_UP}]{{3}}|\b[{_UP}]{{3,}} (?:[{_UP}']{{1,3}} )*[{_UP}]{{3}}|\b[{_UP}]{{4,}}:|\b[{_UP}]{{2,3}} (?:[{_UP}']{{1,3}} )*[{_UP}]{{3}}")


def _initials_at(toks: list[_Tok], k: int) -> int:
    """The index after the initials starting at toks[k] ("H.J.", "M."), or k: single capitals each
    followed by a dot."""
    j = k
    while j + 1 < len(toks) and len(toks[j].text) == 1 and toks[j].text.isupper() and toks[j + 1].gap.startswith(".") and len(toks[j + 1].gap) <= 2:
        j += 1
    return j


def _caps_surname(toks: list[_Tok], j: int, lex: Lexicon, strong: set[int], initials: bool = False) -> int:
    """The index after a surname in capitals at toks[j], led by its particles ("DE VRIES", "VAN DER
    MEULEN", "JANSEN"), or j: a known surname or a word of no word list, never a bank term,
    abbreviation of a body ("UWV") or listed no-name; after `initials` also a compound of no word
    list ("P.A. KOOLHOVEN", as after initials in running text)."""
    tv = _match_seq(toks, j, lex.tussenvoegsels)
    if tv and not all(toks[x].allcaps or len(toks[x].text) == 1 for x in range(j, j + tv)):
        return j
    k = j + tv
    if k >= len(toks) or (tv and not _adjacent(toks, j, k)):
        return j
    t = toks[k]
    if not t.allcaps or len(t.text) < 3 or k in strong or t.fold in lex.bank_words or (t.fold in lex.never and t.low not in lex.last) or t.fold in lex.titles:
        return j
    if t.low not in lex.last and (len(t.low) < 4 or not any(c in "aeiouyáéíóúäëïöüàèìòù" for c in t.low)):
        return j  # "NOTULIST: NVT", "DOOR: GGD": an abbreviation, no surname
    known = t.low in lex.last or not (lex.dutch(t.low) if not initials else t.low in lex.words)
    return k + 1 if known and "-" not in t.low else j


def caps_names(text: str, toks: list[_Tok], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """Names written in capitals, as PDF headings and signature blocks have them: initials and a
    surname ("OPGESTELD DOOR: M. DE VRIES", "DRS. H.J. VAN DER MEULEN", "DOOR: HJ DE BOER"), a first name and a surname
    ("MARIEKE DE VRIES"), and after a person's label any surname in capitals ("NOTULIST: JANSEN EN
    VISSER"). The surname is a known one or no Dutch word, so "BIJLAGE B. DE WERKWIJZE" stays."""
    if not _THREE_CAPS.search(text) or not _CAPS_HINT.search(text):
        return  # the common case: no two words in capitals, no initials before one, no label in capitals
    n = len(toks)
    for k in range(n):
        t = toks[k]
        if not t.text[:1].isupper() or not (t.allcaps or len(t.text) == 1):
            continue  # the common case: a word not in capitals
        if len(t.text) == 1:
            j = _initials_at(toks, k)
            if j == k or (k > 0 and toks[k].gap == "" ):
                continue
            end = _caps_surname(toks, j, lex, strong, initials=True)
        elif t.low in lex.first and not lex.ordinary(t.low) and k + 1 < n and _adjacent(toks, k, k + 1):
            end = _caps_surname(toks, k + 1, lex, strong)
            j = k + 1
        elif len(t.text) <= 3 and t.text.isalpha() and k + 1 < n and _adjacent(toks, k, k + 1) and bare_initials(toks, k, lex):
            j = k + 1  # "OPGESTELD DOOR: HJ DE BOER": initials without dots before a listed surname
            end = _caps_surname(toks, j, lex, strong)
            if end > j and toks[end - 1].low not in lex.last:
                continue
        else:
            continue
        if end > j and not covered.issuperset(range(k, end)):
            take(k, end)
    for k in range(n - 1):
        if toks[k].fold not in PERSON_LABELS or not toks[k].allcaps or not toks[k + 1].gap.strip().startswith(":"):
            continue
        b = k + 1
        while b < n and toks[b].fold in lex.titles and toks[b].allcaps:
            b += 1  # "GOEDGEKEURD: DRS. …"
        while b < n and b - k <= 8:
            end = _caps_surname(toks, b, lex, strong) if toks[b].allcaps else b
            if end == b:
                break
            if not covered.issuperset(range(b, end)):
                take(b, end)
            if end < n and toks[end].fold in ("en", "&") and toks[end].allcaps or (end < n and toks[end].gap.strip() in (",", "/", ";")):
                b = end + 1 if toks[end].fold in ("en", "&") else end
            else:
                break


# a file name as pasted from a mail or a folder: words joined by _ . - and a known extension
_EXTENSIONS = r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|txt|rtf|csv|msg|eml|png|jpe?g|gif|heic|tiff?|zip|mp3|mp4|m4a|wav)\b"
_EXTENSION = re.compile(_EXTENSIONS, re.IGNORECASE)  # looked for first: most texts have none
FILE_NAME = re.compile(r"[^\s/\\:*?\"<>|]+" + _EXTENSIONS, re.IGNORECASE)
_CAMEL = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+")
# a first name, particles and a surname run together ("MeesvanRijn", "AnnavanderBerg", "LisadeJong"),
# or particles and a surname ("vanderLinden", "terHorst"): the particles in lowercase or capitalised
_PARTICLES_GLUED = r"(?:[Vv]an|[Dd]e[rn]?|[Tt]e[rn]?|[Ee]l|[Aa]l|[Hh]et|'t)+"
_NAME_GLUED = re.compile(rf"([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+?)?({_PARTICLES_GLUED})([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{{2,}})")
_INITIAL_GLUED = re.compile(r"[A-Z](?:van(?:de[rn]?)?|de[rn]?|ter|ten|el|al)?([A-Z][a-z\u00df-\u00ff]{2,})")
# particles run together in a file name or address: "k.vanderheijden", "s_vandenberg"
_GLUED = ("vanden", "vander", "vande", "van", "ter", "ten", "den", "der", "de", "el", "al")


def _glued_surname(low: str, lex: Lexicon) -> bool:
    """"vanderheijden", "terhorst", "jansen": a known surname, maybe after particles run together."""
    if low in lex.last and not lex.ordinary(low):
        return True
    for p in _GLUED:
        rest = low[len(p):]
        if low.startswith(p) and len(rest) >= 3 and rest in lex.last:
            return not lex.dutch(low)
    return False


def _glued_name(text: str, lex: Lexicon) -> bool:
    """"MeesvanRijn", "vanderLinden": a listed first name (or none), particles, a listed surname or a
    word of no word list, run together in a file name; never "WijkvanMorgen" (no first name)."""
    g = _NAME_GLUED.fullmatch(text)
    if not g:
        return False
    first, sur = (g.group(1) or "").lower(), g.group(3).lower()
    particles = g.group(2).lower()
    if first in _GLUED:  # "VanderMeulen": the particles capitalised, no first name before them
        first, particles = "", first + particles
    if first and first not in lex.first:
        return False
    if first:  # a first name and particles before it: any word is the surname ("AnnavanderBerg", "NoorvanDijk")
        return fold(sur) not in lex.bank_words
    # particles alone: a listed surname after "van" or particles that are no preposition
    # ("vanDijk", "vanderLinden", "terHorst", "deVries"), or a word of no word list ("vandeWijk" is
    # "of the neighbourhood")
    strong = particles in ("van", "vander", "vanden", "ter", "ten", "vant", "van't") or (particles == "de" and fold(sur) in lex.de_surnames)
    return (sur in lex.last and (strong or not lex.ordinary(sur))) or (not lex.dutch(sur) and sur not in lex.never)


def file_names(text: str, toks: list[_Tok], covered: set[int], protected: set[int], lex: Lexicon, take) -> None:
    """Names in file names ("Evaluatie_training_RoosVerbeek_2025.pdf", "handtekening_k.vanderheijden.png",
    "klachtenregistratie_2025_behandelaar_fleur.xlsx"): a first name run together with a known surname
    (also a first name that is a word: "Roos"), an initial and a surname with its particles run
    together, a first name (also a word) right after a role. Only inside a file name with its
    extension: in running text these are words."""
    if "." not in text or not _EXTENSION.search(text):
        return
    for m in FILE_NAME.finditer(text):
        inside = [k for k, t in enumerate(toks) if t.start >= m.start() and t.end <= m.end()]
        for pos, k in enumerate(inside[:-1]):  # the extension is no name
            t = toks[k]
            if k in covered or (k in protected and t.low not in lex.last and not (t.camel and _glued_name(t.text, lex))):
                continue
            prev = toks[inside[pos - 1]] if pos > 0 else None
            if t.camel and t.cap:
                parts = _CAMEL.findall(t.text)
                if len(parts) == 2 and "".join(parts) == t.text and parts[0].lower() in lex.first and parts[1].lower() in lex.last and t.fold not in lex.never:
                    take(k, k + 1)  # "RoosVerbeek"
                elif (g := _INITIAL_GLUED.fullmatch(t.text)) and g.group(1).lower() in lex.last:
                    take(k, k + 1)  # "WvanDam", "KdeVries": an initial, particles, a surname
                elif _glued_name(t.text, lex):
                    take(k, k + 1)  # "MeesvanRijn", "LisadeJong"
            elif t.camel and _glued_name(t.text, lex):
                take(k, k + 1)  # "vanderLinden", "terHorst"
            elif not t.cap and "-" not in t.low and _glued_surname(t.low, lex) and prev is not None and len(prev.text) == 1 and t.gap in (".", "_"):
                take(inside[pos - 1], k + 1)  # "k.vanderheijden", "s_jansen"
            elif not t.cap and t.low in lex.first and prev is not None and (is_role(prev, lex) or prev.fold in PERSON_LABELS or prev.fold.endswith("behandelaar")) and t.gap in ("_", "-", ".") and t.low not in lex.function_words:
                take(k, k + 1)  # "behandelaar_fleur"


# the labels of a mail header that head people (or a mailbox: "Van: Secretariaat")
_PEOPLE_LABELS = frozenset({"from", "to", "cc", "bcc", "van", "aan", "afzender", "ontvanger", "ontvangers"})


_MAILBOX_HEADS = ("team", "teams", "bureau", "dienst", "afdeling", "loket", "secretariaat", "administratie", "groep", "raad", "directie", "zaken")


def _mail_part(t: _Tok, lex: Lexicon) -> bool:
    """A capitalised word of a sender or recipient: no bank term, listed no-name, role or title."""
    return t.cap and not t.allcaps and not t.camel and t.fold not in lex.bank_words and t.fold not in lex.never and t.fold not in lex.rollen and t.fold not in lex.titles and t.fold not in lex.fixed_places


def mail_names(text: str, toks: list[_Tok], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """Senders and recipients in a pasted mail header ("Van: Zwaantje Oosterbroek Verzonden: …",
    "CC: Gerbrand Zuidhoek; Teamleiders"): between a people's label and the next label, ";" or ","
    the capitalised words (and particles) of one person, when one of them is a known name or no word
    ("Van: Secretariaat Welzijn Oost", "Aan: Team Jeugd" are mailboxes). Only in a header: a text
    with two labels or more, so "Aan: …" in running text is left to the other rules."""
    if text.count(":") < 2:
        return
    labels = [k for k in range(len(toks)) if toks[k].fold in MAIL_LABELS and mail_label(toks, k)]
    if len(labels) < 2:
        return
    n = len(toks)
    for k in labels:
        if toks[k].fold not in _PEOPLE_LABELS:
            continue
        b = k + 1
        while b < n and not mail_label(toks, b):
            while b + 1 < n and len(toks[b].text) == 1 and toks[b + 1].gap.startswith("."):
                b += 1  # the initials after "Kuipers," go with the name before them
            a = b
            while b < n and b - a < 5 and not mail_label(toks, b) and (b == a or _adjacent(toks, b - 1, b)):
                t = toks[b]
                if not (_mail_part(t, lex) or (b > a and t.fold in lex.tussenvoegsels and not t.cap)):
                    break
                b += 1
            while b > a and toks[b - 1].fold in lex.tussenvoegsels:
                b -= 1  # a particle ends no name
            parts = [p for p in toks[a:b] if p.fold not in lex.tussenvoegsels]
            # one word: a known name or no Dutch word ("Kwaliteitsbureau" is a mailbox); two or more:
            # one of them a known name or of no word list ("Gerbrand Zuidhoek"; "Team Jeugd" is a mailbox)
            named = any(p.low in lex.first or p.low in lex.last or (not lex.dutch(p.low) if len(parts) == 1 else p.low not in lex.words) for p in parts)
            if parts and parts[0].low not in lex.first and parts[0].fold.endswith(_MAILBOX_HEADS + lex.org_words):
                named = False  # "Van: Buurtteam Lombok", "Aan: Wijkcentrum Oosterpark": a team or a building
            if parts and named and not (set(range(a, b)) & strong) and not any("-" in p.text and any(x.isupper() and len(x) > 1 for x in p.text.split("-")) for p in parts):
                if not covered.issuperset(range(a, b)):
                    take(a, b)
            if b > a and b < n and toks[b].gap.strip().lstrip(".") in (";", ",") and not mail_label(toks, b):
                continue  # the next recipient, or the initials after "Kuipers," ("Aan: Kuipers, A.; Dijkstra, B.")
            break


def handles(text: str, toks: list[_Tok], covered: set[int], lex: Lexicon, take) -> None:
    """A chat handle made of a first name and an initial or surname ("@sanne.b", "@dewi_k",
    "@joost.dewit"): the whole handle, not only its first name. Never a group ("@iedereen",
    "@kwaliteit")."""
    if "@" not in text:
        return
    n = len(toks)
    for k in range(n):
        t = toks[k]
        if not t.gap.endswith("@") or t.low not in lex.first or t.low in lex.function_words:
            continue
        b = k + 1
        while b < n and b - k < 4 and toks[b].gap in (".", "_") and (len(toks[b].text) <= 3 or toks[b].low in lex.last or _glued_surname(toks[b].low, lex) or not lex.dutch(toks[b].low)):
            b += 1
        if b > k + 1 and not covered.issuperset(range(k, b)):
            take(k, b)


# the time a chat line starts with: "[09:14] ", "12-11-2025 08:47 - ", "[12-11-25 09:14:03] "
_CHAT_LINE = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?\]?\s*(?:[-\u2013]\s*)?[^\W\d_][^:\n]{0,40}:")
_CHAT_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?\]?\s*(?:[-\u2013]\s*)?$")


def chat_speakers(text: str, toks: list[_Tok], covered: set[int], strong: set[int], lex: Lexicon, take) -> None:
    """The speaker of a chat line pasted from Teams or WhatsApp, between its time and a colon
    ("[09:14] jorrit: ok", "12-11-2025 08:47 - Karim: …"): a first name (also typed lowercase) or a
    word of no list, never a mailbox, team, role or listed no-name ("[09:16] Secretariaat: …",
    "[10:05] Wijkteam Zuid: …")."""
    if ":" not in text or not _CHAT_LINE.search(text):
        return  # the colon first: most texts have none, and the pattern ends in one
    n = len(toks)
    for k in range(n):
        t = toks[k]
        if not t.gap or not t.gap[-1:].isspace() or not _CHAT_TIME.search(t.gap):
            continue  # the common case: no time before the word
        end = 0
        for j in range(k, min(k + 3, n)):
            if j + 1 == n or toks[j + 1].gap.lstrip().startswith(":"):
                end = j + 1
                break
            if not toks[j + 1].adj:
                break
        while end - 1 > k and toks[end - 1].camel and len(toks[end - 1].text) > 3:
            end -= 1  # "[07:32] Ingrid CertiSociaal:": the display name's firm (a brand in camel case) is no name
        if not end or covered.issuperset(range(k, end)) or strong & set(range(k, end)):
            continue
        parts = [p for p in toks[k:end] if p.fold not in lex.tussenvoegsels]
        # a display name's letters after a first name ("[09:02] Wouter KG:"), no body's ("Team MT")
        tail = parts[-1] if len(parts) == 2 and parts[-1].allcaps and len(parts[-1].text) <= 3 and parts[0].cap and not parts[0].allcaps and parts[0].low in lex.first and parts[-1].fold not in lex.bank_words else None
        if any(((p.fold in lex.bank_words or p.fold in lex.never) and not (p.cap and p.low in lex.first)) or p.fold in lex.rollen or p.fold in lex.titles or p.fold.endswith(_MAILBOX_HEADS + lex.org_words) or (p.allcaps and p is not tail) for p in parts):
            continue
        if len(parts) > 1 and any(p.cap for p in parts) and any(not p.cap and not p.allcaps and p.low not in lex.first and p.low not in lex.last and lex.dutch(p.low) for p in parts):
            continue  # "16.34 telefoon van Corrie:": a note of what came in, no display name ("Corrie" is found on its own)
        if parts and any(p.low in lex.first or p.low in lex.last or not lex.dutch(p.low) for p in parts):
            take(k, end)


# round 10: a user name in a document's properties ("auteur volgens eigenschappen: nbouzidi", "laatste
# bewerker 'rkok'"): one or two initials and a listed surname run together, or a first name and an initial
_ACCOUNT_LABELS = frozenset({
    "auteur", "auteurs", "bewerker", "bewerkt", "gewijzigd", "gemaakt", "maker", "gebruiker", "gebruikersnaam",
    "account", "login", "inlognaam", "eigenschappen", "opgeslagen", "aangemaakt", "user", "author", "ingelogd",
})


# the labels without their first letter, looked for in the text as typed: the cheap look first
# plain substrings: `in` finds them faster than one regex of alternatives tried at every position
_ACCOUNT_HINTS = ("uteur", "Bewerk", "bewerk", "ewijzigd", "emaakt door", "ebruiker", "ccount", "ogin", "nlognaam", "igenschappen", "pgeslagen", "user", "uthor", "UTEUR", "ngelogd")
# round 12: a Windows account as a mail or a file's properties show it, the domain before a backslash ("WKH\rtimmer")
_DOMAIN_USER = re.compile(r"(?<![\w\\])[A-Z][A-Z0-9\-]{1,14}\\([a-z][a-z.]{3,19})\b")


def _account(low: str, lex: Lexicon) -> bool:
    """A user name's shape: initials and a surname ("nbouzidi", "jdevries"), a first name and an
    initial or surname ("marleenh", "jankok"); no word."""
    if not (4 <= len(low) <= 20) or not low.isalpha() or low in lex.words or low in lex.first or low in lex.last or lex.dutch(low):
        return False
    for cut in (1, 2):
        rest = low[cut:]
        rest = next((rest[len(p):] for p in _GLUED if rest.startswith(p) and rest[len(p):] in lex.last), rest)
        if len(rest) >= 3 and rest in lex.last:
            return True
    return any(low[:c] in lex.first and (len(low) - c <= 2 or low[c:] in lex.last) for c in range(3, len(low)))


# round 11: the parts of an e-mail address's local part ("ewoud.stellingwerf@…", "jw.schoonderbeek@…")
_MAIL_LOCAL = re.compile(r"([\w.\-]+)@[\w\-]+\.[\w.\-]+")


def mail_local_names(text: str, toks: list[_Tok], lex: Lexicon) -> list[_Raw]:
    """The words of the text that an e-mail address in it names as its person ("Ewoud Stellingwerf,
    Ewoud.Stellingwerf@jongwaard.nl"): a part of three letters or more of a local part of two parts
    or more, a name or a word of no word list; never a mailbox's word ("info", "kwaliteit",
    "secretariaat") or a function word."""
    parts: set[str] = set()
    spans: list[tuple[int, int]] = []
    for m in _MAIL_LOCAL.finditer(text):
        spans.append(m.span())
        bits = [b for b in re.split(r"[._\-]+", m.group(1).lower()) if b]
        if len(bits) < 2:
            continue
        bits = [b.rstrip("0123456789") for b in bits]
        # beside a first name or an initial, a compound of no word list is the surname ("stellingwerf")
        personal = any(len(b) <= 2 or (b in lex.first and b not in lex.words) or (b.isalpha() and b not in lex.words and not lex.dutch(b)) for b in bits)
        for b in bits:
            if len(b) >= 3 and b.isalpha() and b not in lex.function_words and (b in lex.first or b in lex.last or (b not in lex.words and (personal or not lex.dutch(b)))) and fold(b) not in lex.bank_words:
                parts.add(fold(b))  # two letters ("jw.schoonderbeek") would take every "JW" (jongerenwerk) with them
    if not parts:
        return []
    return [(t.start, t.end, SOURCE_HEURISTIC, t.fold, "", -1) for t in toks if t.fold in parts and not any(a <= t.start < b for a, b in spans)]


def account_names(text: str, toks: list[_Tok], lex: Lexicon) -> list[_Raw]:
    """User names (see _account) a property label leads, within four words ("auteur volgens
    eigenschappen: nbouzidi", "ingelogd als tdijkstra") or a Windows domain ("WKH\\rtimmer"), also an
    initial or first name and a surname joined by a dot ("m.bakker");
    and the words an e-mail address names (mail_local_names)."""
    out: list[_Raw] = mail_local_names(text, toks, lex) if "@" in text else []
    if "\\" in text:
        out += [(m.start(1), m.end(1), SOURCE_HEURISTIC, fold(m.group(1)), "", -1) for m in _DOMAIN_USER.finditer(text) if _account(m.group(1).replace(".", ""), lex)]
    if not any(hint in text for hint in _ACCOUNT_HINTS):
        return out
    seen: set[int] = set()
    for label in [k for k, t in enumerate(toks) if t.fold in _ACCOUNT_LABELS]:
        for k in range(label + 1, min(label + 5, len(toks))):
            t = toks[k]
            if k in seen or t.cap or t.fold in _ACCOUNT_LABELS:
                continue
            seen.add(k)
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt.gap == "." and not nxt.cap and (len(t.low) <= 2 or t.low in lex.first) and t.low not in lex.function_words and (nxt.low in lex.last or _glued_surname(nxt.low, lex)):
                out.append((t.start, nxt.end, SOURCE_HEURISTIC, f"{t.fold} {nxt.fold}", "", -1))  # "m.bakker", "jan.devries"
            elif t.low not in lex.words and _account(t.low, lex):
                out.append((t.start, t.end, SOURCE_HEURISTIC, t.fold, "", -1))
    return out


def underscored_handles(text: str, toks: list[_Tok], lex: Lexicon) -> list[_Raw]:
    """A handle of a listed first name and a short tail after "_" outside an @-mention ("chat met
    bennie_ojk"): the whole handle; and the social-media handles of people (social_handles)."""
    out: list[_Raw] = social_handles(text, lex) if "@" in text else []
    if "_" not in text:
        return out
    for k in range(len(toks) - 1):
        t, nxt = toks[k], toks[k + 1]
        if nxt.gap == "_" and t.low in lex.first and t.low not in lex.function_words and len(nxt.text) <= 4 and nxt.low not in lex.words and (k + 2 >= len(toks) or toks[k + 2].gap != "_"):
            out.append((t.start, nxt.end, SOURCE_HEURISTIC, f"{t.fold} {nxt.fold}", "", -1))
    return out
