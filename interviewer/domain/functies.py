"""How functies are named in text: one place, so the report, the drafts, the question reasons, the
plan and the coverage table all write "sociaal werker" but "HR-medewerker" and "OR / PVT".

Functies, never names: these labels are what the report says instead of the person.
"""

from __future__ import annotations

from questionbank.models import QuestionBank
from sessions.models import Bron

UNKNOWN_GESPREKSPARTNER = "gesprekspartner"


def in_sentence(label: str) -> str:
    """A label as it reads inside a sentence: "Sociaal werker" -> "sociaal werker"; labels that
    start with an abbreviation ("HR-medewerker", "OR / PVT") keep their capitals."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def at_start(label: str) -> str:
    """A label at the start of a line or sentence: "sociaal werker" -> "Sociaal werker"."""
    return label[:1].upper() + label[1:]


def functie_label(bank: QuestionBank, functie_id: str, *, sentence: bool = True) -> str:
    """The catalogue label of a functie category id; a free-text functie (no category) as typed.

    `sentence=False` gives the label as a heading or list item shows it ("Sociaal werker").
    """
    category = bank.functie(functie_id)
    label = category.label if category else functie_id.strip()
    return in_sentence(label) if sentence else label


def bron_functie_label(bron: Bron, bank: QuestionBank | None) -> str:
    """How the report names the person(s) of an interview, inside a sentence: the category label,
    else the functie the toetser typed, else "gesprekspartner"."""
    category = bank.functie(bron.functie_category) if bank and bron.functie_category else None
    if category:
        return in_sentence(category.label)
    return in_sentence(bron.functie.strip()) or UNKNOWN_GESPREKSPARTNER
