"""How a norm's aspects and oordeel proposal read on screen (F4 bevindingen and the norm detail):
Rich markup lines, built from domain.aspects / domain.proposal."""

from __future__ import annotations

from interviewer.domain.aspects import NormAspects

from .markup import escape


def proposal_line(oordeel: str, reason: str) -> str:
    return f"Voorstel: [b]{escape(oordeel)}[/b] ({escape(reason)})"


def aspect_lines(aspects: NormAspects | None) -> list[str]:
    """The aspects of a norm: heard (with the functies and documents they were heard from) or not."""
    if aspects is None or not aspects.aspects:
        return []
    lines = [f"[b]Aspecten[/b]: {escape(aspects.summary())}"]
    for a in aspects.aspects:
        core = " (kern)" if a.aspect.core else ""
        if a.heard:
            lines.append(f"  ✓ {escape(a.label)}{core}: {escape(', '.join(a.sources))}")
        else:
            lines.append(f"  · {escape(a.label)}{core}: niet gehoord")
    return lines
