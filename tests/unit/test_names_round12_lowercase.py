"""Round-12 forms of the name check in hurried notes and in how a found name spreads over the audit:
what a toetser sees in the exported text. Each test reads its texts as one audit (a name found in
one is applied to all) and pairs a name that still reached the report after round 11 with the
words of the same shape that must come out unchanged. The sentences are new: none is from a
labelled bench set."""

from __future__ import annotations

from names_audit import N, redact


# ---------------------------------------------------------------- what a found name does not spread to


def test_a_units_letters_beside_a_handle_are_not_spread():
    out = redact("@marloes.bw.ede – werkaccount van Marloes", "het BW heeft een eigen budget", "BW en AMW zitten samen")
    assert out[1] == "het BW heeft een eigen budget" and out[2] == "BW en AMW zitten samen"


def test_the_noun_before_a_named_person_is_not_spread():
    out = redact("De lezing is in Zaal Annie Schmidt op de eerste verdieping.", "De zaal is te klein voor veertig mensen.")
    assert out[1] == "De zaal is te klein voor veertig mensen."


def test_a_lowercase_label_cut_short_is_spared_after_a_candidate():
    out = redact("Opm.: de notulen zijn niet getekend", "opm.: geen auteur op het verslag", "opm. toetser: navragen bij de FG")
    assert out[1] == "opm.: geen auteur op het verslag" and out[2] == "opm. toetser: navragen bij de FG"


def test_a_first_name_is_not_spread_into_a_venue_after_an_article():
    out = redact("Roosje Dekker werkt bij de peuterspeelzaal.", "De Bosrand en Het Roosje zijn de twee speelzalen.", "Roosje zegt dat het druk is.")
    assert out == [f"{N} werkt bij de peuterspeelzaal.", "De Bosrand en Het Roosje zijn de twee speelzalen.", f"{N} zegt dat het druk is."]


def test_a_word_surname_is_not_spread_to_its_word_after_an_article():
    out = redact("Vrijwilliger Henk Sint helpt bij de intocht.", "Dit jaar speelt een nieuwe vrijwilliger de Sint.")
    assert out == [f"Vrijwilliger {N} helpt bij de intocht.", "Dit jaar speelt een nieuwe vrijwilliger de Sint."]


def test_a_family_after_an_article_is_still_replaced():
    out = redact("Aaltje Stokkers zit in de cliëntenraad.", "De neef van de Stokkers is trainer.")
    assert "Stokkers" not in out[1]


# ---------------------------------------------------------------- what a found name does spread to


def test_a_place_surname_after_a_role_and_first_name_spreads_bare():
    out = redact("Opbouwwerker Tijmen Wassenaar schrijft de aanvragen.", "Volgens Wassenaar is de relatie verbeterd.")
    assert out[1] == f"Volgens {N} is de relatie verbeterd."


def test_a_place_surname_spreads_but_not_to_the_place():
    out = redact("Opbouwwerker Tijmen Wassenaar schrijft de aanvragen.", "Het kantoor staat in Wassenaar.")
    assert out[1] == "Het kantoor staat in Wassenaar."


# ---------------------------------------------------------------- short forms in hurried notes


def test_a_lowercase_short_form_in_brackets_after_a_first_name_is_replaced_everywhere():
    out = redact("francien (fran) doet de avondinloop", "fran zegt dat het rustig is")
    assert out == [f"{N} ({N}) doet de avondinloop", f"{N} zegt dat het rustig is"]


def test_a_word_in_brackets_after_a_first_name_stays():
    out = redact("francien (avond) doet de inloop")
    assert out == [f"{N} (avond) doet de inloop"]


def test_a_short_form_before_equals_and_a_first_name_is_replaced():
    out = redact("bea = beatrix, zo noemt iedereen haar")
    assert out == [f"{N} = {N}, zo noemt iedereen haar"]


def test_a_word_before_equals_and_a_first_name_stays_when_it_is_no_short_form():
    out = redact("tolk = beatrix, haar buurvrouw")
    assert out == [f"tolk = {N}, haar buurvrouw"]


# ---------------------------------------------------------------- surnames of the east in lowercase


def test_a_lowercase_full_name_with_an_eastern_surname_is_replaced():
    out = redact("ontvangen van anja wissink: het vrijwilligersoverzicht", "lijst: Lenderink, H. / Bos, A.")
    assert out[0] == f"ontvangen van {N}: het vrijwilligersoverzicht"
    assert "Lenderink" not in out[1]
