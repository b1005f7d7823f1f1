"""Whether the page holds only part of its article: paywall notices, marks and declarations."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kijiyomi.html import vocabulary as vocab
from kijiyomi.html.dom import Walk
from kijiyomi.types import Block, BlockKind

_PAYWALL_TEXT = re.compile(
    r"(?:有料会員|会員限定|続きは.{0,12}(?:会員|登録|購読)|残り\d+文字|この記事は.{0,10}限定|"
    r"subscribe to (?:continue|read)|subscribers only|already a subscriber|to continue reading|"
    r"this (?:article|content) is (?:for|only available to) (?:subscribers|members))",
    re.IGNORECASE,
)

# A body at least this long reads as the whole article, whatever the page declares: sites mark
# metered stories "not free" (isAccessibleForFree, a paywall element) and still serve them whole.
WHOLE_PARAGRAPHS = 6
WHOLE_CHARACTERS = 1500
WHOLE_CHARACTERS_CJK = 600  # CJK text says as much in fewer characters
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def is_paywall_notice(text: str) -> bool:
    """A short line that tells the reader the rest is for subscribers."""
    return len(text) < 200 and bool(_PAYWALL_TEXT.search(text))


def holds_only_part(page: Walk, body: list[int], blocks: Sequence[Block], *, declared_not_free: bool) -> bool:
    """True when the page holds a teaser or the part before a paywall.

    A "subscribe to read on" notice right after the body says so outright. A paywall element
    beside the body, or JSON-LD's ``isAccessibleForFree: false``, says so only of a short body.
    """
    if _notice_after(page, body):
        return True
    if not (declared_not_free or _paywall_element_beside(page, body)):
        return False
    return not _reads_whole(blocks)


def _notice_after(page: Walk, body: list[int]) -> bool:
    if not body:
        return False
    tail = page.segments[body[-1] + 1 : body[-1] + 8]
    return any(_PAYWALL_TEXT.search(segment.text) for segment in tail if len(segment.text) < 200)


def _paywall_element_beside(page: Walk, body: list[int]) -> bool:
    """A paywall element that does not wrap body text: sites put their paywall class on the page
    or article wrapper whether or not the text is cut."""
    marked = [index for index, element in enumerate(page.elements) if element.flags & vocab.PAYWALL]
    return bool(marked) and not _wrappers_of(page, body).issuperset(marked)


def _reads_whole(blocks: Sequence[Block]) -> bool:
    paragraphs = [block.text for block in blocks if block.kind is BlockKind.PARAGRAPH]
    if len(paragraphs) < WHOLE_PARAGRAPHS:
        return False
    size = sum(len(text) for text in paragraphs)
    cjk = sum(len(_CJK.findall(text)) for text in paragraphs)
    return size >= (WHOLE_CHARACTERS_CJK if cjk * 2 > size else WHOLE_CHARACTERS)


def _wrappers_of(page: Walk, body: list[int]) -> set[int]:
    """The elements that own a body segment, and all their ancestors."""
    wrappers: set[int] = set()
    for index in body:
        element = page.segments[index].owner
        while element >= 0 and element not in wrappers:
            wrappers.add(element)
            element = page.elements[element].parent
    return wrappers
