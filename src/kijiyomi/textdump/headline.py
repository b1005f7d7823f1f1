"""Choose the headline among the lines above a dump's body.

Each title-like line of the header window is scored: close to the body, right above the dateline
or byline, of headline length, sharing words with the first paragraphs, printed twice (breadcrumb,
share box), and not a dek under its headline, a picture's caption or credit, an entry of a teaser
list (titles between durations or counters) or an author's name above the dateline.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import accumulate, islice
from operator import add, itemgetter
from typing import NamedTuple

from kijiyomi.textdump import features as f
from kijiyomi.textdump import ranker
from kijiyomi.textdump.body import cjk_fact
from kijiyomi.textdump.facts import Facts
from kijiyomi.textdump.features import doubled
from kijiyomi.textdump.fold import holds_any
from kijiyomi.textdump.lines import Line, Lines
from kijiyomi.textdump.neighbours import add_neighbour_features
from kijiyomi.textdump.signals import byline, date_hint, dateline
from kijiyomi.textdump.slug import slug_features
from kijiyomi.textdump.vocab import chrome_words, menu_line

_LONG_WORD = re.compile(r"[^\W\d_]{4,}")  # (a whole run of letters: a shorter run is passed over)
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}")
# Two letters, a full stop, a space and a capital, or "。" and more (found from the stop: the engine
# skips ahead to "." or "。").
_SECOND_SENTENCE = re.compile(r"\.(?<=[a-z]{2}\.) [A-Z]|。.")
# A picture credit: a label with a colon (Foto:, Bildrechte:, Photo:, 写真：) opening the line,
# after a bar or bracket or after a sentence (a caption signed ``… the opening. Foto: Name``), or a
# copyright sign.
_CREDIT_LABEL = re.compile(
    r"(?:^|[|(（/]\s*|[.!?»”\"]\s+)(?:fotos?|photos?|photograph|bild|bilder|bildrechte|bildquelle|image|images|"
    r"credits?|quelle|source|illustration|video)\s*[:：]|©|写真\s*[:：＝=]|撮影\s*[:：＝=]|画像\s*[:：＝=]",
    re.IGNORECASE,
)
# A duration, clock time or counter between teaser titles (video lists, rankings).
_COUNTER = re.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}[.)]?|#\d{1,3}|[①-⑳])$")
# An author's name on a line of its own: two to four capitalised words.
_NAME = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|van|von|de|der|da|di|del|le|la)){1,3}$"
)
# A byline the byline reader left ("By: Name", "ByName Surname"): never a headline.
_BYLINE_LEFT = re.compile(r"^By(?:\s*:|\s*[A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?:$|[\s,|]))")
_CREDIT_MARKS = (":", "：", "©", "＝", "=")  # (every picture credit label holds one)
# A link to the story before or after this one (前の記事 ≪：…, 次の日記, « Previous post: …).
_NEIGHBOUR_LINK = re.compile(
    r"^(?:[<«‹≪←]\s*)?(?:(?:前|次)の(?:記事|日記|エントリー?|投稿|ページ)|"
    r"(?:previous|next|older|newer)\s+(?:post|article|story|entry|page)\b)",
    re.IGNORECASE,
)
# A link to a video or an audio piece: its running time in brackets at the end (``… (1 Min)``,
# ``… (2:35)``, ``… (3 min 20 s)``).
_MEDIA_LENGTH = re.compile(
    r"\((?:\d{1,3}\s?(?:min|minuten|minutes|mins|sek|sec|s)\.?(?:\s?\d{1,2}\s?s)?|\d{1,2}:\d{2}(?::\d{2})?)\)$",
    re.IGNORECASE,
)
# The story's tags or topics (``Topics: uber, Sydney, economy``, ``Themen: …``, ``Tags : …``).
_TAG_LIST = re.compile(
    r"^(?:tags?|topics?|themen|schlagwörter|schlagworte|stichwörter|mots[- ]clés|etiquetas|temas)\s?[:：]",
    re.IGNORECASE,
)
# A link to another story under a label (``Read more: …``, ``Related: …``, ``Lesen Sie auch: …``,
# ``Les også: …``, ``Lire aussi : …``).
_SEE_ALSO = re.compile(
    r"^(?:read (?:more|also)|see also|related|les også|les mer|læs også|läs också|lesen sie auch|"
    r"lesen sie mehr|mehr zum thema|auch interessant|lire aussi|à lire aussi|voir aussi|lee también|"
    r"leer más|te puede interesar|leggi anche|lees ook)\s?[:：]",
    re.IGNORECASE,
)
# A page's own navigation label (``On this page``, ``In this article``, ``Back to top``, ``Sign In
# Sign Up``): the head of a table of contents or a button, no headline.
_PAGE_NAVIGATION = re.compile(
    r"^(?:top of (?:the )?page|back to top|in this (?:section|article)|on this page|"
    r"skip to (?:main )?content|sign in sign up|log in sign up)$",
    re.IGNORECASE,
)
# A caption signed after its sentence with a bare name or agency (``… after the race in May. Jane
# Doe``, ``… runs at scale. AI``): six words at least, a full stop after a word in lower case or a
# number (not ``Rep.``, ``St.``), then one to four capitalised words.
_NAME_SIGNED_CAPTION = re.compile(r"^(?:\S+ ){6,}[a-z0-9][\w-]*\. [A-Z][\w’'&-]*(?: [A-Z][\w’'&.-]*){0,3}$")
# A publication line (``Published on 2 May 2025 in Vol 7``, ``Updated: …``, ``Veröffentlicht am …``):
# its label, then a colon, on/am/le/el/at or a number.
_PUBLICATION_LABELS = (
    "published",
    "posted",
    "updated",
    "last updated",
    "first published",
    "veröffentlicht",
    "aktualisiert",
    "publié",
    "mis à jour",
    "publicado",
    "actualizado",
)
_PUBLICATION_LINE = re.compile(
    rf"^(?:{'|'.join(_PUBLICATION_LABELS)})(?:\s*:|\s+(?:on|am|le|el|at)\b|\s+\d)", re.IGNORECASE
)
# Their first letters in either case: a cheap test before the pattern.
_PUBLICATION_FIRST = frozenset(
    first for label in _PUBLICATION_LABELS for first in (label[0], label[0].upper())
)
_CRUMB = re.compile(r"[>›]")
MAX_CRUMB_CHARS = 30  # a breadcrumb's entry: a section's name (a story's title is longer)
MAX_CRUMB_WORDS = 3
# An item of an ordered list as w3m and inscriptis number it (``1. Home``, ``4. Headline``).
_NUMBERED_ITEM = re.compile(r"(\d{1,2})[.)]\s")
MAX_SECTION_WORDS = 4  # a numbered breadcrumb's entries above its last: a section's name
MIN_CRUMB_TITLE_WORDS = 2  # the page's own name ending a numbered breadcrumb (``Port Logistics``)
# A picture credit after a caption printed again (``… at the harbour.AFP``, ``… in the city
# Name/via Agency``, ``… the mayor - Name/Institute``): a name with a slash, or an agency's capitals.
_CREDIT_TAIL = re.compile(r"^[-–—·\s]*(?:/|[^/]*\S\s?/\s?\S|[A-Z]{2,10}$)")
CAPTION_TWIN_REACH = 3  # lines around a caption where its copy with the credit stands
MIN_TWIN_CHARS = 20
MAX_CREDIT_WORDS = 6
FACT_RUN = 3  # lines of a list of facts in a row (``listed_fact``)
# Cells of a table as w3m lays them out: runs of three spaces or more between words, twice.
_SPACED_CELLS = re.compile(r"\S {3,}\S(?:.*\S)? {3,}\S")
# A counter or a line of fields: a label, a colon and a number, twice or more (本日: 80 昨日: 1088).
_NEIGHBOUR_FIRST = frozenset("<«‹≪←前次PpNnOo")  # (the characters it can open with)
_COUNTED = re.compile(r"[^\d\s]\s*[:：]\s*\d")
_INPUT_FIELD = re.compile(r"\[[ _]{4,}\]")  # w3m's text box of a form ([          ])
_OPENING = frozenset("(（[［")
_CLOSING = frozenset(")）]］")
MIN_TITLE_CHARS, MAX_TITLE_CHARS = 5, 250  # three words or six CJK characters at least
NEAR_ANCHOR = 4  # a dateline or byline this close below earns the full bonus
FAR_ANCHOR = 7  # ...this close, with no other candidate between, a smaller one


WIDE_WINDOW = 600  # lines above the body whose title-like lines the ranker weighs
MAX_WIDE = 24  # at most this many candidates beyond the header window
BODY_HEAD = 5  # the body's first lines that the ranker also weighs (a headline under a teaser)
OPENING_LINES = 3  # ... of which these, when no line above is a candidate
_SEPARATORS = (" | ", "｜", " - ", " – ", " — ", ": ", "：", " · ")
_QUESTION = frozenset("?？!！")


@dataclass(slots=True)
class Context:
    """What the scores of a dump's candidates share."""

    start: int
    anchors: set[int]
    candidates: list[tuple[int, int]]  # (rank, line index), nearest first
    window_size: int  # candidates of rank below this lie in the header window (or open the body)
    known: dict[int, bool]
    overlap: dict[int, int] = field(default_factory=dict)  # content units shared with the body
    units: dict[int, int] = field(default_factory=dict)  # content units of the candidate
    seen_twice: set[str] = field(default_factory=set)


