"""Cheap text signals: script-based language guess and paywall notices."""

from __future__ import annotations

import re

from kijiyomi.html import vocabulary as vocab
from kijiyomi.html.dom import Walk

_KANA = re.compile(r"[\u3041-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_PAYWALL_TEXT = re.compile(
    r"(?:有料会員|会員限定|続きは.{0,12}(?:会員|登録|購読)|残り\d+文字|この記事は.{0,10}限定|"
    r"subscribe to (?:continue|read)|subscribers only|already a subscriber|to continue reading|"
    r"this (?:article|content) is (?:for|only available to) (?:subscribers|members))",
    re.IGNORECASE,
)


def guess_language(text: str) -> str | None:
    """ja / ko / zh from the script of the text; None otherwise (no guess beats a bad one)."""
    sample = text[:3000]
    kana = len(_KANA.findall(sample))
    if kana >= 5:
        return "ja"
    if len(_HANGUL.findall(sample)) >= 10:
        return "ko"
    if len(_HAN.findall(sample)) >= 20 and len(_LATIN.findall(sample)) < 50:
        return "zh"
    return None


def has_paywall_marker(page: Walk, body: list[int]) -> bool:
    """A paywall element or a 'subscribe to read on' notice right after the body."""
    if any(element.flags & vocab.PAYWALL for element in page.elements):
        return True
    if not body:
        return False
    tail = page.segments[body[-1] + 1 : body[-1] + 8]
    return any(_PAYWALL_TEXT.search(segment.text) for segment in tail if len(segment.text) < 200)
