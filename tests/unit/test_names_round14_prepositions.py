"""Round-14 precision: "van" before a name is often the preposition ("de dochter van Petrenko"), and
a note's abbreviation is no initials ("P.S. van Olena"). The name must still go; the words around
it must stay. The sentences are new: none is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact


def test_van_after_kin_or_a_paper_is_the_preposition():
    """Kin, a paper or a document's abbreviation before "van": the surname after it goes, "van" stays."""
    assert redact("De schoonzoon van Kovalenko, Taras, helpt bij de verhuizing.") == [f"De schoonzoon van {N}, {N}, helpt bij de verhuizing."]
    assert redact("Het verslag van Bos ligt bij de teamleider.") == [f"Het verslag van {N} ligt bij de teamleider."]
    assert redact("De VOG van Bos is van 2019, zonder herhaling.") == [f"De VOG van {N} is van 2019, zonder herhaling."]
    assert redact("De gemeente stuurt de VOG-verklaringen van Stam en Yıldırım na.") == [f"De gemeente stuurt de VOG-verklaringen van {N} en {N} na."]


def test_van_after_an_aanspreekvorm_or_collega_stays_part_of_the_name():
    """After an aanspreekvorm or "collega" the particle belongs to the surname: all of it goes."""
    assert redact("Gesprek met mevrouw van Dijk over de wachtlijst.") == [f"Gesprek met mevrouw {N} over de wachtlijst."]
    assert redact("Overleg met collega van Dijk volgt.") == [f"Overleg met collega {N} volgt."]


def test_van_before_a_double_first_name_is_the_preposition():
    """A hyphenated first name of listed parts after "van" is no particle surname, also after "familie"."""
    assert redact("Sander Smits (geen familie van Pieter-Jan) zit in de cliëntenraad.") == [f"{N} (geen familie van {N}) zit in de cliëntenraad."]


def test_a_postscript_is_no_initials():
    """"P.S." before "van" and a name is the postscript: only the name goes."""
    assert redact("P.S. van Oksana: de vertaling is klaar.") == [f"P.S. van {N}: de vertaling is klaar."]


def test_a_logged_call_is_no_chat_speaker():
    """A time, a noun and a name before a colon is a logged call, not a display name: the noun stays."""
    assert redact("16.34 telefoon van Wilma: de cliënt komt later") == [f"16.34 telefoon van {N}: de cliënt komt later"]
    assert redact("[09:14] jorrit: ok, ik neem het over") == [f"[09:14] {N}: ok, ik neem het over"]


def test_a_migrant_organisation_led_by_its_own_languages_noun_stays():
    """"Associação", "Stowarzyszenie" lead an organisation's name as "Stichting" does; a person named
    beside it still goes."""
    assert redact("Gesprek met Dona Celeste Tavares (Associação Sodade) over de zaalhuur.") == [f"Gesprek met Dona {N} (Associação Sodade) over de zaalhuur."]
    assert redact("Stowarzyszenie Orzeł organiseert elke maand een avond in het buurthuis.") == ["Stowarzyszenie Orzeł organiseert elke maand een avond in het buurthuis."]


def test_a_chat_display_name_keeps_its_firm():
    """"Ingrid CertiSociaal:" in a pasted chat: the first name goes, the firm's name in camel case stays,
    and so it does elsewhere in the audit; short camel-case initials stay part of the name."""
    out = redact("[12-03-2026 08:14:02] Ingrid CertiZorg: ik begin met de teamleider", "Archief volgens het beleid van CertiZorg.")
    assert out == [f"[12-03-2026 08:14:02] {N} CertiZorg: ik begin met de teamleider", "Archief volgens het beleid van CertiZorg."]
    assert redact("[17-11 08:32] Sanne vD: nieuw nummer, sorry!") == [f"[17-11 08:32] {N}: nieuw nummer, sorry!"]


def test_a_regions_adjective_is_no_name():
    """"Twentse" (Twente), "Drentse" (Drenthe), "Veluwse" (Veluwe): a region's adjective capitalised
    as Dutch writes it; a surname ending in -se after an aanspreekvorm still goes."""
    assert redact("Het Twentse en Drentse noaberschap is in de Veluwse dorpen minder sterk.") == ["Het Twentse en Drentse noaberschap is in de Veluwse dorpen minder sterk."]
    assert redact("Gesprek met mevrouw Hesse over de soos.") == [f"Gesprek met mevrouw {N} over de soos."]


def test_a_role_before_a_word_name_and_a_surname_is_a_person_not_a_title():
    """"Vrijwilliger Engel Brouwer": a role, a first name that is a word, a listed surname; three
    capitalised words, but a person, no title. A title of the bank's words after a role stays."""
    assert redact("Vrijwilliger Hemel Brouwer vertelt over de soos.") == [f"Vrijwilliger {N} vertelt over de soos."]
    assert redact("Wethouder Zorg en Welzijn opent de avond.") == ["Wethouder Zorg en Welzijn opent de avond."]
