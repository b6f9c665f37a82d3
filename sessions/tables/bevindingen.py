"""Per norm: n.v.t. markings and the bevindingen (one version per author, and the team's)."""

from __future__ import annotations

from typing import Any

from ..core import StoreCore
from ..models import BEVINDING_STATUSES, OORDELEN, Bevinding, NvtMarking
from ..rows import derived_id, from_row
from ..validate import choice as _choice
from ..validate import clean_text as _clean
from ..validate import normalise_norm_id

# Author of the version a team settles on in the consensus discussion: not a toetser, so no toetser's
# own version is overwritten by settling.
TEAM_AUTHOR = "team"


class BevindingTables(StoreCore):
    """n.v.t. markings per norm and the bevindingen, one version per author per norm."""

    # ------------------------------------------------------------ n.v.t.

    def mark_nvt(self, norm_id: str, reason: str) -> NvtMarking:
        norm_id = normalise_norm_id(norm_id)
        reason = _clean(reason, "De reden waarom de norm niet van toepassing is")
        with self._write():
            rows = self._query("SELECT * FROM nvt WHERE norm_id = ?", [norm_id])
            if rows:
                return self._save(from_row(NvtMarking, rows[0]), reason=reason, active=True)
            return self._add(NvtMarking(id=derived_id("nvt", norm_id), norm_id=norm_id, reason=reason))

    def unmark_nvt(self, norm_id: str) -> None:
        norm_id = normalise_norm_id(norm_id)
        with self._write():
            rows = self._query("SELECT * FROM nvt WHERE norm_id = ? AND active = 1", [norm_id])
            if rows:
                self._save(from_row(NvtMarking, rows[0]), active=False)

    def nvt(self) -> list[NvtMarking]:
        return self._list(NvtMarking, "active = 1")

    # ------------------------------------------------------------ bevindingen

    def save_bevinding(
        self,
        norm_id: str,
        *,
        text: str | None = None,
        oordeel: str | None = None,
        status: str | None = None,
        sterke_punten: str | None = None,
        verbeterpunten: str | None = None,
        edited: bool | None = None,
        accepted: bool | None = None,
        author: str | None = None,
    ) -> Bevinding:
        """Update this author's version for the norm, or create it. `version` counts the saves of that row.

        `author` writes another author's version, in practice TEAM_AUTHOR: the version the team settled
        on. A new one gets an id derived from norm and author, so when two laptops both settle a norm
        their team versions merge as one row (the later settlement wins) instead of standing side by side.
        """
        norm_id = normalise_norm_id(norm_id)
        changes: dict[str, Any] = {}
        if text is not None:
            changes["text"] = _clean(text, "De bevinding", required=False)
        if oordeel is not None:
            changes["oordeel"] = _choice(oordeel, OORDELEN, "oordeel")
        if status is not None:
            changes["status"] = _choice(status, BEVINDING_STATUSES, "status van de bevinding")
        if sterke_punten is not None:
            changes["sterke_punten"] = _clean(sterke_punten, "De sterke punten", required=False)
        if verbeterpunten is not None:
            changes["verbeterpunten"] = _clean(verbeterpunten, "De verbeterpunten", required=False)
        if edited is not None:
            changes["edited"] = bool(edited)
        if accepted is not None:
            changes["accepted"] = bool(accepted)
        who = self.author if author is None else _clean(author, "De auteur van de bevinding")
        with self._write():
            rows = self._query(
                "SELECT * FROM bevindingen WHERE norm_id = ? AND author = ? ORDER BY updated DESC, id DESC LIMIT 1",
                [norm_id, who],
            )
            if rows:
                old = from_row(Bevinding, rows[0])
                return self._save(old, author=who, version=old.version + 1, **changes)
            row_id = derived_id("bevinding", norm_id, who) if author is not None else ""
            return self._add(Bevinding(id=row_id, norm_id=norm_id, **changes), author=who)

    def bevindingen(self, norm_id: str | None = None) -> list[Bevinding]:
        if norm_id is None:
            return self._list(Bevinding)
        return self._list(Bevinding, "norm_id = ?", [normalise_norm_id(norm_id)])
