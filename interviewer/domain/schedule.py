"""The day programme of an audit: per audit day, per toetser or duo, what happens when.

The planner decides which interviews and who holds them on which day; this lays them out in time
the way an audit day runs (planning.toml [schedule]): an opening on the first day, interviews with
time between them to finish the notes, a lunch break, document inspection after the interviews, and
on the last day the toetsers' own consultation and the oral feedback (Bijlage 6, lid 5: "aan het
einde van de laatste toetsingsdag"). Toetsers or duos work in parallel, so their slots share times.
Plain Python; the CLI prints it and writes it as .docx and .ics.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from questionbank.models import ScheduleRules
from questionbank.nl import date_long, weekday

from .planner import InterviewPlan, PlannedInterview


@dataclass(frozen=True)
class Block:
    start: int  # minutes after midnight
    end: int
    kind: str  # opening | interview | pauze | documenten | overleg | terugkoppeling
    title: str  # Dutch, e.g. "Gesprek: Ondernemingsraad (OR)"
    toetsers: tuple[str, ...] = ()  # empty: everyone
    interview: PlannedInterview | None = None

    @property
    def times(self) -> str:
        return f"{clock(self.start)}–{clock(self.end)}"


@dataclass(frozen=True)
class AuditDay:
    number: int  # 1-based
    date: dt.date | None  # None when the audit days are not known yet
    blocks: tuple[Block, ...]

    @property
    def heading(self) -> str:
        return f"Dag {self.number}" + (f" — {weekday(self.date)} {date_long(self.date)}" if self.date else "")


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def working_days(first: dt.date, count: int) -> list[dt.date]:
    """`count` working days from `first` on (a weekend start moves to the Monday)."""
    out, day = [], first
    while len(out) < count:
        if day.weekday() < 5:
            out.append(day)
        day += dt.timedelta(days=1)
    return out


def audit_dates(known: list[str], days: int, start: dt.date | None = None) -> list[dt.date | None]:
    """The dates of `days` audit days: the audit's own dates first, then working days after the last
    one (or from `start`); None where nothing is known."""
    dates = sorted(dt.date.fromisoformat(d) for d in known)
    if start is not None:
        dates = working_days(start, days)
    elif dates and len(dates) < days:
        dates += working_days(dates[-1] + dt.timedelta(days=1), days - len(dates))
    return [dates[i] if i < len(dates) else None for i in range(days)]


def day_schedule(
    plan: InterviewPlan, rules: ScheduleRules, dates: list[dt.date | None] | None = None, *, opening: bool = True
) -> tuple[AuditDay, ...]:
    """The plan's interviews laid out per day (plan.interviews carry their day and toetsers, see
    planner.assign); at least one day, so the feedback always has a place. `opening`: the first day
    starts with the opening (not for a gaps plan, whose audit has begun)."""
    last = max((i.day or 1 for i in plan.interviews), default=1)
    dates = dates if dates is not None else [None] * last
    out = []
    for number in range(1, last + 1):
        todays = [i for i in plan.interviews if (i.day or 1) == number]
        out.append(AuditDay(number, dates[number - 1] if number - 1 < len(dates) else None,
                            tuple(_blocks(todays, rules, first=opening and number == 1, last=number == last))))
    return tuple(out)


def _blocks(interviews: list[PlannedInterview], rules: ScheduleRules, *, first: bool, last: bool) -> list[Block]:
    now = rules.day_start
    blocks: list[Block] = []
    if first:
        blocks.append(Block(now, now + rules.opening_minutes, "opening", "Opening en kennismaking met de bestuurder/directie"))
        now += rules.opening_minutes + rules.between_minutes
    lanes: dict[tuple[str, ...], list[PlannedInterview]] = {}
    for interview in interviews:
        lanes.setdefault(interview.toetsers, []).append(interview)
    rounds = max((len(v) for v in lanes.values()), default=0)
    lunched = False
    for k in range(rounds):
        end = now + rules.interview_minutes
        for unit, queue in lanes.items():
            if k < len(queue):
                i = queue[k]
                blocks.append(Block(now, end, "interview", f"Gesprek: {i.label}", unit, i))
        now = end
        if not lunched and now >= rules.lunch_after:
            blocks.append(Block(now, now + rules.lunch_minutes, "pauze", "Lunchpauze"))
            now += rules.lunch_minutes
            lunched = True
        else:
            now += rules.between_minutes
    if rules.documents_minutes:
        blocks.append(Block(now, now + rules.documents_minutes, "documenten", "Documenten inzien (toetsers)"))
        now += rules.documents_minutes
    if not lunched:  # a short day: the documents first, lunch not before its time
        now = max(now, rules.lunch_after)
        blocks.append(Block(now, now + rules.lunch_minutes, "pauze", "Lunchpauze"))
        now += rules.lunch_minutes
    if last:
        blocks.append(Block(now, now + rules.consultation_minutes, "overleg", "Intern overleg toetsers"))
        now += rules.consultation_minutes
        blocks.append(Block(now, now + rules.feedback_minutes, "terugkoppeling", "Mondelinge terugkoppeling aan de organisatie"))
    return blocks
