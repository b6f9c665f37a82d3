"""The report as .docx (python-docx), laid out like Bijlage 7 "Format resultaat toetsing":
title page, Deel A as two-column tables per section with the overall result table, Deel B as one
three-column table per rubriek (Norm | Bevindingen en verbeterpunten | Oordeel) whose header row
repeats on every page, followed by the documents inspected. Portrait A4, like the format itself.
"""

from __future__ import annotations

import io
from pathlib import Path

from .report import (
    DEEL_A_TITLE,
    DEEL_B_SUBTITLE,
    DEEL_B_TITLE,
    DEEL_B_TOELICHTING,
    INHOUD,
    NORM_COLUMNS,
    RESULT_COLUMNS,
    Field,
    Report,
    result_table_rows,
    write_private,
)

FONT = "Arial"  # on every Word install; LibreOffice maps it to the metric-compatible Liberation Sans
HEADER_FILL = "1F4E79"  # dark blue header rows, white text
LABEL_FILL = "DEEAF6"  # light blue label column / section rows
TOTAL_FILL = "F2F2F2"
OORDEEL_FILL = {"+": "E2EFDA", "+/-": "FFF2CC", "-": "F8CBAD"}


def _shade(cell, fill: str) -> None:  # noqa: ANN001 - python-docx cell
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _repeat_header(row) -> None:  # noqa: ANN001
    """Mark a table row as header: Word and LibreOffice repeat it at the top of each page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _set_widths(table, widths) -> None:  # noqa: ANN001
    """Fixed column widths; LibreOffice reads the grid columns, Word the cell widths, so set both."""
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width


def _write_cell(cell, text: str, *, bold: bool = False, color=None, size=None, align=None) -> None:  # noqa: ANN001
    cell.text = ""
    paragraph = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        p = paragraph if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if color is not None:
            run.font.color.rgb = color
        if size is not None:
            run.font.size = size
        if align is not None:
            p.alignment = align


def _bullets_in_cell(cell, lines: list[str]) -> None:  # noqa: ANN001
    cell.text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.left_indent = _cm(0.4)
        p.paragraph_format.first_line_indent = _cm(-0.4)
        p.add_run(f"• {line}")


def _cm(value: float):  # noqa: ANN202
    from docx.shared import Cm

    return Cm(value)


def _page_number_footer(section, label: str) -> None:  # noqa: ANN001
    """Footer "ONDERZOEKSVERSLAG <org>   BLZ. x VAN y", as in the format's page footer."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    p = section.footer.paragraphs[0]
    p.text = ""

    def field(code: str) -> None:
        run = p.add_run()
        for kind, text in (("begin", None), ("instr", code), ("separate", None), ("text", "1"), ("end", None)):
            if kind == "instr":
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = f" {text} "
            elif kind == "text":
                el = OxmlElement("w:t")
                el.text = text
            else:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        run.font.size = Pt(8)

    for text in (f"{label}   BLZ. ",):
        r = p.add_run(text)
        r.font.size = Pt(8)
    field("PAGE")
    r = p.add_run(" VAN ")
    r.font.size = Pt(8)
    field("NUMPAGES")


def _section_table(doc, title: str, fields: tuple[Field, ...]) -> None:  # noqa: ANN001
    from docx.shared import Pt, RGBColor

    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    head = table.rows[0].cells
    merged = head[0].merge(head[1])
    _write_cell(merged, title, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF), size=Pt(10.5))
    _shade(merged, HEADER_FILL)
    for f in fields:
        label, value = table.add_row().cells
        _write_cell(label, f.label, bold=True)
        _shade(label, LABEL_FILL)
        lines = [line for line in f.value.splitlines() if line.strip()]
        if f.bullets and lines:
            _bullets_in_cell(value, lines)
        else:
            _write_cell(value, f.value or "—")
    _set_widths(table, (_cm(6.0), _cm(11.0)))
    doc.add_paragraph()


