"""Choose the article body among a page's segments and drop the boilerplate inside it.

Two named stages:

1. ``choose_container``: every block element gets the prose weight of the segments below it,
   minus a share of their boilerplate weight (link text, short label-like lines, text under a
   navigation/recommendation/comment element). The element with the best balance is the body
   container; siblings of the article text win their common parent by being prose too.
2. ``select_segments``: inside the container, drop what is boilerplate on its own (under a
   negative element, link lists, short stock phrases, captions, the headline repeated), and trim
   non-prose debris at the end.

Text weight is counted in UTF-8 bytes: a CJK character weighs three, which matches how much more
a Japanese or Chinese character carries than a Latin letter, at no cost.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from kijiyomi.html import classifier
from kijiyomi.html import vocabulary as vocab
from kijiyomi.html.dom import Element, Segment, Walk, enclosing, lineage
from kijiyomi.html.keys import text_key, title_reach
from kijiyomi.html.paywall import is_paywall_notice
from kijiyomi.html.phrases import (
    BYLINE_PREFIX,
    CLAUSE_MARKS,
    SENTENCE_END_MARKS,
    is_author_label,
    is_boilerplate_line,
    is_calendar_cell,
    is_comments_label,
    is_dateline,
    is_related_label,
)

# Calibrated on the dev split of ../shared/data (bench/run.py --split dev); tune together.
JUNK_PENALTY = 0.55  # how much a byte of boilerplate under an element costs against a byte of prose
SHORT_LINE_BYTES = 90  # below this a line without sentence punctuation reads as a label
LINK_DENSITY_DROP = 0.45  # segments with more link text than this are navigation
NEGATIVE_FACTOR = 0.25  # score multiplier for containers that are themselves marked boilerplate
POSITIVE_FACTOR = 1.3
INSIDE_NEGATIVE_FACTOR = 0.5  # for containers below an element marked as boilerplate
FOOTER_FACTOR = 0.5  # and, on top, for those in a page's footer when one of them would win
LISTING_MAX_PROSE = 1500  # a body with less prose than this (bytes) may be a listing's
LISTING_LINK_RATIO = 10.0  # link text over prose in the container above which a page reads as a listing
ARTICLE_RUN = 4  # this many sibling paragraphs of sentences in a row make an article, not a listing
RELATED_SHARE = 0.7  # a "related stories" box after this share of the body's prose ends it
COMMENTS_TAIL = 2  # so does a comments or author box label with at most this many segments kept after it
EXPAND_GAIN = 0.25  # an ancestor must add this share of prose...
MARKED_PART = 0.5  # a container with less of its marked article's prose than this gives way to it
EXPAND_JUNK = 1.5  # ...and at most this much boilerplate per byte of prose it adds
# The learned filter's body with less prose than this share of the rules' body (a slideshow in an
# <aside>, a body of link-dense paragraphs) is a miss: the rules' segments are added back.
MODEL_MIN_SHARE = 0.35
# Structured segments between two of the model's segments are kept from this share of its keep
# threshold up (``fill_gaps``), when both lie at most FILL_REACH levels below their common ancestor.
FILL_SHARE = 0.5
FILL_REACH = 2
FILL_ITEM_CHARS = 16  # a shorter list item that is not a sentence is a label (a share button)
# A caption element with at least this much text in two or more sentences is a slide's text (a
# slideshow or gallery article), not a photo caption: it is body text.
SLIDE_TEXT_BYTES = 400
# A body with less sentence prose than this (bytes) holds no story of its own: on such a page the
# slides may each hold one sentence (SLIDE_CAPTIONS of one kind, SLIDE_TEXT_BYTES in all).
BARE_BODY_PROSE = 150
SLIDE_CAPTIONS = 3
DEK_CHARS = 40  # a line this long without links above the first prose is a standfirst, not debris
LINKED_PROSE_CHARS = 100  # a link-dense segment this long that reads as sentences is not debris
LINKED_PROSE_WIDE = 30  # so many CJK characters ending in a full stop: a lead whose names are links
SLOT_LABEL_CHARS = 12  # a stock phrase this short the model keeps is a slot's label, not text
REPEAT_CHARS = 10  # a line this long printed above the body and again after most of it ends the body
REPEAT_REACH = 12  # how many segments above the body are looked at for such a line
REPEAT_HEAD = 2  # and how many of its first segments
EXCERPTS_MIN = 3  # so many cut-off blurbs ("…") after most of the prose are other stories' teasers
EXCERPTS_SHARE = 0.3  # when they are at least this share of what is kept from the first of them on
EXCERPTS_AFTER = 0.5  # and the first of them follows this share of the body's prose
EXCERPT_CHARS = 60  # a shorter line ending in "…" is a button or a loader ("Click to expand...")
EXCERPT_ITEM_REACH = 4  # a blurb this close below an <li> is a catalogue's entry, not counted
CALENDAR_DAYS = 28  # a table with this many day numbers (1-31) and weekday initials is a calendar
CALENDAR_OTHER = 3  # ... when at most this many of its cells are something else

_SENTENCE_MARKS = re.compile(rf"[{SENTENCE_END_MARKS}{CLAUSE_MARKS}]|\.(?=\s|$|[\"'”’)」])")
_ASIDES = frozenset({"aside", "nav", "footer", "form"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_NOT_CONTAINERS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "dt", "summary", "caption"})
# Japanese sentences often end without 。 in blogs and captions-like lines: polite and plain endings.
_JA_SENTENCE_END = re.compile(
    r"(?:です|ます|ました|でした|ません|ましょう|ください|した|った|ている|ていた|である|だろう|のだ|だ|ない|たい)[！!？?）)」]?$"
)
_ENDS_LIKE_SENTENCE = re.compile(rf"[{SENTENCE_END_MARKS}.…」』\"”’)）:：]$")
# The longest match of the two end patterns (a four-kana ending, a bracket, before a final newline).
_END_TAIL = 8
_DATE = re.compile(r"\d{4}\s?[/.\-年]\s?\d{1,2}|\d{1,2}月\s?\d{1,2}日")  # 2019/04/21, 2019年4月, 4月21日
_EMBED = re.compile(r"twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|threads-embed")
_EXCERPT_END = re.compile(r"(?:…|\.\.\.)[\"'”’)\]]?$")  # a blurb cut off mid-text
_EXCERPT_TAIL = 8  # characters that hold any match of _EXCERPT_END
_WIDE_FULL_STOP = re.compile(r"[。！？][」』）)]?$")


@dataclass(slots=True)
class Scored:
    """Per-segment weights used by both stages."""

    prose: float
    junk: float
    sentence_like: bool
    link_density: float


def score_segment(segment: Segment) -> Scored:
    text = segment.text
    size = len(text.encode("utf-8"))
    link_density = segment.link_chars / len(text) if text else 1.0
    if link_density > LINK_DENSITY_DROP:
        return Scored(0.0, float(size), False, link_density)
    plain = size * (1.0 - link_density)
    if _reads_as_sentences(text, size):
        return Scored(plain, size * link_density, True, link_density)
    if size >= SHORT_LINE_BYTES:
        return Scored(plain * 0.5, plain * 0.2 + size * link_density, False, link_density)
    return Scored(plain * 0.1, plain * 0.6 + size * link_density, False, link_density)


def _reads_as_sentences(text: str, size: int) -> bool:
    """Whether a text of ``size`` UTF-8 bytes reads as prose, whatever its links."""
    if size >= 40:  # one sentence or clause mark is enough
        if _SENTENCE_MARKS.search(text):
            return True
    elif len(_SENTENCE_MARKS.findall(text)) >= 2:
        return True
    if size >= 30:
        tail = text[-_END_TAIL:]  # the end patterns match within it (a search scans every position)
        if _ENDS_LIKE_SENTENCE.search(tail) or _JA_SENTENCE_END.search(tail):
            return True
    # a long run without punctuation is prose only if it is made of words, not numbers or codes
    return size >= 250 and _letters(text) >= len(text) * 0.6


def _letters(text: str) -> int:
    """Letters and the vowel signs of scripts that write them as combining marks (Devanagari, Thai)."""
    return sum(1 for character in text if unicodedata.category(character)[0] in "LM")


def choose_container(
    walk: Walk, scored: list[Scored], *, links_as_content: bool = False, labels_as_content: bool = False
) -> int:
    """Index of the element that best holds the article body (0, the body, when nothing does).

    ``links_as_content`` counts link lines as content, for pages whose main content is a listing;
    ``labels_as_content`` counts the short lines that are not sentences as content too (a grid of
    names and prices whose items are not links).
    """
    elements = walk.elements
    count = len(elements)
    good = [0.0] * count
    junk = [0.0] * count
    boilerplate = vocab.NEGATIVE | vocab.COMMENTS
    parents = [element.parent for element in elements]
    marked = [element.flags & boilerplate for element in elements]
    for segment, weights in zip(walk.segments, scored, strict=True):
        index = segment.owner
        prose, rest = weights.prose, weights.junk
        if links_as_content and weights.link_density > LINK_DENSITY_DROP:
            prose, rest = rest, 0.0
        elif labels_as_content and not weights.sentence_like and weights.link_density <= LINK_DENSITY_DROP:
            prose, rest = prose + rest, 0.0
        good[index] += prose
        junk[index] += rest
    # Subtree sums, children before parents (a parent precedes its children in ``elements``).
    for index in range(count - 1, 0, -1):
        parent = parents[index]
        if parent < 0:
            continue
        if marked[index]:  # above navigation, comments...: all of it is junk
            junk[parent] += good[index] + junk[index]
        else:
            good[parent] += good[index]
            junk[parent] += junk[index]
    best_index = _best_scored(elements, good, junk, marked, None)
    if not links_as_content and _in_footer(elements, best_index):
        # A page's footer (its disclaimer, its "about us") does not hold the story: its elements
        # count FOOTER_FACTOR of their score. (Only a footer's element can lose by that, so the
        # elements are scored again only when one of them won.)
        footers = [False] * len(elements)
        for index, element in enumerate(elements):
            above = element.parent >= 0 and footers[element.parent]
            footers[index] = above or vocab.names_footer(element.tag, element.hint)
        best_index = _best_scored(elements, good, junk, marked, footers)
    chosen = _expand(elements, good, junk, best_index)
    return chosen if links_as_content else _marked_whole(elements, good, chosen)


def _best_scored(
    elements: list[Element],
    good: list[float],
    junk: list[float],
    marked: list[int],
    footers: list[bool] | None,
) -> int:
    """The element with the best balance of prose and boilerplate (``choose_container``'s score);
    with ``footers``, those in a page's footer count ``FOOTER_FACTOR`` of a positive score."""
    best_index, best_score = 0, float("-inf")
    inside_boilerplate = [False] * len(elements)  # an ancestor is marked as navigation, comments...
    for index, element in enumerate(elements):
        parent = element.parent
        if parent >= 0:
            inside_boilerplate[index] = inside_boilerplate[parent] or bool(marked[parent])
        if good[index] <= 0 or element.tag in _NOT_CONTAINERS:
            continue
        score = good[index] - JUNK_PENALTY * junk[index]
        flags = element.flags
        if flags & (vocab.NEGATIVE | vocab.COMMENTS | vocab.STRUCTURAL_NEGATIVE):
            score *= NEGATIVE_FACTOR
        elif inside_boilerplate[index]:
            score *= INSIDE_NEGATIVE_FACTOR
        elif flags & vocab.POSITIVE:
            score *= POSITIVE_FACTOR
        if footers is not None and footers[index] and score > 0:
            score *= FOOTER_FACTOR
        if score > best_score:
            best_index, best_score = index, score
    return best_index


def _in_footer(elements: list[Element], index: int) -> bool:
    """Whether element ``index`` is or lies below a page's footer (``vocab.names_footer``)."""
    return any(vocab.names_footer(element.tag, element.hint) for element in lineage(elements, index))


def _marked_whole(elements: list[Element], good: list[float], chosen: int) -> int:
    """The nearest ancestor of ``chosen`` marked as an article (``vocab.names_article``) when
    ``chosen`` holds less than ``MARKED_PART`` of its prose: one part of a story split over sibling
    blocks (a buyer's guide whose products are each a block) is not the whole story."""
    cut = bool(elements[chosen].flags & (vocab.NEGATIVE | vocab.COMMENTS))
    index = elements[chosen].parent
    while index >= 0:
        element = elements[index]
        if element.flags & vocab.COMMENTS:
            return chosen
        if vocab.names_article(element.tag, element.hint):
            # ``good`` leaves out what lies under a marked element: ``chosen``'s prose is added
            # back when such an element stands between them.
            whole = good[index] + (good[chosen] if cut else 0.0)
            return index if good[chosen] < MARKED_PART * whole else chosen
        cut = cut or bool(element.flags & (vocab.NEGATIVE | vocab.COMMENTS))
        index = element.parent
    return chosen


def looks_like_listing(walk: Walk, scored: list[Scored], body: list[int]) -> bool:
    """True when the page's links outweigh the prose of the body found (a listing's main content),
    or that body is short and not a short article's run of paragraphs (``prose_run``)."""
    body_prose = sum(scored[index].prose for index in body)
    links = sum(weights.junk for weights in scored if weights.link_density > LINK_DENSITY_DROP)
    if links > LISTING_LINK_RATIO * body_prose:
        return True
    return body_prose < LISTING_MAX_PROSE and prose_run(walk, scored, body) < ARTICLE_RUN


def prose_run(walk: Walk, scored: list[Scored], body: list[int]) -> int:
    """The most sibling paragraphs of sentences in a row in ``body`` (consecutive segments, not
    list items or table cells, whose paragraphs share a parent, or lines of one block)."""
    segments, elements = walk.segments, walk.elements
    best = run = 0
    previous, previous_block = -2, -2
    for index in body:
        segment = segments[index]
        block = elements[segment.owner].parent if segment.tag == "p" else segment.owner
        if not scored[index].sentence_like or segment.list_depth or segment.in_table:
            run = 0
        elif index == previous + 1 and block == previous_block and run:
            run += 1
        else:
            run = 1
        previous, previous_block = index, block
        best = max(best, run)
    return best


def _expand(elements: list[Element], good: list[float], junk: list[float], chosen: int) -> int:
    """Climb to an ancestor that brings much more prose at a bearable cost in boilerplate.

    Articles split over sibling wrappers (lead, body, a second section) lose the first stage to
    their largest part; the boilerplate an ancestor adds is mostly removed by segment selection.
    """
    current = chosen
    while True:
        parent = elements[current].parent
        if parent < 0 or elements[parent].flags & (vocab.NEGATIVE | vocab.COMMENTS):
            return current
        gained = good[parent] - good[current]
        added = junk[parent] - junk[current]
        if gained < EXPAND_GAIN * good[current] or added > EXPAND_JUNK * gained:
            return current
        current = parent


def contains(walk: Walk, ancestor: int, element: int) -> bool:
    """Whether ``element`` is ``ancestor`` or lies below it."""
    memo: dict[int, int | None] = {-1: None}
    memo[ancestor] = 0  # (after -1: an ancestor of -1, the root's parent, holds everything)
    return _flags_up(walk.elements, element, memo) is not None


def _flags_up(elements: list[Element], owner: int, memo: dict[int, int | None]) -> int | None:
    """OR of the flags from ``owner`` up to the first element found in ``memo``, ORed with its value.

    ``memo`` must hold -1 (the value above the root); every element climbed is added to it. With
    ``{-1: None, container: 0}`` it is the OR of the flags below ``container``, None for an element
    outside it; with ``{-1: 0}`` the OR up to the root.
    """
    path = []
    index = owner
    while index not in memo:
        if index < 0:
            index = -1
            break
        path.append(index)
        index = elements[index].parent
    value = memo[index]
    for index in reversed(path):
        if value is not None:
            value |= elements[index].flags
        memo[index] = value
    return value


@dataclass(slots=True)
class Selection:
    """The segments kept as body, the captions seen inside the container, and what was dropped."""

    body: list[int]
    captions: list[int]
    dropped: list[int]
    slides: frozenset[int] = frozenset()  # caption segments taken as body text (``slide_texts``)


def select_segments(
    walk: Walk,
    scored: list[Scored],
    container: int,
    title: str | None,
    *,
    keep_links: bool = False,
    keep_tail: bool = False,
) -> Selection:
    """Keep the body segments inside ``container``.

    ``keep_links`` keeps link-dense lines (the main content of a listing page is its links);
    ``keep_tail`` keeps what follows the last sentence (a listing's items after its intro).
    """
    body: list[int] = []
    captions: list[int] = []
    dropped: list[int] = []
    title_key = text_key(title) if title else None
    title_limit = title_reach(title) if title else 0
    boilerplate = vocab.NEGATIVE | vocab.COMMENTS
    elements = walk.elements
    inside: dict[int, int | None] = {-1: None}
    inside[container] = 0  # (after -1: a container of -1, the root's parent, holds everything)
    calendar = calendar_cells(walk)
    for index, (segment, weights) in enumerate(zip(walk.segments, scored, strict=True)):
        owner = segment.owner
        flags = inside[owner] if owner in inside else _flags_up(elements, owner, inside)
        if flags is None:
            continue
        if segment.in_caption or flags & vocab.CAPTION:
            captions.append(index)
            continue
        if flags & boilerplate or (weights.link_density > LINK_DENSITY_DROP and not keep_links):
            dropped.append(index)
            continue
        if title_key and len(segment.text) <= title_limit and text_key(segment.text) == title_key:
            dropped.append(index)
            continue
        if not weights.sentence_like and (
            is_boilerplate_line(segment.text) or is_dateline(segment.text) or index in calendar
        ):
            dropped.append(index)
            continue
        body.append(index)
    bare = sum(scored[index].prose for index in body if scored[index].sentence_like) < BARE_BODY_PROSE
    slides = slide_texts(walk, scored, captions, bare=bare)
    if slides:
        captions = [index for index in captions if index not in slides]
        body = sorted(slides.union(body))
    body = _trim_edges(walk, scored, body, dropped, keep_tail=keep_tail)
    ended = end_at_related(walk, scored, body, link_boxes=not keep_links)
    ended = ended if keep_links else end_at_excerpts(walk, scored, end_at_repeat(walk, scored, ended))
    dropped.extend(body[len(ended) :])
    body = ended
    # The learned segment filter (classifier.py) overrides the rules when its model ships.
    view = None if keep_links else classifier.segment_probabilities(walk, scored, container, title)
    if view is not None:
        probabilities, threshold = view
        body, dropped = model_body(
            walk,
            scored,
            probabilities,
            threshold,
            title_key,
            captions,
            slides,
            body,
            dropped + body,
            calendar=calendar,
        )
    return Selection(body, captions, dropped, slides)


def model_body(
    walk: Walk,
    scored: list[Scored],
    probabilities: list[float],
    threshold: float,
    title_key: str | None,
    captions: list[int],
    slides: frozenset[int],
    rules_body: list[int],
    considered: list[int],
    *,
    calendar: frozenset[int] = frozenset(),
) -> tuple[list[int], list[int]]:
    """The body the learned filter chooses, held to the rules' conventions, and what it drops.

    The segments at or above ``threshold``, the structured ones between them (``fill_gaps``) and
    the slide texts, held to the conventions (``_conforming``, ``_trim_edges``); the rules' body is
    added back when the model's own choice (before the gaps are filled) holds much less prose
    (``with_rules_fallback``). ``calendar``: the calendar widgets' segments, never kept.
    """
    learned = [index for index, value in enumerate(probabilities) if value >= threshold]
    filled = fill_gaps(walk, scored, learned, probabilities, FILL_SHARE * threshold)
    # The conventions judge each segment alone: those of the model's own choice are a part of
    # those of the filled one (``learned`` lies within ``filled``).
    conforming = _conforming(walk, scored, filled, title_key, captions, slides, {-1: 0}, calendar=calendar)
    own_choice = slides.union(learned)
    own = _trim_edges(walk, scored, [index for index in conforming if index in own_choice], [])
    body = _trim_edges(walk, scored, conforming, [])
    chosen = set(body)
    dropped = [index for index in considered if index not in chosen]
    body = with_list_items(walk, scored, with_rules_fallback(scored, body, rules_body, own))
    body = with_embedded_posts(walk, body)
    body = end_at_related(walk, scored, with_linked_siblings(walk, scored, body))
    body = end_at_excerpts(walk, scored, end_at_repeat(walk, scored, body))
    kept = set(body)
    return body, [index for index in dropped if index not in kept]


def with_embedded_posts(walk: Walk, body: list[int]) -> list[int]:
    """``body`` with the text of the embedded social posts lying inside it.

    A blog post or story that quotes posts (a ``<blockquote class="twitter-tweet">`` before the
    platform's script turns it into a card) quotes them as its text; their names mark them as
    social furniture and the model drops them. Only posts between the first and the last kept
    segment count.
    """
    if len(body) < 2:
        return body
    segments, elements = walk.segments, walk.elements
    kept = set(body)
    added = []
    for index in range(body[0] + 1, body[-1]):
        if index in kept or not segments[index].in_quote:
            continue
        element = segments[index].owner
        for _ in range(3):
            if element < 0:
                break
            if elements[element].tag == "blockquote" and _EMBED.search(elements[element].hint):
                added.append(index)
                break
            element = elements[element].parent
    return sorted(kept.union(added)) if added else body


def with_list_items(walk: Walk, scored: list[Scored], body: list[int]) -> list[int]:
    """``body`` with the items of a list whose items before and after them it keeps.

    A list in the story (the links a post recommends, 「参加レポート」 one per line) is kept whole:
    an item between two kept items of the same list is kept, links or not, unless it is a stock
    phrase, a dateline or a caption, or is itself marked as navigation or comments.
    """
    segments, elements = walk.segments, walk.elements
    added = []
    for before, after in pairwise(body):
        if after - before < 2 or segments[before].tag != "li" or segments[after].tag != "li":
            continue
        parent = elements[segments[before].owner].parent
        if elements[segments[after].owner].parent != parent:
            continue
        for index in range(before + 1, after):
            segment = segments[index]
            if (
                segment.tag == "li"
                and elements[segment.owner].parent == parent
                and not segment.in_caption
                and not is_boilerplate_line(segment.text)
                and not is_dateline(segment.text)
                and not elements[segment.owner].flags & (vocab.NEGATIVE | vocab.COMMENTS | vocab.CAPTION)
            ):
                added.append(index)  # (above the item, its list is the kept items' list)
    return sorted(set(body).union(added)) if added else body


def with_linked_siblings(walk: Walk, scored: list[Scored], body: list[int]) -> list[int]:
    """``body`` with the link-dense paragraphs beside its paragraphs that read as sentences.

    A deal list or a round-up of links is an article of linked paragraphs (``_linked_prose``: 100
    characters or more, punctuated like sentences); next to a kept paragraph (a ``<p>`` of the same
    parent), and not under navigation or comments, they are its text, not a link list.
    """
    segments, elements = walk.segments, walk.elements
    parents = {elements[segments[index].owner].parent for index in body if segments[index].tag == "p"}
    if not parents:
        return body
    kept = set(body)
    above: dict[int, int | None] = {-1: 0}
    added = [
        index
        for index, segment in enumerate(segments)
        if segment.tag == "p"
        and index not in kept
        and elements[segment.owner].parent in parents
        and _linked_prose(walk, scored, index)
        and not (_flags_up(elements, segment.owner, above) or 0) & (vocab.NEGATIVE | vocab.COMMENTS)
    ]
    return sorted(kept.union(added)) if added else body


def fill_gaps(
    walk: Walk, scored: list[Scored], learned: list[int], probabilities: list[float], low: float
) -> list[int]:
    """``learned`` with the structured segments the model left out between two of its segments.

    Code blocks, table cells, list items and headings inside an article (a tutorial's commands, a
    listicle's item headings) score lower than its paragraphs. One lying between two kept segments
    close in the tree (each at most ``FILL_REACH`` levels below their common ancestor) is kept when
    its probability reaches ``low``, unless it is link-dense, below navigation, comments or an
    aside up to that ancestor, a dateline, stock phrase, line without letters or short list label,
    or a heading with nothing kept right under it. The gaps are those between kept segments and
    those between kept paragraphs (a table whose one cell the model kept is filled all the same).
    """
    if len(learned) < 2:
        return learned
    segments, elements = walk.segments, walk.elements
    kept = list(learned)
    # Consecutive kept segments, and consecutive kept paragraphs (not cells, items or code): a cell
    # kept deep in a table must not hide the rest of its table from the paragraphs around it.
    pairs = list(pairwise(learned))
    chosen = set(learned)  # (kept already: only a paragraph pair's gap holds such segments)
    paragraphs = [
        i for i in learned if not (segments[i].in_table or segments[i].list_depth or segments[i].in_pre)
    ]
    if len(paragraphs) < len(learned):
        known = set(pairs)
        pairs.extend(pair for pair in pairwise(paragraphs) if pair not in known)
    for before, after in pairs:
        if after - before < 2:
            continue
        top = _common_ancestor(elements, segments[before].owner, segments[after].owner)
        reach = elements[top].depth + FILL_REACH
        if elements[segments[before].owner].depth > reach or elements[segments[after].owner].depth > reach:
            continue
        candidates = range(before + 1, after)
        gap = [
            i
            for i in candidates
            if i in chosen or (probabilities[i] >= low and _fills_gap(walk, scored, i, top))
        ]
        # A heading introduces what follows it: one with nothing kept under it is a box's label.
        following = after
        for index in reversed(gap):
            if segments[index].tag in _HEADINGS and index + 1 != following:
                continue
            kept.append(index)
            following = index
    return sorted(set(kept))


def _fills_gap(walk: Walk, scored: list[Scored], index: int, top: int) -> bool:
    segment, weights = walk.segments[index], scored[index]
    if weights.link_density > LINK_DENSITY_DROP:
        return False
    if not (segment.in_pre or segment.in_table or segment.list_depth or segment.tag in _HEADINGS):
        return False
    text = segment.text
    if not weights.sentence_like and (
        is_dateline(text)
        or is_boilerplate_line(text)
        or not any(ch.isalpha() for ch in text)
        or (segment.list_depth and not (segment.in_table or segment.in_pre) and len(text) < FILL_ITEM_CHARS)
    ):
        return False
    # Up to the common ancestor: no navigation, comments or aside, and a table cell's table lies
    # below it (a table that lays out the whole page is not part of the article).
    elements = walk.elements
    index, table = segment.owner, not segment.in_table
    while index != top:
        element = elements[index] if index >= 0 else None
        if element is None or element.flags & (vocab.NEGATIVE | vocab.COMMENTS) or element.tag in _ASIDES:
            return False
        table = table or element.tag == "table"
        index = element.parent
    return table


def _common_ancestor(elements: list[Element], first: int, second: int) -> int:
    """The nearest element that holds both ``first`` and ``second`` (0, the root, at worst)."""
    while first != second:
        if first < 0 or second < 0:
            return 0
        if elements[first].depth >= elements[second].depth:
            first = elements[first].parent
        else:
            second = elements[second].parent
    return first


def calendar_cells(walk: Walk) -> frozenset[int]:
    """The segments of the tables that are calendar widgets: a month of day numbers
    (``CALENDAR_DAYS`` or more) and weekday initials, with at most ``CALENDAR_OTHER`` other cells
    (the month's name, links to the months before and after)."""
    elements = walk.elements
    tables: dict[int, list[int]] = {}
    table_of: dict[int, int] = {}
    for index, segment in enumerate(walk.segments):
        if not segment.in_table:
            continue
        owner = segment.owner
        if owner not in table_of:
            table_of[owner] = enclosing(elements, owner, "table")
        tables.setdefault(table_of[owner], []).append(index)
    found: list[int] = []
    for members in tables.values():
        if len(members) < CALENDAR_DAYS:
            continue
        texts = [walk.segments[index].text for index in members]
        days = sum(1 for text in texts if text.isdigit() and is_calendar_cell(text))
        other = sum(1 for text in texts if not is_calendar_cell(text))
        if days >= CALENDAR_DAYS and other <= CALENDAR_OTHER:
            found.extend(members)
    return frozenset(found)


def with_rules_fallback(
    scored: list[Scored], learned: list[int], rules: list[int], judged: list[int] | None = None
) -> list[int]:
    """The learned body, with the rules' segments added back when it holds much less prose."""
    judged = learned if judged is None else judged
    if sum(scored[i].prose for i in judged) >= MODEL_MIN_SHARE * sum(scored[i].prose for i in rules):
        return learned
    return sorted(set(learned) | set(rules))


def _conforming(
    walk: Walk,
    scored: list[Scored],
    learned: list[int],
    title_key: str | None,
    captions: list[int],
    slides: frozenset[int],
    above: dict[int, int | None] | None,
    *,
    calendar: frozenset[int] = frozenset(),
) -> list[int]:
    """The segments of ``learned`` and ``slides`` that keep to the rules' conventions, in order.

    Captions (inside the container or not) stay with the images, but slide texts are body even
    where the model missed them; the headline is not repeated; text under a consent banner goes,
    and so does a short stock phrase that is no heading (an ad slot's label: 広告, PR), and a
    calendar widget's day (``calendar``: ``calendar_cells``, found once by ``select_segments``).
    Each segment is judged alone. ``above`` memoises, per element, the OR of the flags up to the
    root (``_flags_up``).
    """
    skip = set(captions)
    limit = 2 * len(title_key) + 20 if title_key else 0
    segments, elements = walk.segments, walk.elements
    above = {-1: 0} if above is None else above
    kept = []
    for index in sorted(slides.union(learned)):
        if index in skip:
            continue
        segment = segments[index]
        owner = segment.owner
        if index not in slides and (segment.in_caption or elements[owner].flags & vocab.CAPTION):
            continue
        flags_up = above[owner] if owner in above else _flags_up(elements, owner, above)
        if (flags_up or 0) & vocab.CONSENT:
            continue
        if title_key and len(segment.text) <= limit and text_key(segment.text) == title_key:
            continue
        if (
            not scored[index].sentence_like
            and len(segment.text) <= SLOT_LABEL_CHARS
            and segment.tag not in _HEADINGS
            and is_boilerplate_line(segment.text)
        ):
            continue  # an ad slot's or share bar's label inside the story (広告, スポンサードリンク)
        if index in calendar:
            continue  # a calendar widget's day
        kept.append(index)
    return kept


def end_at_related(
    walk: Walk, scored: list[Scored], body: list[int], *, link_boxes: bool = True
) -> list[int]:
    """``body`` cut before a "related stories" box that follows the story.

    A short label of such a box ("Related", "More stories", "関連記事"; ``is_related_label``), kept
    or not, lying after ``RELATED_SHARE`` of the body's prose ends the body when what is kept after
    it reads as teasers: two segments or more, a sentence among them, each a link line or right
    after one (a linked headline and its blurb), or a list of links with no story after it
    (``_link_box``, Japanese and Chinese labels; not in a listing, ``link_boxes``). A comments
    label (``is_comments_label``) or an author box's (``is_author_label``) there ends it when at
    most ``COMMENTS_TAIL`` segments are kept after it (a comment form's prompt, the author's name
    and biography).
    """
    if len(body) < 3:
        return body
    segments = walk.segments
    total = sum(scored[index].prose for index in body)
    before = 0.0
    position = 0
    for index in range(body[0], body[-1] + 1):
        while body[position] < index:
            before += scored[body[position]].prose
            position += 1
        if before < RELATED_SHARE * total:
            continue
        if scored[index].sentence_like and segments[index].tag not in _HEADINGS:
            continue
        text = segments[index].text
        related = is_related_label(text)
        closing = is_comments_label(text) or is_author_label(text)
        if not (related or closing):
            continue
        rest = body[position + 1 :] if body[position] == index else body[position:]  # kept after it
        if related and (_teasers(scored, rest) or (link_boxes and _link_box(walk, scored, text, rest))):
            return body[:position]
        if closing and len(rest) <= COMMENTS_TAIL:
            return body[:position]
    return body


def end_at_repeat(walk: Walk, scored: list[Scored], body: list[int]) -> list[int]:
    """``body`` cut before a dated line repeating one printed just above it, after most of its prose.

    Blogs print the post's date, author and category line again under the post (「2019/04/21
    投稿者 カテゴリ」 above the headline and under the text); what follows is the page's furniture
    (the author's profile, share buttons, notes).
    """
    if len(body) < 3:
        return body
    segments = walk.segments
    heads = {  # the lines above the body and its first lines (a date line read as a sentence)
        segments[index].text
        for index in (*range(max(0, body[0] - REPEAT_REACH), body[0]), *body[:REPEAT_HEAD])
        if len(segments[index].text) >= REPEAT_CHARS
    }
    if not heads:
        return body
    total = sum(scored[index].prose for index in body)
    before = 0.0
    for position, index in enumerate(body):
        text = segments[index].text
        # (whether the line is dated is asked last: most of those lines are long paragraphs)
        if before >= RELATED_SHARE * total and text in heads and _DATE.search(text):
            return body[:position]
        before += scored[index].prose
    return body


def end_at_excerpts(walk: Walk, scored: list[Scored], body: list[int]) -> list[int]:
    """``body`` cut before a run of other stories' teasers: blurbs cut off with an ellipsis.

    News pages close a story with boxes of more stories ("More from …"), each a headline link and
    the first words of the story ending in "…" (``_excerpt``). After ``EXCERPTS_AFTER`` of the
    prose, the first such blurb ends the body when ``EXCERPTS_MIN`` of them or more follow it among
    the segments kept, making at least ``EXCERPTS_SHARE`` of them; a short label line kept right
    before it (the box's heading) goes with it. Blurbs in list items do not count: a page's own
    catalogue of entries (training plans, products) is often a list of them, and its gold keeps
    them. A story's own paragraphs rarely trail off three times at its end.
    """
    if len(body) < 2 + EXCERPTS_MIN:
        return body
    segments = walk.segments
    ends = [_excerpt(segments[index].text) and not _in_item(walk, index) for index in body]
    if sum(ends) < EXCERPTS_MIN:
        return body
    total = sum(scored[index].prose for index in body)
    before = 0.0
    for position, index in enumerate(body):
        if ends[position] and position > 0 and before >= EXCERPTS_AFTER * total:
            count = sum(ends[position:])
            if count >= EXCERPTS_MIN and count >= EXCERPTS_SHARE * (len(body) - position):
                label = _label_line(walk, scored, body[position - 1])
                return body[: position - 1] if label else body[:position]  # the box's label goes too
        before += scored[index].prose
    return body


def _excerpt(text: str) -> bool:
    """Whether a line reads as a blurb cut off mid-text: ``EXCERPT_CHARS`` or more, ending in "…"."""
    text = text.rstrip()
    # (a match of the end pattern is at most 4 characters: it is searched in the last ones only)
    return len(text) >= EXCERPT_CHARS and _EXCERPT_END.search(text[-_EXCERPT_TAIL:]) is not None


def _in_item(walk: Walk, index: int) -> bool:
    """Whether a segment lies in a list item (up to ``EXCERPT_ITEM_REACH`` levels above it)."""
    elements = walk.elements
    element = walk.segments[index].owner
    for _ in range(EXCERPT_ITEM_REACH):
        if element < 0:
            return False
        if elements[element].tag == "li":
            return True
        element = elements[element].parent
    return False


def _label_line(walk: Walk, scored: list[Scored], index: int) -> bool:
    """Whether a segment is a short line that is no sentence (a box's heading)."""
    return (
        not scored[index].sentence_like and len(walk.segments[index].text.encode("utf-8")) < SHORT_LINE_BYTES
    )


def _link_box(walk: Walk, scored: list[Scored], label: str, rest: list[int]) -> bool:
    """Whether a Japanese or Chinese label (「【関連記事】」) heads a list of links with no story after
    it: two link lines first, then no sentence that is not a label or stock phrase."""
    if (
        len(rest) < 2
        or not any(character >= "\u3000" for character in label)
        or any(scored[index].link_density <= LINK_DENSITY_DROP for index in rest[:2])
    ):
        return False
    segments = walk.segments
    return not any(
        scored[index].sentence_like
        and not is_related_label(segments[index].text)
        and not is_boilerplate_line(segments[index].text)
        for index in rest[2:]
    )


def _teasers(scored: list[Scored], rest: list[int]) -> bool:
    """Whether segments read as a box of teasers: two or more, one a sentence, each a link line or
    right after one."""
    return (
        len(rest) >= 2
        and any(scored[index].sentence_like for index in rest)
        and all(
            scored[index].link_density > LINK_DENSITY_DROP
            or scored[index - 1].link_density > LINK_DENSITY_DROP
            for index in rest
        )
    )


def slide_texts(
    walk: Walk, scored: list[Scored], captions: list[int], *, bare: bool = False
) -> frozenset[int]:
    """The caption segments (``captions`` and any in a <figcaption>) that are a slide's text.

    A caption element (<figcaption> or a caption-marked element) holding two sentences or more and
    ``SLIDE_TEXT_BYTES`` of text is a slideshow's or gallery's prose, which is the article; so are
    the sentences of the other caption elements of the same kind (tag and class) on that page.
    Where the body is ``bare`` (no story of its own), a kind whose elements hold
    ``SLIDE_CAPTIONS`` sentences and ``SLIDE_TEXT_BYTES`` together is one too: a slideshow whose
    slides say one sentence each.
    """
    known = set(captions)
    candidates = captions + [
        index for index, segment in enumerate(walk.segments) if segment.in_caption and index not in known
    ]
    if len(candidates) < 2:
        return frozenset()
    groups: dict[int, list[int]] = {}
    for index in candidates:
        groups.setdefault(_caption_element(walk, walk.segments[index].owner), []).append(index)
    kinds: set[tuple[str, str]] = set()
    per_kind: dict[tuple[str, str], tuple[int, int]] = {}  # sentences and bytes of a kind's elements
    for element, members in groups.items():
        kind = (walk.elements[element].tag, walk.elements[element].hint)
        sentences = sum(1 for index in members if scored[index].sentence_like)
        size = sum(len(walk.segments[index].text.encode("utf-8")) for index in members)
        if sentences >= 2 and size >= SLIDE_TEXT_BYTES:
            kinds.add(kind)
        kind_sentences, kind_size = per_kind.get(kind, (0, 0))
        per_kind[kind] = (kind_sentences + sentences, kind_size + size)
    if bare:
        kinds.update(
            kind
            for kind, (sentences, size) in per_kind.items()
            if sentences >= SLIDE_CAPTIONS and size >= SLIDE_TEXT_BYTES
        )
    return frozenset(
        index
        for element, members in groups.items()
        if (walk.elements[element].tag, walk.elements[element].hint) in kinds
        for index in members
        if scored[index].sentence_like
    )


def _caption_element(walk: Walk, owner: int) -> int:
    """The nearest element at or above ``owner`` that is a caption (the owner when none is)."""
    elements = walk.elements
    index = owner
    while index >= 0:
        element = elements[index]
        if element.tag == "figcaption" or element.flags & vocab.CAPTION:
            return index
        index = element.parent
    return owner


def _trim_edges(
    walk: Walk, scored: list[Scored], body: list[int], dropped: list[int], *, keep_tail: bool = False
) -> list[int]:
    """Drop label-like debris before the first and (unless ``keep_tail``) after the last prose segment.

    A long linked paragraph that reads as sentences (a lead whose words are links) starts the
    prose, and such paragraphs right after the last prose segment end it; a paywall notice ending
    the body ("the rest is for subscribers") is not prose.
    """
    segments = walk.segments
    prose_positions = [i for i, index in enumerate(body) if scored[index].sentence_like]
    if not prose_positions:
        return body
    first, last = prose_positions[0], len(body) - 1 if keep_tail else prose_positions[-1]
    first = next((i for i in range(first) if _linked_prose(walk, scored, body[i])), first)
    while last + 1 < len(body) and _linked_prose(walk, scored, body[last + 1]):
        last += 1  # a closing paragraph whose words are links (a licence, a source line)
    kept = []
    for position, index in enumerate(body):
        segment = segments[index]
        is_heading = segment.tag in ("h1", "h2", "h3", "h4", "h5", "h6")
        structured = segment.in_table or segment.list_depth > 0 or segment.in_quote or segment.in_pre
        if (position > last and not structured) or (
            position < first
            and not is_heading
            and not segment.list_depth
            and not _dek(segment, scored[index])
        ):
            dropped.append(index)
            continue
        kept.append(index)
    while kept and (
        is_paywall_notice(segments[kept[-1]].text)
        or (kept[-1] not in body[: last + 1] and segments[kept[-1]].tag in _HEADINGS)
    ):
        dropped.append(kept.pop())  # a notice, not the article's end; a heading with nothing under it
    return kept


def _dek(segment: Segment, weights: Scored) -> bool:
    """A standfirst-like line above the body: long, no links, not a byline, a stock phrase or a
    dateline."""
    text = segment.text
    return (
        len(text) >= DEK_CHARS
        and weights.link_density == 0.0
        and not BYLINE_PREFIX.match(text)
        and not is_boilerplate_line(text)
        and not is_dateline(text)
    )


def _linked_prose(walk: Walk, scored: list[Scored], index: int) -> bool:
    """A link-dense segment long enough and punctuated like sentences (not a label or a link list).

    Japanese and Chinese text carries more per character: ``LINKED_PROSE_WIDE`` characters, most of
    them wide, ending in a full stop (。！？) are a sentence; a linked headline has no full stop.
    """
    if scored[index].link_density <= LINK_DENSITY_DROP:
        return False
    text = walk.segments[index].text
    if len(text) >= LINKED_PROSE_CHARS:
        return _reads_as_sentences(text, len(text.encode("utf-8")))
    return (
        len(text) >= LINKED_PROSE_WIDE
        and _WIDE_FULL_STOP.search(text) is not None
        and 2 * sum(1 for character in text if character >= "\u3000") >= len(text)
    )
