"""Choose each metadata field among its candidates, one small function per field.

Priority is JSON-LD, then OpenGraph / article:*, then other meta tags, then the page's visible
markup; every chosen value is returned with its ``Source``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any, NamedTuple
from urllib.parse import urljoin, urlparse

from kijiyomi.html.dom import Walk
from kijiyomi.html.header import lines_after_headline
from kijiyomi.html.keys import text_key
from kijiyomi.html.metadata import HeadMetadata, names_of, text_of
from kijiyomi.metadata.dates import CHINA_TZ, JST, KST, date_from_url, numeric_date_locale, parse_date
from kijiyomi.types import Source

Field = tuple[Any, Source]

_TITLE_SEPARATORS = re.compile(r"\s+[|｜\-–—:：»«/]\s+|\s*[|｜]\s*|\s*[【\[(（]?\s*-\s+")
_PUBLISHED_META = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "cxenseparse:recs:publishtime",
    "article.published",
    "citation_publication_date",
    "citation_date",
    "original-publish-date",
    "dc.date.created",
    "ga:pubdate",
    "release_date",
    "og:article:published_time",
    "nv:date",
    "displaydate",
    "published",
    "published-date",
    "published_date",
    "publication-date",
    "publication_date",
    "date_published",
    "article_date_original",
)
# Used only when nothing above gave a date: a video's upload, a creation time.
_LATE_JSON_KEYS = ("uploadDate", "dateCreated")
_LATE_META = ("uploaddate", "datecreated", "created-date", "creation_date")
_PUBLISH_WORD = re.compile(r"publi(?:sh|cation)")
_NOT_PUBLISHED = re.compile(r"modif|updat|expir|publisher|revis")
_MODIFIED_META = (
    "article:modified_time",
    "datemodified",
    "og:updated_time",
    "last-modified",
    "dcterms.modified",
    "article.updated",
    "dc.date.modified",
    "lastmod",
    "revised",
)


def choose_title(head: HeadMetadata, site_name: str | None) -> Field | None:
    article = head.article_object()
    sites = _site_keys(head, site_name)
    candidates: list[Field] = []
    if article is not None and (headline := text_of(article.get("headline") or article.get("name"))):
        candidates.append((headline, Source.JSON_LD))
    if og := head.first("og:title", "twitter:title"):
        candidates.append(og)
    stated = [text_key(_TITLE_SEPARATORS.split(value)[0]) for value, _ in candidates]
    h1s = [
        h1
        for h1 in head.h1
        if text_key(h1) in stated or not _names_the_site(h1, sites, site_name, head.title_tag)
    ]
    sites += [key for h1 in head.h1 if h1 not in h1s and len(key := text_key(h1)) >= 4]  # a masthead
    for h1 in h1s[:2]:
        candidates.append((h1, Source.HTML))
    if head.title_tag:
        candidates.append((head.title_tag, Source.HTML))
    if not candidates:
        return None
    h1_texts = {text_key(h1) for h1 in h1s}
    # A headline that the page also shows as an <h1> is the strongest evidence.
    for value, source in candidates:
        cleaned = strip_site_suffix(value, site_name, sites=sites)
        if text_key(cleaned) in h1_texts:
            return cleaned, source
    value, source = candidates[0]
    return strip_site_suffix(value, site_name, others=[c[0] for c in candidates[1:]], sites=sites), source


def _site_keys(head: HeadMetadata, site_name: str | None) -> list[str]:
    """Keys that name the site from its URL: the host name and its longer labels."""
    keys = []
    url = head.canonical or (found[0] if (found := head.first("og:url")) else "")
    host = _host(url) if url.startswith(("http://", "https://")) else ""
    if host:
        labels = host.removeprefix("www.").split(".")
        keys.append(text_key("".join(labels)))
        keys.extend(text_key(label) for label in labels[:-1] if len(label) >= 4)
    return [key for key in dict.fromkeys(keys) if len(key) >= 4]


def _names_the_site(h1: str, sites: list[str], site_name: str | None, title_tag: str | None) -> bool:
    """An <h1> that holds the site's name (a blog's masthead), not the article's headline."""
    key = text_key(h1)
    site_name_key = text_key(site_name) if site_name else ""
    if not key or len(h1.split()) > 4:
        return False
    if key in sites or (site_name_key and key == site_name_key):
        return True
    # The <title> ends with the same words after a separator: "Headline | Blog name".
    parts = [p for p in _TITLE_SEPARATORS.split(title_tag or "") if p and p.strip()]
    return len(parts) >= 2 and text_key(parts[-1]) == key and text_key(parts[0]) != key


