"""Names are found in outgoing text and replaced; listed names can never survive."""

from __future__ import annotations

import pytest

from interviewer.domain.names import (
    PLACEHOLDER,
    SOURCE_HEURISTIC,
    SOURCE_LIST,
    NameFinder,
    Replacer,
    listed_names_in,
    load_lexicon,
    scan,
)
from questionbank import load_bank


def found(text: str, avoid: tuple[str, ...] = (), heuristic: bool = True) -> list[str]:
    return [s.text for s in NameFinder(avoid=avoid, use_heuristic=heuristic).spans(text)]


def test_listed_names_case_and_accent_insensitive_whole_words():
    avoid = ("Anja de Vries", "Zoë Çelik")
    assert found("Volgens ANJA DE VRIES gaat het goed.", avoid, heuristic=False) == ["ANJA DE VRIES"]
    assert found("zoe celik vertelde het.", avoid, heuristic=False) == ["zoe celik"]
    # whole words only: "Anja de Vriesland" is not the listed name, though "Anja" alone is caught
    assert found("Anja de Vriesland", avoid, heuristic=False) == ["Anja"]


def test_parts_of_listed_names_only_when_capitalised():
    avoid = ("Karel Bos",)
    assert found("Toen zei Bos dat het klopte.", avoid, heuristic=False) == ["Bos"]
    assert found("Het jongerenwerk zit aan de rand van het bos.", avoid, heuristic=False) == []
    assert found("Mevrouw de Vries en Karel waren er.", ("Lies de Vries", "Karel Bos"), heuristic=False) == ["de Vries", "Karel"]


def test_heuristic_aanspreekvorm_and_first_names():
    assert found("Het gesprek met mevrouw Bakker was open.") == ["mevrouw Bakker"]
    assert found("Dhr. van der Berg en collega Pieter Jansen schoven aan.") == ["Dhr. van der Berg", "collega Pieter Jansen"]
    assert found("Marieke de Jong vertelde over de wijk.") == ["Marieke de Jong"]
    assert found("Volgens Mohammed werkt het goed.") == ["Mohammed"]
    # a first name followed by an ordinary capitalised word keeps only the first name
    assert found("Daarover vertelde Anja. De teamleider vulde aan.") == ["Anja"]


def test_heuristic_leaves_ordinary_text_alone():
    text = (
        "Ben je nieuw, dan krijg je een buddy. Collega's bespreken casussen in het team. "
        "De organisatie werkt met de Wmo en het Jeugdfonds. Roos en Iris gaven de wijktuin kleur."
    )
    assert found(text) == []


def test_no_false_positives_in_the_question_bank():
    bank = load_bank()
    finder = NameFinder()
    texts = [t for n in bank.norms for t in (n.text, n.kan_blijken_uit, *n.evidence, *(q.text for q in n.questions))]
    assert [s.text for t in texts for s in finder.spans(t)] == []


def test_replace_by_placeholder_or_functie():
    finder = NameFinder(avoid=("Anja de Vries",))
    by_naam = Replacer(finder, {"Anja de Vries": "teamleider"})
    assert by_naam.redact("Anja de Vries vertelt over het inwerken.") == f"{PLACEHOLDER} vertelt over het inwerken."
    by_functie = Replacer(finder, {"Anja de Vries": "teamleider"}, mode="functie")
    assert by_functie.redact("Anja de Vries vertelt over het inwerken.") == "De teamleider vertelt over het inwerken."
    assert by_functie.redact("Het gesprek met Anja ging over inwerken.") == "Het gesprek met de teamleider ging over inwerken."
    # unknown functie: always the placeholder
    assert by_functie.redact("Volgens mevrouw Bakker klopt dat.") == f"Volgens {PLACEHOLDER} klopt dat."


def test_scan_groups_names_and_tells_where_they_came_from():
    finder = NameFinder(avoid=("Anja de Vries",))
    result = scan(["anja de vries zegt ja.", "Volgens Anja de Vries klopt het.", "Met mevrouw Bakker."], Replacer(finder))
    assert [(f.name, f.count, f.sources) for f in result] == [
        ("anja de vries", 2, (SOURCE_LIST,)),
        ("Bakker", 1, (SOURCE_HEURISTIC,)),
    ]


@pytest.mark.parametrize("text", ["Anja de Vries", "ANJA  DE\nVRIES", "Anja de Vriës"])
def test_listed_names_in_is_the_final_check(text):
    assert listed_names_in(f"Tekst met {text} erin.", ["Anja de Vries"]) == ["Anja de Vries"]
    assert NameFinder(avoid=("Anja de Vries",), use_heuristic=False).spans(f"Tekst met {text} erin.")[0].text == text


def test_lexicon_is_data():
    lexicon = load_lexicon()
    assert len(lexicon.voornamen) >= 200
    assert "van der" in lexicon.tussenvoegsels and "mevrouw" in lexicon.aanspreekvormen
    assert "Ben" not in lexicon.voornamen  # "Ben je nieuw ..." would lose its first word


def test_without_deduce_the_finder_still_works(monkeypatch):
    import sys

    from interviewer.domain.names import deduce_spans_factory

    monkeypatch.setitem(sys.modules, "deduce", None)  # as if not installed: import fails
    assert deduce_spans_factory() is None
    assert found("Het gesprek met mevrouw Bakker.", ("Anja de Vries",)) == ["mevrouw Bakker"]
