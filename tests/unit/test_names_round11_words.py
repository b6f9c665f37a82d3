"""Round-11 capitalised words of audit notes that are no person, as a toetser sees them in the export:
the interviewee's shorthand "resp.", languages and dialects, feasts, benefits, role acronyms,
instruments named after their makers, clubs, churches and firms by their own nouns, two languages
joined by a hyphen, a postcode's letters and the town after them, a bare area noun of a form. Each
test also plants a real name in the same shape, which must still be replaced. The sentences are
new: none is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


# ---------------------------------------------------------------- the interviewee's shorthand


def test_resp_is_never_a_name_and_the_name_after_it_still_is():
    out = redact(
        "volgens resp.: de wachtlijst is te lang",
        "resp. ziet geen probleem in de planning",
        "Gesprek met Wendy Kuipers, resp. twijfelt over de bezetting.",
    )
    assert out == [
        "volgens resp.: de wachtlijst is te lang",
        "resp. ziet geen probleem in de planning",
        f"Gesprek met {N}, resp. twijfelt over de bezetting.",
    ]


# ---------------------------------------------------------------- languages, feasts, benefits


def test_languages_and_dialects_are_spared():
    same("De cliënt spreekt Sarnami en Sranantongo; zijn moeder alleen Kriolu.")
    same("In de noordelijke dorpen wordt nog Twents, Drents en Gronings gesproken.")
    same("De brugfunctionaris spreekt Romanes en Slowaaks.")


def test_two_languages_joined_by_a_hyphen_are_spared_and_a_double_surname_is_not():
    same("Er is een tolk Soedanees-Arabisch nodig, geen Marokkaans-Arabisch.")
    assert redact("Coördinator Ineke Horst-Wessels belde terug.") == [f"Coördinator {N} belde terug."]


def test_feasts_of_the_communities_are_spared():
    same("Met Tết en Navratri organiseert het buurthuis een open middag.")
    same("Opa vertelt graag over de Bersiap en over Dia di Rincon.")


def test_benefits_and_schemes_are_spared():
    same("Tozo, TONK en Bbz zijn genoemd; de Wajong loopt via het UWV.")


def test_role_acronyms_before_a_name_are_spared_and_the_name_is_replaced():
    assert redact("POH Marieke Dekker en BOA Sjoerd Hoekstra waren erbij.") == [f"POH {N} en BOA {N} waren erbij."]
    same("AMW Veenstad bestaat sinds 1981.")


# ---------------------------------------------------------------- instruments and methods


def test_instruments_named_after_their_makers_are_spared():
    same("We gebruiken de De Jong Gierveld-schaal bij elk huisbezoek.")
    same("Vragenlijst: De Jong Gierveld eenzaamheidsschaal, afgenomen in maart.")
    same("De training gaat uit van de Driehoek van Karpman en de Karpman-driehoek.")


def test_a_colleagues_own_method_keeps_her_name_replaced():
    assert "Heijden" not in redact("De Van der Heijden-methodiek is eigenlijk haar eigen werkwijze.")[0]


# ---------------------------------------------------------------- clubs, churches, firms


def test_clubs_and_teams_by_their_english_noun_are_spared():
    same("De meiden van Girls United trainen met de Black Eagles op dinsdag.")
    same("De training wordt gegeven door Augeo Academy; daarna is het Alzheimer Café open.")


def test_a_church_by_its_own_name_is_spared():
    same("De Braziliaanse gemeenschap komt samen in de kerk Igreja Nova Vida.")
    same("De Franstalige kerk Église Évangélique de la Grâce huurt de aula.")


def test_a_firm_with_its_capitalised_noun_is_spared_and_a_person_at_a_bakery_is_not():
    same("Garage Hendriks repareerde de bus van het buurthuis.")
    assert redact("De vader werkt bij de bakkerij van Joost Mulder.") == [f"De vader werkt bij de bakkerij van {N}."]


def test_a_firm_noun_that_is_a_surname_keeps_the_person():
    assert redact("Mevrouw Tempel en Ria Moskee kwamen samen.") == [f"Mevrouw {N} en {N} kwamen samen."]


# ---------------------------------------------------------------- addresses and forms


def test_a_postcode_and_its_town_are_spared_and_a_year_before_initials_is_no_postcode():
    same("Postadres: Postbus 120, 7411 AB Hoevedorp")
    assert redact("Sinds 2019 JP Smit als coördinator.") == [f"Sinds 2019 {N} als coördinator."]


def test_a_bare_area_noun_of_a_form_is_spared_and_van_wijk_is_a_name():
    out = redact(
        "Wijk: Molenbuurt | Mentor: nog open",
        "Kolommen: Datum, Voornaam, Wijk, Reden bezoek",
        "Scheidsrechter Roos van Wijk floot de finale.",
    )
    assert out == [
        "Wijk: Molenbuurt | Mentor: nog open",
        "Kolommen: Datum, Voornaam, Wijk, Reden bezoek",
        f"Scheidsrechter {N} floot de finale.",
    ]


# ---------------------------------------------------------------- roles and adjectives


def test_a_role_label_before_a_colon_is_spared_and_the_names_after_it_are_replaced():
    assert redact("Leadtoetser: Ellen Vermaat; medetoetser: Joris Kamp.") == [f"Leadtoetser: {N}; medetoetser: {N}."]


def test_a_peoples_adjective_before_its_noun_is_no_surname():
    assert redact("Vader Tesfamariam van de Koptische kerk bood hulp aan.") == [f"Vader {N} van de Koptische kerk bood hulp aan."]
    assert redact("Gesprek met Anja Kruse over de planning.") == [f"Gesprek met {N} over de planning."]


def test_feast_wishes_soos_and_supermarket_names_are_spared_and_mevrouw_vrolijk_is_not():
    same("Vrolijk Pasen en een fijne vakantie gewenst!")
    same("De Javaanse seniorensoos Eling Waspada komt op donderdag bij elkaar.")
    assert redact("Mevrouw Vrolijk belde over de paasbrunch.") == [f"Mevrouw {N} belde over de paasbrunch."]


def test_a_greek_letter_naming_a_class_is_spared():
    same("De leerlingen van klas Alpha en klas Beta hebben samen les.")
