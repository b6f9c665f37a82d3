"""The WordprocessingML the report's .docx is made of, written with lxml: tables with fixed column
widths, rows that never split (or repeat as header), shaded cells, paragraphs and runs in Dutch.

python-docx's own row, cell and width setters search the element tree on every call (table.cell
and row.cells are O(n) each, a style is resolved by name with XPath), which made the tables most of
the export's time. These functions write exactly the XML python-docx writes for add_table, add_row,
merge, width, shading, alignment and indents, so the document is unchanged byte for byte
(tests/unit/test_export_docx_xml.py compares it with the python-docx way). export_docx lays out
the report with them.
"""

from __future__ import annotations

from copy import deepcopy
from functools import lru_cache

from lxml import etree

FONT = "Arial"  # on every Word install; LibreOffice maps it to the metric-compatible Liberation Sans

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


def sub(parent, tag: str, *attrs: tuple[str, str]):  # noqa: ANN001, ANN202 - lxml element
    el = etree.SubElement(parent, tag)
    for key, value in attrs:
        el.set(key, value)
    return el


def twips(value_cm: float) -> int:
    return cm(value_cm).twips


def table(doc, widths_cm: tuple[float, ...]):  # noqa: ANN001, ANN202
    """An empty "Table Grid" table with fixed column widths (grid and cells), appended to the body."""
    tbl = etree.Element(T_TBL)
    tbl_pr = sub(tbl, T_TBLPR)
    sub(tbl_pr, T_TBLSTYLE, (A_VAL, "TableGrid"))
    sub(tbl_pr, T_TBLW, (A_TYPE, "auto"), (A_W, "0"))
    sub(tbl_pr, T_TBLLAYOUT, (A_TYPE, "fixed"))
    sub(tbl_pr, T_TBLLOOK, *((_W + k, v) for k, v in _TBL_LOOK))
    grid = sub(tbl, T_TBLGRID)
    for w in widths_cm:
        sub(grid, T_GRIDCOL, (A_W, str(twips(w))))
    doc.element.body._insert_tbl(tbl)
    return tbl


# Rows, cells, paragraphs and runs are copied from a prototype made once per kind (an lxml deepcopy
# is a few times faster than building the same elements one by one).
@lru_cache(maxsize=None)
def row_proto(header: bool):  # noqa: ANN202
    tr = etree.Element(T_TR)
    tr_pr = sub(tr, T_TRPR)
    if header:
        sub(tr_pr, T_TBLHEADER, (A_VAL, "true"))
    else:
        sub(tr_pr, T_CANTSPLIT)
    return tr


def row(tbl, *, header: bool = False):  # noqa: ANN001, ANN202
    """A row; a header row repeats at the top of each page, any other row never breaks across pages
    (norm text and oordeel stay together)."""
    tr = deepcopy(row_proto(header))
    tbl.append(tr)
    return tr


@lru_cache(maxsize=None)
def cell_proto(width_cm: float, fill: str | None, span: int):  # noqa: ANN202
    tc = etree.Element(T_TC)
    tc_pr = sub(tc, T_TCPR)
    sub(tc_pr, T_TCW, (A_TYPE, "dxa"), (A_W, str(twips(width_cm))))
    if span:
        sub(tc_pr, T_GRIDSPAN, (A_VAL, str(span)))
    if fill:
        sub(tc_pr, T_SHD, (A_VAL, "clear"), (A_COLOR, "auto"), (A_FILL, fill))
    return tc


def cell(tr, width_cm: float, fill: str | None = None, span: int = 0):  # noqa: ANN001, ANN202
    tc = deepcopy(cell_proto(width_cm, fill, span))
    tr.append(tc)
    return tc


