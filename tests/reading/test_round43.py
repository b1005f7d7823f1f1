"""Session 7's fourth round on batches 43-44: sentences of our own (joined names, fronts, tomorrow)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2027, 3, 10, 21, 0, tzinfo=timezone(timedelta(hours=9)))


def names(text: str) -> list[tuple[str, str]]:
    return [(e.name, e.label) for e in read(text, PUBLISHED).entities]


def actors(text: str, trigger: str) -> list[str]:
    event = next(e for e in read(text, PUBLISHED).events if e.text == trigger)
    return sorted(a.name for a in event.actors)


def test_a_second_bracketed_name_joined_to_the_first_shares_its_kind() -> None:
    text = "武装組織「北部自由連隊」と「沿岸守備隊」は9日、停戦に合意した。"
    assert ("沿岸守備隊", "ORG") in names(text)
    text = "政党「未来の声」や「緑の道」が8日、連立を組んだ。"
    assert ("緑の道", "ORG") in names(text)


def test_both_sides_named_in_brackets_act_together_later() -> None:
    text = (
        "武装勢力「西部革命戦線」と「山岳人民隊」は9日、停戦に合意した。"
        "双方は首都で2日間協議し、文書に署名した。"
    )
    assert actors(text, "署名") == ["山岳人民隊", "西部革命戦線"]


def test_a_front_named_before_is_what_the_same_front_means() -> None:
    text = "労働団体「国民統一戦線」は9日、抗議集会を開いた。政府は同戦線との協議に応じる方針だ。"
    found = [(m.text, e.name) for e in read(text, PUBLISHED).entities for m in e.mentions]
    assert ("同戦線", "国民統一戦線") in found


def test_the_day_after_publication_is_tomorrow_even_in_a_past_sentence() -> None:
    text = "文書では、双方が11日正午から部隊を撤退させるとしている。"
    values = [(t.text, t.value) for t in read(text, PUBLISHED).times]
    assert values[0][1] == "2027-03-11T12:00"
    text = "地震は28日に起きた。"  # a later day of the month is still last month's
    assert [t.value for t in read(text, PUBLISHED).times] == ["2027-02-28"]


def test_both_sides_inside_a_document_clause_are_both_actors() -> None:
    text = (
        "武装組織「北部自由連隊」と「沿岸守備隊」は9日、停戦に合意した。"
        "合意文書では、双方が11日から前線から撤退するとしている。"
    )
    assert actors(text, "撤退") == ["北部自由連隊", "沿岸守備隊"]


def test_a_pair_word_stands_for_the_two_bodies_named_together() -> None:
    text = (
        "武装組織「北部自由連隊」と「沿岸守備隊」は9日、国連の仲介で停戦に合意した。"
        "アフリカ連合も歓迎した。両勢力は昨年から衝突を繰り返してきた。"
    )
    assert actors(text, "衝突") == ["北部自由連隊", "沿岸守備隊"]


def test_a_court_named_before_its_acronym_lends_it_to_later_mentions() -> None:
    text = "選手は国際陸上仲裁裁判所（IAC）に提訴した。IACは受理した。"
    found = [(m.text, e.name) for e in read(text, PUBLISHED).entities for m in e.mentions]
    assert ("IAC", "国際陸上仲裁裁判所") in found


def test_a_hospital_named_by_its_place_is_a_body_a_kind_of_hospital_is_not() -> None:
    text = "東部のアーネム大学病院は7日、身代金の支払いを拒否した。同病院によると、データが盗まれた。"
    found = [(m.text, e.name) for e in read(text, PUBLISHED).entities for m in e.mentions]
    assert ("同病院", "アーネム大学病院") in found
    assert ("公立病院", "ORG") not in names("ジンバブエの公立病院では医師が不足している。")


def test_a_fishing_company_has_a_katakana_name_a_country_fishery_is_none() -> None:
    assert ("ポラリス漁業", "ORG") in names("当局はポラリス漁業に制裁を科した。")
    assert ("ノルウェー漁業", "ORG") not in names("ノルウェー漁業は打撃を受けた。")
    assert ("遠洋漁業", "ORG") not in names("遠洋漁業の船が戻った。")


def test_a_numbered_district_body_acts_and_is_what_the_same_office_means() -> None:
    text = "第3管区海上保安本部によると、貨物船が座礁した。同本部は巡視船を現場に派遣した。"
    assert actors(text, "派遣") == ["第3管区海上保安本部"]


def test_a_bracketed_party_named_again_without_brackets_acts() -> None:
    text = (
        "選管は14日、野党「明日の会」が擁立した候補の届け出を拒否した。明日の会は同日、選管に撤回を求めた。"
    )
    assert actors(text, "求め") == ["明日の会"]


def test_the_day_a_span_starts_is_not_the_date_later_ongoing_acts_inherit() -> None:
    text = (
        "市立病院は9日、システムが攻撃を受けたと明らかにした。外来の受け付けは5日から止まっている。"
        "州警察は連邦警察と連携して捜査を進めている。"
    )
    dated = {e.text: e.date for e in read(text, PUBLISHED).events}
    assert dated["捜査"] == "2027-03-09"


def test_a_time_written_with_the_act_beats_one_of_an_earlier_clause() -> None:
    text = "首相は同日夜の演説で「やむを得ない」と述べる一方、労組との協議を12日に行う考えを示した。"
    assert [(e.text, e.date) for e in read(text, PUBLISHED).events] == [("協議", "2027-03-12")]


def test_a_year_that_owns_what_is_agreed_on_is_not_the_agreements_date() -> None:
    text = "両国は昨年11月に首都で協議を開き、来年の関税率で合意していた。"
    dated = {e.text: e.date for e in read(text, PUBLISHED).events}
    assert dated["合意"] == "2026-11"


def test_a_place_of_a_noun_does_not_split_one_meeting_in_two() -> None:
    text = "一方、フランスのデュボワ外相とスペインのロペス外相は来週、マドリードで会談し、地中海での密漁の取り締まりについて話し合う予定だ。"
    assert [e.type for e in read(text, PUBLISHED).events] == ["CONSULT"]


def test_an_act_chained_to_an_announced_plan_is_part_of_the_plan() -> None:
    text = "国防相は9日、部隊を北部に派遣し、住民の避難を支援すると発表した。"
    assert [(e.text, e.status) for e in read(text, PUBLISHED).events] == [("派遣", "planned")]
    text = "国防相は9日、部隊を北部に派遣し、住民の避難を支援したと発表した。"
    assert [(e.text, e.status) for e in read(text, PUBLISHED).events] == [("派遣", "occurred")]


def test_asking_through_an_act_still_intended_is_planned() -> None:
    text = "選手は9日、「不当だ」と述べ、処分の撤回を求めて裁判所に訴える考えを示した。"
    assert [(e.text, e.status) for e in read(text, PUBLISHED).events if e.type == "REQUEST"] == [
        ("求め", "planned")
    ]


def test_a_planned_month_after_a_past_year_in_one_sentence_is_ahead() -> None:
    text = "協定は両国が昨年10月に署名したもので、両国の首相は5月中旬に会談する予定だ。"
    values = {t.text: t.value for t in read(text, PUBLISHED).times}
    assert values["昨年10月"] == "2026-10"
    assert values["5月中旬"] == "2027-05"


def test_the_company_means_the_one_whose_union_was_just_named() -> None:
    text = (
        "北斗電機と韓国の大韓精密は9日、合弁会社の設立で合意した。出資比率は北斗電機が60％、大韓精密が40％となる。"
        "一方、北斗電機労働組合は同社に説明を求めている。"
    )
    found = [(m.text, e.name) for e in read(text, PUBLISHED).entities for m in e.mentions]
    assert ("同社", "北斗電機") in found


def test_a_plain_topic_before_then_carries_no_earlier_speaker() -> None:
    text = "ノバク氏は広場で演説し、「不当だ」と批判した。支持者らはその後、議会前までデモ行進した。"
    assert actors(text, "デモ") == []


def test_an_act_that_describes_a_thing_is_done_whatever_follows() -> None:
    text = "協定はフランスとスペインが昨年11月に署名したもので、両国の外相は5月上旬に会談する予定だ。"
    assert [(e.text, e.status) for e in read(text, PUBLISHED).events] == [
        ("署名", "occurred"),
        ("会談", "planned"),
    ]


def test_a_un_body_named_again_without_un_is_the_same_body() -> None:
    text = "国連人権理事会は9日、声明を出した。人権理事会は来月、ジュネーブで会合を開く予定だ。"
    assert actors(text, "会合") == ["国連人権理事会"]


def test_the_heads_of_bodies_are_titles_that_make_the_speaker() -> None:
    text = "北浜漁業協同組合の山田太郎組合長は「被害は大きい」と訴えた。"
    assert [q.speaker_name for q in read(text, PUBLISHED).quotes] == ["山田太郎"]
    mentions = [
        m.text
        for e in read("市立美術館の佐藤一郎館長は9日、記者会見した。", PUBLISHED).entities
        for m in e.mentions
    ]
    assert "佐藤一郎館長" in mentions


def test_the_topic_a_relative_clause_describes_is_the_speaker() -> None:
    text = "欧州評議会が任命したグルシャ特別報告者は9日、政府が入国を拒否したと明らかにした。"
    quotes = [(q.speaker_name, q.text) for q in read(text, PUBLISHED).quotes]
    assert quotes == [("グルシャ", "政府が入国を拒否した")]


def test_two_acts_of_one_type_with_their_own_times_stay_two() -> None:
    text = (
        "武装組織「北部自由連隊」と「沿岸守備隊」は9日、停戦に合意した。"
        "双方は11日から前線の部隊を撤退させ、拘束している住民を月内に釈放する。"
    )
    found = [
        (e.text, e.date) for e in read(text, PUBLISHED).events if e.type == "RETREAT" and e.text != "停戦"
    ]
    assert len(found) == 2
    assert {date for _, date in found} == {"2027-03-11", "2027-03"}


def test_the_same_day_skips_an_earlier_background_day() -> None:
    text = (
        "チリ政府は9日、寄港を拒否すると発表した。港では8日、住民ら数百人が抗議していた。\n\n"
        "外相は会見で理由を説明した。英外務省は同日、遺憾の意を示した。"
    )
    values = {t.text: t.value for t in read(text, PUBLISHED).times}
    assert values["同日"] == "2027-03-09"
