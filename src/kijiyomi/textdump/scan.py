"""Many lines scanned by one regular-expression call: the lines are joined with newlines (one before
the first line and one after the last) and each match is mapped back to its line through the
lines' start offsets. One ``finditer`` over a few kilobytes costs far less than a call per line.

Patterns given to ``Joined`` must never match across a newline: write ``[^\\S\\n]`` for ``\\s``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, repeat
from operator import add


class Joined:
    """Lines joined for scanning; ``starts[k]`` is where line ``k`` begins in ``text``."""

    __slots__ = ("starts", "text")

    def __init__(self, texts: Sequence[str]) -> None:
        self.text = "\n" + "\n".join(texts) + "\n"
        self.starts = list(accumulate(map(add, map(len, texts), repeat(1)), initial=1))

    def starting(self, pattern: re.Pattern[str]) -> list[int]:
        """The lines (ordinals, ascending) on which ``pattern`` matches: the pattern begins with the
        newline before a line (``\\n(?:...)``), so it is anchored at the line's start."""
        starts = self.starts
        return [bisect_right(starts, match.start()) for match in pattern.finditer(self.text)]

    def containing(self, pattern: re.Pattern[str]) -> list[int]:
        """The lines (ordinals, ascending) where ``pattern`` is found anywhere (it must not match a
        newline): one search per line that holds it, none for the others."""
        text, starts = self.text, self.starts
        found: list[int] = []
        position = 0
        while (match := pattern.search(text, position)) is not None:
            line = bisect_right(starts, match.start()) - 1
            found.append(line)
            position = starts[line + 1]
        return found

    def holding(self, words: Sequence[str]) -> list[int]:
        """The lines (ordinals, ascending) that hold one of ``words`` (plain strings, no newline):
        ``str.find`` over the joined text, one search per line that holds a word."""
        text, starts = self.text, self.starts  # (``starts`` ends with the text's length)
        found: set[int] = set()
        for word in words:
            position = text.find(word)
            while position >= 0:
                line = bisect_right(starts, position) - 1
                found.add(line)
                position = text.find(word, starts[line + 1])
        return sorted(found)


def one_line(pattern: str) -> str:
    """``pattern`` kept within a line: its ``\\s`` made ``[^\\S\\n]``."""
    return pattern.replace(r"\s", r"[^\S\n]")


__all__ = ["Joined", "one_line"]
