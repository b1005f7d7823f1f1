"""kijiyomi ingest: inputs of every kind, the summary, reruns, and surviving kill -9."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from archive_corpus import news
from click.testing import CliRunner

from kijiyomi.cli import main
from kijiyomi.store import Archive
from kijiyomi.store.ingest import ingest
from kijiyomi.types import Article, Block, BlockKind

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = sorted(ROOT.glob("samples/archive-*"))


def _needs_extractor() -> None:
    pytest.importorskip("kijiyomi.html.extractor")
    pytest.importorskip("kijiyomi.textdump.extractor")


def _records(path: Path, count: int) -> Path:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            article = Article(
                blocks=(Block(BlockKind.PARAGRAPH, f"第{i}号の記事です。政府は{i}日に会談を開いた。"),),
                title=f"記事{i}",
                url=f"https://bulk.test/{i}",
                published=start + timedelta(hours=i),
            )
            handle.write(article.to_json() + "\n")
    return path


def test_pages_text_and_rejects_from_a_directory(tmp_path: Path) -> None:
    _needs_extractor()
    pages = tmp_path / "pages"
    pages.mkdir()
    for source in [*SAMPLES, *FIXTURES.glob("*")]:
        (pages / source.name).write_bytes(source.read_bytes())
    archive = Archive(tmp_path / "a.db", scheme="ngram")
    summary = ingest(archive, [str(pages)], jobs=1, progress=False)
    assert summary.stored == len(SAMPLES)
    assert dict(summary.rejected) == {"listing": 1, "error_page": 1, "empty": 1}
    assert not summary.errors
    reader = importlib.util.find_spec("kijiyomi.reading.api") is not None
    assert summary.reading == ({"ok": len(SAMPLES)} if reader else {"absent": len(SAMPLES)})
    if reader:
        assert archive.counts()["entities"] > 0
    again = ingest(archive, [str(pages), str(pages / "*.html")], jobs=1, progress=False)
    assert again.seen == 0
    assert again.skipped_done == len(SAMPLES) + 3
    assert archive.counts()["articles"] == len(SAMPLES)
    assert {r["reason"] for r in archive.rejects()} == {"listing", "error_page", "empty"}


def test_the_same_page_under_two_names_is_stored_once(tmp_path: Path) -> None:
    _needs_extractor()
    page = SAMPLES[0].read_bytes()
    (tmp_path / "a.html").write_bytes(page)
    (tmp_path / "b.html").write_bytes(page)
    archive = Archive(tmp_path / "x.db", scheme="ngram")
    summary = ingest(archive, [str(tmp_path / "a.html"), str(tmp_path / "b.html")], jobs=1, progress=False)
    assert (summary.stored, summary.duplicates) == (1, 1)


def test_records_with_readings_in_worker_processes(tmp_path: Path) -> None:
    lines = [json.dumps({"article": a.to_dict(), "reading": r}, ensure_ascii=False) for a, r in news()]
    lines.append(
        json.dumps({"type": "rejection", "reason": "login_wall", "detail": "form", "url": "https://x.test"})
    )
    lines.append(json.dumps(news()[0][0].to_dict(), ensure_ascii=False))  # the same article again
    source = tmp_path / "records.jsonl"
    source.write_text("\n".join(lines) + "\nnot json\n", encoding="utf-8")
    archive = Archive(tmp_path / "a.db", scheme="ngram")
    summary = ingest(archive, [str(source)], jobs=2, progress=False, with_reading=False)
    assert (summary.stored, summary.duplicates) == (len(news()), 1)
    assert dict(summary.rejected) == {"login_wall": 1}
    assert [s.reason for s in summary.skipped] == ["invalid JSON: Expecting value"]
    counts = archive.counts()
    assert counts["entities"] > 5
    assert counts["events"] == 3
    assert counts["stories"] == len(news()) - 1  # the wire story and its edited copy are one story


def test_inputs_that_do_not_exist_are_reported(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db", scheme="ngram")
    summary = ingest(archive, [str(tmp_path / "nope.html"), str(tmp_path / "*.none")], jobs=1, progress=False)
    assert [s.source for s in summary.skipped] == [str(tmp_path / "nope.html"), str(tmp_path / "*.none")]
    assert summary.seen == 0


def test_cli_summary_and_json(tmp_path: Path) -> None:
    source = _records(tmp_path / "r.jsonl", 5)
    db = tmp_path / "a.db"
    result = CliRunner().invoke(
        main, ["ingest", str(source), "--db", str(db), "-j", "1", "--json", "--no-read"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["stored"] == 5
    assert data["db"] == str(db)
    found = CliRunner().invoke(main, ["search", "会談", "--db", str(db), "--json"])
    assert json.loads(found.output)["total"] == 5
    bad = CliRunner().invoke(main, ["search", '"会談', "--db", str(db)])
    assert bad.exit_code == 2
    assert "unbalanced" in bad.output
    missing = CliRunner().invoke(main, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1
    assert "no archive" in missing.output
    rejects = CliRunner().invoke(main, ["rejects", "--db", str(db), "--json"])
    assert json.loads(rejects.output)["rejects"] == []


def test_warc_records_are_ingested(tmp_path: Path) -> None:
    _needs_extractor()
    warcio = pytest.importorskip("warcio")
    pytest.importorskip("fastwarc")
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for index, sample in enumerate(p for p in SAMPLES if p.suffix == ".html"):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://warc.test/{index}",
                "response",
                payload=BytesIO(sample.read_bytes()),
                http_headers=headers,
            )
            writer.write_record(record)
    assert warcio
    archive = Archive(tmp_path / "a.db", scheme="ngram")
    summary = ingest(archive, [str(path)], jobs=1, progress=False)
    html_count = len([p for p in SAMPLES if p.suffix == ".html"])
    assert summary.stored + summary.duplicates == html_count, summary.lines()
    assert ingest(archive, [str(path)], jobs=1, progress=False).skipped_done == html_count


def test_crawl_parquet_is_ingested_with_its_reading(tmp_path: Path) -> None:
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
    path = tmp_path / "part-0.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA), path)
    archive = Archive(tmp_path / "a.db", scheme="ngram")
    summary = ingest(archive, [str(path)], jobs=1, progress=False)
    assert summary.stored == len(news())
    assert archive.counts()["events"] == 3


def test_kill_9_midway_then_rerun_stores_every_page_once(tmp_path: Path) -> None:
    source = _records(tmp_path / "bulk.jsonl", 1500)
    db = tmp_path / "a.db"
    command = [
        sys.executable,
        "-c",
        "from kijiyomi.cli import main; main()",
        "ingest",
        str(source),
        "--db",
        str(db),
        "-j",
        "1",
        "--no-read",
        "--tokenizer",
        "ngram",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored_at_kill = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists():
            try:
                conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
                stored_at_kill = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                conn.close()
            except sqlite3.OperationalError:
                stored_at_kill = 0
        if stored_at_kill >= 100:
            os.kill(process.pid, signal.SIGKILL)
            break
        time.sleep(0.01)
    process.wait(30)
    assert process.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    assert 0 < stored_at_kill < 1500
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert rerun.returncode == 0, rerun.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), count(DISTINCT url) FROM articles").fetchone() == (1500, 1500)
    assert conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 1500
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    fts = conn.execute("SELECT count(*) FROM article_fts WHERE article_fts MATCH '\"会談\"'").fetchone()[0]
    assert fts == 1500  # every page indexed exactly once


def test_urls_are_fetched_and_ingested(tmp_path: Path) -> None:
    _needs_extractor()
    import functools
    import http.server
    import threading

    site = tmp_path / "site"
    site.mkdir()
    page = next(p for p in SAMPLES if p.suffix == ".html")
    (site / "a.html").write_bytes(page.read_bytes())
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        archive = Archive(tmp_path / "a.db", scheme="ngram")
        summary = ingest(archive, [f"{base}/a.html", f"{base}/missing.html"], jobs=1, progress=False)
    finally:
        server.shutdown()
    assert summary.stored == 1
    assert [source for source, _ in summary.errors] == [f"{base}/missing.html"]
    assert "404" in summary.errors[0][1]
    assert not archive.is_done(f"{base}/missing.html")  # an error is retried by the next run
