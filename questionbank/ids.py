"""The norm ids of the 2019 normenkader, in the handbook's order: the one definition every layer uses.

Vakmanschap V1–V15, Dienstverlening D1–D11, Organisatie en bestuur OB1–OB23 (seed 003). The question
bank's TOML files hold the norms themselves; a loader test checks they hold exactly these ids.
"""

from __future__ import annotations

RUBRIEK_SIZES: tuple[tuple[str, int], ...] = (("V", 15), ("D", 11), ("OB", 23))

NORM_IDS: tuple[str, ...] = tuple(f"{prefix}{i}" for prefix, size in RUBRIEK_SIZES for i in range(1, size + 1))
"""All 49 ids in report order."""

NORM_ID_SET: frozenset[str] = frozenset(NORM_IDS)

VALID_IDS_TEXT = "V1–V15, D1–D11 en OB1–OB23"
"""How a Dutch message names the valid ids."""

_ORDER = {norm_id: i for i, norm_id in enumerate(NORM_IDS)}


class UnknownNormError(KeyError, ValueError):
    """An id outside the normenkader; `str()` is the Dutch message (KeyError would quote it)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def unknown_norm_message(norm_id: object) -> str:
    shown = str(norm_id).strip() or "(leeg)"
    return f"Onbekende norm: '{shown}'. Het normenkader 2019 kent {VALID_IDS_TEXT}."


def canonical_norm_id(norm_id: object) -> str | None:
    """'v1 ' -> 'V1'; None for anything that is not one of the 49 ids."""
    if not isinstance(norm_id, str):
        return None
    key = norm_id.strip().upper()
    return key if key in NORM_ID_SET else None


def normalise_norm_id(norm_id: object) -> str:
    """'v1 ' -> 'V1'; raises UnknownNormError with the Dutch message for anything else."""
    key = canonical_norm_id(norm_id)
    if key is None:
        raise UnknownNormError(unknown_norm_message(norm_id))
    return key


def norm_sort_key(norm_id: str) -> int:
    """Position in the handbook's order (unknown ids last)."""
    return _ORDER.get(norm_id, len(_ORDER))
