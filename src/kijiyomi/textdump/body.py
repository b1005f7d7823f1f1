"""Find the article body in a dump: the longest coherent run of prose lines.

A run grows over prose lines and tolerates a few short lines between them (a subheading, a
caption, an "Advertisement" marker). Chrome lines cost more than neutral ones; a box header
(ランキング, Related...) or a copyright or agency sign-off line ends the run. The run with the most
prose, less what it had to tolerate, is the body.
"""

from __future__ import annotations

from dataclasses import dataclass

from kijiyomi.textdump import features as f
from kijiyomi.textdump.lines import Line

MAX_GAP_COST = 3
NEUTRAL_COST = 8
CHROME_COST = 20
WIDE_GAP = 4  # this many blank lines between prose lines suggest a new region


@dataclass(frozen=True, slots=True)
class Run:
    start: int  # index of the first prose line
    end: int  # index of the last prose line (inclusive)
    score: float


@dataclass(frozen=True, slots=True)
class LineFacts:
    """What the body finder needs to know about each line, computed once."""

    prose: list[bool]
    weak: list[bool]
    chrome: list[bool]
    stop: list[bool]  # section header, copyright or agency sign-off: a run cannot cross it
    caption: list[bool]
    sizes: list[int]


def find_runs(lines: list[Line], facts: LineFacts) -> list[Run]:
    """Every run of prose in the dump, in order."""
    runs: list[Run] = []
    start = last = -1
    score = 0.0
    cost = 0
    pending = 0.0  # what the tolerated lines since the last prose line will cost if the run goes on
    for index, line in enumerate(lines):
        if facts.stop[index]:
            if start >= 0:
                runs.append(Run(start, last, score))
            start, cost, pending = -1, 0, 0.0
            continue
        if facts.prose[index] and not facts.caption[index]:
            if start >= 0 and line.gap >= WIDE_GAP:
                cost += 1
            if start < 0 or cost > MAX_GAP_COST:
                if start >= 0:
                    runs.append(Run(start, last, score))
                start, score = index, 0.0
            else:
                score -= pending
            score += facts.sizes[index]
            last, cost, pending = index, 0, 0.0
            continue
        if start < 0:
            continue
        if facts.weak[index] and not facts.caption[index]:
            pending -= facts.sizes[index] * 0.5  # short sentences between paragraphs are body too
            continue
        if facts.chrome[index]:
            cost += 2
            pending += CHROME_COST
        else:
            cost += 1
            pending += NEUTRAL_COST
        if cost > MAX_GAP_COST:
            runs.append(Run(start, last, score))
            start, cost, pending = -1, 0, 0.0
    if start >= 0:
        runs.append(Run(start, last, score))
    return runs


def best_run(runs: list[Run]) -> Run | None:
    return max(runs, key=lambda run: run.score, default=None)


def body_lines(lines: list[Line], facts: LineFacts, run: Run) -> tuple[list[int], list[int]]:
    """The body's line indices (paragraphs, short sentences, subheadings, list items) and the
    indices of the lines inside the run that are not body (captions, chrome, stray labels)."""
    body: list[int] = []
    dropped: list[int] = []
    for index in range(run.start, run.end + 1):
        line = lines[index]
        if facts.caption[index] or facts.chrome[index]:
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


__all__ = ["LineFacts", "Run", "best_run", "body_lines", "find_runs"]
