"""Round-11 forms of the name check in hurried lowercase notes: what a toetser sees in the exported
text. Each test plants a name typed in lowercase in a frame of interview notes that still reached
the report after round 10 (after "resp.", spelled out after "=", after a name's label, before "en
ik", a speaker before a quote, a name found once and used again where only a person fits), and an
ordinary line of the same shape that must come out unchanged. The sentences are new: none is from a
labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


# ---------------------------------------------------------------- the respondent


def test_a_lowercase_name_after_resp_is_replaced_with_a_surname_that_is_a_word():
    assert redact("resp. hetty mus, coördinator maaltijdservice") == [f"resp. {N}, coördinator maaltijdservice"]
    assert redact("resp. = wijnand oosterhuis, buurtbemiddelaar sinds 2018") == [f"resp. = {N}, buurtbemiddelaar sinds 2018"]


def test_a_verb_after_resp_stays():
    # the abbreviation itself is another rule's ("resp." as no name); here: the verb after it is no name
    out = redact("resp. twijfelt over de bewaartermijn", "resp. noemt de wachtlijst te lang")
    assert out[0].endswith(" twijfelt over de bewaartermijn") and out[1].endswith(" noemt de wachtlijst te lang")


# ---------------------------------------------------------------- a name spelled out after "="


def test_both_sides_of_a_lowercase_name_spelled_out_are_replaced():
    assert redact("toos = jacoba hoogendam, vrijwilliger bij de soos") == [f"{N} = {N}, vrijwilliger bij de soos"]
    assert redact("ter laan = gerrit ter laan, klusjesman") == [f"{N} = {N}, klusjesman"]


def test_a_surname_named_as_such_after_equals_is_replaced():
    assert redact("(vonk = achternaam, meneer vonk doet de bar)") == [f"({N} = achternaam, meneer {N} doet de bar)"]


def test_an_equation_of_words_stays():
    same("wijk = spoorbuurt, doelgroep 12-23 jr", "mt = directeur + 2 managers")


# ---------------------------------------------------------------- a name's label


def test_a_lowercase_name_after_its_label_is_replaced():
    assert redact("resp. coby (ook OR), achternaam roodenburg") == [f"resp. {N} (ook OR), achternaam {N}"]
    assert redact("zijn voornaam = 'mitko', zegt de moeder") == [f"zijn voornaam = '{N}', zegt de moeder"]


def test_a_word_after_a_name_label_stays():
    same("achternaam onbekend, slaapt in de berging", "jongeren zetten hun voornaam eronder")


# ---------------------------------------------------------------- before "en ik", before a quote


def test_a_lowercase_name_before_en_ik_is_replaced():
    assert redact("'van der kolk en ik doen samen de inloop'") == [f"'{N} en ik doen samen de inloop'"]


def test_a_role_or_noun_before_en_ik_stays():
    same("de buurvrouw en ik doen de boodschappen", "mijn moeder en ik gaan naar de markt")


def test_a_listed_surname_opening_a_line_before_a_quote_is_replaced():
    assert redact("bakker: 'wij doen geen zorg, wij doen welzijn'") == [f"{N}: 'wij doen geen zorg, wij doen welzijn'"]


def test_a_heading_before_a_quote_stays():
    same("taal: 'nederlands en arabisch door elkaar'")


# ---------------------------------------------------------------- a name found once, used again


def test_a_found_lowercase_name_is_replaced_where_only_a_person_fits():
    texts = (
        "resp. hetty mus, coördinator",
        "mus: 'ik heb vier vrijwilligers'",
        "de huisbezoeken doen we met vrijwilligers zoals mus",
        "de boodschappen, dat doet mus altijd",
    )
    assert redact(*texts) == [f"resp. {N}, coördinator", f"{N}: 'ik heb vier vrijwilligers'", f"de huisbezoeken doen we met vrijwilligers zoals {N}", f"de boodschappen, dat doet {N} altijd"]


def test_a_found_name_that_is_a_word_stays_the_word_elsewhere():
    texts = ("resp. hetty mus, coördinator", "een mus in de tuin", "de mus is een vogel")
    assert redact(*texts) == [f"resp. {N}, coördinator", "een mus in de tuin", "de mus is een vogel"]


def test_a_found_surname_opening_a_clause_before_a_persons_act_is_replaced_but_a_things_stays():
    texts = ("gesproken met mw. Post", "maar post vult het formulier altijd te laat in", "post komt binnen op het secretariaat")
    assert redact(*texts) == [f"gesproken met mw. {N}", f"maar {N} vult het formulier altijd te laat in", "post komt binnen op het secretariaat"]


def test_a_kin_word_before_a_found_name_makes_it_the_person():
    texts = ("riet = hendrika vonk, vrijwilliger", "'iedereen zegt tante riet'")
    assert redact(*texts) == [f"{N} = {N}, vrijwilliger", f"'iedereen zegt tante {N}'"]


# ---------------------------------------------------------------- first names the lists missed


def test_older_dutch_first_names_typed_lowercase_are_replaced():
    assert redact("ineke zegt dat de koffieochtend vol zit") == [f"{N} zegt dat de koffieochtend vol zit"]
    assert redact("gesprek met frits over de klussendienst") == [f"gesprek met {N} over de klussendienst"]


def test_a_listed_first_name_and_a_listed_surname_of_no_word_are_one_person():
    assert redact("stagiaire deze periode: bo hoogendam, 3e jaar") == [f"stagiaire deze periode: {N}, 3e jaar"]


def test_a_found_lowercase_name_with_a_possessive_is_replaced_but_a_plural_stays():
    texts = ("gesproken met mw. Vonk over de aanvragen", "vonk's aanvragen lopen via de intermediair", "de opa's en oma's van de soos")
    assert redact(*texts) == [f"gesproken met mw. {N} over de aanvragen", f"{N} aanvragen lopen via de intermediair", "de opa's en oma's van de soos"]


def test_a_listed_name_typed_lowercase_as_the_source_of_a_note_is_replaced():
    assert redact("volgens fleur gaat de inloop beter") == [f"volgens {N} gaat de inloop beter"]
    assert redact("gesproken met bakker over de sleutels") == [f"gesproken met {N} over de sleutels"]
    assert redact("alles op tijd ingeleverd, aldus vonk") == [f"alles op tijd ingeleverd, aldus {N}"]


def test_a_noun_after_volgens_or_met_stays():
    same("volgens plan start de soos weer in maart", "volgens afspraak belt de wijkverpleging terug", "de markt viel met storm en regen in het water")


def test_two_spellings_of_a_name_a_note_weighs_are_both_replaced():
    assert redact("nota bene: vermeulen vs vermeule, navragen") == [f"nota bene: {N} vs {N}, navragen"]


def test_two_words_either_side_of_of_stay():
    same("formulier online of offline invullen", "bijlage als pdf of png")


def test_a_found_name_quoted_after_a_role_is_replaced():
    texts = ("stagiaire dit halfjaar: bo hoogendam, 3e jaar", "de cliënten noemen de stagiaire 'bo'")
    assert redact(*texts) == [f"stagiaire dit halfjaar: {N}, 3e jaar", f"de cliënten noemen de stagiaire '{N}'"]
