"""Session 6's round on batches 31-32: sentences of our own (titles.txt, entities, events)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2024, 6, 20, 18, 0, tzinfo=timezone(timedelta(hours=9)))


def speakers(text: str) -> list[tuple[str, str | None]]:
    found = read(text, PUBLISHED)
    return [
        (q.text, found.entity(q.speaker).name if q.speaker and found.entity(q.speaker) else None)
        for q in found.quotes
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("東都ウルフズの森川球団社長は3日、「来季も優勝を狙う」と述べた。", "森川"),
        ("石原財務審議官は記者団に「円の動きを注視している」と語った。", "石原"),
        ("ダルトン投手は10日、「新天地で頑張る」と語った。", "ダルトン"),
        ("北海の大野捕手は、「けがは治った」と話した。", "大野"),
    ],
)
def test_a_name_before_a_sports_or_finance_title_speaks(text: str, speaker: str) -> None:
    assert [name for _, name in speakers(text)] == [speaker]
