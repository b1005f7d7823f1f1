"""A text dump as a list of lines: newlines unified, edges trimmed, bullets noted, and lines that a
fixed-width renderer (w3m, lynx) wrapped joined back into their paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Trimmed from both ends: spaces of every width, zero-width marks and w3m's table borders.
_EDGE = " \t\u3000\xa0\u2002\u2003\u2009\u200b\ufeff\u2028\u2029\f\v│┃┆┊┋║|"
_BOX_ONLY = re.compile(r"^[\s\u2500-\u257f|+=_~-]*$")
_BULLET = re.compile(r"^(?:[•・*◦□■☆★○●▪▫▸►‣⁃∙·◇◆▶▷→※-]|\d{1,2}[.)](?=\s))\s*")
_BULLET_FIRST = frozenset("•・*◦□■☆★○●▪▫▸►‣⁃∙·◇◆▶▷→※-0123456789")
_BOX_FIRST = frozenset(
    "\u2500\u2501\u2502\u2503\u250c\u2510\u2514\u2518\u251c\u2524\u252c\u2534\u253c\u2550\u2551+=_~-"
)
_FIRST_WORD = re.compile(r"\S+")
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


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of a dump, wrapped paragraphs joined when the dump is fixed-width."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    width = wrap_width(raw)
    lines: list[Line] = []
    gap = 0
    previous_raw_width = 0
    for raw_line in raw:
        stripped = raw_line.strip(_EDGE)
        if not stripped or (stripped[0] in _BOX_FIRST and _BOX_ONLY.match(stripped)):
            gap += 1
            previous_raw_width = 0
            continue
        if len(stripped) > MAX_LINE_CHARS:
            stripped = stripped[:MAX_LINE_CHARS]
        if not width:
            lines.append(_make(stripped, gap))
            gap = 0
            continue
        line_width = display_width(raw_line.rstrip())
        if lines and gap == 0 and _wrapped(lines[-1], previous_raw_width, stripped, width):
            lines[-1] = _join(lines[-1], stripped)
        else:
            lines.append(_make(stripped, gap))
        previous_raw_width = line_width
        gap = 0
    return lines


def _make(text: str, gap: int) -> Line:
    bullet = _BULLET.match(text) if text[0] in _BULLET_FIRST else None
    plain = text[bullet.end() :] if bullet and bullet.end() < len(text) else text
    cjk = len(plain.encode("utf-8")) - len(plain)
    return Line(text, plain, gap, bullet is not None and plain is not text, cjk // 2, len(plain.split()))


def _join(head: Line, tail: str) -> Line:
    last, first = head.text[-1], tail[0]
    glue = (
        ""
        if (ord(last) > 0x2E7F or ord(first) > 0x2E7F or (last == "-" and head.text[-2:-1].isalpha()))
        else " "
    )
    joined = head.text + glue + tail
    line = _make(joined, head.gap)
    return line


def _wrapped(head: Line, head_width: int, tail: str, width: int) -> bool:
    """Did the renderer break this paragraph here because the line was full?"""
    if head_width < _WRAP_CANDIDATE_MIN:
        return False
    word = _FIRST_WORD.match(tail)
    first = display_width(word.group()) if word else 1
    if ord(tail[0]) > 0x2E7F:
        return head_width >= width - 6  # kinsoku and ambiguous widths: a full line may end early
    return head_width + 1 + first > width


def display_width(text: str) -> int:
    """Columns the text takes in a terminal: CJK characters are two wide (estimated from UTF-8)."""
    extra = len(text.encode("utf-8")) - len(text)
    return len(text) + extra // 2


def wrap_width(raw: list[str]) -> int:
    """The column at which the dump was wrapped (w3m ``-cols``), or 0 when it was not."""
    hist = [0] * (MAX_WRAP + 10)
    long_lines = too_long = 0
    for line in raw[:5000]:
        size = len(line)
        if size < _WRAP_CANDIDATE_MIN // 2:
            continue
        if size > MAX_WRAP + 8:  # wider than any terminal even before counting CJK twice
            too_long += 1
            if too_long > 20 and too_long * 4 > long_lines:
                return 0
            continue
        width = display_width(line.rstrip())
        if width >= _WRAP_CANDIDATE_MIN:
            long_lines += width >= MIN_WRAP - 10  # only lines that could have been wrapped
            if width < len(hist):
                hist[width] += 1
            else:
                too_long += 1
    if long_lines < 3:
        return 0
    prefix = [0]
    for count in hist:
        prefix.append(prefix[-1] + count)
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


__all__ = ["MAX_LINE_CHARS", "Line", "display_width", "split_lines", "wrap_width"]
