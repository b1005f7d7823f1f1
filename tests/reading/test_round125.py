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
        "アフリカ連合（AU）は9日の首脳会議で、マリ政府が昨年3月にロシアと結んだ防衛協定について協議した。",
        "AUは9日、首脳会議を開いて、マリ政府がロシアと結んだ防衛協定について協議した。",
    ],
)
def test_a_relative_clause_in_nda_keeps_its_subject_and_time(text: str) -> None:
    assert actors(text) == {"首脳会議": {"アフリカ連合"}}
    assert [date for _, _, date, _ in events(text)] == ["2028-03-09"]


def test_a_subject_of_a_relative_clause_in_nda_does_not_hold_the_talks() -> None:
    text = "日本政府は8日、中国が先月踏み込んだ輸出規制を巡って、韓国政府と協議した。"
    assert actors(text)["協議"] == {"日本", "韓国"}


def test_a_contract_made_in_a_relative_clause_is_its_subjects() -> None:
    """Deliberate guard: the verb of making before a contract noun (Xが…と結んだ売却契約) is the
    contract's own clause, so X made it and the clause's month dates it."""
    text = (
        "造船会社の北星重工が昨年11月にタイ政府と結んだ哨戒艇6隻の売却契約を巡り、議会は7日、承認を見送った。"
    )
    assert actors(text)["契約"] == {"北星重工", "タイ"}
    assert ("AGREE", "契約", "2027-11", "occurred") in events(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the act as the subject of going on (ストは翌日も続き, ストが長引けば) is the one reported before,
        # dated by its own day
        (
            "市営バスの労組は3日、人員の増加を訴えてストライキを始めた。ストは翌4日も続き、約300本が運休した。",
            "2028-03-03",
        ),
        (
            "北海運輸の労組は3日、ストライキに入った。同社によると、ストが長引けば出荷が遅れる見通しだ。",
            "2028-03-03",
        ),
        ("両国は5日、国境の線引きを巡る交渉を始めた。交渉は翌6日も続き、夜まで及んだ。", "2028-03-05"),
    ],
)
def test_an_act_that_goes_on_is_the_one_reported_before(text: str, day: str) -> None:
    assert [e[2] for e in events(text) if e[0] in ("PROTEST", "CONSULT")] == [day]


def test_an_act_going_on_named_first_stays_an_event() -> None:
    """Deliberate guard: with no earlier act of its kind, the one going on is told here."""
    assert [e[0] for e in events("港湾労組のストライキは先月から続いている。")] == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        # help announced for later is planned and dated only by a time of its own (settled call (h)):
        # the day written before the comma is the announcement's
        "カナダ政府は8日、大雨で家屋を失ったペルーの住民のため、総額300万ドル規模の人道支援を実施することを表明した。",
        "韓国政府は8日、地震に見舞われたネパールに救助隊を派遣することを決定した。",
        "ノルウェー政府は8日、干ばつが続くケニアに食料を供与することを決めた。",
    ],
)
def test_help_announced_for_later_takes_no_day_of_the_announcement(text: str) -> None:
    assert [(e[0], e[2], e[3]) for e in events(text) if e[0] == "AID"] == [("AID", None, "planned")]


def test_help_announced_with_its_own_day_keeps_it() -> None:
    """Deliberate guard: a day inside what is announced (7日から…派遣する) is the help's own."""
    text = "豪州政府は5日、山火事が広がるチリに対し、7日から消防隊を派遣すると発表した。"
    assert [(e[0], e[2]) for e in events(text) if e[0] == "AID"] == [("AID", "2028-03-07")]


