"""The interview planner: two different functies per norm with few interviews, and honest about gaps."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest
from test_coverage import AuditBuilder

from interviewer.domain.coverage import coverage
from interviewer.domain.planner import (
    assign,
    interview_slots,
    minimum_interviews,
    plan_for_gaps,
    plan_interviews,
    teams,
)
from questionbank.loader import load_planning
from sessions.models import Toetser


@pytest.fixture(scope="module")
def planning():
    return load_planning()


def everyone(bank, **counts: int) -> dict[str, int]:
    return {f.id: counts.get(f.id, 1) for f in bank.functies}


def test_with_all_functies_every_norm_gets_two_different_functies(bank, planning):
    plan = plan_interviews(bank, everyone(bank), planning)
    assert not plan.uncoverable and not plan.short
    for norm in bank.norms:
        assert len(set(plan.covered_by[norm.id])) >= 2, norm.id
    functies = [i.functie for i in plan.interviews]
    assert len(functies) == len(set(functies))  # the cover never repeats a functie
    assert plan.cover_size == minimum_interviews(bank, everyone(bank), plan.need)


def test_greedy_stays_within_one_interview_of_the_optimum(bank, planning):
    rng = random.Random(7)
    ids = [f.id for f in bank.functies]
    need = {n.id: 2 for n in bank.norms}
    gaps = []
    for _ in range(25):
        available = {f: 1 for f in rng.sample(ids, rng.randint(3, 9))}
        greedy = plan_interviews(bank, available, planning).cover_size
        gaps.append(greedy - minimum_interviews(bank, available, need))
    assert min(gaps) >= 0 and max(gaps) <= 1
    assert gaps.count(0) >= 20


def test_missing_functies_are_named_for_the_norms_they_leave_uncovered(bank, planning):
    plan = plan_interviews(bank, {"sociaal_werker": 3, "teamleiding": 1}, planning)
    assert "OB11" in plan.uncoverable
    assert "vrijwilligerscoordinator" in plan.uncoverable["OB11"]
    assert "V1" not in plan.uncoverable
    # what can be covered still is
    assert len(set(plan.covered_by["V1"])) == 2


def test_too_few_slots_leaves_norms_short(bank, planning):
    plan = plan_interviews(bank, everyone(bank), planning, slots=2)
    assert len(plan.interviews) == 2
    assert plan.short
    assert [i.functie for i in plan.interviews] == ["sociaal_werker", "teamleiding"]


def test_spare_slots_are_filled_with_extra_interviews(bank, planning):
    plan = plan_interviews(bank, everyone(bank, sociaal_werker=4), planning, slots=12)
    assert len(plan.interviews) == 12
    extras = [i for i in plan.interviews if i.extra]
    assert len(extras) == 12 - plan.cover_size
    assert all(i.reason.startswith("extra") for i in extras)


def test_slots_follow_the_audit_days_table(bank, planning):
    days = bank.rules.audit_days_for(25, "ci")
    expected = int((days - planning.preparation_days) * planning.interviews_per_day)
    assert interview_slots(bank, planning, 25, "ci") == expected
    assert interview_slots(bank, planning, 25, "intercollegiaal") > expected


def test_remaining_gaps_plan_skips_what_is_covered_and_who_was_heard(bank, planning):
    b = AuditBuilder()
    sw, tl = b.interview("sociaal_werker"), b.interview("teamleiding")
    for norm in bank.norms:
        if norm.rubriek == "Vakmanschap":
            b.note(sw, norm.id)
            b.note(tl, norm.id)
    b.note(sw, "D3")
    b.nvt("OB14", "Geen derden")
    plan = plan_for_gaps(bank, coverage(bank, b.audit), everyone(bank), planning)
    planned = {n for i in plan.interviews for n in i.norms}
    assert not planned & {f"V{i}" for i in range(1, 16)}
    assert "OB14" not in planned and "OB14" not in plan.need
    assert plan.need["D3"] == 1
    assert all(i.functie != "sociaal_werker" for i in plan.interviews if "D3" in i.norms)


def test_intercollegiale_toetsing_works_in_duos(bank, planning):
    toetsers = [
        Toetser(id="1", name="Anna", role="teamleider"),
        Toetser(id="2", name="Bram", role="branchetoetser"),
        Toetser(id="3", name="Cor", role="beoordelaar"),
        Toetser(id="4", name="Dina", role="branchetoetser"),
    ]
    assert teams(toetsers, "intercollegiaal") == [("Anna", "Bram"), ("Cor", "Dina")]
    assert teams(toetsers, "ci") == [("Anna",), ("Bram",), ("Cor",), ("Dina",)]
    plan = assign(plan_interviews(bank, everyone(bank), planning, slots=10), toetsers, "intercollegiaal", planning)
    assert {i.toetsers for i in plan.interviews} == {("Anna", "Bram"), ("Cor", "Dina")}
    per_day = int(planning.interviews_per_day) * 2
    assert [i.day for i in plan.interviews] == [1 + n // per_day for n in range(10)]


def _plan_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "interviewer", "plan", *args], capture_output=True, text=True, encoding="utf-8")


def test_cli_plan_names_uncoverable_norms_in_dutch():
    out = _plan_cli("--fte", "25", "--functies", "sociaal_werker=3,Teamleider")
    assert out.returncode == 0, out.stderr
    assert "Niet te dekken met de beschikbare functies" in out.stdout
    assert "OB11" in out.stdout and "vrijwilligerscoördinator" in out.stdout
    assert "Dag 1" in out.stdout


def test_cli_plan_rejects_unknown_functie():
    out = _plan_cli("--functies", "astronaut")
    assert out.returncode == 2 and "Onbekende functie" in out.stderr
