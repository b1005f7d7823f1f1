"""Cheap looks at an input: is it binary, is it HTML or a plain-text dump?"""

from __future__ import annotations

import re

_BINARY_MAGIC = (
    b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh", b"\xfd7zXZ",
    b"7z\xbc\xaf", b"RIFF", b"\x00\x00\x01\x00", b"OggS", b"fLaC", b"ID3", b"\x7fELF", b"MZ",
)
_CONTROL = bytes(range(0, 9)) + bytes(range(14, 32))

# Tags that only markup has: a text dump may mention "<b>" once, but not open and close
# structural elements again and again.
_MARKUP = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|div|p|span|a\s|article|section|table|script|link|br|li|ul|h[1-6])\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(r"</(?:div|p|span|a|li|td|html|body|article|section|h[1-6])>", re.IGNORECASE)


def looks_binary(data: bytes) -> bool:
    """True for images, archives, executables and other data that is not a text page."""
    if data.startswith(_BINARY_MAGIC):
        return True
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_like(head):
        return False
    controls = sum(head.count(bytes([c])) for c in _CONTROL)
    return controls > max(8, len(head) // 20)


def _utf16_like(head: bytes) -> bool:
    return len(head) >= 8 and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4)


def looks_like_html(text: str) -> bool:
    """Tell markup from a plain-text dump that may contain a stray ``<`` or a snippet of HTML."""
    head = text[:200_000]
    stripped = head.lstrip()[:64].lower()
    if stripped.startswith(("<!doctype html", "<html", "<?xml")):
        return True
    opening = len(_MARKUP.findall(head))
    if opening == 0:
        return False
    closing = len(_CLOSING.findall(head))
    tag_chars = head.count("<")
    lines = max(1, head.count("\n") + 1)
    # Markup has tags on most lines (or one long line full of them); a dump has a few at most.
    return (opening + closing >= 3 and tag_chars >= lines * 0.3) or opening + closing >= 20
