"""Session 8's round on batches 47-48: sentences of our own (counted groups of bodies, ...)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read
from kijiyomi.reading.model import Event

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2028, 6, 15, 9, 0, tzinfo=timezone(timedelta(hours=9)))


def events(text: str, trigger: str) -> list[Event]:
    return [e for e in read(text, PUBLISHED).events if e.text == trigger]


def test_a_counted_group_of_bodies_stands_for_the_bodies_of_the_latest_meeting() -> None:
    text = "アトラス重工とベルナ電機、コスモ化学は14日、東京で3社の社長級会合を開いた。3社は来年2月に再び会合を開く。"
    later = events(text, "会合")[-1]
    assert later.status == "planned"
    assert sorted(a.name for a in later.actors) == ["アトラス重工", "コスモ化学", "ベルナ電機"]


def test_bodies_listed_before_their_count_act_together() -> None:
    text = "米国と英国は14日、パリで外相会談を開いた。関係者によると、北星大学と南陽大学、東邦大学の3機関は来月会合を開く。"
    assert sorted(a.name for a in events(text, "会合")[-1].actors) == ["北星大学", "南陽大学", "東邦大学"]


def test_a_party_named_after_its_leaning_in_brackets_or_after_its_kind_is_an_org() -> None:
    text = (
        "中道左派の「未来連帯」が30議席を得た。未来連帯を率いるカリニン首相は同日、"
        "農業政党の大地運動と連立協議に入る考えを示した。"
    )
    names = [(e.name, e.label) for e in read(text, PUBLISHED).entities]
    assert ("未来連帯", "ORG") in names
    assert ("大地運動", "ORG") in names
    assert sorted(a.name for a in events(text, "協議")[0].actors) == ["カリニン", "大地運動"]


def test_a_body_s_name_in_brackets_is_a_partner_not_a_quote() -> None:
    text = "ノバク首相は5日、野党「緑の道」との連携を否定した。"
    reading = read(text, PUBLISHED)
    assert not [q for q in reading.quotes if q.text == "緑の道"]
    assert sorted(a.name for a in events(text, "連携")[0].actors) == ["ノバク", "緑の道"]


def test_the_wire_credit_s_agency_is_no_antecedent_of_doosha() -> None:
    text = "【マニラ共同】国営パシグ石油の製油所で5日、火災が起きた。同社は原因を調査する方針だ。"
    assert ("パシグ石油", "ORG") in [(e.name, e.label) for e in read(text, PUBLISHED).entities]
    assert [a.name for a in events(text, "調査")[0].actors] == ["パシグ石油"]


def test_doosha_after_only_a_credit_stays_unresolved() -> None:
    text = "【ソウル共同】工場で5日、火災が起きた。同社は原因を調査する方針だ。"
    assert "共同通信" not in [a.name for a in events(text, "調査")[0].actors]


def test_an_agreement_that_is_its_own_condition_has_the_topic_as_party() -> None:
    text = "ノバク党首は、税制で合意できなければ連立政権には加わらないと述べた。"
    agreement = events(text, "合意")[0]
    assert agreement.status == "conditional"
    assert [a.name for a in agreement.actors] == ["ノバク"]


def test_an_agreement_yet_to_be_reached_is_not_the_one_reported_and_takes_its_occasion_s_date() -> None:
    text = (
        "日本の田中一郎経済産業相とチリのロハス経済相は14日、東京で会談し、関税の凍結で合意した。"
        "関係者によると、両国は来年3月の協議で合意できなければ、凍結を解除する。"
    )
    agreements = events(text, "合意")
    assert [a.status for a in agreements] == ["occurred", "conditional"]
    assert agreements[1].date == "2029-03"


@pytest.mark.parametrize("topic", ["国境管理", "国境警備の強化", "国境の画定"])
def test_a_partner_before_a_border_topic_is_a_partner(topic: str) -> None:
    text = f"ノバク内相は12日、ホルバート氏と{topic}について協議する予定だ。"
    assert sorted(a.name for a in events(text, "協議")[0].actors) == ["ノバク", "ホルバート"]


def test_a_country_a_place_borders_is_no_partner() -> None:
    text = "ノバク内相は12日、セルビアと国境を接する町を訪れ、住民と意見を交わした。"
    assert "セルビア" not in [a.name for e in read(text, PUBLISHED).events for a in e.actors]


def test_a_trigger_opening_a_noun_read_as_one_word_is_no_event() -> None:
    text = "FCノルテはMFの田中一郎と契約を結んだ。契約期間は2031年6月までとみられる。"
    assert [e.status for e in events(text, "契約")] == ["occurred"]


def test_a_person_s_followers_act_for_themselves_but_a_party_s_supporters_for_the_party() -> None:
    text = "判決はカマウ被告に言い渡された。裁判所の前では同被告の支持者ら約300人が判決に抗議した。"
    assert events(text, "抗議")[0].actors == ()
    text = "野党の国民刷新連合の支持者ら数千人が同日午後、広場でデモを行った。"
    assert [a.name for a in events(text, "デモ")[0].actors] == ["国民刷新連合"]


def test_a_country_first_named_by_its_one_character_form_is_a_country_of_both() -> None:
    text = (
        "英政府は2日、チリの漁業会社に制裁を発動した。チリ外務省は同日、英政府に抗議した。"
        "英国のスミス外相は撤回を拒否した。両国は、11月に予定していた外相会談を見送る方向で調整している。"
    )
    assert sorted(a.name for a in events(text, "外相会談")[0].actors) == ["チリ", "英国"]


def test_clubs_after_a_division_and_by_town_and_nickname_in_one_word() -> None:
    text = (
        "サッカーのイタリア1部、アトレティコ・ベルガモは29日、J2札幌ノーザンスターズに所属するFW山田太郎と"
        "契約を結んだと発表した。両クラブは育成で提携する方針だ。札幌は同日、移籍金を強化に充てると発表した。"
    )
    entities = {(e.name, e.label) for e in read(text, PUBLISHED).entities}
    assert ("アトレティコ・ベルガモ", "ORG") in entities
    assert ("札幌ノーザンスターズ", "ORG") in entities
    assert sorted(a.name for a in events(text, "提携")[0].actors) == [
        "アトレティコ・ベルガモ",
        "札幌ノーザンスターズ",
    ]


def test_a_japanese_person_named_later_by_the_surname_alone_is_the_same_person() -> None:
    text = (
        "FCノルテはMF西村大輔（22）と契約を結んだ。西村は30日に記者会見に臨み、「結果を出したい」と語った。"
    )
    quote = next(q for q in read(text, PUBLISHED).quotes if q.text == "結果を出したい")
    assert quote.speaker_name == "西村大輔"


def test_two_words_joined_by_a_dot_before_an_organisation_head_name_it() -> None:
    text = "ベルジンシュ首相は来週にも森・漁民連合や進歩党と連立協議に入る。野党・市民民主同盟は反発した。"
    names = {(e.name, e.label) for e in read(text, PUBLISHED).entities}
    assert ("森・漁民連合", "ORG") in names
    assert ("市民民主同盟", "ORG") in names and ("・市民民主同盟", "ORG") not in names
    assert sorted(a.name for a in events(text, "協議")[0].actors) == [
        "ベルジンシュ",
        "森・漁民連合",
        "進歩党",
    ]


def test_aid_decided_in_the_past_is_the_decision_made_and_aid_pledged_is_planned() -> None:
    text = "欧州連合（EU）も5日、30万ユーロの緊急援助を決めた。"
    assert events(text, "援助")[0].status == "occurred"
    text = "欧州連合（EU）は5日、30万ユーロの緊急援助を表明した。"
    assert events(text, "援助")[0].status == "planned"


@pytest.mark.parametrize("fear", ["の脅迫を受けて", "の恐れがあるとして"])
def test_an_attack_threatened_or_feared_is_no_attack(fear: str) -> None:
    text = f"市内で予定されていた祭りが、爆破{fear}中止された。"
    assert [e.type for e in read(text, PUBLISHED).events if e.type == "ASSAULT"] == []


def test_a_paper_named_after_a_country_in_full_is_a_source_and_no_club() -> None:
    text = (
        "サッカーのイタリア1部、アトレティコ・ベルガモは29日、FW山田太郎と契約を結んだ。"
        "イタリア紙ガゼッタによると、複数のクラブも獲得に動いていた。同クラブのロッシ会長は歓迎した。"
    )
    reading = read(text, PUBLISHED)
    assert ("ガゼッタ", "ORG") in {(e.name, e.label) for e in reading.entities}
    quote = next(q for q in reading.quotes if q.text.startswith("複数のクラブ"))
    assert quote.speaker_name == "ガゼッタ"
    club = next(e for e in reading.entities if any(m.text == "同クラブ" for m in e.mentions))
    assert club.name == "アトレティコ・ベルガモ"


def test_a_country_s_shorter_spelling_is_the_country() -> None:
    text = "大西洋の島国カボベルデで噴火が続いた。同国政府によると、けが人はいない。"
    assert ("GPE", "CPV") in {(e.label, e.country) for e in read(text, PUBLISHED).entities}


def test_doukou_after_a_central_bank_is_the_central_bank() -> None:
    text = "ペルー中央銀行は10日、政策金利を引き下げた。同行のロペス総裁は記者会見で述べた。"
    bank = next(e for e in read(text, PUBLISHED).entities if any(m.text == "同行" for m in e.mentions))
    assert bank.name == "ペルー中央銀行"


def test_doutou_after_a_party_named_by_its_leaning_is_that_party() -> None:
    text = "議会選挙は、中道左派のスロベニア社会同盟が40議席を得た。同党を率いるノバク首相は勝利を宣言した。"
    party = next(e for e in read(text, PUBLISHED).entities if any(m.text == "同党" for m in e.mentions))
    assert party.name == "スロベニア社会同盟"


def test_a_counted_group_standing_for_listed_bodies_is_a_group_but_a_name_or_kind_is_not() -> None:
    text = "英国、フランス、ドイツの3カ国は同日、声明を出した。主要7カ国の首脳は会った。首相は欧州3カ国を歴訪した。"
    groups = [m.text for e in read(text, PUBLISHED).entities if e.label == "GROUP" for m in e.mentions]
    assert groups == ["3カ国"]


def test_ryousha_and_ryoushou_are_group_words() -> None:
    text = "外務省と防衛省は5日、協議した。両省は声明を出した。組合と会社は交渉したが、両者は合意に至らなかった。"
    groups = {m.text for e in read(text, PUBLISHED).entities if e.label == "GROUP" for m in e.mentions}
    assert groups == {"両省", "両者"}


@pytest.mark.parametrize("owned", ["南部テキサス州の知事は述べた。", "金融大手ノースゲートは予想した。"])
def test_a_country_abbreviation_owning_a_region_or_a_company_kind_is_the_country(owned: str) -> None:
    text = "関係者によると、米" + owned
    assert ("米", "GPE") in {(m.text, e.label) for e in read(text, PUBLISHED).entities for m in e.mentions}


def test_a_seat_in_brackets_after_honsha_is_a_place_not_an_alias() -> None:
    text = "国土交通省は11日、バスを製造する南星モーターズ（本社横浜）に対し、報告を求めた。"
    found = {(m.text, e.label) for e in read(text, PUBLISHED).entities for m in e.mentions}
    assert ("横浜", "GPE") in found and ("本社横浜", "ORG") not in found


def test_a_town_s_central_bank_is_one_name_and_a_common_katakana_word_no_partner_company() -> None:
    text = "北星銀行は来月、地銀の仙台中央銀行とシステムの共同運用に関する協定を締結する予定だ。"
    reading = read(text, PUBLISHED)
    assert ("仙台中央銀行", "ORG") in {(e.name, e.label) for e in reading.entities}
    assert "システム" not in {e.name for e in reading.entities}
    assert sorted(a.name for a in events(text, "締結")[0].actors) == ["仙台中央銀行", "北星銀行"]
