"""Capture and bronnen: the use cases the gesprek screen calls instead of the store.

An `AuditSession` holds what one open audit needs for capturing: the store, the bank, the author
and the tagger (with the lock its `learn` and `rank` share between the UI thread and workers).
Every write returns a `Change`: the notes written, their tags, the bron added, and the norms
whose evidence may have changed. `LiveAudit` is what a screen read once (the audit, its coverage,
the aspects not heard yet); `LiveAudit.apply(change)` folds a change into it and says what a screen
must redraw (`Refresh`), so a capture costs a few norms' worth of work, not a reread of the audit.

No CLI command captures today (`interviewer tag` only ranks); one that does calls these functions.
Plain Python: no Textual.
"""

from __future__ import annotations

import dataclasses
import threading
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from questionbank.models import QuestionBank
from sessions.models import Aantekening, AuditData, Bron, Tag

from interviewer.domain import coverage as coverage_module
from interviewer.domain.coverage import CoverageReport, NormCoverage
from interviewer.domain.evidence import CONFIRMED, norm_key

Ranking = list[tuple[str, float]]

BULLET = ("- ", "* ", "• ", "– ")
"""A pasted list's bullets: dropped when its lines are saved as separate notes."""


@dataclass(frozen=True)
class Change:
    """What one write changed. `norms`: norms whose confirmed evidence may differ now."""

    notes: tuple[Aantekening, ...] = ()
    tags: tuple[Tag, ...] = ()
    bron: Bron | None = None
    norms: tuple[str, ...] = ()
    lessons: tuple[tuple[str, str, bool], ...] = ()  # (text, norm id, confirmed) for the tagger: AuditSession.learn_from
    @property
    def retagged(self) -> set[str]:
        """Ids of notes written before whose tags changed (set_norm)."""
        new = {n.id for n in self.notes}
        return {t.aantekening_id for t in self.tags if t.aantekening_id not in new}

    @property
    def learned(self) -> bool:
        """Every decision this change wrote (a confirmed or rejected tag) is in `lessons`: a
        tagger taught them (AuditSession.learn_from) knows the audit as a rebuild would."""
        taught = {(norm_key(n), confirmed) for _, n, confirmed in self.lessons}
        return all((norm_key(t.norm_id), t.state == CONFIRMED) in taught for t in self.tags if t.state != "suggested")

    def tags_of(self, aantekening_id: str) -> tuple[tuple[str, str], ...]:
        """(norm id, state) of one written note, as the timeline shows them."""
        return tuple((t.norm_id, t.state) for t in self.tags if t.aantekening_id == aantekening_id)


@dataclass(frozen=True)
class Refresh:
    """What a screen must redraw after `LiveAudit.apply`: the norms whose coverage changed (with
    their new coverage) and whether the question list of the interview may be different."""

    coverage: dict[str, NormCoverage] = field(default_factory=dict)
    questions: bool = False


