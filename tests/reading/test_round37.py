"""Session 7's second round on batches 37-38: sentences of our own (events, actors, dates)."""

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


def test_a_demand_turned_down_is_no_request_of_the_one_who_refuses() -> None:
    text = "スペインのロペス外相は9日、記者団に「脅しには屈しない」と述べ、要求を拒否した。"
    found = events(text)
    assert [e[0] for e in found] == ["REJECT"]
    assert found[0][2] == ["ロペス"]


def test_a_resignation_listed_with_another_demand_is_what_is_demanded() -> None:
    text = "野党の民主同盟のバルガス党首は9日、ロペス氏の辞任と議会の解散を要求した。"
    assert [e[0] for e in events(text)] == ["REQUEST"]


def test_a_plan_set_against_a_denial_keeps_its_own_status_and_is_a_quote() -> None:
    text = "ロペス首相は、判決の見直しを最高裁に求める考えを示す一方、部隊の撤収は否定した。"
    article = read(text, PUBLISHED)
    statuses = {e.type: e.status for e in article.events}
    assert statuses == {"REQUEST": "planned", "RETREAT": "denied"}
    assert [(q.kind, q.speaker_name) for q in article.quotes] == [("indirect", "ロペス")]


def test_a_threat_said_in_a_quote_is_made_on_the_day_it_is_said() -> None:
    text = (
        "ドイツの労働裁判所は8日、物流会社ノルトハーフェンに対し、封鎖を解くよう命じた。"
        "同社のミラー社長は8日、声明で「命令には従う。ただドイツ政府が再び介入すれば、断固とした対抗措置を取る」とした。"
    )
    threats = [e for e in events(text) if e[0] == "THREATEN"]
    assert [(e[2], e[3], e[4]) for e in threats] == [(["ミラー"], "2027-03-08", "occurred")]


def test_a_deadline_in_a_threats_condition_is_not_the_day_of_the_warning() -> None:
    text = (
        "ケニア陸上連盟は9日夜、声明を出した。ただ、同連盟のオディンガ会長は、"
        "選手らが10日までに合宿に戻らなければ、代表から外す措置も辞さないと警告した。"
    )
    threats = [e for e in events(text) if e[0] == "THREATEN"]
    assert [(e[2], e[3]) for e in threats] == [(["オディンガ"], "2027-03-09")]


def test_a_vague_time_of_the_act_to_come_leaves_it_undated() -> None:
    text = "運輸省は8日、同社に全便の点検を指示し、近く本社への立ち入り検査も行う方針を示した。"
    found = {e[0]: (e[3], e[4]) for e in events(text)}
    assert found["INVESTIGATE"] == (None, "planned")
    hedged = "ロシア国防省は8日、同じ時期に黒海で独自の演習を行う可能性を示唆した。"
    assert [(e[0], e[3], e[4]) for e in events(hedged)] == [("MOBILIZE", None, "hedged")]


def test_an_act_joined_by_te_shares_the_time_of_the_one_before() -> None:
    text = "スペインのロペス外相は、モロッコが対話に応じるなら、来月にもラバトを訪れて協議する用意があるとの考えを示した。"
    dates = {e[1]: e[3] for e in events(text)}
    assert dates["訪れ"] == dates["協議"] == "2027-04"


def test_a_legislatures_committee_is_its_own_body_and_the_actor() -> None:
    text = "米国下院の外交委員会は8日、武器売却を認める決議案を否決した。"
    article = read(text, PUBLISHED)
    assert "外交委員会" in [e.name for e in article.entities if e.label == "ORG"]
    assert [[a.name for a in e.actors] for e in article.events if e.type == "REJECT"] == [["外交委員会"]]


def test_a_movements_organisation_named_like_an_assembly_is_what_doso_refers_to() -> None:
    text = (
        "先住民団体の全国組織「部族評議会」は9日夜、集会を開いた。"
        "同組織は、政府が判決を覆そうとすれば、全国でデモを行う構えだ。"
    )
    protests = [e for e in events(text) if e[0] == "PROTEST"]
    assert [e[2] for e in protests] == [["部族評議会"]]


def test_doukoku_after_a_country_named_only_in_a_bodys_name_is_that_country() -> None:
    text = (
        "ケニア財務省は9日、国債の利払いができなかったと発表した。"
        "債権者委員会は同日、来月5日にロンドンで同国政府と初会合を開くと明らかにした。"
    )
    article = read(text, PUBLISHED)
    assert ("同国", "ケニア") in [
        (text[m.start : m.end], e.name) for e in article.entities if e.label == "GPE" for m in e.mentions
    ]
    assert [[a.name for a in e.actors] for e in article.events] == [["債権者委員会", "ケニア"]]


