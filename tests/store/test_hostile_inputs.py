"""The archive commands on hostile input: a clear error or skip reason, never a traceback or a
silent nothing (bad date ranges, a database path that cannot be made, unreadable containers)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from archive_corpus import build, news
from click.testing import CliRunner

from kijiyomi.cli import main
from kijiyomi.store import Archive, ArchiveError, Filters, search
from kijiyomi.store.ingest import ingest, shown_source
from kijiyomi.store.textindex import QueryError


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    return build(tmp_path_factory.mktemp("hostile") / "a.db")


def test_the_last_representable_day_is_a_valid_until(archive: Archive) -> None:
    everything = search(archive, "制裁")
    bounded = search(archive, "制裁", Filters(since="0001-01-01", until="9999-12-31"))
    assert bounded.total == everything.total > 0
    assert search(archive, "制裁", Filters(since="9999-12-01", until="9999-12-31")).total == 0


def test_since_after_until_is_a_query_error(archive: Archive) -> None:
    with pytest.raises(QueryError, match="is after"):
        search(archive, "制裁", Filters(since="2026-12-01", until="2026-01-01"))


def test_cli_search_with_a_reversed_range_exits_2(archive: Archive) -> None:
    result = CliRunner().invoke(
        main, ["search", "制裁", "--db", str(archive.path), "--since", "2026-12-01", "--until", "2026-01-01"]
    )
    assert result.exit_code == 2
    assert "is after" in result.output


def test_a_database_under_a_file_is_an_archive_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(ArchiveError, match="cannot create"):
        Archive(blocker / "a.db", scheme="ngram")


def test_corrupt_and_empty_containers_are_skipped_with_a_reason(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    (tmp_path / "bad.parquet").write_bytes(b"not parquet at all")
    (tmp_path / "none.json").write_text("[]", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    archive = Archive(tmp_path / "a.db", scheme="ngram")
    inputs = [str(tmp_path / "bad.parquet"), str(tmp_path / "none.json"), str(tmp_path / "folder"), "-"]
    summary = ingest(archive, inputs, jobs=1, progress=False)
    reasons = {Path(s.source).name: s.reason for s in summary.skipped}
    assert "Parquet" in reasons["bad.parquet"]
    assert reasons["none.json"] == "no pages in this file"
    assert "it is empty" in reasons["folder"]
    assert "stdin" in reasons["-"]


def test_an_article_object_without_text_is_an_error_not_a_stored_page(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        '{"type": "article", "title": "空"}\n{"type": "article", "blocks": "x"}\n', encoding="utf-8"
    )
    archive = Archive(tmp_path / "a.db", scheme="ngram")
    summary = ingest(archive, [str(tmp_path / "a.jsonl")], jobs=1, progress=False)
    assert summary.stored == 0
    assert [error for _, error in summary.errors] == [
        "ArticleJsonError: the article has no text (its 'blocks' are missing or empty)",
        "ArticleJsonError: 'blocks' must be a list",
    ]
    assert archive.counts()["articles"] == 0


def test_cli_ingest_of_nothing_usable_exits_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["ingest", str(tmp_path / "missing.html"), "--db", str(tmp_path / "a.db"), "--json"]
    )
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["skipped"][0]["reason"] == "no such file, directory, glob match or URL"


def test_source_ids_are_shown_as_paths() -> None:
    assert shown_source("/a/b.jsonl|120|1700000000123#3") == "/a/b.jsonl#3"
    assert shown_source("/a/b.warc.gz|9|17@512") == "/a/b.warc.gz@512"
    assert shown_source("/a/b.html|9|17") == "/a/b.html"
    assert shown_source("https://x.test/a|1|2") == "https://x.test/a|1|2"


def test_rejects_with_an_unknown_reason_is_a_usage_error(archive: Archive) -> None:
    result = CliRunner().invoke(main, ["rejects", "--db", str(archive.path), "--reason", "nope"])
    assert result.exit_code == 2
    assert "known reasons" in result.output
    result = CliRunner().invoke(main, ["rejects", "--db", str(archive.path), "--reason", "listing"])
    assert result.exit_code == 0
    assert "no rejected pages with reason listing" in result.stderr


def test_a_damaged_archive_is_a_one_line_error_not_a_traceback(tmp_path: Path) -> None:
    damaged = build(tmp_path / "a.db")
    damaged.connection().execute("DROP TABLE article_fts_config")  # the FTS index can no longer load
    damaged.close()
    result = CliRunner().invoke(main, ["search", "制裁", "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 1
    assert "the archive cannot be used" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_one_damaged_parquet_row_loses_only_itself(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq

    from kijiyomi.crawl.schema import ARTICLE_SCHEMA, article_row

    rows = [
        article_row(
            {"source": "x.warc", "offset": i, "record_id": None, "warc_date": None, "url": a.url}, a, r
        )
        for i, (a, r) in enumerate(news())
    ]
    rows[0]["reading_json"] = "{not json"  # the article is kept; its reading is done again
    rows[1]["blocks_json"] = '[{"kind": "nope", "text": "x"}]'  # this row cannot be rebuilt
    path = tmp_path / "part-0.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA), path)
    archive = Archive(tmp_path / "a.db", scheme="ngram")
    summary = ingest(archive, [str(path)], jobs=1, progress=False, with_reading=False)
    assert summary.stored == len(rows) - 1
    assert [(Path(s.source).name, "nope" in s.reason) for s in summary.skipped] == [
        ("part-0.parquet#1", True)
    ]


def test_json_lines_too_deep_or_too_long_skip_only_their_line(tmp_path: Path) -> None:
    lines = [
        '{"type": "rejection", "reason": "listing"}',
        "[" * 100_000 + "]" * 100_000,
        '{"n": ' + "9" * 5000 + "}",
    ]
    (tmp_path / "x.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    archive = Archive(tmp_path / "a.db", scheme="ngram")
    summary = ingest(archive, [str(tmp_path / "x.jsonl")], jobs=1, progress=False)
    assert dict(summary.rejected) == {"listing": 1}
    assert [s.source.rsplit(":", 1)[1] for s in summary.skipped] == ["2", "3"]
    assert all(s.reason.startswith("invalid JSON") for s in summary.skipped)


@pytest.mark.parametrize(("query", "filters"), [("制裁\udcff", Filters()), ("制裁", Filters(site="\udcff"))])
def test_undecodable_bytes_in_a_query_or_filter_are_a_query_error(
    archive: Archive, query: str, filters: Filters
) -> None:
    # a command-line argument holding bytes that are not UTF-8 reaches Python as lone surrogates
    with pytest.raises(QueryError, match="not valid UTF-8"):
        search(archive, query, filters)


def test_a_file_name_that_is_not_utf8_is_ingested_and_resumed(tmp_path: Path) -> None:
    pytest.importorskip("kijiyomi.html.extractor")
    folder = tmp_path / "pages"
    folder.mkdir()
    page = Path(__file__).parent / "fixtures" / "listing.html"
    name = os.fsdecode(b"\x8bL\x8e\x96.html")  # 記事.html in Shift_JIS: not UTF-8
    (folder / name).write_bytes(page.read_bytes())
    archive = Archive(tmp_path / "a.db", scheme="ngram")
    first = ingest(archive, [str(folder)], jobs=1, progress=False)
    assert (sum(first.rejected.values()), first.errors) == (1, [])
    assert archive.rejects()[0]["url"].endswith("\\x8bL\\x8e\\x96.html")
    again = ingest(archive, [str(folder)], jobs=1, progress=False)
    assert again.skipped_done == 1


def test_a_page_over_its_time_limit_is_a_timeout_rejection_and_ingest_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kijiyomi.store.ingest as ingest_module

    def slow(task: object) -> object:
        time.sleep(30)
        raise AssertionError("the time limit did not fire")

    monkeypatch.setattr(ingest_module, "EXTRACT_SECONDS", 0.3)
    monkeypatch.setattr(ingest_module, "_extract", slow)
    (tmp_path / "slow.html").write_text("<p>x</p>", encoding="utf-8")
    archive = Archive(tmp_path / "a.db", scheme="ngram")
    started = time.monotonic()
    summary = ingest(archive, [str(tmp_path / "slow.html")], jobs=1, progress=False)
    assert time.monotonic() - started < 10
    assert dict(summary.rejected) == {"timeout": 1}
    assert archive.rejects()[0]["detail"] == "extraction took over 0.3 s"


def test_a_reading_over_its_time_limit_keeps_the_article_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reading = pytest.importorskip("kijiyomi.reading")
    import kijiyomi.store.ingest as ingest_module

    def slow(article: object) -> object:
        time.sleep(30)
        raise AssertionError("the time limit did not fire")

    monkeypatch.setattr(ingest_module, "READ_SECONDS", 0.3)
    monkeypatch.setattr(reading, "read", slow)
    records = tmp_path / "a.jsonl"
    item, _ = news()[0]
    records.write_text(item.to_json() + "\n", encoding="utf-8")
    archive = Archive(tmp_path / "a.db", scheme="ngram")
    summary = ingest(archive, [str(records)], jobs=1, progress=False)
    assert (summary.stored, dict(summary.reading)) == (1, {"failed": 1})


def test_a_read_only_archive_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    def refuse(self: Archive, items: object) -> object:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(Archive, "add_many", refuse)
    (tmp_path / "a.jsonl").write_text('{"type": "rejection", "reason": "listing"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "a.jsonl"), "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 1
    assert "the file or its folder is read-only" in result.output


def test_large_json_lines_are_streamed_with_the_same_source_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracemalloc

    import kijiyomi.store.sources as sources

    line = json.dumps({"type": "rejection", "reason": "listing", "detail": "x" * 2000})
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join([line] * 2000 + ["{broken", line]) + "\n", encoding="utf-8")  # about 4 MB

    def run() -> tuple[list[str], list[str], int]:
        skipped: list[sources.Skipped] = []
        tracemalloc.start()
        ids = [task.source.rsplit("#", 1)[1] for task in sources.tasks_for(path, skipped)]
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return ids, [s.source.rsplit(":", 1)[1] for s in skipped], peak

    whole_ids, whole_skips, _ = run()
    monkeypatch.setattr(sources, "WHOLE_JSON_BYTES", 1024 * 1024)  # the file is now "large"
    streamed_ids, streamed_skips, peak = run()
    assert streamed_ids == whole_ids == [str(i) for i in range(2001)]
    assert streamed_skips == whole_skips == ["2001"]
    assert peak < 2 * 1024 * 1024  # not the whole 4 MB file (plus its lines) at once


def test_an_entity_name_with_like_wildcards_matches_only_itself() -> None:
    import sqlite3

    from kijiyomi.store.search import _like_literal, entity_keys

    conn = sqlite3.connect(":memory:")
    pattern = "SELECT ? LIKE ? ESCAPE '\\'"
    for name, other in (
        ("Acme 100% Holdings", "Acme 1000 Holdings"),
        ("A_B Corp", "AxB Corp"),
        ("C:\\x", "C:x"),
    ):
        assert conn.execute(pattern, (name.lower(), _like_literal(name))).fetchone() == (1,)
        assert conn.execute(pattern, (other, _like_literal(name))).fetchone() == (0,)  # no wildcard, no scan
    conn.execute("CREATE TABLE entities (key TEXT, name TEXT)")
    conn.executemany(
        "INSERT INTO entities VALUES (?, ?)", [("k1", "Acme 100% Holdings"), ("k2", "Acme 1000 Holdings")]
    )
    assert entity_keys(conn, "acme 100% holdings") == ["k1"]
    assert entity_keys(conn, "%") == []
