"""The Python heap of a big audit: keep the cyclic garbage collector from walking it again and again.

At 5 000 notes the audit, its coverage and the tagger are a few hundred thousand long-lived
objects. Every full collection walked them all, a pause of ~270 ms every few seconds of capturing
(measured with gc.callbacks on the bench audit of bench/refresh.py); with them frozen it is ~25 ms.
"""

from __future__ import annotations

import gc
import weakref

_settled_for: weakref.ref | None = None  # the tagger the heap was last settled for


def settle(tagger: object) -> None:
    """Once the audit and a newly built tagger are read: collect, then freeze what is alive.

    The full collection comes first, so no garbage is frozen with it; once per tagger, so what is
    made later (screens left behind, a reread audit) stays collectable. What dies later is still
    freed by reference counting.
    """
    global _settled_for
    if _settled_for is not None and _settled_for() is tagger:
        return
    gc.collect()
    gc.freeze()
    _settled_for = weakref.ref(tagger)
