"""Draft bevindingen follow the evidence: counts, functies, quotes; nothing without evidence."""

from __future__ import annotations

import itertools

from interviewer.domain.drafting import (
    NO_EVIDENCE_TEXT,
    draft_all,
    draft_bevinding,
    evidence_by_norm,
    oordeel_warnings,
    regenerate,
)
from sessions.models import Aantekening, AuditData, Bevinding, Bron, Tag, Toetsing

_ids = itertools.count(1)


class Audit:
    """A small audit built from the dataclasses, as the store would load it."""

    def __init__(self) -> None:
        self.data = AuditData(Toetsing(id="t", organisation="Stichting Test"), [], [], [], [], [], [], [], [], [])

    def interview(self, category: str, functie: str = "", persons: int = 1) -> Bron:
        b = Bron(id=f"b{next(_ids)}", kind="interview", functie=functie or category, functie_category=category, persons=persons)
        self.data.bronnen.append(b)
        return b

    def document(self, title: str) -> Bron:
        b = Bron(id=f"b{next(_ids)}", kind="document", title=title)
        self.data.bronnen.append(b)
        return b

    def note(self, bron: Bron, text: str, *norms: str, kind: str = "citaat", state: str = "confirmed") -> Aantekening:
        n = next(_ids)
        a = Aantekening(id=f"a{n}", bron_id=bron.id, text=text, kind=kind, created=f"2026-11-23T10:{n % 60:02d}:00")
        self.data.aantekeningen.append(a)
        for norm in norms:
            self.data.tags.append(Tag(id=f"t{next(_ids)}", aantekening_id=a.id, norm_id=norm, state=state))
        return a


def test_no_evidence_gives_only_geen_bronnen(bank):
    audit = Audit()
    sw = audit.interview("sociaal_werker")
    audit.note(sw, "Suggested only, never confirmed by the toetser.", "V1", state="suggested")
    audit.note(sw, "Rejected tag.", "V1", state="rejected")
    drafts = draft_all(audit.data, bank)
    assert len(drafts) == 49
    assert drafts["V1"].text == NO_EVIDENCE_TEXT
    assert drafts["V1"].sterke_punten == drafts["V1"].verbeterpunten == ""
    assert drafts["V1"].suggested_oordeel == "niet beoordeeld"
    assert all(d.text == NO_EVIDENCE_TEXT for d in drafts.values())


def test_draft_counts_sources_and_names_functies_not_people(bank):
    audit = Audit()
    sw1 = audit.interview("sociaal_werker", "jongerenwerker Anja")
    sw2 = audit.interview("sociaal_werker", persons=2)
    tl = audit.interview("teamleiding")
    doc = audit.document("Inwerkprogramma 2025")
    audit.note(sw1, "Nieuwe collega's krijgen een buddy en een inwerkmap met alle afspraken.", "V2")
    audit.note(sw2, "Bij ons krijgt iedere nieuwe collega een buddy voor de eerste drie maanden.", "V2")
    audit.note(tl, "Het inwerkprogramma wordt na drie maanden met de nieuwe collega geëvalueerd.", "V2")
    audit.note(doc, "Beschrijft buddy, checklist en evaluatie na drie maanden.", "V2")
    audit.note(tl, "Over V3 alleen dit ene citaat van de teamleider vandaag.", "V3")
    d = draft_bevinding("V2", evidence_by_norm(audit.data)["V2"], bank)
    assert "In drie gesprekken (4 personen), met de functies sociaal werker (2×) en teamleider" in d.text
    assert "Ingezien: Inwerkprogramma 2025." in d.text
    assert "Anja" not in d.text  # the category label is used, not the typed functie
    assert "over V3" not in d.text
    # quotes come verbatim with their functie
    assert "(teamleider)" in d.text and "„Het inwerkprogramma wordt na drie maanden" in d.text
    assert d.suggested_oordeel == "+"
    assert d.reason == "vier bronnen, geen verbeterpunten"
    assert d.warnings == ()


