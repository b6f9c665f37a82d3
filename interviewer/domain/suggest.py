"""The next questions to ask in an interview, best first, each with its norm and a Dutch reason.

What makes a question worth asking now: its norm still lacks evidence (open before dun before
gedekt), the person in front of the toetser is a primary (or secondary) functie for that norm, and
the question is addressed to this functie, and it asks about an aspect of the norm nobody spoke to yet. Questions already asked in this interview drop out, so
do n.v.t. norms; the toetser's own questions ("eigen") compete on the same terms.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from dataclasses import dataclass

from questionbank.models import Aspect, QuestionBank
from sessions.models import AuditData, CustomQuestion

from .aspects import all_aspect_coverage, aspect_coverage, matches
from .coverage import CoverageReport, NormCoverage, coverage
from .evidence import evidence_by_norm
from .labels import functie_label

# How much a norm still needs evidence, by coverage level.
NEED = {"open": 3.0, "dun": 2.0, "gedekt": 0.8, "onderbouwd": 0.3}
NEED_OTHER_SIDE = 1.5  # a norm heard from one functie only, asked to another functie
# How well this functie can speak to the norm (norm files: functies.primary / secondary).
RELEVANCE = {"primary": 2.0, "secondary": 1.0, "other": 0.3}
ALREADY_HEARD_HERE = 0.5  # this interview (or another of the same functie) already covered the norm
ADDRESSED_TO_THIS_FUNCTIE = 1.3  # the question names this functie ("Vragen aan mentor")
ADDRESSED_TO_OTHER_FUNCTIE = 0.4
SAME_NORM_ASKED = 0.8  # another question of this norm was already asked here: prefer breadth
LATER_QUESTION = 0.75  # factor per position in the handvat: its first question opens the subject, and
# the list shows several norms rather than every question of one norm
OWN_QUESTION_BONUS = 0.2  # the toetser wrote it for this audit
FILLS_MISSING_ASPECT = 1.4  # the question asks about an aspect of a heard norm that nobody spoke to yet


@dataclass(frozen=True)
class Suggestion:
    key: str  # "bank:V1:0" or "custom:<uuid>" (sessions.models.AskedQuestion.question_key)
    norm_id: str
    text: str
    source: str  # "handvat", "afgeleid" or "eigen"
    reason: str  # Dutch, shown next to the question
    score: float
    followups: tuple[str, ...] = ()


def bank_key(norm_id: str, index: int) -> str:
    return f"bank:{norm_id}:{index}"


def custom_key(question_id: str) -> str:
    return f"custom:{question_id}"


def _need(cov: NormCoverage, functie: str) -> tuple[float, str]:
    """How much the norm needs this interview, and the first half of the reason."""
    nid = cov.norm_id
    if cov.level == "open":
        return NEED["open"], f"{nid} heeft nog geen bron"
    if cov.level == "dun":
        if cov.interviews == 0:
            return NEED["dun"], f"{nid} heeft nog geen interview, alleen documenten of observaties"
        return NEED["dun"], f"{nid} heeft pas één interview"
    if cov.one_functie and functie and functie not in cov.functies:
        return NEED_OTHER_SIDE, f"{nid} is alleen gehoord van één functie; dit gesprek geeft een tweede kant"
    if cov.level == "gedekt":
        return NEED["gedekt"], f"{nid} is gedekt maar nog niet met een document onderbouwd"
    return NEED["onderbouwd"], f"{nid} is al onderbouwd"


def _relevance(bank: QuestionBank, norm_id: str, functie: str) -> tuple[float, str]:
    norm = bank.norm(norm_id)
    if functie and functie in norm.functies.primary:
        return RELEVANCE["primary"], f"{functie_label(bank, functie)} is primair voor deze norm"
    if functie and functie in norm.functies.secondary:
        return RELEVANCE["secondary"], f"{functie_label(bank, functie)} kan hier ook over vertellen"
    return RELEVANCE["other"], ""


@lru_cache(maxsize=8192)
def _fills(aspects: tuple[Aspect, ...], question: str) -> tuple[str, ...]:
    """Labels of the aspects a question asks about (bank questions and aspects do not change:
    the screen ranks the same questions after every capture)."""
    return tuple(a.label for a in aspects if matches(a, question))


def rank_questions(
    bank: QuestionBank,
    report: CoverageReport,
    functie_category: str = "",
    *,
    asked: Iterable[str] = (),
    custom_questions: Iterable[CustomQuestion] = (),
    heard_here: Iterable[str] = (),
    missing_aspects: dict[str, tuple[Aspect, ...]] | None = None,
    limit: int | None = None,
) -> list[Suggestion]:
    """Questions best first for an interview with `functie_category` ("" when unknown).

    `asked`: question keys already asked in this interview (they drop out); `heard_here`: norm ids
    this interview already produced confirmed evidence for (they count less); `missing_aspects`:
    per norm the aspects not heard yet (a question about one of them ranks higher).
    """
    asked = set(asked)
    heard = {n.upper() for n in heard_here}
    asked_norms = {key.split(":")[1] for key in asked if key.startswith("bank:")}
    candidates: list[tuple[str, str, str, str, tuple[str, ...], tuple[str, ...], int]] = []
    for norm in bank.norms:
        for i, q in enumerate(norm.questions):
            candidates.append((bank_key(norm.id, i), norm.id, q.text, q.source, q.followups, q.functies, i))
    customs = {c.id: c for c in custom_questions}
    for c in customs.values():
        if bank.has_norm(c.norm_id):
            functies = (c.functie_category,) if c.functie_category else ()
            candidates.append((custom_key(c.id), bank.norm(c.norm_id).id, c.text, "eigen", (), functies, 0))
            if custom_key(c.id) in asked:
                asked_norms.add(bank.norm(c.norm_id).id)

    out = []
    by_id = {n.norm_id: n for n in report.norms}  # report.norm() searches: 49 x every question adds up
    # What depends on the norm only (its need, relevance, "heard here"), once per norm rather than
    # once per question: the screen ranks every question of the bank after each capture.
    per_norm: dict[str, tuple[float, str, str]] = {}
    addressed_to: dict[tuple[str, ...], str] = {}
    for key, norm_id, text, source, followups, addressed, position in candidates:
        if key in asked:
            continue
        cov = by_id[norm_id]
        if cov.level == "nvt":
            continue
        if (known := per_norm.get(norm_id)) is None:
            need, why = _need(cov, functie_category)
            relevance, who = _relevance(bank, norm_id, functie_category)
            base = need * relevance
            if norm_id in heard or (functie_category and functie_category in cov.functies and cov.functies_needed):
                base *= ALREADY_HEARD_HERE
            known = per_norm[norm_id] = (base, why, who)
        score, why, who = known
        reasons = [why, who]
        if addressed:
            if functie_category in addressed:
                score *= ADDRESSED_TO_THIS_FUNCTIE
            else:
                score *= ADDRESSED_TO_OTHER_FUNCTIE
                if (to := addressed_to.get(addressed)) is None:
                    to = addressed_to[addressed] = "vraag is bedoeld voor " + " of ".join(functie_label(bank, f) for f in addressed)
                reasons.append(to)
        if norm_id in asked_norms:
            score *= SAME_NORM_ASKED
        if cov.level != "open" and missing_aspects and missing_aspects.get(norm_id):
            fills = _fills(tuple(missing_aspects[norm_id]), " ".join((text, *followups)))
            if fills:
                score *= FILLS_MISSING_ASPECT
                reasons.append(f"vraagt naar {', '.join(fills)}: nog niet gehoord")
        score = score * LATER_QUESTION**position + (OWN_QUESTION_BONUS if source == "eigen" else 0.0)
        reason = "; ".join(r for r in reasons if r)
        out.append(Suggestion(key, norm_id, text, source, reason, round(score, 3), followups))
    order = {n.id: i for i, n in enumerate(bank.norms)}
    out.sort(key=lambda s: (-s.score, order[s.norm_id], s.key))
    return out[:limit] if limit is not None else out


def suggest_for_interview(
    bank: QuestionBank,
    audit: AuditData,
    bron_id: str,
    *,
    report: CoverageReport | None = None,
    limit: int | None = None,
) -> list[Suggestion]:
    """Questions for the interview `bron_id` of this audit, best first."""
    bron = next((b for b in audit.bronnen if b.id == bron_id), None)
    if bron is None:
        raise KeyError(f"Onbekende bron: {bron_id!r}.")
    report = report or coverage(bank, audit)
    notes_here = {a.id for a in audit.aantekeningen if a.bron_id == bron_id}
    heard = {t.norm_id for t in audit.tags if t.state == "confirmed" and t.aantekening_id in notes_here}
    return rank_questions(
        bank,
        report,
        bron.functie_category,
        asked=[a.question_key for a in audit.asked if a.bron_id == bron_id],
        custom_questions=audit.custom_questions,
        heard_here=heard,
        missing_aspects=missing_aspects(bank, audit),
        limit=limit,
    )


def missing_aspects(
    bank: QuestionBank, audit: AuditData, only: Iterable[str] | None = None
) -> dict[str, tuple[Aspect, ...]]:
    """Per norm the aspects that no confirmed note speaks to yet (with `only`: of those norms)."""
    if only is None:
        evidence = evidence_by_norm(audit)
        return {nid: tuple(a.aspect for a in cov.missing) for nid, cov in all_aspect_coverage(bank, evidence).items()}
    wanted = {n.strip().upper() for n in only}
    evidence = evidence_by_norm(audit, only=wanted)
    norms = [n for n in bank.norms if n.id in wanted]
    return {n.id: tuple(a.aspect for a in aspect_coverage(n, evidence.get(n.id), bank).missing) for n in norms}
