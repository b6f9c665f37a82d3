"""The commands on the files and arguments a toetser really passes them: a file from a newer version,
a file that is no audit, a missing file, an audit file as the report's output, nonsense numbers, an
empty audit, an audit with every norm n.v.t., a 20 000-character quote. Each refusal is one Dutch
line that names the file, a non-zero exit, no traceback, and every file left exactly as it was."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from test_store_files import _build_old_file, _make_audit, _snapshot

from interviewer.cli import main
from sessions import AuditStore
from sessions.models import Toetsing
from sessions.schema import SCHEMA_VERSION
from sessions.store import NORM_IDS


def _newer(path: Path) -> Path:
    _make_audit(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 7}")
    conn.commit()
    conn.close()
    return path


def _not_an_audit(path: Path) -> Path:
    path.write_text("Verslag van het gesprek met de teamleider\n", encoding="utf-8")
    return path


BAD_FILES = {
    "nieuwer": (_newer, "nieuwere versie van interviewer"),
    "geen-audit": (_not_an_audit, "geen auditbestand van interviewer"),
    "ontbreekt": (lambda path: path, "bestaat niet"),
}

COMMANDS = {
    "coverage": lambda bad, good, folder: ["coverage", str(bad)],
    "plan": lambda bad, good, folder: ["plan", str(bad)],
    "tag --audit": lambda bad, good, folder: ["tag", "--audit", str(bad)],
    "export": lambda bad, good, folder: ["export", str(bad), "--md", str(folder / "rapport.md"), "--zonder-deduce"],
    "merge (invoer)": lambda bad, good, folder: ["merge", str(good), str(bad), "-o", str(folder / "team.audit")],
    "merge (uitvoer)": lambda bad, good, folder: ["merge", str(good), "-o", str(bad)],
}


CASES = [(c, k) for c in COMMANDS for k in BAD_FILES if (c, k) != ("merge (uitvoer)", "ontbreekt")]  # that one is created


@pytest.mark.parametrize(("command", "kind"), CASES)
def test_every_command_refuses_a_bad_file_in_dutch_and_leaves_it_alone(tmp_path, capsys, command, kind):
    folder = tmp_path / "audits"
    folder.mkdir()
    make, expected = BAD_FILES[kind]
    bad = make(folder / "anna.audit")
    good = _make_audit(tmp_path / "bram.audit")
    before = _snapshot(folder)
    code = main(COMMANDS[command](bad, good, folder))
    err = capsys.readouterr().err
    assert code != 0
    assert expected in err and "anna.audit" in err, err
    assert err.startswith(("Fout: ", "Samenvoegen mislukt: ")) and err.count("\n") == 1, err
    assert _snapshot(folder) == before  # no output, no backup, no lock, no migration, file unchanged


def test_merge_names_the_one_input_that_is_refused(tmp_path, capsys):
    good = _make_audit(tmp_path / "anna.audit")
    newer = _newer(tmp_path / "bram.audit")
    assert main(["merge", str(good), str(newer), "-o", str(tmp_path / "team.audit")]) == 1
    err = capsys.readouterr().err
    assert "bram.audit: Dit auditbestand is gemaakt met een nieuwere versie" in err
    assert "anna.audit" not in err
    assert not (tmp_path / "team.audit").exists()


def test_merge_into_an_older_file_of_another_audit_changes_nothing(tmp_path, capsys):
    """The refusal must come before the target is opened for writing: that migrates an older file
    and makes a backup beside it."""
    folder = tmp_path / "doel"
    folder.mkdir()
    target = folder / "team.audit"
    _build_old_file(target, 1)
    before = _snapshot(folder)
    other = _make_audit(tmp_path / "anna.audit")  # a new audit: another id than the old file's
    assert main(["merge", str(other), "-o", str(target)]) == 1
    assert "andere audit" in capsys.readouterr().err
    assert _snapshot(folder) == before
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


@pytest.mark.parametrize("option", ["--md", "--docx"])
def test_export_never_writes_the_report_over_the_audit_file(tmp_path, capsys, option):
    audit = _make_audit(tmp_path / "audit.audit")
    before = audit.read_bytes()
    assert main(["export", str(audit), option, str(audit), "--zonder-deduce"]) == 2
    assert "is het auditbestand zelf" in capsys.readouterr().err
    assert audit.read_bytes() == before
    with AuditStore.open(audit, read_only=True) as store:
        assert len(store.aantekeningen()) == 3


def test_export_refuses_one_path_for_both_formats(tmp_path, capsys):
    audit = _make_audit(tmp_path / "audit.audit")
    out = tmp_path / "rapport"
    assert main(["export", str(audit), "--md", str(out), "--docx", str(tmp_path / "." / "rapport"), "--zonder-deduce"]) == 2
    assert "hetzelfde bestand" in capsys.readouterr().err
    assert not out.exists()


# -- arguments ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["nan", "inf", "-5", "0", "veel"])
def test_plan_refuses_an_fte_that_is_no_size(capsys, value):
    with pytest.raises(SystemExit) as exit_info:
        main(["plan", "--fte", value])
    assert exit_info.value.code == 2
    assert "moet een aantal fte groter dan 0 zijn" in capsys.readouterr().err


def test_plan_accepts_a_dutch_decimal_comma(capsys):
    assert main(["plan", "--fte", "12,5"]) == 0
    assert "(12,5 fte, variant ci)" in capsys.readouterr().out


def test_plan_refuses_negative_slots_and_an_empty_functie_list(capsys):
    with pytest.raises(SystemExit):
        main(["plan", "--slots", "-1"])
    assert "geheel getal van 0 of meer" in capsys.readouterr().err
    assert main(["plan", "--functies", " , "]) == 2
    assert "Geen functies" in capsys.readouterr().err


def test_plan_says_why_the_table_gives_no_slots(capsys):
    assert main(["plan", "--fte", "500"]) == 0
    assert "geeft geen aantal dagen voor 500 fte" in capsys.readouterr().out
    assert main(["plan", "--fte", "30", "--variant", "combi"]) == 0
    assert "bovenop de ISO/HKZ-audit" in capsys.readouterr().out
    assert main(["plan", "--fte", "25", "--slots", "10"]) == 0
    out = capsys.readouterr().out
    assert "Beschikbaar: 10 interviewslots." in out and "25 fte" not in out  # the slots were given, not derived


# -- audits at their edges ---------------------------------------------------------------------


def _audit(path: Path, *, all_nvt: bool = False) -> Path:
    with AuditStore.create(path, Toetsing(id="", organisation="Buurtwerk ‘Ôost’ 🌳")) as store:
        if all_nvt:
            for norm_id in sorted(NORM_IDS):
                store.mark_nvt(norm_id, "Wijkteam van de gemeente: deze norm ligt bij de gemeente")
    return path


def test_an_empty_audit_has_open_norms_a_full_plan_and_no_advies(tmp_path, capsys):
    path = _audit(tmp_path / "leeg.audit")
    assert main(["coverage", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Buurtwerk ‘Ôost’ 🌳" in out and "Totaal: 0 onderbouwd, 0 gedekt, 0 dun, 49 open, 0 n.v.t." in out
    assert main(["plan", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Interviewplan — Buurtwerk") and "voor de resterende gaten" not in out
    assert "Nodig voor twee verschillende functies per norm: 6 interviews (waarvan 2 vaste)" in out and "Dag 1" in out
    assert main(["export", str(path), "--md", str(tmp_path / "r.md"), "--zonder-deduce", "--werkversie"]) == 0
    assert "Nog geen advies (voorlopig)." in capsys.readouterr().out
    assert "Positief advies" not in (tmp_path / "r.md").read_text(encoding="utf-8")


def test_an_audit_with_every_norm_nvt_needs_no_interviews_and_gets_no_advies(tmp_path, capsys):
    path = _audit(tmp_path / "nvt.audit", all_nvt=True)
    assert main(["coverage", str(path), "--gaps"]) == 0
    out = capsys.readouterr().out
    assert out.count("geen gaten") == 3 and "49 n.v.t.; 0 normen met een gat" in out
    assert main(["plan", str(path)]) == 0
    assert "Geen interviews nodig." in capsys.readouterr().out
    assert main(["export", str(path), "--md", str(tmp_path / "r.md"), "--zonder-deduce", "--werkversie"]) == 0
    assert capsys.readouterr().out.strip().endswith("Nog geen advies.")
    report = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "Positief advies" not in report and "49 n.v.t." in report


# -- interviewer tag ---------------------------------------------------------------------------


def _tag(stdin: str, *args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "interviewer", "tag", *args],
        input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=timeout,
    )


def test_tag_takes_a_20000_character_quote_and_a_run_of_letters(tmp_path):
    quote = ("Er is een actuele RI&E met plan van aanpak en de BHV is goed geregeld. " * 400)[:20_000]
    out = _tag(f"{quote}\n{'vrijwilliger' * 1700}\nDe RI&E is actueel\n")
    assert out.returncode == 0 and "Traceback" not in out.stderr
    first, letters, short = (json.loads(line) for line in out.stdout.splitlines())
    assert first[0]["norm"] == "OB16" and len(first) == 5
    assert letters == [] and short[0]["norm"] == "OB16"


def test_tag_stops_quietly_when_the_reader_stops(tmp_path):
    quotes = tmp_path / "citaten.txt"
    quotes.write_text("De RI&E is actueel\n" * 5000, encoding="utf-8")
    pipeline = f"{sys.executable} -m interviewer tag < {quotes} | head -n 1"
    out = subprocess.run(["bash", "-o", "pipefail", "-c", pipeline], capture_output=True, text=True, timeout=60)
    assert json.loads(out.stdout)[0]["norm"] == "OB16"
    assert "Traceback" not in out.stderr and "BrokenPipe" not in out.stderr
    assert out.returncode == 0