class Signals(NamedTuple):
    """What the hand-set score of a candidate is made of (the ranker reads them too)."""

    line: Line
    cjk: bool
    headline_size: bool
    standfirst_size: bool
    anchor: float
    dek: bool
    by_credit: bool
    second_sentence: bool
    chrome: bool
    counters: bool
    name: bool


def choose_headline(
    lines: Lines,
    facts: Facts,
    window: list[int],
    marked: set[int],
    body: list[int],
    anchors: set[int],
    slug: frozenset[str] = frozenset(),
    head: list[int] | None = None,
) -> tuple[int | None, int | None]:
    """The headline and the line the hand-set scores choose: the most headline-like line of
    ``window`` (indices above the body, nearest first) or the body's own first line. The
    headline is the learned ranker's choice among these and the nearest ``MAX_WIDE`` title-like
    lines further up (to ``WIDE_WINDOW`` lines above the body), or without a model the rules'
    one. ``marked`` lines are taken (datelines, captions...); ``anchors`` are the datelines and
    bylines; ``slug`` the words of the page address's path (``slug.slug_words``); ``head`` the
    body's first lines with its other lines (table rows, labels: ``body`` has its running lines
    only), where the ranker also looks."""
    model = ranker.load_model()
    context = gather(lines, facts, window, marked, body, anchors, wide=model is not None, head=head)
    candidates = context.candidates
    inside = context.window_size
    if len(candidates) <= 1:  # (one candidate or none: nothing to weigh)
        only = candidates[0][1] if candidates else None
        return only, only if inside else None
    measure(lines, body, context)
    found = signals(lines, facts, context)
    scores = rule_scores(context, found)
    ruled = candidates[scores.index(max(scores[:inside]))][1] if inside else None
    if model is None:
        return ruled, ruled
    rows = features(lines, facts, context, found, scores, slug)
    return candidates[model.best(rows, with_slug=bool(slug))][1], ruled


