"""Session 6's last round on batches 33-34: sentences of our own (event dates)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2024, 6, 20, 18, 0, tzinfo=timezone(timedelta(hours=9)))


def dates(text: str) -> dict[str, str | None]:
    return {event.type: event.date for event in read(text, PUBLISHED).events}


def test_the_start_of_a_state_given_to_another_noun_is_not_the_acts_time() -> None:
    found = dates("ペレス外相は12日、隣国が先月から続けている関税の引き上げを巡って抗議し、撤回を求めた。")
    assert found["ACCUSE"] == "2024-06-12"
    assert found["REQUEST"] == "2024-06-12"


def test_a_protest_since_a_day_keeps_it_and_the_request_takes_the_news_day() -> None:
    found = dates(
        "人権団体のモラレス代表は8日、受刑者らが先月15日から続けている座り込みについて声明を出し、"
        "政府に対話を求めた。"
    )
    assert found["PROTEST"] == "2024-05-15"
    assert found["REQUEST"] == "2024-06-08"


def test_a_strike_with_a_modifier_that_goes_on_since_a_day_keeps_that_day() -> None:
    found = dates("港湾労組が3日から続けている無期限ストライキについて、裁判所は10日、中止を命じた。")
    assert found["PROTEST"] == "2024-06-03"


def kinds(text: str) -> list[str]:
    return [event.type for event in read(text, PUBLISHED).events]


def test_a_body_named_after_an_act_is_no_event_and_its_first_meeting_is() -> None:
    assert "INVESTIGATE" not in kinds("両国は、専門家による合同の調査チームを設けることで一致した。")
    assert kinds("政府は交渉グループを発足させた。") == []
    assert kinds("警察は捜査チームを現地に送った。") == []
    assert kinds("作業部会は来月にも東京で初会合を開く。") == ["CONSULT"]


def actors(text: str) -> list[list[str]]:
    return [[a.name for a in event.actors] for event in read(text, PUBLISHED).events]


def test_a_list_joined_by_oyobi_or_narabini_shares_its_particle() -> None:
    assert actors("ヤンセン首相は3日、自由党および社会党と連立協議を始めた。") == [
        ["ヤンセン", "自由党", "社会党"]
    ]
    assert actors("ドイツ及びフランスは、英国と協議した。") == [["ドイツ", "フランス", "英国"]]


def test_same_exchange_refers_back_to_the_exchange_named() -> None:
    found = read("ロンドン金属取引所は2日、取引を停止した。同取引所によると、再開は未定だ。", PUBLISHED)
    exchange = next(e for e in found.entities if e.name == "ロンドン金属取引所")
    assert [m.text for m in exchange.mentions] == ["ロンドン金属取引所", "同取引所"]


def labelled(text: str) -> list[tuple[str, str]]:
    return [(entity.name, entity.label) for entity in read(text, PUBLISHED).entities]


def test_a_katakana_sea_and_a_foreign_county_keep_their_suffix() -> None:
    assert ("ティレニア海", "LOC") in labelled("イタリアが来月ティレニア海で予定している演習に反対した。")
    assert ("キスム県", "GPE") in labelled("ケニア西部のキスム県で洪水が起きた。")


def test_the_aim_of_a_dispatch_is_no_event_of_its_own() -> None:
    assert kinds("国連は来週、和平対話のため特使をスーダンに派遣する予定だ。") == ["AID"]


def test_an_act_denied_as_reported_has_no_day_of_the_denial() -> None:
    found = read(
        "ミラー報道官は5日の記者会見で、同社が武装集団と水面下で交渉したとの一部報道を否定した。",
        PUBLISHED,
    )
    talks = next(event for event in found.events if event.text == "交渉")
    assert (talks.status, talks.date) == ("denied", None)


def test_a_blocs_agency_is_one_body() -> None:
    assert labelled("欧州海上安全機関によると、油の流出は止まった。")[:1] == [("欧州海上安全機関", "ORG")]
    assert labelled("国際機関は支援を続ける。") == []


def test_a_new_topic_with_a_clause_of_its_own_after_ga_takes_the_act() -> None:
    found = actors(
        "ノバク首相は会見で、増税を見送る考えを示したが、増税に反対する労働組合は来月3日に首都でデモを行う。"
    )
    assert found[-1] == []


def test_a_countrys_authority_after_no_is_that_country_as_partner() -> None:
    assert actors("モレノ財務相は来週、チリの金融当局と協議する方針だ。") == [["モレノ", "チリ"]]


def test_a_subject_of_an_act_since_a_day_is_no_question_clause() -> None:
    found = actors(
        "国連のモラレス特別報告者は2日、受刑者ら9人が先月20日から続けているハンガーストライキについて"
        "声明を出した。"
    )
    assert found[0] == []
