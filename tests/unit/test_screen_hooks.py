"""The app asks screens for their hooks by type, not by `getattr`: a typo cannot switch one off.

"Save what is typed on quit" rests on `flush_drafts`; before the base class a screen that spelled
it `flush_draft` was silently skipped. These checks read the classes, no app is run.
"""

from __future__ import annotations

import difflib
import importlib
import inspect
import pkgutil
import re

from textual.screen import Screen

import interviewer.dialogs
import interviewer.screens
from interviewer.screens.base import HOOK_NAMES, AppScreen, ScreenHooks


def _our_screens() -> list[type[Screen]]:
    found: dict[str, type[Screen]] = {}
    for package in (interviewer.screens, interviewer.dialogs):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for _name, cls in inspect.getmembers(module, inspect.isclass):
                if issubclass(cls, Screen) and cls.__module__ == module.__name__:
                    found[cls.__qualname__] = cls
    return list(found.values())


def _writes_drafts(cls: type) -> bool:
    """A screen that autosaves what is typed: it saves drafts (through the store or a service) or fields."""
    return re.search(r"save_drafts?\(|_save_field\(", inspect.getsource(cls)) is not None


def test_the_screens_are_found() -> None:
    names = {cls.__name__ for cls in _our_screens()}
    assert {"InterviewScreen", "BevindingenScreen", "KerngegevensScreen", "WhoScreen", "ConfirmDialog"} <= names


def test_every_full_screen_derives_from_the_base() -> None:
    full = [cls for cls in _our_screens() if cls.__module__.startswith("interviewer.screens.")]
    missing = [cls.__name__ for cls in full if not issubclass(cls, ScreenHooks) and cls.__name__ != "HelpScreen"]
    assert not missing, f"screens the app cannot ask for their hooks: {missing}"


def test_every_screen_that_autosaves_overrides_flush_drafts() -> None:
    autosaving = [cls for cls in _our_screens() if _writes_drafts(cls)]
    assert {cls.__name__ for cls in autosaving} >= {"InterviewScreen", "BevindingenScreen", "KerngegevensScreen"}
    for cls in autosaving:
        assert issubclass(cls, ScreenHooks), cls
        assert cls.flush_drafts is not ScreenHooks.flush_drafts, f"{cls.__name__} autosaves but does not override flush_drafts"


def test_no_screen_defines_a_near_miss_of_a_hook() -> None:
    for cls in _our_screens():
        own = [name for name in vars(cls) if not name.startswith("__")]
        for name in own:
            if name in HOOK_NAMES:
                continue
            close = difflib.get_close_matches(name, HOOK_NAMES, n=1, cutoff=0.85)
            assert not close, f"{cls.__name__}.{name} looks like the hook {close[0]!r}: the app would never call it"


def test_the_hooks_have_harmless_defaults() -> None:
    class Plain(AppScreen):
        pass

    screen = Plain()
    assert screen.flush_drafts() is None
    assert list(screen.palette_commands()) == []
    assert Plain.blocks_navigation is False


def test_the_app_flushes_every_screen_on_the_stack(monkeypatch) -> None:  # noqa: ANN001
    """The app's flush walks the stack and calls the hook on each of our screens (no getattr)."""
    from interviewer.app import InterviewerApp

    calls: list[str] = []

    class Typing(AppScreen):
        def flush_drafts(self) -> None:
            calls.append("typing")

    app = InterviewerApp.__new__(InterviewerApp)  # the hook walk needs no running app
    monkeypatch.setattr(InterviewerApp, "screen_stack", property(lambda self: [Screen(), Typing(), Typing()]))
    app.store = object()  # an audit is open
    InterviewerApp.flush_drafts(app)
    assert calls == ["typing", "typing"]
