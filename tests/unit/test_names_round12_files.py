"""Round-12 forms of the name check in lists, registers, chat exports, handles, user names and file
names: what a toetser sees in the exported text. Each test plants a name in a form that still
reached the report after round 11 (a list of surnames with initials after them, a register row
split by "/", a dash or ";" fields, a pasted CSV row, a chat display name with letters, a handle
that runs a first name and surname together, a Windows account, a particle glued in a file name),
and an ordinary line of the same shape that must come out unchanged. The sentences are new: none
is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


# ---------------------------------------------------------------- lists of surnames with initials


def test_a_list_of_surnames_with_initials_after_them_is_a_list_of_people():
    assert redact("Presentielijst: Regelink P., Zomer A., van Beek K. (stagiair), Bos M.") == [
        f"Presentielijst: {N}, {N}, {N} (stagiair), {N}"
    ]
    assert redact("tabblad Haaksbergen: Nijhuis G. (bus), Winter H.J. (koffie)") == [f"tabblad Haaksbergen: {N} (bus), {N} (koffie)"]


def test_a_list_of_document_parts_with_letters_stays():
    same("Zie Bijlage A., Bijlage B. en Bijlage C. bij het verslag.")
    same("De planning kent Fase A., Fase B. en een evaluatie.")


# ---------------------------------------------------------------- register rows and CSV rows


def test_inverted_rows_split_by_a_slash_or_a_dash():
    assert redact("lijst: Kamphuis, R. / Doornbos, E. (verlopen)") == [f"lijst: {N} / {N} (verlopen)"]
    assert redact("rij 9: Oosterveld, T. — VOG 12-03-2021") == [f"rij 9: {N} — VOG 12-03-2021"]


def test_a_csv_row_names_its_person_in_the_first_fields():
    out = redact("Hilbrink;Tessa;vrijwilliger;2024", "Dekker-Scholten;Annelies;coördinator;2023")
    assert out == [f"{N};vrijwilliger;2024", f"{N};coördinator;2023"]
    assert redact("Kaptein; W.; maatje; VOG 2025") == [f"{N}; maatje; VOG 2025"]


def test_later_fields_of_a_csv_row_stay():
    same("12-03; Taalhuis; Sint-Jozef; taal; Bibliotheek")
    same("Export kolom team: Noord; Noord; Centrum")


def test_a_village_after_a_first_name_and_particle_is_no_inverted_row():
    assert redact("Coördinator Zuidwolde, Gerrit ter Velde, gaf een toelichting.") != [
        "Coördinator Zuidwolde, Gerrit ter Velde, gaf een toelichting."
    ]
    assert "Gerrit ter Velde" not in redact("Coördinator Zuidwolde, Gerrit ter Velde, gaf een toelichting.")[0]


def test_capitals_in_an_attendance_list_of_bodies_stay():
    same("Overleg netwerk, aanwezig: SWT, Woonbedrijf, GGD en de huisartsen.")
    assert redact("Aanwezig: JB, MK, FG") == [f"Aanwezig: {N}, {N}, FG"]


# ---------------------------------------------------------------- chat display names


def test_a_chat_display_name_with_letters_after_the_first_name():
    assert redact("[10:41] Marleen JH: wie heeft de sleutel?") == [f"[10:41] {N}: wie heeft de sleutel?"]


def test_a_chat_line_of_a_team_with_letters_stays():
    same("[10:42] Team MT: overleg verplaatst naar donderdag")


# ---------------------------------------------------------------- handles and user names


def test_a_handle_of_a_first_name_and_surname_run_together():
    assert redact("Zie ook het account @lotteberends_jw voor de foto's.") == [f"Zie ook het account @{N} voor de foto's."]
    assert redact("Een reactie van @bram.haverkamp.enschede onder de post.") == [f"Een reactie van @{N} onder de post."]
    assert redact("De tiktok van @wouter_hs_deurne is openbaar.") == [f"De tiktok van @{N} is openbaar."]


def test_a_handle_of_a_body_stays():
    same("Volg ook @jongerenwerk.deventer en @buurthuis_oost voor de activiteiten.")


def test_a_windows_account_and_a_login_are_user_names():
    assert redact("Van: ZWT\\hkoster namens Secretariaat") == [f"Van: ZWT\\{N} namens Secretariaat"]
    assert redact("De laptop was ingelogd als hvermeulen tijdens het gesprek.") == [f"De laptop was ingelogd als {N} tijdens het gesprek."]


def test_a_login_as_a_role_stays():
    same("De laptop was ingelogd als beheerder tijdens het gesprek.")


# ---------------------------------------------------------------- file names and words


def test_a_particle_glued_to_a_surname_that_is_a_word_in_a_file_name():
    assert redact("Bijlage: werkplan_vdBergen.pdf") == [f"Bijlage: werkplan_{N}.pdf"]


def test_a_municipality_after_a_glued_particle_in_a_file_name_stays():
    same("Bestand: Begroting_vanTiel_2026.xlsx, voor de gemeente.")


def test_a_surname_with_a_dutch_ij_is_no_camel_case():
    assert redact("Gesprek met Floortje IJzerman over de inloop.") == [f"Gesprek met {N} over de inloop."]
    same("De jongeren komen uit IJsselstein en varen op de IJssel.")


def test_van_before_a_first_name_after_a_role_is_the_preposition():
    assert redact("Een collega van Sanne belde terug.") == [f"Een collega van {N} belde terug."]


def test_a_dutch_compound_with_a_soft_hyphen_is_no_disguised_name():
    same("Mantel\u00adzorg en respijtzorg worden aangeboden.")
    assert redact("Gesprek met Wil\u00adlemijn over de mantelzorg.") == [f"Gesprek met {N} over de mantelzorg."]


def test_a_vietnamese_name_with_its_tones():
    assert redact("Cliënte Phạm Thị Lan, 68, komt elke week naar de taalles.") == [f"Cliënte {N}, 68, komt elke week naar de taalles."]
    same("De Vietnamese pho en de banh mi waren op.")