def strip_site_suffix(
    title: str, site_name: str | None, others: Iterable[str] = (), sites: Iterable[str] = ()
) -> str:
    """「見出し｜朝日新聞デジタル」 -> 「見出し」, "Headline - Site" -> "Headline"."""
    title = title.strip()
    parts = [part for part in _TITLE_SEPARATORS.split(title) if part and part.strip()]
    if len(parts) < 2:
        return title
    site_key = text_key(site_name) if site_name else ""
    other_keys = [text_key(other) for other in others]
    for keep_last in (False, True):
        rest = parts[:-1] if not keep_last else parts[1:]
        edge = parts[-1] if not keep_last else parts[0]
        edge_key = text_key(edge)
        if (
            (site_key and edge_key and (edge_key in site_key or site_key in edge_key))
            # the host's name: "… - chadim.net"; as a prefix only when it is all of it
            or any((key == edge_key) if keep_last else (key in edge_key) for key in sites)
            or any(edge_key and edge_key not in key and text_key(" ".join(rest)) in key for key in other_keys)
        ):
            candidate = (
                title[len(edge) :].lstrip(" |｜-–—:：»«/") if keep_last else title[: title.rfind(edge)]
            )
            candidate = candidate.rstrip(" |｜-–—:：»«/【[(（").strip()
            if candidate:
                return candidate
    # Without evidence, drop a short last part that looks like a site name (few words, no sentence).
    last = parts[-1]
    head_text = title[: title.rfind(last)].rstrip(" |｜-–—:：»«/").strip()
    if len(last) <= 30 and len(head_text) >= 2 * len(last) and re.search(r"[|｜]| [-–—] ", title):
        return head_text
    return title


def choose_site_name(head: HeadMetadata) -> Field | None:
    if found := head.first("og:site_name", "application-name", "twitter:site"):
        value, source = found
        return value.lstrip("@"), source
    article = head.article_object()
    if article is not None:
        names = names_of(article.get("publisher"))
        if names:
            return names[0], Source.JSON_LD
    return None


def choose_published(head: HeadMetadata, lang: str | None, default_tz: tzinfo) -> DateField | None:
    """The publication date the page's structured data and meta tags give."""
    found = _choose_date(head, "datePublished", _PUBLISHED_META, lang, default_tz)
    return in_page_zone(found, head, default_tz) if found is not None else None


def published_near_headline(
    head: HeadMetadata, page: Walk, lang: str | None, default_tz: tzinfo
) -> DateField | None:
    """A dated element near the headline (<time>, class "date"...), else a date on a line under it."""
    found = date_from_hints(head, lang, default_tz) or _date_under_headline(
        lines_after_headline(page, head.h1), lang, default_tz
    )
    return in_page_zone(found, head, default_tz) if found is not None else None


def dateline_under_headline(
    head: HeadMetadata, page: Walk, lang: str | None, default_tz: tzinfo
) -> DateField | None:
    """A short dated line right under the headline (the page's own dateline)."""
    for line in lines_after_headline(page, head.h1, limit=_DATELINE_LINES):
        if len(line) <= 80 and (parsed := parse_date(line, default_tz=default_tz, lang=lang)):
            return in_page_zone(DateField(parsed, Source.VISIBLE_TEXT, line), head, default_tz)
    return None


_DATELINE_LINES = 6


def dateline_around_body(
    head: HeadMetadata, page: Walk, body: list[int], lang: str | None, default_tz: tzinfo
) -> DateField | None:
    """A short dated line that opens the body (a dateline kept as text), else one just after it:
    blogs and forums sign posts at their end (「发表于 2005-07-31 12:30」, "Posted on 3 May 2021")."""
    if not body:
        return None
    opening = [page.segments[index] for index in body[:2]]
    closing = page.segments[body[-1] + 1 : body[-1] + 1 + _DATELINE_LINES]
    for segment in (*opening, *closing):
        text = segment.text
        if len(text) <= 80 and (parsed := parse_date(text, default_tz=default_tz, lang=lang)):
            return in_page_zone(DateField(parsed, Source.VISIBLE_TEXT, text), head, default_tz)
    return None


