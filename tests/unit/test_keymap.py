"""The one keymap: every class's BINDINGS come from it, no two keys collide on a screen (nor with
Textual's own widgets that can have focus there), the README's table is the generated one, and a
toetser's own keymap file is used whole or refused with a Dutch message."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

import interviewer.screens
import interviewer.widgets
import interviewer.dialogs
from interviewer import keymap

README = Path(__file__).resolve().parents[2] / "README.md"


def _our_classes() -> dict[str, type]:
    """Every class of the app's modules that has a section in the keymap, by name."""
    import interviewer.app

    modules = [interviewer.app]
    for package in (interviewer.screens, interviewer.widgets, interviewer.dialogs):
        modules += [importlib.import_module(f"{package.__name__}.{m.name}") for m in pkgutil.iter_modules(package.__path__)]
    found: dict[str, type] = {}
    for module in modules:
        for name, obj in vars(module).items():
            if inspect.isclass(obj) and obj.__module__ == module.__name__ and name in keymap.defaults():
                found[name] = obj
    return found


def _keys(bindings: list[Binding]) -> list[str]:
    return [k.strip() for b in bindings for k in b.key.split(",")]


def _widgets_on(screen_cls: type) -> tuple[set[type], set[type]]:
    """(our widget classes, Textual's focusable widget classes) a screen composes: the classes its
    source names, and theirs in turn — what can have focus on that screen."""
    import re

    ours: set[type] = set()
    textual: set[type] = set()
    todo, seen = [screen_cls], set()
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        names = set(re.findall(r"(\w+)\(", inspect.getsource(cls)))  # classes it makes, not ones it names (TextArea.Changed)
        for obj in vars(inspect.getmodule(cls)).values():
            if not inspect.isclass(obj) or obj.__name__ not in names or not issubclass(obj, Widget) or issubclass(obj, Screen):
                continue
            if obj.__module__.startswith("textual"):
                if obj.can_focus:
                    textual.add(obj)
            elif obj.__module__.startswith("interviewer") and obj is not cls:
                ours.add(obj)
                textual.update(_textual_bases(obj))
                todo.append(obj)
    return ours, textual


def _textual_bases(cls: type) -> list[type]:
    """The focusable Textual classes whose BINDINGS `cls` has: its MRO up to a class that says
    `inherit_bindings=False` (the capture field keeps TextArea's editing keys minus ours that way)."""
    out = []
    for base in cls.__mro__:
        if base.__module__.startswith("textual") and getattr(base, "can_focus", False):
            out.append(base)
        if not base.__dict__.get("_inherit_bindings", True):
            break
    return out


def _textual_keys(classes: set[type]) -> dict[str, str]:
    """Keys Textual's own classes bind (read from their BINDINGS now, not a list): key -> 'Input.delete_right'.
    Scrolling keys are left out: their actions skip when there is nothing to scroll."""
    out: dict[str, str] = {}
    for cls in classes:
        for klass in cls.__mro__:
            if not klass.__module__.startswith("textual"):
                continue
            for spec in klass.__dict__.get("BINDINGS", ()):
                binding = spec if isinstance(spec, Binding) else Binding(*spec)
                if binding.action.startswith(("scroll_", "page_")):
                    continue
                for key in binding.key.split(","):
                    out.setdefault(key.strip(), f"{klass.__name__}.{binding.action}")
    return out


def test_every_bindings_list_is_the_keymaps():
    classes = _our_classes()
    assert set(classes) == set(keymap.defaults()), "a keymap section without its class"
    import interviewer.app

    for package in (interviewer.screens, interviewer.widgets, interviewer.dialogs):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, obj in vars(module).items():
                if inspect.isclass(obj) and obj.__module__ == module.__name__ and obj.__dict__.get("BINDINGS"):
                    if name.startswith("_"):  # a private base that keeps a Textual widget's own keys (minus ours)
                        textual_keys = {(b.key, b.action) for base in obj.__mro__[1:] for b in base.__dict__.get("BINDINGS", [])
                                        if base.__module__.startswith("textual.")}
                        assert all(any(k in tk.split(",") and b.action == a for tk, a in textual_keys) for b in obj.BINDINGS
                                   for k in b.key.split(",")), name
                        continue
                    assert name in classes, f"{name} has BINDINGS of its own: give it a section in interviewer/keymap.toml"
    for name, cls in classes.items():
        own = cls.__dict__.get("BINDINGS")
        assert [(b.key, b.action, b.id) for b in own] == [(b.key, b.action, b.id) for b in keymap.bindings(name)], name


