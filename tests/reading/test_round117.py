"""Session 12's second round (batches 117-120 and the kinds of event error since batch 97):
sentences of our own for the kinds that recur across batches (spurious drills and pledges, ...)."""

from __future__ import annotations

import pytest
from round_sentences import PUBLISHED, actors, events

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]


@pytest.mark.parametrize(
    "text",
    [
        # a drill written 訓練 (joint, firing, landing), planned or held: the annotations mark none
        "両国の防衛相は、沿岸警備隊による共同訓練を来年から拡大する方針を確認した。",
        "インドネシア海軍は来月、ジャワ海で豪海軍との合同訓練を予定している。",
        "陸軍の砲兵部隊が4日、北部の山岳地帯で初めて射撃訓練を行った。",
    ],
)
def test_a_drill_named_kunren_is_no_event(text: str) -> None:
    assert [e for e in events(text) if e[0] == "MOBILIZE"] == []


def test_an_exercise_named_enshu_stays_a_mobilisation() -> None:
    """Deliberate guard: 演習 is the annotations' drill, held by the countries written before it."""
    assert actors("インドネシアとオーストラリアは来月、ジャワ海で合同演習を行う予定だ。")["演習"] == {
        "インドネシア",
        "オーストラリア",
    }


@pytest.mark.parametrize(
    "text",
    [
        # money put in with no help named in the clause: a pledge, no AID event (none of 33 marked)
        "カナダ政府も来年度中に約300万ドルを追加で拠出する方針だ。",
        "ノルウェーの開発相は会合で、送電網の再建のため約2億ドルを拠出する考えを示した。",
        "各国は基金への拠出の時期について協議する予定だ。",
    ],
)
def test_money_put_in_without_help_named_is_no_aid(text: str) -> None:
    assert [e for e in events(text) if e[0] == "AID"] == []


def test_money_put_in_for_help_named_before_it_is_aid() -> None:
    """Deliberate guard: 避難民の支援に…拠出 is the help given (the annotations mark the help)."""
    found = events("カナダ政府は8日、避難民の支援に約300万ドルを拠出すると発表した。")
    assert [e[0] for e in found] == ["AID"]


@pytest.mark.parametrize(
    ("text", "trigger", "members"),
    [
        # a list closed by など and a count (18カ国, 大手10社): the ones named act for those meant
        ("ペルーやチリなど11カ国は7日、共同声明を出し、漁獲枠の見直しを求めた。", "求め", {"ペルー", "チリ"}),
        (
            "ペルーやチリ、エクアドルなど11カ国が、漁獲枠を減らすことで合意した。",
            "合意",
            {"ペルー", "チリ", "エクアドル"},
        ),
    ],
)
def test_a_list_closed_by_a_count_after_nado_acts(text: str, trigger: str, members: set[str]) -> None:
    assert actors(text)[trigger] == members


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # a が-subject with its own time or comma before "…ことで合意/一致": the agreement is theirs
        ("ペルーとチリが7日、漁獲枠を減らすことで一致した。", {"ペルー", "チリ"}),
        ("ペルーとチリが、来年から共同で監視を行うことで合意した。", {"ペルー", "チリ"}),
    ],
)
def test_the_subject_of_an_agreement_on_a_koto_clause_agrees(text: str, members: set[str]) -> None:
    assert set().union(*actors(text).values()) == members


def test_a_subject_inside_what_is_agreed_stays_out() -> None:
    """Deliberate guard: a topic agrees that another will act (…は、Yが…ことで合意)."""
    found = actors("ペルーは7日、チリが漁獲枠を減らすことで合意した。")
    assert found["合意"] == {"ペルー"}


@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [
        # countries, their authorities, then the officials as topic: the countries act
        ("英仏の国防当局の幹部は7日、パリで協議した。", "協議", {"英国", "フランス"}),
        ("豪比の外交当局の局長級は来週、マニラで会合を開く。", "会合", {"オーストラリア", "フィリピン"}),
    ],
)
def test_officials_of_the_countries_authorities_act_for_the_countries(
    text: str, trigger: str, countries: set[str]
) -> None:
    assert actors(text)[trigger] == countries


