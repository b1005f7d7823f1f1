"""The article's header zone: the lines around the headline (kicker, dateline, byline, agency).

Read from the segments between the headline and the first body paragraph (and a few before the
headline), using the class/id vocabulary of each line's element rather than page-specific rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kijiyomi.html import vocabulary as vocab
from kijiyomi.html.dom import Walk
from kijiyomi.html.keys import text_key
from kijiyomi.html.phrases import BYLINE_PREFIX
from kijiyomi.metadata.credits import find_agency

_KICKER = frozenset(
    [
        "kicker",
        "eyebrow",
        "overline",
        "supertitle",
        "supheadline",
        "dachzeile",
        "rubric",
        "topic",
        "topics",
        "label",
        "category",
        "genre",
        "subject",
        "flag",
        "tag-line",
        "headline-label",
    ]
)
_BYLINE = frozenset(["byline", "author", "authors", "author-name", "writer", "reporter", "by", "credit-name"])
_SPLIT = re.compile(r"[\s_\-]+")
_MAX_BEFORE = 4
_MAX_BETWEEN = 15


@dataclass(slots=True)
class HeaderZone:
    """What the header lines say."""

    kicker: str | None = None
    authors: list[str] = field(default_factory=list)
    agency: str | None = None
    lines: list[str] = field(default_factory=list)
    captions: list[int] = field(default_factory=list)  # caption segments between headline and body
    span: tuple[int, int] = (0, -1)  # segment positions from the headline to the end of the body


def read_header(page: Walk, body: list[int], title: str | None) -> HeaderZone:
    zone = HeaderZone()
    first = body[0] if body else len(page.segments)
    title_at = _find_title(page, first, title)
    start = max(0, (title_at if title_at is not None else first) - _MAX_BEFORE)
    end = min(first, start + _MAX_BEFORE + _MAX_BETWEEN)
    zone.span = (title_at if title_at is not None else first, body[-1] if body else -1)
    for index in range(start, end):
        segment = page.segments[index]
        if index == title_at:
            continue
        if segment.in_caption or page.elements[segment.owner].flags & vocab.CAPTION:
            if title_at is not None and index > title_at:
                zone.captions.append(index)
            continue
        text = segment.text
        zone.lines.append(text)
        tokens = _tokens(page.elements[segment.owner].hint)
        if zone.agency is None and len(text) <= 80:
            zone.agency = find_agency(text)
        if (
            zone.kicker is None
            and title_at is not None
            and index < title_at
            and tokens & _KICKER
            and len(text) <= 40
            and segment.link_chars < len(text)
        ):
            zone.kicker = text
        if not zone.authors and tokens & _BYLINE and len(text) <= 120:
            name = BYLINE_PREFIX.sub("", text).strip()
            if name and not re.search(r"\d{4}", name) and not find_agency(name):
                zone.authors = [
                    part.strip() for part in re.split(r"\s*(?:,| and | und | et |、)\s*", name) if part
                ]
    return zone


def lines_after_headline(page: Walk, headlines: list[str], limit: int = 15) -> list[str]:
    """The texts of the ``limit`` segments after the first one that shows one of ``headlines``."""
    keys = {text_key(text): len(text) for text in headlines[:2] if text}
    if not keys:
        return []
    longest = max(keys.values())
    for index, segment in enumerate(page.segments):
        if len(segment.text) <= 2 * longest + 20 and text_key(segment.text) in keys:
            return [s.text for s in page.segments[index + 1 : index + 1 + limit]]
    return []


def _find_title(page: Walk, first: int, title: str | None) -> int | None:
    if not title:
        return None
    key = text_key(title)
    for index in range(first - 1, max(-1, first - 40), -1):
        text = page.segments[index].text
        if len(text) <= 2 * len(title) + 20 and text_key(text) == key:
            return index
    return None


def _tokens(hint: str) -> set[str]:
    return set(_SPLIT.split(hint)) if hint else set()
