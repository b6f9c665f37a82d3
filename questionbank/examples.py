"""Labelled sentences the tagger indexes as extra text of their norm (data/labelled/*.toml).

Only dev sets live there (sentences tuned on, so no measure anyway); the sets that measure the
tagger (bench/labelled/: the test half of the notes and the report sets, blind2 above all) are
outside the package, so the app cannot index them. A file holds `[[sentence]]` tables with `norm`
and `text`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .ids import NORM_ID_SET
from .loader import DATA_DIR, BankError, _read_toml

LABELLED_DIR = DATA_DIR / "labelled"


@dataclass(frozen=True)
class LabelledSentence:
    """A sentence an auditor would file under `norm_id`; `source` names its set (the file's stem)."""

    text: str
    norm_id: str
    source: str


def load_labelled_from(directory: Path) -> tuple[LabelledSentence, ...]:
    """Every labelled sentence of the .toml files in `directory`, file by file in name order."""
    out: list[LabelledSentence] = []
    for path in sorted(directory.glob("*.toml")):
        entries = _read_toml(path).get("sentence")
        if not isinstance(entries, list) or not entries:
            raise BankError(f"{path.name}: verwacht [[sentence]]-tabellen met norm en text")
        for number, entry in enumerate(entries, 1):
            norm_id = str(entry.get("norm", "")).strip().upper() if isinstance(entry, dict) else ""
            text = entry.get("text") if isinstance(entry, dict) else None
            if norm_id not in NORM_ID_SET:
                raise BankError(f"{path.name}: zin {number}: onbekende norm {entry.get('norm')!r}")
            if not isinstance(text, str) or not text.strip():
                raise BankError(f"{path.name}: zin {number}: text moet een niet-lege tekst zijn")
            out.append(LabelledSentence(text.strip(), norm_id, path.stem))
    return tuple(out)


@lru_cache(maxsize=1)
def load_labelled() -> tuple[LabelledSentence, ...]:
    """The shipped labelled sentences, loaded once per process."""
    return load_labelled_from(LABELLED_DIR)
