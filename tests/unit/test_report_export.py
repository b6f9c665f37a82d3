"""The report (Bijlage 7): Deel A fields, the result table, 49 norm rows, and never a listed name."""

from __future__ import annotations

import os
import re
import stat

import docx
import pytest

from interviewer import cli
from interviewer.domain.export_docx import write_docx
from interviewer.domain.export_md import render_markdown, write_markdown
from interviewer.domain.names import ListedNameLeft, Replacer, anonymise, fold
from interviewer.domain import versions
from interviewer.domain.report import GESPROKEN_MET_LABEL, NORM_COLUMNS, RESULT_COLUMNS, build_report
from sessions.models import Aantekening, AuditData, Bevinding, Bron, NvtMarking, Tag, Toetser, Toetsing

LISTED = ["Anja de Vries", "Pieter Bakker"]
TOETSERS = [Toetser("tl", "Marieke Jansen", "teamleider", "Kiwa"), Toetser("bo", "Kees Visser", "beoordelaar", "Kiwa")]
# oordeel per norm: 2 niet, 3 deels, 1 n.v.t. (by marking), 1 niet beoordeeld, the rest voldoet
NORM_ROW = re.compile(r"^\| \*\*(V|D|OB)\d+\*\* ")
OORDELEN = {"V4": "-", "OB20": "-", "V2": "+/-", "D5": "+/-", "OB11": "+/-", "OB3": "niet beoordeeld"}


def build_audit(bank) -> AuditData:
    t = Toetsing(
        id="t1",
        organisation="Stichting Welzijn Rivierstad",
        lidnummer="SWN-0421",
        scope="Algemeen maatschappelijk werk en jongerenwerk in Rivierstad",
        variant="intercollegiaal",
        fte_staff=48.5,
        fte_stagiaires=3.2,
        fte_vrijwilligers=4.0,
        audit_dates=["2026-11-24", "2026-11-23"],
        previous_certificate_expiry="2027-01-31",
        verloop="Twee dagen op de hoofdlocatie, één gesprek online.",
        opvolging_vorig="Het inwerkprogramma uit het vorige verbeterplan is ingevoerd.",
        time_on_site="2 dagen, 15 uur",
        names_to_avoid=list(LISTED),
    )
    bronnen = [
        Bron("i1", "interview", title="Gesprek met Anja de Vries", functie="teamleider", functie_category="teamleiding"),
        Bron("i2", "interview", functie="jongerenwerker", functie_category="sociaal_werker", persons=3),
        Bron("i3", "interview", functie="maatschappelijk werker", functie_category="sociaal_werker"),
        Bron("i4", "interview", functie="directeur-bestuurder", functie_category="bestuur"),
        Bron("d1", "document", title="Inwerkprogramma 2025"),
        Bron("d2", "document", title="Jaarverslag 2025"),
        Bron("d3", "document", title="Klachtenregeling"),  # inspected, tagged to nothing
    ]
    notes, tags = [], []

    def note(bron: str, norm: str, text: str, kind: str = "citaat") -> None:
        a = Aantekening(f"a{len(notes)}", bron, text, kind=kind, created=f"2026-11-23T10:{len(notes) % 60:02d}:00")
        notes.append(a)
        tags.append(Tag(f"t{len(tags)}", a.id, norm, state="confirmed"))

    note("i1", "V2", "Anja de Vries vertelt: nieuwe collega's krijgen een buddy en een inwerkmap.")
    note("i2", "V2", "Wij kregen een buddy, maar het inwerken duurde te kort volgens Pieter Bakker.")
    note("i2", "V2", "Inwerken verschilt per team.", kind="verbeterpunt")
    note("d1", "V2", "Programma beschrijft buddy, checklist en evaluatie.")
    note("d2", "OB2", "Missie en visie zijn in 2024 met medewerkers herijkt.")
    note("i4", "OB2", "Medewerkers dachten mee over de nieuwe visie.", kind="sterk_punt")
    bevindingen = []
    for norm in bank.norms:
        oordeel = OORDELEN.get(norm.id, "+")
        if norm.id == "D11":
            continue  # n.v.t. by marking
        verbeter = f"Verbeterpunt bij {norm.id}: leg afspraken vast." if oordeel in ("-", "+/-") else ""
        text = f"Bevinding bij {norm.id}: in de gesprekken bevestigd."
        if norm.id == "V2":
            text = "Anja de Vries en collega Pieter Bakker beschrijven het inwerken; ANJA DE VRIES noemt de buddy."
        bevindingen.append(
            Bevinding(f"b-{norm.id}", norm.id, text, oordeel, "draft", sterke_punten="Sterk: betrokken team." if norm.id == "OB2" else "",
                      verbeterpunten=verbeter, author="tl", updated="2026-11-25T09:00:00")
        )
    # a newer draft by the other toetser does not beat the final version
    bevindingen.append(Bevinding("b-V1-final", "V1", "Definitieve tekst V1.", "+", "final", author="bo", updated="2026-11-25T08:00:00"))
    bevindingen.append(Bevinding("b-V1-late", "V1", "Latere concepttekst V1.", "+/-", "draft", author="tl", updated="2026-11-26T08:00:00"))
    nvt = [NvtMarking("n1", "D11", "De organisatie zet geen bedrijfskritische stagiaires in.")]
    return AuditData(t, list(TOETSERS), bronnen, notes, tags, nvt, bevindingen, [], [], [])


