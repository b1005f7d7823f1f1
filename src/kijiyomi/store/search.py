"""Full-text search over the archive: FTS5 candidates ranked by bm25, verified, filtered, faceted.

FTS5 ranks the candidates. Where the index alone decides a term exactly (see
``textindex.Term.exact``) nothing more is done; otherwise each candidate's title and body are
checked against the reference semantics (``textindex.matches``) before it is counted or shown,
so the results are those of a brute-force scan, in bm25 order.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from kijiyomi.store.archive import Archive
from kijiyomi.store.filterkeys import filter_expression, keys_decide
from kijiyomi.store.textindex import (
    Query,
    QueryError,
    check_text,
    ngram_matches,
    normalize,
    parse_query,
    snippet,
    sudachi_matches,
    sudachi_words,
)

RANK_CAP = 1000  # ranked results kept for paging and facets
RANK_WINDOW = 2000  # a word matching more articles is ranked among its most recent RANK_WINDOW
VERIFY_CAP = 5000  # candidates checked for queries the index cannot decide alone
COUNT_CAP = 10_000  # matches counted exactly; past it the total is a lower bound (total_exact False)
FACET_CAP = 300  # facets are counted over the best-ranked results
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class Filters:
    """Search and timeline filters; dates are inclusive ``YYYY-MM-DD``."""

    since: str | None = None
    until: str | None = None
    site: str | None = None
    agency: str | None = None
    entity: str | None = None
    event_type: str | None = None

    def validated(self) -> Filters:
        for name in Filters.__slots__:
            value = getattr(self, name)
            if value:
                check_text(f"--{name.replace('_', '-')}", value)
        for name in ("since", "until"):
            value = getattr(self, name)
            if value and not _DATE.match(value):
                raise QueryError(f"--{name} must be a date YYYY-MM-DD, not {value!r}")
            if value:
                try:
                    date.fromisoformat(value)
                except ValueError as error:
                    raise QueryError(f"--{name}: {error}") from error
        if self.since and self.until and self.since > self.until:
            raise QueryError(f"--since {self.since} is after --until {self.until}: no day is in that range")
        return self


@dataclass(slots=True)
class Hit:
    uid: str
    title: str | None
    site: str | None
    agency: str | None
    published: str | None
    url: str | None
    score: float
    story_id: int | None
    copies: int
    snippet: list[tuple[str, bool]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "title": self.title,
            "site": self.site,
            "agency": self.agency,
            "published": self.published,
            "url": self.url,
            "score": round(self.score, 4),
            "story_id": self.story_id,
            "copies": self.copies,
            "snippet": "".join(f"[{t}]" if hit else t for t, hit in self.snippet),
            "snippet_parts": [{"text": t, "hit": hit} for t, hit in self.snippet],
        }


@dataclass(slots=True)
class SearchResult:
    query: str
    scheme: str
    total: int
    total_exact: bool
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]]
    facets_basis: int
    took_ms: float
    offset: int = 0
    limit: int = 20
    ranked_among: int | None = None  # set when only the most recent matches were ranked

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": True,
            "query": self.query,
            "tokenizer": self.scheme,
            "total": self.total,
            "total_exact": self.total_exact,
            "offset": self.offset,
            "limit": self.limit,
            "hits": [hit.to_dict() for hit in self.hits],
            "facets": {k: [{"value": v, "count": c} for v, c in items] for k, items in self.facets.items()},
            "facets_basis": self.facets_basis,
            "ranked_among": self.ranked_among,
            "took_ms": round(self.took_ms, 2),
        }


def _filter_sql(filters: Filters, conn: sqlite3.Connection) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.since:
        clauses.append("a.published >= ?")
        params.append(filters.since)
    if filters.until and filters.until < date.max.isoformat():  # until 9999-12-31 bounds nothing
        clauses.append("a.published < ?")
        params.append((date.fromisoformat(filters.until) + timedelta(days=1)).isoformat())
    if filters.site:
        clauses.append("a.site = ?")
        params.append(filters.site)
    if filters.agency:
        clauses.append("a.agency = ?")
        params.append(filters.agency)
    if filters.entity:
        keys = entity_keys(conn, filters.entity)
        clauses.append(
            f"a.id IN (SELECT article_id FROM mentions WHERE entity_key IN ({','.join('?' * len(keys))}))"
            if keys
            else "0"
        )
        params.extend(keys)
    if filters.event_type:
        clauses.append("a.id IN (SELECT article_id FROM events WHERE type = ?)")
        params.append(filters.event_type.lower())
    return "".join(f" AND {c}" for c in clauses), params


def entity_keys(conn: sqlite3.Connection, ref: str) -> list[str]:
    """Entity keys for a key or a name (any label)."""
    rows = conn.execute("SELECT key FROM entities WHERE key = ? OR name = ?", (ref, ref)).fetchall()
    if not rows:
        norm = normalize(ref)
        rows = [
            r
            for r in conn.execute(
                "SELECT key, name FROM entities WHERE name LIKE ? ESCAPE '\\'", (_like_literal(ref),)
            )
            if normalize(r[1]) == norm
        ]
    return [str(r[0]) for r in rows]


def _like_literal(text: str) -> str:
    """``text`` as a LIKE pattern that matches itself only (LIKE is used for its case folding)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _verifier(query: Query, scheme: str) -> Any:
    if scheme == "sudachi":
        words = [sudachi_words(t.text) for t in query.terms]

        def check(fields: list[str]) -> bool:
            docs = [sudachi_words(normalize(f)) for f in fields]
            return all(any(sudachi_matches(w, d) for d in docs) for w in words)

        return check

    def check_ngram(fields: list[str]) -> bool:
        norms = [normalize(f) for f in fields]
        return all(any(ngram_matches(t.text, n) for n in norms) for t in query.terms)

    return check_ngram


