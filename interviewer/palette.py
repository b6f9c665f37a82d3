"""The command palette (Ctrl+P), and the one fence around Textual's private API.

Everything the app asks of Textual beyond its public API lives here, so a Textual upgrade (the
version is pinned to a minor series in pyproject.toml) is checked in one file:
- a node's bindings (`node._bindings`) and how Textual resolves an action string
  (`App._parse_action`): the palette lists every key's action by name;
- the app's exit code (`App._return_code`): an unexpected end exits non-zero;
- the Linux driver's stdin decoder: a byte a terminal should not send must not end the app.
`tests/unit/test_private_api_fence.py` fails when another module touches them. (argparse's private
headings are touched only in interviewer/cli.py, which must stay free of Textual.)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.app import SystemCommand

from interviewer.screens.base import ScreenHooks

if TYPE_CHECKING:
    from textual.app import App
    from textual.binding import Binding
    from textual.dom import DOMNode
    from textual.screen import Screen

    from interviewer.app import InterviewerApp


# --- the fence: Textual's private API --------------------------------------------------------
def node_bindings(node: DOMNode) -> Iterator[Binding]:
    """Every binding a node declares (its own BINDINGS, merged by Textual), in key order."""
    for bindings in node._bindings.key_to_bindings.values():
        yield from bindings


def parse_action(app: App, action: str, node: DOMNode) -> tuple[DOMNode, str, tuple[object, ...]]:
    """The node an action string runs on, the action's name and its parameters, as Textual runs it."""
    return app._parse_action(action, node)


def mark_exit_code(app: App, code: int) -> None:
    """Make the app exit with `code` unless it already has a non-zero one (an unexpected end)."""
    if not app._return_code:
        app._return_code = code


def guard_terminal_decoder(driver_class: type) -> None:
    """A byte a terminal should not send (é from a Latin-1 terminal) must not end the app mid-interview.

    Textual's Linux driver decodes stdin as strict UTF-8 in its input thread, so one such byte kills
    input and the app. Its module's decoder factory is made to replace such bytes with U+FFFD instead.
    """
    import codecs
    import functools
    import sys

    module = sys.modules.get(driver_class.__module__)
    if module is not None and getattr(module, "getincrementaldecoder", None) is codecs.getincrementaldecoder:
        module.getincrementaldecoder = lambda encoding: functools.partial(  # type: ignore[attr-defined]
            codecs.getincrementaldecoder(encoding), errors="replace"
        )


class SavesTypingOnCrash:
    """Mixin for the App: every unexpected end saves what is typed first (the screens still exist),
    and an input thread that died ends the app with a non-zero code. Bytes a terminal should not
    send are replaced, not fatal."""

    def get_driver_class(self):  # noqa: ANN201 - Textual's own signature
        driver_class = super().get_driver_class()  # type: ignore[misc]
        guard_terminal_decoder(driver_class)
        return driver_class

    def _save_typing(self) -> None:
        try:
            self.flush_drafts()  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - the app is ending anyway; the last autosave stands
            pass

    def panic(self, *renderables) -> None:  # noqa: ANN002 - App.panic's own signature
        """An unexpected end (an input thread died, say): save what is typed and exit non-zero."""
        self._save_typing()
        mark_exit_code(self, 1)  # type: ignore[arg-type]
        super().panic(*renderables)  # type: ignore[misc]

    def _handle_exception(self, error: Exception) -> None:
        self._save_typing()  # before Textual tears the screens down
        super()._handle_exception(error)  # type: ignore[misc]


# --- the palette -----------------------------------------------------------------------------
def open_palette(app: App) -> None:
    """Textual's palette with a Dutch prompt (Ctrl+P)."""
    from textual.command import CommandPalette

    if app.use_command_palette and not CommandPalette.is_open(app):
        app.push_screen(CommandPalette(id="--command-palette", placeholder="Zoek een opdracht…"))


def open_theme_picker(app: App) -> None:
    """Textual's theme picker with a Dutch prompt."""
    from textual.command import CommandPalette
    from textual.theme import ThemeProvider

    app.push_screen(CommandPalette(providers=[ThemeProvider], placeholder="Zoek een thema…"))


def blocks_navigation(screen: Screen) -> bool:
    """True while a dialog that must be answered first is up ("Wie ben jij?")."""
    return isinstance(screen, ScreenHooks) and screen.blocks_navigation


def system_commands(app: InterviewerApp, screen: Screen) -> Iterable[SystemCommand]:
    """Every action in the palette, in Dutch: the app's, the screen's own, and every key binding
    of the screen and its focused widget that no command above already covers."""
    commands = list(_app_commands(app, screen))
    if isinstance(screen, ScreenHooks):  # a screen may offer its own actions (the gesprek screen does)
        commands.extend(screen.palette_commands())
    yield from commands
    yield from _binding_commands(app, screen, commands)


