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


def test_a_special_representative_of_an_office_holder_is_one_title() -> None:
    text = "国連のペダーセン事務総長特別代表は12日、双方に自制を求めた。"
    assert ("ペダーセン事務総長特別代表", "ペダーセン") in persons(text)
    assert actors(text)["REQUEST"] == ["ペダーセン"]


def test_stacked_title_modifiers_stay_in_the_persons_mention() -> None:
    text = "IMFのゲオルギエワ筆頭副専務理事は、政府に説明を求めた。"
    assert ("ゲオルギエワ筆頭副専務理事", "ゲオルギエワ") in persons(text)
    assert actors(text)["REQUEST"] == ["ゲオルギエワ"]


def statuses(text: str, published: datetime = PUBLISHED) -> dict[str, str]:
    return {event.type: event.status for event in read(text, published).events}


def test_an_intention_shown_before_but_stays_planned() -> None:
    found = statuses(
        "田中知事は閉会後、来年度中に地元の市町村と協議する考えを示したが、計画の撤回は否定した。"
    )
    assert found["CONSULT"] == "planned"


def test_a_non_past_verb_before_kangae_da_is_a_plan_and_shares_the_chains_date() -> None:
    events = read(
        "同国のカーン外相は来週にもカイロを訪問し、エジプト側に支援を求める考えだ。", PUBLISHED
    ).events
    request = next(event for event in events if event.type == "REQUEST")
    assert (request.status, request.date) == ("planned", "2027-W11")


def test_a_chain_that_ends_in_a_plan_before_another_clause_is_planned_on_the_news_day() -> None:
    text = "全国農業協会は10日に理事会を開き、新会長の人選を協議する予定で、同協会の佐藤会長は「全力を尽くす」と語った。"
    assert statuses(text)["CONSULT"] == "planned"


def test_the_subject_of_an_until_clause_is_not_the_strikes_actor() -> None:
    found = actors("全国港湾労組は、政府が回答するまで15日から各地の港でストライキを行うと表明した。")
    assert found["PROTEST"] == ["全国港湾労組"]
    found = actors("一方、全国港湾労組は、賃金が改善されるまで15日から各地の港でストライキを行うと表明した。")
    assert found["PROTEST"] == ["全国港湾労組"]


def test_a_condition_without_a_comma_keeps_its_subject_out_of_speaker_and_threat() -> None:
    text = (
        "ブラジル外務省のシルバ報道官は声明を出し、「受け入れられない」と批判した。"
        "その上で、アルゼンチンが措置を撤回しなければ対抗措置を取る考えを示した。"
    )
    article = read(text, PUBLISHED)
    assert [q.speaker_name for q in article.quotes if q.kind == "indirect"] == ["シルバ"]
    assert actors(text)["THREATEN"] == ["シルバ"]


def test_an_obligation_is_no_condition() -> None:
    text = "ブラジル外務省のシルバ報道官は、アルゼンチンが措置を撤回しなければならないと批判した。"
    assert actors(text)["ACCUSE"] == ["シルバ"]


def orgs(text: str) -> list[str]:
    article = read(text, PUBLISHED)
    return [text[m.start : m.end] for e in article.entities if e.label == "ORG" for m in e.mentions]


def test_a_party_named_after_the_opposition_is_an_organisation_and_acts() -> None:
    text = "最大野党の国民自由会議は来月3日に議会前でデモを行うと発表し、首相の辞任を要求した。"
    assert "国民自由会議" in orgs(text)
    assert actors(text)["PROTEST"] == ["国民自由会議"]


def test_a_caucus_named_by_its_rank_is_found_also_where_it_was_named_first() -> None:
    text = "市民クラブなど2会派は撤回を要求しており、最大会派である市民クラブの山田一郎代表は「認められない」と述べた。"
    assert orgs(text).count("市民クラブ") == 2
    assert actors(text)["REQUEST"] == ["市民クラブ"]


def test_a_member_of_the_opposition_is_no_party_name() -> None:
    assert orgs("野党の議員らは反発した。") == []


def kinds(text: str) -> list[str]:
    return [event.type for event in read(text, PUBLISHED).events]


