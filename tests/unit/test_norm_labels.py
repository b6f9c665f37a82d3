"""Short and long labels of the norms (labels.toml): every norm of both normenkaders has them, they
fit their space (18 characters for a chip at 80 columns, 40 on a wide screen), no two norms of one
normenkader share one, and the mirror pairs read apart. A broken labels file is reported by file,
norm and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from questionbank import BankError, load_bank_from
from questionbank.loader import DATA_DIR, load_vocabulary_from
from questionbank.models import LONG_LABEL_MAX, SHORT_LABEL_MAX


@pytest.fixture(scope="module")
def bank():
    return load_bank_from(DATA_DIR)


def _frameworks(bank):
    return {"2019": bank.norms, "2016": bank.concept_2016.norms}


def test_every_norm_of_both_normenkaders_has_labels_within_the_limits(bank):
    for name, norms in _frameworks(bank).items():
        assert len(norms) == {"2019": 49, "2016": 52}[name]
        for norm in norms:
            assert 0 < len(norm.short) <= SHORT_LABEL_MAX, (name, norm.id, norm.short)
            assert 0 < len(norm.long) <= LONG_LABEL_MAX, (name, norm.id, norm.long)
            assert norm.id not in norm.short.split() and norm.id not in norm.long.split()  # the id is shown beside


def test_no_two_norms_of_a_normenkader_share_a_label(bank):
    for name, norms in _frameworks(bank).items():
        for field in ("short", "long"):
            labels = [getattr(n, field).casefold() for n in norms]
            assert len(set(labels)) == len(labels), (name, field)


def test_mirror_pairs_are_told_apart(bank):
    pairs = load_vocabulary_from(DATA_DIR).mirror_pairs
    assert ("V2", "OB8") in pairs and len(pairs) >= 9
    for a, b in pairs:
        assert bank.norm(a).short != bank.norm(b).short
    assert bank.norm("V2").short == "inwerken (prof.)"
    assert bank.norm("OB17").short == "wetten AVG/klacht"


@pytest.fixture
def data_copy(tmp_path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_short_label_over_the_limit_names_file_norm_and_field(data_copy):
    _replace(data_copy / "labels.toml", 'OB17 = { short = "wetten AVG/klacht"', 'OB17 = { short = "wetten AVG en klachten"')
    with pytest.raises(BankError, match=r"labels\.toml: \[normenkader_2019\] norm OB17 veld 'short': 22 tekens, hoogstens 18"):
        load_bank_from(data_copy)


def test_a_long_label_over_the_limit_is_reported(data_copy):
    _replace(data_copy / "labels.toml", 'long = "wetten: AVG, klachten, meldcode e.a."', 'long = "' + "x" * 41 + '"')
    with pytest.raises(BankError, match=r"norm OB17 veld 'long': 41 tekens, hoogstens 40"):
        load_bank_from(data_copy)


def test_two_norms_with_one_short_label_are_reported(data_copy):
    _replace(data_copy / "labels.toml", 'OB8 = { short = "werven en inwerken"', 'OB8 = { short = "Inwerken (prof.)"')
    with pytest.raises(BankError, match=r"\[normenkader_2019\] V2 en OB8 hebben hetzelfde short-label"):
        load_bank_from(data_copy)


def test_a_norm_without_labels_is_reported(data_copy):
    path = data_copy / "labels.toml"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("D16 = ")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(BankError, match=r"\[concept_2016\] norm D16: labels ontbreken"):
        load_bank_from(data_copy)


def test_a_label_for_an_unknown_norm_is_reported(data_copy):
    _replace(data_copy / "labels.toml", "[concept_2016]\n", '[concept_2016]\nOB99 = { short = "x", long = "y" }\n')
    with pytest.raises(BankError, match=r"\[concept_2016\] onbekende norm\(en\): OB99"):
        load_bank_from(data_copy)
