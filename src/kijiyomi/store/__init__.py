"""The archive: an embedded SQLite store of extracted articles, their readings and rejections,
with Japanese full-text search, syndication grouping, entity pages and timelines.

The database is ``$KIJIYOMI_DB`` when set, else ``./kijiyomi.db``. See ``docs/archive.md``.
"""

from __future__ import annotations

from kijiyomi.store.archive import ENV_VAR, Archive, ArchiveError, Outcome, default_db_path
from kijiyomi.store.record import PreparedArticle, prepare
from kijiyomi.store.search import Filters, SearchResult, search
from kijiyomi.store.textindex import QueryError

__all__ = [
    "ENV_VAR",
    "Archive",
    "ArchiveError",
    "Filters",
    "Outcome",
    "PreparedArticle",
    "QueryError",
    "SearchResult",
    "default_db_path",
    "prepare",
    "search",
]
