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
from copy import deepcopy
from functools import lru_cache
from pathlib import Path

from lxml import etree

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


# The tables are built as WordprocessingML directly with lxml, in exactly the XML python-docx
# writes for add_table/add_row/merge/width/shading: python-docx's own row, cell and width setters
# search the element tree on every call (table.cell and row.cells are O(n) each, a style is resolved
# by name with XPath), which made the tables most of the export's time. The document is unchanged
# byte for byte (tests/unit/test_export_docx_xml.py compares it with the python-docx way).
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
(T_TBL, T_TBLPR, T_TBLSTYLE, T_TBLW, T_TBLLAYOUT, T_TBLLOOK, T_TBLGRID, T_GRIDCOL, T_TR, T_TRPR, T_TBLHEADER,
 T_CANTSPLIT, T_TC, T_TCPR, T_TCW, T_GRIDSPAN, T_SHD, T_P, T_PPR, T_SPACING, T_IND, T_JC, T_R, T_RPR, T_B,
 T_COLOR, T_SZ, T_LANG, T_T) = (_W + t for t in (
    "tbl", "tblPr", "tblStyle", "tblW", "tblLayout", "tblLook", "tblGrid", "gridCol", "tr", "trPr", "tblHeader",
    "cantSplit", "tc", "tcPr", "tcW", "gridSpan", "shd", "p", "pPr", "spacing", "ind", "jc", "r", "rPr", "b",
    "color", "sz", "lang", "t"))
T_PSTYLE, T_KEEPNEXT, T_PAGEBREAK = _W + "pStyle", _W + "keepNext", _W + "pageBreakBefore"
A_VAL, A_TYPE, A_W, A_COLOR, A_FILL = _W + "val", _W + "type", _W + "w", _W + "color", _W + "fill"
_TBL_LOOK = (("firstColumn", "1"), ("firstRow", "1"), ("lastColumn", "0"), ("lastRow", "0"), ("noHBand", "0"),
             ("noVBand", "1"), ("val", "04A0"))  # the default template's Table Grid look


def _sub(parent, tag: str, *attrs: tuple[str, str]):  # noqa: ANN001, ANN202 - lxml element
    el = etree.SubElement(parent, tag)
    for key, value in attrs:
        el.set(key, value)
    return el


def _twips(cm: float) -> int:
    return _cm(cm).twips


def _table(doc, widths_cm: tuple[float, ...]):  # noqa: ANN001, ANN202
    """An empty "Table Grid" table with fixed column widths (grid and cells), appended to the body."""
    tbl = etree.Element(T_TBL)
    tbl_pr = _sub(tbl, T_TBLPR)
    _sub(tbl_pr, T_TBLSTYLE, (A_VAL, "TableGrid"))
    _sub(tbl_pr, T_TBLW, (A_TYPE, "auto"), (A_W, "0"))
    _sub(tbl_pr, T_TBLLAYOUT, (A_TYPE, "fixed"))
    _sub(tbl_pr, T_TBLLOOK, *((_W + k, v) for k, v in _TBL_LOOK))
    grid = _sub(tbl, T_TBLGRID)
    for w in widths_cm:
        _sub(grid, T_GRIDCOL, (A_W, str(_twips(w))))
    doc.element.body._insert_tbl(tbl)
    return tbl


# Rows, cells, paragraphs and runs are copied from a prototype made once per kind (an lxml deepcopy
# is a few times faster than building the same elements one by one).
@lru_cache(maxsize=None)
def _row_proto(header: bool):  # noqa: ANN202
    tr = etree.Element(T_TR)
    tr_pr = _sub(tr, T_TRPR)
    if header:
        _sub(tr_pr, T_TBLHEADER, (A_VAL, "true"))
    else:
        _sub(tr_pr, T_CANTSPLIT)
    return tr


def _row(tbl, *, header: bool = False):  # noqa: ANN001, ANN202
    """A row; a header row repeats at the top of each page, any other row never breaks across pages
    (norm text and oordeel stay together)."""
    tr = deepcopy(_row_proto(header))
    tbl.append(tr)
    return tr


@lru_cache(maxsize=None)
def _cell_proto(width_cm: float, fill: str | None, span: int):  # noqa: ANN202
    tc = etree.Element(T_TC)
    tc_pr = _sub(tc, T_TCPR)
    _sub(tc_pr, T_TCW, (A_TYPE, "dxa"), (A_W, str(_twips(width_cm))))
    if span:
        _sub(tc_pr, T_GRIDSPAN, (A_VAL, str(span)))
    if fill:
        _sub(tc_pr, T_SHD, (A_VAL, "clear"), (A_COLOR, "auto"), (A_FILL, fill))
    return tc


def _cell(tr, width_cm: float, fill: str | None = None, span: int = 0):  # noqa: ANN001, ANN202
    tc = deepcopy(_cell_proto(width_cm, fill, span))
    tr.append(tc)
    return tc