@pytest.mark.parametrize(
    ("text", "trigger", "body"),
    [
        # a body named right after the kind it is, also with の, NGO, or a union's である before it
        ("環境団体のカリヨン自然監視は5日、工場の排水について県に説明を求めた。", "求め", "カリヨン自然監視"),
        (
            "国際NGOリバーライト・アクションは5日、河川の汚染を防ぐ対策を企業側に求めた。",
            "求め",
            "リバーライト・アクション",
        ),
        (
            "書店チェーンの労働組合であるアオバ堂ユニオンは2日、夜勤手当の増額を要求した。",
            "要求",
            "アオバ堂ユニオン",
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
        "この路線を使う乗客は1日平均でおよそ90人にとどまる。町長は前日、運行をやめる考えを示していた。",
    ],
)
def test_a_rate_per_day_is_no_date(text: str) -> None:
    assert dates(text) == {"前日": "2028-03-08"}


def test_the_first_of_the_month_stays_a_date() -> None:
    """Deliberate guard: 1日 followed by a comma or particle is the first of the month."""
    assert dates("両国の外相は1日、電話で協議した。") == {"1日": "2028-03-01"}


def test_a_partner_with_an_alias_is_no_conjunct_of_a_later_topic() -> None:
    # Y（ABC）と協力して…、同警察庁は: Y's alias is followed by a clause, not by another conjunct
    text = (
        "福岡県警は5日、男を逮捕した。"
        "県警は韓国警察庁（KNPA）と協力して詐欺グループの捜査にあたっており、同警察庁は今年1月、仲間の1人を拘束した。"
    )
    found = actors(text)
    assert found["協力"] == {"福岡県警", "韓国警察庁"}
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
    text = "選挙の結果を巡り、民族党の支持者と国民連盟の支持者が4日夜、首都の中心部で衝突した。"
    assert actors(text)["衝突"] == {"民族党", "国民連盟"}


def test_supporters_of_a_person_do_not_make_the_person_act() -> None:
    """Deliberate guard: a person's supporters act on their own (the annotations give no actor)."""
    text = "野党指導者のカルロ・ベネット氏は5日に拘束された。翌6日には、同氏の支持者が治安部隊と衝突した。"
    assert actors(text)["衝突"] == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # any act only stated as intended (…する方針を明らかにした) takes no day of the statement
        ("県医師会は8日、会員の不正請求の疑いについて調査する意向を表明した。", "INVESTIGATE"),
        ("ペルー外務省は8日、国境の警備を巡りチリ側と協議する方針を示した。", "CONSULT"),
        # also with its own verb after the object (捜査を続ける考え, 審査を行う方針)
        ("チリ検察庁は8日、前政権の閣僚らに対する捜査を今後も進める意向を示した。", "INVESTIGATE"),
    ],
)
def test_an_act_stated_as_intended_takes_no_day_of_the_statement(text: str, kind: str) -> None:
    assert [(e[2], e[3]) for e in events(text) if e[0] == kind] == [(None, "planned")]


def test_an_intended_act_with_a_time_ahead_keeps_it() -> None:
    """Deliberate guard: 来週、…要請する考え: the time ahead is the act's own."""
    text = "知事は来週、総務相と東京で面会し、災害復旧費の補助の拡充を要請する意向を示した。"
    assert [e[2] for e in events(text) if e[0] == "REQUEST"] == ["2028-W11"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an act lobbied for or formally asked of another (…を働きかける, …を申し入れた) has not happened
        ("外務省は領事を通じ、スパイの疑いで捕まった社員の早期解放を当局に強く申し入れた。", "RETREAT"),
        ("首相は近く先方の首脳と電話で話し、拘束中の社員の解放を直接働きかけるという。", "RETREAT"),
        ("中国はここ数年、台湾と外交関係を持つ国々に対して断交を働きかけてきた。", "SANCTION"),
    ],
)
def test_an_act_lobbied_for_is_no_event(text: str, kind: str) -> None:
    assert [e for e in events(text) if e[0] == kind] == []


def test_a_protest_lodged_stays_a_protest() -> None:
    """Deliberate guard: 抗議を申し入れた lodges the protest, it is not asked of anyone."""
    assert [e[0] for e in events("外務省はロシア大使館に対し、抗議を申し入れた。")] == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        # sitting in on a meeting reported before (会談に同席し) names that meeting, like 出席 or 参加
        "県知事は12日、経済産業相と会談し、地元企業への支援を要請した。市長も会談に同席し、受注の落ち込みを説明した。",
        "両国の首相は来月、東京で会談する予定だ。米国の国務長官も会談に同席する見通しとなっている。",
    ],
)
def test_sitting_in_on_a_meeting_is_no_new_meeting(text: str) -> None:
    assert len([e for e in events(text) if e[0] == "CONSULT"]) == 1
