"""Session 11's second round (batches 101-108): sentences of our own for the classes that recur
across batches (a bare day of last month after a day of this one, ...)."""

from __future__ import annotations

import pytest
from round_sentences import PUBLISHED, actors, dates, gpe_names, orgs, person_mentions

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        # a pluperfect act after this month's day: the day is last month's
        ("理事会は9日の会合で報告書を承認した。報告書は25日に専門部会を通っていた。", "25日", "2028-02-25"),
        # a topic's day before its past act: the same
        ("市長は9日、談話を出した。市長は28日、視察先のリヨンで記者団に語った。", "28日", "2028-02-28"),
    ],
)
def test_a_past_act_on_a_later_day_than_the_news_day_is_last_months(text: str, day: str, value: str) -> None:
    assert dates(text)[day] == value


def test_the_next_day_after_a_later_date_is_the_day_after_the_news_day() -> None:
    """翌10日 after a date next month (来月2日) is the day after the news day (the 9th), as its
    number says, not the 10th of that month."""
    text = "市は9日、展示場の休館を来月2日まで続けると発表した。隣の図書館も翌10日は休館する。"
    assert dates(text)["翌10日"] == "2028-03-10"


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        ("協会は9日の理事会で、20日に総会を開く予定だと説明した。", "20日", "2028-03-20"),
        ("組合は9日、交渉を再開した。組合は18日から3日間の日程で大会を開くと決めた。", "18日", "2028-03-18"),
        ("県は9日、対策本部を設けた。県は14日まで河川敷への立ち入りを禁じた。", "14日", "2028-03-14"),
    ],
)
def test_a_day_set_ahead_in_a_past_sentence_stays_in_this_month(text: str, day: str, value: str) -> None:
    """Deliberate guard: a plan, a span or an act to come keeps the day after the news day."""
    assert dates(text)[day] == value


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        # a central bank's board member, a party's tax panel head, a Chinese company's chairman
        ("中央銀行の川村修審議委員は8日、講演で利下げに慎重な考えを示した。", "川村修", "川村修審議委員"),
        ("与党の森田和夫税制調査会長は8日、記者団の取材に応じた。", "森田和夫", "森田和夫税制調査会長"),
        ("電池大手、華東電能の陳志明董事長は8日、上海で会見した。", "陳志明", "陳志明董事長"),
        ("同社の李国強総経理は8日、新工場の計画を明らかにした。", "李国強", "李国強総経理"),
        # an office held in an acting capacity
        ("米運輸省のジョンソン長官代行は8日、声明を出した。", "ジョンソン", "ジョンソン長官代行"),
        ("東邦精機の原田剛社長代理は8日、取引先に謝罪した。", "原田剛", "原田剛社長代理"),
    ],
)
def test_an_office_title_after_a_name_belongs_to_the_person_mention(
    text: str, name: str, mention: str
) -> None:
    assert mention in person_mentions(text)[name]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a country abbreviation before the kind of company it owns
        ("英保険会社ノースリッジは8日、増資を発表した。", "英国"),
        ("仏IT企業ソフィアテックは8日、新製品を発表した。", "フランス"),
        ("独格付け大手ラインラントは8日、見通しを引き下げた。", "ドイツ"),
        ("米資産運用ファンドのオークベイは8日、株式を買い増した。", "米国"),
    ],
)
def test_a_country_abbreviation_before_a_kind_of_company_is_the_country(text: str, country: str) -> None:
    assert country in gpe_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "中小企業の経営者は8日、支援策を求めた。",
        "日系企業の工場は8日、操業を止めた。",
        "同連盟の加盟企業は8日、声明を出した。",
    ],
)
def test_a_kind_of_company_after_a_kanji_that_is_no_abbreviation_names_no_country(text: str) -> None:
    """Deliberate guard: 中小, 日系, 加盟 are words, not a country's letter."""
    assert not gpe_names(text) & {"中国", "日本", "カナダ"}


