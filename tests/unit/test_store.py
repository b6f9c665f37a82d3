"""The audit store as a toetser experiences it: what is captured is there after reopening, bad input is refused."""

from __future__ import annotations

import os
import shutil
import stat
import threading

import pytest

from sessions import (
    MAX_AANTEKENING_CHARS,
    AuditStore,
    ReadOnly,
    StoreError,
    UnknownRow,
    ValidationError,
)
from sessions.models import Toetser, Toetsing
from sessions.store import TEAM_AUTHOR


@pytest.fixture
def audit(tmp_path):
    path = tmp_path / "audits" / "welzijn.audit"
    store = AuditStore.create(
        path,
        Toetsing(id="", organisation="Welzijn Oost", lidnummer="123", fte_staff=40.0, audit_dates=["2026-11-23"]),
        [Toetser(id="", name="Anna", role="teamleider")],
        author="anna",
    )
    yield store
    store.close()


def _reopen(store: AuditStore) -> AuditStore:
    store.close()
    return AuditStore.open(store.path, author=store.author)


def test_captured_quote_with_tags_is_there_after_reopening(audit):
    bron = audit.start_interview("jongerenwerker", "sociaal_werker", persons=2)
    note = audit.capture(bron.id, "  We bespreken casussen in de intervisie.  ", tags=[("V1", 0.8), ("v3", 0.4, "confirmed", "manual")])
    audit = _reopen(audit)
    try:
        [stored] = audit.aantekeningen()
        assert stored.text == "We bespreken casussen in de intervisie."
        assert stored.id == note.id and stored.bron_id == bron.id and stored.toetser_id == "anna"
        tags = {t.norm_id: t for t in audit.tags(aantekening_id=note.id)}
        assert set(tags) == {"V1", "V3"}
        assert tags["V1"].state == "suggested" and tags["V1"].score == pytest.approx(0.8)
        assert tags["V3"].state == "confirmed" and tags["V3"].origin == "manual"
        assert audit.bron(bron.id).persons == 2
    finally:
        audit.close()


def test_every_row_has_uuid_timestamps_and_author(audit):
    bron = audit.add_document("Beleidsplan 2026", "beleidsplan")
    note = audit.capture(bron.id, "Visie staat beschreven", "observatie", tags=["OB1"])
    data = audit.load_all()
    rows = [data.toetsing, *data.toetsers, *data.bronnen, *data.aantekeningen, *data.tags]
    for row in rows:
        assert len(row.id) == 36 and row.id.count("-") == 4
        assert row.created.endswith("Z") and row.updated >= row.created
        assert row.author == "anna"
    assert data.aantekeningen[0].id == note.id


def test_set_tag_keeps_one_row_per_aantekening_and_norm(audit):
    bron = audit.start_interview("teamleider", "teamleiding")
    note = audit.capture(bron.id, "Elk kwartaal een klanttevredenheidsmeting", tags=[("D5", 0.7)])
    audit.set_tag(note.id, "D5", "confirmed")
    audit.set_tag(note.id, "D5", "rejected")
    [tag] = audit.tags(aantekening_id=note.id)
    assert tag.state == "rejected" and tag.origin == "manual"
    assert audit.tags(state="confirmed") == []


def test_deleted_aantekening_and_its_tags_are_gone_from_views(audit):
    bron = audit.start_interview("coördinator vrijwilligers", "vrijwilligerscoordinator")
    keep = audit.capture(bron.id, "Vrijwilligers krijgen een inwerkprogramma", tags=[("V10", 1, "confirmed")])
    gone = audit.capture(bron.id, "typo", tags=[("V11", 1, "confirmed")])
    audit.delete_aantekening(gone.id)
    assert [a.id for a in audit.aantekeningen()] == [keep.id]
    assert {t.norm_id for t in audit.tags()} == {"V10"}
    assert audit.evidence_counts() == {"V10": {"interview": 1}}
    with pytest.raises(UnknownRow):
        audit.set_tag(gone.id, "V1")


