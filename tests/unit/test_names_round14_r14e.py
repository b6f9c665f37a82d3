"""Round-14 forms of capitalised names the finders left: particles of other languages and double
surnames whose parts are Dutch words. Each test plants a name in a form that still reached the report
after round 13, and a line of the same shape that must come out unchanged. The sentences are new:
none is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


# ---------------------------------------------------------------- a double surname of two words


def test_a_double_surname_of_dutch_words_joined_by_a_particle_is_one_name():
    """"Stam-de Wilde": both parts are words, the hyphen and particle make them a surname."""
    assert redact("Stam-de Wilde leidt het overleg van dinsdag.") == [f"{N} leidt het overleg van dinsdag."]
    assert redact("regel 4: Hennie Kruis-ter Haar, vervoer ja") == [f"regel 4: {N}, vervoer ja"]


def test_a_place_or_term_with_a_hyphen_stays():
    """A compass word or a bank term before the hyphen heads a place or a term, no surname."""
    same("De route loopt via Noord-de Bilt naar de Wmo-loketten.")


# ---------------------------------------------------------------- particles of other languages


def test_the_filipino_particle_written_as_one_word_joins_the_name():
    """"dela" and "delos" lead a Filipino surname as "de la" leads a Spanish one."""
    assert redact("Taalmaatje Jocelyn dela Paz (61) helpt op maandag.") == [f"Taalmaatje {N} (61) helpt op maandag."]
    assert redact("Aanwezig: mw. J. delos Reyes, dhr. P. Pauwels") == [f"Aanwezig: mw. {N}, dhr. {N}"]


def test_a_lowercase_word_after_dela_stays():
    """After the particle only a capitalised word is a surname."""
    same("De Tagalog-folder zegt 'dela' en 'delos' staan voor 'van de'.")


# ---------------------------------------------------------------- a surname that is a word, joined to a name


def test_a_surname_that_is_a_word_joined_to_a_found_name_is_a_name():
    """"Hoek" is a word and a village, but joined by "en" to a found surname it is a person."""
    assert redact("Hoek en Pauwels maakten samen het rooster voor de inloop.") == [f"{N} en {N} maakten samen het rooster voor de inloop."]


def test_a_word_or_a_village_joined_to_a_name_stays():
    """A word of no name list, a role, or a village in a list of places stays beside a found name."""
    same("Kok en bediening waren die avond dik tevreden.")
    assert redact("Zorg en Pauwels gaan niet samen, zegt Pauwels.") == [f"Zorg en {N} gaan niet samen, zegt {N}."]
    assert "Soest" in redact("Baarn, Soest en Pauwelsdorp vallen buiten het werkgebied.")[0]


def test_a_surname_that_is_a_word_ending_a_list_of_found_names_is_a_name():
    """After two found names of a list, a listed surname that is a word ("Hoek") is the next person."""
    assert redact("Gesproken met: Van Rossum, De Bruin, Hoek; daarna rondleiding") == [f"Gesproken met: {N}, {N}, {N}; daarna rondleiding"]


def test_a_word_ending_a_list_of_places_or_one_name_stays():
    """Without two found names before it, or when it is no listed surname, the last item stays."""
    same("Werkgebied: Goes, Kapelle, Hoek.")
    assert redact("Aanwezig: Van Rossum, De Bruin, Zorg; daarna rondleiding") == [f"Aanwezig: {N}, {N}, Zorg; daarna rondleiding"]


# ---------------------------------------------------------------- a month as a first name


def test_a_month_capitalised_mid_sentence_before_a_surname_is_a_first_name():
    """Dutch writes months lowercase: "Juni Visser" after "met" is a person, not a date."""
    assert redact("Het intakegesprek was met Juni Visser en haar broer.") == [f"Het intakegesprek was met {N} en haar broer."]


def test_a_month_after_a_day_number_stays():
    """"1 Mei" is a date, whatever capital follows."""
    same("Vanaf 1 Mei Kok en bediening apart inroosteren.")


# ---------------------------------------------------------------- a language that is a first name


def test_frans_before_a_surname_is_a_first_name():
    """"Frans" is a language and a common first name: before a surname it is the person."""
    assert redact("De klussen doet vrijwilliger Frans Pauwels, met zijn buurman Frans van Wieringen.") == [
        f"De klussen doet vrijwilliger {N}, met zijn buurman {N}."
    ]


def test_frans_as_a_language_stays():
    """After "spreekt", "in het", or before another language or a list's "en", "Frans" is the language."""
    same("Ze spreekt Frans en Engels; de folder is in het Frans, Duits en Pools.")


# ---------------------------------------------------------------- first names the lists missed


def test_first_names_that_are_rare_words_are_names_in_a_persons_slot():
    """"Rico", "Rui" are in the word list, yet first names: a speaker, after "volgens", before a surname."""
    assert redact("Rico: 'ik bel de school morgen'") == [f"{N}: 'ik bel de school morgen'"]
    assert redact("Volgens Rico klopt het rooster niet.") == [f"Volgens {N} klopt het rooster niet."]
    assert redact("Het maatje is Rui Pauwels uit Zeist.") == [f"Het maatje is {N} uit Zeist."]


def test_the_word_rui_in_lowercase_stays():
    same("In de rui verliezen de kippen hun veren, zegt de boer.")


# ---------------------------------------------------------------- a first name that is a word, a village as surname


def test_a_word_first_name_mid_sentence_takes_a_village_as_surname():
    """"Fleur" capitalised mid-sentence is a first name; the village after it is her surname (and
    after a double first name: "Jan-Willem")."""
    assert redact("De inloop wordt geleid door Fleur Dalfsen, met zes vrijwilligers.") == [f"De inloop wordt geleid door {N}, met zes vrijwilligers."]
    assert redact("Volgens Jan-Willem Zoetermeer klopt het.") == [f"Volgens {N} klopt het."]


def test_a_word_at_a_sentence_start_before_a_village_stays():
    """At a sentence start "Merel" may be the bird; the village after it stays a place."""
    same("Merel Dalfsen broedt vroeg dit jaar, schrijft de vogelwacht.")


# ---------------------------------------------------------------- a word before a surname, an age or role beside it


def test_a_word_before_a_surname_with_an_age_or_a_role_beside_it_is_a_name():
    """A first name no list holds ("Bloem", "Dauw") before a listed surname, then an age or a role."""
    assert redact("Bloem Mulder (7) zit bij de kinderclub.") == [f"{N} (7) zit bij de kinderclub."]
    assert redact("Dauw de Graaf, buurtwerker, opende de avond.") == [f"{N}, buurtwerker, opende de avond."]


def test_a_word_before_a_surname_with_a_thing_beside_it_stays():
    """"de winkel" is no role: "Warme" is not taken as a first name (the rules may still review "Bakker")."""
    assert redact("Warme Bakker, de winkel op de hoek, sluit om zes uur.")[0].startswith("Warme ")


def test_a_de_surname_that_is_a_listed_no_name_after_a_first_name_is_the_surname():
    """"de Rijk" after a first name is a surname; "het Rijk" alone stays the state."""
    assert redact("De sleutel ligt bij Gerda de Rijk, zegt de coördinator.") == [f"De sleutel ligt bij {N}, zegt de coördinator."]
    same("De subsidie komt van het Rijk en de gemeente samen.")
