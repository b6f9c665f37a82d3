"""Agreement between toetsers after a merge: per norm each toetser's version side by side, the share
of norms they agree on and Cohen's kappa over the oordelen, disagreements first.

Kappa corrects the raw share for agreement by chance: two toetsers who give `+` to almost every norm
agree often without that meaning much. With more than two toetsers we report the mean of Cohen's
kappa over all pairs (Light's kappa), which stays readable as "how well do pairs agree".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from sessions.models import Bevinding

from .versions import latest_per_author  # the one rule for which version of an author counts

NOT_RATED = "niet beoordeeld"
KAPPA_METHOD_PAIR = "Cohen's kappa (twee toetsers)"
KAPPA_METHOD_MEAN = "gemiddelde paarsgewijze Cohen's kappa (Light's kappa)"


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float | None:
    """Cohen's kappa of two raters over the same items; None when undefined (no items, or chance
    agreement is 1 because both used one and the same category for everything)."""
    if len(a) != len(b):
        raise ValueError("beide reeksen moeten even lang zijn")
    n = len(a)
    if n == 0:
        return None
    observed = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


@dataclass(frozen=True)
class NormAgreement:
    norm_id: str
    versions: tuple[Bevinding, ...]  # one per toetser (their latest), in toetser order
    agreed: bool  # all rated versions have the same oordeel

    @property
    def oordelen(self) -> dict[str, str]:
        return {v.author: v.oordeel for v in self.versions}


@dataclass(frozen=True)
class AgreementReport:
    raters: tuple[str, ...]  # toetser ids
    norms: tuple[NormAgreement, ...]  # norms with >= 2 versions; disagreements first, then norm order
    share_agreed: float | None  # of those norms; None when no norm has two versions
    kappa: float | None
    kappa_method: str
    pair_kappas: dict[tuple[str, str], float | None]

    @property
    def disagreements(self) -> tuple[NormAgreement, ...]:
        return tuple(n for n in self.norms if not n.agreed)


def compare(bevindingen: Iterable[Bevinding], norm_order: Sequence[str]) -> AgreementReport:
    """Compare the toetsers' versions. A norm is "agreed" when every toetser who gave it an oordeel
    (not "niet beoordeeld") gave the same one. Kappa counts only norms both toetsers of a pair rated;
    `n.v.t.` is a category like the others."""
    by_norm: dict[str, list[Bevinding]] = {}
    for b in bevindingen:
        by_norm.setdefault(b.norm_id, []).append(b)
    raters = tuple(sorted({b.author for bs in by_norm.values() for b in bs}))
    order = {nid: i for i, nid in enumerate(norm_order)}
    latest = {nid: latest_per_author(vs) for nid, vs in by_norm.items()}

    rows: list[NormAgreement] = []
    for nid, per_author in latest.items():
        rated = [v for v in per_author.values() if v.oordeel != NOT_RATED]
        if len(per_author) < 2:
            continue
        agreed = len(rated) >= 2 and len({v.oordeel for v in rated}) == 1
        versions = tuple(per_author[r] for r in raters if r in per_author)
        rows.append(NormAgreement(norm_id=nid, versions=versions, agreed=agreed))
    rows.sort(key=lambda r: (r.agreed, order.get(r.norm_id, len(order)), r.norm_id))

    pair_kappas: dict[tuple[str, str], float | None] = {}
    for r1, r2 in combinations(raters, 2):
        a, b = [], []
        for per_author in latest.values():
            v1, v2 = per_author.get(r1), per_author.get(r2)
            if v1 and v2 and NOT_RATED not in (v1.oordeel, v2.oordeel):
                a.append(v1.oordeel)
                b.append(v2.oordeel)
        pair_kappas[(r1, r2)] = cohen_kappa(a, b)
    defined = [k for k in pair_kappas.values() if k is not None]
    kappa = sum(defined) / len(defined) if defined else None
    method = KAPPA_METHOD_PAIR if len(raters) <= 2 else KAPPA_METHOD_MEAN
    share = sum(r.agreed for r in rows) / len(rows) if rows else None
    return AgreementReport(
        raters=raters, norms=tuple(rows), share_agreed=share, kappa=kappa, kappa_method=method, pair_kappas=pair_kappas
    )


def describe(report: AgreementReport) -> str:
    """One Dutch line for the screen: share agreed and kappa."""
    if report.share_agreed is None:
        return "Nog geen normen met versies van meer dan één toetser."
    agreed = sum(n.agreed for n in report.norms)
    line = f"Eens over {agreed} van {len(report.norms)} normen ({report.share_agreed:.0%})"
    if report.kappa is None:
        return f"{line}; kappa niet te berekenen."
    return f"{line}; {report.kappa_method}: {report.kappa:.2f}."
