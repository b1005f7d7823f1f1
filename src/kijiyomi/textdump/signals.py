"""Metadata lines of a dump: datelines, bylines, captions with credits, agency and rights lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from kijiyomi.metadata.credits import find_agency, parse_copyright, parse_photo_credit
from kijiyomi.metadata.dates import find_dates
from kijiyomi.textdump.fold import holds_any, lower_is_exact
from kijiyomi.textdump.vocab import ISSUE_DATE

MAX_DATELINE_CHARS = 120
CREDIT_WINDOW = 300
LOOSE_LEFTOVER = 48
_DATE_LABELS = re.compile(
    r"(?:最終)?(?:公開|更新|配信|掲載|投稿|発行|作成|発表)(?:日時|日|時刻)?|"
    r"(?i:first published|published|updated|last updated|last modified|modified|posted|created|"
    r"date|on|at|stand|veröffentlicht|aktualisiert|erschienen|am|um|uhr|publié|mis à jour|le|à|"
    r"publicado|actualizado|el|a las|publisert|oppdatert|publicerad|uppdaterad|publiceret|opdateret|"
    r"gepubliceerd|bijgewerkt|pubblicato|aggiornato|atualizado|publicada|klokken|kl|klo|ore|às|om)|"
    r"[:：|/,，、()（）\[\]【】·•・\-–—.\s]"
)
# (a forum thread's "Last post: …" is its latest change, not its date)
_MODIFIED_WORDS = (  # lower-cased: ``_modified`` tests them with ``in`` where that is exact
    "更新", "updated", "modified", "aktualisiert", "mis à jour", "actualizado", "oppdatert", "uppdaterad",
    "opdateret", "bijgewerkt", "aggiornato", "atualizado",
    "last post", "last reply", "latest reply", "letzter beitrag", "dernier message", "último mensaje",
)  # fmt: skip
_MODIFIED = re.compile("|".join(map(re.escape, _MODIFIED_WORDS)), re.IGNORECASE)
# What ``find_dates`` needs to find a date without a reference year: four digits, an era name, or
# a two-digit year after day and month (25.04.24); full-width digits and dots included.
# (Written to open with one character class, so that the engine skips ahead to a digit or an era's
# first character; the same matches, at the same places, as \d{4}|令和|平成|昭和|\d[.．]\d\d[.．]\d.)
DATE_HINT = re.compile(r"[\d令平昭](?:(?<=\d)(?:\d{3}|[.．]\d\d[.．]\d)|(?<=令)和|(?<=平)成|(?<=昭)和)")
_BYLINE = re.compile(
    r"^(?:(?:(?:written |posted |reviewed |edited |words |story |reported |text )?by|von|par|por)\s+"
    r"(?:by\s+)?(?P<en>[^\d|:]{2,80}?)"
    r"|(?:文|文・写真|写真・文|記者|筆者|執筆|著者|取材・文|構成)\s*[:：・/／]\s*"
    r"(?P<ja>[^\d|:：]{2,30}?)|(?P<jr>[^\d\s|:：]{2,12})\s*(?:記者|特派員|編集委員|論説委員))"
    r"\s*(?:[|,，、/／(（]|$)",
    re.IGNORECASE,
)
# What the byline pattern cannot match without: a first letter of its labels, or a reporter's title.
_BYLINE_FIRST = frozenset("wprestbvWPRESTBV\u017f文写記筆執著取構")  # (ſ: IGNORECASE's s)
_BYLINE_TITLES = ("記者", "特派員", "編集委員", "論説委員")
_RIGHTS_KEYS = ("©", "opyright", "無断", "rights reserved", "著作権", "(c)")  # lower-cased
_RIGHTS_HINT = re.compile("|".join(map(re.escape, _RIGHTS_KEYS)), re.IGNORECASE)
_RIGHTS_KEYS_UTF8 = tuple(key.encode() for key in _RIGHTS_KEYS)
_CREDIT_HINT = re.compile(
    r"[)）]$|[=＝]|撮影|写真|提供|photo|getty|reuters|/|credit|foto|image", re.IGNORECASE
)
# _CREDIT_HINT and _RIGHTS_HINT as ``in`` tests (``fold``): marks, uncased words, lower-cased words.
_CREDIT_ENDS = (")", "）", ")\n", "）\n")
_CREDIT_MARKS = ("=", "＝", "/", "撮影", "写真", "提供")
_CREDIT_WORDS = ("photo", "getty", "reuters", "credit", "foto", "image")
_RIGHTS_MARKS = ("©", "無断", "著作権")
_RIGHTS_WORDS = ("opyright", "rights reserved", "(c)")
# The hint of an agency line in two parts: a bracket or equals sign anywhere (one class of uncased
# characters, which the engine scans for quickly), a label at the start.
_AGENCY_MARKS = re.compile(r"[\[［【(（〔=＝]")
_AGENCY_START = re.compile(r"\s*(?:配信|提供|出典|Source|[-–—©])", re.IGNORECASE)
_SENTENCE_END = "。.!?！？"
_SENTENCE_BREAK = re.compile(r"[。！？]|[a-z][.!?](?:\s|$)")


@dataclass(frozen=True, slots=True)
class Dateline:
    value: datetime
    has_time: bool
    modified: bool  # the date is an update's
    updated: datetime | None = None  # an update's date printed after it on the same line


def dateline(text: str, lang: str | None, *, loose: bool = False) -> Dateline | None:
    """The date of a line that is a dateline: mostly a date, with labels around it, not a magazine
    issue or a ranking's count date. ``loose`` (for lines next to a headline) also allows a name
    or a site beside the date (``Jane Roe / SITE.COM / Sep 2, 2024, 17:07 IST``)."""
    if len(text) > MAX_DATELINE_CHARS or not DATE_HINT.search(text):
        return None
    found = find_dates(text, lang=lang)
    if not found:
        return None
    start, end, value = found[0]
    rest = text[:start] + " " + text[end:]
    for extra_start, extra_end, _ in found[1:]:
        rest = rest.replace(text[extra_start:extra_end], " ")
    if _issue_date(text[end : end + 6]) or _issue_date(rest):
        return None
    leftover = _DATE_LABELS.sub("", rest)
    crowded = len(leftover) > 24 and byline(rest) is None
    if crowded and (not loose or len(leftover) > LOOSE_LEFTOVER or _SENTENCE_BREAK.search(rest)):
        return None
    has_time = value.hour != 0 or value.minute != 0 or ":" in text[start:end] or "時" in text[start:end]
    modified = _modified(text[:start]) or (_modified(text[end:]) and len(found) == 1 and "更新" in text[end:])
    updated = None  # "14:05 (最終更新 17:40)", "Published … | Updated …": the second date, labelled
    if not modified and len(found) > 1 and _modified(text[end : found[1][0]]):
        updated = found[1][2]
    return Dateline(value, has_time, modified, updated)


def _modified(text: str) -> bool:
    """``_MODIFIED.search(text)``, by ``in`` tests where they give the same answer (``fold``; the
    one letter beyond ASCII, à, has no other case fold than À)."""
    if not lower_is_exact(text):
        return _MODIFIED.search(text) is not None
    low = text.lower()
    return holds_any(low, _MODIFIED_WORDS)


def _issue_date(text: str) -> bool:
    """``ISSUE_DATE.search(text)``, searched only when one of its words is in the text."""
    if "号" not in text and "発売" not in text and "集計" not in text and lower_is_exact(text):
        low = text.lower()
        if "issue" not in low and "edition" not in low:
            return False
    return ISSUE_DATE.search(text) is not None


def date_hint(text: str) -> bool:
    """The line may hold a date that ``dateline`` can read (a cheap test)."""
    return DATE_HINT.search(text) is not None


def byline(text: str) -> str | None:
    """The author named by a byline line, else None."""
    if len(text) > 120:
        return None
    text = text.strip()
    if text[:1] not in _BYLINE_FIRST and not holds_any(text, _BYLINE_TITLES):
        return None
    match = _BYLINE.match(text)
    if match is None:
        return None
    name = (match["en"] or match["ja"] or match["jr"] or "").strip(" .,")
    if not name or name[-1:] in _SENTENCE_END or len(name.split()) > 8:
        return None
    return name


def caption_credit(text: str) -> tuple[str, str] | None:
    """``(caption, credit)`` when the line (its plain text) is a photo caption carrying its credit."""
    if len(text) > 600 or not _credit_hint(text[-80:]):
        return None
    if "   " in text:  # table padding: the parser's patterns backtrack through runs of spaces
        text = " ".join(text.split())
    head, tail = _credit_window(text)
    found = parse_photo_credit(tail)
    if found is None:
        return None
    caption, credit = head + found[0] if head else found[0], found[1]
    before = caption.rstrip()
    if before and before[-1] in "。" and find_agency(text) is not None:
        return None  # ...と述べた。（共同） ends a story, it is not a credit
    return caption, credit


def _credit_hint(tail: str) -> bool:
    """``_CREDIT_HINT.search(tail)``, by ``in`` tests where they give the same answer."""
    if tail.endswith(_CREDIT_ENDS) or holds_any(tail, _CREDIT_MARKS):
        return True
    if not lower_is_exact(tail):
        return _CREDIT_HINT.search(tail) is not None
    low = tail.lower()
    return holds_any(low, _CREDIT_WORDS)


def _credit_window(text: str) -> tuple[str, str]:
    """The text split before the last ``CREDIT_WINDOW`` characters, at a space: a credit is never
    longer, and the parser's end-anchored patterns cost time in proportion to what they scan.
    Text ending in a bracket is kept whole (its credit group may open further back)."""
    if len(text) <= CREDIT_WINDOW or text[-1] in ")）]］":
        return "", text
    cut = text.find(" ", len(text) - CREDIT_WINDOW)
    if cut < 0:
        return "", text
    return text[: cut + 1], text[cut + 1 :]


def agency_line(text: str) -> str | None:
    if len(text) > 300 or (_AGENCY_MARKS.search(text) is None and _AGENCY_START.match(text) is None):
        return None
    return find_agency(text)


def rights_hints(plains: list[str], start: int) -> Iterator[int]:
    """The indices, from ``start`` on, of the lines that may be rights lines: the rights words are
    looked for in their joined text (``str.find``, one pass per word) instead of line by line."""
    # (In UTF-8 with its ASCII letters lowered, a byte-level ``lower``, many times cheaper than
    # ``str.lower`` beyond ASCII: the keys' letters are all ASCII, their other characters have no
    # case, and no other character lowers into them. UTF-8 matches only whole characters; the
    # newlines it counts are kept.)
    text = "\n".join(plains[start:]).encode("utf-8", "surrogatepass").lower()
    found: list[int] = []
    for key in _RIGHTS_KEYS_UTF8:
        position = text.find(key)
        while position >= 0:  # (the first on each line: a line of signs costs one find)
            found.append(position)
            end = text.find(b"\n", position)
            position = text.find(key, end + 1) if end >= 0 else -1
    index, offset, last = start, 0, -1
    for position in sorted(found):
        index += text.count(b"\n", offset, position)
        offset = position
        if index != last:
            yield index
            last = index


def _rights_hint(text: str) -> bool:
    """``_RIGHTS_HINT.search(text)``, by ``in`` tests where they give the same answer."""
    if holds_any(text, _RIGHTS_MARKS):
        return True
    if not lower_is_exact(text):
        return _RIGHTS_HINT.search(text) is not None
    low = text.lower()
    return holds_any(low, _RIGHTS_WORDS)


# A caption whose picture credit follows it on the same line after the copyright sign (`… at the
# opening. — © Name/Agency`, `… de la ville. © Name`): a sentence, then the sign and a holder
# without a year or a rights word. Such a line is a caption, not the page's rights line (which
# would stop the body there).
_SIGNED_CAPTION = re.compile(
    r"(?!.*(?:opyright|ights reserved))\S+\s+\S.{8,}?[.!?…»”\"')\]]\s*(?:[|/—–-]\s*)?(?:©|\([cC]\))\s*"
    r"(?!.*(?:opyright|ights|eserved|\d{4}))[^\W\d].{0,58}$"
)


def signed_caption(text: str) -> bool:
    """A caption that ends with its picture's credit after ``©`` (see ``_SIGNED_CAPTION``)."""
    return (
        len(text) <= 300
        and ("©" in text or "(c)" in text or "(C)" in text)
        and (_SIGNED_CAPTION.match(text) is not None)
    )


def rights_line(text: str) -> tuple[str | None, str] | None:
    if len(text) > 300 or not _rights_hint(text):
        return None
    return parse_copyright(text)


__all__ = [
    "DATE_HINT",
    "Dateline",
    "agency_line",
    "byline",
    "caption_credit",
    "date_hint",
    "dateline",
    "rights_hints",
    "rights_line",
    "signed_caption",
]