def test_the_group_of_twenty_written_without_its_leading_word_is_one_body() -> None:
    text = "大阪で開かれた20カ国・地域（G20）首脳会議は8日、閉幕した。G20は次回の開催地を決めた。"
    assert orgs(text) >= {"20カ国・地域"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a body's ministers (or ministers and central bankers) meet: the body holds the meeting
        ("ローマで開かれた主要7カ国（G7）財務相・中央銀行総裁会議は8日、閉幕した。", "主要7カ国"),
        ("東南アジア諸国連合（ASEAN）国防相会議が8日、ハノイで開かれた。", "東南アジア諸国連合"),
    ],
)
def test_a_meeting_of_a_bodys_ministers_is_held_by_the_body(text: str, body: str) -> None:
    assert actors(text)["会議"] == {body}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a state news agency as the subject of a speech act: its country acts
        ("北朝鮮の朝鮮中央通信は8日、論評を出し、韓国の新型ミサイル配備を「挑発だ」と非難した。", "非難"),
        ("北朝鮮の朝鮮中央通信は8日、米空母の寄港に対し、強力な対抗措置を取ると警告した。", "警告"),
    ],
)
def test_a_state_news_agencys_act_is_its_countrys(text: str, trigger: str) -> None:
    assert actors(text)[trigger] == {"北朝鮮"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the kind of body, の, then its name in 「」 ending in a word for a body
        ("反政府勢力の「東方戦線」は8日、声明を出した。", "東方戦線"),
        ("武装組織の「山岳解放軍」が8日、拠点を移した。", "山岳解放軍"),
    ],
)
def test_a_bracketed_name_after_its_kind_and_no_is_a_body(text: str, name: str) -> None:
    assert name in orgs(text)


def test_a_bracketed_plan_after_a_party_and_no_is_no_body() -> None:
    """Deliberate guard: 党の「改革案」 quotes what the party wrote, no name of a body."""
    assert not orgs("党の「改革案」は8日、公表された。組合の「行動計画」も示された。") & {
        "改革案",
        "行動計画",
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a described company as the place where something happened (…大手のXで)
        (
            "通信大手のヒカリネットで約100万人分の情報が流出した。ヒカリネットの社長は謝罪した。",
            "ヒカリネット",
        ),
        ("電機大手のヤマブキで8日、不正が見つかった。", "ヤマブキ"),
    ],
)
def test_a_described_company_where_something_happened_is_a_body(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [
        # the forces of two countries written with their letters and 両軍: the countries act
        ("米比両軍は5月、ルソン島北部で上陸演習を実施する計画だ。", "演習", {"米国", "フィリピン"}),
        ("日豪両軍は8日、共同演習を始めた。", "演習", {"日本", "オーストラリア"}),
    ],
)
def test_the_forces_of_two_countries_written_with_their_letters_are_the_countries(
    text: str, trigger: str, countries: set[str]
) -> None:
    assert actors(text)[trigger] == countries


def test_a_chinese_name_read_as_a_common_word_before_an_office_is_a_person() -> None:
    """王立 is also a word (royal): after の and before a listed office, three kanji are a name."""
    text = "中国商務省の王立峰報道官は8日、米国の輸出規制に反発する談話を出した。"
    assert "王立峰" in person_mentions(text)


def test_a_royal_body_without_an_office_after_it_is_no_person() -> None:
    """Deliberate guard: 王立 before a body's name (no office after it) stays a word."""
    assert not person_mentions("英国の王立研究所は8日、報告書を公表した。")


def test_an_officer_with_an_acronym_speaks_for_the_owner_named_before() -> None:
    """両国の陸軍作戦部長（ADMO）は: the acronym of the office does not hide the two countries."""
    text = (
        "ペルーとエクアドルの国境で7日、衝突があった。両国の陸軍作戦部長（ADMO）は8日、"
        "電話で協議し、停戦を守ることで一致した。"
    )
    assert actors(text)["協議"] == {"ペルー", "エクアドル"}


def test_a_short_name_in_brackets_before_a_fact_about_the_body_is_its_alias() -> None:
    """（X労、組合員約N人）: the short name, then the body's size; the body is named again by it."""
    text = (
        "九州の港で働く人が加わる西海港湾労働組合（西港労、組合員約900人）は8日、長崎市で抗議集会を開いた。"
        "西港労は船会社と交渉を続ける方針だ。"
    )
    union = next(e for e in read(text, PUBLISHED).entities if e.name == "西海港湾労働組合")
    assert [text[m.start : m.end] for m in union.mentions].count("西港労") == 2
    assert actors(text)["交渉"] == {"西海港湾労働組合"}
