"""Benchmark of the tagger: does the auditor's norm come first, or in the top 3, and how fast?

Two labelled sets, neither answered by a norm's own reference text:
  * kbu-heldout: every norm's "kan blijken uit" text (handbook Bijlage 3), split into sentences,
    used as queries against an index built WITHOUT any kan_blijken_uit text. Caveat: the norm
    files' keywords were partly taken from Bijlage 3, so the row "zonder trefwoorden" also leaves
    out keywords and vocabulary: that row is the clean one.
  * notes: hand-written auditor-style notes in bench/labelled/notes.toml (4 per norm; the first two
    were seen while tuning the vocabulary ("dev"), the last two were only scored ("test")).
Against a baseline: rapidfuzz token_set_ratio against the norm text alone.

In context (tagging.TagContext), for every set: the previous item's label as the confirmed norm of
the previous note ("vorige"), the note's own norm as the norm of the question being asked (the
question drawn from that norm's own questions, "vraag"), and, as the price of a question that the
note does not answer, another norm's question ("andere vraag", drawn with a fixed seed). Sets
ordered by norm flatter "vorige": so the same is measured on notes in interview order, the demo's
interviews (interviewer/demo/demo_audit.toml) note by note in time order, with the functie of each
interview, and the bench says how often consecutive notes there share a norm.

Run: python bench/tagging.py [--misses]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz, utils

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from interviewer.domain.tagging import TagContext, Tagger  # noqa: E402
from questionbank import load_bank  # noqa: E402
from questionbank.loader import load_vocabulary  # noqa: E402
from questionbank.models import QuestionBank  # noqa: E402

NOTES = ROOT / "bench" / "labelled" / "notes.toml"
DEV_PER_NORM = 2
Ranker = Callable[[str], list[str]]


def kbu_sentences(bank: QuestionBank) -> list[tuple[str, str]]:
    """(sentence, norm id) from each norm's kan_blijken_uit, minus cross-references and scraps."""
    out = []
    for norm in bank.norms:
        # a sentence ends at . ! ? before a capital: "bijv. rolinvulling" and "m.b.t. inzet" stay whole
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])|\n+", norm.kan_blijken_uit):
            sentence = sentence.strip()
            if len(sentence.split()) < 4 or re.match(r"(?i)zie ook norm", sentence):
                continue
            out.append((sentence, norm.id))
    return out


def notes(split: str) -> list[tuple[str, str]]:
    raw = tomllib.loads(NOTES.read_text(encoding="utf-8"))["notes"]
    out = []
    for norm_id, texts in raw.items():
        chosen = texts[:DEV_PER_NORM] if split == "dev" else texts[DEV_PER_NORM:]
        out.extend((t, norm_id) for t in chosen)
    return out


def baseline(bank: QuestionBank) -> Ranker:
    texts = [(n.id, utils.default_process(n.text)) for n in bank.norms]

    def rank(query: str) -> list[str]:
        q = utils.default_process(query)
        scored = [(fuzz.token_set_ratio(q, t), -i, nid) for i, (nid, t) in enumerate(texts)]
        return [nid for _, _, nid in sorted(scored, reverse=True)]

    return rank


def tagger_ranker(tagger: Tagger) -> Ranker:
    return lambda query: [nid for nid, _ in tagger.rank(query)]


def evaluate(rank: Ranker, items: list[tuple[str, str]], misses: list | None = None) -> dict[str, float]:
    top1 = top3 = rr = 0.0
    for query, gold in items:
        ranked = rank(query)
        pos = ranked.index(gold) + 1 if gold in ranked else None
        top1 += pos == 1
        top3 += pos is not None and pos <= 3
        rr += 1 / pos if pos else 0.0
        if misses is not None and pos != 1:
            misses.append((gold, pos, ranked[:3], query))
    n = len(items) or 1
    return {"n": len(items), "top1": 100 * top1 / n, "top3": 100 * top3 / n, "mrr": rr / n}


DEMO = ROOT / "interviewer" / "demo" / "demo_audit.toml"
# (text, norms the toetser filed it under, context)
ContextItem = tuple[str, frozenset[str], TagContext]