def fallback_published(
    head: HeadMetadata, url: str | None, lang: str | None, default_tz: tzinfo
) -> DateField | None:
    """When the page shows no date: weaker metadata (upload or creation times), the date in the
    URL. (The last modification time comes after these, and the caller says so in a warning.)"""
    found = _late_published(head, lang, default_tz)
    if found is None and (from_url := date_from_url(url, tz=default_tz)) is not None:
        found = DateField(from_url, Source.URL, "")
    return in_page_zone(found, head, default_tz) if found is not None else None


def date_from_hints(head: HeadMetadata, lang: str | None, default_tz: tzinfo) -> DateField | None:
    """The first dated element after the headline (<time>, class "date"...), else the nearest before."""
    hints = head.date_hints()
    if head.h1:
        ordered = [h for h in hints if h.after_h1] + [h for h in reversed(hints) if not h.after_h1]
    else:
        ordered = list(hints)
    for hint in ordered:
        if hint.machine and (parsed := parse_date(hint.machine, default_tz=default_tz, lang=lang)):
            return DateField(parsed, Source.TIME_TAG, hint.machine)
        if hint.text and (parsed := parse_date(hint.text, default_tz=default_tz, lang=lang)):
            return DateField(parsed, Source.VISIBLE_TEXT, hint.text)
    return None


def _date_under_headline(lines: list[str], lang: str | None, default_tz: tzinfo) -> DateField | None:
    """A date on a short line under the headline, or opening a longer one ("01.02.2022 – Der...")."""
    for line in lines:
        text = line if len(line) <= 100 else line[:40]
        if parsed := parse_date(text, default_tz=default_tz, lang=lang):
            return DateField(parsed, Source.VISIBLE_TEXT, text)
    return None


def _late_published(head: HeadMetadata, lang: str | None, default_tz: tzinfo) -> DateField | None:
    """Weaker sources: JSON-LD upload/creation times, any meta named like a publication date."""
    for obj in head.json_ld:
        for key in _LATE_JSON_KEYS:
            value = text_of(obj.get(key))
            if value and (parsed := parse_date(value, default_tz=default_tz, lang=lang)):
                return DateField(parsed, Source.JSON_LD, value)
    names = [*_LATE_META, *(n for n in head.meta if _PUBLISH_WORD.search(n) and not _NOT_PUBLISHED.search(n))]
    for name in names:
        for value in head.all(name):
            if parsed := parse_date(value, default_tz=default_tz, lang=lang):
                return DateField(parsed, Source.META, value)
    return None


def in_page_zone(found: DateField, head: HeadMetadata, default_tz: tzinfo) -> DateField:
    """A UTC (or zone-less, UTC-assumed) time shown in the offset the page itself uses elsewhere.

    Sites often give one field in UTC and others with their local offset; the local calendar day
    is the one the page prints. The offset comes from the zoned date nearest in time.
    """
    value = found.value
    zoned = had_zone(found)
    if value.utcoffset() != timedelta(0) or (not zoned and default_tz is not UTC):
        return found
    best: tuple[timedelta, timedelta] | None = None
    for raw in dict.fromkeys(text.strip() for text in _dated_values(head)):
        if not _ZONE_GIVEN.search(raw):
            if zoned and value.second and (offset := _local_clock_offset(raw, value)) is not None:
                best = (timedelta(0), offset)
                break
            continue
        if _UTC_GIVEN.search(raw):
            continue
        other = _quick_parse(raw)
        offset = other.utcoffset() if other is not None else None
        if other is None or not offset:
            continue
        distance = (
            abs(other - value) if zoned else abs(other.replace(tzinfo=None) - value.replace(tzinfo=None))
        )
        if distance <= _ZONE_WINDOW and (best is None or distance < best[0]):
            best = (distance, offset)
    if best is None:
        return found
    zone = timezone(best[1])
    moved = value.astimezone(zone) if zoned else value.replace(tzinfo=zone)
    return DateField(moved, found.source, found.raw)


_ZONE_WINDOW = timedelta(days=183)


_UTC_GIVEN = re.compile(r"(?:Z|[+-]00:?00|\bUTC|\bGMT)$")


