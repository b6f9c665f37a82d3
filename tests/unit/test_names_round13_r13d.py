"""Round 13 (r13d): capitalised words that name a firm or a room, no person. A word of no list
before a firm's trade or a legal form names the firm, and the audit then reads it bare as the firm
too; a capitalised room noun before a full name names the room. The sentences are new: none is
from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


def test_a_word_of_no_list_before_a_firms_trade_names_the_firm_in_the_whole_audit():
    """"Travexo Woondiensten" names a firm; the audit's bare "Travexo" is that firm, not a person."""
    same("Het huurcontract loopt via Travexo Woondiensten in Zwolle.", "De klacht is doorgestuurd naar Travexo.")
    same("Overleg met Quenvia Accountants over de jaarrekening.")


def test_a_legal_form_after_a_word_names_the_firm():
    """"B.V.", "BV" and "& Zn." are a firm's, whatever word stands before them."""
    same("Drukwerk door Prentivo B.V., Postbus 12, Deventer.")
    same("Factuur van Harmsink & Zn. voor het busje.")
    same("Lorvanta BV | Stationsplein 3 | Assen", "Het archief blijft bij Lorvanta.")


def test_a_first_name_before_the_firm_word_keeps_the_person():
    """A first name before the word makes it a surname ("Ingrid Travexo"), also before a legal form."""
    assert redact("Ingrid Travexo Woondiensten belde terug.") == [f"{N} Woondiensten belde terug."]


def test_a_capitalised_room_noun_before_a_full_name_is_the_room():
    """"Zaal Herman Brood" is a room; no person is called "Zaal Herman"."""
    same("De bijeenkomst is in Zaal Herman Brood op de tweede etage.")
    same("14:00 | intervisie | Zaal Herman Brood")


def test_a_room_noun_after_a_first_name_is_a_surname():
    """"mevrouw Zaal" stays a person: the aanspreekvorm leads the surname."""
    assert redact("Gesprek met mevrouw Zaal over de inloop.") == [f"Gesprek met mevrouw {N} over de inloop."]


def test_the_old_spelling_klub_names_a_club():
    """"de Wandelklub" and a compound with "klub" are a club, no candidate name."""
    same("Mevrouw gaat elke week naar de Kuierklub in het dorp.", "De Fietsklub start in april.")


def test_two_english_words_side_by_side_are_english_no_name():
    """A pasted English line or course title ("Kindly reply", "Associate degree") is English: the
    capitalised word is no candidate (SCOWL's English words, woorden_en)."""
    same("Kindly confirm your attendance by Friday.")
    same("Zij volgt de opleiding Associate degree Pedagogiek.")
    same("Aanbod: cursus Youth Peer Support in het voorjaar.")


def test_a_name_of_no_list_beside_an_english_word_stays_a_name():
    """Only English words pair up: a foreign surname of no list next to one keeps its reading."""
    assert redact("Thanks again, Precious Eze") == [f"Thanks again, {N}"]


def test_a_broken_english_word_list_is_refused_in_dutch(tmp_path):
    """The English list is data like the Dutch one: a broken file is an error the user can read."""
    import shutil

    import pytest

    from questionbank import BankError
    from questionbank.loader import DATA_DIR, load_name_lists_from

    assert "insurance" in load_name_lists_from(DATA_DIR).engelse_woorden
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    (data / "woorden_en.txt.gz").write_bytes(b"not gzip")
    with pytest.raises(BankError, match=r"woorden_en\.txt\.gz: kan de Engelse woordenlijst niet lezen"):
        load_name_lists_from(data)
