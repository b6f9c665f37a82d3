"""What a found name becomes ([naam], a functie or a neutral role), the scan that lists every
replacement, and the optional deduce finder."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..unicode_fold import fold, normalise
from .finder import NameFinder
from .lexicon import (
    EMAIL_PLACEHOLDER,
    PHONE_PLACEHOLDER,
    PLACEHOLDER,
    PLACEHOLDERS,
    SOURCE_CANDIDATE,
    SOURCE_CONTACT,
    SOURCE_DEDUCE,
    SOURCE_FOUND,
    Lexicon,
    NameSpan,
)
from .tokens import _bounded, _match_seq, _phrase, _tokenise

if TYPE_CHECKING:
    from questionbank.models import QuestionBank
    from sessions.models import AuditData

# ---------------------------------------------------------------------------- deduce (optional)


# deduce's load as measured (closing note of round 2: the first Deduce() took 317 s wall, 155 s CPU,
# building its lookup tables; a later one 36.7 s): what the export tells a toetser to expect
DEDUCE_LOAD_TIME = "de eerste keer ruim 5 minuten, daarna ca. 40 seconden"


def deduce_spans_factory(
    progress: Callable[[str], None] | None = None, tick: float = 5.0
) -> Callable[[str], list[NameSpan]] | None:
    """A span finder backed by `deduce`, or None when it is not installed. Its load takes minutes:
    call from a worker and pass `progress`, which hears the seconds so far every `tick` seconds
    (deduce loads in a thread of its own, so the count goes on while it builds its tables)."""
    try:
        from deduce import Deduce  # type: ignore[import-not-found]
    except ImportError:
        return None
    loaded: dict[str, object] = {}

    def load() -> None:
        try:
            loaded["model"] = Deduce()
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
            loaded["error"] = exc

    worker = threading.Thread(target=load, name="deduce-laden", daemon=True)
    started = time.monotonic()
    worker.start()
    if progress:
        progress(f"deduce laden ({DEDUCE_LOAD_TIME})…")
    while True:
        worker.join(timeout=tick)
        if not worker.is_alive():
            break
        if progress:
            progress(f"deduce laden… {time.monotonic() - started:.0f} s ({DEDUCE_LOAD_TIME})")
    if "error" in loaded:
        raise loaded["error"]  # type: ignore[misc]
    model = loaded["model"]
    if progress:
        progress(f"deduce geladen in {time.monotonic() - started:.0f} s.")

    def spans(text: str) -> list[NameSpan]:
        doc = model.deidentify(text)
        return [
            NameSpan(a.start_char, a.end_char, a.text, SOURCE_DEDUCE, fold(a.text))
            for a in doc.annotations
            if a.tag in ("persoon", "patient") or "persoon" in a.tag
        ]

    return spans


# ---------------------------------------------------------------------------- replacing


_SENTENCE_OPENERS = ".!?:\n„“\"‘–•"
_SHORTHAND_BEFORE = re.compile(r"(?:^|[\s(\[/])([^\W\d_]+)\.$")


def opens_sentence(before: str, lex: Lexicon) -> bool:
    """Does a replacement after `before` (the text up to it) open a sentence, and so take a capital
    ("De jongerenwerker vertelt")? Not after the full stop of a note's shorthand: "resp. de
    jongerenwerker zegt", "opm. een collega belt" (the export's and the capture line's one rule)."""
    before = before.rstrip()
    if not before:
        return True
    if before[-1] not in _SENTENCE_OPENERS:
        return False
    shorthand = _SHORTHAND_BEFORE.search(before) if before[-1] == "." else None
    if not shorthand or not shorthand.group(1).islower():
        return True
    word = fold(shorthand.group(1))
    return word not in lex.note_shorthand


def title_role(title: str, lex: Lexicon) -> str:
    """The neutral role of a name after `title` ("moeder" -> "een ouder", "meneer" -> "een collega";
    voornamen.toml `rollen`), `rol_standaard` for any other: the export's and the capture line's one rule."""
    return lex.rollen.get(title.split()[-1] if title else "", lex.rollen.get(title, lex.rol_standaard))


_VAN_AT_END = re.compile(r"(?<!\S)van\s+$")


def third_party_role(before: str, lex: Lexicon) -> str | None:
    """The neutral role of a name that `before` (the text up to it) shows to be a third party: after
    kin or a paper and "van" ("de dochter van Petrenko" -> "een ouder", "het dossier van Bos" ->
    "een klant"; voornamen.toml `rollen_na_van`). None elsewhere: the capture line then writes the
    gesprek's functie, as the name is most likely the interviewee's."""
    from .heuristic import _owned  # kin or a paper, so that "van" after it is the preposition

    tail = before[-60:]
    if not _VAN_AT_END.search(tail):
        return None
    toks = _tokenise(normalise(tail.rstrip()))
    if len(toks) < 2 or toks[-1].low != "van" or not toks[-1].adj:
        return None
    owner = toks[-2]
    if not _owned(owner, lex):
        return None
    head = owner.fold.rsplit("-", 1)[-1]
    return lex.rollen_na_van.get(head, lex.rol_na_van)


def strip_title(name: str, lexicon: Lexicon) -> str:
    """"mevrouw Anja de Vries" -> "Anja de Vries": the key under which a found name is listed."""
    n = normalise(name)
    toks = _tokenise(n)
    k = _match_seq(toks, 0, lexicon.titles)
    if k and k < len(toks):
        s = n.span(toks[k].start, toks[k].start)[0]
        return name[s:].strip()
    return name.strip()


