"""Round-15 precision (tuner t1): a listed place and a part of town joined by a hyphen after "mw"
(also maatschappelijk werk) or another title is a worker's area, not a double surname. The name
beside it must still go. The sentences are new: none is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact


def test_place_and_part_of_town_after_mw_is_an_area():
    """"mw Roermond-Oost", "mw Amsterdam-Zuidoost": a place and a listed part of town; the person before stays found."""
    assert redact("Aanwezig: Marloes Verhoeven (mw Roermond-Oost) en de teamleider.") == [f"Aanwezig: {N} (mw Roermond-Oost) en de teamleider."]
    assert redact("Overleg met mw Amsterdam-Zuidoost over de wachtlijst.") == ["Overleg met mw Amsterdam-Zuidoost over de wachtlijst."]


def test_double_surname_after_a_title_stays_a_name():
    """A surname joined to a part-of-town word is no place: "mw Jansen-Noord" goes, so does "mw. Emmen-Bakker"."""
    assert redact("Gesprek met mw Jansen-Noord over de wachtlijst.") == [f"Gesprek met mw {N} over de wachtlijst."]
    assert redact("Gesprek met mw. Emmen-Bakker over de wachtlijst.") == [f"Gesprek met mw. {N} over de wachtlijst."]
