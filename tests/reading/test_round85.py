"""Session 10's second round (batches 85-88): sentences of our own for the structural classes that
recur across batches (armed groups named after their kind, a government and a group as one subject)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2028, 3, 9, 19, 0, tzinfo=timezone(timedelta(hours=9)))


def actors(text: str) -> dict[str, set[str]]:
    return {e.text: {a.name for a in e.actors} for e in read(text, PUBLISHED).events}


def orgs(text: str) -> set[str]:
    return {e.name for e in read(text, PUBLISHED).entities if e.label == "ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("東部の武装組織カナン国民軍（KNA）の部隊が5日、空港を砲撃した。", "カナン国民軍"),
        ("政府軍は非合法武装組織バルタ解放戦線の拠点を空爆した。", "バルタ解放戦線"),
        ("反政府武装勢力ノルテ民主同盟は4日、町を制圧したと発表した。", "ノルテ民主同盟"),
    ],
)
def test_an_armed_group_is_named_without_its_kind(text: str, name: str) -> None:
    found = orgs(text)
    assert name in found
    assert not any(o.endswith(name) and o != name for o in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "ソマリアの暫定政府と反政府武装勢力ジュバ解放戦線の代表団は4日、ナイロビで和平協議を終えた。",
            {"ソマリア", "ジュバ解放戦線"},
        ),
        ("マリの軍事政権と少数民族武装勢力アザワド同盟は2日、アルジェで協議した。", {"マリ", "アザワド同盟"}),
    ],
)
def test_a_government_and_a_group_share_the_subject(text: str, pair: set[str]) -> None:
    assert actors(text)["協議"] == pair
