"""Session 10's first round (batches 81-84): sentences of our own for the structural classes that
recur across batches (counted persons, joint agents, a topic that may act)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2028, 3, 9, 19, 0, tzinfo=timezone(timedelta(hours=9)))


def actors(text: str) -> dict[str, tuple[str, ...]]:
    return {e.text: tuple(a.name for a in e.actors) for e in read(text, PUBLISHED).events}


def test_counted_persons_stand_for_the_persons_named_before() -> None:
    text = (
        "日本の山田太郎外相は8日、ベトナムのグエン外相とハノイで会談した。米国のスミス国務長官とオーストラリアの"
        "リー外相も加わった。4氏は海洋安全保障の協力を強化することで合意した。"
    )
    assert set(actors(text)["合意"]) == {"山田太郎", "グエン", "スミス", "リー"}
    groups = [e.name for e in read(text, PUBLISHED).entities if e.label == "GROUP"]
    assert "4氏" in groups


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "両国はまた、来月、南シナ海で陸上自衛隊とフィリピン陸軍による共同演習を行う。",
            ("陸上自衛隊", "フィリピン陸軍"),
        ),
        (
            "日本とタイの防衛相は8日に会談し、航空自衛隊とタイ空軍による初の演習を8月に行うことで合意した。",
            ("航空自衛隊", "タイ空軍"),
        ),
    ],
)
def test_both_agents_joined_by_to_act(text: str, pair: tuple[str, str]) -> None:
    assert actors(text)["演習"] == pair


@pytest.mark.parametrize(
    "text",
    [
        "富山県は、同社が期限までに工事を終えなければ、補助金の返還を求める場合もあるとしている。",
        "富山県は、同社の工事が遅れれば、補助金の返還を求める場合があるとしている。",
    ],
)
def test_a_topic_that_may_act_is_the_actor(text: str) -> None:
    assert actors(text)["求める"] == ("富山県",)


def test_the_japanese_ldp_keeps_its_short_name() -> None:
    text = "自民党の幹部は8日、野党が法案を提出すれば「解散も辞さない」と警告した。"
    assert actors(text)["警告"] == ("自民党",)


@pytest.mark.parametrize(
    "text",
    [
        "北見中央農業協同組合が先月、周辺の水田の水質を調べるよう県に求めていた。",
        "日本医師会が8日、感染対策を徹底するよう政府に求めた。",
    ],
)
def test_a_subject_with_its_own_time_asks_for_the_yo_clause(text: str) -> None:
    (found,) = [names for trigger, names in actors(text).items() if trigger.startswith("求め")]
    assert len(found) == 1


def test_a_subject_in_the_yo_clause_is_not_the_asker() -> None:
    text = "日本政府は8日、中国が輸入停止を撤回するよう求めた。"
    assert actors(text)["求め"] == ("日本",)


def test_a_city_health_office_is_a_body_and_acts() -> None:
    text = "秋田市保健所は8日、同店に3日間の営業停止を命じた。同保健所は現在、原因を調査している。"
    assert actors(text)["調査"] == ("秋田市保健所",)


def test_an_act_set_against_the_next_clause_keeps_its_day() -> None:
    text = "東和物産の山口健二社長は6日、報道陣に「改めておわびする」と謝罪した一方、請求額は過大だと述べた。"
    (event,) = [e for e in read(text, PUBLISHED).events if e.text == "謝罪"]
    assert (event.date, event.status) == ("2028-03-06", "occurred")


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("控訴期限は15日に迫っている。", "迫っ", None),
        ("噴火の影響で、溶岩が集落に迫る恐れがある。", "迫る", None),
        ("野党は8日、首相に退陣を迫った。", "迫っ", "REQUEST"),
    ],
)
def test_semaru_asks_only_with_its_object(text: str, trigger: str, kind: str | None) -> None:
    found = {e.text: e.type for e in read(text, PUBLISHED).events}
    assert found.get(trigger) == kind


def test_a_stated_view_of_a_likely_result_is_no_threat() -> None:
    text = "日本トラック協会の田中一郎会長は8日、燃料価格が上がれば、運賃に転嫁される可能性があるとの見方を示した。"
    assert not [e for e in read(text, PUBLISHED).events if e.type == "THREATEN"]


def test_a_subject_with_a_partner_noun_keeps_its_reported_act() -> None:
    text = "ハンガリーのサボー外相は、ロシアが同国との国境付近に部隊を増派しているとして警戒感を示した。"
    assert actors(text)["増派"] == ("ロシア",)


def test_a_kanji_company_after_its_kind_and_a_comma_is_a_partner() -> None:
    text = (
        "東邦化学の村井直子社長は8日、中国の化学大手、華新化工と提携交渉を進めているとの一部報道を否定した。"
    )
    assert actors(text)["交渉"] == ("村井直子", "華新化工")


def test_a_dotted_secretary_title_names_a_person() -> None:
    text = "山本一郎国家公安委員長は来週、インドネシアのスリヤ内務・治安長官と会談する予定だ。"
    assert actors(text)["会談"] == ("山本一郎", "スリヤ")


def test_countries_given_as_examples_are_no_pair() -> None:
    text = (
        "タイ上院は8日、日本との防衛協定を承認した。日本がこうした協定を結ぶのは、米国やカナダなどに続き7カ国目となる。"
        "タイのソムチャイ国防相によると、両国は7月に初めての演習を行う方向で調整している。"
    )
    assert set(actors(text)["演習"]) == {"日本", "タイ"}


def test_countries_listed_without_nado_may_be_the_pair() -> None:
    text = (
        "警察庁は、同様の拠点がカンボジアやラオスにもあるとみて、両国の警察当局と協力して捜査を進める方針だ。"
    )
    assert {"カンボジア", "ラオス"} <= set(actors(text)["協力"])


def test_the_owners_of_units_hold_their_drill() -> None:
    text = "日本の山田防衛相は8日、タイのソムチャイ国防相と会談し、8月に両国の海上部隊による初めての演習を行うことで合意した。"
    assert set(actors(text)["演習"]) == {"日本", "タイ"}


@pytest.mark.parametrize(
    ("text", "actor", "date"),
    [
        ("韓国関税庁は5日、日本産の牛肉の禁輸に10日から踏み切ると発表した。", "韓国関税庁", "2028-03-10"),
        ("中国税関総署は8日、台湾産の果物の禁輸に12日から踏み切ると発表した。", "中国税関総署", "2028-03-12"),
        ("中国商務省は8日、同社への重要鉱物の禁輸措置を即日発動したと発表した。", "中国商務省", "2028-03-08"),
    ],
)
def test_a_ban_announced_with_its_start(text: str, actor: str, date: str) -> None:
    (event,) = [e for e in read(text, PUBLISHED).events if e.type == "SANCTION"]
    assert (tuple(a.name for a in event.actors), event.date) == ((actor,), date)


def test_the_owner_after_a_framing_clause_acts_for_its_panel() -> None:
    text = (
        "松江市の山本市長が職員に威圧的な言動を繰り返していた問題で、同市の第三者委員会は8日、"
        "約半年にわたる調査の結果、報告書を公表した。"
    )
    assert actors(text)["調査"] == ("松江市",)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("自動車各社の労組でつくる自動車総連も8日に会合を開いた。", "自動車総連"),
        ("鉄鋼各社の労組でつくる基幹労連は8日に会合を開いた。", "基幹労連"),
    ],
)
def test_a_federation_formed_by_unions_is_a_body(text: str, name: str) -> None:
    assert actors(text)["会合"] == (name,)


def test_a_party_caucus_acts_and_speaks_for_its_party() -> None:
    text = (
        "大分県の佐藤知事は8日、計画への同意を見送った。一方、県議会の自民党会派は、佐藤氏の判断を"
        "「国の安全保障を軽視している」と批判している。"
    )
    assert actors(text)["批判"] == ("自民党",)
    speakers = [q.speaker_name for q in read(text, PUBLISHED).quotes]
    assert speakers == ["自民党"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "同県警の山田本部長は8日、男性への謝罪について「判決の確定前で差し控えたい」として見送る考えを示した。",
            "謝罪",
        ),
        ("同社の社長は8日、労組との協議について「時期尚早だ」として見送った。", "協議"),
    ],
)
def test_an_act_named_as_the_topic_of_its_call_off_is_denied(text: str, trigger: str) -> None:
    (event,) = [e for e in read(text, PUBLISHED).events if e.text == trigger]
    assert event.status == "denied"


def test_an_anaphor_joined_to_a_body_is_another_body() -> None:
    text = (
        "国土交通省は8日、判決を不服として控訴する方針を示した。関係者によると、財務省と同省は来週中にも協議し、"
        "対応を判断する見通しだ。"
    )
    assert actors(text)["協議"] == ("財務省", "国土交通省")


def test_a_remark_on_a_visit_named_as_a_noun_is_no_new_visit() -> None:
    text = "台湾の議員団は8日、東京に到着した。立法院の幹部の訪日は8年ぶりとなる。"
    assert [e.text for e in read(text, PUBLISHED).events if e.text == "訪日"] == []
    assert "訪米" in {e.text for e in read("首相の訪米は来月の予定だ。", PUBLISHED).events}


def test_talks_in_a_past_time_clause_took_place() -> None:
    text = "両首脳は2月に東京で会談した際、互いの国を定期的に訪れることで一致しており、今回の訪問はその一環となる。"
    found = {e.text: (e.status, e.date) for e in read(text, PUBLISHED).events}
    assert found["会談"] == ("occurred", "2028-02")
    assert found["一致"] == ("occurred", "2028-02")


@pytest.mark.parametrize(
    "text",
    [
        "野党の松井代表は8日、増税を2031年度から始める政府の方針を批判した。",
        "野党の松井代表は8日、来年4月から導入する新制度を「説明が足りない」と批判した。",
    ],
)
def test_the_time_of_a_plan_criticised_is_not_the_criticism_s(text: str) -> None:
    (event,) = [e for e in read(text, PUBLISHED).events if e.text == "批判"]
    assert (event.date, event.status) == ("2028-03-08", "occurred")


def test_the_meeting_an_exit_takes_effect_at_dates_it() -> None:
    text = "東和銀行の山田頭取は8日、6月の株主総会をもって辞任する意向を明らかにした。"
    (event,) = [e for e in read(text, PUBLISHED).events if e.text == "辞任"]
    assert (event.date, event.status) == ("2028-06", "planned")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ナイジェリア軍は8日、北部の村で武装集団による襲撃があり、住民20人が死亡したと発表した。", "襲撃"),
        ("ケニア警察は8日、首都ナイロビで過激派組織による爆弾テロがあったと発表した。", "テロ"),
    ],
)
def test_an_attack_that_happened_in_reported_content_has_no_reporter_as_actor(
    text: str, trigger: str
) -> None:
    (event,) = [e for e in read(text, PUBLISHED).events if e.text == trigger]
    assert (event.actors, event.status, event.date) == ((), "occurred", "2028-03-08")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ソマリアのイスラム過激派アルシャバーブは8日、首都のホテルを襲撃した。", "アルシャバーブ"),
        ("ナイジェリアのイスラム過激派ボコ・ハラムは8日、北部の村を襲撃した。", "ボコ・ハラム"),
        ("ハイチの武装ギャング「ビラブ・ウォン」は8日、首都の刑務所を襲撃した。", "ビラブ・ウォン"),
    ],
)
def test_an_armed_group_named_after_its_kind_acts(text: str, name: str) -> None:
    assert actors(text)["襲撃"] == (name,)


def test_a_katakana_common_noun_after_an_armed_kind_is_no_name() -> None:
    text = "武装組織メンバーが8日、村を襲撃した。"
    assert "メンバー" not in {e.name for e in read(text, PUBLISHED).entities}


def test_an_act_criticised_is_not_the_critic_s() -> None:
    text = "アルゼンチンのミレイ大統領は8日、公務員の削減に抗議する労組のゼネストを「違法だ」と非難した。"
    found = actors(text)
    assert (found["ゼネスト"], found["非難"]) == ((), ("ミレイ",))


@pytest.mark.parametrize(
    "text",
    [
        "メキシコ政府は8日、米国が鉄鋼に追加関税を課したことに対抗し、米国産の農産物に報復関税を課すと発表した。",
        "中国商務省は8日、米国が半導体の輸出規制を強化したことへの対抗措置として、米国産の大豆に追加関税を課すと発表した。",
    ],
)
def test_a_done_measure_and_its_answer_are_two_events(text: str) -> None:
    sanctions = [e for e in read(text, PUBLISHED).events if e.type == "SANCTION"]
    assert [(tuple(a.name for a in e.actors), e.status) for e in sanctions] == [
        (("米国",), "occurred"),
        ((sanctions[1].actors[0].name,), "planned"),
    ]
    assert sanctions[1].actors[0].name in ("メキシコ", "中国商務省")


def test_a_demand_answered_is_no_new_request() -> None:
    text = "JR東日本の労組は8日、会社側が賃上げ要求に応じなければ、来週にもストライキを行うと警告した。"
    assert [e.text for e in read(text, PUBLISHED).events if e.type == "REQUEST"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ブラジルの最高裁は8日、前大統領に禁錮27年の判決を言い渡した。", "最高裁"),
        ("最高裁は8日、被告に無期懲役の判決を言い渡した。", "最高裁判所"),
    ],
)
def test_a_japanese_body_s_word_after_a_foreign_country_names_that_country_s_body(
    text: str, name: str
) -> None:
    courts = [e for e in read(text, PUBLISHED).entities if e.label == "ORG"]
    assert [e.name for e in courts] == [name]


def test_a_protest_owned_by_an_unnamed_crowd_is_not_the_police_s() -> None:
    text = "英警察は8日、ロンドン中心部で行われた親パレスチナ団体の抗議デモで、参加者ら約500人を逮捕した。"
    found = actors(text)
    assert (found["抗議デモ"], found["逮捕"]) == ((), ("英警察",))
