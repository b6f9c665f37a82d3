"""The question bank a toetser relies on: all 49 norms worded as in the official text, clean of PDF
debris, with questions and functies for each, rules as in the handbook, and broken data files
reported by file, norm and field instead of crashing mid-interview."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from questionbank import RUBRIEKEN, BankError, load_bank, load_bank_from
from questionbank.loader import DATA_DIR

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
NORMS_2019 = SEEDS / "003_10709aeaf1032333.txt"

EXPECTED_IDS = (
    [f"V{i}" for i in range(1, 16)] + [f"D{i}" for i in range(1, 12)] + [f"OB{i}" for i in range(1, 24)]
)

# PDF artefacts seen in the seeds (joined words, page headers, hyphenation, table headings).
JOINED_WORDS = ("depraktijk", "jeknopen", "overjouw", "hoekijk", "wienam", "terinspiratie")
PAGE_HEADERS = ("bijlage 4", "handvat voor toetsers", "voorbeeld vragen")
# "beroepscompe- tentieprofiel": a hyphen, a space and a lower-case word. Dutch elision ("wet- en
# regelgeving", "in- of extern") is the exception: the next word is then en/of/tot.
BROKEN_HYPHEN = re.compile(r"\w- (?!(?:en|of|tot)\b)[a-zà-ÿ]")


@pytest.fixture(scope="module")
def bank():
    return load_bank_from(DATA_DIR)


def _norm_strings(norm) -> list[tuple[str, str]]:
    """(field, value) for every text a toetser reads for this norm."""
    out = [("text", norm.text), ("kan_blijken_uit", norm.kan_blijken_uit), ("functies.rationale", norm.functies.rationale)]
    out += [("wijkteam.applicability", norm.wijkteam.applicability), ("wijkteam.note", norm.wijkteam.note)]
    out += [("evidence", e) for e in norm.evidence] + [("hints", h) for h in norm.hints]
    out += [("keywords", k) for k in norm.keywords]
    for q in norm.questions:
        out += [("questions.text", q.text)] + [("questions.followups", f) for f in q.followups]
    return out


def _artefacts(value: str, *, page_headers: bool) -> list[str]:
    found = [w for w in JOINED_WORDS if w in value.lower()]
    if page_headers:
        found += [h for h in PAGE_HEADERS if h in value.lower()]
    found += [m.group(0) for m in BROKEN_HYPHEN.finditer(value)]
    if "\t" in value:
        found.append("tab")
    if "  " in value:
        found.append("dubbele spatie")
    return found


# Seed 003 is the authority for norm wording, except where it has a typo that the handbook's own
# copies of the norm (seed 002, Bijlage 3, 4 and 7) correct: there the handbook wins.
HANDBOOK = SEEDS / "002_bd67dfb6bdd3de07.txt"
HANDBOOK_CORRECTIONS = {
    "OB2": ("Zij betreft relevante", "Zij betrekt relevante"),
    "OB17": ("medezeggenschap, , ongewenst", "medezeggenschap, ongewenst"),
}


@pytest.mark.skipif(not HANDBOOK.exists(), reason=f"seed 002 (het handboek) niet gevonden in {SEEDS}")
def test_handbook_wording_wins_over_a_typo_in_seed_003(bank):
    handbook = " ".join(HANDBOOK.read_text(encoding="utf-8").split())
    for norm_id, (typo, fixed) in HANDBOOK_CORRECTIONS.items():
        text = bank.norm(norm_id).text
        assert fixed in text and typo not in text
        assert handbook.count(fixed) >= 2 and typo not in handbook  # the handbook prints it so, more than once
        assert text in handbook  # the whole norm as the handbook prints it


def _seed_norm_texts() -> dict[str, str]:
    """The 49 norm texts of seed 003, keyed V1..OB23; page headers dropped, wrapped lines joined."""
    prefixes = {"Vakmanschap": "V", "Dienstverlening": "D", "Organisatie en bestuur": "OB"}
    lines = NORMS_2019.read_text(encoding="utf-8").splitlines()
    start = lines.index("De normen van het kwaliteitskader")
    texts: dict[str, str] = {}
    prefix, current = "", ""
    for line in (raw.strip() for raw in lines[start + 1 :]):
        if not line or line.startswith("Normen Kwaliteitslabel Sociaal Werk versie"):
            continue
        if rubriek := re.match(r"Rubriek \d\. (.+)$", line):
            prefix = prefixes[rubriek.group(1)]
        elif numbered := re.match(r"(\d+)\. (.+)$", line):
            current = f"{prefix}{numbered.group(1)}"
            texts[current] = numbered.group(2)
        else:  # a norm continued after a page break
            texts[current] += " " + line
    return {k: " ".join(v.split()) for k, v in texts.items()}


def test_all_49_norms_in_report_order(bank):
    assert [n.id for n in bank.norms] == EXPECTED_IDS
    assert [n.number for n in bank.norms_in("Vakmanschap")] == list(range(1, 16))


def test_counts_per_rubriek(bank):
    counts = {name: len(bank.norms_in(name)) for _prefix, name in RUBRIEKEN}
    assert counts == {"Vakmanschap": 15, "Dienstverlening": 11, "Organisatie en bestuur": 23}


@pytest.mark.skipif(not NORMS_2019.exists(), reason=f"seed 003 (de normtekst) niet gevonden in {SEEDS}")
def test_norm_texts_equal_the_official_2019_wording(bank):
    seed = _seed_norm_texts()
    assert list(seed) == EXPECTED_IDS  # the parser itself found all 49
    for norm_id, (typo, fixed) in HANDBOOK_CORRECTIONS.items():
        assert typo in seed[norm_id]
        seed[norm_id] = seed[norm_id].replace(typo, fixed)
    differ = {n.id: (n.text, seed[n.id]) for n in bank.norms if " ".join(n.text.split()) != seed[n.id]}
    assert not differ, "normtekst wijkt af van seed 003:\n" + "\n".join(
        f"{nid}:\n  bank: {ours}\n  seed: {theirs}" for nid, (ours, theirs) in differ.items()
    )


def test_norm_lookup_is_case_insensitive_and_rejects_unknown_ids(bank):
    assert bank.norm("ob12").id == "OB12"
    with pytest.raises(KeyError, match="Onbekende norm"):
        bank.norm("V16")


def test_every_norm_has_questions(bank):
    assert all(len(n.questions) >= 1 for n in bank.norms)


def test_v12_to_v15_have_derived_questions_the_rest_handvat_ones(bank):
    derived = {"V12", "V13", "V14", "V15"}  # the handvat (Bijlage 4) stops at V11
    # OB5's handvat cell is an instruction, not a question ("Inspelend op functie geïnterviewden
    # doorvragen naar voorbeelden ..."): it is kept as a hint and the questions are derived.
    instruction_only = {"OB5": "doorvragen naar voorbeelden"}
    for n in bank.norms:
        sources = {q.source for q in n.questions}
        if n.id in derived:
            assert sources == {"afgeleid"}, n.id
        elif n.id in instruction_only:
            assert any(instruction_only[n.id] in h for h in n.hints), n.id
        else:
            assert "handvat" in sources, n.id


def test_no_pdf_artefacts_in_norm_fields(bank):
    problems = [
        f"{n.id} {field}: {found} in {value[:70]!r}"
        for n in bank.norms
        for field, value in _norm_strings(n)
        if (found := _artefacts(value, page_headers=True))
    ]
    assert not problems, "\n".join(problems)


def test_no_pdf_artefacts_in_help_and_2016_texts(bank):
    texts = [("begrip " + b.term, b.definition) for b in bank.begrippen]
    texts += [("waarde " + w.title, w.text) for w in bank.kwaliteitswaarden]
    texts += [("2016 " + n.id, n.text) for n in bank.concept_2016.norms]
    problems = [f"{where}: {found}" for where, value in texts if (found := _artefacts(value, page_headers=False))]
    assert not problems, "\n".join(problems)
    # footnote markers glued to the end of a 2016 norm ("passen deze toe.4")
    assert not [n.id for n in bank.concept_2016.norms if re.search(r"[.a-z]\d$", n.text)]


def test_functie_ids_exist_and_every_category_is_primary_somewhere(bank):
    known = {f.id for f in bank.functies}
    for n in bank.norms:
        used = set(n.functies.primary) | set(n.functies.secondary) | {f for q in n.questions for f in q.functies}
        assert used <= known, (n.id, used - known)
    primary = {f for n in bank.norms for f in n.functies.primary}
    assert known - primary == set()


def test_the_shipped_bank_loads_once_per_process():
    assert load_bank() is load_bank()


# --- rules, help data, 2016 concept -------------------------------------------------------------


def test_coverage_and_weging_follow_the_handbook(bank):
    rules = bank.rules
    assert (rules.coverage.interviews_for_gedekt, rules.coverage.documents_for_onderbouwd) == (2, 1)
    assert (rules.weging.max_niet, rules.weging.max_deels, rules.weging.verbeterplan_weeks) == (4, 9, 4)
    assert {v.id for v in rules.variants} == {"ci", "combi", "intercollegiaal"}


@pytest.mark.parametrize(
    ("fte", "variant", "days"),
    [
        (1, "ci", 2.0),
        (10, "ci", 2.0),
        (11, "ci", 2.5),
        (10.2, "ci", 2.5),  # bands are whole fte: 10,2 fte is more than 10
        (0.5, "ci", 2.0),
        (10, "intercollegiaal", 2.5),
        (75, "intercollegiaal", 5.0),
        (76, "intercollegiaal", 5.5),
        (151, "ci", 6.0),
        (300, "ci", 7.0),
        (300, "intercollegiaal", 7.5),
        (301, "ci", None),  # beyond the handbook's table
        (0, "ci", None),
        (float("nan"), "ci", None),  # a typing slip is in no band (and no crash)
        (float("inf"), "intercollegiaal", None),
        (40, "combi", None),  # the table gives no total for combi, only days on top of ISO/HKZ
    ],
)
def test_audit_days_at_band_edges(bank, fte, variant, days):
    assert bank.rules.audit_days_for(fte, variant) == days


def test_combi_is_a_surcharge_on_the_iso_hkz_audit(bank):
    assert bank.rules.extra_audit_days_for(75, "combi") == 1.5
    assert bank.rules.extra_audit_days_for(76, "combi") == 2.0
    assert bank.rules.extra_audit_days_for(20, "ci") is None


def test_deadlines_run_in_order_from_the_last_audit_day(bank):
    days = {d.id: d.days_after_last_audit_day for d in bank.rules.deadlines}
    assert days["conceptrapport"] == 14  # Bijlage 6: uiterlijk 2 weken na de laatste auditdag
    assert days["verbeterplan"] - days["definitief_rapport"] == 7 * bank.rules.weging.verbeterplan_weeks
    in_order = [d.days_after_last_audit_day for d in bank.rules.deadlines]
    assert in_order == sorted(in_order)


def test_begrippen_explain_the_words_a_new_toetser_meets(bank):
    terms = {b.term.lower() for b in bank.begrippen}
    needed = {
        "klant", "professional", "medewerker", "organisatie", "opdrachtgever", "dienstverlening",
        "bedrijfskritische vrijwilligers", "bedrijfskritische stagiaires", "toetser", "teamleider",
        "beoordelaar", "branchetoetser", "ci", "weging", "verbeterpunt", "verbeterplan", "n.v.t.",
        "bevinding", "oordeel", "dekking",
    }  # fmt: skip
    assert needed <= terms
    dekking = next(b.definition for b in bank.begrippen if b.term == "Dekking")
    assert all(level in dekking for level in ("open", "dun", "gedekt", "onderbouwd"))


def test_kwaliteitswaarden_of_the_branchecode(bank):
    titles = [w.title for w in bank.kwaliteitswaarden]
    assert len(titles) == 17 and len(set(titles)) == 17
    assert sum(t.startswith("Vakmanschap") for t in titles) == 5


def test_2016_concept_has_52_norms_mapped_to_existing_2019_ids(bank):
    concept = bank.concept_2016
    assert concept.version == "2016 concept"
    ids = [n.id for n in concept.norms]
    assert len(ids) == 52 and len(set(ids)) == 52
    assert [len([n for n in concept.norms if n.rubriek == name]) for _p, name in RUBRIEKEN] == [16, 16, 20]
    targets = {m for n in concept.norms for m in n.maps_to}
    assert targets <= set(EXPECTED_IDS)
    assert len(targets) >= 45  # nearly every 2019 norm has a 2016 predecessor


# --- broken data files --------------------------------------------------------------------------


@pytest.fixture
def data_copy(tmp_path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _edit_norm(path: Path, norm_id: str, old: re.Pattern[str], new: str) -> None:
    """Change the first match of `old` inside the [[norm]] block of `norm_id` only."""
    blocks = path.read_text(encoding="utf-8").split("[[norm]]")
    index = next(i for i, b in enumerate(blocks) if re.search(rf'^id = "{norm_id}"$', b, re.M))
    blocks[index], count = old.subn(new, blocks[index], count=1)
    assert count == 1, f"{old.pattern} niet gevonden bij {norm_id}"
    path.write_text("[[norm]]".join(blocks), encoding="utf-8")


def test_missing_norm_text_names_file_norm_and_field(data_copy):
    path = data_copy / "normenkader_2019" / "dienstverlening.toml"
    _edit_norm(path, "D5", re.compile(r'^text = ".*"\n', re.M), "")
    with pytest.raises(BankError) as info:
        load_bank_from(data_copy)
    message = str(info.value)
    assert "dienstverlening.toml" in message and "D5" in message and "'text'" in message


def test_unknown_question_source_names_file_norm_and_field(data_copy):
    path = data_copy / "normenkader_2019" / "dienstverlening.toml"
    _edit_norm(path, "D5", re.compile(r'source = "handvat"'), 'source = "foo"')
    with pytest.raises(BankError) as info:
        load_bank_from(data_copy)
    message = str(info.value)
    assert "dienstverlening.toml" in message and "D5" in message and "source" in message and "foo" in message


def test_unknown_functie_is_reported(data_copy):
    path = data_copy / "normenkader_2019" / "vakmanschap.toml"
    _edit_norm(path, "V3", re.compile(r'^primary = \["', re.M), 'primary = ["tovenaar", "')
    with pytest.raises(BankError, match=r"vakmanschap\.toml.*V3.*tovenaar"):
        load_bank_from(data_copy)


def test_invalid_toml_names_the_file(data_copy):
    path = data_copy / "rules.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n[weging\n", encoding="utf-8")
    with pytest.raises(BankError, match=r"^rules\.toml: geen geldige TOML"):
        load_bank_from(data_copy)


def test_audit_days_for_an_unknown_variant_is_reported(data_copy):
    path = data_copy / "rules.toml"
    text = path.read_text(encoding="utf-8").replace("ci = 2.0 }", "iso = 2.0 }", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BankError, match=r"rules\.toml: audit_days rij 1 .*iso.*onbekende variant"):
        load_bank_from(data_copy)


def test_2016_mapping_to_a_missing_2019_norm_is_reported(data_copy):
    path = data_copy / "normenkader_2016.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('maps_to = ["V1"]', 'maps_to = ["V16"]', 1), encoding="utf-8")
    with pytest.raises(BankError, match=r"normenkader_2016\.toml.*V16"):
        load_bank_from(data_copy)