def search(
    archive: Archive,
    query: str,
    filters: Filters | None = None,
    *,
    limit: int = 20,
    offset: int = 0,
    collapse: bool = True,
) -> SearchResult:
    """Articles matching every term of ``query``, best first; with ``collapse`` the copies of one
    story (syndication) are shown once, as the best-ranked copy.

    Raises:
        QueryError: the query or a filter cannot be understood.
    """
    started = time.perf_counter()
    filters = (filters or Filters()).validated()
    limit = max(1, min(limit, 100))
    offset = max(0, min(offset, RANK_CAP))
    parsed = parse_query(query, archive.scheme)
    conn = archive.connection()
    where, params = _filter_sql(filters, conn)
    window: int | None = None
    try:
        if parsed.exact:
            if where:
                ranked, total, window = _ranked_filtered(archive, parsed, filters, where, params)
            else:
                ranked, total, window = _ranked(archive, parsed)
            exact = total < COUNT_CAP  # at the cap, the total is a lower bound
        else:
            sql = (
                "SELECT article_fts.rowid, a.story_id, article_fts.rank FROM article_fts"
                " JOIN articles a ON a.id = article_fts.rowid WHERE article_fts MATCH ?"
                + where
                + " ORDER BY article_fts.rank LIMIT ?"
            )
            ranked, total, exact = _verified(conn, sql, parsed, params, archive.scheme)
    except sqlite3.OperationalError as error:  # should not happen: phrases hold letters only
        if not str(error).startswith("fts5:"):
            raise  # a damaged or locked archive, not a bad query
        raise QueryError(f"the search index rejected the query: {error}") from error
    hits, seen = [], set()
    collapsed = []
    for article_id, story_id, score in ranked:
        key = story_id if collapse and story_id is not None else -article_id
        if key in seen:
            continue
        seen.add(key)
        collapsed.append((article_id, score))
    for article_id, score in collapsed[offset : offset + limit]:
        hits.append(_hit(conn, article_id, score, parsed))
    facets = _facets(conn, [r[0] for r in ranked[:FACET_CAP]])
    took = (time.perf_counter() - started) * 1000
    basis = min(len(ranked), FACET_CAP)
    return SearchResult(query, archive.scheme, total, exact, hits, facets, basis, took, offset, limit, window)


