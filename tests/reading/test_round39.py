"""Session 7's third round on batches 39-42: sentences of our own (dates, actors, speakers)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2027, 3, 10, 10, 0, tzinfo=timezone(timedelta(hours=9)))


def events(text: str) -> list[tuple[str, str, list[str], str | None, str]]:
    return [
        (e.type, e.text, [a.name for a in e.actors], e.date, e.status) for e in read(text, PUBLISHED).events
    ]


def same_day(text: str) -> str | None:
    return next(t.value for t in read(text, PUBLISHED).times if t.text.startswith("同日"))


def test_the_day_a_span_starts_from_is_not_what_a_later_same_day_means() -> None:
    text = "エルバ政府は9日、翌10日から新しい関税を導入すると発表した。隣国の首相は同日、これを批判した。"
    assert same_day(text) == "2027-03-09"
    text = "港では8日、前日から続く封鎖が解除された。両国の外相は同日夜、電話で協議した。"
    assert same_day(text) == "2027-03-08TNI"
    text = "協会は6日、今月2日から続けている抗議について声明を出した。警察は同日、3人を拘束した。"
    assert same_day(text) == "2027-03-06"


def test_a_dotted_body_may_have_a_long_middle_word() -> None:
    text = "ケニア・プロバスケットボール選手協会は9日、リーグと協議した。"
    names = [(e.name, e.label) for e in read(text, PUBLISHED).entities]
    assert ("ケニア・プロバスケットボール選手協会", "ORG") in names


def test_a_broadcaster_named_in_brackets_after_its_kind_is_the_one_that_speaks() -> None:
    text = (
        "セルビアの国営テレビ局「RTSプラス」の放送が止まった。"
        "同局は声明を出し、「不当だ」として、処分の取り消しを求める方針を示した。"
    )
    article = read(text, PUBLISHED)
    assert [e.name for e in article.entities if e.label == "ORG"] == ["RTSプラス"]
    assert {q.speaker_name for q in article.quotes} == {"RTSプラス"}
    assert [(e[0], e[2]) for e in events(text)] == [("REQUEST", ["RTSプラス"])]
    text = "ロシアの国営通信社「スプートニク・ノーバ」は9日、取り消しを求めた。"
    assert [(e[0], e[2]) for e in events(text)] == [("REQUEST", ["スプートニク・ノーバ"])]


def test_both_countries_written_before_the_second_was_named_are_completed_later() -> None:
    text = (
        "チリ外務省は9日、ロペス外相がペルーを訪問する計画を見送ると発表した。両国が主張する地域だ。"
        "チリは同日、抗議した。両国は昨年11月にリマで外相会談を開き、委員会を再開することで合意していた。"
    )
    found = {e[0]: sorted(e[2]) for e in events(text)}
    assert found["AGREE"] == ["チリ", "ペルー"]
    group = next(e for e in read(text, PUBLISHED).entities if e.name == "両国")
    assert len(group.members) == 2


def test_both_leaders_as_the_subject_of_what_is_agreed_are_the_ones_who_agree() -> None:
    text = "ケニアのオディンガ大統領は同日、タンザニアのハッサン大統領と電話会談し、両首脳が式典の後に会談することで一致した。"
    agree = next(e for e in events(text) if e[0] == "AGREE")
    assert sorted(agree[2]) == ["オディンガ", "ハッサン"]


def test_the_subject_of_a_clause_before_talks_named_with_their_topic_holds_them() -> None:
    text = "外務省の報道官は同日、チリとペルーが来月リマで予定している投資協議について「延期も選択肢だ」と語った。"
    talks = next(e for e in events(text) if e[0] == "CONSULT")
    assert sorted(talks[2]) == ["チリ", "ペルー"]


def test_talks_that_may_be_called_off_are_hedged_not_denied() -> None:
    text = "両国は来月に予定されていた次回の会合は延期される可能性がある。"
    assert [(e[0], e[4]) for e in events(text)] == [("CONSULT", "hedged")]
    text = "両国は来月に予定されていた次回の会合を延期した。"
    assert [(e[0], e[4]) for e in events(text)] == [("CONSULT", "denied")]


def test_the_ministers_of_a_union_make_the_union_a_side_of_the_talks() -> None:
    text = (
        "オランダのデフリース外相は9日、抗議した。"
        "同氏は来週、ブリュッセルで東南アジア諸国連合（ASEAN）の各国外相と対応を協議する予定だ。"
    )
    talks = next(e for e in events(text) if e[0] == "CONSULT")
    assert talks[2] == ["デフリース", "東南アジア諸国連合"]


def test_a_person_named_first_among_a_counted_few_is_the_subject() -> None:
    text = "緑の党は9日、連立からの離脱を表明し、同党のカリス環境相ら2閣僚が辞表を提出した。"
    assert [(e[0], e[2]) for e in events(text)] == [("CONCEDE", ["カリス"])]


def test_same_country_after_a_country_named_in_its_own_sentence_is_that_country() -> None:
    text = (
        "ノルウェー政府は来月、船に医療班を派遣する方針だ。"
        "船は来月4日にもケニアのモンバサに入港する見通しで、同国政府は受け入れに同意した。"
    )
    kenya = next(e for e in read(text, PUBLISHED).entities if e.name == "ケニア")
    assert [m.text for m in kenya.mentions] == ["ケニア", "同国"]
    text = "ノルウェー政府は9日、抗議した。同国はケニアの対応を批判した。"
    norway = next(e for e in read(text, PUBLISHED).entities if e.name == "ノルウェー")
    assert "同国" in [m.text for m in norway.mentions]


def test_a_rejection_decided_is_made() -> None:
    text = "チリ政府は9日、カタールの出資を拒否することを閣議で決めた。"
    assert [(e[0], e[4]) for e in events(text)] == [("REJECT", "occurred")]
    text = "チリ政府は、カタールの出資を拒否する方針だ。"
    assert [(e[0], e[4]) for e in events(text)] == [("REJECT", "planned")]


def test_help_considered_under_a_condition_stays_conditional() -> None:
    text = "ペルー政府は、運休が長引けば船会社への支援を検討するとしている。"
    assert [(e[0], e[3], e[4]) for e in events(text)] == [("AID", None, "conditional")]


def test_a_condition_inside_what_is_asked_does_not_make_the_request_conditional() -> None:
    text = "チリ側は9日、輸送が途絶えた場合にも別のルートで供給を続けることを求めた。"
    assert [(e[0], e[4]) for e in events(text)] == [("REQUEST", "occurred")]
    text = "チリ側は、輸送が途絶えた場合には、ペルーに支援を求める。"
    assert [(e[0], e[4]) for e in events(text)] == [("REQUEST", "conditional")]


def test_cooperation_with_an_inquiry_makes_the_inquiry_a_reference() -> None:
    text = (
        "欧州委員会は1日、海運大手4社の事務所に立ち入り調査を行ったと発表した。"
        "ベルゲン・ライン社は声明で調査への協力を表明した。"
    )
    assert [e[0] for e in events(text)] == ["INVESTIGATE", "COOPERATE"]


def test_a_second_country_joining_with_mo_speaks_for_its_own_intention() -> None:
    text = "隣国の中国は19日、救助隊50人を派遣し、トルコも救助チームを21日までに派遣する方針を示した。"
    article = read(text, PUBLISHED)
    assert [(q.speaker_name, q.text) for q in article.quotes] == [
        ("トルコ", "救助チームを21日までに派遣する")
    ]
    assert [(e[2], e[4]) for e in events(text)] == [(["中国"], "occurred"), (["トルコ"], "planned")]


def test_a_national_orchestra_is_an_organisation_and_its_same_word_refers_to_it() -> None:
    text = (
        "ペルー国立交響楽団は9日、公演を中止すると発表した。"
        "ビザの発給が拒否されたためで、同楽団によると、団員には指揮者も含まれている。"
    )
    article = read(text, PUBLISHED)
    orchestra = next(e for e in article.entities if e.label == "ORG")
    assert (orchestra.name, [m.text for m in orchestra.mentions]) == (
        "ペルー国立交響楽団",
        ["ペルー国立交響楽団", "同楽団"],
    )
    assert {q.speaker_name for q in article.quotes} == {"ペルー国立交響楽団"}
    names = [
        e.name for e in read("チリ・フィルハーモニー管弦楽団は9日、公演を中止した。", PUBLISHED).entities
    ]
    assert names == ["チリ・フィルハーモニー管弦楽団"]


def test_a_listed_town_name_before_its_mayor_title_after_another_town_is_a_surname() -> None:
    text = "知事は20日に高山市の田辺市長と会い、計画について協議する予定だ。"
    names = [(e.name, e.label) for e in read(text, PUBLISHED).entities]
    assert names == [("高山市", "GPE"), ("田辺", "PERSON")]
    names = [(e.name, e.label) for e in read("田辺市長は9日、会見した。", PUBLISHED).entities]
    assert ("田辺", "PERSON") not in names


def test_same_association_is_no_committee_named_in_between() -> None:
    text = (
        "住民団体「港を守る会」が、請求書を市選挙管理委員会に提出した。同会は計画の撤回を繰り返し求めてきた。"
    )
    group = next(e for e in read(text, PUBLISHED).entities if e.name == "港を守る会")
    assert [m.text for m in group.mentions] == ["港を守る会", "同会"]


def test_a_request_before_a_clause_with_its_own_topic_and_later_time_was_made() -> None:
    text = (
        "中道党は9日、連立からの離脱を表明した。"
        "ラタス首相は同日夜、議会に内閣への信任投票を求め、投票は来週木曜に行われる見通しだ。"
    )
    assert [(e[0], e[4]) for e in events(text)] == [("REQUEST", "occurred")]


def test_an_act_refused_with_mo_in_reported_content_is_a_denied_event() -> None:
    text = "ロペス氏は9日、地元テレビに対し、発言を撤回せず、謝罪もしないと語った。"
    assert [(e[0], e[2], e[4]) for e in events(text)] == [("CONCEDE", ["ロペス"], "denied")]


def test_those_who_join_a_rally_are_not_the_body_that_holds_it() -> None:
    text = "野党の民主同盟は18日、首都で約2千人が参加する抗議集会を開いた。"
    assert [(e[0], e[2]) for e in events(text)] == [("PROTEST", ["民主同盟"])]
    text = "首都では18日、約2千人が参加する抗議集会が開かれた。"
    assert [(e[0], e[2]) for e in events(text)] == [("PROTEST", [])]


def test_koto_wa_nai_denies_the_act() -> None:
    text = "ネパールのタパ国防相は、部隊を撤退させることはないと述べた。"
    assert [(e[0], e[4]) for e in events(text)] == [("RETREAT", "denied")]


def test_a_broadcast_banned_for_a_period_is_a_sanction() -> None:
    text = "チリ情報省は9日、ロシアの国営テレビ局「RTプラス」の国内での放送を30日間禁止すると発表した。"
    assert [(e[0], e[2]) for e in events(text)] == [("SANCTION", ["チリ情報省"])]
    assert [e[0] for e in events("チリは9日、輸出を3カ月間停止した。")] == ["SANCTION"]


def test_an_inspection_carried_out_is_an_investigation_a_test_result_is_not() -> None:
    text = "チリとペルーの実務者は、月内にもリマで港湾設備の検査を行うとみられる。"
    assert [(e[0], sorted(e[2]), e[4]) for e in events(text)] == [
        ("INVESTIGATE", ["チリ", "ペルー"], "hedged")
    ]
    assert events("選手は抜き打ちの検査で陽性反応を示した。") == []


def test_cooperation_to_go_on_in_reported_content_is_an_act() -> None:
    text = "チリのロハス経済相は9日、出資を拒否した。同相は、カタール投資庁との協力は続けるとの考えを示した。"
    cooperation = [e for e in events(text) if e[0] == "COOPERATE"]
    assert [(e[2], e[4]) for e in cooperation] == [(["ロハス", "カタール投資庁"], "planned")]


def test_the_result_of_an_inquiry_refers_to_it() -> None:
    text = (
        "欧州委員会は22日、問題について調査を始めたと明らかにした。"
        "欧州議会のフォーゲル議員は、調査の結果が出るまで、支援を停止するよう欧州委に要求した。"
    )
    assert [(e[0], e[2]) for e in events(text)] == [
        ("INVESTIGATE", ["欧州委員会"]),
        ("REQUEST", ["フォーゲル"]),
    ]


def test_a_plain_subject_earlier_in_a_chain_stops_carrying_the_previous_actor() -> None:
    text = (
        "キプロス内務省は同日、声明で押し戻しを否定した。"
        "首都では8日、人権団体が主催して約800人がデモを行い、政府に難民の保護を求めた。"
    )
    request = next(e for e in events(text) if e[0] == "REQUEST")
    assert request[2] == []


def test_police_as_a_plain_subject_of_a_causative_chain_carry_no_earlier_actor() -> None:
    text = (
        "保健省は同日、幹部を処分する方針を示した。"
        "首都では同日、デモを行った医師らを警察が催涙ガスで解散させ、12人を拘束した。"
    )
    detained = next(e for e in events(text) if e[0] == "COERCE")
    assert detained[2] == []