@dataclass(frozen=True)
class FoundName:
    name: str  # as first seen, without aanspreekvorm
    sources: tuple[str, ...]
    count: int
    replacement: str
    key: str = ""  # folded, as reviews are stored

    @property
    def is_candidate(self) -> bool:
        """Only the candidate finder saw it (here or elsewhere): a word to review, not a sure name."""
        return SOURCE_CANDIDATE in self.sources and set(self.sources) <= {SOURCE_CANDIDATE, SOURCE_FOUND}


class Replacer:
    """Decides what a found name becomes. `mode` "naam": "[naam]". `mode` "functie": the functie of
    the interview the name belongs to ("de teamleider"), a toetser's full name "de toetser", any
    other person a neutral role from the word before the name ("moeder Sanne" -> "een ouder",
    "meneer Bakker" -> "een collega"): never the functie of someone else."""

    def __init__(self, finder: NameFinder, functie_by_name: dict[str, str] | None = None, *, mode: str = "naam") -> None:
        self.finder = finder
        self.mode = mode
        self._by_key: dict[str, str] = {}
        for name, functie in (functie_by_name or {}).items():
            self._by_key[fold(strip_title(name, finder.lexicon))] = functie
        self._by_token: dict[str, set[str]] = {}
        tv = {" ".join(t) for v in finder.lexicon.tussenvoegsels.values() for t in v}
        for key, functie in self._by_key.items():
            if functie == "toetser":
                continue  # a toetser's surname never rewrites an interviewee's text
            for token in key.split():
                if len(token) >= 3 and token not in tv:
                    self._by_token.setdefault(token, set()).add(functie)

    def replacement(self, name: str, span: NameSpan | None = None) -> str:
        if span is not None and span.source == SOURCE_CONTACT:
            return EMAIL_PLACEHOLDER if "@" in span.text else PHONE_PLACEHOLDER
        if self.mode != "functie":
            return PLACEHOLDER
        lex = self.finder.lexicon
        key = span.key if span is not None and span.key else fold(strip_title(name, lex))
        functie = self._by_key.get(key) or self._by_key.get(fold(strip_title(name, lex)))
        if functie is None:
            options = [self._by_token.get(t) for t in key.split() if t in self._by_token]
            candidates = set.intersection(*options) if options and all(options) else set()
            functie = next(iter(candidates)) if len(candidates) == 1 else None
        if functie and not self.finder.spans(functie):
            return f"de {functie}"
        return title_role(span.title if span is not None else "", lex)

    def redact(self, text: str) -> str:
        spans = self.finder.spans(text)
        if not spans:
            return text
        out, pos = [], 0
        for s in spans:
            start = s.start
            rep = self.replacement(s.text, s)
            if self.mode == "functie" and s.title and pos <= s.title_start < s.start:
                start = s.title_start  # "meneer Bakker" -> "een collega", not "meneer een collega"
            out.append(text[pos:start])
            if rep not in PLACEHOLDERS and opens_sentence(text[:start], self.finder.lexicon):
                rep = rep[0].upper() + rep[1:]
            out.append(rep)
            pos = s.end
        out.append(text[pos:])
        return "".join(out)


def scan(texts: Iterable[str], replacer: Replacer) -> list[FoundName]:
    """Every name found in `texts`, grouped by key, most frequent first."""
    found: dict[str, dict] = {}
    lexicon = replacer.finder.lexicon
    for text in texts:
        for s in replacer.finder.spans(text):
            name = strip_title(s.text, lexicon) or s.text
            key = s.key or fold(name)
            entry = found.setdefault(key, {"name": name, "sources": set(), "count": 0, "span": s})
            entry["sources"].add(s.source)
            entry["count"] += 1
    return sorted(
        (
            FoundName(e["name"], tuple(sorted(e["sources"])), e["count"], replacer.replacement(e["name"], e["span"]), key)
            for key, e in found.items()
        ),
        key=lambda f: (-f.count, fold(f.name)),
    )


def listed_names_in(text: str, names: Iterable[str]) -> list[str]:
    """The listed names (full entries) that still occur in `text` (normalised): must be empty."""
    folded = fold(text)
    return [name.strip() for name in names if name.strip() and _listed_pattern(fold(name.strip())).search(folded)]


@lru_cache(maxsize=1024)
def _listed_pattern(folded_name: str) -> re.Pattern[str]:
    return re.compile(_bounded(_phrase(folded_name)))


def avoid_list(audit: "AuditData") -> tuple[str, ...]:
    """Names that must never reach a report: the audit's own list plus the toetsers' names."""
    names = [*audit.toetsing.names_to_avoid, *(t.name for t in audit.toetsers)]
    return tuple(dict.fromkeys(n.strip() for n in names if n and n.strip()))


def functie_by_name(audit: "AuditData", finder: NameFinder, bank: "QuestionBank | None" = None) -> dict[str, str]:
    """Names that belong to a known functie: a name in an interview's title or typed functie is the
    interviewee's ("Gesprek met Anja de Vries"); a toetser's full name is "toetser"."""
    from ..labels import bron_functie_label

    out: dict[str, str] = {}
    for bron in audit.bronnen:
        if bron.kind != "interview":
            continue
        label = bron_functie_label(bron, bank)
        for text in (bron.title, bron.functie):
            for span in finder.spans(text):
                if span.source != SOURCE_CONTACT:
                    out.setdefault(span.text, label)
    for toetser in audit.toetsers:
        if toetser.name.strip():
            out.setdefault(toetser.name.strip(), "toetser")
    return out

