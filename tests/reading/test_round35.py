"""Session 7's round on batches 35-36: sentences of our own (titles, actors, status)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2027, 3, 10, 10, 0, tzinfo=timezone(timedelta(hours=9)))


def persons(text: str) -> list[tuple[str, str]]:
    article = read(text, PUBLISHED)
    return [
        (text[m.start : m.end], e.name) for e in article.entities if e.label == "PERSON" for m in e.mentions
    ]


def actors(text: str) -> dict[str, list[str]]:
    return {event.type: [a.name for a in event.actors] for event in read(text, PUBLISHED).events}


def test_an_envoy_of_an_office_holder_is_one_title_and_the_actor() -> None:
    text = "国連のグテレス事務総長特使は来月中旬にキエフを訪問する予定だ。"
    assert ("グテレス事務総長特使", "グテレス") in persons(text)
    assert actors(text)["CONSULT"] == ["グテレス"]


def test_stacked_title_modifiers_stay_in_the_persons_mention() -> None:
    text = "IMFのゲオルギエワ筆頭副専務理事は、政府に説明を求めた。"
    assert ("ゲオルギエワ筆頭副専務理事", "ゲオルギエワ") in persons(text)
    assert actors(text)["REQUEST"] == ["ゲオルギエワ"]
