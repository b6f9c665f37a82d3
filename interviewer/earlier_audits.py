"""Leer van eerdere audits: the toetser of this laptop may point the tagger at audit files of their
own earlier audits, so that the notes they confirmed there help suggest norms here.

Opt-in and local only: the list of files lives in this OS account's config folder
(locations.earlier_audits_file, 0600), holds only paths, and can be shown and cleared. The files are
opened read-only (AuditStore.open(path, read_only=True)), only the files on the list, and only their
confirmed tags are read. Audits are confidential per organisation: the tagger keeps these notes
apart (an example field of their own, beside the nearest-neighbour lift) and a suggestion they lift
says only "eerdere audits" (tagging.REASON_OTHER_AUDITS), never their words. Nothing is copied into
the current audit file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from interviewer.domain.tagging import LearnedExample


def chosen_files() -> list[Path]:
    """The earlier audit files the toetser chose, in the order they were added."""
    from interviewer.locations import earlier_audits_file

    try:
        raw = json.loads(earlier_audits_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [Path(p) for p in raw if isinstance(p, str)] if isinstance(raw, list) else []


def _save(paths: list[Path]) -> None:
    from interviewer.locations import earlier_audits_file, write_private

    write_private(earlier_audits_file(), json.dumps([str(p) for p in paths], indent=1))


def add_file(path: Path) -> Path:
    """Add an audit file to the list after checking that it opens (read-only); StoreError otherwise."""
    from sessions.store import AuditStore

    resolved = Path(path).expanduser().resolve()
    with AuditStore.open(resolved, read_only=True):
        pass
    paths = [p for p in chosen_files() if p != resolved]
    _save([*paths, resolved])
    return resolved


def remove_file(path: Path) -> bool:
    """Take one file off the list; False when it was not on it."""
    resolved = Path(path).expanduser().resolve()
    paths = chosen_files()
    if resolved not in paths:
        return False
    _save([p for p in paths if p != resolved])
    return True


def clear() -> None:
    """Forget every earlier audit: the tagger learns from this audit only again."""
    from interviewer.locations import earlier_audits_file

    earlier_audits_file().unlink(missing_ok=True)


@dataclass
class EarlierExamples:
    """The confirmed notes of the chosen earlier audits, and the files that could not be read."""

    examples: list[LearnedExample] = field(default_factory=list)
    used: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # Dutch, one per file that was skipped


def load_examples(paths: list[Path] | None = None, *, current_audit_id: str = "") -> EarlierExamples:
    """Confirmed notes of the chosen files (default: the profile's list), marked as from elsewhere.

    The current audit is skipped if it is on the list (its own notes are learned the usual way);
    a file that is gone or unreadable is skipped with a message, never a reason to fail.
    """
    from sessions.errors import StoreError
    from sessions.store import AuditStore

    from interviewer.domain.tagging import learned_from_audit

    out = EarlierExamples()
    for path in chosen_files() if paths is None else paths:
        try:
            with AuditStore.open(path, read_only=True) as store:
                audit = store.load_all()
        except StoreError as exc:
            out.problems.append(f"{path.name}: {exc}")
            continue
        if current_audit_id and audit.toetsing.id == current_audit_id:
            continue
        out.used.append(path)
        out.examples.extend(
            LearnedExample(e.text, e.norm_id, True, elsewhere=True) for e in learned_from_audit(audit) if e.confirmed
        )
    return out
