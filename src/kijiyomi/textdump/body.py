"""Find the article body in a dump: the stretch of lines with the most prose, less what it had to
step over.

Every line gets a value: prose is worth its size in tokens, a short sentence half of that, and any
other line costs a share of the dump's typical paragraph (chrome more than a neutral line such as a
subheading or a caption, a box header such as ランキング or Related most). A copyright line or
an agency sign-off cannot be crossed. The body is the maximum-sum stretch (Kadane's algorithm), so a gap of
a few short lines is crossed when there is enough prose on the far side, and a box of links is not.
"""

from __future__ import annotations

from dataclasses import dataclass

from kijiyomi.textdump import features as f
from kijiyomi.textdump.lines import Line

NEUTRAL_SHARE = 0.15  # cost of a neutral line, in typical paragraphs
CHROME_SHARE = 0.7
HEADER_SHARE = 1.5
WIDE_GAP_SHARE = 0.35  # extra cost of a run of blank lines this long
WIDE_GAP = 4
WEAK_WORTH = 0.5
MIN_TYPICAL = 8.0


@dataclass(frozen=True, slots=True)
class Run:
    start: int  # index of the first line of the stretch
    end: int  # index of its last line (inclusive)
    score: float


@dataclass(frozen=True, slots=True)
class LineFacts:
    """What the body finder needs to know about each line, computed once."""

    prose: list[bool]
    weak: list[bool]
    chrome: list[bool]
    stop: list[bool]  # copyright or agency sign-off: a body cannot cross it
    header: list[bool]  # the title of a box of links (ランキング, Related, Lesen Sie auch)
    caption: list[bool]
    sizes: list[int]


def typical_size(facts: LineFacts) -> float:
    """The median size of the dump's prose lines: the unit that gaps are priced in."""
    sizes = sorted(size for size, prose in zip(facts.sizes, facts.prose, strict=True) if prose)
    if not sizes:
        return MIN_TYPICAL
    return max(MIN_TYPICAL, float(sizes[len(sizes) // 2]))


def line_values(lines: list[Line], facts: LineFacts) -> list[float | None]:
    """The worth of each line for the body; None where a body cannot pass."""
    unit = typical_size(facts)
    neutral, chrome, wide = -NEUTRAL_SHARE * unit, -CHROME_SHARE * unit, -WIDE_GAP_SHARE * unit
    header = -HEADER_SHARE * unit
    values: list[float | None] = []
    for index, line in enumerate(lines):
        if facts.stop[index]:
            values.append(None)
            continue
        if facts.caption[index]:
            value = neutral
        elif facts.prose[index]:
            value = float(facts.sizes[index])
        elif facts.weak[index]:
            value = facts.sizes[index] * WEAK_WORTH
        elif facts.header[index]:
            value = header
        elif facts.chrome[index]:
            value = chrome
        else:
            value = neutral
        if line.gap >= WIDE_GAP:
            value += wide
        values.append(value)
    return values


def best_run(values: list[float | None]) -> Run | None:
    """The maximum-sum stretch that holds no impassable line (None when nothing is worth > 0)."""
    best: Run | None = None
    start = 0
    total = 0.0
    for index, value in enumerate(values):
        if value is None:
            start, total = index + 1, 0.0
            continue
        if total <= 0:
            start, total = index, value
        else:
            total += value
        if total > 0 and (best is None or total > best.score):
            best = Run(start, index, total)
    return best


def body_lines(lines: list[Line], facts: LineFacts, run: Run) -> tuple[list[int], list[int]]:
    """The body's line indices (paragraphs, short sentences, subheadings, list items) and the
    indices of the lines inside the run that are not body (captions, chrome, stray labels)."""
    body: list[int] = []
    dropped: list[int] = []
    for index in range(run.start, run.end + 1):
        line = lines[index]
        if facts.caption[index] or facts.chrome[index] or facts.header[index]:
            dropped.append(index)
        elif (
            facts.prose[index]
            or facts.weak[index]
            or _subheading(lines, facts, index, run.end)
            or (line.bullet and not f.cut_short(line.plain))
        ):
            body.append(index)
        else:
            dropped.append(index)
    return body, dropped


def _subheading(lines: list[Line], facts: LineFacts, index: int, end: int) -> bool:
    nxt = index + 1
    if nxt > end or not f.title_like(lines[index]):
        return False
    return facts.prose[nxt] and not facts.caption[nxt]


__all__ = ["LineFacts", "Run", "best_run", "body_lines", "line_values", "typical_size"]
