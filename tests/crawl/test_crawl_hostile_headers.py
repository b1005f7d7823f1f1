"""Hostile HTTP and WARC headers: every one is a reported problem, never a hang or a crash."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("fastwarc")
pytest.importorskip("warcio")

from crawl_fixtures import Rec, news_records, write_warc

from kijiyomi.crawl.reader import RawRecord, ReadProblem, _dechunk, read_task
from kijiyomi.crawl.settings import CrawlSettings
from kijiyomi.crawl.tasks import plan_tasks


def read_all(path: Path) -> list[RawRecord | ReadProblem]:
    settings = CrawlSettings()
    counts: Counter[str] = Counter()
    return [
        item
        for task in plan_tasks(str(path), settings.split_bytes)
        for item in read_task(task, settings, counts)
    ]


@pytest.mark.timeout(5)
@pytest.mark.parametrize("size", [b"-6", b"-1", b"+5", b"5_0", b" ", b"0x5"])
def test_a_chunk_size_that_is_not_plain_hex_is_malformed(size: bytes) -> None:
    # "-6" sent the parser back to the start of the payload: it looped forever
    assert _dechunk(size + b"\r\nhello\r\n0\r\n\r\n") is None


def test_chunked_coding_still_decodes() -> None:
    assert _dechunk(b"5;ext=1\r\nhello\r\nA\r\n0123456789\r\n0\r\n\r\n") == b"hello0123456789"


@pytest.mark.timeout(5)
def test_a_negative_chunk_size_is_a_bad_encoding_problem_and_reading_goes_on(tmp_path: Path) -> None:
    chunked = Rec(
        "https://news.example.jp/chunked",
        b"-6\r\nhello\r\n0\r\n\r\n",
        extra_http=[("Transfer-Encoding", "chunked")],
    )
    items = read_all(write_warc(tmp_path / "c.warc.gz", [chunked, *news_records(1)], gz=True))
    assert [(type(i).__name__, i.url) for i in items] == [
        ("ReadProblem", "https://news.example.jp/chunked"),
        ("RawRecord", "https://news.example.jp/articles/00000"),
    ]
    assert isinstance(items[0], ReadProblem) and items[0].reason == "bad_encoding"


@pytest.mark.parametrize("length", [b"99999999999999999999999", b"18446744073709551616"])
def test_a_content_length_beyond_any_file_is_corrupt(tmp_path: Path, length: bytes) -> None:
    # FastWARC reads such a header as length 0; checking its framing sought past 2**63 and raised
    record = (
        b"WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://x.example.jp/\r\n"
        b"Content-Length: " + length + b"\r\n\r\nhello\r\n\r\n"
    )
    path = tmp_path / "huge.warc"
    path.write_bytes(record)
    (problem,) = read_all(path)
    assert isinstance(problem, ReadProblem)
    assert problem.reason == "corrupt"
    assert length.decode() in problem.detail


@pytest.mark.parametrize("address", ["127.0.0.1:²", "127.0.0.1:99999", "ray://127.0.0.1:0", "[::1]:٨٠"])
def test_a_ray_address_without_a_valid_port_is_a_config_error(address: str) -> None:
    # "²" passed isdigit() and int() raised ValueError; 99999 made socket raise OverflowError
    from kijiyomi.crawl.engines.ray import check_reachable
    from kijiyomi.errors import ConfigError

    with pytest.raises(ConfigError, match="no valid port"):
        check_reachable(address, timeout=0.5)


@pytest.mark.parametrize("manifest", ["[1, 2]", '"settings"', "null"])
def test_an_output_manifest_that_is_no_json_object_is_a_config_error(tmp_path: Path, manifest: str) -> None:
    # a JSON list raised AttributeError ('list' object has no attribute 'get') with a traceback
    from kijiyomi.crawl.writer import OutputDir
    from kijiyomi.errors import ConfigError

    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "_crawl.json").write_text(manifest, encoding="utf-8")
    with pytest.raises(ConfigError, match="is unreadable: a JSON"):
        OutputDir(tmp_path / "out", CrawlSettings())
