"""Cheap looks at an input: is it a file or a folder, is it binary, is it HTML or a plain-text dump?"""

from __future__ import annotations

import re
from pathlib import Path

from kijiyomi.decode import sniff_utf16

_BINARY_MAGIC = (
    b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh", b"\xfd7zXZ",
    b"7z\xbc\xaf", b"RIFF", b"\x00\x00\x01\x00", b"OggS", b"fLaC", b"ID3", b"\x7fELF", b"MZ",
)  # fmt: skip
_CONTROL = bytes(range(0, 9)) + bytes(range(14, 32))

HEAD_CHARS = 200_000
# Elements that only markup has (a dump may mention one, it does not open and close them all over).
_ELEMENTS = frozenset(
    re.findall(
        r"\w+",
        "html head body meta link script style noscript div span p a img br hr ul ol li dl dt dd table "
        "thead tbody tr td th article section header footer nav aside main figure figcaption h1 h2 h3 h4 "
        "h5 h6 form input button select option label iframe strong em b i u small time picture source "
        "svg path blockquote pre code title template",
    )
)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,15})(?=[\s/>])[^<>]{0,2000}>|<!--.{0,2000}?-->", re.DOTALL)
_DOCUMENT_START = re.compile(
    r"^\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|\?xml)", re.I | re.S
)
MIN_ELEMENTS = 3
MIN_MARKUP_SHARE = 0.08  # of the characters: a page's tags weigh far more than a quoted snippet
MIN_TAGS_PER_LINE = 0.5


def is_folder(path: Path) -> bool:
    """``path.is_dir()``, False where the system refuses to say (no search permission on a parent):
    the path is then opened as a file and that error reported, instead of a crash."""
    try:
        return path.is_dir()
    except OSError:
        return False


def maybe_file(path: Path) -> bool:
    """``path.is_file()``, True where the system refuses to say (``/proc/1/cwd``, a folder without
    search permission): a walk keeps the path, and reading it reports the error."""
    try:
        return path.is_file()
    except OSError:
        return True


def looks_binary(data: bytes) -> bool:
    """True for images, archives, executables and other data that is not a text page."""
    if data.startswith(_BINARY_MAGIC):
        return True
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or sniff_utf16(head) is not None:
        return False
    controls = len(head) - len(head.translate(None, _CONTROL))  # the control bytes, counted in one pass
    return controls > max(8, len(head) // 20)


def looks_like_html(text: str) -> bool:
    """Tell markup from a plain-text dump.

    A document that starts like one (doctype, ``<html>``, XML prolog) is HTML. Otherwise the
    known elements are counted and weighed: markup when tags make up a good share of the
    characters or sit on most lines, so a fragment without ``<html>`` is HTML while a dump with a
    stray ``<`` or a quoted ``<div>`` snippet stays text.
    """
    head = text[:HEAD_CHARS]
    if _DOCUMENT_START.match(head):
        return True
    elements = 0
    markup = 0
    for match in _TAG.finditer(head):
        name = match.group(2)
        if name is None:  # a comment
            markup += len(match.group())
        elif name.lower() in _ELEMENTS:
            elements += 1
            markup += len(match.group())
    if elements < MIN_ELEMENTS:
        return False
    size = max(1, len(head.strip()))
    lines = max(1, head.count("\n") + 1)
    return markup / size >= MIN_MARKUP_SHARE or elements / lines >= MIN_TAGS_PER_LINE


__all__ = ["looks_binary", "looks_like_html"]
