"""The report of Bijlage 7 as data: its fixed wording, the dataclasses of Deel A and Deel B, and the
walks over every outgoing string (the name check maps them). Built by report.build_report; laid
out by export_docx and export_md.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .weging import Advies, OordeelCounts

TITLE = "Resultaat toetsing Kwaliteitslabel Sterk Sociaal Werk"
SUBTITLE = "Kwaliteitsnormen Sociaal Werk versie 2019"
DEEL_A_TITLE = "A. Samenvatting uitkomst toetsing"
DEEL_B_TITLE = "B. Bevindingen Toetsing Kwaliteitsnormen Sterk Sociaal Werk"
DEEL_B_SUBTITLE = "bestemd voor de certificerende instellingen en de getoetste organisatie"
INHOUD = (
    "Samenvatting, verloop en uitkomst onderzoek, input voor trendanalyse en advies aan Sociaal Werk Nederland",
    "Bevindingen huidig onderzoek bestemd voor de getoetste organisatie",
)
DEEL_B_TOELICHTING = (
    "Een organisatie kan geheel, deels of niet voldoen aan een norm. Voldoen aan een norm betekent dat dit in "
    "de praktijk is aangetoond. Het hebben van een document waarin staat dat men het geregeld heeft is niet "
    "voldoende; het gaat om het handelen in de praktijk.",
    "De uitkomsten van de toetsing worden per norm beknopt weergegeven in de middelste kolom en onderbouwd met "
    "voorbeelden, citaten, gegevens en documenten.",
    "In de rechterkolom staat het oordeel: voldoet (+), verbeterpunt (+/-), voldoet niet (-), niet van "
    "toepassing (n.v.t.) of niet beoordeeld.",
)
RESULT_COLUMNS = ("Voldoen", "Verbeterpunt", "Voldoen niet", "Niet van toepassing", "Niet beoordeeld")
NORM_COLUMNS = ("Norm", "Bevindingen en verbeterpunten", "Oordeel")
NO_BEVINDING = "Nog geen bevinding vastgelegd."
MISSING = "(nog niet ingevuld)"  # an empty Deel A field in a werkversie or concept; a definitief has none
FIRST_CERTIFICATION = "geen (eerste certificering)"
GESPROKEN_MET_LABEL = "Gesproken met (functie- en afdelingsnamen)"
ROLE_LABELS = {"teamleider": "teamleider", "beoordelaar": "beoordelaar", "branchetoetser": "branchetoetser"}


@dataclass(frozen=True)
class Field:
    label: str
    value: str
    bullets: bool = False  # value holds one item per line, shown as a list


@dataclass(frozen=True)
class Section:
    title: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Gesprek:
    """One line of "gesproken met": a functie with its number of gesprekken and persons."""

    functie: str
    gesprekken: int
    personen: int


@dataclass(frozen=True)
class RubriekResult:
    rubriek: str
    counts: OordeelCounts
    toelichting: str  # which norms deels / niet / n.v.t., and why


@dataclass(frozen=True)
class NormRow:
    norm_id: str
    number: int
    text: str  # the official norm text
    bevinding: str
    sterke_punten: tuple[str, ...]
    verbeterpunten: tuple[str, ...]
    oordeel: str

    def blocks(self) -> list[tuple[str, str]]:
        """The middle column as (kind, text) blocks; kind is "text", "heading" or "bullet"."""
        out: list[tuple[str, str]] = [("text", p) for p in self.bevinding.split("\n") if p.strip()]
        for title, items in (("Sterke punten", self.sterke_punten), ("Verbeterpunten", self.verbeterpunten)):
            if items:
                out.append(("heading", title))
                out += [("bullet", i) for i in items]
        return out


@dataclass(frozen=True)
class RubriekBevindingen:
    rubriek: str
    rows: tuple[NormRow, ...]
    documents: tuple[str, ...]  # titles of documents tagged to a norm of this rubriek


@dataclass(frozen=True)
class DeadlineDate:
    label: str
    date: str  # ISO date, "" when the audit has no dates yet
    description: str


@dataclass(frozen=True)
class Report:
    title: str
    title_lines: tuple[str, ...]
    deel_a: tuple[Section, ...]
    gesproken_met: tuple[Gesprek, ...]
    results: tuple[RubriekResult, ...]
    totals: OordeelCounts
    norm_total: int
    sterke_punten: tuple[str, ...]
    verbeterpunten: tuple[str, ...]
    advies: Advies
    deadlines: tuple[DeadlineDate, ...]
    deel_b: tuple[RubriekBevindingen, ...]
    other_documents: tuple[str, ...]  # inspected but not tagged to any norm
    stamp: str = ""  # "WERKVERSIE — niet verzenden · 1 december 2026 · versie 2": cover, header of every page
    date: str = ""  # ISO date of the report (core property "created")
    author: str = ""  # the certificerende instelling (core property "author")
    appendix_title: str = ""
    appendix: tuple[str, ...] = ()  # werkversie: the open points of the checklist, overrides with reasons

    def field(self, label: str) -> Field | None:
        return next((f for s in self.deel_a for f in s.fields if f.label == label), None)

    def texts(self) -> Iterator[str]:
        """Every string that goes out, for the name check."""
        return iter_strings(self)


def iter_strings(obj: object) -> Iterator[str]:
    if isinstance(obj, str):
        yield obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from iter_strings(getattr(obj, f.name))
    elif isinstance(obj, (tuple, list)):
        for item in obj:
            yield from iter_strings(item)


def map_strings(obj, fn: Callable[[str], str]):  # noqa: ANN001, ANN201 - any report part
    """A copy of `obj` (report, section, ...) with `fn` applied to every string in it."""
    if isinstance(obj, str):
        return fn(obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes = {f.name: map_strings(getattr(obj, f.name), fn) for f in dataclasses.fields(obj)}
        return dataclasses.replace(obj, **changes)
    if isinstance(obj, tuple):
        return tuple(map_strings(i, fn) for i in obj)
    if isinstance(obj, list):
        return [map_strings(i, fn) for i in obj]
    return obj


def missing_fields(report: Report) -> list[str]:
    """Labels of Deel A fields without a value (what a definitief report may not have)."""
    return [f.label for s in report.deel_a for f in s.fields if not f.value.strip()]


def result_table_rows(report: Report) -> list[list[str]]:
    """Rows of the overall result table (rubriek, five counts, total), the totals row last."""
    rows = []
    for r in [*report.results, None]:
        c = report.totals if r is None else r.counts
        name = "Totaal" if r is None else r.rubriek
        rows.append([name, str(c.voldoet), str(c.deels), str(c.niet), str(c.nvt), str(c.niet_beoordeeld), str(c.total)])
    return rows


def write_private(path: "os.PathLike[str] | str", data: bytes) -> None:
    """Write `data` to `path` readable by the owner only (0600): the report holds audit findings."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)  # O_CREAT's mode does not apply to a file that already existed
        with os.fdopen(fd, "wb") as fh:
            fd = -1
            fh.write(data)
    finally:
        if fd >= 0:
            os.close(fd)
