"""Whole dumps in, Articles (or Rejections) out: the fixtures are invented pages modelled on how
Japanese and English news sites look when copied as text."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import kijiyomi
from kijiyomi.options import ExtractOptions
from kijiyomi.textdump.extractor import extract_text
from kijiyomi.textdump.layout import Role, analyse
from kijiyomi.textdump.lines import split_lines
from kijiyomi.types import Article, BlockKind, Rejection, RejectReason, Source

FIXTURES = Path(__file__).parent / "fixtures"
JST = timezone(timedelta(hours=9))
OPTIONS = ExtractOptions()


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def article(name: str) -> Article:
    result = kijiyomi.extract((FIXTURES / name).read_bytes(), kind="text")
    assert isinstance(result, Article), result
    return result


def dump_lines(name: str) -> set[str]:
    return {line.strip(" \t\u3000\r") for line in read(name).splitlines()}


def test_japanese_wire_story() -> None:
    result = article("ja_wire.txt")
    assert result.title == "架空市で新交通システムが開業 初日は想定の2倍、3万人が利用"
    assert result.kicker == "交通インフラ"
    assert result.published == datetime(2024, 3, 15, 18, 30, tzinfo=JST)
    assert result.agency == "時事"
    assert result.rights_holder == "架空通信社"
    assert result.copyright == "掲載記事の無断転載を禁じます。著作権は架空通信社に帰属します。"
    assert result.language == "ja"
    assert result.input_kind == "text"
    assert result.provenance["published"] is Source.VISIBLE_TEXT
    (image,) = result.images
    assert image.alt == "テープカットする市長ら"
    assert image.caption == "開業式典でテープカットする山田市長(中央)ら。15日午前、架空市中央駅で撮影"
    assert image.credit == "2024年 時事/鈴木一郎"


def test_japanese_body_is_exactly_the_paragraph_lines() -> None:
    result = article("ja_wire.txt")
    assert [block.kind for block in result.blocks] == [BlockKind.PARAGRAPH] * 5
    assert result.blocks[0].text.startswith("架空市の中心部と湾岸地区を結ぶ")
    assert result.blocks[-1].text.endswith("5万人まで増やす目標を掲げる。")
    lines = dump_lines("ja_wire.txt")
    assert all(block.text in lines for block in result.blocks)


def test_no_chrome_in_the_japanese_body() -> None:
    text = article("ja_wire.txt").text
    for chrome in ("ランキング", "おすすめ", "関連記事", "湾岸地区の再開発、第2期", "月刊架空経済", "特集", "メルマガ",
                   "物流業界", "速報", "ログイン", "シェア", "コメント", "Copyright", "無断転載", "開業式典で"):  # fmt: skip
        assert chrome not in text, chrome


def test_crlf_dump_reads_the_same() -> None:
    assert article("ja_wire_crlf.txt").to_dict() == article("ja_wire.txt").to_dict()


def test_english_wire_story() -> None:
    result = article("en_wire.txt")
    assert result.title == "Record snowfall shuts down schools across three northern states"
    assert result.kicker == "Weather"
    assert result.authors == ("Jane Roe and Sam Poe",)
    assert result.published == datetime(2024, 2, 6, 15, 45, tzinfo=timezone(timedelta(hours=-5)))
    assert result.agency == "AP"
    assert result.rights_holder == "The Associated Press"
    assert result.language == "en"
    assert result.images[0].credit == "AP Photo/John Doe"
    assert result.blocks[0].text.startswith("LAKEVIEW, Minn. (AP) — A record-breaking snowstorm")
    assert (
        result.blocks[-1].text
        == "Schools in the region are expected to remain closed through at least Tuesday."
    )
    assert len(result.blocks) == 5  # "Advertisement" inside the story is dropped
    for chrome in (
        "Advertisement",
        "Related",
        "Most Read",
        "newsletter",
        "Breaking",
        "Copyright",
        "Plows clear",
    ):
        assert chrome not in result.text, chrome


@pytest.mark.parametrize(
    ("name", "title", "first", "count"),
    [
        ("w3m_ja.txt", "古文書2千点をネットで無料公開 架空県立図書館", "架空県の県立図書館は1日、", 3),
        (
            "w3m_en.txt",
            "Council votes to turn parking garages into housing",
            "The city council of Northfield",
            3,
        ),
    ],
)
def test_wrapped_w3m_dumps(name: str, title: str, first: str, count: int) -> None:
    result = article(name)
    assert result.title == title
    assert len(result.blocks) == count
    assert result.blocks[0].text.startswith(first)
    assert "\n" not in result.text.replace("\n\n", "")
    assert "関連" not in result.text
    assert "Related" not in result.text


def test_wrapped_japanese_dates_and_rights() -> None:
    result = article("w3m_ja.txt")
    assert result.published == datetime(2024, 5, 1, 10, 15, tzinfo=JST)
    assert result.rights_holder == "架空新報社"
    english = article("w3m_en.txt")
    assert english.published is not None
    assert (english.published.year, english.published.month, english.published.day) == (2024, 3, 12)
    assert english.authors == ("Chris Park",)
    assert english.rights_holder == "Northfield Ledger"


def test_auto_kind_reads_dumps_as_text() -> None:
    result = kijiyomi.extract((FIXTURES / "en_wire.txt").read_bytes())
    assert isinstance(result, Article)
    assert result.input_kind == "text"


def test_every_line_gets_a_role() -> None:
    lines = split_lines(read("ja_wire.txt"))
    layout = analyse(lines)
    assert len(layout.roles) == len(lines)
    roles = {line.plain: role for line, role in zip(lines, layout.roles, strict=True)}
    assert roles["交通インフラ"] is Role.KICKER
    assert roles["2024年3月15日(金)18時30分"] is Role.DATELINE
    assert roles["テープカットする市長ら"] is Role.IMAGE_ALT
    assert roles["[時事]"] is Role.AGENCY
    assert roles["アクセスランキング"] is Role.BOILERPLATE
    assert roles["2024年4月号（3月20日発売）"] is Role.BOILERPLATE  # a magazine issue, not the dateline


def test_the_dateline_is_the_articles_not_a_sidebars() -> None:
    dump = "\n".join(
        [
            "ランキング（2024年1月9日 12時00分更新）",
            "1",
            "人気の記事タイトル",
            "",
            "新しい市庁舎が完成 来月から業務開始",
            "2024年1月5日 15時20分",
            "",
            "市が建設を進めていた新しい市庁舎が完成し、5日に記念式典が開かれた。来月から窓口業務を始める。",
            "新庁舎は地上8階建てで、災害時の拠点機能を強化した。総工費は約120億円。",
            "",
            "週刊架空 2024年1月16日号",
            "特集：今年の景気を読む",
        ]
    )
    result = extract_text(dump, url=None, options=OPTIONS)
    assert isinstance(result, Article)
    assert result.published == datetime(2024, 1, 5, 15, 20, tzinfo=JST)
    assert result.title == "新しい市庁舎が完成 来月から業務開始"


def test_several_teasers_around_the_main_story() -> None:
    teaser = "Teaser headline number {n}\nA one-line summary of another story that ends here.\n"
    story = "\n".join(
        f"Paragraph {n} of the main story explains what happened in some detail, with quotes and numbers "
        f"such as {n * 7} percent, and then it ends with a full stop."
        for n in range(1, 8)
    )
    dump = (
        "".join(teaser.format(n=n) for n in range(3))
        + "\nMain story headline about the council budget\nMarch 3, 2024\n\n"
        + story
        + "\n\nMore stories\n"
        + "".join(teaser.format(n=n) for n in range(3, 6))
    )
    result = extract_text(dump, url="https://example.com/a", options=OPTIONS)
    assert isinstance(result, Article)
    assert result.title == "Main story headline about the council budget"
    assert len(result.blocks) == 7
    assert "Teaser" not in result.text
    assert "one-line summary" not in result.text
    assert result.url == "https://example.com/a"


@pytest.mark.parametrize(
    ("dump", "reason"),
    [
        ("   \n\u3000\n\t", RejectReason.EMPTY),
        ("\x00\x01\x02\x03\x04\x05\x06\x07" * 200, RejectReason.BINARY),
        ("This site needs JavaScript.\nPlease enable JavaScript to continue.", RejectReason.NO_CONTENT),
        ("\n".join(f"Link to section {n}" for n in range(40)), RejectReason.LISTING),
        ("Hello", RejectReason.NO_CONTENT),
    ],
)
def test_rejections(dump: str, reason: RejectReason) -> None:
    result = (
        extract_text(dump, url=None, options=OPTIONS) if dump.strip() else kijiyomi.extract(dump, kind="text")
    )
    assert isinstance(result, Rejection)
    assert result.reason is reason
    assert result.detail


def test_one_huge_line_is_bounded() -> None:
    dump = ("これは長い一行の文章です。" * 2_000_000)[: 20 * 1024 * 1024]
    started = time.perf_counter()
    result = extract_text(dump, url=None, options=OPTIONS)
    assert time.perf_counter() - started < 10
    assert isinstance(result, Article | Rejection)
    if isinstance(result, Article):
        assert result.warnings


def test_many_lines_are_bounded() -> None:
    dump = "\n".join(f"Menu item {n}\nA sentence number {n} that ends with a stop." for n in range(60_000))
    started = time.perf_counter()
    result = extract_text(dump, url=None, options=OPTIONS)
    assert time.perf_counter() - started < 20
    assert isinstance(result, Article | Rejection)


def test_a_long_wrapped_paragraph_is_joined_in_linear_time() -> None:
    # 30,000 full lines of one width read as one paragraph wrapped by a terminal: joined once,
    # not copied again for every line (which took minutes).
    line = "The council met on Tuesday and agreed to extend the bus network to three new suburbs."
    started = time.perf_counter()
    (block,) = extract_text("\n".join([line] * 30_000), url=None, options=OPTIONS).blocks  # type: ignore[union-attr]
    assert time.perf_counter() - started < 10
    assert len(block.text) == 30_000 * (len(line) + 1) - 1


def test_binary_junk_through_the_public_entry_point() -> None:
    junk = bytes(range(256)) * 64
    result = kijiyomi.extract(junk, kind="text")
    assert isinstance(result, Rejection)
    assert result.reason is RejectReason.BINARY


@pytest.mark.parametrize(
    ("dump", "binary"),
    [
        ("\ufffd" * 3000, True),  # replacement characters: undecodable bytes
        ("記事の本文\x01" * 400, True),  # control characters among CJK text, one in six
        ("記事の本文です。\x01\n" * 10 + "記事の本文です。\n" * 200, False),  # ten: too few
        ("A line with tabs\tand form feeds.\x0c\x0b\n" * 300, False),  # whitespace controls are text
        ("\x7f\x1f\x0e" * 10 + "x" * 200, True),  # 30 of 230 characters
    ],
)
def test_control_characters_make_a_dump_binary(dump: str, binary: bool) -> None:
    result = extract_text(dump, url=None, options=OPTIONS)
    assert (isinstance(result, Rejection) and result.reason is RejectReason.BINARY) is binary


@pytest.mark.parametrize("dump", ["", " ", "\u3000\n \t\n\u2028", "\n" * 50])
def test_a_dump_of_spaces_only_is_empty(dump: str) -> None:
    result = extract_text(dump, url=None, options=OPTIONS)
    assert isinstance(result, Rejection)
    assert result.reason is RejectReason.EMPTY


@pytest.mark.parametrize(
    ("url", "day"),
    [
        (None, (2025, 1, 12)),  # no country known: American order
        ("https://www.gazette.example.com/story", (2025, 1, 12)),
        ("https://www.gazette.example.co.uk/story", (2025, 12, 1)),
        ("https://www.gazette.example.com.au/story", (2025, 12, 1)),
    ],
)
def test_a_numeric_date_is_read_in_the_order_of_the_sites_country(
    url: str | None, day: tuple[int, int, int]
) -> None:
    dump = (
        "Home | News | Sport\n\nHarbour ferry service extended through the winter\n\n01/12/2025\n\n"
        + "The council agreed on Monday to keep the harbour ferry running through the winter months. " * 3
        + "\n\nOfficials said the extra sailings would cost less than expected this year. " * 3
    )
    result = kijiyomi.extract(dump, kind="text", url=url)
    assert isinstance(result, Article), result
    assert result.published is not None
    assert (result.published.year, result.published.month, result.published.day) == day