def note_lines(text: str) -> list[str]:
    """The non-blank lines of a pasted text, each without a list bullet: one note per line."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        for bullet in BULLET:
            if line.startswith(bullet):
                line = line[len(bullet):].strip()
                break
        if line:
            out.append(line)
    return out


def tag_specs(chosen: Sequence[str], ranking: Ranking) -> list[tuple[str, float, str, str]]:
    """The chosen norms confirmed (auto when the tagger suggested them, else manual), the rest of
    the ranking kept as suggestions: what a capture stores."""
    scores = dict(ranking)
    tags = [(n, scores.get(n, 0.0), "confirmed", "auto" if n in scores else "manual") for n in chosen]
    return tags + [(n, score, "suggested", "auto") for n, score in ranking if n not in chosen]


class AuditSession:
    """The store, bank, author and tagger of one open audit. `for_store` gives the one session of
    a store, so a screen opened again finds the tagger already built."""

    _sessions: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def __init__(self, store, bank: QuestionBank) -> None:  # noqa: ANN001 - sessions.store.AuditStore
        self.store = store
        self.bank = bank
        self.tagger = None  # domain.tagging.Tagger, built by build_tagger (in a worker)
        self.lock = threading.Lock()  # the tagger's: learn (UI thread) and rank (workers) never overlap
        # A write it was not taught (another screen's, a merge, a note edited) may change what the
        # tagger learned from: build it again when the gesprek screen opens next, not on every visit
        # (at 5 000 notes a build is 1.5 s of a worker competing with the UI).
        self.tagger_stale = False
        self._taught_during_build: list | None = None  # lessons taught while build_tagger runs

    @classmethod
    def changed_elsewhere(cls, store) -> None:  # noqa: ANN001 - sessions.store.AuditStore
        """The audit changed in a way the session's tagger was not taught."""
        session = cls._sessions.get(store)
        if session is not None:
            session.tagger_stale = True

    @property
    def needs_tagger(self) -> bool:
        return self.tagger is None or self.tagger_stale

    @classmethod
    def for_store(cls, store, bank: QuestionBank) -> AuditSession:  # noqa: ANN001
        session = cls._sessions.get(store)
        if session is None or session.bank is not bank:
            session = cls._sessions[store] = cls(store, bank)
        return session

    @property
    def author(self) -> str:
        return self.store.author

    # --- the tagger --------------------------------------------------------------------------
    def build_tagger(self):  # noqa: ANN201 - Tagger
        """Build the tagger from the audit as stored now (and, opt-in, earlier audits); slow: call
        it in a worker. What it is taught meanwhile (a capture during the build, which the read may
        have missed) is taught to the new tagger too; it replaces the old one only when complete.
        Every write it was not taught from now on makes it stale (`changed_elsewhere`)."""
        from questionbank.loader import load_vocabulary

        from interviewer.domain.tagging import Tagger
        from interviewer.earlier_audits import load_examples

        with self.lock:
            self.tagger_stale = False
            self._taught_during_build = []
        audit = self.store.load_all()
        earlier = load_examples(current_audit_id=audit.toetsing.id).examples  # opt-in: [] unless chosen
        tagger = Tagger.for_audit(self.bank, load_vocabulary(), audit, earlier)
        with self.lock:
            for text, norm_id, confirmed in self._taught_during_build or ():
                tagger.learn(text, norm_id, confirmed)
            self._taught_during_build = None
            self.tagger = tagger
        return tagger

    def rank(self, text: str, top: int, context=None) -> Ranking:  # noqa: ANN001 - TagContext
        if self.tagger is None or not text.strip():
            return []
        with self.lock:
            return self.tagger.rank(text, top=top, context=context)

    def suggest(self, text: str, top: int, context=None) -> list:  # noqa: ANN001
        if self.tagger is None:
            return []
        with self.lock:
            return self.tagger.suggest(text, top, context=context)

    def learn_from(self, change: Change) -> None:
        """Teach the tagger what the toetser decided in `change`. It waits for a ranking in progress
        (the lock), so a screen calls it in a worker, after showing the change."""
        if not change.lessons:
            return
        with self.lock:
            if self._taught_during_build is not None:
                self._taught_during_build.extend(change.lessons)
            for text, norm_id, confirmed in change.lessons if self.tagger is not None else ():
                self.tagger.learn(text, norm_id, confirmed)

    # --- writes ------------------------------------------------------------------------------
    def capture(
        self, bron_id: str, text: str, kind: str, chosen: Sequence[str], ranking: Ranking, *, draft: str | None = None,
    ) -> Change:
        """One note with its tags, committed before this returns; `lessons` say what to learn.
        `draft`: the autosave slot of the line, emptied in the same transaction."""
        tags = tag_specs(chosen, ranking)
        note = self.store.capture(bron_id, text, kind, tags=tags, draft=draft)
        lessons = tuple((note.text, n, True) for n in chosen)
        return Change(notes=(note,), tags=self._tags(note.id), norms=tuple(chosen), lessons=lessons)

    def capture_lines(
        self, bron_id: str, lines: Sequence[str], kind: str, chosen: Sequence[str], rank: Callable[[str], Ranking],
        *, draft: str | None = None,
    ) -> Change:
        """Several notes (a pasted list, one per line), each with its own suggestions and the
        chosen norms; all in one transaction (the draft emptied in it too), so either every line is
        saved or none."""
        store = self.store
        written: list[tuple[Aantekening, list]] = []
        with store._write():  # noqa: SLF001 - the store's own transaction: all lines or none
            for index, line in enumerate(lines):
                tags = tag_specs(chosen, rank(line))
                written.append((store.capture(bron_id, line, kind, tags=tags, draft=draft if index == 0 else None), tags))
        return Change(
            notes=tuple(n for n, _ in written),
            tags=tuple(t for n, _ in written for t in self._tags(n.id)),
            norms=tuple(chosen),
            lessons=tuple((n.text, c, True) for n, _ in written for c in chosen),
        )

    def set_norm(self, note: Aantekening | str, text: str, norm_id: str, confirmed: bool) -> Change:
        """Confirm a norm for a note, or take it off (rejected, so it is not suggested again)."""
        note_id = note if isinstance(note, str) else note.id
        tag = self.store.set_tag(note_id, norm_id, CONFIRMED if confirmed else "rejected", origin="manual")
        return Change(tags=(tag,), norms=(tag.norm_id,), lessons=((text, tag.norm_id, confirmed),))

    def add_bron(
        self, kind: str, title: str, document_kind: str, note: str, norms: Sequence[tuple[str, float]],
        recorded: dict | None = None,
    ) -> Change:
        """A document inspection or an observation, with a note confirming `norms` ("Ingezien: …"
        when no note was typed). `recorded` remembers the bron written by an earlier try whose note
        the store refused, so a retry adds the note to it instead of recording the bron twice."""
        recorded = {} if recorded is None else recorded
        key = (kind, title, document_kind)
        bron = recorded.get(key)
        if bron is None:
            bron = self.store.add_document(title, document_kind) if kind == "document" else self.store.add_observation(title)
            recorded[key] = bron
        text = note or (f"Ingezien: {title}" if norms else "")
        if not text:
            return Change(bron=bron)
        tags = [(n, score, CONFIRMED, "auto" if score else "manual") for n, score in norms]
        written = self.store.capture(bron.id, text, "observatie", tags=tags)
        return Change(notes=(written,), tags=self._tags(written.id), bron=bron, norms=tuple(n for n, _ in norms))

    def _tags(self, note_id: str) -> tuple[Tag, ...]:
        """The tag rows of a note just written, as stored (one indexed read; capture returns the note only)."""
        return tuple(self.store.tags(aantekening_id=note_id))


