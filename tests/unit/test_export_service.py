"""The export pipeline (interviewer/services/export.py) through the CLI: kinds, refusals, never
overwriting, the record of what went out, and the docx as its reader sees it."""

from __future__ import annotations

import hashlib
import re
import sqlite3

import docx
import pytest
import sqlite_utils
from complete_audit import complete_audit

from interviewer import cli
from interviewer.demo import fresh_copy
from interviewer.domain.report import MISSING, build_report
from sessions import schema
from sessions.store import AuditStore


@pytest.fixture
def demo(tmp_path):
    return fresh_copy(tmp_path)


def _complete_file(path, bank):
    data = complete_audit(bank)
    with AuditStore.create(path, data.toetsing, data.toetsers) as store:
        store.import_data(data)
    return path


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("flag", [[], ["--concept"]])
def test_demo_definitief_and_concept_are_refused_naming_disputes_and_unjudged_norms(demo, tmp_path, capsys, flag):
    out = tmp_path / "r.docx"
    assert cli.main(["export", str(demo), "--docx", str(out), "--zonder-deduce", *flag]) == 1
    err = capsys.readouterr().err
    assert "in geschil" in err and "V9, D10, OB10" in err
    assert "nog geen oordeel" in err and "V1, V2" in err
    assert not out.exists()
    with AuditStore.open(demo, read_only=True) as store:
        assert store.exports() == []


def test_demo_werkversie_says_so_on_every_page_and_fills_every_deel_a_label(demo, tmp_path, capsys, bank):
    out_docx, out_md = tmp_path / "r.docx", tmp_path / "r.md"
    before = _sha(demo)
    assert cli.main(["export", str(demo), "--werkversie", "--docx", str(out_docx), "--md", str(out_md), "--zonder-deduce"]) == 0
    d = docx.Document(str(out_docx))
    cover = [p.text for p in d.paragraphs[:6]]
    assert any(t.startswith("WERKVERSIE — niet verzenden") and "versie 1" in t for t in cover)
    assert d.sections[0].header.paragraphs[0].text.startswith("WERKVERSIE — niet verzenden")  # every page
    assert "WERKVERSIE" in d.sections[0].footer.paragraphs[0].text
    md = out_md.read_text(encoding="utf-8")
    assert md.startswith("> **WERKVERSIE — niet verzenden")
    with AuditStore.open(demo, read_only=True) as store:
        report = build_report(store.load_all(), bank)
    for section in report.deel_a:
        for f in section.fields:
            assert f.value.strip(), f.label  # the demo fills every Deel A field
            assert f"| **{f.label}** | {MISSING}" not in md
    assert MISSING not in md
    assert "Bijlage bij de werkversie: open punten voor het team" in md and "[blokkeert] 3 normen zijn in geschil" in md
    assert _sha(demo) == before  # a werkversie writes nothing to the audit


def test_a_second_export_is_refused_without_force_and_the_first_file_stays(demo, tmp_path, capsys):
    out = tmp_path / "r.docx"
    args = ["export", str(demo), "--werkversie", "--docx", str(out), "--zonder-deduce"]
    assert cli.main(args) == 0
    first = out.read_bytes()
    out.write_bytes(first + b"")  # as finished in Word, say
    assert cli.main(args) == 1
    assert "bestaat al" in capsys.readouterr().err
    assert out.read_bytes() == first
    assert cli.main([*args, "--force"]) == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".r.docx")] == []  # no temp file left


def test_concept_and_definitief_are_recorded_with_version_and_sha256(tmp_path, bank, capsys):
    audit = _complete_file(tmp_path / "klaar.audit", bank)
    concept, final = tmp_path / "concept.docx", tmp_path / "definitief.md"
    assert cli.main(["export", str(audit), "--concept", "--docx", str(concept), "--zonder-deduce"]) == 0
    assert cli.main(["export", str(audit), "--md", str(final), "--zonder-deduce"]) == 0
    with AuditStore.open(audit, read_only=True) as store:
        records = sorted(store.exports(), key=lambda e: e.version)
    assert [(e.kind, e.version, e.filename) for e in records] == [("concept", 1, "concept.docx"), ("definitief", 2, "definitief.md")]
    assert records[0].sha256 == _sha(concept) and records[1].sha256 == _sha(final)
    assert final.read_text(encoding="utf-8").startswith("> **DEFINITIEF ·") and "versie 2" in final.read_text(encoding="utf-8")
    d = docx.Document(str(concept))
    assert any(p.text.startswith("CONCEPT ·") for p in d.paragraphs[:6])
    # named roles are in the report on purpose, though the teamleider is a toetser
    table_text = [c.text for t in d.tables for r in t.rows for c in r.cells]
    assert "Marieke Jansen" in table_text