def test_aantekeningen_oldest_first_and_per_bron(audit):
    one = audit.start_interview("teamleider", "teamleiding")
    two = audit.add_observation("Rondgang inloophuis")
    texts = [f"citaat {i}" for i in range(5)]
    for i, text in enumerate(texts):
        audit.capture(one.id if i % 2 == 0 else two.id, text)
    assert [a.text for a in audit.aantekeningen()] == texts
    assert [a.text for a in audit.aantekeningen(two.id)] == ["citaat 1", "citaat 3"]
    assert [b.kind for b in audit.bronnen()] == ["interview", "observatie"]
    assert [b.id for b in audit.bronnen("observatie")] == [two.id]


def test_update_aantekening_text_and_kind(audit):
    bron = audit.start_interview("teamleider", "teamleiding")
    note = audit.capture(bron.id, "eerste versie")
    changed = audit.update_aantekening(note.id, text="tweede versie", kind="sterk punt")
    assert changed.kind == "sterk_punt" and changed.updated > note.updated
    assert audit.aantekeningen()[0].text == "tweede versie"


def test_evidence_counts_distinct_bronnen_per_kind(audit):
    i1 = audit.start_interview("teamleider", "teamleiding")
    i2 = audit.start_interview("jongerenwerker", "sociaal_werker")
    doc = audit.add_document("Jaarverslag", "jaarverslag")
    for bron in (i1, i1, i2, doc):
        audit.capture(bron.id, "bewijs voor V2", tags=[("V2", 0.9, "confirmed")])
    audit.capture(i2.id, "alleen gesuggereerd", tags=[("V4", 0.9)])
    assert audit.evidence_counts() == {"V2": {"interview": 2, "document": 1}}


@pytest.mark.parametrize(
    ("text", "kind", "tags", "message"),
    [
        ("", "citaat", (), "leeg"),
        ("   \n\t ", "citaat", (), "leeg"),
        ("x" * 20_000, "citaat", (), r"te lang \(20\.000 tekens; maximaal 10\.000\)"),
        ("goed citaat", "roddel", (), "Onbekende soort aantekening"),
        ("goed citaat", "citaat", [("X99", 1.0)], "Onbekende norm: 'X99'"),
        ("goed citaat", "citaat", [("V16", 1.0)], "V1–V15"),
        ("goed citaat", "citaat", [("OB24", 1.0)], "OB1–OB23"),
        ("met\x00nul", "citaat", (), "nulteken"),
    ],
    ids=["empty", "whitespace", "too-long", "kind", "norm", "norm-V16", "norm-OB24", "nul"],
)
def test_capture_refuses_bad_input_in_dutch_and_writes_nothing(audit, text, kind, tags, message):
    bron = audit.start_interview("teamleider", "teamleiding")
    with pytest.raises(ValidationError, match=message):
        audit.capture(bron.id, text, kind, tags=tags)
    assert audit.aantekeningen() == [] and audit.tags() == []


def test_longest_allowed_quote_is_stored(audit):
    bron = audit.start_interview("teamleider", "teamleiding")
    audit.capture(bron.id, "a" * MAX_AANTEKENING_CHARS)
    assert len(audit.aantekeningen()[0].text) == MAX_AANTEKENING_CHARS


def test_capture_on_unknown_bron_is_refused(audit):
    with pytest.raises(UnknownRow, match="Onbekende bron"):
        audit.capture("no-such-bron", "citaat")


@pytest.mark.parametrize(
    "text",
    [
        "Top! 😀👍🏽 de cliëntenraad is tevreden",
        "שלום en مرحبا: twee talen in één citaat",
        "Zoë, Chloë en Noël\nnieuwe regel\tmet tab",
        "zero\u200bwidth en een \u200fmarkering",
    ],
)
def test_odd_unicode_round_trips(audit, text):
    bron = audit.start_interview("teamleider", "teamleiding")
    audit.capture(bron.id, text)
    audit = _reopen(audit)
    try:
        assert audit.aantekeningen()[0].text == text
    finally:
        audit.close()


def test_combining_accents_are_normalised_to_nfc(audit):
    bron = audit.start_interview("teamleider", "teamleiding")
    note = audit.capture(bron.id, "cafe\u0301 en re\u0301sume\u0301")
    assert note.text == "café en résumé"
    assert audit.aantekeningen()[0].text == "café en résumé"