def gather(
    lines: Lines,
    facts: Facts,
    window: list[int],
    marked: set[int],
    body: list[int],
    anchors: set[int],
    *,
    wide: bool,
    head: list[int] | None = None,
) -> Context:
    """The candidates: title-like lines of the header window, the body's first line when it is
    no paragraph, and (``wide``) title-like lines further up, to ``WIDE_WINDOW`` lines above, and
    among the body's first lines (``head``: with the lines that are no running text, such as a
    headline above a subheading; else ``body``'s)."""
    known: dict[int, bool] = {}
    candidates = [
        (distance, index)
        for distance, index in enumerate(window)
        if index not in marked and _candidate(lines, facts, known, index)
    ]
    first = body[0]
    if len(body) > 1 and not facts.prose[first] and _candidate(lines, facts, known, first):
        candidates.insert(0, (0, first))
    size = len(candidates)
    if wide:
        plains = lines.plains
        top = window[-1] if window else first
        rank = len(window)
        for index in range(top - 1, max(-1, first - WIDE_WINDOW - 1), -1):
            if rank - len(window) >= MAX_WIDE:
                break
            # (each verdict kept in ``known``: signals ask again)
            if MIN_TITLE_CHARS <= len(plains[index]) <= MAX_TITLE_CHARS and _candidate(
                lines, facts, known, index
            ):
                candidates.append((rank, index))
                rank += 1
        if candidates:  # (never the only one: a lone candidate is taken without the ranker)
            present = {index for _, index in candidates}
            candidates += [
                (0, index)
                for index in _body_head(lines, facts, known, head or body)
                if index not in present and index not in marked
            ]
        else:  # (nothing above but chrome: the headline may open the body, under a notice)
            opening = set(body[:OPENING_LINES])
            candidates = [(0, index) for index in _body_head(lines, facts, known, body) if index in opening]
    return Context(first, anchors, candidates, size, known)


