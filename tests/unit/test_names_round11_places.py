"""Round-11 place rules of the name check (names/places.py, venues.py, anonymise.py and the place
sections of geen_namen.toml): places, districts, venues and form fields stay in the report, and the
people named beside them are still replaced. The sentences are new: none is from a labelled bench
set."""

from __future__ import annotations

from names_audit import N, redact, same


def test_islands_countries_and_cities_of_origin_are_no_names():
    same(
        "Mevrouw kwam in 1962 van Seram naar Nederland, haar man is geboren op Java.",
        "De vader werkte jaren in Dublin en Glasgow voordat het gezin naar Tiel kwam.",
        "Het gezin is afkomstig uit Mauritanië en spreekt Frans en Arabisch.",
        "Zijn broer woont nog op São Vicente, de rest van de familie in Rio de Janeiro.",
    )


def test_a_listed_surname_the_audit_twice_puts_as_a_place_is_a_place():
    same(
        "Het inloopspreekuur in Lieveld is op dinsdag.",
        "Veel vrijwilligers komen uit Lieveld, zegt de coördinator.",
        "De bewoners in Lieveld willen een speeltuin.",
    )


def test_a_listed_surname_as_a_place_once_or_led_as_a_person_stays_a_name():
    out = redact("Het inloopspreekuur in Nijkamp is op dinsdag.", "Veel vrijwilligers komen uit Nijkamp.", "Mevrouw Nijkamp belde over het rooster.", "Later zei Nijkamp dat het rooster vol is.")
    assert out[2:] == [f"Mevrouw {N} belde over het rooster.", f"Later zei {N} dat het rooster vol is."]
    assert redact("Mevrouw Koorndijk is vrijwilliger.", "De bus rijdt ook in Koorndijk.")[0] == f"Mevrouw {N} is vrijwilliger."


def test_the_name_of_a_building_or_a_group_is_no_person():
    same(
        "De Vos is de naam van het buurthuis aan de Kade, niet van een medewerker.",
        "De tieners hangen na school het liefst in De Vos.",
        "Lotus en Jasmijn zijn de namen van de twee werkgroepen van het vrouwencafé.",
        "Zonnedauw is ook de naam van de sportvelden achter de school.",
    )


def test_a_name_called_the_name_of_a_person_stays_a_name():
    out = redact("Pietersen is de naam van mijn begeleider, zegt de cliënt.")
    assert out == [f"{N} is de naam van mijn begeleider, zegt de cliënt."]


def test_the_word_after_a_capitalised_het_is_a_venue_a_file_name_does_not_spread():
    out = redact(
        "De balie van Het Zonnepunt is tussen de middag dicht.",
        "Bestand: Rooster_MW_Zonnepunt_v2.xlsx, tabblad januari.",
        "Het gesprek met de cliëntenraad was in de grote zaal van Het Zonnepunt.",
    )
    assert out[0] == "De balie van Het Zonnepunt is tussen de middag dicht."
    assert out[2] == "Het gesprek met de cliëntenraad was in de grote zaal van Het Zonnepunt."


def test_a_place_read_as_a_reversed_surname_is_not_spread():
    out = redact(
        "Teamleider Brakeloo, Arjen ter Horst, noemde twee vacatures.",
        "De werkdruk in team Brakeloo is hoog, vindt de OR.",
        "Welzijn Brakeloo nam het ouderenwerk over.",
    )
    assert out[1:] == ["De werkdruk in team Brakeloo is hoog, vindt de OR.", "Welzijn Brakeloo nam het ouderenwerk over."]
    assert "Arjen" not in out[0] and "Horst" not in out[0]


def test_an_areas_noun_as_a_field_or_column_is_no_surname():
    same(
        "Wijk: Spoorhaven | Doelgroep: 12-23 jaar",
        "Kolommen: Datum, Voornaam, Wijk, Reden bezoek, Doorverwezen naar",
        "Geboortedatum en Wijk: velden op het formulier.",
    )
    assert redact("Mevrouw Van Wijk belt morgen terug.") == [f"Mevrouw {N} belt morgen terug."]


def test_the_place_of_an_address_and_an_acronym_before_a_place_are_no_names():
    same("Postadres: Postbus 310, 4890 AH Wolderveen", "Het AMW in Wolderveen bestaat sinds 1978.", "AMW Wolderveen heeft een wachtlijst.")
    same("Om 16.10 de bus richting Station Wolderveen-Centraal.", "Het station van Wolderveen-Centraal is verbouwd.")


def test_a_memo_from_a_person_to_the_mt_learns_no_place():
    out = redact("Intern memo van Annelotje aan het MT over de begroting.", "Annelotje vraagt om een tweede schuldhulpverlener.")
    assert out[1] == f"{N} vraagt om een tweede schuldhulpverlener."


def test_places_after_an_areas_compound_are_places_with_their_particle():
    same(
        "De dorpskernen Wolderveen, Ommerloo en Ter Horsteveld hebben elk een dorpshuis.",
        "De huiskamer in Ter Horsteveld draait op vrijwilligers.",
        "De single is vernoemd naar de nieuwbouwwijk Flora, waar de jongeren wonen.",
        "In Flora is het jongerenwerk twee avonden open.",
    )


def test_a_venue_led_by_het_makes_no_venue_of_a_person_with_that_surname():
    out = redact("De inloop van Het Anker is op maandag.", "Mevrouw Anker belde over haar rooster.")
    assert out == ["De inloop van Het Anker is op maandag.", f"Mevrouw {N} belde over haar rooster."]


def test_a_place_joined_to_a_lowercase_noun_is_no_name():
    same(
        "De jongeren uit Wolderveen en uit Ommerloo hangen bij de sporthal.",
        "Het jongerenwerk in Ommerloo en in Wolderveen is 's avonds open.",
        "Een jongen uit het 'Wolderveen-kamp' is bedreigd, zegt de moeder.",
        "Zij noemen de groepen 'het Ommerloo-kamp' en 'de Wolderveen-boys'.",
    )


def test_where_a_person_works_is_not_spread_with_their_name():
    out = redact(
        "Aanmelding door juf Marieke van Dijk van De Klimop: Ilias komt vaak zonder ontbijt.",
        "De intern begeleider van De Klimop neemt deel aan het zorgoverleg.",
        "Van Dijk belt de ouders morgen.",
    )
    assert "Marieke" not in out[0] and "Dijk" not in out[0]
    assert out[1:] == ["De intern begeleider van De Klimop neemt deel aan het zorgoverleg.", f"{N} belt de ouders morgen."]


def test_a_places_adjective_in_er_before_a_noun_is_no_name():
    same("De soos in Wolderingen is op vrijdag.", "Veel ouderen uit Wolderingen komen met de bus.", "De Wolderinger ouderen hebben een eigen biljartclub.")
    assert redact("Mevrouw Wolderinger belde over de soos.") == [f"Mevrouw {N} belde over de soos."]


def test_an_areas_field_makes_a_place_of_its_value():
    same(
        "Het spreekuur in Zuijdveld is druk.",
        "Veel mantelzorgers komen uit Zuijdveld.",
        "Geb.datum: 02-03-1941 | Wijk: Zuijdveld | Huisarts: praktijk De Linde",
    )
