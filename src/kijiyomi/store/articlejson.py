"""An Article from untrusted JSON (ingested files, ``POST /api/articles``), its field types checked.

``Article.from_dict`` trusts its input (it reads ``kijiyomi extract`` output back); a hand-made or
hostile object with a number for a title or no text at all must be refused with a reason here,
not crash the indexer later or be stored as an empty page.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC
from typing import Any

from kijiyomi.types import Article

_TEXT_FIELDS = (
    "title", "subtitle", "kicker", "published", "modified", "agency", "rights_holder", "copyright",
    "site_name", "section", "language", "url", "canonical_url", "description", "input_kind",
)  # fmt: skip
_LIST_FIELDS = ("authors", "tags", "warnings")
_IMAGE_FIELDS = ("src", "alt", "caption", "credit")


class ArticleJsonError(ValueError):
    """The object is not a usable article; the message says which field is wrong."""


def article_from_json(data: Mapping[str, Any]) -> Article:
    """The Article of ``data`` (an ``Article.to_dict()``-shaped object).

    Raises:
        ArticleJsonError: a field of the wrong type, an unknown block kind or date, or no text.
    """
    _check(data)
    try:
        article = Article.from_dict(data)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise ArticleJsonError(f"not a valid article: {error}") from error
    if not article.text.strip():
        raise ArticleJsonError("the article has no text (its 'blocks' are missing or empty)")
    for stamp in (article.published, article.modified):
        if stamp is None:
            continue
        try:
            stamp.astimezone(UTC)  # the archive keeps UTC: 0001-01-01T00:00+09:00 has none
        except OverflowError as error:
            raise ArticleJsonError(f"the date {stamp.isoformat()} is out of range in UTC") from error
    return article


def _check(data: Mapping[str, Any]) -> None:
    for name in _TEXT_FIELDS:
        if data.get(name) is not None and not isinstance(data[name], str):
            raise ArticleJsonError(f"'{name}' must be a string or null, not {type(data[name]).__name__}")
    for name in _LIST_FIELDS:
        value = data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ArticleJsonError(f"'{name}' must be a list of strings")
    blocks = data.get("blocks", [])
    if not isinstance(blocks, list):
        raise ArticleJsonError("'blocks' must be a list")
    for index, block in enumerate(blocks):
        if not isinstance(block, dict) or not isinstance(block.get("text"), str):
            raise ArticleJsonError(f"block {index} must be an object with a 'kind' and a string 'text'")
    images = data.get("images", [])
    if not isinstance(images, list) or not all(
        isinstance(image, dict)
        and set(image) <= set(_IMAGE_FIELDS)
        and all(v is None or isinstance(v, str) for v in image.values())
        for image in images
    ):
        raise ArticleJsonError(f"'images' must be a list of objects with string {', '.join(_IMAGE_FIELDS)}")
    if not isinstance(data.get("provenance", {}), dict):
        raise ArticleJsonError("'provenance' must be an object")


__all__ = ["ArticleJsonError", "article_from_json"]