def test_quotes_are_central_and_not_duplicates(bank):
    audit = Audit()
    people = [audit.interview("sociaal_werker") for _ in range(5)]
    texts = [
        "We bespreken casussen elke week in het team en leren daarvan.",
        "We bespreken casussen elke week in het team en leren daarvan!",  # near-duplicate of the first
        "Casussen bespreken we wekelijks in het team, daar leren we van.",
        "In het team bespreken we elke week casussen.",
        "De koffieautomaat op de tweede verdieping is al maanden kapot.",  # off-centre
    ]
    for person, text in zip(people, texts):
        audit.note(person, text, "V13")
    d = draft_bevinding("V13", evidence_by_norm(audit.data)["V13"], bank)
    quoted = [line for line in d.text.splitlines() if line.startswith("– „")]
    assert len(quoted) == 3
    assert not any("koffieautomaat" in q for q in quoted)
    assert sum("elke week in het team en leren daarvan" in q for q in quoted) == 1
    assert d.text.count("Geïnterviewde professionals geven onder meer aan:") == 1


def test_sterke_en_verbeterpunten_come_from_marked_notes(bank):
    audit = Audit()
    hr = audit.interview("hr")
    bestuur = audit.interview("bestuur")
    audit.note(hr, "Scholingsplan wordt jaarlijks met elk team opgesteld.", "V12", kind="sterk_punt")
    audit.note(bestuur, "Portfolio's van geregistreerde professionals worden niet gecontroleerd.", "V12", kind="verbeterpunt")
    audit.note(hr, "Portfolio's van geregistreerde professionals worden niet gecontroleerd", "V12", kind="verbeterpunt")
    d = draft_bevinding("V12", evidence_by_norm(audit.data)["V12"], bank)
    assert d.sterke_punten == "Scholingsplan wordt jaarlijks met elk team opgesteld."
    assert d.verbeterpunten == "Portfolio's van geregistreerde professionals worden niet gecontroleerd."
    assert d.suggested_oordeel == "+/-"
    assert d.reason == "twee bronnen, één verbeterpunt"
    # marked points are not repeated as quotes, and nothing was quoted that nobody said
    assert "„" not in d.text
    assert d.text == "In twee gesprekken, met de functies bestuurder en HR-medewerker, kwam deze norm aan bod."


def test_weak_plus_is_warned(bank):
    audit = Audit()
    sw = audit.interview("sociaal_werker")
    audit.note(sw, "Wij houden ons aan de beroepscode en bespreken dilemma's.", "V7")
    one = draft_bevinding("V7", evidence_by_norm(audit.data)["V7"], bank)
    assert one.suggested_oordeel == "+"
    assert one.warnings == ("`+` met één bron", "`+` zonder inzage van documenten")
    audit.note(audit.interview("teamleiding"), "De beroepscode hangt in elke teamruimte en komt in intervisie terug.", "V7")
    two = draft_bevinding("V7", evidence_by_norm(audit.data)["V7"], bank)
    assert two.warnings == ("`+` zonder inzage van documenten",)
    assert oordeel_warnings(evidence_by_norm(audit.data)["V7"], "-") == ("`-` zonder verbeterpunt",)
    assert oordeel_warnings(evidence_by_norm(audit.data)["V7"], "-", "Beroepscode niet in het inwerkprogramma.") == ()


def test_regenerate_keeps_edited_text_and_replaces_drafts(bank):
    audit = Audit()
    sw = audit.interview("sociaal_werker")
    audit.note(sw, "Afspraken met klanten leggen we vast in het registratiesysteem.", "D6", "D3")
    audit.data.bevindingen += [
        Bevinding(id="e", norm_id="D6", text="Door de toetser herschreven.", edited=True, author="me", oordeel="+/-"),
        Bevinding(id="d", norm_id="D3", text="Oude concepttekst.", author="me"),
        Bevinding(id="o", norm_id="D3", text="Versie van een andere toetser.", author="other", edited=True),
    ]
    updates = {u.norm_id: u for u in regenerate(audit.data, bank, "me")}
    assert "D6" not in updates
    assert "afspraken met klanten" in updates["D3"].text.lower()
    assert updates["D3"].as_kwargs()["edited"] is False
    assert "oordeel" not in updates["D3"].as_kwargs()  # the oordeel stays the toetser's
    # norms without evidence and without a version get "Geen bronnen." once, then are left alone
    assert updates["V1"].text == NO_EVIDENCE_TEXT
    audit.data.bevindingen.append(Bevinding(id="v1", norm_id="V1", text=NO_EVIDENCE_TEXT, author="me"))
    assert "V1" not in {u.norm_id for u in regenerate(audit.data, bank, "me")}
    assert [u.norm_id for u in regenerate(audit.data, bank, "me", ["D6", "D3"])] == ["D3"]