@lru_cache(maxsize=None)
def _para_proto(align: str, indent_cm: float, before_pt: float):  # noqa: ANN202
    p = etree.Element(T_P)
    if align or indent_cm or before_pt:
        p_pr = _sub(p, T_PPR)
        if before_pt:
            _sub(p_pr, T_SPACING, (_W + "before", str(round(before_pt * 20))))
        if indent_cm:
            w = str(_twips(indent_cm))
            _sub(p_pr, T_IND, (_W + "left", w), (_W + "hanging", w))
        if align:
            _sub(p_pr, T_JC, (A_VAL, align))
    return p


def _cell_para(tc, *, align: str = "", indent_cm: float = 0.0, before_pt: float = 0.0):  # noqa: ANN001, ANN202
    """A paragraph in a cell, with the paragraph properties python-docx would write (schema order)."""
    p = deepcopy(_para_proto(align, indent_cm, before_pt))
    tc.append(p)
    return p


@lru_cache(maxsize=None)
def _run_proto(bold: bool, color: str | None, size: float | None):  # noqa: ANN202
    r = etree.Element(T_R)
    r_pr = _sub(r, T_RPR)
    if bold:
        _sub(r_pr, T_B)
    if color is not None:
        _sub(r_pr, T_COLOR, (A_VAL, color))
    if size is not None:
        _sub(r_pr, T_SZ, (A_VAL, str(round(size * 2))))
    _sub(r_pr, T_LANG, (A_VAL, "nl-NL"))
    _sub(r, T_T, (_SPACE, "preserve"))
    return r


def _run(p, text: str, *, bold: bool = False, color: str | None = None, size: float | None = None) -> None:  # noqa: ANN001
    """Append a run to the paragraph element `p` in schema order (b, color, sz, lang); the same XML
    as python-docx's run.text and font setters, without their tree walks."""
    r = deepcopy(_run_proto(bold, color, size))
    r[1].text = text
    p.append(r)


def _write_cell(tc, text: str, *, bold: bool = False, color: str | None = None, size: float | None = None, align: str = "") -> None:  # noqa: ANN001
    """One paragraph per line of `text`, each one run."""
    for line in text.split("\n"):
        _run(_cell_para(tc, align=align), line, bold=bold, color=color, size=size)


def _bullets_in_cell(tc, lines: list[str], indent_cm: float = 0.4) -> None:  # noqa: ANN001
    for line in lines:
        _run(_cell_para(tc, indent_cm=indent_cm), f"• {line}")


WHITE = "FFFFFF"


# Style ids of the default template. Set directly: python-docx resolves a style *name* with XPath
# over every style each time, which was a third of the export's time.
STYLE_IDS = {"List Bullet": "ListBullet", "Title": "Title", 1: "Heading1", 2: "Heading2"}


def _para(doc, text: str = "", style: str | int = "", *, keep_next: bool | None = None, page_break: bool = False) -> None:  # noqa: ANN001
    """A body paragraph: doc.add_paragraph(text, style) / doc.add_heading(text, level) plus
    keep_with_next / page_break_before, written as the same XML without python-docx's lookups."""
    if any(c in text for c in "\t\n\r"):  # tabs and breaks: python-docx's run.text turns them into w:tab / w:br
        para = doc.add_paragraph(text)
        if style:
            para._p.get_or_add_pPr().get_or_add_pStyle().val = STYLE_IDS[style]
        if keep_next is not None:
            para.paragraph_format.keep_with_next = keep_next
        para.paragraph_format.page_break_before = page_break or None
        return
    p = etree.Element(T_P)
    if style or keep_next is not None or page_break:
        p_pr = _sub(p, T_PPR)
        if style:
            _sub(p_pr, T_PSTYLE, (A_VAL, STYLE_IDS[style]))
        if keep_next is not None:
            _sub(p_pr, T_KEEPNEXT) if keep_next else _sub(p_pr, T_KEEPNEXT, (A_VAL, "0"))
        if page_break:
            _sub(p_pr, T_PAGEBREAK)
    if text:
        r = _sub(p, T_R)
        _sub(_sub(r, T_RPR), T_LANG, (A_VAL, "nl-NL"))
        t = _sub(r, T_T)
        t.text = text
        if text.strip() != text:
            t.set(_SPACE, "preserve")
    doc.element.body._insert_p(p)


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
    tbl = _table(doc, (6.0, 11.0))
    head = _cell(_row(tbl, header=True), 17.0, HEADER_FILL, span=2)  # the title cell spans the table
    _write_cell(head, title, bold=True, color=WHITE, size=10.5)
    for f in fields:
        tr = _row(tbl)
        _write_cell(_cell(tr, 6.0, LABEL_FILL), f.label, bold=True)
        value = _cell(tr, 11.0)
        lines = [line for line in f.value.splitlines() if line.strip()]
        if f.bullets and lines:
            _bullets_in_cell(value, lines)
        else:
            _write_cell(value, f.value or MISSING)
    _spacer(doc)


