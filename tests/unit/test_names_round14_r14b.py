"""Round-14 forms of names in running text: forms of address of other languages, calling frames,
places used as surnames. Each test plants a name in a form that still reached the report (or took
a word with it) after round 13, and a line of the same shape that must come out unchanged. The
sentences are new: none is from a labelled bench set."""

from __future__ import annotations

from names_audit import N, redact, same


# ---------------------------------------------------------------- forms of address of other languages


def test_a_form_of_address_before_a_name_stays_and_the_name_goes():
    """"Auntie", "Mbok", "Nhô", "Bapak", "kuya", "Lalla": the title is kept, only the name is replaced."""
    assert redact("Auntie Grace kookt op vrijdag voor de inloop.") == [f"Auntie {N} kookt op vrijdag voor de inloop."]
    assert redact("Bapak Hendra zit de bewonerscommissie voor.") == [f"Bapak {N} zit de bewonerscommissie voor."]
    assert redact("We zien Nhô Tuan elke dinsdag bij de soos.") == [f"We zien Nhô {N} elke dinsdag bij de soos."]
    assert redact("De buren zeggen kuya Rodel tegen hem.") == [f"De buren zeggen kuya {N} tegen hem."]


def test_a_form_of_address_after_a_name_stays():
    """Turkish "hanım", "hoca" after the name and Hindi "-ji" glued to it are no part of the name."""
    assert redact("Volgens Ayşe hanım is de groep te vol.") == [f"Volgens {N} hanım is de groep te vol."]
    assert redact("Bij 'Meera-ji' voelen de vrouwen zich thuis.") == [f"Bij '{N}-ji' voelen de vrouwen zich thuis."]


def test_a_form_of_address_alone_is_no_name():
    """Without a name after it a title is left as it is, and a double first name with "Jan" stays whole."""
    same("In de wijk noemen ze elke oudere vrouw 'Auntie' of 'Mbok', uit respect.")
    assert redact("Kees-Jan Smeets opent de avond.") == [f"{N} opent de avond."]


def test_a_word_name_after_a_kin_title_is_a_name():
    """"oma Lief", "Opa Kers": a capitalised word after a kin title is the name; a service or a prize stays."""
    assert redact("De kleinkinderen noemen haar oma Lief.") == [f"De kleinkinderen noemen haar oma {N}."]
    same("Haar oma Thuiszorg belt niet, de Tante Riek-prijs gaat naar de buurt.")


def test_a_title_that_is_a_word_leads_a_name_only_capitalised():
    """"Sister Efua" is a title and a name; "een oudere sister" and "het Hooyo Café" are words."""
    assert redact("Sister Efua Mensah leidt het koor.") == [f"Sister {N} leidt het koor."]
    same("Een oudere sister van de kerk hielp mee in het Hooyo Café.")


# ---------------------------------------------------------------- names introduced by a calling frame


def test_a_name_after_a_calling_frame_is_a_name_even_when_it_is_a_word():
    """"noemen hem Snoek", "noemt zichzelf 'wolk'", "zeg maar tosj": the word in the name's slot is the name."""
    assert redact("Op de club noemen ze hem Snoek, al sinds de basisschool.") == [f"Op de club noemen ze hem {N}, al sinds de basisschool."]
    assert redact("het meisje noemt zichzelf 'wolk' in de groep") == [f"het meisje noemt zichzelf '{N}' in de groep"]
    assert redact("meneer tosjek (zeg maar tosj) komt op woensdag") == [f"meneer {N} (zeg maar {N}) komt op woensdag"]


def test_a_name_before_a_calling_frame_is_a_name():
    """"'pj' noemen ze hem", "'Kiki' genoemd", "een buurman die gijs heet"."""
    assert redact("hij heet eigenlijk peter-jan, 'pj' noemen ze hem") == [f"hij heet eigenlijk {N}, '{N}' noemen ze hem"]
    assert redact("Zij wordt op de afdeling 'Kiki' genoemd.") == [f"Zij wordt op de afdeling '{N}' genoemd."]
    assert redact("er is een buurman die gijs heet, die helpt mee") == [f"er is een buurman die {N} heet, die helpt mee"]


def test_more_calling_frames_name_a_person():
    """"die zich 'Kleine Bo' noemt", "niemand zegt Theodora", "(zeg maar ola)", "tb (zo heet hij ...)"."""
    assert redact("Er is een meisje die zich 'Kleine Bo' noemt.") == [f"Er is een meisje die zich '{N}' noemt."]
    assert redact("Ze heet Theodora, maar niemand zegt Theodora, alleen haar oma.") == [f"Ze heet {N}, maar niemand zegt {N}, alleen haar oma."]
    assert redact("aleksandra (zegt 'zeg maar ola') doet de taalles") == [f"{N} (zegt 'zeg maar {N}') doet de taalles"]
    assert redact("tb (zo heet hij in de app) rijdt de bus") == [f"{N} (zo heet hij in de app) rijdt de bus"]


