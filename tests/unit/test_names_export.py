"""A planted name in every spelling the issue lists never reaches the exported .docx or .md: not in
body text, tables, headers, footers or document properties (the files are read back whole)."""

from __future__ import annotations

import re
import zipfile

import pytest

from interviewer.domain.export_docx import write_docx
from interviewer.domain.export_md import write_markdown
from interviewer.domain.names import ListedNameLeft, anonymise, fold
from interviewer.domain.report import build_report
from sessions.models import Aantekening, AuditData, Bevinding, Bron, Tag, Toetser, Toetsing

# (how it is written in the audit, the folded word that must not come out)
PLANTED = [
    ("collega mo en sanne bespreken de casus", ("mo", "sanne")),  # lowercase first names
    ("Familie Öztürk kwam via de huisarts.", ("ozturk",)),  # surname outside any Dutch list
    ("Youssef, Sven en Roos doen de inloop.", ("youssef", "sven", "roos")),
    ("Ahmeds moeder voelde zich gehoord.", ("ahmed", "ahmeds")),  # possessive
    ("Het verslag is van J.P. Smit.", ("smit",)),  # initials
    ("Mail s.vandenberg@welzijn.nl voor de planning.", ("vandenberg",)),  # e-mail address
    ("Wil\u00adlemijn legde het scholingsplan uit.", ("willemijn",)),  # soft hyphen
    ("Volgens Ka\u200brim werkt het.", ("karim",)),  # zero-width space
    ("Het overleg met Fаtima (Cyrillische a) ging goed.", ("fatima",)),  # Cyrillic look-alike
    ("Ｄａａｎ schreef het verslag.", ("daan",)),  # fullwidth letters
    # round 2: phone numbers as people write them (each digit group is checked)
    ("Terugbellen via +31 6 2468 1357.", ("2468", "1357")),
    ("Zijn vader is bereikbaar op 0031 6 97531864.", ("97531864",)),
    ("Het kantoor: 020-7654321.", ("7654321",)),
    ("Afspraak via (010) 864 20 97 gemaakt.", ("864",)),
    ("Moeder belt zelf van 06 4321 8765.", ("4321", "8765")),
    # a surname led by its particles at the start of a line or sentence
    ("Van der Kolk zegt dat de intervisie maandelijks is.", ("kolk",)),
    ("van der Linden: functioneringsgesprekken 1x per jaar", ("linden",)),
    # prefixed and hyphenated names, also in lowercase
    ("al-hassan en zijn maatje oefenen elke week.", ("hassan",)),
    ("Volgens El Idrissi loopt de wachtlijst terug.", ("idrissi",)),
    ("Abdel-Rahman kwam via de school.", ("rahman",)),
    ("Mevrouw Kaya-de Vries zit in de cliëntenraad.", ("kaya", "vries")),
    # a look-alike letter in a name that is in no list
    ("Het gesprek met Kwаbena (Cyrillische a) ging over de roosters.", ("kwabena",)),
]


def build_audit(bank) -> AuditData:  # noqa: ANN001
    t = Toetsing(
        id="plant", organisation="Stichting Welzijn Rivierstad", audit_dates=["2026-11-23"],
        verloop="Gesprekken gepland met dhr. Pietersen; contact via s.vandenberg@welzijn.nl.",
    )
    bronnen = [
        Bron("i1", "interview", title="Gesprek jongerenwerk", functie="jongerenwerker", functie_category="sociaal_werker"),
        Bron("i2", "interview", functie="Coördinator vrijwilligers Femke"),  # a name typed into the functie field
        Bron("d1", "document", title="Notulen klankbordgroep (voorzitter Pietersen)"),  # a name in a document title
    ]
    notes, tags = [], []
    for i, (text, _) in enumerate(PLANTED):
        notes.append(Aantekening(f"a{i}", "i1", text))
        tags.append(Tag(f"t{i}", f"a{i}", "V2", state="confirmed"))
    notes.append(Aantekening("ad", "d1", "Besproken in de klankbordgroep."))
    tags.append(Tag("td", "ad", "V2", state="confirmed"))
    bevindingen = [
        Bevinding("b1", "V2", " ".join(text for text, _ in PLANTED) + " Later zei Pietersen dat het klopt.", "+/-", "draft",
                  verbeterpunten="Borg het inwerken (tip van Sannes buddy).", updated="2026-11-25T09:00:00"),
        Bevinding("b2", "V3", "Zie de tabel; Pietersens voorstel is overgenomen.", "+", "draft", updated="2026-11-25T09:00:00"),
    ]
    return AuditData(t, [Toetser("tl", "Marieke Jansen", "teamleider")], bronnen, notes, tags, [], bevindingen, [], [], [])


def every_text_in_docx(path) -> str:  # noqa: ANN001
    """All XML parts of the .docx (document, tables, headers, footers, core and app properties)
    with the tags stripped: whatever Word could show or a reader could extract."""
    with zipfile.ZipFile(path) as z:
        parts = [z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml")]
    return re.sub(r"<[^>]+>", " ", "\n".join(parts))


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(text)))


@pytest.fixture(scope="module")
def exported(bank, tmp_path_factory):  # noqa: ANN001
    audit = build_audit(bank)
    report = build_report(audit, bank)
    raw = words("\n".join(report.texts()))
    assert {"sanne", "pietersen", "femke", "smit"} <= raw  # the raw report does carry them
    result = anonymise(report, audit, bank)
    folder = tmp_path_factory.mktemp("export")
    write_docx(result.report, folder / "r.docx")
    write_markdown(result.report, folder / "r.md")
    return result, folder


