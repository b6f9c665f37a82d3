"""The one rule for which bevinding version counts (interviewer/domain/versions.py)."""

from __future__ import annotations

from interviewer.domain import versions
from sessions.models import Bevinding
from sessions.store import TEAM_AUTHOR


def v(author: str, oordeel: str, updated: str, *, text: str = "Tekst.", edited: bool = True, accepted: bool = False,
      status: str = "draft", norm: str = "V1") -> Bevinding:
    return Bevinding(f"{norm}-{author}-{updated}", norm, text, oordeel, status, edited=edited, accepted=accepted,
                     author=author, updated=updated)


def test_the_team_author_is_the_stores():
    assert versions.TEAM_AUTHOR == TEAM_AUTHOR


def test_disagreeing_toetsers_without_a_team_version_are_in_geschil_never_the_latest():
    c = versions.counted("V1", [v("anna", "+/-", "2026-10-07T10:00"), v("bert", "+", "2026-10-07T11:00")])
    assert c.disputed and c.bevinding is None and c.oordeel == versions.IN_GESCHIL
    assert {b.author for b in c.versions} == {"anna", "bert"}


def test_a_team_version_settles_the_dispute():
    vs = [v("anna", "+/-", "2026-10-07T10:00"), v("bert", "+", "2026-10-07T11:00"),
          v(TEAM_AUTHOR, "+/-", "2026-10-07T09:00", status="final")]
    c = versions.counted("V1", vs)
    assert c.state == versions.SETTLED and c.oordeel == "+/-"


def test_agreeing_toetsers_count_the_latest_and_an_unrated_version_is_no_dispute():
    vs = [v("anna", "+", "2026-10-07T10:00", text="Oud."), v("bert", "+", "2026-10-07T11:00", text="Nieuw."),
          v("carla", "niet beoordeeld", "2026-10-07T12:00")]
    c = versions.counted("V1", vs)
    assert c.state == versions.AGREED and c.bevinding.text == "Nieuw."


def test_only_an_authors_latest_version_is_theirs():
    vs = [v("anna", "-", "2026-10-06T10:00"), v("anna", "+", "2026-10-07T10:00"), v("bert", "+", "2026-10-07T09:00")]
    assert not versions.counted("V1", vs).disputed
    assert versions.own_version(vs, "anna").oordeel == "+"


def test_a_machine_concept_is_not_a_toetsers_version_and_its_text_awaits_acceptance():
    machine = v("bert", "niet beoordeeld", "2026-10-07T12:00", text="Concept uit het bewijs.", edited=False)
    anna = v("anna", "+/-", "2026-10-07T10:00")
    c = versions.counted("V1", [anna, machine])
    assert c.state == versions.AGREED and c.bevinding is anna and not c.machine  # bert's later concept is not his version
    only = versions.counted("V1", [machine])
    assert only.state == versions.MACHINE and only.bevinding is machine and only.machine
    # an oordeel is always a toetser's: with one, bert's version disputes anna's, though its text is still a concept
    judged = v("bert", "+", "2026-10-07T12:00", edited=False)
    assert versions.counted("V1", [anna, judged]).disputed
    alone = versions.counted("V1", [judged])
    assert alone.oordeel == "+" and alone.machine
    accepted = v("bert", "+", "2026-10-07T12:00", edited=False, accepted=True)
    assert not versions.counted("V1", [accepted]).machine


def test_disputes_lists_only_unsettled_disagreements():
    vs = [v("anna", "+", "1", norm="V1"), v("bert", "-", "2", norm="V1"),
          v("anna", "+", "1", norm="V2"), v("bert", "+", "2", norm="V2")]
    assert [c.norm_id for c in versions.disputes(vs)] == ["V1"]
