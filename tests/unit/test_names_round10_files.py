"""Round-10 forms of the name check in files, initials, listings and contact data: what a toetser sees
in the exported text. Each test plants a name in a form that still reached the report after round 9
(initials before a surname that is a Dutch word or a place, an inverted register row without a
label, initials alone for a client, a particle written short, a user name in document properties,
a file name whose name parts read as places, a phone number with an en dash), and an ordinary line
of the same shape that must come out unchanged. The sentences are new: none is from a labelled
bench set."""

from __future__ import annotations

from interviewer.domain.names import PHONE_PLACEHOLDER
from names_audit import N, redact, same


# ---------------------------------------------------------------- initials before a word or a place


def test_initials_with_a_particle_or_two_initials_take_a_surname_that_is_a_word():
    assert redact("De evaluatie is gedaan door K. ter Weide en A.J. Kraai.") == [f"De evaluatie is gedaan door {N} en {N}."]
    assert redact("Beleidsstuk van P. van Hattem, vastgesteld in het MT.") == [f"Beleidsstuk van {N}, vastgesteld in het MT."]


def test_one_initial_after_a_persons_label_or_a_greeting_takes_a_word_surname():
    assert redact("behandelaar S. Kraai | afgehandeld 12-05-2026") == [f"behandelaar {N} | afgehandeld 12-05-2026"]
    assert redact("Met vriendelijke groet, B. Winter") == [f"Met vriendelijke groet, {N}"]
    assert redact("Presentielijst: D. Zwaluw, R. de Graaf en T. Brink.") == [f"Presentielijst: {N}, {N} en {N}."]


def test_one_initial_in_brackets_or_after_a_signature_takes_a_word_surname():
    assert redact("Het teamplan (W. Zwaluw) is vastgesteld; w.g. H. Kraai") == [f"Het teamplan ({N}) is vastgesteld; w.g. {N}"]


def test_an_initialled_word_surname_in_a_table_row_about_a_person_is_replaced():
    assert redact("| H. Kraai | vrijwilliger | 0570-612233 |") == [f"| {N} | vrijwilliger | {PHONE_PLACEHOLDER} |"]
    same("| Fase | A. Verkenning | B. Uitvoering |")


def test_an_initialled_signature_under_a_closing_line_is_replaced_and_headings_stay():
    assert redact("Met vriendelijke groet,\n\nG. Kraai\nCoördinator") == [f"Met vriendelijke groet,\n\n{N}\nCoördinator"]
    same("Inhoud:\nA. Inleiding\nB. Werkwijze\nC. Bevindingen")


def test_label_letters_and_abbreviations_before_a_capitalised_word_stay():
    same(
        "Zie bijlage C. Daarin staat het rooster voor de zomer.",
        "Fase A. Verkenning loopt tot maart, fase B. Uitvoering daarna.",
        "P.S. Vergeet de presentielijst niet.",
    )


# ---------------------------------------------------------------- register rows inverted


def test_inverted_register_rows_without_a_label_are_replaced_whole():
    assert redact("Nieuw: Kraai, Femke | Taalcafé | 04-2026; Molenaar, Sem | Klussendienst") == [f"Nieuw: {N} | Taalcafé | 04-2026; {N} | Klussendienst"]
    assert redact("BHV Het Anker: Brink, T. geldig; Zwaluw, R. verlopen") == [f"BHV Het Anker: {N} geldig; {N} verlopen"]
    assert redact("Hoeve, Sanne van (vrijwilliger)") == [f"{N} (vrijwilliger)"]
    assert redact("Berg, van den (Piet) – chauffeur") == [f"{N} ({N}) – chauffeur"]


def test_a_list_of_inverted_initialled_names_apart_by_commas_is_replaced():
    assert redact("Kopie aan: Kraai, H., Zwaluw, M. en Brink, J.") == [f"Kopie aan: {N}, {N} en {N}"]


def test_a_surname_alone_after_a_signing_label_is_replaced_and_a_body_stays():
    assert redact("Paraaf voor gezien: Hendriks") == [f"Paraaf voor gezien: {N}"]
    same("Notulist: Secretariaat; paraaf voor gezien: Kwaliteit.")


