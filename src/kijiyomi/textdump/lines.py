"""A text dump as a list of lines: newlines unified, edges trimmed, bullets noted, and lines that a
fixed-width renderer (w3m, lynx) wrapped joined back into their paragraph.

Reading is split in two so that a dump costs little: ``split_lines`` keeps only strings and gap
counts for every line (a few C-level string operations per line), and the ``Line`` record with its
counts (CJK characters, words) is built on first use, for the few dozen lines that the analysis
actually looks at.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, compress, count, repeat
from operator import add, itemgetter, sub
from typing import overload

# Trimmed from both ends: spaces of every width, zero-width marks (space, joiners, word joiner: a line
# of them alone is blank) and w3m's table borders.
_EDGE = " \t\u3000\xa0\u2002\u2003\u2009\u200b\u200c\u200d\u2060\ufeff\u2028\u2029\f\v│┃┆┊┋║|"
_BOX_ONLY = re.compile(r"^[\s\u2500-\u257f|+=_~-]*$")
_BULLET = re.compile(r"^(?:[•・*◦□■☆★○●▪▫▸►‣⁃∙·◇◆▶▷→※-]|\d{1,2}[.)](?=\s))\s*")
_BULLET_MARKS = frozenset("•・*◦□■☆★○●▪▫▸►‣⁃∙·◇◆▶▷→※-")
_BULLET_FIRST = _BULLET_MARKS | frozenset("0123456789")  # a numbered item: 1. or 1)
_BOX_FIRST = frozenset(
    "\u2500\u2501\u2502\u2503\u250c\u2510\u2514\u2518\u251c\u2524\u252c\u2534\u253c\u2550\u2551+=_~-"
)
_WRAP_CANDIDATE_MIN = 30
MAX_LINE_CHARS = 100_000
MIN_WRAP, MAX_WRAP = 60, 132  # terminal widths that renderers wrap at


@dataclass(slots=True)
class Line:
    """One non-blank line (or wrapped lines joined) of the dump."""

    text: str  # trimmed, bullet kept: what a body block holds
    plain: str  # trimmed, bullet removed: what the classifier reads
    gap: int  # blank lines before it
    bullet: bool
    cjk: int  # characters outside ASCII (an estimate of CJK characters, cheap to get)
    words: int  # space-separated words


class Lines(Sequence[Line]):
    """The non-blank lines of a dump. ``texts``, ``plains`` and ``gaps`` hold every line; the
    ``Line`` record of a line is made when it is first asked for."""

    __slots__ = ("_made", "gaps", "plains", "texts")

    def __init__(self, texts: list[str], gaps: list[int]) -> None:
        self.texts = texts
        self.gaps = gaps
        self.plains = plains = list(texts)
        for index in compress(count(), map(_BULLET_FIRST.__contains__, map(itemgetter(0), texts))):
            text = texts[index]
            if text[0] in _BULLET_MARKS:  # (``_unbullet``'s first branch, inlined: most bullets)
                rest = text[1:].lstrip()
                if rest:  # (a mark alone stays itself: no bullet)
                    plains[index] = rest
            elif "." in text[1:3] or ")" in text[1:3]:
                plains[index] = _unbullet(text)
        self._made: list[Line | None] = [None] * len(texts)

    def __len__(self) -> int:
        return len(self.texts)

    def bullet(self, index: int) -> bool:
        """Does the line open with a bullet (``Line.bullet`` without making the record)?"""
        return self.plains[index] is not self.texts[index]

    @overload
    def __getitem__(self, index: int) -> Line: ...
    @overload
    def __getitem__(self, index: slice) -> list[Line]: ...
    def __getitem__(self, index: int | slice) -> Line | list[Line]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self.texts)))]
        line = self._made[index]
        if line is None:
            line = self._made[index] = _make(self.texts[index], self.plains[index], self.gaps[index])
        return line

    def __iter__(self) -> Iterator[Line]:
        return (self[i] for i in range(len(self.texts)))


def split_lines(text: str) -> Lines:
    """The non-blank lines of a dump, wrapped paragraphs joined when the dump is fixed-width."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw = text.split("\n")
    texts, kept = _kept_lines(raw)
    gaps = list(map(sub, kept, chain((0,), map(add, kept, repeat(1)))))
    width = wrap_width(raw)
    if width:
        texts, gaps = _wrapped_lines(raw, texts, gaps, kept, width)
    return Lines(texts, gaps)


def _kept_lines(raw: list[str]) -> tuple[list[str], list[int]]:
    """The trimmed non-blank lines (box borders left out) and their indices in ``raw``."""
    stripped = list(map(str.strip, raw, repeat(_EDGE)))
    kept = list(compress(count(), stripped))
    texts = list(compress(stripped, stripped))
    if _BOX_FIRST.intersection(map(itemgetter(0), texts)):
        opening = compress(count(), map(_BOX_FIRST.__contains__, map(itemgetter(0), texts)))
        boxes = {k for k in opening if _BOX_ONLY.match(texts[k])}
        if boxes:
            texts = [line for k, line in enumerate(texts) if k not in boxes]
            kept = [index for k, index in enumerate(kept) if k not in boxes]
    if texts and max(map(len, texts)) > MAX_LINE_CHARS:
        texts = [line[:MAX_LINE_CHARS] for line in texts]
    return texts, kept


