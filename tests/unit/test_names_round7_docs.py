"""Round-7 document forms of the name check (names/documents.py, the round-7 venues and no-names):
what a toetser sees in the exported text. Each test plants a name in a pasted or document form that
reached the report in the round-6 blind set (mail headers, headings in capitals, file names), or an
ordinary line of the same shape, and reads the redacted text back. The sentences are new: none is
from a labelled bench set."""

from __future__ import annotations

from interviewer.domain.names import load_lexicon
from interviewer.domain.names.tokens import typo_of_word
from names_audit import N, redact, same


# ---------------------------------------------------------------- mail headers


def test_a_name_between_mail_labels_is_replaced_and_the_labels_stay():
    out = redact("From: Pieter-Bas Kamphuis Sent: dinsdag 4 november 2025 10:20 To: info@buurtwerk.nl Subject: planning")
    assert out[0].startswith(f"From: {N} Sent: dinsdag 4 november 2025")
    assert "Kamphuis" not in out[0] and "Pieter-Bas" not in out[0]
    out = redact("Van: Selin Aydın Verzonden: vrijdag 7 november 2025 09:02 Aan: Rik Smeets Onderwerp: Evaluatie")
    assert out == [f"Van: {N} Verzonden: vrijdag 7 november 2025 09:02 Aan: {N} Onderwerp: Evaluatie"]


def test_dutch_header_labels_alone_are_no_name():
    same("Verzonden: maandag 10 november 2025 16:45", "Onderwerp: RE: verslag MDO wijkteam Centrum")


# ---------------------------------------------------------------- headings in capitals


def test_initials_particles_and_surname_in_capitals_are_replaced():
    assert redact("OPGESTELD DOOR: K. VAN DEN BERG") == [f"OPGESTELD DOOR: {N}"]
    assert redact("GOEDGEKEURD: DRS. A.M. TER HORST, BESTUURDER") == [f"GOEDGEKEURD: DRS. {N}, BESTUURDER"]
    assert redact("NOTULIST: FLEUR DE GRAAF") == [f"NOTULIST: {N}"]
    assert redact("PARAAF: JANSEN EN VISSER") == [f"PARAAF: {N} EN {N}"]


def test_a_heading_in_capitals_of_venues_and_words_stays():
    same("HET ANKER – BUURTHUIS – OPENINGSTIJDEN", "BIJLAGE B. DE WERKWIJZE", "VASTGESTELD DOOR HET BESTUUR OP 4 NOVEMBER")
    same("NOTULIST: NVT", "OPGESTELD DOOR: GGD")  # an abbreviation after a label is no surname
    # a surname that is a word ("KELDER") in such a heading is no candidate, so it is not applied elsewhere
    same("DE KELDER – JONGERENCENTRUM – OPENINGSTIJDEN", "de sleutels van De Kelder liggen bij de beheerder")


# ---------------------------------------------------------------- file names


def test_names_in_file_names_are_replaced():
    assert redact("Verslag_gesprek_RoosVerbeek_2025.pdf") == [f"Verslag_gesprek_{N}_2025.pdf"]
    assert redact("handtekening_j.vanderlinden.png") == [f"handtekening_{N}.png"]
    assert redact("evaluatie_2025_stagiaire_iris.docx") == [f"evaluatie_2025_stagiaire_{N}.docx"]


def test_file_names_of_words_stay():
    same("handtekening_directeur.jpg", "evaluatie_stagebegeleiding_2025.pdf", "Presentatie_TeamDag_2025.pptx", "WhatsApp_export_2025.txt")
    # a word-name outside a file name keeps its word sense
    same("de stagiaire krijgt een roos bij haar afscheid")


# ---------------------------------------------------------------- bodies, methods, typos, venues


def test_public_bodies_and_methods_are_no_name():
    same(
        "vog aangevraagd via Justis, wachttijd nu 4 weken",
        "brieven vd Belastingdienst over toeslagen",
        "registratie in Omaha bij de wijkverpleging",
        "schuld bij het CJIB, aanvraag bij de SVB loopt",
    )


def test_a_typo_of_a_word_after_a_lowercase_name_is_no_surname():
    assert redact("met sanne besprken hoe de intake loopt") == [f"met {N} besprken hoe de intake loopt"]
    # a surname of no word list is still one
    assert redact("met sanne hoogendoorn besproken") == [f"met {N} besproken"]
    lex = load_lexicon()
    assert typo_of_word("besprken", lex) and typo_of_word("afgesprken", lex)
    assert not typo_of_word("kowalczyk", lex) and not typo_of_word("hoogendoorn", lex)


