"""Help (F1): the keys of the screen the toetser came from and of the app, and the begrippen.

The key list is read from the live bindings of the screen below this modal, so it can never drift
from what the keys really do; the begrippen come from the question bank.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Input, Static, TabbedContent, TabPane
from interviewer import keymap

from interviewer.domain.text import fold
from interviewer.widgets.app_footer import AppFooter
from interviewer.widgets.markup import escape

# Textual's own actions carry English descriptions; the toetser reads Dutch. Other bindings that
# Textual's classes define (cursor keys of a table, ...) are left out of the list.
_BUILTIN_DESCRIPTIONS = {
    "command_palette": "Opdrachtenpalet: zoek elke actie",
    "app.command_palette": "Opdrachtenpalet: zoek elke actie",
    "app.focus_next": "Naar het volgende veld",
    "app.focus_previous": "Naar het vorige veld",
    "screen.copy_text": "Kopieer de geselecteerde tekst",
}
_KEY_NAMES = {
    "enter": "Enter", "escape": "Esc", "tab": "Tab", "space": "Spatie", "delete": "Del",
    "backspace": "Backspace", "up": "↑", "down": "↓", "left": "←", "right": "→",
    "pageup": "PgUp", "pagedown": "PgDn", "home": "Home", "end": "End",
}
_MODIFIER_NAMES = {"ctrl": "Ctrl", "shift": "Shift", "alt": "Alt", "super": "Super", "meta": "Meta"}


def key_label(binding: Binding) -> str:
    """How a key reads in Dutch help: 'F1', 'Ctrl+T', 'Enter', 'n'."""
    if binding.key_display:
        return binding.key_display
    modifiers, key = binding.parse_key()
    if key.startswith("f") and key[1:].isdigit():
        name = key.upper()
    else:
        name = _KEY_NAMES.get(key, key.upper() if modifiers and len(key) == 1 else key)
    return "+".join([*(_MODIFIER_NAMES.get(m, m) for m in modifiers), name])


def defined_by_textual(node: object, binding: Binding) -> bool:
    """True when the binding comes from one of Textual's own classes, not from ours."""
    for cls in type(node).__mro__:
        if not cls.__module__.startswith("textual"):
            continue
        for spec in cls.__dict__.get("BINDINGS", ()):
            if isinstance(spec, Binding) and (spec.action, spec.description) == (binding.action, binding.description):
                return True
    return False


@dataclass(frozen=True)
class KeyHelp:
    """One action with every key that triggers it, as the help lists it."""

    keys: str  # "F1" or "Esc / q"
    description: str
    scope: str  # "scherm" (this screen and its focused widget) or "app"
    generic: bool = False  # a Textual built-in (Tab, copy, palette): listed last


def bindings_of(screen: Screen) -> list[KeyHelp]:
    """The described, non-system bindings active on `screen`: its focused widget, itself, the app."""
    app = screen.app
    grouped: dict[tuple[str, str, str], list[str]] = {}  # (scope, action, description) -> keys
    for active in screen.active_bindings.values():
        binding = active.binding
        description = _BUILTIN_DESCRIPTIONS.get(binding.action)
        if description is None:
            if defined_by_textual(active.node, binding):
                continue
            # the footer's short label, or the longer explanation a binding carries for hover and help
            description = binding.tooltip or binding.description
        if binding.system or not description:
            continue
        scope = "app" if active.node is app else "scherm"
        key = (scope, binding.action, description)
        grouped.setdefault(key, []).append(key_label(binding))
        mac = keymap.mac_key(binding.key)  # Ctrl+J 5 for F5: a Mac's F-keys need Fn
        if mac:
            grouped[key].append(mac)
    out = [
        KeyHelp(
            keys=" / ".join(dict.fromkeys(keys)),
            description=key[2],
            scope=key[0],
            generic=key[1] in _BUILTIN_DESCRIPTIONS,
        )
        for key, keys in grouped.items()
    ]
    # This screen's own keys first, then the app's, then Textual's generic ones; stable otherwise.
    return sorted(out, key=lambda k: (k.generic, k.scope == "app"))


