"""Stock-phrase and dateline tests: what they catch, and that the fast pre-tests change no answer."""

from __future__ import annotations

import random

import pytest

from kijiyomi.html import phrases
from kijiyomi.html.phrases import is_boilerplate_line, is_dateline


@pytest.mark.parametrize(
    "line",
    ["Share this story", "関連記事", "READ MORE", "Terms of Service", "ſhare", "Sıgn up", "Sİgn up", "分享"],
)
def test_furniture_lines(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    ["Sharers met downtown", "The printer jammed", "分享到", "watch: it", "Kommentar", "A quiet street"],
)
def test_ordinary_lines(line: str) -> None:
    assert not is_boilerplate_line(line)


def _reference_boilerplate(text: str) -> bool:
    """The plain definition the pre-test must agree with: the case-insensitive regex alone."""
    if len(text.encode("utf-8")) > phrases._MAX_BYTES:
        return bool(phrases._COPYRIGHT.search(text)) and len(text) < 200
    return bool(phrases._BOILERPLATE.search(text))


def test_prefilter_agrees_with_the_regex_on_mixed_case_and_folding_letters() -> None:
    pieces = [
        "share",
        "Print",
        "log in",
        "LOGIN",
        "pr",
        "watch:",
        "関連記事",
        "分享",
        "javascript",
        "terms of use",
    ]
    pieces += ["ı", "İ", "ſ", "\u212a", "Σ", " ", ":", "_", "x", "é", "1", "\u0307"]
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        text = "".join(ch.upper() if rng.random() < 0.3 else ch for ch in text)
        text = "".join(
            rng.choice("ıİſ\u212a") if ch in "iIsSkK" and rng.random() < 0.2 else ch for ch in text
        )
        assert is_boilerplate_line(text) == _reference_boilerplate(text), text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publisert 06.01.2026 - 17:29", True),
        ("2021年12月31日(金)11時54分", True),
        ("8 hours ago", True),
        ("Updated 3 May", False),  # fewer than four digits
        ("Room 1234 is on the left", False),
        ("May 2026", True),
        ("LB-2026", False),  # a code: letters beside a single number
        ("A320", False),
    ],
)
def test_datelines(line: str, expected: bool) -> None:
    assert is_dateline(line) is expected
