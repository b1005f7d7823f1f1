"""Session 11's first round (batches 97-100): sentences of our own for the classes that recur
across batches (acronyms written in full-width letters, ...)."""

from __future__ import annotations

import pytest
from round_sentences import PUBLISHED, actors, mention_texts, orgs, person_mentions

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]


def test_a_full_width_acronym_stands_for_the_name_before_it() -> None:
    text = "世界保健機関（ＷＨＯ）は8日、声明を出した。ＷＨＯの事務局長は各国に協力を求めた。"
    assert mention_texts(text)["世界保健機関"].count("ＷＨＯ") == 2


def test_a_full_width_acronym_inside_a_named_body_keeps_the_whole_name() -> None:
    text = "武装組織「7月4日戦線（Ｆ４）」は8日、拠点を移した。Ｆ４の幹部が明らかにした。"
    assert mention_texts(text)["7月4日戦線"].count("Ｆ４") == 2


def test_an_acronym_after_a_katakana_fund_named_after_a_comma() -> None:
    text = "米国の投資ファンド、ブルーハーバー・キャピタル（BHC）は8日、BHCの提案を公表した。"
    assert mention_texts(text)["ブルーハーバー・キャピタル"].count("BHC") == 2


@pytest.mark.parametrize(
    ("text", "name", "surface"),
    [
        (
            "大和重工のマリア・ロッシ財務担当取締役は8日、記者会見した。",
            "マリア・ロッシ",
            "マリア・ロッシ財務担当取締役",
        ),
        (
            "国連のハーパー平和活動担当事務次長は8日、声明を出した。",
            "ハーパー",
            "ハーパー平和活動担当事務次長",
        ),
        ("国連のモラレス事務総長報道官は8日、停戦を求めた。", "モラレス", "モラレス事務総長報道官"),
    ],
)
def test_a_field_of_charge_or_a_spokesperson_belongs_to_the_title(text: str, name: str, surface: str) -> None:
    assert person_mentions(text)[name] == [surface]


def test_a_titled_spokesperson_acts() -> None:
    found = actors("国連のモラレス事務総長報道官は8日、各国に人道支援の拡大を求めた。")
    assert found["求め"] == {"モラレス"}


def _org_surfaces(text: str) -> set[str]:
    """The surfaces of every organisation mention."""
    reading = read(text, PUBLISHED)
    return {text[m.start : m.end] for e in reading.entities if e.label == "ORG" for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("公明党市議団は8日、予算案に反対すると発表した。", "公明党市議団"),
        ("立憲民主党県議団の幹事長は8日、記者会見した。", "立憲民主党県議団"),
        ("北浜アスベスト訴訟原告団は8日、国に謝罪を求めた。", "北浜アスベスト訴訟原告団"),
        ("サンライト商事被害対策弁護団の団長は8日、記者会見した。", "サンライト商事被害対策弁護団"),
        ("一審仙台地裁の判決を支持した。", "仙台地裁"),
        ("控訴審の二審名古屋高裁金沢支部は8日、判決を言い渡した。", "名古屋高裁金沢支部"),
    ],
)
def test_caucuses_legal_teams_and_courts(text: str, surface: str) -> None:
    assert surface in _org_surfaces(text)


@pytest.mark.parametrize("text", ["弁護団は8日、記者会見した。", "原告弁護団は8日、上告した。"])
def test_a_legal_team_without_its_case_is_no_name(text: str) -> None:
    assert _org_surfaces(text) == set()


def test_a_legal_team_acts_through_its_anaphor() -> None:
    found = actors("北浜アスベスト訴訟原告団は7日に集会を開いた。同原告団は8日、国に謝罪を求めた。")
    assert found["求め"] == {"北浜アスベスト訴訟原告団"}


def _events(text: str) -> list[tuple[str, str, list[str], str | None, str]]:
    """Each event's type, trigger, actors, date and status."""
    return [
        (e.type, e.text, sorted(a.name for a in e.actors), e.date, e.status)
        for e in read(text, PUBLISHED).events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "交渉では、武装組織「北部戦線」が拘束している住民の解放が議題となる。",
        "政府は、記者を拘束していたのは治安当局だとの見方を示した。",
    ],
)
def test_a_detention_still_held_or_named_in_a_cleft_is_a_state(text: str) -> None:
    assert [e for e in _events(text) if e[0] == "COERCE"] == []


def test_a_detention_with_its_own_subject_in_the_past_is_an_act() -> None:
    found = _events("警察は8日、密売組織「黒竜会」が2月から拘束していた男性が保護されたと発表した。")
    assert [e[2] for e in found if e[0] == "COERCE"] == [["黒竜会"]]


@pytest.mark.parametrize(
    "text",
    [
        "ケニアの外相は8日、東京で林外相と会談し、日本の食料援助に謝意を表した。",
        "首相は8日、人質の解放を巡るフランス政府の協力に謝意を示した。",
    ],
)
def test_help_thanked_for_is_no_new_event(text: str) -> None:
    assert [e for e in _events(text) if e[0] in ("AID", "COOPERATE")] == []


def test_help_thanked_for_is_the_help_announced_before() -> None:
    text = "日本政府は7日、ケニアに食料支援を行うと発表した。ケニアの外相は8日、支援に謝意を示した。"
    aid = [e for e in _events(text) if e[0] == "AID"]
    assert len(aid) == 1 and aid[0][2] == ["日本"]


def test_a_country_and_a_body_addressed_together_are_no_partners() -> None:
    found = actors(
        "カタールの首相は8日、エジプトの情報長官と電話会談し、ロシアとタリバンに自制を求めることで一致した。"
    )
    assert "ロシア" not in found["一致"]


