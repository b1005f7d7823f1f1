"""Events of session 6's generalising round on batches 27-28: embedded clauses, reported
conditions and threats, checked on sentences of our own (events.py and its helpers)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read
from kijiyomi.reading.model import Event

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2024, 6, 20, 18, 0, tzinfo=timezone(timedelta(hours=9)))


def events(text: str) -> list[Event]:
    return list(read(text, PUBLISHED).events)


def test_a_time_inside_a_reason_clause_is_not_the_protest_s() -> None:
    found = events(
        "ペルー外務省は19日、チリ海軍の哨戒艇が16日未明、ペルーの排他的経済水域に入ったとして、"
        "駐在するチリの大使を呼んで抗議した。"
    )
    protest = next(e for e in found if e.type == "ACCUSE")
    assert (protest.date, protest.status) == ("2024-06-19", "occurred")


def test_a_time_inside_what_a_measure_answers_is_not_the_measure_s() -> None:
    found = events(
        "中国商務省は19日、米議員団が先週台湾を訪問し、総統と会談したことへの対抗措置として、"
        "米国の軍需企業2社に制裁を科したと発表した。"
    )
    sanction = next(e for e in found if e.type == "SANCTION")
    visit = next(e for e in found if e.text == "訪問")
    assert (sanction.date, visit.date) == ("2024-06-19", "2024-W24")


def test_a_time_of_an_act_touched_on_is_not_the_accusation_s() -> None:
    found = events(
        "ケニア外務省は20日、声明を出した。オディンガ外相は、民兵が先月下旬に国境の村を襲ったことに触れ、"
        "「断じて許されない」と非難した。"
    )
    accusation = next(e for e in found if e.type == "ACCUSE")
    assert accusation.date == "2024-06-20"


def test_a_condition_inside_the_reason_of_a_request_leaves_the_request_made() -> None:
    found = events(
        "ベトナム漁業協会は19日、禁漁が続けば多くの漁船が廃業に追い込まれるとして、政府に補償を要請した。"
    )
    request = next(e for e in found if e.type == "REQUEST")
    assert (request.status, request.date, request.condition) == ("occurred", "2024-06-19", None)


def test_a_risk_given_as_the_reason_of_a_request_is_no_threat() -> None:
    found = events(
        "チリ鉱業省は19日、交渉が決裂すれば銅の輸出が止まる恐れがあるとして、労使に対し、協議の再開を求めた。"
    )
    assert [e.type for e in found if e.type == "THREATEN"] == []
    assert next(e for e in found if e.type == "REQUEST").status == "occurred"


def test_talks_named_as_the_way_to_a_solution_are_no_event() -> None:
    found = events("国連のグテレス事務総長は19日、両国に対し、話し合いによる平和的な解決を呼びかけた。")
    assert [e.type for e in found] == ["REQUEST"]


def test_the_spokesman_s_body_warns_past_a_quote_and_a_condition() -> None:
    found = events(
        "ロシア外務省は19日、声明を出した。同省の報道官は記者会見で「挑発行為だ」と非難し、"
        "フィンランド側が米国との軍事的な接近を続ければ、さらに断固とした措置を取ると警告した。"
    )
    warning = next(e for e in found if e.text == "警告")
    assert ([a.name for a in warning.actors], warning.status) == (["ロシア外務省"], "occurred")


def test_a_punishment_under_a_condition_stated_as_an_intention_is_the_speaker_s_threat() -> None:
    found = events(
        "英国防省の報道官は19日、イランが船舶の拿捕を続ければ、イランへの制裁を強化する考えを示した。"
    )
    threat = next(e for e in found if e.type == "THREATEN")
    assert ([a.name for a in threat.actors], [r.name for r in threat.recipients]) == (
        ["英国防省"],
        ["イラン"],
    )


def test_a_warning_rejected_as_a_quote_refers_back() -> None:
    found = events(
        "英国防省の報道官は19日、イランが船舶の拿捕を続ければ、制裁を強化する考えを示した。"
        "イラン政府は、英国の警告を「内政干渉だ」として拒否した。"
    )
    assert len([e for e in found if e.type == "THREATEN"]) == 1


def test_a_ga_subject_who_says_a_quote_after_the_company_topic_apologises() -> None:
    found = read(
        "製紙大手の北斗製紙は19日、札幌市で記者会見を開き、同社の田中一郎社長が"
        "「被害に遭われた皆様に深くおわびする」と謝罪した。",
        PUBLISHED,
    )
    apology = next(e for e in found.events if e.type == "CONCEDE")
    assert [a.name for a in apology.actors] == ["田中一郎"]
    speaker = found.entity(found.quotes[0].speaker) if found.quotes[0].speaker else None
    assert speaker is not None and speaker.name == "田中一郎"


def test_the_same_day_is_the_topic_s_day_not_that_of_an_embedded_subject() -> None:
    found = read(
        "ペルー国防省は19日、チリ軍が17日夜に国境の村を砲撃したと非難した。国連の特使は同日、両国に自制を求めた。",
        PUBLISHED,
    )
    same_day = next(t for t in found.times if t.text == "同日")
    assert same_day.value == "2024-06-19"
    request = next(e for e in found.events if e.type == "REQUEST")
    assert request.date == "2024-06-19"


def test_an_act_in_a_condition_and_one_in_its_consequence_are_two_events() -> None:
    found = events("エチオピア政府は、エリトリア軍が国境から撤退すれば停戦に応じる用意があるとしている。")
    retreats = sorted((e.text, [a.name for a in e.actors], e.status) for e in found if e.type == "RETREAT")
    assert retreats == [("停戦", ["エチオピア"], "conditional"), ("撤退", ["エリトリア軍"], "conditional")]


def test_talks_proposed_between_delegates_are_held_by_their_sides_not_the_proposer() -> None:
    found = events(
        "ケニアとウガンダが国境で衝突した。国連のグテレス事務総長は19日、両国に停戦を呼びかけ、"
        "来月3日に両国の国防相による協議を開くことを提案した。"
    )
    talks = next(e for e in found if e.type == "CONSULT")
    assert (sorted(a.name for a in talks.actors), talks.status) == (["ウガンダ", "ケニア"], "planned")


def test_a_purpose_clause_does_not_make_the_talks_before_it_a_plan() -> None:
    found = events(
        "タイのチャン外相は19日、バンコクでラオスのソム外相と会談し、国境の住民の安全を守るため、"
        "両国が国境警備の協力を強化することで一致した。"
    )
    talks = next(e for e in found if e.type == "CONSULT")
    assert (talks.date, talks.status) == ("2024-06-19", "occurred")


def test_a_ga_subject_of_the_trigger_s_own_clause_replaces_the_earlier_partner() -> None:
    found = events(
        "タイのチャン外相は19日、バンコクでラオスのソム外相と会談し、両国が国境警備の協力を強化することで一致した。"
    )
    help_ = next(e for e in found if e.type == "COOPERATE")
    assert sorted(a.name for a in help_.actors) == ["タイ", "ラオス"]


def test_a_lawsuit_is_no_accusation_event() -> None:
    found = events("北斗電機は19日、特許を侵害されたとして、東洋精機を相手取り東京地裁に提訴した。")
    assert [e.type for e in found] == []


def test_a_criminal_complaint_is_no_accusation_event() -> None:
    found = events("証券取引等監視委員会は19日、北斗電機の元社長を金融商品取引法違反の疑いで刑事告発した。")
    assert [e.type for e in found if e.type == "ACCUSE"] == []


def test_two_companies_are_the_pair_before_a_commission_and_a_short_name_is_one_of_them() -> None:
    found = read(
        "北斗電機は19日、韓国の医療機器メーカー、ハヌル・メディテックを相手取り、訴訟を起こした。"
        "米国際貿易委員会（ITC）にも、対象製品の輸入禁止を申し立てた。"
        "北斗電機によると、両社は2022年5月から交渉してきたが、ハヌル側が先月、提示額を拒否した。",
        PUBLISHED,
    )
    talks = next(e for e in found.events if e.type == "CONSULT")
    refusal = next(e for e in found.events if e.type == "REJECT")
    assert sorted(a.name for a in talks.actors) == ["ハヌル・メディテック", "北斗電機"]
    assert [a.name for a in refusal.actors] == ["ハヌル・メディテック"]
    assert [e.type for e in found.events if e.type == "SANCTION"] == []  # what is petitioned for


def test_a_year_a_span_starts_from_does_not_date_a_later_month() -> None:
    found = read(
        "両首脳は、電力の融通量を来年から年間約5%増やすことで一致し、9月上旬に首脳会談を開くことで合意した。",
        PUBLISHED,
    )
    month = next(t for t in found.times if t.text.startswith("9月"))
    assert month.value == "2024-09"


def test_the_first_named_of_unions_counted_after_nado_acts_and_a_general_strike_is_a_protest() -> None:
    found = events(
        "フランス労働総同盟（CGT）など5大労組は19日、改革の撤回を求め、来週水曜日に全国規模の"
        "ゼネラルストライキを行うと発表した。"
    )
    acts = [(e.type, [a.name for a in e.actors], e.date, e.status) for e in found]
    assert acts == [
        ("REQUEST", ["フランス労働総同盟"], "2024-06-19", "occurred"),
        ("PROTEST", ["フランス労働総同盟"], "2024-06-26", "planned"),
    ]


def test_measures_spelled_out_after_a_sanction_are_that_sanction() -> None:
    found = events(
        "中国商務省は19日、米国の軍需企業2社に制裁を発動したと発表した。"
        "対象企業の中国国内の資産を凍結し、中国の企業との取引を禁じる。"
    )
    sanctions = [(e.date, e.status) for e in found if e.type == "SANCTION"]
    assert sanctions == [("2024-06-19", "occurred")]


def test_a_later_round_of_sanctions_is_not_spelled_out_into_an_earlier_one() -> None:
    found = events(
        "EUは2022年以降、ロシアに対して16回にわたり制裁を発動してきた。"
        "今回検討される第17弾には、第三国の銀行を対象とした資産凍結が含まれる見通しだ。"
    )
    assert len([e for e in found if e.type == "SANCTION"]) == 2


def test_a_company_listed_under_export_controls_in_a_report_is_sanctioned() -> None:
    found = read(
        "米商務省は19日、台湾の電子部品大手ミナト電子を輸出規制の対象に加えたと発表した。", PUBLISHED
    )
    assert [e.name for e in found.entities if e.label == "ORG"] == ["米商務省", "ミナト電子"]
    sanction = next(e for e in found.events if e.type == "SANCTION")
    assert ([a.name for a in sanction.actors], sanction.date, sanction.status) == (
        ["米商務省"],
        "2024-06-19",
        "occurred",
    )


def test_a_risk_a_source_reports_under_a_condition_is_no_threat() -> None:
    found = events("北斗重工によると、契約が白紙になれば国内で約3千人分の雇用が失われる恐れがある。")
    assert [e.type for e in found if e.type == "THREATEN"] == []


def test_a_time_of_an_act_protested_right_after_koto_ni_is_not_the_protest_s() -> None:
    found = events("韓国外務省は19日、日本の議員団が17日に竹島に上陸したことに抗議した。")
    protest = next(e for e in found if e.type == "ACCUSE")
    assert protest.date == "2024-06-19"


def test_a_sanction_policy_under_a_condition_is_the_spokesman_s_threat() -> None:
    found = events("米国務省の報道官は19日、北朝鮮がミサイル発射を続ければ、追加制裁を科す方針を示した。")
    threat = next(e for e in found if e.type == "THREATEN")
    assert ([a.name for a in threat.actors], [r.name for r in threat.recipients]) == (
        ["米国務省"],
        ["北朝鮮"],
    )


def test_countries_written_before_a_joint_noun_hold_it_without_an_earlier_partner() -> None:
    found = events(
        "韓国の金外相は19日、ソウルで米国のハリス国務長官と会談し、北朝鮮のミサイル開発に対応するため、"
        "日米韓の連携を強化する方針を確認した。"
    )
    joint = next(e for e in found if e.type == "COOPERATE")
    assert sorted(a.name for a in joint.actors) == ["日本", "米国", "韓国"]


def test_an_apology_and_a_resignation_of_one_sentence_are_two_events() -> None:
    found = events("北斗食品の山田社長は19日、記者会見で謝罪し、辞任する意向を表明した。")
    assert sorted((e.text, e.status) for e in found if e.type == "CONCEDE") == [
        ("謝罪", "occurred"),
        ("辞任", "planned"),
    ]
