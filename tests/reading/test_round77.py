"""Session 9's third round (batches 77-80): sentences of our own for the structural classes that
recur across batches (an unnamed crowd acts, not the topic of an earlier sentence)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2028, 3, 9, 19, 0, tzinfo=timezone(timedelta(hours=9)))


def actors(text: str) -> dict[str, tuple[str, ...]]:
    return {e.text: tuple(a.name for a in e.actors) for e in read(text, PUBLISHED).events}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "インドネシアのハリム外相は8日、新たな関税を批判した。ジャカルタでは同日、学生ら数千人が国会前に集まり、法案に抗議した。",
            "抗議",
        ),
        (
            "タイ野党のソムチャイ党首は7日、政府の対応を非難した。バンコクでは8日に市民団体による大規模なデモが予定されている。",
            "デモ",
        ),
        (
            "ボリビア野党のマルティネス党首は7日、選挙結果を受け入れないと表明した。同氏の陣営によると、首都ラパスでは同日夜、"
            "抗議デモに参加した支持者ら30人以上が警察に拘束された。",
            "抗議デモ",
        ),
    ],
)
def test_an_unnamed_crowd_acts_not_the_earlier_topic(text: str, trigger: str) -> None:
    assert actors(text)[trigger] == ()


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("韓国の金民洙外相は7日、日本政府に抗議した。", "抗議", "金民洙"),
        (
            "フィリピン政府は5日、2人が情報機関の指示で動いていたとして、中国を非難した。",
            "非難",
            "フィリピン",
        ),
    ],
)
def test_a_named_actor_or_a_small_count_keeps_the_actor(text: str, trigger: str, actor: str) -> None:
    assert actors(text)[trigger] == (actor,)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("一方、タイ漁業連盟は5日、燃料の補助金の支給が遅れたとして同国政府に抗議した。", "タイ漁業連盟"),
        (
            "一方、ベトナム繊維協会は、原料の価格が急騰するとして政府の輸入規制に抗議し、来月ハノイで集会を開く方針を示した。",
            "ベトナム繊維協会",
        ),
    ],
)
def test_the_subject_of_a_reason_clause_before_an_addressee_is_not_the_actor(text: str, actor: str) -> None:
    assert actors(text)["抗議"] == (actor,)


def test_a_body_named_with_its_officials_without_no_is_the_partner_of_a_talk() -> None:
    text = "国際水泳連盟（FINA）は8日、総会を開いた。タイ水泳協会のソムサク会長は、来週バンコクでFINA幹部と会談する見通しだ。"
    assert actors(text)["会談"] == ("ソムサク", "国際水泳連盟")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("オランダやベルギーなど欧州の加盟国は9日、イランを非難した。", "非難", ("オランダ", "ベルギー")),
        (
            "世界銀行は7日、スリランカへの融資を決めた。日本やフランスなど主要な債権国も、来月までに返済猶予について協議を始める見通しだ。",
            "協議",
            ("日本", "フランス"),
        ),
        (
            "ベトナムのミン商工相は8日、新たな関税を批判した。同氏はまた、日本や韓国など他の輸出先とも連携する考えを示した。",
            "連携",
            ("ミン", "日本", "韓国"),
        ),
    ],
)
def test_a_list_with_nado_and_a_described_kind_acts_as_a_whole(
    text: str, trigger: str, expected: tuple[str, ...]
) -> None:
    assert actors(text)[trigger] == expected


def test_a_province_after_the_part_of_its_country_is_a_place() -> None:
    text = "ラオス北部ルアンナムター省で8日、洪水が起きた。中国西部の四川省でも大雨の被害が出た。"
    found = {(e.name, e.label) for e in read(text, PUBLISHED).entities}
    assert ("ルアンナムター省", "GPE") in found
    assert ("四川省", "GPE") in found
    assert not any(label == "ORG" for _, label in found)


def test_a_secretariats_deputy_head_after_a_name_is_a_person_who_speaks() -> None:
    article = read(
        "国連環境計画（UNEP）のモラレス事務局次長は8日、「対策を急がなければならない」と述べた。", PUBLISHED
    )
    assert ("モラレス", "PERSON") in {(e.name, e.label) for e in article.entities}
    assert not any(e.label == "ORG" and e.name.startswith("モラレス") for e in article.entities)
    assert [q.speaker for q in article.quotes if q.speaker] and all(
        next(e.name for e in article.entities if e.id == q.speaker) == "モラレス" for q in article.quotes
    )


def test_cooperation_also_agreed_to_with_demo_is_planned_and_undated() -> None:
    text = "インドのシン外相は8日、タイのソムチャイ商務相と会談し、重要鉱物の共同調達で協力することでも一致した。"
    event = next(e for e in read(text, PUBLISHED).events if e.text == "協力")
    assert (event.status, event.date) == ("planned", None)


@pytest.mark.parametrize(
    "text",
    [
        "ターナー外相は9日、訪日した。\n\nドライブ先住民関係相は同日、ウィニペグを訪問し、州のハリス首相と会談した。",
        "英国のブレイク公共安全相は同日、リバプールを訪問し、市のハリス市長と会談した。",
    ],
)
def test_a_katakana_common_word_before_an_unlisted_minister_is_a_surname(text: str) -> None:
    talk = next(e for e in read(text, PUBLISHED).events if e.text == "会談")
    assert talk.actors[0].name in ("ドライブ", "ブレイク")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("格付け大手A&Mレーティングスは8日、同国の見通しを引き下げた。", "A&Mレーティングス"),
        ("通信大手NTTは8日、値下げを発表した。", "NTT"),
    ],
)
def test_a_company_in_latin_letters_after_its_kind_is_an_organisation(text: str, name: str) -> None:
    assert (name, "ORG") in {(e.name, e.label) for e in read(text, PUBLISHED).entities}


def test_a_province_named_again_alone_stays_a_place() -> None:
    text = (
        "ラオス北部ルアンナムター省で8日、洪水が起きた。ルアンナムター省の当局者によると、死者は5人に上った。"
    )
    article = read(text, PUBLISHED)
    found = {(e.name, e.label) for e in article.entities}
    assert ("ルアンナムター省", "GPE") in found
    assert ("ルアンナムター省", "ORG") not in found


def test_an_object_called_off_after_a_reason_clause_is_denied() -> None:
    text = "労組は10日に予定していたストライキを、経営側の譲歩を受けて中止した。"
    strike = next(e for e in read(text, PUBLISHED).events if e.text == "ストライキ")
    assert strike.status == "denied"


def test_a_trigger_word_inside_a_party_name_is_no_event() -> None:
    text = "インドの国民会議派は8日、政府を批判した。"
    assert [e.text for e in read(text, PUBLISHED).events] == ["批判"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("自民党の佐藤一郎幹事長代行は8日、野党の対応を批判した。", "佐藤一郎"),
        ("日本維新の会の鈴木花子共同代表は8日、政府の対応を批判した。", "鈴木花子"),
        ("国民民主党の田中誠代表代行は8日、政府の対応を批判した。", "田中誠"),
        ("韓国野党・未来統合党のパク・ジフン院内代表は8日、政府の対応を批判した。", "パク・ジフン"),
    ],
)
def test_a_party_officer_after_the_party_is_the_actor(text: str, actor: str) -> None:
    assert actors(text)["批判"] == (actor,)
