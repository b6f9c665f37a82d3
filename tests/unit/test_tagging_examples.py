"""Labelled sentences and confirmed notes as a field of their norm: they lift their norm for notes in
their words, the blind sets never reach the index, a confirmation counts at once, and an earlier
audit's words never show in a reason. Plus the package's public names and the one functie lookup."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest

from interviewer.domain.labels import functie_category_of, functie_key
from interviewer.domain.tagging import REASON_OTHER_AUDITS, LearnedExample, TagContext, Tagger
from interviewer.domain.text import words
from questionbank.examples import LABELLED_DIR, LabelledSentence, load_labelled, load_labelled_from
from questionbank.loader import BankError, load_vocabulary
from sessions.models import Bron

ROOT = Path(__file__).parents[2]
BUURTCIRKEL = "De buurtcirkel komt elke week samen in het buurthuis"


def ids(ranking) -> list[str]:
    return [norm for norm, _ in ranking]


def _key(text: str) -> str:
    return " ".join(words(text))


def test_a_labelled_example_lifts_its_norm_for_a_note_in_its_words(bank):
    """"buurtcirkel" is no word of the bank: only the example of OB13 knows it."""
    note = "de buurtcirkel draait goed"
    bare = Tagger(bank, load_vocabulary(), examples=())
    assert "OB13" not in ids(bare.rank(note, 3))
    tagger = Tagger(bank, load_vocabulary(), examples=[LabelledSentence(BUURTCIRKEL, "OB13", "test")])
    first = tagger.suggest(note, 1)[0]
    assert first.norm_id == "OB13" and "buurtcirkel" in first.reasons  # a shipped example's word may show


def test_the_field_weighed_zero_is_the_bank_alone(bank):
    vocabulary = load_vocabulary()
    off = dataclasses.replace(vocabulary, weights={**vocabulary.weights, "examples": 0.0, "examples_ngram": 0.0})
    note = "Nieuwe collega's lopen de eerste weken mee met een maatje"
    assert Tagger(bank, off).rank(note, 5) == Tagger(bank, vocabulary, examples=()).rank(note, 5)


def _blind_sentences() -> list[str]:
    labelled = ROOT / "bench" / "labelled"
    out = [e["text"] for name in ("report_sentences.toml", "report_sentences_blind2.toml")
           for e in tomllib.loads((labelled / name).read_text("utf-8"))["sentence"]]
    test_notes = tomllib.loads((labelled / "notes.toml").read_text("utf-8"))["notes"]
    return out + [t for texts in test_notes.values() for t in texts]


def test_no_blind_or_test_sentence_is_ever_indexed(bank):
    """The index sources are the dev sets only; the sets that measure the tagger (blind2 above all,
    report_sentences and the test notes) are in none of them, nor in a built tagger's index."""
    assert sorted(p.name for p in LABELLED_DIR.glob("*.toml")) == ["notes_dev.toml", "report_sentences_dev2.toml"]
    blind = {_key(t) for t in _blind_sentences()}
    assert len(blind) > 400
    assert not blind & {_key(s.text) for s in load_labelled()}
    indexed = Tagger(bank, load_vocabulary()).indexed_examples()
    assert len(indexed) == len(load_labelled()) and not blind & {_key(t) for t in indexed}


def test_a_labelled_file_with_an_unknown_norm_is_refused(tmp_path):
    (tmp_path / "x.toml").write_text('[[sentence]]\nnorm = "V99"\ntext = "iets"\n', encoding="utf-8")
    with pytest.raises(BankError, match="onbekende norm"):
        load_labelled_from(tmp_path)


