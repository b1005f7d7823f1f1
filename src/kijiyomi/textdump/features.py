"""Cheap per-line signals: is it prose, a title, a list entry, a teaser cut short, chrome?"""

from __future__ import annotations

import re

from kijiyomi.textdump.lines import Line
from kijiyomi.textdump.vocab import chrome_line_lower, section_header

_SENTENCE_END = frozenset("。．！？!?.")
# A closing quote or bracket ends a sentence when a full stop precedes it (「…。」, "…."), or when
# the quote opened the line (a paragraph that is one quotation).
_CLOSE_AFTER_END = frozenset(")）]］」』”\"’'")
_OPENING = frozenset("「『“\"‘'")
_CUT = ("…", "...", "‥", "…」", "…)", "...)")
_NUMBER_ONLY = re.compile(r"^(?:No\.?\s*)?[#\d]{1,3}[.)位]?$|^[①-⑳]$")
_RANKED = re.compile(r"^(?:\d{1,2}|[①-⑳])(?:[.)位]\s*)\S|^[①-⑳]")
# A sentence's end: a stop of its own (。．！？!?), or a full stop after a letter, digit or closing
# mark, before a space or the line's end. Counted as "[。．！？!?]|[a-z0-9)\]"”’'][.!?](?:\s|$)"
# counts (each stop once; the character before a stop never ends a sentence), but found from the
# stop: the engine skips ahead to the stops instead of trying every letter.
_TERMINAL_SENTENCE = re.compile(r"[。．！？!?.](?:(?<=[a-z0-9)\]\"”’']\.)(?:\s|$)|(?<!\.))")
MAX_CJK_TITLE = 150
# A line can only be prose or a short sentence when it ends so, or when it is this long.
PROSE_LAST = frozenset(_SENTENCE_END | _CLOSE_AFTER_END | {":", ";"})
PROSE_MIN_CHARS = 50
PRINTED_TWICE_MAX_CHARS = 600  # (``printed_twice``: a longer line is a wrapped paragraph that repeats)
MENU_CAPITALISED = 0.75  # share of capitalised words that makes a long line without a stop a menu
NUMBER_CHARS = 6  # a bare number is this short at most
LETTERLESS_CHARS = 40  # a line under this size without a letter is chrome
_HAS_LETTER = re.compile(r"[^\W\d_]")
# A line of code's brackets alone (``}``, ``});``, ``]``): part of a listing in an article, no chrome.
_CODE_BRACKETS = frozenset("{}()[];,")
CODE_BRACKET_CHARS = 4


def size(line: Line) -> int:
    """Tokens as the metric counts them: one per CJK character, one per other word (estimated)."""
    if line.cjk * 3 >= len(line.plain):
        return line.cjk + max(0, line.words - 1)
    return line.words + line.cjk // 2


def cjk_line(line: Line) -> bool:
    return line.cjk * 3 >= len(line.plain)


def ends_sentence(text: str) -> bool:
    last = text[-1]
    if last in _SENTENCE_END:
        return not text.endswith(_CUT)
    if last in _CLOSE_AFTER_END and len(text) > 2:
        if text[-2] in _SENTENCE_END or _ends_with_agency_paren(text):
            return not text.endswith(_CUT)
        return last in '」』”"' and text[0] in _OPENING and len(text) > 12
    return False


def _ends_with_agency_paren(text: str) -> bool:
    start = max(text.rfind("("), text.rfind("（"))
    return start > 1 and text[start - 1] in _SENTENCE_END and len(text) - start < 24


def cut_short(text: str) -> bool:
    """A teaser or headline truncated by the site: ends (or starts) with an ellipsis."""
    return text.endswith(_CUT) or text.startswith(("…", "..."))


def number_only(text: str) -> bool:
    """A bare rank or counter: ``1``, ``2.``, ``#3``, ``①``."""
    return len(text) <= NUMBER_CHARS and _NUMBER_ONLY.match(text) is not None


def ranked(text: str) -> bool:
    """An entry of a numbered list or ranking: ``1 Title``, ``2. Title``, ``3位 Title``."""
    return _RANKED.match(text) is not None


def sentences(text: str) -> int:
    return len(_TERMINAL_SENTENCE.findall(text))


def prose(line: Line) -> bool:
    """A paragraph of running text: long enough and sentence-like."""
    text = line.plain
    if line.bullet and not ends_sentence(text):
        return False
    if cut_short(text):
        return False
    if cjk_line(line):
        if line.cjk < 12:
            return False
        return ends_sentence(text) or (line.cjk >= 50 and "。" in text)
    if line.words < 6:
        return False
    if ends_sentence(text) or text[-1] in ":;":
        return line.words >= 8 or sentences(text) >= 2
    return _long_unstopped_prose(text, line.words)


def _long_unstopped_prose(text: str, words: int) -> bool:
    """A line that does not end like a sentence is prose when it is long and holds one, unless it
    is a menu printed as one line."""
    return words >= 30 and sentences(text) >= 1 and not menu_run(text)


def running_kind(text: str, cjk: int, words: int, bullet: bool, *, loose: bool = False) -> int:
    """``prose`` and ``weak_prose`` (``loose_prose`` when ``loose``) of a line in one pass, from
    its plain text and counts: 2 for prose, 1 for a short sentence, 0 for neither."""
    if cut_short(text):
        return 0
    ends = ends_sentence(text)
    cjk_text = cjk * 3 >= len(text)
    if loose:
        if not bullet and text[-1] not in ":：" and (cjk >= 20 if cjk_text else words >= 12):
            return 2
    elif bullet and not ends:
        return 0
    elif cjk_text:
        if cjk >= 12 and (ends or (cjk >= 50 and "。" in text)):
            return 2
    elif words >= 6:
        if ends or text[-1] in ":;":
            if words >= 8 or sentences(text) >= 2:
                return 2
        elif _long_unstopped_prose(text, words):
            return 2
    if not ends:
        return 0
    return 1 if (cjk >= 4 if cjk_text else words >= 3) else 0


