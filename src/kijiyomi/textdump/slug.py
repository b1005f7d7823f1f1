"""The words of a page address's path (its slug) and how much of a headline candidate they hold.

Most news and blog addresses spell the headline out in their path
(``/2025/06/02/city-council-approves-new-budget/``), so a candidate line whose words stand in the
path is more likely the headline than a dek, a subheading or a teaser. The words are compared
folded: lower case, accents dropped (``é`` as ``e``), ``ß`` as ``ss``, as slugs write them. A
path without words (``/article/12345``) or no address gives no slug, and the ranker then uses
the weights trained without it.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

MIN_SLUG_WORD = 3  # a path's word this long counts (ids such as ``a1`` and ``p`` do not)
MIN_TEXT_WORD = 4  # a candidate's word this long is looked for in the path
_WORD = re.compile(r"[^\W_]+")
_LONG_WORD = re.compile(rf"[^\W_]{{{MIN_TEXT_WORD},}}")  # (a whole run: a shorter one is passed over)
MAX_URL_CHARS = 2_000

SLUG_FEATURES: tuple[str, ...] = ("slug_share", "slug_best", "slug_two", "slug_cover")


def fold(text: str) -> str:
    """Lower case without accents (``Über`` as ``uber``, ``ß`` as ``ss``), as slugs spell words."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")


def slug_words(url: str | None) -> frozenset[str]:
    """The folded words of the address's path (``MIN_SLUG_WORD`` characters or more)."""
    if not url or len(url) > MAX_URL_CHARS:
        return frozenset()
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return frozenset()
    return frozenset(w for w in _WORD.findall(fold(path)) if len(w) >= MIN_SLUG_WORD)


def slug_match(text: str, slug: frozenset[str], long_words: int | None = None) -> tuple[float, bool, float]:
    """The share of the line's long words found in the slug, whether two or more are, and the
    share of the slug's long words that the line holds (``long_words``: their count, if known)."""
    if not slug:
        return 0.0, False, 0.0
    words = _LONG_WORD.findall(fold(text))
    if not words:
        return 0.0, False, 0.0
    hits = [w for w in words if w in slug]
    if not hits:
        return 0.0, False, 0.0
    if long_words is None:
        long_words = _long_count(slug)
    return len(hits) / len(words), len(hits) >= 2, len(set(hits)) / long_words


def _long_count(slug: frozenset[str]) -> int:
    return len([w for w in slug if len(w) >= MIN_TEXT_WORD])


def slug_features(texts: list[str], slug: frozenset[str]) -> list[list[float]]:
    """One row of ``SLUG_FEATURES`` per candidate text: the share, the best share of the dump
    (above zero), two words or more found, the slug's share covered."""
    long_words = _long_count(slug)
    matches = [slug_match(text, slug, long_words) for text in texts]
    best = max((share for share, _, _ in matches), default=0.0)
    return [[share, float(share > 0 and share == best), float(two), cover] for share, two, cover in matches]


__all__ = ["SLUG_FEATURES", "fold", "slug_features", "slug_match", "slug_words"]
