"""Round-6 recall rules of the name check (names/lowercase.py and the round-6 shapes): what a
toetser sees in the exported text. Each test plants a name in a form that reached the report in the
round-5 blind set (with other names), or an ordinary Dutch sentence of the same shape, and reads the
redacted text back. The sentences are new: none is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


# ---------------------------------------------------------------- lowercase full names


def test_a_lowercase_full_name_before_a_role_in_brackets_or_a_persons_verb():
    # first name and surname both Dutch words ("merel", "kok"), then a role in brackets
    assert redact("merel kok (jongerenwerker) doet de meidenavond") == [f"{N} (jongerenwerker) doet de meidenavond"]
    assert redact("joost van der velde regelt de sleutels") == [f"{N} regelt de sleutels"]
    # a first name of no list before a listed surname and a verb
    assert redact("adaeze nwosu heeft de intake gedaan") == [f"{N} heeft de intake gedaan"]
    assert redact("hanna de bruin, wijkcoach, belt terug") == [f"{N}, wijkcoach, belt terug"]


def test_a_lowercase_full_name_after_a_persons_preposition():
    assert redact("gisteren gesproken met iris de boer over de scholing") == [f"gisteren gesproken met {N} over de scholing"]
    assert redact("volgens job visser is de planning rond") == [f"volgens {N} is de planning rond"]
    assert redact("het dossier ligt bij roos mulder") == [f"het dossier ligt bij {N}"]


def test_a_noun_opening_the_sentence_is_a_first_name_only_before_a_sure_surname():
    assert redact("herfst jansen is de nieuwe preventiemedewerker") == [f"{N} is de nieuwe preventiemedewerker"]
    # a time opening the sentence stays; the surname alone is replaced
    assert redact("vanochtend jansen belde over de huur") == [f"vanochtend {N} belde over de huur"]


def test_lowercase_words_in_the_same_shape_stay():
    same("we wil de bakker vragen om de taart")
    same("ik ben de visser van de vereniging kwijt")
    same("de roos en de linde staan in de tuin")
    same("gesprek met de bakker over het brood")
    same("in de zomer is de inloop dicht")


def test_a_lowercase_listed_surname_of_no_word_list_is_a_speaker():
    assert redact("pietersen zegt dat de wachtlijst korter is") == [f"{N} zegt dat de wachtlijst korter is"]
    assert redact("gesprek met janssen over de verhuizing") == [f"gesprek met {N} over de verhuizing"]


def test_a_found_first_name_typed_lowercase_before_a_persons_verb():
    out = redact("Fleur Jacobs plant de vrijwilligers in; fleur wil een nieuw rooster")
    assert out == [f"{N} plant de vrijwilligers in; {N} wil een nieuw rooster"]
    # after an article the word stays, and a found surname that is a noun stays a noun
    assert redact("Fleur Jacobs komt; de fleur is eraf")[0].endswith("de fleur is eraf")
    assert redact("Anna Post belt; post komt binnen op maandag")[0].endswith("post komt binnen op maandag")
    # a found surname that is a noun, typed lowercase before a speech verb, is the person
    assert redact("mw. Kok opende het gesprek; kok zegt dat het lukt") == [f"mw. {N} opende het gesprek; {N} zegt dat het lukt"]
    assert redact("dhr. Kok belt; de kok zegt dat de soep klaar is")[0].endswith("de kok zegt dat de soep klaar is")


# ---------------------------------------------------------------- capitalised names that are words


def test_a_first_name_that_is_a_word_before_a_surname_capitalised_mid_sentence():
    assert redact("Iris Kuiper en Fenna Hoekstra zijn de nieuwe vrijwilligers") == [f"{N} en {N} zijn de nieuwe vrijwilligers"]
    # a noun opening the sentence before a role in brackets
    assert redact("Herfst Bakker (ervaringsdeskundige) vertelt haar verhaal") == [f"{N} (ervaringsdeskundige) vertelt haar verhaal"]
    # but an adjective, title or time before a verb stays
    assert redact("Hoofd Koster is aanwezig")[0].startswith("Hoofd ")
    assert redact("Broeder Johannes helpt bij de soep")[0].startswith("Broeder ")
    assert redact("Vandaag Visser (teamleider) gebeld")[0].startswith("Vandaag ")


def test_an_arabic_particle_joined_by_a_hyphen_takes_the_first_name_before_it():
    assert redact("Rania al-Khatib en Omar Haddad doen de taalcafés") == [f"{N} en {N} doen de taalcafés"]


def test_a_first_name_that_is_a_place_joined_to_a_first_name():
    assert redact("Linde en Hazel draaien de bar") == [f"{N} en {N} draaien de bar"]
    same("Ede en Wageningen delen een wijkteam")


# ---------------------------------------------------------------- initials, particles, possessives


def test_initials_without_dots_before_a_surname_that_is_a_word():
    assert redact("notulen gemaakt door JW Koster en MB Visser") == [f"notulen gemaakt door {N} en {N}"]
    assert redact("met vriendelijke groet, RH van Dijk") == [f"met vriendelijke groet, {N}"]
    # abbreviations before a capitalised word stay
    same("MT Zuid heeft de begroting vastgesteld")


def test_a_capitalised_particle_opening_the_sentence_before_a_persons_verb():
    assert redact("Ter Horst heeft de meldcode herschreven") == [f"{N} heeft de meldcode herschreven"]
    assert redact("Ten Dam zegt dat de scholing start") == [f"{N} zegt dat de scholing start"]
    # a fixed phrase heading a line stays
    same("Ter Info: de notulen zijn verstuurd")


def test_possessives_of_names_that_are_words():
    assert redact("Roos' planning is het duidelijkst") == [f"{N}' planning is het duidelijkst"]
    assert redact("Bakkers team heeft de meeste aanmeldingen") == [f"{N} team heeft de meeste aanmeldingen"]
    # plural nouns before a verb stay
    same("Kuipers werken samen met de timmerlieden")
    # a quote closing after a word is no possessive
    same("Wij van 'Samen Sterk' gaan door")


def test_a_surname_in_brackets_after_a_role():
    assert redact("Anouks leidinggevende (Verhulst) wil de cijfers zien") == [f"{N} leidinggevende ({N}) wil de cijfers zien"]
    assert redact("de coördinator (Brouwer) belt terug") == [f"de coördinator ({N}) belt terug"]
    same("de teamleider (Noord) is met verlof")


def test_a_double_first_name_takes_a_surname_that_is_a_word():
    assert redact("groet,\nJan-Willem\u00a0Kamphuis") == [f"groet,\n{N}"]


def test_a_nickname_in_quotes_inside_brackets():
    assert redact("Catharina ('Riet') Bos leidt de training") == [f"{N} ('{N}') {N} leidt de training"]


def test_a_firm_named_after_its_founder_stays():
    same("Smeets & Zn levert het brood")


# ---------------------------------------------------------------- names where people are listed


def test_a_name_that_is_also_a_word_beside_an_age_a_possessive_en_ik_or_a_role():
    assert redact("Merel (9) en Sem (12) komen naar de huiswerkklas") == [f"{N} (9) en {N} (12) komen naar de huiswerkklas"]
    assert redact("Bas z'n rooster klopt niet") == [f"{N} z'n rooster klopt niet"]
    assert redact("Roos en ik hebben de evaluatie gedaan") == [f"{N} en ik hebben de evaluatie gedaan"]
    assert redact("Iris, onze nieuwe buurtsportcoach, start in mei") == [f"{N}, onze nieuwe buurtsportcoach, start in mei"]
    # the same shapes with words stay
    same("Roos, de bloem van het logo, is rood")
    same("Ben zijn ouders er ook?")
    same("Kelder (2) is vochtig")


def test_an_attendance_list_a_signature_and_an_at_mention():
    assert redact("aanwezig: bas, fleur en roos de vries") == [f"aanwezig: {N}, {N} en {N}"]
    assert redact("groetjes, merel\nwijkteam Noord") == [f"groetjes, {N}\nwijkteam Noord"]
    assert redact("@iris kun jij de presentielijst maken") == [f"@{N} kun jij de presentielijst maken"]
    # a list of roles or of things names nobody
    same("aanwezig: teamleider, twee consulenten en de manager")
    same("ingrediënten: roos, lavendel en iris")
    same("Groeten uit Zeeland")


def test_a_surname_possessive_mid_sentence_and_a_lowercase_word_name_before_a_contact_verb():
    assert redact("volgens Bakkers notitie is het rond") == [f"volgens {N} notitie is het rond"]
    assert redact("roos belt morgen terug") == [f"{N} belt morgen terug"]
    # a language or a place adjective stays
    same("het Engels rapport is vertaald")


def test_two_lowercase_words_of_no_list_before_a_persons_verb_or_role():
    assert redact("lindiwe khumalo (vrijwilliger) stopt in juni") == [f"{N} (vrijwilliger) stopt in juni"]
    assert redact("sipho ndlovu belde over de huur") == [f"{N} belde over de huur"]
    same("de follow up is gedaan")


def test_a_noun_opening_the_sentence_before_a_surname_and_a_speech_verb():
    assert redact("Herfst de Vries belt morgen terug") == [f"{N} belt morgen terug"]
    assert redact("Zomer Kuiper vertelt over de inloop") == [f"{N} vertelt over de inloop"]
    # a title or role before the surname stays
    assert redact("Juf Bakker zegt dat het lukt")[0].startswith("Juf ")
    assert redact("Pastoor Visser belde gisteren")[0].startswith("Pastoor ")


def test_a_lowercase_full_name_in_a_file_name():
    assert redact("intake_iris_kuiper.pdf staat in de map") == [f"intake_{N}.pdf staat in de map"]
    assert redact("evaluatie merel de boer.docx") == [f"evaluatie {N}.docx"]
    # the extension and the words of a file name without a name stay
    same("notulen_mdo_wijkteam_noord.docx")
    same("notities_interview_2025.docx")


def test_loosely_typed_initials_and_a_van_opening_the_sentence():
    assert redact("verslag van J.W Koster") == [f"verslag van {N}"]
    assert redact("verslag van JW. Koster") == [f"verslag van {N}"]
    assert redact("verslag van J W Koster") == [f"verslag van {N}"]
    assert redact("Van Haren is aanspreekpunt voor de meldcode") == [f"{N} is aanspreekpunt voor de meldcode"]
    same("Van Harte is de actie van de maand")
    assert redact("overleg met GGD Bakker")[0].startswith("overleg met GGD")  # an abbreviation is no initial


def test_a_lowercase_full_name_before_a_dash_role_or_an_abbreviation_in_brackets():
    assert redact("joost smits - wijkcoach - belt terug") == [f"{N} - wijkcoach - belt terug"]
    assert redact("iris de boer (bsc) doet mee") == [f"{N} (bsc) doet mee"]


def test_an_aanspreekvorm_with_a_particle_and_a_lowercase_surname_that_is_a_word():
    assert redact("dhr. van 't hof wil een gesprek") == [f"dhr. {N} wil een gesprek"]
    same("collega van de gemeente belt terug")


def test_a_lowercase_word_name_as_a_speaker_or_after_an_inverted_verb():
    assert redact("merel: we missen handen op dinsdag") == [f"{N}: we missen handen op dinsdag"]
    assert redact('"het lukt wel," zei roos') == [f'"het lukt wel," zei {N}']
    assert redact("daarna belde iris over de sleutels") == [f"daarna belde {N} over de sleutels"]
    same("kader: het beleidskader van de gemeente")


def test_a_found_full_name_typed_whole_in_lowercase():
    out = redact("Iris de Wit leidt de training", "het dossier iris de wit is afgerond")
    assert out == [f"{N} leidt de training", f"het dossier {N} is afgerond"]
    # its parts alone stay words
    assert redact("Iris de Wit leidt de training", "de iris is wit")[1] == "de iris is wit"


def test_a_lowercase_word_name_opening_the_sentence_beside_a_possessive_or_en_ik():
    assert redact("bas z'n rooster klopt niet") == [f"{N} z'n rooster klopt niet"]
    assert redact("roos' idee werd overgenomen") == [f"{N}' idee werd overgenomen"]
    assert redact("merel en ik doen de intake") == [f"{N} en ik doen de intake"]
    same("wil en ik gaan naar de markt")


def test_a_lowercase_surname_led_by_particles_or_after_an_inverted_verb():
    assert redact("van der linden: het werkoverleg is op maandag") == [f"{N}: het werkoverleg is op maandag"]
    assert redact("van dijk belde terug over de huur") == [f"{N} belde terug over de huur"]
    assert redact("ten brink (teamleider) tekent de verslagen") == [f"{N} (teamleider) tekent de verslagen"]
    assert redact("later vertelde bos dat het rooster rond is") == [f"later vertelde {N} dat het rooster rond is"]
    assert redact("roos gaf aan dat zij het kent") == [f"{N} gaf aan dat zij het kent"]
    # a trade after an article, a heading and a phrase with "van" stay
    same("de kok vertelde over de soep")
    same("winter: meer aanmeldingen bij de energiebank")
    same("van tevoren belde hij de school")


def test_lowercase_names_in_nicknames_openings_role_brackets_and_lists_of_the_day():
    assert redact("geertruida (truus) hoogendijk kookt op woensdag") == [f"{N} ({N}) {N} kookt op woensdag"]
    assert redact("hoi ben, ben je er morgen?") == [f"hoi {N}, ben je er morgen?"]
    assert redact("ben (vrijwilliger, 72) zegt dat het lukt") == [f"{N} (vrijwilliger, 72) zegt dat het lukt"]
    assert redact("dinsdag: roos en bas bij de inloop") == [f"dinsdag: {N} en {N} bij de inloop"]
    assert redact("gesproken met: anton, yvette en rinus") == [f"gesproken met: {N}, {N} en {N}"]
    assert redact("jade en amber zijn de nieuwe stagiairs") == [f"{N} en {N} zijn de nieuwe stagiairs"]
    same("dinsdag: inloop en spreekuur")
    same("jaarplan (concept) besproken in het mt")
    same("roos en iris zijn de mooiste bloemen")
    same("dag allemaal, fijn weekend")


def test_lowercase_names_with_asides_in_a_list_after_a_comma_and_before_a_role():
    assert redact("aanwezig: petra (tl), ron (sw) en inge (stagiair)") == [f"aanwezig: {N} (tl), {N} (sw) en {N} (stagiair)"]
    assert redact("vos (teamleider oost) gaf aan dat het lukt") == [f"{N} (teamleider oost) gaf aan dat het lukt"]
    assert redact("ze waren er allebei, merel zegt dat het budget op is") == [f"ze waren er allebei, {N} zegt dat het budget op is"]
    same("planning (teamleider) is klaar")