class BegripItem(Static):
    """One begrip; keeps its folded text so the filter ignores case and accents."""

    def __init__(self, term: str, definition: str) -> None:
        super().__init__(f"[b]{term}[/b]  {definition}", classes="begrip")
        self.haystack = fold(f"{term} {definition}")


class HelpScreen(ModalScreen[None]):
    """Keys and begrippen in one modal; Esc or F1 closes it."""

    CSS_PATH = "help.tcss"
    BINDINGS = keymap.bindings("HelpScreen")

    def __init__(self) -> None:
        super().__init__()
        self._keys: list[KeyHelp] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Static("Hulp", id="help-title")
            with TabbedContent(id="help-tabs"):
                with TabPane("Toetsen", id="tab-toetsen"):
                    yield Static("", id="help-context", classes="muted")
                    yield DataTable(id="help-keys", cursor_type="row", zebra_stripes=True)
                with TabPane("Begrippen", id="tab-begrippen"):
                    yield Input(placeholder="Filter begrippen (term of uitleg)…", id="begrip-filter")
                    yield VerticalScroll(id="begrippen")
                    yield Static("", id="begrippen-none", classes="muted")
        yield AppFooter()

    def on_mount(self) -> None:
        below = self._screen_below()
        self._keys = bindings_of(below) if below is not None else []
        table = self.query_one("#help-keys", DataTable)
        table.add_columns("Toets", "Actie", "Waar")
        for k in self._keys:
            table.add_row(k.keys, k.description, "overal" if k.scope == "app" else "dit scherm")
        if below is not None and below.query("CaptureLine"):  # typed markers, no key binding
            from interviewer.widgets.capture_line import KIND_MARKERS, MARKER_HELP

            table.add_row(" / ".join(f"{m} Spatie" for m in KIND_MARKERS), MARKER_HELP, "dit scherm")
        label = (below.title or "") if below is not None else ""
        self.query_one("#help-context", Static).update(
            f"Toetsen van het scherm “{label}” en van de hele app." if label else "Toetsen van dit scherm en van de hele app."
        )
        scroll = self.query_one("#begrippen", VerticalScroll)
        scroll.mount_all(BegripItem(b.term, b.definition) for b in self.app.bank.begrippen)
        table.focus()

    def _screen_below(self) -> Screen | None:
        stack = self.app.screen_stack
        index = stack.index(self) if self in stack else len(stack)
        return stack[index - 1] if index >= 1 else None

    @property
    def keys(self) -> list[KeyHelp]:
        return list(self._keys)

    @on(Input.Changed, "#begrip-filter")
    def _filter(self, event: Input.Changed) -> None:
        needle = fold(event.value.strip())
        shown = 0
        for item in self.query(BegripItem):
            visible = not needle or needle in item.haystack
            item.display = visible
            shown += visible
        self.query_one("#begrippen-none", Static).update(
            "" if shown else f"Geen begrip gevonden voor “{escape(event.value.strip())}”."
        )

    def action_find_begrip(self) -> None:
        self.query_one("#help-tabs", TabbedContent).active = "tab-begrippen"
        self.query_one("#begrip-filter", Input).focus()

    def action_tab(self, step: int) -> None:
        """← / →: the other tab (the key table's cursor has no use for them); in the filter field
        the arrows move the cursor as usual."""
        from textual.actions import SkipAction

        if isinstance(self.focused, Input):
            raise SkipAction()
        tabs = self.query_one("#help-tabs", TabbedContent)
        panes = [pane.id for pane in tabs.query(TabPane)]
        index = panes.index(tabs.active) if tabs.active in panes else 0
        tabs.active = panes[(index + step) % len(panes)]
        target = "#help-keys" if tabs.active == "tab-toetsen" else "#begrippen"
        self.query_one(target).focus()

    def action_close(self) -> None:
        self.dismiss(None)
