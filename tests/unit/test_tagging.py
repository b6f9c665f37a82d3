"""The tagger puts the norm a toetser means first, understands their shorthand, learns; its speed per keystroke is bench/keystroke.py's (a timed test fails on a busy host, not on slow code)."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from interviewer.domain.tagging import LearnedExample, Tagger, learned_from_audit
from interviewer.domain.text import compound_head, fold, split_compound, stem, verb_bases, words
from questionbank.loader import load_vocabulary
from sessions.models import Aantekening, AuditData, Bron, Tag, Toetsing


@pytest.fixture(scope="module")
def tagger(bank):
    return Tagger(bank, load_vocabulary())


def top(tagger: Tagger, text: str, n: int = 1) -> list[str]:
    return [norm for norm, _ in tagger.rank(text, n)]


# -- Dutch normalisation ------------------------------------------------------------------------


def test_fold_drops_case_and_accents():
    assert fold("Cliënt coördinator CASUÏSTIEK") == "client coordinator casuistiek"


def test_words_keep_abbreviations_whole_and_drop_plural_apostrophes():
    assert words("RI&E's, BHV'ers en P&O; e-learning") == ["rie", "bhv", "en", "po", "elearning"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("klachten", "klacht"),
        ("gesprekken", "gesprek"),
        ("vrijwilligers", "vrijwilliger"),
        ("afspraken", "afspraak"),
        ("evaluatie", "evalueren"),
        ("verbetering", "verbeteren"),
        ("registratie", "registreren"),
        ("ideeën", "idee"),
    ],
)
def test_stem_joins_forms_of_one_word(a, b):
    assert stem(fold(a)) == stem(fold(b))


def test_stem_keeps_short_words():
    assert stem("leren") == "leren"
    assert stem("pop") == "pop"


@pytest.mark.parametrize(
    ("a", "b"),
    [("deels", "deel"), ("weten", "wet"), ("weet", "wet"), ("maken", "mak"), ("scholen", "scholing"),
     ("school", "scholing"), ("ouderen", "ouders"), ("alleen", "alle")],
)
def test_stem_does_not_join_words_of_another_meaning(a, b):
    """Over-stemming: deels is not deel, weten is no wet, a school is no scholing."""
    assert stem(a) != stem(b)


def test_school_in_a_note_does_not_pull_to_the_norms_on_scholing(tagger):
    text = "De jongerenwerker is elke week op school aanwezig"
    for norm in ("V12", "OB9"):
        assert all(not term.startswith("schol") for term, _ in tagger.explain(text, norm)), norm


def test_split_compound_finds_known_parts_with_linking_s():
    known = {stem(w) for w in ("vrijwilliger", "beleid", "kwaliteit", "klant", "tevredenheid", "onderzoek")}
    assert split_compound("vrijwilligersbeleid", known.__contains__) == ["vrijwilliger", "beleid"]
    assert split_compound("kwaliteitsbeleid", known.__contains__) == [stem("kwaliteit"), "beleid"]
    assert split_compound("klanttevredenheidsonderzoek", known.__contains__) == ["klant", stem("tevredenheid"), "onderzoek"]
    assert split_compound("organisatie", known.__contains__) is None


def test_verb_forms_lead_back_to_their_verb():
    """A report writes "gesignaleerd", "ingewerkt", "evalueert"; the bank has the verbs themselves."""
    assert stem("signaleren") in verb_bases("gesignaleerd")
    assert stem("inwerken") in verb_bases("ingewerkt")
    assert stem("evalueren") in verb_bases("evalueert")
    assert verb_bases("gemeld")[-1] == stem("melden")
    assert verb_bases("beleid") == []


def test_compound_head_is_the_last_known_word():
    known = {stem("gegevens"), stem("adviseur")}
    assert compound_head("adresgegevens", known.__contains__) == stem("gegevens")
    assert compound_head("ouderenadviseur", known.__contains__) == stem("adviseur")
    assert compound_head("huisbezoek", known.__contains__) is None


# -- ranking ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "norm"),
    [
        # Vakmanschap
        ("Nieuwe medewerkers lopen de eerste weken mee met een buddy en hebben een inwerkprogramma", "V2"),
        ("Het team bespreekt ethische dilemma's aan de hand van de beroepscode", "V7"),
        ("Iedereen in het team heeft maandelijks intervisie en deelt kennis met collega's", "V13"),
        # "volgens" is a preposition, and the incidentmethode is an intervisie method, not an incident
        ("Intervisie elke 6 weken volgens incidentmethode", "V13"),
        ("Medewerkers weten wat hun uren kosten en kunnen de baten van hun activiteiten uitleggen", "V14"),
        # Dienstverlening
        ("Bij de intake wordt de hulpvraag verhelderd en zo nodig doorverwezen", "D2"),
        ("Medewerkers kennen de meldcode en melden incidenten volgens het protocol", "D5"),
        ("Trajecten worden afgesloten met een afsluitgesprek en er is nazorg na drie maanden", "D7"),
        ("Stagiaires hebben een vaste werkbegeleider en een stageplan met leerdoelen", "D11"),
        # Organisatie en bestuur
        ("Het maatschappelijk jaarverslag en de jaarrekening staan openbaar op de website", "OB23"),
        ("De raad van toezicht werkt volgens de governancecode en de cao wordt nageleefd", "OB18"),
        ("Er is een actuele RI&E met plan van aanpak en voldoende BHV'ers", "OB16"),
        ("Er is een klachtenregeling en een vertrouwenspersoon; het privacyreglement is vastgesteld", "OB17"),
        ("De organisatie ondersteunt bewonersinitiatieven met advies en een klein budget", "OB13"),
    ],
)
def test_obvious_norm_comes_first(tagger, text, norm):
    assert top(tagger, text) == [norm], tagger.rank(text, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RI&E", {"OB16"}),
        ("rie", {"OB16"}),
        ("BHV", {"OB16"}),
        ("RvT", {"OB18"}),
        ("KTO", {"D8", "OB22"}),
        ("VOG", {"OB8", "OB11", "OB15", "D10"}),
        ("POP", {"OB10", "V5", "V15"}),
        ("SKJ", {"V12", "V7"}),
        ("AVG", {"OB17", "V9"}),
    ],
)
def test_abbreviations_find_their_norm(tagger, text, expected):
    assert top(tagger, text)[0] in expected, tagger.rank(text, 3)


def test_issue_examples_vrijwilligers_inwerken_finds_d10_and_ob11(tagger):
    assert set(top(tagger, "vrijwilligers inwerken", 2)) == {"D10", "OB11"}


def test_compound_and_typo_still_find_the_norm(tagger):
    assert top(tagger, "vrijwilligersbeleid") == ["OB11"]
    assert top(tagger, "Er is een vrijwiligersbeleid") == ["OB11"]  # one 'l' short
    assert set(top(tagger, "klanttevredenheidsonderzoek", 2)) & {"D8", "OB22"}


def test_scores_are_0_to_100_best_first_and_top_limits(tagger):
    ranked = tagger.rank("Jaargesprekken worden vastgelegd in het personeelsdossier", 5)
    assert len(ranked) == 5
    scores = [s for _, s in ranked]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < s <= 100 for s in scores)


def test_text_without_content_gives_nothing(tagger):
    assert tagger.rank("") == []
    assert tagger.rank("  en de het, is er ook  ") == []


def test_half_typed_word_already_finds_its_norm_while_typing(tagger):
    assert top(tagger, "Er is een actueel jaarge") != ["OB10"]
    assert [n for n, _ in tagger.rank("Er is een actueel jaarge", 1, typing=True)] == ["OB10"]
    # a finished word (followed by a space) is taken as typed
    assert tagger.rank("Er is een actueel jaarge ", 3, typing=True) == tagger.rank("Er is een actueel jaarge ", 3)


def test_a_pasted_page_is_ranked_by_match_strength_not_by_norm_number(tagger, bank):
    """A pasted page (here all 49 norm texts and an arbo paragraph) saturates many norms at 100:
    the order must still say which fits best."""
    arbo = "Er is een actuele RI&E met plan van aanpak en de BHV is goed geregeld. " * 40
    page = " ".join(n.text for n in bank.norms) + " " + arbo
    ranked = tagger.rank(page, 5)
    assert ranked[0][0] == "OB16"
    assert all(score == 100.0 for _, score in ranked)  # the display saturates, the order does not


def test_a_very_long_word_is_not_split_letter_by_letter(tagger):
    """A pasted URL or a run of letters used to take seconds (compound splitting is quadratic)."""
    start = time.perf_counter()
    assert tagger.rank("vrijwilliger" * 1600, 5) == []
    assert tagger.rank("x" * 20_000, 5, typing=True) == []
    assert time.perf_counter() - start < 0.5


# Long report findings: verb forms, coinages, the words every finding uses, the auditor's advice
# phrasing. Each of these put the norm the auditor meant outside the first place before.
@pytest.mark.parametrize(
    ("text", "norm"),
    [
        ("Zorgen over een kind worden gesignaleerd en gemeld", "D5"),
        ("Adresgegevens van bewoners liggen open op de bureaus", "V9"),
        ("Verbeterpunt: de doelen in het plan met de bewoner zijn niet concreet", "D3"),
        ("Elk kwartaal is er overleg met de wethouder", "OB3"),
        ("De ervaringen van bewoners met de activiteiten worden opgehaald", "D8"),
    ],
)
def test_report_findings_in_everyday_words(tagger, text, norm):
    assert top(tagger, text) == [norm]


@pytest.mark.parametrize("opening", ["Verbeterpunt: ", "Het verdient aanbeveling dat ", "De geïnterviewden geven aan dat "])
def test_report_boilerplate_does_not_move_the_suggestions(tagger, opening):
    """"Verbeterpunt" used to pull every advice towards the norms on verbetering (V11, OB6)."""
    finding = "medewerkers die 's avonds alleen in het buurthuis werken een alarmknop krijgen"
    assert top(tagger, opening + finding, 3) == top(tagger, finding, 3)


def test_a_word_said_again_and_again_does_not_outweigh_the_rest(tagger):
    """A long finding repeats "bewoners"; the norm on bewonersinitiatieven must not win on that alone."""
    finding = ("Bij de kennismaking met een bewoner wordt gekeken naar wat de bewoner zelf niet noemt; "
               "past de vraag niet, dan wordt de bewoner doorverwezen.")
    assert top(tagger, finding) == ["D2"]


# -- learning within an audit -------------------------------------------------------------------


def test_confirmed_note_lifts_its_norm_for_similar_text(bank):
    vocabulary = load_vocabulary()
    text = "Het team werkt met de methode Krachtwerk bij gezinnen"
    fresh = Tagger(bank, vocabulary)
    assert top(fresh, text) != ["D4"]
    fresh.learn("Krachtwerk wordt bij gezinnen ingezet door het team", "D4", confirmed=True)
    assert top(fresh, text) == ["D4"]


def test_rejected_note_pushes_its_norm_down(bank):
    vocabulary = load_vocabulary()
    text = "De website is verouderd"
    tagger = Tagger(bank, vocabulary)
    first = top(tagger, text)[0]
    tagger.learn("De website is erg verouderd", first, confirmed=False)
    assert top(tagger, text)[0] != first
    tagger.forget("De website is erg verouderd", first)
    assert top(tagger, text)[0] == first


def test_unrelated_learning_changes_nothing(bank):
    vocabulary = load_vocabulary()
    text = "Er is een actuele RI&E"
    tagger = Tagger(bank, vocabulary)
    before = tagger.rank(text, 5)
    tagger.learn("Stagiaires krijgen een werkbegeleider", "D11", confirmed=True)
    assert tagger.rank(text, 5) == before


def test_changed_decisions_rank_as_a_tagger_built_from_the_final_ones(bank):
    """The learned notes are indexed as they come (not rebuilt per capture): a toetser who changes
    their mind many times (a confirmation made a rejection, taken back, confirmed again) gets
    exactly the suggestions of a tagger that only ever saw the final decisions."""
    vocabulary = load_vocabulary()
    notes = [f"{topic} in wijk {n}" for n in range(40) for topic in (
        "buurtcirkels draaien met vrijwilligers", "klachten worden binnen twee weken afgehandeld",
        "de website is verouderd en onduidelijk")]
    norms = ["OB13", "OB17", "D1"]
    changing = Tagger(bank, vocabulary)
    final: dict[tuple[str, str], bool | None] = {}
    for round_ in range(3):  # 360 decisions on 120 notes: dead entries outnumber live ones, twice
        for i, text in enumerate(notes):
            norm = norms[i % 3]
            if round_ == 1 and i % 2:
                changing.forget(text, norm)
                final[(text, norm)] = None
            else:
                confirmed = round_ != 1 or i % 4 == 0
                changing.learn(text, norm, confirmed)
                final.pop((text, norm), None)
                final[(text, norm)] = confirmed
        changing.rank("klachten over de website", 5)  # rank between the rounds: the index is built
    fresh = Tagger(bank, vocabulary)
    for (text, norm), confirmed in final.items():
        if confirmed is not None:
            fresh.learn(text, norm, confirmed)
    for probe in ("nieuwe buurtcirkel in de wijk", "klachten afgehandeld", "website verouderd", "intervisie"):
        assert changing.rank(probe, 5) == fresh.rank(probe, 5)


def test_tagger_learns_from_an_audits_confirmed_and_rejected_tags(bank):
    audit = AuditData(
        toetsing=Toetsing(id="t", organisation="Test"),
        toetsers=[],
        bronnen=[Bron(id="b1", kind="interview", functie_category="sociaal_werker")],
        aantekeningen=[
            Aantekening(id="a1", bron_id="b1", text="Buurtcirkels draaien in drie wijken"),
            Aantekening(id="a2", bron_id="b1", text="De website is verouderd"),
        ],
        tags=[
            Tag(id="t1", aantekening_id="a1", norm_id="OB13", state="confirmed"),
            Tag(id="t2", aantekening_id="a2", norm_id="D1", state="rejected"),
            Tag(id="t3", aantekening_id="a2", norm_id="OB23", state="suggested"),
        ],
        nvt=[], bevindingen=[], custom_questions=[], asked=[], preparation=[],
    )
    assert learned_from_audit(audit) == [
        LearnedExample("Buurtcirkels draaien in drie wijken", "OB13", True),
        LearnedExample("De website is verouderd", "D1", False),
    ]
    tagger = Tagger.for_audit(bank, load_vocabulary(), audit)
    assert top(tagger, "Nog een buurtcirkel gestart in de wijk") == ["OB13"]
    assert "D1" not in top(tagger, "website verouderd", 2)


# -- data ---------------------------------------------------------------------------------------


def test_vocabulary_names_only_norms_of_the_bank(bank):
    ids = {n.id for n in bank.norms}
    assert set(load_vocabulary().norm_terms) <= ids


# -- command line -------------------------------------------------------------------------------


def _tag(stdin: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "interviewer", "tag", *args], input=stdin, capture_output=True, text=True, encoding="utf-8"
    )


def test_cli_tag_prints_one_json_array_per_line():
    out = _tag("De RI&E is actueel\n\nVrijwilligers krijgen scholing\n", "--top", "3")
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(lines) == 3
    assert lines[0][0]["norm"] == "OB16" and len(lines[0]) == 3
    assert set(lines[0][0]) == {"norm", "score"} and isinstance(lines[0][0]["score"], float)
    assert lines[1] == []
    assert len(lines[2]) == 3


def test_cli_tag_default_top_is_five():
    out = _tag("Jaargesprekken worden gevoerd\n")
    assert len(json.loads(out.stdout)) == 5


def test_cli_tag_learns_from_audit_file(tmp_path):
    from sessions.store import AuditStore

    path = tmp_path / "a.audit"
    store = AuditStore.create(path, Toetsing(id="", organisation="Test"))
    bron = store.start_interview("opbouwwerker", "sociaal_werker")
    store.capture(bron.id, "Buurtcirkels draaien in drie wijken", tags=[("OB13", 50.0, "confirmed", "manual")])
    store.close()
    quote = "Er is een nieuwe buurtcirkel gestart\n"
    assert json.loads(_tag(quote).stdout)[0]["norm"] != "OB13"
    assert json.loads(_tag(quote, "--audit", str(path)).stdout)[0]["norm"] == "OB13"


def test_cli_tag_reports_errors_in_dutch(tmp_path):
    missing = _tag("x\n", "--audit", str(tmp_path / "geen.audit"))
    assert missing.returncode == 2 and "bestaat niet" in missing.stderr
    bad_top = _tag("x\n", "--top", "0")
    assert bad_top.returncode == 2 and "geheel getal" in bad_top.stderr


def test_cli_tag_jsonl_round_trips_context_and_reasons():
    lines = [
        {"text": "dat gaat eigenlijk wel goed", "question_norm": "V4"},
        {"text": "Stagiaires krijgen een stagebegeleider", "previous_norms": ["ob12"], "functie": "bestuur"},
        {"text": "Stagiaires krijgen een stagebegeleider"},
        {"text": "Vrijwilligers worden begeleid", "question_norm": None, "previous_norms": [], "functie": ""},
    ]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\nDe RI&E is actueel\n"
    out = _tag(stdin, "--jsonl", "--top", "3")
    assert out.returncode == 0, out.stderr
    answers = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(answers) == 5
    assert answers[0] == [{"norm": "V4", "score": 0.0, "reasons": ["vraag"]}]
    assert answers[1][0]["norm"] == "OB12" and "vorige notitie" in answers[1][0]["reasons"]
    assert answers[2][0]["norm"] == "D11"  # without the context the words alone decide
    # D10 and its mirror OB11 are both shown, so neither offers it again; a mirror offered is one not shown
    shown = [s["norm"] for s in answers[3]]
    assert shown[:2] == ["D10", "OB11"] and "mirror" not in answers[3][0] and "mirror" not in answers[3][1]
    assert all(s["mirror"] not in shown for s in answers[3] if "mirror" in s)
    assert answers[4][0]["norm"] == "OB16"  # a plain line still works with --jsonl
    assert all(set(s) <= {"norm", "score", "reasons", "mirror"} for a in answers for s in a)


def test_cli_tag_jsonl_refuses_bad_lines_in_dutch_and_keeps_one_answer_per_line():
    stdin = '{"text": "x", "question_norm": "V99"}\n{kapot\n{"text": 5}\n{"tekst": "x"}\n{"text": "De RI&E is actueel"}\n'
    out = _tag(stdin, "--jsonl")
    assert out.returncode == 1
    answers = [json.loads(line) for line in out.stdout.splitlines()]
    assert answers[:4] == [[], [], [], []] and answers[4][0]["norm"] == "OB16"
    errors = out.stderr.splitlines()
    assert [e.split(":")[1].strip() for e in errors] == ["regel 1", "regel 2", "regel 3", "regel 4"]
    assert "Onbekende norm: 'V99'" in errors[0] and "geen geldige JSON" in errors[1]
