"""The comparison key of a short text: its letters and digits, lowercased.

Headlines are compared with <title>, og:title, <h1> and body lines through this key, so that
punctuation, spacing and case ("Foo: Bar" / "foo bar") never decide whether two lines are the same.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NON_WORD = re.compile(r"\W+")


@lru_cache(maxsize=2048)  # the same short lines are compared with the title several times a page
def text_key(text: str) -> str:
    """``text`` without its non-word characters, lowercased."""
    return _NON_WORD.sub("", text).lower()
