"""Gap/polarity detection on Dutch note phrasings: gaps are negative, negated problems positive."""

from __future__ import annotations

import pytest

from interviewer.domain.signals import NEGATIVE, NEUTRAL, POSITIVE, detect

NEGATIVE_NOTES = [
    "Geen zicht op kosten van eigen inzet",
    "Team kent kostprijs niet",
    "Evaluatie van het inwerkprogramma ontbreekt",
    "Klachtenregeling bij de vrijwilligers niet bekend",
    "Privacyreglement nog niet aangepast na de fusie",
    "Herziening methodiekboek loopt nog",
    "Voortgangsverslagen wisselend: de één per contact, de ander een maandsamenvatting",
    "360-feedback weinig gebruikt",
    "POP wordt besproken maar niet altijd vastgelegd",
    "Toestemmingsformulieren liggen in de la, niet na te gaan wie toestemming gaf",
    "Kast met dossiers niet op slot",
    "360-feedback nooit gedaan",
    "Verzuim te hoog, vooral bij maatschappelijk werk",
    "5 acties uit het plan van aanpak over datum",
    "Outcome meten lastig, we tellen vooral bereik",
    "Geen overzicht van meldingen teruggezien in het team",
    "Kwaliteitshandboek staat op intranet, niet iedereen kan het vinden",
    "Gesprekscyclus verschilt per team",
    "Het jaarverslag heb ik nooit gezien",
    "Werkbegeleiders weten de procedure niet",
    "Registratie bij Registerplein onvoldoende bijgehouden",
]

POSITIVE_NOTES = [
    "Geen klachten over de bereikbaarheid",
    "Nooit problemen met de overdracht naar het wijkteam",
    "Een tweede gesprek was niet nodig geweest",
    "CAO Sociaal Werk, geen afwijkingen",
    "Geen wachtlijst bij schuldhulp",
    "Zonder incidenten verlopen dit jaar",
    "Weinig klachten, en die worden snel opgelost",
    "WhatsApp met klanten doen we niet meer",
    "Innovatiefonds levert aantoonbaar nieuw aanbod op",
    "Pilot nu structureel gefinancierd door de gemeente",
    "Veilige sfeer in het casuïstiekoverleg",
    "Nooit een probleem geweest met de privacy",
]

NEUTRAL_NOTES = [
    "Intervisie 6-wekelijks volgens de incidentmethode",
    "Stagebeleid: maximaal 1 stagiaire per 4 fte",
    "Dossier in registratiesysteem: intake, plan, voortgang per contact",
]


@pytest.mark.parametrize("text", NEGATIVE_NOTES)
def test_gap_phrasings_are_negative(text):
    assert detect(text).polarity == NEGATIVE, detect(text)


@pytest.mark.parametrize("text", POSITIVE_NOTES)
def test_negated_problems_and_strengths_are_positive(text):
    assert detect(text).polarity == POSITIVE, detect(text)


@pytest.mark.parametrize("text", NEUTRAL_NOTES)
def test_plain_facts_are_neutral(text):
    assert detect(text).polarity == NEUTRAL, detect(text)


def test_at_least_thirty_phrasings_with_positive_negations():
    assert len(NEGATIVE_NOTES) + len(POSITIVE_NOTES) + len(NEUTRAL_NOTES) >= 30
    assert sum(t.lower().startswith(("geen", "nooit", "zonder")) or "niet nodig" in t for t in POSITIVE_NOTES) >= 5


def test_kind_decides_before_words():
    assert detect("Geen klachten", kind="verbeterpunt").polarity == NEGATIVE
    assert detect("Geen zicht op kosten", kind="sterk_punt").polarity == POSITIVE


def test_a_gap_next_to_a_negated_problem_still_counts():
    signal = detect("Geen klachten, maar geen zicht op de wachttijd")
    assert signal.polarity == NEGATIVE
    assert any("geen zicht" in p for p in signal.phrases)