def test_a_ceremony_or_a_watch_named_after_a_trigger_is_no_event() -> None:
    assert kinds("両首脳は署名式に出席した。") == []
    assert kinds("アフリカ連合の部隊は国境で停戦監視に当たっている。") == []
    assert "AGREE" in kinds("両首脳は協定に署名した。")


def test_a_clash_that_there_was_carries_no_actor_from_the_sentence_before() -> None:
    text = "国連安保理は決議を採択した。国境地帯では今月5日にも両軍の兵士による銃撃戦があり、2人が負傷した。"
    fights = [event for event in read(text, PUBLISHED).events if event.type == "FIGHT"]
    assert [len(event.actors) for event in fights] == [0]


def test_a_team_sent_by_a_body_makes_the_body_a_side_of_the_talks() -> None:
    text = "イランのアラグチ外務次官は来週、テヘランでIAEAの技術チームと協議する予定だ。"
    assert actors(text)["CONSULT"] == ["アラグチ", "国際原子力機関"]
    assert actors("田中外相は来週、世界銀行の調査団と協議する予定だ。")["CONSULT"] == ["田中", "世界銀行"]


def test_the_body_that_holds_its_members_meeting_is_its_actor() -> None:
    text = "東南アジア諸国連合（ASEAN）は、加盟国の外相会議を来月ジャカルタで開く方向で調整している。"
    assert actors(text)["CONSULT"] == ["東南アジア諸国連合"]


def test_all_of_them_freed_is_a_release_but_a_unanimous_vote_is_no_agreement() -> None:
    assert kinds("拘束された5人は全員釈放された。") == ["COERCE", "RETREAT"]
    assert "AGREE" not in kinds("委員会は全員一致で決議を採択した。")


def test_a_duty_of_a_named_kind_imposed_later_is_a_planned_sanction() -> None:
    text = (
        "インド商務省は5日、中国産の鋼管に対し、最大25％の反ダンピング関税を来月1日から5年間課すと発表した。"
    )
    sanctions = [event for event in read(text, PUBLISHED).events if event.type == "SANCTION"]
    assert [(e.status, e.date) for e in sanctions] == [("planned", "2027-04-01")]
    assert kinds("両国は関税を撤廃することで合意した。") == ["AGREE"]


def test_the_same_navy_is_the_service_named_before_and_speaks() -> None:
    text = (
        "フィリピン海軍は19日、中国の漁船2隻を拿捕した。同海軍は声明で、漁船が領海に侵入していたとしている。"
    )
    assert [q.speaker_name for q in read(text, PUBLISHED).quotes] == ["フィリピン海軍"]
    assert orgs(text) == ["フィリピン海軍", "同海軍"]


def places(text: str) -> list[tuple[str, str]]:
    article = read(text, PUBLISHED)
    return [
        (text[m.start : m.end], e.label)
        for e in article.entities
        if e.label in ("GPE", "LOC")
        for m in e.mentions
    ]


def test_a_place_in_a_treatys_name_is_no_mention_but_a_continent_is() -> None:
    text = "南極条約に基づき、調査団は南極大陸にある基地を訪れた。"
    assert places(text) == [("南極大陸", "LOC")]
    assert orgs("北大西洋条約機構（NATO）は会合を開いた。") == ["北大西洋条約機構", "NATO"]


def test_the_assembly_of_a_known_prefecture_city_or_state_is_an_organisation() -> None:
    assert orgs("兵庫県議会は23日の本会議で予算案を可決した。") == ["兵庫県議会"]
    assert orgs("カリフォルニア州議会は法案を可決した。") == ["カリフォルニア州議会"]
    assert orgs("ポルトガル議会選挙が行われた。") == []


def test_an_acronym_after_a_full_name_stands_for_that_name() -> None:
    text = "同社は国際商業会議所（ICC）に仲裁を申し立てた。ICCは審理を始めた。"
    assert {e.name for e in read(text, PUBLISHED).entities if e.label == "ORG"} == {"国際商業会議所"}
    text = "国際刑事裁判所（ICC）は逮捕状を出した。"
    assert {e.name for e in read(text, PUBLISHED).entities if e.label == "ORG"} == {"国際刑事裁判所"}


