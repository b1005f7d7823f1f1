"""One page made ready for the archive: everything computed outside the writer.

``prepare`` is pure and picklable, so ingest runs it in worker processes (with extraction and
reading) and the single writer only executes SQL.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from kijiyomi.store import syndication
from kijiyomi.store.textindex import Scheme, index_text, normalize
from kijiyomi.types import Article, Rejection


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """An article with its identity, index text, signature and reading, ready to insert."""

    uid: str
    url_key: str
    content_hash: str
    url: str | None
    canonical_url: str | None
    title: str | None
    site: str | None
    agency: str | None
    language: str | None
    section: str | None
    published: str | None
    text: str
    article_json: str
    reading_json: str | None
    title_index: str
    body_index: str
    minhash: bytes | None
    scheme: Scheme


@dataclass(frozen=True, slots=True)
class RejectedPage:
    """A page that gave no article; ``reason`` is a RejectReason value or a reader problem
    (truncated, corrupt...) from crawl output."""

    reason: str
    detail: str = ""
    url: str | None = None
    title: str | None = None

    @classmethod
    def of(cls, rejection: Rejection) -> RejectedPage:
        return cls(rejection.reason.value, rejection.detail, rejection.url, rejection.title)


def url_key(url: str | None) -> str:
    """The URL that identifies a page: scheme and host lower-cased, fragment dropped."""
    if not url:
        return ""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def content_hash(article: Article) -> str:
    body = normalize((article.title or "") + "\n" + article.text)
    return hashlib.sha256(body.encode()).hexdigest()[:32]


def make_uid(key: str, digest: str) -> str:
    return hashlib.sha256(f"{key}\0{digest}".encode()).hexdigest()[:16]


def site_of(article: Article) -> str | None:
    if article.site_name:
        return article.site_name
    for url in (article.canonical_url, article.url):
        if url:
            host = urlsplit(url).hostname
            if host:
                return host.removeprefix("www.")
    return None


def _article_json(article: Article) -> str:
    """The article's JSON without ``text``, which is stored once, in its own column."""
    data = article.to_dict()
    del data["text"]
    return json.dumps(data, ensure_ascii=False)


def prepare(article: Article, reading: dict[str, Any] | None, scheme: Scheme) -> PreparedArticle:
    """Compute what the archive stores and indexes for ``article``."""
    key = url_key(article.canonical_url or article.url)
    digest = content_hash(article)
    text = article.text
    published = article.published.astimezone(UTC).isoformat(timespec="seconds") if article.published else None
    return PreparedArticle(
        uid=make_uid(key, digest),
        url_key=key,
        content_hash=digest,
        url=article.url,
        canonical_url=article.canonical_url,
        title=article.title,
        site=site_of(article),
        agency=article.agency,
        language=article.language,
        section=article.section,
        published=published,
        text=text,
        article_json=_article_json(article),
        reading_json=json.dumps(reading, ensure_ascii=False) if reading is not None else None,
        title_index=index_text(article.title or "", scheme),
        body_index=index_text(text, scheme),
        minhash=syndication.signature(text),
        scheme=scheme,
    )
