"""Scoring one extraction against its gold: tokens, snippets, prefix, title and date.

Tokens: every CJK ideograph, kana or hangul syllable is one token; every other run of letters,
digits and combining marks is one token (lowercased, NFKC). Punctuation and symbols are never tokens.
Overlap is counted on bags (multisets) of tokens, so order and repetition both matter.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

# Han (URO, Ext A, compatibility, supplementary planes), kana (incl. the prolonged sound mark,
# phonetic extensions, half-width katakana) and hangul (syllables and jamo).
_CJK = (
    "\u3005\u3007\u3021-\u3029\u3038-\u303b"  # 々 〇 and Suzhou numerals
    "\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
    "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff"
)


def _combining_marks() -> str:
    """A character-class body of the combining marks (Mn, Mc, Me) of the BMP."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code))[0] == "M":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges)


_MARKS = _combining_marks()
_CJK_CHAR = f"[{_CJK}]"
_WORD_CHAR = f"(?:(?![{_CJK}])[^\\W_]|[{_MARKS}])"
TOKEN_RE = re.compile(f"{_CJK_CHAR}|{_WORD_CHAR}+")
_HAS_CJK = re.compile(_CJK_CHAR)
_SPACE = re.compile(r"\s+")


def tokens(text: str | None) -> list[str]:
    """The evaluation tokens of ``text`` (see the module docstring)."""
    if not text:
        return []
    return TOKEN_RE.findall(unicodedata.normalize("NFKC", text).casefold())


@dataclass(frozen=True, slots=True)
class PRF:
    """Token precision, recall and F1 of one page, with the counts behind them."""

    precision: float
    recall: float
    f1: float
    overlap: int
    predicted: int
    gold: int


def prf(predicted: str | None, gold: str) -> PRF:
    """Bag-of-tokens overlap of an extraction and the gold body.

    An empty extraction scores 0/0/0; a gold without tokens scores 1/1/1 when the extraction has
    none either, else precision 0.
    """
    return prf_counts(Counter(tokens(predicted)), Counter(tokens(gold)))


def prf_counts(pred: Counter[str], gold: Counter[str]) -> PRF:
    n_pred, n_gold = sum(pred.values()), sum(gold.values())
    if n_gold == 0:
        score = 1.0 if n_pred == 0 else 0.0
        return PRF(score, 1.0, score, 0, n_pred, 0)
    if n_pred == 0:
        return PRF(0.0, 0.0, 0.0, 0, 0, n_gold)
    overlap = sum((pred & gold).values())
    precision, recall = overlap / n_pred, overlap / n_gold
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return PRF(precision, recall, f1, overlap, n_pred, n_gold)


def micro(scores: Iterable[PRF]) -> tuple[float, float, float]:
    """Precision, recall and F1 over the summed counts of many pages."""
    overlap = predicted = gold = 0
    for score in scores:
        overlap, predicted, gold = overlap + score.overlap, predicted + score.predicted, gold + score.gold
    precision = overlap / predicted if predicted else 0.0
    recall = overlap / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# --- snippets and prefix ---------------------------------------------------------------


