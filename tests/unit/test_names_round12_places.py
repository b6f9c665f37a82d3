"""Round-12 place rules of the name check (names/places.py, venues.py, anonymise.py): a place after a
first name's particles is a surname, a town the audit keeps naming is not spread as a surname, a
worker's area after a role, venues led by a building's acronym, places of origin and joined places
stay; the people beside them are still replaced. The sentences are new: none is from a labelled
bench set."""

from __future__ import annotations

from names_audit import N, redact, same


def test_a_place_after_a_first_names_particle_is_the_surname():
    out = redact("De huiskamer in Winkel is op dinsdag open.", "Coördinator Marleen te Winkel plant de avonden.", "Marleen te Winkel: 'we zoeken nog chauffeurs'")
    assert out == ["De huiskamer in Winkel is op dinsdag open.", f"Coördinator {N} plant de avonden.", f"{N}: 'we zoeken nog chauffeurs'"]


def test_a_town_the_audit_names_twice_is_not_spread_from_a_first_name_before_it():
    out = redact(
        "De jaarrekening is gecontroleerd door Baker Tilly Zutphen.",
        "Het wijkteam werkt in Zutphen en in Warnsveld.",
        "De gemeente Zutphen betaalt 86 procent.",
        "Zutphen, 3 maart 2026",
    )
    assert out[1:] == ["Het wijkteam werkt in Zutphen en in Warnsveld.", "De gemeente Zutphen betaalt 86 procent.", "Zutphen, 3 maart 2026"]


def test_a_surname_the_audit_names_once_as_a_place_is_still_spread():
    out = redact("Ineke Hoogland geeft de training.", "Hoogland, Leusden en Baarn zijn de gemeenten van het netwerk.", "Later zegt Hoogland dat de training vol zit.")
    assert out[0] == f"{N} geeft de training." and out[2] == f"Later zegt {N} dat de training vol zit."


def test_a_role_before_a_place_of_the_audit_is_the_workers_area():
    out = redact(
        "Naima Aouragh, sociaal werker Culemborg, belt morgen terug.",
        "Het spreekuur in Culemborg zit vol.",
        "Jongerenwerker Vriezenveen en wijkagent Vriezenveen overleggen maandelijks.",
        "De inloop in Vriezenveen is op vrijdag.",
    )
    assert out == [f"{N}, sociaal werker Culemborg, belt morgen terug.", "Het spreekuur in Culemborg zit vol.", "Jongerenwerker Vriezenveen en wijkagent Vriezenveen overleggen maandelijks.", "De inloop in Vriezenveen is op vrijdag."]


def test_an_aanspreekvorm_before_a_place_of_the_audit_is_still_a_person():
    out = redact("Mevrouw Culemborg belde over het rooster.", "Het spreekuur in Culemborg zit vol.")
    assert out == [f"Mevrouw {N} belde over het rooster.", "Het spreekuur in Culemborg zit vol."]


def test_a_venue_led_by_a_buildings_acronym_stays_in_the_whole_audit():
    same("De meidenavond is in MFC De Schakel.", "ma | MFC De Schakel | inloop | 19:00-22:00", "sleutelbeleid De Schakel: drie sleutels")


def test_a_place_of_origin_after_uit_stays_and_a_groups_members_go():
    same("Haar ouders komen in januari over uit Enugu.")
    out = redact("De bewonerscommissie bestaat uit Fadoua, Jan-Willem en Ewa.")
    assert "Fadoua" not in out[0] and "Ewa" not in out[0]


def test_two_places_of_the_audit_joined_by_a_hyphen_are_a_club_or_an_area():
    same("De meeste vrijwilligers komen uit Mallem.", "De boerinnen komen uit Avest.", "De trainer van sv Mallem-Avest haalt de ouderen op.")


def test_a_first_name_and_listed_surname_after_a_role_spread_as_a_person():
    out = redact("Opbouwwerker Tijmen Wassenaar schrijft de aanvragen.", "Volgens Wassenaar is de relatie goed.")
    assert out == [f"Opbouwwerker {N} schrijft de aanvragen.", f"Volgens {N} is de relatie goed."]


def test_van_after_a_noun_is_the_places_preposition():
    out = redact("Sjoerd van Kampen doet de klussendienst.", "Hanzewijk heeft de hoogste schulden van Kampen.", "Het formulier is ontvangen van Van Kampen.")
    assert out == [f"{N} doet de klussendienst.", "Hanzewijk heeft de hoogste schulden van Kampen.", f"Het formulier is ontvangen van {N}."]
