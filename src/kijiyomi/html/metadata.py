"""Metadata candidates from the page head: meta tags, OpenGraph, JSON-LD, <title>, <link>, <html lang>.

Read before the DOM is cleaned (JSON-LD lives in <script>). Each value keeps its ``Source`` so the
article can say where every field came from. Choosing among candidates happens in
``kijiyomi.html.fields``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from selectolax.lexbor import LexborHTMLParser, LexborNode

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
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
# Elements that print a date: <time>, datetime attributes, and class/id/itemprop names that say so.
_DATE_SELECTOR = ", ".join(
    [
        "h1",
        "time",
        "[datetime]",
        "abbr[title]",
        "[itemprop*=date i]",
        *(
            f"[{attr}*={word} i]"
            for attr in ("class", "id")
            for word in (
                "date",
                "time",
                "publish",
                "posted",
                "datum",
                "fecha",
                "byline",
                "meta",
                "author",
                "info",
            )
        ),
    ]
)
_MAX_DATE_HINTS = 80
_MAX_HINT_TEXT = 120


class DateHint(NamedTuple):
    """A visible element that may print the article's date."""

    machine: str | None  # its datetime (or abbr title, or content) attribute
    text: str  # its visible text, when short
    after_h1: bool  # whether it comes after the page's first <h1>


@dataclass(slots=True)
class HeadMetadata:
    """Everything the head and the structured data say, before any choice is made."""

    meta: dict[str, list[str]] = field(default_factory=dict)  # lowercased name/property -> contents
    json_ld: list[dict[str, Any]] = field(default_factory=list)  # article-like objects first
    title_tag: str | None = None
    canonical: str | None = None
    html_lang: str | None = None
    h1: list[str] = field(default_factory=list)
    times: list[str] = field(default_factory=list)  # datetime attributes of <time> elements
    tree: LexborHTMLParser | None = field(default=None, repr=False, compare=False)
    _hints: list[DateHint] | None = field(default=None, repr=False, compare=False)
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

    def date_hints(self) -> list[DateHint]:
        """Elements that may print a date, in document order; looked up on first use only (most
        pages date themselves in their metadata), in the tree as it is then (cleaned)."""
        if self._hints is None:
            self._hints = _date_hints(self.tree) if self.tree is not None else []
        return self._hints

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
    """Collect metadata from a parsed (not yet cleaned) page.

    One selector search finds every element read here (each search walks the whole tree); the
    elements come in document order, once per selector of ``_HEAD_SELECTOR`` they match. Elements
    with any ``itemprop`` come too (one bare attribute test instead of two value tests on every
    element): a form or script is then checked here for what its own selector requires.
    """
    head = HeadMetadata()
    meta = head.meta
    itemprops: list[tuple[str, str]] = []  # (datepublished/datemodified, value), after the meta tags
    h1: list[LexborNode] = []
    times: list[LexborNode] = []
    typed: list[LexborNode] = []
    title = html = None
    canonical_seen = False  # the first canonical link counts, even with an empty href
    seen: set[int] = set()
    for node in tree.css(_HEAD_SELECTOR):
        if node.mem_id in seen:  # the same element again, for another selector it matches
            continue
        seen.add(node.mem_id)
        tag = node.tag
        attrs = node.attributes
        if tag == "meta":
            _read_meta(meta, attrs)
        elif tag == "title":
            title = title or node
        elif tag == "link" and not canonical_seen:
            if (attrs.get("rel") or "").lower() == "canonical" and attrs.get("href"):
                head.canonical = (attrs.get("href") or "").strip() or None
                canonical_seen = True
        elif tag == "html":
            html = html or node
        elif tag == "h1":
            h1.append(node)
        elif tag == "input":
            # (type is matched case-insensitively, as the selector engine does for HTML's type)
            kind = (attrs.get("type") or "").lower()
            head.has_password_field = head.has_password_field or kind == "password"
            head.has_search_form = head.has_search_form or kind == "search"
        elif tag == "form":
            head.has_search_form = head.has_search_form or attrs.get("role") == "search"
        elif tag == "script" and (attrs.get("type") or "").lower() == "application/ld+json":
            typed.append(node)
        if tag == "time" and "datetime" in attrs:
            times.append(node)
        # microdata dates: once per selector of the three (time, itemprop=datePublished,
        # itemprop=dateModified) the element matches
        prop = attrs.get("itemprop")
        if prop is not None:
            value = attrs.get("datetime") or attrs.get("content")
            matches = (tag == "time") + (prop == "datePublished") + (prop == "dateModified")
            if value and prop.lower() in ("datepublished", "datemodified"):
                itemprops.extend([(prop.lower(), value)] * matches)
    for prop, value in itemprops:
        meta.setdefault(prop, []).append(value)
    if title is not None:
        head.title_tag = normalize_space(title.text(deep=True)) or None
    if html is not None:
        lang = html.attributes.get("lang") or html.attributes.get("xml:lang")
        head.html_lang = lang.strip() if lang else None
    head.h1 = [text for node in h1 if (text := normalize_space(node.text(deep=True)))][:5]
    head.tree = tree
    head.times = [value for node in times[:50] if (value := node.attributes.get("datetime"))]
    head.json_ld = list(_json_ld_objects(tree, typed))
    head.json_ld.sort(key=lambda obj: 0 if _types_of(obj) & _ARTICLE_TYPES else 1)
    return head


