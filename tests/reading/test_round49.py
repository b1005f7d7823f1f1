"""Session 8's round on batches 49-52: sentences of our own (clause tense, condition scope, ...)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read
from kijiyomi.reading.model import Event

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2028, 6, 15, 9, 0, tzinfo=timezone(timedelta(hours=9)))


def events(text: str, trigger: str) -> list[Event]:
    return [e for e in read(text, PUBLISHED).events if e.text == trigger]


def test_a_past_act_before_hoka_keeps_its_own_tense() -> None:
    text = "フランス政府も12日、陸軍の部隊約300人を被災地に派遣したほか、国連児童基金は同国政府と協力する方針だ。"
    assert events(text, "派遣")[0].status == "occurred"
    assert events(text, "協力")[0].status == "planned"


def test_a_past_request_before_ue_de_is_done_but_a_later_one_is_not() -> None:
    done = "東京都のサトウ知事は12日夜、記者会見し、物資の早期供給を国に要請した上で、15日に同社と協議する考えを示した。"
    assert events(done, "要請")[0].status == "occurred"
    assert events(done, "協議")[0].status == "planned"
    later = "サトウ知事は来週、国に支援を要請した上で、同社と協議する考えを示した。"
    assert events(later, "要請")[0].status == "planned"


def test_a_condition_inside_a_warning_does_not_reach_the_next_clause() -> None:
    text = "インド国防省は12日、パキスタンが越境攻撃を続ければ報復すると警告し、国境に部隊を配備したことを明らかにした。"
    deployed = events(text, "配備")[0]
    assert deployed.status == "occurred"
    assert deployed.date == "2028-06-12"
    assert events(text, "攻撃")[0].status == "conditional"


def test_a_district_prosecutors_office_is_an_org_and_its_back_reference_too() -> None:
    text = "韓国の水原地方検察署は12日、同社の社長を起訴した。同検察署によると、社長は容疑を否認している。"
    names = [m.text for e in read(text, PUBLISHED).entities for m in e.mentions]
    assert "水原地方検察署" in names
    assert "同検察署" in names
    assert [a.name for a in events(text, "起訴")[0].actors] == ["水原地方検察署"]


def test_a_person_with_mo_after_a_topic_is_one_more_object_not_the_actor() -> None:
    text = "高知県警は14日、同市の田中一郎市長を逮捕した。県警は、同社の山本健社長も逮捕した。"
    assert [a.name for a in events(text, "逮捕")[1].actors] == ["高知県警"]
    separate = "大分県警は14日、市長を逮捕したが、野党の山川健議員も同日、県に抗議した。"
    assert [a.name for a in events(separate, "抗議")[0].actors] == ["山川健"]


def test_a_next_day_counts_from_the_last_day_not_from_a_year_in_a_name() -> None:
    text = (
        "ハンブルク市で10日、2044年夏季五輪の招致を問う住民投票が行われた。"
        "同市のベッカー市長は翌11日、招致の断念を表明した。委員会のシュミット委員長も同日、辞任した。"
    )
    values = {t.text: t.value for t in read(text, PUBLISHED).times}
    assert values["翌11日"] == "2028-06-11"
    assert values["同日"] == "2028-06-11"


def test_a_sumo_elder_s_name_before_oyakata_is_a_person_and_acts() -> None:
    text = (
        "日本相撲協会は14日、理事会を開き、大波親方（元小結）を降格とする処分を決めた。"
        "同協会によると、同親方は弟子を殴っていた。大波親方は理事会後、記者会見し、「申し訳ない」と謝罪した。"
    )
    mentions = [(m.text, e.label) for e in read(text, PUBLISHED).entities for m in e.mentions]
    assert ("大波親方", "PERSON") in mentions
    assert ("同親方", "PERSON") in mentions
    assert [a.name for a in events(text, "謝罪")[0].actors] == ["大波"]


def test_a_countrys_bureau_after_no_is_an_org_but_its_land_and_authorities_are_not() -> None:
    reading = read("同国の地質災害局によると、噴煙は高さ約8000メートルに達した。", PUBLISHED)
    assert ("地質災害局", "ORG") in [(m.text, e.label) for e in reading.entities for m in e.mentions]
    assert [q.speaker_name for q in reading.quotes] == ["地質災害局"]
    bureau = "韓国の保健福祉部は12日、業者に回収を求めた。"
    assert [a.name for a in events(bureau, "求め")[0].actors] == ["保健福祉部"]
    for text in ("同国の北東部で12日、地震があった。", "ケニアの治安当局は12日、記者を拘束した。"):
        labels = [(m.text, e.label) for e in read(text, PUBLISHED).entities for m in e.mentions]
        assert not [t for t, label in labels if label == "ORG" and t.endswith(("部", "局"))]


def test_a_chief_negotiator_is_a_title() -> None:
    text = "交渉団を率いるロドリゲス首席交渉官は記者会見で「歴史的な一歩だ」と強調した。"
    assert [q.speaker_name for q in read(text, PUBLISHED).quotes] == ["ロドリゲス"]


def test_countries_listed_before_a_meeting_hold_it_with_the_body_that_hosts_it() -> None:
    hosted = "国連は来月、ジュネーブでインド、パキスタン、バングラデシュの閣僚協議を開く方向で調整している。"
    actors = sorted(a.name for a in events(hosted, "閣僚協議")[0].actors)
    assert actors == sorted(["国際連合", "インド", "パキスタン", "バングラデシュ"])
    talked = "ペルーとチリの外相会談は12日、リマで開かれた。"
    assert sorted(a.name for a in events(talked, "外相会談")[0].actors) == ["チリ", "ペルー"]


def test_a_ceasefire_agreed_to_lies_ahead_and_leaves_the_day_to_the_agreement() -> None:
    text = "インドとパキスタンは12日に停戦に合意した。"
    truce = events(text, "停戦")[0]
    assert (truce.status, truce.date) == ("planned", None)
    assert events(text, "合意")[0].date == "2028-06-12"
    dated = events("インドとパキスタンは12日、20日から停戦に合意した。", "停戦")[0]
    assert (dated.status, dated.date) == ("planned", "2028-06-20")
    held = events("両国は12日、ジュネーブで協議を行い、合意した。", "協議")[0]
    assert held.status == "occurred"


def test_a_trigger_naming_a_document_portion_or_procedure_is_no_event() -> None:
    text = (
        "規制当局は12日、北海電力の原発について審査書を決定した。地元の同意手続きが焦点となる。"
        "タイ政府も、既に結んだ契約分の輸出を認めるよう要請した。"
    )
    found = {e.text for e in read(text, PUBLISHED).events}
    assert not found & {"審査", "同意", "契約"}
    assert "要請" in found
    asked = "市長は12日、賠償を求める書簡を社長に送った。"
    assert events(asked, "求める")


def test_a_ceasefire_entered_by_agreement_has_both_parties() -> None:
    text = "ペルー政府と左翼ゲリラの北部革命軍（FRN）は12日、12月1日から6カ月間の停戦に入ることで合意した。"
    truce = events(text, "停戦")[0]
    assert sorted(a.name for a in truce.actors) == ["ペルー", "北部革命軍"]
    assert truce.status == "planned"


def test_no_intention_to_act_is_a_denial() -> None:
    text = "カヤオール内相は12日、ユルドゥズ氏らを直ちに釈放するつもりはないと述べた。"
    assert events(text, "釈放")[0].status == "denied"


def test_a_katakana_name_with_a_natural_feature_or_square_is_a_location() -> None:
    text = "ガイアナ軍はクユニ川の中州に部隊を送った。デモ隊はタクシム広場周辺に集まった。ヒマラヤ山脈で雪崩が起きた。"
    mentions = [(m.text, e.label) for e in read(text, PUBLISHED).entities for m in e.mentions]
    assert ("クユニ川", "LOC") in mentions
    assert ("タクシム広場", "LOC") in mentions
    assert not [t for t, _ in mentions if t == "ヒマラヤ山"]


def test_planned_cooperation_takes_no_day_from_an_earlier_clause() -> None:
    text = "両国は20日にオンラインで会議を開き、国境の川の水量の調整で協力する方針だ。"
    cooperation = events(text, "協力")[0]
    assert (cooperation.status, cooperation.date) == ("planned", None)
    own = "北海道は20日から、JR北海道と連携して臨時バスを運行する方針だ。"
    assert events(own, "連携")[0].date == "2028-06-20"


def test_an_agent_with_its_acronym_before_niyoru_acts() -> None:
    text = "ポーランド政府は26日、ロシア軍参謀本部情報総局（GRU）によるサイバー攻撃を非難した。"
    assert [a.name for a in events(text, "サイバー攻撃")[0].actors] == ["ロシア軍参謀本部情報総局"]
    assert [a.name for a in events(text, "非難")[0].actors] == ["ポーランド"]


def test_a_company_named_after_its_industry_is_an_org() -> None:
    text = "送電会社ボヘミア送電によると、停電が起きた。北陸乳業は12日、製品を回収した。"
    reading = read(text, PUBLISHED)
    mentions = [(m.text, e.label) for e in reading.entities for m in e.mentions]
    assert ("ボヘミア送電", "ORG") in mentions
    assert ("北陸乳業", "ORG") in mentions
    assert [q.speaker_name for q in reading.quotes] == ["ボヘミア送電"]


def test_an_agency_named_after_a_katakana_field_is_an_org() -> None:
    text = "スポーツ庁は12日、協会に対し、改善策を報告するよう求めた。"
    assert [a.name for a in events(text, "求め")[0].actors] == ["スポーツ庁"]


def test_doukoku_is_not_the_country_acting_earlier_in_the_same_sentence() -> None:
    text = (
        "日本政府は12日、ミャンマーに輸送艦を派遣した。"
        "タイ政府も12日、艦艇2隻を派遣したほか、世界保健機関はワクチンの輸送で同国政府と協力する方針だ。"
    )
    assert sorted(a.name for a in events(text, "協力")[0].actors) == ["ミャンマー", "世界保健機関"]
    alone = "タイ政府は12日、同国の港を開放した。"
    doukoku = [e for e in read(alone, PUBLISHED).entities if any(m.text == "同国" for m in e.mentions)]
    assert [e.name for e in doukoku] == ["タイ"]


def test_partners_listed_with_ya_before_tomo_and_a_kind_after_nado_all_agree() -> None:
    for text in (
        "ケニアは昨年7月、中国やフランスなど公的債権国とも返済条件の変更で合意していた。",
        "ケニアは昨年7月、中国やフランスとも返済条件の変更で合意していた。",
    ):
        assert sorted(a.name for a in events(text, "合意")[0].actors) == sorted(
            ["ケニア", "中国", "フランス"]
        )


def test_an_agreement_already_told_and_acted_on_is_no_new_agreement() -> None:
    text = (
        "ペルー政府と北部革命軍は12日、停戦に入ることで合意した。北部革命軍は合意に基づき、人質を解放する方針だ。"
        "野党は、合意の内容を国会で審議するよう求めている。"
    )
    assert len(events(text, "合意")) == 1
    told = "ペルー政府と北部革命軍は12日、停戦に入ることで合意した。"
    assert len(events(told, "合意")) == 1
