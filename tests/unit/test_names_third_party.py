"""At the capture line Ctrl+Y writes the gesprek's functie for a name, as it is most likely the
interviewee's; a name after kin or a paper and "van" is someone else's relative or file, and gets
a neutral role (issue #13: "a third party becomes a neutral role, not the interviewee's functie")."""

from __future__ import annotations

from interviewer.domain.names import replace_names

FUNCTIE = "de jongerenwerker"


def test_a_name_after_kin_and_van_becomes_the_relations_neutral_role():
    assert replace_names("de dochter van Petrenko belt", FUNCTIE) == "de dochter van een ouder belt"
    assert replace_names("De moeder van Youssef was er ook", FUNCTIE) == "De moeder van een kind was er ook"
    assert replace_names("het dossier van Kowalczyk is op orde", FUNCTIE) == "het dossier van een klant is op orde"


def test_a_name_after_an_unlisted_paper_and_van_becomes_een_betrokkene():
    assert replace_names("de VOG van Kowalczyk is verlopen", FUNCTIE) == "de VOG van een betrokkene is verlopen"


def test_the_interviewees_name_still_gets_the_functie():
    # near misses: the name is the subject, or "van" is a surname's particle after a role
    assert replace_names("Sanne vertelt over het inwerken", FUNCTIE) == "De jongerenwerker vertelt over het inwerken"
    assert replace_names("gesprek met Petrenko over de dochter", FUNCTIE) == "gesprek met de jongerenwerker over de dochter"
    assert replace_names("collega van Dijk belt terug", FUNCTIE) == "Een collega belt terug"


def test_the_functie_field_only_drops_the_name_of_a_third_party_too():
    out = replace_names("begeleider van Petrenko", "\x00", third_parties=False)
    assert out == "begeleider van \x00"


def test_a_name_joined_by_en_to_a_third_party_is_a_third_party_too():
    """"de dochter van Petrenko en Dirk-Jan Hoogeveen": both are someone else's; neither is the functie."""
    assert replace_names("de moeder van Youssef en Amira belt", FUNCTIE) == "de moeder van een kind en een kind belt"
    assert replace_names("de dochter van Petrenko en Dirk-Jan Hoogeveen belt", FUNCTIE) == "de dochter van een ouder en een ouder belt"
    # near miss: a name after the third party but not joined to it is the interviewee again
    assert replace_names("de moeder van Youssef belt Sanne terug", FUNCTIE) == "de moeder van een kind belt de jongerenwerker terug"