def evaluate_in_context(tagger: Tagger, items: list[ContextItem]) -> dict[str, float]:
    """top-1/top-3/MRR where a note counts as found at the first of its norms in the ranking."""
    top1 = top3 = rr = 0.0
    for text, golds, context in items:
        ranked = [nid for nid, _ in tagger.rank(text, context=context)]
        pos = next((k + 1 for k, nid in enumerate(ranked) if nid in golds), None)
        top1 += pos == 1
        top3 += pos is not None and pos <= 3
        rr += 1 / pos if pos else 0.0
    n = len(items) or 1
    return {"n": len(items), "top1": 100 * top1 / n, "top3": 100 * top3 / n, "mrr": rr / n}


def context_variants(items: list[tuple[str, str]], norm_ids: list[str], seed: int = 15) -> dict[str, list[ContextItem]]:
    """A labelled set (in file order) under each kind of context the bench reports."""
    import random

    rng = random.Random(seed)
    other = [rng.choice([n for n in norm_ids if n != gold]) for _, gold in items]
    previous = [None, *(gold for _, gold in items[:-1])]
    return {
        "zonder context": [(t, frozenset([g]), TagContext()) for t, g in items],
        "vorige notitie": [(t, frozenset([g]), TagContext(previous_norms=(p,) if p else ())) for (t, g), p in zip(items, previous)],
        "vraag bij de norm": [(t, frozenset([g]), TagContext(question_norm=g)) for t, g in items],
        "andere vraag": [(t, frozenset([g]), TagContext(question_norm=o)) for (t, g), o in zip(items, other)],
    }


def print_context_rows(tagger: Tagger, name: str, items: list[tuple[str, str]]) -> None:
    norm_ids = tagger.norm_ids
    for label, variant in context_variants(items, norm_ids).items():
        m = evaluate_in_context(tagger, variant)
        print(f"{name:<12} {label:<28} {m['n']:>4} {m['top1']:>6.1f}% {m['top3']:>6.1f}% {m['mrr']:>6.3f}")


def demo_interviews() -> list[tuple[str, list[tuple[str, frozenset[str]]]]]:
    """(functie category, [(note, confirmed norms)] in time order) per interview of the demo audit."""
    data = tomllib.loads(DEMO.read_text(encoding="utf-8"))
    out = []
    for bron in data["bron"]:
        if bron.get("kind") != "interview":
            continue
        notes = sorted(bron.get("notes", []), key=lambda n: n["at"])
        out.append((bron.get("functie_category", ""), [(n["text"], frozenset(n.get("norms", ()))) for n in notes if n.get("norms")]))
    return out


def interview_order_variants(interviews, seed: int = 15) -> tuple[dict[str, list[ContextItem]], float]:
    """The demo's notes under each context, and the share of consecutive notes with a norm in common."""
    import random

    rng = random.Random(seed)
    variants: dict[str, list[ContextItem]] = {k: [] for k in (
        "zonder context", "functie", "vorige notities", "vorige + functie", "vraag bij de norm", "andere vraag",
        "vraag + vorige + functie")}
    shared = pairs = 0
    all_norms = sorted({n for _, notes in interviews for _, golds in notes for n in golds})
    for functie, notes in interviews:
        history: list[str] = []  # confirmed norms of the earlier notes, most recent first
        for k, (text, golds) in enumerate(notes):
            if k:
                pairs += 1
                shared += bool(golds & notes[k - 1][1])
            question = sorted(golds)[0]
            other = rng.choice([n for n in all_norms if n not in golds])
            previous = tuple(history)
            for label, context in (
                ("zonder context", TagContext()),
                ("functie", TagContext(functie=functie)),
                ("vorige notities", TagContext(previous_norms=previous)),
                ("vorige + functie", TagContext(previous_norms=previous, functie=functie)),
                ("vraag bij de norm", TagContext(question_norm=question)),
                ("andere vraag", TagContext(question_norm=other)),
                ("vraag + vorige + functie", TagContext(question, previous, functie)),
            ):
                variants[label].append((text, golds, context))
            history = [*sorted(golds), *[n for n in history if n not in golds]]
    return variants, shared / (pairs or 1)


def print_interview_order(tagger: Tagger) -> None:
    variants, share = interview_order_variants(demo_interviews())
    print(f"\nnotities in gespreksvolgorde (demo-audit, {len(demo_interviews())} gesprekken; "
          f"opeenvolgende notities delen een norm: {100 * share:.0f}%)")
    print(f"{'set':<12} {'context':<28} {'n':>4} {'top-1':>7} {'top-3':>7} {'MRR':>6}")
    for label, items in variants.items():
        m = evaluate_in_context(tagger, items)
        print(f"{'demo':<12} {label:<28} {m['n']:>4} {m['top1']:>6.1f}% {m['top3']:>6.1f}% {m['mrr']:>6.3f}")


