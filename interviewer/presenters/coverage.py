"""How a norm's coverage reads on the board, the norm detail and the gesprek screen."""

from __future__ import annotations

from questionbank.models import QuestionBank
from questionbank.nl import plural

from interviewer.domain.coverage import LEVELS, NormCoverage
from interviewer.domain.labels import functie_label

LEVEL_SYMBOLS = {"open": "○", "dun": "◔", "gedekt": "◑", "onderbouwd": "●", "nvt": "–"}
LEVEL_ORDER: tuple[str, ...] = (*LEVELS, "nvt")
"""Worst first, as the board counts them; the CLI's summary reads it best first (`LEVEL_ORDER_BEST_FIRST`)."""
LEVEL_ORDER_BEST_FIRST: tuple[str, ...] = (*reversed(LEVELS), "nvt")


def counts_text(nc: NormCoverage) -> str:
    """'2 gesprekken, 1 document' — what the level rests on."""
    parts = [plural(nc.interviews, "gesprek", "gesprekken"), plural(nc.documents, "document", "documenten")]
    if nc.observaties:
        parts.append(plural(nc.observaties, "observatie", "observaties"))
    return ", ".join(parts)


def strip_detail(nc: NormCoverage) -> str:
    """Tooltip of a coverage strip cell: '2 gesprekken, 1 document' (as the board writes it)."""
    if nc.level == "nvt":
        return f"n.v.t.: {nc.nvt_reason}"
    return counts_text(nc) + (", één functie" if nc.one_functie else "")


def functie_labels(keys: tuple[str, ...] | list[str], bank: QuestionBank) -> list[str]:
    """Catalogue labels for functie category ids; free-text functies stay as typed."""
    return [functie_label(bank, key, sentence=False) for key in keys]


def flags_text(nc: NormCoverage, bank: QuestionBank) -> tuple[str, ...]:
    """Warnings a teamleider should read next to the level."""
    flags = []
    if nc.one_functie:
        flags.append(f"alleen {functie_label(bank, nc.functies[0])} gehoord: niet van meerdere kanten")
    return tuple(flags)
