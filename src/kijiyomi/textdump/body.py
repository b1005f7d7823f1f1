"""Find the article body in a dump: the stretch of lines with the most prose, less what it had to
step over.

Every line gets a value: prose is worth its size in tokens, a short sentence half of that, and any
other line costs a share of the dump's typical paragraph (chrome more than a neutral line such as a
subheading or a caption, a box header such as ランキング or Related most). A copyright line or
an agency sign-off cannot be crossed. The body is the maximum-sum stretch (Kadane's algorithm), so a gap of
a few short lines is crossed when there is enough prose on the far side, and a box of links is not;
an author's bio inside that stretch parts it, and the body is its best part.

The costly facts (chrome, captions, stops) only ever lower a line's value, so the search starts from
the cheap ones and makes the facts exact only where the best stretch lies, until that stretch is
made of exact values only: it is then the best stretch of the exact values too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress, count
from operator import itemgetter
from typing import cast

from kijiyomi.textdump import features as f
from kijiyomi.textdump.facts import Facts
from kijiyomi.textdump.lines import Lines

NEUTRAL_SHARE = 0.15  # cost of a neutral line, in typical paragraphs
CHROME_SHARE = 0.7
LABEL_SHARE = 0.3  # a short line seen three times or more, in no chrome vocabulary
HEADER_SHARE = 1.5
WIDE_GAP_SHARE = 0.35  # extra cost of a run of blank lines this long
WIDE_GAP = 5  # (four blank lines are how innerText parts a table's rows inside one article)
WEAK_WORTH = 0.5
MIN_TYPICAL = 8.0
PAD = 6  # lines made exact on each side of a stretch that still holds cheap values
REPEATED_PARAGRAPH_CHARS = 80  # a paragraph this long printed again far below in the body is dropped
REPEAT_DISTANCE = 15
IMAGE_LINK_MIN_CHARS = 10  # w3m's picture link inside the body (``features.printed_twice``)
_CODE_END = frozenset(";{(,[")  # the last character of a line of code (``_code``)
_CODE_MARKS = frozenset("=(){};[]")
TRAILING_WORDS = 12  # a paragraph that trails off (…) between two others: this long at least
TRAILING_CJK = 30
FREE_CHARS = 50  # a neutral line this long (a table row, a list of facts, code) costs nothing
# A line of a Japanese list of facts: a short key (no digit first, mostly CJK), a colon, a value
# (会場：日本教育会館, 演出:水谷龍二, 攻撃元区分: ネットワーク); an article's own line, crossed for free
# in a dump whose running text is Japanese (in Chinese, ``作者:…``, ``推荐:…`` are chrome as often).
_CJK_FACT = re.compile(r"^(?![\d０-９])([^\s:：]{1,12})\s?[:：]\s?\S")
_KANA = re.compile(r"[\u3041-\u30ff]")
JAPANESE_SAMPLE = 20  # running lines read for kana
_CJK_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


@dataclass(frozen=True, slots=True)
class Run:
    start: int  # index of the first line of the stretch
    end: int  # index of its last line (inclusive)
    score: float


class _Prices:
    """The value of a line under the dump's typical paragraph size."""

    __slots__ = ("chrome", "facts", "gaps", "header", "japanese", "label", "neutral", "plains", "wide")

    def __init__(self, lines: Lines, facts: Facts) -> None:
        unit = facts.typical_size(MIN_TYPICAL)
        self.facts, self.gaps, self.plains = facts, lines.gaps, lines.plains
        self.neutral, self.chrome, self.wide = (
            -NEUTRAL_SHARE * unit,
            -CHROME_SHARE * unit,
            -WIDE_GAP_SHARE * unit,
        )
        self.header = -HEADER_SHARE * unit
        self.label = -LABEL_SHARE * unit
        self.japanese = _japanese(self.plains, facts.running)

    def value(self, index: int) -> float | None:
        facts = self.facts
        if facts.stop[index] or facts.comments[index]:
            return None
        if facts.caption[index]:
            value = self.neutral
        elif facts.prose[index]:
            value = float(facts.sizes[index])
        elif facts.weak[index]:
            value = facts.sizes[index] * WEAK_WORTH
        elif facts.header[index]:
            value = self.header
        elif facts.chrome[index]:  # (a repeated label not checked yet may still prove a caption)
            if facts.pending[index]:
                value = self.neutral
            elif facts.vocab[index] is False:  # (a label repeated through the dump, no chrome word)
                value = self.neutral if index in facts.items else self.label  # (a list item's own)
            else:
                value = self.chrome
        elif _framed_picture(self.plains, index):
            value = 0.0
        else:
            value = _neutral(self.plains[index], self.neutral, self.japanese)
        return value + self.wide if self.gaps[index] >= WIDE_GAP else value

    def all_values(self) -> list[float | None]:
        """Every line's value: neutral lines filled at once, the others one by one."""
        facts = self.facts
        values: list[float | None] = [self.neutral] * len(self.gaps)
        wide = compress(count(), map(WIDE_GAP.__le__, self.gaps))
        for index in (
            *facts.running,
            *facts.marked,
            *facts.checked,
            *wide,
            *_maybe_free(self.plains, self.japanese),
        ):
            values[index] = self.value(index)
        return values