def _body_head(lines: Lines, facts: Facts, known: dict[int, bool], body: list[int]) -> list[int]:
    """Title-like lines among the body's first ``BODY_HEAD`` (a headline that ends like a
    sentence, or one under a teaser or a notice that the body began with): for the ranker only."""
    plains = lines.plains
    return [
        index
        for index in body[: min(BODY_HEAD, len(body) - 1)]
        if _candidate(lines, facts, known, index)
        and byline(plains[index]) is None
        and not (date_hint(plains[index]) and dateline(plains[index], None, loose=True))
    ]


def _candidate(lines: Lines, facts: Facts, known: dict[int, bool], index: int) -> bool:
    found = known.get(index)
    if found is None:
        found = known[index] = headline_candidate(lines, facts, index)
    return found


def measure(lines: Lines, body: list[int], context: Context) -> None:
    """The words the candidates share with the body's first lines, the texts printed twice."""
    body_words = content_units(" ".join(lines.plains[i] for i in body[:3]))
    for _, index in context.candidates:
        units = content_units(lines.plains[index])
        context.units[index] = len(units)
        context.overlap[index] = len(units & body_words)
    wanted = {lines.plains[index] for _, index in context.candidates}
    # (one pass over the lines down to the body's first, each looked up in ``wanted``: the lines'
    # hashes are known from the template labels' count)
    printed = Counter(filter(wanted.__contains__, islice(lines.plains, context.start + 1)))
    context.seen_twice = {text for text, times in printed.items() if times >= 2}


def signals(lines: Lines, facts: Facts, context: Context) -> list[Signals]:
    """The ``Signals`` of every candidate."""
    start, anchors, overlap, known = context.start, context.anchors, context.overlap, context.known
    candidate_set = {index for _, index in context.candidates}

    def candidate(index: int) -> bool:
        return _candidate(lines, facts, known, index)

    found = []
    for _, index in context.candidates:
        line = lines[index]
        text = line.plain
        cjk = f.cjk_line(line)
        shared = overlap[index]
        above = _headline_above(facts, index, candidate)
        found.append(
            Signals(
                line,
                cjk,
                (line.cjk >= 12) if cjk else (line.words >= 5),
                (line.cjk > 80) if cjk else (line.words > 22),
                _anchor_bonus(index, start, anchors, candidate_set),
                above is not None and (overlap.get(above, 0) >= shared or _much_longer(line, lines[above])),
                _by_credit(lines, facts, index),
                _SECOND_SENTENCE.search(text) is not None,
                bool(chrome_words(text)),  # (chrome proper is no candidate)
                _between_counters(lines, index),
                _NAME.match(text) is not None and any(index < j <= index + 3 for j in anchors),
            )
        )
    return found


