"""Line signals: sentence ends, cut teasers, rankings, chrome vocabulary."""

from __future__ import annotations

import pytest

from kijiyomi.textdump import features as f
from kijiyomi.textdump.lines import split_lines
from kijiyomi.textdump.vocab import chrome_line, section_header


def line(text: str) -> f.Line:
    (only,) = split_lines(text)
    return only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会見で「検討する」と述べた。", True),
        ("「来年も開きたい。」", True),
        ("新製品「カメラX」", False),  # a quoted name, not a sentence
        ("The mayor said so.", True),
        ('He replied: "Not today."', True),
        ('A film called "Snow"', False),
        ("と述べた。（共同）", True),
        ("Read the full story…", False),
        ("No full stop here", False),
    ],
)
def test_ends_sentence(text: str, expected: bool) -> None:
    assert f.ends_sentence(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市は来年度から新たな補助制度を始めると発表した。対象は市内の中小企業で、上限は100万円。", True),
        ("The council voted on Tuesday to approve the new budget for the coming year.", True),
        ("人気アイドルが新曲を発表、ファン騒然…", False),
        ("The 10 snowiest cities in America...", False),
        ("・詳しい内容は後日発表される予定", False),
        ("Short one.", False),
    ],
)
def test_prose(text: str, expected: bool) -> None:
    assert f.prose(line(text)) is expected


def test_loose_prose_needs_running_length() -> None:
    assert f.loose_prose(line("次のような図形を描画できるライブラリのサンプルを紹介します"))
    assert not f.loose_prose(line("関連エントリ"))


@pytest.mark.parametrize(
    "text",
    [
        "ランキング",
        "アクセスランキング",
        "関連記事",
        "【話題の記事】",
        "Related",
        "Most Read",
        "Lesen Sie auch",
    ],
)
def test_section_headers(text: str) -> None:
    assert section_header(text)


@pytest.mark.parametrize(
    "text",
    ["ログイン", "シェア", "メールマガジンのご登録はこちら", "Sign up", "Advertisement", "コメント(12)", "12 Comments",
     "Please enable JavaScript to view this page", "Jump to navigation", "3 min read", "Lesezeit: 3 Min.",
     "この記事は約3分で読めます", "5 h ago", "World / 2 hours ago", "vor 2 Std.", "il y a 3 heures",
     "hace 2 horas"],
)  # fmt: skip
def test_chrome_lines(text: str) -> None:
    assert chrome_line(text)


@pytest.mark.parametrize(
    "text",
    ["政府は新たな方針を決めた。", "The vote was close.", "首相の記者会見", "The ferry left 2 hours ago",
     "Vor 2 Stunden verließ die Fähre den Hafen."],
)  # fmt: skip
def test_not_chrome(text: str) -> None:
    assert not chrome_line(text)
    assert not section_header(text)


def test_rankings_and_numbers() -> None:
    assert f.number_only("1")
    assert f.number_only("10.")
    assert f.ranked("3. Celebrity couple announces split")
    assert not f.ranked("10 Tips for Better Sleep")  # a headline that starts with a number
    assert f.title_like(line("10 Tips for Better Sleep"))


_MENU_EN = (
    "World News Business Markets Climate Green Energy Travel Adventures Explore Golf Culture Cinema Music "
    "Food Is It Worth It? The Big Question Sport Football Tennis Health Science Space Tech Video Live Podcasts "
    "Newsletters Programmes"
)
_MENU_DE = (
    "Startseite Politik Wirtschaft Kultur Sport Reise Wissen Gesundheit Wohin Im Sommer? Podcasts Videos "
    "Live Newsletter Archiv Digital Auto Panorama Meinung Leserbriefe Rätsel Bilder Wetter Verkehr Region "
    "Stadt Land Termine"
)


@pytest.mark.parametrize("menu", [_MENU_EN, _MENU_DE])
def test_a_menu_printed_as_one_long_line_is_no_prose(menu: str) -> None:
    # a question among the entries is a sentence end inside the line, but its words are mostly
    # capitalised and no full stop follows a word
    line = split_lines(menu)[0]
    assert f.menu_run(menu)
    assert not f.prose(line)
    assert f.running_kind(menu, line.cjk, line.words, line.bullet) == 0


@pytest.mark.parametrize(
    "text",
    [
        # running text with a question inside (German nouns are capitalised, but not three in four)
        "Warum die Stadt den Radweg baut? Die Verwaltung sagt, dass die Uferstraße zu schmal für Busse und "
        "Räder sei und der Verkehr dort seit Jahren zunehme, vor allem im Sommer und an den Wochenenden",
        # a footer's notice in title case: its full stop after a word makes it a sentence, no menu
        "Example Art Materials, Example Studio, And Example Pick Are Registered Trademarks Of Example Art "
        "Materials, Inc. All Rights Reserved Worldwide For Every Example Store And Every Example Product Line",
    ],
)
def test_running_text_with_a_question_is_no_menu(text: str) -> None:
    assert not f.menu_run(text)
