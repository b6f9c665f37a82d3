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


COLUMNS_CM = (2.8, 9.2, 5.0)  # tijd | onderdeel | toetsers, 17 cm between 2 cm margins


def _who(block: Block) -> str:
    return " + ".join(block.toetsers) if block.toetsers else "alle toetsers"


def render_schedule_docx(title: str, lines: list[str], days: tuple[AuditDay, ...], made: dt.date) -> bytes:
    """A Word file: a title, the intro lines, and per audit day a table tijd | onderdeel | toetsers."""
    import docx
    from docx.shared import Pt

    from . import docx_xml
    from .docx_xml import FONT, cm, one_typeface_dutch, runs_dutch

    doc = docx.Document()
    doc.styles["Normal"].font.name = FONT
    doc.styles["Normal"].font.size = Pt(10)
    one_typeface_dutch(doc)
    section = doc.sections[0]
    section.page_width, section.page_height = cm(21.0), cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, cm(2.0))
    doc.add_heading(title, 1)
    for line in lines:
        doc.add_paragraph(line)
    for day in days:
        doc.add_heading(day.heading, 2).paragraph_format.keep_with_next = True
        tbl = docx_xml.table(doc, COLUMNS_CM)
        header = docx_xml.row(tbl, header=True)
        for width, text in zip(COLUMNS_CM, ("Tijd", "Onderdeel", "Toetsers")):
            docx_xml.write_cell(docx_xml.cell(header, width), text, bold=True, keep_next=True)
        for n, block in enumerate(day.blocks):  # a day on one page: every row kept with the next
            tr = docx_xml.row(tbl)
            texts = (block.times, block.title, "" if block.kind == "pauze" else _who(block))
            for width, text in zip(COLUMNS_CM, texts):
                docx_xml.write_cell(docx_xml.cell(tr, width), text, keep_next=n < len(day.blocks) - 1)
    props = doc.core_properties
    props.title, props.author, props.comments = title, "interviewer", ""
    when = dt.datetime.combine(made, dt.time(9, 0))
    props.created = props.modified = props.last_printed = when
    runs_dutch(doc.element.body)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


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