def test_nvt_marking_needs_a_reason_and_can_be_withdrawn(audit):
    with pytest.raises(ValidationError, match="reden"):
        audit.mark_nvt("OB20", "  ")
    audit.mark_nvt("OB20", "Geen bedrijfskritische vrijwilligers")
    assert [(m.norm_id, m.reason) for m in audit.nvt()] == [("OB20", "Geen bedrijfskritische vrijwilligers")]
    audit.unmark_nvt("OB20")
    assert audit.nvt() == []
    audit.mark_nvt("OB20", "toch niet van toepassing")
    assert [m.reason for m in audit.nvt()] == ["toch niet van toepassing"]


def test_bevinding_one_version_per_author(audit):
    audit.save_bevinding("V1", text="Competenties zijn beschreven.", oordeel="+")
    second = audit.save_bevinding("V1", status="final", edited=True)
    assert second.text == "Competenties zijn beschreven." and second.status == "final" and second.edited
    assert second.version == 2
    audit.set_author("bram")
    audit.save_bevinding("V1", text="Niet iedereen kent het profiel.", oordeel="+/-")
    versions = {b.author: b for b in audit.bevindingen("V1")}
    assert set(versions) == {"anna", "bram"}
    assert versions["anna"].oordeel == "+" and versions["bram"].oordeel == "+/-"
    with pytest.raises(ValidationError, match="oordeel"):
        audit.save_bevinding("V1", oordeel="goed")


def test_team_version_leaves_every_toetsers_own_version(audit, tmp_path):
    """Settling a norm writes the team's version; the toetsers' own oordelen stay for the record."""
    audit.save_bevinding("V1", text="Anna: competenties beschreven.", oordeel="+")
    audit.set_author("bram")
    audit.save_bevinding("V1", text="Bram: niet iedereen kent het profiel.", oordeel="+/-")
    team = audit.save_bevinding(
        "V1", text="Bram: niet iedereen kent het profiel.", oordeel="+/-", status="final", author=TEAM_AUTHOR
    )
    assert team.author == TEAM_AUTHOR and team.status == "final" and team.version == 1
    assert audit.author == "bram"  # the store still writes as bram
    again = audit.save_bevinding("V1", oordeel="+", author=TEAM_AUTHOR)  # the team changes its mind
    assert again.id == team.id and again.version == 2 and again.text == team.text
    versions = {b.author: b for b in audit.bevindingen("V1")}
    assert set(versions) == {"anna", "bram", TEAM_AUTHOR}
    assert (versions["anna"].oordeel, versions["anna"].status) == ("+", "draft")
    assert (versions["bram"].oordeel, versions["bram"].status) == ("+/-", "draft")
    assert versions[TEAM_AUTHOR].oordeel == "+"

    # Two laptops that both settle V2 end up with one team version after a merge: the later one.
    audit.close()
    other = tmp_path / "kopie.audit"
    shutil.copy(audit.path, other)
    with AuditStore.open(audit.path, author="anna") as mine:
        mine.save_bevinding("V2", oordeel="-", status="final", author=TEAM_AUTHOR)
    with AuditStore.open(other, author="bram") as theirs:
        theirs.save_bevinding("V2", oordeel="+/-", status="final", author=TEAM_AUTHOR)
    with AuditStore.open(audit.path, author="anna") as mine:
        mine.merge_from(other)
        [settled] = [b for b in mine.bevindingen("V2") if b.author == TEAM_AUTHOR]
        assert settled.oordeel == "+/-"


def test_questions_custom_and_asked(audit):
    bron = audit.start_interview("teamleider", "teamleiding")
    q = audit.add_custom_question("D3", "Hoe betrekt u klanten bij het werkplan?", "teamleiding")
    audit.mark_asked(bron.id, "D3", f"custom:{q.id}")
    audit.mark_asked(bron.id, "V1", "bank:V1:0")
    audit.mark_asked(bron.id, "V1", "bank:V1:0")  # twice is once
    assert sorted(a.question_key for a in audit.asked(bron.id)) == ["bank:V1:0", f"custom:{q.id}"]
    audit.unmark_asked(bron.id, "bank:V1:0")
    assert [a.question_key for a in audit.asked()] == [f"custom:{q.id}"]
    audit.mark_asked(bron.id, "V1", "bank:V1:0")
    assert len(audit.asked()) == 2
    assert [c.text for c in audit.custom_questions()] == ["Hoe betrekt u klanten bij het werkplan?"]


