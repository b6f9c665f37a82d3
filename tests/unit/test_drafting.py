"""Draft bevindingen read like a report: prose per aspect, functie groups, clean quotations,
recommendations, a weging sentence; nothing without evidence; regenerated only when the toetser's own."""

from __future__ import annotations

import itertools

import re

from interviewer.domain.drafting import (
    draft_all,
    draft_bevinding,
    evidence_by_norm,
    newer_evidence,
    oordeel_warnings,
    quotation,
    regenerate,
    report_text,
    shorthand_tokens,
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

    def note(self, bron: Bron, text: str, *norms: str, kind: str = "citaat", state: str = "confirmed", at: str = "") -> Aantekening:
        n = next(_ids)
        a = Aantekening(id=f"a{n}", bron_id=bron.id, text=text, kind=kind, created=at or f"2026-11-23T10:{n % 60:02d}:00")
        self.data.aantekeningen.append(a)
        for norm in norms:
            self.data.tags.append(Tag(id=f"t{next(_ids)}", aantekening_id=a.id, norm_id=norm, state=state))
        return a



QUOTED = re.compile(r"„([^”]*)”")


def test_no_evidence_gives_no_concept_text(bank):
    audit = Audit()
    sw = audit.interview("sociaal_werker")
    audit.note(sw, "Suggested only, never confirmed by the toetser.", "V1", state="suggested")
    audit.note(sw, "Rejected tag.", "V1", state="rejected")
    drafts = draft_all(audit.data, bank)
    assert len(drafts) == 49
    assert all(d.text == "" and d.sterke_punten == d.verbeterpunten == "" for d in drafts.values())
    assert drafts["V1"].suggested_oordeel == "niet beoordeeld" and drafts["V1"].reason == "geen bronnen"
    assert "Geen bronnen" not in "".join(d.text for d in drafts.values())


def _inwerk_audit():
    audit = Audit()
    sw1 = audit.interview("sociaal_werker", "jongerenwerker Anja")
    sw2 = audit.interview("sociaal_werker", persons=2)
    tl = audit.interview("teamleiding")
    doc = audit.document("Inwerkprogramma 2025")
    audit.note(sw1, "Nieuwe collega's krijgen een buddy en een inwerkmap met alle afspraken.", "V2")
    audit.note(sw2, "Iedere nieuwe collega krijgt een buddy voor de eerste drie maanden.", "V2")
    audit.note(tl, "TL: inwerkprogramma na 3 mnd geëvalueerd, 'dan kijken we samen wat er nog nodig is'", "V2")
    audit.note(doc, "Beschrijft buddy, checklist en evaluatie na drie maanden.", "V2")
    return audit


def test_draft_is_prose_naming_groups_and_documents_not_people(bank):
    audit = _inwerk_audit()
    d = draft_bevinding("V2", evidence_by_norm(audit.data)["V2"], bank)
    assert d.text and "Anja" not in d.text
    assert "professionals" in d.text and "teamleider" in d.text
    assert "„Inwerkprogramma 2025”" in d.text
    assert "Een voorbeeld: " in d.text
    # the last paragraph is the weging: it ties the facts to the proposed oordeel
    last = d.text.split("\n\n")[-1]
    assert "voldoet" in last or "onvoldoende onderbouwd" in last
    assert not re.search(r"\b(ik|mijn)\b", QUOTED.sub("", d.text), re.IGNORECASE)
    assert 25 <= len(d.text.split()) <= 160


def test_quotations_are_clean_and_typographic(bank):
    audit = _inwerk_audit()
    d = draft_bevinding("V2", evidence_by_norm(audit.data)["V2"], bank)
    for q in QUOTED.findall(d.text):
        assert shorthand_tokens(q) == [], q
    assert d.text.count("„") == d.text.count("”")
    assert "'" not in "".join(QUOTED.findall(d.text))


def test_shorthand_is_expanded_or_the_note_left_out():
    assert report_text("TL MW: intake binnen 2 wk") == "teamleider maatschappelijk werk: intake binnen 2 weken"
    assert report_text("Innovatiefonds 25k/jaar") == "Innovatiefonds € 25.000/jaar"
    assert report_text("Vraag achter de vraag -> warme overdracht naar MW") is None
    assert report_text("VOG bij alle vrijwilligers? - coördinator zegt ja") is None
    assert report_text("Verplicht: meldcode, AVG e-learning") == "Verplicht: meldcode, AVG e-learning"
    assert shorthand_tokens("De TL zegt ->") == ["->", "TL"]
    assert quotation("Casuïstiekoverleg MW wekelijks, 'veilige sfeer, ook fouten op tafel'") == "veilige sfeer, ook fouten op tafel"
    assert quotation("TL MW: 'mijn mensen beslissen zelf'") == "mijn mensen beslissen zelf"
    assert quotation("Gesprek met TL over 'MW en JW'") is None  # too short, and shorthand
    assert quotation("Geen aanhalingstekens, dus geen citaat.") is None


def test_a_note_naming_a_person_is_left_out(bank):
    audit = Audit()
    sw = audit.interview("sociaal_werker")
    audit.note(sw, "Collega Anja de Vries houdt de registratie bij voor het hele team.", "V1")
    d = draft_all(audit.data, bank)["V1"]
    assert d.text and "Anja" not in d.text and "Vries" not in d.text


def test_verbeterpunten_are_recommendations_and_sterke_punten_marked_notes(bank):
    audit = Audit()
    hr = audit.interview("hr")
    bestuur = audit.interview("bestuur")
    audit.note(hr, "Scholingsplan wordt jaarlijks met elk team opgesteld.", "V12", kind="sterk_punt")
    audit.note(bestuur, "Portfolio's van geregistreerde professionals worden niet gecontroleerd.", "V12", kind="verbeterpunt")
    audit.note(hr, "Portfolio's van geregistreerde professionals worden niet gecontroleerd", "V12", kind="verbeterpunt")
    d = draft_bevinding("V12", evidence_by_norm(audit.data)["V12"], bank)
    assert d.sterke_punten == "Scholingsplan wordt jaarlijks met elk team opgesteld."
    lines = d.verbeterpunten.splitlines()
    assert len(lines) == 1 and lines[0].startswith(("Borg ", "Verbeter ")) and "niet gecontroleerd" in lines[0]
    assert "tekortkomingen" in d.text
    assert d.suggested_oordeel in ("+/-", "-", "niet beoordeeld")
    assert d.suggested_oordeel != "+"


def test_weak_plus_is_warned(bank):
    audit = Audit()
    sw = audit.interview("sociaal_werker")
    audit.note(sw, "Wij houden ons aan de beroepscode en bespreken dilemma's.", "V7")
    ev = evidence_by_norm(audit.data)["V7"]
    assert oordeel_warnings(ev, "+") == ("`+` met één bron", "`+` zonder inzage van documenten")
    assert draft_bevinding("V7", ev, bank).suggested_oordeel != "+"  # one source: never a + proposal
    audit.note(audit.interview("teamleiding"), "De beroepscode hangt in elke teamruimte en komt in intervisie terug.", "V7")
    ev = evidence_by_norm(audit.data)["V7"]
    assert oordeel_warnings(ev, "+") == ("`+` zonder inzage van documenten",)
    assert oordeel_warnings(ev, "-") == ("`-` zonder verbeterpunt",)
    assert oordeel_warnings(ev, "-", "Beroepscode niet in het inwerkprogramma.") == ()


def test_regenerate_replaces_only_own_unedited_concepts(bank):
    audit = Audit()
    sw = audit.interview("sociaal_werker")
    audit.note(sw, "Afspraken met klanten staan in het registratiesysteem.", "D6", "D3")
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
    # norms without evidence get no concept at all
    assert "V1" not in updates
    assert [u.norm_id for u in regenerate(audit.data, bank, "me", ["D6", "D3"])] == ["D3"]


def test_regeneration_follows_new_evidence_and_flags_edited_versions(bank):
    audit = Audit()
    sw = audit.interview("sociaal_werker")
    audit.note(sw, "Afspraken met klanten staan in het registratiesysteem.", "D6", at="2026-11-23T09:00:00")
    first = regenerate(audit.data, bank, "me", existing_only=True)
    assert first == []  # evidence changing writes no concept where the toetser has none
    (made,) = regenerate(audit.data, bank, "me", ["D6"])
    concept = Bevinding(id="c", norm_id="D6", text=made.text, author="me", updated="2026-11-23T09:30:00")
    edited = Bevinding(id="x", norm_id="D6", text="Eigen tekst.", edited=True, author="you", updated="2026-11-23T09:30:00")
    audit.data.bevindingen += [concept, edited]
    assert regenerate(audit.data, bank, "me", existing_only=True) == []  # nothing new: nothing to do
    assert not newer_evidence(concept, evidence_by_norm(audit.data)["D6"])
    tl = audit.interview("teamleiding")
    audit.note(tl, "Dossiers worden wisselend bijgehouden, soms pas een week later.", "D6", at="2026-11-23T11:00:00")
    (update,) = regenerate(audit.data, bank, "me", existing_only=True)
    assert update.norm_id == "D6" and update.text != made.text and "tekortkomingen" in update.text
    # the other toetser's edited version is never regenerated, but shows that newer evidence exists
    assert regenerate(audit.data, bank, "you", existing_only=True) == []
    assert newer_evidence(edited, evidence_by_norm(audit.data)["D6"])


def test_demo_drafts_are_report_prose(bank):
    from interviewer.demo.builder import build_demo
    from interviewer.domain.coverage import coverage

    audit = build_demo()
    drafts = draft_all(audit, bank)
    cov = coverage(bank, audit)
    for norm in bank.norms:
        d = drafts[norm.id]
        assert d.aspects is not None and len(d.aspects.aspects) >= 2
        if cov.norm(norm.id).level != "onderbouwd":
            assert d.suggested_oordeel != "+", norm.id
        if cov.norm(norm.id).level in ("open", "nvt") and not evidence_by_norm(audit).get(norm.id):
            assert d.text == ""
            continue
        assert d.text, norm.id
        for q in QUOTED.findall(d.text):
            assert shorthand_tokens(q) == [], (norm.id, q)
        outside = QUOTED.sub("", d.text)
        assert not re.search(r"\b(ik|mijn|wij|we)\b", outside, re.IGNORECASE), (norm.id, outside)
        assert shorthand_tokens(outside) == [], (norm.id, shorthand_tokens(outside))
        assert "->" not in d.text and "Geen bronnen" not in d.text


def test_every_sentence_of_a_demo_draft_ends_before_the_next_begins(bank):
    from interviewer.demo.builder import build_demo

    for d in draft_all(build_demo(), bank).values():
        for paragraph in d.text.split("\n\n") if d.text else ():
            assert paragraph.rstrip()[-1] in ".”", (d.norm_id, paragraph[-40:])
        assert not re.search(r"” [A-Z]", d.text), d.norm_id  # "„Document” Daarnaast": a lost full stop
