"""Names are found in outgoing text and replaced; listed names can never survive."""

from __future__ import annotations

import pytest

from interviewer.domain.names import (
    PLACEHOLDER,
    SOURCE_CANDIDATE,
    SOURCE_DEDUCE,
    SOURCE_HEURISTIC,
    SOURCE_LIST,
    NameFinder,
    NameSpan,
    Replacer,
    audit_finder,
    listed_names_in,
    load_lexicon,
    name_hint,
    replace_names,
    scan,
)
from interviewer.domain.unicode_fold import normalise
from questionbank import load_bank


def found(text: str, avoid: tuple[str, ...] = (), heuristic: bool = True) -> list[str]:
    return [s.text for s in NameFinder(avoid=avoid, use_heuristic=heuristic).spans(text)]


def redact_all(texts: list[str], mode: str = "naam", functies: dict[str, str] | None = None, **kw) -> list[str]:
    finder = audit_finder(texts, **kw)
    replacer = Replacer(finder, functies, mode=mode)
    return [replacer.redact(t) for t in texts]


def test_listed_names_case_and_accent_insensitive_whole_words():
    avoid = ("Anja de Vries", "Zoë Çelik")
    assert found("Volgens ANJA DE VRIES gaat het goed.", avoid, heuristic=False) == ["ANJA DE VRIES"]
    assert found("zoe celik vertelde het.", avoid, heuristic=False) == ["zoe celik"]
    assert found("Anja de Vriesland", avoid, heuristic=False) == ["Anja"]


def test_parts_of_listed_names_only_when_capitalised():
    avoid = ("Karel Bos",)
    assert found("Toen zei Bos dat het klopte.", avoid, heuristic=False) == ["Bos"]
    assert found("Het jongerenwerk zit aan de rand van het bos.", avoid, heuristic=False) == []


def test_titles_initials_first_names_and_surnames():
    assert found("Het gesprek met mevrouw Bakker was open.") == ["Bakker"]  # the title names no one
    assert found("Dhr. van der Berg en collega Pieter Jansen schoven aan.") == ["van der Berg", "Pieter Jansen"]
    assert found("Marieke de Jong vertelde over de wijk.") == ["Marieke de Jong"]
    assert found("Het verslag is van J.P. Smit en A. de Vries.") == ["J.P. Smit", "A. de Vries"]
    assert found("Familie Öztürk kwam langs; Kevin, Youssef, Sven en Roos ook.") == ["Öztürk", "Kevin", "Youssef", "Sven", "Roos"]
    assert found("Daarover vertelde Anja. De teamleider vulde aan.") == ["Anja"]


def test_names_typed_in_a_hurry():
    assert found("collega mo en sanne bespreken de casus met jan") == ["mo", "sanne", "jan"]
    assert found("Ahmeds moeder en Sannes buddy, en Yusuf's idee") == ["Ahmeds", "Sannes", "Yusuf's"]
    assert found("Notulen klankbordgroep (voorzitter Pietersen)") == ["Pietersen"]
    assert found("Coördinator vrijwilligers Sanne") == ["Sanne"]


def test_pasted_spellings_are_found_and_replaced_in_the_original_text():
    for spelling in ("San\u00adne", "Sa\u200bnne", "S\u0430nne", "Ｓａｎｎｅ", "\u202aSanne\u202c"):
        text = f"Het verslag van {spelling} is klaar."
        out = redact_all([text])[0]
        assert out.replace("\u202a", "").replace("\u202c", "") == f"Het verslag van {PLACEHOLDER} is klaar.", spelling


def test_normalise_maps_positions_back():
    n = normalise("Ｄａａｎ en San\u00adne")
    assert n.text == "Daan en Sanne"
    s, e = n.span(8, 13)
    assert n.original[s:e] == "San\u00adne"


def test_contact_data_is_replaced_everywhere():
    out = redact_all(["Mail s.vandenberg@welzijn.nl of bel 06-12345678."])
    assert out == ["Mail [e-mailadres] of bel [telefoonnummer]."]


def test_ordinary_text_is_left_alone():
    text = (
        "Ben je nieuw, dan krijg je een buddy. Collega's bespreken casussen in het team. "
        "De organisatie werkt met de Wmo en het Jeugdfonds in Den Haag. We plantten roos en iris in de wijktuin. "
        "Het Huis van de Wijk in Rotterdam-Zuid werkt met Veilig Thuis en de Raad van Toezicht."
    )
    assert found(text) == []


