"""Round-15 recall (tuner t2): in a signing label's list of initials, capitals that are also a word
("TV") are initials too once the list has started with a person's. Bodies of the bank stay, and so
does a word that would start the list. The sentences are new: none is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact


def test_initials_that_are_also_a_word_go_once_the_list_has_started():
    """"Aanwezig: MHP, TV": MHP starts the list; TV is one more person."""
    assert redact("Aanwezig: MHP, TV (teamleider).") == [f"Aanwezig: {N}, {N} (teamleider)."]
    assert redact("Notulist: JB en TV") == [f"Notulist: {N} en {N}"]


def test_bodies_in_the_list_and_a_word_first_stay():
    """"Aanwezig: JB, OR, MT": JB goes, the bodies stay; a word first ("Aanwezig: TV, de teamleider") starts no list."""
    assert redact("Aanwezig: JB, OR, MT en de teamleider.") == [f"Aanwezig: {N}, OR, MT en de teamleider."]
    assert redact("Aanwezig: TV, de teamleider en twee sociaal werkers.") == ["Aanwezig: TV, de teamleider en twee sociaal werkers."]