def _wrapped_lines(
    raw: list[str], texts: list[str], gaps: list[int], kept: list[int], width: int
) -> tuple[list[str], list[int]]:
    """The lines with each paragraph that the renderer wrapped at ``width`` joined back. A line
    continues the one above when no blank line lies between and the raw line above was full."""
    joined: list[str] = []
    joined_gaps: list[int] = []
    pieces: list[str] = []  # the paragraph being joined (joined once: no quadratic copying)
    low, high, least = _WRAP_CANDIDATE_MIN // 2, MAX_WRAP + 8, _WRAP_CANDIDATE_MIN
    for text, gap, index in zip(texts, gaps, kept, strict=True):
        if gap == 0 and pieces:
            above = raw[index - 1]
            size = len(above)
            if size >= low:
                if size <= high:
                    cut = above.rstrip()
                    size = len(cut) if cut.isascii() else display_width(cut)
                if size >= least and (size + 2 >= width or _wrapped(size, text, width)):
                    # Joined with nothing around CJK or after a word's hyphen, else with a space
                    # (the last piece so far ends as the joined text does).
                    head = pieces[-1]
                    last, first = head[-1], text[0]
                    if ord(last) > 0x2E7F or ord(first) > 0x2E7F or (last == "-" and head[-2:-1].isalpha()):
                        pieces.append(text)
                    else:
                        pieces.append(" ")
                        pieces.append(text)
                    continue
        if pieces:
            joined.append("".join(pieces))
        pieces = [text]
        joined_gaps.append(gap)
    if pieces:
        joined.append("".join(pieces))
    return joined, joined_gaps


def _plainly_unwrapped(head: list[str]) -> bool:
    """The verdict of ``wrap_width``'s scan, when sorted lengths already give it: fewer than three
    lines long enough to have been wrapped, or too many lines wider than any terminal."""
    sizes = sorted(map(len, head))
    candidates = bisect_right(sizes, MAX_WRAP + 8) - bisect_left(sizes, 20)  # 50 columns need 20 characters
    too_long = len(sizes) - bisect_right(sizes, MAX_WRAP + 8)
    # (Lines that could have been wrapped bound the lines near the wrap column; when the lines
    # wider than any terminal are more than half as many, the scan's last test fails.)
    return candidates < 3 or too_long * 2 > candidates


def _unbullet(text: str) -> str:
    if text[0] in _BULLET_MARKS:  # a mark and the spaces after it (the pattern's first branch)
        rest = text[1:].lstrip()
        return rest or text
    bullet = _BULLET.match(text)
    return text[bullet.end() :] if bullet and bullet.end() < len(text) else text


def _make(text: str, plain: str, gap: int) -> Line:
    cjk = 0 if plain.isascii() else len(plain.encode("utf-8")) - len(plain)
    return Line(text, plain, gap, plain is not text, cjk // 2, len(plain.split()))


def _wrapped(head_width: int, tail: str, width: int) -> bool:
    """Did the renderer break this paragraph here because the line was full?"""
    if head_width < _WRAP_CANDIDATE_MIN:
        return False
    if head_width + 2 >= width:  # full whatever follows (a first word takes a column at least)
        return True
    if ord(tail[0]) > 0x2E7F:
        return head_width >= width - 6  # kinsoku and ambiguous widths: a full line may end early
    if tail[0].isspace():  # (no first word: one column)
        return head_width + 2 >= width
    word = tail.split(None, 1)[0]  # (what \S+ matches at the start)
    first = len(word) if word.isascii() else display_width(word)
    return head_width + 1 + first >= width  # (w3m leaves the last column empty)


def display_width(text: str) -> int:
    """Columns the text takes in a terminal: CJK characters are two wide (estimated from UTF-8:
    a character of three bytes is wide), the punctuation, arrows and boxes of U+2000-U+2FFF one
    (their UTF-8 opens with 0xE2), as w3m counts East Asian ambiguous width by default."""
    if text.isascii():  # (a flag of the string: no scan)
        return len(text)
    data = text.encode("utf-8")
    return len(text) + (len(data) - len(text) - 2 * data.count(0xE2)) // 2


def wrap_width(raw: list[str]) -> int:
    """The column at which the dump was wrapped (w3m ``-cols``), or 0 when it was not."""
    head = raw[:5000]
    if _plainly_unwrapped(head):
        return 0
    hist = [0] * (MAX_WRAP + 10)
    long_lines = too_long = 0
    # Lines under 20 characters are under 50 columns: they count neither as long lines nor in the
    # part of the histogram that is read.
    low, high, least, bins = 20, MAX_WRAP + 8, MIN_WRAP - 10, len(hist)
    for size, line in zip(map(len, head), head, strict=True):
        if size < low:
            continue
        if size > high:  # wider than any terminal even before counting CJK twice
            too_long += 1
            if too_long > 20 and too_long * 4 > long_lines:
                return 0
            continue
        cut = line.rstrip()
        if cut.isascii():
            width = len(cut)
        else:  # (display_width, inlined)
            data = cut.encode()
            width = len(cut) + (len(data) - len(cut) - 2 * data.count(0xE2)) // 2
        if width >= _WRAP_CANDIDATE_MIN:
            long_lines += width >= least  # only lines that could have been wrapped
            if width < bins:
                hist[width] += 1
            else:
                too_long += 1
    if long_lines < 3:
        return 0
    prefix = [0]
    for number in hist:
        prefix.append(prefix[-1] + number)
    best, best_near = 0, 0
    for width in range(MIN_WRAP, MAX_WRAP + 1):
        near = prefix[width + 1] - prefix[width - 8]
        over = prefix[min(width + 9, len(hist))] - prefix[width + 1]
        if near > best_near and over * 4 < near:
            best, best_near = width, near
    if best_near < max(3, long_lines * 0.3):
        return 0
    beyond = prefix[-1] - prefix[min(best + 9, len(hist))] + too_long
    return best if beyond * 2 <= best_near else 0  # paragraphs run past the column: not wrapped


__all__ = ["MAX_LINE_CHARS", "Line", "Lines", "display_width", "split_lines", "wrap_width"]
