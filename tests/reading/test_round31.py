"""Session 6's round on batches 31-32: sentences of our own (titles.txt, entities, events)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from quote_speakers import speakers

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2024, 6, 20, 18, 0, tzinfo=timezone(timedelta(hours=9)))


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


def events(text: str) -> list[tuple[str, str, tuple[str, ...], str | None]]:
    found = read(text, PUBLISHED)
    return [(e.type, e.status, tuple(a.name for a in e.actors), e.date) for e in found.events]


def test_a_dispatch_with_tomoni_takes_the_tense_of_the_next_clause() -> None:
    read_events = events("スミス首相は11日、部隊約200人を現地に派遣するとともに、国連に支援を要請した。")
    assert ("AID", "occurred", ("スミス",), "2024-06-11") in read_events
    planned = events("両国は来月、会合を開くとともに、共同声明を出す予定だ。")
    assert [status for _, status, _, _ in planned][:1] == ["planned"]


def test_what_was_done_and_is_talked_about_happened_and_keeps_its_own_time() -> None:
    read_events = events(
        "ユン外相は、北朝鮮が先月末に弾道ミサイルを発射したことについて、決議に違反すると批判した。"
    )
    assert ("MOBILIZE", "occurred", ("北朝鮮",), "2024-05") in read_events
    assert ("ACCUSE", "occurred", ("ユン",), None) in read_events


def test_a_step_inside_an_intention_shown_is_planned() -> None:
    read_events = events("欧州連合は声明で、特使を同国に派遣し、政府と協議させる方針を示した。")
    assert [(kind, status) for kind, status, _, _ in read_events] == [
        ("AID", "planned"),
        ("CONSULT", "planned"),
    ]


def test_a_city_and_a_katakana_nickname_in_a_sports_story_is_one_club() -> None:
    found = read(
        "プロ野球、札幌ホークアイズは3日、神戸マリナーズとの試合に勝った。ホークアイズの田中監督は"
        "「うれしい」と話した。同球団は来季も戦う。",
        PUBLISHED,
    )
    names = {(e.name, e.label) for e in found.entities}
    assert ("札幌ホークアイズ", "ORG") in names and ("神戸マリナーズ", "ORG") in names
    assert ("札幌", "GPE") not in names
    club = next(e for e in found.entities if e.name == "札幌ホークアイズ")
    said = [found.text[m.start : m.end] for m in club.mentions]
    assert "ホークアイズ" in said  # the nickname alone names the same club


def test_a_city_and_its_stadium_is_no_club() -> None:
    found = read("ラグビーの試合は、大阪・ヤンマースタジアムで行われた。", PUBLISHED)
    assert all(e.label != "ORG" for e in found.entities)


def test_dou_iin_refers_back_to_the_member_named_before() -> None:
    said = speakers(
        "欧州委員会のミュラー競争担当委員は5日、「調査を急ぐ」と述べた。同委員は、制裁も辞さないと警告した。"
    )
    assert [name for _, name in said] == ["ミュラー", "ミュラー"]


def test_a_passive_participle_before_persons_is_the_act_reported_before() -> None:
    read_events = events("武装勢力は20日、人質5人を釈放した。解放された5人は22日に帰国する見通しだ。")
    assert [(kind, status) for kind, status, _, _ in read_events] == [("RETREAT", "occurred")]


def test_a_time_inside_a_framing_clause_is_not_the_main_acts() -> None:
    read_events = events("タイ政府は、先月の洪水で農地が被害を受けたことを受け、日本に支援を求めた。")
    assert ("REQUEST", "occurred", ("タイ",), "2024-05") not in read_events
    assert [kind for kind, _, _, _ in read_events] == ["REQUEST"]


def test_a_request_made_before_the_intention_shown_is_made() -> None:
    read_events = events(
        "欧州連合は声明で、拘束された記者の釈放を求めたうえで、特使を同国に派遣し、政府と協議させる方針を示した。"
    )
    assert ("REQUEST", "occurred") in [(kind, status) for kind, status, _, _ in read_events]


def test_a_fiscal_year_is_no_day_for_a_later_event() -> None:
    read_events = events(
        "財務省は1日、介入に踏み切ったと明らかにした。資金は令和6年度の予算から充てた。"
        "関係者によると、同省は直前に米財務省と電話で協議したという。"
    )
    assert [date for _, _, _, date in read_events] == ["2024-06-01"]


def test_a_weekday_in_a_chained_clause_that_ends_in_a_plan_lies_ahead() -> None:
    found = read(
        "両国は月曜日にパリで外相会合を開き、貿易問題を話し合う予定で、政府は準備を進めている。", PUBLISHED
    )
    assert [(t.text, t.value) for t in found.times] == [("月曜日", "2024-06-24")]
    begun = read("首相は火曜日から欧州を訪れており、土曜日に帰国する予定だ。", PUBLISHED)
    assert [t.value for t in begun.times] == ["2024-06-18", "2024-06-22"]


def test_late_night_dawn_and_dusk_are_parts_of_the_day() -> None:
    found = read(
        "地震は13日深夜に起きた。14日明け方にも余震があった。18日夕刻、首相が現地に入った。", PUBLISHED
    )
    assert [t.value for t in found.times] == ["2024-06-13TNI", "2024-06-14TMO", "2024-06-18TEV"]
    clock = read("19日深夜2時ごろ、火災が起きた。20日深夜11時にも出火した。", PUBLISHED)
    assert [t.value for t in clock.times] == ["2024-06-19T02:00", "2024-06-20T23:00"]


def test_a_number_of_days_within_is_a_span_not_a_day() -> None:
    found = read("議会は10日以内に採決する。政府は3カ月以内に回答し、14日に会談した。", PUBLISHED)
    assert [(t.text, t.value) for t in found.times] == [
        ("10日以内", "P10D"),
        ("3カ月以内", "P3M"),
        ("14日", "2024-06-14"),
    ]


def test_a_topic_after_ga_in_a_sources_report_speaks_its_own_words() -> None:
    said = speakers(
        "全国教職員組合のサンチェス委員長は20日、記者会見した。同委員長によると、政府は来週に組合と協議する"
        "意向を伝えてきたが、同組合は増税の撤回が対話の前提だとしている。"
    )
    assert ("増税の撤回が対話の前提だ", "全国教職員組合") in said
    assert [name for _, name in said] == ["サンチェス", "全国教職員組合"]


def test_a_region_and_katakana_after_an_industry_kind_is_a_company() -> None:
    found = read("送配電会社の東海グリッドによると、停電は3時間続いた。同社は謝罪した。", PUBLISHED)
    assert {(e.name, e.label) for e in found.entities} == {("東海グリッド", "ORG")}
    assert [found.entity(q.speaker).name for q in found.quotes if q.speaker] == ["東海グリッド"]
    country = read("通信大手の中国ファーウェイは発表した。", PUBLISHED)
    assert ("中国", "GPE") in {(e.name, e.label) for e in country.entities}


def test_talks_said_not_to_be_scheduled_are_a_denied_event() -> None:
    read_events = events("ロン氏は、中国との協議は予定していないと述べた。")
    assert read_events == [("CONSULT", "denied", ("ロン", "中国"), None)]


def test_a_reported_inquiry_to_finish_or_press_on_with_is_an_event() -> None:
    read_events = events("山田社長は、原因の調査を月内に終えて対策をまとめる考えを示した。")
    assert read_events == [("INVESTIGATE", "planned", ("山田",), "2024-06")]