def test_the_authorities_of_a_country_as_topic_stay_the_country() -> None:
    """Deliberate guard: with no official after it, Xの海事当局は is still the country's topic."""
    assert actors("ペルーの海事当局は7日、沖合で演習を行った。")["演習"] == {"ペルー"}


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # the subject of a condition written as a country compound: all its countries
        ("中国外務省は7日、日豪が演習を強行すれば「対抗措置を取る」と警告した。", {"日本", "オーストラリア"}),
        ("英仏が艦艇を派遣すれば、ロシアは反発するとみられる。", {"英国", "フランス"}),
    ],
)
def test_a_country_compound_subject_of_a_condition_acts_whole(text: str, countries: set[str]) -> None:
    conditional = [e for e in read(text, PUBLISHED).events if e.status == "conditional"]
    assert {a.name for a in conditional[0].actors} == countries


def test_a_partner_of_an_act_done_together_holds_it() -> None:
    """Yと合同で演習を: the partner holds the drill, as in Yと合同演習を."""
    assert actors("英仏は7日、オランダと合同で演習を行った。")["演習"] == {"英国", "フランス", "オランダ"}


@pytest.mark.parametrize(
    "text",
    [
        # cooperation deepened or strengthened in a reported intention: planned cooperation
        "ノルウェーの開発相も、アイスランドとの連携を一段と強化する考えを示した。",
        "ノルウェーの代表団は、漁業でアイスランドと協力を強める方針を明らかにした。",
        "ノルウェーの開発相は、海洋調査でアイスランドと連携を深める考えを示した。",
    ],
)
def test_cooperation_deepened_in_a_reported_intention_is_planned(text: str) -> None:
    assert [(e[0], e[2], e[3]) for e in events(text)] == [("COOPERATE", None, "planned")]


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # 両町 / 両市村 / 両県: the two municipalities or prefectures of that kind named last
        ("宮城県の蔵王町と川崎町は7日、合併で合意した。両町は来月、協定に署名する。", {"蔵王町", "川崎町"}),
        ("山形県の酒田市と遊佐村は7日、合併を決めた。両市村は来月にも協議する。", {"酒田市", "遊佐村"}),
        ("秋田県と岩手県は7日、防災協定を結んだ。両県は来月、合同で会議を開く。", {"秋田県", "岩手県"}),
    ],
)
def test_a_pair_of_municipalities_stands_for_the_two_named_last(text: str, members: set[str]) -> None:
    entities = read(text, PUBLISHED).entities
    names = {e.id: e.name for e in entities}
    groups = [e for e in entities if e.label == "GROUP"]
    assert groups
    assert {names[m] for m in groups[0].members} == members


def test_a_time_of_the_event_something_lasted_since_is_no_date_of_the_act() -> None:
    """2019年の政変以来続く軍政に…求めた: 2019 is the coup's; the demand takes the sentence's day."""
    found = events(
        "欧州連合の外相らは8日、声明を出した。"
        "欧州連合はまた、2019年の政変以来続く軍政に対し、拘束中の記者を釈放するよう改めて要求した。"
    )
    assert [(e[0], e[2]) for e in found if e[0] == "REQUEST"] == [("REQUEST", "2028-03-08")]


def test_the_event_something_lasted_since_keeps_its_own_time() -> None:
    """Deliberate guard: 昨年5月の軍事衝突以来続いていた: the clash itself is dated by it."""
    found = events("両国は8日、昨年5月の軍事衝突以来続いていた国境の封鎖を解くことで合意した。")
    assert ("FIGHT", "2027-05") in [(e[0], e[2]) for e in found]


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # a time written as its clause's topic or opener (先月下旬には, 同日夜は、) dates that clause's act,
        # not the sentence's first time
        ("監視委は昨年5月、2社を検査し、先月上旬には業界団体に対し、報告を要請していた。", "要請", "2028-02"),
        ("警察は4日、男を逮捕し、6日は、共犯の女も逮捕した。", "逮捕", "2028-03-06"),
    ],
)
def test_a_time_opening_a_later_clause_dates_its_act(text: str, trigger: str, date: str) -> None:
    assert [e[2] for e in events(text) if e[1] == trigger][-1] == date


def test_a_day_compared_with_is_no_day_for_a_later_same_day() -> None:
    """前日比6％上昇: the day before is only compared with; a later 同日 is still the 8th."""
    found = read("株価は8日、一時前日比6％上昇した。社長は同日、記者団に謝罪した。", PUBLISHED)
    assert [(t.text, t.value) for t in found.times][-1] == ("同日", "2028-03-08")


