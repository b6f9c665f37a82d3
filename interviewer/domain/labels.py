"""How functies and bronnen are named in text: one place, so the report, the drafts, the question
reasons, the plan and the coverage table all write "sociaal werker" but "HR-medewerker" and "OR / PVT".

Functies, never names: these labels are what the report says instead of the person. A bron has one
label per place it is shown, all here: `bron_label` (the gesprek header), `bron_heading` (the norm
detail's group heading), `source_label` (the attribution after a quote in a draft), and
`functie_key` (the category coverage counts "van meerdere kanten" by); `functie_category_of` reads a
functie as typed (id, label or job title) as its category, for the tagger's context.
"""

from __future__ import annotations

from questionbank.models import QuestionBank
from sessions.models import Bron

from .text import words

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


UNKNOWN_FUNCTIE = "onbekend"


def functie_key(bron: Bron) -> str:
    """The functie category of an interview; free text when no category was picked."""
    return bron.functie_category or bron.functie.strip().lower() or UNKNOWN_FUNCTIE


def functie_category_of(bank: QuestionBank, functie: str) -> str:
    """The catalogue category of a functie given as its id, its label or one of its job titles
    ("Jongerenwerker" -> "sociaal_werker"), compared word by word (case and accents aside); "" for a
    functie the catalogue does not know (free text)."""
    key = " ".join(words(functie)) if functie else ""
    if not key:
        return ""
    return next((f.id for f in bank.functies for name in (f.id, f.label, *f.titles) if " ".join(words(name)) == key), "")


def bron_label(bron: Bron, bank: QuestionBank) -> str:
    """'Teamleider · teamcoach (2 pers., jongerenwerk)': the gesprek screen's header and bron lists."""
    if bron.kind == "document":
        return f"Document: {bron.title}" + (f" ({bron.document_kind})" if bron.document_kind else "")
    if bron.kind == "observatie":
        return f"Observatie: {bron.title}"
    category = functie_label(bank, bron.functie_category, sentence=False)
    label = category if not bron.functie or bron.functie.lower() == category.lower() else f"{category} · {bron.functie}"
    extra = [f"{bron.persons} pers."] if bron.persons > 1 else []
    if bron.werksoort:
        extra.append(bron.werksoort)
    return label + (f" ({', '.join(extra)})" if extra else "")


def bron_heading(bron: Bron, bank: QuestionBank) -> str:
    """'Gesprek · sociaal werker (2 personen)': a group of evidence on the norm detail."""
    if bron.kind == "interview":
        label = bron.functie.strip() or bron_functie_label(bron, bank)
        persons = f" ({bron.persons} personen)" if bron.persons > 1 else ""
        return f"Gesprek · {label}{persons}"
    if bron.kind == "document":
        kind = f" ({bron.document_kind})" if bron.document_kind else ""
        return f"Document · {bron.title or 'zonder titel'}{kind}"
    return f"Observatie · {bron.title or 'rondgang'}"


def source_label(bron: Bron, bank: QuestionBank | None) -> str:
    """Attribution after a quote in a draft: the functie, the document title, or "waarneming"."""
    if bron.kind == "interview":
        return bron_functie_label(bron, bank)
    if bron.kind == "document":
        return f"document: {bron.title}" if bron.title else "document"
    return f"waarneming: {bron.title}" if bron.title else "waarneming"