def test_no_false_positives_in_the_question_bank():
    bank = load_bank()
    finder = NameFinder()
    texts = [t for n in bank.norms for t in (n.text, n.kan_blijken_uit, *n.evidence, *(q.text for q in n.questions))]
    assert [s.text for t in texts for s in finder.spans(t)] == []


def test_a_found_name_is_applied_everywhere_but_never_to_an_everyday_word():
    texts = [
        "Het gesprek met dhr. Pietersen ging over klachten.",
        "Pietersen vindt de regeling helder; pietersens voorstel en Pietersens notitie ook.",
        "Collega Ben de Wit vertelt over het inwerken.",
        "Ik ben tevreden, zegt een medewerker.",
    ]
    out = redact_all(texts)
    assert out[1] == "[naam] vindt de regeling helder; [naam] voorstel en [naam] notitie ook."
    assert out[2] == "Collega [naam] vertelt over het inwerken."
    assert out[3] == texts[3]  # "ik ben" stays


def test_replace_by_placeholder_or_functie():
    finder = NameFinder(avoid=("Anja de Vries",))
    by_naam = Replacer(finder, {"Anja de Vries": "teamleider"})
    assert by_naam.redact("Anja de Vries vertelt over het inwerken.") == f"{PLACEHOLDER} vertelt over het inwerken."
    by_functie = Replacer(finder, {"Anja de Vries": "teamleider"}, mode="functie")
    assert by_functie.redact("Anja de Vries vertelt over het inwerken.") == "De teamleider vertelt over het inwerken."
    assert by_functie.redact("Het gesprek met Anja ging over inwerken.") == "Het gesprek met de teamleider ging over inwerken."


def test_a_replacement_after_a_notes_shorthand_takes_no_capital_but_one_after_a_full_stop_does():
    # "resp." and "opm." end no sentence: the functie that replaces the name stays lowercase there,
    # in the export and on the capture line alike
    finder = NameFinder(avoid=("Anja de Vries",))
    by_functie = Replacer(finder, {"Anja de Vries": "teamleider"}, mode="functie")
    assert by_functie.redact("resp. Anja de Vries vertelt over het inwerken.") == "resp. de teamleider vertelt over het inwerken."
    assert by_functie.redact("Inwerken besproken. Anja de Vries vult aan.") == "Inwerken besproken. De teamleider vult aan."
    assert replace_names("resp. ineke mus zegt dat het goed gaat", "de jongerenwerker") == "resp. de jongerenwerker zegt dat het goed gaat"
    assert replace_names("opm. sanne belt morgen terug", "de jongerenwerker") == "opm. de jongerenwerker belt morgen terug"
    assert replace_names("Gesprek gehad. sanne vertelt", "de jongerenwerker") == "Gesprek gehad. De jongerenwerker vertelt"


def test_a_third_person_becomes_a_neutral_role_not_the_toetser():
    # a toetser is called Kees Bakker; "meneer Bakker" in an interviewee's quote is someone else
    finder = NameFinder(avoid=("Kees Bakker",))
    replacer = Replacer(finder, {"Kees Bakker": "toetser"}, mode="functie")
    assert replacer.redact("Volgens meneer Bakker (staf) klopt dat.") == "Volgens een collega (staf) klopt dat."
    assert replacer.redact("Moeder Fatima voelde zich gehoord.") == "Een ouder voelde zich gehoord."
    assert replacer.redact("Kees Bakker vatte samen.") == "De toetser vatte samen."  # the full name: the toetser


def test_reviews_keep_a_word_or_add_a_name():
    texts = ["Het project Zwoeleburg loopt goed.", "Daarna sprak Kwasibah over de wijk."]
    finder = audit_finder(texts)
    assert [s.source for s in finder.spans(texts[1])] == [SOURCE_CANDIDATE]
    assert redact_all(texts, reviews={"zwoeleburg": False})[0] == texts[0]
    out = redact_all([*texts, "kwasibah belde terug."], reviews={"kwasibah": True})
    assert out[2] == f"{PLACEHOLDER} belde terug."


