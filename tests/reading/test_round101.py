"""Session 11's second round (batches 101-108): sentences of our own for the classes that recur
across batches (a bare day of last month after a day of this one, ...)."""

from __future__ import annotations

import pytest
from round_sentences import PUBLISHED

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]


def _dates(text: str) -> dict[str, str | None]:
    """Each time expression's surface with its value (the news day is 9 March 2028)."""
    return {t.text: t.value for t in read(text, PUBLISHED).times}


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        # a pluperfect act after this month's day: the day is last month's
        ("理事会は9日の会合で報告書を承認した。報告書は25日に専門部会を通っていた。", "25日", "2028-02-25"),
        # a topic's day before its past act: the same
        ("市長は9日、談話を出した。市長は28日、視察先のリヨンで記者団に語った。", "28日", "2028-02-28"),
    ],
)
def test_a_past_act_on_a_later_day_than_the_news_day_is_last_months(text: str, day: str, value: str) -> None:
    assert _dates(text)[day] == value


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        ("協会は9日の理事会で、20日に総会を開く予定だと説明した。", "20日", "2028-03-20"),
        ("組合は9日、交渉を再開した。組合は18日から3日間の日程で大会を開くと決めた。", "18日", "2028-03-18"),
        ("県は9日、対策本部を設けた。県は14日まで河川敷への立ち入りを禁じた。", "14日", "2028-03-14"),
    ],
)
def test_a_day_set_ahead_in_a_past_sentence_stays_in_this_month(text: str, day: str, value: str) -> None:
    """Deliberate guard: a plan, a span or an act to come keeps the day after the news day."""
    assert _dates(text)[day] == value
