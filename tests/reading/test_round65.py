"""Session 8's round on batches 65-68: sentences of our own (companies named after their kind)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2029, 3, 9, 19, 0, tzinfo=timezone(timedelta(hours=9)))


def orgs(text: str) -> list[str]:
    return [e.name for e in read(text, PUBLISHED).entities if e.label == "ORG"]


def test_a_rival_named_after_dou_gyou_no_is_an_org() -> None:
    text = "一方、同業のアオバストアは8日、従業員の時給を平均6％引き上げると発表した。"
    assert "アオバストア" in orgs(text)


def test_one_of_several_companies_named_after_a_comma_is_an_org() -> None:
    text = "荷主側の一社、ハヤテ運送は声明で、運賃の見直しに応じる考えを示した。"
    assert "ハヤテ運送" in orgs(text) or "ハヤテ" in orgs(text)


def test_a_katakana_shop_name_ending_in_ya_or_dou_is_an_org() -> None:
    assert "コマチ屋" in orgs("百貨店大手、コマチ屋は7日、全店で営業時間を短縮すると発表した。")
    assert "ツバキ堂" in orgs("菓子メーカーのツバキ堂は7日、値上げを発表した。")


def test_one_company_without_a_comma_is_no_name() -> None:
    assert orgs("同社は一社で事業を続ける方針だ。") == []


def test_a_day_in_a_plan_stated_with_to_shite_iru_is_ahead() -> None:
    published = datetime(2030, 4, 16, 7, 0, tzinfo=timezone(timedelta(hours=9)))
    text = "同国は先月末、計画を発表した。一方、労働組合は19日に首都で集会を開くとしている。"
    values = {t.text: t.value for t in read(text, published).times}
    assert values["19日"] == "2030-04-19"


def test_a_one_kanji_given_name_before_a_mayor_keeps_the_office_whole() -> None:
    reading = read("一方、松本市の田中誠市長は28日、記者団に対し「残念だ」と語った。", PUBLISHED)
    assert [q.speaker_name for q in reading.quotes] == ["田中誠"]
    assert "田中誠市" not in [e.name for e in reading.entities]


def test_the_spokesperson_of_a_head_office_speaks_for_the_office() -> None:
    reading = read("首相府の報道官によると、首相は来週にも野党党首と会談する見通しだ。", PUBLISHED)
    assert [q.speaker_name for q in reading.quotes] == ["首相府"]
    assert orgs("首相は同日、首相府で閣僚と会合を開いた。") == []


def test_a_ministry_bureau_named_alone_later_is_an_org_that_speaks() -> None:
    text = "米農務省森林局は8日、山火事の被害を発表した。森林局によると、焼失面積は2万ヘクタールに上る。"
    reading = read(text, PUBLISHED)
    mentions = [m.text for e in reading.entities if e.label == "ORG" for m in e.mentions]
    assert mentions == ["米農務省森林局", "森林局"]
    assert [q.speaker_name for q in reading.quotes] == ["森林局"]


def test_same_day_after_a_topic_day_skips_a_day_inside_a_modifier_clause() -> None:
    published = datetime(2030, 5, 19, 8, 0, tzinfo=timezone(timedelta(hours=9)))
    text = (
        "選挙委員会は18日、15日に行われた大統領選の確定結果を発表した。"
        "野党のガルシア党首は同日、記者会見を開いた。"
    )
    values = {t.text: t.value for t in read(text, published).times}
    assert values["同日"] == "2030-05-18"
    text = "同大学は18日、12日に実施した入学試験の問題が試験の前日に流出していたと発表した。"
    values = {t.text: t.value for t in read(text, published).times}
    assert values["前日"] == "2030-05-11"


def test_a_council_of_unions_keeps_its_whole_name_and_its_anaphor() -> None:
    text = "東京都個人タクシー組合会は8日、都に運賃の見直しを要請した。同会は来月、総会を開く。"
    mentions = [m.text for e in read(text, PUBLISHED).entities if e.label == "ORG" for m in e.mentions]
    assert mentions == ["東京都個人タクシー組合会", "同会"]


def test_a_council_of_a_ministry_named_after_it_is_an_org() -> None:
    assert orgs("総務省の情報通信審議会は8日、答申をまとめた。") == ["総務省", "情報通信審議会"]
    assert orgs("同省の情報通信審議会は8日、答申をまとめた。") == ["情報通信審議会"]


def test_an_institute_before_its_acronym_is_an_org() -> None:
    reading = read("韓国科学技術研究院（KIST）は2日、新型電池を発表した。", PUBLISHED)
    mentions = [m.text for e in reading.entities if e.label == "ORG" for m in e.mentions]
    assert mentions == ["韓国科学技術研究院", "KIST"]
