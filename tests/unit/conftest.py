"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest

from questionbank import QuestionBank, load_bank


@pytest.fixture(scope="session")
def bank() -> QuestionBank:
    """The shipped question bank (read-only, loaded once per process)."""
    return load_bank()
