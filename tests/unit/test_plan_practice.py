"""The plan as practice has it: the bestuurder and the bodies always, volunteers and stagiaires by
their fte, a day programme with the oral feedback at the end, written as .docx and .ics."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from interviewer.domain.planner import assign, plan_interviews, required_interviews
from interviewer.domain.schedule import audit_dates, day_schedule, working_days
from interviewer.domain.schedule_export import render_ics
from interviewer.presenters.kerngegevens import SPECS, parsed_value
from questionbank.loader import load_planning
from sessions.errors import ValidationError
from sessions.models import Toetser, Toetsing


@pytest.fixture(scope="module")
def planning():
    return load_planning()


def toetsing(**fields) -> Toetsing:
    return Toetsing(id="t", organisation="Welzijn Oost", **fields)


def functies(planning, t) -> list[str]:
    return [r.functie for r in required_interviews(planning, t)]


def test_required_functies_exist_in_the_catalogue(bank, planning):
    known = {f.id for f in bank.functies}
    assert {r.functie for r in planning.required} <= known


def test_bestuurder_always_and_or_assumed_without_an_audit(planning):
    assert functies(planning, None) == ["bestuur", "medezeggenschap"]
    assert functies(planning, toetsing()) == ["bestuur", "medezeggenschap"]  # not asked yet: assumed


def test_bodies_follow_what_the_audit_says(planning):
    assert "medezeggenschap" not in functies(planning, toetsing(medezeggenschap="geen"))
    [body] = [r for r in required_interviews(planning, toetsing(medezeggenschap="PVT")) if r.functie == "medezeggenschap"]
    assert body.label == "Personeelsvertegenwoordiging (PVT)"
    assert "klant" in functies(planning, toetsing(clientenraad="ja"))
    assert "klant" not in functies(planning, toetsing(clientenraad="nee"))
    assert "klant" not in functies(planning, toetsing())  # a cliëntenraad is not assumed


def test_volunteers_and_stagiaires_by_their_fte(planning):
    none = functies(planning, toetsing(fte_vrijwilligers=0.0, fte_stagiaires=0.0))
    assert not {"vrijwilligerscoordinator", "bedrijfskritische_vrijwilliger", "stagiaire"} & set(none)
    some = functies(planning, toetsing(fte_vrijwilligers=2.5, fte_stagiaires=0.5))
    assert {"vrijwilligerscoordinator", "bedrijfskritische_vrijwilliger", "stagiaire"} <= set(some)


def test_required_interviews_come_first_even_when_not_offered_and_slots_are_short(bank, planning):
    required = required_interviews(planning, toetsing(fte_vrijwilligers=2.5))
    plan = plan_interviews(bank, {"sociaal_werker": 3, "teamleiding": 1}, planning, slots=3, required=required)
    assert [i.functie for i in plan.interviews[:4]] == ["bestuur", "medezeggenschap", "vrijwilligerscoordinator", "bedrijfskritische_vrijwilliger"]
    assert all(i.required for i in plan.interviews[:4]) and not any(i.required for i in plan.interviews[4:])
    assert plan.slots == 3  # the slots stay what the organisation has; the plan says it runs over


def test_a_held_required_interview_is_not_planned_again(bank, planning):
    required = required_interviews(planning, None)
    plan = plan_interviews(bank, {"sociaal_werker": 2}, planning, required=required, held={"bestuur"})
    assert [i.functie for i in plan.interviews if i.required] == ["medezeggenschap"]


def test_the_cover_still_gives_every_norm_two_functies_next_to_the_required_ones(bank, planning):
    everyone = {f.id: 1 for f in bank.functies}
    plan = plan_interviews(bank, everyone, planning, required=required_interviews(planning, None))
    assert not plan.short and all(len(set(plan.covered_by[n.id])) >= 2 for n in bank.norms)
    picked = [i.functie for i in plan.interviews if not i.extra]
    assert len(picked) == len(set(picked))


def test_day_schedule_has_opening_lunch_and_feedback_at_the_end(bank, planning):
    plan = plan_interviews(bank, {f.id: 1 for f in bank.functies}, planning, slots=8, required=required_interviews(planning, None))
    plan = assign(plan, [Toetser("a", "Anna", "teamleider"), Toetser("b", "Bram", "branchetoetser")], "intercollegiaal", planning)
    days = day_schedule(plan, planning.schedule)
    kinds = [b.kind for d in days for b in d.blocks]
    assert kinds[0] == "opening" and kinds[-2:] == ["overleg", "terugkoppeling"]
    assert [b.kind for b in days[0].blocks].count("pauze") == 1
    for day in days:  # nothing overlaps, the day runs forward, lunch is not before noon
        ends = [b.end for b in day.blocks]
        assert all(b.start < b.end for b in day.blocks) and ends == sorted(ends)
        [lunch] = [b for b in day.blocks if b.kind == "pauze"]
        assert lunch.start >= planning.schedule.lunch_after
    interviews = [b for d in days for b in d.blocks if b.kind == "interview"]
    assert len(interviews) == len(plan.interviews) and all(b.toetsers == ("Anna", "Bram") for b in interviews)


def test_a_short_day_never_lunches_before_noon(bank, planning):
    plan = plan_interviews(bank, {"sociaal_werker": 1, "teamleiding": 1}, planning, slots=2)
    for first in (True, False):
        [day] = day_schedule(assign(plan, [], "ci", planning), planning.schedule, opening=first)
        [lunch] = [b for b in day.blocks if b.kind == "pauze"]
        assert lunch.start >= planning.schedule.lunch_after
        ends = [b.end for b in day.blocks]
        assert ends == sorted(ends) and all(a.end <= b.start for a, b in zip(day.blocks, day.blocks[1:]))


def test_parallel_toetsers_share_time_slots(bank, planning):
    plan = plan_interviews(bank, {f.id: 1 for f in bank.functies}, planning, slots=4)
    plan = assign(plan, [Toetser("a", "Anna", "teamleider"), Toetser("b", "Bram", "beoordelaar")], "ci", planning)
    [day] = day_schedule(plan, planning.schedule)
    slots = [(b.start, b.toetsers) for b in day.blocks if b.kind == "interview"]
    assert len({start for start, _ in slots}) == 2 and {who for _, who in slots} == {("Anna",), ("Bram",)}


def test_audit_dates_continue_on_working_days():
    assert working_days(dt.date(2026, 12, 4), 2) == [dt.date(2026, 12, 4), dt.date(2026, 12, 7)]  # Friday, Monday
    assert audit_dates(["2026-12-08"], 2) == [dt.date(2026, 12, 8), dt.date(2026, 12, 9)]
    assert audit_dates([], 2) == [None, None]


def test_ics_is_valid_rfc5545(bank, planning):
    plan = assign(plan_interviews(bank, {"sociaal_werker": 1, "teamleiding": 1}, planning, required=required_interviews(planning, None)), [], "ci", planning)
    days = day_schedule(plan, planning.schedule, audit_dates([], 2, dt.date(2026, 12, 7)))
    data = render_ics("Welzijn, Oost; BV", days, dt.datetime(2026, 12, 1, 10, tzinfo=dt.timezone.utc), "audit-1")
    text = data.decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")  # every line ends in CRLF
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    unfolded = text.replace("\r\n ", "")
    assert unfolded.count("BEGIN:VEVENT") == sum(len(d.blocks) for d in days)
    assert "SUMMARY:Audit Welzijn\\, Oost\\; BV: Mondelinge terugkoppeling aan de organisatie" in unfolded
    assert "DTSTART:20261207T090000" in unfolded  # floating local time, the opening at nine
    uids = [line for line in unfolded.split("\r\n") if line.startswith("UID:")]
    assert len(uids) == len(set(uids))
    again = render_ics("Welzijn, Oost; BV", days, dt.datetime(2026, 12, 2, tzinfo=dt.timezone.utc), "audit-1")
    assert [l for l in again.decode().replace("\r\n ", "").split("\r\n") if l.startswith("UID:")] == uids  # stable


def test_store_refuses_an_unknown_body(tmp_path: Path):
    from sessions.store import AuditStore

    with AuditStore.create(tmp_path / "a.audit", toetsing(), [Toetser("", "Anna", "teamleider")]) as store:
        with pytest.raises(ValidationError, match="OR, PVT of geen"):
            store.update_toetsing(medezeggenschap="ondernemingsraad")
        assert store.update_toetsing(medezeggenschap="PVT", clientenraad="ja").medezeggenschap == "PVT"


def test_kerngegevens_reads_a_body_by_code_or_label():
    spec = SPECS["medezeggenschap"]
    assert parsed_value(spec, "or") == "OR" and parsed_value(spec, "Geen OR of PVT") == "geen" and parsed_value(spec, "") == ""
    with pytest.raises(ValueError, match="OR of PVT of geen"):
        parsed_value(spec, "ondernemingsraadje")


def _plan(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "interviewer", "plan", *args], capture_output=True, text=True, encoding="utf-8", cwd=cwd)


def test_plan_without_audit_has_bestuurder_and_or_and_a_day_programme():
    result = _plan("--fte", "25")
    assert result.returncode == 0, result.stderr
    assert "1. Bestuurder / directie" in result.stdout and "2. OR of PVT" in result.stdout
    assert "OR of PVT aangenomen" in result.stdout
    assert "Dagprogramma" in result.stdout and "Mondelinge terugkoppeling aan de organisatie" in result.stdout


@pytest.fixture(scope="module")
def demo_audit(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("plan") / "demo.audit"
    subprocess.run([sys.executable, "-m", "interviewer", "demo", "--save", str(path)], check=True, capture_output=True)
    return path


def test_demo_plan_has_bestuurder_or_and_the_volunteers(demo_audit):
    full = _plan(str(demo_audit), "--volledig")
    assert full.returncode == 0, full.stderr
    for label in ("Bestuurder / directie", "Ondernemingsraad (OR)", "Cliëntenraad", "Vrijwilligerscoördinator", "Stagiaires"):
        assert f". {label}" in full.stdout, label
    gaps = _plan(str(demo_audit))  # the demo has held its interviews: the fixed ones say so
    assert "Vaste gesprekken: Bestuurder / directie (gehouden); Ondernemingsraad (OR) (gehouden)" in gaps.stdout


def test_programme_files_are_private_and_never_overwritten(demo_audit, tmp_path):
    docx_path, ics_path = tmp_path / "programma.docx", tmp_path / "programma.ics"
    result = _plan(str(demo_audit), "--volledig", "--docx", str(docx_path), "--ics", str(ics_path))
    assert result.returncode == 0, result.stderr
    for path in (docx_path, ics_path):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with zipfile.ZipFile(docx_path) as z:
        body = z.read("word/document.xml").decode()
    assert "Gesprek: Ondernemingsraad (OR)" in body and "Mondelinge terugkoppeling" in body and 'w:val="nl-NL"' in body
    before = docx_path.read_bytes(), ics_path.read_bytes()
    again = _plan(str(demo_audit), "--volledig", "--docx", str(docx_path), "--ics", str(ics_path))
    assert again.returncode != 0 and "--force" in again.stderr and "Er is niets geschreven" in again.stderr
    assert (docx_path.read_bytes(), ics_path.read_bytes()) == before
    assert _plan(str(demo_audit), "--volledig", "--docx", str(docx_path), "--force").returncode == 0


def test_ics_without_dates_is_refused_in_dutch(tmp_path):
    out = tmp_path / "p.ics"
    result = _plan("--fte", "12", "--ics", str(out))
    assert result.returncode != 0 and "--start" in result.stderr and not out.exists()
    ok = _plan("--fte", "12", "--ics", str(out), "--start", "2026-12-07")
    assert ok.returncode == 0 and "DTSTART:20261207T090000" in out.read_text()


def test_plan_refuses_to_write_over_the_audit(demo_audit):
    before = demo_audit.read_bytes()
    result = _plan(str(demo_audit), "--docx", str(demo_audit), "--force")
    assert result.returncode != 0 and "auditbestand zelf" in result.stderr
    assert demo_audit.read_bytes() == before
