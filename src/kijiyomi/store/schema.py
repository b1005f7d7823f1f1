"""Versioned schema migrations for the archive.

Each migration is a function registered with ``@migration(version, name)``; ``migrate`` applies
the ones not yet recorded in ``_migrations``, each in its own transaction, in version order. A
database written by a newer kijiyomi (an unknown version) is refused rather than guessed at.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from kijiyomi.errors import KijiyomiError
from kijiyomi.store.filterkeys import keys_from_rows
from kijiyomi.store.textindex import FTS_TOKENIZE

MigrationFn = Callable[[sqlite3.Connection], None]


class SchemaError(KijiyomiError):
    """The database is not a kijiyomi archive, or was written by a newer version."""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    apply: MigrationFn


MIGRATIONS: dict[int, Migration] = {}


def migration(version: int, name: str) -> Callable[[MigrationFn], MigrationFn]:
    """Register ``fn`` as the migration to schema ``version``."""

    def register(fn: MigrationFn) -> MigrationFn:
        if version in MIGRATIONS:
            raise ValueError(f"two migrations claim version {version}")
        MIGRATIONS[version] = Migration(version, name, fn)
        return fn

    return register


def current_version(conn: sqlite3.Connection) -> int:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL)"
    )
    row = conn.execute("SELECT max(version) FROM _migrations").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to date; returns the version reached."""
    version = current_version(conn)
    latest = max(MIGRATIONS)
    if version > latest:
        raise SchemaError(f"the archive has schema version {version}; this kijiyomi knows up to {latest}")
    for number in sorted(v for v in MIGRATIONS if v > version):
        step = MIGRATIONS[number]
        conn.execute("BEGIN IMMEDIATE")
        try:
            step.apply(conn)
            conn.execute(
                "INSERT INTO _migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (step.version, step.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        version = number
    return version


def _script(conn: sqlite3.Connection, sql: str) -> None:
    """Run statements one by one (``executescript`` would commit the open transaction)."""
    pending = ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending!r}")


@migration(1, "articles, rejections, sources, full-text index")
def _v1(conn: sqlite3.Connection) -> None:
    _script(
        conn,
        f"""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            url_key TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            url TEXT,
            canonical_url TEXT,
            title TEXT,
            site TEXT,
            agency TEXT,
            language TEXT,
            section TEXT,
            published TEXT,
            text TEXT NOT NULL,
            article_json TEXT NOT NULL,
            reading_json TEXT,
            story_id INTEGER,
            minhash BLOB,
            source TEXT,
            ingested_at TEXT NOT NULL,
            UNIQUE (url_key, content_hash)
        );
        CREATE INDEX articles_published ON articles (published);
        CREATE INDEX articles_site ON articles (site);
        CREATE INDEX articles_agency ON articles (agency);
        CREATE INDEX articles_story ON articles (story_id);
        CREATE TABLE rejections (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL UNIQUE,
            url TEXT,
            reason TEXT NOT NULL,
            detail TEXT,
            title TEXT,
            rejected_at TEXT NOT NULL
        );
        CREATE INDEX rejections_reason ON rejections (reason);
        CREATE TABLE sources (
            source TEXT PRIMARY KEY,
            outcome TEXT NOT NULL,
            article_id INTEGER,
            done_at TEXT NOT NULL
        );
        CREATE VIRTUAL TABLE article_fts USING fts5 (
            title, body, content='', tokenize="{FTS_TOKENIZE}"
        );
        CREATE TABLE lsh_bands (
            band INTEGER NOT NULL,
            key INTEGER NOT NULL,
            article_id INTEGER NOT NULL
        );
        CREATE INDEX lsh_bands_key ON lsh_bands (band, key);
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            lead_article_id INTEGER NOT NULL,
            title TEXT,
            last_published TEXT,
            size INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX stories_recent ON stories (last_published);
        """,
    )


@migration(2, "normalised reading: entities, mentions, events")
def _v2(conn: sqlite3.Connection) -> None:
    _script(
        conn,
        """
        CREATE TABLE entities (
            key TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            name TEXT NOT NULL,
            country TEXT
        );
        CREATE TABLE mentions (
            article_id INTEGER NOT NULL,
            entity_key TEXT NOT NULL,
            local_id TEXT,
            start INTEGER,
            end INTEGER,
            text TEXT
        );
        CREATE INDEX mentions_entity ON mentions (entity_key, article_id);
        CREATE INDEX mentions_article ON mentions (article_id);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL,
            type TEXT NOT NULL,
            date TEXT,
            place TEXT,
            status TEXT,
            text TEXT,
            data_json TEXT NOT NULL
        );
        CREATE INDEX events_date ON events (date);
        CREATE INDEX events_type ON events (type, date);
        CREATE INDEX events_article ON events (article_id);
        CREATE TABLE event_entities (
            event_id INTEGER NOT NULL,
            entity_key TEXT NOT NULL,
            role TEXT NOT NULL
        );
        CREATE INDEX event_entities_entity ON event_entities (entity_key);
        CREATE INDEX event_entities_event ON event_entities (event_id);
        """,
    )


@migration(3, "bm25 with the title weighted 4x as the FTS5 rank function")
def _v3(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO article_fts (article_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)')")


@migration(4, "indexes for related stories and per-article lookups")
def _v4(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE INDEX IF NOT EXISTS events_type_article ON events (type, article_id)")


@migration(5, "mentions by article cover the entity key (search facets read no table rows)")
def _v5(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE INDEX IF NOT EXISTS mentions_article_entity ON mentions (article_id, entity_key)")
    conn.execute("DROP INDEX IF EXISTS mentions_article")


@migration(6, "filter keys (site, agency, month, entity, event type) in their own FTS5 table")
def _v6(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE VIRTUAL TABLE article_keys USING fts5 (keys, content='', detail=none)")
    conn.executemany("INSERT INTO article_keys (rowid, keys) VALUES (?, ?)", keys_from_rows(conn))
