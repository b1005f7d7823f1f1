"""Session 8's round on batches 57-64: sentences of our own (the partner of talks, regional banks)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2028, 6, 10, 9, 0, tzinfo=timezone(timedelta(hours=9)))


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("スペインのガルシア外相は来週、マドリードで国連の通商担当官と会談する予定だ。", "国際連合"),
        ("ドイツのミュラー経済相は19日、トヨタ自動車の欧州本社の経営陣と電話で協議した。", "トヨタ自動車"),
        ("オランダのデフリース貿易相は来週、欧州委員会の担当委員と会談する予定だ。", "欧州委員会"),
    ],
)
def test_a_body_named_through_its_officers_is_the_partner_of_talks(text: str, partner: str) -> None:
    reading = read(text, PUBLISHED)
    talks = next(e for e in reading.events if e.type == "CONSULT")
    assert partner in [a.name for a in talks.actors]
    assert len(talks.actors) == 2


def test_a_place_before_a_body_is_not_taken_for_its_officers() -> None:
    reading = read("フランスのデュボワ外相は来週、パリの大使館で担当者と会談する予定だ。", PUBLISHED)
    talks = next(e for e in reading.events if e.type == "CONSULT")
    assert [a.name for a in talks.actors] == ["デュボワ"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("野党の党首は、支持者に12日に首都でデモを行うよう呼びかけた。", "2028-06-12"),
        ("大統領は、14日にも野党の指導者らと会談する用意があるとの考えを示した。", "2028-06-14"),
        ("労組が先月20日から続けているストを巡り、政府は9日、スト中止を命じた。", "2028-06-09"),
    ],
)
def test_a_bare_day_asked_for_offered_or_after_last_month_is_this_months(text: str, value: str) -> None:
    reading = read(text, PUBLISHED)
    bare = [t for t in reading.times if t.text.endswith("日") and not t.text.startswith("先月")]
    assert bare[0].value == value


def test_a_bare_day_after_a_named_past_month_still_carries_it() -> None:
    reading = read("労組は先月20日にストに入り、25日にデモを行った。", PUBLISHED)
    assert [t.value for t in reading.times] == ["2028-05-20", "2028-05-25"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("タイ財務省の物品税局は5日、国内の酒造会社に罰金を科した。", "物品税局"),
        ("ブラジル南部パラナ州の環境局は5日、工場の調査を始めた。", "環境局"),
        ("ケニアの労働審判所は5日、解雇を無効とする判断を示した。", "労働審判所"),
    ],
)
def test_a_body_of_a_countrys_ministry_or_state_is_an_organisation(text: str, body: str) -> None:
    reading = read(text, PUBLISHED)
    assert body in {e.name for e in reading.entities if e.label == "ORG"}


def test_a_bureau_of_an_unnamed_owner_is_no_name() -> None:
    reading = read("同省の担当局は5日、調査を始めた。", PUBLISHED)
    assert not [e for e in reading.entities if e.label == "ORG" and e.name.endswith("担当局")]


def test_a_body_found_from_its_context_is_found_again_when_written_alone() -> None:
    text = "タイ財務省の物品税局は5日、酒造会社に罰金を科した。物品税局は昨年5月から同社を調査していた。"
    reading = read(text, PUBLISHED)
    bureau = next(e for e in reading.entities if e.name == "物品税局")
    assert len([m for m in bureau.mentions if not m.anaphoric]) == 2
    probe = next(e for e in reading.events if e.type == "INVESTIGATE")
    assert [a.name for a in probe.actors] == ["物品税局"]


def test_a_name_inside_a_longer_word_is_not_found_again() -> None:
    text = "タイ財務省の物品税局は5日、罰金を科した。地方物品税局長は反発した。"
    bureau = next(e for e in read(text, PUBLISHED).entities if e.name == "物品税局")
    assert len([m for m in bureau.mentions if not m.anaphoric]) == 1


def test_a_dotted_ministry_with_a_katakana_field_is_a_title() -> None:
    reading = read("ケニアのオチエン文化・スポーツ相は7日、「残念だ」と述べた。", PUBLISHED)
    assert reading.quotes[0].speaker_name == "オチエン"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("全国自動車労組など主要5労組は28日、首都でデモを行った。", "全国自動車労組"),
        ("国境なき医師団など複数の団体は28日、医薬品の支援を表明した。", "国境なき医師団"),
    ],
)
def test_the_one_named_before_a_counted_kind_after_nado_acts(text: str, actor: str) -> None:
    event = read(text, PUBLISHED).events[0]
    assert [a.name for a in event.actors] == [actor]


def test_a_european_commissioner_is_a_person_who_speaks_and_acts() -> None:
    text = "EUのシュミット欧州委員（競争担当）は7日、「容認できない」と述べ、同社の姿勢を批判した。"
    reading = read(text, PUBLISHED)
    assert reading.quotes[0].speaker_name == "シュミット"
    accuse = next(e for e in reading.events if e.type == "ACCUSE")
    assert [a.name for a in accuse.actors] == ["シュミット"]


def test_ryokoku_stands_for_the_pair_that_met_though_a_third_country_was_named_since() -> None:
    text = (
        "チリのロハス鉱業相とペルーのキスペ経済相は8日、リマで会談し、銅の輸出で協力することで合意した。"
        "銅はボリビアを経由して運ばれる。両国は来月、ブラジルと閣僚会合を開く予定だ。"
    )
    reading = read(text, PUBLISHED)
    pair = next(e for e in reading.entities if e.name == "両国")
    names = {e.id: e.name for e in reading.entities}
    assert sorted(names[member] for member in pair.members) == ["チリ", "ペルー"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "チリのロハス鉱業相は1日、会見した。同相は、来月、ペルーと合同の調査を行う方向で調整していることも明らかにした。",
            "来月、ペルーと合同の調査を行う方向で調整している",
            "ロハス",
        ),
        (
            "カナダのリー社長は1日、会見した。同氏は、当局の調べに全面的に協力するとした上で、辞任は否定した。",
            "当局の調べに全面的に協力する",
            "リー",
        ),
    ],
)
def test_a_statement_told_with_koto_mo_or_to_shita_ue_de_is_an_indirect_quote(
    text: str, content: str, speaker: str
) -> None:
    quote = next(q for q in read(text, PUBLISHED).quotes if q.kind == "indirect")
    assert (quote.text, quote.speaker_name) == (content, speaker)


def test_a_direct_quote_before_to_shita_ue_de_is_no_indirect_one() -> None:
    text = "ロペス大統領は7日、「判断を尊重する」とした上で、計画を凍結した。"
    quotes = read(text, PUBLISHED).quotes
    assert not [q for q in quotes if q.kind == "indirect"]


def test_partners_listed_with_their_countries_before_to_all_take_part() -> None:
    text = "タイのスリヤ首相は8日、バンコクでラオスのポンサワン外相、ベトナムのグエン外相と3者会談を行った。"
    talks = next(e for e in read(text, PUBLISHED).events if e.type == "CONSULT")
    assert [a.name for a in talks.actors] == ["スリヤ", "ポンサワン", "グエン"]


def test_bare_member_states_are_no_entity_and_the_body_holds_their_talks() -> None:
    reading = read("欧州連合（EU）は23日、ブリュッセルで加盟国の閣僚による協議を開いた。", PUBLISHED)
    assert "加盟国" not in {e.name for e in reading.entities}
    talks = next(e for e in reading.events if e.type == "CONSULT")
    assert [a.name for a in talks.actors] == ["欧州連合"]


def test_dou_with_the_tail_of_a_name_written_before_refers_to_it() -> None:
    text = "全日本自動車産業労組大阪支部は3日、ストに入った。同支部は賃上げを要求した。"
    reading = read(text, PUBLISHED)
    branch = next(e for e in reading.entities if e.name == "全日本自動車産業労組大阪支部")
    assert [m.text for m in branch.mentions] == ["全日本自動車産業労組大阪支部", "同支部"]
    request = next(e for e in reading.events if e.type == "REQUEST")
    assert [a.name for a in request.actors] == ["全日本自動車産業労組大阪支部"]


def test_dou_with_a_word_that_ends_no_earlier_name_is_no_organisation() -> None:
    reading = read("政府は3日、対策を決めた。同地域は大雨の被害が大きい。", PUBLISHED)
    assert not [e for e in reading.entities if e.label == "ORG"]


def test_a_regional_bank_named_chuo_is_one_organisation() -> None:
    text = "山形県の最上中央銀行と長野県の信州北銀行は27日、経営統合で基本合意した。"
    reading = read(text, PUBLISHED)
    assert "最上中央銀行" in {e.name for e in reading.entities if e.label == "ORG"}
    assert "中央" not in {e.name for e in reading.entities}
    agree = next(e for e in reading.events if e.type == "AGREE")
    assert [a.name for a in agree.actors] == ["最上中央銀行", "信州北銀行"]


def test_ryoutoukyoku_stands_for_the_two_authorities_named_before() -> None:
    text = "公正取引委員会は3日、立ち入り検査した。欧州委員会も調査を進めており、両当局は連携する見通しだ。"
    reading = read(text, PUBLISHED)
    cooperate = next(e for e in reading.events if e.type == "COOPERATE")
    assert sorted(a.name for a in cooperate.actors) == ["公正取引委員会", "欧州委員会"]


def test_a_chamber_of_commerce_is_an_organisation_that_acts() -> None:
    text = (
        "労働者側の全国金属労組が賃上げを要求したのに対し、使用者側の米国商工会議所は負担が重いと批判した。"
    )
    reading = read(text, PUBLISHED)
    accuse = next(e for e in reading.events if e.type == "ACCUSE")
    assert [a.name for a in accuse.actors] == ["米国商工会議所"]
