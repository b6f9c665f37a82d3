"""The documentenlijst: per audit, the kinds of document that would show the norms, from each norm's
bewijs (handvat, Bijlage 4) and "kan blijken uit" (Bijlage 3), deduplicated into one list, each kind
ticked when a document of that kind is imported or inspected, with the norms it would close.

The kinds are data (questionbank/data/documentsoorten.toml). The same list is what the board names
for a "document ontbreekt", what the toetser sends the organisation before the audit (.md/.docx),
and where the report's "getoetste documenten" per rubriek come from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from questionbank.models import RUBRIEKEN, DocumentSoort, QuestionBank
from sessions.models import AuditData, Bron

DocumentKind = DocumentSoort
ZELFEVALUATIE = "zelfevaluatie"


def fold(text: str) -> str:
    """Lower case, no accents; '_' and '.' of a file name read as spaces."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[_.\s]+", " ", plain)


def _starts_word(term: str, text: str) -> bool:
    return re.search(r"(?<![a-z0-9])" + re.escape(fold(term)), text) is not None


def kind_norms(bank: QuestionBank, kinds: Iterable[DocumentKind]) -> dict[str, tuple[str, ...]]:
    """Per kind id, the norms whose bewijs or "kan blijken uit" names it, in bank order."""
    texts = {n.id: fold(" ".join((*n.evidence, n.kan_blijken_uit))) for n in bank.norms}
    return {
        k.id: tuple(nid for nid, text in texts.items() if any(_starts_word(t, text) for t in k.terms))
        for k in kinds
    }


def kind_for(kinds: Iterable[DocumentKind], *texts: str) -> str:
    """The kind a document is, from its title, file name or typed kind: the kind with the longest
    name found at the start of a word ("Klachtenregeling 2025.pdf" -> klachtenregeling); "" if none."""
    text = fold(" ".join(texts))
    best, best_len = "", 0
    for k in kinds:
        for name in (k.id, *k.names, *k.terms):
            if name and len(name) > best_len and _starts_word(name, text):
                best, best_len = k.id, len(name)
    return best


@dataclass(frozen=True)
class ChecklistItem:
    kind: DocumentKind
    norms: tuple[str, ...]  # norms this kind of document would show
    documents: tuple[str, ...]  # titles of this audit's documents of this kind
    closes: tuple[str, ...]  # norms that now wait only for a document, which this kind would close

    @property
    def ticked(self) -> bool:
        return bool(self.documents)


def bron_kind(kinds: Iterable[DocumentKind], bron: Bron) -> str:
    return kind_for(kinds, bron.document_kind, bron.title)


def documentenlijst(bank: QuestionBank, audit: AuditData, kinds: Iterable[DocumentKind],
                    waiting: Iterable[str] = ()) -> list[ChecklistItem]:
    """The checklist, in the data file's order; `waiting`: norms whose coverage lacks only the
    document (the board's "document ontbreekt")."""
    kinds = tuple(kinds)
    norms = kind_norms(bank, kinds)
    present: dict[str, list[str]] = {}
    for bron in audit.bronnen:
        if bron.kind == "document":
            present.setdefault(bron_kind(kinds, bron), []).append(bron.title)
    waiting = set(waiting)
    return [
        ChecklistItem(k, norms[k.id], tuple(present.get(k.id, ())), tuple(n for n in norms[k.id] if n in waiting))
        for k in kinds
        if norms[k.id] or k.id in present or not k.evidence
    ]


def closing_kinds(items: Iterable[ChecklistItem]) -> dict[str, list[str]]:
    """Per norm, the short names of the kinds of document that would show it: not yet present first."""
    out: dict[str, list[tuple[bool, str]]] = {}
    for item in items:
        if not item.kind.evidence:
            continue
        for norm_id in item.norms:
            out.setdefault(norm_id, []).append((item.ticked, item.kind.short or item.kind.label))
    return {n: [label for _, label in sorted(v, key=lambda x: x[0])] for n, v in out.items()}