def test_a_confirmed_note_joins_the_field_at_once(bank):
    """Confirming a note makes a near-identical next note rank that norm first, by the field alone
    (the nearest-neighbour lift is off here), without rebuilding the tagger."""
    vocabulary = load_vocabulary()
    no_neighbours = dataclasses.replace(vocabulary, weights={**vocabulary.weights, "learn_boost": 0.0})
    tagger = Tagger(bank, no_neighbours, examples=())
    note = "Het buurtnetwerk Samen Sterk organiseert de buurtcirkel"
    assert ids(tagger.rank(note, 1)) != ["OB13"]
    tagger.learn("Het buurtnetwerk Samen Sterk organiseert een buurtcirkel", "OB13", True)
    assert ids(tagger.rank(note, 1)) == ["OB13"]
    assert any("buurtcirkel" in t for t in tagger.indexed_examples())
    tagger.learn("Het buurtnetwerk Samen Sterk organiseert een buurtcirkel", "OB13", False)  # rejected after all
    assert ids(tagger.rank(note, 1)) != ["OB13"] and not tagger.indexed_examples()


def test_forgetting_a_tag_takes_the_note_out_of_the_field(bank):
    tagger = Tagger(bank, load_vocabulary(), examples=())
    tagger.learn(BUURTCIRKEL, "OB13", True)
    assert tagger.indexed_examples() == [BUURTCIRKEL]
    tagger.forget(BUURTCIRKEL, "ob13")
    assert tagger.indexed_examples() == []


def test_an_earlier_audits_words_never_show_in_a_reason(bank):
    """The note of another audit lifts its norm, but the reason says only "eerdere audits", never a
    word that only that note gave (here "buurtcirkel"), however the note is typed or asked about."""
    tagger = Tagger(bank, load_vocabulary(), [LearnedExample(BUURTCIRKEL, "OB13", True, elsewhere=True)], examples=())
    for note, context in (("de buurtcirkel draait goed", None), ("Buurtcirkel", TagContext(functie="bestuur")),
                          ("de buurtcirkel komt elke week samen", TagContext(previous_norms=("D9",)))):
        suggestions = tagger.suggest(note, 3, context=context)
        lifted = next(s for s in suggestions if s.norm_id == "OB13")
        assert REASON_OTHER_AUDITS in lifted.reasons
        for s in suggestions:
            assert not any("buurtcirkel" in reason or "week" in reason for reason in s.reasons), s


def test_every_public_name_still_imports_from_the_package():
    import interviewer.domain.tagging as tagging

    for name in ("Tagger", "TagContext", "Suggestion", "LearnedExample", "learned_from_audit", "Analyzer",
                 "cross_references", "strip_references", "char_ngrams", "REASON_QUESTION", "REASON_PREVIOUS",
                 "REASON_FUNCTIE", "REASON_REFERENCE", "REASON_LEARNED", "REASON_OTHER_AUDITS", "SCORE_DECIMALS",
                 "DERIVED_WEIGHT", "MAX_WORD_LENGTH", "MIN_HEAD", "COMMON_PREFIX"):
        assert hasattr(tagging, name), name


def test_no_tagging_module_is_over_500_lines():
    folder = ROOT / "interviewer" / "domain" / "tagging"
    sizes = {p.name: len(p.read_text("utf-8").splitlines()) for p in folder.glob("*.py")}
    assert sizes and max(sizes.values()) <= 500, sizes


def test_the_tagger_and_labels_give_one_functie_category_for_the_demo(bank):
    """One home for the functie lookup: the tagger's context asks labels.functie_category_of, and
    for every interview of the demo both give the same category, the one coverage counts by."""
    demo = tomllib.loads((ROOT / "interviewer" / "demo" / "demo_audit.toml").read_text("utf-8"))
    tagger = Tagger(bank, load_vocabulary(), examples=())
    interviews = [b for b in demo["bron"] if b.get("kind") == "interview"]
    assert len(interviews) >= 10
    for b in interviews:
        bron = Bron(id="x", kind="interview", functie=b["functie"], functie_category=b.get("functie_category", ""))
        for given in (bron.functie_category, bron.functie, bank.functie(bron.functie_category).label):
            assert tagger.functie_category(given) == functie_category_of(bank, given), given
        assert tagger.functie_category(bron.functie_category) == functie_key(bron)
        assert functie_category_of(bank, bank.functie(bron.functie_category).label) == bron.functie_category
    assert functie_category_of(bank, "Jongerenwerker") == "sociaal_werker"
    assert functie_category_of(bank, "kok") == "" and functie_category_of(bank, "") == ""
