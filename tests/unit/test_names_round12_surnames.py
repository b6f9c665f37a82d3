"""Round-12 surnames, titles and particles in running text: what a toetser sees in the exported
text. Each test plants a name in a form that still reached the report after round 11 (a listed
surname shaped like a street, a Twente or Achterhoek surname in -ink or with "Groot", a first name
before a short bank term, a community or religious title, a lowercase particle opening a sentence)
and an ordinary line of the same shape that must come out unchanged. The sentences are new: none
is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


# ---------------------------------------------------------------- listed surnames shaped like a street


def test_a_listed_surname_with_a_street_ending_is_a_person_where_no_street_fits():
    assert redact("We spraken met Oosterhof over de begroting.") == [f"We spraken met {N} over de begroting."]
    assert redact("Directeur Groenendijk wil een aparte jongerenraad.") == [f"Directeur {N} wil een aparte jongerenraad."]
    assert redact("De sleutel ligt bij de families Kruithof en Meerhof.") == [f"De sleutel ligt bij de families {N} en {N}."]


def test_the_same_word_as_a_street_or_a_building_stays():
    same("Het kantoor ligt aan de Westerhof 12 in Zwolle.")
    same("Het spreekuur in zorgcentrum Brinkhof is op dinsdag.")
    same("Oosterhof is ook de naam van het kinderdagverblijf.")


# ---------------------------------------------------------------- regional surnames


def test_surnames_in_ink_of_twente_and_achterhoek_are_found():
    assert redact("De bus wordt gereden door Roessinck en Lubbink.") == [f"De bus wordt gereden door {N} en {N}."]
    same("De koffiedrink en de weblink staan klaar.")


def test_groot_joins_a_regional_surname_after_a_first_name_but_stays_an_adjective_alone():
    assert redact("Voorzitter is Gerrit Groot Bramel, oud-boer.") == [f"Voorzitter is {N}, oud-boer."]
    assert redact("dhr. Groot belt morgen terug") == [f"dhr. {N} belt morgen terug"]
    same("Het Groot Onderhoud begint in mei.")


def test_a_short_bank_term_written_as_a_name_after_a_first_name_is_the_surname():
    assert redact("Het verslag is gemaakt door vrijwilliger Hendrik Bol.") == [f"Het verslag is gemaakt door vrijwilliger {N}."]
    same("Zij volgt de BOL-opleiding en daarna de BBL.")


def test_first_names_of_older_and_rural_people_are_found():
    assert redact("Gradus en Berendina wonen naast het dorpshuis.") == [f"{N} en {N} wonen naast het dorpshuis."]


# ---------------------------------------------------------------- titles stay out of the name


def test_community_and_religious_titles_stay_out_of_the_name():
    assert redact("Imam Yusuf Karaca doet mee aan de voorlichting.") == [f"Imam {N} doet mee aan de voorlichting."]
    assert redact("Pandit Suresh Ramlal verzorgt het programma.") == [f"Pandit {N} verzorgt het programma."]
    assert redact("Pani Ewa Kowalczyk kent de Poolse gezinnen.") == [f"Pani {N} kent de Poolse gezinnen."]
    assert redact("dokter bennani heeft het advies gegeven") == [f"dokter {N} heeft het advies gegeven"]
    same("De imam zegt dat de moskee meedoet.")


# ---------------------------------------------------------------- particles


def test_after_a_lowercase_first_name_a_particle_leads_only_a_surname():
    assert redact("ik heb mo al gevraagd of hij komt") == [f"ik heb {N} al gevraagd of hij komt"]
    assert redact("vraag het aan ingeborg van de receptie") == [f"vraag het aan {N} van de receptie"]
    assert redact("gesprek met lotte van wijk over de intake") == [f"gesprek met {N} over de intake"]


def test_a_lowercase_strong_particle_opening_a_sentence_before_a_persons_verb_is_a_surname():
    assert redact("ter Horst merkt op dat het rooster krap is.") == [f"{N} merkt op dat het rooster krap is."]
    same("ter plaatse is het rooster krap.")


def test_a_surname_that_is_a_word_before_what_a_person_did_is_found():
    assert redact("Bakker volgde de training in 2023 en geeft nu zelf les.") == [f"{N} volgde de training in 2023 en geeft nu zelf les."]
    same("Daarna volgde de training over de meldcode.")


def test_te_opening_a_sentence_before_an_unknown_capital_and_a_persons_verb_is_a_surname():
    assert redact("Te Riele vertelt over de buurtpreventie.") == [f"{N} vertelt over de buurtpreventie."]
    same("Te Koop staat het pand al sinds maart.")
