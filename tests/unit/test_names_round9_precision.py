"""Round-9 precision rules of the name check (names/venues.py, eponyms.py, dates.py,
abbreviations.py, protect.py, geen_namen.toml): ordinary words of audit material that are no person
stay in the redacted text, and a person written with the same kind of word is still replaced. The
sentences are new: none is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


def test_a_listed_place_stays_alone_hyphenated_and_after_a_team():
    same("Het wijkteam Hellendoorn start in maart met een inloop in Hellendoorn-Noord.")
    same("De bewoners uit Zwolle-Zuid en Dalfsen kwamen samen naar de avond.")


def test_a_place_found_once_as_a_person_is_not_applied_to_the_place_elsewhere():
    # after a role a town the audit names as a place is the worker's area (round 12: the labelled
    # sets say so, "mw. Hoek (sociaal werker Wijhe)"); after an aanspreekvorm it is a surname
    out = redact("Uit het verslag van mw. Hoek (sociaal werker Dalfsen) blijkt het.", "De inloop in Dalfsen is op dinsdag.")
    assert out == [f"Uit het verslag van mw. {N} (sociaal werker Dalfsen) blijkt het.", "De inloop in Dalfsen is op dinsdag."]
    out = redact("Uit het verslag van mw. Dalfsen blijkt het.", "De inloop in Dalfsen is op dinsdag.")
    assert out == [f"Uit het verslag van mw. {N} blijkt het.", "De inloop in Dalfsen is op dinsdag."]


def test_a_surname_that_is_a_place_found_with_a_first_name_is_applied_outside_place_words():
    out = redact("Cornelis Hoogland stopt als penningmeester.", "Ik heb met Hoogland gesproken.", "De inloop in Hoogland is dicht.")
    assert out == [f"{N} stopt als penningmeester.", f"Ik heb met {N} gesproken.", "De inloop in Hoogland is dicht."]


def test_a_surname_that_is_a_place_is_still_replaced():
    assert redact("Ingrid Hoogeveen belt morgen terug.") == [f"{N} belt morgen terug."]
    assert redact("De notulen zijn van penningmeester Zevenhuizen.") == [f"De notulen zijn van penningmeester {N}."]
    assert redact("Juni Hoekstra start als stagiaire.") == [f"{N} start als stagiaire."]


def test_districts_towns_of_origin_and_organisations_of_the_lists_stay():
    same("Het spreekuur in Selwerd en Paddepoel wordt goed bezocht.")
    same("Zij komt uit Basra; haar zus woont in Katowice.")
    same("De wijkverpleging van Carinova en de GGZ van Dimence werken met Siilo.")
    same("Huurders van Woonbron krijgen bij een achterstand eerst een brief.")


def test_shorthand_without_a_vowel_stays_and_the_name_beside_it_goes():
    assert redact("hij is ziek vandaag - gr. mirjam") == [f"hij is ziek vandaag - gr. {N}"]
    assert redact("Zie je me donderdag? Gr Hatice") == [f"Zie je me donderdag? Gr {N}"]
    same("telnr en mobnr tnv de vader ontbreken, evt. navragen bij shv")
    assert redact("afspraak met mevr. Vlk verzet") == [f"afspraak met mevr. {N} verzet"]


def test_van_after_a_noun_is_the_preposition_and_after_a_first_name_the_particle():
    assert redact("Het verslag van Visser is niet getekend.") == [f"Het verslag van {N} is niet getekend."]
    assert redact("De kinderen van Hosseini zijn gebeld.") == [f"De kinderen van {N} zijn gebeld."]
    assert redact("Sanne van Dijk belt terug.") == [f"{N} belt terug."]
    assert redact("Volgens mevrouw van Leeuwen klopt het.") == [f"Volgens mevrouw {N} klopt het."]


def test_schools_and_churches_named_after_a_person_stay():
    same("Het project loopt op het Johan de Witt-gymnasium en het Erasmus-atheneum.")
    same("De voedselbank zit naast de Titus Brandsmakerk.")
    same("Leerlingen van het Willem de Zwijger College zijn welkom.")
    same("De maatschappelijk werker is op dinsdag op het Alexander Hegius.")
    assert redact("Ik heb het Fatima Bakker uitgelegd.") == [f"Ik heb het {N} uitgelegd."]


def test_an_organisation_with_van_de_stays():
    same("De Kerk van de Nazarener en de Vereniging van Eigenaren huren de zaal.")
    assert redact("Bij de Stichting van Anja is het druk.") == [f"Bij de Stichting van {N} is het druk."]


def test_a_years_planning_of_months_and_adverbs_after_s_stay():
    same("Planning | mrt: NLdoet | sep: Burendag | nov: Week van de Mantelzorg")
    same("'s Winters en 's Avonds is de inloop drukker.")
    assert redact("Jan: ik bel je later.") == [f"{N}: ik bel je later."]


def test_a_venue_called_by_its_kind_stays_and_a_surname_after_an_aanspreekvorm_goes():
    same("Koffie is er in de Kantine en bij de Soos.")
    assert redact("Volgens mevrouw de Soos is de huur hoog.") == [f"Volgens mevrouw {N} is de huur hoog."]


def test_a_role_opening_the_sentence_is_no_part_of_the_names_after_it():
    assert redact("Jeugdprofessional Okafor belt de school.") == [f"Jeugdprofessional {N} belt de school."]
    assert redact("Buurtbemiddelaars Roy Martina en Femke de Boer waren erbij.") == [f"Buurtbemiddelaars {N} en {N} waren erbij."]
