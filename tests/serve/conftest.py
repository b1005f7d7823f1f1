from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("datasketch")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))  # archive_corpus

from archive_corpus import build
from starlette.testclient import TestClient

from kijiyomi.serve.app import create_app

TOKEN = "test-token-123"


@pytest.fixture(scope="session")
def auth() -> dict[str, str]:
    """Headers that carry the app's token."""
    return {"authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    archive = build(tmp_path_factory.mktemp("serve") / "a.db")
    with TestClient(create_app(archive, token=TOKEN), raise_server_exceptions=False) as test_client:
        yield test_client
