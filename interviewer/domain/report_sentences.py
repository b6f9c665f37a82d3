"""The sentences and lists of the report that are worked out from the audit: who was spoken with,
the team, time on site, the conclusions per rubriek with their reasons, the deadlines and the
advies in its final wording. report.build_report puts them in place.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from questionbank.models import QuestionBank
from questionbank.nl import date_long, number_word
from sessions.models import OORDELEN, AuditData

from . import versions as version_rule
from .labels import bron_functie_label, in_sentence
from .report_model import FIRST_CERTIFICATION, NO_BEVINDING, ROLE_LABELS, DeadlineDate, Gesprek, NormRow
from .weging import ADVIES_NA_VERBETERPLAN, Advies, OordeelCounts

def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip().lstrip("-–•* ").strip() for line in text.splitlines() if line.strip().lstrip("-–•* ").strip())


def _parse_time(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
    except ValueError:
        return None


def time_on_site(audit: AuditData) -> str:
    """The toetsing's own figure; else the span from first start to last end per day of the
    bronnen, which is what "uren onsite" approximates."""
    if audit.toetsing.time_on_site.strip():
        return audit.toetsing.time_on_site.strip()
    per_day: dict[dt.date, list[dt.datetime]] = {}
    for b in audit.bronnen:
        for stamp in (_parse_time(b.started), _parse_time(b.ended)):
            if stamp:
                per_day.setdefault(stamp.date(), []).append(stamp)
    hours = sum((max(s) - min(s)).total_seconds() / 3600 for s in per_day.values())
    if not hours:
        return ""
    days = len(per_day)
    return f"ca. {round(hours)} uur op {number_word(days)} {'dag' if days == 1 else 'dagen'} (berekend uit de tijden van de bronnen)"


def gesproken_met(audit: AuditData, bank: QuestionBank) -> tuple[Gesprek, ...]:
    """Functies interviewed with counts of gesprekken and persons, most gesprekken first. No names."""
    gesprekken: Counter[str] = Counter()
    personen: Counter[str] = Counter()
    for b in audit.bronnen:
        if b.kind == "interview":
            label = bron_functie_label(b, bank)
            gesprekken[label] += 1
            personen[label] += max(b.persons, 1)
    return tuple(Gesprek(f, gesprekken[f], personen[f]) for f in sorted(gesprekken, key=lambda f: (-gesprekken[f], f.casefold())))


def gesproken_met_typed(audit: AuditData, bank: QuestionBank) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    """Functies and afdelingen/werksoorten as the toetsers typed them, each with its number of persons,
    most persons first: what Bijlage 7 asks ("functie- en afdelingsnamen")."""
    functies: Counter[str] = Counter()
    werksoorten: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for b in audit.bronnen:
        if b.kind != "interview":
            continue
        label = in_sentence(b.functie.strip()) if b.functie.strip() else bron_functie_label(b, bank)
        shown.setdefault(label.casefold(), label)
        functies[label.casefold()] += max(b.persons, 1)
        if b.werksoort.strip():
            w = b.werksoort.strip()
            shown.setdefault(w.casefold(), w)
            werksoorten[w.casefold()] += max(b.persons, 1)

    def ordered(c: Counter[str]) -> tuple[tuple[str, int], ...]:
        return tuple((shown[k], c[k]) for k in sorted(c, key=lambda k: (-c[k], k)))

    return ordered(functies), ordered(werksoorten)


def _gesproken_met_text(audit: AuditData, bank: QuestionBank) -> str:
    functies, werksoorten = gesproken_met_typed(audit, bank)
    if not functies:
        return ""
    # "; " between them: a group interview's functie is often typed as a list ("manager jeugd,
    # manager ouderen"), and with commas between functies too its count read as the last one's
    lines = ["Functies: " + "; ".join(f"{f} ({n})" for f, n in functies)]
    if werksoorten:
        lines.append("Afdelingen/werksoorten: " + "; ".join(f"{w} ({n})" for w, n in werksoorten))
    return "\n".join(lines)


def _gesprekken_total(rows: tuple[Gesprek, ...]) -> str:
    total_g = sum(r.gesprekken for r in rows)
    total_p = sum(r.personen for r in rows)
    return f"{total_g} {'gesprek' if total_g == 1 else 'gesprekken'} met {total_p} {'persoon' if total_p == 1 else 'personen'}"


def _team_text(audit: AuditData) -> str:
    """Roles and organisations of the toetsers, never their names."""
    parts = Counter((t.role, t.organisation.strip()) for t in audit.toetsers)
    if not parts:
        return ""
    out = []
    for (role, org), n in sorted(parts.items(), key=lambda kv: (list(ROLE_LABELS).index(kv[0][0]) if kv[0][0] in ROLE_LABELS else 9, kv[0][1])):
        label = ROLE_LABELS.get(role, role)
        label = f"{n} {label}s" if n > 1 else f"1 {label}"
        out.append(f"{label} ({org})" if org else label)
    return "; ".join(out)


def _verb(n: int, singular: str, plural: str) -> str:
    """Dutch number agreement: "1 voldoet", "2 voldoen"."""
    return f"{n} {singular if n == 1 else plural}"


def _counts_sentence(counts: OordeelCounts, total: int) -> str:
    return (
        f"Van de {total} normen: {_verb(counts.voldoet, 'voldoet', 'voldoen')}, "
        f"{_verb(counts.deels, 'voldoet', 'voldoen')} deels (verbeterpunt), {_verb(counts.niet, 'voldoet', 'voldoen')} niet, "
        f"{counts.nvt} niet van toepassing, {counts.niet_beoordeeld} niet beoordeeld."
    )


_SENTENCE_END = (". ", "! ", "? ")


def reason_of(row: "NormRow", limit: int = 240) -> str:
    """Why a norm got its oordeel, from its bevinding: the last sentence of the text, where the weging
    is written (see DESIGN "How a bevinding reads"); else the first verbeterpunt."""
    text = " ".join(p.strip() for p in row.bevinding.split("\n") if p.strip()) if row.bevinding != NO_BEVINDING else ""
    last = ""
    if text:
        cut = max(text.rstrip(".!? ").rfind(e) for e in _SENTENCE_END)
        last = text[cut + 2:].strip() if cut >= 0 else text.strip()
    why = last or (row.verbeterpunten[0] if row.verbeterpunten else "")
    if len(why) > limit:
        why = why[: limit - 1].rsplit(" ", 1)[0] + "…"
    return why or "reden niet vastgelegd"


def _rubriek_toelichting(rows: tuple[NormRow, ...], nvt_reasons: dict[str, str]) -> str:
    by = {o: [r for r in rows if r.oordeel == o] for o in (*OORDELEN, version_rule.IN_GESCHIL)}
    rated = [r for r in rows if r.oordeel in ("+", "+/-", "-")]
    lines = []
    if rated and len(by["+"]) == len(rated) and not by["niet beoordeeld"] and not by[version_rule.IN_GESCHIL]:
        lines.append("Alle beoordeelde normen voldoen.")
    for oordeel, singular, plural in (("+/-", "norm voldoet deels", "normen voldoen deels"), ("-", "norm voldoet niet", "normen voldoen niet")):
        if by[oordeel]:
            lines.append(f"{_verb(len(by[oordeel]), singular, plural)}:")
            lines += [f"{r.norm_id}: {reason_of(r)}" for r in by[oordeel]]
    if by["n.v.t."]:
        lines.append(f"{_verb(len(by['n.v.t.']), 'norm is', 'normen zijn')} niet van toepassing:")
        for r in by["n.v.t."]:
            reason = nvt_reasons.get(r.norm_id, "")
            lines.append(f"{r.norm_id}" + (f": {reason}" if reason else ""))
    if by[version_rule.IN_GESCHIL]:
        lines.append("In geschil tussen de toetsers: " + ", ".join(r.norm_id for r in by[version_rule.IN_GESCHIL]))
    if by["niet beoordeeld"]:
        lines.append("Nog niet beoordeeld: " + ", ".join(r.norm_id for r in by["niet beoordeeld"]))
    return "\n".join(lines)


def _deadlines(audit: AuditData, bank: QuestionBank) -> tuple[DeadlineDate, ...]:
    dates = sorted(d for d in audit.toetsing.audit_dates if d)
    last = None
    if dates:
        try:
            last = dt.date.fromisoformat(dates[-1])
        except ValueError:
            last = None
    return tuple(
        DeadlineDate(
            label=d.label,
            date=(last + dt.timedelta(days=d.days_after_last_audit_day)).isoformat() if last else "",
            description=d.description,
        )
        for d in bank.rules.deadlines
    )


def _dedupe(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return tuple(seen.values())


def _date_or_missing(iso: str) -> str:
    return date_long(iso) if iso else ""


def expiry_text(t) -> str:  # noqa: ANN001 - Toetsing
    """The expiry of the last certificate; "eerste certificering" only when the toetser said so."""
    if t.previous_certificate_expiry:
        return date_long(t.previous_certificate_expiry)
    return FIRST_CERTIFICATION if t.first_certification else ""


def _in_geschil_text(c: version_rule.Counted, names: dict[str, str]) -> str:
    oordelen = ", ".join(f"{v.oordeel}" for v in c.versions if v.oordeel != version_rule.NOT_RATED)
    return f"In geschil: de toetsers gaven verschillende oordelen ({oordelen}); het team stelt nog een versie vast."


def final_advies_text(the_advies: Advies, t) -> str:  # noqa: ANN001 - Toetsing
    """The advies as the handbook words it once the verbeterplan is approved (Bijlage 5, 10.b.i)."""
    if the_advies.kind != ADVIES_NA_VERBETERPLAN or not t.verbeterplan_goedgekeurd or the_advies.provisional:
        return the_advies.text
    c = the_advies.counts
    when = f" op {date_long(t.verbeterplan_datum)}" if t.verbeterplan_datum else ""
    return (
        f"Positief advies: de organisatie voldoet aan {_plural(c.niet, 'norm', 'normen')} niet en aan {c.deels} deels; "
        f"het verbeterplan voor deze normen is{when} door de CI goedgekeurd."
    )