def test_scan_groups_names_and_tells_where_they_came_from():
    finder = NameFinder(avoid=("Anja de Vries",))
    result = scan(["anja de vries zegt ja.", "Volgens Anja de Vries klopt het.", "Met mevrouw Bakker."], Replacer(finder))
    assert [(f.name, f.count, f.sources) for f in result] == [
        ("anja de vries", 2, (SOURCE_LIST,)),
        ("Bakker", 1, (SOURCE_HEURISTIC,)),
    ]


@pytest.mark.parametrize("text", ["Anja de Vries", "ANJA  DE\nVRIES", "Anja de Vriës", "Anja de Vr\u00adies"])
def test_listed_names_in_is_the_final_check(text):
    assert listed_names_in(f"Tekst met {text} erin.", ["Anja de Vries"]) == ["Anja de Vries"]
    assert NameFinder(avoid=("Anja de Vries",), use_heuristic=False).spans(f"Tekst met {text} erin.")[0].text == text


def test_lexicon_is_data():
    lexicon = load_lexicon()
    assert len(lexicon.first) >= 3000 and len(lexicon.last) >= 1500
    assert {"youssef", "tesfaye", "ozturk", "kowalski", "ramdin"} <= lexicon.first | lexicon.last | {"ozturk"}
    assert lexicon.ordinary("ben") and lexicon.ordinary("roos") and not lexicon.ordinary("jan")
    assert lexicon.dutch("vrijwilligersbeleid")  # compounds of Dutch words are words


def test_hint_and_replacement_at_the_source():
    assert name_hint("Coördinator vrijwilligers Sanne") == ["Sanne"]
    assert name_hint("Het jaarplan is besproken in het MT.") == []
    assert name_hint("gesprek met sanne over de intake, Sanne doet de eerste gesprekken") == ["sanne"]  # one name, named once
    assert replace_names("sanne vertelt over de buddy", "de jongerenwerker") == "De jongerenwerker vertelt over de buddy"


def test_deduce_spans_lose_the_neighbouring_word_and_never_take_a_place():
    def fake_deduce(text: str) -> list[NameSpan]:
        i = text.index("met Zwoelie")
        j = text.index("Jongerencentrum De Buurt")
        return [NameSpan(i, i + len("met Zwoelie"), "met Zwoelie", SOURCE_DEDUCE), NameSpan(j, j + 24, text[j : j + 24], SOURCE_DEDUCE)]

    finder = NameFinder(extra=fake_deduce)
    text = "Gesprek met Zwoelie in Jongerencentrum De Buurt."
    spans = [(s.text, s.source) for s in finder.spans(text) if s.source == SOURCE_DEDUCE]
    assert ("Zwoelie", SOURCE_DEDUCE) in spans and all("met" not in t for t, _ in spans)


def test_without_deduce_the_finder_still_works(monkeypatch):
    import sys

    from interviewer.domain.names import deduce_spans_factory

    monkeypatch.setitem(sys.modules, "deduce", None)
    assert deduce_spans_factory() is None
    assert found("Het gesprek met mevrouw Bakker.", ("Anja de Vries",)) == ["Bakker"]


def _fake_deduce(monkeypatch, load) -> None:  # noqa: ANN001
    """A stand-in `deduce` package whose Deduce() runs `load` (deduce is not installed here)."""
    import sys
    import types

    class Annotation:
        def __init__(self, text: str, start: int) -> None:
            self.text, self.start_char, self.end_char, self.tag = text, start, start + len(text), "persoon"

    class Deduce:
        def __init__(self) -> None:
            load()

        def deidentify(self, text: str):  # noqa: ANN202
            i = text.find("Zwoelie")
            return types.SimpleNamespace(annotations=[Annotation("Zwoelie", i)] if i >= 0 else [])

    monkeypatch.setitem(sys.modules, "deduce", types.SimpleNamespace(Deduce=Deduce))


