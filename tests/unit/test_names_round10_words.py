"""Round-10 rules for capitalised words that are no person (names/things.py, eponyms.py, dates.py,
geen_namen.toml): saints, honours, rooms, acronyms in capitals, the noun before a full name, "De"
and a noun, organisations, departments, compounds, idioms, feasts and brands stay in the redacted
text; a person written beside or with the same kind of word is still replaced. The sentences are
new: none is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


def test_saints_their_churches_and_feasts_stay_but_a_surname_sint_goes():
    same("De koffieochtend is verhuisd naar de Sint Bavokerk.")
    same("Sint Jozef en Sint Anna doen mee aan de kerstactie.")
    same("Op Sint-Jan vertrekken de seizoenarbeiders.")
    assert redact("Het verslag van mevrouw Sint is binnen.") == [f"Het verslag van mevrouw {N} is binnen."]


def test_honours_and_rooms_named_after_someone_stay():
    same("De buurtvereniging kreeg de Zilveren Anjer van de provincie.")
    same("De training is in zaal Martin Luther King.")
    same("De jongeren oefenen in lokaal Rembrandt.")
    assert redact("Kees Mulder reserveerde zaal Mandela.") == [f"{N} reserveerde zaal Mandela."]


def test_eponyms_with_a_particle_or_a_short_head_stay_and_a_surname_like_them_goes():
    same("De Vincent van Goghzaal is op maandag vrij.")
    same("Zij won de Wim Kanprijs voor cabaret.")
    assert redact("Gesprek met Anja van Verzaal.") == [f"Gesprek met {N}."]


def test_first_names_in_capitals_that_are_acronyms_stay_and_a_surname_in_capitals_goes():
    same("De jongeren willen een nieuwe JOP bij het trapveld.")
    same("De BOB-campagne loopt in december.")
    assert redact("Anja de JONG belt terug.") == [f"{N} belt terug."]
    assert redact("Gesprek met de heer JOP.") == [f"Gesprek met de heer {N}."]


def test_the_noun_of_a_document_before_a_full_name_stays():
    assert redact("Ingezien: Evaluatieverslag Ilse Verbruggen, met handtekening.") == [f"Ingezien: Evaluatieverslag {N}, met handtekening."]
    assert redact("Bewonerscommissielid Wietske Hoekema vroeg het woord.") == [f"Bewonerscommissielid {N} vroeg het woord."]


def test_de_and_a_noun_after_a_noun_or_a_full_name_stays_and_a_surname_after_de_goes():
    assert redact("Buurtwerker Henk Tuinstra van De Kernen belt terug.") == [f"Buurtwerker {N} van De Kernen belt terug."]
    same("De oproep staat in het wijkblad De Klaproos.")
    assert redact("Het verslag van mevrouw De Vos ligt er.") == [f"Het verslag van mevrouw {N} ligt er."]


def test_short_weekdays_before_dates_stay_but_a_lone_first_name_goes():
    same("ma 2-3 t/m vr 6-3: Week van het Geld")
    same("Mo 9-11 t/m Fr 13-11: Week van de Mediawijsheid")
    assert redact("Mo belde op 17-11 over de aanvraag.") == [f"{N} belde op 17-11 over de aanvraag."]


def test_organisations_named_by_their_noun_stay_and_a_first_name_after_it_goes():
    same("Surinaamse ouderen komen samen bij de stichting Mahawir Sewa.")
    same("Het jaarverslag van Welzijn Waterweide is vastgesteld.")
    assert redact("Robin Hartgers (Vexar Welzijn) vertelt het.") == [f"{N} (Vexar Welzijn) vertelt het."]
    assert redact("De stichting van Anja stopt.") == [f"De stichting van {N} stopt."]


def test_departments_elided_compounds_and_glued_compounds_stay():
    same("Er was ook een medewerker van Huisvesting bij het gesprek.")
    same("Het Jeugd- en Gezinsteam houdt spreekuur.")
    same("De lijst staat in een Wordbestand op de schijf.")
    assert redact("Ook collega van Dongen was er.") == [f"Ook collega {N} was er."]


def test_idioms_feasts_sports_brands_and_calendar_words_stay():
    same("Waarom het misging, Joost mag het weten.")
    same("De Pasar Malam en Nordic walking trokken veel ouderen.")
    same("Oud-medewerkers van Avebe werken mee; de Rotary Club betaalt.")
    same("Calendar: Overleg kwaliteitsteam – elke donderdag")


def test_latin_saints_appositions_and_named_gatherings_stay_and_people_beside_them_go():
    same("Het ouderenwerk houdt elk jaar een Servatiusdag.")
    same("De Klimop, het buurthuis aan de rand van de wijk, is dicht.")
    assert redact("Sanne, het meisje van tien, speelt buiten.") == [f"{N}, het meisje van tien, speelt buiten."]
    same("De vrouwen van de Sarnami Baithak-middagen koken samen.")
    assert redact("De Anja Bakker-avond was een afscheid.") == [f"De {N} was een afscheid."]


def test_a_long_word_with_a_cyrillic_letter_stays_and_a_disguised_name_goes():
    same("Gesproken met de Bewon\u0435rscommissie en de Vrijwilligersr\u0430\u0430d.")
    assert redact("Het verslag van K\u0435rsten ligt er.") == [f"Het verslag van {N} ligt er."]
    assert redact("Mevrouw Nguy\u0435n belt terug.") == [f"Mevrouw {N} belt terug."]


def test_a_quoted_title_after_a_publication_stays_but_a_quoted_title_with_a_name_goes():
    same("Het stuk stond in het wijkblad 'De Zeven Linden' van maart.")
    assert redact("De dia heeft als titel 'Jaarplan 2027 - Wendy Oostveen'.") == [f"De dia heeft als titel 'Jaarplan 2027 - {N}'."]


def test_a_listed_feast_or_brand_run_into_a_word_stays():
    same("Tijdens de Koningsdagmarkt stond het buurtwerk op het plein.")
    same("Een deel van de gezinnen betaalt met Lidlbonnen.")


def test_a_lowercase_compound_for_workers_in_a_list_of_names_stays():
    out = redact("Aanwezig: Karin Brouwer, Sem Oudejans en twee aandachtsfunctionarissen van de opvang.")
    assert out == [f"Aanwezig: {N}, {N} en twee aandachtsfunctionarissen van de opvang."]
