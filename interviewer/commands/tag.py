"""`interviewer tag`: suggest norms for quotes, one quote per line on stdin, one JSON line out.

Each output line is a JSON array of the best norms, best first: [{"norm": "D5", "score": 71.5}, ...]
(scores 0-100, as the app shows them). An empty line gives []. With `--audit FILE` the tagger first
learns from that audit's confirmed and rejected tags, as it does inside the app; with
`--eerdere-audits` also from the confirmed notes of the earlier audits chosen with `interviewer leren`.

With `--jsonl` each line may carry the interview's context as the app passes it:
{"text": "...", "question_norm": "V4" or null, "previous_norms": ["D5", ...] (most recent first),
"functie": "sociaal_werker" or a job title}; all but "text" optional. Each suggestion then also says
why it is there ("reasons": "vraag", "vorige notitie", "verwijzing", a matched word) and, for a
mirror norm not among them, "mirror". A line that is not a JSON object is read as plain text. A
line that is not understood gives [] (so answers stay one per line) and a Dutch message on stderr
naming the line; the exit code is then 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from questionbank import BankError, load_bank
from questionbank.loader import load_vocabulary
from sessions.errors import StoreError

from .common import fail, read_audit

DEFAULT_TOP = 5


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"moet een geheel getal van 1 of meer zijn, niet {value!r}")
    return number


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--top", type=_positive, default=DEFAULT_TOP, metavar="N",
        help=f"aantal normen per citaat (standaard {DEFAULT_TOP})",
    )
    parser.add_argument(
        "--jsonl", action="store_true",
        help='elke regel een JSON-object: {"text": ..., "question_norm": ..., "previous_norms": [...], "functie": ...}',
    )
    parser.add_argument(
        "--eerdere-audits", action="store_true",
        help="leer ook van de eerdere audits die je koos (interviewer leren)",
    )
    parser.add_argument(
        "--audit", type=Path, metavar="BESTAND", help="leer van de bevestigde en afgewezen tags in dit auditbestand"
    )


def run(args: argparse.Namespace) -> int:
    from interviewer.domain.tagging import Tagger, learned_from_audit

    try:
        bank = load_bank()
        vocabulary = load_vocabulary()
        audit = read_audit(args.audit) if args.audit else None
        learned = learned_from_audit(audit) if audit else []
    except (BankError, StoreError) as exc:
        return fail(exc)
    if args.eerdere_audits:
        from interviewer.earlier_audits import load_examples

        earlier = load_examples(current_audit_id=audit.toetsing.id if audit else "")
        for problem in earlier.problems:
            print(f"Let op: eerdere audit overgeslagen: {problem}", file=sys.stderr, flush=True)
        learned = [*earlier.examples, *learned]
    tagger = Tagger(bank, vocabulary, learned)
    sys.stdin.reconfigure(encoding="utf-8", errors="replace")
    sys.stdout.reconfigure(encoding="utf-8")
    refused = False
    try:
        for number, line in enumerate(sys.stdin, 1):
            if args.jsonl:
                try:
                    answer = _jsonl_answer(tagger, bank, line, args.top)
                except ValueError as exc:
                    print(f"Fout: regel {number}: {exc}", file=sys.stderr, flush=True)
                    refused, answer = True, []
            else:
                ranked = tagger.rank(line.strip(), args.top) if line.strip() else []
                answer = [{"norm": n, "score": s} for n, s in ranked]
            sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
            sys.stdout.flush()  # a caller feeding quotes one by one gets each answer at once
    except BrokenPipeError:
        # The reader stopped (`| head`): not an error. Point stdout at nothing so that the
        # interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except KeyboardInterrupt:
        return 130
    return 1 if refused else 0


def _norm_id(bank, value: object, field: str) -> str:  # noqa: ANN001 - QuestionBank
    from questionbank.ids import canonical_norm_id, unknown_norm_message

    norm_id = canonical_norm_id(value)
    if norm_id is None or not bank.has_norm(norm_id):
        raise ValueError(f"{field}: {unknown_norm_message(value)}")
    return norm_id


def _jsonl_answer(tagger, bank, line: str, top: int) -> list[dict]:  # noqa: ANN001 - Tagger, QuestionBank
    """The suggestions for one --jsonl line; ValueError (Dutch) when the line cannot be read."""
    from interviewer.domain.tagging import TagContext

    if not line.lstrip().startswith("{"):
        text, context = line.strip(), None
    else:
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"geen geldige JSON ({exc.msg}, teken {exc.pos + 1})") from None
        if not isinstance(item, dict):
            raise ValueError("verwacht een JSON-object met ten minste \"text\"")
        unknown = sorted(set(item) - {"text", "question_norm", "previous_norms", "functie"})
        if unknown:
            raise ValueError(f"onbekend veld {', '.join(map(repr, unknown))}")
        text = item.get("text")
        if not isinstance(text, str):
            raise ValueError('"text" ontbreekt of is geen tekst')
        question = item.get("question_norm")
        previous = item.get("previous_norms") or []
        functie = item.get("functie") or ""
        if not isinstance(previous, list):
            raise ValueError('"previous_norms" moet een lijst van norm-ids zijn')
        if not isinstance(functie, str):
            raise ValueError('"functie" moet een tekst zijn')
        context = TagContext(
            question_norm=_norm_id(bank, question, "question_norm") if question is not None else None,
            previous_norms=tuple(_norm_id(bank, n, "previous_norms") for n in previous),
            functie=functie,
        )
        text = text.strip()
    if not text and context is None:
        return []
    out = []
    for s in tagger.suggest(text, top, context=context):
        entry = {"norm": s.norm_id, "score": s.score, "reasons": list(s.reasons)}
        if s.mirror:
            entry["mirror"] = s.mirror
        out.append(entry)
    return out
