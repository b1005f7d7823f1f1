"""Text from pages shown on a terminal: its control characters made visible, never obeyed.

A page's title or text may hold ESC sequences (``\\x1b]0;…\\x07`` retitles the terminal,
``\\x1b[2J`` clears it) or a bare CR that overwrites the line. Each control character other
than tab and newline becomes one visible character (``␛`` for ESC, U+FFFD for C1 controls), so
character offsets into the text stay valid.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ … ␟
    return "\u2421" if code == 0x7F else "\ufffd"


def visible(text: str) -> str:
    """``text`` with its control characters (but tab and newline) as visible characters."""
    return _CONTROL.sub(_picture, text) if _CONTROL.search(text) else text


__all__ = ["visible"]
