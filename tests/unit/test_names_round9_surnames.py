"""Round-9 recall of names in running text (names/heuristic.py, surnames.py, context.py, word_names.py,
voornamen.toml): Dutch surnames built like a street or village, or from Dutch word parts, carried by
a person's context; frequent Dutch surnames the lists lacked and Frisian surname shapes; a word
capitalised before a sure surname as its first name; possessives before kin or a document. Each
test also keeps an ordinary line of the same shape unchanged. The sentences are new: none is from
a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


def test_a_surname_built_like_a_street_is_replaced_after_a_first_name_or_aanspreekvorm():
    assert redact("De conciërge, Bart Weerdenhof, opent het gebouw.") == [f"De conciërge, {N}, opent het gebouw."]
    assert redact("Volgens meneer Zandhoven is de wachtlijst korter.") == [f"Volgens meneer {N} is de wachtlijst korter."]
    assert redact("Het plan is geschreven door Ilse-Marie Grootdijk.") == [f"Het plan is geschreven door {N}."]


def test_the_street_itself_stays():
    same("Het buurthuis ligt aan de Weerdenhof 12, naast de school.")
    same("Het spreekuur in zorgcentrum Brinkhof is op dinsdag.")
    same("Bewoners van de Karel Doormanstraat klagen over geluidsoverlast.")


def test_a_surname_built_like_a_village_that_speaks_is_replaced():
    assert redact("Nijland gaf aan dat de evaluatie in mei klaar is.") == [f"{N} gaf aan dat de evaluatie in mei klaar is."]
    assert redact("Het verslag is van Rutger van Dalen.") == [f"Het verslag is van {N}."]


def test_a_village_in_a_place_context_stays():
    same("De buurtbus rijdt van Nijland naar Bolsward.")
    same("Het taalcafé in Dalen is op maandag.")


def test_frequent_dutch_surnames_and_frisian_shapes_are_replaced():
    assert redact("Bosma en Huizinga hebben de intake gedaan.") == [f"{N} en {N} hebben de intake gedaan."]
    assert redact("De casus is besproken met Femke Wierstra.") == [f"De casus is besproken met {N}."]
    assert redact("Volgens Sikkema loopt de samenwerking goed.") == [f"Volgens {N} loopt de samenwerking goed."]


def test_words_with_the_same_endings_stay():
    same("Het werkschema en het thema van de avond zijn aangepast.")
    same("Het bloedplasma wordt niet door het wijkteam afgenomen; dat is een charisma-kwestie.")


def test_a_word_capitalised_before_a_sure_surname_is_the_first_name():
    assert redact("Vrijwilliger Dorus Nijenhuis helpt in de tuin.") == [f"Vrijwilliger {N} helpt in de tuin."]


def test_a_word_before_a_surname_that_is_a_word_stays_a_word():
    same("Het Overleg Zorg en Welzijn is verplaatst naar donderdag.")


def test_possessives_before_kin_or_a_document_are_replaced():
    assert redact("Jaylano's vader heeft afgebeld voor de training.") == [f"{N} vader heeft afgebeld voor de training."]
    assert redact("Ingrids planning voor de zomer is goedgekeurd.") == [f"{N} planning voor de zomer is goedgekeurd."]


def test_weather_and_plurals_with_s_stay():
    same("Winters weer zorgt voor minder bezoekers bij de soos.")
    same("De foto's en video's van de buurtschouw staan op de schijf.")


def test_a_month_as_a_first_name_is_replaced_after_a_role_or_before_a_surname():
    assert redact("De intake is gedaan door stagiaire Juni.") == [f"De intake is gedaan door stagiaire {N}."]
    assert redact("Mei van der Kolk coördineert de maatjes.") == [f"{N} coördineert de maatjes."]


def test_a_month_as_a_time_stays_even_when_a_person_has_its_name():
    out = redact("Collega Juni belt terug.", "De maand Juni staat in het teken van de zomerschool.", "Per Mei 2026 start het spreekuur.")
    assert out[1:] == ["De maand Juni staat in het teken van de zomerschool.", "Per Mei 2026 start het spreekuur."]
    assert out[0] == f"Collega {N} belt terug."


def test_a_lowercase_word_name_acting_as_a_person_is_replaced():
    assert redact("heb de planning met fleur doorgenomen") == [f"heb de planning met {N} doorgenomen"]
    assert redact("storm heeft de formulieren gisteren opgestuurd.") == [f"{N} heeft de formulieren gisteren opgestuurd."]
    assert redact("Opmerking van merel: akkoord.") == [f"Opmerking van {N}: akkoord."]


def test_the_same_words_as_words_stay():
    same("De storm heeft schade aangericht aan het dak.", "In de tuin zingt een merel.")
    same("De muziekgroep heeft met de bas gerepeteerd.", "In de tuin staat een roos.")


def test_a_first_name_of_no_list_before_a_surname_and_a_bracketed_role_is_replaced():
    assert redact("Augustijn Kok (wijkconciërge) opent het gebouw.") == [f"{N} (wijkconciërge) opent het gebouw."]
    same("De sleutel ligt bij de wijkconciërge (zie rooster).")


def test_a_nickname_after_bijnaam_is_replaced_even_when_it_is_a_word():
    assert redact("Hassan (bijnaam 'Stille') loopt de ronde.") == [f"{N} (bijnaam '{N}') loopt de ronde."]
    same("De bijnaam van het nieuwe honk is nog niet gekozen.")


def test_a_double_surname_with_a_particle_after_an_aanspreekvorm_is_replaced_whole():
    assert redact("Aanwezig: mw. Iris Jansen-van Wijk (secretaris).") == [f"Aanwezig: mw. {N} (secretaris)."]


def test_a_street_named_after_a_person_stays():
    same("Het buurthuis staat aan de Anna Paulownahof in Overvecht.")
    same("De buurtbus stopt bij de Hendrik Kokdijk.", "Het Maria Montessorihof is een woonzorgcomplex.")
