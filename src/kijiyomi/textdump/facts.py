"""What the body finder and the header reader know about each line of a dump.

Cheap facts are set for every line at once: prose and short sentences (only lines that end like a
sentence or run long are looked at), template labels repeated through the dump. The costly ones
(chrome vocabulary, box headers, captions, rights and agency lines, datelines among short sentences)
are filled in by ``complete`` for the lines the analysis reaches, and only near prose: far from any
paragraph a line's kind cannot change where the body lies.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from itertools import compress, pairwise, repeat
from operator import contains, itemgetter, or_

from kijiyomi.textdump import features as f
from kijiyomi.textdump.bio import author_bio
from kijiyomi.textdump.lines import Lines
from kijiyomi.textdump.scan import Joined
from kijiyomi.textdump.signals import (
    MAX_DATELINE_CHARS,
    agency_line,
    caption_credit,
    date_hint,
    dateline,
    rights_hints,
    rights_line,
    signed_caption,
)
from kijiyomi.textdump.vocab import (
    COMMENT_FORM_HINTS,
    MAX_COMMENT_FORM_CHARS,
    MAX_PROMPT_CHARS,
    MAX_SIGNUP_CHARS,
    PAYWALL_HINTS,
    PAYWALL_PROMPT,
    SIGNUP_HINTS,
    comment_form_lower,
    cookie_notice,
    section_header_lower,
    signup_notice,
)

STORY_ABOVE_COMMENTS = 3  # prose lines above the comments' form that make the lines below comments
NEAR = 42  # lines around prose that get the costly checks (more than the header window)
REPEATED = 3  # a short line seen this often is a label of the template
REPEAT_MAX_CHARS = 60
MAX_RIGHTS_CHARS = 200
CREDIT_TAIL = 100  # a long line can only be a caption, whose credit sits at its end
MAX_HEADER_CHARS = 40
MAX_CHROME_CHARS = 80
DATE_WORDS = 12
MAX_CREDIT_CHARS = 60
_CREDIT_ONLY = re.compile(
    r"^(?:©|\(c\)|(?:foto|photo|bild|image|credit)s?\s*[:：])\s*(?!.*(?:opyright|ights reserved|\d{4}))"
    r"[^\W\d][^/|]{1,40}/\s*\S",
    re.IGNORECASE,
)
# A bare holder after the sign (``© Name Agency``, ``© site.example``): no year, no rights word, a
# few words. Between two paragraphs it credits the picture or video there; under the story, the site.
_BARE_CREDIT = re.compile(r"^(?:©|\([cC]\))\s*(?!.*(?:opyright|ights|eserved|\d{4}))[^\W\d][^|]{1,38}$")
BARE_CREDIT_WORDS = 5
LONG_CAPTION_CHARS = 80
LONG_CAPTION_WORDS = 8  # words of a caption before its rights notice
_RIGHTS_WORDS = ("©", "copyright", "all rights", "(c) ")
NUMBER_MAX_CHARS = 3  # a list's own number on a line of its own: ``12.``
ITEM_PARAGRAPH = 20  # tokens of a paragraph in each item of an article's own list
ITEM_SPAN = 6  # lines between two prints of a label in a list's items at least
ITEM_LINES = 2  # lines of a list's item at least (a paragraph, its name or facts)
PROSE_REACH = 3  # lines on each side of a bare credit where the story's paragraphs must stand
# Characters and words without which a line cannot be a caption credit, a rights line or an
# agency line (two searches: one alternation of marks and words defeats the regex engine's
# prefix scan and costs several times more).
_HINT_MARKS = re.compile(r"[()（）\[\]［］【】〔〕=＝/©]")
# (Each word opens with an uncommon letter of it, the letters before it checked behind, so that the
# engine stops at few characters: "opyright" from its y, "ights reserved" from its v, "dpa" from its p.)
_HINT_WORDS = re.compile(
    r"y(?<=opy)right|v(?<=ights reserv)ed|無断|著作権|撮影|写真|提供|配信|出典|"
    r"Getty|REUTERS|Reuters|AFP|AP|p(?<=dp)a|Photo|photo|Foto|Bild|Image|Credit|Source"
)


class Facts:
    """Per-line facts of a dump; ``complete(lo, hi)`` makes them exact for a stretch of lines."""

    __slots__ = (
        "bio", "caption", "checked", "chrome", "comments", "header", "items", "lines", "marked", "numbering",
        "pending", "prose", "running", "sizes", "stop", "vocab", "weak",
    )  # fmt: skip

    def __init__(self, lines: Lines, *, loose: bool = False) -> None:
        count = len(lines)
        self.lines = lines
        self.prose = [False] * count
        self.weak = [False] * count
        self.chrome = [False] * count
        self.stop = [False] * count  # copyright or agency sign-off: a body cannot cross it
        self.header = [False] * count  # the title of a box of links (ランキング, Related...)
        self.caption = [False] * count
        # a line of the readers' comments' form: the body cannot cross it (the header may)
        self.comments = [False] * count
        self.bio = [False] * count  # an author's bio (``bio.author_bio``): it parts the body's stretch
        self.sizes = [0] * count  # tokens, set for prose and short sentences only
        self.vocab: list[bool | None] = [None] * count  # ``features.chrome``, once known
        self.checked: list[int] = []  # lines whose costly checks ran
        plains = lines.plains
        candidates: Sequence[int]
        if loose:
            candidates = range(count)
        else:
            ends, least = f.PROSE_LAST, f.PROSE_MIN_CHARS
            # (``plain[-1] in ends or len(plain) >= least`` of every line, by C-level iterators)
            ending = map(ends.__contains__, map(itemgetter(-1), plains))
            candidates = list(compress(range(count), map(or_, ending, map(least.__le__, map(len, plains)))))
        running: list[int] = []
        texts, kind, is_prose, is_weak, sizes = lines.texts, f.running_kind, self.prose, self.weak, self.sizes
        for index in candidates:  # (the counts of ``Line``, without making one)
            plain = plains[index]
            length = len(plain)
            cjk = 0 if plain.isascii() else (len(plain.encode()) - length) // 2
            words = len(plain.split())
            found = kind(plain, cjk, words, plain is not texts[index], loose=loose)
            if not found:
                continue
            if found == 2:
                is_prose[index] = True
            else:
                is_weak[index] = True
            running.append(index)
            sizes[index] = cjk + max(0, words - 1) if cjk * 3 >= length else words + cjk // 2  # f.size
        self.pending = _near(running, count)
        counts = Counter(plains)
        labels = {
            text
            for text, n in counts.items()
            if n >= REPEATED and len(text) <= REPEAT_MAX_CHARS and not _listing_part(text)
        }
        self.marked = [index for index, plain in enumerate(plains) if plain in labels] if labels else []
        if self.marked:
            # (a label stands in two places at least: w3m prints a product's or picture's name three
            # times in a row, as the image's alt, its link and its heading, which is no label)
            first: dict[str, int] = {}
            last: dict[str, int] = {}
            for index in self.marked:
                first.setdefault(plains[index], index)
                last[plains[index]] = index
            single = {text for text in labels if last[text] - first[text] + 1 == counts[text]}
            if single:
                self.marked = [index for index in self.marked if plains[index] not in single]
        for index in self.marked:
            self.prose[index] = self.weak[index] = False
            self.chrome[index] = True
        # (w3m's image link: its alt text, then its text, the same)
        for index in compress(running, map(f.printed_twice, map(plains.__getitem__, running))):
            self.prose[index] = self.weak[index] = False
        # A caption or rights line among the paragraphs changes the typical paragraph: prose lines
        # that end in a bracket or hold a rights word get their costly check now.
        prose = list(compress(running, map(self.prose.__getitem__, running)))
        suspects = {index for index in prose if plains[index][-1] in ")）"}
        short = [index for index in prose if len(plains[index]) <= MAX_RIGHTS_CHARS]
        suspects.update(short[k] for k in rights_hints([plains[index] for index in short], 0))
        for index in sorted(suspects):
            self._check_prose(index)
        self._prompts([index for index in prose if len(plains[index]) <= MAX_PROMPT_CHARS])
        self._cookie_notices(prose)
        self._signup_notices(running)
        self._comment_forms(running)
        self._bios(prose)
        for index in prose:
            self.pending[index] = 0
        self.running = running
        self.numbering = _numbering(plains, self.prose)
        self.items = _item_labels(plains, self.marked, self._paragraphs()) if self.marked else frozenset()

    def _paragraphs(self) -> list[int]:
        """The lines that are paragraphs of ``ITEM_PARAGRAPH`` tokens at least (ascending)."""
        prose, sizes = self.prose, self.sizes
        return [index for index in self.running if prose[index] and sizes[index] >= ITEM_PARAGRAPH]

    def typical_size(self, least: float) -> float:
        """The median size of the dump's prose lines (at least ``least``)."""
        prose, sizes_of = self.prose, self.sizes
        sizes = sorted(sizes_of[index] for index in self.running if prose[index])  # (prose lines run)
        return max(least, float(sizes[len(sizes) // 2])) if sizes else least

    def chrome_vocab(self, index: int) -> bool:
        """``features.chrome`` of the line (a box header, button or prompt), computed once."""
        known = self.vocab[index]
        if known is None:
            known = self.vocab[index] = f.chrome(self.lines[index])
        return known

    def complete(self, lo: int, hi: int) -> list[int]:
        """Run the costly checks on the lines ``lo`` to ``hi - 1`` that still need them; the
        indices checked."""
        lo, hi = max(0, lo), min(len(self.prose), hi)
        pending = self.pending
        checked = list(compress(range(lo, hi), pending[lo:hi]))
        if checked:
            self._check_many(checked)
            pending[lo:hi] = bytes(hi - lo)
        return checked

    def _check_prose(self, index: int) -> None:
        """Only a caption (with its credit) or a rights line can hide as prose."""
        self.checked.append(index)
        text = self.lines.plains[index]
        if text[-1] in ")）" and caption_credit(text) is not None:
            self.caption[index] = True
        elif len(text) <= MAX_RIGHTS_CHARS and rights_line(text) is not None:
            if _long_caption(text) and self._between_prose(index):
                self.caption[index] = True  # (a picture's caption whose credit is a rights notice)
                return
            self.prose[index] = False
            self.stop[index] = True

    def _prompts(self, short: list[int]) -> None:
        """Short prose lines that are subscription prompts become chrome (the pattern is tried only
        on the lines that hold one of its hints)."""
        if not short:
            return
        plains = self.lines.plains
        texts = [plains[index] for index in short]
        for ordinal in Joined(texts).holding(PAYWALL_HINTS):
            if PAYWALL_PROMPT.search(texts[ordinal]) is None:
                continue
            index = short[ordinal]
            self.prose[index] = False
            self.chrome[index] = True
            self.vocab[index] = True

    def _cookie_notices(self, prose: list[int]) -> None:
        """Prose lines of a cookie or consent notice become chrome (``vocab.cookie_notice``)."""
        plains = self.lines.plains
        hinted = map(contains, map(plains.__getitem__, prose), repeat("ookie"))  # (Cookie, cookie)
        for index in compress(prose, hinted):
            if cookie_notice(plains[index]):
                self.prose[index] = False
                self.chrome[index] = True
                self.vocab[index] = True

    def _signup_notices(self, running: list[int]) -> None:
        """Running lines of a sign-up form or an embedded content's notice become chrome
        (``vocab.signup_notice``; tried only on short lines holding one of its hints)."""
        plains = self.lines.plains
        short = [index for index in running if len(plains[index]) <= MAX_SIGNUP_CHARS]
        if not short:
            return
        texts = [plains[index] for index in short]
        for ordinal in Joined(texts).holding(SIGNUP_HINTS):
            if signup_notice(texts[ordinal]):
                index = short[ordinal]
                self.prose[index] = self.weak[index] = False
                self.chrome[index] = True
                self.vocab[index] = True

    def _comment_forms(self, running: list[int]) -> None:
        """Running lines that belong to the comments' form (``vocab.comment_form``) become chrome.
        Below the first of them, when a story of a few paragraphs stands above it, the prose is
        the readers' comments: worth half (a short sentence's worth), so that the story, which the
        form's line cuts off from them, outweighs a long thread."""
        plains, prose, weak = self.lines.plains, self.prose, self.weak
        short = [index for index in running if len(plains[index]) <= MAX_COMMENT_FORM_CHARS]
        forms = _comment_form_lines(short, [plains[index] for index in short])
        for index in forms:
            prose[index] = weak[index] = False
            self.chrome[index] = self.comments[index] = True
            self.vocab[index] = True
        first = min(forms, default=-1)
        if first < 0 or sum(prose[index] for index in running if index < first) < STORY_ABOVE_COMMENTS:
            return
        for index in running:
            if index > first and prose[index]:
                prose[index], weak[index] = False, True

    def _bios(self, prose: list[int]) -> None:
        """Mark the prose lines that are an author's bio (``bio.author_bio``): ``body.find_run``
        parts the body's stretch at them, so an author box under a story ends it. They stay prose,
        and still count in the typical paragraph and in the search for the stretch."""
        plains, is_prose, bio = self.lines.plains, self.prose, self.bio
        for index in prose:  # (a line of ``prose`` may have become chrome since)
            if is_prose[index] and author_bio(plains[index]):
                bio[index] = True

    def _check_many(self, indices: list[int]) -> None:
        """The costly checks of many lines: the hints of credits, rights and agency lines are found
        by one scan of the lines joined (``scan.Joined``), the full parsers run on those lines only."""
        prose, weak, plains = self.prose, self.weak, self.lines.plains
        others: list[int] = []
        for index in indices:
            if prose[index]:
                self._check_prose(index)
            else:
                others.append(index)
        if not others:
            return
        self.checked.extend(others)
        texts = [plains[index] for index in others]
        for index, text in zip(others, texts, strict=True):
            if (
                weak[index]
                and len(text) <= MAX_DATELINE_CHARS
                and date_hint(text)
                and len(text.split()) <= DATE_WORDS
                and dateline(text, None) is not None
            ):
                weak[index] = False
        self._vocabulary(others, texts)
        tails = [text if len(text) <= MAX_RIGHTS_CHARS else text[-CREDIT_TAIL:] for text in texts]
        joined = Joined(tails)
        hinted = set(joined.containing(_HINT_MARKS)).union(joined.containing(_HINT_WORDS))
        for ordinal in sorted(hinted):
            index, text = others[ordinal], texts[ordinal]
            if (
                caption_credit(text) is not None
                or picture_credit(text)
                or signed_caption(text)
                or ((bare_credit(text) or _long_caption(text)) and self._between_prose(index))
            ):
                self.caption[index] = True
            elif len(text) <= MAX_RIGHTS_CHARS and rights_line(text) is not None:
                weak[index] = False
                self.stop[index] = True
            elif len(text) <= MAX_HEADER_CHARS and agency_line(text) is not None:
                self.stop[index] = True

    def _between_prose(self, index: int) -> bool:
        """Is there a paragraph within ``PROSE_REACH`` lines above the line and one below it?"""
        prose = self.prose
        return any(prose[max(0, index - PROSE_REACH) : index]) and any(
            prose[index + 1 : index + 1 + PROSE_REACH]
        )

    def _vocabulary(self, indices: list[int], texts: list[str]) -> None:
        """Box headers and chrome (``features.chrome``) of the lines, known for each from now on."""
        vocab, chrome, header = self.vocab, self.chrome, self.header
        short = [k for k, text in enumerate(texts) if len(text) <= MAX_COMMENT_FORM_CHARS]
        forms = _comment_form_lines([indices[k] for k in short], [texts[k] for k in short])
        for index, text in zip(indices, texts, strict=True):
            found = False
            if index in forms:
                vocab[index] = chrome[index] = self.comments[index] = True
                continue
            if len(text) <= MAX_CHROME_CHARS:
                low = text.lower()
                if len(text) <= MAX_HEADER_CHARS and section_header_lower(low):
                    found = header[index] = chrome[index] = True
                elif f.control_text(text, low) and index not in self.numbering:
                    found = chrome[index] = True
            vocab[index] = found


def _comment_form_lines(indices: list[int], texts: list[str]) -> set[int]:
    """The indices of the lines of the comments' form (``vocab.comment_form``): only the lines
    whose lower case holds a hint of one (found by ``str.find`` over the lines joined) can be,
    and most dumps hold none."""
    lows = list(map(str.lower, texts))
    return {
        indices[k]
        for k in Joined(lows).holding(COMMENT_FORM_HINTS)
        if len(texts[k]) <= MAX_COMMENT_FORM_CHARS and comment_form_lower(lows[k])
    }


def picture_credit(text: str) -> bool:
    """A picture's credit on a line of its own (``© Name/Agency``, ``Foto: Name/dpa``): no rights
    line, though it carries the sign."""
    return len(text) <= MAX_CREDIT_CHARS and _CREDIT_ONLY.match(text) is not None


def bare_credit(text: str) -> bool:
    """``© Holder`` on a line of its own, without a year or a rights word (``_BARE_CREDIT``)."""
    return (
        len(text) <= MAX_HEADER_CHARS
        and len(text.split()) <= BARE_CREDIT_WORDS
        and _BARE_CREDIT.match(text) is not None
    )


def _long_caption(text: str) -> bool:
    """A caption of a sentence or more whose credit is a rights notice (``The mayor speaks at the
    opening. Name/Copyright 2026 Agency. All rights reserved.``): a rights line's words come late."""
    if len(text) < LONG_CAPTION_CHARS:
        return False
    low = text.lower()
    first = min((at for word in _RIGHTS_WORDS if (at := low.find(word)) >= 0), default=-1)
    return first >= 0 and len(text[:first].split()) >= LONG_CAPTION_WORDS


def _numbering(plains: list[str], prose: list[bool]) -> frozenset[int]:
    """The bare numbers that count an article's own list (a listicle's or buying guide's ``1``,
    ``2.``, each over its item): consecutive numbers with a paragraph and another line between
    them (the item's name, its facts). A ranking's or a teaser box's numbers, with no paragraph or
    a lone teaser between them, stay chrome, and so do a forum's post numbers (``#3``)."""
    numbers: list[tuple[int, int]] = []
    for index in compress(range(len(plains)), map(NUMBER_MAX_CHARS.__ge__, map(len, plains))):
        if (value := _list_number(plains[index])) is not None:
            numbers.append((index, value))
    found: set[int] = set()
    for (above, first), (below, second) in pairwise(numbers):
        if second == first + 1 and below - above > ITEM_LINES and any(prose[above + 1 : below]):
            found.update((above, below))
    return frozenset(found)


def _item_labels(plains: list[str], marked: list[int], paragraphs: list[int]) -> frozenset[int]:
    """The template labels printed once in each item of an article's own list (a buying guide's
    ``Pros``, ``Specs``, ``What we like``): between any two prints of the label, ``ITEM_SPAN``
    lines at least and a paragraph of ``ITEM_PARAGRAPH`` tokens. A footer's or a form's labels,
    printed a few lines apart with buttons between, and a menu's, printed again with a sentence
    of blurb between, are none."""
    prints: dict[str, list[int]] = {}
    for index in marked:
        prints.setdefault(plains[index], []).append(index)
    found: list[int] = []
    for indices in prints.values():
        if all(
            below - above >= ITEM_SPAN and bisect_left(paragraphs, below) > bisect_right(paragraphs, above)
            for above, below in pairwise(indices)
        ):
            found.extend(indices)
    return frozenset(found)


def _list_number(plain: str) -> int | None:
    """The number of ``3``, ``3.`` (1 to 99), else None."""
    digits = plain.removesuffix(".")
    if not (0 < len(digits) <= 2 and digits.isascii() and digits.isdigit()):
        return None
    return int(digits) or None  # not 0 nor 00


def _listing_part(text: str) -> bool:
    """A repeated line that is no template label: a code listing's brackets (``}``), w3m's stand-in
    for an image (``[photo]``), the same in every picture of a story."""
    return f.code_brackets(text) or f.placeholder(text)


def _near(running: list[int], count: int) -> bytearray:
    """1 for each line within ``NEAR`` lines of running text."""
    near = bytearray(count)
    if not running:
        return near
    # (the stretches that the lines' reaches form, each filled once: neighbouring running lines
    # reach over each other, so there are far fewer stretches than lines)
    reach = 2 * NEAR + 1
    lo = previous = running[0]
    for index in running:
        if index - previous > reach:
            near[max(0, lo - NEAR) : previous + NEAR + 1] = b"\x01" * (
                previous + NEAR + 1 - max(0, lo - NEAR)
            )
            lo = index
        previous = index
    hi = min(count, previous + NEAR + 1)
    near[max(0, lo - NEAR) : hi] = b"\x01" * (hi - max(0, lo - NEAR))
    return near


__all__ = ["NEAR", "Facts", "bare_credit", "picture_credit"]
