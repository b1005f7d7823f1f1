"""Dates in the forms news pages print them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.metadata.dates import JST, date_from_url, find_dates, numeric_date_locale, parse_date


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0, *, offset: float = 9) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=timezone(timedelta(hours=offset)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021年12月31日(金)11時54分", at(2021, 12, 31, 11, 54)),
        ("2021年12月31日（金）11時54分配信", at(2021, 12, 31, 11, 54)),
        ("2021年12月31日 11:54", at(2021, 12, 31, 11, 54)),
        ("2020年1月5日 午後3時5分", at(2020, 1, 5, 15, 5)),
        ("2020年1月5日 午前0時", at(2020, 1, 5, 0, 0)),
        ("2020年1月5日 午後0時30分", at(2020, 1, 5, 12, 30)),
        ("２０２１年１２月３１日　１１：５４", at(2021, 12, 31, 11, 54)),
        ("令和3年12月31日", at(2021, 12, 31)),
        ("令和元年5月1日", at(2019, 5, 1)),
        ("平成30年4月1日 9時", at(2018, 4, 1, 9)),
        ("更新日：2022年3月1日 8時7分15秒", datetime(2022, 3, 1, 8, 7, 15, tzinfo=JST)),
        ("2021.12.31", at(2021, 12, 31, offset=0)),
        ("2021-12-31T11:54:00+09:00", at(2021, 12, 31, 11, 54)),
        ("2021-12-31T02:54:00Z", at(2021, 12, 31, 2, 54, offset=0)),
        (
            "2021-12-31T02:54:00.123-05:00",
            datetime(2021, 12, 31, 2, 54, tzinfo=timezone(timedelta(hours=-5))),
        ),
        ("2021-12-31 11:54:00+0530", at(2021, 12, 31, 11, 54, offset=5.5)),
        ("Fri, 31 Dec 2021 11:54:00 +0000", at(2021, 12, 31, 11, 54, offset=0)),
        ("Fri, 31 Dec 2021 11:54:00 GMT", at(2021, 12, 31, 11, 54, offset=0)),
        ("Dec. 31, 2021 11:54 a.m. ET", at(2021, 12, 31, 11, 54, offset=-5)),
        ("July 4, 2021 3 p.m. PT", at(2021, 7, 4, 15, 0, offset=-7)),
        ("31 December 2021", at(2021, 12, 31, offset=0)),
        ("December 31, 2021, at 11:54 AM EST", at(2021, 12, 31, 11, 54, offset=-5)),
        ("Published March 3, 2020 at 12:05 am", at(2020, 3, 3, 0, 5, offset=0)),
        ("Updated 9:15 PM EDT, Tue June 1, 2021", at(2021, 6, 1, 21, 15, offset=-4)),
        ("Monday 3rd May 2021 10:00 BST", at(2021, 5, 3, 10, 0, offset=1)),
        ("31.12.2021", at(2021, 12, 31, offset=0)),
        ("31.12.2021, 14.30 Uhr", at(2021, 12, 31, 14, 30, offset=0)),
        ("Stand: 5. März 2021, 18:00 Uhr MEZ", at(2021, 3, 5, 18, 0, offset=1)),
        ("le 31 décembre 2021 à 11h54", at(2021, 12, 31, 11, 54, offset=0)),
        ("2 août 2021", at(2021, 8, 2, offset=0)),
        ("12/31/2021", at(2021, 12, 31, offset=0)),
        ("31/12/2021", at(2021, 12, 31, offset=0)),
        ("2021/12/31(金) 11:54 CET", at(2021, 12, 31, 11, 54, offset=1)),
        ("2021年12月31日 11時54分（日本時間）", at(2021, 12, 31, 11, 54)),
        ("公開日：2025/01/22 17:00 更新日：2025/01/22 18:00", at(2025, 1, 22, 17, 0)),
    ],
)
def test_parses(text: str, expected: datetime) -> None:
    result = parse_date(text)
    assert result == expected
    assert result is not None
    assert result.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no digits at all",
        "Posted 2 hours ago",
        "He said 2021 was 12 hard",
        "2021/02/30",  # no such day
        "2021年2月29日",  # not a leap year
        "1985年1月1日",  # before 1990
        "平成元年1月8日",  # 1989
        "2150-01-01",  # after 2100
        "2021年12月31日 25時",  # no such hour
        "2021/12/31 10:75",  # no such minute
        "12月31日 11時54分",  # no year and no reference
        "第3版 1234-56-78",
        "Tel. 03-1234-5678",
    ],
)
def test_rejects(text: str) -> None:
    assert parse_date(text) is None


def test_month_day_needs_reference_year() -> None:
    reference = datetime(2022, 1, 5, tzinfo=JST)
    assert parse_date("12月31日 11時54分", reference=reference) == at(2021, 12, 31, 11, 54)
    assert parse_date("1月3日", reference=reference) == at(2022, 1, 3)


def test_default_zone_order() -> None:
    eastern = timezone(timedelta(hours=-5))
    assert parse_date("2021/12/31 11:54").utcoffset() == timedelta(0)  # type: ignore[union-attr]
    assert parse_date("2021/12/31 11:54", lang="ja") == at(2021, 12, 31, 11, 54)
    assert parse_date("2021/12/31 11:54", default_tz=eastern) == at(2021, 12, 31, 11, 54, offset=-5)
    # an explicit zone beats both
    assert parse_date("2021/12/31 11:54 UTC", lang="ja", default_tz=eastern) == at(
        2021, 12, 31, 11, 54, offset=0
    )
    assert parse_date("2021年12月31日").tzinfo is not None  # type: ignore[union-attr]
    assert parse_date("2021年12月31日").utcoffset() == timedelta(hours=9)  # type: ignore[union-attr]
    assert parse_date("2021年12月31日", lang="zh").utcoffset() == timedelta(hours=8)  # type: ignore[union-attr]


def test_daylight_saving_for_regional_zones() -> None:
    winter = parse_date("Jan. 10, 2021 9:00 a.m. ET")
    summer = parse_date("Jul. 10, 2021 9:00 a.m. ET")
    assert winter is not None
    assert summer is not None
    assert winter.utcoffset() == timedelta(hours=-5)
    assert summer.utcoffset() == timedelta(hours=-4)


def test_day_first_when_the_language_says_so() -> None:
    assert parse_date("03/04/2021", lang="en") == at(2021, 3, 4, offset=0)
    assert parse_date("03/04/2021", lang="fr") == at(2021, 4, 3, offset=0)
    assert parse_date("03-04-2021", lang="en") == at(2021, 3, 4, offset=0)
    assert parse_date("03-04-2021", lang="de") == at(2021, 4, 3, offset=0)


def test_british_english_reads_the_day_first() -> None:
    assert parse_date("03/04/2021", lang="en-gb") == at(2021, 4, 3, offset=0)
    assert parse_date("03/04/2021", lang="en-us") == at(2021, 3, 4, offset=0)
    assert parse_date("03/04/2021") == at(2021, 3, 4, offset=0)
    assert parse_date("13/04/2021", lang="en-us") == at(2021, 4, 13, offset=0)  # no month 13


def test_find_dates_spans_and_order() -> None:
    line = "公開 2021/12/31 11:54 更新 2022/01/01 09:00"
    found = find_dates(line)
    assert [line[start:end] for start, end, _ in found] == ["2021/12/31 11:54", "2022/01/01 09:00"]
    assert [value.day for _, _, value in found] == [31, 1]


def test_find_dates_keeps_full_width_spans() -> None:
    line = "配信：２０２１年１２月３１日　１１時５４分 です"
    ((start, end, value),) = find_dates(line)
    assert line[start:end] == "２０２１年１２月３１日　１１時５４分"
    assert value == at(2021, 12, 31, 11, 54)


def test_fast_on_long_lines() -> None:
    import time

    line = "ニュース 2021年12月31日 " * 2000
    started = time.perf_counter()
    found = find_dates(line)
    assert len(found) == 2000
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 августа 2016, 13:43", at(2016, 8, 15, 13, 43, offset=0)),
        ("3 грудня 2020", at(2020, 12, 3, offset=0)),
        ("7 settembre 2019", at(2019, 9, 7, offset=0)),
        ("3 de março de 2020", at(2020, 3, 3, offset=0)),
        ("12 mei 2021", at(2021, 5, 12, offset=0)),
        ("Do 25.04.24 | 14:07 Uhr", at(2024, 4, 25, 14, 7, offset=0)),
        ("23.09.22", at(2022, 9, 23, offset=0)),
        ("11-29-2024, 09:03 AM", at(2024, 11, 29, 9, 3, offset=0)),
        ("29-11-2024", at(2024, 11, 29, offset=0)),
    ],
)
def test_more_languages_and_short_years(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["1.2.24", "Version 3.10.12 released", "10.12.2.5", "Tel. 12.34.56"])
def test_short_years_need_padded_day_and_month(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021/12/31 11:54", at(2021, 12, 31, 11, 54)),
        ("2021年12月31日(金)11時54分", at(2021, 12, 31, 11, 54)),
        ("令和3年12月31日 午後1時", at(2021, 12, 31, 13, 0)),
        ("2021年12月31日 午前11時54分", at(2021, 12, 31, 11, 54)),
        ("２０２１/１２/３１ １１:５４", at(2021, 12, 31, 11, 54)),
        ("2021-12-31 11:54", at(2021, 12, 31, 11, 54)),
    ],
)
def test_japanese_pages_without_a_zone_are_jst(text: str, expected: datetime) -> None:
    result = parse_date(text, lang="ja")
    assert result == expected
    assert result is not None
    assert result.utcoffset() == timedelta(hours=9)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.com/2021/12/31/harbour-ferry/", (2021, 12, 31)),
        ("https://news.example.com/world/2019/7/4/slug", (2019, 7, 4)),
        ("https://news.example.jp/articles/20211231-OYT1T50000/", (2021, 12, 31)),
        ("https://blog.example.org/posts/2025-12-15+Rust+backend", (2025, 12, 15)),
        ("https://example.com/a/story_2020_02_29_leap.html", (2020, 2, 29)),
    ],
)
def test_date_from_url(url: str, expected: tuple[int, int, int]) -> None:
    found = date_from_url(url, tz=JST)
    assert found == datetime(*expected, tzinfo=JST)


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "https://example.com/2021/12/ferry",  # year and month only
        "https://example.com/news/A2026012914320005196",  # an id, not a date
        "https://example.com/search?from=2021-12-31",  # the query does not count
        "https://2021-12-31.example.com/story",  # nor the host
        "https://example.com/2021/02/30/no-such-day",
        "https://example.com/p/12345678/",
    ],
)
def test_no_date_from_url(url: str | None) -> None:
    assert date_from_url(url) is None


@pytest.mark.parametrize(
    ("lang", "declared", "url", "expected"),
    [
        ("en", (), None, "en"),
        ("en", ("en-GB",), None, "en-gb"),
        ("en", ("en_AU",), "https://x.example.com/", "en-gb"),
        ("en", ("en-US",), "https://x.example.co.uk/", "en"),  # the declared locale wins
        ("en", ("",), "https://x.example.co.uk/", "en-gb"),
        ("en", (), "https://x.example.in/a", "en-gb"),
        ("en", (), "http://[::1", "en"),  # a malformed URL
        ("fr", ("fr-CA",), None, "fr"),
        (None, (), "https://x.example.co.uk/", None),
    ],
)
def test_numeric_date_locale(
    lang: str | None, declared: tuple[str, ...], url: str | None, expected: str | None
) -> None:
    assert numeric_date_locale(lang, declared, url) == expected
