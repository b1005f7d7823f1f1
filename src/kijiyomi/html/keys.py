"""The comparison key of a short text: its letters and digits, lowercased.

Headlines are compared with <title>, og:title, <h1> and body lines through this key, so that
punctuation, spacing and case ("Foo: Bar" / "foo bar") never decide whether two lines are the same.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NON_WORD = re.compile(r"\W+")
# The ASCII characters that are not word characters (what \W matches below 128), for ASCII text.
_ASCII_NON_WORD = bytes(code for code in range(128) if not re.match(r"\w", chr(code)))


@lru_cache(maxsize=2048)  # the same short lines are compared with the title several times a page
def text_key(text: str) -> str:
    """``text`` without its non-word characters, lowercased."""
    if text.isascii():  # the same, several times faster than the regex
        return text.encode().translate(None, _ASCII_NON_WORD).lower().decode()
    return _NON_WORD.sub("", text).lower()


def title_reach(title: str) -> int:
    """The longest text of a segment that may show the headline ``title`` (with a kicker or a label
    glued to it); a longer segment holds more than the headline."""
    return 2 * len(title) + 20