# ---------------------------------------------------------------- export


def _title(toetsing_organisation: str) -> str:
    return f"Documentenlijst — {toetsing_organisation}" if toetsing_organisation else "Documentenlijst"


INTRO = (
    "Voor de toetsing op het Kwaliteitslabel Sociaal Werk vragen wij u de volgende documenten "
    "vooraf toe te sturen, voor zover u die heeft. Per soort staat bij welke normen het document "
    "als onderbouwing dient."
)


def export_md(items: Iterable[ChecklistItem], organisation: str = "") -> str:
    lines = [f"# {_title(organisation)}", "", INTRO, ""]
    for item in items:
        box = "x" if item.ticked else " "
        norms = ", ".join(item.norms) if item.norms else "voorbereiding (geen bewijs)"
        lines.append(f"- [{box}] **{item.kind.label}** — normen: {norms}")
        for title in item.documents:
            lines.append(f"    - ontvangen: {title}")
    return "\n".join(lines) + "\n"


def export_docx(items: Iterable[ChecklistItem], path: Path, organisation: str = "") -> Path:
    import docx

    d = docx.Document()
    d.add_heading(_title(organisation), level=1)
    d.add_paragraph(INTRO)
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Document", "Normen", "Ontvangen")):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for item in items:
        row = table.add_row().cells
        row[0].text = item.kind.label
        row[1].text = ", ".join(item.norms) if item.norms else "voorbereiding"
        row[2].text = "; ".join(item.documents) if item.documents else ""
    d.save(str(path))
    return path


# ---------------------------------------------------------------- the report's "getoetste documenten"


@dataclass(frozen=True)
class GetoetstDocument:
    title: str
    norms: tuple[str, ...]  # norms of one rubriek this document supports (a confirmed tag)
    pages: tuple[int, ...] = ()  # pages of the confirmed passages (imported files only)

    @property
    def label(self) -> str:
        """'Klachtenregeling 2025 (p. 1, 2): OB17, D5' — a line for the report's Deel B."""
        pages = f" (p. {', '.join(str(p) for p in self.pages)})" if self.pages else ""
        return f"{self.title}{pages}: {', '.join(self.norms)}"


def getoetste_documenten(audit: AuditData) -> dict[str, list[GetoetstDocument]]:
    """Per rubriek name, the documents with the norms of that rubriek they support (a confirmed tag
    on one of their aantekeningen) and the pages it rests on, titles sorted. A pure function for the
    report's Deel B (domain/report.py can call it); a zelfevaluatie never appears (its passages
    carry no tags)."""
    bronnen = {b.id: b for b in audit.bronnen if b.kind == "document"}
    bron_of = {a.id: a.bron_id for a in audit.aantekeningen}
    page_of = {p.id: p.page for p in audit.passages}
    supported: dict[tuple[str, str], set[int]] = {}  # (bron id, norm id) -> pages
    for tag in audit.tags:
        bron_id = bron_of.get(tag.aantekening_id)
        if tag.state == "confirmed" and bron_id in bronnen:
            pages = supported.setdefault((bron_id, tag.norm_id.upper()), set())
            if tag.aantekening_id in page_of:
                pages.add(page_of[tag.aantekening_id])
    out: dict[str, list[GetoetstDocument]] = {}
    for prefix, name in RUBRIEKEN:
        docs = []
        for bron_id in sorted({b for b, _ in supported}):
            mine = sorted((n for b, n in supported if b == bron_id and n.rstrip("0123456789") == prefix),
                          key=lambda n: int(n[len(prefix):]))
            if mine:
                pages = sorted(set().union(*(supported[(bron_id, n)] for n in mine)))
                docs.append(GetoetstDocument(bronnen[bron_id].title, tuple(mine), tuple(pages)))
        out[name] = sorted(docs, key=lambda d: d.title.casefold())
    return out
