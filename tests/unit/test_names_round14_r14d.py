"""Round-14 words wrongly taken for a person: venues named like a surname, a role's team, an
organisation the audit shows as one, a programme written with "&", a name a sentence translates, a
house named after a person. Each test keeps such a word, and plants a person of the same shape that
must still be replaced. The sentences are new: none is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


# ---------------------------------------------------------------- venues named like a surname


def test_a_venue_named_like_a_surname_after_a_buildings_part_stays():
    """"de keuken van De Valk", "het beheer van De Valk": a building's part or upkeep."""
    same("Koffie in de keuken van De Valk, daarna het overleg.", "Het beheer van De Valk ligt bij de stichting.")


def test_a_crew_label_of_a_venue_stays():
    """"BHV-ploeg De Valk:" labels the crew of a building."""
    same("BHV-ploeg De Valk: vier vrijwilligers en de beheerder.")


def test_a_persons_caseload_after_van_stays_a_person():
    """"de caseload van De Valk" is a worker's: no building's part."""
    assert redact("Bram nam de caseload van De Valk over tijdens het verlof.") == [f"{N} nam de caseload van {N} over tijdens het verlof."]


# ---------------------------------------------------------------- a role's team


def test_a_roles_team_before_the_persons_name_stays():
    """"manager Wijk: Marieke Donk": the person follows the colon; "Wijk" is the team."""
    assert redact("Manager Wijk: Marieke Donk; manager Jeugd: Sem Aalbers.") == [f"Manager Wijk: {N}; manager Jeugd: {N}."]
    assert redact("Gesprek met Sem Aalbers, teamleider Wijk & Welzijn.") == [f"Gesprek met {N}, teamleider Wijk & Welzijn."]


def test_a_role_before_a_surname_stays_a_person():
    """"manager Bakker zegt": no colon, no "&", no bracket after a name: the person."""
    assert redact("Volgens manager Bakker is de wachtlijst korter.") == [f"Volgens manager {N} is de wachtlijst korter."]


# ---------------------------------------------------------------- organisations of one invented word


def test_a_word_the_audit_puts_in_an_organisations_slot_stays_everywhere():
    """"werkt bij Zorvina" shows the organisation; a bare "Zorvina" elsewhere is that body too."""
    out = redact("Femke Lansink werkt bij Zorvina als casemanager.", "Het overleg met Zorvina loopt nog.")
    assert out == [f"{N} werkt bij Zorvina als casemanager.", "Het overleg met Zorvina loopt nog."]


def test_a_word_after_an_aanspreekvorm_stays_a_person_in_the_audit():
    """"mevrouw Zorvina" leads it as a person: the slot does not make it an organisation."""
    out = redact("Mevrouw Zorvina werkt bij de gemeente.", "Ze zegt dat ze bij Zorvina werkt.", "Zorvina belt morgen terug.")
    assert out[0] == f"Mevrouw {N} werkt bij de gemeente."
    assert out[2] == f"{N} belt morgen terug."


def test_the_organisation_a_display_name_carries_stays():
    """"Stichting Brandungwind" twice names the body: "Lotte Brandungwind:" in a chat carries it, no surname."""
    out = redact("Stichting Welzijn Brandungwind, jaarverslag.", "Kantoor Stichting Brandungwind: Kerkstraat 4.", "Lotte Brandungwind: tot morgen!", "Subsidie van Brandungwind loopt door.")
    assert out[3] == "Subsidie van Brandungwind loopt door."


# ---------------------------------------------------------------- programmes, themes, glosses


def test_a_listed_programme_written_with_an_ampersand_stays():
    """"Rots & Water" is the listed "Rots en Water"."""
    same("De training Rots & Water start na de herfstvakantie.")


def test_themes_a_sentence_names_stay():
    """"Duin, Bos en Water zijn de drie thema's": what a programme is made of."""
    same("Duin, Bos en Water zijn de drie thema's van de natuurweek.")


def test_a_name_a_sentence_translates_stays():
    """"Al Noor betekent licht": a word of its language, no person."""
    same("Al Noor betekent licht; de moskee bestaat sinds 1992.")


def test_a_name_that_means_much_to_someone_stays_a_person():
    """"Ahmed betekent veel voor de groep": a person's worth, no gloss."""
    assert redact("Ahmed betekent veel voor de jongeren in de wijk.") == [f"{N} betekent veel voor de jongeren in de wijk."]


def test_an_arabic_article_after_a_mosques_noun_stays():
    """"moskee Al Noor": the name in its own language."""
    same("Aanmeldingen komen via de moskee Al Noor en de huisarts.")


# ---------------------------------------------------------------- a house named after a person


def test_a_room_named_after_a_person_after_an_article_stays():
    """"de Aletta Jacobskamer", "locatie Dr. Aletta Jacobshuis": a room and a building."""
    same("De intervisie is in de Aletta Jacobskamer.", "Training Omgaan met agressie, locatie Dr. Aletta Jacobshuis")


def test_a_person_with_a_surname_ending_in_huis_stays_a_person():
    """"Karin Smithuis" is a person: no article, no building's word before her."""
    assert redact("Karin Smithuis leidt de intervisie.") == [f"{N} leidt de intervisie."]


def test_a_first_name_alone_after_a_clubs_noun_is_the_club():
    """"seniorensoos Lakshmi, Noordwijk": the soos's own name; with a surname after it the person."""
    same("Hindoestaanse seniorensoos Lakshmi, Noordwijk, 40 leden")
    assert redact("Op de soos Lakshmi Ramdin gesproken over de subsidie.") == [f"Op de soos {N} gesproken over de subsidie."]