def rule_scores(context: Context, found: list[Signals]) -> list[float]:
    """The hand-set score of every candidate (the higher, the more headline-like)."""
    scores = []
    for (distance, index), signal in zip(context.candidates, found, strict=True):
        score = 2.0 - 0.15 * distance + signal.anchor
        if signal.headline_size:
            score += 1.0
        if signal.standfirst_size:
            score -= 1.5  # a standfirst rather than a headline
        score += min(2.0, context.overlap[index] / 2)
        if signal.dek:
            score -= 1.5  # a dek (standfirst) under its headline
        if signal.line.plain in context.seen_twice and not signal.by_credit:
            score += 1.5  # a headline is often printed twice (breadcrumb, page title, share box)
        if signal.second_sentence:
            score -= 1.5
        if signal.chrome:
            score -= 3.0
        if signal.by_credit:
            score -= 2.5  # a picture's caption, next to its credit
        if signal.counters:
            score -= 2.0  # an entry of a list of videos or a ranking
        if signal.name:
            score -= 4.0  # the author's name above the dateline
        scores.append(score)
    return scores


def features(
    lines: Lines,
    facts: Facts,
    context: Context,
    found: list[Signals],
    scores: list[float],
    slug: frozenset[str] = frozenset(),
) -> list[list[float]]:
    """One row of ``ranker.FEATURE_NAMES`` per candidate (then those that compare it with its
    neighbouring candidates: ``neighbours``; last, its words in the address: ``slug``)."""
    plains, start, log = lines.plains, context.start, math.log1p
    best_overlap = max(context.overlap.values())
    lengths = [len(plains[index]) for _, index in context.candidates]
    lowest = min(index for _, index in context.candidates)
    above_chars = _chars_below(plains, lowest, start)
    rows = []
    count = len(plains)
    for position, ((rank, index), signal) in enumerate(zip(context.candidates, found, strict=True)):
        line = signal.line
        text = line.plain
        shared, units = context.overlap[index], context.units[index]
        if signal.cjk:
            caps = 0.0
        else:
            words = text.split()
            caps = sum(map(str.isupper, map(itemgetter(0), words))) / len(words)
        neighbours = lengths[max(0, position - 2) : position + 3]
        rows.append(
            [
                max(-6.0, scores[position]),
                min(rank, 60) / 10,
                log(rank),
                log(max(0, start - index)),
                log(above_chars[index - lowest]) if index < start else 0.0,
                float(position >= context.window_size),
                float(index >= start),
                float(signal.cjk),
                log(lengths[position]),
                log(line.words),
                float(signal.headline_size),
                float(signal.standfirst_size),
                float(text[-1] in _QUESTION),
                caps,
                sum(map(str.isdigit, text)) / len(text),
                float(holds_any(text, _SEPARATORS)),
                float(text in context.seen_twice),
                shared / units if units else 0.0,
                float(shared > 0 and shared == best_overlap),
                float(signal.anchor >= 3.0),
                float(0 < signal.anchor < 3.0),
                float(signal.dek),
                float(signal.second_sentence),
                float(signal.chrome),
                float(signal.by_credit),
                float(signal.counters),
                float(signal.name),
                log(len(plains[index - 1])) if index > 0 else 0.0,
                log(len(plains[index + 1])) if index + 1 < count else 0.0,
                float(index + 1 < count and facts.prose[index + 1]),
                float(facts.weak[index]),
                float(lengths[position] == max(neighbours)),
            ]
        )
    indices = [index for _, index in context.candidates]
    texts = [plains[index] for index in indices]
    add_neighbour_features(rows, indices, texts)
    for row, extra in zip(rows, slug_features(texts, slug), strict=True):
        row.extend(extra)
    return rows


