"""What the store accepts at its boundary. Every refusal is a ValidationError with a Dutch message,
never a raw TypeError/OverflowError/UnicodeEncodeError from SQLite or Python.

Text rules (one home): NFC; NUL refused (SQLite tools and exports truncate at it); other control
characters stripped except newline and tab (CR/LF become a newline); bidi embedding/override/isolate
controls shown as visible marks ("[U+202E]"), so a note cannot render reversed without anyone seeing
why; lone surrogates refused (for drafts: replaced, since a draft never refuses text); a required
text needs at least one visible character (a note of only zero-width spaces is invisible).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from questionbank.ids import NORM_ID_SET, canonical_norm_id, unknown_norm_message
from questionbank.nl import thousands

from .errors import ValidationError
from .models import CLIENTENRAAD, MEDEZEGGENSCHAP, TAG_ORIGINS, TAG_STATES, TOETSER_ROLES, VARIANTS, Toetser, Toetsing
from .rows import field_kinds

MAX_TEXT_CHARS = 100_000  # bevindingen, reasons, preparation: generous, but a bound
MAX_AANTEKENING_CHARS = 10_000  # one note or one passage of a document
MAX_DOCUMENT_CHARS = 5_000_000  # an imported document's whole text (a 500-page report is ~1.5 M)
MAX_INT = 1_000_000  # persons in one interview, version counters: anything beyond is a typo or an attack
MAX_FTE = 100_000.0

NORM_IDS: frozenset[str] = NORM_ID_SET  # one home: questionbank/ids.py

_CONTROLS = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_VISIBLE_CATEGORIES = frozenset("LNPS")

nl_number = thousands


def normalise_norm_id(norm_id: Any) -> str:
    """'v1 ' -> 'V1'; raises ValidationError for ids outside the 2019 normenkader."""
    canonical = canonical_norm_id(norm_id)
    if canonical is None:
        shown = repair_surrogates(norm_id) if isinstance(norm_id, str) else type(norm_id).__name__
        raise ValidationError(unknown_norm_message(shown))
    return canonical


def repair_surrogates(text: str) -> str:
    """Pairs of surrogates become the character they encode; a lone one becomes U+FFFD."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def has_visible(text: str) -> bool:
    return any(unicodedata.category(ch)[0] in _VISIBLE_CATEGORIES for ch in text)


def _bidi_mark(match: re.Match[str]) -> str:
    return f"[U+{ord(match.group()):04X}]"


def clean_text(text: Any, what: str, *, required: bool = True, max_chars: int = MAX_TEXT_CHARS) -> str:
    """The text rules of this module, for every text the store keeps except drafts."""
    if not isinstance(text, str):
        raise ValidationError(f"{what} moet tekst zijn.")
    if "\x00" in text:
        raise ValidationError(f"{what} bevat een onzichtbaar nulteken (NUL); haal het weg en probeer opnieuw.")
    if _SURROGATE.search(text):
        repaired = repair_surrogates(text)
        if repaired.count("\ufffd") > text.count("\ufffd"):
            raise ValidationError(
                f"{what} bevat een ongeldig teken (een losse helft van een UTF-16-paar); typ of plak de tekst opnieuw."
            )
        text = repaired
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", text)
    text = _BIDI.sub(_bidi_mark, text)
    text = unicodedata.normalize("NFC", text).strip()
    if required and not has_visible(text):
        if text:
            raise ValidationError(f"{what} bevat geen zichtbare tekens (alleen spaties of onzichtbare tekens).")
        raise ValidationError(f"{what} is leeg.")
    if len(text) > max_chars:
        raise ValidationError(f"{what} is te lang ({nl_number(len(text))} tekens; maximaal {nl_number(max_chars)}).")
    return text


def draft_text(text: Any) -> str:
    """A draft never refuses text: it is what the toetser is typing. Anything is made storable."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = repair_surrogates(text).replace("\x00", "")
    return unicodedata.normalize("NFC", text)


def choice(value: Any, allowed: Iterable[str], what: str, labels: dict[str, str] | None = None) -> str:
    allowed = tuple(allowed)
    if isinstance(value, str):
        if value in allowed:
            return value
        for key, label in (labels or {}).items():
            if value == label:
                return key
    shown = ", ".join((labels or {}).get(a, a) for a in allowed)
    given = repair_surrogates(value) if isinstance(value, str) else type(value).__name__
    raise ValidationError(f"Onbekende {what}: '{given}'. Kies uit: {shown}.")


def number(value: Any, what: str, *, low: float = 0.0, high: float = MAX_FTE) -> float:
    """A finite real number in [low, high]; bools, NaN, infinities and text are refused."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError(f"{what} moet een getal zijn.")
    try:
        value = float(value)
    except OverflowError:
        raise ValidationError(f"{what} is te groot.") from None
    if not math.isfinite(value):
        raise ValidationError(f"{what} moet een gewoon getal zijn (geen oneindig of 'NaN').")
    if not low <= value <= high:
        raise ValidationError(f"{what} moet tussen {low:g} en {high:g} liggen.")
    return value


