"""Session 8's round on batches 57-64: sentences of our own (the partner of talks, regional banks)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2028, 6, 10, 9, 0, tzinfo=timezone(timedelta(hours=9)))


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("スペインのガルシア外相は来週、マドリードで国連の通商担当官と会談する予定だ。", "国際連合"),
        ("ドイツのミュラー経済相は19日、トヨタ自動車の欧州本社の経営陣と電話で協議した。", "トヨタ自動車"),
        ("オランダのデフリース貿易相は来週、欧州委員会の担当委員と会談する予定だ。", "欧州委員会"),
    ],
)
def test_a_body_named_through_its_officers_is_the_partner_of_talks(text: str, partner: str) -> None:
    reading = read(text, PUBLISHED)
    talks = next(e for e in reading.events if e.type == "CONSULT")
    assert partner in [a.name for a in talks.actors]
    assert len(talks.actors) == 2


def test_a_place_before_a_body_is_not_taken_for_its_officers() -> None:
    reading = read("フランスのデュボワ外相は来週、パリの大使館で担当者と会談する予定だ。", PUBLISHED)
    talks = next(e for e in reading.events if e.type == "CONSULT")
    assert [a.name for a in talks.actors] == ["デュボワ"]