def _quick_parse(raw: str) -> datetime | None:
    """ISO 8601 the fast way, anything else through ``parse_date`` (zone-less: UTC)."""
    try:
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        return parse_date(raw, default_tz=UTC)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _local_clock_offset(raw: str, instant: datetime) -> timedelta | None:
    """The offset of a zone-less local time that is ``instant`` on the page's clock: the same
    minutes and (non-zero) seconds, a whole number of quarter hours away, at most 14 hours."""
    local = _quick_parse(raw)
    if (
        local is None
        or instant.second == 0
        or (local.minute, local.second) != (instant.minute, instant.second)
    ):
        return None
    offset = local.replace(tzinfo=None) - instant.astimezone(UTC).replace(tzinfo=None)
    if not offset or abs(offset) > timedelta(hours=14) or offset % timedelta(minutes=15):
        return None
    return offset


def _dated_values(head: HeadMetadata) -> Iterable[str]:
    for obj in head.json_ld:
        for key in ("datePublished", "dateModified", "dateCreated", "uploadDate"):
            if value := text_of(obj.get(key)):
                yield value
    for name in (*_PUBLISHED_META, *_MODIFIED_META):
        yield from head.all(name)
    yield from head.times


def choose_modified(head: HeadMetadata, lang: str | None, default_tz: tzinfo) -> DateField | None:
    return _choose_date(head, "dateModified", _MODIFIED_META, lang, default_tz)


def _choose_date(
    head: HeadMetadata, json_key: str, meta_names: tuple[str, ...], lang: str | None, default_tz: tzinfo
) -> DateField | None:
    article = head.article_object()
    objects = [article] if article is not None else []
    objects += [obj for obj in head.json_ld if obj is not article]
    for obj in objects:
        value = text_of(obj.get(json_key))
        if value and (parsed := parse_date(value, default_tz=default_tz, lang=lang)):
            return DateField(parsed, Source.JSON_LD, value)
    for name in meta_names:
        for value in head.all(name):
            if parsed := parse_date(value, default_tz=default_tz, lang=lang):
                source = Source.OPENGRAPH if name.startswith(("article:", "og:")) else Source.META
                return DateField(parsed, source, value)
    return None


_ZONE_GIVEN = re.compile(r"(?:Z|[+-]\d{2}:?\d{2}|\b[A-Z]{2,5})\s*$")


class DateField(NamedTuple):
    """A chosen date with its source and the string it was read from."""

    value: datetime
    source: Source
    raw: str


def had_zone(found: DateField | tuple[datetime, Source]) -> bool:
    """Whether the date string named its zone (False: the default zone was assumed)."""
    return not isinstance(found, DateField) or bool(_ZONE_GIVEN.search(found.raw.strip()))


def date_from_text(texts: Iterable[str], lang: str | None, default_tz: tzinfo) -> datetime | None:
    """The first date found in short visible lines (a dateline near the headline)."""
    for text in texts:
        if len(text) <= 80 and (parsed := parse_date(text, default_tz=default_tz, lang=lang)):
            return parsed
    return None


def choose_authors(head: HeadMetadata, site_name: str | None = None) -> Field | None:
    """Bylines; an organisation (the publisher, the site) is not an author."""
    article = head.article_object()
    publishers = (
        {text_key(name) for name in names_of(article.get("publisher"))} if article is not None else set()
    )
    if site_name:
        publishers.add(text_key(site_name))

    def is_person(name: str) -> bool:
        return not _is_url(name) and text_key(name) not in publishers

    if article is not None:
        names = [name for name in names_of(_people(article.get("author"))) if is_person(name)]
        if names:
            return _dedupe(names), Source.JSON_LD
    for meta in ("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"):
        values = [v for v in head.all(meta) if is_person(v)]
        if values:
            source = Source.OPENGRAPH if meta.startswith("article:") else Source.META
            names = [re.sub(r"^(?:by|von|par|por)\s+", "", v, flags=re.IGNORECASE) for v in values]
            return _dedupe(names), source
    return None


def _people(value: Any) -> Any:
    """JSON-LD author values without the ones typed as organisations."""
    if isinstance(value, list):
        return [item for item in value if not _is_organisation(item)]
    return None if _is_organisation(value) else value


