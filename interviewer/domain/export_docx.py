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
from pathlib import Path

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


# Style ids of the default template. Set directly: python-docx resolves a style *name* with XPath
# over every style each time, which was a third of the export's time.
STYLE_IDS = {"List Bullet": "ListBullet", "Title": "Title", 1: "Heading1", 2: "Heading2"}


def _para(doc, text: str = "", style: str | int = ""):  # noqa: ANN001, ANN202 - python-docx paragraph
    """doc.add_paragraph(text, style) / doc.add_heading(text, level) without the style lookup."""
    p = doc.add_paragraph(text)
    if style:
        p._p.get_or_add_pPr().get_or_add_pStyle().val = STYLE_IDS[style]
    return p


def _no_split(row) -> None:  # noqa: ANN001
    """A row never breaks across pages (norm text and oordeel stay together)."""
    from docx.oxml import OxmlElement

    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _set_widths(table, widths) -> None:  # noqa: ANN001
    """Fixed column widths; LibreOffice reads the grid columns, Word the cell widths, so set both."""
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width


def _run(p, text: str, *, bold: bool = False, color=None, size=None) -> None:  # noqa: ANN001
    """Append a run to paragraph `p` as lxml, in schema order (b, color, sz, lang). python-docx's
    run.text and font setters walk the element tree for every property, which made up most of the
    export's time; the result is the same XML."""
    from lxml import etree

    from docx.oxml.ns import qn

    r = etree.SubElement(p._p, qn("w:r"))
    r_pr = etree.SubElement(r, qn("w:rPr"))
    if bold:
        etree.SubElement(r_pr, qn("w:b"))
    if color is not None:
        etree.SubElement(r_pr, qn("w:color")).set(qn("w:val"), str(color))
    if size is not None:
        etree.SubElement(r_pr, qn("w:sz")).set(qn("w:val"), str(round(size.pt * 2)))
    etree.SubElement(r_pr, qn("w:lang")).set(qn("w:val"), "nl-NL")
    t = etree.SubElement(r, qn("w:t"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _write_cell(cell, text: str, *, bold: bool = False, color=None, size=None, align=None) -> None:  # noqa: ANN001
    paragraph = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        p = paragraph if i == 0 else cell.add_paragraph()
        _run(p, line, bold=bold, color=color, size=size)
        if align is not None:
            p.alignment = align


def _bullets_in_cell(cell, lines: list[str]) -> None:  # noqa: ANN001
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.left_indent = _cm(0.4)
        p.paragraph_format.first_line_indent = _cm(-0.4)
        _run(p, f"• {line}")


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
    _repeat_header(table.rows[0])
    for f in fields:
        row = table.add_row()
        _no_split(row)
        label, value = row.cells
        _write_cell(label, f.label, bold=True)
        _shade(label, LABEL_FILL)
        lines = [line for line in f.value.splitlines() if line.strip()]
        if f.bullets and lines:
            _bullets_in_cell(value, lines)
        else:
            _write_cell(value, f.value or MISSING)
    _set_widths(table, (_cm(6.0), _cm(11.0)))
    merged.width = _cm(17.0)  # the title cell spans the table (the loop above gave it one column's width)
    _spacer(doc)


def _result_table(doc, report: Report) -> None:  # noqa: ANN001
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    _para(doc, "Overzicht resultaat", 2).paragraph_format.keep_with_next = True
    headers = ("Rubriek", *RESULT_COLUMNS, "Totaal")
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers):
        _write_cell(cell, text, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF), size=Pt(8))
        _shade(cell, HEADER_FILL)
    _repeat_header(table.rows[0])
    rows = result_table_rows(report)
    for i, values in enumerate(rows):
        new_row = table.add_row()
        _no_split(new_row)
        cells = new_row.cells
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

    _para(doc, f"Kwaliteitsnormen {rubriek.rubriek}", 2).paragraph_format.keep_with_next = True
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    header = table.rows[0]
    labels = (NORM_COLUMNS[0], NORM_COLUMNS[1], f"{NORM_COLUMNS[2]}\n+, +/-, -")
    for cell, text in zip(header.cells, labels):
        _write_cell(cell, text, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF), size=Pt(9.5))
        _shade(cell, HEADER_FILL)
    _repeat_header(header)
    for row in rubriek.rows:
        new_row = table.add_row()
        _no_split(new_row)
        norm_cell, body, oordeel = new_row.cells
        _write_cell(norm_cell, f"{row.number}. {row.text}", size=Pt(9))
        first = True
        for kind, text in row.blocks():
            p = body.paragraphs[0] if first else body.add_paragraph()
            first = False
            if kind == "heading":
                p.paragraph_format.space_before = Pt(4)
                _run(p, text, bold=True)
            elif kind == "bullet":
                p.paragraph_format.left_indent = _cm(0.35)
                p.paragraph_format.first_line_indent = _cm(-0.35)
                _run(p, f"• {text}")
            else:
                _run(p, text)
        # words ("n.v.t.", "niet beoordeeld") smaller, so that they fit the narrow column unbroken
        size = None if row.oordeel in OORDEEL_FILL else Pt(8)
        _write_cell(oordeel, row.oordeel, bold=True, size=size, align=WD_ALIGN_PARAGRAPH.CENTER)
        if row.oordeel in OORDEEL_FILL:
            _shade(oordeel, OORDEEL_FILL[row.oordeel])
    _set_widths(table, (_cm(5.4), _cm(9.4), _cm(2.2)))
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.keep_with_next = True
    p.add_run(f"Ingeziene documenten ({rubriek.rubriek}):").bold = True
    titles = rubriek.documents or ("Geen documenten aan normen van deze rubriek gekoppeld.",)
    for i, title in enumerate(titles):  # the list stays together with its heading
        _para(doc, title, "List Bullet").paragraph_format.keep_with_next = i < len(titles) - 1


