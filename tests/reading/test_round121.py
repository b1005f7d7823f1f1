"""Session 12's third round (blind batches 121-124): sentences of our own for the mechanisms
whose misses recur across batches (bare titles as partners, ...)."""

from __future__ import annotations

import pytest
from round_sentences import actors, orgs, person_mentions

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a bare title as the partner of a meeting (首相と) is the holder named before
        ("石橋和夫首相は8日、記者団に答えた。野党の木原代表は同日、首相と来週会談する方針を示した。", "会談"),
        ("山根聡子知事は8日、現地を視察した。川村町長は同日、知事と復旧策を協議した。", "協議"),
    ],
)
def test_a_bare_title_as_partner_is_the_holder(text: str, trigger: str) -> None:
    assert len(actors(text)[trigger]) == 2


def test_a_bare_title_addressed_is_a_mention_of_the_holder() -> None:
    text = "石橋和夫首相は8日、記者団に答えた。野党の代表は同日、首相に対し説明を求めた。"
    assert person_mentions(text)["石橋和夫"] == ["石橋和夫首相", "首相"]


def test_the_office_given_is_no_mention() -> None:
    """Deliberate guard: 外相に就任 names the office someone takes, not the holder named before."""
    text = "森本健一外相は8日、辞任した。後任には野口氏が起用され、野口氏は翌日、外相に就任する。"
    assert person_mentions(text)["森本健一"] == ["森本健一外相"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a chamber is named as written: 衆院 / 参院 is its own name (the annotations' convention),
        ("参院は5日、農相に対する問責決議案を反対多数で否決した。", "参院"),
        # and written in full it keeps its full name
        ("参議院は5日、農相に対する問責決議案を反対多数で否決した。", "参議院"),
    ],
)
def test_a_chamber_is_named_as_written(text: str, name: str) -> None:
    assert actors(text)["否決"] == {name}


@pytest.mark.parametrize(
    "text",
    [
        # a protest that goes on with an adverb before the verb (デモが連日続き): no one is carried over
        "チリ検察庁は先月から、大臣の収賄疑惑を捜査していた。首都では先週、大臣の辞任を求めるデモが連日続いた。",
        # a crowd counted as joining it (デモに約3万人が参加): the crowd protests, not the earlier subject
        "チリ国家警察は5日、約20人を拘束した。首都でも同様のデモに約3万人が参加した。",
    ],
)
def test_a_protest_joined_or_going_on_has_no_carried_actor(text: str) -> None:
    assert actors(text)["デモ"] == set()


def test_a_protest_held_by_its_subject_keeps_it() -> None:
    """Deliberate guard: the union that holds the protest (労組は…デモを行い) is its actor."""
    text = "全国鉄道労組は5日、首都で賃上げを求めるデモを行い、約3万人が参加した。"
    assert actors(text)["デモ"] == {"全国鉄道労組"}


@pytest.mark.parametrize(
    "text",
    [
        # a bare title right after a day (5日に首相と) or a request (…よう首相に) opens its phrase too
        "石橋和夫首相は8日、記者団に答えた。野党の木原代表は、5日に首相と会う予定だ。",
        "石橋和夫首相は8日、記者団に答えた。野党の木原代表は、審議を急がないよう首相に求めた。",
    ],
)
def test_a_bare_title_after_a_day_or_a_request_is_the_holder(text: str) -> None:
    assert person_mentions(text)["石橋和夫"] == ["石橋和夫首相", "首相"]


def test_the_current_session_of_a_body_is_no_mention_of_it() -> None:
    assert "国会" not in orgs("石橋和夫首相は、今国会での法案の成立を目指す考えを示した。")


def test_the_body_itself_stays_a_mention() -> None:
    """Deliberate guard: 国会は…可決した is the body."""
    assert "国会" in orgs("国会は5日、予算案を賛成多数で可決した。")


def test_an_act_blamed_in_a_reason_clause_keeps_its_written_agent() -> None:
    text = "ウクライナ外務省は1日、ロシア軍による3日夜の砲撃で送電線が損傷したとして、ロシアを非難した。"
    assert actors(text)["砲撃"] == {"ロシア軍"}


def test_an_act_blamed_without_its_agent_has_none() -> None:
    """Deliberate guard: with no agent written, the act blamed is not the accuser's."""
    text = "ウクライナ外務省は1日、3日夜の砲撃で送電線が損傷したとして、ロシアを非難した。"
    assert actors(text)["砲撃"] == set()


def test_a_partner_among_a_leadership_is_a_partner() -> None:
    text = "ハリス大統領は8日、来週にもモラレス氏ら議会指導部と協議する方針だ。"
    assert actors(text)["協議"] == {"ハリス", "モラレス"}


@pytest.mark.parametrize(
    "text",
    [
        # the owner of an inquiry the subject sets about is what is investigated, not who investigates
        "兵庫県警は2日、北斗建設の捜査に着手した。",
        "兵庫県警は2日、建設会社「北斗建設」（神戸市）の捜査を始めた。",
    ],
)
def test_an_inquiry_set_about_is_the_subjects(text: str) -> None:
    assert actors(text)["捜査"] == {"兵庫県警"}
