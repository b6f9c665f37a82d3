"""What the toetser prepares and asks: own questions, asked questions, preparation notes, and the
autosaved drafts of what is being typed."""

from __future__ import annotations

import uuid

from .. import validate
from ..core import StoreCore
from ..models import AskedQuestion, CustomQuestion, Draft, PreparationNote
from ..rows import derived_id, from_row
from ..validate import clean_text as _clean
from ..validate import normalise_norm_id


class QuestionTables(StoreCore):
    """Own and asked questions, preparation notes, drafts (drafts are local: never merged)."""

    # ------------------------------------------------------------ questions

    def add_custom_question(self, norm_id: str, text: str, functie_category: str = "") -> CustomQuestion:
        question = CustomQuestion(
            id="",
            norm_id=normalise_norm_id(norm_id),
            text=_clean(text, "De vraag"),
            functie_category=_clean(functie_category, "De functiecategorie", required=False),
        )
        return self._add(question)

    def custom_questions(self) -> list[CustomQuestion]:
        return self._list(CustomQuestion)

    def mark_asked(self, bron_id: str, norm_id: str, question_key: str) -> AskedQuestion:
        norm_id = normalise_norm_id(norm_id)
        key = _clean(question_key, "De vraagsleutel")
        with self._write():
            self.bron(bron_id)
            rows = self._query("SELECT * FROM asked_questions WHERE bron_id = ? AND question_key = ?", [bron_id, key])
            if rows:
                old = from_row(AskedQuestion, rows[0])
                if not rows[0]["deleted"] and old.norm_id == norm_id:
                    return old
                asked = self._save(old, norm_id=norm_id)
                self._update("asked_questions", old.id, {"deleted": 0})
                return asked
            return self._add(
                AskedQuestion(id=derived_id("asked", bron_id, key), bron_id=bron_id, norm_id=norm_id, question_key=key)
            )

    def unmark_asked(self, bron_id: str, question_key: str) -> None:
        validate.row_id(bron_id, "bron")
        validate.row_id(question_key, "vraagsleutel")
        with self._write():
            rows = self._query(
                "SELECT * FROM asked_questions WHERE bron_id = ? AND question_key = ? AND deleted = 0",
                [bron_id, question_key],
            )
            if rows:
                old = from_row(AskedQuestion, rows[0])
                self._update(
                    "asked_questions",
                    old.id,
                    {"deleted": 1, "updated": self._now(after=old.updated), "author": self.author},
                )

    def asked(self, bron_id: str | None = None) -> list[AskedQuestion]:
        if bron_id is None:
            return self._list(AskedQuestion, "deleted = 0")
        return self._list(AskedQuestion, "deleted = 0 AND bron_id = ?", [bron_id])

    # ------------------------------------------------------------ preparation

    def set_preparation(self, norm_id: str, text: str) -> PreparationNote:
        """This author's preparation note for the norm (one per author, so merges keep everyone's)."""
        norm_id = normalise_norm_id(norm_id)
        text = _clean(text, "De voorbereiding", required=False)
        with self._write():
            rows = self._query(
                "SELECT * FROM preparation WHERE norm_id = ? AND author = ? ORDER BY updated DESC, id DESC LIMIT 1",
                [norm_id, self.author],
            )
            if rows:
                return self._save(from_row(PreparationNote, rows[0]), text=text)
            return self._add(PreparationNote(id="", norm_id=norm_id, text=text))

    def preparation(self) -> list[PreparationNote]:
        return self._list(PreparationNote)

    # ------------------------------------------------------------ drafts

    def save_draft(self, slot: str, text: str) -> None:
        """Autosave of a line being typed. Never refuses text (NUL is dropped); empty text clears the draft."""
        slot = validate.row_id(slot, "conceptplek")
        text = validate.draft_text(text)
        if not text.strip():
            self.clear_draft(slot)
            return
        now = self._now()
        with self._write():
            self._db.execute(
                "INSERT INTO drafts (slot, text, id, created, updated, author) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(slot) DO UPDATE SET text = excluded.text, updated = excluded.updated, "
                "author = excluded.author",
                [slot, text, str(uuid.uuid4()), now, now, self.author],
            )

    def draft(self, slot: str) -> Draft | None:
        validate.row_id(slot, "conceptplek")
        rows = self._query("SELECT slot, text, updated FROM drafts WHERE slot = ?", [slot])
        return Draft(**rows[0]) if rows else None

    def drafts(self) -> list[Draft]:
        return [Draft(**r) for r in self._query("SELECT slot, text, updated FROM drafts ORDER BY updated, slot")]

    def clear_draft(self, slot: str) -> None:
        validate.row_id(slot, "conceptplek")
        with self._write():
            self._db.execute("DELETE FROM drafts WHERE slot = ?", [slot])
