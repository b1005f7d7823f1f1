"""Choose the headline among the lines above a dump's body.

Each title-like line of the header window is scored: close to the body, right above the dateline
or byline, of headline length, sharing words with the first paragraphs, printed twice (breadcrumb,
share box), and not a dek under its headline, a picture's caption or credit, an entry of a teaser
list (titles between durations or counters) or an author's name above the dateline.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kijiyomi.textdump import features as f
from kijiyomi.textdump.facts import Facts
from kijiyomi.textdump.lines import Line, Lines
from kijiyomi.textdump.vocab import chrome_words

_LONG_WORD = re.compile(r"[^\W\d_]{4,}")  # (a whole run of letters: a shorter run is passed over)
_CJK_PAIR = re.compile(r"(?=([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2}))")  # every pair, overlapping
_SECOND_SENTENCE = re.compile(r"[a-z]{2}\. [A-Z]|。.")
# A picture credit: a label with a colon (Foto:, Bildrechte:, Photo:, 写真：) opening the line or
# after a bar or bracket, or a copyright sign.
_CREDIT_LABEL = re.compile(
    r"(?:^|[|(（/]\s*)(?:fotos?|photos?|photograph|bild|bilder|bildrechte|bildquelle|image|images|"
    r"credits?|quelle|source|illustration|video)\s*[:：]|©|写真\s*[:：＝=]|撮影\s*[:：＝=]|画像\s*[:：＝=]",
    re.IGNORECASE,
)
# A duration, clock time or counter between teaser titles (video lists, rankings).
_COUNTER = re.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}[.)]?|#\d{1,3}|[①-⑳])$")
# An author's name on a line of its own: two to four capitalised words.
_NAME = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|van|von|de|der|da|di|del|le|la)){1,3}$"
)
# Never a headline: a line wholly in brackets (a credit, a note), a "+" entry (an expander, a change
# log), a table row (tab- or box-separated cells), a byline the byline reader left ("By: Name",
# "ByName Surname").
_NOT_A_TITLE = re.compile(
    r"^[(（\[［].*[)）\]］]$|^\+\s|\t.*\t|[│┃].*[│┃]|^By(?:\s*:|\s*[A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?:$|[\s,|]))"
)
MIN_TITLE_CHARS, MAX_TITLE_CHARS = 5, 250  # three words or six CJK characters at least
NEAR_ANCHOR = 4  # a dateline or byline this close below earns the full bonus
FAR_ANCHOR = 7  # ...this close, with no other candidate between, a smaller one


def choose_headline(
    lines: Lines, facts: Facts, window: list[int], marked: set[int], body: list[int], anchors: set[int]
) -> int | None:
    """The most headline-like line of ``window`` (indices above the body, nearest first) or the
    body's own first line. ``marked`` lines are taken (datelines, captions...); ``anchors`` are
    the datelines and bylines."""
    start = body[0]
    known: dict[int, bool] = {}

    def candidate(index: int) -> bool:
        found = known.get(index)
        if found is None:
            found = known[index] = headline_candidate(lines, facts, index)
        return found

    candidates = [
        (distance, index) for distance, index in enumerate(window) if index not in marked and candidate(index)
    ]
    first = body[0]
    if len(body) > 1 and not facts.prose[first] and candidate(first):
        candidates.insert(0, (0, first))
    if len(candidates) <= 1:  # (one candidate or none: nothing to weigh)
        return candidates[0][1] if candidates else None
    body_words = content_units(" ".join(lines.plains[i] for i in body[:3]))
    overlap = {index: len(content_units(lines.plains[index]) & body_words) for _, index in candidates}
    wanted = {lines.plains[index] for _, index in candidates}
    printed = lines.plains[: start + 1]
    seen_twice = {text for text in wanted if printed.count(text) >= 2}  # (each counted in C)
    candidate_set = {index for _, index in candidates}
    best, best_score = None, float("-inf")
    for distance, index in candidates:
        line = lines[index]
        text = line.plain
        score = 2.0 - 0.15 * distance + _anchor_bonus(index, start, anchors, candidate_set)
        cjk = f.cjk_line(line)
        if (line.cjk >= 12) if cjk else (line.words >= 5):
            score += 1.0
        if (line.cjk > 80) if cjk else (line.words > 22):
            score -= 1.5  # a standfirst rather than a headline
        shared = overlap[index]
        score += min(2.0, shared / 2)
        above = _headline_above(facts, index, candidate)
        if above is not None and (overlap.get(above, 0) >= shared or _much_longer(line, lines[above])):
            score -= 1.5  # a dek (standfirst) under its headline
        by_credit = _by_credit(lines, facts, index)
        if text in seen_twice and not by_credit:
            score += 1.5  # a headline is often printed twice (breadcrumb, page title, share box)
        if _SECOND_SENTENCE.search(text):
            score -= 1.5
        if chrome_words(text):  # (chrome proper is no candidate)
            score -= 3.0
        if by_credit:
            score -= 2.5  # a picture's caption, next to its credit
        if _between_counters(lines, index):
            score -= 2.0  # an entry of a list of videos or a ranking
        if _NAME.match(text) and any(index < j <= index + 3 for j in anchors):
            score -= 4.0  # the author's name above the dateline
        if score > best_score:
            best, best_score = index, score
    return best


def _anchor_bonus(index: int, start: int, anchors: set[int], candidates: set[int]) -> float:
    """The headline sits right above its dateline or byline (or a few lines above, over a dek,
    a picture or the author's name, when no other candidate lies between)."""
    for below in range(index + 1, min(index + FAR_ANCHOR + 1, start)):
        if below in anchors:
            return 3.0 if below - index <= NEAR_ANCHOR else 2.0
        if below - index >= NEAR_ANCHOR and below in candidates:
            return 0.0
    return 0.0


def _by_credit(lines: Lines, facts: Facts, index: int) -> bool:
    """Next to a picture credit (or a caption carrying one): the line is the picture's caption."""
    for near in (index - 1, index + 1):
        if 0 <= near < len(lines) and (facts.caption[near] or _credit_only(lines.plains[near])):
            return True
    return False


def _credit_only(text: str) -> bool:
    return len(text) <= 120 and _CREDIT_LABEL.search(text) is not None


def _between_counters(lines: Lines, index: int) -> bool:
    plains = lines.plains
    return any(0 <= near < len(plains) and _COUNTER.match(plains[near]) for near in (index - 1, index + 1))


def _headline_above(facts: Facts, index: int, candidate: Callable[[int], bool]) -> int | None:
    """The headline-like line just above (over at most two chrome lines), if there is one."""
    for above in range(index - 1, max(-1, index - 4), -1):
        if facts.chrome[above]:
            continue
        if not facts.prose[above] and candidate(above):
            return above
        return None
    return None


def _much_longer(line: Line, other: Line) -> bool:
    if f.cjk_line(line):
        return line.cjk >= 40 and line.cjk >= 1.5 * other.cjk
    return line.words >= 12 and line.words >= 1.5 * other.words


def headline_candidate(lines: Lines, facts: Facts, index: int) -> bool:
    """Of headline size and shape, no link, no chrome, no picture credit."""
    if not MIN_TITLE_CHARS <= len(lines.plains[index]) <= MAX_TITLE_CHARS:
        return False
    line = lines[index]
    return (
        (line.cjk >= 6 if f.cjk_line(line) else line.words >= 3)
        and "://" not in line.plain
        and f.title_shape(line)
        and not facts.chrome_vocab(index)
        and _CREDIT_LABEL.search(line.plain) is None
        and _NOT_A_TITLE.search(line.plain) is None
    )


def content_units(text: str) -> set[str]:
    """Words of four letters or more, and CJK character pairs: what a headline shares with its story."""
    units = set(_LONG_WORD.findall(text.lower()))
    units.update(_CJK_PAIR.findall(text))
    return units


__all__ = ["choose_headline", "content_units", "headline_candidate"]
