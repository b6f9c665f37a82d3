"""Helpers the pilot tests share, as fixtures (test modules here are not a package, so they cannot
import each other): letting workers settle, typing a text, waiting for a condition, building a
small audit, and pre-setting who types."""

from __future__ import annotations

import gc
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from interviewer.locations import remember_toetser
from sessions.models import Toetser, Toetsing
from sessions.store import AuditStore


async def _settle(pilot, rounds: int = 1) -> None:  # noqa: ANN001 - textual Pilot
    """Let workers (tagging, coverage, reads) finish and their messages land; `rounds` for chains
    where one worker's result starts the next."""
    await pilot.pause()
    for _ in range(rounds):
        await _workers_done(pilot.app)
        await pilot.pause()


async def _workers_done(app) -> None:  # noqa: ANN001 - textual App
    """Wait until no worker runs. An exclusive group cancels its older worker when a newer one
    starts (a restored draft is ranked, then ranked again); that cancellation is the app working,
    not a failure, so wait on for the newer one instead of raising WorkerCancelled."""
    from textual.worker import WorkerCancelled

    for _ in range(50):
        try:
            await app.workers.wait_for_complete()
            return
        except WorkerCancelled:
            continue
    await app.workers.wait_for_complete()


@pytest.fixture(autouse=True)
def _heap_unfrozen():
    """The gesprek screen freezes the heap once its audit is read (interviewer/heap.py); one test
    process runs hundreds of apps, so each test's frozen objects go back to the collector after it."""
    yield
    gc.unfreeze()


@pytest.fixture
def settle() -> Callable[..., Awaitable[None]]:
    return _settle


async def _type_text(pilot, text: str) -> None:  # noqa: ANN001
    """Type `text` key by key, as a toetser does, and let what it starts finish."""
    await pilot.press(*text)
    await _settle(pilot)


@pytest.fixture
def type_text() -> Callable[..., Awaitable[None]]:
    return _type_text


async def _until(pilot, condition: Callable[[], bool], tries: int = 200) -> None:  # noqa: ANN001
    """Wait (up to `tries` × 50 ms) for `condition`, for what a worker or timer brings; then assert it."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.05)
    assert condition()


@pytest.fixture
def until() -> Callable[..., Awaitable[None]]:
    return _until


def _make_audit(
    path: Path,
    interviews: tuple[tuple[str, str], ...] = (),
    *,
    organisation: str = "Welzijn Noord",
    fte_staff: float = 40.0,
    toetser: str = "Anna",
) -> list[str]:
    """A fresh audit with one toetser (a teamleider) and the given (functie, category) interviews,
    started in that order; returns the interviews' bron ids."""
    with AuditStore.create(
        path, Toetsing(id="", organisation=organisation, fte_staff=fte_staff), [Toetser(id="", name=toetser, role="teamleider")]
    ) as store:
        return [store.start_interview(functie, category).id for functie, category in interviews]


@pytest.fixture
def make_audit() -> Callable[..., list[str]]:
    return _make_audit


def _work_as(path: Path, name: str) -> str:
    """Remember on this (test) machine that toetser `name` types in the audit at `path`, as if they
    had answered "Wie ben jij?" before; returns their toetser id."""
    with AuditStore.open(path, read_only=True) as store:
        toetser = next(t for t in store.toetsers() if t.name == name)
        remember_toetser(store.toetsing().id, toetser.id)
    return toetser.id


@pytest.fixture
def work_as() -> Callable[[Path, str], str]:
    return _work_as


def _toasts(app) -> str:  # noqa: ANN001 - textual App
    """The notifications on screen now (the app must run with run_test(notifications=True))."""
    return "\n".join(str(t.render()) for t in app.screen.query("Toast"))


@pytest.fixture
def toasts() -> Callable[..., str]:
    return _toasts
