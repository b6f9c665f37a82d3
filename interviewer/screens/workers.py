"""The one place a failed background worker is turned into a Dutch message.

Worker.StateChanged does not bubble (it goes to the node that started the worker, never to the
app), so an app-level handler would not see a screen's workers fail. Every screen with a thread
worker mixes in `ReportsWorkerErrors` instead: with `exit_on_error=False` a worker that raises
would otherwise be silent (a board that says "wordt berekend…" for ever, an export that stays
busy); now the toetser reads what failed, and the screen may put itself back in a usable state.
"""

from __future__ import annotations

from typing import ClassVar

from textual.worker import Worker, WorkerState

FALLBACK_TASK = "Een achtergrondtaak"


class ReportsWorkerErrors:
    """Mixin for a Screen: a worker that ends in ERROR becomes an error notification, not a crash."""

    WORKER_TASKS: ClassVar[dict[str, str]] = {}
    """Worker group -> what the toetser was waiting for, in Dutch ("De dekking berekenen")."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state != WorkerState.ERROR:
            return
        worker = event.worker
        task = self.WORKER_TASKS.get(worker.group, FALLBACK_TASK)
        error = worker.error
        detail = f"{type(error).__name__}: {error}" if error is not None else "onbekende fout"
        self.app.log.error(f"worker {worker.name!r} ({worker.group}) failed: {detail}")  # type: ignore[attr-defined]
        self.app.notify(  # type: ignore[attr-defined]
            f"{task} is mislukt ({detail}). Wat je typte is bewaard; probeer het opnieuw.",
            title="Fout op de achtergrond",
            severity="error",
            timeout=10,
            markup=False,
        )
        self.worker_failed(worker.group)

    def worker_failed(self, group: str) -> None:
        """Hook: undo a busy state after worker `group` failed. Nothing by default."""
