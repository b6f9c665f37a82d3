"""The audit programme as files for the organisation: a .docx to send and an .ics to import.

The programme names functies and bodies, never the people to be interviewed (they are not known
yet, and the report rule is the same); the toetsers are the audit team and may be named. The .ics
uses floating local times (RFC 5545 §3.3.5: no time zone, read as the reader's local time), so it
needs no VTIMEZONE and imports the same in Outlook, Google Calendar and Apple Calendar.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io

from questionbank.nl import date_long

from .schedule import AuditDay, Block, clock


def _who(block: Block) -> str:
    return " + ".join(block.toetsers) if block.toetsers else "alle toetsers"


def render_schedule_docx(title: str, lines: list[str], days: tuple[AuditDay, ...], made: dt.date) -> bytes:
    """A Word file: a title, the intro lines, and per audit day a table tijd | onderdeel | toetsers."""
    import docx
    from docx.shared import Pt

    from .export_docx import FONT, _cm, _one_typeface_dutch, _runs_dutch

    doc = docx.Document()
    doc.styles["Normal"].font.name = FONT
    doc.styles["Normal"].font.size = Pt(10)
    _one_typeface_dutch(doc)
    section = doc.sections[0]
    section.page_width, section.page_height = _cm(21.0), _cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, _cm(2.0))
    doc.add_heading(title, 1)
    for line in lines:
        doc.add_paragraph(line)
    for day in days:
        doc.add_heading(day.heading, 2).paragraph_format.keep_with_next = True
        table = doc.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("Tijd", "Onderdeel", "Toetsers")):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
        for block in day.blocks:
            row = table.add_row().cells
            row[0].text = block.times
            row[1].text = block.title
            row[2].text = "" if block.kind == "pauze" else _who(block)
        _fixed_widths(table, (_cm(2.8), _cm(9.2), _cm(5.0)))
        _keep_together(table)
    props = doc.core_properties
    props.title, props.author, props.comments = title, "interviewer", ""
    when = dt.datetime.combine(made, dt.time(9, 0))
    props.created = props.modified = props.last_printed = when
    _runs_dutch(doc.element.body)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _fixed_widths(table, widths) -> None:  # noqa: ANN001
    """Word and LibreOffice read the grid and every cell: set both, with autofit off."""
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width


def _keep_together(table) -> None:  # noqa: ANN001
    """A day's table on one page: no row split, every row kept with the next, the header repeated."""
    from docx.oxml import OxmlElement

    for n, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        if n == 0:
            tr_pr.append(OxmlElement("w:tblHeader"))
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = n < len(table.rows) - 1


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """RFC 5545 §3.1: lines of at most 75 octets, continued with a leading space; never inside a
    UTF-8 character."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        limit = 75 if not out else 74
        if len(current) + len(encoded) > limit:
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return [out[0], *(" " + part for part in out[1:])]


def render_ics(organisation: str, days: tuple[AuditDay, ...], stamp: dt.datetime, seed: str) -> bytes:
    """One VEVENT per block (breaks included, so a shared calendar shows them), floating local time.
    UIDs are derived from `seed` (the audit id), the day and the block, so importing a changed
    programme again updates the events instead of doubling them."""
    if any(day.date is None for day in days):
        raise ValueError("De data van de auditdagen zijn niet bekend.")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//interviewer//auditprogramma//NL", "CALSCALE:GREGORIAN"]
    utc = stamp.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    for day in days:
        assert day.date is not None
        for n, block in enumerate(day.blocks):
            uid = hashlib.sha256(f"{seed}|{day.number}|{n}|{block.kind}|{_who(block)}".encode()).hexdigest()[:32]
            begin = day.date.strftime("%Y%m%d") + "T" + clock(block.start).replace(":", "") + "00"
            end = day.date.strftime("%Y%m%d") + "T" + clock(block.end).replace(":", "") + "00"
            summary = f"Audit {organisation}: {block.title}" if organisation else f"Audit: {block.title}"
            description = f"Dag {day.number} ({date_long(day.date)}), {_who(block)}"
            if block.interview is not None and block.interview.norms:
                description += f". Normen: {', '.join(block.interview.norms)}"
            lines += [
                "BEGIN:VEVENT",
                f"UID:{uid}@interviewer",
                f"DTSTAMP:{utc}",
                f"DTSTART:{begin}",
                f"DTEND:{end}",
                f"SUMMARY:{_escape(summary)}",
                f"DESCRIPTION:{_escape(description)}",
                "TRANSP:OPAQUE" if block.kind != "pauze" else "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(part for line in lines for part in _fold(line)) + "\r\n").encode("utf-8")
