"""Round-9 recall forms of files, lists, registers and contact data: what a toetser sees in the
exported text. Each test plants a person in a form that still reached the report after round 8
(the parts of a file or folder name, initials with "vd" between, a trailing initial, an inverted
register name, a second phone number in one cell) and an ordinary line of the same shape that must
come out unchanged. The sentences are new: none is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


# ---------------------------------------------------------------- file and folder names


def test_initials_glued_to_a_surname_in_a_file_name_are_replaced():
    out = redact("Gezien: Jaarplan_2026_wijkteam_RBosscher_v4.docx en Evaluatie_LvdHeuvel.pdf")
    assert out == [f"Gezien: Jaarplan_2026_wijkteam_{N}_v4.docx en Evaluatie_{N}.pdf"]


def test_full_names_in_lowercase_or_hyphens_in_a_file_name_are_replaced():
    out = redact("Bijlagen: intake_ilse_kramer_def.pdf, verslag-huisbezoek-Nadia-Bouzid.docx en evaluatie-pieter-de-graaf-2025.xlsx")
    assert "ilse" not in out[0] and "kramer" not in out[0] and "Bouzid" not in out[0] and "graaf" not in out[0]
    assert "intake_" in out[0] and "verslag-huisbezoek-" in out[0] and "evaluatie-" in out[0] and "_def.pdf" in out[0]


def test_a_camel_case_name_and_glued_particles_in_a_file_name_are_replaced():
    out = redact("Opgeslagen als gesprek_HannaKowalska_nov.docx en OverdrachtDeBoer_2026.pdf")
    assert out == [f"Opgeslagen als gesprek_{N}_nov.docx en Overdracht{N}_2026.pdf"]


def test_a_surname_and_initial_in_a_folder_name_are_replaced():
    out = redact("In de verkenner stond de map 'Brouwer_K_ziekteverzuim' open.")
    assert out == [f"In de verkenner stond de map '{N}_ziekteverzuim' open."]


def test_file_names_of_words_and_abbreviations_stay():
    same(
        "Zie Beleidsplan_Jeugd_en_Gezin_2026_def.docx en Notulen_MT_2025-10-02.pdf.",
        "De map 'Privacy_AVG_register' is alleen voor de FG toegankelijk.",
        "Presentatie_TeamDag_Najaar.pptx en Jaarverslag-Welzijn-Zuid-2025.pdf staan op de site.",
        "Handleiding_Signs_of_Safety_2024.pdf wordt dit jaar vervangen.",
    )


# ---------------------------------------------------------------- initials standing for a person


def test_initials_with_vd_between_are_replaced():
    out = redact("Actie: PvdW mailt de huurders; afgetekend door A.v.d.K. op 3 maart.")
    assert out == [f"Actie: {N} mailt de huurders; afgetekend door {N} op 3 maart."]


def test_bodies_of_that_shape_stay():
    same("De RvdK is ingeschakeld; de PvdA-fractie stelde vragen in de raad.", "Het MT plant de evaluatie in; AB stelt het budget vast.")


# ---------------------------------------------------------------- trailing initials, registers


def test_a_name_with_a_trailing_initial_is_replaced_whole():
    out = redact("Afspraak met Anouk D. over de overdracht; dossier 'Schuldhulp Yildiz M. 2025' gezien.")
    assert out == [f"Afspraak met {N} over de overdracht; dossier 'Schuldhulp {N} 2025' gezien."]


def test_an_inverted_register_name_is_replaced_with_its_initial():
    out = redact("Naam: Hoogeveen, T. | Functie: sociaal werker | Team: Oost")
    assert out == [f"Naam: {N} | Functie: sociaal werker | Team: Oost"]


def test_an_appendix_letter_stays():
    same("Zie Bijlage A. voor de planning en Bijlage B. voor de begroting.")


# ---------------------------------------------------------------- contact data


def test_two_phone_numbers_in_one_cell_are_both_replaced():
    out = redact("tolk | Arabisch | +32 470 55 12 90 / 06 2233 4455")
    assert "470" not in out[0] and "4455" not in out[0] and "2233" not in out[0]
    assert out[0].startswith("tolk | Arabisch | ")
    out = redact("mentor: 06-2147 3390/06-5512 8876, na 16 uur")
    assert "3390" not in out[0] and "8876" not in out[0] and out[0].startswith("mentor: ") and out[0].endswith(", na 16 uur")
    same("Inloop ma/wo/vr 09:00-12:00; dossiernummer 2025/004512; datum 01/02/2026.")


def test_initials_acting_next_to_initialled_people_are_replaced_and_bodies_stay():
    out = redact("Acties: GvdM belt de verhuurder; RS stuurt de brief; OR krijgt een kopie.")
    assert out == [f"Acties: {N} belt de verhuurder; {N} stuurt de brief; OR krijgt een kopie."]
    same("Acties: MT stelt de begroting vast; AB keurt het plan goed; HR plant de gesprekken in.")


def test_a_full_name_with_particles_in_a_list_of_names_is_replaced_whole():
    out = redact("De commissie: Ilse Bosman, Gerard van Dalen en Mirjam Dekker.")
    assert out == [f"De commissie: {N}, {N} en {N}."]
    same("Partners zijn Humanitas, Vluchtelingenwerk en de bibliotheek van Zwolle.")


def test_a_surname_led_by_particles_in_a_file_name_is_replaced_and_phrases_stay():
    out = redact("Gezien: brief_familie_el_amrani.docx en evaluatie_de_jong_def.pdf")
    assert out == [f"Gezien: brief_familie_{N}.docx en evaluatie_{N}_def.pdf"]
    same("Zie Krant_van_de_Week_2025.pdf, Stand_van_zaken_Wmo.docx en notulen_de_kelder_najaar.docx.")


def test_initials_after_a_label_only_a_person_follows_are_replaced():
    out = redact("Paraaf: JB (teamleider); notulist: MK")
    assert out == [f"Paraaf: {N} (teamleider); notulist: {N}"]
    same("Goedgekeurd: MT; akkoord: RvT; aanwezig: OR en MT; notulist: secretariaat")
