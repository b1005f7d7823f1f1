"""Reading a dump into lines: newlines, trimming, bullets, and w3m/lynx wrapping undone."""

from __future__ import annotations

import re
import textwrap

from kijiyomi.textdump.lines import display_width, split_lines, wrap_width


def test_newlines_of_every_kind() -> None:
    for newline in ("\n", "\r\n", "\r"):
        lines = split_lines(newline.join(["一行目です。", "", "", "二行目です。"]))
        assert [line.text for line in lines] == ["一行目です。", "二行目です。"]
        assert [line.gap for line in lines] == [0, 2]


def test_trims_spaces_of_every_width_but_keeps_inner_text() -> None:
    (line,) = split_lines("\u3000\u3000　本文の段落です。 途中の空白 \t\xa0")
    assert line.text == "本文の段落です。 途中の空白"


def test_a_line_of_invisible_joiners_is_blank() -> None:
    # (a page builder's empty paragraph: a zero-width joiner or word joiner alone)
    lines = split_lines("First paragraph.\n\u200d\n\u2060\u200c\nSecond paragraph.\n")
    assert [line.text for line in lines] == ["First paragraph.", "Second paragraph."]
    assert lines[1].gap == 2
    (emoji,) = split_lines("Family \U0001f468\u200d\U0001f469 day")  # (a joiner inside a line stays)
    assert emoji.text == "Family \U0001f468\u200d\U0001f469 day"


def test_bullets_are_noted_and_removed_from_the_plain_text() -> None:
    lines = split_lines("• First item\n・二つ目\n* third\n  ◦ fourth\nNo bullet")
    assert [line.bullet for line in lines] == [True, True, True, True, False]
    assert [line.plain for line in lines] == ["First item", "二つ目", "third", "fourth", "No bullet"]
    assert lines[0].text == "• First item"


def test_box_drawing_borders_are_blank() -> None:
    lines = split_lines("┌──────┐\n│ 本文です。 │\n└──────┘")
    assert [line.text for line in lines] == ["本文です。"]
    assert lines[0].gap == 1


def test_display_width_counts_cjk_double() -> None:
    assert display_width("abc") == 3
    assert display_width("日本語") == 6
    assert display_width("日本a") == 5


def _wrap_cjk(text: str, cols: int) -> list[str]:
    out, line = [], ""
    for char in text:
        if display_width(line + char) > cols:
            out.append(line)
            line = ""
        line += char
    return [*out, line]


def test_rejoins_wrapped_english_paragraphs_with_a_space() -> None:
    paragraphs = [
        "The committee met on Thursday to review the proposal, which would extend the bus network to "
        "three new suburbs and add night services on weekends for the first time since 2019.",
        "Critics said the plan did not explain how the extra drivers would be found, given the shortage "
        "that has already forced the cancellation of dozens of trips every week this year.",
        "A final vote is expected next month, after a public consultation that opens on Monday and runs "
        "for four weeks across the whole region.",
    ]
    dump = "\n\n".join("\n".join(textwrap.wrap(p, 79)) for p in paragraphs)
    assert wrap_width(dump.split("\n")) in range(72, 81)
    assert [line.text for line in split_lines(dump)] == paragraphs


def test_rejoins_wrapped_japanese_paragraphs_without_a_space() -> None:
    paragraphs = [
        "県の審議会は二十日、新しい環境基本計画の素案をまとめた。温室効果ガスの排出量を二〇三〇年度までに半減させる目標を掲げ、"
        "再生可能エネルギーの導入を加速させる方針を示した。",
        "素案では、公共施設の屋根に太陽光パネルを設置するほか、電気自動車の充電設備を県内各地に整備する。意見公募を経て、"
        "年度内の正式決定を目指す。",
    ]
    dump = "\n\n".join("\n".join(_wrap_cjk(p, 80)) for p in paragraphs)
    assert [line.text for line in split_lines(dump)] == paragraphs


def test_display_width_counts_ambiguous_punctuation_single() -> None:
    # w3m's default: the quotes, bullets, dashes and marks of U+2000-U+2FFF take one column
    assert display_width("“引用”") == 6
    assert display_width("• 項目") == 6
    assert display_width("※注意") == 5
    assert display_width("A—B…") == 4


def _w3m_width(text: str) -> int:
    return sum(1 if ord(char) < 0x80 or 0x2000 <= ord(char) < 0x3000 else 2 for char in text)


def _wrap_w3m(text: str, cols: int = 79) -> list[str]:
    """Wrapped as w3m does: ambiguous-width marks one column, an ASCII word never split."""
    tokens = re.findall(r"[!-~]+|.", text)
    out, line = [], ""
    for token in tokens:
        if line and _w3m_width(line + token) > cols:
            out.append(line)
            line = token.lstrip()
        else:
            line += token
    return [*out, line]


def test_rejoins_w3m_japanese_with_quotes_and_ascii_words() -> None:
    paragraphs = [
        "架空市の市長は“市民の声をもっと聞く”と述べ、来年度から新しい相談窓口を設ける方針を示した。窓口では"
        "オンラインでの相談も受け付け、担当者が“できるだけ早く”回答するという。市はwebsite上でも案内する。",
        "同市では昨年、窓口の待ち時間が長いとの苦情が相次いだ。市の担当者は“待たせない仕組みを作りたい”と話し、"
        "予約制のreservation systemを年内に試験導入する。利用者の意見を聞きながら改善を続けるという。",
        "市議会では“費用に見合う効果があるのか”との質問も出た。市長は“効果は数字で示す”と答え、導入後の"
        "利用件数と待ち時間をquarterly reportとして公表する考えを示した。議会は来月、関連予算を審議する。",
    ]
    dump = "\n\n".join("\n".join(_wrap_w3m(p)) for p in paragraphs)
    assert wrap_width(dump.split("\n")) in (79, 80)
    assert [line.text for line in split_lines(dump)] == paragraphs


def test_unwrapped_dumps_keep_their_lines() -> None:
    dump = "\n".join(
        [
            "Short heading",
            "A paragraph of moderate length that ends here.",
            "Another paragraph that is quite a bit longer than the one before it, and ends with a full stop.",
            "Menu",
            "A third paragraph, of yet another length, to make sure nothing gets joined.",
        ]
    )
    assert wrap_width(dump.split("\n")) == 0
    assert len(split_lines(dump)) == 5


def test_huge_lines_are_cut() -> None:
    (line,) = split_lines("あ" * 300_000)
    assert len(line.text) == 100_000
