"""A long alternation of phrases matched through its line's first character.

The regular-expression engine tries the alternatives of ``^(?:a|b|…)`` one after the other, so a
line is checked against every phrase of a vocabulary (a few microseconds for a hundred phrases).
``FirstCharMatcher`` splits the alternation by the characters each alternative can start with
(read from the parsed pattern) and compiles one small alternation per first character; a line is
matched only against the phrases that can start as it does, with the same result.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the regex engine's own parser (CPython 3.11+); without it every phrase is tried on every line
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    sre = sre_parse = None

_WIDE_RANGE = 512  # a character range wider than this counts as "any character"


class FirstCharMatcher:
    """``match(text)`` is ``re.match(rf"(?:{alternatives}){suffix}", text) is not None``."""

    __slots__ = ("_any", "_table")

    def __init__(self, alternatives: str, suffix: str) -> None:
        parts = split_alternatives(alternatives)
        anywhere: list[str] = []
        by_char: dict[str, list[str]] = {}
        for part in parts:
            chars = first_chars(part)
            if chars is None:
                anywhere.append(part)
                continue
            for char in chars:
                by_char.setdefault(char, []).append(part)

        def build(group: list[str]) -> re.Pattern[str] | None:
            return re.compile(rf"(?:{'|'.join(group)}){suffix}") if group else None

        self._any = build(anywhere)
        self._table = {char: build(group + anywhere) for char, group in by_char.items()}

    def match(self, text: str) -> bool:
        if not text:
            return self._any is not None and self._any.match(text) is not None
        pattern = self._table.get(text[0], self._any)
        return pattern is not None and pattern.match(text) is not None


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (escapes, classes and groups respected)."""
    parts: list[str] = []
    depth, start, index = 0, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(pattern, index)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


def _class_end(pattern: str, index: int) -> int:
    index += 1
    if pattern[index : index + 1] == "^":
        index += 1
    if pattern[index : index + 1] == "]":
        index += 1
    while pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with; None when it may start with any
    character or match the empty string."""
    if sre_parse is None:  # pragma: no cover
        return None
    try:
        chars, nullable = _first(sre_parse.parse(pattern))
    except (re.error, AttributeError, TypeError, ValueError):  # a parser of another shape
        return None
    return None if chars is None or nullable else frozenset(chars)


def _first(items: Any) -> tuple[set[str] | None, bool]:  # (a parsed pattern: (op, value) pairs)
    chars: set[str] = set()
    for op, value in items:
        if op is sre.LITERAL:
            chars.add(chr(value))
            return chars, False
        if op is sre.IN:
            for kind, item in value:
                if kind is sre.LITERAL:
                    chars.add(chr(item))
                elif kind is sre.RANGE and item[1] - item[0] <= _WIDE_RANGE:
                    chars.update(map(chr, range(item[0], item[1] + 1)))
                else:  # a negated class, a category (\d, \w), a wide range
                    return None, False
            return chars, False
        if op is sre.BRANCH:
            nullable = False
            for alternative in value[1]:
                found, empty = _first(alternative)
                if found is None:
                    return None, False
                chars |= found
                nullable = nullable or empty
            if not nullable:
                return chars, False
        elif op is sre.SUBPATTERN:
            _group, add_flags, del_flags, inner = value
            if add_flags or del_flags:
                return None, False
            found, empty = _first(inner)
            if found is None:
                return None, False
            chars |= found
            if not empty:
                return chars, False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            least, _most, inner = value
            found, empty = _first(inner)
            if found is None:
                return None, False
            chars |= found
            if least > 0 and not empty:
                return chars, False
        elif op is not sre.AT:  # (an anchor or \b takes no character)
            return None, False
    return chars, True


__all__ = ["FirstCharMatcher", "first_chars", "split_alternatives"]
