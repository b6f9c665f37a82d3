"""Dekking per norm: confirmed evidence only, levels by the bank's thresholds, one-functie flag, n.v.t. out."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from itertools import count

from interviewer.domain.coverage import coverage
from questionbank.models import CoverageRules
from sessions.models import Aantekening, AuditData, Bron, NvtMarking, Tag, Toetsing


class AuditBuilder:
    """Builds AuditData rows directly (no store): bronnen, notes and their tags."""

    def __init__(self) -> None:
        self._ids = count(1)
        self.audit = AuditData(
            toetsing=Toetsing(id="t", organisation="Stichting Proef"),
            toetsers=[], bronnen=[], aantekeningen=[], tags=[], nvt=[],
            bevindingen=[], custom_questions=[], asked=[], preparation=[],
        )

    def _id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids)}"

    def interview(self, functie_category: str, functie: str = "") -> str:
        bron = Bron(id=self._id("b"), kind="interview", functie=functie, functie_category=functie_category)
        self.audit.bronnen.append(bron)
        return bron.id

    def document(self, title: str = "Jaarverslag") -> str:
        bron = Bron(id=self._id("b"), kind="document", title=title)
        self.audit.bronnen.append(bron)
        return bron.id

    def observatie(self, title: str = "Rondgang") -> str:
        bron = Bron(id=self._id("b"), kind="observatie", title=title)
        self.audit.bronnen.append(bron)
        return bron.id

    def note(self, bron_id: str, *norms: str, state: str = "confirmed", text: str = "aantekening") -> str:
        note = Aantekening(id=self._id("a"), bron_id=bron_id, text=text)
        self.audit.aantekeningen.append(note)
        for norm in norms:
            self.audit.tags.append(Tag(id=self._id("t"), aantekening_id=note.id, norm_id=norm, state=state))
        return note.id

    def nvt(self, norm_id: str, reason: str = "Geen stagiaires", active: bool = True) -> None:
        self.audit.nvt.append(NvtMarking(id=self._id("n"), norm_id=norm_id, reason=reason, active=active))


def test_without_confirmed_evidence_every_norm_is_open(bank):
    b = AuditBuilder()
    bron = b.interview("sociaal_werker")
    b.note(bron, "V1", state="suggested")
    b.note(bron, "V2", state="rejected")
    report = coverage(bank, b.audit)
    assert {n.level for n in report.norms} == {"open"}
    assert report.norm("V1").interviews == 0


def test_levels_follow_interviews_and_documents(bank):
    b = AuditBuilder()
    sw, tl = b.interview("sociaal_werker"), b.interview("teamleiding")
    doc = b.document()
    b.note(sw, "V1", "V2", "V3")
    b.note(tl, "V2", "V3")
    b.note(doc, "V3", "V4")
    report = coverage(bank, b.audit)
    assert report.norm("V1").level == "dun"
    assert report.norm("V2").level == "gedekt"
    assert report.norm("V3").level == "onderbouwd"
    assert report.norm("V4").level == "dun"  # a document alone is evidence, not an interview
    assert (report.norm("V3").interviews, report.norm("V3").documents) == (2, 1)
    assert report.norm("V5").level == "open"


def test_notes_of_one_interview_count_as_one_source(bank):
    b = AuditBuilder()
    sw = b.interview("sociaal_werker")
    b.note(sw, "D5")
    b.note(sw, "D5")
    assert coverage(bank, b.audit).norm("D5").interviews == 1
    assert coverage(bank, b.audit).norm("D5").level == "dun"


def test_observaties_count_separately_and_never_as_interview(bank):
    b = AuditBuilder()
    b.note(b.observatie(), "OB16")
    b.note(b.observatie("Tweede rondgang"), "OB16")
    nc = coverage(bank, b.audit).norm("OB16")
    assert (nc.level, nc.interviews, nc.observaties) == ("dun", 0, 2)


def test_two_interviews_of_one_functie_are_flagged(bank):
    b = AuditBuilder()
    b.note(b.interview("sociaal_werker", "jongerenwerker"), "D3")
    b.note(b.interview("sociaal_werker", "ouderenwerker"), "D3")
    b.note(b.interview("sociaal_werker"), "D4")
    b.note(b.interview("teamleiding"), "D4")
    report = coverage(bank, b.audit)
    assert report.norm("D3").level == "gedekt" and report.norm("D3").one_functie
    assert report.norm("D3").functies == ("sociaal_werker",)
    assert report.norm("D3").functies_needed == 1
    assert not report.norm("D4").one_functie
    assert report.norm("D4").functies_needed == 0


def test_free_text_functie_without_category_is_its_own_side(bank):
    b = AuditBuilder()
    b.note(b.interview("", "Buurtsportcoach"), "V3")
    b.note(b.interview("sociaal_werker"), "V3")
    assert coverage(bank, b.audit).norm("V3").functies == ("buurtsportcoach", "sociaal_werker")


def test_nvt_norms_are_out_of_the_count_and_no_gap(bank):
    b = AuditBuilder()
    b.nvt("D11", "Geen bedrijfskritische stagiaires")
    b.nvt("OB12", "Ingetrokken", active=False)
    b.note(b.interview("stagiaire"), "D11")
    report = coverage(bank, b.audit)
    d11 = report.norm("D11")
    assert d11.level == "nvt" and d11.nvt_reason == "Geen bedrijfskritische stagiaires"
    assert d11 not in report.gaps()
    assert report.norm("OB12").level == "open"  # a withdrawn marking does not count
    dienstverlening = next(t for t in report.totals if t.rubriek == "Dienstverlening")
    assert dienstverlening.counts["nvt"] == 1 and dienstverlening.in_scope == 10


def test_totals_per_rubriek_cover_all_49_norms(bank):
    b = AuditBuilder()
    b.note(b.interview("bestuur"), "OB2")
    report = coverage(bank, b.audit)
    assert [(t.rubriek, t.total) for t in report.totals] == [
        ("Vakmanschap", 15),
        ("Dienstverlening", 11),
        ("Organisatie en bestuur", 23),
    ]
    assert report.overall.total == 49 and report.overall.counts["dun"] == 1
    assert len(report.gaps()) == 49


def test_thresholds_come_from_the_bank_rules(bank):
    strict = dataclasses.replace(bank, rules=dataclasses.replace(bank.rules, coverage=CoverageRules(3, 2)))
    b = AuditBuilder()
    for functie in ("sociaal_werker", "teamleiding"):
        b.note(b.interview(functie), "V1")
    b.note(b.document(), "V1")
    assert coverage(bank, b.audit).norm("V1").level == "onderbouwd"
    assert coverage(strict, b.audit).norm("V1").level == "dun"


def test_cli_coverage_prints_table_and_gaps(tmp_path):
    from sessions.store import AuditStore

    path = tmp_path / "a.audit"
    store = AuditStore.create(path, Toetsing(id="", organisation="Stichting Proef"))
    for functie, category in (("jongerenwerker", "sociaal_werker"), ("teamleider", "teamleiding")):
        bron = store.start_interview(functie, category)
        store.capture(bron.id, "Intervisie maandelijks", tags=[("V13", 60.0, "confirmed", "auto")])
    doc = store.add_document("Intervisieverslagen")
    store.capture(doc.id, "Verslagen intervisie 2025", tags=[("V13", 60.0, "confirmed", "manual")])
    store.mark_nvt("D11", "Geen stagiaires")
    store.close()

    def cli(*args: str) -> subprocess.CompletedProcess:
        cmd = [sys.executable, "-m", "interviewer", "coverage", str(path), *args]
        return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")

    full = cli()
    assert full.returncode == 0, full.stderr
    v13 = next(line for line in full.stdout.splitlines() if line.startswith("V13 "))
    assert "onderbouwd" in v13 and "Sociaal werker" in v13
    assert "Totaal Vakmanschap: 1 onderbouwd" in full.stdout
    assert "n.v.t.: Geen stagiaires" in full.stdout
    gaps = cli("--gaps")
    assert not any(line.startswith("V13 ") for line in gaps.stdout.splitlines())
    assert any(line.startswith("V1 ") for line in gaps.stdout.splitlines())
    missing = subprocess.run(
        [sys.executable, "-m", "interviewer", "coverage", str(tmp_path / "geen.audit")], capture_output=True, text=True
    )
    assert missing.returncode == 2 and "bestaat niet" in missing.stderr


def _table_row(lines: list[str], norm_id: str) -> list[str]:
    """The lines of one norm's row: its first line and the indented continuation lines below it."""
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{norm_id} "))
    row = [lines[start]]
    for line in lines[start + 1 :]:
        if not line.startswith(" " * 36):
            break
        row.append(line)
    return row