def _is_organisation(value: Any) -> bool:
    kind = value.get("@type") if isinstance(value, dict) else None
    kinds = kind if isinstance(kind, list) else [kind]
    return any(
        isinstance(k, str) and k.lower() in ("organization", "newsmediaorganization", "corporation")
        for k in kinds
    )


def choose_text(head: HeadMetadata, json_key: str, *meta_names: str) -> Field | None:
    article = head.article_object()
    if article is not None and (value := text_of(article.get(json_key))):
        return value, Source.JSON_LD
    return head.first(*meta_names)


def choose_tags(head: HeadMetadata) -> Field | None:
    article = head.article_object()
    if article is not None:
        keywords = article.get("keywords")
        if isinstance(keywords, str) and keywords.strip():
            return _split_keywords(keywords), Source.JSON_LD
        if isinstance(keywords, list):
            tags = [k.strip() for k in keywords if isinstance(k, str) and k.strip()]
            if tags:
                return _dedupe(tags), Source.JSON_LD
    if tags := head.all("article:tag"):
        return _dedupe(tags), Source.OPENGRAPH
    if found := head.first("keywords", "news_keywords"):
        return _split_keywords(found[0]), found[1]
    return None


def choose_canonical(head: HeadMetadata, url: str | None) -> Field | None:
    if head.canonical and (joined := _join(url, head.canonical)):
        return joined, Source.HTML
    if (found := head.first("og:url")) and (joined := _join(url, found[0])):
        return joined, found[1]
    return None


def _join(base: str | None, link: str) -> str | None:
    """``link`` made absolute against ``base``; None when either is a malformed URL or the result
    is no web address (``javascript:``, ``data:``: a page's own markup must not smuggle them in)."""
    try:
        joined = urljoin(base or "", link.strip())
        scheme = urlparse(joined).scheme.lower()
    except ValueError:  # an unclosed IPv6 bracket and the like
        return None
    return joined if scheme in ("http", "https", "") else None


def choose_language(head: HeadMetadata) -> Field | None:
    article = head.article_object()
    if article is not None and (value := text_of(article.get("inLanguage"))):
        return _lang_code(value), Source.JSON_LD
    if head.html_lang:
        return _lang_code(head.html_lang), Source.HTML
    if found := head.first("og:locale", "content-language", "language", "dc.language"):
        return _lang_code(found[0]), found[1]
    return None


def date_locale(lang: str | None, head: HeadMetadata, url: str | None) -> str | None:
    """The language to read the page's numeric dates by (``en-gb`` for British, Australian… English)."""
    declared = [head.html_lang or ""]
    if found := head.first("og:locale", "content-language"):
        declared.append(found[0])
    return numeric_date_locale(lang, declared, url)


def is_paywalled(head: HeadMetadata) -> bool:
    """The article object declares itself not free (``isAccessibleForFree: false``)."""
    article = head.article_object()
    if article is None:
        return False
    free = article.get("isAccessibleForFree")
    return free is False or (isinstance(free, str) and free.strip().lower() == "false")


_LANG_ZONES: dict[str, tzinfo] = {"ja": JST, "ko": KST, "zh": CHINA_TZ}
_HOST_ZONES: dict[str, tzinfo] = {"jp": JST, "kr": KST, "cn": CHINA_TZ, "tw": CHINA_TZ, "hk": CHINA_TZ}


def default_timezone(lang: str | None, url: str | None) -> tzinfo | None:
    """The zone of zone-less times on East Asian pages (by language, else by the host's country:
    JST for Japanese, KST for Korean, UTC+8 for Chinese); None means: assume UTC and warn."""
    if lang in _LANG_ZONES:
        return _LANG_ZONES[lang]
    host = _host(url) if url else ""
    return _HOST_ZONES.get(host.rsplit(".", 1)[-1]) if host else None


def _host(url: str) -> str:
    try:
        return urlparse(url).hostname or ""
    except ValueError:  # a malformed URL (an unclosed IPv6 bracket, a bad port)
        return ""


def _lang_code(value: str) -> str:
    return value.strip().replace("_", "-").split("-")[0].lower()


def _split_keywords(value: str) -> list[str]:
    return _dedupe(part.strip() for part in re.split(r"[,、，;；]", value) if part.strip())


def _dedupe(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        seen.setdefault(value.strip(), None)
    return [value for value in seen if value]


def _is_url(value: str) -> bool:
    return value.startswith(("http://", "https://", "/"))
