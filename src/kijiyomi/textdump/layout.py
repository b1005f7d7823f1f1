"""Give every line of a dump a role: body, headline, kicker, dateline, image alt, caption, byline,
agency, copyright, subtitle or boilerplate.

The body is found first (``body.py``); the header is read upward from the body's first line
(captions, image alts, datelines, bylines, then the headline and its kicker), the footer downward
from its last line (agency sign-off, rights line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from kijiyomi.language import guess_language
from kijiyomi.metadata.dates import numeric_date_locale
from kijiyomi.textdump import body as body_finder
from kijiyomi.textdump import features as f
from kijiyomi.textdump.facts import Facts
from kijiyomi.textdump.headline import choose_headline, content_units
from kijiyomi.textdump.lines import Line, Lines
from kijiyomi.textdump.scan import Joined
from kijiyomi.textdump.signals import (
    DATE_HINT,
    Dateline,
    agency_line,
    byline,
    caption_credit,
    dateline,
    rights_hints,
    rights_line,
)
from kijiyomi.textdump.slug import slug_words
from kijiyomi.textdump.thread import thread_start
from kijiyomi.textdump.vocab import section_header

HEADER_WINDOW = 40  # non-blank lines read above the body
FOOTER_WINDOW = 8
LEDE_WINDOW = 12  # lines under the body's first where a dateline may sit (among subheadings, pictures)
TAIL_WINDOW = 15  # lines after the body searched for a lone dateline
TAIL_LIST = 3  # that many datelines after the body are a list of other articles
MAX_ALT_CJK = 40
MAX_ALT_WORDS = 16
LANGUAGE_SAMPLE = 3_000  # characters of the body that the language guess reads
LONE_SENTENCE = 20.0  # a body of one line worth less than this (tokens) may be an ad or a notice ...
LOOSE_GAIN = 4.0  # ... and gives way to running lines without full stops worth this many times more


_BY_ALONE = frozenset({"by", "von", "par", "por", "文", "著者", "筆者", "written by"})
MAX_NAME_WORDS = 5


class Role(StrEnum):
    """What a line of a dump is."""

    HEADLINE = "headline"
    KICKER = "kicker"
    SUBTITLE = "subtitle"
    DATELINE = "dateline"
    BYLINE = "byline"
    IMAGE_ALT = "image_alt"
    CAPTION = "caption"
    PARAGRAPH = "paragraph"
    SUBHEADING = "subheading"
    LIST_ITEM = "list_item"
    AGENCY = "agency"
    COPYRIGHT = "copyright"
    BOILERPLATE = "boilerplate"


_TAKEN_FROM_BODY = (Role.SUBHEADING, Role.LIST_ITEM)
# A year 1900-2099 not inside a longer number, or a Japanese era. (Each branch opens with a
# character, the lookbehind after it, so that the engine skips ahead to those characters.)
_YEAR = re.compile(r"(?:1(?<!\d1)9|2(?<!\d2)0)\d\d(?!\d)|令和|平成|昭和")


@dataclass(slots=True)
class Picture:
    alt: str | None
    caption: str | None
    credit: str | None


@dataclass(slots=True)
class Layout:
    """The roles of the lines and the metadata read from them."""

    lines: Lines
    roles: list[Role]
    body: list[int] = field(default_factory=list)
    headline: int | None = None
    kicker: int | None = None
    subtitle: int | None = None
    published: datetime | None = None
    modified: datetime | None = None
    authors: list[str] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    agency: str | None = None
    copyright: str | None = None
    rights_holder: str | None = None
    language: str | None = None
    other: set[int] = field(default_factory=set)  # body lines that are no prose nor heading nor list
    thread: int | None = None  # the first timestamp of the readers' thread under the story


def analyse(lines: Lines, url: str | None = None) -> Layout:
    """The layout of a dump: roles of all lines and the article's parts (``url``: the page's
    address, whose country tells how to read a numeric date such as 01/12/2025 and whose path's
    words the headline ranker weighs)."""
    layout = Layout(lines, [Role.BOILERPLATE] * len(lines))
    if not lines:
        return layout
    facts = Facts(lines)
    run = body_finder.find_run(lines, facts)
    if run is None or (run.start == run.end and run.score < LONE_SENTENCE):
        # no sentence anywhere, or one short line (an ad, a notice) in a story written without full
        # stops: try lines of running length without them
        loose = Facts(lines, loose=True)
        found = body_finder.find_run(lines, loose)
        if found is not None and (run is None or found.score >= LOOSE_GAIN * run.score):
            facts, run = loose, found
    if run is None:
        return layout
    body, dropped, other = body_finder.body_lines(lines, facts, run)
    if not body:
        return layout
    thread = thread_start(lines.plains, body, facts)
    if thread is not None:  # (the readers' comments under the story: the body ends above them)
        layout.thread = body[thread.first_stamp]
        body = body[: thread.start]
        other = [index for index in other if index < body[-1]]
    for index in body:
        layout.roles[index] = _body_role(lines, facts, index)
    layout.body = body
    layout.other = set(other)
    for index in other:
        layout.roles[index] = Role.PARAGRAPH
    layout.language = guess_language(_sample(lines, body))
    for index in dropped:
        if facts.caption[index]:
            _picture(layout, index)
    facts.complete(body[0] - HEADER_WINDOW - 4, body[0])
    _read_header(layout, facts, body[0], numeric_date_locale(layout.language, (), url), slug_words(url))
    _read_footer(layout, body[-1])
    return layout


def _sample(lines: Lines, body: list[int]) -> str:
    """The body's text, as much of it as the language guess reads."""
    parts: list[str] = []
    size = 0
    for index in body:
        parts.append(lines.plains[index])
        size += len(parts[-1]) + 1
        if size > LANGUAGE_SAMPLE:
            break
    return "\n".join(parts)