def test_a_board_member_met_is_the_company_met() -> None:
    found = actors("大和キャピタルは来月、北辰精工の社外取締役らと会う予定だ。")
    assert found["会う"] == {"大和キャピタル", "北辰精工"}


def test_the_subject_of_a_past_clause_on_the_act_named_did_it() -> None:
    text = "林外相は8日、中国が2月に実施した台湾海峡の軍事演習を非難した。"
    found = {e[0]: e for e in _events(text)}
    assert found["MOBILIZE"][2] == ["中国"] and found["MOBILIZE"][3] == "2028-02"
    assert found["ACCUSE"][3] == "2028-03-08"


def test_a_past_clause_on_an_attack_by_a_group_dates_the_attack() -> None:
    text = "村人らは、東部で先月中旬に起きた民兵による襲撃を受けて避難した。"
    assert [e[3] for e in _events(text) if e[0] == "ASSAULT"] == ["2028-02"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ロシア系のハッカー集団「ミッドナイト」が8日、犯行声明を出した。", "ミッドナイト"),
        ("攻撃を仕掛けたのはハッカー集団「ミッドナイト」で、データの公開を予告している。", "ミッドナイト"),
    ],
)
def test_a_group_named_in_brackets_after_its_kind(text: str, name: str) -> None:
    assert name in orgs(text)


def test_a_condition_stated_in_a_warning_does_not_govern_the_answer() -> None:
    text = "武装組織「東部戦線」は、政府が月末までに兵を引かなければ攻撃を再開すると警告しているが、政府は撤兵を拒否する方針だ。"
    assert [e[4] for e in _events(text) if e[0] == "REJECT"] == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "中国が拒否権を行使するのは2019年以来だ。",
        "インドは昨年10月、対抗措置として、米国産のナッツに追加関税を課した。",
    ],
)
def test_no_new_threat_or_rejection(text: str) -> None:
    assert [e for e in _events(text) if e[0] in ("THREATEN", "REJECT")] == []


def test_a_measure_in_a_condition_is_still_a_threat() -> None:
    text = "北朝鮮の外相は8日、合同演習が強行されれば、対抗措置として核実験を再開すると述べた。"
    assert [e[0] for e in _events(text)].count("THREATEN") == 1


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("検察は8日、5日朝に建設会社の本社に踏み込み、役員ら4人を逮捕したと発表した。", "2028-03-05"),
        ("警察は8日、6日に起きた事件を受け、幹部ら23人を逮捕した。", "2028-03-08"),
    ],
)
def test_a_raid_with_its_own_time_dates_the_arrest(text: str, date: str) -> None:
    assert [e[3] for e in _events(text) if e[0] == "COERCE"] == [date]


def test_a_resolution_speaks_for_the_body_that_adopted_it() -> None:
    text = "国連安全保障理事会は8日、シリア情勢を巡る決議を採択した。決議は、当事者に人道支援の受け入れを求めた。"
    found = actors(text)
    assert found["求め"] == {"国連安全保障理事会"}


def test_a_quoted_criticism_before_a_plan_was_made() -> None:
    text = "知事は8日、新庁舎の計画を発表した。一方、公明党は「財源が示されていない」と批判し、計画の見直しを求める方針だ。"
    found = {e[0]: e for e in _events(text)}
    assert found["ACCUSE"][2:] == (["公明党"], "2028-03-08", "occurred")
    assert found["REQUEST"][4] == "planned"


def test_an_ongoing_act_in_polite_form_has_happened() -> None:
    text = "気象庁は8日、大雨特別警報を出しました。同庁は、川に近づかないよう呼びかけています。"
    assert [e[3:] for e in _events(text) if e[0] == "REQUEST"] == [("2028-03-08", "occurred")]


def test_a_remark_on_an_act_after_so_long_is_no_new_event() -> None:
    text = "拘束されていた船員が8日、釈放された。船員は昨年12月に拘束され、約3カ月ぶりの解放となった。"
    assert len([e for e in _events(text) if e[0] == "RETREAT"]) == 1


def test_relief_at_an_act_names_the_act_reported_before() -> None:
    text = "拘束されていた船員が8日、釈放された。首相は「船員らが釈放されたことに深く安堵した」と語った。"
    assert len([e for e in _events(text) if e[0] == "RETREAT"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "遺族会は8日、県に対し、事故の原因を検証する第三者委員会の設置を求めた。",
        "県は8日、事故の原因を調査するチームを設けると発表した。",
    ],
)
def test_the_task_of_a_body_set_up_is_no_inquiry(text: str) -> None:
    assert [e for e in _events(text) if e[0] == "INVESTIGATE"] == []


def test_a_kind_of_act_asked_for_is_no_accusation() -> None:
    text = "労組の委員長は8日、組合員に抗議行動への参加を求めた。"
    assert [e for e in _events(text) if e[0] == "ACCUSE"] == []


def test_a_company_named_after_composites_acts() -> None:
    assert "東邦複合材" in orgs("部品メーカーの東邦複合材は8日、新工場を建てると発表した。")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "札幌市の中村拓也市長は8日、ドイツ南部のミュンヘン市と友好都市協定を結ぶため、5月に同市を訪問すると発表した。",
            "訪問",
            {"中村拓也"},
        ),
        (
            "ベトナムのグエン外相は8日、フィリピンのレイエス外相と会談し、漁業者を守るため、連携を強化することで一致した。",
            "一致",
            {"グエン", "レイエス"},
        ),
    ],
)
def test_a_partner_inside_a_clause_of_aim_is_the_aims(text: str, trigger: str, expected: set[str]) -> None:
    assert actors(text)[trigger] == expected
