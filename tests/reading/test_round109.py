"""Session 12's first round (batches 109-116): sentences of our own for the classes that recur
across batches (a katakana field before a kind of company, ...)."""

from __future__ import annotations

import pytest
from round_sentences import PUBLISHED, actors, dates, gpe_names, mention_texts, orgs, person_mentions

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a field written in katakana, then the kind of company: the letter is the company's country
        ("独ソフトウエア企業ノルトハイムは8日、上場を延期した。", "ドイツ"),
        ("韓バイオ大手のセウォンは8日、新薬の治験を始めた。", "韓国"),
        ("英ゲーム会社グリーンリーフは8日、人員削減を発表した。", "英国"),
    ],
)
def test_a_country_abbreviation_before_a_katakana_kind_of_company_is_the_country(
    text: str, country: str
) -> None:
    assert country in gpe_names(text)
    assert not orgs(text) & {"ソフトウエア", "バイオ", "ゲーム"}


def test_a_country_abbreviation_before_a_katakana_name_is_still_its_company() -> None:
    """Deliberate guard: 米ブライトウェーブは names the company, not a kind."""
    assert "ブライトウェーブ" in orgs("米ブライトウェーブは8日、新型端末を発表した。")


def test_the_president_of_the_european_commission_is_an_office_after_the_name() -> None:
    text = "欧州連合（EU）のデュボワ欧州委員長は8日、森田外相と会談し、供給網の強化で一致した。"
    assert "デュボワ欧州委員長" in person_mentions(text)["デュボワ"]
    assert actors(text)["一致"] == {"デュボワ", "森田"}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("緑政党の代表は8日、記者会見を開いた。", "緑政党"),
        ("与党と友政党は8日、選挙協力で合意した。", "友政党"),
    ],
)
def test_a_party_named_one_kanji_before_seito_is_found(text: str, party: str) -> None:
    assert party in orgs(text)


@pytest.mark.parametrize("text", ["新政党の結成は8日、見送られた。", "主要政党の幹部は8日、集まった。"])
def test_a_kind_of_party_ending_in_seito_is_no_name(text: str) -> None:
    """Deliberate guard: 新政党 (a new party) and 主要政党 (the main parties) are kinds."""
    assert not orgs(text)


def test_a_company_after_a_country_letter_and_its_kind_is_the_second_conjunct() -> None:
    """東洋化成と|英|製薬会社の|ノーブル・ラボは: the letter owns the kind; both companies agree."""
    text = "化学大手の東洋化成と英製薬会社のノーブル・ラボは8日、工場を共同で運営することで合意したと明らかにした。"
    assert actors(text)["合意"] == {"東洋化成", "ノーブル・ラボ"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("仏ゲーム会社のリュミエールは8日、新作の発売を延期した。", "リュミエール"),
        ("北辰工業は8日、米工具会社のハーパーと和解した。", "ハーパー"),
    ],
)
def test_a_katakana_name_after_a_line_of_business_and_kaisha_no_is_a_company(text: str, name: str) -> None:
    assert name in orgs(text)


def test_a_thing_a_company_makes_after_kaisha_no_is_no_company() -> None:
    """Deliberate guard: 開発会社のソフトを names what the developers make, not a company."""
    assert "ソフト" not in orgs("当局は8日、開発会社のソフトを調べると発表した。")


@pytest.mark.parametrize(
    ("text", "event", "holder"),
    [
        # a connective opens the sentence without a comma: the bare title is still the article's holder
        (
            "青木誠知事は8日、漁協の組合長と面会した。これに対し知事は、組合長に協力を要請した。",
            "要請",
            "青木誠",
        ),
        ("沢田守首相は8日、訪米を終えた。一方首相は、野党党首に党首会談を求めた。", "求め", "沢田守"),
    ],
)
def test_a_bare_title_after_an_opening_connective_is_the_holder(text: str, event: str, holder: str) -> None:
    assert actors(text)[event] == {holder}


def test_a_station_written_after_its_prefectures_police_is_one_body() -> None:
    """宮城県警石巻署 is one station (as 石巻署 alone is); 同署 then refers to it and it acts."""
    text = "宮城県警石巻署は8日、窃盗の疑いで男を逮捕した。同署によると、男は容疑を否認している。"
    mentions = mention_texts(text)
    assert mentions["宮城県警石巻署"] == ["宮城県警石巻署", "同署"]
    assert actors(text)["逮捕"] == {"宮城県警石巻署"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a city's, town's or Hokkaido's assembly, the place known to Sudachi but not to the lexicon
        ("石巻市議会は8日、市長の辞職勧告決議を可決した。", "石巻市議会"),
        ("美浜町議会は8日、原発の運転延長に同意した。", "美浜町議会"),
        ("北海道議会は8日、補正予算案を可決した。", "北海道議会"),
        # after its prefecture, the city's assembly
        ("宮城県石巻市議会は8日、陳情を採択した。", "石巻市議会"),
    ],
)
def test_a_local_assembly_after_its_place_is_one_body(text: str, body: str) -> None:
    assert body in orgs(text)


def test_an_assembly_word_after_a_word_that_is_no_place_is_no_body() -> None:
    """Deliberate guard: 臨時市議会 (an extraordinary session) names no assembly."""
    assert not orgs("臨時市議会は8日、開かれた。")


