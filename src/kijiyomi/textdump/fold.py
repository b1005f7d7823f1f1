"""Case-insensitive word tests by ``str.lower()`` and ``in``, with the same answers as a search
with ``re.IGNORECASE``: a few ``in`` tests cost far less than an alternation of cased words, which
the regular-expression engine tries at every position of the text.

Under ``re.IGNORECASE`` an ASCII letter matches its two cases and, beyond ASCII, only four
characters: ``İ`` and ``ı`` (as ``i``), ``ſ`` (as ``s``) and the Kelvin sign (as ``k``); and these
four are the only characters that ``str.lower()`` turns into ASCII letters or that it keeps apart
from a letter the pattern names. A text without them finds an ASCII word under ``IGNORECASE``
exactly where its ``lower()`` holds the word in lower case.
"""

from __future__ import annotations

TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")


def lower_is_exact(text: str) -> bool:
    """Can ``text.lower()`` stand for an ``IGNORECASE`` search of ASCII words (and of uncased ones)?"""
    if text.isascii():
        return True
    first, second, third, fourth = TRAPS
    return not (first in text or second in text or third in text or fourth in text)


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Does ``text`` hold one of ``words``? (A loop: cheaper than ``any`` over a generator.)"""
    for word in words:  # noqa: SIM110 (the loop is the point)
        if word in text:
            return True
    return False


__all__ = ["TRAPS", "holds_any", "lower_is_exact"]