def _body_role(lines: Lines, facts: Facts, index: int) -> Role:
    if facts.prose[index] or facts.weak[index]:
        return Role.LIST_ITEM if lines.bullet(index) else Role.PARAGRAPH
    if lines.bullet(index):
        return Role.LIST_ITEM
    return Role.SUBHEADING


def _picture(layout: Layout, index: int) -> None:
    line = layout.lines[index]
    found = caption_credit(line.plain)
    if found is None:
        return
    caption, credit = found
    layout.roles[index] = Role.CAPTION
    alt = None
    above = index - 1
    if (
        above >= 0
        and layout.roles[above] is Role.BOILERPLATE
        and _alt_like(layout.lines[above], line, caption)
    ):
        alt = layout.lines[above].plain
        layout.roles[above] = Role.IMAGE_ALT
    layout.pictures.append(Picture(alt, caption or None, credit))


def _alt_like(candidate: Line, caption_line: Line, caption: str) -> bool:
    """A short line right above a caption that is the picture's alt text: the caption holds it,
    or it shares words with the caption."""
    text = candidate.plain
    if f.chrome(candidate) or (f.ends_sentence(text) and not f.cjk_line(candidate)):
        return False
    short = candidate.cjk <= MAX_ALT_CJK if f.cjk_line(candidate) else candidate.words <= MAX_ALT_WORDS
    if not short or caption_line.gap > 1:
        return False
    return text in caption or len(content_units(text) & content_units(caption)) >= 2


