"""Typed view of the question bank: norms, functies, rules. Plain data, frozen."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .ids import UnknownNormError, canonical_norm_id, unknown_norm_message

RUBRIEKEN: tuple[tuple[str, str], ...] = (
    ("V", "Vakmanschap"),
    ("D", "Dienstverlening"),
    ("OB", "Organisatie en bestuur"),
)
"""(id prefix, name) of the three rubrieken, in report order."""

SHORT_LABEL_MAX = 18
"""A norm's short label fits a suggestion chip at 80 columns next to its key and id."""
LONG_LABEL_MAX = 40
"""A norm's long label fits a chip on a wide screen; neither label carries the norm id."""


@dataclass(frozen=True)
class Question:
    text: str
    source: str  # "handvat" (the branche's own) or "afgeleid" (written by us from Bijlage 3)
    followups: tuple[str, ...] = ()
    functies: tuple[str, ...] = ()  # functie category ids this question is meant for; empty = anyone


@dataclass(frozen=True)
class WijkteamNote:
    applicability: str  # "van toepassing", "zo van toepassing", "niet van toepassing", ...
    note: str


@dataclass(frozen=True)
class FunctieRelevance:
    primary: tuple[str, ...]
    secondary: tuple[str, ...]
    rationale: str


ASPECT_SOURCES = ("norm", "bewijs", "kan_blijken_uit")
"""Where an aspect is taken from: the norm text, Bijlage 4 "bewijs", or Bijlage 3 "kan blijken uit"."""


@dataclass(frozen=True)
class Aspect:
    """One part of a norm that a teamleider checks was heard (aspects.toml)."""

    label: str  # short Dutch label, "beroepsregistratie"
    signals: tuple[str, ...]  # lowercase words/phrases that signal it in a note
    source: str  # one of ASPECT_SOURCES
    source_text: str  # the phrase of that source it is taken from
    core: bool = False  # the norm's core aspect (exactly one per norm)


@dataclass(frozen=True)
class Norm:
    id: str  # "V1" .. "OB23"
    rubriek: str  # "Vakmanschap", "Dienstverlening", "Organisatie en bestuur"
    number: int
    text: str
    questions: tuple[Question, ...]
    evidence: tuple[str, ...]  # Bijlage 4 "Voorbeelden van bewijs"
    kan_blijken_uit: str  # Bijlage 3
    wijkteam: WijkteamNote  # seed 000
    hints: tuple[str, ...]
    keywords: tuple[str, ...]  # curated tagging vocabulary
    functies: FunctieRelevance
    aspects: tuple[Aspect, ...] = ()  # aspects.toml, core aspect first
    short: str = ""  # labels.toml: at most SHORT_LABEL_MAX characters ("wetten AVG/klacht"), no id
    long: str = ""  # labels.toml: at most LONG_LABEL_MAX characters ("wetten: AVG, klachten, meldcode e.a.")

    @property
    def core_aspect(self) -> Aspect | None:
        return next((a for a in self.aspects if a.core), None)

    @property
    def prefix(self) -> str:
        return self.id.rstrip("0123456789")


@dataclass(frozen=True)
class FunctieCategory:
    id: str  # "sociaal_werker"
    label: str  # "Sociaal werker"
    titles: tuple[str, ...]  # common job titles that fall in this category
    description: str = ""


@dataclass(frozen=True)
class CoverageRules:
    interviews_for_gedekt: int  # distinct interview sources for "gedekt"
    documents_for_onderbouwd: int  # documents on top of that for "onderbouwd"


@dataclass(frozen=True)
class WegingRules:
    max_niet: int  # at most this many "voldoet niet" for a conditional positive advice
    max_deels: int  # at most this many "deels"
    verbeterplan_weeks: int


@dataclass(frozen=True)
class AuditDaysRow:
    fte_min: float
    fte_max: float | None  # None: no upper bound
    days: dict[str, float]  # variant id -> audit days
    # variant id -> days on top of another standard's audit time (combi: on top of ISO/HKZ)
    extra_days: dict[str, float] = field(default_factory=dict)

    def covers(self, fte: float) -> bool:
        """Bands are whole fte ("1-10", "11-20"): a fractional fte counts as the next whole fte.
        A figure that is not a number (nan, inf: a typing slip) is in no band."""
        if not math.isfinite(fte):
            return False
        whole = math.ceil(fte)
        return whole >= self.fte_min and (self.fte_max is None or whole <= self.fte_max)