def _result_table(doc, report: Report) -> None:  # noqa: ANN001
    _para(doc, "Overzicht resultaat", 2, keep_next=True)
    headers = ("Rubriek", *RESULT_COLUMNS, "Totaal")
    widths = (3.2, 2.2, 2.5, 2.3, 2.4, 2.4, 2.0)
    tbl = _table(doc, widths)
    tr = _row(tbl, header=True)
    for width, text in zip(widths, headers):
        _write_cell(_cell(tr, width, HEADER_FILL), text, bold=True, color=WHITE, size=8)
    rows = result_table_rows(report)
    for i, values in enumerate(rows):
        tr = _row(tbl)
        last = i == len(rows) - 1
        for j, (width, text) in enumerate(zip(widths, values)):
            tc = _cell(tr, width, TOTAL_FILL if last else None)
            _write_cell(tc, text, bold=last or j == 0, align="" if j == 0 else "center")
    doc.add_paragraph(f"{report.totals.voldoet} van de {report.norm_total} normen voldoen; "
                      f"{report.totals.deels} voldoen deels, {report.totals.niet} voldoen niet.")


def _norm_table(doc, rubriek) -> None:  # noqa: ANN001
    from docx.shared import Pt

    _para(doc, f"Kwaliteitsnormen {rubriek.rubriek}", 2, keep_next=True)
    widths = (5.4, 9.4, 2.2)
    tbl = _table(doc, widths)
    tr = _row(tbl, header=True)
    labels = (NORM_COLUMNS[0], NORM_COLUMNS[1], f"{NORM_COLUMNS[2]}\n+, +/-, -")
    for width, text in zip(widths, labels):
        _write_cell(_cell(tr, width, HEADER_FILL), text, bold=True, color=WHITE, size=9.5)
    for row in rubriek.rows:
        tr = _row(tbl)
        _write_cell(_cell(tr, widths[0]), f"{row.number}. {row.text}", size=9)
        body = _cell(tr, widths[1])
        for kind, text in row.blocks():
            if kind == "heading":
                _run(_cell_para(body, before_pt=4), text, bold=True)
            elif kind == "bullet":
                _run(_cell_para(body, indent_cm=0.35), f"• {text}")
            else:
                _run(_cell_para(body), text)
        if len(body) == 1:  # no blocks: a cell holds at least one paragraph
            _sub(body, T_P)
        # words ("n.v.t.", "niet beoordeeld") smaller, so that they fit the narrow column unbroken
        size = None if row.oordeel in OORDEEL_FILL else 8
        oordeel = _cell(tr, widths[2], OORDEEL_FILL.get(row.oordeel))
        _write_cell(oordeel, row.oordeel, bold=True, size=size, align="center")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.keep_with_next = True
    p.add_run(f"Ingeziene documenten ({rubriek.rubriek}):").bold = True
    titles = rubriek.documents or ("Geen documenten aan normen van deze rubriek gekoppeld.",)
    for i, title in enumerate(titles):  # the list stays together with its heading
        _para(doc, title, "List Bullet", keep_next=i < len(titles) - 1)


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
    _one_typeface_dutch(doc)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = _cm(21.0), _cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, _cm(2.0))
    section.top_margin, section.bottom_margin = _cm(2.0), _cm(1.8)
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
    _para(doc, report.title, "Title")
    for line in report.title_lines:
        p = doc.add_paragraph()
        p.add_run(line).font.size = Pt(13)
    doc.add_paragraph()
    doc.add_paragraph().add_run("Inhoud van het verslag").bold = True
    for item in INHOUD:
        _para(doc, item, "List Bullet")

    # Deel A, on a new page
    _para(doc, DEEL_A_TITLE, 1, page_break=True)
    for sec in report.deel_a:
        _section_table(doc, sec.title, sec.fields)
        if sec.title == "Conclusies":
            _result_table(doc, report)
            _spacer(doc)

    # Deel B, on a new page
    _para(doc, DEEL_B_TITLE, 1, page_break=True)
    doc.add_paragraph().add_run(DEEL_B_SUBTITLE).italic = True
    doc.add_paragraph().add_run("Toelichting").bold = True
    for text in DEEL_B_TOELICHTING:
        _para(doc, text, "List Bullet")
    for rubriek in report.deel_b:
        _norm_table(doc, rubriek)
    if report.other_documents:
        _para(doc, "Overige ingeziene documenten", 2, keep_next=True)
        for title in report.other_documents:
            _para(doc, title, "List Bullet")
    if report.appendix:
        _para(doc, report.appendix_title or "Bijlage", 1, page_break=True)
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