def _spacer(doc) -> None:  # noqa: ANN001
    """A small gap after a table (a table cannot carry space after itself)."""
    from docx.shared import Pt

    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(8)


def _one_typeface_dutch(doc) -> None:  # noqa: ANN001
    """FONT in every slot of every style and the defaults, theme fonts removed (they win over
    w:ascii otherwise), and lang nl-NL, so Word checks the spelling in Dutch."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def fix(r_pr) -> None:  # noqa: ANN001
        fonts = r_pr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            r_pr.insert(0, fonts)
        for attr in list(fonts.attrib):
            if attr.lower().endswith("theme"):  # asciiTheme, hAnsiTheme, eastAsiaTheme, cstheme
                del fonts.attrib[attr]
        for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(slot), FONT)
        lang = r_pr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            r_pr.append(lang)
        for slot in ("w:val", "w:eastAsia", "w:bidi"):
            lang.set(qn(slot), "nl-NL")

    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None:
            r_pr = rpr_default.find(qn("w:rPr"))
            if r_pr is None:
                r_pr = OxmlElement("w:rPr")
                rpr_default.append(r_pr)
            fix(r_pr)
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:type")) in ("paragraph", "character", "table"):
            r_pr = style.find(qn("w:rPr"))
            if r_pr is None:
                r_pr = OxmlElement("w:rPr")
                style.append(r_pr)
            fix(r_pr)
    for fonts in styles.iter(qn("w:rFonts")):  # also inside table styles' conditional formats
        for attr in list(fonts.attrib):
            if attr.lower().endswith("theme"):
                del fonts.attrib[attr]
        for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(slot), FONT)


def _runs_dutch(part_element) -> None:  # noqa: ANN001
    """lang nl-NL on every run of a part (body, header, footer)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for run in part_element.iter(qn("w:r")):
        r_pr = run.find(qn("w:rPr"))
        if r_pr is None:
            r_pr = OxmlElement("w:rPr")
            run.insert(0, r_pr)
        if r_pr.find(qn("w:lang")) is None:
            lang = OxmlElement("w:lang")
            lang.set(qn("w:val"), "nl-NL")
            r_pr.append(lang)


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


def build_document(report: Report):  # noqa: ANN201 - docx.Document
    """The python-docx Document for `report` (not yet saved)."""
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
    _one_typeface_dutch(doc)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = _cm(21.0), _cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, _cm(2.0))
    section.top_margin, section.bottom_margin = _cm(2.0), _cm(1.8)
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
    _para(doc, report.title, "Title")
    for line in report.title_lines:
        p = doc.add_paragraph()
        p.add_run(line).font.size = Pt(13)
    doc.add_paragraph()
    doc.add_paragraph().add_run("Inhoud van het verslag").bold = True
    for item in INHOUD:
        _para(doc, item, "List Bullet")

    # Deel A, on a new page
    _para(doc, DEEL_A_TITLE, 1).paragraph_format.page_break_before = True
    for sec in report.deel_a:
        _section_table(doc, sec.title, sec.fields)
        if sec.title == "Conclusies":
            _result_table(doc, report)
            _spacer(doc)

    # Deel B, on a new page
    _para(doc, DEEL_B_TITLE, 1).paragraph_format.page_break_before = True
    doc.add_paragraph().add_run(DEEL_B_SUBTITLE).italic = True
    doc.add_paragraph().add_run("Toelichting").bold = True
    for text in DEEL_B_TOELICHTING:
        _para(doc, text, "List Bullet")
    for rubriek in report.deel_b:
        _norm_table(doc, rubriek)
    if report.other_documents:
        _para(doc, "Overige ingeziene documenten", 2).paragraph_format.keep_with_next = True
        for title in report.other_documents:
            _para(doc, title, "List Bullet")
    if report.appendix:
        _para(doc, report.appendix_title or "Bijlage", 1).paragraph_format.page_break_before = True
        for line in report.appendix:
            _para(doc, line, "List Bullet")
    _core_properties(doc, report)
    _runs_dutch(doc.element.body)
    _runs_dutch(section.header._element)
    _runs_dutch(section.footer._element)
    return doc


def render_docx(report: Report) -> bytes:
    buffer = io.BytesIO()
    build_document(report).save(buffer)
    return buffer.getvalue()


def write_docx(report: Report, path: Path) -> None:
    write_private(path, render_docx(report))