@dataclass(frozen=True)
class Deadline:
    id: str
    label: str
    days_after_last_audit_day: int  # calendar days after the last audit day
    description: str = ""


@dataclass(frozen=True)
class Variant:
    id: str  # "ci", "combi", "intercollegiaal"
    label: str
    description: str = ""


@dataclass(frozen=True)
class ProposalRules:
    """Thresholds of the oordeel proposal (rules.toml [proposal]); see interviewer.domain.proposal."""

    niet_negative_share: float  # "-" when at least this share of the core aspect's notes is negative
    niet_min_core_notes: int  # ... and the core aspect has at least this many notes
    plus_max_missing_aspects: int  # "+" only with at most this many aspects not heard
    min_shared_norms_for_agreement: int  # below this many norms judged by both, no kappa/alpha figure


@dataclass(frozen=True)
class ChipRules:
    """When a suggestion chip shows a norm (rules.toml [chips], tuned with bench/chip_floor.py)."""

    floor: float  # under this score (0-100) a chip stays empty, unless the context brings the norm
    strong: float  # from this score on a chip says "sterk", under it "mogelijk"


@dataclass(frozen=True)
class Rules:
    coverage: CoverageRules
    weging: WegingRules
    variants: tuple[Variant, ...]
    audit_days: tuple[AuditDaysRow, ...]
    deadlines: tuple[Deadline, ...]
    proposal: ProposalRules = ProposalRules(0.5, 2, 0, 5)
    chips: ChipRules = ChipRules(30.0, 70.0)

    def audit_days_for(self, fte: float, variant: str) -> float | None:
        """Planned audit days for an organisation of `fte` under `variant`, per handbook 2.5.

        None when the table has no total for it: beyond the last band, or for combi, whose figure
        is a surcharge on the ISO/HKZ audit time (see `extra_audit_days_for`).
        """
        row = self._audit_row(fte)
        return None if row is None else row.days.get(variant)

    def extra_audit_days_for(self, fte: float, variant: str) -> float | None:
        """Days on top of another standard's audit time (combi: on top of the ISO/HKZ audit)."""
        row = self._audit_row(fte)
        return None if row is None else row.extra_days.get(variant)

    def _audit_row(self, fte: float) -> AuditDaysRow | None:
        return next((row for row in self.audit_days if row.covers(fte)), None)


@dataclass(frozen=True)
class Begrip:
    term: str
    definition: str


@dataclass(frozen=True)
class Kwaliteitswaarde:
    title: str
    text: str


@dataclass(frozen=True)
class Norm2016:
    id: str  # as numbered in the 2016 concept, e.g. "V1"
    rubriek: str
    number: int
    text: str
    maps_to: tuple[str, ...]  # 2019 norm ids whose content corresponds
    short: str = ""  # labels.toml [concept_2016], as Norm.short
    long: str = ""


@dataclass(frozen=True)
class Normenkader2016:
    version: str
    norms: tuple[Norm2016, ...]


@dataclass(frozen=True)
class QuestionBank:
    version: str  # "2019"
    norms: tuple[Norm, ...]
    functies: tuple[FunctieCategory, ...]
    werksoorten: tuple[str, ...]
    rules: Rules
    begrippen: tuple[Begrip, ...]
    kwaliteitswaarden: tuple[Kwaliteitswaarde, ...]
    concept_2016: Normenkader2016
    _by_id: dict[str, Norm] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({n.id: n for n in self.norms})

    def norm(self, norm_id: str) -> Norm:
        """The norm with this id (case-insensitive); KeyError with a Dutch message otherwise."""
        key = canonical_norm_id(norm_id)
        if key is None or key not in self._by_id:
            raise UnknownNormError(unknown_norm_message(norm_id))
        return self._by_id[key]

    def has_norm(self, norm_id: str) -> bool:
        key = canonical_norm_id(norm_id)
        return key is not None and key in self._by_id

    def functie(self, functie_id: str) -> FunctieCategory | None:
        return next((f for f in self.functies if f.id == functie_id), None)

    def norms_in(self, rubriek: str) -> tuple[Norm, ...]:
        return tuple(n for n in self.norms if n.rubriek == rubriek)