def _read_header(
    layout: Layout, facts: Facts, start: int, lang: str | None, slug: frozenset[str] = frozenset()
) -> None:
    lines = layout.lines
    window: list[int] = []
    index = start - 1
    while index >= 0 and len(window) < HEADER_WINDOW:
        if facts.header[index] or facts.stop[index]:
            break
        window.append(index)
        index -= 1
    datelines: dict[int, Dateline] = {}
    pending_pictures: list[int] = []
    marked: set[int] = set()
    # (lines that may hold a date, found by one scan of the window: most lines hold none)
    dated = (
        {window[-1 - k] for k in Joined(lines.plains[window[-1] : start]).containing(DATE_HINT)}
        if window
        else set()
    )
    for index in window:  # bottom-up
        plain = lines.plains[index]
        if facts.caption[index]:
            pending_pictures.append(index)
            marked.add(index)
            continue
        found_date = dateline(plain, lang, loose=True) if index in dated else None
        if found_date is not None:
            datelines[index] = found_date
            layout.roles[index] = Role.DATELINE
            marked.add(index)
            author = byline(plain)
            if author:
                layout.authors.append(author)
            continue
        author = byline(plain)
        if author is not None:
            layout.authors.append(author)
            layout.roles[index] = Role.BYLINE
            marked.add(index)
            continue
        if plain.lower() in _BY_ALONE and index + 1 < start and lines[index + 1].words <= MAX_NAME_WORDS:
            layout.authors.append(lines.plains[index + 1])  # "By" on a line of its own, the name below
            layout.roles[index] = layout.roles[index + 1] = Role.BYLINE
            marked.update((index, index + 1))
            continue
        if _alt_above_caption(layout, index, pending_pictures):
            marked.add(index)
    for picture in reversed(pending_pictures):
        _picture(layout, picture)
    anchors = {i for i in window if layout.roles[i] in (Role.DATELINE, Role.BYLINE)}
    core = [index for index in layout.body if index not in layout.other] or layout.body
    headline, ruled = choose_headline(lines, facts, window, marked, core, anchors, slug, layout.body)
    if headline is not None and headline in layout.body:
        _start_body_under(layout, facts, headline)
    if headline is not None:
        layout.headline = headline
        layout.roles[headline] = Role.HEADLINE
        _read_kicker(layout, facts, headline)
        for index in range(headline + 1, min(start, headline + 1 + HEADER_WINDOW)):
            if layout.roles[index] is Role.BOILERPLATE and (facts.prose[index] or facts.weak[index]):
                layout.subtitle = index
                layout.roles[index] = Role.SUBTITLE
                break
    # (the dates are looked for around the line the hand-set scores choose: the date rules were
    # tuned on it, and a headline the ranker finds far above would move them)
    chosen = [(i, d) for i, d in datelines.items() if ruled is None or i > ruled]
    if not chosen and ruled is not None:
        chosen = [(i, d) for i, d in datelines.items() if i >= ruled - 3]
        chosen += _datelines_near(layout, ruled - 3, ruled, lang)
    if not chosen:
        chosen = list(datelines.items())
    if not chosen:  # a dateline under the lede, among the first lines of the body
        lede_end = min(start + LEDE_WINDOW, layout.body[-1])
        chosen = _datelines_near(layout, start + 1, lede_end, lang, loose=True)
    if not chosen:  # a lone dateline after the body (not a list of other articles' dates)
        chosen = _datelines_after(layout, layout.body[-1], lang)
    if not chosen:  # the one date above the headline, however far (a long menu, an intro)
        chosen = _lone_dateline_above(layout, start if ruled is None else ruled, lang)
    if not chosen and layout.thread is not None:  # a post's line at its foot, above its comments
        chosen = _lone_dateline_at_foot(layout, lang)  # (``June 9, 2020 · 6 Comments``)
    _choose_dates(layout, chosen)


def _start_body_under(layout: Layout, facts: Facts, headline: int) -> None:
    """The headline was one of the body's first lines: it leaves the body, and so do the lines
    above it when none of them is a paragraph (a teaser, a notice, a breadcrumb)."""
    above = [index for index in layout.body if index < headline]
    if any(facts.prose[index] for index in above):
        above = []
    for index in above:
        layout.roles[index] = Role.BOILERPLATE
    gone = {*above, headline}
    layout.other -= gone
    layout.body = [index for index in layout.body if index not in gone]


def year_lines(plains: list[str]) -> list[int]:
    """Indices of the lines that name a year (1900-2099, or a Japanese era): one search over the
    joined text instead of a date parse per line."""
    text = "\n".join(plains)
    found: list[int] = []
    index, offset, position = 0, 0, 0
    while (match := _YEAR.search(text, position)) is not None:
        index += text.count("\n", offset, match.start())
        offset = match.start()
        found.append(index)
        end = text.find("\n", offset)
        if end < 0:
            break
        position = end + 1
    return found


def _lone_dateline_above(layout: Layout, stop: int, lang: str | None) -> list[tuple[int, Dateline]]:
    """The one date printed above line ``stop`` (none when dates of several days are: teasers,
    archives, an issue's date), read from the nearest dated line up."""
    plains, roles = layout.lines.plains, layout.roles
    nearest: tuple[int, Dateline] | None = None
    for index in reversed(year_lines(plains[:stop])):
        if roles[index] is not Role.BOILERPLATE or (value := dateline(plains[index], lang)) is None:
            continue
        if nearest is None:
            nearest = (index, value)
        elif value.value.date() != nearest[1].value.date():
            return []
    if nearest is None:
        return []
    layout.roles[nearest[0]] = Role.DATELINE
    return [nearest]


