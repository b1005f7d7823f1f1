"""Scanning many lines with one regular-expression call (``scan.Joined``)."""

from __future__ import annotations

import re

from kijiyomi.textdump.scan import Joined, one_line
from kijiyomi.textdump.vocab import CHROME_SCAN, SECTION_SCAN, chrome_line_lower, section_header_lower

_LINES = [
    "関連記事",
    "The council met on Tuesday and agreed to extend the bus network.",
    "ログイン",
    "3 comments",
    "most read",
    "【おすすめ】",
    "Share this article",
    "A headline about the related decision",
    "コメント(12)",
    "sign up for our newsletter today",
    "loading...",
    "この記事は約3分で読めます",
    "related",
]


def test_matches_map_back_to_their_lines() -> None:
    joined = Joined(["alpha", "beta gamma", "", "delta"])
    assert joined.starting(re.compile(r"\n(?:beta|delta)")) == [1, 3]
    assert joined.containing(re.compile(r"a")) == [0, 1, 3]  # one hit per line, however many
    assert joined.containing(re.compile(r"z")) == []


def test_one_line_patterns_do_not_run_across_lines() -> None:
    pattern = re.compile(one_line(r"\nmenu\s*(?=\n)"))
    assert Joined(["menu", "", "x"]).starting(pattern) == [0]
    assert Joined(["menu x"]).starting(pattern) == []


def test_scans_agree_with_the_line_by_line_vocabulary() -> None:
    lows = [line.lower() for line in _LINES]
    joined = Joined(lows)
    assert joined.starting(SECTION_SCAN) == [k for k, low in enumerate(lows) if section_header_lower(low)]
    assert joined.starting(CHROME_SCAN) == [k for k, low in enumerate(lows) if chrome_line_lower(low)]
    assert joined.starting(SECTION_SCAN)  # (the sample holds both kinds)
    assert joined.starting(CHROME_SCAN)