def test_deduce_load_says_what_to_expect_and_counts_the_seconds(monkeypatch):
    import time

    from interviewer.domain.names import deduce_spans_factory
    from interviewer.domain.names.replace import DEDUCE_LOAD_TIME

    _fake_deduce(monkeypatch, lambda: time.sleep(0.3))
    said: list[str] = []
    spans = deduce_spans_factory(progress=said.append, tick=0.05)
    assert DEDUCE_LOAD_TIME in said[0] and "5 minuten" in said[0]  # the measured 317 s, not "ca. 1 minuut"
    assert sum("deduce laden…" in m for m in said) >= 2  # the count goes on while deduce builds its tables
    assert said[-1].startswith("deduce geladen in")
    assert [s.text for s in spans("Gesprek met Zwoelie.")] == ["Zwoelie"]


def test_a_broken_deduce_is_reported_to_the_caller(monkeypatch):
    from interviewer.domain.names import deduce_spans_factory

    def broken() -> None:
        raise OSError("tabellen onleesbaar")

    _fake_deduce(monkeypatch, broken)
    with pytest.raises(OSError, match="tabellen onleesbaar"):
        deduce_spans_factory(tick=0.05)


def test_the_cli_export_goes_on_without_a_broken_deduce_and_says_so(monkeypatch, tmp_path, capsys):
    from interviewer import cli
    from interviewer.demo import fresh_copy

    def broken() -> None:
        raise OSError("tabellen onleesbaar")

    _fake_deduce(monkeypatch, broken)
    out = tmp_path / "r.md"
    assert cli.main(["export", str(fresh_copy(tmp_path)), "--werkversie", "--md", str(out)]) == 0
    err = capsys.readouterr().err
    assert "deduce laden (de eerste keer ruim 5 minuten" in err
    assert "deduce kon niet laden (tabellen onleesbaar); alleen de lijst en de naamheuristiek worden gebruikt." in err
    assert out.exists()


def test_phone_numbers_in_the_ways_people_write_them():
    text = "Bel +31 6 1234 5678, 0031 6 12345678, +31 (0)30 234 5678, (010) 123 45 67, 020-1234567 of 06 1234 5678."
    assert found(text) == ["+31 6 1234 5678", "0031 6 12345678", "+31 (0)30 234 5678", "(010) 123 45 67", "020-1234567", "06 1234 5678"]
    # dates, times, service numbers and years are no phone numbers
    assert found("Spreekuur 09.00-12.00 uur op 01-12-2025; Veilig Thuis 0800-2000; plan 2023-2026.") == []


def test_a_phone_number_in_brackets_after_a_name_is_replaced():
    # a rota or a signature puts the number in brackets: "(06-…)" was left whole in the report
    assert found("Bereikbaar: Ruud (06-41230987) of Hanna (0612345678).") == ["Ruud", "06-41230987", "Hanna", "0612345678"]
    assert found("Dienst: Kees [06 2345 6789], reserve (+31 6 3456 7890)") == ["Kees", "06 2345 6789", "+31 6 3456 7890"]
    # a year, a case number and a service number in brackets stay
    assert found("Beleidsplan (2023-2026), zaak (KL-2026-009), Veilig Thuis (0800-2000).") == []


def test_particle_led_surnames_at_the_start_of_a_line_or_sentence():
    assert found("Van der Linden zegt dat de intervisie maandelijks is.") == ["Van der Linden"]
    assert found("van der Linden: functioneringsgesprekken 1x per jaar") == ["van der Linden"]
    assert found("De Jong gaf aan dat de VOG verplicht is.") == ["De Jong"]
    assert found("El Idrissi stuurt het overzicht na.") == ["El Idrissi"]
    # a preposition before a first name or an organisation is no particle
    assert found("Van Nadia hoorden we dat het goed ging.") == ["Nadia"]
    assert found("Het rooster van de Wmo-consulent en de brief van de Belastingdienst.") == []


def test_prefixed_hyphenated_and_lowercase_full_names():
    assert found("al-hassan en zijn maatje lieke oefenen in de bieb") == ["al-hassan", "lieke"]
    assert found("Abdel-Rahman en Öztürk-de Vries kwamen ook.") == ["Abdel-Rahman", "Öztürk-de Vries"]
    assert found("mulder-de graaf wil meer eigen regie") == ["mulder-de graaf"]
    assert found("jongerenwerker marek kowalczyk kent de meldcode") == ["marek kowalczyk"]
    assert found("el khatib (jongerenwerker) gebruikte de meldcode") == ["el khatib"]


