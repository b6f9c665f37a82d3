"""The report as .docx (python-docx), laid out like Bijlage 7 "Format resultaat toetsing":
title page, Deel A as two-column tables per section with the overall result table, Deel B as one
three-column table per rubriek (Norm | Bevindingen en verbeterpunten | Oordeel) whose header row
repeats on every page, followed by the documents inspected. Portrait A4, like the format itself.

As its reader sees it: the stamp (WERKVERSIE / CONCEPT / DEFINITIEF, date, version) on the cover
and in the header of every page; Deel A and Deel B start on a new page by "page break before" (no
empty break paragraph that could spill onto a blank page); no table row splits across pages; the
language is nl-NL on every style and run; one typeface (theme fonts removed); core properties
title, author = the CI, created = the report date.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path


from . import docx_xml as x
from .docx_xml import FONT, one_typeface_dutch, runs_dutch
from .report import (
    DEEL_A_TITLE,
    DEEL_B_SUBTITLE,
    DEEL_B_TITLE,
    DEEL_B_TOELICHTING,
    INHOUD,
    NORM_COLUMNS,
    RESULT_COLUMNS,
    MISSING,
    Field,
    Report,
    result_table_rows,
    write_private,
)

HEADER_FILL = "1F4E79"  # dark blue header rows, white text
LABEL_FILL = "DEEAF6"  # light blue label column / section rows
TOTAL_FILL = "F2F2F2"
OORDEEL_FILL = {"+": "E2EFDA", "+/-": "FFF2CC", "-": "F8CBAD"}


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
    tbl = x.table(doc, (6.0, 11.0))
    head = x.cell(x.row(tbl, header=True), 17.0, HEADER_FILL, span=2)  # the title cell spans the table
    x.write_cell(head, title, bold=True, color=x.WHITE, size=10.5)
    for f in fields:
        tr = x.row(tbl)
        x.write_cell(x.cell(tr, 6.0, LABEL_FILL), f.label, bold=True)
        value = x.cell(tr, 11.0)
        lines = [line for line in f.value.splitlines() if line.strip()]
        if f.bullets and lines:
            x.bullets_in_cell(value, lines)
        else:
            x.write_cell(value, f.value or MISSING)
    _spacer(doc)


def _result_table(doc, report: Report) -> None:  # noqa: ANN001
    x.para(doc, "Overzicht resultaat", 2, keep_next=True)
    headers = ("Rubriek", *RESULT_COLUMNS, "Totaal")
    widths = (3.2, 2.2, 2.5, 2.3, 2.4, 2.4, 2.0)
    tbl = x.table(doc, widths)
    tr = x.row(tbl, header=True)
    for width, text in zip(widths, headers):  # the table is short: kept whole on one page (keep_next)
        x.write_cell(x.cell(tr, width, HEADER_FILL), text, bold=True, color=x.WHITE, size=8, keep_next=True)
    rows = result_table_rows(report)
    for i, values in enumerate(rows):
        tr = x.row(tbl)
        last = i == len(rows) - 1
        for j, (width, text) in enumerate(zip(widths, values)):
            tc = x.cell(tr, width, TOTAL_FILL if last else None)
            x.write_cell(tc, text, bold=last or j == 0, align="" if j == 0 else "center", keep_next=not last)
    doc.add_paragraph(f"{report.totals.voldoet} van de {report.norm_total} normen voldoen; "
                      f"{report.totals.deels} voldoen deels, {report.totals.niet} voldoen niet.")


def _norm_table(doc, rubriek) -> None:  # noqa: ANN001
    from docx.shared import Pt

    x.para(doc, f"Kwaliteitsnormen {rubriek.rubriek}", 2, keep_next=True)
    widths = (5.4, 9.4, 2.2)
    tbl = x.table(doc, widths)
    tr = x.row(tbl, header=True)
    labels = (NORM_COLUMNS[0], NORM_COLUMNS[1], f"{NORM_COLUMNS[2]}\n+, +/-, -")
    for width, text in zip(widths, labels):
        x.write_cell(x.cell(tr, width, HEADER_FILL), text, bold=True, color=x.WHITE, size=9.5)
    for i, row in enumerate(rubriek.rows):
        # the last row goes with the list of documents below it, so that list never starts a page alone
        # (LibreOffice otherwise splits the list's keep-with-next chain)
        keep = i == len(rubriek.rows) - 1
        tr = x.row(tbl)
        x.write_cell(x.cell(tr, widths[0]), f"{row.number}. {row.text}", size=9, keep_next=keep)
        body = x.cell(tr, widths[1])
        for kind, text in row.blocks():
            if kind == "heading":
                x.run(x.cell_para(body, before_pt=4, keep_next=keep), text, bold=True)
            elif kind == "bullet":
                x.run(x.cell_para(body, indent_cm=0.35, keep_next=keep), f"• {text}")
            else:
                x.run(x.cell_para(body, keep_next=keep), text)
        if len(body) == 1:  # no blocks: a cell holds at least one paragraph
            x.cell_para(body, keep_next=keep)
        # words ("n.v.t.", "niet beoordeeld") smaller, so that they fit the narrow column unbroken
        size = None if row.oordeel in OORDEEL_FILL else 8
        oordeel = x.cell(tr, widths[2], OORDEEL_FILL.get(row.oordeel))
        x.write_cell(oordeel, row.oordeel, bold=True, size=size, align="center", keep_next=keep)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.keep_with_next = True
    p.add_run(f"Ingeziene documenten ({rubriek.rubriek}):").bold = True
    titles = rubriek.documents or ("Geen documenten aan normen van deze rubriek gekoppeld.",)
    for i, title in enumerate(titles):  # the list stays together with its heading
        x.para(doc, title, "List Bullet", keep_next=i < len(titles) - 1)


def _spacer(doc) -> None:  # noqa: ANN001
    """A small gap after a table (a table cannot carry space after itself)."""
    from docx.shared import Pt

    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(8)


def _core_properties(doc, report: Report) -> None:  # noqa: ANN001
    import datetime as dt

    props = doc.core_properties
    props.title = f"{report.title} – {report.title_lines[1] if len(report.title_lines) > 1 else ''}".rstrip(" –")
    props.subject = report.stamp
    props.author = report.author or "certificerende instelling"
    props.last_modified_by = report.author or ""
    props.comments = ""
    props.keywords = ""
    props.language = "nl-NL"
    props.revision = 1
    try:
        when = dt.datetime.combine(dt.date.fromisoformat(report.date), dt.time(12, 0)) if report.date else None
    except ValueError:
        when = None
    if when is not None:
        props.created = when
        props.modified = when
        props.last_printed = when


@lru_cache(maxsize=1)
def _base_docx() -> bytes:
    """The default template with our styles (one typeface, nl-NL) and A4 page set up, saved once:
    every report starts from a copy, so the 400 style elements are fixed once per process."""
    import docx
    from docx.enum.section import WD_ORIENT
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
    one_typeface_dutch(doc)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = x.cm(21.0), x.cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, x.cm(2.0))
    section.top_margin, section.bottom_margin = x.cm(2.0), x.cm(1.8)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def build_document(report: Report):  # noqa: ANN201 - docx.Document
    """The python-docx Document for `report` (not yet saved)."""
    import docx
    from docx.shared import Pt, RGBColor

    doc = docx.Document(io.BytesIO(_base_docx()))
    section = doc.sections[0]
    _page_number_footer(section, f"ONDERZOEKSVERSLAG {report.stamp}".strip())
    if report.stamp:
        head = section.header.paragraphs[0]
        head.text = ""
        run = head.add_run(report.stamp)
        run.bold = True
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)

    # title page
    for _ in range(3):
        doc.add_paragraph()
    if report.stamp:
        p = doc.add_paragraph()
        run = p.add_run(report.stamp)
        run.bold = True
        run.font.size = Pt(16)
        run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    x.para(doc, report.title, "Title")
    for line in report.title_lines:
        p = doc.add_paragraph()
        p.add_run(line).font.size = Pt(13)
    doc.add_paragraph()
    doc.add_paragraph().add_run("Inhoud van het verslag").bold = True
    for item in INHOUD:
        x.para(doc, item, "List Bullet")

    # Deel A, on a new page
    x.para(doc, DEEL_A_TITLE, 1, page_break=True)
    for sec in report.deel_a:
        _section_table(doc, sec.title, sec.fields)
        if sec.title == "Conclusies":
            _result_table(doc, report)
            _spacer(doc)

    # Deel B, on a new page
    x.para(doc, DEEL_B_TITLE, 1, page_break=True)
    doc.add_paragraph().add_run(DEEL_B_SUBTITLE).italic = True
    doc.add_paragraph().add_run("Toelichting").bold = True
    for text in DEEL_B_TOELICHTING:
        x.para(doc, text, "List Bullet")
    for rubriek in report.deel_b:
        _norm_table(doc, rubriek)
    if report.other_documents:
        x.para(doc, "Overige ingeziene documenten", 2, keep_next=True)
        for title in report.other_documents:
            x.para(doc, title, "List Bullet")
    if report.appendix:
        x.para(doc, report.appendix_title or "Bijlage", 1, page_break=True)
        for line in report.appendix:
            x.para(doc, line, "List Bullet")
    _core_properties(doc, report)
    runs_dutch(doc.element.body)
    runs_dutch(section.header._element)
    runs_dutch(section.footer._element)
    return doc


def render_docx(report: Report) -> bytes:
    buffer = io.BytesIO()
    build_document(report).save(buffer)
    return buffer.getvalue()


def write_docx(report: Report, path: Path) -> None:
    write_private(path, render_docx(report))