_RANKED = (
    "SELECT r.id, a.story_id, r.score FROM (SELECT article_fts.rowid AS id, article_fts.rank AS score"
    " FROM article_fts WHERE article_fts MATCH ?{bound} ORDER BY +article_fts.rank LIMIT ?) r"
    " JOIN articles a ON a.id = r.id ORDER BY r.score"
)  # "+rank": SQLite sorts the bm25 scores; FTS5's own rank order runs the query twice


def _ranked(archive: Archive, parsed: Query) -> tuple[list[tuple[int, Any, float]], int, int | None]:
    """Ranked matches of an exact query without filters, their total and the rank window."""
    conn = archive.connection()
    match = "FROM article_fts WHERE article_fts MATCH ?"
    floor = conn.execute(
        f"SELECT article_fts.rowid {match} ORDER BY article_fts.rowid DESC LIMIT 1 OFFSET ?",
        [parsed.fts, RANK_WINDOW - 1],
    ).fetchone()
    args: list[Any] = [parsed.fts]
    if floor is None:
        bound, window = "", None
    else:  # very common words: rank the most recent RANK_WINDOW matches
        bound, window = " AND article_fts.rowid >= ?", RANK_WINDOW
        args.append(int(floor[0]))
    rows = conn.execute(_RANKED.format(bound=bound), [*args, RANK_CAP])
    ranked = [(int(r[0]), r[1], float(r[2])) for r in rows]
    total = len(ranked)
    if total >= RANK_CAP or window:
        total = _count(archive, f"SELECT article_fts.rowid {match}", [parsed.fts])
    return ranked, total, window


def _ranked_filtered(
    archive: Archive, parsed: Query, filters: Filters, where: str, params: list[Any]
) -> tuple[list[tuple[int, Any, float]], int, int | None]:
    """Ranked matches of an exact query that pass the filters, their total and the rank window.

    The filter keys (``filterkeys``) narrow the text matches inside SQLite; where they are not
    exact (a date range that is not whole months) the SQL filters then decide on those
    candidates only. Without keys every text match is joined to its row.
    """
    conn = archive.connection()
    keys = filter_expression(
        site=filters.site,
        agency=filters.agency,
        since=filters.since,
        until=filters.until,
        entity_keys=entity_keys(conn, filters.entity) if filters.entity else None,
        event_type=filters.event_type,
    )
    if keys is None:  # every text match is joined to its row
        ids = [
            int(r[0])
            for r in conn.execute(
                "SELECT a.id FROM article_fts JOIN articles a ON a.id = article_fts.rowid"
                f" WHERE article_fts MATCH ?{where} ORDER BY a.id DESC LIMIT ?",
                [parsed.fts, *params, COUNT_CAP],
            )
        ]
    else:
        span = conn.execute(
            "SELECT min(rowid), max(rowid) FROM article_keys WHERE article_keys MATCH ?", [keys]
        ).fetchone()
        if span[0] is None:
            return [], 0, None
        # the text matches in the keyed rows' span probe those rows (an ephemeral index)
        keyed = conn.execute(
            "SELECT rowid FROM article_fts WHERE article_fts MATCH ? AND rowid BETWEEN ? AND ?"
            " AND +rowid IN (SELECT rowid FROM article_keys WHERE article_keys MATCH ?) ORDER BY rowid DESC",
            [parsed.fts, span[0], span[1], keys],
        ).fetchall()
        if keys_decide(since=filters.since, until=filters.until):
            ids = [int(r[0]) for r in keyed[:COUNT_CAP]]
        else:  # a separate statement: joined in one, SQLite would scan the articles first
            ids = [
                int(r[0])
                for r in conn.execute(
                    "SELECT a.id FROM json_each(?) c CROSS JOIN articles a ON a.id = c.value"
                    f" WHERE 1{where} ORDER BY a.id DESC LIMIT ?",
                    [json.dumps([r[0] for r in keyed]), *params, COUNT_CAP],
                )
            ]
    if not ids:
        return [], 0, None
    window = RANK_WINDOW if len(ids) > RANK_WINDOW else None
    ranked_ids = ids[:RANK_WINDOW]
    bound = " AND article_fts.rowid >= ? AND +article_fts.rowid IN (SELECT value FROM json_each(?))"
    rows = conn.execute(
        _RANKED.format(bound=bound), [parsed.fts, ranked_ids[-1], json.dumps(ranked_ids), RANK_CAP]
    )
    return [(int(r[0]), r[1], float(r[2])) for r in rows], len(ids), window


