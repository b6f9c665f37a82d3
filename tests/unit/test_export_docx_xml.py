"""The docx tables are written as WordprocessingML directly (for speed); a reader must get the same
document as python-docx's own table API writes. The reference below builds a Deel B norm table and a
Deel A field table with python-docx's public API, as the exporter did before; the XML must match."""

from __future__ import annotations

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

from interviewer.domain import export_docx
from interviewer.domain.report import Field, NormRow, RubriekBevindingen


def _ref_cell(cell, text, *, bold=False, color=None, size=None, align=None, fill=None):  # noqa: ANN001, ANN202
    for i, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        _ref_run_props(run, bold, color, size)
        if align is not None:
            p.alignment = align
    if fill:
        shd = OxmlElement("w:shd")
        for k, v in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
            shd.set(qn(k), v)
        cell._tc.get_or_add_tcPr().append(shd)


def _ref_run_props(run, bold, color, size) -> None:  # noqa: ANN001
    if bold:
        run.bold = True
    if color is not None:
        run.font.color.rgb = color
    if size is not None:
        run.font.size = size
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    run._r.get_or_add_rPr().append(lang)
    t = run._r.find(qn("w:t"))
    t.set(qn("xml:space"), "preserve")


def _ref_row_flag(row, tag: str, val: str | None = None) -> None:  # noqa: ANN001
    el = OxmlElement(tag)
    if val:
        el.set(qn("w:val"), val)
    row._tr.get_or_add_trPr().append(el)


def _widths(table, widths) -> None:  # noqa: ANN001
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width


def _tables(doc) -> list[bytes]:  # noqa: ANN001
    return [etree.tostring(t) for t in doc.element.body.iter(qn("w:tbl"))]


def test_norm_table_xml_is_what_python_docx_writes() -> None:
    row = NormRow("V1", 1, "De professional beschikt over competenties.", "Eerste alinea.\nTweede alinea.",
                  ("Sterk punt",), ("Borg dit.", "Maak dat zichtbaar."), "+/-")
    bare = NormRow("V2", 2, "Norm zonder bevinding.", "", (), (), "niet beoordeeld")
    rubriek = RubriekBevindingen("Vakmanschap", (row, bare), ("Scholingsplan",))

    ours = docx.Document()
    export_docx._norm_table(ours, rubriek)

    ref = docx.Document()
    table = ref.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    white = RGBColor(0xFF, 0xFF, 0xFF)
    for cell, text in zip(table.rows[0].cells, ("Norm", "Bevindingen en verbeterpunten", "Oordeel\n+, +/-, -")):
        _ref_cell(cell, text, bold=True, color=white, size=Pt(9.5), fill="1F4E79")
    _ref_row_flag(table.rows[0], "w:tblHeader", "true")
    for r in (row, bare):
        new = table.add_row()
        _ref_row_flag(new, "w:cantSplit")
        norm_cell, body, oordeel = new.cells
        _ref_cell(norm_cell, f"{r.number}. {r.text}", size=Pt(9))
        for i, (kind, text) in enumerate(r.blocks()):
            p = body.paragraphs[0] if i == 0 else body.add_paragraph()
            if kind == "heading":
                p.paragraph_format.space_before = Pt(4)
            elif kind == "bullet":
                p.paragraph_format.left_indent = Cm(0.35)
                p.paragraph_format.first_line_indent = Cm(-0.35)
                text = f"• {text}"
            _ref_run_props(p.add_run(text), kind == "heading", None, None)
        fill = {"+/-": "FFF2CC"}.get(r.oordeel)
        _ref_cell(oordeel, r.oordeel, bold=True, size=None if fill else Pt(8), align=WD_ALIGN_PARAGRAPH.CENTER, fill=fill)
    for cell in table.rows[-1].cells:  # the last row keeps with the documents list below the table
        for p in cell.paragraphs:
            p.paragraph_format.keep_with_next = True
    _widths(table, (Cm(5.4), Cm(9.4), Cm(2.2)))

    assert len(_tables(ours)) == 1
    assert _tables(ours) == _tables(ref)


def test_field_table_xml_is_what_python_docx_writes() -> None:
    fields = (Field("Klantnaam", "Stichting X"), Field("Leeg", ""), Field("Sterke punten", "a\n\nb", bullets=True))
    ours = docx.Document()
    export_docx._section_table(ours, "Kerngegevens", fields)

    ref = docx.Document()
    table = ref.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    head = table.rows[0].cells
    merged = head[0].merge(head[1])
    _ref_cell(merged, "Kerngegevens", bold=True, color=RGBColor(0xFF, 0xFF, 0xFF), size=Pt(10.5), fill="1F4E79")
    _ref_row_flag(table.rows[0], "w:tblHeader", "true")
    for f in fields:
        new = table.add_row()
        _ref_row_flag(new, "w:cantSplit")
        label, value = new.cells
        _ref_cell(label, f.label, bold=True, fill="DEEAF6")
        if f.bullets:
            for i, line in enumerate(x for x in f.value.splitlines() if x.strip()):
                p = value.paragraphs[0] if i == 0 else value.add_paragraph()
                p.paragraph_format.left_indent = Cm(0.4)
                p.paragraph_format.first_line_indent = Cm(-0.4)
                _ref_run_props(p.add_run(f"• {line}"), False, None, None)
        else:
            _ref_cell(value, f.value or export_docx.MISSING)
    _widths(table, (Cm(6.0), Cm(11.0)))
    merged.width = Cm(17.0)

    assert len(_tables(ours)) == 1
    assert _tables(ours) == _tables(ref)


def test_the_result_table_is_kept_on_one_page_and_a_norm_tables_end_with_its_documents(bank):
    from interviewer.demo.builder import build_demo
    from interviewer.domain.report import build_report

    doc = export_docx.build_document(build_report(build_demo(), bank))
    keep = qn("w:keepNext")

    def kept(row) -> bool:  # noqa: ANN001
        paragraphs = row._tr.findall(".//" + qn("w:p"))
        return bool(paragraphs) and all(p.find(qn("w:pPr") + "/" + keep) is not None for p in paragraphs)

    result = next(t for t in doc.tables if len(t.columns) == 7)
    assert [kept(r) for r in result.rows] == [True] * (len(result.rows) - 1) + [False]
    norm_tables = [t for t in doc.tables if len(t.columns) == 3]
    assert len(norm_tables) == 3
    for t in norm_tables:
        assert [kept(r) for r in t.rows[1:]] == [False] * (len(t.rows) - 2) + [True]
