"""One way to name a functie in text: drafts, report, question reasons, plan and coverage agree."""

from __future__ import annotations

from test_coverage import AuditBuilder

from interviewer.domain.drafting import draft_bevinding
from interviewer.domain.evidence import evidence_by_norm
from interviewer.domain.labels import at_start, bron_functie_label, functie_label, in_sentence
from interviewer.domain.report import gesproken_met
from sessions.models import Bron


def test_labels_lower_case_inside_a_sentence_but_abbreviations_keep_their_capitals():
    assert in_sentence("Sociaal werker") == "sociaal werker"
    assert in_sentence("HR-medewerker") == "HR-medewerker"
    assert in_sentence("OR / PVT") == "OR / PVT"
    assert in_sentence("Cliëntenraad / klant / deelnemer") == "cliëntenraad / klant / deelnemer"
    assert at_start("sociaal werker") == "Sociaal werker" and at_start("") == ""


def test_catalogue_label_or_the_typed_functie(bank):
    assert functie_label(bank, "vrijwilligerscoordinator") == "vrijwilligerscoördinator"
    assert functie_label(bank, "vrijwilligerscoordinator", sentence=False) == "Vrijwilligerscoördinator"
    assert functie_label(bank, "medezeggenschap") == "OR / PVT"
    assert functie_label(bank, "buurtsportcoach") == "buurtsportcoach"  # free text, no category


def test_an_interview_is_named_by_its_category_then_its_typed_functie_never_blank(bank):
    assert bron_functie_label(Bron("b1", "interview", functie="Anja, jongerenwerker", functie_category="sociaal_werker"), bank) == "sociaal werker"
    assert bron_functie_label(Bron("b2", "interview", functie="Buurtsportcoach"), bank) == "buurtsportcoach"
    assert bron_functie_label(Bron("b3", "interview", functie="HR-adviseur"), bank) == "HR-adviseur"
    assert bron_functie_label(Bron("b4", "interview"), bank) == "gesprekspartner"


def test_draft_and_report_name_the_same_interviews_the_same_way(bank):
    b = AuditBuilder()
    for category, typed in (("hr", "P&O-adviseur"), ("medezeggenschap", ""), ("", "Buurtsportcoach")):
        b.note(b.interview(category, typed), "OB7", text="Functieprofielen zijn vorig jaar herzien met het team.")
    draft = draft_bevinding("OB7", evidence_by_norm(b.audit)["OB7"], bank)
    reported = [g.functie for g in gesproken_met(b.audit, bank)]
    assert sorted(reported) == ["HR-medewerker", "OR / PVT", "buurtsportcoach"]
    for label in reported:
        assert label in draft.text


def _bron(**kw) -> Bron:
    base = dict(id="b1", kind="interview", title="", functie="", functie_category="", werksoort="", persons=1)
    base.update(kw)
    return Bron(**base)


def test_each_place_names_a_bron_in_its_own_form_from_one_module():
    from questionbank import load_bank

    from interviewer.domain.labels import bron_heading, bron_label, functie_key, source_label

    bank = load_bank()
    gesprek = _bron(functie="jongerenwerker", functie_category="sociaal_werker", werksoort="jongerenwerk", persons=2)
    assert bron_label(gesprek, bank) == "Sociaal werker · jongerenwerker (2 pers., jongerenwerk)"
    assert bron_heading(gesprek, bank) == "Gesprek · jongerenwerker (2 personen)"
    assert source_label(gesprek, bank) == "sociaal werker"
    assert functie_key(gesprek) == "sociaal_werker"
    assert functie_key(_bron(functie="  Buurtcoach ")) == "buurtcoach" and functie_key(_bron()) == "onbekend"
    document = _bron(kind="document", title="Scholingsplan 2026", document_kind="scholingsplan")
    assert bron_label(document, bank) == "Document: Scholingsplan 2026 (scholingsplan)"
    assert bron_heading(document, bank) == "Document · Scholingsplan 2026 (scholingsplan)"
    assert source_label(document, bank) == "document: Scholingsplan 2026"
    rondgang = _bron(kind="observatie", title="")
    assert bron_heading(rondgang, bank) == "Observatie · rondgang" and source_label(rondgang, bank) == "waarneming"
