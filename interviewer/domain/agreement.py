"""Agreement between toetsers after a merge: per norm each toetser's version side by side, the share
of norms they agree on, Cohen's kappa and Krippendorff's alpha over the oordelen, disagreements first.

Kappa corrects the raw share for agreement by chance: two toetsers who give `+` to almost every norm
agree often without that meaning much. With more than two toetsers we report the mean of Cohen's
kappa over all pairs (Light's kappa), which stays readable as "how well do pairs agree".
Krippendorff's alpha (ordinal, on the scale - < +/- < +) takes any number of toetsers and missing
oordelen, and counts a `+` against a `-` as a bigger disagreement than `+` against `+/-`. Written
here (the `krippendorff` package is GPL) after Krippendorff, "Computing Krippendorff's
Alpha-Reliability" (2011); the tests hold his worked examples. Each figure comes with the number
of norms it rests on; below rules.toml [proposal] min_shared_norms_for_agreement there is no figure.
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


ORDINAL_SCALE = ("-", "+/-", "+")
"""The oordelen that are ranked; n.v.t. and niet beoordeeld are no point on it."""
TOO_FEW = "te weinig gezamenlijk beoordeelde normen"


def _coincidences(units: Sequence[Sequence[object]]) -> tuple[dict[tuple[object, object], float], list[object]]:
    """Krippendorff's coincidence matrix o_ck over the pairable units (two or more values)."""
    o: dict[tuple[object, object], float] = {}
    values: list[object] = []
    for unit in units:
        vals = [v for v in unit if v is not None]
        m = len(vals)
        if m < 2:
            continue
        for i, c in enumerate(vals):
            for j, k in enumerate(vals):
                if i != j:
                    o[(c, k)] = o.get((c, k), 0.0) + 1.0 / (m - 1)
        values.extend(vals)
    return o, values


def krippendorff_alpha(
    units: Sequence[Sequence[object]], metric: str = "nominal", order: Sequence[object] | None = None
) -> float | None:
    """Krippendorff's alpha over units (one sequence of values per unit, None = missing).

    metric: "nominal", "ordinal" (ranks by `order`, or sorted values) or "interval" (numbers).
    None when undefined: fewer than two pairable values, or no variation at all."""
    o, _ = _coincidences(units)
    if not o:
        return None
    n_c: dict[object, float] = {}
    for (c, _k), w in o.items():
        n_c[c] = n_c.get(c, 0.0) + w
    n = sum(n_c.values())
    if n <= 1:
        return None
    ranked = list(order) if order is not None else sorted(n_c)

    def delta(c: object, k: object) -> float:
        if c == k:
            return 0.0
        if metric == "nominal":
            return 1.0
        if metric == "interval":
            return (float(c) - float(k)) ** 2  # type: ignore[arg-type]
        if metric == "ordinal":
            lo, hi = sorted((ranked.index(c), ranked.index(k)))
            between = sum(n_c.get(g, 0.0) for g in ranked[lo : hi + 1])
            return (between - (n_c.get(c, 0.0) + n_c.get(k, 0.0)) / 2) ** 2
        raise ValueError(f"onbekende maat: {metric}")

    observed = sum(w * delta(c, k) for (c, k), w in o.items())
    expected = sum(n_c[c] * n_c[k] * delta(c, k) for c in n_c for k in n_c) / (n - 1)
    if expected == 0:
        return None
    return 1.0 - observed / expected


@dataclass(frozen=True)
class Figure:
    """An agreement figure with the number of norms it rests on; `value` None when there are too
    few (below the minimum) or it is undefined."""

    value: float | None
    norms: int
    minimum: int

    @property
    def too_few(self) -> bool:
        return self.norms < self.minimum

    def text(self) -> str:
        if self.too_few:
            return f"{TOO_FEW} ({self.norms}, minimaal {self.minimum})"
        if self.value is None:
            return f"niet te berekenen ({self.norms} normen)"
        return f"{self.value:.2f} ({self.norms} normen)"


def _figure(value: float | None, norms: int, minimum: int) -> Figure:
    return Figure(None if norms < minimum else value, norms, minimum)


def rubriek_of(norm_id: str) -> str:
    return norm_id.rstrip("0123456789")


def distance(a: str, b: str) -> int | None:
    """Steps between two oordelen on the scale - < +/- < +; None when one is not on it."""
    if a in ORDINAL_SCALE and b in ORDINAL_SCALE:
        return abs(ORDINAL_SCALE.index(a) - ORDINAL_SCALE.index(b))
    return None


@dataclass(frozen=True)
class AgreementFigures:
    """Kappa and alpha over all norms and per rubriek (prefix V, D, OB)."""

    kappa: Figure
    alpha: Figure
    per_rubriek: dict[str, tuple[Figure, Figure]]  # prefix -> (kappa, alpha)


