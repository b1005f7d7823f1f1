"""Where the readers' thread begins inside a body: comments signed with their time.

A body found as the stretch with the most prose runs on into the comments under a story when they
are long enough. Each comment is signed with a timestamp on a short line of its own (``March 10,
2025 at 1:26 am``, ``Name · 03/03/2026 19:49``); three of them or more in the body's lower part,
below a story of ``MIN_STORY_LINES`` lines at least, mark the thread, which the body leaves. A
forum thread or a question-and-answer page, whose posts are the page, signs its first post near the
top: its stamps are not in the lower part, and the body keeps them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kijiyomi.textdump.facts import Facts
from kijiyomi.textdump.scan import Joined
from kijiyomi.textdump.signals import DATE_HINT, dateline

MIN_STAMPS = 3
MIN_STORY_LINES = 10  # body lines above the first stamp at least
MIN_STORY_SHARE = 0.4  # ... and this share of the body's lines
MAX_STAMP_CHARS = 60
# A time of day: 1:26, 13時26分, 9h30, 14.30 Uhr, 3 pm, 3 p.m.
_CLOCK = re.compile(r"\d(?:[:：時h.]\s?\d\d|\s?[ap]\.?m\b|\s?uhr)", re.IGNORECASE)


class Thread(NamedTuple):
    """Where the readers' thread lies in a body (positions in its list of lines)."""

    start: int  # the first line of the thread: the body ends above it
    first_stamp: int  # the first comment's timestamp


def thread_start(plains: list[str], body: list[int], facts: Facts) -> Thread | None:
    """The readers' thread inside ``body`` (line indices): it begins after the last running line
    above its first timestamp (the thread's head and the first commenter's name go with it); None
    when the body holds no such thread."""
    texts = [plains[index] for index in body]
    short = [position for position, text in enumerate(texts) if len(text) <= MAX_STAMP_CHARS]
    dated = Joined([texts[position] for position in short]).containing(DATE_HINT)  # (one scan)
    stamps: list[int] = []  # (parsed in order, only as far as the verdict needs)
    for short_index in dated:
        position = short[short_index]
        if not _timed(texts[position]):
            continue
        if not stamps and (position < MIN_STORY_LINES or position < MIN_STORY_SHARE * len(body)):
            return None  # (the first stamp near the top: a forum thread's posts, the page itself)
        stamps.append(position)
        if len(stamps) == MIN_STAMPS:
            break
    if len(stamps) < MIN_STAMPS:
        return None
    first = start = stamps[0]
    while start > 0 and not (facts.prose[body[start - 1]] or facts.weak[body[start - 1]]):
        start -= 1
    return Thread(start, first) if start else None


def _timed(text: str) -> bool:
    """A dateline with a time of day (a clock time's digits first: most dated lines have none)."""
    if _CLOCK.search(text) is None:
        return False
    found = dateline(text, None)
    return found is not None and found.has_time


__all__ = ["Thread", "thread_start"]