def test_preparation_notes_per_author(audit):
    audit.set_preparation("V2", "Zelfevaluatie noemt scholingsplan.")
    audit.set_preparation("V2", "Zelfevaluatie noemt scholingsplan 2026.")
    assert [p.text for p in audit.preparation()] == ["Zelfevaluatie noemt scholingsplan 2026."]


def test_drafts_upsert_and_clear(audit):
    audit.save_draft("capture:b1", "We hebb")
    audit.save_draft("capture:b1", "We hebben intervisie")
    audit.save_draft("bevinding:V1", "Concept")
    assert audit.draft("capture:b1").text == "We hebben intervisie"
    assert len(audit.drafts()) == 2
    audit.clear_draft("capture:b1")
    assert audit.draft("capture:b1") is None
    audit.save_draft("bevinding:V1", "  ")  # emptied input: nothing to offer back
    assert audit.drafts() == []


def test_capture_empties_its_line_draft_in_the_same_transaction(audit):
    """Saved and still in the autosave: after a crash the line would offer the note to save again."""
    bron = audit.start_interview("jongerenwerker", "jongerenwerk")
    audit.save_draft(f"capture:{bron.id}", "we bespreken casussen")
    with pytest.raises(ValidationError):  # refused: nothing written, the typed line stays autosaved
        audit.capture(bron.id, "   ", draft=f"capture:{bron.id}")
    assert audit.draft(f"capture:{bron.id}").text == "we bespreken casussen"
    audit.capture(bron.id, "we bespreken casussen", draft=f"capture:{bron.id}")
    audit = _reopen(audit)
    try:
        assert audit.draft(f"capture:{bron.id}") is None
        assert [a.text for a in audit.aantekeningen()] == ["we bespreken casussen"]
    finally:
        audit.close()


def test_update_toetsing_validates_and_persists(audit):
    audit.update_toetsing(variant="intercollegiaal", wijkteam=True, names_to_avoid=["Jansen"])
    with pytest.raises(ValidationError, match="toetsingsvariant"):
        audit.update_toetsing(variant="los")
    with pytest.raises(ValidationError, match="Onbekend veld"):
        audit.update_toetsing(kleur="blauw")
    audit = _reopen(audit)
    try:
        t = audit.toetsing()
        assert (t.variant, t.wijkteam, t.names_to_avoid, t.audit_dates) == ("intercollegiaal", True, ["Jansen"], ["2026-11-23"])
        assert t.fte_total == 40.0
    finally:
        audit.close()


def test_toetsers_and_roles(audit):
    audit.add_toetser("Bram", "branchetoetser", "Welzijn West")
    assert [(t.name, t.role) for t in audit.toetsers()] == [("Anna", "teamleider"), ("Bram", "branchetoetser")]
    with pytest.raises(ValidationError, match="rol"):
        audit.add_toetser("Cor", "stagiair")


def test_create_is_private_and_refuses_to_overwrite(tmp_path):
    path = tmp_path / "nieuw" / "diep" / "a.audit"
    AuditStore.create(path, Toetsing(id="", organisation="X")).close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(path.parent.parent).st_mode) == 0o700
    before = path.read_bytes()
    with pytest.raises(StoreError, match="Er staat al een bestand"):
        AuditStore.create(path, Toetsing(id="", organisation="Y"))
    assert path.read_bytes() == before


def test_read_only_store_refuses_writes(audit):
    bron = audit.start_interview("teamleider", "teamleiding")
    audit.capture(bron.id, "een citaat")
    with AuditStore.open(audit.path, read_only=True) as ro:
        assert [a.text for a in ro.aantekeningen()] == ["een citaat"]
        with pytest.raises(ReadOnly, match="alleen-lezen"):
            ro.capture(bron.id, "nog een")


def test_writes_from_threads_are_all_kept(audit):
    bron = audit.start_interview("teamleider", "teamleiding")

    def worker(n: int) -> None:
        for i in range(20):
            audit.capture(bron.id, f"draad {n} citaat {i}")
            audit.save_draft(f"capture:{n}", f"draad {n} typt {i}")

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(audit.aantekeningen()) == 80
    assert len(audit.drafts()) == 4
