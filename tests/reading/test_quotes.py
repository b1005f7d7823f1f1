"""Direct and indirect quotes with speakers (quotes.py)."""

from __future__ import annotations

import pytest

from kijiyomi.reading import read
from kijiyomi.reading.model import Quote, Reading

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]


def quotes(text: str) -> tuple[Reading, list[Quote]]:
    reading = read(text)
    return reading, list(reading.quotes)


def speaker(reading: Reading, quote: Quote) -> str | None:
    entity = reading.entity(quote.speaker)
    return entity.name if entity else None


def test_direct_quote_with_cue_and_speaker() -> None:
    reading, found = quotes("英国のスナク首相は記者会見で「移民政策を見直す」と強調した。")
    assert len(found) == 1
    quote = found[0]
    assert (quote.kind, quote.text, quote.cue) == ("direct", "移民政策を見直す", "強調し")
    assert speaker(reading, quote) == "スナク"
    assert reading.text[quote.start : quote.end] == quote.text


def test_scare_quotes_are_not_quotes() -> None:
    _, found = quotes("両国は「戦略的互恵関係」を確認した。")
    assert found == []


def test_statement_cue_toshi() -> None:
    reading, found = quotes("国防総省のライダー報道官は声明で「部隊を増派する」とし、理由を説明した。")
    first = found[0]
    assert (first.kind, first.cue, speaker(reading, first)) == ("direct", "とし", "ライダー")


def test_indirect_quotes() -> None:
    text = "ドイツのベーアボック外相は、対話の継続が必要だと述べた。同外相は、制裁を続けるとの認識を示した。"
    reading, found = quotes(text)
    assert [(q.kind, q.text, speaker(reading, q)) for q in found] == [
        ("indirect", "対話の継続が必要だ", "ベーアボック"),
        ("indirect", "制裁を続ける", "ベーアボック"),
    ]


def test_source_with_niyoruto() -> None:
    reading, found = quotes("警察庁によると、被害額は約3億円にのぼった。")
    assert [(q.kind, q.cue, q.text, speaker(reading, q)) for q in found] == [
        ("indirect", "によると", "被害額は約3億円にのぼった", "警察庁")
    ]


def test_speaker_from_the_previous_sentence() -> None:
    text = "イタリアのメローニ首相は2日、ローマで演説した。「欧州は団結すべきだ」と訴えた。"
    reading, found = quotes(text)
    assert [(q.text, speaker(reading, q)) for q in found] == [("欧州は団結すべきだ", "メローニ")]


def test_speaker_through_anaphora() -> None:
    text = "韓国の趙兌烈外相は会談に臨んだ。同外相は「協力を深めたい」と語った。"
    reading, found = quotes(text)
    assert speaker(reading, found[0]) == "趙兌烈"


def test_organisation_of_an_unnamed_spokesperson() -> None:
    reading, found = quotes("中国外務省の報道官は、訪問を歓迎する考えを示した。")
    assert [(q.kind, speaker(reading, q)) for q in found] == [("indirect", "中国外務省")]


def test_noun_cue_after_any_verb() -> None:
    reading, found = quotes("スイスのカシス外相は、仲介を続ける考えを伝えた。")
    assert [(q.kind, q.text, speaker(reading, q)) for q in found] == [("indirect", "仲介を続ける", "カシス")]


def test_denial_cue_after_a_source() -> None:
    reading, found = quotes("府警によると、佐々木健容疑者は「覚えていない」と容疑を否認している。")
    assert [(q.kind, speaker(reading, q)) for q in found] == [("direct", "佐々木健")]


def test_a_statement_issued_is_a_direct_quote_of_its_author() -> None:
    reading, found = quotes("英外務省のハモンド報道官は19日、「対話による解決を望む」との声明を出した。")
    assert [(q.kind, q.text) for q in found] == [("direct", "対話による解決を望む")]
    speaker = reading.entity(found[0].speaker) if found[0].speaker else None
    assert speaker is not None and speaker.name == "ハモンド"


def test_the_subject_of_a_condition_is_not_the_speaker() -> None:
    reading, found = quotes(
        "中国商務省の報道官は19日、EUが措置を撤回しなければ、報復関税を課す可能性があると警告した。"
    )
    speaker = reading.entity(found[0].speaker) if found and found[0].speaker else None
    assert speaker is not None and speaker.name == "中国商務省"


