"""The name check as the export runs it, for the name tests: texts read as one audit (a name found
in one is applied to all), redacted with [naam]."""

from __future__ import annotations

from interviewer.domain.names import PLACEHOLDER, Replacer, audit_finder

N = PLACEHOLDER


def redact(*texts: str) -> list[str]:
    """The texts as one audit: a name found in one is applied to all, as the export does."""
    finder = audit_finder(list(texts))
    replacer = Replacer(finder)
    return [replacer.redact(t) for t in texts]


def same(*texts: str) -> None:
    """The texts, read as one audit, come out unchanged: nothing in them is taken for a name."""
    assert redact(*texts) == list(texts)
