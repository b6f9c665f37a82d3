"""Which functies to interview so that every norm is heard from two different functies.

The code of conduct wants each norm tested with at least two sources (rules.toml [coverage]); the
label wants them "van meerdere kanten", so the two must be different functie categories. That is a
set multicover: every norm must be covered `need` times by distinct chosen functies, a functie
covering the norms the norm files list as its primary or secondary ones. A second interview with
the same functie never adds a new side, so the cover chooses each functie at most once.

Greedy (pick the functie that serves the most outstanding need, primary counting fully and
secondary for `secondary_weight`) is what the planner uses; `minimum_interviews` finds the true
minimum by enumeration for the small catalogue (~15 functies) so that tests and the bench can say
how far greedy is from optimal. Slots left after the cover are filled with interviews that make
norms rest on primary functies, then with second interviews of functies that have more people.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from questionbank.models import PlanningRules, QuestionBank, RequiredInterview
from sessions.models import Toetser, Toetsing

from .coverage import CoverageReport
from .labels import functie_label

CI_ROLES = ("teamleider", "beoordelaar")
Relevance = Mapping[str, Mapping[str, float]]  # functie id -> {norm id: weight}
MAX_EXACT_FUNCTIES = 22  # beyond this the exact optimum is not attempted


@dataclass(frozen=True)
class PlannedInterview:
    functie: str  # functie category id
    label: str
    norms: tuple[str, ...]  # norms this interview is meant to cover
    reason: str  # Dutch
    extra: bool = False  # beyond the minimum cover: strengthens, not needed
    day: int = 0  # 1-based once assigned; 0 = not yet
    toetsers: tuple[str, ...] = ()  # names, once assigned
    required: bool = False  # always in the plan (bestuurder, OR/PVT, cliëntenraad…), not chosen by the cover


@dataclass(frozen=True)
class InterviewPlan:
    interviews: tuple[PlannedInterview, ...]
    slots: int | None  # available interview slots (None: not limited)
    need: dict[str, int]  # norm id -> distinct functies still wanted (before the plan)
    uncoverable: dict[str, tuple[str, ...]]  # norm -> functies that could help but are not available
    short: tuple[str, ...]  # coverable norms left short because the slots ran out
    covered_by: dict[str, tuple[str, ...]]  # norm -> functies heard before + planned

    @property
    def cover_size(self) -> int:
        """Interviews needed for the cover itself (without the extra ones)."""
        return sum(not i.extra for i in self.interviews)


def _norms(count: int) -> str:
    return f"{count} norm" if count == 1 else f"{count} normen"


def relevance(bank: QuestionBank, secondary_weight: float) -> dict[str, dict[str, float]]:
    """functie id -> {norm id: 1.0 primary / secondary_weight secondary}."""
    out: dict[str, dict[str, float]] = {f.id: {} for f in bank.functies}
    for norm in bank.norms:
        for f in norm.functies.secondary:
            out.setdefault(f, {})[norm.id] = secondary_weight
        for f in norm.functies.primary:
            out.setdefault(f, {})[norm.id] = 1.0
    return out


def required_interviews(planning: PlanningRules, toetsing: Toetsing | None) -> tuple[RequiredInterview, ...]:
    """The interviews a plan always holds for this audit, as practice has it (planning.toml [[required]]).

    Without an audit (`plan --fte N`) or when the audit does not say, an OR or PVT is assumed to
    exist (every organisation of 50 or more has to have one, smaller ones mostly a PVT); a
    cliëntenraad only when the audit says so; volunteers and stagiaires when their fte is above 0.
    """
    bodies = toetsing.medezeggenschap if toetsing else ""
    out = []
    for rule in planning.required:
        if rule.when == "medezeggenschap":
            if bodies == "geen":
                continue
            out.append(replace(rule, label=rule.labels.get(bodies, rule.label)))
            continue
        met = {
            "always": True,
            "clientenraad": bool(toetsing and toetsing.clientenraad == "ja"),
            "fte_vrijwilligers": bool(toetsing and toetsing.fte_vrijwilligers > 0),
            "fte_stagiaires": bool(toetsing and toetsing.fte_stagiaires > 0),
        }[rule.when]
        if met:
            out.append(rule)
    return tuple(out)


def interview_slots(bank: QuestionBank, planning: PlanningRules, fte: float, variant: str) -> int | None:
    """Interview slots of an audit: (audit days - preparation days) x interviews per day.

    The handbook's days (§2.5) are the CI's days, so duos in intercollegiale toetsing share them:
    toetsers working in parallel shorten the calendar, not add slots. None when the table has no
    figure (combi: its days come on top of the ISO/HKZ audit).
    """
    days = bank.rules.audit_days_for(fte, variant)
    if days is None:
        return None
    return max(0, math.floor((days - planning.preparation_days) * planning.interviews_per_day))


def _feasible_need(
    need: Mapping[str, int], heard: Mapping[str, Iterable[str]], available: Iterable[str], rel: Relevance
) -> tuple[dict[str, int], dict[str, int]]:
    """(need each norm can reach with the available functies, need it cannot reach)."""
    available = list(available)
    reach, lacking = {}, {}
    for norm_id, wanted in need.items():
        if wanted <= 0:
            continue
        done = set(heard.get(norm_id, ()))
        helpers = sum(1 for f in available if norm_id in rel.get(f, {}) and f not in done)
        reach[norm_id] = min(wanted, helpers)
        if helpers < wanted:
            lacking[norm_id] = wanted - helpers
    return reach, lacking


def minimum_interviews(
    bank: QuestionBank,
    available: Iterable[str],
    need: Mapping[str, int],
    heard: Mapping[str, Iterable[str]] | None = None,
) -> int | None:
    """The fewest distinct functies that give every norm its reachable need (exact, by enumeration)."""
    rel = relevance(bank, 1.0)
    heard = heard or {}
    pool = sorted(set(available))
    reach, _ = _feasible_need(need, heard, pool, rel)
    reach = {n: r for n, r in reach.items() if r > 0}
    if not reach:
        return 0
    useful = [f for f in pool if any(n in rel.get(f, {}) for n in reach)]
    if len(useful) > MAX_EXACT_FUNCTIES:
        return None
    helps = {f: {n for n in reach if n in rel.get(f, {}) and f not in set(heard.get(n, ()))} for f in useful}
    for size in range(1, len(useful) + 1):
        for chosen in combinations(useful, size):
            counts = dict.fromkeys(reach, 0)
            for f in chosen:
                for n in helps[f]:
                    counts[n] += 1
            if all(counts[n] >= r for n, r in reach.items()):
                return size
    return None


def _serves(f: str, remaining: Mapping[str, int], covered: Mapping[str, set[str]], rel: Relevance) -> tuple[str, ...]:
    """Norms that still want a functie and that functie `f` can add as a new side."""
    return tuple(n for n, r in remaining.items() if r > 0 and n in rel.get(f, {}) and f not in covered[n])


def _greedy_cover(
    people: Iterable[str],
    reach: Mapping[str, int],
    heard: Mapping[str, set[str]],
    rel: Relevance,
    order: Mapping[str, int],
    slots: int | None,
) -> list[str]:
    """Functies in the order greedy picks them, minus picks that later ones made redundant."""
    remaining = dict(reach)
    covered = {n: set(s) for n, s in heard.items()}
    chosen: list[str] = []
    while slots is None or len(chosen) < slots:
        gains = {f: sum(rel[f][n] for n in _serves(f, remaining, covered, rel)) for f in people if f not in chosen}
        best = max(gains, key=lambda f: (gains[f], -order.get(f, 99)), default=None)
        if best is None or gains[best] <= 0:
            break
        chosen.append(best)
        for n in _serves(best, remaining, covered, rel):
            remaining[n] -= 1
            covered[n].add(best)
    for f in reversed(list(chosen)):  # reverse delete: still every reachable need without f?
        others = [g for g in chosen if g != f]
        if all(sum(n in rel.get(g, {}) and g not in heard[n] for g in others) >= r for n, r in reach.items()):
            chosen.remove(f)
    return chosen


def plan_interviews(
    bank: QuestionBank,
    available: Mapping[str, int],
    planning: PlanningRules,
    slots: int | None = None,
    *,
    need: Mapping[str, int] | None = None,
    heard: Mapping[str, Iterable[str]] | None = None,
    exclude: Iterable[str] = (),
    fill: bool = True,
    required: Iterable[RequiredInterview] = (),
    held: Iterable[str] = (),
) -> InterviewPlan:
    """Propose interviews with the `available` functies (id -> number of people) within `slots`.

    `need` defaults to the coverage rule (two interviews per norm); `heard` gives functies that
    already spoke to a norm (remaining-gaps mode); `exclude` drops norms (n.v.t.); `fill` uses
    spare slots for extra interviews. `required` interviews come first and always (they are added
    to the available functies and take their slots even when the slots run short), unless their
    functie is among the `held` interviews already; the cover fills the rest.
    """
    rel = relevance(bank, planning.secondary_weight)
    excluded = {e.upper() for e in exclude}
    default_need = bank.rules.coverage.interviews_for_gedekt
    need = {n.id: (need.get(n.id, 0) if need is not None else default_need) for n in bank.norms if n.id not in excluded}
    heard_sets = {n: set(heard.get(n, ())) if heard else set() for n in need}
    done = set(held)
    musts = [r for r in dict((r.functie, r) for r in required).values() if r.functie not in done]
    if not any(wanted > 0 for wanted in need.values()):
        musts = []  # every norm n.v.t. (or heard enough): nothing to test, so no fixed interviews either
    people = {f: c for f, c in available.items() if c > 0}
    for r in musts:
        people.setdefault(r.functie, 1)
    order = {f.id: i for i, f in enumerate(bank.functies)}
    reach, lacking = _feasible_need(need, heard_sets, people, rel)

    remaining = dict(reach)
    covered = {n: set(s) for n, s in heard_sets.items()}
    interviews: list[PlannedInterview] = []
    for r in musts:
        norms = _serves(r.functie, remaining, covered, rel)
        for n in norms:
            remaining[n] -= 1
            covered[n].add(r.functie)
        interviews.append(PlannedInterview(r.functie, r.label, norms, r.reason, required=True))
    free = {f: c for f, c in people.items() if f not in {r.functie for r in musts}}
    cover_slots = None if slots is None else max(0, slots - len(interviews))
    for f in _greedy_cover(free, remaining, covered, rel, order, cover_slots):
        norms = _serves(f, remaining, covered, rel)
        for n in norms:
            remaining[n] -= 1
            covered[n].add(f)
        primary = sum(rel[f][n] == 1.0 for n in norms)
        misses = "mist" if len(norms) == 1 else "missen"
        reason = f"dekt {_norms(len(norms))} die nog een functie {misses} ({primary} als primaire functie)"
        interviews.append(PlannedInterview(f, functie_label(bank, f, sentence=False), norms, reason))
    short = tuple(n for n, r in remaining.items() if r > 0)
    if fill and slots is not None and not short:
        interviews += _extra_interviews(bank, people, need, covered, rel, order, slots - len(interviews))

    all_functies = sorted((f.id for f in bank.functies), key=lambda x: order[x])
    uncoverable = {
        n: tuple(f for f in all_functies if f not in people and n in rel.get(f, {}) and f not in heard_sets[n])
        for n in lacking
    }
    return InterviewPlan(
        interviews=tuple(interviews),
        slots=slots,
        need={n: r for n, r in need.items() if r > 0},
        uncoverable=uncoverable,
        short=short,
        covered_by={n: tuple(sorted(covered[n], key=lambda x: order.get(x, 99))) for n in need},
    )


def _extra_interviews(
    bank: QuestionBank,
    people: Mapping[str, int],
    need: Mapping[str, int],
    covered: dict[str, set[str]],
    rel: Relevance,
    order: Mapping[str, int],
    spare: int,
) -> list[PlannedInterview]:
    """Spare slots: first functies that give norms a primary side, then more people of big functies."""
    used = {f: 1 for fs in covered.values() for f in fs if f in people}
    primaries = {n: {f for f in covered[n] if rel.get(f, {}).get(n) == 1.0} for n in need}
    out: list[PlannedInterview] = []
    while len(out) < spare:
        best, best_gain, best_norms = None, (0, 0.0), ()
        for f in sorted(people, key=lambda x: order.get(x, 99)):
            if used.get(f, 0) >= people[f]:
                continue
            if not used.get(f):  # a new functie: norms that get their first or second primary side
                norms = tuple(n for n in need if rel.get(f, {}).get(n) == 1.0 and len(primaries[n]) < max(need[n], 1))
                gain = (1, float(len(norms)))
            else:  # one more person of a functie already heard: more voices where it is primary
                norms = tuple(n for n in need if rel.get(f, {}).get(n) == 1.0)
                gain = (0, len(norms) / used[f])
            if norms and gain > best_gain:
                best, best_gain, best_norms = f, gain, norms
        if best is None:
            break
        first = not used.get(best)
        used[best] = used.get(best, 0) + 1
        for n in best_norms:
            covered[n].add(best)
            primaries[n].add(best)
        if first:
            reason = f"extra: {_norms(len(best_norms))} krijgen een primaire functie"
        else:
            who = functie_label(bank, best)
            reason = f"extra: nog een {who} voor {_norms(len(best_norms))} (andere werksoort of team)"
        out.append(PlannedInterview(best, functie_label(bank, best, sentence=False), best_norms, reason, extra=True))
    return out


def plan_for_gaps(
    bank: QuestionBank,
    report: CoverageReport,
    available: Mapping[str, int],
    planning: PlanningRules,
    slots: int | None = None,
    required: Iterable[RequiredInterview] = (),
    held: Iterable[str] = (),
) -> InterviewPlan:
    """The remaining-gaps plan: interviews that bring every norm to two different functies, plus the
    required interviews not yet `held`."""
    in_scope = [c for c in report.norms if c.level != "nvt"]
    return plan_interviews(
        bank,
        available,
        planning,
        slots,
        need={c.norm_id: c.functies_needed for c in in_scope},
        heard={c.norm_id: c.functies for c in in_scope},
        exclude=[c.norm_id for c in report.norms if c.level == "nvt"],
        fill=False,
        required=required,
        held=held,
    )


def teams(toetsers: Sequence[Toetser], variant: str) -> list[tuple[str, ...]]:
    """Who interviews together: duos of a CI auditor and a branchetoetser in intercollegiale toetsing,
    everyone on their own otherwise. Leftover toetsers join an existing duo."""
    names = [t.name for t in toetsers]
    if variant != "intercollegiaal" or len(toetsers) < 2:
        return [(n,) for n in names] or [()]
    ci = [t.name for t in toetsers if t.role in CI_ROLES]
    branche = [t.name for t in toetsers if t.role not in CI_ROLES]
    if not ci or not branche:
        pool = ci or branche
        duos = [tuple(pool[i : i + 2]) for i in range(0, len(pool) - 1, 2)]
        if len(pool) % 2:
            duos[-1] = (*duos[-1], pool[-1])
        return duos
    count = min(len(ci), len(branche))
    duos = [(ci[i], branche[i]) for i in range(count)]
    for i, name in enumerate(ci[count:] + branche[count:]):
        duos[i % count] = (*duos[i % count], name)
    return duos


def assign(plan: InterviewPlan, toetsers: Sequence[Toetser], variant: str, planning: PlanningRules) -> InterviewPlan:
    """Spread the interviews over the toetsers (or duos) and audit days, most needed first."""
    units = teams(toetsers, variant)
    per_day = max(1, math.floor(planning.interviews_per_day))
    out = []
    for i, interview in enumerate(plan.interviews):
        unit = units[i % len(units)]
        day = (i // len(units)) // per_day + 1
        out.append(replace(interview, toetsers=unit, day=day))
    return replace(plan, interviews=tuple(out))
