"""Benchmark of the tagger: does the auditor's norm come first, or in the top 3, and how fast?

Labelled sets, none answered by a norm's own reference text:
  * kbu-heldout: every norm's "kan blijken uit" text (handbook Bijlage 3), split into sentences,
    used as queries against an index built WITHOUT any kan_blijken_uit text. Caveat: the norm
    files' keywords were partly taken from Bijlage 3, so the row "zonder trefwoorden" also leaves
    out keywords and vocabulary: that row is the clean one.
  * notes: hand-written auditor-style notes, 4 per norm: the first two ("dev", seen while tuning the
    vocabulary) are questionbank/data/labelled/notes_dev.toml, the last two ("test", only scored)
    bench/labelled/notes.toml.
Against a baseline: rapidfuzz token_set_ratio against the norm text alone.

Examples as a field of their norm: the tagger indexes the dev sets (questionbank/data/labelled:
notes_dev and report_sentences_dev2) as extra text of their norm. Indexed sentences are training
data, so every set is scored with its own sentences held out of the index (leave one set out): the
dev notes against an index holding only report_sentences_dev2, the others against both. The blind
set report_sentences_blind2.toml (bench/report_eval.py) is never indexed nor tuned on. Every row
shows "voor" (the field off: [weights] examples* = 0, the tagger as it was) next to "na".

In context (tagging.TagContext), for every set: the previous item's label as the confirmed norm of
the previous note ("vorige"), the note's own norm as the norm of the question being asked (the
question drawn from that norm's own questions, "vraag"), and, as the price of a question that the
note does not answer, another norm's question ("andere vraag", drawn with a fixed seed). Sets
ordered by norm flatter "vorige": so the same is measured on notes in interview order, the demo's
interviews (interviewer/demo/demo_audit.toml) note by note in time order, with the functie of each
interview, and the bench says how often consecutive notes there share a norm. The last demo row
lets the audit's confirmed notes join the index as they come ("bevestigd leert mee": each note is
ranked, then confirmed, as in the app).

Run: python bench/tagging.py [--misses dev|test|kbu]
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import statistics
import sys
import time
import tomllib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, utils

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from interviewer.domain.tagging import TagContext, Tagger  # noqa: E402
from questionbank import load_bank  # noqa: E402
from questionbank.examples import load_labelled  # noqa: E402
from questionbank.loader import load_vocabulary  # noqa: E402
from questionbank.models import QuestionBank, Vocabulary  # noqa: E402

NOTES = ROOT / "bench" / "labelled" / "notes.toml"  # the test half; the dev half is shipped (notes_dev)
Ranker = Callable[[str], list[str]]
# the labelled sets the tagger indexes (questionbank/data/labelled), by the name the benches give them
INDEXED_SOURCE = {"notes dev": "notes_dev", "dev2": "report_sentences_dev2"}
# [weights] that switch the example fields off: the tagger as it was before them ("voor")
FIELD_OFF = {"examples": 0.0, "examples_ngram": 0.0, "examples_elsewhere": 0.0, "examples_elsewhere_ngram": 0.0}


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
    """The hand-written notes: "dev" (the first two per norm, shipped as notes_dev) or "test"."""
    if split == "dev":
        return [(s.text, s.norm_id) for s in load_labelled() if s.source == INDEXED_SOURCE["notes dev"]]
    raw = tomllib.loads(NOTES.read_text(encoding="utf-8"))["notes"]
    return [(t, norm_id) for norm_id, texts in raw.items() for t in texts]


def field_off(vocabulary: Vocabulary) -> Vocabulary:
    """The vocabulary with the example fields weighed 0: the ranking of the tagger before them."""
    return dataclasses.replace(vocabulary, weights={**vocabulary.weights, **FIELD_OFF})


def held_out(*sets: str) -> tuple:
    """The shipped labelled sentences without those of `sets` (leave one set out)."""
    sources = {INDEXED_SOURCE[name] for name in sets if name in INDEXED_SOURCE}
    return tuple(s for s in load_labelled() if s.source not in sources)


@lru_cache(maxsize=None)
def tagger_for(set_name: str = "", *, before: bool = False, exclude: tuple[str, ...] = ()) -> Tagger:
    """The tagger a set is scored with: its own sentences out of the index, or (`before`) no field."""
    vocabulary = load_vocabulary()
    if before:
        return Tagger(load_bank(), field_off(vocabulary), exclude_fields=exclude, examples=())
    return Tagger(load_bank(), vocabulary, exclude_fields=exclude, examples=held_out(set_name))


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


HEADER = f"{'set':<12} {'methode / context':<28} {'n':>4}   {'voor: top-1':>11} {'top-3':>6} {'MRR':>6}   {'na: top-1':>9} {'top-3':>6} {'MRR':>6}"


def row(set_name: str, label: str, before: dict[str, float], after: dict[str, float]) -> str:
    """One line: the figures before the example fields next to those with them."""
    return (f"{set_name:<12} {label:<28} {after['n']:>4}   {before['top1']:>10.1f}% {before['top3']:>5.1f}% {before['mrr']:>6.3f}"
            f"   {after['top1']:>8.1f}% {after['top3']:>5.1f}% {after['mrr']:>6.3f}")


DEMO = ROOT / "interviewer" / "demo" / "demo_audit.toml"
# (text, norms the toetser filed it under, context)
ContextItem = tuple[str, frozenset[str], TagContext]


def evaluate_in_context(tagger: Tagger, items: list[ContextItem], *, learn: bool = False) -> dict[str, float]:
    """top-1/top-3/MRR where a note counts as found at the first of its norms in the ranking;
    `learn`: each note is confirmed after it is ranked (the tagger changes: pass a fresh one)."""
    top1 = top3 = rr = 0.0
    for text, golds, context in items:
        ranked = [nid for nid, _ in tagger.rank(text, context=context)]
        pos = next((k + 1 for k, nid in enumerate(ranked) if nid in golds), None)
        top1 += pos == 1
        top3 += pos is not None and pos <= 3
        rr += 1 / pos if pos else 0.0
        if learn:
            for gold in golds:
                tagger.learn(text, gold, True)
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


def print_context_rows(name: str, items: list[tuple[str, str]], *, exclude: tuple[str, ...] = ()) -> None:
    """The set under each context, before and after (its own sentences held out of the index)."""
    before, after = tagger_for(before=True, exclude=exclude), tagger_for(name, exclude=exclude)
    for label, variant in context_variants(items, after.norm_ids).items():
        print(row(name, label, evaluate_in_context(before, variant), evaluate_in_context(after, variant)))


def demo_interviews() -> list[tuple[str, list[tuple[str, frozenset[str]]]]]:
    """(functie category, [(note, confirmed norms)] in time order) per interview of the demo audit,
    the interviews in the order they were held (day, start)."""
    data = tomllib.loads(DEMO.read_text(encoding="utf-8"))
    out = []
    bronnen = [b for b in data["bron"] if b.get("kind") == "interview"]
    for bron in sorted(bronnen, key=lambda b: (b.get("day", 0), b.get("start", ""))):
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


def print_interview_order() -> None:
    interviews = demo_interviews()
    variants, share = interview_order_variants(interviews)
    print(f"\nnotities in gespreksvolgorde (demo-audit, {len(interviews)} gesprekken in tijdsvolgorde; "
          f"opeenvolgende notities delen een norm: {100 * share:.0f}%)")
    print(HEADER)
    before, after = tagger_for(before=True), tagger_for()
    for label, items in variants.items():
        print(row("demo", label, evaluate_in_context(before, items), evaluate_in_context(after, items)))
    # the open audit: every note is confirmed once ranked, and so joins the index for the next ones
    vocabulary = load_vocabulary()
    learning = [
        evaluate_in_context(Tagger(load_bank(), vocab, examples=examples), variants[label], learn=True)
        for label in ("zonder context", "vorige + functie")
        for vocab, examples in ((field_off(vocabulary), ()), (vocabulary, None))
    ]
    print(row("demo", "bevestigd leert mee", learning[0], learning[1]))
    print(row("demo", "leert mee, vorige + functie", learning[2], learning[3]))


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


def build_ms(vocabulary: Vocabulary, examples=None) -> tuple[float, float]:  # noqa: ANN001
    """Median of three builds (the machine is shared, one build can be unlucky): wall and cpu ms."""
    builds, cpu = [], []
    for _ in range(3):
        start, start_cpu = time.perf_counter(), time.process_time()
        Tagger(load_bank(), vocabulary, examples=examples)
        builds.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(builds), statistics.median(cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", choices=("dev", "test", "kbu"), help="print the misranked queries of one set (na)")
    args = parser.parse_args()

    bank, vocabulary = load_bank(), load_vocabulary()
    base = baseline(bank)
    no_kbu, bare = ("kan_blijken_uit",), ("kan_blijken_uit", "keywords", "vocabulary")
    kbu = kbu_sentences(bank)
    dev, test = notes("dev"), notes("test")

    def pair(set_name: str, exclude: tuple[str, ...] = ()) -> tuple[Ranker, Ranker]:
        return (tagger_ranker(tagger_for(before=True, exclude=exclude)),
                tagger_ranker(tagger_for(set_name, exclude=exclude)))

    def learned_pair() -> tuple[Ranker, Ranker]:
        learned = [(t, n, True) for t, n in dev]  # the dev notes confirmed (not indexed as labelled)
        return (tagger_ranker(Tagger(bank, field_off(vocabulary), learned, examples=())),
                tagger_ranker(Tagger(bank, vocabulary, learned, examples=held_out("notes dev"))))

    rows = [
        ("kbu-heldout", "baseline token_set_ratio", (base, base), kbu),
        ("kbu-heldout", "tagger zonder trefwoorden", pair("kbu-heldout", bare), kbu),
        ("kbu-heldout", "tagger (bank zonder kbu)", pair("kbu-heldout", no_kbu), kbu),
        ("notes dev", "baseline token_set_ratio", (base, base), dev),
        ("notes dev", "tagger", pair("notes dev"), dev),
        ("notes test", "baseline token_set_ratio", (base, base), test),
        ("notes test", "tagger", pair("notes test"), test),
        ("notes test", "tagger, leerde dev-notes", learned_pair(), test),
    ]
    missed: list = []
    wanted_set = {"dev": "notes dev", "test": "notes test", "kbu": "kbu-heldout"}.get(args.misses or "")
    print("voor: zonder voorbeeldveld ([weights] examples* = 0); na: met (de eigen set buiten de index)")
    print(HEADER)
    for set_name, method, (before, after), items in rows:
        want = set_name == wanted_set and method in ("tagger", "tagger (bank zonder kbu)")
        print(row(set_name, method, evaluate(before, items), evaluate(after, items, missed if want else None)))

    print(f"\nin context (tagger)\n{HEADER}")
    print_context_rows("kbu-heldout", kbu, exclude=no_kbu)
    print_context_rows("notes dev", dev)
    print_context_rows("notes test", test)
    print_interview_order()

    before_ms = build_ms(field_off(vocabulary), ())
    after_ms = build_ms(vocabulary)
    whole_b, key_median_b, key_p95_b = latency_ms(Tagger(bank, field_off(vocabulary), examples=()), [q for q, _ in dev + test + kbu])
    whole, key_median, key_p95 = latency_ms(Tagger(bank, vocabulary), [q for q, _ in dev + test + kbu])
    print(f"\n{'':<44} {'voor':>12} {'na':>12}")
    print(f"{'index opbouwen, mediaan van 3 (ms, wand/cpu)':<44} {before_ms[0]:>5.0f}/{before_ms[1]:<6.0f} {after_ms[0]:>5.0f}/{after_ms[1]:<6.0f}")
    print(f"{'per citaat, mediaan, eerste keer (ms)':<44} {whole_b:>12.3f} {whole:>12.3f}")
    print(f"{'per toetsaanslag, mediaan (ms)':<44} {key_median_b:>12.3f} {key_median:>12.3f}")
    print(f"{'per toetsaanslag, p95 (ms)':<44} {key_p95_b:>12.3f} {key_p95:>12.3f}")
    for gold, pos, top, query in missed:
        print(f"  {gold:>5} op {pos or '-':>2}  top3={top}  {query}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
