"""The Parquet schema of crawl output (documented column by column in docs/scale.md).

``articles/*.parquet``: one row per extracted article. The main Article fields are flat columns;
the nested ones (blocks, images, provenance) and the optional Reading are JSON strings in
``*_json`` columns, so that DuckDB, pandas and ``kijiyomi ingest`` read them without a custom
type. ``article_from_row`` rebuilds the ``Article``.

``rejects/*.parquet``: one row per record that gave no article, with the stage and the reason.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]

from kijiyomi.types import SCHEMA_VERSION, Article

CRAWL_SCHEMA_VERSION = "1.0"

_STR = pa.string()
_STRS = pa.list_(pa.string())
_TIME = pa.timestamp("us", tz="UTC")


def _field(name: str, kind: pa.DataType, doc: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, kind, nullable=nullable, metadata={"doc": doc})


_RECORD_FIELDS = [
    _field("source", _STR, "input file or URL the record was read from", False),
    _field("offset", pa.int64(), "byte offset of the record in its (compressed) input file", False),
    _field("record_id", _STR, "WARC-Record-ID"),
    _field("warc_date", _STR, "WARC-Date (crawl time), as written in the record"),
    _field("url", _STR, "WARC-Target-URI"),
]

ARTICLE_SCHEMA = pa.schema(
    [
        *_RECORD_FIELDS,
        _field("kind", _STR, "'html' (WARC response) or 'text' (WET conversion)", False),
        _field("title", _STR, "headline"),
        _field("subtitle", _STR, "sub-headline"),
        _field("kicker", _STR, "kicker / overline above the headline"),
        _field("published", _TIME, "publication time, UTC"),
        _field("published_iso", _STR, "publication time as found, with its UTC offset"),
        _field("modified", _TIME, "last modification time, UTC"),
        _field("modified_iso", _STR, "last modification time as found, with its UTC offset"),
        _field("authors", _STRS, "bylines"),
        _field("agency", _STR, "wire agency (共同, 時事, Reuters...)"),
        _field("rights_holder", _STR, "who holds the rights"),
        _field("copyright", _STR, "copyright notice"),
        _field("site_name", _STR, "publication name"),
        _field("section", _STR, "section / category"),
        _field("tags", _STRS, "keywords and tags"),
        _field("language", _STR, "language of the article (ISO 639-1)"),
        _field("canonical_url", _STR, "canonical URL of the article"),
        _field("description", _STR, "summary / meta description"),
        _field("text", _STR, "the body: block texts joined by blank lines", False),
        _field("paywalled", pa.bool_(), "the page shows only part of the article", False),
        _field("confidence", pa.float64(), "extractor's confidence (0-1) that the body is whole", False),
        _field("warnings", _STRS, "extraction warnings"),
        _field("blocks_json", _STR, "JSON list of body blocks {kind, text, level?}", False),
        _field("images_json", _STR, "JSON list of images {src, alt, caption, credit}", False),
        _field("provenance_json", _STR, "JSON object: metadata field -> where its value was found", False),
        _field("reading_json", _STR, "JSON of kijiyomi.read(article) when crawled with --read, else null"),
        _field("schema_version", _STR, "Article schema version (kijiyomi.SCHEMA_VERSION)", False),
    ],
    metadata={"kijiyomi.crawl_schema": CRAWL_SCHEMA_VERSION, "kijiyomi.article_schema": SCHEMA_VERSION},
)

REJECT_SCHEMA = pa.schema(
    [
        *_RECORD_FIELDS,
        _field("stage", _STR, "'reader' (the file), 'filter' (language) or 'extract'", False),
        _field(
            "reason", _STR, "why: a RejectReason value, or truncated/corrupt/garbage/too_large/...", False
        ),
        _field("detail", _STR, "human-readable detail"),
        _field("title", _STR, "the page title, when one was found"),
    ],
    metadata={"kijiyomi.crawl_schema": CRAWL_SCHEMA_VERSION},
)


def _utc(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC) if value is not None else None


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def article_row(
    record: Mapping[str, Any], article: Article, reading: Mapping[str, Any] | None
) -> dict[str, Any]:
    """One ``ARTICLE_SCHEMA`` row; ``record`` holds the record columns (source ... url)."""
    data = article.to_dict()
    return {
        **record,
        "url": record.get("url") or article.url,
        "kind": article.input_kind,
        "title": article.title,
        "subtitle": article.subtitle,
        "kicker": article.kicker,
        "published": _utc(article.published),
        "published_iso": data["published"],
        "modified": _utc(article.modified),
        "modified_iso": data["modified"],
        "authors": list(article.authors),
        "agency": article.agency,
        "rights_holder": article.rights_holder,
        "copyright": article.copyright,
        "site_name": article.site_name,
        "section": article.section,
        "tags": list(article.tags),
        "language": article.language,
        "canonical_url": article.canonical_url,
        "description": article.description,
        "text": article.text,
        "paywalled": article.paywalled,
        "confidence": data["confidence"],
        "warnings": list(article.warnings),
        "blocks_json": _json(data["blocks"]),
        "images_json": _json(data["images"]),
        "provenance_json": _json(data["provenance"]),
        "reading_json": _json(reading) if reading is not None else None,
        "schema_version": SCHEMA_VERSION,
    }


def article_from_row(row: Mapping[str, Any]) -> Article:
    """Rebuild the ``Article`` of an ``articles/*.parquet`` row (as a dict, e.g. from
    ``pyarrow.Table.to_pylist()``)."""
    return Article.from_dict(
        {
            **{key: row.get(key) for key in Article.__slots__ if key in row},
            "published": row.get("published_iso"),
            "modified": row.get("modified_iso"),
            "url": row.get("url"),
            "authors": row.get("authors") or (),
            "tags": row.get("tags") or (),
            "warnings": row.get("warnings") or (),
            "input_kind": row.get("kind", "html"),
            "blocks": json.loads(row["blocks_json"]),
            "images": json.loads(row["images_json"]),
            "provenance": json.loads(row["provenance_json"]),
        }
    )
