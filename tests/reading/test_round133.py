"""Session 13's second round (blind batches 133-140): sentences of our own for the mechanisms whose
misses recur across batches and writers (the findings of an inquiry, a breach of a truce, ...)."""

from __future__ import annotations

import pytest
from round_sentences import events

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]


@pytest.mark.parametrize(
    "text",
    [
        # the findings of an inquiry told before (調査結果, 調査の結果は) are a thing, not a new inquiry
        "金融庁は8日、北陸信金の融資について調査を始めた。同庁は来月中に調査結果を公表する。",
        "金融庁は8日、北陸信金の融資について調査を始めた。同庁によると、調査の結果は5月にもまとまる。",
        # a breach of a truce (停戦違反) is no truce made
        "インド外務省は8日、パキスタン側の停戦違反を調査するよう国連に求めた。",
        "ミャンマー国軍による停戦違反は昨年だけで40件を超えた。",
    ],
)
def test_findings_or_a_breach_are_no_act_of_their_own(text: str) -> None:
    kinds = [(kind, trigger) for kind, trigger, _, _ in events(text)]
    assert ("INVESTIGATE", "調査") not in kinds[1:]
    assert all(kind != "RETREAT" for kind, _ in kinds)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # those taking part (デモ参加者, スト参加者) and the accord a cooperation names (経済協力協定)
        ("市の警察当局によれば、デモ参加者のうち15人が夜までに拘束された。", ["COERCE"]),
        ("港湾局によると、スト参加者のうち3人が軽いけがをした。", []),
        (
            "チリとペルーの両首脳は5日、リマで会談し、包括的な経済協力協定に署名した。",
            ["CONSULT", "AGREE"],
        ),
    ],
)
def test_a_noun_made_from_the_trigger_is_no_act(text: str, kinds: list[str]) -> None:
    assert [kind for kind, _, _, _ in events(text)] == kinds


def test_an_inquiry_whose_outcome_is_told_stays_an_event() -> None:
    """Deliberate guard: 調査の結果、… tells what the inquiry itself found (the act, dated)."""
    text = "北陸信金の第三者委員会は8日、半年にわたる調査の結果、元支店長の不正を認定した。"
    assert ("INVESTIGATE", "調査", "2028-03-08", "occurred") in events(text)


@pytest.mark.parametrize(
    "text",
    [
        # the meeting planned, named again as what may come about (会談が実現すれば…ぶり), what a party
        # would join (協議への参加) or what is being prepared (首脳会談の準備): no second meeting
        "ベトナムの首相は8日、タイの首相と来月にも会談したいと述べた。両首相の会談が実現すれば2年半ぶりだ。",
        "エジプト政府は7日、スーダンの両勢力による和平協議を来週カイロで開くと発表した。RSFの報道官は協議への参加を表明した。",
        "インドのシン首相は8日、ブラジルのロペス大統領と電話で話し、来月ニューデリーで首脳会談を開くことで一致した。両国の外務省は首脳会談の準備を急いでいる。",
    ],
)
def test_a_planned_meeting_named_again_is_no_second_meeting(text: str) -> None:
    meetings = [e for e in events(text) if e[0] == "CONSULT"]
    assert len(meetings) == 1
    assert meetings[0][3] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        # help asked for is no help given: an act listed with など before the asking verb
        "山形県の知事は8日、給水車や仮設トイレの派遣などの支援を国に要請した。",
        "秋田県の佐藤知事は8日、自衛隊の派遣などを防衛省に要請した。",
        # 要望 asks, as 要請 does
        "秋田県の佐藤知事は来週にも国土交通省を訪れ、道路の早期復旧への支援を政府に要望する。",
    ],
)
def test_help_asked_for_is_no_help_given(text: str) -> None:
    kinds = [kind for kind, _, _, _ in events(text)]
    assert "AID" not in kinds
    assert "REQUEST" in kinds


def test_a_letter_of_requests_keeps_what_it_asks() -> None:
    """Deliberate guard: 要望書 is a document, so …を求める要望書 leaves 求める the request."""
    text = "秋田県の市民団体は8日、被災者への支援を求める要望書を県に提出した。"
    assert any(kind == "REQUEST" and trigger.startswith("求め") for kind, trigger, _, _ in events(text))


