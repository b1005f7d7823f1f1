"""Scanning many lines with one regular-expression call (``scan.Joined``), and long alternations
matched through a line's first character (``dispatch``)."""

from __future__ import annotations

import re

from kijiyomi.textdump.dispatch import FirstCharMatcher, first_chars, split_alternatives
from kijiyomi.textdump.scan import Joined, one_line

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


def test_words_map_back_to_the_lines_that_hold_them() -> None:
    lines = ["alpha", "beta gamma", "", "delta", "gamma ray gamma"]
    joined = Joined(lines)
    assert joined.holding(["gamma"]) == [1, 4]  # one hit per line, however many
    assert joined.holding(["delta", "alpha", "ray"]) == [0, 3, 4]  # ascending, whatever the order
    assert joined.holding(["zeta"]) == []
    for word in ("al", "ta", "ma", "a"):
        assert joined.holding([word]) == [k for k, line in enumerate(lines) if word in line]


def test_one_line_patterns_do_not_run_across_lines() -> None:
    pattern = re.compile(one_line(r"\nmenu\s*(?=\n)"))
    assert Joined(["menu", "", "x"]).starting(pattern) == [0]
    assert Joined(["menu x"]).starting(pattern) == []


def test_first_characters_of_an_alternative() -> None:
    assert first_chars("(?:foo|bar)?zap") == frozenset("fbz")
    assert first_chars("[a-c]x") == frozenset("abc")
    assert first_chars(r"\d+ min") is None  # a category: any character
    assert first_chars(".*here") is None
    assert first_chars("(?:x)?") is None  # may match nothing
    assert split_alternatives(r"a(?:b|c)|[|]d|e\|f") == ["a(?:b|c)", "[|]d", r"e\|f"]


def test_dispatch_matches_as_the_whole_alternation() -> None:
    alternatives = (
        r"(?:sign|log) ?(?:in|up)|share(?: this)?|\d+ comments?|.*here|ログイン|(?:最新|新着)の記事"
    )
    suffix = r"\s*[>:]?$"
    whole = re.compile(rf"(?:{alternatives}){suffix}")
    matcher = FirstCharMatcher(alternatives, suffix)
    extra = ["login", "log up >", "share this", "sharing", "12 comment", "click here", "", "新着の記事"]
    for text in [*_LINES, *extra]:
        low = text.lower()
        assert matcher.match(low) == (whole.match(low) is not None), text
