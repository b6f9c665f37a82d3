"""How a suggested norm reads in little space: the chips of the capture line, the timeline's
suggestions and the review list.

A norm is named by its id and its label from the question bank (`Norm.short`, at most 18
characters, or `Norm.long`, at most 40), never by the first words of its text: at 80 columns those
all read "De organisatie…". A score is shown as a bar and a word ("sterk", "mogelijk"), never as a
bare number. A suggestion under the floor (rules.toml [chips]) is not shown at all — a chip stays
empty rather than guess — unless the context brings its norm: the question being asked, the norm
just confirmed on the previous note (a vague follow-up, "dat klopt wel", goes on about it), or a
norm the note names itself ("zie V4"). The functie alone brings none.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from questionbank.models import ChipRules, QuestionBank

from interviewer.domain.tagging import REASON_PREVIOUS, REASON_QUESTION, REASON_REFERENCE

CONTEXT_REASONS = (REASON_QUESTION, REASON_PREVIOUS, REASON_REFERENCE)
"""Reasons that show a norm whatever its score: the toetser asked about it, just confirmed it, or named it."""

BAR_CELLS = 3
BAR_FULL, BAR_EMPTY = "█", "░"
EMPTY_MARK = "—"
CHOSEN_MARK = "✓"

Labels = Callable[[str], tuple[str, str]]
"""norm id -> (short label, long label); ("", "") for an id the bank does not know."""


def bank_labels(bank: QuestionBank) -> Labels:
    """The labels of the bank's 2019 norms, by id (case as stored)."""
    table = {n.id: (n.short, n.long) for n in bank.norms}
    return lambda norm_id: table.get(norm_id, ("", ""))


def norm_name(norm_id: str, labels: Labels, *, long: bool = False) -> str:
    """'OB17 wetten AVG/klacht' (or with the long label): how a norm is named in a list."""
    short, long_label = labels(norm_id)
    label = long_label if long else short
    return f"{norm_id} {label}" if label else norm_id


def shown_ranking(
    ranking: Sequence[tuple[str, float]], reasons: Mapping[str, Sequence[str]] | None, rules: ChipRules
) -> list[tuple[str, float]]:
    """The suggestions worth a chip: at least the floor, or brought by the context (see module doc)."""
    reasons = reasons or {}
    return [
        (norm_id, score)
        for norm_id, score in ranking
        if score >= rules.floor or any(r in CONTEXT_REASONS for r in reasons.get(norm_id, ()))
    ]


def strength(score: float, rules: ChipRules) -> str:
    """'sterk' from the strong mark, 'mogelijk' from the floor, '' under it (a norm only the
    context brings has no strength of its own)."""
    if score >= rules.strong:
        return "sterk"
    return "mogelijk" if score >= rules.floor else ""


def score_bar(score: float, rules: ChipRules) -> str:
    """Three cells: one from the floor, two from halfway to the strong mark, three from it; '' under the floor."""
    if score < rules.floor:
        return ""
    middle = (rules.floor + rules.strong) / 2
    filled = 1 + (score >= middle) + (score >= rules.strong)
    return BAR_FULL * filled + BAR_EMPTY * (BAR_CELLS - filled)


@dataclass(frozen=True)
class ChipView:
    """One chip: its key and, unless empty, the norm with labels, strength and why it is there."""

    key: str
    norm_id: str = ""  # "" for an empty chip
    short: str = ""
    long: str = ""
    bar: str = ""
    strength: str = ""  # "sterk" | "mogelijk" | "" (only the context brings it)
    reasons: tuple[str, ...] = ()
    chosen: bool = False

    @property
    def empty(self) -> bool:
        return not self.norm_id

    def _head(self) -> str:
        return f"{self.key} {CHOSEN_MARK + ' ' if self.chosen else ''}{self.norm_id}"

    def _score(self, *, word: bool) -> str:
        """'██░ sterk', '██░', or the reason when only the context brings the norm ('· vraag')."""
        if not self.bar:
            return f"· {', '.join(self.reasons)}" if self.reasons else ""
        return f"{self.bar} {self.strength}" if word else self.bar

    def _why(self) -> str:
        """'· AVG', '· vraag, vorige notitie': why the norm is there (after the bar)."""
        return f"· {', '.join(self.reasons)}" if self.reasons and self.bar else ""

    def variants(self) -> list[str]:
        """One-line forms, richest first: long label, bar and word, reasons; down to id, short
        label and bar. The renderer takes the first that fits."""
        if self.empty:
            return [f"{self.key} {EMPTY_MARK}"]
        out = []
        for label in (self.long, self.short):
            for word in (True, False):
                for why in (True, False):
                    parts = [self._head(), label, self._score(word=word), self._why() if why else ""]
                    text = " ".join(p for p in parts if p)
                    if text not in out:
                        out.append(text)
        return out

    def line(self, width: int) -> str:
        """The richest one-line form within `width`; the plainest one (cut by the widget) otherwise."""
        forms = self.variants()
        return next((f for f in forms if len(f) <= width), forms[-1])

    def two_lines(self, width: int) -> tuple[str, str]:
        """For a narrow chip: key, id, bar and word on top; the short label (and why) below."""
        if self.empty:
            return (f"{self.key} {EMPTY_MARK}", "")
        top = " ".join(p for p in (self._head(), self._score(word=True)) if p)
        if len(top) > width:
            top = " ".join(p for p in (self._head(), self._score(word=False)) if p)
        bottom = " ".join(p for p in (self.short, self._why()) if p)
        return top, bottom if len(bottom) <= width else self.short


ONE_LINE_MIN = len("F7 ✓ OB17 ") + 18 + len(" ███")
"""A chip this wide shows any norm on one line with its short label and bar; a narrower chip (80
columns: three chips of 24) puts the label on a second line."""


def chip_views(
    keys: Sequence[str],
    ranking: Sequence[tuple[str, float]],
    reasons: Mapping[str, Sequence[str]] | None,
    chosen: Sequence[str],
    labels: Labels,
    rules: ChipRules,
) -> list[ChipView]:
    """One view per key; `ranking` as shown (already through `shown_ranking`), empty chips after it."""
    reasons = reasons or {}
    out = []
    for index, key in enumerate(keys):
        if index >= len(ranking):
            out.append(ChipView(key))
            continue
        norm_id, score = ranking[index]
        short, long = labels(norm_id)
        out.append(
            ChipView(
                key, norm_id, short, long or short, score_bar(score, rules), strength(score, rules),
                tuple(reasons.get(norm_id, ())), norm_id in chosen,
            )
        )
    return out
