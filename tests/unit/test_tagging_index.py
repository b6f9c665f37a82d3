"""The example fields' index changes one norm at a time and must rank exactly as if rebuilt."""

from __future__ import annotations

import random

from interviewer.domain.tagging.index import LiveBM25, bm25


def test_live_postings_equal_a_full_rebuild_after_every_change() -> None:
    """A confirmation changes one norm's bag; the weights the ranking reads must be the ones a
    rebuild from all bags gives (same terms left out for being in too many norms, same order)."""
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(60)]
    norms = 12
    bags: list[dict[str, float]] = [{} for _ in range(norms)]
    live = LiveBM25(norms, k1=1.2, b=0.35, max_df=4)
    for step in range(300):
        i = rng.randrange(norms)
        if rng.random() < 0.2:
            bags[i] = {}  # the norm's last example taken back
        else:
            bags[i] = {t: float(rng.randint(1, 5)) for t in rng.sample(vocabulary, rng.randint(1, 15))}
        live.set_bag(i, dict(bags[i]))
        if step % 10 == 0:  # asked in between: what was cached must not outlive the change
            for term in vocabulary:
                live.get(term)
        expected, _ = bm25([dict(b) for b in bags], k1=1.2, b=0.35, max_df=4)
        for term in vocabulary + ["never-seen"]:
            assert list(live.get(term, ())) == list(expected.get(term, ())), (step, term)


def test_weights_are_bm25_as_written_down() -> None:
    """One small case against the formula itself: idf = ln(1 + (N - df + 0.5) / (df + 0.5)), weight
    = idf · tf · (k1 + 1) / (tf + k1 · (1 - b + b · length / mean length of the filled bags))."""
    import math

    bags = [{"klacht": 2.0, "termijn": 1.0}, {"klacht": 1.0}, {}, {"vrijwilliger": 3.0}]
    postings, idf = bm25(bags, k1=1.2, b=0.75)
    mean = (3.0 + 1.0 + 3.0) / 3  # the empty bag is no short one

    def weight(tf: float, length: float, df: int) -> float:
        rare = math.log(1 + (4 - df + 0.5) / (df + 0.5))
        return rare * tf * 2.2 / (tf + 1.2 * (1 - 0.75 + 0.75 * length / mean))

    assert postings["klacht"] == [(0, weight(2.0, 3.0, 2)), (1, weight(1.0, 1.0, 2))]
    assert postings["vrijwilliger"] == [(3, weight(3.0, 3.0, 1))]
    assert idf["termijn"] == math.log(1 + (4 - 1 + 0.5) / 1.5)
    assert bm25(bags, k1=1.2, b=0.75, max_df=1)[0].get("klacht") is None  # in 2 bags: left out