def test_the_topic_nearest_a_direct_quote_speaks() -> None:
    reading, found = quotes("上野外相は中国に撤廃を求め、王磊外相は「検証を続ける」と述べた。")
    speaker = reading.entity(found[0].speaker) if found and found[0].speaker else None
    assert speaker is not None and speaker.name == "王磊"


def test_a_quote_framed_by_toshite_and_a_stance_verb_and_a_plan_after_a_partner() -> None:
    text = (
        "経営者協会は「要求は過大だ」として拒否している。"
        "ミラー氏は緑の党と来週から連立協議に入る方針を明らかにした。"
    )
    _, found = quotes(text)
    assert [(q.kind, q.speaker_name) for q in found] == [("direct", "経営者協会"), ("indirect", "ミラー")]


def test_a_sentence_with_a_topic_of_its_own_does_not_quote_the_previous_speaker() -> None:
    reading, found = quotes("田中一郎議員は逮捕された。与党幹部は「極めて遺憾だ」と述べた。")
    assert [speaker(reading, q) for q in found] == [None]


def test_an_organisation_heading_a_later_topic_speaks_the_quote() -> None:
    reading, found = quotes(
        "日本政府は19日、中国に輸入停止の解除を求めたが、中国外務省の報道官は「科学的に判断する」と述べた。"
    )
    assert [speaker(reading, q) for q in found if q.kind == "direct"] == ["中国外務省"]


def test_a_name_in_brackets_after_its_kind_is_an_organisation_that_can_speak() -> None:
    reading, found = quotes(
        "議会は法案を可決した。野党「未来と改革の党」は採決を欠席し、「拙速だ」と反発した。"
    )
    assert [speaker(reading, q) for q in found] == ["未来と改革の党"]


def test_official_of_a_government_written_without_no_speaks_for_it() -> None:
    reading, found = quotes("メキシコ政府当局者は「移民対策で協力する」と述べた。")
    assert [(q.text, speaker(reading, q)) for q in found] == [("移民対策で協力する", "メキシコ")]


def test_a_resolution_speaks_for_the_body_that_adopted_it() -> None:
    reading, found = quotes(
        "国連人権理事会は12日、会合を開き、決議を採択した。決議は、住民への攻撃を「強く非難する」とし、停戦を求めた。"
    )
    assert [(q.text, speaker(reading, q)) for q in found] == [("強く非難する", "国連人権理事会")]


def test_an_unnamed_source_as_topic_does_not_pass_the_quote_to_the_last_speaker() -> None:
    reading, found = quotes(
        "カナダのジョリー外相は20日、会見した。外交筋は、首脳会談は来月にも開かれるとの見方を示した。"
    )
    assert [(q.kind, speaker(reading, q)) for q in found] == [("indirect", None)]


def test_baseball_club_after_its_league_reports() -> None:
    reading, found = quotes(
        "プロ野球のヤクルトは1日、主力の村井選手が手術を受け、全治3カ月の見通しだと発表した。"
    )
    assert [speaker(reading, q) for q in found] == ["ヤクルト"]


def test_partners_to_is_no_quotative() -> None:
    reading, found = quotes("内務省は23日、教員組合との協議を続ける考えを示した。")
    assert [(q.text, speaker(reading, q)) for q in found] == [("教員組合との協議を続ける", "内務省")]


def test_an_intention_stressed_is_an_indirect_quote() -> None:
    reading, found = quotes("ホンダの三部社長は15日、講演し、電動化への投資を続ける考えを強調した。")
    assert [(q.kind, q.text, speaker(reading, q)) for q in found] == [
        ("indirect", "電動化への投資を続ける", "三部")
    ]


def test_report_before_a_direct_quote_in_one_sentence() -> None:
    reading, found = quotes(
        "ジョージア外務省は、衝突の責任はロシア側にあると説明し、挑発が続けば「断固として対処する」と警告した。"
    )
    assert [(q.kind, q.text, speaker(reading, q)) for q in found] == [
        ("indirect", "衝突の責任はロシア側にある", "ジョージア外務省"),
        ("direct", "断固として対処する", "ジョージア外務省"),
    ]


