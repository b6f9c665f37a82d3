"""Every input the store API refuses, it refuses in Dutch (a ValidationError), never with a raw exception,
and nothing is written; text is cleaned the one way sessions/validate.py describes."""

from __future__ import annotations

import math

import pytest

from sessions import AuditStore, StoreError, ValidationError
from sessions.models import Toetsing


@pytest.fixture
def audit(tmp_path):
    store = AuditStore.create(tmp_path / "a.audit", Toetsing(id="", organisation="Welzijn Oost"), author="anna")
    yield store
    store.close()


@pytest.fixture
def bron(audit):
    return audit.start_interview("teamleider", "teamleiding")


BAD_CALLS = [
    ("fte NaN", lambda s, b: s.update_toetsing(fte_staff=math.nan), "geen oneindig"),
    ("fte inf", lambda s, b: s.update_toetsing(fte_staff=math.inf), "geen oneindig"),
    ("fte text", lambda s, b: s.update_toetsing(fte_staff="veel"), "getal"),
    ("fte huge", lambda s, b: s.update_toetsing(fte_vrijwilligers=1e300), "tussen"),
    ("wijkteam text", lambda s, b: s.update_toetsing(wijkteam="ja"), "ja of nee"),
    ("dates not a list", lambda s, b: s.update_toetsing(audit_dates="2026-11-23"), "lijst"),
    ("names None", lambda s, b: s.update_toetsing(names_to_avoid=[None]), "tekst"),
    ("persons 2**63", lambda s, b: s.start_interview("teamleider", "teamleiding", persons=2**63), "tussen"),
    ("persons float", lambda s, b: s.start_interview("teamleider", "teamleiding", persons=2.5), "1 of meer"),
    ("score hoog", lambda s, b: s.capture(b.id, "citaat", tags=[("V1", "hoog")]), "getal"),
    ("score NaN", lambda s, b: s.capture(b.id, "citaat", tags=[("V1", math.nan)]), "geen oneindig"),
    ("score 500", lambda s, b: s.capture(b.id, "citaat", tags=[("V1", 500.0)]), "tussen"),
    ("tags None", lambda s, b: s.capture(b.id, "citaat", tags=None), "lijst"),
    ("a tag None", lambda s, b: s.capture(b.id, "citaat", tags=[None]), "Een tag is"),
    ("norm id int", lambda s, b: s.capture(b.id, "citaat", tags=[(1, 0.5)]), "Onbekende norm"),
    ("bron id list", lambda s, b: s.capture([b.id], "citaat"), "id is tekst"),
    ("text bytes", lambda s, b: s.capture(b.id, b"citaat"), "tekst"),
    ("lone surrogate", lambda s, b: s.capture(b.id, "half \ud83d teken"), "ongeldig teken"),
    ("only zero-width", lambda s, b: s.capture(b.id, "\u200b\u200c\u2060\ufeff"), "geen zichtbare"),
    ("only controls", lambda s, b: s.capture(b.id, "\x07\x1b"), "leeg"),
    ("kind int", lambda s, b: s.capture(b.id, "citaat", kind=3), "soort aantekening"),
    ("set_tag score", lambda s, b: s.set_tag(s.capture(b.id, "c").id, "V1", score=math.inf), "geen oneindig"),
    ("oordeel None", lambda s, b: s.save_bevinding("V1", oordeel=1), "oordeel"),
    ("draft slot", lambda s, b: s.save_draft(None, "tekst"), "id is tekst"),
    ("nvt reason", lambda s, b: s.mark_nvt("V1", "\u200b"), "geen zichtbare"),
]


@pytest.mark.parametrize("what,call,message", BAD_CALLS, ids=[c[0] for c in BAD_CALLS])
def test_bad_input_is_refused_in_dutch_and_writes_nothing(audit, bron, what, call, message):
    before = audit.load_all()
    with pytest.raises(ValidationError, match=message):
        call(audit, bron)
    after = audit.load_all()
    # set_tag's case captures its note first, on purpose: the refusal is about the tag.
    assert len(after.tags) == len(before.tags) and after.toetsing == before.toetsing and after.bevindingen == before.bevindingen


def test_control_characters_are_stripped_newline_and_tab_kept_bidi_shown(audit, bron):
    note = audit.capture(bron.id, "een\x07 bel\x1b[31m rood\r\nregel\tmet tab \u202egekeerd\u202c")
    assert note.text == "een bel[31m rood\nregel\tmet tab [U+202E]gekeerd[U+202C]"


def test_valid_surrogate_pairs_become_the_character(audit, bron):
    note = audit.capture(bron.id, "duim \ud83d\udc4d")
    assert note.text == "duim 👍"


def test_drafts_never_refuse_text_lone_surrogates_are_replaced(audit):
    audit.save_draft("capture:live", "half \ud83d teken\x00")
    assert audit.draft("capture:live").text == "half \ufffd teken"

