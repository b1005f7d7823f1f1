"""Session 13's first round (blind batches 125-132): sentences of our own for the mechanisms whose
misses recur across batches and writers (relative clauses whose verb ends in だ, ...)."""

from __future__ import annotations

import pytest
from round_sentences import actors, dates, events, orgs

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]


@pytest.mark.parametrize(
    "text",
    [
        # the subject, partner and time of a relative clause whose past verb ends in んだ / いだ (結んだ,
        # 踏み込んだ, 相次いだ) are the clause's, not those of the talks about its noun
        "東南アジア諸国連合（ASEAN）は9日、ジャカルタで首脳会議を開き、ミャンマーが昨年3月にロシアと結んだ協定について協議した。",
        "ASEANは9日、首脳会議を開き、ミャンマーがロシアと結んだ協定について協議した。",
    ],
)
def test_a_relative_clause_in_nda_keeps_its_subject_and_time(text: str) -> None:
    assert actors(text) == {"首脳会議": {"東南アジア諸国連合"}}
    assert [date for _, _, date, _ in events(text)] == ["2028-03-09"]


def test_a_subject_of_a_relative_clause_in_nda_does_not_hold_the_talks() -> None:
    text = "日本政府は8日、中国が先月踏み込んだ輸出規制を巡って、韓国政府と協議した。"
    assert actors(text)["協議"] == {"日本", "韓国"}


def test_a_contract_made_in_a_relative_clause_is_its_subjects() -> None:
    """Deliberate guard: the verb of making before a contract noun (Xが…と結んだ売却契約) is the
    contract's own clause, so X made it and the clause's month dates it."""
    text = "防衛大手の北星重工が昨年11月にタイ政府と結んだ艦艇4隻の売却契約について、議会は7日、否決した。"
    assert actors(text)["契約"] == {"北星重工", "タイ"}
    assert ("AGREE", "契約", "2027-11", "occurred") in events(text)


@pytest.mark.parametrize(
    "text",
    [
        # the act as the subject of going on (ストは翌日も続き, ストが長引けば) is the one reported before
        "北海運輸の労組は3日、賃上げを求めてストライキに入った。ストは翌4日も続き、約200便が欠航した。",
        "北海運輸の労組は3日、ストライキに入った。同社によると、ストが長引けば出荷が遅れる見通しだ。",
        "両国は5日、国境の線引きを巡る交渉を始めた。交渉は翌6日も続き、夜まで及んだ。",
    ],
)
def test_an_act_that_goes_on_is_the_one_reported_before(text: str) -> None:
    found = [e for e in events(text) if e[0] in ("PROTEST", "CONSULT")]
    assert len(found) == 1
    assert found[0][2] in ("2028-03-03", "2028-03-05")


def test_an_act_going_on_named_first_stays_an_event() -> None:
    """Deliberate guard: with no earlier act of its kind, the one going on is told here."""
    assert [e[0] for e in events("港湾労組のストライキは先月から続いている。")] == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        # help announced for later is planned and dated only by a time of its own (settled call (h)):
        # the day written before the comma is the announcement's
        "カナダ政府は8日、洪水の被害を受けたペルーに対し、約200万ドルの緊急支援を行うと発表した。",
        "韓国政府は8日、地震で被災したネパールに救助チーム約40人を派遣すると発表した。",
        "ノルウェー政府は8日、干ばつが続くケニアに食料を供与することを決めた。",
    ],
)
def test_help_announced_for_later_takes_no_day_of_the_announcement(text: str) -> None:
    assert [(e[0], e[2], e[3]) for e in events(text) if e[0] == "AID"] == [("AID", None, "planned")]


def test_help_announced_with_its_own_day_keeps_it() -> None:
    """Deliberate guard: a day inside what is announced (7日に…派遣する) is the help's own."""
    text = "日本政府は5日、医療チーム約30人を7日にチリへ派遣すると発表した。"
    assert [(e[0], e[2]) for e in events(text) if e[0] == "AID"] == [("AID", "2028-03-07")]


@pytest.mark.parametrize(
    ("text", "trigger", "body"),
    [
        # a body named right after the kind it is, also with の, NGO, or a union's である before it
        ("人権団体のカリヨン人権監視は5日、政府に独立した調査を求めた。", "求め", "カリヨン人権監視"),
        (
            "国際NGOリバーライト・アクションは5日、政府に債務の帳消しを求めた。",
            "求め",
            "リバーライト・アクション",
        ),
        (
            "同社の労組であるミモザ堂ユニオンは先月20日、基本給の引き上げを要求していた。",
            "要求",
            "ミモザ堂ユニオン",
        ),
    ],
)
def test_a_body_named_after_its_kind_is_an_organisation_that_acts(text: str, trigger: str, body: str) -> None:
    assert body in orgs(text)
    assert actors(text)[trigger] == {body}


def test_people_of_a_kind_of_body_are_no_name() -> None:
    """Deliberate guard: 市民団体メンバー names people of some body, not a body."""
    assert orgs("市民団体メンバーら約50人が5日、県庁前でデモを行った。") == set()


