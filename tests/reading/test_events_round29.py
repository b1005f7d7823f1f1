"""Events and quotes of session 6's generalising round on batches 29-30: partners, spokespersons
written without の and committees, checked on sentences of our own."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read
from kijiyomi.reading.model import Event, Reading

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2024, 6, 20, 18, 0, tzinfo=timezone(timedelta(hours=9)))


def reading(text: str) -> Reading:
    return read(text, PUBLISHED)


def event(found: Reading, trigger: str) -> Event:
    return next(e for e in found.events if e.text == trigger)


def test_a_partner_before_a_border_region_talked_about_is_still_a_partner() -> None:
    found = reading("ラモス外相は来週、エクアドルのベガ外相と国境地域の治安について協議する。")
    assert [a.name for a in event(found, "協議").actors] == ["ラモス", "ベガ"]
    found = reading("ラモス外相は来週、エクアドルとの国境に近い町を訪れる。")
    assert all("エクアドル" not in [a.name for a in e.actors] for e in found.events)


def test_a_partner_with_tomo_after_a_quote_is_no_topic_of_what_is_said() -> None:
    found = reading(
        "ラモス特使は記者団に対し「扉は開いている」と述べ、来週には国連のグテレス事務総長とも電話で協議する考えを示した。"
    )
    assert [a.name for a in event(found, "協議").actors] == ["ラモス", "グテレス"]
    indirect = next(q for q in found.quotes if q.kind == "indirect")
    assert indirect.text.startswith("来週には国連") and indirect.speaker_name == "ラモス"


def test_a_ministry_spokesperson_without_no_speaks_and_acts_for_the_ministry() -> None:
    found = reading("ペルー外務省は同日、声明を出した。同省報道官は、封鎖が続けば、対抗措置を取ると述べた。")
    assert [a.name for a in event(found, "対抗措置").actors] == ["ペルー外務省"]
    assert [q.speaker_name for q in found.quotes] == ["ペルー外務省"]


def test_the_owner_of_a_spokesperson_accuses_not_the_subject_of_what_is_reported() -> None:
    found = reading(
        "エクアドル政府の報道官は13日、声明を出し、ペルー軍が国境付近で部隊を増強していると非難した。"
    )
    assert [a.name for a in event(found, "非難").actors] == ["エクアドル"]


def test_a_subject_of_a_clause_before_a_figure_modifies_the_object_not_the_rejection() -> None:
    found = reading("鉱山労組（MUZ）は10日、会社側が示した3％の賃上げ案を拒否した。")
    assert [a.name for a in event(found, "拒否").actors] == ["鉱山労組"]


def test_a_club_named_again_without_its_code_is_the_same_club() -> None:
    found = reading("地元クラブがラ・ペルラFCを破った。ラ・ペルラは、次戦への出場を拒否するとしている。")
    assert [a.name for a in event(found, "拒否").actors] == ["ラ・ペルラFC"]


def test_the_same_committee_of_a_body_stands_for_the_body() -> None:
    found = reading(
        "アジア卓球連合の規律委員会は来週、処分を審査する。同委員会は、クラブに罰金を科す可能性もある。"
    )
    fine = event(found, "罰金を科")
    assert ([a.name for a in fine.actors], fine.status) == (["アジア卓球連合"], "hedged")


def test_a_prospect_under_a_condition_that_is_only_stated_is_no_threat() -> None:
    found = reading("メサ社のロペス社長は、合併が実現しなければ工場を閉鎖する可能性があると述べた。")
    assert [e.type for e in found.events if e.type == "THREATEN"] == []
    found = reading("ロペス外相は、隣国が協定を守らなければ、漁船の操業を禁止する可能性があると警告した。")
    assert [e.type for e in found.events if e.type == "THREATEN"] == ["THREATEN"]


def test_fans_clash_at_a_match_held_on_a_day_of_its_own() -> None:
    found = reading(
        "アジアサッカー連盟は19日、リマで17日夜に行われた準決勝の第1戦で、両チームのサポーターが"
        "スタンドで衝突し試合が打ち切られた問題について、調査を始めたと発表した。"
    )
    clash = event(found, "衝突")
    assert (clash.actors, clash.date) == ((), "2024-06-17")
    assert event(found, "調査").date == "2024-06-19"


def test_a_warning_light_is_a_thing_but_a_protest_note_handed_over_is_an_act() -> None:
    assert [e.type for e in reading("飛行中に警告灯が点灯したため着陸した。").events] == []
    assert [e.type for e in reading("チリは抗議文を手渡した。").events] == ["ACCUSE"]


def test_a_repeated_review_is_a_review() -> None:
    found = reading("公正取引委員会は、両社が是正策を示せば、再審査に応じる考えも示した。")
    review = next(e for e in found.events if e.type == "INVESTIGATE")
    assert ([a.name for a in review.actors], review.status) == (["公正取引委員会"], "conditional")


def test_an_acronym_after_a_company_described_with_a_comma_names_it_later() -> None:
    found = reading(
        "福岡市の医療ベンチャー、メディカル・ウィング（MDW）は3日、新薬を発表した。MDWは治験を始める。"
    )
    company = next(e for e in found.entities if e.name == "メディカル・ウィング")
    assert [m.text for m in company.mentions] == ["メディカル・ウィング", "MDW", "MDW"]


def test_a_regional_bloc_is_known_by_its_katakana_short_name() -> None:
    found = reading("フランスは南米南部共同市場（メルコスル）との協定に反対した。メルコスルは反発した。")
    bloc = next(e for e in found.entities if e.name == "南米南部共同市場")
    assert len(bloc.mentions) == 3


def test_a_body_s_unit_before_niyoruto_is_the_source_and_niyoreba_is_no_condition() -> None:
    found = reading("NATO部隊によると、作戦にはスペイン海軍が加わった。")
    assert [(q.kind, q.speaker_name) for q in found.quotes] == [("indirect", "北大西洋条約機構")]
    found = reading("チリ政府関係者によると、首相は来月訪米する。")
    assert [q.speaker_name for q in found.quotes] == ["チリ"]
    found = reading("外務省によれば、交渉は来週再開される。")
    assert [e.status for e in found.events] == ["planned"]


def test_a_measure_applied_later_without_an_actor_is_the_sanction_just_decided() -> None:
    found = reading(
        "欧州連合（EU）は19日、ミャンマー国軍に対する新たな制裁を決定した。"
        "国営企業など8団体が対象で、7月1日から資産が凍結される。"
    )
    sanctions = [e for e in found.events if e.type == "SANCTION"]
    assert [(e.date, e.status) for e in sanctions] == [("2024-06-19", "occurred")]


def test_a_state_described_inside_a_reacted_act_leaves_its_subject_acting() -> None:
    found = reading("トルコは、ギリシャが実効支配しているエーゲ海の島々に部隊を配備したことに抗議した。")
    assert [a.name for a in event(found, "配備").actors] == ["ギリシャ"]
    assert [a.name for a in event(found, "抗議").actors] == ["トルコ"]
    found = reading("欧州各国が参加する平和維持部隊の派遣について協議した。")
    assert all("欧州" not in a.name for e in found.events for a in e.actors)


def test_a_body_s_spokesperson_or_announcement_before_niyoruto_is_the_body_s_report() -> None:
    found = reading("国連の報道官によると、避難民は5万人に達した。")
    assert [(q.kind, q.speaker_name) for q in found.quotes] == [("indirect", "国際連合")]
    assert reading("地元の保健当局によると、死者は50人に達した。").quotes == ()


def test_a_katakana_company_written_with_sha_is_a_partner_and_a_subject() -> None:
    found = reading("北辰製鉄は、米国のスチールワークス社と合弁会社の設立で合意した。")
    assert [a.name for a in event(found, "合意").actors] == ["北辰製鉄", "スチールワークス社"]
    found = reading(
        "ブラジルのペトロ石油は、ボリビア政府と供給契約に署名した。ロシア産石油の輸入は止まった。"
    )
    assert [e.name for e in found.entities if e.label == "ORG"] == ["ペトロ石油"]


def test_a_quote_standing_alone_is_spoken_by_the_one_who_said_it_thus() -> None:
    found = reading("「交渉の扉は開いている」。ボリビアのアルセ大統領は10日、記者団にこう語った。")
    assert [(q.kind, q.text, q.speaker_name) for q in found.quotes] == [
        ("direct", "交渉の扉は開いている", "アルセ")
    ]
    assert reading("「交渉の扉は開いている」。アルセ大統領は10日、訪日した。").quotes == ()