@pytest.mark.parametrize(
    "text",
    [
        # an act reported before, judged in a quote as a topic (制裁は「…」と反発): a reaction to it,
        # as 制裁を「…」と非難 is, on the reaction's day
        "欧州連合（EU）は8日、ベラルーシの高官ら12人に制裁を科すと発表した。ベラルーシ外務省は9日、制裁は「主権への攻撃だ」と反発した。",
        "タイとラオスの外相は7日、国境問題を巡ってビエンチャンで協議した。タイ外務省の報道官は8日、協議は「実りあるものだった」と評価した。",
    ],
)
def test_an_act_judged_in_a_quote_is_the_one_reported_before(text: str) -> None:
    assert len(events(text)) == 1


def test_an_act_first_named_as_the_topic_of_a_quote_stays_an_event() -> None:
    """Deliberate guard: with no earlier act of its kind, the act judged is told here."""
    assert [e[0] for e in events("ラオス外務省は8日、協議は「来月も続ける」と述べた。")] == ["CONSULT"]


def test_a_measure_read_as_a_countermeasure_is_no_threat() -> None:
    """An act taken, then read as a countermeasure (…に対する対抗措置との見方): no threat."""
    text = "ペルー政府は8日、チリ産ワインの輸入を停止した。チリの魚粉への課税に対する対抗措置との見方が強い。"
    assert [kind for kind, _, _, _ in events(text)] == ["SANCTION"]


def test_a_countermeasure_named_in_a_condition_stays_a_threat() -> None:
    """Deliberate guard: in a sentence opened by a condition (…した場合、…報復措置として…), the measure
    named is the threat, not an act read as a countermeasure."""
    text = "チリが関税を上げた場合、ペルー政府は報復措置として同国産ワインの輸入を停止する方針だ。"
    assert ("THREATEN", "報復措置") in [(kind, trigger) for kind, trigger, _, _ in events(text)]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # an item on the agenda of a meeting just opened (会合を開き、制裁の…について) and an act
        # evaded (制裁逃れ) are no acts of their own
        ("ASEANは8日、ジャカルタで外相会議を開き、制裁の効果について意見を交わした。", ["CONSULT"]),
        (
            "日本政府は来月、東京に周辺国の税関の担当者を招いて会合を開き、制裁逃れを防ぐ手立てを話し合う。",
            ["CONSULT"],
        ),
        (
            "英国は8日、イランの海運会社3社に制裁を科した。英政府は来週、G7の担当者と会合を開き、制裁の対象の拡大を話し合う。",
            ["SANCTION", "CONSULT"],
        ),
    ],
)
def test_an_item_on_the_agenda_is_no_act(text: str, kinds: list[str]) -> None:
    assert [kind for kind, _, _, _ in events(text)] == kinds


def test_a_meeting_in_a_verb_before_a_stated_intention_took_place() -> None:
    """会い, like 会談し, is the continuative clause before the intention stated at the meeting."""
    text = "ケニアの外相は8日、首相と会い、鉄道の建設で協力する意向を表明した。"
    assert ("CONSULT", "会い", "2028-03-08", "occurred") in events(text)


def test_a_meeting_ahead_before_a_stated_intention_stays_planned() -> None:
    """Deliberate guard: a time ahead in the clause (来月…会い、) keeps the meeting planned."""
    text = "ケニアの外相は8日、来月首相と会い、鉄道の建設で協力する意向を表明した。"
    assert ("CONSULT", "会い", "2028-04", "planned") in events(text)


def test_a_time_inside_a_quoted_threat_does_not_date_the_warning() -> None:
    """The time of what is threatened in a quote (「来年4月から…2倍にする」と警告) is not the warning's."""
    text = "ケニアの首相は8日、相手国が協議に応じない場合には「来年4月から関税を2倍にする」と強く警告した。"
    assert ("THREATEN", "警告", "2028-03-08", "occurred") in events(text)
