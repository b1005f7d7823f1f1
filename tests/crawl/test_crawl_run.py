"""Whole crawls on the local engine: output layout, determinism, resume, kill-and-rerun, hostile
files end to end, the CLI and DuckDB over the output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("fastwarc")
pytest.importorskip("pyarrow")
pytest.importorskip("warcio")

import pyarrow.parquet as pq
from click.testing import CliRunner
from crawl_fakes import FAKE
from crawl_fixtures import Rec, news_page, news_records, record_offsets, wet_records, write_warc

from kijiyomi.cli import main
from kijiyomi.crawl import CrawlSettings, crawl
from kijiyomi.errors import ConfigError

HERE = Path(__file__).parent
FAKE_SETTINGS = CrawlSettings(extractor=FAKE, split_bytes=6000, record_time_limit=0.5)


def build_inputs(folder: Path) -> list[str]:
    folder.mkdir(exist_ok=True)
    write_warc(folder / "a.warc.gz", news_records(30), gz=True)
    write_warc(folder / "b.warc", news_records(10, start=100), gz=False)
    write_warc(folder / "c.warc.wet.gz", wet_records(6), gz=True)
    mixed = [
        *news_records(2, start=200),
        Rec("https://news.example.jp/list", news_page(1, marker="<!--reject-->")),
        Rec("https://news.example.jp/bug", news_page(2, marker="<!--crash-->")),
        Rec("https://news.example.jp/hang", news_page(3, marker="<!--hang-->")),
        Rec("https://news.example.jp/pic.jpg", b"\xff\xd8\xff" + bytes(100), content_type="image/jpeg"),
    ]
    write_warc(folder / "d.warc.gz", mixed, gz=True)
    return [str(folder / "*.gz"), str(folder / "b.warc")]


def table(out: Path, kind: str):
    files = sorted((out / kind).glob("*.parquet"))
    return pq.read_table(files) if files else None


def urls(out: Path) -> list[str]:
    return sorted(table(out, "articles").column("url").to_pylist())


def test_local_crawl_writes_shards_rejects_stats_and_markers(tmp_path: Path) -> None:
    inputs = build_inputs(tmp_path / "in")
    report = crawl(inputs, tmp_path / "out", FAKE_SETTINGS, jobs=2, progress=False)
    assert report.ok
    assert report.shards > 4  # a.warc.gz is split into byte ranges
    assert report.written == report.shards
    out = tmp_path / "out"
    assert len(urls(out)) == 30 + 10 + 6 + 2
    assert len(set(urls(out))) == len(urls(out))
    rejects = table(out, "rejects").to_pylist()
    assert sorted((r["reason"], r["url"].rsplit("/", 1)[-1]) for r in rejects) == [
        ("error", "bug"),
        ("listing", "list"),
        ("timeout", "hang"),  # the time guard fires in the pool's worker processes too
    ]
    shards = {p.stem for p in (out / "_done").glob("*.json")}
    assert shards == {p.stem for p in (out / "articles").glob("*.parquet")}
    stats = [json.loads(p.read_text()) for p in (out / "stats").glob("*.json")]
    assert sum(s.get("skipped_mime", 0) for s in stats) == 1
    assert sum(s.get("articles", 0) for s in stats) == report.articles == 48
    for name in shards:  # rows sorted by record offset within each shard
        offsets = pq.read_table(out / "articles" / f"{name}.parquet").column("offset").to_pylist()
        assert offsets == sorted(offsets)


def test_output_is_byte_identical_for_any_worker_count(tmp_path: Path) -> None:
    inputs = build_inputs(tmp_path / "in")
    crawl(inputs, tmp_path / "one", FAKE_SETTINGS, jobs=1, progress=False)
    crawl(inputs, tmp_path / "two", FAKE_SETTINGS, jobs=2, progress=False)
    for kind in ("articles", "rejects"):
        one = {p.name: p.read_bytes() for p in (tmp_path / "one" / kind).glob("*.parquet")}
        two = {p.name: p.read_bytes() for p in (tmp_path / "two" / kind).glob("*.parquet")}
        assert one == two
        assert one


def test_rerun_skips_finished_shards_and_refuses_other_settings(tmp_path: Path) -> None:
    inputs = build_inputs(tmp_path / "in")
    first = crawl(inputs, tmp_path / "out", FAKE_SETTINGS, jobs=2, progress=False)
    victim = sorted((tmp_path / "out" / "_done").glob("*.json"))[0]
    victim.unlink()  # as if the job had died before this shard's marker
    second = crawl(inputs, tmp_path / "out", FAKE_SETTINGS, jobs=2, progress=False)
    assert (second.skipped, second.written) == (first.shards - 1, 1)
    assert len(urls(tmp_path / "out")) == 48
    with pytest.raises(ConfigError):
        crawl(inputs, tmp_path / "out", replace(FAKE_SETTINGS, split_bytes=9000), progress=False)


_KILLED_JOB = """
import sys
from kijiyomi.crawl import CrawlSettings, crawl
crawl(sys.argv[2:], sys.argv[1], CrawlSettings(extractor="crawl_fakes:extract"), jobs=1, progress=False)
"""


def test_a_killed_job_rerun_processes_every_record_exactly_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(6):
        slow = [Rec(f"https://slow.example.jp/{n}/{i}", news_page(i, marker="<!--slow-->")) for i in range(6)]
        write_warc(folder / f"s{n}.warc.gz", slow, gz=True)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])}
    job = subprocess.Popen([sys.executable, "-c", _KILLED_JOB, str(out), str(folder / "*.warc.gz")], env=env)
    deadline = time.monotonic() + 60
    while not list((out / "_done").glob("*.json")) if out.exists() else True:
        assert time.monotonic() < deadline, "the job finished no shard"
        assert job.poll() is None, "the job ended before it could be killed"
        time.sleep(0.05)
    os.kill(job.pid, signal.SIGKILL)
    job.wait()
    done_before = len(list((out / "_done").glob("*.json")))
    assert 1 <= done_before < 6
    report = crawl([str(folder / "*.warc.gz")], out, CrawlSettings(extractor=FAKE), jobs=2, progress=False)
    assert report.skipped == done_before
    assert report.written == 6 - done_before
    got = urls(out)
    assert got == sorted(f"https://slow.example.jp/{n}/{i}" for n in range(6) for i in range(6))


def test_hostile_files_end_to_end_give_reject_rows_not_crashes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = write_warc(folder / "good.warc.gz", news_records(3), gz=True).read_bytes()
    (folder / "truncated.warc.gz").write_bytes(good[: len(good) - 100])
    plain = write_warc(folder / "plain.warc", news_records(3, start=10), gz=False).read_bytes()
    second = record_offsets(plain, False)[1]
    (folder / "garbage.warc").write_bytes(plain[:second] + b"JUNK" * 40 + plain[second:])
    (folder / "empty.warc.gz").write_bytes(b"")
    (folder / "plain.warc").unlink()
    report = crawl([str(folder / "*")], tmp_path / "out", FAKE_SETTINGS, progress=False)
    assert report.ok
    rejects = table(tmp_path / "out", "rejects").to_pylist()
    by_file = {(Path(r["source"]).name, r["stage"], r["reason"]) for r in rejects}
    assert by_file == {("truncated.warc.gz", "reader", "truncated"), ("garbage.warc", "reader", "garbage")}
    assert len(urls(tmp_path / "out")) == 3 + 2 + 3


def test_cli_crawl_with_filters(tmp_path: Path) -> None:
    pytest.importorskip("kijiyomi.html.extractor")
    folder = tmp_path / "in"
    folder.mkdir()
    recs = [*news_records(3), *news_records(2, start=50, lang="en")]
    write_warc(folder / "mix.warc.gz", recs, gz=True)
    result = CliRunner().invoke(
        main,
        [
            "crawl",
            str(folder / "mix.warc.gz"),
            "--out",
            str(tmp_path / "out"),
            "--filter",
            "lang=ja",
            "-j",
            "1",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "3 articles" in result.output
    rows = table(tmp_path / "out", "articles").to_pylist()
    assert all(row["title"].startswith("除雪体制") for row in rows)
    reasons = table(tmp_path / "out", "rejects").column("reason").to_pylist()
    assert reasons == ["language", "language"]


def test_cli_reports_bad_input_and_bad_filters(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(main, ["crawl", str(tmp_path / "nope.warc.gz"), "--out", str(tmp_path / "o")])
    assert missing.exit_code != 0
    assert "nope.warc.gz" in missing.output
    bad = runner.invoke(
        main, ["crawl", str(tmp_path), "--out", str(tmp_path / "o"), "--filter", "colour=red"]
    )
    assert bad.exit_code != 0
    assert "unknown filter" in bad.output


def test_duckdb_reads_the_output(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    inputs = build_inputs(tmp_path / "in")
    crawl(inputs, tmp_path / "out", FAKE_SETTINGS, jobs=1, progress=False)
    out = tmp_path / "out"
    count = duckdb.sql(f"SELECT count(*) FROM '{out}/articles/*.parquet' WHERE kind = 'html'").fetchall()[0][
        0
    ]
    assert count == 42
    reasons = duckdb.sql(
        f"SELECT reason, count(*) FROM '{out}/rejects/*.parquet' GROUP BY 1 ORDER BY 1"
    ).fetchall()
    assert reasons == [("error", 1), ("listing", 1), ("timeout", 1)]


def test_pools_are_recycled_and_a_dead_worker_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kijiyomi.crawl.engines import local

    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(5):
        write_warc(folder / f"f{n}.warc.gz", news_records(2, start=10 * n), gz=True)
    dying = [
        Rec("https://news.example.jp/die", news_page(1, marker="<!--die-->")),
        *news_records(1, start=99),
    ]
    write_warc(folder / "g.warc.gz", dying, gz=True)
    monkeypatch.setattr(local, "TASKS_PER_WORKER", 2)  # a fresh pool every 2 tasks
    monkeypatch.setenv("CRAWL_FAKE_DIE_ONCE", str(tmp_path / "died"))
    report = crawl([str(folder / "*.gz")], tmp_path / "out", FAKE_SETTINGS, jobs=1, progress=False)
    assert (tmp_path / "died").exists()
    assert report.ok
    assert report.written == 6
    assert len(urls(tmp_path / "out")) == 12


def test_cli_answers_bad_outputs_urls_and_timeouts_without_a_traceback(tmp_path: Path) -> None:
    runner = CliRunner()
    warc = write_warc(tmp_path / "a.warc", news_records(1), gz=False)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out_under_file = runner.invoke(main, ["crawl", str(warc), "--out", str(blocker / "out"), "-j", "1"])
    assert out_under_file.exit_code == 1
    assert "cannot create the output folder" in out_under_file.output
    for value in ("-1", "nan"):
        timeout = runner.invoke(
            main, ["crawl", str(warc), "--out", str(tmp_path / "o"), "--record-timeout", value]
        )
        assert timeout.exit_code == 2, value
        assert "--record-timeout" in timeout.output
    remote = runner.invoke(main, ["crawl", "http://127.0.0.1:9/x.warc.gz", "--out", str(tmp_path / "o")])
    assert remote.exit_code == 1
    assert "http://127.0.0.1:9/x.warc.gz" in remote.output
    assert not isinstance(remote.exception, ImportError | ValueError)


def test_cli_says_why_nothing_was_extracted(tmp_path: Path) -> None:
    pdf = Rec("https://example.jp/a.pdf", b"%PDF-1.4 not a page", content_type="application/pdf")
    filtered = runner_output(tmp_path, write_warc(tmp_path / "pdf.warc.gz", [pdf], gz=True), "o1")
    assert "1 records left out by the filters" in filtered
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    assert "no WARC response or WET conversion record" in runner_output(tmp_path, empty, "o2")


def runner_output(tmp_path: Path, source: Path, out: str) -> str:
    result = CliRunner().invoke(main, ["crawl", str(source), "--out", str(tmp_path / out), "-j", "1"])
    assert result.exit_code == 0, result.output
    return result.output


def test_an_input_name_that_is_not_utf8_is_crawled(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_warc(folder / os.fsdecode(b"cc-\x8bL\x8e\x96.warc"), news_records(2), gz=False)
    report = crawl([str(folder)], tmp_path / "out", FAKE_SETTINGS, jobs=1, progress=False)
    assert report.ok, report.failures
    sources = set(table(tmp_path / "out", "articles").column("source").to_pylist())
    assert sources == {str(folder / "cc-\\x8bL\\x8e\\x96.warc")}


def test_an_unreachable_ray_address_fails_fast() -> None:
    import socket

    from kijiyomi.crawl.engines.ray import check_reachable

    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]
        check_reachable(f"127.0.0.1:{port}")  # something listens: Ray gets to try
        check_reachable(f"ray://127.0.0.1:{port}")
    with pytest.raises(ConfigError, match="cannot reach the Ray cluster"):
        check_reachable(f"127.0.0.1:{port}", timeout=2)  # closed now (ray.init retried for minutes)
    check_reachable("auto")  # not host:port: left to Ray