@pytest.fixture(scope="module")
def audit(bank):
    return build_audit(bank)


@pytest.fixture(scope="module")
def report(audit, bank):
    return build_report(audit, bank)


def docx_text(path) -> str:
    """Every text in the document: paragraphs, table cells (nested), headers and footers."""
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    for section in d.sections:
        parts += [p.text for p in section.footer.paragraphs] + [p.text for p in section.header.paragraphs]
    return "\n".join(parts)


def test_deel_a_has_every_field(report):
    expected = {
        "Klantnaam": "Stichting Welzijn Rivierstad",
        "Lidnummer SWN": "SWN-0421",
        "Inzet medewerkers (vast en tijdelijk) in fte": "48,5",
        "Inzet stagiaires in fte": "3,2",
        "Inzet bedrijfskritische vrijwilligers in fte": "4",
        "Soort onderzoek": "Intercollegiale toetsing onder een CI",
        "Expiratiedatum laatste certificaat": "31 januari 2027",
        "Uitvoering (auditdagen)": "23 november 2026, 24 november 2026",
        "Toetsingsteam": "1 teamleider (Kiwa); 1 beoordelaar (Kiwa)",
        "Tijdsbesteding (in uren onsite, totaal)": "2 dagen, 15 uur",
        "Scope certificaat": "Algemeen maatschappelijk werk en jongerenwerk in Rivierstad",
        "Verloop onderzoek": "Twee dagen op de hoofdlocatie, één gesprek online.",
        "Opvolging verbeterpunten vorig onderzoek": "Het inwerkprogramma uit het vorige verbeterplan is ingevoerd.",
        "Aantal gesprekken": "4 gesprekken met 6 personen",
    }
    for label, value in expected.items():
        assert report.field(label).value == value, label
    gesproken = report.field(GESPROKEN_MET_LABEL).value.splitlines()
    # the functies as typed, each with its number of persons, most first
    assert gesproken == ["Functies: jongerenwerker (3); directeur-bestuurder (1); maatschappelijk werker (1); teamleider (1)"]
    assert "Van de 49 normen: 42 voldoen, 3 voldoen deels (verbeterpunt), 2 voldoen niet, 1 niet van toepassing, 1 niet beoordeeld." == report.field("Conclusies dit onderzoek").value
    vak = report.field("Rubriek Vakmanschap").value
    # the reason comes from the bevinding (its weging sentence), with Dutch number agreement
    assert "1 norm voldoet niet:\nV4: Bevinding bij V4: in de gesprekken bevestigd." in vak
    assert "1 norm voldoet deels:\nV2: " in vak
    assert "1 norm is niet van toepassing:\nD11: De organisatie zet geen bedrijfskritische stagiaires in." in report.field("Rubriek Dienstverlening").value
    assert "Nog niet beoordeeld: OB3" in report.field("Rubriek Organisatie en bestuur").value
    assert report.sterke_punten == ("Sterk: betrokken team. (OB2)",)
    assert report.verbeterpunten[0].endswith("(V4)")  # voldoet niet before deels
    assert report.field("Advies (met weging verbeterplannen)").value.startswith("Voorlopig: 1 norm is nog niet beoordeeld")
    termijnen = report.field("Termijnen na de laatste auditdag").value
    assert "Conceptrapport naar de organisatie: 8 december 2026" in termijnen  # 14 days after 24 November
    assert "Verbeterplan van de organisatie: 2 februari 2027" in termijnen