def test_plain_text_table_fits_100_columns_without_cutting_a_functie(bank):
    from interviewer.commands.coverage import render

    b = AuditBuilder()
    heard = ("bedrijfskritische_vrijwilliger", "hr", "stagiaire", "teamleiding", "werkbegeleider", "administratie")
    for category in heard:
        b.note(b.interview(category), "V2")
    b.note(b.interview("", "Coördinator vrijwilligerswerk in de wijk Noord-Oost"), "V3")
    b.note(b.interview("sociaal_werker"), "V4")
    b.note(b.interview("sociaal_werker"), "V4")
    b.nvt("D11", "De organisatie zet geen bedrijfskritische stagiaires in, alleen snuffelstages van een week")
    lines = render(bank, b.audit, coverage(bank, b.audit)).splitlines()
    assert max(len(line) for line in lines) <= 100

    def functies(norm_id: str) -> str:
        return " ".join(line[36:70].strip() for line in _table_row(lines, norm_id))

    def remarks(norm_id: str) -> str:
        return " ".join(line[71:].strip() for line in _table_row(lines, norm_id))

    for category in heard:  # every label whole: none cut off or split over two lines
        assert bank.functie(category).label in functies("V2"), functies("V2")
    assert "coördinator vrijwilligerswerk in de wijk noord-oost" in functies("V3").lower()
    assert "niet van meerdere kanten" in remarks("V4") and "document ontbreekt" in remarks("V4")
    assert "alleen snuffelstages van een week" in remarks("D11")