@dataclass
class LiveAudit:
    """The audit as a screen last read it, kept current by the changes its own writes return.

    Indexes by note and by norm let `apply` hand the domain rules (coverage, aspects) just the
    evidence of the norms a change touched, so its cost follows those norms, not the audit's size.
    """

    bank: QuestionBank
    audit: AuditData
    report: CoverageReport
    missing: dict  # norm id -> aspects not heard yet (domain.suggest.missing_aspects)
    _notes: dict = field(default_factory=dict, repr=False)  # note id -> Aantekening
    _by_norm: dict = field(default_factory=dict, repr=False)  # norm key -> its tags

    def __post_init__(self) -> None:
        self._notes = {a.id: a for a in self.audit.aantekeningen}
        for tag in self.audit.tags:
            self._by_norm.setdefault(norm_key(tag.norm_id), []).append(tag)

    @classmethod
    def read(cls, store, bank: QuestionBank) -> LiveAudit:  # noqa: ANN001 - AuditStore
        """Everything from the store (slow at thousands of notes: in a worker)."""
        from interviewer.domain.suggest import missing_aspects

        audit = store.load_all()
        return cls(bank, audit, coverage_module.coverage(bank, audit), missing_aspects(bank, audit))

    def _view(self, norms: set[str]) -> AuditData:
        """The audit with only the tags of `norms` and their notes: what their rules read."""
        tags = [t for n in norms for t in self._by_norm.get(n, ())]
        notes = [self._notes[i] for i in dict.fromkeys(t.aantekening_id for t in tags) if i in self._notes]
        return dataclasses.replace(self.audit, tags=tags, aantekeningen=notes)

    def apply(self, change: Change) -> Refresh:
        """Fold `change` into the audit and recompute the coverage and aspects of its norms only."""
        from interviewer.domain.aspects import matches
        from interviewer.domain.suggest import missing_aspects

        audit = self.audit
        if change.bron is not None and all(b.id != change.bron.id for b in audit.bronnen):
            audit.bronnen.append(change.bron)
        for note in change.notes:
            audit.aantekeningen.append(note)
            self._notes[note.id] = note
        written = {(t.aantekening_id, norm_key(t.norm_id)) for t in change.tags}
        if change.retagged:  # set_tag replaced the row of that note and norm
            audit.tags[:] = [t for t in audit.tags if (t.aantekening_id, norm_key(t.norm_id)) not in written]
        for key in {n for _, n in written}:
            self._by_norm[key] = [t for t in self._by_norm.get(key, ()) if (t.aantekening_id, key) not in written]
        for tag in change.tags:
            audit.tags.append(tag)
            self._by_norm.setdefault(norm_key(tag.norm_id), []).append(tag)
        norms = {norm_key(n) for n in change.norms}
        if not norms:
            return Refresh()
        before = {n.norm_id: n for n in self.report.norms if n.norm_id in norms}
        view = self._view(norms)
        self.report = coverage_module.updated(self.bank, view, self.report, norms)
        unconfirmed = any(t.state != CONFIRMED for t in change.tags if norm_key(t.norm_id) in norms)
        if unconfirmed:  # evidence taken away: an aspect may be unheard again
            missing = missing_aspects(self.bank, view, only=norms)
        else:  # evidence added: an aspect is heard when a new note speaks to it
            texts: dict[str, list[str]] = {}
            for t in change.tags:
                if t.state == CONFIRMED and t.aantekening_id in self._notes:
                    texts.setdefault(norm_key(t.norm_id), []).append(self._notes[t.aantekening_id].text)
            missing = {
                n: tuple(a for a in self.missing.get(n, ()) if not any(matches(a, x) for x in texts.get(n, ()))) for n in norms
            }
        aspects_changed = any(self.missing.get(n) != m for n, m in missing.items())
        self.missing = {**self.missing, **missing}
        changed = {n.norm_id: n for n in self.report.norms if n.norm_id in norms and n != before.get(n.norm_id)}
        # The questions depend on coverage (a new bron for a norm is a change of its coverage, so
        # "heard in this interview" is in it too) and on the aspects not heard yet.
        return Refresh(coverage=changed, questions=bool(changed) or aspects_changed)

    def tags_of(self, aantekening_id: str) -> tuple[tuple[str, str], ...]:
        """(norm id, state) of a note's tags, in the order they were written."""
        return tuple((t.norm_id, t.state) for t in self.audit.tags if t.aantekening_id == aantekening_id)

    def questions(self, bron: Bron | None, limit: int):  # noqa: ANN201 - list[domain.suggest.Suggestion]
        """Questions for the interview `bron`, best first (domain.suggest), from what is known."""
        from interviewer.domain.suggest import rank_questions

        if bron is None or bron.kind != "interview":
            return []
        audit = self.audit
        heard = {n.norm_id for n in self.report.norms if bron.id in n.bron_ids}  # confirmed evidence from here
        ranked = rank_questions(
            self.bank, self.report, bron.functie_category,
            asked=[a.question_key for a in audit.asked if a.bron_id == bron.id],
            custom_questions=audit.custom_questions, heard_here=heard, missing_aspects=self.missing,
        )
        # the best `limit`, plus the toetser's own questions further down: they wrote them to ask them
        return ranked[:limit] + [s for s in ranked[limit:] if s.source == "eigen"]
