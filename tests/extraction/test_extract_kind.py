"""An unknown ``kind`` is the caller's error whatever the input: it was only noticed for inputs
that reached the extractors, an empty or binary one came back as a Rejection."""

from __future__ import annotations

import pytest

import kijiyomi
from kijiyomi.errors import InputError


@pytest.mark.parametrize("source", ["", "   ", b"", b"\x89PNG\r\n\x1a\n" + bytes(64), "見出し\n\n本文です。"])
def test_an_unknown_kind_is_an_input_error_for_any_input(source: str | bytes) -> None:
    with pytest.raises(InputError, match="unknown kind 'dump'"):
        kijiyomi.extract(source, kind="dump")  # type: ignore[arg-type]


def test_the_known_kinds_still_answer() -> None:
    assert kijiyomi.extract("", kind="text").reason.value == "empty"  # type: ignore[union-attr]
    assert kijiyomi.extract("   ", kind="html").reason.value == "empty"  # type: ignore[union-attr]
