"""Bronnen (interviews, documents, observations), their aantekeningen and the tags to norms."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .. import validate
from ..core import StoreCore
from ..errors import ValidationError
from ..models import AANTEKENING_KINDS, AANTEKENING_LABELS, BRON_KINDS, TAG_STATES, Aantekening, Bron, Tag
from ..rows import derived_id, from_row
from ..validate import MAX_AANTEKENING_CHARS, normalise_norm_id
from ..validate import choice as _choice
from ..validate import clean_text as _clean


class NotesTables(StoreCore):
    """Bronnen, aantekeningen (tombstoned, never deleted) and tags (one row per note and norm)."""

    # ------------------------------------------------------------ bronnen

    def start_interview(
        self,
        functie: str,
        functie_category: str,
        *,
        persons: int = 1,
        werksoort: str = "",
        toetser_id: str = "",
        title: str = "",
    ) -> Bron:
        functie = _clean(functie, "De functie", required=False)
        category = _clean(functie_category, "De functiecategorie", required=False)
        if not functie and not category:
            raise ValidationError("Geef de functie van de gesprekspartner op.")
        if not isinstance(persons, int) or isinstance(persons, bool) or persons < 1:
            raise ValidationError("Het aantal personen in een gesprek moet 1 of meer zijn.")
        persons = validate.integer(persons, "Het aantal personen in een gesprek", low=1, high=1000)
        toetser_id = validate.row_id(toetser_id, "toetser")
        bron = Bron(
            id="",
            kind="interview",
            title=_clean(title, "De titel", required=False) or functie or category,
            functie=functie,
            functie_category=category,
            werksoort=_clean(werksoort, "De werksoort", required=False),
            persons=persons,
            toetser_id=toetser_id or self.author,
            started=self._now(),
        )
        return self._add(bron)

    def end_interview(self, bron_id: str) -> None:
        with self._write():
            bron = self.bron(bron_id)
            self._save(bron, ended=self._now())

    def reopen_interview(self, bron_id: str) -> Bron:
        """Take back the end of an interview (the toetser asked on: a note was typed after Ctrl+B)."""
        with self._write():
            return self._save(self.bron(bron_id), ended="")

    def add_document(self, title: str, document_kind: str = "", *, toetser_id: str = "") -> Bron:
        bron = Bron(
            id="",
            kind="document",
            title=_clean(title, "De titel van het document"),
            document_kind=_clean(document_kind, "De documentsoort", required=False),
            toetser_id=toetser_id or self.author,
        )
        return self._add(bron)

    def add_observation(self, title: str, *, toetser_id: str = "") -> Bron:
        bron = Bron(
            id="", kind="observatie", title=_clean(title, "De omschrijving van de observatie"),
            toetser_id=toetser_id or self.author,
        )
        return self._add(bron)

    def bronnen(self, kind: str | None = None) -> list[Bron]:
        if kind is None:
            return self._list(Bron)
        return self._list(Bron, "kind = ?", [_choice(kind, BRON_KINDS, "soort bron")])

    def bron(self, bron_id: str) -> Bron:
        return self._get(Bron, bron_id, "bron")

    # ------------------------------------------------------------ aantekeningen and tags

    _tag_spec = staticmethod(validate.tag_spec)

    def capture(
        self, bron_id: str, text: str, kind: str = "citaat", *, tags: Iterable[Any] = (), draft: str | None = None,
    ) -> Aantekening:
        """Store a note with its tags in one transaction; committed to disk before this returns.

        `draft`: the autosave slot of the line the note was typed in, emptied in the same
        transaction, so a crash can never leave saved text in the line to be saved a second time.
        """
        text = _clean(text, "Het citaat", max_chars=MAX_AANTEKENING_CHARS)
        if draft is not None:
            draft = validate.row_id(draft, "conceptplek")
        kind = _choice(kind, AANTEKENING_KINDS, "soort aantekening", AANTEKENING_LABELS)
        if tags is None or isinstance(tags, (str, bytes)) or not isinstance(tags, Iterable):
            raise ValidationError("De tags zijn een lijst van (norm, score, status, herkomst).")
        specs = [self._tag_spec(s) for s in tags]
        with self._write():
            self.bron(bron_id)
            note = self._add(Aantekening(id="", bron_id=bron_id, text=text, kind=kind, toetser_id=self.author))
            for norm_id, score, state, origin in specs:
                self._upsert_tag(note.id, norm_id, state, origin, score)
            if draft is not None:
                self._db.execute("DELETE FROM drafts WHERE slot = ?", [draft])
        return note

    def update_aantekening(self, aantekening_id: str, *, text: str | None = None, kind: str | None = None) -> Aantekening:
        changes: dict[str, Any] = {}
        if text is not None:
            changes["text"] = _clean(text, "Het citaat", max_chars=MAX_AANTEKENING_CHARS)
        if kind is not None:
            changes["kind"] = _choice(kind, AANTEKENING_KINDS, "soort aantekening", AANTEKENING_LABELS)
        with self._write():
            note = self._get(Aantekening, aantekening_id, "aantekening")
            return self._save(note, **changes) if changes else note

    def delete_aantekening(self, aantekening_id: str) -> None:
        """Tombstone (deleted = 1), so a merge with an older copy does not bring it back."""
        with self._write():
            note = self._get(Aantekening, aantekening_id, "aantekening")
            self._update(
                "aantekeningen", note.id, {"deleted": 1, "updated": self._now(after=note.updated), "author": self.author}
            )

    def aantekeningen(self, bron_id: str | None = None) -> list[Aantekening]:
        if bron_id is None:
            return self._list(Aantekening, "deleted = 0")
        return self._list(Aantekening, "deleted = 0 AND bron_id = ?", [bron_id])

    def _upsert_tag(self, aantekening_id: str, norm_id: str, state: str, origin: str, score: float) -> Tag:
        rows = self._query("SELECT * FROM tags WHERE aantekening_id = ? AND norm_id = ?", [aantekening_id, norm_id])
        if rows:
            return self._save(from_row(Tag, rows[0]), state=state, origin=origin, score=score)
        return self._add(
            Tag(
                id=derived_id("tag", aantekening_id, norm_id),
                aantekening_id=aantekening_id,
                norm_id=norm_id,
                origin=origin,
                score=score,
                state=state,
            )
        )

    def set_tag(
        self, aantekening_id: str, norm_id: str, state: str = "confirmed", *, origin: str = "manual", score: float = 0.0
    ) -> Tag:
        norm_id, score, state, origin = self._tag_spec((norm_id, score, state, origin))
        validate.row_id(aantekening_id, "aantekening")
        with self._write():
            self._get(Aantekening, aantekening_id, "aantekening")
            return self._upsert_tag(aantekening_id, norm_id, state, origin, score)

    def tags(self, aantekening_id: str | None = None, norm_id: str | None = None, state: str | None = None) -> list[Tag]:
        """Tags of live aantekeningen (a deleted note's tags no longer count as evidence)."""
        where = ["a.deleted = 0"]
        params: list[Any] = []
        if aantekening_id is not None:
            where.append("t.aantekening_id = ?")
            params.append(aantekening_id)
        if norm_id is not None:
            where.append("t.norm_id = ?")
            params.append(normalise_norm_id(norm_id))
        if state is not None:
            where.append("t.state = ?")
            params.append(_choice(state, TAG_STATES, "tagstatus"))
        sql = (
            "SELECT t.* FROM tags t JOIN aantekeningen a ON a.id = t.aantekening_id WHERE "
            + " AND ".join(where)
            + " ORDER BY t.created, t.id"
        )
        return [from_row(Tag, r) for r in self._query(sql, params)]

    def evidence_counts(self) -> dict[str, dict[str, int]]:
        """Per norm, per bron kind: distinct bronnen with a confirmed tag on a live aantekening."""
        rows = self._query(
            "SELECT t.norm_id AS norm_id, b.kind AS kind, COUNT(DISTINCT b.id) AS n "
            "FROM tags t JOIN aantekeningen a ON a.id = t.aantekening_id JOIN bronnen b ON b.id = a.bron_id "
            "WHERE t.state = 'confirmed' AND a.deleted = 0 GROUP BY t.norm_id, b.kind"
        )
        out: dict[str, dict[str, int]] = {}
        for r in rows:
            out.setdefault(r["norm_id"], {})[r["kind"]] = r["n"]
        return out
