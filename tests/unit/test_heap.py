"""interviewer/heap.py: a big audit's heap is frozen once per tagger, and the fresh garbage is not."""

from __future__ import annotations

import gc
import weakref

import pytest

from interviewer import heap


class _Thing:
    pass


@pytest.fixture(autouse=True)
def _unfrozen():
    yield
    gc.unfreeze()  # the rest of the suite runs with a normal heap
    heap._settled_for = None  # noqa: SLF001 - the module's memory of the last tagger


def test_fresh_garbage_in_cycles_is_collected_not_frozen_and_live_objects_are_frozen() -> None:
    garbage = _Thing()
    garbage.me = garbage  # a reference cycle: only the cyclic collector frees it
    dead = weakref.ref(garbage)
    del garbage
    tagger = _Thing()
    heap.settle(tagger)
    assert dead() is None
    assert gc.get_freeze_count() > 0


def test_settled_once_per_tagger() -> None:
    first, second = _Thing(), _Thing()
    heap.settle(first)
    frozen = gc.get_freeze_count()
    made_since = [_Thing() for _ in range(50)]
    heap.settle(first)  # the same tagger again (the screen's audit was reread): nothing more frozen
    # Only gc.freeze adds to the count; a frozen object freed by reference counting (another
    # test's leftovers, a pytest-xdist worker's own objects) lowers it, so "nothing more" is <=.
    assert gc.get_freeze_count() <= frozen
    before_second = gc.get_freeze_count()
    heap.settle(second)  # a tagger built again: what is alive now is frozen too
    assert gc.get_freeze_count() >= before_second + len(made_since)