def integer(value: Any, what: str, *, low: int = 0, high: int = MAX_INT) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{what} moet een geheel getal zijn.")
    if not low <= value <= high:
        raise ValidationError(f"{what} moet tussen {nl_number(low)} en {nl_number(high)} liggen.")
    return value


def row_id(value: Any, what: str) -> str:
    """Ids are text; anything else cannot name a row (and would reach SQLite as a binding error)."""
    if not isinstance(value, str):
        raise ValidationError(f"Ongeldige {what}: een id is tekst, geen {type(value).__name__}.")
    return value


def text_list(values: Any, what: str) -> list[str]:
    if isinstance(values, (str, bytes)) or not isinstance(values, (list, tuple)):
        raise ValidationError(f"{what} moet een lijst van teksten zijn.")
    return [clean_text(v, f"Een waarde in {what}") for v in values]


# ---------------------------------------------------------------- rows the store is given whole

# Fields of the toetsing that hold one ISO date ("" = not filled in).
TOETSING_DATE_FIELDS = ("previous_certificate_expiry", "plannen_van_aanpak_rond", "verslag_datum", "verbeterplan_datum")


def toetsing(t: Toetsing) -> Toetsing:
    """Every field of a toetsing by its kind (numbers, ja/nee, lists, dates, text)."""
    choice(t.variant, VARIANTS, "toetsingsvariant")
    choice(t.medezeggenschap, (*MEDEZEGGENSCHAP, ""), "medezeggenschap (OR, PVT of geen)")
    choice(t.clientenraad, (*CLIENTENRAAD, ""), "cliëntenraad (ja of nee)")
    values: dict[str, Any] = {}
    for name, kind in field_kinds(Toetsing):
        value = getattr(t, name)
        if name in ("id", "created", "updated", "author", "variant"):
            continue
        if kind == "float":
            values[name] = number(value, f"Het aantal fte ({name})")
        elif kind == "int":
            values[name] = integer(value, f"Het veld '{name}'")
        elif kind == "bool":
            if not isinstance(value, (bool, int)) or value not in (0, 1):
                raise ValidationError(f"Het veld '{name}' is ja of nee.")
            values[name] = bool(value)
        elif kind == "json":
            values[name] = text_list(value, f"'{name}'")
        else:
            values[name] = clean_text(value, f"Het veld '{name}'", required=False)
    for name in TOETSING_DATE_FIELDS:
        value = values.get(name, "")
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise ValidationError(
                    f"'{value}' is geen datum (veld '{name}'); schrijf die als jjjj-mm-dd, bijvoorbeeld 2026-11-23."
                ) from None
    return replace(t, **values)


def toetser(person: Toetser) -> Toetser:
    return replace(
        person,
        name=clean_text(person.name, "De naam van de toetser"),
        role=choice(person.role, TOETSER_ROLES, "rol"),
        organisation=clean_text(person.organisation, "De organisatie", required=False),
    )


def tag_spec(spec: Any) -> tuple[str, float, str, str]:
    """(norm, score, state, origin) from a norm id or a tuple of 1-4 of those; defaults: 0, suggested, auto."""
    if isinstance(spec, str):
        spec = (spec,)
    if not isinstance(spec, (tuple, list)) or not 1 <= len(spec) <= 4:
        raise ValidationError("Een tag is (norm, score, status, herkomst).")
    spec = tuple(spec)
    norm_id = normalise_norm_id(spec[0])
    score = number(spec[1], "De score van een tag", high=100.0) if len(spec) > 1 else 0.0
    state = choice(spec[2], TAG_STATES, "tagstatus") if len(spec) > 2 else "suggested"
    origin = choice(spec[3], TAG_ORIGINS, "herkomst van de tag") if len(spec) > 3 else "auto"
    return norm_id, score, state, origin
