"""An audit with nothing left open: every norm settled "+" on two interviews and a document, every
Deel A field filled. Tests of the checklist and the export take away one thing at a time."""

from __future__ import annotations

import dataclasses

from questionbank.models import QuestionBank
from sessions.models import Aantekening, AuditData, Bevinding, Bron, Tag, Toetser, Toetsing
from sessions.store import TEAM_AUTHOR

DEEL_A = dict(
    organisation="Stichting Buurtwerk Noord", lidnummer="KL-0001", scope="Jongerenwerk in Noordstad",
    variant="ci", fte_staff=12.0, fte_stagiaires=1.0, fte_vrijwilligers=2.0,
    audit_dates=["2026-10-06", "2026-10-07"], previous_certificate_expiry="2027-06-30",
    verloop="Twee dagen op locatie.", opvolging_vorig="Verbeterpunten opgepakt.", time_on_site="14 uur",
    adres="Straat 1, 1000 AA Noordstad", contactpersoon="J. Smit, manager", telefoon="010 000 0000",
    email="info@noord.example", website="https://noord.example", ci_naam="KeurWel",
    ci_straat="Laan 2", ci_postcode_plaats="2000 BB Zuidstad", ci_url="https://keurwel.example",
    ci_telefoon="020 000 0000", plannen_van_aanpak_rond="2026-11-30", verslag_datum="2026-10-20",
    teamleider="Marieke Jansen", beoordelaars="Kees Visser", meegelezen_door="P. Kramer",
    schets_organisatie="Een kleine stichting.", relevante_ontwikkelingen="Geen bijzonderheden.",
    ingediende_plannen="Niet nodig.", tijdsindicatie_volgend="Over drie jaar, twee dagen.",
    ondertekening_plaats="Zuidstad", ondertekening_naam="Marieke Jansen",
)


def complete_audit(bank: QuestionBank, **toetsing_changes) -> AuditData:
    t = Toetsing(id="t", **{**DEEL_A, **toetsing_changes})
    toetsers = [Toetser("tl", "Marieke Jansen", "teamleider"), Toetser("bo", "Kees Visser", "beoordelaar")]
    bronnen = [
        Bron("i1", "interview", functie="jongerenwerker", functie_category="sociaal_werker", werksoort="jongerenwerk", persons=2),
        Bron("i2", "interview", functie="teamleider", functie_category="teamleiding"),
        Bron("d1", "document", title="Jaarverslag 2025"),
    ]
    notes = [Aantekening(f"a-{b.id}", b.id, f"Aantekening uit {b.id}.") for b in bronnen]
    tags = [Tag(f"t-{a.id}-{n.id}", a.id, n.id, state="confirmed") for a in notes for n in bank.norms]
    bevindingen = [
        Bevinding(f"b-{n.id}", n.id, f"Bij {n.id} is het werk in de praktijk aangetoond.", "+", "final",
                  edited=True, author=TEAM_AUTHOR, updated="2026-10-08T10:00:00Z")
        for n in bank.norms
    ]
    return AuditData(t, toetsers, bronnen, notes, tags, [], bevindingen, [], [], [])


def with_bevindingen(audit: AuditData, norm_id: str, *versions: Bevinding) -> AuditData:
    """The audit with the versions of `norm_id` replaced by `versions`."""
    kept = [b for b in audit.bevindingen if b.norm_id != norm_id]
    return dataclasses.replace(audit, bevindingen=kept + list(versions))
