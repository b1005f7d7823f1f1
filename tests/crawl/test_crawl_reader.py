"""The reader: filters pushed into FastWARC, byte-range tasks, and every hostile file reported."""

from __future__ import annotations

import gzip
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("fastwarc")
pytest.importorskip("warcio")

from crawl_fixtures import Rec, news_page, news_records, record_offsets, wet_records, write_warc

from kijiyomi.crawl.inputs import expand_inputs
from kijiyomi.crawl.reader import RawRecord, ReadProblem, read_task
from kijiyomi.crawl.settings import CrawlSettings, parse_filters
from kijiyomi.crawl.tasks import Task, plan_tasks


def read_all(path: Path, settings: CrawlSettings | None = None, split: int | None = None):
    settings = settings or CrawlSettings()
    counts: Counter[str] = Counter()
    tasks = plan_tasks(str(path), split or settings.split_bytes)
    items = [item for task in tasks for item in read_task(task, settings, counts)]
    return items, counts, tasks


def records(items):
    return [item for item in items if isinstance(item, RawRecord)]


def problems(items):
    return [item for item in items if isinstance(item, ReadProblem)]


@pytest.mark.parametrize("gz", [True, False])
def test_reads_every_response_with_its_url_offset_and_charset(tmp_path: Path, gz: bool) -> None:
    path = write_warc(tmp_path / ("a.warc.gz" if gz else "a.warc"), news_records(5), gz=gz)
    items, counts, _ = read_all(path)
    got = records(items)
    assert not problems(items)
    assert [r.url for r in got] == [f"https://news.example.jp/articles/{i:05d}" for i in range(5)]
    assert [r.offset for r in got] == record_offsets(path.read_bytes(), gz)[: len(got)]
    assert all(r.kind == "html" and r.http_charset == "utf-8" for r in got)
    assert got[2].payload == news_page(2)
    assert counts["records_read"] == 5


