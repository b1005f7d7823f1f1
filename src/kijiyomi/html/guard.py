"""Pre-parse guards for hostile markup.

HTML5 tree construction checks element scopes on the stack of open elements, so parsing time
grows with tags x nesting depth: 100,000 nested <div>s take minutes in any conforming parser.
Pages with very many tags get a cheap tag scan, and tags nested past the limit are dropped
(their text stays), as browsers do when they cap the depth of the DOM.
"""

from __future__ import annotations

import re

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(/?)>")
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "keygen",
        "command",
        "basefont",
        "frame",
    ]
)
_RAW_TEXT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
SCAN_ABOVE_TAGS = 20_000  # pages with fewer '<' than this cannot nest deep enough to hurt


def flatten_deep_nesting(html: str, max_depth: int, *, utf8: bytes | None = None) -> tuple[str, int]:
    """Drop tags nested deeper than ``max_depth``; returns the markup and how many tags were dropped.

    ``utf8``: the UTF-8 encoding of ``html`` when at hand (its "<" are counted faster there).
    """
    if _count_lt(html, utf8) < SCAN_ABOVE_TAGS:
        return html, 0
    pieces: list[str] = []
    depth = 0
    dropped = 0
    last = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _VOID or self_closing:
            continue
        if closing:
            deep = depth > max_depth
            depth = max(0, depth - 1)
        else:
            depth += 1
            deep = depth > max_depth
        if deep:
            pieces.append(html[last : match.start()])
            last = match.end()
            dropped += 1
    if not dropped:
        return html, 0
    pieces.append(html[last:])
    return "".join(pieces), dropped


def _count_lt(html: str, utf8: bytes | None) -> int:
    """How many "<" ``html`` holds: in its UTF-8 bytes when given (a "<" byte is always a "<"
    there), by one vectorised comparison that is several times faster than ``str.count``."""
    if utf8 is None:
        return html.count("<")
    import numpy as np

    return int(np.count_nonzero(np.frombuffer(utf8, dtype=np.uint8) == ord("<")))


def strip_raw_text(html: str) -> str:
    """Remove <script> and <style> elements with their contents (used before cutting huge pages)."""
    return _RAW_TEXT.sub("", html)
