"""Session 9's round on batches 69-72: sentences of our own (members acting for their body, names
that hold a time word, titles)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2029, 3, 9, 19, 0, tzinfo=timezone(timedelta(hours=9)))


def events(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(e.type, [a.name for a in e.actors], e.date) for e in read(text, PUBLISHED).events]


def test_members_of_a_named_body_act_for_it() -> None:
    text = "労働組合「港湾労働者連合」のメンバーらが賃上げを求めてストライキを行った。"
    assert ("PROTEST", ["港湾労働者連合"], None) in events(text)
    text = "市民団体「川辺を守る会」の約50人が5日、工事の中止を求めて抗議集会を開いた。"
    assert ("PROTEST", ["川辺を守る会"], "2029-03-05") in events(text)


def test_a_share_of_a_unions_members_acts_for_it() -> None:
    text = (
        "北海道農業協同組合は計画に同意した。ただ、同組合の一部の組合員は、説明が足りないとして国に抗議した。"
    )
    found = events(text)
    assert any(kind == "ACCUSE" and actors == ["北海道農業協同組合"] for kind, actors, _ in found)


def test_a_share_of_a_forces_units_is_not_the_force() -> None:
    text = "武装勢力「東部解放軍」は停戦に合意した。ただ、同軍の一部の部隊は政府軍との交戦を続けた。"
    found = events(text)
    assert not any(kind == "FIGHT" and "東部解放軍" in actors for kind, actors, _ in found)


def test_clients_of_a_bank_are_not_the_bank() -> None:
    text = "みなと銀行の顧客ら約千人が8日、本店前で抗議した。"
    assert not any("みなと銀行" in actors for _, actors, _ in events(text))


def test_a_time_word_inside_a_bodys_name_is_no_time() -> None:
    reading = read("市民団体「明日の港を考える会」は8日、市に要望書を提出した。", PUBLISHED)
    assert [t.text for t in reading.times] == ["8日"]


def persons(text: str) -> list[str]:
    return [m.text for e in read(text, PUBLISHED).entities if e.label == "PERSON" for m in e.mentions]


def orgs(text: str) -> list[str]:
    return [e.name for e in read(text, PUBLISHED).entities if e.label == "ORG"]


def test_editors_and_assistant_secretaries_are_titles() -> None:
    assert "モリス編集長" in persons("地元紙のモリス編集長は「取材源は守る」と述べた。")
    assert "ガルシア次官補" in persons("国務省のガルシア次官補は9日、記者団に説明した。")


def test_a_minister_whose_field_mixes_kanji_and_katakana() -> None:
    assert "ロペス元石油ガス相" in persons("ペルーのロペス元石油ガス相が8日、逮捕された。")
    assert persons("同国の石油ガス相は辞任した。") == []


def test_a_one_kana_surname_after_no_before_an_office() -> None:
    assert "ウ前首相" in persons("野党代表のウ前首相は8日、選挙の実施を要求した。")
    assert persons("データのバックアップを取った。") == []


def test_appeal_courts_named_after_their_seat() -> None:
    assert "リヨン控訴院" in orgs("リヨン控訴院は9日、被告の控訴を棄却した。")
    assert "香港高等法院" in orgs("香港高等法院は請求を退けた。")


def test_a_budgets_year_is_not_the_date_of_aid_paid_from_it() -> None:
    text = "日本政府は、被災者向けの支援として、令和11年度予算から約3億円を国連児童基金を通じて供与する方針を決めた。"
    aid = [(kind, date) for kind, _, date in events(text) if kind == "AID"]
    assert aid and all(date != "2029-04/2030-03" for _, date in aid)


def test_a_force_named_after_the_group_it_belongs_to() -> None:
    text = "過激派組織「東方の星」（ES）系の武装勢力が8日、市場を攻撃した。"
    assert ("ASSAULT", ["東方の星"], "2029-03-08") in events(text)
    assert "東方の星" in orgs("過激派組織「東方の星」系の組織は声明を出した。")


def test_the_claim_of_a_suit_is_no_request() -> None:
    text = "元社員の男性が同社に損害賠償を求めていた訴訟で、地裁は9日、請求を棄却した。"
    assert [kind for kind, _, _ in events(text)] == ["REJECT"]
    assert any(kind == "REQUEST" for kind, _, _ in events("組合は同社に賃上げを求めた。"))


def test_a_relative_clause_on_the_topic_does_not_make_its_subject_act() -> None:
    text = "一方、ロペス氏が所属する野党・市民連合は判決を「不当だ」と非難し、来月上旬に全国で抗議デモを行うと発表した。"
    found = events(text)
    assert any(kind == "PROTEST" and actors == ["市民連合"] for kind, actors, _ in found)
    reading = read("ロペス氏が所属する野党・市民連合は「戦い続ける」と述べた。", PUBLISHED)
    assert [q.speaker_name for q in reading.quotes] == ["市民連合"]


def speakers(text: str) -> list[str | None]:
    return [q.speaker_name for q in read(text, PUBLISHED).quotes]


def test_a_direct_quote_cued_by_to_shita_ga_or_ippou() -> None:
    assert speakers("米国務省は声明で「結果を尊重する」としたが、詳細は示さなかった。") == ["米国務省"]
    assert speakers("トヨハタ電機は声明で「指摘を重く受け止める」とした一方、反論も続けた。") == [
        "トヨハタ電機"
    ]


def test_officials_of_a_government_speak_for_it() -> None:
    text = "韓国政府関係者は、同報道官の発言について「事実に反する」と反論した。"
    assert speakers(text) == ["韓国"]


def test_a_business_group_anaphor_and_its_staff() -> None:
    text = (
        "韓国のハンソル・グループは9日、声明を出した。同グループ関係者によると、会長は辞任する可能性がある。"
    )
    assert speakers(text)[-1] == "ハンソル・グループ"


def test_a_bare_prefecture_after_its_full_name() -> None:
    text = "秋田県では大雪が続いている。県によると、9日朝までに約20集落が孤立している。"
    assert speakers(text) == ["秋田県"]
    assert "県" not in [e.name for e in read("県によると、20集落が孤立している。", PUBLISHED).entities]


def test_talks_held_on_the_same_day_before_a_reported_plan() -> None:
    text = "ムサ外相は8日、来日した。ムサ外相は同日、東京で経営陣と会談し、支援を行う方針を伝えた。"
    talks = [(e.status, e.date) for e in read(text, PUBLISHED).events if e.type == "CONSULT"]
    assert talks == [("occurred", "2029-03-08")]


def test_the_time_of_an_object_noun_is_not_the_acts() -> None:
    text = "両首脳は9日、北朝鮮による先月下旬のミサイル発射を非難した。"
    found = {kind: date for kind, _, date in events(text)}
    assert found["ACCUSE"] == "2029-03-09"


def test_a_year_of_a_past_relative_clause_is_the_nouns() -> None:
    text = "両外相は9日に会談し、昨年失効した漁業協定に代わる新たな枠組みで合意した。"
    agreed = [date for kind, _, date in events(text) if kind == "AGREE"]
    assert agreed == ["2029-03-09"]
    text = "同社は11月に計画を発表した後、組合と団体交渉を開いた。"
    talks = [date for kind, _, date in events(text) if kind == "CONSULT"]
    assert talks == ["2028-11"]


def test_a_subject_set_off_by_a_comma_inside_a_relative_clause() -> None:
    text = (
        "［シドニー　９日　ロイター］ ニュージーランド高等法院は9日、戦闘中に部下に民間人の殺害を命じたと報じられた"
        "元陸軍兵士のモートン氏が、名誉を傷つけられたとして新聞社サザン・タイムズに損害賠償を求めていた訴訟で、"
        "報道の主要部分は真実だと認め、同氏の請求を棄却した。"
    )
    assert ("REJECT", ["ニュージーランド高等法院"], "2029-03-09") in events(text)


def test_a_subject_set_off_by_a_comma_reports_what_another_did() -> None:
    text = (
        "運送大手ハヤブサ物流の社長が12日、国会に招致された。質疑では、野党の木下誠氏が、"
        "同社が国土交通省への報告を約2週間遅らせたと批判し、経営陣の責任を明確にするよう求めた。"
    )
    found = events(text)
    assert any(kind == "ACCUSE" and actors == ["木下誠"] for kind, actors, _ in found)
    assert any(kind == "REQUEST" and actors == ["木下誠"] for kind, actors, _ in found)


def test_a_share_of_a_bodys_member_states_acts_for_it() -> None:
    text = (
        "世界貿易機関（WTO）の加盟国の一部は、6月にジュネーブで開かれる閣僚会合でこの問題を取り上げる方針だ。"
    )
    assert any(kind == "CONSULT" and actors == ["世界貿易機関"] for kind, actors, _ in events(text))


def test_a_measure_in_force_talked_about_is_no_new_sanction() -> None:
    text = (
        "韓国が昨年から続けている牛肉の輸入停止を巡って協議した。全国肉牛協会は輸入停止の長期化に抗議した。"
    )
    assert not any(kind == "SANCTION" for kind, _, _ in events(text))
    assert any(kind == "SANCTION" for kind, _, _ in events("韓国は9日、牛肉の輸入停止を発表した。"))


def test_a_company_named_after_its_kind_with_an_industry_head() -> None:
    assert "ルアノ資源" in orgs("鉱山の運営会社ルアノ資源は声明を出した。")
    assert "カタンガ銅業" in orgs("当局は運営会社カタンガ銅業に罰金を科した。")


def test_a_day_expected_with_nimo_does_not_date_later_acts() -> None:
    published = datetime(2026, 3, 5, 7, 0, tzinfo=timezone(timedelta(hours=9)))
    text = (
        "連立与党の緑の党は4日、政権を離脱すると表明した。大統領は5日にも各党の代表と協議するが、"
        "新たな連立がまとまる見込みは薄い。一方、首相は同党を「裏切りだ」と非難した。"
    )
    accused = [e.date for e in read(text, published).events if e.type == "ACCUSE"]
    assert accused == ["2026-03-04"]


def test_congo_alone_is_the_democratic_republic() -> None:
    text = "コンゴ軍は15日朝、東部で掃討作戦を始め、武装勢力の戦闘員と交戦した。"
    assert any(kind == "FIGHT" and actors == ["コンゴ軍"] for kind, actors, _ in events(text))


def test_the_first_of_several_unions_acts_for_their_members() -> None:
    text = "これに反発したスリランカ港湾労組など複数の労組の組合員約1万人は同日、コロンボでデモを行った。"
    assert any(kind == "PROTEST" and actors == ["スリランカ港湾労組"] for kind, actors, _ in events(text))


def test_help_to_go_on_with_an_adverb_between_noun_and_verb() -> None:
    text = "日本の高木大使は、保健分野での協力を今後も続ける考えを示した。"
    assert ("COOPERATE", ["高木"], None) in events(text)


def test_a_pledge_or_a_demand_told_in_the_speakers_own_words() -> None:
    text = "同国外務省の王明報道官は記者会見で、「相手国の調査に必要な協力をする」と述べた。"
    assert ("COOPERATE", ["王明"], None) in events(text)
    text = "岡田氏は会談後、記者団に「一日も早い輸入再開を強く求めた」と語った。"
    assert any(kind == "REQUEST" and actors == ["岡田"] for kind, actors, _ in events(text))


def places(text: str) -> list[str]:
    return [m.text for e in read(text, PUBLISHED).entities if e.label == "GPE" for m in e.mentions]


def test_a_place_read_with_oki_or_shinai_is_the_place() -> None:
    assert places("静岡県沖の洋上風力発電の事業者を選んだ。") == ["静岡県"]
    assert places("首相はハノイ市内の国立墓地で献花した。") == ["ハノイ"]
    assert places("ハノイ市は対策を発表した。") == ["ハノイ市"]


def test_a_company_with_a_business_line_tail_is_its_subsidiary() -> None:
    text = "九州電力ネットワークによると、県内では一時約3000戸が停電した。"
    assert speakers(text) == ["九州電力ネットワーク"]


def test_cooperation_named_in_a_document_to_sign_in_reported_content() -> None:
    text = "チリのソト大統領は、日本とAI分野での協力に関する覚書に署名する方針を示した。"
    assert any(kind == "COOPERATE" and "ソト" in actors for kind, actors, _ in events(text))


def test_a_demand_through_an_act_still_possible_is_hedged() -> None:
    text = "ミドリ化学は9日、声明で、罰金の減額を求めて提訴する可能性を示した。"
    asked = [e.status for e in read(text, PUBLISHED).events if e.type == "REQUEST"]
    assert asked == ["hedged"]


def test_an_owner_inside_a_relative_clause_on_the_topic_does_not_speak() -> None:
    text = "これに対し、日本の大手銀行も加盟するタイ金融協会は声明で、規制が過剰で投資を妨げると批判した。"
    assert speakers(text) == ["タイ金融協会"]


def test_a_report_cued_by_to_shita_uede_before_a_direct_quote() -> None:
    text = "アルト社のベイカー社長は声明で、不正は認めないとしたうえで「利用者への影響を抑える」と述べた。"
    found = [(q.speaker_name, q.kind, q.text) for q in read(text, PUBLISHED).quotes]
    assert ("ベイカー", "indirect", "不正は認めない") in found


def test_a_committee_that_announces_is_no_meeting_held() -> None:
    text = "【ラゴス共同】ナイジェリア・ココア委員会は1日、10月から始まる今季の買い取り価格を引き上げると発表した。"
    assert not any(kind == "CONSULT" for kind, _, _ in events(text))
    assert any(
        kind == "CONSULT" for kind, _, _ in events("連邦公開市場委員会は16日から始まり、金利を決める。")
    )
