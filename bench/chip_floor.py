"""Where the suggestion chips stop guessing: the score floor and the "sterk" mark (rules.toml [chips]).

A chip whose score is under the floor stays empty (unless the context brings its norm: the question
being asked, or a norm named in the note). This measures, on the labelled dev notes (the first two
per norm in bench/labelled/notes.toml) and on the "kan blijken uit" sentences, both as typed in
full and half-typed (the first half of the words, the last one completed as while typing):
  * right emptied: of the chips showing the labelled norm, the share the floor would empty;
  * wrong emptied: of the chips showing another norm, the share the floor empties (the gain);
  * "sterk" right: of the chips marked sterk, the share showing the labelled norm; and of the
    chips marked mogelijk.
The test notes (the last two per norm) are scored with the chosen rules only, after tuning.

Run: python bench/chip_floor.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from tagging import kbu_sentences, notes  # noqa: E402

from interviewer.domain.tagging import Tagger  # noqa: E402
from questionbank import load_bank  # noqa: E402
from questionbank.loader import load_vocabulary  # noqa: E402

FLOORS = (0, 10, 20, 25, 30, 35, 40, 50)


def chips(tagger: Tagger, items: list[tuple[str, str]]) -> list[tuple[float, bool]]:
    """(score, is the labelled norm) of every chip shown, for full and half-typed notes."""
    out = []
    for text, norm_id in items:
        words = text.split()
        for query, typing in ((text, False), (" ".join(words[: max(2, len(words) // 2)]), True)):
            out += [(score, n == norm_id) for n, score in tagger.rank(query, top=3, typing=typing)]
    return out


def share(values: list[bool]) -> str:
    return f"{100 * sum(values) / len(values):5.1f}%" if values else "    -"


def main() -> int:
    bank = load_bank()
    rules = bank.rules.chips
    tagger = Tagger(bank, load_vocabulary())
    sets = {"notes dev": notes("dev"), "kbu": kbu_sentences(bank)}
    for name, items in sets.items():
        shown = chips(tagger, items)
        right = [s for s, ok in shown if ok]
        wrong = [s for s, ok in shown if not ok]
        print(f"{name}: {len(shown)} chips, {len(right)} right")
        for floor in FLOORS:
            mark = "  <- rules.toml" if floor == rules.floor else ""
            print(f"  floor {floor:3}: right emptied {share([s < floor for s in right])}, "
                  f"wrong emptied {share([s < floor for s in wrong])}{mark}")
    print(f"\nWith floor {rules.floor} and sterk from {rules.strong}:")
    for name, items in {**sets, "notes test (not tuned on)": notes("test")}.items():
        shown = chips(tagger, items)
        right = [s for s, ok in shown if ok]
        strong = [ok for s, ok in shown if s >= rules.strong]
        maybe = [ok for s, ok in shown if rules.floor <= s < rules.strong]
        print(f"  {name:26} right emptied {share([s < rules.floor for s in right])}; "
              f"sterk right {share(strong)} of {len(strong)}; mogelijk right {share(maybe)} of {len(maybe)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
