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


# ---------------------------------------------------------------- an audit whose notes are partly Frisian

_FRISIAN_NOTES = (
    "Us heit wie net thús, it wie drok by de buorren.",
    "Douwe seit dat it gebou fan de soos te lyts is.",
    "Hja hawwe gjin plak mear foar de Iis-jûn.",
    "Antwurd: 'It Gebou is ús hûs, dêr moat it barre.'",
    "Ien kear yn de wike komme de doarpen byinoar.",
)


def test_in_a_partly_frisian_audit_frisian_words_are_words_and_frisian_names_still_names():
    out = redact(*_FRISIAN_NOTES)
    assert out[1] == f"{N} seit dat it gebou fan de soos te lyts is."  # Douwe: a first name of the lists
    assert out[2:] == list(_FRISIAN_NOTES[2:])  # "Hja", "Iis-jûn", "It Gebou", "Ien", "doarpen" are Frisian words


def test_one_frisian_quote_in_a_dutch_audit_keeps_the_dutch_reading():
    out = redact("Kladblok: bellen met Wieke (ambtelijk secr.) over het jaarplan.", "Hja hawwe gjin plak mear foar de Iis-jûn.")
    assert out[0] == f"Kladblok: bellen met {N} (ambtelijk secr.) over het jaarplan."  # "wieke" is a Frisian word, Wieke a name here
    assert "Iis" not in out[1]  # no list knows "Iis": a candidate, replaced until the toetser marks it "geen naam"


def test_a_broken_frisian_word_list_is_refused_in_dutch(tmp_path):
    import shutil

    import pytest

    from questionbank import BankError
    from questionbank.loader import DATA_DIR, load_name_lists_from

    assert "doarpen" in load_name_lists_from(DATA_DIR).friese_woorden
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    (data / "woorden_fy.txt.gz").write_bytes(b"not gzip")
    with pytest.raises(BankError, match=r"woorden_fy\.txt\.gz: kan de Friese woordenlijst niet lezen"):
        load_name_lists_from(data)


# ---------------------------------------------------------------- a thing the audit names with an article


def test_a_word_found_after_a_role_is_not_spread_where_the_audit_names_it_with_an_article():
    out = redact(
        "Klacht over bejegening door vrijwilliger Plusbus, afgehandeld.",
        "Op dinsdag rijdt de Plusbus naar de markt.",
        "Plusbus rijdt ook op donderdag.",
    )
    assert out == [f"Klacht over bejegening door vrijwilliger {N}, afgehandeld.", "Op dinsdag rijdt de Plusbus naar de markt.", "Plusbus rijdt ook op donderdag."]
    # no text with the article: the role's find is spread (privacy by default)
    assert redact("Klacht over bejegening door vrijwilliger Plusbus, afgehandeld.", "Plusbus rijdt ook op donderdag.")[1] == f"{N} rijdt ook op donderdag."


def test_after_an_aanspreekvorm_the_word_is_a_person_everywhere_article_or_not():
    out = redact("Gesprek met mevrouw Plusbus over haar moeder.", "Op dinsdag rijdt de Plusbus naar de markt.", "Plusbus belt morgen terug.")
    assert out[2] == f"{N} belt morgen terug."
    assert "Plusbus" not in out[1]


# ---------------------------------------------------------------- accents typed as marks of their own


def test_a_name_with_accents_typed_as_separate_marks_is_found_and_replaced_with_its_marks():
    # what a PDF or macOS pastes: "C" + U+0327, "O" + U+0308
    out = redact("Gesprek met Fatma C\u0327elik en mevrouw O\u0308ztu\u0308rk over de buurt.")
    assert out == [f"Gesprek met {N} en mevrouw {N} over de buurt."]
    assert "\u0327" not in out[0] and "\u0308" not in out[0]
