"""The Python heap of a big audit: keep the cyclic garbage collector from walking it again and again.

At 5 000 notes the audit, its coverage and the tagger are a few hundred thousand long-lived
objects. Every full collection walked them all, a pause of ~270 ms every few seconds of capturing
(measured with gc.callbacks on the bench audit of bench/refresh.py); with them frozen, 17-39 ms.
"""

from __future__ import annotations

import gc
import weakref

_settled_for: weakref.ref | None = None  # the tagger the heap was last settled for


def settle(tagger: object) -> None:
    """Once the audit and a newly built tagger are read: sweep the young generations, then freeze
    what is alive.

    The sweep first, so the garbage of the build is not frozen with it (a full collection would
    be the very pause this avoids: ~0.3 s at 5 000 notes); once per tagger, so what is made later
    (screens left behind, a reread audit) stays collectable. What dies later is still freed by
    reference counting; only reference cycles that were already old stay until the app ends.
    """
    global _settled_for
    if _settled_for is not None and _settled_for() is tagger:
        return
    gc.collect(1)
    gc.freeze()
    _settled_for = weakref.ref(tagger)
