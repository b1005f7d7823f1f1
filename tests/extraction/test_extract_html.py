"""The HTML extractor on synthetic pages modelled on real news layouts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

import kijiyomi
from kijiyomi import Article, BlockKind, Rejection, RejectReason, Source

from .pages import (
    EN_BODY,
    JA_BODY,
    JA_BODY_AFTER_SUBHEAD,
    JA_SUBHEAD,
    en_news_page,
    error_page,
    ja_news_page,
    listing_page,
    login_page,
)

JST = timezone(timedelta(hours=9))


def _article(data: bytes) -> Article:
    result = kijiyomi.extract(data)
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize("charset", ["utf-8", "shift_jis", "euc-jp", "iso-2022-jp"])
def test_japanese_page_body_is_exactly_the_article(charset: str) -> None:
    article = _article(ja_news_page(charset))
    assert [block.text for block in article.blocks] == [*JA_BODY, JA_SUBHEAD, JA_BODY_AFTER_SUBHEAD]
    assert article.blocks[3].kind is BlockKind.HEADING
    assert article.text == "\n\n".join(block.text for block in article.blocks)


def test_japanese_page_metadata() -> None:
    article = _article(ja_news_page())
    assert article.title == "港町で新冷凍技術の説明会、来春から出荷へ"  # site suffix removed
    assert article.kicker == "水産業"
    assert article.published == datetime(2023, 11, 15, 18, 5, tzinfo=JST)
    assert article.site_name == "北の海新聞"
    assert article.agency == "共同"
    assert article.rights_holder == "北の海新聞社"
    assert article.language == "ja"
    assert article.canonical_url == "https://kitanoumi.example.jp/news/20231115-reito"
    assert article.provenance["published"] is Source.OPENGRAPH
    assert article.provenance["site_name"] is Source.OPENGRAPH


def test_japanese_page_boilerplate_is_nowhere_in_the_body() -> None:
    text = _article(ja_news_page()).text
    for furniture in (
        "ランキング",
        "関連記事",
        "ホーム",
        "シェア",
        "Copyright",
        "人気ラーメン店",
        "後継者不足",
        "（共同）",
    ):
        assert furniture not in text


def test_caption_goes_to_images_not_body() -> None:
    article = _article(ja_news_page())
    assert len(article.images) == 1
    image = article.images[0]
    assert image.src == "/photos/reito.jpg"
    assert image.alt == "説明会の様子"
    assert image.caption is not None and image.caption.startswith("説明会で新技術を紹介する担当者")
    assert "説明会で新技術を紹介する担当者" not in article.text


def test_english_page_structure_and_metadata() -> None:
    article = _article(en_news_page())
    kinds = [block.kind for block in article.blocks]
    assert [b.text for b in article.blocks[:3]] == EN_BODY
    assert BlockKind.LIST_ITEM in kinds and BlockKind.QUOTE in kinds and BlockKind.TABLE in kinds
    assert any(b.text == "Season | Trips per day" for b in article.blocks)
    assert article.title == "Council extends winter ferry service"
    assert article.authors == ("Dana Reyes",)
    assert article.published == datetime(2024, 3, 5, 14, 30, tzinfo=UTC)
    assert article.provenance["published"] is Source.JSON_LD
    assert article.warnings == ()
    for furniture in ("Most read", "Storm closes schools", "newsletter", "All rights reserved"):
        assert furniture not in article.text


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        (listing_page, RejectReason.LISTING),
        (login_page, RejectReason.LOGIN_WALL),
        (error_page, RejectReason.ERROR_PAGE),
    ],
)
def test_non_articles_are_rejected_with_a_reason(page: object, reason: RejectReason) -> None:
    result = kijiyomi.extract(page())  # type: ignore[operator]
    assert isinstance(result, Rejection)
    assert result.reason is reason
    assert result.detail


def test_non_article_content_on_request() -> None:
    options = kijiyomi.ExtractOptions(reject_non_articles=False)
    result = kijiyomi.extract(error_page(), options=options)
    assert isinstance(result, Article)
    assert "お探しのページは移動または削除された可能性があります。" in result.text


def test_search_url_is_rejected_as_search() -> None:
    result = kijiyomi.extract(listing_page(), url="https://example.com/search?q=ferry")
    assert isinstance(result, Rejection)
    assert result.reason is RejectReason.SEARCH


def test_json_round_trip_is_lossless() -> None:
    article = _article(ja_news_page())
    again = Article.from_dict(article.to_dict())
    assert again == article
    data = article.to_dict()
    assert data["schema_version"] == kijiyomi.SCHEMA_VERSION
    assert data["published"] == "2023-11-15T18:05:00+09:00"


def test_script_holding_closing_tags_does_not_break_the_body() -> None:
    page = ja_news_page().replace(
        b'<div class="article-body">',
        b'<div class="article-body"><script>document.write("</div></div><p>injected</p>");</script>',
    )
    article = _article(page)
    assert "injected" not in article.text
    assert article.blocks[0].text == JA_BODY[0]


def test_jsonld_article_body_rescues_script_rendered_pages() -> None:
    body = "。".join(f"これはスクリプトで描画される記事の第{n}文です" for n in range(40)) + "。"
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "描画記事",'
        f' "articleBody": "{body}"}}</script></head><body><div id="root"></div></body></html>'
    ).encode()
    article = _article(page)
    assert article.text == body
    assert any("JSON-LD" in warning for warning in article.warnings)


def test_timezone_defaults_to_jst_for_japanese_pages() -> None:
    page = ja_news_page().replace(b"2023-11-15T18:05:00+09:00", b"2023-11-15T18:05:00")
    article = _article(page)
    assert article.published == datetime(2023, 11, 15, 18, 5, tzinfo=JST)


def test_articles_cross_process_boundaries() -> None:
    import pickle

    article = _article(ja_news_page())
    again = pickle.loads(pickle.dumps(article))
    assert again == article
    assert again.provenance["published"] is Source.OPENGRAPH


def test_organisations_are_not_authors() -> None:
    page = en_news_page().replace(
        b'"author": [{"@type": "Person", "name": "Dana Reyes"}]',
        b'"author": {"@type": "Organization", "name": "Harbour Gazette"}',
    )
    article = _article(page)
    assert "Harbour Gazette" not in article.authors


def test_ruby_readings_stay_out_of_the_text() -> None:
    body = "".join(
        f"<p><ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を読む練習の文章です。第{n}段落も続きます。</p>"
        for n in range(6)
    )
    article = _article(f"<html lang='ja'><body><article>{body}</article></body></html>".encode())
    assert "かんじ" not in article.text
    assert article.blocks[0].text == "漢字を読む練習の文章です。第0段落も続きます。"
