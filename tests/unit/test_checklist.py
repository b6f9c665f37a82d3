"""The pre-export checklist: each item blocks what it should, and its absence blocks nothing."""

from __future__ import annotations

import dataclasses

import pytest
from complete_audit import complete_audit, with_bevindingen

from interviewer.domain.checklist import BLOCKER, DEFINITIEF, WARNING, build_checklist
from sessions.models import Bevinding, Override


def _version(author: str, oordeel: str, *, edited: bool = True, accepted: bool = False, norm: str = "V1") -> Bevinding:
    return Bevinding(f"{norm}-{author}", norm, f"Versie van {author}.", oordeel, "draft", edited=edited,
                     accepted=accepted, author=author, updated=f"2026-10-07T1{len(author)}:00:00Z")


@pytest.fixture
def complete(bank):
    return complete_audit(bank)


def test_a_complete_audit_has_no_item_and_nothing_blocks(bank, complete):
    checklist = build_checklist(complete, bank)
    assert checklist.items == ()
    assert checklist.blocking("concept") == () and checklist.blocking("definitief") == ()


def test_open_dispute_blocks_concept_and_definitief_and_a_team_version_lifts_it(bank, complete):
    disputed = with_bevindingen(complete, "V1", _version("tl", "+"), _version("bo", "+/-"))
    item = build_checklist(disputed, bank).of("dispute")
    assert item.level == BLOCKER and item.norms == ("V1",) and "in geschil" in item.message
    assert item in build_checklist(disputed, bank).blocking("concept")
    settled = with_bevindingen(complete, "V1", _version("tl", "+"), _version("bo", "+/-"),
                               *[b for b in complete.bevindingen if b.norm_id == "V1"])
    assert build_checklist(settled, bank).of("dispute") is None


def test_norm_without_oordeel_blocks(bank, complete):
    unjudged = with_bevindingen(complete, "OB3")
    item = build_checklist(unjudged, bank).of("unjudged")
    assert item.level == BLOCKER and item.norms == ("OB3",) and "OB3" in item.message
    assert build_checklist(complete, bank).of("unjudged") is None


def test_machine_concept_blocks_until_a_toetser_accepts_or_edits_it(bank, complete):
    machine = with_bevindingen(complete, "D2", _version("tl", "+", edited=False, norm="D2"))
    item = build_checklist(machine, bank).of("machine")
    assert item.level == BLOCKER and item.norms == ("D2",)
    accepted = with_bevindingen(complete, "D2", _version("tl", "+", edited=False, accepted=True, norm="D2"))
    assert build_checklist(accepted, bank).of("machine") is None
    edited = with_bevindingen(complete, "D2", _version("tl", "+", norm="D2"))
    assert build_checklist(edited, bank).of("machine") is None


def test_oordeel_below_the_coverage_rule_blocks_unless_a_reason_is_recorded(bank, complete):
    # V5 loses its document: two interviews only ("gedekt"), short of the Bijlage 9 rule
    thin = dataclasses.replace(complete, tags=[t for t in complete.tags if not (t.norm_id == "V5" and t.aantekening_id == "a-d1")])
    item = build_checklist(thin, bank).of("coverage")
    assert item.level == BLOCKER and item.norms == ("V5",)
    overridden = dataclasses.replace(thin, overrides=[Override("o1", "V5", "Het document is ter plekke ingezien maar niet vastgelegd.")])
    assert build_checklist(overridden, bank).of("coverage") is None
    withdrawn = dataclasses.replace(thin, overrides=[Override("o1", "V5", "reden", active=False)])
    assert build_checklist(withdrawn, bank).of("coverage") is not None


def test_empty_deel_a_field_blocks_only_the_definitief(bank):
    audit = complete_audit(bank, adres="", ci_naam="")
    checklist = build_checklist(audit, bank)
    item = checklist.of("deel_a")
    assert item.level == DEFINITIEF and "Adres" in item.message and "Naam Certificerende instelling" in item.message
    assert checklist.blocking("concept") == () and item in checklist.blocking("definitief")


def test_expiry_is_first_certification_only_when_said_so(bank):
    silent = build_checklist(complete_audit(bank, previous_certificate_expiry=""), bank).of("deel_a")
    assert "Expiratiedatum laatste certificaat" in silent.message
    said = complete_audit(bank, previous_certificate_expiry="", first_certification=True)
    assert build_checklist(said, bank).of("deel_a") is None


def test_verbeterplan_approval_blocks_only_the_definitief_when_a_norm_is_deels(bank, complete):
    deels = with_bevindingen(complete, "V2", dataclasses.replace(
        next(b for b in complete.bevindingen if b.norm_id == "V2"), oordeel="+/-", verbeterpunten="Borg het inwerken."))
    checklist = build_checklist(deels, bank)
    assert checklist.of("verbeterplan").level == DEFINITIEF and checklist.blocking("concept") == ()
    approved = dataclasses.replace(deels, toetsing=dataclasses.replace(
        deels.toetsing, verbeterplan_goedgekeurd=True, verbeterplan_datum="2026-11-25"))
    assert build_checklist(approved, bank).of("verbeterplan") is None
    assert build_checklist(complete, bank).of("verbeterplan") is None  # all voldoet: no plan needed


def test_deadline_after_the_expiry_warns_but_never_blocks(bank):
    audit = complete_audit(bank, previous_certificate_expiry="2026-11-01")
    checklist = build_checklist(audit, bank)
    warnings = [i for i in checklist.items if i.code == "deadline"]
    assert warnings and all(i.level == WARNING for i in warnings)
    assert "na de expiratiedatum" in warnings[0].message and "Bijlage 6" in warnings[0].message
    assert checklist.blocking("definitief") == ()
    assert build_checklist(complete_audit(bank), bank).of("deadline") is None


def test_an_unreviewed_name_candidate_blocks_concept_and_definitief_and_is_listed_for_a_werkversie(bank, complete):
    checklist = build_checklist(complete, bank, candidates=["Öztürk", "Kelder"])
    item = checklist.of("names")
    assert item.level == BLOCKER
    assert item.message == (
        "Controleer namen: Öztürk, Kelder — markeer als naam of geen naam (--naam/--geen-naam, of n / g in de namentabel van het exportscherm)."
    )
    assert item in checklist.blocking("concept") and item in checklist.blocking("definitief")
    assert checklist.blocking("werkversie") == ()
    assert "[blokkeert] Controleer namen: Öztürk, Kelder" in checklist.lines()[0]
    # the werkversie's appendix counts the words but does not print them (they are replaced there)
    assert checklist.report_lines() == [
        "[blokkeert] Controleer namen: 2 woorden zijn in deze werkversie vervangen door [naam] tot iemand ze "
        "controleert — markeer als naam of geen naam (--naam/--geen-naam, of n / g in de namentabel van het exportscherm)."
    ]
    assert build_checklist(complete, bank).of("names") is None  # no candidate, no item


def test_the_names_item_comes_after_the_other_blockers_and_before_definitief_items(bank):
    audit = complete_audit(bank, adres="")  # an empty Deel A field: a definitief-only item
    unjudged = with_bevindingen(audit, "OB3")
    codes = [i.code for i in build_checklist(unjudged, bank, candidates=["Kelder"]).items]
    assert codes.index("unjudged") < codes.index("names") < codes.index("deel_a")
