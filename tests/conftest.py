"""Shared fixtures: every test runs with its own private data folder, never the user's."""

from __future__ import annotations

import os
import time

import pytest

# Times on screen are the laptop's local time; the demo's notes are Dutch local time. Pin the zone
# so snapshots and time assertions do not depend on the machine running the tests.
os.environ["TZ"] = "Europe/Amsterdam"
time.tzset()


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path, monkeypatch):
    data = tmp_path / "userdata"
    monkeypatch.setenv("INTERVIEWER_DATA_DIR", str(data))
    monkeypatch.setenv("INTERVIEWER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    return data
