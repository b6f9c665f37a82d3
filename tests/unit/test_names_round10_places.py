"""Round-10 place rules of the name check (names/places.py, index.py, geen_namen.toml): a place the
audit names as a place stays in every text, also where a person was once found with the same word,
and a person written with a place's word is still replaced. The sentences are new: none is from a
labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


def test_a_place_surname_found_with_its_particle_is_not_applied_to_the_bare_place():
    out = redact("Dhr. van Tiel belde over de klussendienst.", "De locaties Tiel, Buren en Maurik zijn open.", "Van Tiel wil ook helpen.")
    assert out == [f"Dhr. {N} belde over de klussendienst.", "De locaties Tiel, Buren en Maurik zijn open.", f"{N} wil ook helpen."]


def test_a_place_found_after_a_role_or_in_a_mailbox_does_not_spread():
    out = redact("De vacature jongerenwerker Leerdam staat open.", "Werkoverleg Leerdam, punt 2: de zomerplanning.")
    assert out[1] == "Werkoverleg Leerdam, punt 2: de zomerplanning."
    out = redact("Mail naar wijkteam.culemborg@welzijnrivier.nl of bel.", "De receptie Culemborg is op vrijdag dicht.")
    assert out[1] == "De receptie Culemborg is op vrijdag dicht."


def test_a_person_with_an_aanspreekvorm_spreads_but_not_where_a_place_stands():
    out = redact("Mevrouw Wassenaar vertelt over de mantelzorg.", "Later zegt Wassenaar dat de cursus vol zit.", "Het steunpunt in Wassenaar is nieuw.")
    assert out == [f"Mevrouw {N} vertelt over de mantelzorg.", f"Later zegt {N} dat de cursus vol zit.", "Het steunpunt in Wassenaar is nieuw."]


def test_invented_villages_the_audit_names_as_places_are_no_candidates():
    same(
        "Stichting Welzijn Brakkeloo werkt in zes kernen van de regio Brakkeloo.",
        "Werkgebied: Ganzerik, Heukewijk, Ommelo en Westerzand.",
        "Het taalcafé in Heukewijk is druk; ook uit Heukewijk komen aanmeldingen.",
        "Ommelo aan de Reest is het kleinste dorp.",
        "Ganzerik-Noord krijgt een eigen opbouwwerker.",
    )


def test_an_unlisted_word_after_a_preposition_once_is_still_a_candidate():
    # one "in X" is too little to call a word a place: privacy by default
    assert redact("Gesprek gevoerd in Tirzwaboe over de planning.") == [f"Gesprek gevoerd in {N} over de planning."]


def test_a_person_with_a_place_learned_in_the_audit_is_still_replaced():
    out = redact("De buurtbus rijdt naar de gemeente Mariapeel.", "Mevrouw Mariapeel had het formulier niet ingevuld.")
    assert out == ["De buurtbus rijdt naar de gemeente Mariapeel.", f"Mevrouw {N} had het formulier niet ingevuld."]


def test_a_listed_place_after_a_surname_particle_that_a_person_leads_is_the_surname():
    assert redact("Mevrouw Van Dalen is al jaren maatje.") == [f"Mevrouw {N} is al jaren maatje."]
    assert redact("Kees van Harderwijk is penningmeester.") == [f"{N} is penningmeester."]
    assert redact("Volgens Van Zwolle is de werkdruk hoog.") == [f"Volgens {N} is de werkdruk hoog."]
    same("De trein van Zwolle naar Kampen was te laat.", "Zij woont sinds kort in Ten Boer.")
    same("De wijkverpleegkundige van Buurtzorg schuift aan.")


def test_a_persons_find_stops_before_the_place_it_came_from():
    out = redact("Met Kerem Aydın uit De Horst is een plan gemaakt.", "Jongeren uit De Horst hangen bij het winkelcentrum.", "In de wijk De Horst is een app.")
    assert out == [f"Met {N} uit De Horst is een plan gemaakt.", "Jongeren uit De Horst hangen bij het winkelcentrum.", "In de wijk De Horst is een app."]


def test_regional_place_names_waters_and_dialect_words_stay():
    same("De dossiers uit Ljouwert en Snits gaan naar het gebiedsteam.")
    same("Langs de Dinkel en de Regge lopen de wandelgroepen.")
    same("Tijdens de Vastelaovend in Mestreech draait het straathoekwerk extra.")
    same("Noaberschap is in de Achterhoek gewoon wat je doet.", "Mienskip is het woord dat de bewoners zelf gebruiken.")
    assert redact("Moi, zegt Hennie Lubbers als ze binnenkomt.") == [f"Moi, zegt {N} als ze binnenkomt."]


def test_a_list_of_districts_and_a_places_adjective_stay_and_a_first_name_in_se_goes():
    same("De Kamp, De Vlonder en Ruitenveen zijn oude arbeiderswijken.", "Jongeren uit De Vlonder hangen bij de snackbar.")
    same("In Ommerloo en in Ommerloo-Zuid is het Ommerloos Weekblad een begrip.", "De Ommerloose kermis trekt veel ouderen.")
    assert redact("Sietse Kok en Wietse de Vries zitten in de OR.") == [f"{N} en {N} zitten in de OR."]


def test_a_town_after_an_aanspreekvorm_is_a_person_and_the_town_stays_elsewhere():
    out = redact("Mevrouw Kampen uit Ommen brengt haar kleinkinderen.", "De inloop in Kampen is op dinsdag.")
    assert out == [f"Mevrouw {N} uit Ommen brengt haar kleinkinderen.", "De inloop in Kampen is op dinsdag."]


def test_a_venue_or_district_with_its_article_after_a_preposition_is_a_place_at_once():
    same("Het jongerenwerk werkt vanuit De Kwelder in Sittard.")
    assert redact("Het jongerenwerk werkt vanuit De Kwelder met mevrouw Van Dalen.") == [f"Het jongerenwerk werkt vanuit De Kwelder met mevrouw {N}."]


def test_a_water_after_aan_de_stays_and_a_letter_to_a_person_goes():
    same("De nachtopvang aan de Schie is open tot middernacht.")
    assert redact("De brief aan De Vries is verstuurd.") == [f"De brief aan {N} is verstuurd."]
