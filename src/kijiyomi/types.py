"""The records that flow through kijiyomi: Block, Image, Article and Rejection.

Every stage (HTML extraction, text dumps, reading, the archive, crawl runs) produces or consumes
these. They are frozen, hold no parser objects and serialise to the versioned JSON schema
described in ``docs/schema.md``. This module imports nothing from the rest of the package.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Literal

SCHEMA_VERSION = "1.0"

JSONValue = Any  # str | int | float | bool | None | list[JSONValue] | dict[str, JSONValue]


class BlockKind(StrEnum):
    """What a piece of the article body is."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    TABLE = "table"
    CODE = "code"


class Source(StrEnum):
    """Where a metadata value was found (see ``Article.provenance``)."""

    JSON_LD = "json-ld"
    OPENGRAPH = "opengraph"
    META = "meta"
    TIME_TAG = "time-tag"
    HTML = "html"  # <title>, <h1>, <link rel=canonical>, <html lang>
    VISIBLE_TEXT = "visible-text"  # a dateline, byline or credit line read from the page text
    URL = "url"
    DETECTED = "detected"  # computed (e.g. language identified from the body)


class RejectReason(StrEnum):
    """Why an input did not yield an article. Rejections are values, never exceptions."""

    EMPTY = "empty"  # nothing but whitespace
    BINARY = "binary"  # not text (image, PDF, archive...)
    TOO_LARGE = "too_large"  # over the size cap
    NOT_HTML = "not_html"  # text given where HTML was required
    NO_CONTENT = "no_content"  # HTML without any body text
    LISTING = "listing"  # section front, index, list of links
    SEARCH = "search"  # search result page
    LOGIN_WALL = "login_wall"  # login or subscription form instead of an article
    ERROR_PAGE = "error_page"  # 404 and friends
    TIMEOUT = "timeout"  # the per-document time guard fired


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of the article body in reading order."""

    kind: BlockKind
    text: str
    level: int = 0  # heading level (1-6) for headings, nesting depth for list items

    def to_dict(self) -> dict[str, JSONValue]:
        data: dict[str, JSONValue] = {"kind": self.kind.value, "text": self.text}
        if self.level:
            data["level"] = self.level
        return data


@dataclass(frozen=True, slots=True)
class Image:
    """A picture of the article with its caption and photo credit (never part of the body)."""

    src: str | None = None
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None

    def to_dict(self) -> dict[str, JSONValue]:
        return {"src": self.src, "alt": self.alt, "caption": self.caption, "credit": self.credit}


def _frozen_mapping(value: Mapping[str, Source] | None) -> Mapping[str, Source]:
    return MappingProxyType(dict(value or {}))


@dataclass(frozen=True, slots=True)
class Article:
    """An extracted article: the body as blocks plus its metadata.

    ``published`` and ``modified`` are timezone-aware. ``provenance`` maps a metadata field name
    to the ``Source`` its value came from. ``confidence`` (0-1) says how sure the extractor is
    that ``blocks`` hold the whole article.
    """

    blocks: tuple[Block, ...] = ()
    title: str | None = None
    subtitle: str | None = None
    kicker: str | None = None
    published: datetime | None = None
    modified: datetime | None = None
    authors: tuple[str, ...] = ()
    agency: str | None = None
    rights_holder: str | None = None
    copyright: str | None = None
    site_name: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    language: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    description: str | None = None
    images: tuple[Image, ...] = ()
    paywalled: bool = False
    confidence: float = 0.0
    provenance: Mapping[str, Source] = field(default_factory=lambda: _frozen_mapping(None))
    warnings: tuple[str, ...] = ()
    input_kind: Literal["html", "text"] = "html"
    ok: Literal[True] = field(default=True, init=False, repr=False)

    def __post_init__(self) -> None:
        for name in ("published", "modified"):
            value = getattr(self, name)
            if value is not None and value.tzinfo is None:
                raise ValueError(f"Article.{name} must be timezone-aware, got {value!r}")
        if not isinstance(self.provenance, MappingProxyType):
            object.__setattr__(self, "provenance", _frozen_mapping(self.provenance))

    def __reduce__(self) -> tuple[object, tuple[dict[str, object]]]:
        # The read-only provenance view cannot be pickled: rebuild from plain values (process pools, Ray).
        values = {item.name: getattr(self, item.name) for item in fields(self) if item.init}
        values["provenance"] = dict(self.provenance)
        return _rebuild_article, (values,)

    @property
    def text(self) -> str:
        """The body: block texts joined by blank lines."""
        return "\n\n".join(block.text for block in self.blocks)

    def to_dict(self) -> dict[str, JSONValue]:
        """The article as plain JSON-ready data, following schema ``SCHEMA_VERSION``."""
        return {
            "schema_version": SCHEMA_VERSION,
            "type": "article",
            "title": self.title,
            "subtitle": self.subtitle,
            "kicker": self.kicker,
            "published": _iso(self.published),
            "modified": _iso(self.modified),
            "authors": list(self.authors),
            "agency": self.agency,
            "rights_holder": self.rights_holder,
            "copyright": self.copyright,
            "site_name": self.site_name,
            "section": self.section,
            "tags": list(self.tags),
            "language": self.language,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "description": self.description,
            "text": self.text,
            "blocks": [block.to_dict() for block in self.blocks],
            "images": [image.to_dict() for image in self.images],
            "paywalled": self.paywalled,
            "confidence": round(self.confidence, 3),
            "provenance": {key: value.value for key, value in sorted(self.provenance.items())},
            "warnings": list(self.warnings),
            "input_kind": self.input_kind,
        }

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, JSONValue]) -> Article:
        """Rebuild an article from ``to_dict()`` output (the inverse, field for field)."""
        return cls(
            blocks=tuple(
                Block(BlockKind(b["kind"]), b["text"], int(b.get("level", 0))) for b in data.get("blocks", ())
            ),
            title=data.get("title"),
            subtitle=data.get("subtitle"),
            kicker=data.get("kicker"),
            published=_parse_iso(data.get("published")),
            modified=_parse_iso(data.get("modified")),
            authors=tuple(data.get("authors", ())),
            agency=data.get("agency"),
            rights_holder=data.get("rights_holder"),
            copyright=data.get("copyright"),
            site_name=data.get("site_name"),
            section=data.get("section"),
            tags=tuple(data.get("tags", ())),
            language=data.get("language"),
            url=data.get("url"),
            canonical_url=data.get("canonical_url"),
            description=data.get("description"),
            images=tuple(Image(**image) for image in data.get("images", ())),
            paywalled=bool(data.get("paywalled", False)),
            confidence=float(data.get("confidence", 0.0)),
            provenance={key: Source(value) for key, value in data.get("provenance", {}).items()},
            warnings=tuple(data.get("warnings", ())),
            input_kind=data.get("input_kind", "html"),
        )


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that is not an article, with the reason. Count it, store it, never lose it."""

    reason: RejectReason
    detail: str = ""
    url: str | None = None
    title: str | None = None
    ok: Literal[False] = field(default=False, init=False, repr=False)

    def to_dict(self) -> dict[str, JSONValue]:
        return {
            "schema_version": SCHEMA_VERSION,
            "type": "rejection",
            "reason": self.reason.value,
            "detail": self.detail,
            "url": self.url,
            "title": self.title,
        }

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


Result = Article | Rejection


def _rebuild_article(values: dict[str, Any]) -> Article:
    return Article(**values)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_iso(value: JSONValue) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None