def test_places_in_register_rows_and_a_greeting_to_a_team_stay():
    same(
        "Werkgebied: Tiel, Culemborg | Zwolle, Kampen | Leerdam",
        "Tiel, N. (Noord) – werkgebied van het wijkteam",
        "Groetjes, Team Noord",
        "Activiteiten: Koffieochtend, Wijhe | Taalcafé, Olst | Beweegtuin, Heino",
        "Deelgebieden: Noord, A. | Zuid, B. | Oost, C.",
    )


# ---------------------------------------------------------------- initials alone, short particles


def test_initials_alone_after_a_clients_word_and_a_short_particle_are_replaced():
    assert redact("In het dossier van cliënt 'R.T.' ontbreekt de toestemming.") == [f"In het dossier van cliënt '{N}' ontbreekt de toestemming."]
    assert redact("Contactpersoon is Marit v. Asselt van het wijkcentrum.") == [f"Contactpersoon is {N} van het wijkcentrum."]


def test_abbreviations_in_capitals_with_dots_stay():
    same("N.B.: de cliënt heeft geen bezwaar; zie de A.V.G.-paragraaf.")


# ---------------------------------------------------------------- contact data and user names


def test_a_phone_number_with_an_en_dash_is_replaced_and_a_period_between_dates_stays():
    out = redact("Bel Hennie, 06 – 41 72 93 08, voor de maaltijdservice.")
    assert "41 72" not in out[0] and "93 08" not in out[0]
    same("De subsidie loopt van 01-01-2026 – 31-12-2027, spreekuur 09.00 – 12.00 uur.")


def test_an_address_written_with_at_and_a_number_with_another_dash_are_replaced():
    out = redact("Mail d.hoving [at] welzijn.nl of m.tuinman(at)buurtwerk.nl, bel 06\u201352418830 of 06\u201119283746.")[0]
    assert "hoving" not in out and "tuinman" not in out and "52418830" not in out and "19283746" not in out
    same("De inloop (at) home is open van 10.00\u201312.00; de actie loopt van 01\u201303\u20132026 \u2013 31\u201305\u20132026.")


def test_user_names_in_document_properties_are_replaced_and_functions_stay():
    assert redact("Eigenschappen: auteur 'pbakker', laatste bewerker 'jdevries'.") == [f"Eigenschappen: auteur '{N}', laatste bewerker '{N}'."]
    assert redact("Gewijzigd door m.kuiper op 12-03-2026.") == [f"Gewijzigd door {N} op 12-03-2026."]
    same("Auteur volgens eigenschappen: secretariaat; gewijzigd door: administratie.", "Gewijzigd door team.noord volgens de eigenschappen.")


# ---------------------------------------------------------------- file names


def test_file_names_with_name_parts_that_read_as_places_are_replaced():
    assert redact("Bijlage: CV_SanneBergVeen_2026.pdf") == [f"Bijlage: CV_{N}_2026.pdf"]
    assert redact("Zie Brief_Fenna_van_Eelde_concept.docx") == [f"Zie Brief_{N}_concept.docx"]
    assert redact("Zorgplan_terHorst-Bakker_v2.pdf staat open.") == [f"Zorgplan_{N}_v2.pdf staat open."]


def test_a_folder_written_surname_first_is_replaced_whole():
    assert redact("Map: Dossiers/Jeugd/Hofstede_Milan/plan.docx") == [f"Map: Dossiers/Jeugd/{N}/plan.docx"]


def test_file_names_of_words_and_places_stay():
    same("Zie Notulen_Raad_van_Toezicht_2026.pdf en Draaiboek_Brug_van_Sassenheim.docx.", "Overzicht_vanTiel_2026.xlsx")


# ---------------------------------------------------------------- messages


def test_a_salutation_stays_and_the_name_it_greets_goes():
    assert redact("Hi Joris, kun jij de sleutel brengen?") == [f"Hi {N}, kun jij de sleutel brengen?"]


def test_a_group_mention_and_a_ps_in_two_scripts_stay():
    same("@allen de teamdag begint om negen uur.", "\u03a1S: de formulieren liggen bij de receptie.")