def test_a_word_in_two_scripts_is_a_name_even_when_no_list_has_it():
    # Kwabena is in no list; its Cyrillic а gives it away
    assert found("Het gesprek met Kw\u0430bena ging over de roosters.") == ["Kw\u0430bena"]


def test_streets_titles_events_places_and_idioms_are_no_person():
    for text in (
        "Het buurthuis aan de Burgemeester de Withstraat en de Karel Doormanstraat 5.",
        "Spreekuur aan de Koningin Julianalaan en de Prins Hendrikkade.",
        "Keti Koti en het Suikerfeest worden in het buurthuis gevierd.",
        "Na de vakantie start een nieuwe groep Taal Doet Meer.",
        "Het beleidsplan 'Samen in de Wijk' en het Centrum voor Jeugd en Gezin.",
        "De gemeenten Lingewaard en Overbetuwe financieren het samen.",
        "dat weet jan en alleman, er zit weer fleur in de wijk, ik ben blij",
        "de jongerenwerker kent de roos en de mars van de wijk",
        "Tatjana's groep Russischtalige ouderen",
    ):
        assert [s for s in found(text) if s != "Tatjana's"] == [], text


def test_titles_do_not_hide_people():
    # two surnames joined, or a sentence's first word before a particle, make no title
    assert found("Volgens de Vries en Bakker en Visser gaat het goed.") == ["de Vries", "Bakker", "Visser"]
    assert found("Gesprek met de Vries over de klachten.") == ["de Vries"]


def test_the_no_name_vocabulary_is_data_and_a_broken_file_is_refused_in_dutch(tmp_path):
    import shutil

    import pytest

    from questionbank import BankError
    from questionbank.loader import DATA_DIR, load_name_lists_from

    lists = load_name_lists_from(DATA_DIR)
    assert "straat" in lists.straat_achtervoegsels and "Keti Koti" in lists.geen_namen and "Lingewaard" in lists.plaatsen
    assert "jan" in lists.klein_ook_naam and "al" in lists.naam_voorvoegsels
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    path = data / "geen_namen.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("straat_achtervoegsels =", "straat_endings ="), encoding="utf-8")
    with pytest.raises(BankError, match=r"geen_namen\.toml.*straat_achtervoegsels.*ontbreekt"):
        load_name_lists_from(data)


def test_a_sentence_start_word_that_is_a_first_name_is_a_person_before_a_verb_or_parenthesis():
    assert found("Bas is als teamleider pas 3 mnd in functie.") == ["Bas"]
    assert found("Ben (vrijwilliger klussendienst, 72) zegt dat hij geen VOG heeft.") == ["Ben"]
    assert found("Ben je er morgen bij?") == []
    assert found("Mark het dossier als afgesloten na de evaluatie.") == []
    assert found("Dan is er nog de evaluatie. Elke (nieuwe) vrijwilliger krijgt een maatje.") == []


def test_a_surinamese_chinese_name_in_parts_is_one_name():
    assert found("De heer Tjon A Joe licht toe dat de meting doorloopt.") == ["Tjon A Joe"]
    assert found("Tjin A Djie zegt dat het goed gaat.") == ["Tjin A Djie"]
    assert found("Groep A start in mei.") == []


def test_a_one_word_place_right_after_a_first_name_is_the_surname():
    assert found("overleg Ingrid Hoogeveen coördinator") == ["Ingrid Hoogeveen"]
    assert found("bezoek van Anna Paulowna aan de wijk") == []
    assert found("belt Sanne Veilig Thuis") == ["Sanne"]


def test_a_capitalised_word_after_a_first_name_is_the_surname_even_when_the_word_list_has_it():
    assert found("gesprek René Doornbos bestuurder – governancecode") == ["René Doornbos"]


def test_a_format_character_inside_an_unlisted_capitalised_word_marks_a_disguised_name():
    assert found("notulen (secretaris Hooge\u00adveen) – advies ontbreekt") == ["Hooge\u00adveen"]
    assert found("een Organi\u00adsatie in de wijk") == []


def test_a_listed_phrase_protects_its_hyphen_compound_and_registration_systems_are_no_names():
    texts = ["Keti Koti en Suikerfeest staan in het jaarprogramma.", "Bewoners organiseerden de Keti Koti-maaltijd."]
    assert redact_all(texts) == texts
    assert found("Hij legt het daarna in Regas vast.") == []
