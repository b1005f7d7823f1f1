"""Metadata candidates from the page head: meta tags, OpenGraph, JSON-LD, <title>, <link>, <html lang>.

Read before the DOM is cleaned (JSON-LD lives in <script>). Each value keeps its ``Source`` so the
article can say where every field came from. Choosing among candidates happens in
``kijiyomi.html.fields``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from kijiyomi.html.dom import normalize_space
from kijiyomi.types import Source

_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "blogposting",
        "liveblogposting",
        "scholarlyarticle",
        "techarticle",
        "socialmediaposting",
        "report",
        "posting",
        "advertisercontentarticle",
        "satiricalarticle",
        "medicalscholarlyarticle",
    }
)
_MAX_JSON_LD = 2_000_000


@dataclass(slots=True)
class HeadMetadata:
    """Everything the head and the structured data say, before any choice is made."""

    meta: dict[str, list[str]] = field(default_factory=dict)  # lowercased name/property -> contents
    json_ld: list[dict[str, Any]] = field(default_factory=list)  # article-like objects first
    title_tag: str | None = None
    canonical: str | None = None
    html_lang: str | None = None
    h1: list[str] = field(default_factory=list)
    has_password_field: bool = False
    has_search_form: bool = False

    def first(self, *names: str) -> tuple[str, Source] | None:
        """The first non-empty meta value among ``names`` with its source."""
        for name in names:
            for raw in self.meta.get(name, ()):
                value = raw.strip()
                if value:
                    return value, _meta_source(name)
        return None

    def all(self, name: str) -> list[str]:
        return [value.strip() for value in self.meta.get(name, ()) if value.strip()]

    def article_object(self) -> dict[str, Any] | None:
        """The JSON-LD object describing the article, if the page has one."""
        for obj in self.json_ld:
            if _types_of(obj) & _ARTICLE_TYPES:
                return obj
        return None

    def is_declared_article(self) -> bool:
        og_type = self.first("og:type")
        return self.article_object() is not None or (og_type is not None and "article" in og_type[0].lower())


def _meta_source(name: str) -> Source:
    return Source.OPENGRAPH if name.startswith(("og:", "article:")) else Source.META


def read_head(tree: LexborHTMLParser) -> HeadMetadata:
    """Collect metadata from a parsed (not yet cleaned) page."""
    head = HeadMetadata()
    for node in tree.css("meta"):
        attrs = node.attributes
        content = attrs.get("content")
        if content is None:
            continue
        for key in ("property", "name", "itemprop", "http-equiv"):
            name = attrs.get(key)
            if name:
                head.meta.setdefault(name.strip().lower(), []).append(content)
    for node in tree.css("time[itemprop], [itemprop=datePublished], [itemprop=dateModified]"):
        attrs = node.attributes
        prop = (attrs.get("itemprop") or "").lower()
        value = attrs.get("datetime") or attrs.get("content")
        if prop in ("datepublished", "datemodified") and value:
            head.meta.setdefault(prop, []).append(value)
    title = tree.css_first("title")
    if title is not None:
        head.title_tag = normalize_space(title.text(deep=True)) or None
    for node in tree.css("link[rel]"):
        attrs = node.attributes
        if (attrs.get("rel") or "").lower() == "canonical" and attrs.get("href"):
            head.canonical = (attrs.get("href") or "").strip() or None
            break
    html = tree.css_first("html")
    if html is not None:
        lang = html.attributes.get("lang") or html.attributes.get("xml:lang")
        head.html_lang = lang.strip() if lang else None
    head.h1 = [text for node in tree.css("h1") if (text := normalize_space(node.text(deep=True)))][:5]
    head.has_password_field = tree.css_first("input[type=password]") is not None
    head.has_search_form = tree.css_first("input[type=search], form[role=search]") is not None
    head.json_ld = list(_json_ld_objects(tree))
    head.json_ld.sort(key=lambda obj: 0 if _types_of(obj) & _ARTICLE_TYPES else 1)
    return head


def _json_ld_objects(tree: LexborHTMLParser) -> Iterator[dict[str, Any]]:
    for node in tree.css('script[type="application/ld+json"]'):
        raw = node.text(deep=True)
        if not raw or len(raw) > _MAX_JSON_LD:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            try:  # trailing commas and control characters are common; one cheap repair attempt
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw), strict=False)
            except ValueError:
                continue
        yield from _flatten(data, 0)


def _flatten(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _flatten(graph, depth + 1)
        main = data.get("mainEntity")
        if isinstance(main, dict):
            yield from _flatten(main, depth + 1)


def _types_of(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type")
    if isinstance(value, str):
        return {value.lower()}
    if isinstance(value, list):
        return {item.lower() for item in value if isinstance(item, str)}
    return set()


def names_of(value: Any) -> list[str]:
    """Names from a JSON-LD person/organisation value (a string, an object, or a list of them)."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str) and name.strip():
            return [name.strip()]
        return []
    if isinstance(value, list):
        return [name for item in value[:20] for name in names_of(item)]
    return []


def text_of(value: Any) -> str | None:
    """A plain string from a JSON-LD value that may be a string, a list or an object with @value."""
    if isinstance(value, str):
        text = normalize_space(value)
        return text or None
    if isinstance(value, list) and value:
        return text_of(value[0])
    if isinstance(value, dict):
        return text_of(value.get("@value") or value.get("name"))
    return None