def test_a_capitalised_word_before_genoemd_or_after_bekend_als_is_a_name():
    """"ze wordt Pluk genoemd", "bij de jongeren bekend als Snoek"; a method's or area's name stays."""
    assert redact("Op de groep wordt ze ook wel Pluk genoemd.") == [f"Op de groep wordt ze ook wel {N} genoemd."]
    assert redact("Hij is bij de jongeren bekend als Snoek.") == [f"Hij is bij de jongeren bekend als {N}."]
    same("De wijk werd vroeger Noord genoemd en de methode wordt Positieve Gezondheid genoemd.")


def test_a_quoted_name_a_group_calls_a_person_by_is_a_name():
    """"meneer Tran Van Binh, 'Binh' voor de kinderen": the quoted apposition is the person's name."""
    assert redact("vrijwilliger: meneer Tran Van Binh, 'Binh' voor de kinderen") == [f"vrijwilliger: meneer {N}, '{N}' voor de kinderen"]
    same("Er is een nieuw aanbod, 'Koken' voor de ouderen, en het is 'gratis' voor de kinderen.")


def test_a_quoted_name_after_a_role_a_calling_verb_names_is_a_name():
    """"noemde een oud-collega 'ben'", "noemde jongerenwerker 'Saab'": a listed first name in quotes, a verb too."""
    assert redact("ze noemde een oud-collega 'ben', die nu bij de gemeente werkt") == [f"ze noemde een oud-collega '{N}', die nu bij de gemeente werkt"]
    assert redact("Een meisje noemde jongerenwerker 'Sami' als haar vertrouwenspersoon.") == [f"Een meisje noemde jongerenwerker '{N}' als haar vertrouwenspersoon."]
    same("Ze noemt de groep 'Zonnebloem' en het project 'Buurtkracht'.")


def test_a_calling_frame_around_a_noun_a_term_or_a_title_stays():
    """A person's noun, a lowercase term, a title in quotes or a noun phrase after the frame are no names."""
    same(
        "Ze noemt haar moeder haar steunpilaar.",
        "Hij noemt haar werk zwaar.",
        "Zeg maar dat het goed is.",
        "De huiskamers worden in het plan 'ontmoetingsplekken' genoemd.",
        "De kleinkinderen noemen haar 'Mbok', zoals op Java.",
        "Hier zegt iedereen ja en niemand zegt nee.",
        "De buurt heet Zuid en het project wordt 'Samen Sterk' genoemd.",
    )


# ---------------------------------------------------------------- a listed town as a surname


def test_a_town_after_a_double_first_name_or_a_capitalised_word_name_is_the_surname():
    """"Gert-Jan Almelo", "Anne-Marie Hoogeveen" and "met Frank Heerenveen" mid-sentence are people."""
    assert redact("Het verslag is gelezen door Gert-Jan Almelo en de teamleider.") == [f"Het verslag is gelezen door {N} en de teamleider."]
    assert redact("Daarna belde ik met Frank Heerenveen over de planning.") == [f"Daarna belde ik met {N} over de planning."]


def test_a_town_after_a_place_word_or_an_organisation_stays():
    """"wijk Zutphen", "in Almelo" and a firm's name before a town are no person."""
    same("We werken in de wijk Zutphen en in Almelo, met Noord-Holland Hoogeveen als partner.")
    # a firm of capitalised words before its town's office: the town is no surname of the first name in it
    assert "Hengelo" in redact("De controle deed accountantskantoor Bright Linda Hengelo, net als vorig jaar.")[0]


def test_a_first_name_that_is_a_word_after_a_role_takes_its_particle_surname():
    """"vrijwilliger Roos van Wijngaarden": after a role, a first name that is a word leads the surname."""
    assert redact("Gesprek met vrijwilliger Roos van Wijngaarden over de route.") == [f"Gesprek met vrijwilliger {N} over de route."]
    same("Gesprek met de vrijwilligers van Wijngaarden over de route.")


# ---------------------------------------------------------------- a month as a first name before a surname


def test_a_month_capitalised_before_a_listed_surname_is_a_person():
    """"gesprek met Juni Visser": a capitalised month mid-sentence before a listed surname is a first name."""
    assert redact("Het gesprek met Juni Visser ging over de wachtlijst.") == [f"Het gesprek met {N} ging over de wachtlijst."]
    same("We starten in Juni Bakker-week niet, maar pas per Juli 2026.")
