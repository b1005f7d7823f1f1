"""Session 10's third round (batches 89-96): sentences of our own for the structural classes that
recur across batches (companies named after their line of industry)."""

from __future__ import annotations

import pytest
from round_sentences import PUBLISHED, actors, orgs

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("大成製鋼は8日、新しい工場を建てると発表した。", "大成製鋼"),
        ("東和通商と北陽金属は8日、販売で提携した。", "北陽金属"),
        ("光栄モーターの社長は8日、記者会見を開いた。", "光栄モーター"),
        ("瀬戸内スチールは値上げを決めた。", "瀬戸内スチール"),
        ("南星水産は8日、漁船の運航を再開した。", "南星水産"),
        ("原告は鉄鋼大手「北辰製鋼」を相手取って提訴した。", "北辰製鋼"),
        ("北辰製鋼の小野寺健一社長は8日、記者会見した。", "北辰製鋼"),
    ],
)
def test_a_company_named_after_its_line_of_industry(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "韓国鉄鋼の輸出が減った。",
        "電子出版の市場が広がる。",
        "遠洋漁業の船が港に戻った。",
        "ロシア水産の統計が出た。",
    ],
)
def test_an_industry_is_no_company(text: str) -> None:
    assert orgs(text) == set()


def test_a_company_of_an_industry_acts() -> None:
    found = actors("明星出版は8日、週刊誌の記事について謝罪した。")
    assert found["謝罪"] == {"明星出版"}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "森外相は来週、東京でフランスやイタリアの大使らと会談する予定だ。",
            "会談",
            {"森", "フランス", "イタリア"},
        ),
        ("東和通商は来月、北陽金属の幹部と協議する。", "協議", {"東和通商", "北陽金属"}),
        ("上田氏は8日、ブラジルの交渉担当者と会談した。", "会談", {"上田", "ブラジル"}),
        # a person's title after the owner is the person, not a body's staff
        ("自民党の石川総裁は8日、国民民主党の玉田代表と会談した。", "会談", {"石川", "玉田"}),
    ],
)
def test_a_body_meets_through_its_staff(text: str, trigger: str, expected: set[str]) -> None:
    assert actors(text)[trigger] == expected


def dates(text: str) -> dict[str, str | None]:
    return {e.text: e.date for e in read(text, PUBLISHED).events}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("福岡県の田中知事は7日、北九州市と連携して住民への説明に当たる考えを示した。", "連携"),
        ("全国銀行協会も7日、会員各社と連携して不正な送金の監視を強める方針を示した。", "連携"),
        ("ブラジルのシルバ財務相は7日、追加の資本注入で同社を支援する方針を示した。", "支援"),
    ],
)
def test_help_intended_on_a_statement_day_is_undated(text: str, trigger: str) -> None:
    assert dates(text)[trigger] is None


def test_help_given_keeps_its_day() -> None:
    assert dates("日本は7日、ケニアに食料を支援した。")["支援"] == "2028-03-07"


def triggers(text: str) -> list[str]:
    return [e.text for e in read(text, PUBLISHED).events]


@pytest.mark.parametrize(
    "text",
    [
        "現行の契約は31日に期限を迎える。",
        "両社は来月、契約量を増やすかどうかを協議する。",
        "同社は契約上の義務を果たさなかった。",
    ],
)
def test_a_contract_named_is_no_agreement(text: str) -> None:
    assert "契約" not in triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "東和通商は7日、北陽金属と長期の供給契約を結んだ。",
        "議会は、同社が昨年ペルー政府と結んだ売却契約について審議した。",
        "同省は、海外メーカーとの契約を断念した。",
    ],
)
def test_a_contract_made_or_given_up_is_an_agreement(text: str) -> None:
    assert "契約" in triggers(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("台湾の海岸巡防署（海巡署）は7日、漁船の乗組員を拘束したと発表した。", "海岸巡防署"),
        ("韓国の大法院（最高裁）は7日、同社の上告を棄却した。", "大法院"),
        ("フィリピンの国家捜査局は7日、容疑者を逮捕した。", "国家捜査局"),
    ],
)
def test_a_body_of_a_state_before_its_short_name(text: str, name: str) -> None:
    assert name in orgs(text)


def test_a_kind_of_station_of_a_state_is_no_body() -> None:
    assert orgs("タイの警察署は閉鎖された。") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("韓国のゲーム開発会社ハヌル・ソフトが配信するゲームだ。", "ハヌル・ソフト"),
        ("物流サービス会社ノルデンは7日、撤退を発表した。", "ノルデン"),
    ],
)
def test_a_company_after_its_line_of_business(text: str, name: str) -> None:
    assert name in orgs(text)


def test_the_body_named_by_its_kind_is_the_anaphor() -> None:
    found = actors(
        "環境団体「グリーン・ノルド」は7日、提訴した。連立を組む政党「新しい道」のハンセン党首は同日、"
        "上訴を求めた。同団体は、政府が上訴すれば、デモを行う考えを示している。"
    )
    assert found["デモ"] == {"グリーン・ノルド"}


def test_a_reported_subject_does_not_act_in_the_next_clause() -> None:
    found = actors("自由党は、田中首相が要求を拒否したと主張しており、来月3日に全国でデモを行う方針だ。")
    assert found["デモ"] == {"自由党"}


def test_two_days_joined_by_to_start_on_the_first() -> None:
    assert dates("自由党は、来月3日と4日の両日、全国でストライキを行う方針だ。")["ストライキ"] == "2028-04-03"


def test_a_body_acts_through_its_staff_written_without_no() -> None:
    found = actors(
        "首相は18日に最大野党・国民会議党のプラダン総裁と会談する見通し。"
        "ただ、同党幹部は、首相が計画を撤回しない限り協力しない考えを示した。"
    )
    assert found["協力"] == {"国民会議党"}


def test_the_subject_of_an_unless_clause_without_comma_is_no_actor() -> None:
    found = actors(
        "ネパールのギミレ首相は17日、会見した。首相は18日に最大野党・国民会議党のプラダン総裁と会談する見通し。"
        "ただ、同党幹部は、首相が計画を撤回しない限り協力しない考えを示した。"
    )
    assert found["協力"] == {"国民会議党"}


def statuses(text: str) -> dict[str, str]:
    return {e.text: e.status for e in read(text, PUBLISHED).events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "両首相は、ロシア軍による無人機の攻撃が続くウクライナへの支援を強化することで一致した。",
            "occurred",
        ),
        ("同国では今年に入って武装勢力による送電網への攻撃が相次ぎ、停電が広がる見通しだ。", "occurred"),
        ("武装勢力による攻撃が続く恐れがある。", "hedged"),
    ],
)
def test_acts_that_go_on_have_happened(text: str, expected: str) -> None:
    assert statuses(text)["攻撃"] == expected


@pytest.mark.parametrize(
    ("text", "is_sanction"),
    [
        ("タイ政府は7日、輸入する鉄鋼に最大20％の緊急関税を課すと発表した。", False),
        ("米国は7日、中国製の電池に追加関税を課すと発表した。", True),
        ("ブラジルは報復関税を課す方針を示した。", True),
    ],
)
def test_only_a_punitive_tariff_is_a_sanction(text: str, is_sanction: bool) -> None:
    types = {e.type for e in read(text, PUBLISHED).events}
    assert ("SANCTION" in types) is is_sanction


def test_countries_listed_before_a_counted_meeting_hold_it() -> None:
    found = actors("政府は7日、フランス、ドイツ、イタリアの3カ国による首脳会議を来月開く方向で調整に入った。")
    assert found["首脳会議"] == {"フランス", "ドイツ", "イタリア"}
