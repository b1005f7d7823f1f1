"""Paywall notices in the text right after the body."""

from __future__ import annotations

import re

from kijiyomi.html import vocabulary as vocab
from kijiyomi.html.dom import Walk

_PAYWALL_TEXT = re.compile(
    r"(?:有料会員|会員限定|続きは.{0,12}(?:会員|登録|購読)|残り\d+文字|この記事は.{0,10}限定|"
    r"subscribe to (?:continue|read)|subscribers only|already a subscriber|to continue reading|"
    r"this (?:article|content) is (?:for|only available to) (?:subscribers|members))",
    re.IGNORECASE,
)


def is_paywall_notice(text: str) -> bool:
    """A short line that tells the reader the rest is for subscribers."""
    return len(text) < 200 and bool(_PAYWALL_TEXT.search(text))


def has_paywall_marker(page: Walk, body: list[int]) -> bool:
    """A paywall element or a 'subscribe to read on' notice right after the body.

    An element that wraps body text is no marker: sites put their paywall class on the page or
    article wrapper whether or not the text is cut.
    """
    marked = [index for index, element in enumerate(page.elements) if element.flags & vocab.PAYWALL]
    if marked and not _wrappers_of(page, body).issuperset(marked):
        return True
    if not body:
        return False
    tail = page.segments[body[-1] + 1 : body[-1] + 8]
    return any(_PAYWALL_TEXT.search(segment.text) for segment in tail if len(segment.text) < 200)


def _wrappers_of(page: Walk, body: list[int]) -> set[int]:
    """The elements that own a body segment, and all their ancestors."""
    wrappers: set[int] = set()
    for index in body:
        element = page.segments[index].owner
        while element >= 0 and element not in wrappers:
            wrappers.add(element)
            element = page.elements[element].parent
    return wrappers
