"""Round-13 audit-level evidence of the name check: what one text of the audit shows about a word
holds in every text. A word that a text surely reads as an organisation or a venue ("Stichting
Welzijn Eemhart") is no person where another text names it bare, and a find that took it with a
person does not spread it; but one text that leads it as a person ("mevrouw Eemhart") makes it a
name everywhere. A surname shaped like a street, found after an aanspreekvorm, is that person
where it stands bare, and still the street after an article or before a house number. The
sentences are new: none is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


def test_the_organisation_an_audit_names_is_no_person_where_it_stands_bare():
    same(
        "Stichting Welzijn Eemhart biedt jongerenwerk in Amersfoort.",
        "Eemhart verwijst door naar de voedselbank.",
        "In 2026 heeft Eemhart acht stagiairs.",
    )


def test_a_handle_with_the_organisation_in_it_is_replaced_but_does_not_spread_the_organisation():
    out = redact(
        "Stichting Welzijn Eemhart biedt jongerenwerk in Amersfoort.",
        "Eemhart verwijst door naar de voedselbank.",
        "Sterre gebruikt ook een werkaccount: @sterre.jw.eemhart",
    )
    assert out[1] == "Eemhart verwijst door naar de voedselbank."
    assert "sterre" not in out[2].lower() and "eemhart" not in out[2].lower()
    # without the text that names the organisation, the bare word is a person's surname (privacy by default)
    assert redact("Eemhart verwijst door naar de voedselbank.", "Sterre gebruikt ook een werkaccount: @sterre.jw.eemhart")[0] == f"{N} verwijst door naar de voedselbank."


def test_one_text_that_leads_the_word_as_a_person_makes_it_a_name_everywhere():
    out = redact(
        "Stichting Welzijn Eemhart biedt jongerenwerk in Amersfoort.",
        "Eemhart verwijst door naar de voedselbank.",
        "Gesprek met mevrouw Eemhart over haar zoon.",
    )
    assert out[1] == f"{N} verwijst door naar de voedselbank."
    assert out[2] == f"Gesprek met mevrouw {N} over haar zoon."


def test_a_surname_shaped_like_a_street_found_after_an_aanspreekvorm_is_the_person_where_it_stands_bare():
    out = redact(
        "Mevrouw Koolhoven is de wijkagent.",
        "Koolhoven: overlast is afgenomen sinds juni.",
        "Koolhoven wil het punt in het Veiligheidsoverleg bespreken.",
    )
    assert out == ["Mevrouw [naam] is de wijkagent.".replace("[naam]", N), f"{N}: overlast is afgenomen sinds juni.", f"{N} wil het punt in het Veiligheidsoverleg bespreken."]


def test_the_street_stays_a_street_after_an_article_or_before_a_house_number():
    out = redact(
        "Mevrouw Westerhof is de wijkagent.",
        "De inloop verhuist naar de Westerhof 14, naast de huisarts.",
        "Het kantoor aan de Westerhof is klein.",
    )
    assert out[0] == f"Mevrouw {N} is de wijkagent."
    assert out[1:] == ["De inloop verhuist naar de Westerhof 14, naast de huisarts.", "Het kantoor aan de Westerhof is klein."]