def menu_run(text: str) -> bool:
    """A long line that ends without a full stop, holds none after a word either, and whose words
    are mostly capitalised: a menu that the renderer printed as one line (``Europe News Smart
    Regions The Cube … My Love? …``), which a question mark among its entries must not make prose
    (a full stop inside is a sentence's: a footer's notice written in title case)."""
    if ". " in text:
        return False
    words = text.split()
    capitalised = sum(1 for word in words if word[:1].isupper())
    return capitalised >= MENU_CAPITALISED * len(words)


def loose_prose(line: Line) -> bool:
    """Running text without full stops (some blogs write so): used only when a dump has no prose."""
    text = line.plain
    if line.bullet or cut_short(text) or text[-1] in ":：":
        return False
    return line.cjk >= 20 if cjk_line(line) else line.words >= 12


def weak_prose(line: Line) -> bool:
    """A short sentence that belongs to a body when prose surrounds it."""
    text = line.plain
    if cut_short(text) or not ends_sentence(text):
        return False
    return (line.cjk >= 4) if cjk_line(line) else line.words >= 3


def chrome(line: Line) -> bool:
    """A button, prompt, box header, bare number or a line without letters."""
    return section_header(line.plain) or chrome_control(line)


def chrome_control(line: Line) -> bool:
    """``chrome`` without the box headers (for callers that have checked those already)."""
    return control_text(line.plain, line.plain.lower())


def control_text(text: str, low: str) -> bool:
    """``chrome_control`` of a plain text and its lower-cased form."""
    size = len(text)
    return (
        (size <= NUMBER_CHARS and _NUMBER_ONLY.match(text) is not None)
        or (size < LETTERLESS_CHARS and _HAS_LETTER.search(text) is None and not code_brackets(text))
        or chrome_line_lower(low)
    )


def code_brackets(text: str) -> bool:
    """A line of a code listing that holds only closing or opening brackets (``}``, ``});``)."""
    return len(text) <= CODE_BRACKET_CHARS and _CODE_BRACKETS.issuperset(text)


def placeholder(text: str) -> bool:
    """A line wholly in square brackets: w3m's stand-in for an image (``[logo]``, ``[svg]``)."""
    return len(text) > 1 and text[0] == "[" and text[-1] == "]"


def title_like(line: Line) -> bool:
    """Could be a headline: a phrase of headline length without a sentence's end."""
    return title_shape(line) and not chrome(line)


def title_shape(line: Line) -> bool:
    """``title_like`` less the chrome vocabulary (for callers that know it already)."""
    text = line.plain
    if line.bullet or cut_short(text) or ranked(text):
        return False
    if cjk_line(line):
        if not 6 <= len(text) <= MAX_CJK_TITLE:
            return False
        return not text.endswith("。") and text.count("。") <= 1
    if not 2 <= line.words <= 40 or len(text) > 250 or text[-1] in ":;,":
        return False
    return not (text.endswith(".") and not text.endswith(("...", "Inc.", "Co.", "Ltd.")) and line.words > 4)


def label_like(line: Line) -> bool:
    """A topic label or kicker: a word or two, no sentence."""
    text = line.plain
    if line.bullet or chrome(line) or ranked(text) or ends_sentence(text):
        return False
    if cjk_line(line):
        return 2 <= len(text) <= 16
    return line.words <= 4 and len(text) <= 40


def doubled(text: str) -> bool:
    """The same text twice in a row, with or without a space between (``Talk Android Talk Android``),
    or up to four times (w3m prints a picture link's alt, link and heading); a sentence said over and
    over is no such link."""
    size = len(text)
    half = size // 2
    if size % 2 == 0 and text[:half] == text[half:]:
        return _repeats(text[:half]) <= 2
    return (
        size % 2 == 1 and text[half] == " " and text[:half] == text[half + 1 :] and _repeats(text[:half]) <= 2
    )


def printed_twice(text: str, min_chars: int = 1) -> bool:
    """A line printed twice over (``doubled``: w3m's picture link, its alt text and its text) of
    ``min_chars`` to ``PRINTED_TWICE_MAX_CHARS`` characters (longer: a wrapped paragraph that
    repeats); the halves' first characters are compared first, which rules most lines out."""
    size = len(text)
    if size < min_chars or size > PRINTED_TWICE_MAX_CHARS:
        return False
    return text[0] == text[size - size // 2] and doubled(text)


def _repeats(unit: str) -> int:
    """How many times one shorter piece repeated makes ``unit`` (1 when none does)."""
    period = (unit + unit).find(unit, 1)
    return len(unit) // period


__all__ = [
    "LETTERLESS_CHARS",
    "NUMBER_CHARS",
    "PROSE_LAST",
    "PROSE_MIN_CHARS",
    "chrome",
    "chrome_control",
    "cjk_line",
    "code_brackets",
    "control_text",
    "cut_short",
    "doubled",
    "ends_sentence",
    "label_like",
    "number_only",
    "placeholder",
    "printed_twice",
    "prose",
    "ranked",
    "running_kind",
    "sentences",
    "size",
    "title_like",
    "title_shape",
    "weak_prose",
]