def _chars_below(plains: list[str], lowest: int, start: int) -> list[int]:
    """For each line from ``lowest`` to the one above ``start`` (the body's first), the characters
    of the lines between it and the body (a running sum from the body upward, summed in C)."""
    sums = list(accumulate(map(len, reversed(plains[lowest + 1 : start])), initial=0))
    sums.reverse()
    return sums


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
    return len(text) <= 120 and _credit_label(text)


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
    """Of headline size and shape, no link, no chrome, no picture credit; a list item only when it
    ends a numbered breadcrumb (``breadcrumb_end``)."""
    plain = lines.plains[index]
    if not MIN_TITLE_CHARS <= len(plain) <= MAX_TITLE_CHARS:
        return False
    min_words = 3
    if lines.bullet(index):  # (no list item is a headline, but the page's own name ending its breadcrumb)
        if not breadcrumb_end(lines, index):
            return False
        line = replace(lines[index], bullet=False)  # (title_shape refuses a bullet)
        min_words = MIN_CRUMB_TITLE_WORDS
    elif plain.isascii() and len(plain.split(None, 2)) < 3:  # (fewer than three words)
        return False
    else:
        line = lines[index]
    return (
        (line.cjk >= 6 if f.cjk_line(line) else line.words >= min_words)
        and "://" not in line.plain
        and f.title_shape(line)
        and not _not_a_title(line.plain)
        and not _credit_label(line.plain)
        and not facts.chrome_vocab(index)
        and not caption_twin(lines.plains, index)
        and not listed_fact(lines.plains, index)
    )


def breadcrumb_end(lines: Lines, index: int) -> bool:
    """The last entry of a breadcrumb that w3m or inscriptis printed as an ordered list (``1.
    Home``, ``2. Sport``, ``3. The page's own title``): its entries above are sections' names of
    ``MAX_SECTION_WORDS`` words at most, numbered from 1 without a gap, and no item follows it.
    The page's own name, often its ``<title>``'s wording, may be the headline."""
    texts = lines.texts
    found = _NUMBERED_ITEM.match(texts[index])
    if found is None:
        return False
    number = int(found.group(1))
    if not 2 <= number <= index + 1:
        return False
    following = _NUMBERED_ITEM.match(texts[index + 1]) if index + 1 < len(texts) else None
    if following is not None and int(following.group(1)) == number + 1:
        return False
    for above in range(1, number):
        entry = _NUMBERED_ITEM.match(texts[index - above])
        if entry is None or int(entry.group(1)) != number - above:
            return False
        if len(lines.plains[index - above].split()) > MAX_SECTION_WORDS:
            return False
    return True


def caption_twin(plains: list[str], index: int) -> bool:
    """A picture's caption printed twice, once with its credit after it: w3m prints the image's alt
    text, then the caption with the photographer's or agency's name (``The mayor at the opening``,
    ``The mayor at the opening Name/Agency``). Neither line is a headline."""
    text = plains[index]
    if len(text) < MIN_TWIN_CHARS:
        return False
    near = plains[max(0, index - CAPTION_TWIN_REACH) : index + CAPTION_TWIN_REACH + 1]
    head = text[:MIN_TWIN_CHARS]
    if sum(other.startswith(head) for other in near) < 2:  # (itself and a twin at least)
        return False
    for other in near:
        if len(other) > len(text) and other.startswith(text):
            tail = other[len(text) :]
        elif len(text) > len(other) >= MIN_TWIN_CHARS and text.startswith(other):
            tail = text[len(other) :]
        else:
            continue
        if len(tail.split()) <= MAX_CREDIT_WORDS and _CREDIT_TAIL.match(tail):
            return True
    return False


