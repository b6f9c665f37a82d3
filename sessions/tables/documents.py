"""Imported document files: the document row, its passages (each a passage aantekening with
suggested tags) and a zelfevaluatie's preparation notes, all written in one transaction."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..core import StoreCore
from ..errors import ValidationError
from ..models import PASSAGE_KIND, ZELFEVALUATIE_AUTHOR, Aantekening, Bron, Document, Passage, PreparationNote
from ..rows import derived_id, from_row
from ..validate import MAX_AANTEKENING_CHARS, MAX_DOCUMENT_CHARS, normalise_norm_id
from ..validate import clean_text as _clean


class DocumentTables(StoreCore):
    """Imported document files with their passages; one transaction per file."""

    # ------------------------------------------------------------ imported document files

    def import_document(
        self,
        title: str,
        document_kind: str,
        *,
        file_name: str,
        sha256: str,
        format: str,
        pages: int,
        text: str,
        empty_pages: Iterable[int] = (),
        passages: Iterable[tuple[str, int, str, Iterable[Any]]] = (),
        zelfevaluatie: bool = False,
        preparation: Iterable[tuple[str, str]] = (),
    ) -> tuple[Document, bool]:
        """Store a read document file in ONE transaction: its bron, the document row, one passage
        aantekening per `(text, page, heading, tags)` with its suggested tags, and for a
        zelfevaluatie its `(norm_id, text)` preparation notes (author ZELFEVALUATIE_AUTHOR; never
        evidence). Nothing is half-imported: any refusal rolls all of it back.

        Returns (document, created): a file whose SHA-256 is already in the audit is not imported
        again (created False), whoever imported it first.
        """
        sha256 = _clean(sha256, "De SHA-256 van het bestand").lower()
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise ValidationError("De SHA-256 van het bestand is ongeldig.")
        title = _clean(title, "De titel van het document")
        document_kind = _clean(document_kind, "De documentsoort", required=False)
        file_name = _clean(file_name, "De bestandsnaam")
        # Pages are kept apart by form feeds, the one control character a document's text keeps.
        if not isinstance(text, str):
            text = _clean(text, "De tekst van het document")  # refused in Dutch: not text
        pages_text = "\f".join(
            _clean(page, "De tekst van het document", required=False, max_chars=MAX_DOCUMENT_CHARS) for page in text.split("\f")
        )
        _clean(pages_text, "De tekst van het document", max_chars=MAX_DOCUMENT_CHARS)  # not empty, not too long
        text = pages_text
        specs = []
        for position, (ptext, page, heading, tags) in enumerate(passages):
            ptext = _clean(ptext, f"Passage {position + 1}", max_chars=MAX_AANTEKENING_CHARS)
            heading = _clean(heading, "Een kop", required=False, max_chars=MAX_AANTEKENING_CHARS)
            specs.append((ptext, int(page), heading, [self._tag_spec(t) for t in tags]))
        prep = [(normalise_norm_id(n), _clean(t, "De voorbereiding")) for n, t in preparation]
        with self._write():
            rows = self._query("SELECT * FROM documents WHERE sha256 = ?", [sha256])
            if rows:
                return from_row(Document, rows[0]), False
            base = self.toetsing().id
            bron = self._add(
                Bron(
                    id=derived_id("document-bron", base, sha256), kind="document", title=title,
                    document_kind=document_kind, toetser_id=self.author,
                )
            )
            doc = self._add(
                Document(
                    id=derived_id("document", base, sha256), bron_id=bron.id, file_name=file_name,
                    sha256=sha256, format=format, pages=max(1, int(pages)), text=text,
                    empty_pages=sorted(int(p) for p in empty_pages), zelfevaluatie=bool(zelfevaluatie),
                )
            )
            for position, (ptext, page, heading, tags) in enumerate(specs):
                note = self._add(
                    Aantekening(
                        id=derived_id("passage", base, sha256, str(position)), bron_id=bron.id, text=ptext,
                        kind=PASSAGE_KIND, toetser_id=self.author,
                    )
                )
                self._add(Passage(id=note.id, document_id=doc.id, page=page, position=position, heading=heading))
                for norm_id, score, state, origin in tags:
                    self._upsert_tag(note.id, norm_id, state, origin, score)
            for norm_id, ptext in prep:
                self._add(
                    PreparationNote(id=derived_id("zelfevaluatie", base, sha256, norm_id), norm_id=norm_id, text=ptext),
                    author=ZELFEVALUATIE_AUTHOR,
                )
        return doc, True

    def documents(self) -> list[Document]:
        return self._list(Document)

    def passages(self, document_id: str | None = None) -> list[Passage]:
        """Passages of live aantekeningen, in document order."""
        sql = (
            "SELECT p.* FROM passages p JOIN aantekeningen a ON a.id = p.id WHERE a.deleted = 0"
            + (" AND p.document_id = ?" if document_id is not None else "")
            + " ORDER BY p.document_id, p.position"
        )
        return [from_row(Passage, r) for r in self._query(sql, [document_id] if document_id is not None else [])]

    def set_document_kind(self, bron_id: str, document_kind: str) -> Bron:
        """The toetser corrects the kind of a document (the checklist ticks by it)."""
        kind = _clean(document_kind, "De documentsoort", required=False)
        with self._write():
            bron = self.bron(bron_id)
            if bron.kind != "document":
                raise ValidationError("Alleen een document heeft een documentsoort.")
            return self._save(bron, document_kind=kind)
