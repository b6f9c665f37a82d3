"""Cross-references in a note: "zie Vakmanschap 4" names V4 and is no word about vakmanschap."""

from __future__ import annotations

import re

_RUBRIEK_WORDS = {"vakmanschap": "V", "dienstverlening": "D", "organisatie en bestuur": "OB", "v": "V", "d": "D", "ob": "OB"}
# "zie Vakmanschap 4", "zie ook norm OB12", "(zie D 2)", "zie ook V4 en OB8"
_REFERENCE = re.compile(
    r"\bzie\s+(?:ook\s+)?(?:norm(?:en)?\s+)?((?:(?:vakmanschap|dienstverlening|organisatie en bestuur|ob|v|d)\s*-?\s*\d{1,2}"
    r"(?:\s*(?:,|en|/)\s*)?)+)",
    re.IGNORECASE,
)
_REFERENCE_ITEM = re.compile(r"(vakmanschap|dienstverlening|organisatie en bestuur|ob|v|d)\s*-?\s*(\d{1,2})", re.IGNORECASE)


def strip_references(text: str) -> str:
    """The note without its cross-references: "zie Vakmanschap 4" is no word about vakmanschap."""
    return _REFERENCE.sub(" ", text) if "zie" in text.lower() else text


def cross_references(text: str) -> list[str]:
    """Norm ids a note refers to ("zie Vakmanschap 4" -> V4, "zie ook OB12 en D2" -> OB12, D2),
    in reading order; ids are not checked against a bank here."""
    out: list[str] = []
    for match in _REFERENCE.finditer(text):
        for rubriek, number in _REFERENCE_ITEM.findall(match.group(1)):
            norm_id = f"{_RUBRIEK_WORDS[' '.join(rubriek.lower().split())]}{int(number)}"
            if norm_id not in out:
                out.append(norm_id)
    return out

