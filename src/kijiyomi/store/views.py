"""Read-side queries behind the web pages and their JSON twins: stories, articles, entities,
timelines, trends and related stories. Each returns plain JSON-ready data or None."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from typing import Any

from kijiyomi.store import syndication
from kijiyomi.store.archive import Archive, unpack_json
from kijiyomi.store.search import Filters, entity_keys
from kijiyomi.store.textindex import check_text

RELATED_SCAN = 300  # articles looked at per shared entity or event type
_READING_LISTS = ("sentences", "entities", "times", "quotes", "events")


def _rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    return [dict(row) for row in cursor]


def latest_stories(archive: Archive, limit: int = 30) -> list[dict[str, Any]]:
    """Newest stories first, each once, with the number of copies (syndicated articles)."""
    return _rows(
        archive.connection().execute(
            "SELECT s.id AS story_id, s.size AS copies, s.last_published, a.uid, a.title, a.site, a.agency,"
            " a.published, substr(a.text, 1, 160) AS lede FROM stories s JOIN articles a"
            " ON a.id = s.lead_article_id ORDER BY s.last_published IS NULL, s.last_published DESC, s.id DESC"
            " LIMIT ?",
            (limit,),
        )
    )


def _anchor_date(conn: sqlite3.Connection) -> date:
    row = conn.execute("SELECT max(published) FROM articles WHERE published <= ?", (_tomorrow(),)).fetchone()
    if row and row[0]:
        return date.fromisoformat(str(row[0])[:10])
    return datetime.now(UTC).date()


def _tomorrow() -> str:
    return (datetime.now(UTC).date() + timedelta(days=1)).isoformat()


def trending(archive: Archive, days: int = 3, baseline_days: int = 14) -> dict[str, Any]:
    """Entities and event types mentioned more in the last ``days`` than in the weeks before.

    The window ends at the newest article's date (not today), so an archive of old pages still
    shows what was rising then. Score: recent share minus baseline share, per day.
    """
    conn = archive.connection()
    end = _anchor_date(conn) + timedelta(days=1)
    start = end - timedelta(days=days)
    base_start = start - timedelta(days=baseline_days)
    bounds = (
        *(start.isoformat(), end.isoformat(), base_start.isoformat(), start.isoformat()),
        *(base_start.isoformat(), end.isoformat()),
    )

    def rank(sql: str) -> list[dict[str, Any]]:
        out = []
        for row in conn.execute(sql, bounds):
            recent, base = int(row["recent"]), int(row["base"])
            if recent == 0:
                continue
            rise = recent / days - base / baseline_days
            out.append({**dict(row), "rise": round(rise, 3)})
        out.sort(key=lambda r: (-r["rise"], -r["recent"]))
        return out[:10]

    entities = rank(
        "SELECT e.key, e.name, e.label,"
        " count(DISTINCT CASE WHEN a.published >= ? AND a.published < ? THEN a.id END) AS recent,"
        " count(DISTINCT CASE WHEN a.published >= ? AND a.published < ? THEN a.id END) AS base"
        " FROM articles a CROSS JOIN mentions m ON m.article_id = a.id"
        " JOIN entities e ON e.key = m.entity_key WHERE a.published >= ? AND a.published < ? GROUP BY e.key"
    )
    types = rank(
        "SELECT ev.type,"
        " count(DISTINCT CASE WHEN a.published >= ? AND a.published < ? THEN a.id END) AS recent,"
        " count(DISTINCT CASE WHEN a.published >= ? AND a.published < ? THEN a.id END) AS base"
        " FROM articles a CROSS JOIN events ev ON ev.article_id = a.id"
        " WHERE a.published >= ? AND a.published < ? GROUP BY ev.type"
    )
    return {"window": [start.isoformat(), end.isoformat()], "entities": entities, "event_types": types}


def article(archive: Archive, uid: str) -> dict[str, Any] | None:
    """Everything the article page shows: the article, its reading, entities, events, copies."""
    conn = archive.connection()
    row = conn.execute("SELECT * FROM articles WHERE uid = ?", (uid,)).fetchone()
    if row is None:
        return None
    data = unpack_json(row["article_json"])
    data.setdefault("text", row["text"])
    reading = _shown_reading(unpack_json(row["reading_json"]))
    entities = _rows(
        conn.execute(
            "SELECT e.key, e.name, e.label, e.country, count(*) AS mentions FROM mentions m"
            " JOIN entities e ON e.key = m.entity_key WHERE m.article_id = ? GROUP BY e.key ORDER BY 5 DESC",
            (row["id"],),
        )
    )
    spans = _rows(
        conn.execute(
            "SELECT m.start, m.end, m.entity_key AS key, e.label, e.name FROM mentions m"
            " JOIN entities e ON e.key = m.entity_key WHERE m.article_id = ? AND m.start IS NOT NULL"
            " ORDER BY m.start",
            (row["id"],),
        )
    )
    events = _event_rows(conn, "ev.article_id = ?", [row["id"]])
    copies = _rows(
        conn.execute(
            "SELECT uid, title, site, published, coalesce(canonical_url, url) AS url FROM articles"
            " WHERE story_id = ? AND id != ? ORDER BY published",
            (row["story_id"], row["id"]),
        )
    )
    return {
        "uid": uid,
        "article": data,
        "reading": reading,
        "site": row["site"],
        "story_id": row["story_id"],
        "source": row["source"],
        "ingested_at": row["ingested_at"],
        "entities": entities,
        "entity_spans": spans,
        "time_spans": _time_spans(reading),
        "events": events,
        "copies": copies,
        "related": related(archive, row["id"], row["story_id"], row["minhash"]),
    }


def _shown_reading(reading: Any) -> dict[str, Any] | None:
    """The stored reading with its lists checked: one given with an article (``POST /api/articles``,
    ingested JSON) may hold a number where the article page iterates a list."""
    if not isinstance(reading, dict):
        return None
    odd: dict[str, list[Any]] = {
        key: [] for key in _READING_LISTS if key in reading and not isinstance(reading[key], list)
    }
    return {**reading, **odd} if odd else reading


def _time_spans(reading: dict[str, Any] | None) -> list[dict[str, Any]]:
    out = []
    for item in (reading or {}).get("times") or ():
        if isinstance(item, dict) and isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
            out.append({"start": item["start"], "end": item["end"], "value": item.get("value")})
    return out


def related(
    archive: Archive, article_id: int, story_id: int | None, minhash: bytes | None
) -> list[dict[str, Any]]:
    """Other stories sharing entities or event types with this article, or with similar text."""
    conn = archive.connection()
    scores: dict[int, float] = {}
    keys = [
        r[0]
        for r in conn.execute("SELECT DISTINCT entity_key FROM mentions WHERE article_id = ?", (article_id,))
    ]
    for key in keys[:20]:  # each shared entity counts once; only its most recent articles are looked at
        for row in conn.execute(
            "SELECT DISTINCT article_id FROM mentions WHERE entity_key = ? AND article_id != ?"
            " ORDER BY article_id DESC LIMIT ?",
            (key, article_id, RELATED_SCAN),
        ):
            scores[int(row[0])] = scores.get(int(row[0]), 0.0) + 1.0
    types = [
        r[0] for r in conn.execute("SELECT DISTINCT type FROM events WHERE article_id = ?", (article_id,))
    ]
    for kind in types[:10]:
        for row in conn.execute(
            "SELECT DISTINCT article_id FROM events WHERE type = ? AND article_id != ?"
            " ORDER BY article_id DESC LIMIT ?",
            (kind, article_id, RELATED_SCAN),
        ):
            scores[int(row[0])] = scores.get(int(row[0]), 0.0) + 0.5
    if minhash is not None and syndication.available():
        for band, key in syndication.band_keys(minhash):
            for row in conn.execute(
                "SELECT l.article_id, a.minhash FROM lsh_bands l JOIN articles a ON a.id = l.article_id"
                " WHERE l.band = ? AND l.key = ? AND l.article_id != ? LIMIT 20",
                (band, key, article_id),
            ):
                scores[int(row[0])] = scores.get(int(row[0]), 0.0) + 3 * syndication.jaccard(minhash, row[1])
    best: dict[Any, tuple[float, int]] = {}
    if scores:
        ids = sorted(scores, key=lambda i: -scores[i])[:100]
        marks = ",".join("?" * len(ids))
        for row in conn.execute(f"SELECT id, story_id FROM articles WHERE id IN ({marks})", ids):
            if row["story_id"] == story_id:
                continue
            key = row["story_id"] or -row["id"]
            if key not in best or best[key][0] < scores[row["id"]]:
                best[key] = (scores[row["id"]], row["id"])
    top = sorted(best.values(), reverse=True)[:8]
    out = []
    for score, aid in top:
        row = conn.execute("SELECT uid, title, site, published FROM articles WHERE id = ?", (aid,)).fetchone()
        out.append({**dict(row), "score": round(score, 2)})
    return out


def _event_rows(
    conn: sqlite3.Connection, where: str, params: list[Any], limit: int = 500
) -> list[dict[str, Any]]:
    events = _rows(
        conn.execute(
            "SELECT ev.id, ev.type, ev.date, ev.place, ev.status, ev.text,"
            " a.uid, a.title, a.published, a.site"
            f" FROM events ev JOIN articles a ON a.id = ev.article_id WHERE {where}"
            " ORDER BY ev.date IS NULL, ev.date, ev.id LIMIT ?",
            [*params, limit],
        )
    )
    if not events:
        return events
    marks = ",".join("?" * len(events))
    roles: dict[int, list[dict[str, Any]]] = {}
    for row in conn.execute(
        "SELECT ee.event_id, ee.role, e.key, e.name, e.label, e.country FROM event_entities ee"
        f" JOIN entities e ON e.key = ee.entity_key WHERE ee.event_id IN ({marks})",
        [ev["id"] for ev in events],
    ):
        roles.setdefault(int(row["event_id"]), []).append(dict(row))
    today = datetime.now(UTC).date().isoformat()
    for ev in events:
        ev["entities"] = roles.get(int(ev["id"]), [])
        ev["when"] = _when(ev["status"], ev["date"], today)
    return events


def _when(status: str | None, day: str | None, today: str) -> str:
    if status in {"planned", "scheduled", "future", "announced", "expected"}:
        return "planned"
    if status in {"past", "happened", "occurred", "done", "completed"}:
        return "past"
    if day:
        return "planned" if day > today else "past"
    return "unknown"


def timeline(
    archive: Archive,
    *,
    entity: str | None = None,
    event_type: str | None = None,
    country: str | None = None,
    since: str | None = None,
    until: str | None = None,
    when: str | None = None,
) -> dict[str, Any]:
    """Events by date (past and planned), filterable by entity, type, country and dates."""
    Filters(since=since, until=until, entity=entity, event_type=event_type).validated()
    if country:
        check_text("--country", country)
    conn = archive.connection()
    clauses, params = ["1"], []
    if entity:
        keys = entity_keys(conn, entity)
        marks = ",".join("?" * len(keys)) or "NULL"
        clauses.append(f"ev.id IN (SELECT event_id FROM event_entities WHERE entity_key IN ({marks}))")
        params.extend(keys)
    if event_type:
        clauses.append("ev.type = ?")
        params.append(event_type.lower())
    if country:
        clauses.append(
            "ev.id IN (SELECT ee.event_id FROM event_entities ee JOIN entities e ON e.key = ee.entity_key"
            " WHERE e.country = ?)"
        )
        params.append(country.upper())
    if since:
        clauses.append("ev.date >= ?")
        params.append(since)
    if until:
        clauses.append("ev.date <= ?")
        params.append(until)
    events = _event_rows(conn, " AND ".join(clauses), params)
    if when in {"past", "planned"}:
        events = [ev for ev in events if ev["when"] == when]
    days: dict[str, list[dict[str, Any]]] = {}
    for ev in events:
        days.setdefault(ev["date"] or "undated", []).append(ev)
    types = [r[0] for r in conn.execute("SELECT DISTINCT type FROM events ORDER BY 1")]
    countries = [
        r[0]
        for r in conn.execute("SELECT DISTINCT country FROM entities WHERE country IS NOT NULL ORDER BY 1")
    ]
    return {
        "filters": {"entity": entity, "type": event_type, "country": country, "since": since, "until": until,
                    "when": when},
        "days": [{"date": d, "events": evs} for d, evs in days.items()],
        "count": len(events),
        "types": types,
        "countries": countries,
    }  # fmt: skip


def entity(archive: Archive, key: str) -> dict[str, Any] | None:
    """An entity's page: its mentions across articles, its roles in events, its timeline."""
    conn = archive.connection()
    row = conn.execute("SELECT key, label, name, country FROM entities WHERE key = ?", (key,)).fetchone()
    if row is None:
        return None
    articles = _rows(
        conn.execute(
            "SELECT a.uid, a.title, a.site, a.published, count(*) AS mentions,"
            " (SELECT group_concat(DISTINCT m2.text) FROM mentions m2 WHERE m2.article_id = a.id"
            "  AND m2.entity_key = ?) AS forms"
            " FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_key = ?"
            " GROUP BY a.id ORDER BY a.published DESC LIMIT 100",
            (key, key),
        )
    )
    roles = {
        str(r[0]): int(r[1])
        for r in conn.execute(
            "SELECT role, count(*) FROM event_entities WHERE entity_key = ? GROUP BY role", (key,)
        )
    }
    total = conn.execute(
        "SELECT count(DISTINCT article_id) FROM mentions WHERE entity_key = ?", (key,)
    ).fetchone()
    events = _event_rows(conn, "ev.id IN (SELECT event_id FROM event_entities WHERE entity_key = ?)", [key])
    return {
        **dict(row),
        "article_count": int(total[0]),
        "articles": articles,
        "roles": roles,
        "events": events,
    }


def rejects_summary(archive: Archive) -> dict[str, Any]:
    return {"counts": archive.reject_counts(), "recent": archive.rejects(limit=50)}


__all__ = ["article", "entity", "latest_stories", "rejects_summary", "related", "timeline", "trending"]
