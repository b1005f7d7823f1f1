"""Bodies named in brackets and by acronyms (session 6, batches 27-28 round): sentences of our own."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read
from kijiyomi.reading.model import Reading

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2024, 6, 20, 18, 0, tzinfo=timezone(timedelta(hours=9)))


def reading(text: str) -> Reading:
    return read(text, PUBLISHED)


def mentions(found: Reading, text: str, name: str) -> list[str]:
    entity = next(e for e in found.entities if e.name == name)
    return [text[m.start : m.end] for m in entity.mentions]


def test_an_agency_named_in_brackets_with_its_acronym_inside_acts_under_both() -> None:
    text = "ドーピングを調べる独立機関「国際検査機構（ITA）」は10日、選手に資格停止処分を言い渡した。ITAは昨年から調査を進めていた。"
    found = reading(text)
    assert mentions(found, text, "国際検査機構") == ["国際検査機構", "ITA", "ITA"]
    assert {a.name for e in found.events for a in e.actors} == {"国際検査機構"}


def test_the_acronym_of_a_listed_party_names_it_later() -> None:
    text = "ドイツの野党の自由民主党（FDP）は10日、声明を出した。FDPは連立に加わらない。"
    assert mentions(reading(text), text, "自由民主党") == ["自由民主党", "FDP", "FDP"]


def test_a_bracketed_name_again_in_brackets_is_the_partner_of_talks() -> None:
    text = (
        "左派の市民団体「未来の声」は10日、デモを行った。農民党のノバク党首は、国民党との連立協議には"
        "応じないと明言し、「未来の声」などと協議する方針を示した。"
    )
    found = reading(text)
    assert mentions(found, text, "未来の声") == ["未来の声", "未来の声"]
    talks = sorted((e.status, sorted(a.name for a in e.actors)) for e in found.events if e.type == "CONSULT")
    assert talks == [("denied", ["ノバク", "国民党"]), ("planned", ["ノバク", "未来の声"])]


def test_a_commission_of_a_ministry_acts_and_its_investigators_are_no_act() -> None:
    text = "経済産業省の電力安全委員会は19日、事故調査官2人を現地に派遣し、20日から調査を始めた。"
    found = reading(text)
    assert mentions(found, text, "電力安全委員会") == ["電力安全委員会"]
    acts = sorted((e.type, [a.name for a in e.actors]) for e in found.events)
    assert acts == [("AID", ["電力安全委員会"]), ("INVESTIGATE", ["電力安全委員会"])]


def test_a_company_after_its_kind_and_a_comma_is_named() -> None:
    text = (
        "北斗電機は、韓国の医療機器メーカー、ソウル・メディテックを相手取り、訴訟を起こした。"
        "ソウル・メディテックは声明で「特許は無効だ」と反論した。"
    )
    found = reading(text)
    assert mentions(found, text, "ソウル・メディテック") == ["ソウル・メディテック", "ソウル・メディテック"]
    speaker = found.entity(found.quotes[0].speaker) if found.quotes[0].speaker else None
    assert speaker is not None and speaker.name == "ソウル・メディテック"


def test_a_chamber_of_a_country_s_parliament_is_one_org_and_its_member_s_visit_is_not_its_act() -> None:
    text = (
        "ロシア外務省は19日、ポーランド上院のノバク議長が先週キーウを訪問したことへの対抗措置として、"
        "ポーランドの防衛企業2社を制裁対象に加えたと発表した。"
    )
    found = reading(text)
    assert "ポーランド上院" in [e.name for e in found.entities if e.label == "ORG"]
    sanction = next(e for e in found.events if e.type == "SANCTION")
    assert [a.name for a in sanction.actors] == ["ロシア外務省"]


def test_a_region_written_before_a_country_body_is_a_place_of_its_own() -> None:
    for text, region, body in (
        ("南米ペルー外務省は19日、チリの大使を呼んで抗議した。", "南米", "ペルー外務省"),
        ("中東カタール航空は19日、新路線を発表した。", "中東", "カタール航空"),
    ):
        found = reading(text)
        assert [(e.label, e.name) for e in found.entities][:2] == [("LOC", region), ("ORG", body)]
