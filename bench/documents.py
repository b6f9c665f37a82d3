"""Benchmark of document import: is a labelled passage's norm among the top 3 the import offers,
and how long does `interviewer documents` take on a 100-page PDF?

Two labelled sets, reported apart:
  * tuned: tests/fixtures/documents/src/*.txt, written with the tagger in view (built into the
    committed PDF/DOCX/ODT fixtures beside them);
  * blind: written by someone who had not seen the tagger (tests/fixtures/documents/blind/src/),
    built into PDF/DOCX/ODT fixtures in tests/fixtures/documents/blind/ and only scored, never tuned on.

A labelled paragraph of the source is matched to the imported passage that holds most of its words
(the import splits by its own rules); it counts as a hit when one of its norms is among that
passage's top 3. Run: python bench/documents.py [--misses] [--pages 100]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

def _fixture_builder():
    """tests/fixtures/documents/build.py, loaded by path (it is not a package)."""
    import importlib.util

    if "fixture_build" in sys.modules:
        return sys.modules["fixture_build"]
    spec = importlib.util.spec_from_file_location("fixture_build", ROOT / "tests" / "fixtures" / "documents" / "build.py")
    module = sys.modules.setdefault("fixture_build", importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)
    return module


build = _fixture_builder()

from interviewer.domain.documents import passages, rank_passages, read_file, tagging_text  # noqa: E402,F401
from interviewer.domain.tagging import Tagger  # noqa: E402
from interviewer.domain.text import words  # noqa: E402
from questionbank import load_bank  # noqa: E402
from questionbank.loader import load_vocabulary  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "documents"
SETS = {
    "tuned": (FIXTURES / "src", FIXTURES),
    "blind": (FIXTURES / "blind" / "src", FIXTURES / "blind"),
    # the same blind texts as PDFs that LibreOffice made from the DOCX/ODT (real line wrapping,
    # paragraphs over page breaks): the PDF reader on files it was not written against
    "blind-lo": (FIXTURES / "blind" / "src", FIXTURES / "blind" / "libreoffice"),
}


def built_file(src: Path, out_dir: Path) -> Path | None:
    for fmt in ("pdf", "docx", "odt"):
        candidate = out_dir / f"{src.stem}.{fmt}"
        if candidate.exists():
            return candidate
    return None


def score_file(src: Path, built: Path, tagger: Tagger, top: int = 3) -> list[tuple[bool, tuple[str, ...], list[str], str]]:
    """(hit, labelled norms, offered top norms, text) per labelled paragraph of `src`."""
    source = build.load_source(src)
    read = read_file(built)
    items = passages(read.blocks)
    rankings = rank_passages(items, tagger, top=top)
    bags = [set(words(p.text)) for p in items]
    out = []
    for block in source.labelled():
        mine = set(words(block.text))
        best = max(range(len(items)), key=lambda i: len(mine & bags[i]) / (len(mine) or 1))
        got = [n for n, _ in rankings[best][:top]]
        out.append((any(n in got for n in block.norms), block.norms, got, block.text))
    return out


def evaluate(name: str, tagger: Tagger, misses: bool) -> tuple[int, int]:
    src_dir, out_dir = SETS[name]
    hits = total = firsts = 0
    if not src_dir.is_dir():
        print(f"{name}: geen bronnen in {src_dir}")
        return 0, 0
    for src in sorted(src_dir.glob("*.*")):
        if src.suffix not in (".txt", ".md"):
            continue
        built = built_file(src, out_dir)
        if built is None:
            print(f"  {src.name}: niet gebouwd (python tests/fixtures/documents/build.py)")
            continue
        rows = score_file(src, built, tagger)
        h = sum(r[0] for r in rows)
        firsts += sum(bool(r[2]) and r[2][0] in r[1] for r in rows)
        hits += h
        total += len(rows)
        print(f"  {name:8} {built.name:38} {h:3}/{len(rows):<3} top-3")
        if misses:
            for hit, want, got, text in rows:
                if not hit:
                    print(f"      MIS want {','.join(want)} got {','.join(got)}: {text[:90]}")
    if total:
        print(f"{name}: {hits}/{total} = {100 * hits / total:.0f}% met de juiste norm in de top 3 "
              f"(top 1: {firsts}/{total} = {100 * firsts / total:.0f}%)")
    return hits, total


def long_pdf(path: Path, pages: int) -> Path:
    src = build.parse_source((FIXTURES / "src" / "scholingsplan_2026.txt").read_text(encoding="utf-8"))
    page_lines = build._pdf_pages(src)
    path.write_bytes(build.pdf_bytes([page_lines[i % len(page_lines)] for i in range(pages)], title="Lang rapport"))
    return path


def time_cli(pages: int, runs: int = 3) -> None:
    from sessions.models import Toetsing
    from sessions.store import AuditStore

    times = []
    with tempfile.TemporaryDirectory() as tmp:
        pdf = long_pdf(Path(tmp) / "lang.pdf", pages)
        for run in range(runs):
            audit = Path(tmp) / f"a{run}.audit"
            AuditStore.create(audit, Toetsing(id="", organisation="Bench")).close()
            start = time.perf_counter()
            proc = subprocess.run(
                [sys.executable, "-m", "interviewer", "documents", str(audit), str(pdf)],
                capture_output=True, text=True, cwd=ROOT,
            )
            times.append(time.perf_counter() - start)
            if proc.returncode != 0:
                print(proc.stderr)
                return
        progress_lines = proc.stderr.count("pagina")
    print(f"interviewer documents op een PDF van {pages} pagina's: mediaan {statistics.median(times):.2f} s "
          f"over {runs} runs (hele proces, incl. opstarten); {progress_lines} voortgangsregels op stderr")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--pages", type=int, default=100)
    args = parser.parse_args()
    tagger = Tagger(load_bank(), load_vocabulary())
    for name in SETS:
        evaluate(name, tagger, args.misses)
    time_cli(args.pages)


if __name__ == "__main__":
    main()
