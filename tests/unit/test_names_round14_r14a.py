"""Round-14 short forms of a name the audit has already found: the initials beside a found surname,
the initials a found double first name goes by, and a found word-name typed in lowercase where
only a person fits. Each test plants such a form, and a line of the same shape that must come out
unchanged. The sentences are new: none is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same

FOUND = "Gesprek met Jolanda Verhoeks, coördinator maatjes."
DOUBLE = "Directeur Pieter-Bas Wolfswinkel opende het gesprek."


# ---------------------------------------------------------------- initials beside a found surname


def test_a_found_surname_takes_its_initials_in_a_register():
    """"Jolanda Verhoeks" found: "Verhoeks J. –", "J. Verhoeks," and "Verhoeks, J.;" elsewhere are her."""
    out = redact(FOUND, "Presentielijst: Verhoeks J. – aanwezig", "Getekend 'J. Verhoeks, coördinator'", "Register: Verhoeks, J.; maatje sinds 2019")
    assert out[1:] == [f"Presentielijst: {N} – aanwezig", f"Getekend '{N}, coördinator'", f"Register: {N}; maatje sinds 2019"]


def test_initials_and_a_short_particle_before_a_found_surname():
    """"Tamara van Beusekom" found: her signature "T. v. Beusekom" is replaced whole."""
    assert redact("Behandelaar Tamara van Beusekom schreef het plan.", "Plan getekend door 'T. v. Beusekom'.")[1] == f"Plan getekend door '{N}'."


def test_an_abbreviation_before_a_found_surname_stays():
    """"N.B." before a found surname is a note's mark, no initials."""
    assert redact(FOUND, "N.B. Verhoeks belt terug over de planning.")[1] == f"N.B. {N} belt terug over de planning."


# ---------------------------------------------------------------- the initials of a double first name


def test_a_found_double_first_name_goes_by_its_initials():
    """"Pieter-Bas" found: "PB", "P.B.", "PB's" and a lowercase "pb" in the notes are him."""
    out = redact(DOUBLE, "Overleg met PB over de begroting, PB zegt toe.", "Vraag voor P.B. of hij de notulen stuurt.", "PB's visie staat in het jaarplan.", "pb vindt dat goed")
    assert out[1:] == [f"Overleg met {N} over de begroting, {N} zegt toe.", f"Vraag voor {N} of hij de notulen stuurt.", f"{N} visie staat in het jaarplan.", f"{N} vindt dat goed"]


def test_initials_of_a_body_a_longer_acronym_or_a_note_mark_stay():
    """"Jan-Willem" found, but "JW" is the jongerenwerk; "PBS" is no "PB"; "PB:" opening a line marks
    who writes the note."""
    assert redact("Jongerenwerker Jan-Willem Hofstra doet de inloop.", "JW doet de inloop op vrijdag.")[1] == "JW doet de inloop op vrijdag."
    out = redact(DOUBLE, "PB: 'ja, dat klopt'", "De PBS-cijfers komen in maart.")
    assert out[1:] == ["PB: 'ja, dat klopt'", "De PBS-cijfers komen in maart."]


def test_no_initials_without_a_double_first_name():
    """A single first name and a surname ("Bas Jansen") make no "BJ"."""
    assert redact("Bas Jansen leidt de inloop.", "BJ doet de inloop op vrijdag.")[1] == "BJ doet de inloop op vrijdag."


# ---------------------------------------------------------------- a found word-name in lowercase


def test_a_found_verb_name_in_lowercase_where_the_verb_cannot_stand():
    """"Wil Verbeek" found: "wil geeft aan" (two finite verbs) and "…, zegt wil" (closing after a
    speech verb) are her; the verb in "ik wil graag" and "wat hij zegt wil ik zien" stays."""
    out = redact("Gesprek met directeur Wil Verbeek, 3 maart.", "wil geeft aan dat het rooster klopt", "het rooster klopt, zegt wil", "ik wil graag dat het klopt", "wat hij zegt wil ik eerst zien")
    assert out[1:] == [f"{N} geeft aan dat het rooster klopt", f"het rooster klopt, zegt {N}", "ik wil graag dat het klopt", "wat hij zegt wil ik eerst zien"]


def test_a_found_verb_name_opening_a_sentence_before_a_finite_verb():
    """"Wil beheert het handboek" after "Wil Verbeek": the verb "wil" is never followed by another
    finite verb; "Wil je de lijst sturen?" stays the verb."""
    out = redact("Gesprek met directeur Wil Verbeek, 3 maart.", "Wil beheert het kwaliteitshandboek.", "Wil je de lijst nog sturen?")
    assert out[1:] == [f"{N} beheert het kwaliteitshandboek.", "Wil je de lijst nog sturen?"]


def test_a_found_word_name_in_a_list_of_people():
    """"Bas Hendriks" found: "bas" between commas beside a first name of no word ("esther") is him;
    "bas" in a list of things stays the instrument."""
    out = redact("Teamleider Bas Hendriks schoof aan.", "vrijwilligers genoemd: gijs, bas, ilse", "bas, drumstel en versterkers staan in de kast")
    assert out[1:] == [f"vrijwilligers genoemd: {N}, {N}, {N}", "bas, drumstel en versterkers staan in de kast"]


def test_a_found_ben_alone_spreads_but_dan_stays_the_adverb():
    """A "Ben" found alone is a name ("ben vindt …"); "dan geeft hij aan" after a found "Dan" is the adverb."""
    assert redact("De aanvraag is ingediend door Ben en twee bewoners.", "ben vindt de planning te krap")[1] == f"{N} vindt de planning te krap"
    assert redact("Gesprek met Dan Verwey.", "dan geeft hij aan dat het klopt")[1] == "dan geeft hij aan dat het klopt"


def test_a_found_surname_takes_two_initials_after_its_comma():
    """A register inverts the found name with all its initials: "Verhoeks, J.M." is replaced whole."""
    assert redact(FOUND, "In het systeem staat ze als 'Verhoeks, J.M.' geregistreerd.")[1] == f"In het systeem staat ze als '{N}' geregistreerd."


def test_a_greeting_written_short_under_a_signing_label_is_no_signer():
    """"Gr." after "Handtekening:" is the greeting; the team after it is no person."""
    same("Handtekening onder mail: 'Gr. het inloopteam'")


def test_the_short_form_after_zeg_maar_spreads():
    """"zeg maar wojt" after a found "wojciech" is his short name, used bare elsewhere; "zeg maar
    gewoon" after a name names nobody."""
    out = redact("gesprek met dhr. wojciech zielinski (77), 'zeg maar wojt', en zijn dochter", "wojt: 'ik fiets nog elke dag'")
    assert out == [f"gesprek met dhr. {N} (77), 'zeg maar {N}', en zijn dochter", f"{N}: 'ik fiets nog elke dag'"]
    assert redact("gesprek met dhr. wojciech zielinski, 'zeg maar gewoon', zegt hij")[0] == f"gesprek met dhr. {N}, 'zeg maar gewoon', zegt hij"