def test_a_name_in_brackets_after_team_is_an_organisation() -> None:
    text = "主催者は8日、ベルギーのチーム「ノルト・ロペス」を大会から除外した。同チームは処分の撤回を求めた。"
    article = read(text, PUBLISHED)
    assert "ノルト・ロペス" in [e.name for e in article.entities if e.label == "ORG"]
    assert [[a.name for a in e.actors] for e in article.events if e.type == "REQUEST"] == [["ノルト・ロペス"]]


def test_the_jr_railway_companies_are_organisations_and_partners() -> None:
    text = "熊本県は12日から、JR九州と連携して臨時バスを運行する方針だ。"
    article = read(text, PUBLISHED)
    assert "JR九州" in [e.name for e in article.entities if e.label == "ORG"]
    assert [[a.name for a in e.actors] for e in article.events if e.type == "COOPERATE"] == [
        ["熊本県", "JR九州"]
    ]


def test_help_pledged_in_the_speakers_own_quote_is_a_planned_aid() -> None:
    text = "小田防災相は9日、記者団に「政府として必要な支援を全力で行う」と述べた。"
    assert [(e[0], e[2], e[3], e[4]) for e in events(text)] == [("AID", ["小田"], None, "planned")]


def test_a_call_made_before_a_later_dated_plan_is_made_that_day() -> None:
    text = "国連のグエン特使は9日、双方に最大限の自制を求め、来週ジュネーブで関係国の緊急会合を開く考えを示した。"
    found = {e[0]: (e[3], e[4]) for e in events(text)}
    assert found["REQUEST"] == ("2027-03-09", "occurred")
    assert found["CONSULT"][1] == "planned"


def test_the_one_who_attends_a_bodys_meeting_is_one_of_its_sides() -> None:
    text = "ラウ外相は12日にブリュッセルで開かれる欧州連合（EU）の外相会合に出席する予定だ。"
    meetings = [e for e in events(text) if e[0] == "CONSULT"]
    assert [sorted(e[2]) for e in meetings] == [sorted(["ラウ", "欧州連合"])]


def test_a_call_in_a_te_form_is_made_by_the_plain_subject_after_it() -> None:
    text = "ロペス首相は8日、非常事態を宣言した。首都では9日、宣言の撤回を求めて学生ら約3千人がデモを行った。"
    found = {e[0]: e[2] for e in events(text)}
    assert found["REQUEST"] == [] and found["PROTEST"] == []


def test_an_act_given_as_the_reason_for_another_is_no_event() -> None:
    text = "同国政府は8日、テロ組織の摘発を理由に集会を制限した。"
    assert "摘発" not in [e[1] for e in events(text)]


def test_doushuu_before_a_part_of_it_or_a_town_in_it_refers_back() -> None:
    text = "ナイジェリア北部カノ州で8日、爆発があった。同州北東部では9日にも衝突が起きた。"
    places = [(text[m.start : m.end], e.name) for e in read(text, PUBLISHED).entities for m in e.mentions]
    assert ("同州", "カノ州") in places
    text2 = "長野県の知事は8日、記者会見した。同県松本市では大雨が続いている。"
    places2 = [(text2[m.start : m.end], e.name) for e in read(text2, PUBLISHED).entities for m in e.mentions]
    assert ("同県", "長野県") in places2


def test_a_sea_with_its_direction_is_one_place() -> None:
    text = "イタリア海軍は8日、西地中海で演習を行った。"
    assert ("西地中海", "LOC") in [(e.name, e.label) for e in read(text, PUBLISHED).entities]


def test_a_courts_short_name_after_its_full_name_is_the_same_court() -> None:
    text = "ペルーの憲法裁判所は8日、法律を違憲と判断した。政府は判断の見直しを憲法裁に求めた。"
    mentions = [(text[m.start : m.end], e.name) for e in read(text, PUBLISHED).entities for m in e.mentions]
    assert ("憲法裁", "憲法裁判所") in mentions


def test_a_state_audit_office_is_an_organisation() -> None:
    text = "韓国政府は8日、監査院に調査を要請した。"
    assert "監査院" in [e.name for e in read(text, PUBLISHED).entities if e.label == "ORG"]


def test_a_kind_of_port_is_no_place_name() -> None:
    text = "同社は8日、原油を黒海の輸出港まで運ぶ計画を発表した。"
    assert "輸出港" not in [e.name for e in read(text, PUBLISHED).entities]


def test_a_katakana_name_after_what_it_runs_is_a_company() -> None:
    text = "労働委員会は8日、港湾を運営するノーザン・ドックスに対し、封鎖を解くよう命じた。"
    assert "ノーザン・ドックス" in [e.name for e in read(text, PUBLISHED).entities if e.label == "ORG"]
