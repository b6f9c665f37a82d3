"""Load and validate the question bank from the TOML files in `data/`.

Validation happens on load so that a broken data file stops the app with a message that names the
file, the norm and the field, instead of misleading a toetser mid-interview.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from .models import (
    RUBRIEKEN,
    AuditDaysRow,
    Begrip,
    CoverageRules,
    Deadline,
    FunctieCategory,
    FunctieRelevance,
    Kwaliteitswaarde,
    Norm,
    Norm2016,
    Normenkader2016,
    Question,
    QuestionBank,
    Rules,
    Variant,
    WegingRules,
    WijkteamNote,
)
from .ids import NORM_IDS, norm_sort_key
from .models import LONG_LABEL_MAX, SHORT_LABEL_MAX, ChipRules
from .models import ASPECT_SOURCES, Aspect, DocumentSoort, DraftingLanguage, NameLists, PlanningRules, ProposalRules, Vocabulary
from .models import REQUIRED_WHEN, RequiredInterview, ScheduleRules

_Entry = TypeVar("_Entry", Begrip, Kwaliteitswaarde)

DATA_DIR = Path(__file__).parent / "data"
QUESTION_SOURCES = ("handvat", "afgeleid")


class BankError(ValueError):
    """A data file of the question bank is broken; the message names file, norm and field."""


class _Reader:
    """Reads typed fields from one TOML table, naming file/norm/field in every error."""

    def __init__(self, path: Path, table: dict[str, Any], where: str = "") -> None:
        self.path = path
        self.table = table
        self.where = where

    def _fail(self, key: str, problem: str) -> BankError:
        place = f" {self.where}" if self.where else ""
        return BankError(f"{self.path.name}:{place} veld '{key}': {problem}")

    def str(self, key: str, *, required: bool = True, allow_empty: bool = False) -> str:
        value = self.table.get(key, None if required else "")
        if value is None:
            raise self._fail(key, "ontbreekt")
        if not isinstance(value, str):
            raise self._fail(key, f"moet tekst zijn, is {type(value).__name__}")
        value = value.strip()
        if required and not allow_empty and not value:
            raise self._fail(key, "is leeg")
        return value

    def int(self, key: str) -> int:
        value = self.table.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._fail(key, "ontbreekt of is geen geheel getal")
        return value

    def num(self, key: str, *, required: bool = True) -> float | None:
        value = self.table.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise self._fail(key, "ontbreekt of is geen getal")
        return float(value)

    def strs(self, key: str, *, required: bool = False, min_items: int = 0) -> tuple[str, ...]:
        value = self.table.get(key)
        if value is None:
            if required:
                raise self._fail(key, "ontbreekt")
            value = []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._fail(key, "moet een lijst met teksten zijn")
        items = tuple(v.strip() for v in value)
        if any(not v for v in items):
            raise self._fail(key, "bevat een lege tekst")
        if len(items) < min_items:
            raise self._fail(key, f"moet minstens {min_items} item(s) bevatten")
        return items

    def sub(self, key: str, where: str | None = None) -> "_Reader":
        value = self.table.get(key)
        if not isinstance(value, dict):
            raise self._fail(key, "ontbreekt of is geen tabel")
        return _Reader(self.path, value, where or self.where)

    def tables(self, key: str, *, min_items: int = 0) -> list[dict[str, Any]]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self._fail(key, "moet een lijst met tabellen zijn")
        if len(value) < min_items:
            raise self._fail(key, f"moet minstens {min_items} item(s) bevatten")
        return value


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise BankError(f"{path.name}: bestand ontbreekt in de vragenbank ({path.parent})") from None
    except tomllib.TOMLDecodeError as exc:
        raise BankError(f"{path.name}: geen geldige TOML: {exc}") from None


def _functie_ids(ids: tuple[str, ...], known: set[str], reader: _Reader, key: str) -> tuple[str, ...]:
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise reader._fail(key, f"onbekende functie(s) {', '.join(unknown)}")
    return ids


def _load_norm(path: Path, raw: dict[str, Any], rubriek: str, prefix: str, functies: set[str]) -> Norm:
    head = _Reader(path, raw, "norm ?")
    norm_id = head.str("id")
    r = _Reader(path, raw, f"norm {norm_id}")
    number = r.int("number")
    if norm_id != f"{prefix}{number}":
        raise r._fail("id", f"verwacht {prefix}{number} bij rubriek {rubriek} en nummer {number}")
    questions = []
    for i, q in enumerate(r.tables("questions", min_items=1), start=1):
        qr = _Reader(path, q, f"norm {norm_id} vraag {i}")
        source = qr.str("source")
        if source not in QUESTION_SOURCES:
            raise qr._fail("source", f"moet een van {', '.join(QUESTION_SOURCES)} zijn, is {source!r}")
        questions.append(
            Question(
                text=qr.str("text"),
                source=source,
                followups=qr.strs("followups"),
                functies=_functie_ids(qr.strs("functies"), functies, qr, "functies"),
            )
        )
    wr = r.sub("wijkteam")
    fr = r.sub("functies")
    relevance = FunctieRelevance(
        primary=_functie_ids(fr.strs("primary", required=True, min_items=1), functies, fr, "functies.primary"),
        secondary=_functie_ids(fr.strs("secondary"), functies, fr, "functies.secondary"),
        rationale=fr.str("rationale"),
    )
    return Norm(
        id=norm_id,
        rubriek=rubriek,
        number=number,
        text=r.str("text"),
        questions=tuple(questions),
        evidence=r.strs("evidence", required=True, min_items=1),
        kan_blijken_uit=r.str("kan_blijken_uit"),
        wijkteam=WijkteamNote(applicability=wr.str("applicability"), note=wr.str("note", allow_empty=True)),
        hints=r.strs("hints"),
        keywords=r.strs("keywords"),
        functies=relevance,
    )


def _load_functies(data_dir: Path) -> tuple[tuple[FunctieCategory, ...], tuple[str, ...]]:
    path = data_dir / "functies.toml"
    raw = _read_toml(path)
    werksoorten = _Reader(path, raw).strs("werksoorten", required=True, min_items=1)
    out = []
    for i, t in enumerate(_Reader(path, raw).tables("functie", min_items=1), start=1):
        r = _Reader(path, t, f"functie {t.get('id', i)}")
        out.append(
            FunctieCategory(
                id=r.str("id"),
                label=r.str("label"),
                titles=r.strs("titles", required=True, min_items=1),
                description=r.str("description", required=False),
            )
        )
    ids = [f.id for f in out]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise BankError(f"{path.name}: functie-id dubbel: {', '.join(sorted(dupes))}")
    return tuple(out), werksoorten


def _load_norms(data_dir: Path, functies: set[str]) -> tuple[Norm, ...]:
    folder = data_dir / "normenkader_2019"
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise BankError(f"normenkader_2019: geen normbestanden gevonden in {folder}")
    names = dict(RUBRIEKEN)
    norms: list[Norm] = []
    for path in files:
        raw = _read_toml(path)
        top = _Reader(path, raw)
        prefix = top.str("prefix")
        if prefix not in names:
            raise top._fail("prefix", f"moet V, D of OB zijn, is {prefix!r}")
        rubriek = top.str("rubriek")
        if rubriek != names[prefix]:
            raise top._fail("rubriek", f"verwacht {names[prefix]!r} bij prefix {prefix}")
        for t in top.tables("norm", min_items=1):
            norms.append(_load_norm(path, t, rubriek, prefix, functies))
    seen: dict[str, int] = {}
    for n in norms:
        seen[n.id] = seen.get(n.id, 0) + 1
    dupes = sorted(i for i, c in seen.items() if c > 1)
    if dupes:
        raise BankError(f"normenkader_2019: norm dubbel gedefinieerd: {', '.join(dupes)}")
    expected = list(NORM_IDS)
    missing = [i for i in expected if i not in seen]
    if missing:
        raise BankError(f"normenkader_2019: normen ontbreken: {', '.join(missing)}")
    extra = sorted(set(seen) - set(expected))
    if extra:
        raise BankError(f"normenkader_2019: onbekende normen: {', '.join(extra)}")
    return tuple(sorted(norms, key=lambda n: norm_sort_key(n.id)))


def _variant_days(row: _Reader, key: str, variant_ids: set[str]) -> dict[str, float]:
    """A {variant id: days} table of one audit_days row; unknown variants are an error."""
    table = row.sub(key)
    days = {}
    for variant in table.table:
        if variant not in variant_ids:
            raise table._fail(f"{key}.{variant}", "onbekende variant")
        days[variant] = table.num(variant)
    return days


def _load_rules(data_dir: Path) -> Rules:
    path = data_dir / "rules.toml"
    r = _Reader(path, _read_toml(path))
    cov = r.sub("coverage", "coverage")
    weg = r.sub("weging", "weging")
    variants = []
    for t in r.tables("variant", min_items=1):
        vr = _Reader(path, t, f"variant {t.get('id', '?')}")
        variants.append(Variant(id=vr.str("id"), label=vr.str("label"), description=vr.str("description", required=False)))
    variant_ids = {v.id for v in variants}
    rows = []
    for i, t in enumerate(r.tables("audit_days", min_items=1), start=1):
        ar = _Reader(path, t, f"audit_days rij {i}")
        days = _variant_days(ar, "days", variant_ids)
        extra = _variant_days(ar, "extra_days", variant_ids) if "extra_days" in t else {}
        rows.append(
            AuditDaysRow(fte_min=ar.num("fte_min"), fte_max=ar.num("fte_max", required=False), days=days, extra_days=extra)
        )
    deadlines = []
    for t in r.tables("deadline", min_items=1):
        dr = _Reader(path, t, f"deadline {t.get('id', '?')}")
        deadlines.append(
            Deadline(
                id=dr.str("id"),
                label=dr.str("label"),
                days_after_last_audit_day=dr.int("days_after_last_audit_day"),
                description=dr.str("description", required=False),
            )
        )
    prop = r.sub("proposal", "proposal")
    proposal = ProposalRules(
        niet_negative_share=float(prop.num("niet_negative_share")),
        niet_min_core_notes=prop.int("niet_min_core_notes"),
        plus_max_missing_aspects=prop.int("plus_max_missing_aspects"),
        min_shared_norms_for_agreement=prop.int("min_shared_norms_for_agreement"),
    )
    if not 0 < proposal.niet_negative_share <= 1:
        raise prop._fail("niet_negative_share", "moet groter dan 0 en ten hoogste 1 zijn")
    cr = r.sub("chips", "chips")
    chips = ChipRules(floor=float(cr.num("floor")), strong=float(cr.num("strong")))
    if not 0 <= chips.floor < chips.strong <= 100:
        raise cr._fail("strong", "verwacht 0 <= floor < strong <= 100")
    return Rules(
        chips=chips,
        proposal=proposal,
        coverage=CoverageRules(
            interviews_for_gedekt=cov.int("interviews_for_gedekt"),
            documents_for_onderbouwd=cov.int("documents_for_onderbouwd"),
        ),
        weging=WegingRules(
            max_niet=weg.int("max_niet"),
            max_deels=weg.int("max_deels"),
            verbeterplan_weeks=weg.int("verbeterplan_weeks"),
        ),
        variants=tuple(variants),
        audit_days=tuple(rows),
        deadlines=tuple(deadlines),
    )


def _load_text_entries(data_dir: Path, filename: str, table: str, cls: type[_Entry], key: str, value: str) -> tuple[_Entry, ...]:
    """Help texts made of (title, text) pairs, one [[table]] each: begrippen, kwaliteitswaarden."""
    path = data_dir / filename
    r = _Reader(path, _read_toml(path))
    out = []
    for t in r.tables(table, min_items=1):
        er = _Reader(path, t, f"{table} {t.get(key, '?')}")
        out.append(cls(er.str(key), er.str(value)))
    return tuple(out)


def _load_2016(data_dir: Path, ids_2019: set[str]) -> Normenkader2016:
    path = data_dir / "normenkader_2016.toml"
    r = _Reader(path, _read_toml(path))
    norms = []
    for t in r.tables("norm", min_items=1):
        nr = _Reader(path, t, f"norm {t.get('id', '?')} (2016)")
        maps_to = nr.strs("maps_to")
        unknown = [m for m in maps_to if m not in ids_2019]
        if unknown:
            raise nr._fail("maps_to", f"onbekende norm(en) uit 2019: {', '.join(unknown)}")
        norms.append(
            Norm2016(id=nr.str("id"), rubriek=nr.str("rubriek"), number=nr.int("number"), text=nr.str("text"), maps_to=maps_to)
        )
    return Normenkader2016(version=r.str("version"), norms=tuple(norms))


MIN_ASPECTS, MAX_ASPECTS = 2, 7


def _load_aspects(data_dir: Path, norm_ids: list[str]) -> dict[str, tuple[Aspect, ...]]:
    """aspects.toml: per norm id an array of tables; every norm 2-7 aspects, exactly one core,
    every aspect a label, signals and a source. Core aspect first in the result."""
    path = data_dir / "aspects.toml"
    raw = _read_toml(path)
    unknown = sorted(set(raw) - set(norm_ids))
    if unknown:
        raise BankError(f"{path.name}: onbekende norm(en): {', '.join(unknown)}")
    out: dict[str, tuple[Aspect, ...]] = {}
    for norm_id in norm_ids:
        tables = _Reader(path, raw).tables(norm_id)
        if not MIN_ASPECTS <= len(tables) <= MAX_ASPECTS:
            raise BankError(f"{path.name}: norm {norm_id}: {len(tables)} aspecten, verwacht {MIN_ASPECTS} tot {MAX_ASPECTS}")
        aspects = []
        for i, t in enumerate(tables, start=1):
            ar = _Reader(path, t, f"norm {norm_id} aspect {i}")
            source = ar.str("source")
            if source not in ASPECT_SOURCES:
                raise ar._fail("source", f"moet een van {', '.join(ASPECT_SOURCES)} zijn, is {source!r}")
            core = t.get("core", False)
            if not isinstance(core, bool):
                raise ar._fail("core", "moet true of false zijn")
            signals = ar.strs("signals", required=True, min_items=1)
            if any(s != s.lower() for s in signals):
                raise ar._fail("signals", "signaalwoorden in kleine letters")
            aspects.append(Aspect(ar.str("label"), signals, source, ar.str("source_text"), core))
        cores = sum(a.core for a in aspects)
        if cores != 1:
            raise BankError(f"{path.name}: norm {norm_id}: {cores} kernaspecten, verwacht precies één")
        labels = [a.label for a in aspects]
        if len(set(labels)) != len(labels):
            raise BankError(f"{path.name}: norm {norm_id}: aspectlabel dubbel")
        out[norm_id] = tuple(sorted(aspects, key=lambda a: not a.core))
    return out


def _load_labels(data_dir: Path, ids: dict[str, list[str]]) -> dict[str, dict[str, tuple[str, str]]]:
    """labels.toml: per normenkader (`ids`: table -> its norm ids) a short and a long label for every
    norm, within the limits, and no label shared by two norms of the same normenkader (a chip or a
    picker row must say which norm it is)."""
    path = data_dir / "labels.toml"
    raw = _read_toml(path)
    unknown_tables = sorted(set(raw) - set(ids))
    if unknown_tables:
        raise BankError(f"{path.name}: onbekende tabel(len): {', '.join(unknown_tables)}")
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for table, norm_ids in ids.items():
        top = _Reader(path, raw).sub(table, table)
        unknown = sorted(set(top.table) - set(norm_ids))
        if unknown:
            raise BankError(f"{path.name}: [{table}] onbekende norm(en): {', '.join(unknown)}")
        labels: dict[str, tuple[str, str]] = {}
        for norm_id in norm_ids:
            if norm_id not in top.table:
                raise BankError(f"{path.name}: [{table}] norm {norm_id}: labels ontbreken")
            r = top.sub(norm_id, f"[{table}] norm {norm_id}")
            short, long = r.str("short"), r.str("long")
            if len(short) > SHORT_LABEL_MAX:
                raise r._fail("short", f"{len(short)} tekens, hoogstens {SHORT_LABEL_MAX}: {short!r}")
            if len(long) > LONG_LABEL_MAX:
                raise r._fail("long", f"{len(long)} tekens, hoogstens {LONG_LABEL_MAX}: {long!r}")
            labels[norm_id] = (short, long)
        for index, field in enumerate(("short", "long")):
            seen: dict[str, str] = {}
            for norm_id, pair in labels.items():
                key = pair[index].casefold()
                if key in seen:
                    raise BankError(
                        f"{path.name}: [{table}] {seen[key]} en {norm_id} hebben hetzelfde {field}-label {pair[index]!r}"
                    )
                seen[key] = norm_id
        out[table] = labels
    return out


def load_bank_from(data_dir: Path) -> QuestionBank:
    """Load and validate every data file under `data_dir`; raise BankError on the first problem."""
    functies, werksoorten = _load_functies(data_dir)
    norms = _load_norms(data_dir, {f.id for f in functies})
    aspects = _load_aspects(data_dir, [n.id for n in norms])
    concept_2016 = _load_2016(data_dir, {n.id for n in norms})
    labels = _load_labels(
        data_dir, {"normenkader_2019": [n.id for n in norms], "concept_2016": [n.id for n in concept_2016.norms]}
    )
    norms = tuple(
        replace(n, aspects=aspects[n.id], short=labels["normenkader_2019"][n.id][0], long=labels["normenkader_2019"][n.id][1])
        for n in norms
    )
    concept_2016 = replace(
        concept_2016,
        norms=tuple(replace(n, short=labels["concept_2016"][n.id][0], long=labels["concept_2016"][n.id][1]) for n in concept_2016.norms),
    )
    return QuestionBank(
        version="2019",
        norms=norms,
        functies=functies,
        werksoorten=werksoorten,
        rules=_load_rules(data_dir),
        begrippen=_load_text_entries(data_dir, "begrippen.toml", "begrip", Begrip, "term", "definition"),
        kwaliteitswaarden=_load_text_entries(
            data_dir, "kwaliteitswaarden.toml", "waarde", Kwaliteitswaarde, "title", "text"
        ),
        concept_2016=concept_2016,
    )


@lru_cache(maxsize=1)
def load_bank() -> QuestionBank:
    """The shipped question bank, loaded once per process."""
    return load_bank_from(DATA_DIR)


def _folded_key(key: str) -> str:
    """Vocabulary keys as the tagger sees words: lower case, no accents, no '&' (RI&E -> rie)."""
    decomposed = unicodedata.normalize("NFKD", key.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("&", "")


def load_vocabulary_from(data_dir: Path, norm_ids: set[str] | None = None) -> Vocabulary:
    """Load vocabulary.toml; with `norm_ids`, every norm named in it must exist."""
    path = data_dir / "vocabulary.toml"
    raw = _read_toml(path)
    r = _Reader(path, raw)
    weights_table = r.sub("weights", "weights")
    weights = {key: float(weights_table.num(key)) for key in weights_table.table}
    abbreviations = {}
    for key, value in r.sub("abbreviations", "abbreviations").table.items():
        if not isinstance(value, str) or not value.strip():
            raise BankError(f"{path.name}: abbreviations veld '{key}': moet een niet-lege tekst zijn")
        abbreviations[_folded_key(key)] = value.strip()
    syn_reader = r.sub("synonyms", "synonyms")
    synonyms = {_folded_key(key): syn_reader.strs(key, required=True, min_items=1) for key in syn_reader.table}
    terms_reader = r.sub("norm_terms", "norm_terms")
    norm_terms = {key.upper(): terms_reader.strs(key, required=True, min_items=1) for key in terms_reader.table}
    mirror_pairs = []
    for pair in raw.get("mirror_pairs", []):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) and x.strip() for x in pair)):
            raise BankError(f"{path.name}: mirror_pairs: elk paar is twee norm-ids, zoals [\"V2\", \"OB8\"], niet {pair!r}")
        mirror_pairs.append((pair[0].strip().upper(), pair[1].strip().upper()))
    if norm_ids is not None:
        unknown = sorted((set(norm_terms) | {n for pair in mirror_pairs for n in pair}) - norm_ids)
        if unknown:
            raise BankError(f"{path.name}: norm_terms of mirror_pairs noemt onbekende norm(en): {', '.join(unknown)}")
    return Vocabulary(
        stopwords=frozenset(_folded_key(w) for w in r.strs("stopwords", required=True, min_items=1)),
        abbreviations=abbreviations,
        synonyms=synonyms,
        compound_parts=r.strs("compound_parts"),
        norm_terms=norm_terms,
        weights=weights,
        mirror_pairs=tuple(mirror_pairs),
    )


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    """The shipped tagging vocabulary, loaded once per process."""
    return load_vocabulary_from(DATA_DIR)


def load_planning_from(data_dir: Path) -> PlanningRules:
    """Load planning.toml: interviews per day and the other planner assumptions."""
    path = data_dir / "planning.toml"
    r = _Reader(path, _read_toml(path))
    rules = PlanningRules(
        interviews_per_day=float(r.num("interviews_per_day")),
        preparation_days=float(r.num("preparation_days")),
        secondary_weight=float(r.num("secondary_weight")),
        required=_required_interviews(path, r),
        schedule=_schedule_rules(path, r.table.get("schedule", {})),
    )
    if rules.interviews_per_day <= 0:
        raise r._fail("interviews_per_day", "moet groter dan 0 zijn")
    if not 0 <= rules.secondary_weight <= 1:
        raise r._fail("secondary_weight", "moet tussen 0 en 1 liggen")
    return rules


def _required_interviews(path: Path, r: _Reader) -> tuple[RequiredInterview, ...]:
    out = []
    for i, table in enumerate(r.tables("required")):
        t = _Reader(path, table, f"required {i + 1}")
        when = t.str("when")
        if when not in REQUIRED_WHEN:
            raise t._fail("when", f"moet een van {', '.join(REQUIRED_WHEN)} zijn, niet {when!r}")
        labels = table.get("labels", {})
        if not isinstance(labels, dict) or not all(isinstance(v, str) and v.strip() for v in labels.values()):
            raise t._fail("labels", "moet een tabel van waarde naar label zijn")
        out.append(RequiredInterview(t.str("functie"), t.str("label"), when, t.str("reason"), dict(labels)))
    return tuple(out)


def _clock(t: _Reader, key: str, default: int) -> int:
    value = t.table.get(key)
    if value is None:
        return default
    hours, _, minutes = str(value).partition(":")
    if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
        raise t._fail(key, f"moet een tijd als uu:mm zijn, niet {value!r}")
    return int(hours) * 60 + int(minutes)


def _schedule_rules(path: Path, table: Any) -> ScheduleRules:
    if not isinstance(table, dict):
        raise BankError(f"{path.name}: [schedule] moet een tabel zijn")
    t = _Reader(path, table, "schedule")
    default = ScheduleRules()
    minutes = {}
    for name in ("opening_minutes", "interview_minutes", "between_minutes", "lunch_minutes",
                 "documents_minutes", "consultation_minutes", "feedback_minutes"):
        value = table.get(name, getattr(default, name))
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 240:
            raise t._fail(name, "moet een aantal minuten van 0 tot 240 zijn")
        minutes[name] = value
    if minutes["interview_minutes"] < 15:
        raise t._fail("interview_minutes", "moet minstens 15 minuten zijn")
    return ScheduleRules(
        day_start=_clock(t, "day_start", default.day_start), lunch_after=_clock(t, "lunch_after", default.lunch_after), **minutes
    )


@lru_cache(maxsize=1)
def load_planning() -> PlanningRules:
    """The shipped planning assumptions, loaded once per process."""
    return load_planning_from(DATA_DIR)


def load_document_kinds_from(data_dir: Path) -> tuple[DocumentSoort, ...]:
    """Load documentsoorten.toml: the document kinds of the documentenlijst."""
    path = data_dir / "documentsoorten.toml"
    raw = _read_toml(path)
    out = []
    seen: set[str] = set()
    for i, table in enumerate(_Reader(path, raw).tables("kind", min_items=1)):
        r = _Reader(path, table, f"kind {i + 1}")
        kind = DocumentSoort(
            id=r.str("id"),
            label=r.str("label"),
            terms=r.strs("terms"),
            names=r.strs("names"),
            evidence=bool(table.get("evidence", True)),
            short=r.str("short", required=False),
        )
        if kind.id in seen:
            raise r._fail("id", f"komt twee keer voor: {kind.id}")
        seen.add(kind.id)
        out.append(kind)
    return tuple(out)


@lru_cache(maxsize=1)
def load_document_kinds() -> tuple[DocumentSoort, ...]:
    """The shipped document kinds, loaded once per process."""
    return load_document_kinds_from(DATA_DIR)


def load_name_lists_from(data_dir: Path) -> NameLists:
    """Load the name check's vocabulary: voornamen.toml (curated), geen_namen.toml (curated: streets,
    places, events, programmes), namen.toml (generated from Faker, MIT) and woorden_nl.txt.gz
    (OpenTaal word list, BSD); sources and licences are in the files' headers."""
    import gzip

    curated_path, generated_path = data_dir / "voornamen.toml", data_dir / "namen.toml"
    cur = _Reader(curated_path, _read_toml(curated_path))
    not_path = data_dir / "geen_namen.toml"
    nope = _Reader(not_path, _read_toml(not_path))
    gen = _Reader(generated_path, _read_toml(generated_path))
    roles = cur.sub("rollen", "rollen")
    roles_after_van = cur.sub("rollen_na_van", "rollen_na_van")
    words_path = data_dir / "woorden_nl.txt.gz"
    try:
        words = gzip.decompress(words_path.read_bytes()).decode("utf-8").split("\n")
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        raise BankError(f"{words_path.name}: kan de woordenlijst niet lezen ({exc})") from None
    if len(words) < 1000:
        raise BankError(f"{words_path.name}: de woordenlijst is te kort ({len(words)} woorden)")
    joined_path = data_dir / "woorden_nl_koppel.txt"  # the list's hyphenated words ("burn-out")
    try:
        words += joined_path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise BankError(f"{joined_path.name}: kan de woordenlijst niet lezen ({exc})") from None

    frisian_path = data_dir / "woorden_fy.txt.gz"  # Tesseract's West Frisian words (Apache-2.0), for partly Frisian audits
    try:
        frisian = frozenset(w for w in gzip.decompress(frisian_path.read_bytes()).decode("utf-8").split("\n") if w)
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        raise BankError(f"{frisian_path.name}: kan de Friese woordenlijst niet lezen ({exc})") from None
    if len(frisian) < 1000:
        raise BankError(f"{frisian_path.name}: de Friese woordenlijst is te kort ({len(frisian)} woorden)")

    english_path = data_dir / "woorden_en.txt.gz"  # SCOWL's lowercase English words (permissive licence), for English phrases
    try:
        english = frozenset(w for w in gzip.decompress(english_path.read_bytes()).decode("utf-8").split("\n") if w)
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        raise BankError(f"{english_path.name}: kan de Engelse woordenlijst niet lezen ({exc})") from None
    if len(english) < 1000:
        raise BankError(f"{english_path.name}: de Engelse woordenlijst is te kort ({len(english)} woorden)")

    def longest_first(items: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(sorted(set(items), key=lambda s: (-len(s), s)))  # ties in a fixed order: results must not depend on the hash seed

    return NameLists(
        voornamen=frozenset(cur.strs("voornamen", required=True, min_items=1)) | frozenset(gen.strs("voornamen", required=True, min_items=1)),
        achternamen=frozenset(cur.strs("achternamen", required=True)) | frozenset(gen.strs("achternamen", required=True)),
        tussenvoegsels=longest_first(cur.strs("tussenvoegsels", required=True, min_items=1)),
        aanspreekvormen=longest_first(cur.strs("aanspreekvormen", required=True, min_items=1)),
        ook_woord=frozenset(w.lower() for w in cur.strs("ook_woord", required=True)),
        geen_namen=frozenset(cur.strs("geen_namen", required=True))
        | frozenset(nope.strs("evenementen", required=True, min_items=1))
        | frozenset(nope.strs("programmas", required=True, min_items=1))
        | frozenset(nope.strs("naar_persoon_genoemd", required=True, min_items=1))
        | frozenset(nope.strs("nationaliteiten", required=True))
        | frozenset(nope.strs("volksnamen", required=True))
        | frozenset(nope.strs("mailwoorden", required=True))
        | frozenset(nope.strs("merken", required=True))
        | frozenset(nope.strs("publieke_diensten", required=True))
        | frozenset(nope.strs("methoden", required=True))
        | frozenset(nope.strs("streekwoorden", required=True)),
        plaatsen=frozenset(cur.strs("plaatsen", required=True))
        | frozenset(gen.strs("plaatsen", required=True))
        | frozenset(nope.strs("plaatsen", required=True, min_items=1))
        | frozenset(nope.strs("landen_en_steden", required=True, min_items=1)),
        rollen={key: roles.str(key) for key in roles.table},
        rol_standaard=cur.str("rollen_standaard"),
        rollen_na_van={key: roles_after_van.str(key) for key in roles_after_van.table},
        rol_na_van_standaard=cur.str("rollen_na_van_standaard"),
        dutch_words=frozenset(words),
        straat_achtervoegsels=longest_first(
            tuple(w.lower() for w in (*nope.strs("straat_achtervoegsels", required=True, min_items=1), *nope.strs("gebied_achtervoegsels", required=True)))
        ),
        plaats_achtervoegsels=longest_first(
            tuple(w.lower() for w in (*nope.strs("plaats_achtervoegsels", required=True), *nope.strs("woord_achtervoegsels", required=True)))
        ),
        titel_verbindingen=longest_first(tuple(w.lower() for w in nope.strs("titel_verbindingen", required=True))),
        uitdrukkingen=longest_first(tuple(w.lower() for w in nope.strs("uitdrukkingen", required=True))),
        klein_ook_naam=frozenset(w.lower() for w in cur.strs("klein_ook_naam", required=True)),
        naam_voorvoegsels=longest_first(tuple(w.lower() for w in cur.strs("naam_voorvoegsels", required=True, min_items=1))),
        aanspreekvormen_na_naam=frozenset(w.lower() for w in cur.strs("aanspreekvormen_na_naam")),
        aanspreekvormen_hoofdletter=frozenset(w.lower() for w in cur.strs("aanspreekvormen_hoofdletter")),
        persoon_werkwoorden=frozenset(w.lower() for w in cur.strs("persoon_werkwoorden", required=True, min_items=1)),
        initiaal_labels=frozenset(w.lower() for w in cur.strs("initiaal_labels", required=True, min_items=1)),
        vaste_plaatsen=frozenset(cur.strs("plaatsen", required=True))
        | frozenset(nope.strs("plaatsen", required=True, min_items=1))
        | frozenset(nope.strs("landen_en_steden", required=True, min_items=1))
        | frozenset(cur.strs("geen_namen", required=True)),
        instellingen_na_naam=frozenset(w.lower() for w in nope.strs("instellingen_na_naam", required=True, min_items=1)),
        organisatie_woorden=longest_first(tuple(w.lower() for w in nope.strs("organisatie_woorden", required=True, min_items=1))),
        organisatie_koppen=longest_first(tuple(w.lower() for w in nope.strs("organisatie_koppen", required=True, min_items=1))),
        winkel_koppen=frozenset(w.lower() for w in nope.strs("winkel_koppen", required=True, min_items=1)),
        firma_staarten=longest_first(tuple(w.lower() for w in nope.strs("firma_staarten", required=True, min_items=1))),
        rechtsvormen=frozenset(w.lower() for w in nope.strs("rechtsvormen", required=True, min_items=1)),
        notitie_afkortingen=frozenset(w.lower() for w in nope.strs("notitie_afkortingen", required=True, min_items=1)),
        friese_woorden=frisian,
        engelse_woorden=english,
        friese_signaalwoorden=frozenset(w.lower() for w in nope.strs("friese_signaalwoorden", required=True, min_items=1)),
        friese_zinnen_min=nope.int("friese_zinnen_min"),
        gebedshuizen=frozenset(w.lower() for w in nope.strs("gebedshuizen", required=True, min_items=1)),
        groep_staarten=longest_first(tuple(w.lower() for w in nope.strs("groep_staarten", required=True, min_items=1))),
        heiligen=frozenset(w.lower() for w in nope.strs("heiligen", required=True, min_items=1)),
        heiligen_staarten=longest_first(tuple(w.lower() for w in nope.strs("heiligen_staarten", required=True, min_items=1))),
        achternamen_met_de=frozenset(w.lower() for w in cur.strs("achternamen_met_de", required=True, min_items=1)),
        titel_naamwoorden=frozenset(w.lower() for w in nope.strs("titel_naamwoorden", required=True, min_items=1)),
        kleuren=frozenset(w.lower() for w in nope.strs("kleuren", required=True, min_items=1)),
        kleurschalen=frozenset(w.lower() for w in nope.strs("kleurschalen", required=True, min_items=1)),
        gekleurde_dingen=tuple(w.lower() for w in nope.strs("gekleurde_dingen", required=True, min_items=1)),
        bijeenkomsten=tuple(w.lower() for w in nope.strs("bijeenkomsten", required=True, min_items=1)),
        plaats_aanwijzers=frozenset(w.lower() for w in nope.strs("plaats_aanwijzers", required=True, min_items=1)),
        plaats_organisaties=frozenset(w.lower() for w in nope.strs("plaats_organisaties", required=True, min_items=1)),
    )


@lru_cache(maxsize=1)
def load_name_lists() -> NameLists:
    """The shipped name vocabulary, loaded once per process (~0.2 s: the word list is large)."""
    return load_name_lists_from(DATA_DIR)


def load_drafting_from(data_dir: Path) -> DraftingLanguage:
    """Load drafting.toml: note signals, shorthand expansions, functie groups; patterns must compile."""
    import re

    path = data_dir / "drafting.toml"
    r = _Reader(path, _read_toml(path))
    sig = r.sub("signals", "signals")
    patterns = {}
    for key in ("gap", "positive_negation", "positive"):
        items = sig.strs(key, required=True, min_items=1)
        for p in items:
            try:
                re.compile(p)
            except re.error as exc:
                raise sig._fail(key, f"ongeldig patroon {p!r}: {exc}") from None
        patterns[key] = items
    shorthand = {}
    for key, value in r.sub("shorthand", "shorthand").table.items():
        if not isinstance(value, str):
            raise BankError(f"{path.name}: shorthand veld '{key}': moet tekst zijn")
        shorthand[key] = value.strip()
    groups = {}
    gr = r.sub("groups", "groups")
    for key in gr.table:
        groups[key] = gr.str(key)
    return DraftingLanguage(
        gap_patterns=patterns["gap"],
        positive_negation_patterns=patterns["positive_negation"],
        positive_patterns=patterns["positive"],
        shorthand=shorthand,
        allowed_acronyms=frozenset(r.strs("allowed_acronyms", required=True)),
        groups=groups,
    )


@lru_cache(maxsize=1)
def load_drafting() -> DraftingLanguage:
    """The shipped drafting language, loaded once per process."""
    return load_drafting_from(DATA_DIR)