def test_subject_after_a_direct_quote_opens_what_is_reported() -> None:
    reading, found = quotes(
        "中国外務省の毛寧報道官は同日、決定を「不当だ」と批判し、日本が決定を撤回しなければ対抗措置を取ると述べた。"
    )
    assert [(q.kind, q.text, speaker(reading, q)) for q in found][-1] == (
        "indirect",
        "日本が決定を撤回しなければ対抗措置を取る",
        "毛寧",
    )


def test_wire_credit_is_no_reported_content() -> None:
    reading, found = quotes("【バンコク共同】地震の被災地で2日、国軍が戦闘を停止したと発表した。")
    assert [(q.text, speaker(reading, q)) for q in found] == [("国軍が戦闘を停止した", None)]


def test_reported_content_starts_after_the_speakers_alias() -> None:
    reading, found = quotes("全米自動車労働組合（UAW）は買収に反対する立場を改めて示した。")
    assert [(q.text, speaker(reading, q)) for q in found] == [("買収に反対する", "全米自動車労働組合")]


def test_a_long_body_name_in_brackets_speaks_and_is_no_quote() -> None:
    reading, found = quotes(
        "大統領は22日、署名しない考えを示した。人権団体「ヒューマン・ライツ・ウォッチ」は、"
        "警察が過剰な武力を使ったと非難した。"
    )
    accusation = next(q for q in found if q.text.startswith("警察"))
    assert speaker(reading, accusation) == "ヒューマン・ライツ・ウォッチ"
    assert accusation.text == "警察が過剰な武力を使った"


def test_a_plain_topic_opening_a_report_is_no_content_and_takes_no_earlier_speaker() -> None:
    reading, found = quotes("選挙管理委員会は29日、現職が勝ったと発表した。野党側は不正があったと主張した。")
    claim = next(q for q in found if "不正" in q.text)
    assert claim.text == "不正があった"
    assert speaker(reading, claim) is None


def test_the_body_of_a_spokesperson_written_with_its_alias_and_mo_speaks() -> None:
    reading, found = quotes(
        "米国大使館は3日、声明を出し、「自制を求める」と強調した。"
        "東南アジア諸国連合（ASEAN）の報道官も、衝突が続けば関係を見直す可能性があると警告した。"
    )
    later = found[-1]
    assert later.text.startswith("衝突が続けば") and speaker(reading, later) == "東南アジア諸国連合"


def test_a_bracketed_party_led_by_its_leader_is_the_one_of_dou_tou() -> None:
    reading, found = quotes(
        "内務省は2日、野党「市民連帯」のカラン党首を拘束した。同党首は政権交代を目指しており、"
        "同党は声明で「明白な弾圧だ」と非難した。"
    )
    assert [speaker(reading, q) for q in found] == ["市民連帯"]
    accuse = next(e for e in reading.events if e.type == "ACCUSE")
    assert [a.name for a in accuse.actors] == ["市民連帯"]


def test_a_later_time_that_opens_an_intention_is_part_of_what_is_said() -> None:
    reading, found = quotes(
        "チリのロハス外相は来週、ペルーのサラス外相と会い、漁業について協議したい考えを示した。"
    )
    assert found[0].text.startswith("来週、ペルーの") and speaker(reading, found[0]) == "ロハス"


def test_the_body_that_published_the_source_of_niyoruto_speaks() -> None:
    reading, found = quotes(
        "ジョージアで3日、国民投票が行われ、中央選挙管理委員会が4日発表した開票結果によると、反対が過半数を占めた。"
    )
    assert [(q.text, speaker(reading, q)) for q in found] == [("反対が過半数を占めた", "中央選挙管理委員会")]


def test_a_spokesperson_topic_speaks_before_a_ga_subject_of_what_is_said() -> None:
    reading, found = quotes("国連の報道官は5日、フランスとドイツが輸送機を週内にも派遣すると述べた。")
    assert [(q.text, speaker(reading, q)) for q in found] == [
        ("フランスとドイツが輸送機を週内にも派遣する", "国際連合")
    ]