@lru_cache(maxsize=None)
def para_proto(align: str, indent_cm: float, before_pt: float, keep_next: bool = False):  # noqa: ANN202
    p = etree.Element(T_P)
    if align or indent_cm or before_pt or keep_next:
        p_pr = sub(p, T_PPR)
        if keep_next:
            sub(p_pr, T_KEEPNEXT)
        if before_pt:
            sub(p_pr, T_SPACING, (_W + "before", str(round(before_pt * 20))))
        if indent_cm:
            w = str(twips(indent_cm))
            sub(p_pr, T_IND, (_W + "left", w), (_W + "hanging", w))
        if align:
            sub(p_pr, T_JC, (A_VAL, align))
    return p


def cell_para(tc, *, align: str = "", indent_cm: float = 0.0, before_pt: float = 0.0, keep_next: bool = False):  # noqa: ANN001, ANN202
    """A paragraph in a cell, with the paragraph properties python-docx would write (schema order).
    `keep_next` on every paragraph of a row keeps that row on the page of the next one (Word and
    LibreOffice keep a table, or a table's end and what follows it, together that way)."""
    p = deepcopy(para_proto(align, indent_cm, before_pt, keep_next))
    tc.append(p)
    return p


@lru_cache(maxsize=None)
def run_proto(bold: bool, color: str | None, size: float | None):  # noqa: ANN202
    r = etree.Element(T_R)
    r_pr = sub(r, T_RPR)
    if bold:
        sub(r_pr, T_B)
    if color is not None:
        sub(r_pr, T_COLOR, (A_VAL, color))
    if size is not None:
        sub(r_pr, T_SZ, (A_VAL, str(round(size * 2))))
    sub(r_pr, T_LANG, (A_VAL, "nl-NL"))
    sub(r, T_T, (_SPACE, "preserve"))
    return r


def run(p, text: str, *, bold: bool = False, color: str | None = None, size: float | None = None) -> None:  # noqa: ANN001
    """Append a run to the paragraph element `p` in schema order (b, color, sz, lang); the same XML
    as python-docx's run.text and font setters, without their tree walks."""
    r = deepcopy(run_proto(bold, color, size))
    r[1].text = text
    p.append(r)


def write_cell(
    tc, text: str, *, bold: bool = False, color: str | None = None, size: float | None = None, align: str = "",  # noqa: ANN001
    keep_next: bool = False,
) -> None:
    """One paragraph per line of `text`, each one run."""
    for line in text.split("\n"):
        run(cell_para(tc, align=align, keep_next=keep_next), line, bold=bold, color=color, size=size)


def bullets_in_cell(tc, lines: list[str], indent_cm: float = 0.4) -> None:  # noqa: ANN001
    for line in lines:
        run(cell_para(tc, indent_cm=indent_cm), f"• {line}")


WHITE = "FFFFFF"


# Style ids of the default template. Set directly: python-docx resolves a style *name* with XPath
# over every style each time, which was a third of the export's time.
STYLE_IDS = {"List Bullet": "ListBullet", "Title": "Title", 1: "Heading1", 2: "Heading2"}


def para(doc, text: str = "", style: str | int = "", *, keep_next: bool | None = None, page_break: bool = False) -> None:  # noqa: ANN001
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
        p_pr = sub(p, T_PPR)
        if style:
            sub(p_pr, T_PSTYLE, (A_VAL, STYLE_IDS[style]))
        if keep_next is not None:
            sub(p_pr, T_KEEPNEXT) if keep_next else sub(p_pr, T_KEEPNEXT, (A_VAL, "0"))
        if page_break:
            sub(p_pr, T_PAGEBREAK)
    if text:
        r = sub(p, T_R)
        sub(sub(r, T_RPR), T_LANG, (A_VAL, "nl-NL"))
        t = sub(r, T_T)
        t.text = text
        if text.strip() != text:
            t.set(_SPACE, "preserve")
    doc.element.body._insert_p(p)


def cm(value: float):  # noqa: ANN202
    from docx.shared import Cm

    return Cm(value)


def one_typeface_dutch(doc) -> None:  # noqa: ANN001
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


def runs_dutch(part_element) -> None:  # noqa: ANN001
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
