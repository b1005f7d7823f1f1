"""Filter keys: one token per site, agency, month, entity and event type of an article.

They live in the contentless FTS5 table ``article_keys`` (same rowid as ``article_fts``), so a
filtered search intersects two posting lists inside SQLite instead of reading the row of every
text match to test its site or date. Keys narrow the candidates; the SQL filters still decide
(a date range is keyed by whole months, and a hash could in principle collide).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

MAX_MONTHS = 36  # a longer date range is left to the SQL filter alone (its keys would match most rows)


def _hashed(prefix: str, value: str) -> str:
    return prefix + hashlib.blake2b(value.encode("utf-8"), digest_size=8).hexdigest()


def site_key(site: str) -> str:
    return _hashed("s", site)


def agency_key(agency: str) -> str:
    return _hashed("a", agency)


def entity_token(entity_key: str) -> str:
    return _hashed("e", entity_key)


def event_key(event_type: str) -> str:
    return _hashed("t", event_type.lower())


def month_key(published: str) -> str | None:
    """``m202603`` for a published value starting ``2026-03``; None when it does not."""
    head = published[:7]
    if len(head) == 7 and head[4] == "-" and head[:4].isdigit() and head[5:].isdigit():
        return f"m{head[:4]}{head[5:]}"
    return None


def article_keys(
    site: str | None,
    agency: str | None,
    published: str | None,
    entity_keys: Iterable[str],
    event_types: Iterable[str],
) -> str:
    """The space-separated keys of one article, as indexed."""
    keys = [site_key(site)] if site else []
    if agency:
        keys.append(agency_key(agency))
    month = month_key(published) if published else None
    if month:
        keys.append(month)
    keys.extend(sorted({entity_token(key) for key in entity_keys}))
    keys.extend(sorted({event_key(kind) for kind in event_types}))
    return " ".join(keys)


def keys_from_rows(
    conn: sqlite3.Connection, article_ids: list[int] | None = None
) -> Iterator[tuple[int, str]]:
    """(article id, keys) from the stored rows: of ``article_ids``, or of every article."""
    marks = ",".join("?" * len(article_ids)) if article_ids is not None else ""
    params = list(article_ids or [])
    of_articles = f" WHERE article_id IN ({marks})" if article_ids is not None else ""
    entities: dict[int, list[str]] = defaultdict(list)
    for article_id, key in conn.execute(
        f"SELECT DISTINCT article_id, entity_key FROM mentions{of_articles}", params
    ):
        entities[article_id].append(key)
    events: dict[int, list[str]] = defaultdict(list)
    for article_id, kind in conn.execute(
        f"SELECT DISTINCT article_id, type FROM events{of_articles}", params
    ):
        events[article_id].append(kind)
    articles = "SELECT id, site, agency, published FROM articles"
    if article_ids is not None:
        articles += f" WHERE id IN ({marks})"
    for article_id, site, agency, published in conn.execute(articles, params):
        yield article_id, article_keys(site, agency, published, entities[article_id], events[article_id])


def _months(since: str | None, until: str | None) -> list[str] | None:
    if not since and not until:
        return None
    if not since or not until:
        return None  # an open range is most of the archive: the SQL filter alone decides
    first, last = date.fromisoformat(since), date.fromisoformat(until)
    if last < first:
        return []
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    if count > MAX_MONTHS:
        return None
    months = []
    year, month = first.year, first.month
    for _ in range(count):
        months.append(f"m{year:04d}{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def keys_decide(*, since: str | None, until: str | None) -> bool:
    """Whether the keys of ``filter_expression`` select exactly the articles the filters pass: the
    site, agency, entity and event keys do; a date range only when it is whole months (or absent).
    """
    if not since and not until:
        return True
    if not since or not until:
        return False
    first, last = date.fromisoformat(since), date.fromisoformat(until)
    months = _months(since, until)
    return bool(months) and first.day == 1 and (last == date.max or (last + timedelta(days=1)).day == 1)


def filter_expression(
    *,
    site: str | None = None,
    agency: str | None = None,
    since: str | None = None,
    until: str | None = None,
    entity_keys: list[str] | None = None,
    event_type: str | None = None,
) -> str | None:
    """An FTS5 expression over ``article_keys`` that every article passing these filters matches,
    or None when no filter can be keyed. Keys are letters and digits only: nothing in it is user
    syntax."""
    parts: list[str] = []
    if site:
        parts.append(site_key(site))
    if agency:
        parts.append(agency_key(agency))
    months = _months(since, until)
    if months is not None:
        if not months:
            return "mnone"  # an empty range: no article has this key
        parts.append("(" + " OR ".join(months) + ")" if len(months) > 1 else months[0])
    if entity_keys is not None:
        if not entity_keys:
            return "enone"
        tokens = [entity_token(key) for key in entity_keys]
        parts.append("(" + " OR ".join(tokens) + ")" if len(tokens) > 1 else tokens[0])
    if event_type:
        parts.append(event_key(event_type))
    return " AND ".join(parts) if parts else None


__all__ = ["article_keys", "filter_expression", "keys_decide", "keys_from_rows", "month_key"]