@pytest.mark.parametrize(
    "text",
    [
        # a rate per day (1日当たり, 1日平均) is no date, so a later 前日 counts from the news day
        "市は、期限までに改善しなければ1日当たり5万円の過料を科す。市長は前日、業者を批判していた。",
        "同線の利用者は1日平均約120人だった。市長は前日、廃止の方針を示していた。",
    ],
)
def test_a_rate_per_day_is_no_date(text: str) -> None:
    assert dates(text) == {"前日": "2028-03-08"}


def test_the_first_of_the_month_stays_a_date() -> None:
    """Deliberate guard: 1日 followed by a comma or particle is the first of the month."""
    assert dates("両国の外相は1日、電話で協議した。") == {"1日": "2028-03-01"}


def test_a_partner_with_an_alias_is_no_conjunct_of_a_later_topic() -> None:
    # Y（ABC）と連携して…、同警察は: Y's alias is followed by a clause, not by another conjunct
    text = (
        "福岡県警は5日、男を逮捕した。"
        "県警はタイ国家警察（TNP）と連携して捜査を進めており、同警察は昨年12月、拠点を摘発した。"
    )
    found = actors(text)
    assert found["連携"] == {"福岡県警", "タイ国家警察"}
    assert found["捜査"] == {"福岡県警"}


@pytest.mark.parametrize(
    ("text", "trigger", "members"),
    [
        # names each followed by an alias stay one list (）、 and ）の部隊と、 join them)
        (
            "気象庁（JMA）と欧州中期予報センター（ECMWF）、米海洋大気局（NOAA）は5日、協定に署名した。",
            "署名",
            {"気象庁", "欧州中期予報センター", "米海洋大気局"},
        ),
        (
            "政府軍（FAM）の部隊と、武装組織ナミブ解放戦線（NLF）の部隊が5日、交戦した。",
            "交戦",
            {"政府軍", "ナミブ解放戦線"},
        ),
    ],
)
def test_names_with_aliases_stay_one_list(text: str, trigger: str, members: set[str]) -> None:
    """Deliberate guard: the alias bracket closes before the join of two conjuncts."""
    assert actors(text)[trigger] == members


def test_supporters_of_two_parties_clashing_stand_for_the_parties() -> None:
    text = "首都では2日、民族党の支持者と与党・国民連盟の支持者が衝突し、2人が死亡した。"
    assert actors(text)["衝突"] == {"民族党", "国民連盟"}


def test_supporters_of_a_person_do_not_make_the_person_act() -> None:
    """Deliberate guard: a person's supporters act on their own (the annotations give no actor)."""
    text = "野党指導者のカルロ・ベネット氏は5日に拘束された。首都では6日、同氏の支持者が警官隊と衝突した。"
    assert actors(text)["衝突"] == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # any act only stated as intended (…する方針を明らかにした) takes no day of the statement
        ("県医師会は8日、第三者委員会を設けて調査する方針を明らかにした。", "INVESTIGATE"),
        ("ペルー政府は8日、チリ政府と国境の管理について協議する考えを示した。", "CONSULT"),
        # also with its own verb after the object (捜査を続ける考え, 審査を行う方針)
        ("チリ検察庁は8日、元閣僚らの汚職捜査を続ける考えを示した。", "INVESTIGATE"),
    ],
)
def test_an_act_stated_as_intended_takes_no_day_of_the_statement(text: str, kind: str) -> None:
    assert [(e[2], e[3]) for e in events(text) if e[0] == kind] == [(None, "planned")]


def test_an_intended_act_with_a_time_ahead_keeps_it() -> None:
    """Deliberate guard: 来週、…要請する考え: the time ahead is the act's own."""
    text = "同市長は来週、首都で財務省の高官と会い、国による財政支援を要請する考えを示した。"
    assert [e[2] for e in events(text) if e[0] == "REQUEST"] == ["2028-W11"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an act lobbied for or formally asked of another (…を働きかける, …を申し入れた) has not happened
        ("日本政府は大使館を通じてベトナム側に男性の早期解放を申し入れた。", "RETREAT"),
        ("外相は来月ハノイを訪れ、男性の解放を直接働きかける方向で調整している。", "RETREAT"),
        ("中国はパラグアイに対し、台湾との断交を働きかけている。", "SANCTION"),
    ],
)
def test_an_act_lobbied_for_is_no_event(text: str, kind: str) -> None:
    assert [e for e in events(text) if e[0] == kind] == []


def test_a_protest_lodged_stays_a_protest() -> None:
    """Deliberate guard: 抗議を申し入れた lodges the protest, it is not asked of anyone."""
    assert [e[0] for e in events("外務省はロシア側に厳重な抗議を申し入れた。")] == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        # sitting in on a meeting reported before (会談に同席した) names that meeting, like 出席 or 参加
        "県知事は12日、経済産業相と会談し、支援を要請した。会談に同席した市長は「注文が減っている」と訴えた。",
        "チリの外相は来週、ブラジルの外相と会談する。ペルーの外相も会談に同席する可能性がある。",
    ],
)
def test_sitting_in_on_a_meeting_is_no_new_meeting(text: str) -> None:
    assert len([e for e in events(text) if e[0] == "CONSULT"]) == 1