def figures(latest: dict[str, dict[str, Bevinding]], raters: Sequence[str], minimum: int) -> AgreementFigures:
    """Kappa (two toetsers; mean over pairs for more) and ordinal alpha over the norms that two or
    more toetsers rated, overall and per rubriek; no figure below `minimum` shared norms."""

    def over(norm_ids: list[str]) -> tuple[Figure, Figure]:
        units, pair_values = [], []
        for nid in norm_ids:
            per_author = latest[nid]
            unit = [per_author[r].oordeel if r in per_author and per_author[r].oordeel in ORDINAL_SCALE else None for r in raters]
            if sum(v is not None for v in unit) >= 2:
                units.append(unit)
        kappas = []
        shared_pairs = 0
        for i, j in combinations(range(len(raters)), 2):
            a = [u[i] for u in units if u[i] is not None and u[j] is not None]
            b = [u[j] for u in units if u[i] is not None and u[j] is not None]
            shared_pairs = max(shared_pairs, len(a))
            pair_values.append(cohen_kappa(a, b) if len(a) >= minimum else None)
        kappas = [k for k in pair_values if k is not None]
        kappa = sum(kappas) / len(kappas) if kappas else None
        alpha = krippendorff_alpha(units, "ordinal", ORDINAL_SCALE)
        return _figure(kappa, shared_pairs, minimum), _figure(alpha, len(units), minimum)

    ids = sorted(latest)
    kappa, alpha = over(ids)
    per = {}
    for prefix in ("V", "D", "OB"):
        per[prefix] = over([n for n in ids if rubriek_of(n) == prefix])
    return AgreementFigures(kappa, alpha, per)


@dataclass(frozen=True)
class NormAgreement:
    norm_id: str
    versions: tuple[Bevinding, ...]  # one per toetser (their latest), in toetser order
    agreed: bool  # all rated versions have the same oordeel

    @property
    def oordelen(self) -> dict[str, str]:
        return {v.author: v.oordeel for v in self.versions}

    @property
    def spread(self) -> int | None:
        """How far the rated versions lie apart on the scale (0 = agree, 2 = `+` against `-`)."""
        ranked = [v.oordeel for v in self.versions if v.oordeel in ORDINAL_SCALE]
        if len(ranked) < 2:
            return None
        return max(distance(a, b) or 0 for a in ranked for b in ranked)


@dataclass(frozen=True)
class AgreementReport:
    raters: tuple[str, ...]  # toetser ids
    norms: tuple[NormAgreement, ...]  # norms with >= 2 versions; disagreements first, then norm order
    share_agreed: float | None  # of those norms; None when no norm has two versions
    kappa: float | None
    kappa_method: str
    pair_kappas: dict[tuple[str, str], float | None]
    figures: AgreementFigures | None = None  # kappa/alpha with the norms they rest on, per rubriek

    @property
    def disagreements(self) -> tuple[NormAgreement, ...]:
        return tuple(n for n in self.norms if not n.agreed)


def compare(bevindingen: Iterable[Bevinding], norm_order: Sequence[str], min_shared: int = 5) -> AgreementReport:
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
        raters=raters,
        norms=tuple(rows),
        share_agreed=share,
        kappa=kappa,
        kappa_method=method,
        pair_kappas=pair_kappas,
        figures=figures(latest, raters, min_shared),
    )


def describe(report: AgreementReport) -> str:
    """One Dutch line for the screen: share agreed and kappa."""
    if report.share_agreed is None:
        return "Nog geen normen met versies van meer dan één toetser."
    agreed = sum(n.agreed for n in report.norms)
    line = f"Eens over {agreed} van {len(report.norms)} normen ({report.share_agreed:.0%})"
    f = report.figures
    if f is not None:
        if f.alpha.too_few:
            return f"{line}; {TOO_FEW} voor kappa en alfa ({f.alpha.norms}, minimaal {f.alpha.minimum})."
        return f"{line}; kappa {f.kappa.text()}; Krippendorffs alfa (ordinaal) {f.alpha.text()}."
    if report.kappa is None:
        return f"{line}; kappa niet te berekenen."
    return f"{line}; {report.kappa_method}: {report.kappa:.2f}."


RUBRIEK_NAMES = {"V": "Vakmanschap", "D": "Dienstverlening", "OB": "Organisatie en bestuur"}


def describe_rubrieken(report: AgreementReport) -> str:
    """Per rubriek alpha (and kappa) with the norms they rest on, one Dutch line."""
    if report.figures is None:
        return ""
    parts = []
    for prefix, (kappa, alpha) in report.figures.per_rubriek.items():
        if alpha.too_few:
            parts.append(f"{RUBRIEK_NAMES[prefix]}: {TOO_FEW} ({alpha.norms})")
        else:
            parts.append(f"{RUBRIEK_NAMES[prefix]}: alfa {alpha.text()}, kappa {kappa.text()}")
    return "; ".join(parts) + "."


def stand(row: NormAgreement) -> str:
    """Agree / disagree and by how far on the scale - < +/- < +."""
    if row.agreed:
        return "eens"
    steps = row.spread
    if steps:
        return f"oneens ({steps} {'stap' if steps == 1 else 'stappen'})"
    return "oneens"
