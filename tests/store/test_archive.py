"""The archive file: migrations, identity of records, rejections, tokenizer persistence."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from archive_corpus import build, news

from kijiyomi.store import Archive, ArchiveError, prepare
from kijiyomi.store.schema import MIGRATIONS, migrate
from kijiyomi.types import Article, Block, BlockKind, Rejection, RejectReason


def test_migrations_are_recorded_once(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    Archive(db, scheme="ngram").close()
    Archive(db).close()  # reopening applies nothing twice
    conn = sqlite3.connect(db)
    versions = [row[0] for row in conn.execute("SELECT version FROM _migrations ORDER BY version")]
    assert versions == sorted(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    Archive(db, scheme="ngram").close()
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO _migrations VALUES (999, 'from the future', 'now')")
    conn.commit()
    conn.close()
    with pytest.raises(ArchiveError, match="999"):
        Archive(db)


def test_a_migration_that_fails_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = sqlite3.connect(tmp_path / "a.db", isolation_level=None)
    from kijiyomi.store import schema

    def broken(c: sqlite3.Connection) -> None:
        c.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    monkeypatch.setitem(schema.MIGRATIONS, 1000, schema.Migration(1000, "broken", broken))
    with pytest.raises(RuntimeError):
        migrate(conn)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables
    assert "articles" in tables  # the good migrations before it stay applied


def test_not_an_archive(tmp_path: Path) -> None:
    bogus = tmp_path / "x.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ArchiveError):
        Archive(bogus)
    with pytest.raises(ArchiveError, match="no archive"):
        Archive(tmp_path / "missing.db", readonly=True)


def test_the_default_location_is_documented_and_overridable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kijiyomi.store import default_db_path

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KIJIYOMI_DB", raising=False)
    assert default_db_path() == tmp_path / "kijiyomi.db"
    monkeypatch.setenv("KIJIYOMI_DB", str(tmp_path / "elsewhere.db"))
    assert default_db_path() == tmp_path / "elsewhere.db"


def test_same_page_twice_is_one_record(tmp_path: Path) -> None:
    archive = build(tmp_path / "a.db")
    first, reading = news()[0]
    assert archive.add(prepare(first, reading, "ngram"), "again") == "duplicate"
    changed = Article(
        blocks=(*first.blocks, Block(BlockKind.PARAGRAPH, "追記。")),
        title=first.title,
        url=first.url,
        canonical_url=first.canonical_url,
        published=first.published,
    )
    assert archive.add(prepare(changed, None, "ngram"), "updated") == "stored"  # new content: new record
    assert archive.counts()["articles"] == len(news()) + 1
    assert archive.is_done("again")
    assert archive.is_done("updated")


def test_fragment_and_host_case_do_not_make_a_new_page(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db", scheme="ngram")
    page = Article(blocks=(Block(BlockKind.PARAGRAPH, "本文"),), url="https://Example.TEST/a#top")
    same = Article(blocks=(Block(BlockKind.PARAGRAPH, "本文"),), url="https://example.test/a")
    assert archive.add(prepare(page, None, "ngram"), "1") == "stored"
    assert archive.add(prepare(same, None, "ngram"), "2") == "duplicate"


def test_rejections_are_kept_with_their_reason(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db", scheme="ngram")
    archive.add(Rejection(RejectReason.LISTING, "32 links, 40 chars of prose", "https://x.test/"), "p1")
    archive.add(Rejection(RejectReason.LOGIN_WALL, "login form", "https://x.test/l"), "p2")
    archive.add(Rejection(RejectReason.LISTING, "index", "https://x.test/i"), "p3")
    assert archive.reject_counts() == {"listing": 2, "login_wall": 1}
    (row,) = archive.rejects("login_wall")
    assert row["url"] == "https://x.test/l"
    assert row["detail"] == "login form"
    assert archive.counts()["articles"] == 0


def test_the_tokenizer_belongs_to_the_archive(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    Archive(db, scheme="ngram").close()
    assert Archive(db, scheme="sudachi").scheme == "ngram"
    archive = Archive(db)
    prepared = prepare(news()[0][0], None, "ngram")
    wrong = type(prepared)(**{**{f: getattr(prepared, f) for f in prepared.__slots__}, "scheme": "sudachi"})
    with pytest.raises(ArchiveError, match="prepared for"):
        archive.add(wrong, "x")
    assert archive.add(prepared, "x") == "stored"


def test_a_failed_write_rolls_back_the_whole_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = Archive(tmp_path / "a.db", scheme="ngram")
    item, reading = news()[2]

    def explode(*args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Archive, "_insert_reading", staticmethod(explode))
    with pytest.raises(RuntimeError):
        archive.add(prepare(item, reading, "ngram"), "s")
    conn = archive.connection()
    for table in ("articles", "stories", "lsh_bands", "sources"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert conn.execute("SELECT count(*) FROM article_fts WHERE article_fts MATCH '首脳'").fetchone()[0] == 0


def test_json_columns_are_compressed_and_read_back(tmp_path: Path) -> None:
    from kijiyomi.store import views

    archive = build(tmp_path / "a.db")
    conn = archive.connection()
    raw = conn.execute(
        "SELECT article_json, reading_json, text FROM articles WHERE reading_json IS NOT NULL"
    ).fetchone()
    assert isinstance(raw[0], bytes)
    assert isinstance(raw[1], bytes)
    uid = conn.execute("SELECT uid FROM articles WHERE reading_json IS NOT NULL").fetchone()[0]
    page = views.article(archive, uid)
    assert page is not None
    assert page["article"]["text"] == raw[2]
    assert page["reading"]["entities"]
    conn.execute(
        "UPDATE articles SET article_json = ? WHERE uid = ?", ('{"blocks": [], "title": "old"}', uid)
    )
    old = views.article(archive, uid)  # archives written before compression hold plain text
    assert old is not None
    assert old["article"]["title"] == "old"
