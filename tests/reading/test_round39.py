"""Session 7's third round on batches 39-42: sentences of our own (dates, actors, speakers)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2027, 3, 10, 10, 0, tzinfo=timezone(timedelta(hours=9)))


def events(text: str) -> list[tuple[str, str, list[str], str | None, str]]:
    return [
        (e.type, e.text, [a.name for a in e.actors], e.date, e.status) for e in read(text, PUBLISHED).events
    ]


def same_day(text: str) -> str | None:
    return next(t.value for t in read(text, PUBLISHED).times if t.text.startswith("同日"))


def test_the_day_a_span_starts_from_is_not_what_a_later_same_day_means() -> None:
    text = "エルバ政府は9日、翌10日から新しい関税を導入すると発表した。隣国の首相は同日、これを批判した。"
    assert same_day(text) == "2027-03-09"
    text = "港では8日、前日から続く封鎖が解除された。両国の外相は同日夜、電話で協議した。"
    assert same_day(text) == "2027-03-08TNI"
    text = "協会は6日、今月2日から続けている抗議について声明を出した。警察は同日、3人を拘束した。"
    assert same_day(text) == "2027-03-06"


def test_a_dotted_body_may_have_a_long_middle_word() -> None:
    text = "ケニア・プロバスケットボール選手協会は9日、リーグと協議した。"
    names = [(e.name, e.label) for e in read(text, PUBLISHED).entities]
    assert ("ケニア・プロバスケットボール選手協会", "ORG") in names