def test_filters_run_inside_the_reader(tmp_path: Path) -> None:
    recs = [
        *news_records(2),
        Rec("https://news.example.jp/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), content_type="image/png"),
        Rec("https://news.example.jp/moved", b"", status="301 Moved Permanently"),
        Rec(
            "https://news.example.jp/req",
            b"GET / HTTP/1.1\r\n\r\n",
            kind="request",
            content_type="application/http",
        ),
        Rec("https://other.example.com/a", news_page(9)),
        Rec("https://sub.news.example.jp/b", news_page(10)),
    ]
    path = write_warc(tmp_path / "f.warc.gz", recs, gz=True)
    items, counts, _ = read_all(path)
    assert [r.url for r in records(items)] == [
        "https://news.example.jp/articles/00000",
        "https://news.example.jp/articles/00001",
        "https://other.example.com/a",
        "https://sub.news.example.jp/b",
    ]
    assert counts["skipped_mime"] == 1
    assert counts["skipped_status"] == 1
    settings = CrawlSettings(filters=parse_filters(["domain=news.example.jp", "url=/(articles|b)"]))
    items, counts, _ = read_all(path, settings)
    assert [r.url for r in records(items)] == [
        "https://news.example.jp/articles/00000",
        "https://news.example.jp/articles/00001",
        "https://sub.news.example.jp/b",
    ]
    assert counts["skipped_url"] == 1


def test_wet_conversion_records_are_text_with_their_language_header(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "a.warc.wet.gz", wet_records(4), gz=True)
    got = records(read_all(path)[0])
    assert [r.kind for r in got] == ["text"] * 4
    assert got[0].languages == ("jpn", "eng")
    assert got[1].languages == ("eng",)
    assert got[0].payload.decode().startswith("北海道旭川市")


@pytest.mark.parametrize("gz", [True, False])
def test_byte_range_tasks_cover_every_record_exactly_once(tmp_path: Path, gz: bool) -> None:
    path = write_warc(tmp_path / "big.warc", news_records(60), gz=gz)
    whole = records(read_all(path)[0])
    split_items, _, tasks = read_all(path, split=4000)
    assert len(tasks) > 3
    assert [t.start for t in tasks[1:]] == [t.end for t in tasks[:-1]]
    assert {t.start for t in tasks} <= {0, *record_offsets(path.read_bytes(), gz)}
    assert records(split_items) == whole
    assert not problems(split_items)


def test_a_record_over_the_size_cap_is_reported_and_skipped(tmp_path: Path) -> None:
    huge = news_page(1).replace(b"</article>", b"<p>" + "長".encode() * 300_000 + b"</p></article>")
    recs = [*news_records(1), Rec("https://news.example.jp/huge", huge), *news_records(1, start=2)]
    path = write_warc(tmp_path / "h.warc.gz", recs, gz=True)
    items, _, _ = read_all(path, replace(CrawlSettings(), max_record_bytes=100_000))
    assert [r.url[-5:] for r in records(items)] == ["00000", "00002"]
    (problem,) = problems(items)
    assert problem.reason == "too_large"
    assert problem.url.endswith("/huge")


def test_truncated_gzip_is_reported_and_earlier_records_kept(tmp_path: Path) -> None:
    data = write_warc(tmp_path / "ok.warc.gz", news_records(4), gz=True).read_bytes()
    offsets = record_offsets(data, True)
    for cut in (offsets[3] + 30, offsets[3] + (len(data) - offsets[3]) // 2, len(data) - 3):
        path = tmp_path / "t.warc.gz"
        path.write_bytes(data[:cut])
        items, _, _ = read_all(path)
        assert len(records(items)) >= 3
        assert [r.offset for r in records(items)[:3]] == offsets[:3]
        assert any(p.reason == "truncated" and p.offset == offsets[3] for p in problems(items)), cut


def test_truncated_plain_warc_is_reported(tmp_path: Path) -> None:
    data = write_warc(tmp_path / "ok.warc", news_records(3), gz=False).read_bytes()
    for cut in (len(data) - 2, len(data) - 200, record_offsets(data, False)[2] + 40):
        path = tmp_path / "t.warc"
        path.write_bytes(data[:cut])
        items, _, _ = read_all(path)
        assert len(records(items)) >= 2
        assert [p.reason for p in problems(items)] == ["truncated"], cut


@pytest.mark.parametrize("delta", [+40, -40])
def test_a_lying_content_length_is_reported_and_reading_goes_on(tmp_path: Path, delta: int) -> None:
    data = write_warc(tmp_path / "ok.warc", news_records(4), gz=False).read_bytes()
    offsets = record_offsets(data, False)
    start, end = offsets[1], offsets[2]
    segment = data[start:end]
    head, _, rest = segment.partition(b"Content-Length: ")
    length, _, tail = rest.partition(b"\r\n")
    lied = head + b"Content-Length: " + str(int(length) + delta).encode() + b"\r\n" + tail
    path = tmp_path / "lie.warc"
    path.write_bytes(data[:start] + lied + data[end:])
    items, _, _ = read_all(path)
    assert [r.url[-5:] for r in records(items)] == ["00000", "00002", "00003"]
    (problem,) = problems(items)
    assert problem.offset == start
    assert problem.url.endswith("00001")
    assert "Content-Length" in problem.detail


def test_a_lying_content_length_on_the_last_record_is_truncation(tmp_path: Path) -> None:
    data = write_warc(tmp_path / "ok.warc", news_records(2), gz=False).read_bytes()
    last = record_offsets(data, False)[1]
    head, _, rest = data[last:].partition(b"Content-Length: ")
    length, _, tail = rest.partition(b"\r\n")
    path = tmp_path / "lie.warc"
    path.write_bytes(
        data[:last] + head + b"Content-Length: " + str(int(length) + 500).encode() + b"\r\n" + tail
    )
    items, _, _ = read_all(path)
    assert len(records(items)) == 1
    assert [p.reason for p in problems(items)] == ["truncated"]


@pytest.mark.parametrize("gz", [True, False])
def test_garbage_between_records_is_skipped_and_reported(tmp_path: Path, gz: bool) -> None:
    data = write_warc(tmp_path / "ok.warc", news_records(3), gz=gz).read_bytes()
    second = record_offsets(data, gz)[1]
    junk = b"\x00\xffnot a record at all\r\n\r\n" * 5
    path = tmp_path / "junk.warc"
    path.write_bytes(data[:second] + junk + data[second:])
    items, _, _ = read_all(path)
    assert [r.url[-5:] for r in records(items)] == ["00000", "00001", "00002"]
    (problem,) = problems(items)
    assert problem.reason == "garbage"
    assert problem.offset == second
    assert str(len(junk)) in problem.detail


def test_corrupt_gzip_member_is_skipped_and_reported(tmp_path: Path) -> None:
    data = write_warc(tmp_path / "ok.warc.gz", news_records(3), gz=True).read_bytes()
    offsets = record_offsets(data, True)
    broken = bytearray(data)
    for i in range(offsets[1] + 40, offsets[1] + 60):
        broken[i] ^= 0x5A
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(bytes(broken))
    items, _, _ = read_all(path)
    assert [r.url[-5:] for r in records(items)] == ["00000", "00002"]
    assert len(problems(items)) == 1
    assert problems(items)[0].offset >= offsets[1]


def test_empty_and_non_warc_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(b"")
    assert read_all(empty)[0] == []
    text = tmp_path / "notes.warc"
    text.write_bytes(b"this is not a WARC file\n" * 50)
    items = read_all(text)[0]
    assert records(items) == []
    assert [p.reason for p in problems(items)] == ["corrupt"]
    gz_text = tmp_path / "notes.warc.gz"
    gz_text.write_bytes(gzip.compress(b"hello\n" * 100))
    items = read_all(gz_text)[0]
    assert records(items) == []
    assert len(problems(items)) == 1


def test_gzip_content_encoding_is_decoded_with_a_cap(tmp_path: Path) -> None:
    page = news_page(3)
    bomb = gzip.compress(b"<p>" + b"a" * 3_000_000 + b"</p>")
    recs = [
        Rec("https://news.example.jp/gz", gzip.compress(page), extra_http=[("Content-Encoding", "gzip")]),
        Rec("https://news.example.jp/bomb", bomb, extra_http=[("Content-Encoding", "gzip")]),
    ]
    path = write_warc(tmp_path / "enc.warc.gz", recs, gz=True)
    items, _, _ = read_all(path, replace(CrawlSettings(), max_decoded_bytes=1_000_000))
    (record,) = records(items)
    assert record.payload == page
    (problem,) = problems(items)
    assert problem.reason == "bad_encoding"
    assert problem.url.endswith("/bomb")


def test_a_task_only_reads_its_own_range(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "r.warc.gz", news_records(6), gz=True)
    offsets = record_offsets(path.read_bytes(), True)
    size = path.stat().st_size
    task = Task(str(path), offsets[2], offsets[4], size)
    got = records(list(read_task(task, CrawlSettings(), Counter())))
    assert [r.offset for r in got] == offsets[2:4]


def test_remote_inputs_go_through_fsspec(tmp_path: Path) -> None:
    fsspec = pytest.importorskip("fsspec")
    data = write_warc(tmp_path / "r.warc.gz", news_records(4), gz=True).read_bytes()
    with fsspec.open("memory://bucket/crawl/r.warc.gz", "wb") as handle:
        handle.write(data)
    sources = expand_inputs(["memory://bucket/crawl/*.warc.gz"])
    assert len(sources) == 1
    assert sources[0].startswith("memory://")
    assert sources[0].endswith("bucket/crawl/r.warc.gz")
    counts: Counter[str] = Counter()
    got = [item for task in plan_tasks(sources[0], 1000) for item in read_task(task, CrawlSettings(), counts)]
    assert [r.url[-5:] for r in records(got)] == ["00000", "00001", "00002", "00003"]
    assert not problems(got)


def test_a_gzip_bomb_behind_a_small_content_length_stays_bounded(tmp_path: Path) -> None:
    import tracemalloc
    import zlib

    good = write_warc(tmp_path / "g.warc.gz", news_records(2), gz=True).read_bytes()
    body = b"<html>" + b"x" * 94
    header = (
        b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://bomb.example.jp/\r\n"
        b"Content-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body)
    )
    compressor = zlib.compressobj(1, zlib.DEFLATED, 31)
    bomb = compressor.compress(header + body + b"\x00" * (48 * 1024 * 1024)) + compressor.flush()
    first = record_offsets(good, True)[1]
    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(good[:first] + bomb + good[first:])
    tracemalloc.start()
    try:
        items, _, _ = read_all(path, replace(CrawlSettings(), max_record_bytes=1 << 20))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [r.url[-5:] for r in records(items)] == ["00000", "00001"]
    assert len(problems(items)) == 1
    assert problems(items)[0].offset >= first
    assert peak < 16 * 1024 * 1024
    assert problems(items)[0].reason in {"corrupt", "garbage"}, problems(items)[0]


def test_inputs_expand_globs_and_folders(tmp_path: Path) -> None:
    from kijiyomi.errors import InputError

    (tmp_path / "seg" / "warc").mkdir(parents=True)
    for name in ("seg/warc/b.warc.gz", "seg/warc/a.warc", "seg/x.warc.wet.gz", "seg/notes.txt"):
        (tmp_path / name).write_bytes(b"")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in expand_inputs([str(tmp_path / "seg")])]
    assert found == ["seg/warc/a.warc", "seg/warc/b.warc.gz", "seg/x.warc.wet.gz"]
    globbed = expand_inputs([str(tmp_path / "seg/warc/*.gz"), str(tmp_path / "seg/warc/b.warc.gz")])
    assert globbed == [str(tmp_path / "seg/warc/b.warc.gz")]
    with pytest.raises(InputError):
        expand_inputs([str(tmp_path / "seg/*.nothing")])
    with pytest.raises(InputError):
        expand_inputs([str(tmp_path / "missing.warc.gz")])


def test_a_warc_gzipped_as_one_stream_is_read_whole(tmp_path: Path) -> None:
    plain = write_warc(tmp_path / "p.warc", news_records(12), gz=False).read_bytes()
    path = tmp_path / "stream.warc.gz"
    path.write_bytes(gzip.compress(plain))
    items, counts, tasks = read_all(path, split=200)
    assert len(tasks) == 1  # a gzip stream cannot be cut at record boundaries
    assert counts["gzip_single_stream"] == 1
    assert [r.url for r in records(items)] == [r.url for r in records(read_all(tmp_path / "p.warc")[0])]
    assert [r.offset for r in records(items)] == record_offsets(plain, False)
    assert not problems(items)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(gzip.compress(plain)[:-200])
    items, _, _ = read_all(cut)
    assert len(records(items)) >= 10
    assert [p.reason for p in problems(items)] == ["truncated"]