def _neutral(plain: str, cost: float, japanese: bool) -> float:
    """The value of a line that is neither prose nor chrome: a long one (a table row, a line of
    code, a list of facts), a line of a code listing however short (``x = f(y);``, ``if (a) {``) or,
    in Japanese, a fact (``会場：…``) is crossed for free, a short one (a label, a link) costs
    ``cost``."""
    return 0.0 if len(plain) >= FREE_CHARS or (japanese and cjk_fact(plain)) or _code(plain) else cost


def _framed_picture(plains: list[str], index: int) -> bool:
    """w3m's stand-in for a picture (``[photo]``) between two long lines (paragraphs, rows of a
    list of items): a picture inside the story, crossed for free like a blank line."""
    return (
        0 < index < len(plains) - 1
        and f.placeholder(plains[index])
        and len(plains[index - 1]) >= FREE_CHARS
        and len(plains[index + 1]) >= FREE_CHARS
    )


def _code(plain: str) -> bool:
    """A line of a code listing: ASCII, it ends a statement or opens a block or a call (``;``,
    ``{``, ``(``, ``,``, ``[``) and holds another of the marks of code (``=``, a bracket, ``;``)
    before its end (a sentence that ends with a comma holds none)."""
    return plain[-1] in _CODE_END and plain.isascii() and not _CODE_MARKS.isdisjoint(plain[:-1])


def _japanese(plains: list[str], running: list[int]) -> bool:
    """Is the dump's running text Japanese (kana in its first prose lines)?"""
    return _KANA.search("".join(plains[index] for index in running[:JAPANESE_SAMPLE])) is not None


def cjk_fact(plain: str) -> bool:
    """A line of a Japanese list of facts: ``key：value`` with a CJK key of a few characters."""
    if plain.isascii() or (fact := _CJK_FACT.match(plain)) is None:
        return False
    key = fact.group(1)  # (a bracket the key opens and leaves open: a phrase, no key)
    balanced = key.count("(") + key.count("（") == key.count(")") + key.count("）")
    return balanced and len(_CJK_CHARS.findall(key)) * 2 >= len(key)  # (mostly CJK)


def _maybe_free(plains: list[str], japanese: bool) -> list[int]:
    """The lines that ``_neutral`` may make free, and the framed pictures (a line may be listed
    twice)."""
    ends = map(_CODE_END.__contains__, map(itemgetter(-1), plains))
    code = [index for index in compress(count(), ends) if _code(plains[index])]
    opening = map("[".__eq__, map(itemgetter(0), plains))
    pictures = [index for index in compress(count(), opening) if _framed_picture(plains, index)]
    if not japanese:
        return [*compress(count(), map(FREE_CHARS.__le__, map(len, plains))), *code, *pictures]
    return [
        *(
            index
            for index, plain in enumerate(plains)
            if len(plain) >= FREE_CHARS or (("：" in plain or ":" in plain) and cjk_fact(plain))
        ),
        *code,
        *pictures,
    ]


def find_run(lines: Lines, facts: Facts) -> Run | None:
    """The body's stretch, with the facts made exact over it and parted at an author's bio inside
    it (``_split_at_bios``); None when nothing is worth > 0."""
    prices = _Prices(lines, facts)
    values = prices.all_values()
    pending = facts.pending
    while True:
        run = best_run(values, [i for i in facts.running if (value := values[i]) is not None and value > 0])
        if run is None or not any(pending[run.start : run.end + 1]):
            return None if run is None else _split_at_bios(values, facts.bio, run)
        for index in facts.complete(run.start - PAD, run.end + 1 + PAD):
            values[index] = prices.value(index)


