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
