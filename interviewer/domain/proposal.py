"""The oordeel proposal per norm, with its reason: the one home of that rule.

The proposal is advice; the toetser decides. It reads coverage (the rule of rules.toml [coverage]
the board and the report checklist use: two interviews and a document), the aspects heard and the
polarity of the notes, in this order:

    n.v.t. marking                      -> "n.v.t."
    no evidence                         -> "niet beoordeeld" ("geen bronnen")
    core aspect mainly negative         -> "-"
    negative signals, or aspects missing -> "+/-"
    otherwise                           -> "+"

Below the coverage rule there is never a "+": the proposal is "niet beoordeeld" with "nog
onvoldoende onderbouwd" and what is missing; a "+/-" there needs negative signals (missing aspects
alone say that more must be heard, not that the norm is met in part), and a "-" says it rests on
thin evidence. A norm heard from one functie only gets that caveat. Thresholds: rules.toml [proposal].
"""

from __future__ import annotations

from dataclasses import dataclass

from questionbank.models import CoverageRules, Norm, ProposalRules, QuestionBank

from .aspects import NormAspects, aspect_coverage
from .coverage import level_for
from .labels import functie_key
from .evidence import NormEvidence
from .signals import NEGATIVE, detect

NOT_RATED = "niet beoordeeld"
ONDERBOUWD = "onderbouwd"


@dataclass(frozen=True)
class ProposalInput:
    """What the rule reads, reduced to counts (so the table of cases is easy to write)."""

    level: str  # coverage level: open, dun, gedekt, onderbouwd, nvt
    interviews: int = 0
    documents: int = 0
    functies: int = 0  # distinct functie categories among the interviews
    missing_aspects: tuple[str, ...] = ()
    negative: int = 0  # notes with negative polarity
    supporting: int = 0  # notes with positive or neutral polarity
    core_label: str = ""
    core_notes: int = 0
    core_negative: int = 0


@dataclass(frozen=True)
class Proposal:
    oordeel: str  # "+", "+/-", "-", "n.v.t." or "niet beoordeeld"
    reason: str  # Dutch, shown with the proposal
    still_needed: tuple[str, ...] = ()  # what the coverage rule still asks for
    aspects: NormAspects | None = None

    @property
    def onderbouwd(self) -> bool:
        return not self.still_needed


def _plural(n: int, one: str, many: str) -> str:
    from questionbank.nl import number_word

    return f"{number_word(n)} {one if n == 1 else many}"


def still_needed(inp: ProposalInput, rules: CoverageRules) -> tuple[str, ...]:
    """What the coverage rule still asks for, in Dutch: "nog één gesprek", "inzage van een document"."""
    out = []
    short = rules.interviews_for_gedekt - inp.interviews
    if short > 0:
        out.append(f"nog {_plural(short, 'gesprek', 'gesprekken')}")
    docs = rules.documents_for_onderbouwd - inp.documents
    if docs > 0:
        out.append("inzage van een document" if docs == 1 else f"inzage van nog {_plural(docs, 'document', 'documenten')}")
    return tuple(out)


def propose(inp: ProposalInput, coverage_rules: CoverageRules, rules: ProposalRules) -> Proposal:
    """The proposal for one norm from its counts (see the module docstring for the order)."""
    if inp.level == "nvt":
        return Proposal("n.v.t.", "gemarkeerd als niet van toepassing")
    if inp.level == "open":
        return Proposal(NOT_RATED, "geen bronnen", still_needed(inp, coverage_rules))
    needed = still_needed(inp, coverage_rules) if inp.level != ONDERBOUWD else ()
    mainly_negative = (
        inp.core_notes >= rules.niet_min_core_notes and inp.core_negative / inp.core_notes >= rules.niet_negative_share
    )
    reasons: list[str] = []
    if mainly_negative:
        oordeel = "-"
        reasons.append(
            f"het bewijs over de kern ({inp.core_label}) is overwegend negatief "
            f"({inp.core_negative} van {inp.core_notes} aantekeningen)"
        )
    else:
        if inp.negative:
            against = f" tegenover {inp.supporting} positieve of feitelijke" if inp.supporting else ""
            reasons.append(f"{_plural(inp.negative, 'negatief signaal', 'negatieve signalen')}{against}")
        if len(inp.missing_aspects) > rules.plus_max_missing_aspects:
            reasons.append("niet gehoord: " + ", ".join(inp.missing_aspects))
        oordeel = "+/-" if reasons else "+"
        if not reasons:
            reasons.append("alle aspecten gehoord, geen negatieve signalen")
    if needed:
        if oordeel == "+" or (oordeel == "+/-" and not inp.negative):
            oordeel = NOT_RATED
        head = f"nog onvoldoende onderbouwd (nodig: {' en '.join(needed)})"
        if oordeel == NOT_RATED:
            reasons.insert(0, head)
        else:
            reasons[0] = f"voorlopig {oordeel}: {reasons[0]}"
            reasons.insert(0, head)
    if inp.functies == 1:
        reasons.append("alleen gehoord van één functie")
    return Proposal(oordeel, "; ".join(reasons), needed)


def proposal_input(norm: Norm, evidence: NormEvidence | None, aspects: NormAspects, rules: CoverageRules, nvt: bool = False) -> ProposalInput:
    """The counts of one norm's evidence and aspects."""
    if nvt:
        return ProposalInput("nvt")
    if evidence is None or not evidence.notes:
        return ProposalInput("open", missing_aspects=tuple(a.label for a in aspects.aspects))
    negative = sum(detect(n.aantekening.text, n.aantekening.kind).polarity == NEGATIVE for n in evidence.notes)
    core = aspects.core
    return ProposalInput(
        level=level_for(len(evidence.interviews), len(evidence.documents), evidence.sources, rules),
        interviews=len(evidence.interviews),
        documents=len(evidence.documents),
        functies=len({functie_key(b) for b in evidence.interviews}),
        missing_aspects=tuple(a.label for a in aspects.missing),
        negative=negative,
        supporting=len(evidence.notes) - negative,
        core_label=core.label if core else "",
        core_notes=len(core.notes) if core else 0,
        core_negative=core.negative if core else 0,
    )


def proposal_for(norm: Norm, evidence: NormEvidence | None, bank: QuestionBank, nvt: bool = False) -> Proposal:
    """The proposal for a norm of the bank from its evidence, with the aspect coverage it used."""
    aspects = aspect_coverage(norm, evidence, bank)
    inp = proposal_input(norm, evidence, aspects, bank.rules.coverage, nvt)
    p = propose(inp, bank.rules.coverage, bank.rules.proposal)
    return Proposal(p.oordeel, p.reason, p.still_needed, aspects)