def listed_fact(plains: list[str], index: int) -> bool:
    """A line of a list of facts, ``FACT_RUN`` lines of them in a row at least (``判型：四六判``,
    ``発売日：2024年3月12日``, ``定価：1,980円``: a book's or a product's data, never its title; a
    headline of the form ``名前：…`` above its ``作者：…`` line stays a candidate)."""
    if not cjk_fact(plains[index]):
        return False
    start = index
    while start > 0 and index - start < FACT_RUN - 1 and cjk_fact(plains[start - 1]):
        start -= 1
    end = index
    while end + 1 < len(plains) and end - start < FACT_RUN - 1 and cjk_fact(plains[end + 1]):
        end += 1
    return end - start + 1 >= FACT_RUN


def _not_a_title(text: str) -> bool:
    """Never a headline: a line wholly in brackets (a credit, a note), a "+" entry (an expander, a
    change log), a table row (tab- or box-separated cells), a byline the byline reader left
    ("By: Name", "ByName Surname"), a link to the previous or next story, a line printed twice
    over (a logo's alt text beside its link: ``Site NameSite Name``), a form's text box (w3m's
    ``Search [      ]``), a counter or a row of fields (``本日: 80 昨日: 1088``), a menu printed as one line
    (``Home Blog About``), a link to another story under a label (``Read more: …``), a table row
    as w3m lays it out (cells parted by runs of spaces), a page's navigation label (``On this
    page``), a breadcrumb of sections only (``Home › News › Politics``), a caption signed with a
    bare name after its sentence (``… in May. Jane Doe``), a publication line (``Published on …``)."""
    return (
        (text[0] in _OPENING and text[-1] in _CLOSING)
        or (text[0] == "+" and text[1:2].isspace())
        or text.count("\t") >= 2
        or text.count("│") + text.count("┃") >= 2
        or (text.startswith("By") and _BYLINE_LEFT.match(text) is not None)
        or (text[0] in _NEIGHBOUR_FIRST and _NEIGHBOUR_LINK.match(text) is not None)
        or doubled(text)
        or ("[  " in text and _INPUT_FIELD.search(text) is not None)
        or (holds_any(text, (":", "：")) and len(_COUNTED.findall(text)) >= 2)
        or menu_line(text)
        or (text[-1] == ")" and _MEDIA_LENGTH.search(text) is not None)
        or (holds_any(text, (":", "：")) and _TAG_LIST.match(text) is not None)
        or (holds_any(text, (":", "：")) and _SEE_ALSO.match(text) is not None)
        or ("   " in text and _SPACED_CELLS.search(text) is not None)
        or (len(text) <= 30 and _PAGE_NAVIGATION.match(text) is not None)
        or (holds_any(text, (">", "›")) and _section_crumbs(text))
        or (". " in text and _NAME_SIGNED_CAPTION.match(text) is not None)
        or (text[0] in _PUBLICATION_FIRST and _PUBLICATION_LINE.match(text) is not None)
    )


def _section_crumbs(text: str) -> bool:
    """A breadcrumb of sections only (``Home › News › Politics``): two separators or more, every
    entry short (a breadcrumb that ends with the story's title is left to the ranker)."""
    entries = _CRUMB.split(text)
    return len(entries) >= 3 and all(
        0 < len(entry.strip()) <= MAX_CRUMB_CHARS and len(entry.split()) <= MAX_CRUMB_WORDS
        for entry in entries
    )


def _credit_label(text: str) -> bool:
    return holds_any(text, _CREDIT_MARKS) and _CREDIT_LABEL.search(text) is not None


def content_units(text: str) -> set[str]:
    """Words of four letters or more, and CJK character pairs: what a headline shares with its story."""
    units = set(_LONG_WORD.findall(text.lower()))
    if not text.isascii():
        for run in _CJK_RUN.findall(text):  # (every pair of neighbours in a run)
            units.update(map(add, run, run[1:]))
    return units


__all__ = [
    "Context",
    "Signals",
    "choose_headline",
    "content_units",
    "features",
    "gather",
    "headline_candidate",
    "measure",
    "rule_scores",
    "signals",
]
