"""The toetsing (with its Kerngegevens) and its toetsers; coverage overrides; the record of exports."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from .. import validate
from ..core import StoreCore
from ..errors import Corrupt, ValidationError
from ..files import corrupt_message
from ..models import EXPORT_KINDS, ExportRecord, Override, Toetser, Toetsing
from ..rows import derived_id, field_kinds, from_row, to_row


class AuditTables(StoreCore):
    """The toetsing (one row, merged per field), toetsers, overrides and exports."""

    # ------------------------------------------------------------ toetsing and toetsers

    def _insert_initial(self, toetsing: Toetsing, toetsers: Iterable[Toetser]) -> None:
        """The toetsing keeps given timestamps (merge output copies them); otherwise stamped now."""
        now = self._now()
        t = validate.toetsing(toetsing)
        t = replace(
            t,
            id=t.id or str(uuid.uuid4()),
            created=t.created or now,
            updated=t.updated or now,
            author=t.author or self.author,
        )
        with self._write():
            self._insert("toetsing", to_row(t))
            for person in toetsers:
                person = validate.toetser(person)
                person = replace(
                    person,
                    id=person.id or str(uuid.uuid4()),
                    created=person.created or now,
                    updated=person.updated or now,
                    author=person.author or self.author,
                )
                self._insert("toetsers", to_row(person))

    def toetsing(self) -> Toetsing:
        rows = self._query('SELECT * FROM toetsing ORDER BY updated DESC, id LIMIT 1')
        if not rows:
            raise Corrupt(corrupt_message("geen toetsing", self.path))
        return from_row(Toetsing, rows[0])

    def update_toetsing(self, **changes: Any) -> Toetsing:
        allowed = {name for name, _ in field_kinds(Toetsing)} - {"id", "created", "updated", "author"}
        unknown = sorted(set(changes) - allowed)
        if unknown:
            raise ValidationError(f"Onbekend veld van de toetsing: {', '.join(unknown)}.")
        with self._write():
            old = self.toetsing()
            new = validate.toetsing(replace(old, **changes))
            return self._save(old, _touched=changes, **{k: getattr(new, k) for k in changes})

    def add_toetser(self, name: str, role: str, organisation: str = "") -> Toetser:
        person = validate.toetser(Toetser(id="", name=name, role=role, organisation=organisation))
        return self._add(person)

    def toetsers(self) -> list[Toetser]:
        return self._list(Toetser)

    # ------------------------------------------------------------ coverage overrides and exports

    def set_override(self, norm_id: str, reason: str) -> Override:
        """Record why this norm gets an oordeel below the coverage rule (one row per norm)."""
        norm_id = validate.normalise_norm_id(norm_id)
        reason = validate.clean_text(reason, "De reden")
        with self._write():
            rows = self._query("SELECT * FROM overrides WHERE norm_id = ?", [norm_id])
            if rows:
                old = from_row(Override, rows[0])
                return self._save(old, reason=reason, active=True)
            return self._add(Override(id=derived_id("override", norm_id), norm_id=norm_id, reason=reason))

    def withdraw_override(self, norm_id: str) -> None:
        norm_id = validate.normalise_norm_id(norm_id)
        with self._write():
            rows = self._query("SELECT * FROM overrides WHERE norm_id = ? AND active = 1", [norm_id])
            if rows:
                self._save(from_row(Override, rows[0]), active=False)

    def overrides(self) -> list[Override]:
        return self._list(Override, "active = 1")

    def record_export(self, kind: str, version: int, date_iso: str, sha256: str, filename: str = "") -> ExportRecord:
        """The one write an export makes: that a concept or definitief report went out."""
        clean = validate.clean_text
        kind = validate.choice(kind, EXPORT_KINDS[1:], "soort rapport")
        record = ExportRecord(
            id="", kind=kind, version=int(version), date=clean(date_iso, "De datum"),
            sha256=clean(sha256, "De SHA-256"), filename=clean(filename, "De bestandsnaam", required=False),
        )
        return self._add(record)

    def exports(self) -> list[ExportRecord]:
        return self._list(ExportRecord)
