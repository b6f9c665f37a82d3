"""The toetsers' verdicts on words the name check found: a person's name or not (schema step 4)."""

from __future__ import annotations

from ..core import StoreCore
from ..models import NameReview, review_verdicts
from ..rows import derived_id, from_row
from ..validate import clean_text as _clean


class NameReviewTables(StoreCore):
    """Name verdicts per folded word; they merge as a set."""

    # ------------------------------------------------------------ name review (schema step 4)

    def set_name_review(self, word: str, key: str, is_name: bool) -> None:
        """Record that `word` (compared as `key`, folded by the name check) is or is not a person's
        name; the other verdict for the same key is withdrawn. Rows merge as a set (see schema)."""
        word = _clean(word, "Het woord", max_chars=200)
        key = _clean(key, "De sleutel van het woord", max_chars=200)
        verdict = "naam" if is_name else "geen_naam"
        with self._write():
            for v in ("naam", "geen_naam"):
                row_id = derived_id("name_review", key, v)
                rows = self._query("SELECT * FROM name_reviews WHERE id = ?", [row_id])
                live = v == verdict
                if rows:
                    if bool(rows[0]["deleted"]) == (not live) and rows[0]["word"] == word:
                        continue
                    old = from_row(NameReview, rows[0])
                    self._save(old, deleted=not live, word=word)
                elif live:
                    self._add(NameReview(id=row_id, key=key, word=word, verdict=v))

    def name_reviews(self) -> dict[str, bool]:
        """Folded word -> True (a name) / False (no name), by the merge rule of schema step 4."""
        return review_verdicts(self._list(NameReview))
