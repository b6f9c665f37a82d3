"""Rows of an audit file as dataclasses. The store reads and writes these; domain code reads them.

Every row has a UUID (`id`), created/updated timestamps (ISO 8601 UTC) and its author (toetser id),
so that the files of several toetsers can be merged by union on `id`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

AANTEKENING_KINDS = ("citaat", "observatie", "sterk_punt", "verbeterpunt")
AANTEKENING_LABELS = {
    "citaat": "citaat",
    "observatie": "observatie",
    "sterk_punt": "sterk punt",
    "verbeterpunt": "verbeterpunt",
    "passage": "passage",
}
# A passage of an imported document file: written by the import, never typed (not in AANTEKENING_KINDS).
PASSAGE_KIND = "passage"
# Author of the preparation notes an imported zelfevaluatie writes: the organisation's own account,
# not a toetser's (a toetser's own note for the norm stays theirs to edit).
ZELFEVALUATIE_AUTHOR = "zelfevaluatie"
BRON_KINDS = ("interview", "document", "observatie")
TOETSER_ROLES = ("teamleider", "beoordelaar", "branchetoetser")
TAG_ORIGINS = ("auto", "manual")
TAG_STATES = ("suggested", "confirmed", "rejected")
OORDELEN = ("+", "+/-", "-", "n.v.t.", "niet beoordeeld")
OORDEEL_LABELS = {
    "+": "voldoet",
    "+/-": "voldoet deels (verbeterpunt)",
    "-": "voldoet niet",
    "n.v.t.": "niet van toepassing",
    "niet beoordeeld": "niet beoordeeld",
}
BEVINDING_STATUSES = ("draft", "final")
VARIANTS = ("ci", "combi", "intercollegiaal")
# Bodies the organisation has, asked on the new-audit form for the interview plan ("" = not asked yet).
MEDEZEGGENSCHAP = ("OR", "PVT", "geen")  # ondernemingsraad, personeelsvertegenwoordiging, or neither
CLIENTENRAAD = ("ja", "nee")


@dataclass
class Toetsing:
    """The audit itself: one per file."""

    id: str
    organisation: str
    lidnummer: str = ""
    scope: str = ""
    variant: str = "ci"  # one of VARIANTS
    fte_staff: float = 0.0
    fte_stagiaires: float = 0.0
    fte_vrijwilligers: float = 0.0  # bedrijfskritische vrijwilligers
    wijkteam: bool = False
    audit_dates: list[str] = field(default_factory=list)  # ISO dates, "2026-11-23"
    normenkader: str = "2019"
    previous_certificate_expiry: str = ""  # ISO date or ""
    verloop: str = ""  # Deel A: how the audit went
    opvolging_vorig: str = ""  # Deel A: follow-up of the previous audit's verbeterpunten
    time_on_site: str = ""  # Deel A: e.g. "2 dagen, 14 uur"
    names_to_avoid: list[str] = field(default_factory=list)  # names that must never reach a report
    # Bijlage 7 Deel A, "Het onderzoek is uitgevoerd bij": the organisation's contact details
    adres: str = ""
    contactpersoon: str = ""  # a named role: meant for the report
    telefoon: str = ""
    email: str = ""
    website: str = ""
    # "Het onderzoek is uitgevoerd door": the certificerende instelling
    ci_naam: str = ""
    ci_straat: str = ""
    ci_postcode_plaats: str = ""
    ci_url: str = ""
    ci_telefoon: str = ""
    # "Kerngegevens uitvoering onderzoek"
    first_certification: bool = False  # the toetser says there is no previous certificate
    plannen_van_aanpak_rond: str = ""  # ISO date
    verslag_datum: str = ""  # ISO date of the report ("Verslag")
    teamleider: str = ""  # named roles, meant for the report
    beoordelaars: str = ""
    meegelezen_door: str = ""  # "Verslag tegen gelezen door"
    # "Kerngegevens certificaat en onderzoek vervolg", "Conclusies", "Advies"
    schets_organisatie: str = ""
    relevante_ontwikkelingen: str = ""
    ingediende_plannen: str = ""
    tijdsindicatie_volgend: str = ""
    ondertekening_plaats: str = ""
    ondertekening_naam: str = ""  # the signing teamleider
    # the verbeterplan (plannen van aanpak) is in and approved by the CI
    verbeterplan_goedgekeurd: bool = False
    verbeterplan_datum: str = ""  # ISO date of the approval
    # for the interview plan, not in the report: which bodies exist (see MEDEZEGGENSCHAP, CLIENTENRAAD)
    medezeggenschap: str = ""
    clientenraad: str = ""
    created: str = ""
    updated: str = ""
    author: str = ""

    @property
    def fte_total(self) -> float:
        return self.fte_staff + self.fte_stagiaires + self.fte_vrijwilligers


@dataclass
class Toetser:
    id: str
    name: str
    role: str  # one of TOETSER_ROLES
    organisation: str = ""
    created: str = ""
    updated: str = ""
    author: str = ""


@dataclass
class Bron:
    """A source of evidence: an interview (gesprek), a document inspection or an observation."""

    id: str
    kind: str  # one of BRON_KINDS
    title: str = ""  # document title, observation place, or interview label ("Gesprek teamleiders")
    functie: str = ""  # interview: free text as typed ("teamcoach jongerenwerk")
    functie_category: str = ""  # interview: id from questionbank functies.toml
    werksoort: str = ""
    persons: int = 1  # interview: number of persons
    document_kind: str = ""  # document: "beleidsplan", "jaarverslag", ...
    toetser_id: str = ""
    started: str = ""
    ended: str = ""
    created: str = ""
    updated: str = ""
    author: str = ""


@dataclass
class Aantekening:
    """A note captured during a bron: a quote, an observation, a strong point or an improvement."""

    id: str
    bron_id: str
    text: str
    kind: str = "citaat"  # one of AANTEKENING_KINDS
    toetser_id: str = ""
    created: str = ""
    updated: str = ""
    author: str = ""
    # Other versions still standing after a merge (independent edits on two laptops, or a delete that
    # had not seen this edit): row dicts with text, kind, deleted, author, updated. Settled by an edit.
    conflicts: list[dict] = field(default_factory=list)

    @property
    def conflict_versions(self) -> list[str]:
        """What the other standing versions say, for the toetser to choose from (Dutch for a delete)."""
        out = []
        for other in self.conflicts:
            if other.get("deleted"):
                shown = "(op een andere laptop verwijderd)"
            elif other.get("text") != self.text or other.get("kind", self.kind) != self.kind:
                shown = str(other.get("text", ""))
            else:
                continue
            if shown not in out:
                out.append(shown)
        return out


@dataclass
class Tag:
    """An aantekening tagged to a norm: suggested by the tagger, or confirmed/rejected by a toetser."""

    id: str
    aantekening_id: str
    norm_id: str
    origin: str = "auto"  # one of TAG_ORIGINS
    score: float = 0.0
    state: str = "suggested"  # one of TAG_STATES
    created: str = ""
    updated: str = ""
    author: str = ""


@dataclass
class NvtMarking:
    """A norm marked niet van toepassing, with the reason (out of the coverage count)."""

    id: str
    norm_id: str
    reason: str
    active: bool = True  # False once withdrawn
    created: str = ""
    updated: str = ""
    author: str = ""


@dataclass
class Bevinding:
    """One version of the finding for a norm. Several versions per norm may exist after a merge."""

    id: str
    norm_id: str
    text: str = ""
    oordeel: str = "niet beoordeeld"  # one of OORDELEN
    status: str = "draft"  # one of BEVINDING_STATUSES
    sterke_punten: str = ""
    verbeterpunten: str = ""
    edited: bool = False  # True once a toetser changed the text by hand: regeneration keeps it
    accepted: bool = False  # True once a toetser accepted a drafted text as theirs (without editing)
    version: int = 1
    created: str = ""
    updated: str = ""
    author: str = ""  # toetser id


@dataclass
class Override:
    """A toetser gives an oordeel on a norm below the coverage rule (Bijlage 9) and says why."""

    id: str
    norm_id: str
    reason: str
    active: bool = True  # False once withdrawn
    created: str = ""
    updated: str = ""
    author: str = ""


EXPORT_KINDS = ("werkversie", "concept", "definitief")


@dataclass
class ExportRecord:
    """A concept or definitief report that left the app: when, which version, and its SHA-256."""

    id: str
    kind: str  # "concept" or "definitief"
    version: int
    date: str  # ISO date of the export
    sha256: str
    filename: str = ""  # base name only
    created: str = ""
    updated: str = ""
    author: str = ""


@dataclass
class CustomQuestion:
    """A question the toetser added to the bank for this audit."""

    id: str
    norm_id: str
    text: str
    functie_category: str = ""  # "" = for any functie
    created: str = ""
    updated: str = ""
    author: str = ""


@dataclass
class AskedQuestion:
    """A question marked as asked in one interview. `question_key` identifies bank or custom question."""

    id: str
    bron_id: str
    norm_id: str
    question_key: str  # "bank:V1:0" (norm, index in the bank) or "custom:<uuid>"
    created: str = ""
    updated: str = ""
    author: str = ""


@dataclass
class PreparationNote:
    """What the zelfevaluatie and documents sent beforehand say about a norm."""

    id: str
    norm_id: str
    text: str
    created: str = ""
    updated: str = ""
    author: str = ""


@dataclass
class Document:
    """An imported document file: its text is evidence and is kept in the audit (the file may move).

    Its bron (kind "document") holds one aantekening per passage; a passage's confirmed tags make the
    document count for that norm. Ids derive from the toetsing and the file's SHA-256, so the same file
    imported twice, or by two toetsers, is one document.
    """

    id: str
    bron_id: str
    file_name: str
    sha256: str
    format: str  # "pdf", "docx", "odt", "txt", "md"
    pages: int = 1
    text: str = ""  # the whole extracted text, pages separated by form feeds
    empty_pages: list[int] = field(default_factory=list)  # pages without a text layer (scans)
    zelfevaluatie: bool = False  # the organisation's own account: preparation, never evidence
    created: str = ""
    updated: str = ""
    author: str = ""


@dataclass
class Passage:
    """Where a passage aantekening sits in its document: page (1-based), order and section heading."""

    id: str  # the aantekening's id
    document_id: str
    page: int = 1
    position: int = 0
    heading: str = ""
    created: str = ""
    updated: str = ""
    author: str = ""


@dataclass
class Draft:
    """The text being typed in a capture line, autosaved so a crash loses at most a second."""

    slot: str  # which input: "capture:<bron_id>" or "bevinding:<norm_id>"
    text: str
    updated: str = ""


NAME_VERDICTS = ("naam", "geen_naam")


@dataclass
class NameReview:
    """A toetser's choice about one word before export: it is a person's name, or it is not."""

    id: str
    key: str  # the word folded (lowercase, no accents), as the name check compares it
    word: str  # as the toetser saw it ("Öztürk")
    verdict: str  # one of NAME_VERDICTS
    deleted: bool = False  # withdrawn
    created: str = ""
    updated: str = ""
    author: str = ""


@dataclass
class AuditData:
    """Everything in one audit file, read at once: what domain services (coverage, drafting, export) take."""

    toetsing: Toetsing
    toetsers: list[Toetser]
    bronnen: list[Bron]
    aantekeningen: list[Aantekening]
    tags: list[Tag]
    nvt: list[NvtMarking]
    bevindingen: list[Bevinding]
    custom_questions: list[CustomQuestion]
    asked: list[AskedQuestion]
    preparation: list[PreparationNote]
    documents: list[Document] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    name_reviews: list[NameReview] = field(default_factory=list)
    overrides: list[Override] = field(default_factory=list)  # active only
    exports: list[ExportRecord] = field(default_factory=list)


def review_verdicts(reviews: Iterable[NameReview]) -> dict[str, bool]:
    """Folded word -> True (a name) / False (no name), by the set rule of schema step 4: a word is a
    name while any live "naam" row exists."""
    out: dict[str, bool] = {}
    for review in reviews:
        if not review.deleted:
            out[review.key] = out.get(review.key, False) or review.verdict == "naam"
    return out