@dataclass(frozen=True)
class Vocabulary:
    """Tagging vocabulary (vocabulary.toml): the words auditors write, mapped onto the norms.

    Kept apart from the norm files so that the norm texts stay verbatim and the tagger's curated
    words can be tuned without touching them. Keys of `abbreviations` and `synonyms` are folded
    (lower case, no accents, no '&'): "rie" for RI&E.
    """

    stopwords: frozenset[str]
    abbreviations: dict[str, str]  # "vog" -> "verklaring omtrent gedrag"
    synonyms: dict[str, tuple[str, ...]]  # "jaargesprek" -> ("functioneringsgesprek", ...)
    compound_parts: tuple[str, ...]  # extra known words for splitting compounds
    norm_terms: dict[str, tuple[str, ...]]  # norm id -> words and phrases auditors use for it
    weights: dict[str, float]  # tuning knobs of the tagger, by name
    # norms that state one topic twice, for the professional and for the organisation (V2, OB8)
    mirror_pairs: tuple[tuple[str, str], ...] = ()


REQUIRED_WHEN = ("always", "medezeggenschap", "clientenraad", "fte_vrijwilligers", "fte_stagiaires")


@dataclass(frozen=True)
class RequiredInterview:
    """An interview every plan holds when its condition is met (planning.toml [[required]])."""

    functie: str  # functie category id
    label: str  # as the programme names it, e.g. "Bestuurder / directie"
    when: str  # one of REQUIRED_WHEN
    reason: str  # Dutch, why it is in the plan
    labels: dict[str, str] = field(default_factory=dict)  # the audit's value -> a more exact label


@dataclass(frozen=True)
class ScheduleRules:
    """How an audit day is laid out (planning.toml [schedule]); times are minutes after midnight."""

    day_start: int = 9 * 60
    opening_minutes: int = 30
    interview_minutes: int = 60
    between_minutes: int = 15
    lunch_after: int = 12 * 60
    lunch_minutes: int = 30
    documents_minutes: int = 60
    consultation_minutes: int = 45
    feedback_minutes: int = 30


@dataclass(frozen=True)
class PlanningRules:
    """Rules of thumb for planning interviews (planning.toml); the handbook gives only audit days."""

    interviews_per_day: float  # interviews one toetser (or duo) holds on a full audit day
    preparation_days: float  # part of the audit days spent on planning, preparation, reporting
    secondary_weight: float  # how much a secondary functie counts next to a primary one (0..1)
    required: tuple[RequiredInterview, ...] = ()
    schedule: ScheduleRules = field(default_factory=ScheduleRules)


@dataclass(frozen=True)
class DocumentSoort:
    """A kind of document for the documentenlijst (documentsoorten.toml): which words of a norm's
    bewijs / "kan blijken uit" name it, and which words of a file name or title say a file is one."""

    id: str  # "scholingsplan"
    label: str  # "Scholingsplan / opleidingsplan"
    terms: tuple[str, ...]
    names: tuple[str, ...]
    evidence: bool = True  # False: the zelfevaluatie, the organisation's own account
    short: str = ""  # name where room is short (the coverage board); the label otherwise

