"""Leer van eerdere audits: only the files the toetser chose are read (read-only), their confirmed
notes lift norms here, and a suggestion never shows their words: only "eerdere audits"."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from interviewer import earlier_audits
from interviewer.domain.tagging import REASON_OTHER_AUDITS, Tagger
from interviewer.domain.text import words
from questionbank.loader import load_vocabulary
from sessions.models import Toetsing
from sessions.store import AuditStore


def _audit(path: Path, organisation: str, notes: list[tuple[str, str]]) -> Path:
    store = AuditStore.create(path, Toetsing(id="", organisation=organisation))
    bron = store.start_interview("opbouwwerker", "sociaal_werker")
    for text, norm in notes:
        store.capture(bron.id, text, tags=[(norm, 50.0, "confirmed", "manual")])
    store.close()
    return path


@pytest.fixture
def audits(tmp_path: Path) -> dict[str, Path]:
    return {
        "noord": _audit(tmp_path / "noord.audit", "Welzijn Noord", [("Buurtcirkels van Zonnehof draaien in drie wijken", "OB13")]),
        "zuid": _audit(tmp_path / "zuid.audit", "Welzijn Zuid", [("Het Kompasoverleg met de huisartsen loopt goed", "D9")]),
        "oost": _audit(tmp_path / "oost.audit", "Welzijn Oost", [("Krachtwerk wordt bij gezinnen ingezet", "D4")]),
    }


def test_nothing_is_read_until_the_toetser_chooses_files():
    assert earlier_audits.chosen_files() == []
    assert earlier_audits.load_examples().examples == []


def test_only_the_chosen_files_are_opened_and_read_only(audits, monkeypatch):
    earlier_audits.add_file(audits["noord"])
    earlier_audits.add_file(audits["zuid"])
    opened: list[tuple[Path, bool]] = []
    real_open = AuditStore.open

    def spy(path, *, read_only=False, author=""):  # noqa: ANN001, ANN202
        opened.append((Path(path), read_only))
        return real_open(path, read_only=read_only, author=author)

    monkeypatch.setattr(AuditStore, "open", spy)
    loaded = earlier_audits.load_examples()
    assert {p.name for p, _ in opened} == {"noord.audit", "zuid.audit"}
    assert all(read_only for _, read_only in opened)
    assert {e.norm_id for e in loaded.examples} == {"OB13", "D9"}
    assert all(e.elsewhere and e.confirmed for e in loaded.examples)


def test_the_list_is_private_can_be_shown_and_cleared(audits):
    from interviewer.locations import earlier_audits_file

    earlier_audits.add_file(audits["noord"])
    assert earlier_audits.chosen_files() == [audits["noord"].resolve()]
    assert stat.S_IMODE(os.stat(earlier_audits_file()).st_mode) == 0o600
    assert json.loads(earlier_audits_file().read_text("utf-8")) == [str(audits["noord"].resolve())]  # paths only
    assert earlier_audits.remove_file(audits["noord"]) and earlier_audits.chosen_files() == []
    earlier_audits.add_file(audits["zuid"])
    earlier_audits.clear()
    assert earlier_audits.chosen_files() == [] and earlier_audits.load_examples().examples == []


def test_a_file_that_is_gone_is_skipped_with_a_message(audits):
    earlier_audits.add_file(audits["noord"])
    audits["noord"].unlink()
    loaded = earlier_audits.load_examples()
    assert loaded.examples == [] and loaded.problems and "noord.audit" in loaded.problems[0]


def test_the_open_audit_itself_is_not_learned_twice(audits):
    earlier_audits.add_file(audits["noord"])
    with AuditStore.open(audits["noord"], read_only=True) as store:
        own_id = store.toetsing().id
    assert earlier_audits.load_examples(current_audit_id=own_id).examples == []


def test_a_suggestion_lifted_by_an_earlier_audit_says_so_and_shows_none_of_its_words(bank, audits):
    earlier_audits.add_file(audits["noord"])
    vocabulary = load_vocabulary()
    note = "De buurtcirkels draaien nu in vier wijken"
    assert Tagger(bank, vocabulary).rank(note, 1)[0][0] != "OB13"
    tagger = Tagger(bank, vocabulary, earlier_audits.load_examples().examples)
    suggestions = tagger.suggest(note, 3)
    assert suggestions[0].norm_id == "OB13" and REASON_OTHER_AUDITS in suggestions[0].reasons
    own_words = set(words(note))
    allowed = {REASON_OTHER_AUDITS, "vraag", "vorige notitie", "verwijzing", "bevestigde notitie"}
    for suggestion in suggestions:
        assert set(suggestion.reasons) <= allowed | own_words, suggestion
    assert "zonnehof" not in " ".join(r for s in suggestions for r in s.reasons)


def test_this_audits_own_decision_is_kept_apart_from_an_earlier_one(bank, audits):
    tagger = Tagger(bank, load_vocabulary(), earlier_audits.load_examples([audits["noord"]]).examples)
    tagger.learn("Buurtcirkels van Zonnehof draaien in drie wijken", "OB13", confirmed=True)
    first = tagger.suggest("De buurtcirkels draaien nu in vier wijken", 1)[0]
    assert first.norm_id == "OB13" and "bevestigde notitie" in first.reasons


def _cli(*args: str, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "interviewer", *args], input=stdin, capture_output=True,
                          text=True, encoding="utf-8", env={**os.environ, **(env or {})})


def test_cli_leren_adds_shows_and_clears_and_tag_uses_it_only_when_asked(audits):
    added = _cli("leren", "--voeg-toe", str(audits["noord"]))
    assert added.returncode == 0 and "Toegevoegd" in added.stdout
    shown = _cli("leren")
    assert str(audits["noord"].resolve()) in shown.stdout and str(audits["zuid"]) not in shown.stdout
    quote = "De buurtcirkels draaien nu in vier wijken\n"
    assert json.loads(_cli("tag", stdin=quote).stdout)[0]["norm"] != "OB13"
    assert json.loads(_cli("tag", "--eerdere-audits", stdin=quote).stdout)[0]["norm"] == "OB13"
    assert _cli("leren", "--wis").returncode == 0
    assert "Geen eerdere audits" in _cli("leren").stdout
    refused = _cli("leren", "--voeg-toe", str(audits["noord"].with_name("geen.audit")))
    assert refused.returncode == 2 and "bestaat niet" in refused.stderr
