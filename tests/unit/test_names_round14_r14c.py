"""Round-14 forms of the name check in hurried lowercase notes (tuner C): first names that are Dutch
words, short forms no list had, lowercase initials. Each test plants a name in a form that still
reached the report after round 13, and a line of the same shape that must come out unchanged. The
sentences are new: none is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


# ---------------------------------------------------------------- a word-name the audit types for a person


def test_a_word_name_the_audit_names_as_a_person_is_that_person_in_lowercase():
    """"fleur" found as a person twice (a full name, a speech verb): a later lowercase "fleur" outside a
    word's slot is her too."""
    out = redact(
        "Gesprek met Fleur Aksoy (buurtwerker) over de inloop.",
        "fleur belde terug over de sleutel",
        "verslag door fleur geschreven",
        "14:10 einde fleur",
    )
    assert out[2] == f"verslag door {N} geschreven"
    assert out[3] == f"14:10 einde {N}"


def test_a_word_name_the_audit_also_uses_as_the_word_stays_the_word():
    """The same audit says "de fleur is eraf": the lowercase word is not spread; nor is a verb-name
    ("ik ben er") or a month ("in mei")."""
    out = redact(
        "Gesprek met Fleur Aksoy (buurtwerker) over de inloop.",
        "fleur belde terug over de sleutel",
        "de fleur is eraf bij het team",
        "14:10 einde fleur",
    )
    assert out[2] == "de fleur is eraf bij het team"
    assert out[3] == "14:10 einde fleur"
    same("ik ben er morgen", "in mei is de evaluatie", "storm op zee, de roos bloeit", "hij wil niet")


def test_a_word_name_in_a_list_of_things_or_a_compound_stays():
    """A person "iris" in the audit, but "iris scan" is a compound typed apart; "roos en lavendel"
    shows the audit uses "roos" as the flower: no lowercase "iris" or "roos" is spread there."""
    out = redact(
        "Iris Veldkamp (vrijwilliger) doet de tuin.",
        "iris belde over de planten",
        "iris scan is niet nodig bij de intake",
    )
    assert out[2] == "iris scan is niet nodig bij de intake"
    out = redact(
        "Roos Veldkamp (vrijwilliger) doet de tuin.",
        "roos belde over de planten",
        "roos en lavendel in de bakken",
        "14:10 einde roos",
    )
    assert out[2:] == ["roos en lavendel in de bakken", "14:10 einde roos"]


# ---------------------------------------------------------------- short forms no list had


def test_polish_and_moroccan_short_forms_typed_lowercase_are_names():
    """"wojtek" (Wojciech), "krzysiek" (Krzysztof), "souf" (Soufiane): no Dutch word, a person."""
    assert redact("wojtek en krzysiek doen de klussendienst, souf de planning") == [f"{N} en {N} doen de klussendienst, {N} de planning"]


def test_a_short_form_that_is_a_dutch_word_stays_the_word_alone():
    """"aga" and "mei" are listed now, but as words ("in mei") they stay without a name sign."""
    same("in mei start de nieuwe groep, de aga van het paleis is een titel")


# ---------------------------------------------------------------- a found surname that is a word opening a note


def test_a_found_surname_that_is_a_word_opens_a_note_before_a_persons_verb():
    """"Gerrit Kok", "Anja de Wit" found: lowercase "kok heeft …", "de wit: …" opening a line is the person."""
    out = redact(
        "Gerrit Kok rijdt de buurtbus op dinsdag.",
        "Anja de Wit doet het spreekuur.",
        "kok heeft geen smartphone, alleen een vaste lijn",
        "de wit: 'het loopt goed, maar de wachtlijst groeit'",
    )
    assert out[2:] == [f"{N} heeft geen smartphone, alleen een vaste lijn", f"{N}: 'het loopt goed, maar de wachtlijst groeit'"]


def test_a_found_surname_as_the_word_or_before_a_things_verb_stays():
    """After an article, or before a verb a thing does alone ("is", "komt"), the word stays the word."""
    out = redact(
        "Gerrit Kok rijdt de buurtbus op dinsdag.",
        "kok komt pas om tien uur, de soep is koud",
        "een kok heeft de soep gemaakt",
    )
    assert out[1:] == ["kok komt pas om tien uur, de soep is koud", "een kok heeft de soep gemaakt"]


# ---------------------------------------------------------------- lowercase initials tied to one first name


def test_lowercase_initials_spelled_out_as_a_first_name_are_hers_everywhere():
    """"ej = evelien": the letters she signs with are a name, in every text of the audit."""
    out = redact("ej = evelien, zo tekent ze haar berichtjes", "antwoord ej 14:20: 'komt goed'", "groet ej")
    assert out == [f"{N} = {N}, zo tekent ze haar berichtjes", f"antwoord {N} 14:20: 'komt goed'", f"groet {N}"]


def test_lowercase_shorthand_spelled_out_as_a_word_stays():
    """"mz = mantelzorger" is shorthand, and letters the audit ties to no name stay: "groet ej"."""
    same("mz = mantelzorger, zie de lijst", "groet ej")


# ---------------------------------------------------------------- a person's naming frame in lowercase


def test_a_lowercase_name_in_a_naming_frame_is_a_name():
    """"die gijs heet", "noemt zichzelf 'merel'", "de huisarts heet fenna": the frame names a person."""
    assert redact("een buurman die gijs heet helpt mee") == [f"een buurman die {N} heet helpt mee"]
    assert redact("jongen, 14, noemt zichzelf 'merel' op school") == [f"jongen, 14, noemt zichzelf '{N}' op school"]
    assert redact("de huisarts heet fenna, achternaam onbekend") == [f"de huisarts heet {N}, achternaam onbekend"]


def test_a_naming_frame_around_a_word_or_a_role_stays():
    """A thing's name, an adverb or a role after the frame is no person."""
    same("het project heet buurtkracht", "een straat die anders heet", "noemt zichzelf ervaringsdeskundige")


def test_a_first_name_between_commas_after_a_role_is_a_name():
    """"een buurtwerkster, merel, die …": the role's own name, though "merel" is a bird too."""
    assert redact("we hebben een buurtwerkster, merel, die de app beheert") == [f"we hebben een buurtwerkster, {N}, die de app beheert"]
    same("een vrijwilliger, eerlijk gezegd, die niets doet", "de tuin, roos, die bloeit")


def test_a_found_verb_name_opening_a_line_before_a_colon_is_the_person():
    """"Wil Smeets" found: "wil: 'ik stop ermee'" opening a line is her; "ik wil: …" stays the verb."""
    out = redact("Wil Smeets (vrijwilliger) doet de koffie.", "wil: 'ik stop ermee na de zomer'", "ik wil: meer tijd en minder formulieren")
    assert out[1:] == [f"{N}: 'ik stop ermee na de zomer'", "ik wil: meer tijd en minder formulieren"]


def test_a_found_word_name_listed_before_an_aanspreekvorm_is_a_person():
    """"Roos Hermans" found: "roos + mw bakker" in a plan of the day lists people; "roos + lavendel" stays."""
    out = redact("Roos Hermans (mantelzorgconsulent) plant de huisbezoeken.", "10.30 huisbezoek: roos + mw bakker", "bestellen: roos + lavendel")
    assert out[1:] == [f"10.30 huisbezoek: {N} + mw {N}", "bestellen: roos + lavendel"]