@dataclass(frozen=True)
class NameLists:
    """Vocabulary of the name check (voornamen.toml curated, namen.toml and woorden_nl.txt.gz derived).

    Words are kept as written; the name check folds them. `dutch_words` are the lowercase single
    words of the OpenTaal list: "is this lowercase word an ordinary Dutch word?".
    """

    voornamen: frozenset[str]
    achternamen: frozenset[str]  # single words and names with particles ("van den Berg")
    tussenvoegsels: tuple[str, ...]  # longest first
    aanspreekvormen: tuple[str, ...]  # longest first
    ook_woord: frozenset[str]  # lowercase names that are everyday words ("ben", "roos")
    geen_namen: frozenset[str]  # capitalised words and phrases that are never a person
    plaatsen: frozenset[str]
    rollen: dict[str, str]  # word before a name -> neutral role ("moeder" -> "een ouder")
    rol_standaard: str
    dutch_words: frozenset[str]
    # the name after "<kin or paper> van" at the capture line: kin or paper -> its neutral role
    rollen_na_van: dict[str, str] = field(default_factory=dict)
    rol_na_van_standaard: str = ""  # voornamen.toml rollen_na_van_standaard
    # geen_namen.toml and the later parts of voornamen.toml: see their headers
    straat_achtervoegsels: tuple[str, ...] = ()  # "straat", "laan": a street, not a surname
    plaats_achtervoegsels: tuple[str, ...] = ()  # "waard", "huizen", "talige": a place or word, no name candidate
    titel_verbindingen: tuple[str, ...] = ()  # "in de", "voor": joins the words of a title
    uitdrukkingen: tuple[str, ...] = ()  # lowercase idioms with a name in them ("jan en alleman")
    klein_ook_naam: frozenset[str] = frozenset()  # typed lowercase, a name although the word list has it ("jan")
    naam_voorvoegsels: tuple[str, ...] = ()  # "al", "el", "abdel": joined to a name by a hyphen
    aanspreekvormen_na_naam: frozenset[str] = frozenset()  # "hanım", "hoca", "-ji": a form of address after the name
    aanspreekvormen_hoofdletter: frozenset[str] = frozenset()  # "Sister", "Chief": capitalised before a name, a form of address
    persoon_werkwoorden: frozenset[str] = frozenset()  # "zegt", "is": after a sentence-start "Bas", a person
    initiaal_labels: frozenset[str] = frozenset()  # "auteur", "paraaf": a person's initials follow one
    vaste_plaatsen: frozenset[str] = frozenset()  # the curated places and no-names (not the generated villages)
    organisatie_woorden: tuple[str, ...] = ()  # "centrum", "huis": before "De Kelder", a building, no person
    organisatie_koppen: tuple[str, ...] = ()  # "stichting", "kerk": the capitalised words after one name the organisation
    winkel_koppen: frozenset[str] = frozenset()  # "bakkerij", "garage": capitalised, they lead a firm's name
    firma_staarten: tuple[str, ...] = ()  # "borging", "accountants": after a word of no list, a firm's trade ("Certivo Kwaliteitsborging")
    rechtsvormen: frozenset[str] = frozenset()  # "bv", "vof": a legal form after a firm's name ("CertiSociaal B.V.")
    notitie_afkortingen: frozenset[str] = frozenset()  # "opm", "afd", "aanw": shorthand of notes, no name
    friese_woorden: frozenset[str] = frozenset()  # woorden_fy.txt.gz: lowercase West Frisian words (Tesseract, Apache-2.0)
    engelse_woorden: frozenset[str] = frozenset()  # woorden_en.txt.gz: lowercase English words and plurals (SCOWL en_US)
    friese_signaalwoorden: frozenset[str] = frozenset()  # "it", "fan", "yn": two in a text make it Frisian
    friese_zinnen_min: int = 3  # that many Frisian texts make the audit partly Frisian
    gebedshuizen: frozenset[str] = frozenset()  # "camii", "mandir", "masjid": a house of worship's own noun in its name
    groep_staarten: tuple[str, ...] = ()  # "genootschap", "koor": a group's name is run into one ("Rukun Tetangga-koor")
    heiligen: frozenset[str] = frozenset()  # "sint", "st": a saint's name follows
    heiligen_staarten: tuple[str, ...] = ()  # "dag", "kerk": what a saint's Latin name runs into ("Servatiuskerk")
    instellingen_na_naam: frozenset[str] = frozenset()  # "ziekenhuis", "foundation": after "Jeroen Bosch", an institution
    achternamen_met_de: frozenset[str] = frozenset()  # "boer", "vos": "in De Boer" is a person, "in De Kelder" a venue
    titel_naamwoorden: frozenset[str] = frozenset()  # "thema", "workshop": a title follows ("het thema Storm en Stilte")
    kleuren: frozenset[str] = frozenset()  # "groen", "rood": capitalised colours of a logo, a score, a code
    kleurschalen: frozenset[str] = frozenset()  # "code", "score": a colour after one names a code ("code Rood")
    gekleurde_dingen: tuple[str, ...] = ()  # "logo", "shirt": a text naming one speaks of colours
    bijeenkomsten: tuple[str, ...] = ()  # "bijeenkomst", "gehouden": the place after one is a venue
    plaats_aanwijzers: frozenset[str] = frozenset()  # "in", "regio": the capitalised word after one is a place
    plaats_organisaties: frozenset[str] = frozenset()  # "welzijn", "wijkteam": named after the place after them


@dataclass(frozen=True)
class DraftingLanguage:
    """Words of notes and of reports (drafting.toml): the note signals and the report-ready
    expansions of the toetser's shorthand."""

    gap_patterns: tuple[str, ...]  # regular expressions over folded text: a note reporting a gap
    positive_negation_patterns: tuple[str, ...]  # negations that are positive ("geen klachten")
    positive_patterns: tuple[str, ...]  # plainly positive phrasing ("aantoonbaar", "structureel")
    shorthand: dict[str, str]  # token as written ("TL") -> report words ("teamleider"); "" = drop the note
    allowed_acronyms: frozenset[str]  # capitals that read fine in a report ("AVG", "VOG", "RI&E")
    groups: dict[str, str]  # functie category -> the plural a report names a group by ("de professionals")