def _split_at_bios(values: list[float | None], bios: list[bool], run: Run) -> Run:
    """The best part of the stretch that no author's bio crosses: an author box under the story
    (or over it) parts the story from what follows it (or precedes it). Only the stretch is
    parted, so a short story does not give way to a longer box of prose elsewhere in the dump."""
    bios_inside = bios[run.start : run.end + 1]
    if not any(bios_inside):
        return run
    values_inside = values[run.start : run.end + 1]
    part = [None if bio else value for value, bio in zip(values_inside, bios_inside, strict=True)]
    best = best_run(part)
    if best is None:  # (every line worth something in the stretch is a bio)
        return run
    return Run(run.start + best.start, run.start + best.end, best.score)


def best_run(values: list[float | None], positives: list[int] | None = None) -> Run | None:
    """The maximum-sum stretch that holds no impassable line (None when nothing is worth > 0).

    ``positives`` (ascending) are the indices of the lines worth more than nothing, when the
    caller knows them: a stretch starts and ends on such a line, so the lines between two of them
    are summed at once (Kadane's algorithm over the positive lines)."""
    if positives is None:
        positives = [index for index, value in enumerate(values) if value is not None and value > 0]
    best_start = best_end = -1  # (the best stretch so far: its ``Run`` is made once, at the end)
    best_score = total = 0.0
    start = previous = -1
    for index in positives:
        value = values[index]
        assert value is not None
        if total > 0 and index > previous + 1 and previous >= 0:  # (no lines between: nothing to add)
            between = values[previous + 1 : index]
            if None in between:  # (an impassable line between ends the stretch)
                total = -1.0
            else:
                total += sum(cast("list[float]", between), 0.0)
        if total <= 0:
            start, total = index, value
        else:
            total += value
        if total > best_score:
            best_score, best_start, best_end = total, start, index
        previous = index
    return Run(best_start, best_end, best_score) if best_start >= 0 else None


def body_lines(lines: Lines, facts: Facts, run: Run) -> tuple[list[int], list[int], list[int]]:
    """The body's line indices, the indices of the lines inside the run that are not body
    (captions, chrome, box headers), and those of the body's lines that are neither prose nor a
    subheading nor a list item (table rows, code, labels, lists of facts: an article's own lines
    between its paragraphs, which the gold of article pages keeps)."""
    body: list[int] = []
    dropped: list[int] = []
    other: list[int] = []
    seen: dict[str, int] = {}  # (the paragraphs kept: one printed again far below is a hidden copy)
    plains = lines.plains
    for index in range(run.start, run.end + 1):
        if (
            facts.caption[index]
            or facts.chrome[index]
            or facts.header[index]
            # (a picture link printed twice: dropped before the subheadings, above a paragraph)
            or f.printed_twice(plains[index], IMAGE_LINK_MIN_CHARS)
        ):
            dropped.append(index)
        elif facts.prose[index] and len(plains[index]) >= REPEATED_PARAGRAPH_CHARS:
            first = seen.setdefault(plains[index], index)
            if index - first >= REPEAT_DISTANCE:
                dropped.append(index)
            else:
                body.append(index)
        elif (
            facts.prose[index]
            or facts.weak[index]
            or _subheading(lines, facts, index, run.end)
            or (lines.bullet(index) and not f.cut_short(lines.plains[index]))
        ):
            body.append(index)
        elif f.cut_short(plains[index]):
            # a paragraph of the story that trails off (…) between two more, or a teaser
            (body if _trailing_off(lines, facts, index, run) else dropped).append(index)
        elif f.placeholder(plains[index]):
            dropped.append(index)  # an image's placeholder
        else:
            body.append(index)
            other.append(index)
    return body, dropped, other


def _trailing_off(lines: Lines, facts: Facts, index: int, run: Run) -> bool:
    """A paragraph that ends with an ellipsis (a sentence that trails off, a quote cut by its
    writer) between two paragraphs of the story: a teaser cut short by the site stands under its
    own headline or among other teasers, not between two paragraphs."""
    if not run.start < index < run.end or not facts.prose[index - 1] or not facts.prose[index + 1]:
        return False
    text = lines.plains[index]
    if text.startswith(("…", "...")) or f.cut_short(lines.plains[index - 1]):
        return False
    line = lines[index]
    return line.cjk >= TRAILING_CJK if f.cjk_line(line) else line.words >= TRAILING_WORDS


def _subheading(lines: Lines, facts: Facts, index: int, end: int) -> bool:
    nxt = index + 1
    if nxt > end or not facts.prose[nxt] or facts.caption[nxt]:
        return False
    return f.title_shape(lines[index]) and not facts.chrome_vocab(index)


__all__ = ["Run", "best_run", "body_lines", "find_run"]
