"""Blank-line runs inside a story (a browser prints a table's empty cells and rows as blank lines)
and the dates of a forum thread (synthetic dumps)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import kijiyomi
from kijiyomi.types import Article

UTC = ZoneInfo("UTC")
BLANKS = "\n\n\n\n\n"  # a line, then four blank lines: what innerText prints around a table's rows

LEAD = (
    "架空市の港湾局は１日、新しいフェリーターミナルの開業が当初の予定より２年遅れ、来年の春になると発表した。"
    "基礎工事で問題が見つかったためだという。"
)
REST = [
    "工事の遅れで事業費は約２割増える見通しで、港湾局は追加の費用をどちらが負担するかについて施工業者と協議している。",
    "開業までは現在のターミナルを使い続け、駅との間には日中１０分おきに臨時のバスを走らせる。",
    "港湾局は来月、住民向けの説明会を開き、新しい工程表と費用の見通しを示す予定だ。",
]


def extract(text: str) -> Article:
    result = kijiyomi.extract(text, kind="text")
    assert isinstance(result, Article), result
    return result


def test_a_lead_above_a_table_of_labels_is_kept() -> None:
    dump = (
        "ホーム\nニュース\n新しいフェリーターミナル、開業が２年遅れに\n\n"
        + LEAD
        + BLANKS
        + "概要"
        + BLANKS
        + "影響"
        + BLANKS
        + "対策"
        + BLANKS
        + "\n\n".join(REST)
        + "\n\n関連記事\nフェリー運賃、春から値上げ\n"
    )
    result = extract(dump)
    assert result.blocks[0].text == LEAD
    assert result.blocks[-1].text == REST[-1]


def test_a_threads_last_post_is_no_publication_date() -> None:
    dump = "\n".join(
        [
            "Forum", "General chat",
            "Would you ever move to a town without a ferry? Why or why not?",
            "13 answers", "Last post: 01/12/2025 at 6:49 pm", "Moderator Anna",
            "28/11/2025 at 7:07 pm",
            "We would love to hear your thoughts on the new ferry terminal and the two years of waiting for it.",
            "If you have ever thought about moving away from the harbour because of the delay, what would make you stay?",
            "Things like the bus link, the fares and the timetable all count, so tell us everything you think.",
            "Reply",
        ]
    )  # fmt: skip
    result = extract(dump)
    assert result.published == datetime(2025, 11, 28, 19, 7, tzinfo=UTC)