def latency_ms(tagger: Tagger, queries: list[str]) -> tuple[float, float, float]:
    """Median ms per whole quote (first sight, cold typo cache), and per keystroke prefix (median, p95)."""
    whole = []
    for q in queries:
        start = time.perf_counter()
        tagger.rank(q, 5)
        whole.append((time.perf_counter() - start) * 1000)
    keys = []
    for q in queries[:60]:
        for end in range(1, len(q) + 1):
            start = time.perf_counter()
            tagger.rank(q[:end], 5)
            keys.append((time.perf_counter() - start) * 1000)
    keys.sort()
    return statistics.median(whole), statistics.median(keys), keys[int(0.95 * (len(keys) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", choices=("dev", "test", "kbu"), help="print the misranked queries of one set")
    args = parser.parse_args()

    bank, vocabulary = load_bank(), load_vocabulary()
    base = baseline(bank)
    builds, cpu = [], []
    for _ in range(3):  # median of three: the machine is shared, one build can be unlucky
        start, start_cpu = time.perf_counter(), time.process_time()
        full = Tagger(bank, vocabulary)
        builds.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    build_ms, build_cpu_ms = statistics.median(builds), statistics.median(cpu)
    heldout = Tagger(bank, vocabulary, exclude_fields={"kan_blijken_uit"})
    bare = Tagger(bank, vocabulary, exclude_fields={"kan_blijken_uit", "keywords", "vocabulary"})

    kbu = kbu_sentences(bank)
    dev, test = notes("dev"), notes("test")
    rows = [
        ("kbu-heldout", "baseline token_set_ratio", base, kbu),
        ("kbu-heldout", "tagger zonder trefwoorden", tagger_ranker(bare), kbu),
        ("kbu-heldout", "tagger (bank zonder kbu)", tagger_ranker(heldout), kbu),
        ("notes dev", "baseline token_set_ratio", base, dev),
        ("notes dev", "tagger", tagger_ranker(full), dev),
        ("notes test", "baseline token_set_ratio", base, test),
        ("notes test", "tagger", tagger_ranker(full), test),
        ("notes test", "tagger, leerde dev-notes", tagger_ranker(Tagger(bank, vocabulary, [(t, n, True) for t, n in dev])), test),
        ("notes alle", "baseline token_set_ratio", base, dev + test),
        ("notes alle", "tagger", tagger_ranker(full), dev + test),
    ]
    missed: list = []
    print(f"{'set':<12} {'methode':<28} {'n':>4} {'top-1':>7} {'top-3':>7} {'MRR':>6}")
    for set_name, method, rank, items in rows:
        wanted_set = {"dev": "notes dev", "test": "notes test", "kbu": "kbu-heldout"}.get(args.misses or "")
        want = set_name == wanted_set and method in ("tagger", "tagger (bank zonder kbu)")
        m = evaluate(rank, items, missed if want else None)
        print(f"{set_name:<12} {method:<28} {m['n']:>4} {m['top1']:>6.1f}% {m['top3']:>6.1f}% {m['mrr']:>6.3f}")

    print(f"\nin context (tagger)\n{'set':<12} {'context':<28} {'n':>4} {'top-1':>7} {'top-3':>7} {'MRR':>6}")
    print_context_rows(heldout, "kbu-heldout", kbu)
    print_context_rows(full, "notes dev", dev)
    print_context_rows(full, "notes test", test)
    print_interview_order(full)

    fresh = Tagger(bank, vocabulary)
    whole, key_median, key_p95 = latency_ms(fresh, [q for q, _ in dev + test + kbu])
    print(f"\nindex opbouwen (mediaan van 3): {build_ms:.0f} ms ({build_cpu_ms:.0f} ms cpu)")
    print(f"latency per citaat (mediaan, eerste keer): {whole:.3f} ms")
    print(f"latency per toetsaanslag (mediaan / p95):   {key_median:.3f} / {key_p95:.3f} ms")
    for gold, pos, top, query in missed:
        print(f"  {gold:>5} op {pos or '-':>2}  top3={top}  {query}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
