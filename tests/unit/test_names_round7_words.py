"""Round-7 recall rules of the name check for names made of Dutch words, lowercase names and names
of many origins (names/word_names.py, lowercase.py, listings.py, index.py and the curated lists):
what a toetser sees in the exported text. Each test plants a name in a form that reached the report
in the round-6 blind set, or the same word used as a word, and reads the redacted text back. The
sentences are new: none is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


# ---------------------------------------------------------------- first names that are words


def test_word_first_names_beside_another_name_sign_are_names():
    assert redact("Joost Mulder en Storm Bakker draaien de inloop") == [f"{N} en {N} draaien de inloop"]
    assert redact("De map is overgedragen aan Lente Visser (coördinator).") == [f"De map is overgedragen aan {N} (coördinator)."]


def test_word_first_names_used_as_words_stay():
    same("Door de storm ging de inloop dicht.")
    same("In de lente starten we met de nieuwe groep.")
    same("Storm en regen hielden de bezoekers thuis.")
    same("Ik wil de planning nog bespreken.")


def test_a_found_word_name_is_not_applied_to_the_head_of_a_cut_compound():
    assert redact("Lente Bakker trekt het project.", "Lente- en zomerprogramma: zie bijlage.")[1] == "Lente- en zomerprogramma: zie bijlage."


def test_names_of_more_origins_are_listed():
    assert redact("Het gesprek met Xiumei ging over de wachtlijst.") == [f"Het gesprek met {N} ging over de wachtlijst."]
    assert redact("Volgens Abshir is de opkomst goed.") == [f"Volgens {N} is de opkomst goed."]
    assert redact("Aafke van 't Hof neemt de notulen over.") == [f"{N} neemt de notulen over."]


# ---------------------------------------------------------------- surname first, nasab, brackets


def test_a_surname_before_a_found_first_name_east_asian_order():
    assert redact("Tolk Kantonees: Chan Wei; verder niemand.") == [f"Tolk Kantonees: {N}; verder niemand."]
    assert redact("liu jun (vrijwilliger taalcafé) stopt in maart") == [f"{N} (vrijwilliger taalcafé) stopt in maart"]
    assert redact("nguyen thanh belde terug over de aanvraag") == [f"{N} belde terug over de aanvraag"]


def test_surname_first_needs_a_persons_context_in_lowercase():
    same("de wang van het kind was rood")
    same("we stoppen met de lei en het krijt")


def test_a_lowercase_nasab_between_two_found_names():
    assert redact("youssef ben ali zit in de klankbordgroep") == [f"{N} zit in de klankbordgroep"]
    same("ik ben al even bezig met de aanvraag")


def test_a_word_first_name_in_brackets_before_a_role_or_colon():
    assert redact("Bij storing bellen: 06-12345678 (Roos, avonddienst)")[0].endswith(f"({N}, avonddienst)")
    assert redact("3. Mededelingen (Bas: verlof in mei)") == [f"3. Mededelingen ({N}: verlof in mei)"]
    same("Geurtjes in de tuin (roos, lavendel) trekken bijen.")


def test_a_sentence_start_noun_before_a_surname_that_starts_as_a_role():
    assert redact("Storm Visser begint per 1 maart als stagiaire.") == [f"{N} begint per 1 maart als stagiaire."]
    assert redact("Zomer Koning start op 1 februari als ambulant jongerenwerker.") == [f"{N} start op 1 februari als ambulant jongerenwerker."]
    same("Het project start op 1 februari als pilot.")


# ---------------------------------------------------------------- duty rota


def test_a_rota_of_days_and_mostly_first_names_names_them_all():
    out = redact("Rooster inloop: ma Roos / di Storm / wo Bas / do Lente")[0]
    assert out == f"Rooster inloop: ma {N} / di {N} / wo {N} / do {N}"
    same("Rooster inloop: ma Ochtend / di Middag / wo Avond / do Gesloten")
    same("Thema's: di Regen / wo Zon / do Wind / vr Sneeuw")


# ---------------------------------------------------------------- a word of no name list before a surname


def test_a_dutch_word_before_a_listed_surname_where_a_person_stands():
    assert redact("Volgens Zomer Bakker is de opkomst goed.") == [f"Volgens {N} is de opkomst goed."]
    assert redact("Het gesprek met Bloem de Vries ging over de schulden.") == [f"Het gesprek met {N} ging over de schulden."]
    assert redact("Merel Visser en Zomer Bakker trekken samen het project.") == [f"{N} en {N} trekken samen het project."]


def test_a_dutch_word_before_a_surname_without_a_persons_context_or_inflected_stays():
    same("Het boek van Sterke Visser staat in de kast.")
    same("De subsidie van Sociaal Domein Kok is verlengd.")
    same("Zomer Bakker Groep levert het brood.")


def test_virtue_and_word_first_names_beside_a_name_sign():
    assert redact("Kaapverdianen via Nelson Tavares, zelf ook Kaapverdiaan") == [f"Kaapverdianen via {N}, zelf ook Kaapverdiaan"]
    assert redact("Blessing Mensah (vrijwilliger) kookt op vrijdag.") == [f"{N} (vrijwilliger) kookt op vrijdag."]
    same("Comfort en veiligheid staan voorop.")


def test_a_word_first_name_with_s_before_a_noun():
    assert redact("Storm's voorstel is overgenomen.") == [f"{N} voorstel is overgenomen."]
    assert redact("Lente's aanpak werkt goed bij jongeren.") == [f"{N} aanpak werkt goed bij jongeren."]
    same("Lente's zijn hier zacht en de zomers warm.")