def test_final_version_counts_before_a_later_draft(audit, report):
    row = next(r for r in report.deel_b[0].rows if r.norm_id == "V1")
    assert (row.bevinding, row.oordeel) == ("Definitieve tekst V1.", "+")
    drafts = [b for b in audit.bevindingen if b.norm_id == "V1" and b.status == "draft"]
    assert versions.latest(drafts).text == "Latere concepttekst V1."


def test_documents_per_rubriek(report):
    vak, _dienst, ob = report.deel_b
    assert vak.documents == ("Inwerkprogramma 2025",)
    assert ob.documents == ("Jaarverslag 2025",)
    assert report.other_documents == ("Klachtenregeling",)


def test_docx_has_deel_a_result_table_and_49_norm_rows(report, tmp_path):
    out = tmp_path / "rapport.docx"
    write_docx(report, out)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    d = docx.Document(str(out))
    text = docx_text(out)
    for section in report.deel_a:
        assert section.title in text
        for f in section.fields:
            assert f.label in text, f.label
    assert "A. Samenvatting uitkomst toetsing" in text and "B. Bevindingen Toetsing" in text

    result = next(t for t in d.tables if t.rows[0].cells[1].text == RESULT_COLUMNS[0])
    rows = [[c.text for c in r.cells] for r in result.rows]
    assert rows[0] == ["Rubriek", *RESULT_COLUMNS, "Totaal"]
    assert rows[1:] == [
        ["Vakmanschap", "13", "1", "1", "0", "0", "15"],
        ["Dienstverlening", "9", "1", "0", "1", "0", "11"],
        ["Organisatie en bestuur", "20", "1", "1", "0", "1", "23"],
        ["Totaal", "42", "3", "2", "1", "1", "49"],
    ]
    assert "42 van de 49 normen voldoen" in text

    norm_tables = [t for t in d.tables if t.rows[0].cells[1].text == NORM_COLUMNS[1]]
    assert len(norm_tables) == 3
    norm_rows = [r for t in norm_tables for r in t.rows[1:]]
    assert len(norm_rows) == 49
    oordelen = [r.cells[2].text for r in norm_rows]
    assert oordelen.count("+") == 42 and oordelen.count("-") == 2 and oordelen.count("+/-") == 3
    assert oordelen.count("n.v.t.") == 1 and oordelen.count("niet beoordeeld") == 1
    assert norm_rows[0].cells[0].text.startswith("1. Professionals beschikken over")
    for t in norm_tables:  # header row repeats on every page
        assert t.rows[0]._tr.trPr.xml.count("tblHeader") == 1
    v2 = next(r for r in norm_rows if r.cells[0].text.startswith("2. Professionals in een nieuwe rol"))
    assert "Verbeterpunten" in v2.cells[1].text and "Verbeterpunt bij V2" in v2.cells[1].text


