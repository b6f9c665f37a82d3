"""The operating system's refusals reach the toetser in Dutch, never as "Permission denied"."""

from __future__ import annotations

import pytest

from sessions.errors import StoreError, os_reason
from sessions.models import Toetsing
from sessions.store import AuditStore


@pytest.mark.parametrize(
    ("error", "dutch"),
    [
        (PermissionError(13, "Permission denied"), "geen toestemming"),
        (FileNotFoundError(2, "No such file or directory"), "bestaat niet"),
        (OSError(28, "No space left on device"), "de schijf is vol"),
        (OSError(30, "Read-only file system"), "alleen-lezen"),
    ],
)
def test_os_reasons_are_dutch(error, dutch):
    assert dutch in os_reason(error) and error.strerror not in os_reason(error)


def test_creating_an_audit_where_it_cannot_be_says_why_in_dutch(tmp_path):
    (tmp_path / "plan.txt").write_text("x")
    with pytest.raises(StoreError) as caught:
        AuditStore.create(tmp_path / "plan.txt" / "a.audit", Toetsing(id="", organisation="Welzijn Noord"))
    assert "een deel van het pad is geen map" in str(caught.value)
    assert "Not a directory" not in str(caught.value)