@pytest.mark.parametrize(
    "text",
    [
        # an agreement not reached, inside what a body announces: a denied agreement
        "ケニア外務省は7日、ペルーとチリの代表団が同日、ナイロビで協議したが、合意には至らなかったと発表した。",
        "ケニア外務省は7日、ペルーとチリが合意に至っていないと明らかにした。",
    ],
)
def test_an_agreement_not_reached_in_reported_content_is_denied(text: str) -> None:
    assert ("AGREE", "denied") in [(e[0], e[3]) for e in events(text)]


def test_talks_held_while_preparing_a_meeting_happened() -> None:
    """…協議をリマで開き、…会談に向けた準備を進めていた: the talks were held (past preparing)."""
    found = events(
        "ペルーとチリは6日、外務次官による協議をリマで開き、両首脳の会談に向けた準備を進めていた。"
    )
    assert ("CONSULT", "協議", "2028-03-06", "occurred") in found


def test_a_visit_while_preparing_a_meeting_still_to_come_is_planned() -> None:
    """Deliberate guard: …訪問し、会談する準備を進めている: the chain is still a plan."""
    found = events("ペルーの外相は来週チリを訪問し、両首脳の会談に向けて準備を進める。")
    assert [e[3] for e in found if e[1] == "訪問"] == ["planned"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what is asked of someone named before the verb (…の拡充をYに求める): no act of its own
        ("県は医師派遣の拡充を地元の大学に求める方針だ。", "AID"),
        ("団体は食料支援の継続を国連機関に求めた。", "AID"),
        ("組合は賃上げ交渉の再開を会社側に求めた。", "CONSULT"),
    ],
)
def test_an_act_asked_of_someone_is_no_event(text: str, kind: str) -> None:
    assert kind not in [e[0] for e in events(text)]


@pytest.mark.parametrize(
    "text",
    [
        # signatures gathered for a petition: no accord signed
        "市民団体は住民投票を求める署名活動を続けている。",
        "同会の代表は来月、市長に署名簿を提出する考えを示した。",
    ],
)
def test_signatures_for_a_petition_are_no_agreement(text: str) -> None:
    assert "AGREE" not in [e[0] for e in events(text)]


def test_an_accord_signed_stays_an_agreement() -> None:
    """Deliberate guard: 協定書に署名する is an agreement signed."""
    assert [e[0] for e in events("両村の村長は来月、合併の協定書に署名する見通しだ。")] == ["AGREE"]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a meeting owned by countries written together or joined by と: the countries hold it
        (
            "ロペス首相は、来月リマで予定される日米韓の首脳会議で演説する考えを示した。",
            {"日本", "米国", "韓国"},
        ),
        ("ロペス首相は、来月の英仏の首脳会議でも対策を議題とする。", {"英国", "フランス"}),
    ],
)
def test_a_meeting_owned_by_countries_written_together_is_theirs(text: str, countries: set[str]) -> None:
    assert actors(text)["首脳会議"] == countries


def test_a_meeting_with_one_country_owning_a_partner_keeps_its_subject() -> None:
    """Deliberate guard: 日本の外相と会談した: the subject meets Japan's minister."""
    assert actors("ロペス首相は8日、日本の外相と会談した。")["会談"] == {"ロペス", "日本"}


def test_the_next_session_of_a_standing_committee_is_held_by_the_body() -> None:
    """…は2日まで開いた金融政策委員会で…決めた。…次回の会合は: the central bank meets again."""
    text = (
        "ペルー中央銀行は2日まで開いた金融政策委員会（MPC）で、利上げを決めた。"
        "ロペス財務相は同日、利上げを批判した。次回の会合は6月17日に開かれる予定だ。"
    )
    assert actors(text)["会合"] == {"ペルー中央銀行"}


def test_a_request_in_a_past_relative_clause_takes_the_latest_date() -> None:
    """…チリ側が求めていた銅の長期購入については、合意に至らなかった: the request was made, dated as any
    occurred act without a time of its own (the latest full date)."""
    found = events(
        "ロペス外相は8日、チリの外相と会談した。チリ側が求めていた銅の長期購入については、合意に至らなかった。"
    )
    assert ("REQUEST", "求め", "2028-03-08", "occurred") in found


def test_an_event_counted_from_lends_no_date() -> None:
    """Deliberate guard: 衝突以来 names a past event as a starting point, with no date of the sentence's."""
    found = events("両国は8日、衝突以来閉鎖されていた国境を再開した。")
    assert [e[2] for e in found if e[0] == "FIGHT"] == [None]
