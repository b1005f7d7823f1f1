"""The archive: an embedded SQLite (WAL) database of articles, rejections and readings.

One ``Archive`` is safe to share between threads (each thread gets its own connection). Writes
go through ``add``: one page, one transaction, so a killed ingest leaves only whole pages behind.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from kijiyomi.errors import KijiyomiError
from kijiyomi.store import syndication
from kijiyomi.store.filterkeys import keys_from_rows
from kijiyomi.store.readingrows import rows_from_reading
from kijiyomi.store.record import PreparedArticle, RejectedPage
from kijiyomi.store.schema import SchemaError, migrate
from kijiyomi.store.textindex import Scheme, sudachi_available
from kijiyomi.types import Rejection

ENV_VAR = "KIJIYOMI_DB"
DEFAULT_NAME = "kijiyomi.db"

Outcome = Literal["stored", "duplicate", "rejected"]
MAX_STORY_CANDIDATES = 48  # LSH candidates compared per new article (newest first)


class ArchiveError(KijiyomiError):
    """The archive cannot be opened or used (not a database, wrong tokenizer, locked)."""


def pack_json(text: str | None) -> bytes | None:
    """JSON as stored: zlib-compressed UTF-8 (the JSON columns are most of the file)."""
    return None if text is None else zlib.compress(text.encode(), 6)


def unpack_json(value: bytes | str | None) -> Any:
    """The inverse of ``pack_json``; plain-text JSON (older archives) is read as it is."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = zlib.decompress(value).decode()
    return json.loads(value)


