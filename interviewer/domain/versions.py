"""Which version of a bevinding counts: the one rule, used by the report, the F4 screen, the
agreement statistics and the pre-export checklist.

After a merge a norm may have several versions: one (or more, over time) per toetser, and the
team's settled version (author TEAM_AUTHOR or status "final"). The rule:

1. A settled version exists: the latest settled version counts.
2. Otherwise the toetsers' versions are compared, one per author (each author's latest by
   `updated`, then `version`, then `id`). A machine concept nobody accepted or edited, and without
   an oordeel, is not a toetser's version: the toetser never said anything with it. (An oordeel is
   always a toetser's: the drafting service never sets one. A machine text with a toetser's oordeel
   is their judgement, but its text still awaits acceptance: `Counted.machine`, a checklist blocker.)
   - Their rated oordelen (anything but "niet beoordeeld") agree: the latest of them counts.
   - They disagree: the norm is **in geschil**. No version counts; the report says so and the
     checklist blocks a concept or definitief report until the team settles it.
   - None rated: the latest toetser's version counts (it has text but no oordeel).
3. Only machine concepts: the latest counts as a machine concept (the checklist blocks it).

"Own version" of an author = that author's latest, machine concept or not (it is what they edit).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sessions.models import Bevinding

TEAM_AUTHOR = "team"  # sessions.store.TEAM_AUTHOR; repeated to keep domain imports free of the store
NOT_RATED = "niet beoordeeld"
IN_GESCHIL = "in geschil"

SETTLED = "settled"
AGREED = "agreed"  # one or more toetsers' versions, their oordelen agree
DISPUTED = "in_geschil"
MACHINE = "machine"  # only machine concepts nobody accepted or edited
NONE = "none"


def _key(b: Bevinding) -> tuple[str, int, str]:
    return (b.updated, b.version, b.id)


def latest(versions: Iterable[Bevinding]) -> Bevinding | None:
    return max(versions, key=_key, default=None)


def is_settled(b: Bevinding) -> bool:
    """The team's version: written by the team after consensus, or marked final."""
    return b.author == TEAM_AUTHOR or b.status == "final"


def is_machine_concept(b: Bevinding) -> bool:
    """A drafted text nobody accepted or edited by hand (the drafting service writes edited=False)."""
    return not is_settled(b) and not b.edited and not getattr(b, "accepted", False) and bool(b.text.strip())


def latest_per_author(versions: Iterable[Bevinding]) -> dict[str, Bevinding]:
    """Each author's most recent version (by `updated`, then `version`, then `id`)."""
    out: dict[str, Bevinding] = {}
    for v in versions:
        cur = out.get(v.author)
        if cur is None or _key(v) > _key(cur):
            out[v.author] = v
    return out


def own_version(versions: Iterable[Bevinding], author: str) -> Bevinding | None:
    """What this author edits: their latest version, whatever its state."""
    return latest(v for v in versions if v.author == author)


def toetser_versions(versions: Iterable[Bevinding]) -> dict[str, Bevinding]:
    """Per toetser their latest version, when it is theirs (not settled; not an untouched machine
    concept without an oordeel)."""
    per_author = latest_per_author(v for v in versions if not is_settled(v))
    return {a: v for a, v in per_author.items() if not (is_machine_concept(v) and v.oordeel == NOT_RATED)}


def rater_versions(bevindingen: Iterable[Bevinding]) -> list[Bevinding]:
    """The versions that count as a toetser's judgement, for the agreement statistics."""
    by_norm: dict[str, list[Bevinding]] = {}
    for b in bevindingen:
        by_norm.setdefault(b.norm_id, []).append(b)
    return [v for vs in by_norm.values() for v in toetser_versions(vs).values()]


@dataclass(frozen=True)
class Counted:
    """The outcome of the rule for one norm."""

    norm_id: str
    state: str  # SETTLED | AGREED | DISPUTED | MACHINE | NONE
    bevinding: Bevinding | None  # the version that counts; None when in geschil or none
    versions: tuple[Bevinding, ...] = ()  # the toetsers' versions compared (per author), oldest author first

    @property
    def oordeel(self) -> str:
        if self.state == DISPUTED:
            return IN_GESCHIL
        return self.bevinding.oordeel if self.bevinding else NOT_RATED

    @property
    def disputed(self) -> bool:
        return self.state == DISPUTED

    @property
    def machine(self) -> bool:
        """The version that counts has a drafted text nobody accepted or edited."""
        return self.bevinding is not None and is_machine_concept(self.bevinding)


def counted(norm_id: str, versions: Iterable[Bevinding]) -> Counted:
    """Apply the rule (see module docstring) to the versions of one norm."""
    versions = [v for v in versions if v.norm_id == norm_id]
    settled = latest(v for v in versions if is_settled(v))
    toetsers = toetser_versions(versions)
    compared = tuple(sorted(toetsers.values(), key=lambda v: (v.author, v.id)))
    if settled is not None:
        return Counted(norm_id, SETTLED, settled, compared)
    rated = [v for v in compared if v.oordeel != NOT_RATED]
    if len({v.oordeel for v in rated}) > 1:
        return Counted(norm_id, DISPUTED, None, compared)
    if rated:
        return Counted(norm_id, AGREED, latest(rated), compared)
    if compared:
        return Counted(norm_id, AGREED, latest(compared), compared)
    machine = latest(v for v in versions if is_machine_concept(v))
    if machine is not None:
        return Counted(norm_id, MACHINE, machine, ())
    return Counted(norm_id, NONE, None, ())


def counted_by_norm(bevindingen: Iterable[Bevinding]) -> dict[str, Counted]:
    """`counted` for every norm that has a version."""
    by_norm: dict[str, list[Bevinding]] = {}
    for b in bevindingen:
        by_norm.setdefault(b.norm_id, []).append(b)
    return {nid: counted(nid, vs) for nid, vs in by_norm.items()}


def settled_by_norm(bevindingen: Iterable[Bevinding]) -> dict[str, Bevinding]:
    """The latest settled version per norm."""
    out: dict[str, Bevinding] = {}
    for b in bevindingen:
        if is_settled(b) and (b.norm_id not in out or _key(b) > _key(out[b.norm_id])):
            out[b.norm_id] = b
    return out


def disputes(bevindingen: Iterable[Bevinding]) -> list[Counted]:
    """Norms in geschil, in the order the versions came."""
    return [c for c in counted_by_norm(bevindingen).values() if c.disputed]
