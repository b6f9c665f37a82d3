"""Round-13 forms of the name check in pasted material: initials, handles, lists. Each test plants
a name in a form that still reached the report after round 12, and a line of the same shape that
must come out unchanged. The sentences are new: none is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


# ---------------------------------------------------------------- dotted initials that spell a word


def test_two_dotted_initials_that_spell_a_bank_word_are_initials():
    """'af' is a word of the bank's texts, but "A.F." before a surname is a person's initials."""
    assert redact("Rapport ondertekend door A.F. Lindeboom, Zwolle, 3 maart.") == [f"Rapport ondertekend door {N}, Zwolle, 3 maart."]
    assert redact("Getekend: A.F. Vlasman (toetser)") == [f"Getekend: {N} (toetser)"]


def test_dotted_capitals_of_a_bank_abbreviation_stay():
    """"M.T." and "F.G." are the bank's abbreviations (management team, functionaris gegevensbescherming)."""
    same("Het besluit ligt bij het M.T. Zorg en wordt gemeld aan de F.G. Bureau.")


# ---------------------------------------------------------------- handles


def test_a_handle_led_by_a_name_of_no_word_list_is_a_person():
    """A nickname of no word list before a short tail, a surname or the person's town names a person."""
    assert redact("reactie van @milica.vkr onder de post") == [f"reactie van @{N} onder de post"]
    assert redact("account @yassu_bd_zwolle staat op openbaar") == [f"account @{N} staat op openbaar"]
    assert redact("zie ook @jorieke.hz21 op TikTok") == [f"zie ook @{N} op TikTok"]


def test_a_handle_of_a_team_or_a_venue_stays():
    """A body's word after the first part ("jongerenwerk") or an article glued to a word names a team."""
    same("Het team post op @beltrum.jongerenwerk en de locatie op @dekrommeboom.almelo.")


# ---------------------------------------------------------------- a list of people


def test_a_first_name_and_a_compound_between_found_names_is_one_person():
    """In a list whose neighbours are found names, the capitalised word after a first name is its surname,
    also a compound of Dutch words ("Zuidervaart"-like) that the rules alone would leave."""
    assert redact("Aanwezig: Tonnie Schouten, Wilma Noordervaart, Bep Verkerk.") == [f"Aanwezig: {N}, {N}, {N}."]


def test_a_school_named_after_a_person_in_a_list_stays():
    """"Anne Frankschool" after a role is a school, no first name and surname."""
    out = redact("Leerkracht Anne Frankschool, meester Joost Vellekoop, komt woensdag.")
    assert "Frankschool" in out[0]
