"""Aspects per norm: the shipped data validates, and notes match the aspects they speak to."""

from __future__ import annotations

import re
import shutil

import pytest

from interviewer.domain.aspects import aspect_coverage, matching_aspects
from interviewer.domain.evidence import evidence_by_norm
from questionbank import BankError, load_bank_from
from questionbank.loader import DATA_DIR
from sessions.models import Aantekening, AuditData, Bron, Tag, Toetsing


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower())


def test_every_norm_has_two_to_seven_aspects_one_core_and_a_source(bank):
    for norm in bank.norms:
        assert 2 <= len(norm.aspects) <= 7, norm.id
        assert sum(a.core for a in norm.aspects) == 1, norm.id
        assert norm.aspects[0].core and norm.core_aspect is norm.aspects[0]
        for a in norm.aspects:
            source = {"norm": norm.text, "bewijs": " ".join(norm.evidence), "kan_blijken_uit": norm.kan_blijken_uit}[a.source]
            assert _squash(a.source_text) in _squash(source), (norm.id, a.label, a.source_text)
            assert a.signals and all(s == s.lower() for s in a.signals)


def _broken_copy(tmp_path, old: str, new: str):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    path = target / "aspects.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def test_a_second_core_aspect_is_refused(tmp_path):
    data = _broken_copy(tmp_path, "core = false", "core = true")
    with pytest.raises(BankError, match="kernaspecten"):
        load_bank_from(data)


def test_an_unknown_source_is_refused(tmp_path):
    data = _broken_copy(tmp_path, 'source = "norm"', 'source = "gevoel"')
    with pytest.raises(BankError, match="source"):
        load_bank_from(data)


def test_an_unknown_norm_is_refused(tmp_path):
    data = _broken_copy(tmp_path, "[[V1]]", "[[V99]]")
    with pytest.raises(BankError, match="V99|V1"):
        load_bank_from(data)


@pytest.mark.parametrize(
    ("norm_id", "text", "label"),
    [
        ("V1", "Registerplein: 18 van 27 sociaal werkers geregistreerd", "beroepsregistratie"),
        ("V1", "Competenties komen terug in het jaargesprek", "competenties"),
        ("V1", "Alle professionals staan in het beroepsregister", "beroepsregistratie"),
    ],
)
def test_a_note_matches_the_aspect_it_speaks_to(bank, norm_id, text, label):
    assert label in [a.label for a in matching_aspects(bank.norm(norm_id), text)]


def test_a_note_about_something_else_matches_no_aspect(bank):
    assert matching_aspects(bank.norm("V1"), "De koffie is lekker") == ()


def test_aspect_coverage_names_heard_and_missing_and_sources(bank):
    sw = Bron(id="b1", kind="interview", functie_category="sociaal_werker")
    doc = Bron(id="b2", kind="document", title="Overzicht registraties")
    notes = [
        Aantekening(id="a1", bron_id="b1", text="Registerplein: iedereen geregistreerd", created="1"),
        Aantekening(id="a2", bron_id="b2", text="Registratie van 3 medewerkers verlopen", kind="verbeterpunt", created="2"),
        Aantekening(id="a3", bron_id="b1", text="Koffie en thee", created="3"),
    ]
    tags = [Tag(id=f"t{i}", aantekening_id=a.id, norm_id="V1", state="confirmed") for i, a in enumerate(notes)]
    audit = AuditData(Toetsing(id="t", organisation="X"), [], [sw, doc], notes, tags, [], [], [], [], [])
    cov = aspect_coverage(bank.norm("V1"), evidence_by_norm(audit)["V1"], bank)
    reg = next(a for a in cov.aspects if a.label == "beroepsregistratie")
    assert reg.heard and reg.negative == 1
    assert reg.sources == ("sociaal werker", "Overzicht registraties")
    assert [n.aantekening.id for n in cov.unmatched] == ["a3"]
    assert cov.summary().startswith(f"{len(cov.heard)} van {len(bank.norm('V1').aspects)} aspecten; niet gehoord: ")
    assert "beroepsregistratie" not in cov.summary().split("niet gehoord:")[1]
