"""Command line: `interviewer [BESTAND]` opens the app; subcommands for work without the app.

Each subcommand lives in `interviewer/commands/<name>.py` with `configure(parser)` and
`run(args) -> int`. Command modules keep heavy imports (textual, docx) inside `run`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import NoReturn

class _VersionAction(argparse.Action):
    """--version reads the installed metadata only when asked: it is the slowest import at start-up."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):  # noqa: ANN001, A002
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None) -> NoReturn:  # noqa: ANN001
        from interviewer import __version__

        print(f"interviewer {__version__}")
        parser.exit()


COMMANDS: tuple[tuple[str, str], ...] = (
    ("open", "Open de app (met een auditbestand, of het startscherm)."),
    ("demo", "Open een fictieve voorbeeldaudit (of schrijf er een kopie van weg met --save)."),
    ("norms", "Toon de vragenbank: normen, vragen, bewijs (--json voor hergebruik)."),
    ("tag", "Suggereer normen voor citaten: één citaat per regel op stdin, JSON per regel op stdout."),
    ("leren", "Leer van eerdere audits: toon, voeg toe of wis de auditbestanden waarvan de normsuggesties leren."),
    ("coverage", "Toon de dekking per norm van een audit als platte tekst."),
    ("bevindingen", "Toon per norm het voorgestelde oordeel, de aspecten en de conceptbevinding."),
    ("plan", "Stel voor welke functies te interviewen zodat elke norm twee bronnen krijgt."),
    ("merge", "Voeg auditbestanden van meerdere toetsers samen tot één audit."),
    ("export", "Exporteer het rapport (Deel A en Deel B) als .docx of Markdown."),
    ("documents", "Voeg documenten van de organisatie (PDF, DOCX, ODT, TXT, Markdown) toe aan een audit."),
)


class DutchHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse speaks English in its headings; the toetser reads Dutch."""

    def add_usage(self, usage, actions, groups, prefix=None):  # noqa: ANN001
        return super().add_usage(usage, actions, groups, "Gebruik: " if prefix is None else prefix)


ARGPARSE_DUTCH = (
    ("the following arguments are required", "deze argumenten ontbreken"),
    ("unrecognized arguments", "onbekende argumenten"),
    ("invalid choice", "ongeldige keuze"),
    ("choose from", "kies uit"),
    ("expected one argument", "verwacht één waarde"),
    ("expected at least one argument", "verwacht minstens één waarde"),
    ("not allowed with argument", "gaat niet samen met"),
    ("ignored explicit argument", "waarde niet toegestaan"),
    ("invalid", "ongeldige"),
    ("value", "waarde"),
)


class DutchArgumentParser(argparse.ArgumentParser):
    """argparse's own error sentences are English; the toetser reads Dutch."""

    def error(self, message: str) -> NoReturn:
        for english, dutch in ARGPARSE_DUTCH:
            message = message.replace(english, dutch)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {message}\n")


def _translate(parser: argparse.ArgumentParser) -> None:
    parser._positionals.title = "argumenten"
    parser._optionals.title = "opties"
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = "toon deze hulp en stop"


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every subcommand; with `only`, just that one (its module imported):
    `interviewer demo` does not import the export's code or build the other subcommands."""
    parser = DutchArgumentParser(
        prog="interviewer",
        description="Interviewhulp voor toetsers van het Kwaliteitslabel Sociaal Werk.",
        formatter_class=DutchHelpFormatter,
        epilog="Zonder opdracht opent `interviewer [BESTAND]` de app.",
    )
    _translate(parser)
    parser.add_argument("--version", action=_VersionAction, help="toon de versie en stop")
    sub = parser.add_subparsers(dest="command", title="opdrachten", metavar="OPDRACHT", parser_class=DutchArgumentParser)
    for name, help_text in COMMANDS:
        if only is not None and name != only:
            continue  # building the other subparsers is a few ms of argparse before the first paint
        cmd = sub.add_parser(name, help=help_text, description=help_text, formatter_class=DutchHelpFormatter)
        _translate(cmd)
        module = importlib.import_module(f"interviewer.commands.{name}")
        module.configure(cmd)
        cmd.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    names = {name for name, _ in COMMANDS}
    if not argv or (argv[0] not in names and not argv[0].startswith("-")) or argv[0] == "--alleen-lezen":
        argv = ["open", *argv]
    args = build_parser(only=argv[0] if argv[0] in names else None).parse_args(argv)
    return int(args._run(args) or 0)
