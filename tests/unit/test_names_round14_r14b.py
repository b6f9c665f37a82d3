"""Round-14 forms of names in running text: forms of address of other languages, calling frames,
places used as surnames. Each test plants a name in a form that still reached the report (or took
a word with it) after round 13, and a line of the same shape that must come out unchanged. The
sentences are new: none is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


# ---------------------------------------------------------------- forms of address of other languages


def test_a_form_of_address_before_a_name_stays_and_the_name_goes():
    """"Auntie", "Mbok", "Nhô", "Bapak", "kuya", "Lalla": the title is kept, only the name is replaced."""
    assert redact("Auntie Grace kookt op vrijdag voor de inloop.") == [f"Auntie {N} kookt op vrijdag voor de inloop."]
    assert redact("Bapak Hendra zit de bewonerscommissie voor.") == [f"Bapak {N} zit de bewonerscommissie voor."]
    assert redact("We zien Nhô Tuan elke dinsdag bij de soos.") == [f"We zien Nhô {N} elke dinsdag bij de soos."]
    assert redact("De buren zeggen kuya Rodel tegen hem.") == [f"De buren zeggen kuya {N} tegen hem."]


def test_a_form_of_address_after_a_name_stays():
    """Turkish "hanım", "hoca" after the name and Hindi "-ji" glued to it are no part of the name."""
    assert redact("Volgens Ayşe hanım is de groep te vol.") == [f"Volgens {N} hanım is de groep te vol."]
    assert redact("Bij 'Meera-ji' voelen de vrouwen zich thuis.") == [f"Bij '{N}-ji' voelen de vrouwen zich thuis."]


def test_a_form_of_address_alone_is_no_name():
    """Without a name after it a title is left as it is, and a double first name with "Jan" stays whole."""
    same("In de wijk noemen ze elke oudere vrouw 'Auntie' of 'Mbok', uit respect.")
    assert redact("Kees-Jan Smeets opent de avond.") == [f"{N} opent de avond."]


def test_a_title_that_is_a_word_leads_a_name_only_capitalised():
    """"Sister Efua" is a title and a name; "een oudere sister" and "het Hooyo Café" are words."""
    assert redact("Sister Efua Mensah leidt het koor.") == [f"Sister {N} leidt het koor."]
    same("Een oudere sister van de kerk hielp mee in het Hooyo Café.")
