"""The report as Markdown: the same structure as the .docx (Bijlage 7), for reading in a plain
editor, diffing two versions, or pasting into a mail."""

from __future__ import annotations

from pathlib import Path

from .report import (
    DEEL_A_TITLE,
    DEEL_B_SUBTITLE,
    DEEL_B_TITLE,
    DEEL_B_TOELICHTING,
    INHOUD,
    MISSING,
    NORM_COLUMNS,
    RESULT_COLUMNS,
    Field,
    Report,
    result_table_rows,
    write_private,
)


def _cell(text: str) -> str:
    """Table cells are one line: pipes escaped, line breaks as <br>."""
    return text.replace("|", "\\|").replace("\n", "<br>")


def _field_value(f: Field) -> str:
    if f.bullets:
        return "<br>".join(f"• {_cell(line)}" for line in f.value.splitlines() if line.strip())
    return _cell(f.value) or MISSING


def render_markdown(report: Report) -> str:
    stamp = [f"> **{report.stamp}**", ""] if report.stamp else []
    out: list[str] = [*stamp, f"# {report.title}", ""]
    out += [f"**{line}**  " for line in report.title_lines]
    out += ["", "Inhoud van het verslag:", "", *(f"- {i}" for i in INHOUD), "", f"## {DEEL_A_TITLE}", "", *stamp]
    for section in report.deel_a:
        out += [f"### {section.title}", "", "| | |", "| --- | --- |"]
        out += [f"| **{_cell(f.label)}** | {_field_value(f)} |" for f in section.fields]
        out.append("")
        if section.title == "Conclusies":
            out += ["### Overzicht resultaat", "", "| Rubriek | " + " | ".join(RESULT_COLUMNS) + " | Totaal |"]
            out.append("| --- " * (len(RESULT_COLUMNS) + 2) + "|")
            for row in result_table_rows(report):
                out.append("| " + " | ".join(row) + " |")
            voldoet = report.totals.voldoet
            out += ["", f"{voldoet} van de {report.norm_total} normen voldoen.", ""]
    out += [f"## {DEEL_B_TITLE}", "", *stamp, f"*{DEEL_B_SUBTITLE}*", "", "Toelichting:", ""]
    out += [f"- {t}" for t in DEEL_B_TOELICHTING]
    out.append("")
    for rubriek in report.deel_b:
        out += [f"### Kwaliteitsnormen {rubriek.rubriek}", "", "| " + " | ".join(NORM_COLUMNS) + " |", "| --- | --- | --- |"]
        for row in rubriek.rows:
            middle = []
            for kind, text in row.blocks():
                middle.append(f"**{text}:**" if kind == "heading" else f"• {text}" if kind == "bullet" else text)
            out.append(f"| **{row.norm_id}** {_cell(row.text)} | {'<br>'.join(_cell(m) for m in middle)} | **{row.oordeel}** |")
        out += ["", f"**Ingeziene documenten ({rubriek.rubriek}):**", ""]
        out += [f"- {d}" for d in rubriek.documents] or ["- Geen documenten aan normen van deze rubriek gekoppeld."]
        out.append("")
    if report.other_documents:
        out += ["### Overige ingeziene documenten", "", *(f"- {d}" for d in report.other_documents), ""]
    if report.appendix:
        out += [f"## {report.appendix_title or 'Bijlage'}", "", *stamp, *(f"- {line}" for line in report.appendix), ""]
    out += stamp
    return "\n".join(out)


def write_markdown(report: Report, path: Path) -> None:
    write_private(path, render_markdown(report).encode("utf-8"))