def test_markdown_mirrors_the_report(report, tmp_path):
    out = tmp_path / "rapport.md"
    write_markdown(report, out)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    md = out.read_text(encoding="utf-8")
    assert md == render_markdown(report)
    norm_lines = [line for line in md.splitlines() if NORM_ROW.match(line)]
    assert len(norm_lines) == 49
    assert [line.rsplit("| **", 1)[1].rstrip("* |") for line in norm_lines].count("+") == 42
    assert "| Totaal | 42 | 3 | 2 | 1 | 1 | 49 |" in md
    assert "| **Klantnaam** | Stichting Welzijn Rivierstad |" in md


def test_listed_names_never_reach_the_docx(audit, bank, report, tmp_path):
    assert "Anja de Vries" in "\n".join(report.texts())  # the raw report does hold them
    result = anonymise(report, audit, bank)
    out = tmp_path / "schoon.docx"
    write_docx(result.report, out)
    write_markdown(result.report, tmp_path / "schoon.md")
    for text in (fold(docx_text(out)), fold((tmp_path / "schoon.md").read_text(encoding="utf-8"))):
        for name in [*LISTED, *(t.name for t in TOETSERS)]:
            assert fold(name) not in text
        assert "anja" not in text and "bakker" not in text
    names = {fold(f.name) for f in result.found}
    assert {"anja de vries", "pieter bakker"} <= names
    assert "[naam] en collega [naam] beschrijven het inwerken" in docx_text(out)  # the title stays: it names no one


def test_names_replaced_by_functie_where_known(audit, bank, report):
    result = anonymise(report, audit, bank, mode="functie")
    v2 = next(r for r in result.report.deel_b[0].rows if r.norm_id == "V2")
    # Anja de Vries is named in the title of the teamleider's interview; Pieter Bakker is a third
    # person: a neutral role from the word before his name, never someone else's functie
    assert v2.bevinding == "De teamleider en een collega beschrijven het inwerken; de teamleider noemt de buddy."


def test_export_refuses_when_a_listed_name_survives(audit, bank, report, monkeypatch):
    monkeypatch.setattr(Replacer, "redact", lambda self, text: text)
    with pytest.raises(ListedNameLeft, match="Anja de Vries"):
        anonymise(report, audit, bank)


def test_cli_export_from_an_audit_file(tmp_path, capsys, bank):
    from sessions.store import AuditStore

    path = tmp_path / "test.audit"
    t = Toetsing(id="cli", organisation="Buurtwerk Oost", audit_dates=["2026-11-23"], names_to_avoid=["Anja de Vries"])
    with AuditStore.create(path, t, [Toetser("x", "Marieke Jansen", "teamleider")]) as store:
        bron = store.start_interview("teamleider", "teamleiding", title="Gesprek met Anja de Vries")
        store.capture(bron.id, "Anja de Vries: elke nieuwe collega krijgt een buddy.", tags=[("V2", 1.0, "confirmed", "manual")])
        store.save_bevinding("V2", text="Volgens Anja de Vries en Marieke Jansen werkt het buddysysteem.", oordeel="+")
    out_docx, out_md = tmp_path / "r.docx", tmp_path / "r.md"
    rc = cli.main(["export", str(path), "--werkversie", "--docx", str(out_docx), "--md", str(out_md), "--zonder-deduce", "--vervang", "functie"])
    captured = capsys.readouterr()
    assert rc == 0, captured.err
    assert "Anja de Vries" in captured.out and "→ de teamleider" in captured.out
    text = docx_text(out_docx)
    assert "Volgens de teamleider en de toetser werkt het buddysysteem." in text
    assert "anja" not in fold(text) and "jansen" not in fold(text)
    assert stat.S_IMODE(os.stat(out_md).st_mode) == 0o600
    assert len([line for line in out_md.read_text(encoding="utf-8").splitlines() if NORM_ROW.match(line)]) == 49


def test_cli_export_needs_an_output_and_an_existing_file(tmp_path, capsys):
    assert cli.main(["export", str(tmp_path / "x.audit")]) == 2
    assert "--docx" in capsys.readouterr().err
    assert cli.main(["export", str(tmp_path / "bestaat-niet.audit"), "--md", str(tmp_path / "r.md")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert not (tmp_path / "r.md").exists()
