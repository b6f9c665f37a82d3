"""`interviewer norms`: the question bank on the command line.

A toetser preparing an audit reads a norm in full (`norms V3`); an overview per rubriek shows what
each norm asks and whom to ask; `--json` hands the bank to other tools. `--bank MAP` lets whoever
edits the data files check them: a broken file is reported by file, norm and field.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import textwrap
from pathlib import Path
from typing import Any, TextIO

from questionbank.ids import unknown_norm_message
from questionbank import RUBRIEKEN, BankError, Norm, QuestionBank, load_bank, load_bank_from


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("norm", nargs="?", metavar="NORM", help="toon één norm volledig, bijvoorbeeld V3, D5 of OB12")
    parser.add_argument(
        "--json",
        action="store_true",
        help="schrijf JSON (UTF-8): een lijst met alle 49 normen, of één object als NORM is gegeven",
    )
    parser.add_argument("--bank", type=Path, metavar="MAP", help="lees de vragenbank uit MAP in plaats van de meegeleverde")


def run(args: argparse.Namespace) -> int:
    try:
        bank = _load(args.bank)
    except BankError as exc:
        print(f"De vragenbank kan niet worden geladen: {exc}", file=sys.stderr)
        return 2
    norms = bank.norms
    if args.norm:
        if not bank.has_norm(args.norm):
            print(unknown_norm_message(args.norm), file=sys.stderr)
            return 2
        norms = (bank.norm(args.norm),)
    out = _utf8(sys.stdout)
    if args.json:
        payload: Any = norm_to_dict(norms[0]) if args.norm else [norm_to_dict(n) for n in norms]
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.norm:
        out.write(describe_norm(bank, norms[0], _width()))
    else:
        out.write(overview(bank, _width()))
    return 0


def _load(data_dir: Path | None) -> QuestionBank:
    if data_dir is None:
        return load_bank()
    if not data_dir.is_dir():
        raise BankError(f"{data_dir}: map bestaat niet")
    return load_bank_from(data_dir)


def _utf8(stream: TextIO) -> TextIO:
    """JSON and norm texts contain ë, é, –; write UTF-8 even where the locale says otherwise."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    reconfigure = getattr(stream, "reconfigure", None)
    if encoding != "utf8" and reconfigure is not None:
        reconfigure(encoding="utf-8")
    return stream


def _width() -> int:
    return max(40, min(100, shutil.get_terminal_size((100, 24)).columns))


def norm_to_dict(norm: Norm) -> dict[str, Any]:
    """One norm as plain JSON data; the keys are a contract with tools that read `--json`."""
    return {
        "id": norm.id,
        "rubriek": norm.rubriek,
        "number": norm.number,
        "text": norm.text,
        "questions": [{"text": q.text, "source": q.source, "followups": list(q.followups)} for q in norm.questions],
        "evidence": list(norm.evidence),
        "kan_blijken_uit": norm.kan_blijken_uit,
        "wijkteam": {"applicability": norm.wijkteam.applicability, "note": norm.wijkteam.note},
        "hints": list(norm.hints),
        "functies": {
            "primary": list(norm.functies.primary),
            "secondary": list(norm.functies.secondary),
            "rationale": norm.functies.rationale,
        },
    }


def _labels(bank: QuestionBank, ids: tuple[str, ...]) -> str:
    return ", ".join((f.label if (f := bank.functie(i)) else i) for i in ids) or "–"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def overview(bank: QuestionBank, width: int) -> str:
    """Per rubriek: id, wrapped text, number of questions and the functies to ask first."""
    indent = " " * 6
    lines = [f"Normenkader {bank.version}: {len(bank.norms)} normen", ""]
    for _prefix, name in RUBRIEKEN:
        norms = bank.norms_in(name)
        lines += [f"{name} ({len(norms)})", "=" * len(f"{name} ({len(norms)})"), ""]
        for n in norms:
            lines.append(textwrap.fill(n.text, width, initial_indent=f"{n.id:<6}", subsequent_indent=indent))
            meta = f"{_count(len(n.questions), 'vraag', 'vragen')} · vooral voor: {_labels(bank, n.functies.primary)}"
            lines.append(textwrap.fill(meta, width, initial_indent=indent, subsequent_indent=indent))
            lines.append("")
    lines.append("Toon één norm volledig met `interviewer norms V3`.")
    return "\n".join(lines) + "\n"


def describe_norm(bank: QuestionBank, norm: Norm, width: int) -> str:
    """Everything the bank knows about one norm, in the order a toetser prepares an interview."""
    def para(text: str, indent: str = "  ") -> str:
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def bullets(items: tuple[str, ...] | list[str], indent: str = "  ") -> list[str]:
        return [textwrap.fill(i, width, initial_indent=f"{indent}- ", subsequent_indent=f"{indent}  ") for i in items]

    title = f"{norm.id} · {norm.rubriek} {norm.number}"
    lines = [title, "-" * len(title), textwrap.fill(norm.text, width), ""]
    lines.append(f"Vragen ({len(norm.questions)}):")
    for i, q in enumerate(norm.questions, start=1):
        source = "" if q.source == "handvat" else " [afgeleid]"
        lines.append(textwrap.fill(f"{q.text}{source}", width, initial_indent=f"  {i}. ", subsequent_indent="     "))
        lines += bullets(q.followups, "     ")
        if q.functies:
            lines.append(f"     (voor: {_labels(bank, q.functies)})")
    lines += ["", "Voorbeelden van bewijs:", *bullets(norm.evidence)]
    lines += ["", "Kan blijken uit:", para(norm.kan_blijken_uit)]
    if norm.hints:
        lines += ["", "Aandachtspunten:", *bullets(norm.hints)]
    wijkteam = norm.wijkteam.applicability + (f": {norm.wijkteam.note}" if norm.wijkteam.note else "")
    lines += ["", "Bij een wijkteam:", para(wijkteam)]
    lines += [
        "",
        "Gesprekspartners:",
        para(f"vooral: {_labels(bank, norm.functies.primary)}"),
        para(f"ook: {_labels(bank, norm.functies.secondary)}"),
        para(norm.functies.rationale),
    ]
    predecessors = [f"{n.rubriek} {n.number}" for n in bank.concept_2016.norms if norm.id in n.maps_to]
    if predecessors:
        lines += ["", para(f"In het concept van 2016 (andere nummering): {', '.join(predecessors)}", "")]
    return "\n".join(lines) + "\n"
