"""Round-8 precision rules of the name check (names/protect.py and the modules it gathers, shapes.py,
listings.py, geen_namen.toml): capitalised words of audit material that are no person stay in the
redacted text, and a person written with the same word is still replaced. The sentences are new:
none is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


def test_seasons_as_times_and_season_titles_stay():
    same("In de Zomer sluit de soos om 21 uur, tijdens de Winter om 22 uur.")
    same("Na het Voorjaar wordt de pilot geëvalueerd; afgelopen Winter waren er 40 aanmeldingen.")
    same("Lente op de Markt is het buurtfeest van de bewonersraad.")
    same("Herfst in het Park: een wandeling met ouderen.")


def test_a_person_named_after_a_season_is_still_replaced():
    assert redact("Volgens mevr. Winter is het in de Zomer rustig.") == [f"Volgens mevr. {N} is het in de Zomer rustig."]
    assert redact("Lente Jansen regelt de inloop.") == [f"{N} regelt de inloop."]
    assert redact("gesprek met de Winter over het rooster") == [f"gesprek met {N} over het rooster"]
    # the season word, once found as a person, is replaced where it names her, not where it is a time
    out = redact("mevrouw Winter belt terug", "In de Winter is het drukker.")
    assert out == [f"mevrouw {N} belt terug", "In de Winter is het drukker."]


def test_a_hall_run_into_a_hyphenated_name_stays():
    same("De zaalsport verhuist naar de Willem-Alexanderhal.")
    same("Het toernooi in de Julianahal trok 80 kinderen.")
    assert redact("Jan-Willem Bakker-Verhal belt morgen") == [f"{N} belt morgen"]


def test_languages_after_naar_het_and_in_het_stay_and_a_person_after_het_does_not():
    same("De huisregels zijn vertaald naar het Tigrinya en het Pashtu.")
    same("Het gesprek werd in het Kirundi gevoerd.")
    assert redact("We hebben het Yasmina uitgelegd.") == [f"We hebben het {N} uitgelegd."]
    assert redact("gesprek met Anja in het Veld") == [f"gesprek met {N}"]


def test_letters_joined_by_an_ampersand_are_a_department():
    assert redact("Advies van Karin Smit van P&O over het verzuim.") == [f"Advies van {N} van P&O over het verzuim."]
    same("Het besluit van B&W volgt in juni.")


def test_form_abbreviations_and_labels_stay():
    same("Geb.datum: ____ Tel.nr: ____")
    out = redact("Gesprek met mevrouw van Wijk over de huur.", "Wijk: Overvecht, Zuilen")
    assert out == [f"Gesprek met mevrouw {N} over de huur.", "Wijk: Overvecht, Zuilen"]
    # a chat line's speaker says a sentence after the colon: a person
    out = redact("dhr. Visser belt terug", "Visser: Utrecht is te ver")
    assert out == [f"dhr. {N} belt terug", f"{N}: Utrecht is te ver"]


def test_an_aanspreekvorm_in_an_attendance_list_is_no_name_and_the_list_goes_on():
    assert redact("aanwezig: roos, dhr. Bakker, Linde en bas") == [f"aanwezig: {N}, dhr. {N}, {N} en {N}"]
    assert redact("Tot dinsdag, groetjes, Linde") == [f"Tot dinsdag, groetjes, {N}"]
    # a first name that is also a listed place ("Linde") is a person after a greeting or an opening
    assert redact("Hallo Linde, ben je er morgen?") == [f"Hallo {N}, ben je er morgen?"]
    same("deelnemers: Ede, Zeist en Houten")


def test_venues_listed_before_a_colon_and_where_a_gathering_is_held_stay():
    same("De Brug, Het Anker en De Linde: drie locaties, één beheerder.")
    same("De inloop in De Roos is elke dinsdag.")
    same("Jongeren uit de wijk werken bij Bakkerij De Vries.")
    assert redact("Veel vertrouwen in De Roos als teamleider.") == [f"Veel vertrouwen in {N} als teamleider."]


def test_colours_of_a_logo_a_score_and_a_code_stay():
    same("Rood en Wit zijn de kleuren van het clubshirt.")
    same("Bij code Oranje belt de jongerenwerker de teamleider.")
    same("Risico per gezin: Groen/Oranje/Rood")
    same("Na de meting was de score Rood.")
    assert redact("Groen en Zwart schreven samen het verslag.") == [f"{N} en {N} schreven samen het verslag."]
    assert redact("mevr. Groen koos de kleuren van het logo") == [f"mevr. {N} koos de kleuren van het logo"]


def test_groups_titles_and_counts_of_capitalised_words_stay():
    same("De Mama's Club kookt op vrijdag.")
    same("Tabel 1: Bereik per Wijk en per Team")
    same("Het thema Storm en Stilte werkte goed.")
    same("Het Groot Onderhoud begint na de zomer.")
    # the sentence's article before a title of three words is no particle of the surname "De Groot"
    out = redact("mevr. de Groot belt terug", "De Groot Brabant Dag trok veel bezoekers.")
    assert out == [f"mevr. {N} belt terug", "De Groot Brabant Dag trok veel bezoekers."]
    same("Op vrijdag Game Night, op zaterdag Girls Only.")
    same("Sinds Covid komen minder vrijwilligers.")
    assert redact("Merel Storm leidt de Game Night.") == [f"{N} leidt de Game Night."]


def test_a_word_after_the_article_het_is_no_person_but_after_a_verb_it_may_be():
    # "Broek" is a listed village, kept without this rule; "Hoogland" and "Kamp" are kept by it alone
    out = redact("mevrouw Hoogland belt terug", "Jongeren uit het Hoogland komen op dinsdag.", "Het Hoogland is een wijk.")
    assert out == [f"mevrouw {N} belt terug", "Jongeren uit het Hoogland komen op dinsdag.", "Het Hoogland is een wijk."]
    out = redact("dhr. Kamp belt terug", "De kinderen gaan naar het Kamp.")
    assert out == [f"dhr. {N} belt terug", "De kinderen gaan naar het Kamp."]
    # "het" after a verb is a pronoun, after an aanspreekvorm or a name "van het", "in het" are particles
    assert redact("ik heb het Sanne uitgelegd") == [f"ik heb het {N} uitgelegd"]
    assert redact("gesprek met mevrouw van het Hof") == [f"gesprek met mevrouw {N}"]


def test_an_adjective_and_a_noun_opening_a_heading_stay():
    out = redact("dhr. Groot belt terug", "Groot Nieuws: de subsidie is verlengd.", "Groot vertelt over de subsidie.")
    assert out == [f"dhr. {N} belt terug", "Groot Nieuws: de subsidie is verlengd.", f"{N} vertelt over de subsidie."]
    assert redact("Ter Haar is aanspreekpunt voor de verwijsindex") == [f"{N} is aanspreekpunt voor de verwijsindex"]


def test_the_items_of_a_numbered_agenda_are_no_persons_but_a_numbered_list_of_people_is():
    out = redact("dhr. Post belt terug", "Agenda: 1. Opening 2. Post en Mededelingen 3. Rondvraag")
    assert out == [f"dhr. {N} belt terug", "Agenda: 1. Opening 2. Post en Mededelingen 3. Rondvraag"]
    out = redact("dhr. Post belt terug", "Sprekers: 1. Fatima 2. Ahmed 3. Post")
    assert out[1] == f"Sprekers: 1. {N} 2. {N} 3. {N}"


def test_english_method_words_football_clubs_and_regions_stay():
    same("Lessons Learned: de Theory of Change was te breed.")
    same("Het team werkt met Positive Health en een Balanced Scorecard.")
    same("De jongeren keken Ajax tegen Feyenoord in het jongerencentrum.")
    same("In Maas en Waal wonen veel ouderen alleen.")
    assert redact("Volgens Pieter Deep was de Deep Democracy-training goed.") == [f"Volgens {N} was de Deep Democracy-training goed."]


def test_labels_in_pairs_are_no_persons_but_a_speaker_with_a_noun_surname_is():
    out = redact("dhr. Sterk belt terug", "Sterk: het netwerk. Zwak: de registratie.")
    assert out == [f"dhr. {N} belt terug", "Sterk: het netwerk. Zwak: de registratie."]
    out = redact("dhr. Visser belt terug", "Teamleider: prima. Visser: dan bel ik.")
    assert out[1] == f"Teamleider: prima. {N}: dan bel ik."


def test_a_label_after_a_blank_and_an_address_label_stay():
    out = redact("dhr. Bron belt terug", "Naam: ____ Bron: ____ Woonplaats: ____", "Adres: Kerkstraat 4, Utrecht")
    assert out == [f"dhr. {N} belt terug", "Naam: ____ Bron: ____ Woonplaats: ____", "Adres: Kerkstraat 4, Utrecht"]
    assert redact("dhr. Bron belt terug", "Bron: ik heb het gelezen")[1] == f"{N}: ik heb het gelezen"


def test_a_practice_named_after_a_common_surname_leaves_the_person_of_that_name_found():
    out = redact("Huisartsenpraktijk De Vos verwijst veel ouderen door.", "Gesprek met huisarts De Vos over verwijzingen.")
    assert out == ["Huisartsenpraktijk De Vos verwijst veel ouderen door.", f"Gesprek met huisarts {N} over verwijzingen."]


def test_titles_in_an_attendance_list_go_with_the_surname_after_them_in_any_case():
    assert redact("aanwezig: Drs. de Vries en fleur") == [f"aanwezig: Drs. {N} en {N}"]
    assert redact("aanwezig: mevr. yilmaz, dhr. de jong, roos") == [f"aanwezig: mevr. {N}, dhr. {N}, {N}"]
    same("aanwezig: dhr. de voorzitter en twee consulenten")