def test_a_venue_named_by_a_noun_after_a_dash_or_a_building_is_no_person_anywhere():
    same("De Schakel – wijkcentrum – huisregels", "de sleutels van De Schakel liggen bij de beheerder")
    same("uitwijken naar De Schakel zolang buurthuis De Linde dicht is")
    same("jongerencentrum De Kelder blijft open", "@iedereen: wie heeft de sleutel van De Kelder?")
    # a person led by an aanspreekvorm stays a person
    assert redact("mevr. De Brabander belde over haar aanvraag") == [f"mevr. {N} belde over haar aanvraag"]


def test_after_initials_a_compound_surname_is_replaced_and_a_street_stays():
    assert redact("gesprek met G. Roelofsen over de planning") == [f"gesprek met {N} over de planning"]
    assert redact("ONDERTEKEND: P.A. KOOLHOVEN") == [f"ONDERTEKEND: {N}"]
    assert redact("OPGESTELD: H. WOLTERINK") == [f"OPGESTELD: {N}"]
    same("J.P. Coenstraat 12, Utrecht", "zie bijlage C. Werkafspraken", "BIJLAGE C. WERKAFSPRAKEN")


def test_senders_and_recipients_of_a_mail_header_are_replaced_and_mailboxes_stay():
    out = redact("Van: Zwaantje Oosterbroek Verzonden: 3 november 2025 Aan: Gerbrand Zuidhoek; Teamleiders Onderwerp: rooster")
    assert out == [f"Van: {N} Verzonden: 3 november 2025 Aan: {N}; Teamleiders Onderwerp: rooster"]
    same(
        "Van: Secretariaat Welzijn Oost Verzonden: vrijdag 7 november 2025 Aan: Alle medewerkers Onderwerp: Kerstborrel",
        "From: Kwaliteitsbureau Sent: Monday To: Directie Subject: RE: auditplanning",
        "Van: Buurtteam Lombok Verzonden: maandag Aan: MT-leden; Onderwerp: concept",
    )


def test_a_chat_handle_of_a_first_name_and_an_initial_is_replaced_whole():
    assert redact("@sanne.b kun jij de lijst mailen?") == [f"@{N} kun jij de lijst mailen?"]
    assert redact("@joost.dewit graag voor vrijdag") == [f"@{N} graag voor vrijdag"]
    same("@iedereen graag voor vrijdag de uren invullen", "@kwaliteit: de nieuwe versie staat klaar")


def test_initials_before_a_surname_with_a_street_ending_and_glued_in_a_file_name():
    assert redact("DEELNEMERS: M. BOUZIANI, L. VERSTEEG") == [f"DEELNEMERS: {N}, {N}"]
    assert redact("Scan_handtekening_WvanDam.pdf") == [f"Scan_handtekening_{N}.pdf"]
    same("W. Kloosweg 3, Zwolle", "Bijlage_KPI_overzicht.xlsx")


def test_a_name_goes_on_over_a_particle_that_is_no_preposition():
    assert redact("Aafke van 't Hof neemt de notulen over.") == [f"{N} neemt de notulen over."]
    assert redact("Zwanet ter Horst belde terug") == [f"{N} belde terug"]


def test_the_speaker_of_a_pasted_chat_line_is_replaced_and_a_mailbox_stays():
    assert redact("[09:14] jorrit: ok, ik neem het over") == [f"[09:14] {N}: ok, ik neem het over"]
    assert redact("[16:20] roos: top") == [f"[16:20] {N}: top"]
    same("[09:16] Secretariaat: ja, ze liggen klaar", "[10:05] Wijkteam Zuid: overleg verplaatst", "10:15 Pauze: koffie")


def test_after_two_initials_a_surname_that_is_a_word_is_replaced():
    assert redact("Beoordelaar: ir. J.W. Hofstede") == [f"Beoordelaar: ir. {N}"]


def test_venues_in_the_cells_of_a_pasted_table_stay_and_people_there_do_not():
    same("Tabel 2 | Locatie | Aantal | De Kelder | 34 | Het Anker | 12", "Laatst bewerkt door Admin")
    assert redact("| Contact | De Vries | 12 | De Jong |") == [f"| Contact | {N} | 12 | {N} |"]


def test_recipients_written_surname_first_with_initials_are_replaced():
    out = redact("Aan: Kuipers, A.; Dijkstra, B. CC: Secretariaat Onderwerp: rooster")
    assert "Kuipers" not in out[0] and "Dijkstra" not in out[0]
    assert out[0].endswith("CC: Secretariaat Onderwerp: rooster")
