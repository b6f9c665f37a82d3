"""The demo audit: what a newcomer sees first, and what every screen, benchmark and snapshot runs on."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from interviewer.demo import fresh_copy
from sessions.store import AuditStore
from interviewer.demo.builder import build_demo
from interviewer.domain.coverage import coverage
from sessions.store import AuditStore

AVOIDED_IN_REPORTS = ("Verhoeven", "Bakker", "El Amrani", "Marieke", "Jeroen", "Fatima", "Sanne", "Ahmed", "Henk", "Yvonne")


@pytest.fixture
def demo_path(tmp_path) -> Path:
    return fresh_copy(tmp_path)


def _load(path: Path):
    with AuditStore.open(path, read_only=True) as store:
        return store.load_all()


def _shipped_files() -> dict[str, str]:
    """Hash of every file shipped in the demo package (what must never change by using the demo)."""
    folder = Path(str(resources.files("interviewer.demo")))
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.suffix in (".toml", ".audit", ".py")
    }


def test_demo_loads_as_a_realistic_intercollegiale_toetsing(demo_path):
    audit = _load(demo_path)
    assert audit.toetsing.organisation == "Stichting Welzijn De Brug"
    assert audit.toetsing.variant == "intercollegiaal"
    assert sorted(t.role for t in audit.toetsers) == ["branchetoetser", "branchetoetser", "teamleider"]
    interviews = [b for b in audit.bronnen if b.kind == "interview"]
    assert 12 <= len(interviews) <= 16
    assert {"bestuur", "management", "teamleiding", "sociaal_werker", "stagiaire", "vrijwilligerscoordinator",
            "bedrijfskritische_vrijwilliger", "medezeggenschap"} <= {b.functie_category for b in interviews}
    assert {"jongerenwerk", "algemeen maatschappelijk werk", "opbouwwerk", "ouderenwerk",
            "schuldhulpverlening"} <= {b.werksoort for b in interviews}
    assert {b.kind for b in audit.bronnen} == {"interview", "document", "observatie"}
    assert 150 <= len(audit.aantekeningen) <= 250
    assert set(Counter(a.kind for a in audit.aantekeningen)) == {"citaat", "observatie", "sterk_punt", "verbeterpunt"}
    assert audit.preparation and audit.custom_questions and audit.asked
    assert any(t.state == "rejected" and t.origin == "auto" for t in audit.tags)


def test_every_aantekening_is_tagged_but_two_of_the_running_interview_and_every_rubriek_has_quotes(demo_path, bank):
    audit = _load(demo_path)
    confirmed = [t for t in audit.tags if t.state == "confirmed"]
    untagged = [a for a in audit.aantekeningen if a.id not in {t.aantekening_id for t in confirmed}]
    # the demo opens in the OR interview, still running; its last two notes wait for a norm (F5–F7, review list)
    [running] = [b for b in audit.bronnen if b.kind == "interview" and not b.ended]
    assert running.functie_category == "medezeggenschap"
    assert len(untagged) == 2 and {a.bron_id for a in untagged} == {running.id}
    waiting = {t.aantekening_id for t in audit.tags if t.state == "suggested"}
    assert waiting == {a.id for a in untagged}
    rubriek_of = {n.id: n.rubriek for n in bank.norms}
    quoted = {a.id for a in audit.aantekeningen if a.kind == "citaat"}
    rubrieken = {rubriek_of[t.norm_id] for t in confirmed if t.aantekening_id in quoted}
    assert rubrieken == {"Vakmanschap", "Dienstverlening", "Organisatie en bestuur"}


def test_some_norms_at_every_coverage_level(demo_path, bank):
    report = coverage(bank, _load(demo_path))
    levels = Counter(n.level for n in report.norms)
    assert set(levels) == {"open", "dun", "gedekt", "onderbouwd", "nvt"}, levels
    # Gaps worth showing before the closing meeting: thin norms and norms heard from one functie only.
    assert levels["onderbouwd"] > levels["gedekt"] // 2
    assert any(n.one_functie for n in report.norms)


def test_withdrawn_nvt_does_not_count(demo_path, bank):
    """D11 was marked n.v.t. in preparation and withdrawn once the stagiaires turned out to have a caseload."""
    audit = _load(demo_path)
    assert "D11" not in {n.norm_id for n in audit.nvt}
    d11 = next(n for n in coverage(bank, audit).norms if n.norm_id == "D11")
    assert d11.level != "nvt"


def test_bevindingen_partly_drafted_and_two_toetsers_disagree(demo_path, bank):
    audit = _load(demo_path)
    drafted = {b.norm_id for b in audit.bevindingen}
    assert 5 <= len(drafted) < len(bank.norms)
    oordelen: dict[str, set[str]] = {}
    authors: dict[str, set[str]] = {}
    for b in audit.bevindingen:
        oordelen.setdefault(b.norm_id, set()).add(b.oordeel)
        authors.setdefault(b.norm_id, set()).add(b.author)
    disputed = [n for n in drafted if len(authors[n]) > 1 and len(oordelen[n]) > 1]
    assert len(disputed) >= 2
    assert any(b.status == "final" for b in audit.bevindingen)


def test_demo_data_refers_only_to_known_norms_questions_and_rows(bank):
    data = build_demo()
    known = {n.id for n in bank.norms}
    norm_refs = [t.norm_id for t in data.tags] + [n.norm_id for n in data.nvt] + [b.norm_id for b in data.bevindingen]
    norm_refs += [q.norm_id for q in data.custom_questions] + [p.norm_id for p in data.preparation]
    assert set(norm_refs) <= known
    for a in data.asked:
        if a.question_key.startswith("bank:"):
            _, norm_id, index = a.question_key.split(":")
            assert norm_id == a.norm_id and int(index) < len(bank.norm(norm_id).questions), a.question_key
    ids = [r.id for rows in (data.toetsers, data.bronnen, data.aantekeningen, data.tags, data.nvt,
                             data.bevindingen, data.custom_questions, data.asked, data.preparation) for r in rows]
    assert len(ids) == len(set(ids))
    bron = {b.id: b for b in data.bronnen}
    for a in data.aantekeningen:  # a note is typed during its interview, not before or after
        b = bron[a.bron_id]
        assert b.started <= a.created and (not b.ended or a.created <= b.ended), a.text


def test_names_to_avoid_cover_the_toetsers_and_the_names_jotted_in_quotes():
    data = build_demo()
    avoid = set(data.toetsing.names_to_avoid)
    assert {t.name for t in data.toetsers} <= avoid
    toetser_words = {w for t in data.toetsers for w in t.name.split()}
    jotted = [n for n in avoid if " " not in n and n not in toetser_words]
    assert jotted, "some interviewees' first names should appear in the notes, as they do in real ones"
    for name in jotted:
        assert any(name in a.text for a in data.aantekeningen), name


def test_two_builds_are_identical_row_for_row(tmp_path):
    first = _load(fresh_copy(tmp_path / "a"))
    second = _load(fresh_copy(tmp_path / "b"))
    assert first == second


def test_opening_the_demo_twice_leaves_the_shipped_copy_unchanged(tmp_path):
    before = _shipped_files()
    first = fresh_copy(tmp_path)
    with AuditStore.open(first) as store:  # the newcomer types in the demo
        bron = store.bronnen("interview")[0]
        store.capture(bron.id, "Eigen proefcitaat in de demo", tags=[("V1", 0.0, "confirmed", "manual")])
    second = fresh_copy(tmp_path)
    assert first != second
    assert _shipped_files() == before
    assert "Eigen proefcitaat in de demo" not in {a.text for a in _load(second).aantekeningen}
    assert oct(second.stat().st_mode & 0o777) == "0o600"


def test_default_copies_go_to_the_private_demo_folder(isolated_data_dir):
    paths = [fresh_copy() for _ in range(7)]
    folder = isolated_data_dir / "demo"
    assert all(p.parent == folder for p in paths)
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    kept = sorted(folder.glob("demo-*.audit"))
    assert 1 <= len(kept) <= 5 and paths[-1] in kept


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "interviewer", *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"}, timeout=120,
    )


def test_demo_save_writes_a_file_that_coverage_reads_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "demo.audit"
    saved = _cli("demo", "--save", str(target), cwd=tmp_path)
    assert saved.returncode == 0, saved.stderr
    assert target.exists()
    shown = _cli("coverage", str(target), cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "Stichting Welzijn De Brug" in shown.stdout and "onderbouwd" in shown.stdout and "n.v.t." in shown.stdout

    with AuditStore.open(target) as store:
        store.capture(store.bronnen("interview")[0].id, "Niet overschrijven a.u.b.")
    before = target.read_bytes()
    refused = _cli("demo", "--save", str(target), cwd=tmp_path)
    assert refused.returncode != 0
    assert "bestaat al" in refused.stderr and "--force" in refused.stderr
    assert target.read_bytes() == before

    forced = _cli("demo", "--save", str(target), "--force", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert "Niet overschrijven a.u.b." not in {a.text for a in _load(target).aantekeningen}


NAMED_ROLE_ROWS = ("Contactpersoon", "Teamleider", "Beoordelaar(s)", "Verslag tegen gelezen door", "Ondertekening")


def test_exported_demo_report_names_the_team_only_in_its_own_rows(tmp_path):
    """The demo is mid-audit: the definitief report is refused; the werkversie names no interviewee,
    and the toetsers only in the Deel A rows meant for them (teamleider, beoordelaars, ondertekening)."""
    target = tmp_path / "demo.audit"
    assert _cli("demo", "--save", str(target), cwd=tmp_path).returncode == 0
    out_md, out_docx = tmp_path / "rapport.md", tmp_path / "rapport.docx"
    refused = _cli("export", str(target), "--md", str(out_md), "--docx", str(out_docx), "--zonder-deduce", cwd=tmp_path)
    assert refused.returncode == 1 and "in geschil" in refused.stderr and not out_md.exists()
    exported = _cli("export", str(target), "--werkversie", "--md", str(out_md), "--docx", str(out_docx), "--zonder-deduce", cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    import docx

    md_lines = out_md.read_text(encoding="utf-8").splitlines()
    texts = [line for line in md_lines if not any(line.startswith(f"| **{label}** |") for label in NAMED_ROLE_ROWS)]
    document = docx.Document(str(out_docx))
    texts += [p.text for p in document.paragraphs]
    for t in document.tables:
        for row in t.rows:
            cells = [c.text for c in row.cells]
            if cells[0] not in NAMED_ROLE_ROWS:
                texts += cells
    report = "\n".join(texts)
    assert "Stichting Welzijn De Brug" in report
    for name in AVOIDED_IN_REPORTS:
        assert name not in report, name
    assert any(line.startswith("| **Teamleider** | Marieke Verhoeven") for line in md_lines)


async def test_app_opens_the_demo_and_shows_its_screens(demo_path):
    from interviewer.app import make_app

    from interviewer.locations import remember_toetser

    with AuditStore.open(demo_path, read_only=True) as store:  # answer "Wie ben jij?" beforehand
        remember_toetser(store.toetsing().id, store.toetsers()[0].id)
    app = make_app(demo_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert type(app.screen).__name__ != "WhoScreen"
        assert app.store.toetsing().organisation == "Stichting Welzijn De Brug"
        for key in ("f3", "f4", "f2"):
            await pilot.press(key)
            await pilot.pause()
        assert type(app.screen).__name__ == "InterviewScreen"


def test_demo_fills_every_deel_a_field_and_stays_mid_audit(demo_path, bank):
    """A newcomer sees a complete Deel A and the checklist at work: open norms and open disputes."""
    from interviewer.domain import versions
    from interviewer.domain.checklist import build_checklist
    from interviewer.domain.report import build_report, missing_fields

    audit = _load(demo_path)
    report = build_report(audit, bank)
    assert missing_fields(report) == []
    assert len(versions.disputes(audit.bevindingen)) >= 2
    checklist = build_checklist(audit, bank, report)
    assert checklist.of("dispute") and checklist.of("unjudged") and checklist.blocking("concept")
    assert not audit.toetsing.verbeterplan_goedgekeurd  # the plans of aanpak are not in yet