@pytest.mark.parametrize("text,planted", PLANTED, ids=[p[1][0] for p in PLANTED])
def test_a_planted_name_never_reaches_the_files(exported, text, planted):
    _, folder = exported
    docx_words = words(every_text_in_docx(folder / "r.docx"))
    md_words = words((folder / "r.md").read_text(encoding="utf-8"))
    for name in planted:
        assert name not in docx_words and name not in md_words, (name, text)


def test_bare_surname_functie_field_and_document_title_are_clean(exported):
    result, folder = exported
    for out in (every_text_in_docx(folder / "r.docx"), (folder / "r.md").read_text(encoding="utf-8")):
        w = words(out)
        assert not {"pietersen", "pietersens", "femke", "sannes", "marieke", "jansen"} & w
        assert "[naam]" in out and "[e-mailadres]" in out
    assert "coördinator vrijwilligers [naam]" in (folder / "r.md").read_text(encoding="utf-8").lower()


def test_the_check_lists_what_it_replaced(exported):
    result, _ = exported
    found = {f.key for f in result.found}
    assert {"pietersen", "sanne", "ozturk", "femke"} <= found


def test_team_names_only_in_the_exempt_deel_a_field(bank):
    audit = build_audit(bank)
    report = build_report(audit, bank)
    field = report.field("Verloop onderzoek")
    result = anonymise(report, audit, bank, exempt={(field.label, field.value)})
    assert result.report.field("Verloop onderzoek").value == field.value  # left as written
    v2 = next(r for r in result.report.deel_b[0].rows if r.norm_id == "V2")
    assert "Pietersen" not in v2.bevinding  # but nowhere else


def test_a_name_that_survives_blocks_the_export(bank, monkeypatch):
    from interviewer.domain import names

    audit = build_audit(bank)
    report = build_report(audit, bank)
    monkeypatch.setattr(names.Replacer, "redact", lambda self, text: text)
    with pytest.raises(ListedNameLeft, match="Pietersen"):
        anonymise(report, audit, bank)


def test_cli_refuses_a_definitief_report_until_every_candidate_is_reviewed(tmp_path, capsys, monkeypatch):
    from interviewer import cli
    from interviewer.domain import checklist
    from sessions.store import AuditStore

    # Only the name review is under test: the rest of the pre-export checklist is taken as done.
    monkeypatch.setattr(checklist, "build_checklist", lambda *a, **k: checklist.Checklist(()))

    path = tmp_path / "t.audit"
    with AuditStore.create(path, Toetsing(id="c", organisation="Buurtwerk Oost", audit_dates=["2026-11-23"]), [Toetser("x", "Marieke Jansen", "teamleider")]) as store:
        bron = store.start_interview("jongerenwerker", "sociaal_werker")
        store.capture(bron.id, "Rondgang in jongerencentrum Tirzaboe.", tags=[("V2", 1.0, "confirmed", "manual")])
        store.save_bevinding("V2", text="Volgens Kwasibah werkt het buddysysteem in Tirzaboe.", oordeel="+")
    out = tmp_path / "r.md"
    args = ["export", str(path), "--md", str(out), "--zonder-deduce"]
    assert cli.main(args) == 1
    captured = capsys.readouterr()
    said = captured.out + captured.err
    listed = said.split("Controleer namen: ")[1].split(" — ")[0].split(", ")  # the checklist's names item
    assert {"Kwasibah", "Tirzaboe"} <= set(listed)
    assert "Geen rapport geschreven" in captured.err
    assert not out.exists()
    assert cli.main([*args, "--werkversie"]) == 0  # a werkversie lists them and replaces them
    assert "[naam]" in out.read_text(encoding="utf-8") and "Tirzaboe" not in out.read_text(encoding="utf-8")
    out.unlink()
    assert cli.main([*args, "--naam", "Kwasibah", "--geen-naam", "Tirzaboe"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Kwasibah" not in text and "werkt het buddysysteem in Tirzaboe" in text
    with AuditStore.open(path, read_only=True) as store:  # the choices are kept in the audit
        assert store.name_reviews() == {"kwasibah": True, "tirzaboe": False}
    out.unlink()
    assert cli.main(args) == 0  # next time nothing is left to review


def test_a_listed_name_that_is_a_word_never_rewrites_the_handbook(bank):
    """The norm texts are the handbook's words: a name on the audit's list that is also a Dutch word
    ("Lijn") is replaced where the toetsers wrote it, never inside a norm ("in lijn met")."""
    import dataclasses

    from interviewer.demo.builder import build_demo

    audit = build_demo()
    audit = dataclasses.replace(audit, toetsing=dataclasses.replace(audit.toetsing, names_to_avoid=[*audit.toetsing.names_to_avoid, "Lijn"]))
    note = dataclasses.replace(audit.aantekeningen[0], text="Volgens Lijn is het inwerken goed geregeld.")
    audit = dataclasses.replace(audit, aantekeningen=[note, *audit.aantekeningen[1:]])
    bev = dataclasses.replace(audit.bevindingen[0], text="Volgens Lijn is het inwerken goed geregeld.")
    audit = dataclasses.replace(audit, bevindingen=[bev, *audit.bevindingen[1:]])
    result = anonymise(build_report(audit, bank), audit, bank)
    text = "\n".join(result.report.texts())
    ob2 = next(n for n in bank.norms if n.id == "OB2")
    assert "in lijn met deze analyses" in ob2.text and ob2.text in text
    assert "Volgens Lijn" not in text and "Volgens [naam] is het inwerken" in text