def test_two_offices_joined_by_ken_are_one_title_and_the_speaker() -> None:
    text = "ドイツのシュミット副首相兼経済相は12日、ベルリンで記者団に「支援を続ける」と述べた。"
    assert ("シュミット副首相兼経済相", "シュミット") in persons(text)
    assert [q.speaker_name for q in read(text, PUBLISHED).quotes] == ["シュミット"]


def test_a_reading_in_brackets_between_name_and_title_keeps_the_person() -> None:
    text = "韓国の李在明（イ・ジェミョン）大統領は12日、日本の石破茂首相と電話会談した。"
    assert ("李在明（イ・ジェミョン）大統領", "李在明") in persons(text)
    assert actors(text)["CONSULT"] == ["李在明", "石破茂"]


def test_talks_refused_are_denied_like_talks_called_off() -> None:
    found = statuses("中国側は会談を拒否した。")
    assert (found["CONSULT"], found["REJECT"]) == ("denied", "occurred")


def test_a_general_assembly_held_is_a_meeting_but_one_only_named_is_not() -> None:
    assert kinds("国際オリンピック委員会は25日、ローザンヌで総会を開き、開催地を決めた。")[:1] == ["CONSULT"]
    assert "CONSULT" not in kinds("岡田氏は6月末の株主総会で退く。")


def test_a_relative_clause_on_a_placed_or_aimed_act_names_its_actor() -> None:
    found = actors("インド政府は、パキスタンが10日に行った国境での砲撃に抗議した。")
    assert (found["ASSAULT"], found["ACCUSE"]) == (["パキスタン"], ["インド"])
    found = actors("日本政府は、北朝鮮が先月行った日本海へのミサイル発射に抗議した。")
    assert found["MOBILIZE"] == ["北朝鮮"]


def test_aid_reported_as_sent_is_done_on_its_day_but_aid_announced_is_to_come() -> None:
    sent = read("ケニア政府は12日、被災地に約50トンの支援物資を送ったと発表した。", PUBLISHED).events
    assert [(e.type, e.status, e.date) for e in sent] == [("AID", "occurred", "2027-02-12")]
    promised = read("日本政府は12日、トルコに支援物資を送ると発表した。", PUBLISHED).events
    assert [(e.type, e.status) for e in promised] == [("AID", "planned")]


def test_a_quote_given_as_the_reason_for_a_refusal_is_direct_and_the_topics() -> None:
    quotes = read("中国側は「内政干渉だ」として会談を拒否した。", PUBLISHED).quotes
    assert [(q.kind, q.speaker_name, q.text) for q in quotes] == [("direct", "中国", "内政干渉だ")]


def test_a_company_named_right_after_its_industry_and_kaisha() -> None:
    assert orgs("モンゴルの鉱山会社ゴビ・メタルズは12日、操業を停止した。") == ["ゴビ・メタルズ"]
    assert orgs("同国の石油会社ペトロノルは声明を出した。") == ["ペトロノル"]


def test_a_river_or_lake_named_after_a_country_is_one_place() -> None:
    assert places("両国の国境を流れるセネガル川沿いの町で会談した。") == [("セネガル川", "LOC")]
    assert places("チャド湖周辺で衝突があった。") == [("チャド湖", "LOC")]


def test_a_kind_of_railway_is_no_company_but_a_named_one_is() -> None:
    assert orgs("首都と最大都市を結ぶ高速鉄道について、同省は事業権を取り消した。") == []
    assert orgs("京阪高速鉄道は運休を決めた。") == ["京阪高速鉄道"]


def test_a_company_whose_name_ends_in_san_is_no_product_of_a_country() -> None:
    assert orgs("日産自動車は12日、提携を見直すと発表した。") == ["日産自動車"]
    assert orgs("ロシア産石油の輸入が増えた。国産自動車の販売が伸びた。") == []


def test_an_unlisted_katakana_place_before_oki_is_a_place() -> None:
    text = "海軍は19日夜、北部ジャフナ沖のポーク海峡で操業していた漁船を拿捕した。"
    assert ("ジャフナ", "GPE") in places(text)


def test_both_sides_of_a_fight_with_the_kind_of_the_second_written_before_it() -> None:
    found = actors("イスラエル軍とイスラム組織ハマスの戦闘は12日も続いた。")
    assert found["FIGHT"] == ["イスラエル軍", "ハマス"]