def _app_commands(app: InterviewerApp, screen: Screen) -> Iterator[SystemCommand]:
    audit = app.store is not None
    blocked = blocks_navigation(screen)
    if not blocked:
        yield SystemCommand("Andere audit", "Startscherm: recente audit, nieuwe audit, bestand of demo openen", app.action_start)
        yield SystemCommand("Gesprek", "Het gespreksscherm: vragen, citaten, normsuggesties (F2)", app.action_interview)
        yield SystemCommand("Dekking", "Dekking van alle 49 normen per rubriek (F3)", app.action_board)
        yield SystemCommand("Bevindingen", "Bevindingen, oordelen en advies (F4)", app.action_bevindingen)
        yield SystemCommand(
            "Kerngegevens", "Alle velden van Deel A (Bijlage 7): organisatie, CI, team, data, verbeterplan (F12)", app.action_kerngegevens
        )
    yield SystemCommand("Hulp", "Toetsen en begrippen (F1)", app.action_help)
    yield SystemCommand("Licht of donker thema", "Wissel tussen licht en donker (Ctrl+T)", app.action_toggle_theme)
    yield SystemCommand("Thema kiezen", "Kies een kleurenthema", app.action_change_theme)
    yield SystemCommand("Stoppen", "Sluit de app; wat je typte is bewaard (Ctrl+Q)", app.action_quit)
    if audit and not blocked:
        yield SystemCommand(
            "Te bevestigen: dit gesprek", "Aantekeningen zonder bevestigde norm, F5–F7 bevestigt (r in tijdlijn en dekking)",
            lambda: app.action_review("gesprek"),
        )
        yield SystemCommand("Te bevestigen: hele audit", "Alle aantekeningen zonder bevestigde norm", lambda: app.action_review("audit"))
        yield SystemCommand("Wissel van toetser", "Wie typt er op deze laptop? Je keuze wordt onthouden", app.action_switch_toetser)
        yield SystemCommand(
            "Samenvoegen met ander auditbestand…", "Neem het bestand van een andere toetser van deze audit op", app.action_merge
        )
        export = getattr(screen, "action_export", None)  # a screen's own export (bevindingen) goes first
        yield SystemCommand(
            "Exporteer rapport…", "Deel A en B als Word of Markdown, na controle op namen", export if callable(export) else app.action_export
        )
    if screen.maximized is not None:
        yield SystemCommand("Paneel herstellen", "Zet het vergrote paneel terug", screen.action_minimize)
    elif screen.focused is not None and screen.focused.allow_maximize:
        yield SystemCommand("Paneel vergroten", "Toon het paneel met de focus over het hele scherm", screen.action_maximize)
    yield SystemCommand("Schermafbeelding", "Bewaar een SVG-afbeelding van dit scherm", lambda: app.set_timer(0.1, app.deliver_screenshot))


def _binding_commands(app: App, screen: Screen, covered_by: list[SystemCommand]) -> Iterator[SystemCommand]:
    """The described bindings of the focused widget, the screen and the app as commands, so every
    key's action can also be found by name (also keys an input field swallows while it has focus)."""
    from interviewer.screens.help import defined_by_textual, key_label

    covered = set()
    for command in covered_by:
        target = getattr(command.callback, "__self__", None)
        name = getattr(command.callback, "__name__", "")
        if target is not None and name.startswith("action_"):
            covered.add((id(target), name.removeprefix("action_")))
    focused = screen.focused
    chain: list[DOMNode] = [n for n in focused.ancestors_with_self if n is not app] if focused is not None else [screen]
    if screen not in chain:
        chain.append(screen)
    chain.append(app)
    found: dict[tuple[int, str], tuple[str, list[str], partial]] = {}
    for node in chain:
        for binding in node_bindings(node):
            if binding.system or not binding.description or defined_by_textual(node, binding):
                continue
            target, name, params = parse_action(app, binding.action, node)
            if name == "command_palette" or (id(target), name) in covered:
                continue
            if target.check_action(name, params) is not True:
                continue  # not possible right now (the footer shows it greyed or not at all)
            key = (id(target), binding.action)
            if key not in found:
                found[key] = (binding.tooltip or binding.description, [], partial(app.run_action, binding.action, node))
            found[key][1].append(key_label(binding))
    for description, keys, callback in found.values():
        yield SystemCommand(description, f"Toets {' / '.join(dict.fromkeys(keys))} · dit scherm", callback)