# What read_head reads; an element matching k of these selectors comes k times from one search.
# (Any itemprop: read_head keeps the datePublished/dateModified ones; an exact value test here
# would cost the selector engine a case-sensitive comparison on every element.)
_HEAD_SELECTOR = ", ".join(
    [
        "html",
        "title",
        "meta",
        "link[rel]",
        "h1",
        "time",
        "[itemprop]",
        "input[type=password]",
        "input[type=search]",
        "form[role=search]",
        'script[type="application/ld+json" i]',
    ]
)


def _read_meta(meta: dict[str, list[str]], attrs: dict[str, str | None]) -> None:
    """One <meta>'s content under each of its (lowercased) names."""
    content = attrs.get("content")
    if content is None:
        content = attrs.get("value")  # some sites write value= instead of content=
        if content is None:
            return
    for key in ("property", "name", "itemprop", "http-equiv"):
        name = attrs.get(key)
        if name:
            meta.setdefault(name.strip().lower(), []).append(content)


def _date_hints(tree: LexborHTMLParser) -> list[DateHint]:
    """Elements that may print a date, in document order, each marked before/after the first <h1>."""
    hints: list[DateHint] = []
    seen: set[int] = set()
    after_h1 = False
    for node in tree.css(_DATE_SELECTOR):
        if node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        if node.tag == "h1":
            after_h1 = True
            continue
        attrs = node.attributes
        machine = attrs.get("datetime") or (
            attrs.get("title") if node.tag == "abbr" else attrs.get("content")
        )
        text = node.text(deep=True, separator=" ")
        # A short element is a date line; of a larger one (a post's meta box) only the start counts.
        text = normalize_space(text)[:_MAX_HINT_TEXT] if len(text) <= 10 * _MAX_HINT_TEXT else ""
        if (machine or text) and any(c.isdigit() for c in (machine or "") + text):
            hints.append(DateHint(machine.strip() if machine else None, text, after_h1))
            if len(hints) >= _MAX_DATE_HINTS:
                break
    return hints


def _json_ld_objects(tree: LexborHTMLParser, typed: list[LexborNode]) -> Iterator[dict[str, Any]]:
    """The objects of the page's JSON-LD: from its ``typed`` scripts, or from untyped scripts in
    its head that open like JSON-LD when it has none."""
    if typed:
        yield from _parse_json_ld(node.text(deep=True) for node in typed)
    elif tree.head is not None:  # some sites put their schema.org data in a script without a type
        untyped = (node.text(deep=True) for node in tree.head.css("script:not([type]):not([src])"))
        yield from _parse_json_ld(raw for raw in untyped if _opens_json_ld(raw))


def _opens_json_ld(raw: str) -> bool:
    opening = raw[:200].lstrip()
    return opening.startswith(("{", "[")) and '"@context"' in opening


def _parse_json_ld(texts: Iterable[str]) -> Iterator[dict[str, Any]]:
    for text in texts:
        if not text or len(text) > _MAX_JSON_LD:
            continue
        raw = _CDATA.sub("", text) if "<![CDATA[" in text[:100] else text
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
