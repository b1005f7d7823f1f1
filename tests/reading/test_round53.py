"""Session 8's round on batches 53-56: sentences of our own (finance houses, titles of office)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2027, 5, 10, 9, 0, tzinfo=timezone(timedelta(hours=9)))


def test_a_finance_house_named_by_its_katakana_suffix_acts_and_speaks() -> None:
    text = (
        "投資ファンドのノースゲート・キャピタル・パートナーズは10日、経営陣の刷新を求めた。"
        "格付け会社ブルーリッジ・レーティングスは「財政の悪化が続いている」と述べた。"
    )
    reading = read(text, PUBLISHED)
    names = {e.name for e in reading.entities if e.label == "ORG"}
    assert {"ノースゲート・キャピタル・パートナーズ", "ブルーリッジ・レーティングス"} <= names
    request = next(e for e in reading.events if e.text == "求め")
    assert [a.name for a in request.actors] == ["ノースゲート・キャピタル・パートナーズ"]
    assert reading.quotes[0].speaker_name == "ブルーリッジ・レーティングス"


def test_a_generic_word_before_a_finance_suffix_is_no_company() -> None:
    reading = read("リスクマネジメントの専門家は、ベンチャーキャピタルの投資が減ったと述べた。", PUBLISHED)
    assert not [e for e in reading.entities if e.label == "ORG"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("国際刑事裁判所のロドリゲス検察官は9日、声明で「重要な一歩だ」と述べた。", "ロドリゲス"),
        ("大邱地検の朴正浩検事長は「判決には誤りがある」と述べた。", "朴正浩"),
        ("欧州原子核研究機構のフィッシャー機構長は「計画を進める」と語った。", "フィッシャー"),
        ("英調査会社のマクレガー上級アナリストは「利下げは近い」と話した。", "マクレガー"),
    ],
)
def test_a_named_prosecutor_director_or_analyst_speaks_not_the_body(text: str, speaker: str) -> None:
    reading = read(text, PUBLISHED)
    assert reading.quotes[0].speaker_name == speaker


def test_counted_leaders_stand_for_the_persons_named_before() -> None:
    met = (
        "ブラジルのシルバ大統領、アルゼンチンのゴメス大統領、チリのロハス大統領は9日、サンティアゴで会談した。"
        "3首脳は共同声明を発表し、関税を引き下げることで合意した。"
    )
    reading = read(met, PUBLISHED)
    agreed = next(e for e in reading.events if e.text == "合意")
    assert [a.name for a in agreed.actors] == ["シルバ", "ゴメス", "ロハス"]
    assert any(e.label == "GROUP" and e.name == "3首脳" for e in reading.entities)
    no_meeting = (
        "ノルウェーのハンセン首相、スウェーデンのリンド首相、フィンランドのコスキ首相は10日、声明を出した。"
        "3首相はロシアに対し、軍事活動の停止を求めた。"
    )
    asked = next(e for e in read(no_meeting, PUBLISHED).events if e.text == "求め")
    assert [a.name for a in asked.actors] == ["ハンセン", "リンド", "コスキ"]


def test_a_name_with_its_acronym_and_council_is_a_body_that_acts() -> None:
    text = (
        "南部で建設中の国際熱核融合実験炉（ITER）の理事会は19日、新たな工程表を承認した。"
        "理事会は各国に追加の拠出を要請した。"
    )
    reading = read(text, PUBLISHED)
    body = next(e for e in reading.entities if e.name == "国際熱核融合実験炉")
    assert body.label == "ORG" and "ITER" in body.aliases
    asked = next(e for e in reading.events if e.text == "要請")
    assert [a.name for a in asked.actors] == ["国際熱核融合実験炉"]


def test_a_un_mission_with_its_acronym_is_one_body_but_a_product_is_none() -> None:
    mission = read("国連コンゴ安定化ミッション（MONUSCO）は10日、武装勢力を非難した。", PUBLISHED)
    assert [e.name for e in mission.entities if e.label == "ORG"] == ["国連コンゴ安定化ミッション"]
    things = read("液化天然ガス（LNG）の輸入が増えた。国際宇宙ステーション（ISS）の運用は続く。", PUBLISHED)
    assert not [e for e in things.entities if e.label == "ORG"]


def test_a_person_s_own_clause_after_a_continuative_one_speaks_and_acts() -> None:
    text = "一方、ペレス外相は国境の再開を求め、ロペス外相は記者団に、必要な情報を提供して協力すると述べた。"
    reading = read(text, PUBLISHED)
    quote = reading.quotes[0]
    assert (quote.speaker_name, quote.text) == ("ロペス", "必要な情報を提供して協力する")
    helped = next(e for e in reading.events if e.text == "協力")
    assert [a.name for a in helped.actors] == ["ロペス"]


def test_a_topic_inside_what_is_said_after_a_continuative_clause_does_not_speak() -> None:
    quote = read("ペレス外相は12日に記者会見し、ロペス氏は辞任すべきだと述べた。", PUBLISHED).quotes[0]
    assert (quote.speaker_name, quote.text) == ("ペレス", "ロペス氏は辞任すべきだ")


def test_a_company_called_by_the_head_of_its_dotted_name_and_sha_is_the_same() -> None:
    text = (
        "米半導体大手ヴェルテック・セミコンダクターは10日、新工場の建設を発表した。"
        "ヴェルテック社は「調査に協力する」と述べた。"
    )
    reading = read(text, PUBLISHED)
    assert [e.name for e in reading.entities if e.label == "ORG"] == ["ヴェルテック・セミコンダクター"]
    assert reading.quotes[0].speaker_name == "ヴェルテック・セミコンダクター"
    two = "独化学大手ノイマン・ケミカルとノイマン・ファーマは提携した。ノイマン社は声明を出した。"
    assert "ノイマン社" in [e.name for e in read(two, PUBLISHED).entities]  # two candidates: none chosen


def test_an_anaphor_of_a_players_union_consulate_or_court_is_the_body_named_before() -> None:
    text = (
        "モロッコ・サッカー連盟は、モロッコ・プロサッカー選手会の反発を受けた。"
        "同連盟は週明けにも同選手会の代表と協議する方針だ。"
    )
    talks = next(e for e in read(text, PUBLISHED).events if e.text == "協議")
    assert [a.name for a in talks.actors] == ["モロッコ・サッカー連盟", "モロッコ・プロサッカー選手会"]
    court = read("東京地裁は10日、判決を言い渡した。同地裁は「証拠が足りない」とした。", PUBLISHED)
    assert court.quotes[0].speaker_name == "東京地裁"
    assert not [e for e in court.entities if e.label == "PERSON"]


@pytest.mark.parametrize("modifier", ["大規模な", "トラクターによる大規模"])
def test_the_subject_of_a_clause_that_describes_the_protest_holds_it(modifier: str) -> None:
    text = f"チリの裁判所は27日、全国教員組合が来月3日に予定していた{modifier}デモについて、禁止する決定を出した。"
    protest = next(e for e in read(text, PUBLISHED).events if e.text == "デモ")
    assert [a.name for a in protest.actors] == ["全国教員組合"]


def test_a_refusal_shown_as_one_s_view_is_made_but_a_request_so_shown_is_planned() -> None:
    text = "ペルーのロペス法相は同日、「自国の裁判所で裁く」と述べ、容疑者の引き渡しを拒否する考えを示した。"
    assert next(e for e in read(text, PUBLISHED).events if e.text == "拒否").status == "occurred"
    asked = "ロペス市長は来週、国に財政支援を要請する考えを示した。"
    assert next(e for e in read(asked, PUBLISHED).events if e.text == "要請").status == "planned"


def test_countries_before_the_ministers_in_charge_of_two_fields_hold_the_talks() -> None:
    text = "政府は来週、東京で開かれる日豪の外務・防衛担当閣僚協議（2プラス2）でも取り上げる方針だ。"
    talks = next(e for e in read(text, PUBLISHED).events if e.text == "閣僚協議")
    assert [a.name for a in talks.actors] == ["日本", "オーストラリア"]


@pytest.mark.parametrize(
    "text",
    [
        "南部の刑務所で12日、暴動が起き、受刑者5人が死亡した。",
        "高裁は10日、会社側の控訴を退けた。",
        "上院は9日、自由貿易協定を批准した。",
        "外務省は大使館に再発防止を申し入れた。",
        "市長は脅迫を受けて辞任した。",
        "両国は来年、対話を再開する方針だ。",
        "原子力機関は来月、施設の査察を行う。",
        "警察は10日、関係先から資料を押収した。",
    ],
)
def test_words_the_annotation_never_counts_as_events_give_none(text: str) -> None:
    found = {e.text for e in read(text, PUBLISHED).events}
    assert not found & {"暴動", "退け", "批准", "申し入れ", "脅迫", "対話", "査察", "押収"}


def test_the_spokesperson_of_a_leader_s_office_is_one_title() -> None:
    text = "ケニアのオディアンボ大統領府報道官は2日の記者会見で、部隊の移動は訓練の一環だと説明し、「対話を望む」と語った。"
    reading = read(text, PUBLISHED)
    assert [q.speaker_name for q in reading.quotes] == ["オディアンボ", "オディアンボ"]
    person = next(e for e in reading.entities if e.label == "PERSON")
    assert person.roles == ("大統領府報道官",)


def test_an_envoy_s_post_between_name_and_title_is_no_name() -> None:
    reading = read("同省は、ミハイロフ駐ブルガリア・ロシア大使に抗議した。", PUBLISHED)
    person = next(e for e in reading.entities if e.label == "PERSON")
    assert (person.name, person.roles) == ("ミハイロフ", ("大使",))
    nameless = read("外務省は駐トルコ・スウェーデン大使を呼んだ。", PUBLISHED)
    assert not [e for e in nameless.entities if e.label == "PERSON"]


def test_a_body_named_after_those_who_form_it_acts() -> None:
    reading = read("被害者の家族でつくるサンタアナ家族会は21日、抗議デモを行う予定だ。", PUBLISHED)
    protest = next(e for e in reading.events if e.text == "抗議デモ")
    assert [a.name for a in protest.actors] == ["サンタアナ家族会"]
    generic = read("加盟国でつくる委員会は、各国でつくる作業部会に報告した。", PUBLISHED)
    assert not [e for e in generic.entities if e.label == "ORG"]


def test_a_subject_that_is_no_entity_before_nado_ga_stops_the_carried_actor() -> None:
    text = (
        "精密機器大手の北斗精機が28日に開いた株主総会で、社長の再任案が否決された。"
        "海外の投資ファンドなどが反対を呼びかけていた。"
    )
    call = next(e for e in read(text, PUBLISHED).events if e.text == "呼びかけ")
    assert call.actors == ()


@pytest.mark.parametrize(
    "text",
    [
        "ペルー外務省は9日、チリが7日にペルーの高官2人に資産凍結などの制裁を科したことについて「不当な圧力だ」と強く非難した。",
        "ペルー外務省は9日、チリが7日に外交官を追放したことを非難した。",
    ],
)
def test_a_reaction_to_a_past_act_made_a_noun_keeps_the_day_of_the_topic(text: str) -> None:
    found = read(text, PUBLISHED).events
    assert next(e for e in found if e.text == "非難").date == "2027-05-09"
    assert next(e for e in found if e.type == "SANCTION").date == "2027-05-07"


def test_the_time_of_what_is_asked_for_is_not_the_request_s() -> None:
    text = "ノルウェー外務省は6日、ロシア大使を呼び出して抗議し、外交官2人の今週中の出国を求めた。"
    asked = next(e for e in read(text, PUBLISHED).events if e.text == "求め")
    assert asked.date == "2027-05-06"
    own = "ノルウェー外務省は12日の記者会見で撤回を求めた。"
    assert next(e for e in read(own, PUBLISHED).events if e.text == "求め").date == "2027-04-12"


def test_cooperation_promised_in_a_statement_takes_no_day_from_it() -> None:
    text = (
        "米州機構（OAS）は14日、声明で判決を歓迎し、選挙制度の整備に向けてペルー政府に協力する考えを示した。"
    )
    helped = next(e for e in read(text, PUBLISHED).events if e.text == "協力")
    assert (helped.status, helped.date) == ("planned", None)


def test_cooperation_a_signed_pact_is_to_strengthen_is_planned_and_undated() -> None:
    text = (
        "ニュージーランドのハワード外相とトンガのファカ外相は29日、首都で会談し、"
        "警察や沿岸警備の分野で協力を強める安全保障協定に署名した。"
    )
    found = read(text, PUBLISHED).events
    helped = next(e for e in found if e.text == "協力")
    assert (helped.status, helped.date) == ("planned", None)
    assert next(e for e in found if e.text == "署名").date == "2027-04-29"


def test_the_terms_of_help_are_no_help_given() -> None:
    text = (
        "財務省は市の会計について調査を進めており、支援の条件として予算執行を監視する権限を求める見通しだ。"
    )
    assert not [e for e in read(text, PUBLISHED).events if e.type == "AID"]
    given = "財務省は10日、市への財政支援を決めた。"
    assert [e.type for e in read(given, PUBLISHED).events] == ["AID"]


def test_a_protest_named_again_in_a_clause_about_its_organisers_is_the_same_one() -> None:
    text = (
        "首都で24日、タクシー運転手ら約5000人が抗議デモを行った。"
        "県警は同日夜までに、デモを主催した運転手組合のトルガ委員長ら37人を拘束した。"
    )
    protests = [e for e in read(text, PUBLISHED).events if e.type == "PROTEST"]
    assert [(e.text, e.date) for e in protests] == [("抗議デモ", "2027-04-24")]