def test_docx_reads_as_a_finished_dutch_document(tmp_path, bank):
    audit = _complete_file(tmp_path / "klaar.audit", bank)
    out = tmp_path / "r.docx"
    assert cli.main(["export", str(audit), "--concept", "--docx", str(out), "--zonder-deduce"]) == 0
    d = docx.Document(str(out))
    props = d.core_properties
    assert props.author == "KeurWel" and props.created.date().isoformat() == "2026-10-20"
    assert props.title.startswith("Resultaat toetsing") and "python-docx" not in (props.author + props.comments + props.last_modified_by)
    styles_xml = d.styles.element.xml
    assert not re.search(r"w:(ascii|hAnsi|eastAsia|cs)[tT]heme=", styles_xml)  # no theme fonts: one typeface
    assert 'w:val="nl-NL"' in styles_xml
    body = d.element.body.xml
    assert body.count('<w:lang w:val="nl-NL"/>') >= body.count("<w:r>") + body.count("<w:r ")  # every run Dutch
    # no break paragraph that could make a blank page; Deel A and B start on a new page by their heading
    assert 'w:type="page"' not in body and body.count("<w:pageBreakBefore/>") == 2
    for table in d.tables:
        for row in table.rows[1:]:
            assert "cantSplit" in row._tr.xml  # rows never split across pages
        assert "tblHeader" in table.rows[0]._tr.xml
    title_cell = d.tables[0].rows[0].cells[0]
    assert title_cell.width == sum(c.width for c in d.tables[0].rows[1].cells)  # title as wide as its table


def test_an_old_file_migrates_with_empty_kerngegevens_shown_as_missing(tmp_path, bank):
    path = tmp_path / "oud.audit"
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    schema.migrate(db, target=2)
    db["toetsing"].insert({"id": "t-1", "organisation": "Oud Welzijn", "audit_dates": '["2025-03-01"]',
                           "previous_certificate_expiry": "", "created": "x", "updated": "x", "author": "a"})
    db["bevindingen"].insert({"id": "v-1", "norm_id": "V2", "text": "Oud.", "oordeel": "+", "edited": 1,
                              "created": "x", "updated": "x", "author": "a"})
    conn.close()
    with AuditStore.open(path, read_only=True) as store:
        data = store.load_all()
    t = data.toetsing
    assert (t.adres, t.ci_naam, t.verslag_datum, t.first_certification, t.verbeterplan_goedgekeurd) == ("", "", "", False, False)
    assert data.overrides == [] and data.exports == [] and data.bevindingen[0].accepted is False
    from interviewer.domain.checklist import build_checklist

    report = build_report(data, bank)
    assert report.field("Expiratiedatum laatste certificaat").value == ""  # not "eerste certificering" by default
    missing = build_checklist(data, bank, report).of("deel_a").message
    for label in ("Adres", "Naam Certificerende instelling", "Expiratiedatum laatste certificaat", "Verslag", "Ondertekening"):
        assert label in missing
    from interviewer.domain.export_md import render_markdown

    assert f"| **Adres** | {MISSING} |" in render_markdown(report)


def _with_candidate(bank):
    """The complete audit with one word the name check cannot place ("Kwasibah"): a candidate."""
    import dataclasses

    data = complete_audit(bank)
    v2 = next(b for b in data.bevindingen if b.norm_id == "V2")
    changed = dataclasses.replace(v2, text=v2.text + " Volgens Kwasibah werkt het buddysysteem goed.")
    return dataclasses.replace(data, bevindingen=[changed if b is v2 else b for b in data.bevindingen])


def test_a_name_candidate_blocks_a_concept_until_it_is_marked_naam_or_geen_naam(bank):
    from interviewer.services import export as service

    audit = _with_candidate(bank)
    with pytest.raises(service.ExportRefused) as refused:
        service.prepare(audit, bank, "concept")
    assert "Controleer namen: Kwasibah — markeer als naam of geen naam" in str(refused.value)
    assert refused.value.checklist.of("names") is not None  # the dialog shows the full checklist
    for verdict in (False, True):  # "geen naam" keeps the word, "naam" replaces it: either lifts the blocker
        prepared = service.prepare(audit, bank, "concept", reviews={"kwasibah": verdict})
        assert prepared.checklist.of("names") is None
        v2 = next(r for rb in prepared.report.deel_b for r in rb.rows if r.norm_id == "V2")
        assert ("Volgens Kwasibah werkt" in v2.bevinding) is (not verdict)


def test_a_werkversie_with_a_name_candidate_is_written_and_lists_it(tmp_path, bank, capsys):
    path = tmp_path / "naam.audit"
    data = _with_candidate(bank)
    with AuditStore.create(path, data.toetsing, data.toetsers) as store:
        store.import_data(data)
    out = tmp_path / "r.md"
    args = ["export", str(path), "--md", str(out), "--zonder-deduce"]
    assert cli.main([*args, "--concept"]) == 1
    captured = capsys.readouterr()
    assert "[blokkeert] Controleer namen: Kwasibah" in captured.out  # the checklist as printed
    assert "Controleer namen: Kwasibah" in captured.err and not out.exists()  # the refusal names it
    assert cli.main([*args, "--werkversie"]) == 0
    assert "[blokkeert] Controleer namen: Kwasibah" in capsys.readouterr().out
    md = out.read_text(encoding="utf-8")
    assert "Kwasibah" not in md and "Volgens [naam] werkt" in md
    assert "[blokkeert] Controleer namen: 1 woord is in deze werkversie vervangen door [naam]" in md  # the appendix
    out.unlink()
    assert cli.main([*args, "--concept", "--geen-naam", "Kwasibah"]) == 0
    assert "Controleer namen" not in capsys.readouterr().out
    assert "Volgens Kwasibah werkt" in out.read_text(encoding="utf-8")