def default_db_path() -> Path:
    """``$KIJIYOMI_DB`` when set, else ``kijiyomi.db`` in the current directory."""
    env = os.environ.get(ENV_VAR)
    return Path(env) if env else Path.cwd() / DEFAULT_NAME


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Archive:
    """An archive file. ``scheme`` picks the search tokenizer of a new archive ("auto": SudachiPy
    when the ``ja`` extra is installed, else character n-grams); an existing archive keeps its own.
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        scheme: Scheme | Literal["auto"] = "auto",
        readonly: bool = False,
    ) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.readonly = readonly
        self._local = threading.local()
        self._lock = threading.Lock()
        if readonly and not self.path.exists():
            raise ArchiveError(f"no archive at {self.path} (run `kijiyomi ingest` first)")
        try:
            conn = self.connection()
            if not readonly:
                migrate(conn)
            stored = self._meta("tokenizer")
        except sqlite3.DatabaseError as error:
            if not readonly and "unable to open" in str(error):
                raise ArchiveError(f"cannot create or open {self.path}: {error}") from error
            raise ArchiveError(f"{self.path} is not a kijiyomi archive: {error}") from error
        except OSError as error:  # its folder cannot be made (a file is in the way, no permission)
            where = f" ({error.filename})" if error.filename else ""
            raise ArchiveError(f"cannot create {self.path}: {error.strerror or error}{where}") from error
        except SchemaError as error:
            raise ArchiveError(str(error)) from error
        if stored is None:
            if readonly:
                raise ArchiveError(f"{self.path} is an empty archive")
            chosen: Scheme = scheme if scheme != "auto" else ("sudachi" if sudachi_available() else "ngram")
            with self.transaction() as tx:
                tx.execute("INSERT INTO meta (key, value) VALUES ('tokenizer', ?)", (chosen,))
            stored = chosen
        if stored == "sudachi" and not sudachi_available():
            raise ArchiveError(
                f"{self.path} was indexed with SudachiPy; install it: pip install 'kijiyomi[ja]'"
            )
        self.scheme: Scheme = "sudachi" if stored == "sudachi" else "ngram"

    # ------------------------------------------------------------ connections

    def connection(self) -> sqlite3.Connection:
        """This thread's connection (opened on first use)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            if self.readonly:
                uri = f"{self.path.resolve().as_uri()}?mode=ro"
                conn = sqlite3.connect(
                    uri, uri=True, isolation_level=None, check_same_thread=False, timeout=30
                )
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute("PRAGMA cache_size=-16384")  # 16 MiB per connection (one per thread)
            conn.execute("PRAGMA mmap_size=1073741824")  # reads share the OS page cache
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
        return conn

    def query_cache(self) -> dict[Any, Any]:
        """This thread's cache of query results, emptied whenever the archive changes (a commit by
        any connection, or a write by this one) and when it grows past 512 entries."""
        conn = self.connection()
        version = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        cache: dict[Any, Any] | None = getattr(self._local, "cache", None)
        if cache is None or self._local.cache_version != version or len(cache) > 512:
            cache = self._local.cache = {}
            self._local.cache_version = version
        return cache

    def clear_query_cache(self) -> None:
        """Empty this thread's query cache (benchmarks time searches nobody asked before)."""
        self._local.cache = None

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (KeyboardInterrupt included)."""
        conn = self.connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _meta(self, key: str) -> str | None:
        try:
            row = self.connection().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:
            return None
        return None if row is None else str(row[0])

    # ------------------------------------------------------------ writing

    def is_done(self, source: str) -> bool:
        """Whether ``source`` (a path, URL or record id) was already ingested."""
        row = self.connection().execute("SELECT 1 FROM sources WHERE source = ?", (source,)).fetchone()
        return row is not None

    def done_sources(self) -> set[str]:
        return {row[0] for row in self.connection().execute("SELECT source FROM sources")}

    def add(self, item: PreparedArticle | RejectedPage | Rejection, source: str) -> Outcome:
        """Store one page (an article or a rejection) in one transaction."""
        return self.add_many([(item, source)])[0]

    def add_many(self, items: list[tuple[PreparedArticle | RejectedPage | Rejection, str]]) -> list[Outcome]:
        """Store several pages in one transaction: all of them or (on any error) none."""
        for item, _ in items:
            if isinstance(item, PreparedArticle) and item.scheme != self.scheme:
                raise ArchiveError(f"article prepared for {item.scheme!r}, archive uses {self.scheme!r}")
        with self._lock, self.transaction() as tx:
            return [self._add(tx, item, source) for item, source in items]

    def _add(
        self, tx: sqlite3.Connection, item: PreparedArticle | RejectedPage | Rejection, source: str
    ) -> Outcome:
        if isinstance(item, Rejection):
            item = RejectedPage.of(item)
        if isinstance(item, RejectedPage):
            tx.execute(
                "INSERT OR REPLACE INTO rejections (source, url, reason, detail, title, rejected_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (source, item.url, item.reason, item.detail, item.title, _now()),
            )
            self._mark(tx, source, "rejected", None)
            return "rejected"
        row = tx.execute(
            "SELECT id FROM articles WHERE url_key = ? AND content_hash = ?",
            (item.url_key, item.content_hash),
        ).fetchone()
        if row is not None:
            self._mark(tx, source, "duplicate", int(row[0]))
            return "duplicate"
        article_id = self._insert(tx, item, source)
        self._mark(tx, source, "stored", article_id)
        return "stored"

    @staticmethod
    def _mark(tx: sqlite3.Connection, source: str, outcome: str, article_id: int | None) -> None:
        tx.execute(
            "INSERT OR REPLACE INTO sources (source, outcome, article_id, done_at) VALUES (?, ?, ?, ?)",
            (source, outcome, article_id, _now()),
        )

    def _insert(self, tx: sqlite3.Connection, item: PreparedArticle, source: str) -> int:
        cursor = tx.execute(
            "INSERT INTO articles (uid, url_key, content_hash, url, canonical_url, title, site, agency,"
            " language, section, published, text, article_json, reading_json, minhash, source, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                item.uid, item.url_key, item.content_hash, item.url, item.canonical_url, item.title,
                item.site, item.agency, item.language, item.section, item.published, item.text,
                pack_json(item.article_json), pack_json(item.reading_json), item.minhash, source, _now(),
            ),
        )  # fmt: skip
        article_id = int(cursor.lastrowid or 0)
        tx.execute(
            "INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)",
            (article_id, item.title_index, item.body_index),
        )
        self._assign_story(tx, article_id, item)
        if item.reading_json:
            self._insert_reading(tx, article_id, json.loads(item.reading_json))
        tx.executemany(
            "INSERT INTO article_keys (rowid, keys) VALUES (?, ?)", keys_from_rows(tx, [article_id])
        )
        return article_id

    def _assign_story(self, tx: sqlite3.Connection, article_id: int, item: PreparedArticle) -> None:
        story_id: int | None = None
        if item.minhash is not None:
            keys = syndication.band_keys(item.minhash)
            seen: set[int] = set()
            best = 0.0
            for band, key in keys:
                if len(seen) >= MAX_STORY_CANDIDATES:
                    break
                for cand, minhash, cand_story in tx.execute(
                    "SELECT a.id, a.minhash, a.story_id FROM lsh_bands l"
                    " JOIN articles a ON a.id = l.article_id"
                    " WHERE l.band = ? AND l.key = ? ORDER BY l.rowid DESC LIMIT 16",
                    (band, key),
                ):
                    if cand in seen or minhash is None:
                        continue
                    seen.add(cand)
                    score = syndication.jaccard(item.minhash, minhash)
                    if score >= syndication.THRESHOLD and score > best:
                        best, story_id = score, int(cand_story)
            tx.executemany(
                "INSERT INTO lsh_bands (band, key, article_id) VALUES (?, ?, ?)",
                [(band, key, article_id) for band, key in keys],
            )
        if story_id is None:
            cursor = tx.execute(
                "INSERT INTO stories (lead_article_id, title, last_published, size) VALUES (?, ?, ?, 1)",
                (article_id, item.title, item.published),
            )
            story_id = int(cursor.lastrowid or 0)
        else:
            tx.execute(
                "UPDATE stories SET size = size + 1, last_published = max(coalesce(last_published, ''), ?)"
                " WHERE id = ?",
                (item.published or "", story_id),
            )
        tx.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story_id, article_id))

    @staticmethod
    def _insert_reading(tx: sqlite3.Connection, article_id: int, reading: dict[str, Any]) -> None:
        rows = rows_from_reading(reading)
        for entity in rows.entities:
            tx.execute(
                "INSERT INTO entities (key, label, name, country) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(key) DO UPDATE SET country = coalesce(entities.country, excluded.country)",
                (entity.key, entity.label, entity.name, entity.country),
            )
            mentions = entity.mentions or [(None, None, entity.name)]
            tx.executemany(
                "INSERT INTO mentions (article_id, entity_key, local_id, start, end, text)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(article_id, entity.key, entity.local_id, s, e, t) for s, e, t in mentions],
            )
        for event in rows.events:
            cursor = tx.execute(
                "INSERT INTO events (article_id, type, date, place, status, text, data_json)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id, event.type, event.date, event.place, event.status, event.text,
                    json.dumps(event.data, ensure_ascii=False, default=str),
                ),
            )  # fmt: skip
            tx.executemany(
                "INSERT INTO event_entities (event_id, entity_key, role) VALUES (?, ?, ?)",
                [(cursor.lastrowid, key, role) for key, role in event.roles],
            )

    # ------------------------------------------------------------ reading back

    def counts(self) -> dict[str, int]:
        conn = self.connection()
        return {
            "articles": int(conn.execute("SELECT count(*) FROM articles").fetchone()[0]),
            "stories": int(conn.execute("SELECT count(*) FROM stories").fetchone()[0]),
            "rejections": int(conn.execute("SELECT count(*) FROM rejections").fetchone()[0]),
            "entities": int(conn.execute("SELECT count(*) FROM entities").fetchone()[0]),
            "events": int(conn.execute("SELECT count(*) FROM events").fetchone()[0]),
        }

    def rejects(self, reason: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        sql = "SELECT source, url, reason, detail, title, rejected_at FROM rejections"
        params: list[Any] = []
        if reason:
            sql += " WHERE reason = ?"
            params.append(reason)
        sql += " ORDER BY id DESC LIMIT ?"
        params.append(limit)
        return [dict(row) for row in self.connection().execute(sql, params)]

    def reject_counts(self) -> dict[str, int]:
        rows = self.connection().execute(
            "SELECT reason, count(*) FROM rejections GROUP BY reason ORDER BY 2 DESC"
        )
        return {str(r[0]): int(r[1]) for r in rows}


__all__ = ["ENV_VAR", "Archive", "ArchiveError", "Outcome", "default_db_path"]