def normalize_space(text: str) -> str:
    """NFKC, every whitespace run collapsed to one space, stripped."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def _squeeze(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


class Haystack:
    """An extraction prepared once for many snippet look-ups."""

    __slots__ = ("spaced", "squeezed")

    def __init__(self, text: str | None) -> None:
        self.spaced = normalize_space(text or "")
        self.squeezed = _squeeze(text or "")

    def contains(self, snippet: str) -> bool:
        """Whitespace-normalised substring test; for CJK snippets also with all whitespace removed."""
        needle = normalize_space(snippet)
        if not needle:
            return True
        if needle in self.spaced:
            return True
        return bool(_HAS_CJK.search(needle)) and _squeeze(snippet) in self.squeezed

    def starts_with(self, prefix: str) -> bool:
        needle = normalize_space(prefix)
        if self.spaced.startswith(needle):
            return True
        return bool(_HAS_CJK.search(needle)) and self.squeezed.startswith(_squeeze(prefix))


@dataclass(frozen=True, slots=True)
class SnippetScore:
    """How many ``with`` snippets were found and how many ``without`` snippets were kept out."""

    with_found: int
    with_total: int
    without_absent: int
    without_total: int


def snippets(predicted: str | None, with_: Sequence[str], without: Sequence[str]) -> SnippetScore:
    hay = Haystack(predicted)
    return SnippetScore(
        with_found=sum(hay.contains(s) for s in with_),
        with_total=len(with_),
        without_absent=sum(not hay.contains(s) for s in without),
        without_total=len(without),
    )


# --- title and date --------------------------------------------------------------------


def _title_key(title: str) -> str:
    return " ".join(tokens(title))


@dataclass(frozen=True, slots=True)
class TitleScore:
    exact: bool
    contains: bool


def title_match(predicted: str | None, gold: str) -> TitleScore:
    """Exact match on the token sequences, and containment either way (both non-empty)."""
    gold_key, pred_key = _title_key(gold), _title_key(predicted or "")
    if not pred_key or not gold_key:
        return TitleScore(exact=pred_key == gold_key and bool(predicted), contains=False)
    exact = pred_key == gold_key
    padded_pred, padded_gold = f" {pred_key} ", f" {gold_key} "
    return TitleScore(exact=exact, contains=exact or padded_gold in padded_pred or padded_pred in padded_gold)


_YMD = re.compile(r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
_TIME_TZ = re.compile(
    r"(?:T|\s+|,\s*)(\d{1,2})[:-](\d{2})(?:[:-]\d{2}(?:\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """The calendar day as written, and the UTC day when the text gives a time and an offset."""

    local: date
    utc: date | None = None


def parse_date(value: str | datetime | date | None) -> ParsedDate | None:
    """Read a date leniently: ISO 8601, ``2005-5-7 21:23:57``, ``2024年1月2日``, ``Z``/``+0100``
    offsets; falls back to ``dateutil`` when it is installed. ``None`` when nothing is found."""
    if value is None:
        return None
    if isinstance(value, datetime):
        utc = value.astimezone(UTC).date() if value.tzinfo else None
        return ParsedDate(value.date(), utc)
    if isinstance(value, date):
        return ParsedDate(value)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    match = _YMD.search(text)
    if match:
        try:
            local = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
        return ParsedDate(local, _utc_day(local, text[match.end() :]))
    return _dateutil_parse(text)


def _utc_day(local: date, rest: str) -> date | None:
    """The UTC day of ``local`` plus the time and offset written after it, when both are there."""
    found = _TIME_TZ.match(rest)
    if not found or not found[3]:
        return None
    zone = found[3].upper()
    offset = timedelta(0)
    if zone[0] in "+-":
        digits = zone[1:].replace(":", "")
        offset = (-1 if zone[0] == "-" else 1) * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    try:
        moment = datetime(local.year, local.month, local.day, int(found[1]), int(found[2]))
    except ValueError:
        return None
    return (moment - offset).date()


def _dateutil_parse(text: str) -> ParsedDate | None:
    try:
        from dateutil import parser
    except ImportError:
        return None
    try:
        parsed = parser.parse(text, fuzzy=True, default=datetime(1, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.year == 1:
        return None
    return parse_date(parsed)


def same_day(predicted: str | datetime | date | None, gold: str) -> bool | None:
    """Whether the extraction's date falls on the gold's calendar day (as written, or both in UTC).

    ``None`` when the gold date cannot be read (the page is then left out of date accuracy).
    """
    gold_day = parse_date(gold)
    if gold_day is None:
        return None
    pred_day = parse_date(predicted)
    if pred_day is None:
        return False
    # Lenient about time zones: any reading of one side (as written, or in UTC) may match the other.
    return bool({pred_day.local, pred_day.utc} & {gold_day.local, gold_day.utc} - {None})
