"""The Japanese path on invented news pages of three shapes: a newspaper site copied as innerText
(wire sign-off, picture with caption and credit, updated time), a TV station's page through
inscriptis (indented, a video list and a "latest news" box) and a w3m dump wrapped at 80 columns
(an era date, a reporter's byline, box-drawn navigation)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import kijiyomi
from kijiyomi.types import Article, BlockKind

FIXTURES = Path(__file__).parent / "fixtures"
JST = timezone(timedelta(hours=9))


def article(name: str) -> Article:
    result = kijiyomi.extract((FIXTURES / name).read_bytes(), kind="text")
    assert isinstance(result, Article), result
    return result


def stripped_lines(name: str) -> set[str]:
    return {line.strip(" \t\u3000") for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines()}


@pytest.mark.parametrize(
    ("name", "title", "kicker", "published", "paragraphs", "first", "last"),
    [
        (
            "ja_kyodo_innertext.txt",
            "北アルプスで登山者3人を救助 悪天候で下山できず、全員けがなし",
            "山岳遭難",
            datetime(2025, 6, 2, 14, 5, tzinfo=JST),
            4,
            "架空県の北アルプスで1日夕方、",
            "無理のない計画を立ててほしい」と呼びかけている。（共同）",
        ),
        (
            "ja_tv_inscriptis.txt",
            "港町の朝市、3年ぶりに再開 新鮮な魚介求め行列",
            "地域",
            datetime(2023, 10, 8, 8, 12, tzinfo=JST),
            4,
            "架空県港町の漁港で8日、",
            "町のにぎわいにつなげたい」としている。",
        ),
        (
            "w3m_ja_era.txt",
            "県立高入試で採点漏れ 2人を追加合格、県教委が謝罪",
            "教育",
            datetime(2025, 4, 1, 15, 20, tzinfo=JST),
            3,
            "架空県教育委員会は1日、",
            "深くおわびする」と述べた。",
        ),
    ],
)
def test_japanese_news_pages(
    name: str, title: str, kicker: str, published: datetime, paragraphs: int, first: str, last: str
) -> None:
    result = article(name)
    assert result.title == title
    assert result.kicker == kicker
    assert result.published == published
    assert result.language == "ja"
    kept = [block for block in result.blocks if block.kind is BlockKind.PARAGRAPH]
    assert len(kept) == paragraphs
    assert kept[0].text.startswith(first)
    assert kept[-1].text.endswith(last)
    for chrome in ("ランキング", "関連", "おすすめ", "シェア", "最新ニュース", "動画", "利用規約", "位"):
        assert chrome not in result.text, chrome


def test_innertext_paragraphs_are_the_dump_lines_and_the_picture_is_apart() -> None:
    result = article("ja_kyodo_innertext.txt")
    lines = stripped_lines("ja_kyodo_innertext.txt")
    assert all(block.text in lines for block in result.blocks if block.kind is BlockKind.PARAGRAPH)
    assert [block.text for block in result.blocks if block.kind is not BlockKind.PARAGRAPH] == [
        "天候回復待ってヘリ出動"  # the ■ subheading stays in the body, its mark read as a bullet
    ]
    (image,) = result.images
    assert image.alt == "救助された登山者を運ぶ県警ヘリ"
    assert image.caption == "救助された登山者を運ぶ県警のヘリコプター＝2日午前、架空県北山村"
    assert image.credit == "共同"
    assert "ヘリコプター＝" not in result.text
    assert result.agency == "共同"
    assert result.rights_holder == "架空日報社"
    assert result.modified == datetime(2025, 6, 2, 17, 40, tzinfo=JST)  # (最終更新 …) on the dateline


def test_tv_page_rights_and_no_video_titles() -> None:
    result = article("ja_tv_inscriptis.txt")
    assert result.copyright == "(C) Kakuu Television Inc."
    assert "台風14号" not in result.text
    assert "運転再開" not in result.text  # the breaking-news ticker


def test_wrapped_era_dump_with_reporter_byline() -> None:
    result = article("w3m_ja_era.txt")
    assert result.authors == ("架空一郎",)
    assert result.rights_holder == "架空新聞社"
    assert all("\n" not in block.text for block in result.blocks)
    assert result.blocks[1].text.startswith("県教委によると、採点後の答案を集計する際、")
    assert "誤りが判明したという。" in result.blocks[1].text  # joined across the wrap, without a space
