"""The per-record function: articles, rejections, the time guard, the language filter, the schema."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

pytest.importorskip("pyarrow")
pytest.importorskip("fastwarc")

import pyarrow as pa
from crawl_fakes import FAKE
from crawl_fixtures import news_page

from kijiyomi.crawl import language
from kijiyomi.crawl.pipeline import process_record
from kijiyomi.crawl.reader import RawRecord
from kijiyomi.crawl.schema import ARTICLE_SCHEMA, article_from_row, article_row
from kijiyomi.crawl.settings import CrawlSettings, parse_filters
from kijiyomi.errors import ConfigError
from kijiyomi.types import Article, Block, BlockKind, Image, Source

FAKE_SETTINGS = CrawlSettings(extractor=FAKE)


def raw(payload: bytes, kind: str = "html", languages: tuple[str, ...] = ()) -> RawRecord:
    return RawRecord(
        "in.warc.gz",
        123,
        "<urn:uuid:1>",
        "https://news.example.jp/x",
        "2026-11-27T00:00:00Z",
        kind,
        payload,
        "utf-8",
        languages,
    )  # type: ignore[arg-type]


def test_an_article_becomes_a_row_with_record_columns() -> None:
    row = process_record(raw(news_page(4)), FAKE_SETTINGS)
    assert row.table == "articles"
    assert row.values["offset"] == 123
    assert row.values["url"] == "https://news.example.jp/x"
    assert row.values["title"] == "除雪体制を見直し 第4報"
    assert row.values["text"].startswith("北海道旭川市")
    assert json.loads(row.values["blocks_json"])[0]["kind"] == "paragraph"
    assert row.values["reading_json"] is None


def test_rejections_crashes_and_timeouts_become_reject_rows() -> None:
    listing = process_record(raw(news_page(1, marker="<!--reject-->")), FAKE_SETTINGS)
    assert (listing.table, listing.values["stage"], listing.values["reason"]) == (
        "rejects",
        "extract",
        "listing",
    )
    crash = process_record(raw(news_page(1, marker="<!--crash-->")), FAKE_SETTINGS)
    assert crash.values["reason"] == "error"
    assert "fake extractor bug" in crash.values["detail"]
    hang = process_record(
        raw(news_page(1, marker="<!--hang-->")), replace(FAKE_SETTINGS, record_time_limit=0.3)
    )
    assert hang.values["reason"] == "timeout"


def test_a_missing_extractor_module_fails_loudly() -> None:
    with pytest.raises(ConfigError):
        process_record(raw(news_page(1)), replace(FAKE_SETTINGS, extractor="no_such_module:extract"))


def test_language_filter_keeps_wanted_languages_only() -> None:
    settings = replace(FAKE_SETTINGS, filters=parse_filters(["lang=ja"]))
    assert process_record(raw(news_page(1, lang="ja")), settings).table == "articles"
    english = process_record(raw(news_page(1, lang="en")), settings)
    assert (english.values["stage"], english.values["reason"]) == ("filter", "language")
    assert "before extraction" in english.values["detail"]
    # WET records: Common Crawl's language header decides before extraction
    assert process_record(raw(b"some text", "text", ("eng",)), settings).values["reason"] == "language"


def test_language_precheck_sees_legacy_charsets_and_character_references() -> None:
    settings = replace(FAKE_SETTINGS, filters=parse_filters(["lang=ja"]))
    sjis = raw(news_page(2, charset="shift_jis"))
    assert process_record(replace(sjis, http_charset=None), settings).table == "articles"
    referenced = news_page(3).decode().replace("除雪体制を見直し", "&#x9664;&#x96EA;&#20307;&#21046;&#12434;")
    assert language.html_precheck(referenced.encode(), None, ("ja",)) is None
    assert language.html_precheck(news_page(3, lang="en"), None, ("ja",)) is not None
    # Chinese pages carry no kana: not Japanese, whatever their ideographs
    chinese = "<html><body><p>" + "北京市政府今天宣布新的交通计划。" * 20 + "</p></body></html>"
    assert language.html_precheck(chinese.encode(), None, ("ja",)) is not None
    assert language.html_precheck(chinese.encode(), None, ("zh",)) is None
    # a language without a script of its own falls back to the identifier on the visible text
    assert language.html_precheck(news_page(3, lang="en"), None, ("en",)) is None
    assert language.html_precheck(news_page(3, lang="ja"), None, ("en",)) is not None


def test_schema_round_trip_rebuilds_the_article() -> None:
    jst = timezone(timedelta(hours=9))
    article = Article(
        blocks=(Block(BlockKind.HEADING, "見出し", 2), Block(BlockKind.PARAGRAPH, "本文です。")),
        title="題",
        published=datetime(2026, 11, 27, 9, 30, tzinfo=jst),
        authors=("山田太郎",),
        tags=("防災",),
        images=(Image("https://img.example.jp/a.jpg", caption="写真", credit="共同"),),
        provenance={"title": Source.OPENGRAPH},
        language="ja",
        confidence=0.8,
    )
    record = {
        "source": "s",
        "offset": 7,
        "record_id": None,
        "warc_date": None,
        "url": "https://a.example.jp/",
    }
    row = article_row(record, article, {"entities": []})
    table = pa.Table.from_pylist([row], schema=ARTICLE_SCHEMA)
    back = table.to_pylist()[0]
    assert back["published"] == datetime(2026, 11, 27, 0, 30, tzinfo=UTC)
    assert back["published_iso"] == "2026-11-27T09:30:00+09:00"
    assert json.loads(back["reading_json"]) == {"entities": []}
    rebuilt = article_from_row(back)
    assert rebuilt.to_dict() == replace(article, url="https://a.example.jp/").to_dict()


def test_read_stores_the_reading_as_json() -> None:
    pytest.importorskip("kijiyomi.reading")
    row = process_record(raw(news_page(5)), replace(FAKE_SETTINGS, read=True))
    assert row.table == "articles"
    from kijiyomi.reading import read

    stored = json.loads(row.values["reading_json"])
    expected = read(article_from_row(row.values)).to_dict()
    assert stored == json.loads(json.dumps(expected, ensure_ascii=False, sort_keys=True, default=str))
    assert stored["entities"]


def test_progress_line_shows_rate_and_eta() -> None:
    import io

    from kijiyomi.crawl.progress import Progress

    stream = io.StringIO()
    progress = Progress(4, 4000, stream=stream, enabled=True)
    progress.started -= 10.0  # as if the run had begun ten seconds ago
    progress.advance(1000, 500)
    line = stream.getvalue()
    assert "1/4 shards" in line
    assert "500 records" in line
    assert "rec/s" in line
    assert "25.0% of input" in line
    assert "ETA 0m3" in line  # 10 s for a quarter: about 30 s to go
    quiet = io.StringIO()
    Progress(1, 10, stream=quiet, enabled=False).advance(10, 1)
    assert quiet.getvalue() == ""


def test_time_limit_is_inert_outside_the_main_thread() -> None:
    import threading
    import time

    from kijiyomi.timelimit import time_limit

    finished: list[bool] = []

    def work() -> None:
        with time_limit(0.05):
            time.sleep(0.1)
        finished.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert finished == [True]


def test_a_failing_reading_keeps_the_article_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    from kijiyomi.crawl import pipeline

    def broken_read(article: Article) -> None:
        raise ValueError("reader bug")

    monkeypatch.setattr(pipeline, "reader_function", lambda: broken_read)
    row = process_record(raw(news_page(5)), replace(FAKE_SETTINGS, read=True))
    assert row.table == "articles"
    assert row.values["reading_json"] is None
    assert row.values["warnings"] == ["reading failed: ValueError: reader bug"]