def test_no_two_keys_collide_on_a_screen_nor_with_textuals_widgets():
    classes = _our_classes()
    app_entries = keymap.entries(keymap.APP_CONTEXT)
    problems: list[str] = []
    screens = {n: c for n, c in classes.items() if issubclass(c, Screen)}
    assert "InterviewScreen" in screens and "HelpScreen" in screens and "BronDialog" in screens
    from textual.widgets import DataTable, Input, OptionList

    assert {OptionList} <= _widgets_on(screens["InterviewScreen"])[1]  # questions, timeline
    assert Input not in _widgets_on(screens["InterviewScreen"])[1]  # the capture field is a TextArea that drops TextArea's keys
    assert DataTable in _widgets_on(screens["HelpScreen"])[1]
    for name, cls in screens.items():
        ours, textual = _widgets_on(cls)
        screen_entries = keymap.entries(name)
        # 1. the screen's own keys and the app's: one action per key (a screen may shadow an app key on purpose)
        taken: dict[str, keymap.Entry] = {}
        for entry in [*screen_entries, *app_entries]:
            for key in entry.key.split(","):
                other = taken.get(key)
                if other is not None and other.action != entry.action and not (other.shares_key or entry.shares_key):
                    problems.append(f"{name}: {key} is {other.binding_id} and {entry.binding_id}")
                taken.setdefault(key, entry)
        # 2. our widgets' keys never hide a key of the screen or the app while they have focus
        for widget in ours:
            for entry in keymap.defaults().get(widget.__name__, {}).values():
                for key in entry.key.split(","):
                    if key in taken and taken[key].action != entry.action and not entry.shares_key:
                        problems.append(f"{name}: {key} of {entry.binding_id} hides {taken[key].binding_id}")
        # 3. no key of the screen or the app is one a focusable Textual widget there (or Textual's screen) takes first
        theirs = _textual_keys(textual | {Screen})
        for key, entry in taken.items():
            if key in theirs and not entry.shares_key and theirs[key].split(".")[1] != entry.action:
                problems.append(f"{name}: {key} of {entry.binding_id} is taken by {theirs[key]}")
    assert problems == [], "\n".join(problems)


def test_the_collision_check_sees_textuals_own_bindings():
    """The check above reads Textual's classes: a key Input binds is found there (so the test can fail)."""
    from textual.widgets import Input, TextArea

    keys = _textual_keys({Input, TextArea})
    assert keys["ctrl+k"].split(".")[0] in {"Input", "TextArea"} and keys["f7"] == "TextArea.select_all"


def test_every_f_key_action_has_a_mac_second_key():
    for context, table in keymap.defaults().items():
        for entry in table.values():
            for key in entry.key.split(","):
                if key.startswith("f") and key[1:].isdigit() or key in ("ctrl+up", "ctrl+down"):
                    assert keymap.mac_key(key), f"{entry.binding_id}: {key} has no Mac key"
    # the second key avoids what macOS terminals do not pass by default: no Alt/Option, no Ctrl+arrows
    assert keymap.FN_LEADER == "ctrl+j"
    assert not any(k.startswith(("alt+", "ctrl+up", "ctrl+down", "ctrl+left", "ctrl+right")) for k in keymap.FN_ROW)
    assert keymap.mac_key("f10") == "Ctrl+J 0" and keymap.mac_key("f12") == "Ctrl+J ="


def test_readme_key_table_is_the_generated_one():
    readme = README.read_text(encoding="utf-8")
    assert keymap.readme_with_table(readme) == readme, "run: python -m interviewer.keymap --readme"
    assert "| gesprek (F2) | F5 | Ctrl+J 5 | Kies norm 1 |" in readme


def test_a_valid_user_keymap_changes_the_named_key():
    overrides = keymap.parse_user_keymap('[InterviewScreen]\npick_norm = "ctrl+k"\n'.replace("ctrl+k", "ctrl+underscore"))
    assert overrides == {"InterviewScreen.pick_norm": "ctrl+underscore"}


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[InterviewScreen\npick_norm = 'x'", "geen geldige TOML"),
        ("[Gesprekscherm]\npick_norm = 'ctrl+underscore'", "onbekend scherm [Gesprekscherm]"),
        ("[InterviewScreen]\nzoek_norm = 'ctrl+underscore'", "onbekende actie “zoek_norm”"),
        ("[InterviewScreen]\npick_norm = 'ctrl+kk'", "onbekende toets “ctrl+kk”"),
        ("[InterviewScreen]\npick_norm = 'ctrl+n'", "botst met “Nieuw gesprek”"),
        ("[InterviewScreen]\npick_norm = 'f1'", "botst met “Hulp”"),  # an app key
        ("[InterviewerApp]\nhelp = 'f5'", "botst met “Kies norm 1”"),  # an app key over a screen's
        ("[InterviewScreen]\npick_norm = 'ctrl+k'", "botst met Input van Textual"),
    ],
)
def test_a_bad_user_keymap_is_refused_in_dutch(text, says):
    with pytest.raises(keymap.KeymapError) as caught:
        keymap.parse_user_keymap(text)
    assert says in str(caught.value)


def test_a_bad_user_keymap_file_changes_nothing(tmp_path):
    from interviewer.locations import user_keymap_file

    path = user_keymap_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[InterviewScreen]\npick_norm = "ctrl+underscore"\nnew_interview = "ctrl+g"\n', encoding="utf-8")
    overrides, problem = keymap.user_keymap()
    assert overrides == {}  # the valid line is not used either: all or nothing
    assert "botst met" in problem and "De standaardtoetsen gelden." in problem
    path.write_text('[InterviewScreen]\npick_norm = "ctrl+underscore"\n', encoding="utf-8")
    assert keymap.user_keymap() == ({"InterviewScreen.pick_norm": "ctrl+underscore"}, "")
