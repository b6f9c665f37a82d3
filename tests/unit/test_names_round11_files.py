"""Round-11 forms of the name check in registers, lists, file names, handles and contact data: what a
toetser sees in the exported text. Each test plants a name in a form that still reached the report
after round 10 (initials written as registers write them, a register row in capitals, a user name in
a file name, a social-media handle, the person an e-mail address names, an East Asian name in
lowercase syllables, a rota's day, a person's form field), and an ordinary line of the same shape
that must come out unchanged. The sentences are new: none is from a labelled bench set."""

from __future__ import annotations

from interviewer.domain.names import EMAIL_PLACEHOLDER
from names_audit import N, redact, same


# ---------------------------------------------------------------- initials as registers write them


def test_double_and_two_letter_initials_go_with_the_name():
    assert redact("Coördinator volgens het organogram: H-J. Brinkerink.") == [f"Coördinator volgens het organogram: {N}."]
    assert redact("Getekend voor akkoord, P.-J. Winter: wij zijn het eens.") == [f"Getekend voor akkoord, {N}: wij zijn het eens."]
    assert redact("Th. van Leeuwen en Chr. Bouzidi deden de RI&E.") == [f"{N} en {N} deden de RI&E."]


def test_initials_before_a_short_particle_and_three_initials_go_with_the_name():
    assert redact("Paraaf: F. v.d. Zande") == [f"Paraaf: {N}"]
    assert redact("4. J.M.A. Oukili - buurtsportcoach") == [f"4. {N} - buurtsportcoach"]


def test_dotted_capitals_that_spell_a_function_word_are_initials():
    assert redact("De aanvrager (O.M. Yilmaz) belde af.") == [f"De aanvrager ({N}) belde af."]


def test_an_abbreviation_before_a_name_keeps_its_capitals():
    assert redact("N.B. Pietersma belt morgen terug.") == [f"N.B. {N} belt morgen terug."]


def test_initials_a_nickname_in_brackets_and_a_particle_surname_that_is_a_word():
    assert redact("Naam: H.J. (Henk) van Dam | Wijk: Oost") == [f"Naam: {N} | Wijk: Oost"]


def test_initials_and_surname_typed_in_lowercase_after_an_aanspreekvorm():
    assert redact("gesproken met mw. j.c. brinkman-de wit, zij is mantelzorger") == [f"gesproken met mw. {N}, zij is mantelzorger"]
    same("mw. a. en haar zoon kwamen samen")


# ---------------------------------------------------------------- register rows


def test_register_rows_in_capitals_are_replaced():
    assert redact("Aanwezig: HOEKSTRA, T.; VERMEER, P.; ZWART-VAN DAM, E.") == [f"Aanwezig: {N}; {N}; {N}"]
    assert redact("VAN DEN HEUVEL, M. (COÖRDINATOR) - AFWEZIG") == [f"{N} (COÖRDINATOR) - AFWEZIG"]


def test_register_rows_with_capitalised_particles_or_particles_after_the_initials():
    assert redact("Van Beek, R. is de vaste contactpersoon.") == [f"{N} is de vaste contactpersoon."]
    assert redact("Linden, P. van der staat op de lijst van oktober.") == [f"{N} staat op de lijst van oktober."]


def test_a_body_in_capitals_before_a_letter_and_a_venue_row_stay():
    same("Zie de brief van GGD, A. en de toelichting bij WMO, B.")
    same("De Horizon, Willem de Zwijgerlaan 4, Zwolle")


# ---------------------------------------------------------------- file names, handles, e-mail


def test_a_user_name_in_a_file_name_is_replaced():
    assert redact("Bijlage: Plan_van_aanpak_2026_mbrinkman.docx") == [f"Bijlage: Plan_van_aanpak_2026_{N}.docx"]
    assert redact("Bestand: Evaluatie_deKoning_S_2025.pdf") == [f"Bestand: Evaluatie_{N}_2025.pdf"]
    same("Bestand: Overzicht_JOP_meldingen_2025.xlsx")


def test_maatschappelijk_werk_in_capitals_is_no_aanspreekvorm():
    same("Bestand: Dossiers_MW_Zonnewijzer_v2.xlsx")


def test_a_persons_social_media_handle_is_replaced_whole_and_a_bodys_account_stays():
    assert redact("Op TikTok noemt hij zich @kenzo.r_07.") == [f"Op TikTok noemt hij zich @{N}."]
    assert redact("Het account @brixano.x is een nepaccount.") == [f"Het account @{N} is een nepaccount."]
    same("Volg ons op Instagram: @buurtwerk.official en @oosterwijk.nieuws")


def test_the_person_an_email_address_names_is_found_in_its_text():
    assert redact("Contact: Wieteke Oldenkamp, wieteke.oldenkamp@buurtwerk.nl") == [f"Contact: {N}, {EMAIL_PLACEHOLDER}"]


def test_a_mailbox_word_stays_beside_its_address():
    assert redact("Vragen over de kwaliteit: kwaliteit.zorg@buurtwerk.nl") == [f"Vragen over de kwaliteit: {EMAIL_PLACEHOLDER}"]


def test_a_surname_with_run_together_particles_after_an_aanspreekvorm():
    assert redact("Brief aan dhr. VanderVelde over de huur") == [f"Brief aan dhr. {N} over de huur"]


# ---------------------------------------------------------------- East Asian names, lists, fields


def test_three_lowercase_syllables_with_a_surname_and_a_hyphened_given_name():
    out = redact("taalmaatje = xiao ming wang, sinds mei")[0]
    assert out.startswith(f"taalmaatje = {N}") and out.endswith(", sinds mei") and not any(w in out for w in ("xiao", "ming", "wang"))
    assert redact("In het panel zitten Fenna, Xiao-Ming en Jurre.") == [f"In het panel zitten {N}, {N} en {N}."]
    same("Op woensdag is er Tai-Chi in de grote zaal.")


def test_a_rota_day_before_a_colon_leads_a_list_parted_by_slashes():
    assert redact("Do: bas / merel (invallers)") == [f"Do: {N} / {N} (invallers)"]
    same("Ma: ik wil graag dat je komt")


def test_a_persons_field_with_a_first_name_and_a_word_surname():
    assert redact("Wijk: Kerkbuurt | Mentor: Jesse Smid") == [f"Wijk: Kerkbuurt | Mentor: {N}"]
    same("Mentor: Gemeente Zwolle | Wijk: Noord")


def test_an_initial_of_two_letters_takes_a_surname_no_rule_found_and_a_school_stays():
    assert redact("Th. Wolterink tekende het plan namens het bestuur.") == [f"{N} tekende het plan namens het bestuur."]
    same("Chr. Basisschool De Wegwijzer doet mee aan het project.")