def _result_table(doc, report: Report) -> None:  # noqa: ANN001
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    doc.add_heading("Overzicht resultaat", level=2)
    headers = ("Rubriek", *RESULT_COLUMNS, "Totaal")
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers):
        _write_cell(cell, text, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF), size=Pt(8))
        _shade(cell, HEADER_FILL)
    rows = result_table_rows(report)
    for i, values in enumerate(rows):
        cells = table.add_row().cells
        last = i == len(rows) - 1
        for j, (cell, text) in enumerate(zip(cells, values)):
            _write_cell(cell, text, bold=last or j == 0, align=None if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
            if last:
                _shade(cell, TOTAL_FILL)
    _set_widths(table, tuple(_cm(w) for w in (3.2, 2.2, 2.5, 2.3, 2.4, 2.4, 2.0)))
    doc.add_paragraph(f"{report.totals.voldoet} van de {report.norm_total} normen voldoen; "
                      f"{report.totals.deels} voldoen deels, {report.totals.niet} voldoen niet.")


def _norm_table(doc, rubriek) -> None:  # noqa: ANN001
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    doc.add_heading(f"Kwaliteitsnormen {rubriek.rubriek}", level=2)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    header = table.rows[0]
    labels = (NORM_COLUMNS[0], NORM_COLUMNS[1], f"{NORM_COLUMNS[2]}\n+, +/-, -")
    for cell, text in zip(header.cells, labels):
        _write_cell(cell, text, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF), size=Pt(9.5))
        _shade(cell, HEADER_FILL)
    _repeat_header(header)
    for row in rubriek.rows:
        norm_cell, body, oordeel = table.add_row().cells
        _write_cell(norm_cell, f"{row.number}. {row.text}")
        norm_cell.paragraphs[0].runs[0].font.size = Pt(9)
        body.text = ""
        first = True
        for kind, text in row.blocks():
            p = body.paragraphs[0] if first else body.add_paragraph()
            first = False
            if kind == "heading":
                p.paragraph_format.space_before = Pt(4)
                p.add_run(text).bold = True
            elif kind == "bullet":
                p.paragraph_format.left_indent = _cm(0.35)
                p.paragraph_format.first_line_indent = _cm(-0.35)
                p.add_run(f"• {text}")
            else:
                p.add_run(text)
        # words ("n.v.t.", "niet beoordeeld") smaller, so that they fit the narrow column unbroken
        size = None if row.oordeel in OORDEEL_FILL else Pt(8)
        _write_cell(oordeel, row.oordeel, bold=True, size=size, align=WD_ALIGN_PARAGRAPH.CENTER)
        if row.oordeel in OORDEEL_FILL:
            _shade(oordeel, OORDEEL_FILL[row.oordeel])
    _set_widths(table, (_cm(5.4), _cm(9.4), _cm(2.2)))
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.add_run(f"Ingeziene documenten ({rubriek.rubriek}):").bold = True
    for title in rubriek.documents or ("Geen documenten aan normen van deze rubriek gekoppeld.",):
        doc.add_paragraph(title, style="List Bullet")


def build_document(report: Report):  # noqa: ANN201 - docx.Document
    """The python-docx Document for `report` (not yet saved)."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt, RGBColor

    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(10)
    style.paragraph_format.space_after = Pt(2)
    for name, size in (("Title", 22), ("Heading 1", 15), ("Heading 2", 12)):
        doc.styles[name].font.name = FONT
        doc.styles[name].font.size = Pt(size)
        doc.styles[name].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = _cm(21.0), _cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, _cm(2.0))
    section.top_margin, section.bottom_margin = _cm(2.0), _cm(1.8)
    _page_number_footer(section, "ONDERZOEKSVERSLAG")

    # title page
    for _ in range(4):
        doc.add_paragraph()
    doc.add_paragraph(report.title, style="Title")
    for line in report.title_lines:
        p = doc.add_paragraph()
        p.add_run(line).font.size = Pt(13)
    doc.add_paragraph()
    doc.add_paragraph().add_run("Inhoud van het verslag").bold = True
    for item in INHOUD:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # Deel A
    doc.add_heading(DEEL_A_TITLE, level=1)
    for sec in report.deel_a:
        _section_table(doc, sec.title, sec.fields)
        if sec.title == "Conclusies":
            _result_table(doc, report)
            doc.add_paragraph()
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # Deel B
    doc.add_heading(DEEL_B_TITLE, level=1)
    doc.add_paragraph().add_run(DEEL_B_SUBTITLE).italic = True
    doc.add_paragraph().add_run("Toelichting").bold = True
    for text in DEEL_B_TOELICHTING:
        doc.add_paragraph(text, style="List Bullet")
    for rubriek in report.deel_b:
        _norm_table(doc, rubriek)
    if report.other_documents:
        doc.add_heading("Overige ingeziene documenten", level=2)
        for title in report.other_documents:
            doc.add_paragraph(title, style="List Bullet")
    return doc


def render_docx(report: Report) -> bytes:
    buffer = io.BytesIO()
    build_document(report).save(buffer)
    return buffer.getvalue()


def write_docx(report: Report, path: Path) -> None:
    write_private(path, render_docx(report))