def _datelines_after(layout: Layout, end: int, lang: str | None) -> list[tuple[int, Dateline]]:
    stop = end + 1
    last = min(len(layout.lines), end + 1 + TAIL_WINDOW)
    if layout.thread is not None:  # (a comment's time is not the story's date)
        last = min(last, layout.thread)
    while stop < last and not section_header(layout.lines.plains[stop]):
        stop += 1
    found = [
        (index, value)
        for index in range(end + 1, stop)
        if layout.roles[index] is Role.BOILERPLATE
        and (value := dateline(layout.lines.plains[index], lang)) is not None
    ]
    if len({value.value for _, value in found}) >= TAIL_LIST:
        return []
    found = found[:1]
    for index, _ in found:
        layout.roles[index] = Role.DATELINE
    return found


def _lone_dateline_at_foot(layout: Layout, lang: str | None) -> list[tuple[int, Dateline]]:
    """The one dateline among the body's last ``TAIL_WINDOW`` lines that are no paragraphs: a
    post's own line above its readers' thread (two dates or more there are a timeline's or a
    list's)."""
    body = layout.body
    foot = [index for index in body[-TAIL_WINDOW:] if index in layout.other]
    found = [
        (index, value) for index in foot if (value := dateline(layout.lines.plains[index], lang)) is not None
    ]
    if len(found) != 1:
        return []
    index = found[0][0]
    layout.roles[index] = Role.DATELINE
    body.remove(index)
    layout.other.discard(index)
    return found


def _alt_above_caption(layout: Layout, index: int, pending: list[int]) -> bool:
    if not pending or pending[-1] != index + 1:
        return False
    caption_line = layout.lines[index + 1]
    found = caption_credit(caption_line.plain)
    return found is not None and _alt_like(layout.lines[index], caption_line, found[0])


def _read_kicker(layout: Layout, facts: Facts, headline: int) -> None:
    above = headline - 1
    if above < 0:
        return
    line = layout.lines[above]
    if facts.stop[above] or layout.roles[above] is not Role.BOILERPLATE:
        return
    if f.label_like(line) and dateline(line.plain, None) is None:
        layout.kicker = above
        layout.roles[above] = Role.KICKER


def _datelines_near(
    layout: Layout, start: int, stop: int, lang: str | None, *, loose: bool = False
) -> list[tuple[int, Dateline]]:
    """Datelines among lines ``start`` to ``stop - 1`` that are boilerplate, or short lines of the
    body (a date-only subheading or list item leaves the body)."""
    found = []
    for index in range(max(0, start), min(stop, len(layout.lines))):
        role = layout.roles[index]
        taken = role in _TAKEN_FROM_BODY or index in layout.other
        if role is not Role.BOILERPLATE and not taken:
            continue
        value = dateline(layout.lines.plains[index], lang, loose=loose)
        if value is not None:
            found.append((index, value))
            layout.roles[index] = Role.DATELINE
            if taken:
                layout.body.remove(index)
    return found


def _choose_dates(layout: Layout, datelines: list[tuple[int, Dateline]]) -> None:
    if not datelines:
        return
    ordered = sorted(datelines, key=lambda item: item[0])
    published = [d for _, d in ordered if not d.modified]
    modified = [d for _, d in ordered if d.modified]
    pool = published or modified
    timed = [d for d in pool if d.has_time]
    chosen = (timed or pool)[0]
    layout.published = chosen.value
    if modified:
        layout.modified = modified[0].value
    elif chosen.updated is not None and chosen.updated > chosen.value:
        layout.modified = chosen.updated


def _read_footer(layout: Layout, end: int) -> None:
    lines = layout.lines
    for index in range(end + 1, min(len(lines), end + 1 + FOOTER_WINDOW)):
        if section_header(lines.plains[index]):
            break
        found = agency_line(lines.plains[index])
        if found is not None and layout.agency is None:
            layout.agency = found
            layout.roles[index] = Role.AGENCY
    if layout.agency is None and layout.body:
        for index in (layout.body[0], layout.body[-1]):
            found = agency_line(
                lines[index].plain[:200] if index == layout.body[0] else lines[index].plain[-60:]
            )
            if found is not None:
                layout.agency = found
                break
    for index in rights_hints(lines.plains, end + 1):
        found_rights = rights_line(lines.plains[index])
        if found_rights is not None and caption_credit(lines.plains[index]) is not None:
            continue  # "... © Name/Agency" credits a picture
        if found_rights is not None:
            layout.rights_holder, layout.copyright = found_rights
            layout.roles[index] = Role.COPYRIGHT
            break


__all__ = ["Layout", "Picture", "Role", "analyse"]
