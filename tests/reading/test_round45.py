"""Session 7's fifth round on batches 45-46: sentences of our own (reason clauses, rivals, 同日)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read
from kijiyomi.reading.model import Event

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2029, 3, 9, 19, 0, tzinfo=timezone(timedelta(hours=9)))


def event(text: str, trigger: str) -> Event:
    return next(e for e in read(text, PUBLISHED).events if e.text == trigger)


def test_the_subject_of_a_reason_clause_without_a_comma_is_not_the_actor() -> None:
    text = "ドイツのシュミット外相は8日、中国がロシアに武器を供与しているとしてフランスを非難し、日本に対し協力を求めた。"
    assert [a.name for a in event(text, "非難").actors] == ["シュミット"]
    assert [a.name for a in event(text, "求め").actors] == ["シュミット"]


def test_a_rival_company_named_after_its_kind_is_an_org_both_companies_mean() -> None:
    text = "公正取引委員会は8日、日本の電機大手ミナトによる韓国の同業ハンビット電子の買収を承認した。両社は昨年5月、買収で合意していた。"
    assert ("ハンビット電子", "ORG") in [(e.name, e.label) for e in read(text, PUBLISHED).entities]
    assert sorted(a.name for a in event(text, "合意").actors) == ["ハンビット電子", "ミナト"]


def test_the_start_of_a_past_span_is_not_the_day_a_later_same_day_means() -> None:
    text = (
        "総務省は9日、通信大手の東和通信に行政指導を行った。同社では先月12日から2日間、通話ができなくなった。"
        "同省は同社に対し、5月1日までに報告するよう求めた。同社の山田一郎社長は同日、記者会見し、謝罪した。"
    )
    assert event(text, "謝罪").date == "2029-03-09"


def test_an_act_set_against_the_next_one_takes_the_sentences_tense() -> None:
    text = "東和通信の山田一郎社長は9日、記者会見し、謝罪する一方、自らの辞任は否定した。"
    assert (event(text, "謝罪").status, event(text, "辞任").status) == ("occurred", "denied")
    text = "山田社長は来週、謝罪する一方、辞任はしない方針だ。"
    assert event(text, "謝罪").status == "planned"


def test_a_condition_closed_by_a_stance_does_not_govern_the_next_act() -> None:
    text = "ケニア政府は、関税が撤廃されなければ対抗措置を取る考えで、ウガンダにも協力を求めた。"
    assert event(text, "求め").status == "occurred"


def test_a_partner_marked_with_to_before_the_act_is_no_quotation() -> None:
    text = "環境省は、安全が確認されれば、規制の緩和を北海道と協議する方針だ。"
    assert event(text, "協議").status == "conditional"


def test_a_request_before_a_conditional_intention_is_made_as_it_is_said() -> None:
    text = (
        "英外務省の報道官は9日、ロシアに対し部隊を撤収するよう求め、ロシアが拒めば制裁を強める考えを示した。"
    )
    assert event(text, "求め").status == "occurred"
    text = "首相は来週、野党に協力を求め、拒否すれば解散する考えだ。"
    assert event(text, "求め").status == "planned"


def test_a_general_bureau_named_again_with_dou_is_the_talks_partner() -> None:
    text = "韓国の公正取引総局は審査を続けている。両社は同総局と協議を重ねている。"
    article = read(text, PUBLISHED)
    assert "同総局" in [m.text for e in article.entities for m in e.mentions]
    assert "公正取引総局" in [a.name for a in event(text, "協議").actors]


def test_a_condition_inside_what_a_pact_does_does_not_make_the_signing_conditional() -> None:
    text = "日本とタイの両政府は9日、災害が起きた場合に部隊を派遣する協定に署名した。"
    assert event(text, "署名").status == "occurred"
    text = "政府は、停戦が破られた場合、制裁を科す方針だ。"
    assert event(text, "制裁").condition is not None


def test_a_visit_verb_describing_the_people_who_come_is_no_visit() -> None:
    text = "観光庁は、日本を訪れる外国人観光客が増えているとの見方を示した。"
    assert [e.type for e in read(text, PUBLISHED).events] == []
    text = "首相は来月、ドイツを訪問する。"
    assert [e.type for e in read(text, PUBLISHED).events] == ["CONSULT"]


def test_a_bare_day_after_next_months_date_in_another_sentence_is_this_months() -> None:
    published = datetime(2027, 12, 29, 7, 0, tzinfo=timezone(timedelta(hours=9)))
    text = "両国は1月19日に協議を開く予定だ。外務省によると、外相は30日に南部の港を訪問する。"
    values = {t.text: t.value for t in read(text, published).times}
    assert values == {"1月19日": "2028-01-19", "30日": "2027-12-30"}
    text = "両国は1月19日に協議を開き、30日に署名する予定だ。"
    assert {t.text: t.value for t in read(text, published).times}["30日"] == "2028-01-30"


def test_after_a_contrast_the_new_topic_speaks_and_acts() -> None:
    text = "東西大学は対策をまとめたが、文科省は近く調査する考えを示した。"
    article = read(text, PUBLISHED)
    assert [(q.speaker_name, q.text) for q in article.quotes] == [("文部科学省", "近く調査する")]
    assert [a.name for a in event(text, "調査").actors] == ["文部科学省"]


def test_what_is_reviewed_is_no_act_of_its_own() -> None:
    text = "EUの報道官は9日、「拘束が続けば、EUは同国への開発支援を見直す」と警告した。"
    assert "AID" not in [e.type for e in read(text, PUBLISHED).events]
    text = "日本政府は9日、同国への支援を決めた。"
    assert "AID" in [e.type for e in read(text, PUBLISHED).events]


def test_joined_topics_before_a_condition_in_the_acts_clause_both_act() -> None:
    text = "タイのスワン外相とペルーのロハス外相は9日、会談し、観光客が滞在する場合に査証を免除する協定に署名した。"
    assert sorted(a.name for a in event(text, "署名").actors) == ["スワン", "ロハス"]
