"""Reading the organisation's document files as evidence: text out of PDF, DOCX, ODT, TXT and
Markdown, split into passages (by headings and paragraphs, with page numbers), each passage
ranked against the norms by the same tagger as a typed note.

The toetser decides: passages are stored with SUGGESTED tags only; a passage counts for a norm's
coverage once the toetser confirms it (interviewer.domain.coverage counts its document bron like any
other). A zelfevaluatie is the organisation's own account: its passages become preparation notes
per norm, never document evidence.

Every refusal is a `DocumentError` with a Dutch message, raised before anything is written: the
store writes one document in one transaction (`AuditStore.import_document`).

This module: passages, their ranking and the import. Reading the files is document_files.py, what
the document screen walks is document_views.py; their names are importable from here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .document_files import (
    FORMAT_LABELS,
    FORMATS,
    MAX_BYTES,
    MAX_PAGES,
    Block,
    Cancelled,
    DocumentError,
    Progress,
    ReadFile,
    TooLarge,
    check_file,
    clean_text,
    file_format,
    read_file,
)
from .document_views import DocumentView, PassageView, document_views

if TYPE_CHECKING:
    from .documentenlijst import DocumentKind
    from .tagging import Tagger

__all__ = [
    "FORMAT_LABELS", "FORMATS", "MAX_BYTES", "MAX_PAGES", "Block", "Cancelled", "DocumentError", "Progress",
    "ReadFile", "TooLarge", "check_file", "clean_text", "file_format", "read_file",
    "DocumentView", "PassageView", "document_views",
    "SCORE_FLOOR", "TOP", "MAX_PREPARATION_CHARS", "MIN_PASSAGE_CHARS", "MAX_PASSAGE_CHARS", "PassageText",
    "passages", "tagging_text", "rank_passages", "offered", "ImportResult", "preparation_notes", "import_read",
]

# A passage is offered for a norm when the tagger scores it at least this (0-100), at most TOP norms.
SCORE_FLOOR = 25.0
TOP = 3
MAX_PREPARATION_CHARS = 100_000  # what the store takes for a preparation note (its MAX_TEXT_CHARS)
MIN_PASSAGE_CHARS = 80  # shorter paragraphs join the next one in the same section
MAX_PASSAGE_CHARS = 1500  # longer ones are cut at a sentence end


@dataclass(frozen=True)
class PassageText:
    text: str
    page: int
    heading: str = ""

    def reference(self, title: str) -> str:
        """'Scholingsplan 2026, p. 4': how a bevinding or a report names the evidence."""
        return f"{title}, p. {self.page}"


# ---------------------------------------------------------------- passages


def _split_long(text: str) -> list[str]:
    if len(text) <= MAX_PASSAGE_CHARS:
        return [text]
    sentences = re.split(r"(?<=[.!?])\s+", text)
    out, current = [], ""
    for s in sentences:
        while len(s) > MAX_PASSAGE_CHARS:  # one endless "sentence" (a table dump): cut by length
            out.extend([current] if current else [])
            current = ""
            out.append(s[:MAX_PASSAGE_CHARS])
            s = s[MAX_PASSAGE_CHARS:]
        if current and len(current) + 1 + len(s) > MAX_PASSAGE_CHARS:
            out.append(current)
            current = s
        else:
            current = f"{current} {s}" if current else s
    if current:
        out.append(current)
    return out


def passages(blocks: Iterable[Block]) -> list[PassageText]:
    """Paragraphs under their section heading, each with the page it starts on. A short paragraph
    (a list item, a one-liner) joins the next one of the same section; a long one is cut at a
    sentence end. A heading with no paragraph under it stays a passage of its own only if it is
    the last thing in the document."""
    out: list[PassageText] = []
    heading = ""
    pending: list[str] = []
    pending_page = 0

    def flush() -> None:
        nonlocal pending, pending_page
        if pending:
            for part in _split_long(" ".join(pending)):
                out.append(PassageText(part, pending_page, heading))
        pending, pending_page = [], 0

    for b in blocks:
        if b.kind == "heading":
            flush()
            heading = b.text
            continue
        if not pending:
            pending_page = b.page
        pending.append(b.text)
        if sum(len(p) for p in pending) >= MIN_PASSAGE_CHARS:
            flush()
    flush()
    return out


def tagging_text(p: PassageText) -> str:
    """What the tagger reads for a passage: the section heading says what the paragraph is about
    ("Klachtenregeling" over a paragraph that only says "binnen zes weken")."""
    return f"{p.heading}. {p.text}" if p.heading else p.text


def rank_passages(items: list[PassageText], tagger: Tagger, *, top: int = TOP) -> list[list[tuple[str, float]]]:
    return [tagger.rank(tagging_text(p), top) for p in items]


def offered(ranking: list[tuple[str, float]], floor: float = SCORE_FLOOR, top: int = TOP) -> list[tuple[str, float]]:
    """The norms a passage is offered for: the best `top` at or above the score floor."""
    return [(n, s) for n, s in ranking[:top] if s >= floor]


# ---------------------------------------------------------------- the import (CLI and app share it)


@dataclass
class ImportResult:
    document: Any  # sessions.models.Document
    created: bool  # False: the same file (SHA-256) was already in the audit
    title: str
    kind: str
    passages: list[PassageText]
    rankings: list[list[tuple[str, float]]]
    empty_pages: list[int]
    zelfevaluatie: bool

    def warnings(self) -> list[str]:
        out = []
        if self.empty_pages:
            pages = ", ".join(str(p) for p in self.empty_pages[:12]) + (" …" if len(self.empty_pages) > 12 else "")
            out.append(
                f"{len(self.empty_pages)} pagina('s) zonder tekst (gescand?), niet gelezen: p. {pages}."
            )
        if not self.created:
            out.append("Dit bestand (dezelfde SHA-256) stond al in de audit; het is niet opnieuw toegevoegd.")
        return out


def preparation_notes(items: list[PassageText], rankings: list[list[tuple[str, float]]], title: str) -> list[tuple[str, str]]:
    """A zelfevaluatie's passages as one preparation note per norm: the passages whose best norm it
    is, each with its reference ("(Zelfevaluatie 2026, p. 3) …"), in document order."""
    by_norm: dict[str, list[str]] = {}
    for p, ranking in zip(items, rankings):
        for norm_id, _score in offered(ranking, top=1):
            by_norm.setdefault(norm_id, []).append(f"({title}, p. {p.page}) {p.text}")
    return [(n, "\n".join(texts)[:MAX_PREPARATION_CHARS]) for n, texts in by_norm.items()]


def _usable_title(title: str) -> str:
    """A file's own title, unless it is a word processor's leftover ("Microsoft Word - doc1.docx")."""
    title = title.strip()
    if re.match(r"(?i)^(microsoft (word|powerpoint) - |untitled|naamloos|document\d*$)", title) or re.search(
        r"(?i)\.(docx?|odt|pdf|txt|md)$", title
    ):
        return ""
    return title


def import_read(store: Any, read: ReadFile, tagger: Tagger, kinds: Iterable[DocumentKind], *,
                title: str = "", kind: str | None = None) -> ImportResult:
    """Tag a read file's passages and store the document in one transaction (`store`: an AuditStore).

    The kind comes from the title and file name matched against the checklist's kinds unless given.
    """
    from .documentenlijst import ZELFEVALUATIE, kind_for

    title = (title or _usable_title(read.title) or read.path.stem.replace("_", " ")).strip()[:200]
    kind = kind if kind is not None else kind_for(kinds, title, read.file_name)
    items = passages(read.blocks)
    rankings = rank_passages(items, tagger)
    zelf = kind == ZELFEVALUATIE
    if zelf:
        specs: list[tuple[str, int, str, list]] = [(p.text, p.page, p.heading, []) for p in items]
        prep = preparation_notes(items, rankings, title)
    else:
        specs = [(p.text, p.page, p.heading, [(n, s, "suggested", "auto") for n, s in offered(r)])
                 for p, r in zip(items, rankings)]
        prep = []
    document, created = store.import_document(
        title, kind, file_name=read.file_name, sha256=read.sha256, format=read.format, pages=read.pages,
        text=read.text, empty_pages=read.empty_pages, passages=specs, zelfevaluatie=zelf, preparation=prep,
    )
    return ImportResult(document, created, title, kind, items, rankings, read.empty_pages, zelf)
