"""Shared helpers for the reading tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def sudachi() -> None:
    pytest.importorskip("sudachipy")
    pytest.importorskip("sudachidict_core")
