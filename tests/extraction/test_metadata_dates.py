"""Publication dates of synthetic pages: which source wins, the fallbacks, and the page's own zone."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone

import pytest
from selectolax.lexbor import LexborHTMLParser

import kijiyomi
from kijiyomi.html import fields
from kijiyomi.html.dom import Walk, walk
from kijiyomi.html.metadata import read_head
from kijiyomi.metadata.dates import JST
from kijiyomi.types import Article, Source

from .pages import EN_BODY_HTML as BODY

EASTERN = timezone(timedelta(hours=-5))


def page(head: str = "", *, before_h1: str = "", under_h1: str = "", after_body: str = "") -> bytes:
    return f"""<html lang="en"><head><title>Council extends winter ferry service</title>{head}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>{before_h1}
<article><h1>Council extends winter ferry service</h1>{under_h1}
{BODY}</article>{after_body}
<footer>Harbour Gazette</footer></body></html>""".encode()


def extract(html: bytes, url: str | None = None) -> Article:
    result = kijiyomi.extract(html, url=url)
    assert isinstance(result, Article)
    return result


def test_meta_value_attribute_is_read_like_content() -> None:
    article = extract(page('<meta name="article:published_time" value="2022-10-05T16:00:00Z">'))
    assert article.published == datetime(2022, 10, 5, 16, 0, tzinfo=UTC)
    assert article.provenance["published"] is Source.OPENGRAPH


@pytest.mark.parametrize(
    "script",
    [
        '<script type="application/ld+json">//<![CDATA[\n{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "datePublished": "2021-06-01T08:00:00+02:00"}\n//]]></script>',
        '<script>{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"datePublished": "2021-06-01T08:00:00+02:00"}</script>',
    ],
    ids=["cdata", "untyped-script"],
)
def test_json_ld_in_cdata_or_an_untyped_script(script: str) -> None:
    article = extract(page(script))
    assert article.published == datetime(2021, 6, 1, 6, 0, tzinfo=UTC)
    assert article.provenance["published"] is Source.JSON_LD


def test_ordinary_scripts_are_not_json_ld() -> None:
    article = extract(page('<script>var config = {"datePublished": "2021-06-01"};</script>'))
    assert article.published is None


def test_a_meta_named_like_a_publication_date() -> None:
    article = extract(page('<meta name="w-published-date" content="2025-05-27T06:03:43Z">'))
    assert article.published == datetime(2025, 5, 27, 6, 3, 43, tzinfo=UTC)


def hint_date(html: str) -> str | None:
    found = fields.date_from_hints(read_head(LexborHTMLParser(html)), "en", UTC)
    return found.value.date().isoformat() if found is not None else None


def test_dated_element_after_the_headline_beats_the_sidebar_before_it() -> None:
    sidebar = '<div class="teaser"><span class="date">01.01.2020</span> Older story</div>'
    under = '<div class="post-meta">Posted on September 21, 2020 by Dana Reyes</div>'
    assert hint_date(f"<body>{sidebar}<h1>Ferry</h1>{under}<p>Text</p></body>") == "2020-09-21"


def test_nearest_dated_element_before_the_headline_when_none_follows() -> None:
    html = (
        '<body><div class="footer-date">03.03.2019</div><div class="article-date">Dienstag, 1. Februar 2022'
        "</div><h1>Ferry</h1><p>Text</p></body>"
    )
    assert hint_date(html) == "2022-02-01"


def test_without_a_headline_dated_elements_count_in_page_order() -> None:
    html = '<body><p class="date">4 May 2021</p><p>Text</p><span class="time">5 May 2021</span></body>'
    assert hint_date(html) == "2021-05-04"


def test_elements_without_a_date_are_skipped() -> None:
    html = '<body><h1>Ferry</h1><p class="updated">2 hours ago</p><p class="date">6 May 2021</p></body>'
    assert hint_date(html) == "2021-05-06"
    assert hint_date('<body><h1>Ferry</h1><p class="date">yesterday</p></body>') is None


def test_dated_element_before_the_headline_when_none_follows() -> None:
    article = extract(page(before_h1='<div class="article-date">Dienstag, 1. Februar 2022</div>'))
    assert article.published is not None
    assert article.published.date().isoformat() == "2022-02-01"


def test_machine_readable_datetime_of_a_dated_element() -> None:
    under = '<relative-time datetime="2020-07-07T12:10:51Z">2 years ago</relative-time>'
    article = extract(page(under_h1=f"<div>{under}</div>"))
    assert article.published == datetime(2020, 7, 7, 12, 10, 51, tzinfo=UTC)
    assert article.provenance["published"] is Source.TIME_TAG


def test_line_opening_with_a_date_under_the_headline() -> None:
    under = "<p>Pressemitteilung vom 25. Januar 2022 | Berlin – Die Regierung hat beschlossen</p>"
    article = extract(page(under_h1=under))
    assert article.published is not None
    assert article.published.date().isoformat() == "2022-01-25"
    assert article.provenance["published"] is Source.VISIBLE_TEXT


def test_url_date_when_the_page_shows_none() -> None:
    article = extract(page(), url="https://gazette.example.com/2021/10/20/ferry-service/")
    assert article.published == datetime(2021, 10, 20, tzinfo=UTC)
    assert article.provenance["published"] is Source.URL


@pytest.mark.parametrize(
    ("lang", "url", "day"),
    [
        ("en", "https://gazette.example.com/ferry", "2025-01-12"),  # American order
        ("en-GB", "https://gazette.example.com/ferry", "2025-12-01"),
        ("en-au", "https://gazette.example.com/ferry", "2025-12-01"),
        ("en", "https://gazette.example.co.uk/ferry", "2025-12-01"),  # the host's country
        ("en-US", "https://gazette.example.co.uk/ferry", "2025-01-12"),  # the page's locale wins
    ],
)
def test_numeric_dates_follow_the_pages_english(lang: str, url: str, day: str) -> None:
    html = page(under_h1="<p class='date'>Published 01/12/2025</p>").replace(
        b'lang="en"', f'lang="{lang}"'.encode()
    )
    article = extract(html, url=url)
    assert article.published is not None
    assert article.published.date().isoformat() == day
    assert article.language == "en"


def test_url_date_of_a_japanese_site_is_jst() -> None:
    article = extract(page(), url="https://news.example.jp/articles/20211231-ferry")
    assert article.published == datetime(2021, 12, 31, tzinfo=JST)


def test_modification_time_as_the_last_resort() -> None:
    article = extract(page('<meta property="article:modified_time" content="2023-03-22T17:52:04+00:00">'))
    assert article.published == datetime(2023, 3, 22, 17, 52, 4, tzinfo=UTC)
    assert article.modified == article.published
    assert any("last modification time" in warning for warning in article.warnings)


def test_a_page_with_its_own_date_gets_no_modification_warning() -> None:
    head = (
        '<meta property="article:published_time" content="2023-03-21T08:00:00+00:00">'
        '<meta property="article:modified_time" content="2023-03-22T17:52:04+00:00">'
    )
    article = extract(page(head))
    assert article.published == datetime(2023, 3, 21, 8, tzinfo=UTC)
    assert not any("last modification time" in warning for warning in article.warnings)


def test_upload_time_only_when_the_page_shows_no_date() -> None:
    upload = '<meta itemprop="uploadDate" content="2017-01-10">'
    shown = extract(page(upload, under_h1='<p class="date">13 June 2019</p>'))
    assert shown.published is not None
    assert shown.published.date().isoformat() == "2019-06-13"
    alone = extract(page(upload))
    assert alone.published is not None
    assert alone.published.date().isoformat() == "2017-01-10"


def test_structured_date_beats_visible_ones() -> None:
    head = '<meta property="article:published_time" content="2024-03-05T09:30:00-05:00">'
    article = extract(page(head, under_h1='<p class="date">1 January 2020</p>'))
    assert article.published == datetime(2024, 3, 5, 9, 30, tzinfo=EASTERN)


def test_utc_time_is_shown_in_the_offset_the_page_uses() -> None:
    head = (
        '<meta property="article:published_time" content="2025-12-19T03:05:00+00:00">'
        '<meta property="article:modified_time" content="2025-12-19T03:30:28+00:00">'
    )
    under = '<time datetime="2025-12-18T19:05:00-08:00">December 18, 2025</time>'
    article = extract(page(head, under_h1=under))
    pacific = timezone(timedelta(hours=-8))
    assert article.published == datetime(2025, 12, 19, 3, 5, tzinfo=UTC)  # the same instant
    assert article.published is not None
    assert article.published.utcoffset() == timedelta(hours=-8)
    assert article.published.astimezone(pacific).date().isoformat() == "2025-12-18"


def test_zone_less_time_takes_the_page_offset() -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"datePublished": "2022-05-10T23:35:55", "dateModified": "2022-05-11T04:10:00-03:00"}</script>'
    )
    article = extract(page(head))
    assert article.published == datetime(2022, 5, 10, 23, 35, 55, tzinfo=timezone(timedelta(hours=-3)))


def test_zone_less_local_clock_of_the_same_instant_gives_the_offset() -> None:
    head = '<meta property="article:published_time" content="2023-11-09T05:30:59+00:00">'
    under = '<p class="info"><time datetime="2023-11-08 23:30:59">November 8, 2023 at 11:30 p.m.</time></p>'
    article = extract(page(head, under_h1=under))
    assert article.published == datetime(2023, 11, 8, 23, 30, 59, tzinfo=timezone(timedelta(hours=-6)))


def test_a_local_clock_that_only_shares_round_minutes_says_nothing() -> None:
    head = '<meta property="article:published_time" content="2023-11-09T05:30:00+00:00">'
    under = '<p class="info"><time datetime="2023-11-08 23:30:00">November 8, 2023</time></p>'
    article = extract(page(head, under_h1=under))
    assert article.published is not None
    assert article.published.utcoffset() == timedelta(0)


def test_offsets_far_away_in_time_are_not_used() -> None:
    head = '<meta property="article:published_time" content="2025-12-19T03:05:00Z">'
    under = '<div class="comments"><time datetime="2023-01-01T10:00:00-08:00">old</time></div>'
    article = extract(page(head, after_body=under))
    assert article.published == datetime(2025, 12, 19, 3, 5, tzinfo=UTC)
    assert article.published is not None
    assert article.published.utcoffset() == timedelta(0)


def test_japanese_meta_date_without_zone_is_jst() -> None:
    html = page('<meta name="pubdate" content="2021/12/31 11:54">').replace(b'lang="en"', b'lang="ja"')
    article = extract(html)
    assert article.published == datetime(2021, 12, 31, 11, 54, tzinfo=JST)


def test_dateline_under_the_headline_beats_older_dates_above_it() -> None:
    sidebar = "<aside><ul><li>Archive</li><li>9 October 2021</li><li>Older story</li></ul></aside>"
    under = "<p>24.01.2022 11:38 Category: News</p>"
    article = extract(page(before_h1=sidebar, under_h1=under))
    assert article.published == datetime(2022, 1, 24, 11, 38, tzinfo=UTC)
    assert article.provenance["published"] is Source.VISIBLE_TEXT


def test_long_lines_under_the_headline_are_not_datelines() -> None:
    under = (
        "<p>"
        + "The meeting on 24 January 2022 was long and the vote was close, said the clerk. " * 2
        + "</p>"
    )
    html = page(under_h1=under)
    assert (
        fields.dateline_under_headline(read_head(LexborHTMLParser(html.decode())), _walk(html), "en", UTC)
        is None
    )


def _walk(html: bytes) -> Walk:
    tree = LexborHTMLParser(html.decode())
    assert tree.body is not None
    return walk(tree.body, max_nodes=100_000, max_depth=200, deadline=time.monotonic() + 5)


def test_dateline_after_the_body_when_nothing_else_dates_the_page() -> None:
    signature = '<div class="sig">Posted by Dana Reyes</div><div class="foot">发表于 2005-07-31 12:30</div>'
    article = extract(page(after_body=signature))
    assert article.published is not None
    assert article.published.date().isoformat() == "2005-07-31"


@pytest.mark.parametrize(
    ("lang", "url", "offset"),
    [
        ("ja", None, 9),
        ("zh", None, 8),
        ("ko", None, 9),
        ("en", "https://news.example.co.jp/a", 9),
        ("en", "https://news.example.com.tw/a", 8),
        ("en", "https://news.example.com/a", 0),
    ],
)
def test_zone_less_times_of_east_asian_pages(lang: str, url: str | None, offset: int) -> None:
    html = page('<meta name="pubdate" content="2021-12-31 11:54">').replace(
        b'lang="en"', f'lang="{lang}"'.encode()
    )
    article = extract(html, url=url)
    assert article.published is not None
    assert article.published.utcoffset() == timedelta(hours=offset)
    assert (article.published.hour, article.published.minute) == (11, 54)
    assert ("publication time had no zone; UTC assumed" in article.warnings) == (offset == 0)


def test_default_zone_of_a_malformed_url_is_none() -> None:
    assert fields.default_timezone("en", "http://[broken/a") is None


def test_malformed_canonical_urls_never_raise() -> None:
    head = '<link rel="canonical" href="http://[::1"><meta property="og:url" content="https://example.com/a">'
    article = extract(page(head), url="https://example.com/a")
    assert article.canonical_url == "https://example.com/a"


@pytest.mark.parametrize("link", ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>x</b>"])
def test_a_canonical_link_that_is_no_web_address_is_dropped(link: str) -> None:
    head = f'<link rel="canonical" href="{link}"><meta property="og:url" content="https://example.com/b">'
    assert extract(page(head), url="https://example.com/a").canonical_url == "https://example.com/b"
    assert extract(page(f'<link rel="canonical" href="{link}">')).canonical_url is None


def test_dateline_opening_the_body_or_closing_it() -> None:
    html = (
        b"<body><p>2005-04-27 14:32 Source: Example News</p><p>First paragraph of the story.</p>"
        b"<p>Second paragraph of the story.</p><p>Posted by Dana on 3 May 2021</p></body>"
    )
    head, walked = read_head(LexborHTMLParser(html.decode())), _walk(html)
    texts = [segment.text for segment in walked.segments]
    opening = fields.dateline_around_body(head, walked, [0, 1, 2], "en", UTC)
    assert opening is not None
    assert opening.value == datetime(2005, 4, 27, 14, 32, tzinfo=UTC)
    closing = fields.dateline_around_body(head, walked, [1, 2], "en", UTC)
    assert closing is not None
    assert closing.value.date().isoformat() == "2021-05-03"
    assert texts[3].startswith("Posted by")
    assert fields.dateline_around_body(head, walked, [], "en", UTC) is None
