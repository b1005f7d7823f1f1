"""WET files: conversion records with their URL and crawl date, read through FastWARC."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest

import kijiyomi
from kijiyomi.errors import InputError
from kijiyomi.textdump.wet import iter_wet_records, looks_like_wet
from kijiyomi.types import Article

pytest.importorskip("fastwarc")

FIXTURE = Path(__file__).parent / "fixtures" / "sample.warc.wet"


def test_reads_conversion_records_only() -> None:
    records = list(iter_wet_records(FIXTURE))
    assert [r.url for r in records] == [
        "https://news.example.jp/articles/2024/04/07/asaichi",
        "https://harbortimes.example.com/local/library-hours",
    ]
    assert records[0].crawl_date == datetime(2024, 4, 10, 3, 4, 5, tzinfo=UTC)
    assert records[0].text.startswith("架空日報\n")
    url, crawl_date, text = records[1]
    assert url is not None
    assert crawl_date is not None
    assert "Town library extends weekend hours" in text


def test_reads_gzipped_wet(tmp_path: Path) -> None:
    packed = tmp_path / "CC-MAIN-TEST.warc.wet.gz"
    packed.write_bytes(gzip.compress(FIXTURE.read_bytes()))
    assert [r.url for r in iter_wet_records(packed)] == [r.url for r in iter_wet_records(FIXTURE)]


def test_records_extract_with_their_own_dates() -> None:
    first, second = (kijiyomi.extract(r.text, url=r.url, kind="text") for r in iter_wet_records(FIXTURE))
    assert isinstance(first, Article)
    assert isinstance(second, Article)
    assert first.title == "港町の朝市、5年ぶりに再開 地元の漁師ら100店が出店"
    assert first.published is not None
    assert first.published.isoformat() == "2024-04-07T09:12:00+09:00"  # the dateline, not the crawl date
    assert first.url == "https://news.example.jp/articles/2024/04/07/asaichi"
    assert "人気記事" not in first.text
    assert second.title == "Town library extends weekend hours after petition"
    assert len(second.blocks) == 3


def test_record_size_cap() -> None:
    (first, _) = iter_wet_records(FIXTURE, max_record_bytes=30)
    assert len(first.text.encode("utf-8", "replace")) <= 30 + 3


def test_missing_file() -> None:
    with pytest.raises(InputError):
        list(iter_wet_records("/nonexistent/file.warc.wet.gz"))


def test_wet_names() -> None:
    assert looks_like_wet("CC-MAIN-2024-10-00000.warc.wet.gz")
    assert looks_like_wet("crawl.wet")
    assert not looks_like_wet("page.html.gz")
    assert not looks_like_wet("crawl.warc.gz")