def _count(archive: Archive, rows_sql: str, args: list[Any]) -> int:
    """The number of rows of ``rows_sql``, counted up to ``COUNT_CAP`` and cached until the archive
    changes: counting the matches of a common phrase walks its posting list, the costliest step
    of a search (Elasticsearch stops counting exactly at 10,000 by default for the same reason)."""
    cache = archive.query_cache()
    key = ("count", rows_sql, tuple(args))
    if key not in cache:
        sql = f"SELECT count(*) FROM ({rows_sql} LIMIT ?)"
        cache[key] = int(archive.connection().execute(sql, [*args, COUNT_CAP]).fetchone()[0])
    return int(cache[key])


def _verified(
    conn: sqlite3.Connection, sql: str, parsed: Query, params: list[Any], scheme: str
) -> tuple[list[tuple[int, Any, float]], int, bool]:
    check = _verifier(parsed, scheme)
    ranked: list[tuple[int, Any, float]] = []
    total = 0
    candidates = conn.execute(sql, [parsed.fts, *params, VERIFY_CAP + 1]).fetchall()
    exact = len(candidates) <= VERIFY_CAP
    for row in candidates[:VERIFY_CAP]:
        text_row = conn.execute("SELECT title, text FROM articles WHERE id = ?", (row[0],)).fetchone()
        if check([text_row[0] or "", text_row[1]]):
            total += 1
            if len(ranked) < RANK_CAP:
                ranked.append((int(row[0]), row[1], float(row[2])))
    return ranked, total, exact


def _hit(conn: sqlite3.Connection, article_id: int, score: float, parsed: Query) -> Hit:
    row = conn.execute(
        "SELECT a.uid, a.title, a.site, a.agency, a.published, coalesce(a.canonical_url, a.url) AS url,"
        " a.story_id, a.text, coalesce(s.size, 1) AS copies FROM articles a"
        " LEFT JOIN stories s ON s.id = a.story_id WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    return Hit(
        uid=row["uid"],
        title=row["title"],
        site=row["site"],
        agency=row["agency"],
        published=row["published"],
        url=row["url"],
        score=-score,
        story_id=row["story_id"],
        copies=int(row["copies"]),
        snippet=snippet(row["text"], [t.text for t in parsed.terms]),
    )


def _facets(conn: sqlite3.Connection, ids: list[int]) -> dict[str, list[tuple[str, int]]]:
    """Counts per site, agency, month, entity and event type over ``ids`` (driven from the ids)."""
    if not ids:
        return {"site": [], "agency": [], "month": [], "entity": [], "event_type": []}
    each = "json_each(?) f CROSS JOIN"
    queries = {
        "site": f"SELECT a.site, count(*) FROM {each} articles a ON a.id = f.value"
        " WHERE a.site IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 10",
        "agency": f"SELECT a.agency, count(*) FROM {each} articles a ON a.id = f.value"
        " WHERE a.agency IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 10",
        "month": f"SELECT substr(a.published, 1, 7), count(*) FROM {each} articles a ON a.id = f.value"
        " WHERE a.published IS NOT NULL GROUP BY 1 ORDER BY 1 DESC LIMIT 12",
        "entity": f"SELECT e.name, count(DISTINCT m.article_id) FROM {each} mentions m"
        " ON m.article_id = f.value"
        " JOIN entities e ON e.key = m.entity_key GROUP BY e.key ORDER BY 2 DESC LIMIT 10",
        "event_type": f"SELECT ev.type, count(DISTINCT ev.article_id) FROM {each} events ev"
        " ON ev.article_id = f.value GROUP BY 1 ORDER BY 2 DESC LIMIT 10",
    }
    param = json.dumps(ids)
    return {
        name: [(str(r[0]), int(r[1])) for r in conn.execute(sql, (param,))] for name, sql in queries.items()
    }


__all__ = ["Filters", "Hit", "QueryError", "SearchResult", "entity_keys", "search"]