def test_a_bare_assembly_subject_after_a_named_one_is_that_assembly() -> None:
    text = "秋田県議会は8日、条例案を可決した。県議会は来月、補正予算案を協議する。"
    assert actors(text)["協議"] == {"秋田県議会"}


def test_a_long_description_between_a_country_and_its_armed_group_keeps_the_coordination() -> None:
    """X軍と|Yの|イスラム過激派武装組織|Zの戦闘員が: the description (up to 12 characters) leaves both sides."""
    text = "国境の村で8日、ケニア軍とソマリアのイスラム過激派武装組織ベルデの戦闘員が交戦した。"
    assert actors(text)["交戦"] == {"ケニア軍", "ベルデ"}


def test_the_polices_deployment_before_an_arrest_on_suspicion_is_the_polices_act() -> None:
    """A suspect's act stays unattributed before "…の疑いで…逮捕" (a deliberate earlier rule), but
    deploying officers is the police's own act."""
    text = "大阪府警は8日、会場の周辺に警察官約300人を配備し、暴行の疑いで男2人を逮捕した。"
    assert actors(text)["配備"] == {"大阪府警"}


def test_the_agent_before_a_long_owned_target_still_acts() -> None:
    """Xによる|(a target of up to 20 characters)|への攻撃: X attacks."""
    text = "声明は、イランによる隣国イラクのクルド人自治区の施設への攻撃を非難した。"
    assert actors(text)["攻撃"] == {"イラン"}


def test_a_past_act_reported_with_toiu_is_past() -> None:
    """…したという。 reports a past act: the bare day is not carried into next month."""
    text = "国境警備隊によると、武装集団が5日未明、検問所を襲撃したという。"
    assert dates(text)["5日未明"] == "2028-03-05TNI"
    event = read(text, PUBLISHED).events[0]
    assert (event.date, event.status) == ("2028-03-05", "occurred")


def test_a_plan_reported_with_da_toiu_stays_ahead() -> None:
    """Deliberate guard: …予定だという。 is still a plan, so a day before the news day is next month's."""
    assert dates("組合によると、5日に本部前で集会を開く予定だという。")["5日"] == "2028-04-05"


def test_a_weather_observatory_named_by_its_place_is_a_body_that_acts_when_written_again() -> None:
    text = "宮崎地方気象台によると、8日は記録的な大雨となった。気象台は9日、河川の氾濫への警戒を呼びかけた。"
    mentions = mention_texts(text)
    assert mentions["宮崎地方気象台"] == ["宮崎地方気象台", "気象台"]
    assert actors(text)["呼びかけ"] == {"宮崎地方気象台"}


def test_a_bare_observatory_with_none_named_before_is_no_body() -> None:
    """Deliberate guard: 気象台 alone names no observatory."""
    assert not orgs("気象台は9日、警戒を呼びかけた。")


@pytest.mark.parametrize("province", ["慶尚北道", "忠清南道", "京畿道"])
def test_a_korean_province_is_one_place(province: str) -> None:
    """慶尚北道 is one GPE, not 慶尚 and 北道."""
    assert province in gpe_names(f"韓国の{province}で8日、山火事が起きた。")


def test_talks_with_a_duration_before_a_reported_intention_took_place() -> None:
    """ "約40分間会談し、…考えを伝えた" in a sentence with no date of its own: the talks were held (on the
    day of the sentence before), not planned."""
    text = "沢田守首相は8日、被災地を視察した。首相は大分県の川野浩知事と約40分間会談し、復旧を急ぐ考えを伝えた。"
    event = next(e for e in read(text, PUBLISHED).events if e.text == "会談")
    assert (event.date, event.status) == ("2028-03-08", "occurred")


def test_the_ministries_concerned_are_no_body() -> None:
    """関係省庁 (the ministries and agencies concerned) is no one body and holds no meeting; the
    government that convenes them does."""
    text = "フランス政府は8日、関係省庁の対策会議を開き、燃料の備蓄について協議した。"
    assert not orgs(text)
    assert actors(text)["会議"] == {"フランス"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("マレーシア国立銀行（中央銀行）は8日、政策金利を据え置いた。", "マレーシア国立銀行"),
        ("杭州市の中級人民法院（地裁）は8日、被告に懲役刑を言い渡した。", "中級人民法院"),
    ],
)
def test_a_bracketed_kind_after_a_body_is_a_gloss_not_its_alias(text: str, body: str) -> None:
    mentions = mention_texts(text)
    assert mentions[body] == [body]


def test_our_country_is_no_named_country() -> None:
    """わが国 is the speaker's own country, whoever speaks: no mention of Japan (nor of any country)."""
    text = "フランスのルノー外相は8日、「わが国は支援を続ける」と述べた。"
    assert gpe_names(text) == {"フランス"}


def test_the_neighbouring_countries_are_no_group() -> None:
    """周辺国 (the countries around, none named) is no GROUP: nothing in the article says which."""
    text = "ベトナム政府は8日、周辺国に対し、協力を呼びかけた。"
    assert "周辺国" not in {e.name for e in read(text, PUBLISHED).entities}
