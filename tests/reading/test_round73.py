"""Session 9's second round (batches 73-76): sentences of our own for the structural classes that
recur across batches (the time of a relative clause on the trigger noun, the day of an act that
follows a topic phrase …について、)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PUBLISHED = datetime(2028, 3, 9, 19, 0, tzinfo=timezone(timedelta(hours=9)))


def dates(text: str) -> dict[str, str | None]:
    return {e.text: e.date for e in read(text, PUBLISHED).events}


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        (
            "ドイツ政府は7日、ロシアが昨年12月に始めた軍事演習について、ロシア大使を呼び出して抗議した。",
            "抗議",
            "2028-03-07",
        ),
        (
            "韓国外務省は6日、北朝鮮が先月下旬に行った弾道ミサイル発射について、国連安全保障理事会に書簡を送り非難した。",
            "非難",
            "2028-03-06",
        ),
        (
            "ブラジル政府は5日、アルゼンチンが昨年導入した輸入規制について、撤回を求めた。",
            "求め",
            "2028-03-05",
        ),
    ],
)
def test_the_act_after_a_topic_phrase_takes_the_main_clauses_day(text: str, trigger: str, date: str) -> None:
    assert dates(text)[trigger] == date


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        (
            "ルノーは8日、今月1日から続いていたフランス金属労連のストライキについて、組合と合意した。",
            "ストライキ",
            "2028-03-01",
        ),
        (
            "病院側は、先月20日から続く看護師組合のストライキを巡り、組合と協議した。",
            "ストライキ",
            "2028-02-20",
        ),
        ("米国が先月発動したメキシコ産鉄鋼への追加関税で通貨ペソが下落している。", "追加関税", "2028-02"),
        ("中国が昨年12月に導入した日本産水産物に対する輸入停止は続いている。", "輸入停止", "2027-12"),
    ],
)
def test_a_relative_clause_on_the_trigger_noun_gives_its_time(text: str, trigger: str, date: str) -> None:
    assert dates(text)[trigger] == date


def test_a_relative_clause_on_another_noun_keeps_its_time() -> None:
    found = dates("日本政府は8日、中国が先月始めた調査の結果について、説明を求めた。")
    assert found.get("求め") == "2028-03-08"


def actors(text: str) -> dict[str, list[str]]:
    return {e.text: [a.name for a in e.actors] for e in read(text, PUBLISHED).events}


@pytest.mark.parametrize(
    ("text", "trigger", "partner"),
    [
        (
            "国連のヨハンソン特使は来月、カイロを訪れ、エジプト政府の高官と協議する予定だ。",
            "協議",
            "エジプト",
        ),
        (
            "同国の外相は、北大西洋条約機構（NATO）の加盟国と連携して対応する考えを示した。",
            "連携",
            "北大西洋条約機構",
        ),
        ("ドイツ経済相は8日、フランス政府の担当者と電池工場の共同建設で合意した。", "合意", "フランス"),
    ],
)
def test_a_body_speaking_through_its_officials_or_members_is_the_partner(
    text: str, trigger: str, partner: str
) -> None:
    assert partner in actors(text)[trigger]


@pytest.mark.parametrize(
    "second",
    [
        "両国軍の現地司令官は9日、国境の町で会談した。",
        "両国軍の幹部は9日、国境の町で会談した。",
        "両国政府の高官は9日、国境の町で会談した。",
    ],
)
def test_a_pair_anaphor_owning_a_force_or_government_is_both_countries(second: str) -> None:
    text = "ケニアとタンザニアの国境で8日、両国の部隊が衝突した。" + second
    found = [e for e in read(text, PUBLISHED).events if e.type == "CONSULT"]
    assert found and sorted(a.name for a in found[0].actors) == ["ケニア", "タンザニア"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("スペインは1月5日にアルジェで次官級協議を開くことでアルジェリアと合意した。", "協議"),
        ("日本は来月東京で局長級の協議を行うことでもインドと一致した。", "協議"),
        ("ブラジルは電池の開発で協力することでチリと合意した。", "協力"),
    ],
)
def test_an_act_agreed_on_with_a_partner_is_held_with_it(text: str, trigger: str) -> None:
    assert len(actors(text)[trigger]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "厚生労働省は8日、製薬会社が開発した新薬の製造販売を承認した。",
        "米食品医薬品局（FDA）は、新型ワクチンの緊急使用を認可した。",
        "同組合は来月、組合員による投票で承認を諮る。",
        "イラク議会は8日、新内閣の閣僚名簿を承認した。",
    ],
)
def test_an_authority_approving_what_it_reviews_is_no_agreement(text: str) -> None:
    assert not any(e.type == "AGREE" for e in read(text, PUBLISHED).events)


def test_approving_a_pact_is_an_agreement() -> None:
    text = "北大西洋条約機構（NATO）は7月の首脳会議で、新たな防衛の枠組みを正式に承認する予定だ。"
    assert any(e.type == "AGREE" for e in read(text, PUBLISHED).events)


@pytest.mark.parametrize(
    "text",
    [
        "ブラジル農民連合は8日から道路を封鎖しており、警察は9日、組合員ら20人を拘束した。",
        "ペルー教員組合が首都でデモを行い、警察が催涙ガスで参加者を排除し、12人を逮捕した。",
        "空港に座り込んだペルー教員組合の組合員ら約30人を治安部隊が排除し、うち5人を拘束した。",
    ],
)
def test_an_arrest_by_an_unnamed_force_is_not_the_protesters(text: str) -> None:
    found = [e for e in read(text, PUBLISHED).events if e.type == "COERCE"]
    assert found and all(not e.actors for e in found)


def test_an_arrest_by_a_named_force_keeps_it() -> None:
    text = "ペルー教員組合がデモを行い、ペルー国家警察は参加者12人を逮捕した。"
    found = [e for e in read(text, PUBLISHED).events if e.type == "COERCE"]
    assert found and [a.name for a in found[0].actors] == ["ペルー国家警察"]


@pytest.mark.parametrize(
    ("first", "date"),
    [
        (
            "関東地方で5日夜に起きた大規模停電について、東都電力の山田社長は7日に記者会見を開いた。",
            "2028-03-07",
        ),
        ("先月28日に発生した列車事故を巡り、北陸鉄道の川口社長は8日に会見を開いた。", "2028-03-08"),
    ],
)
def test_a_later_undated_act_takes_the_day_told_not_a_described_nouns(first: str, date: str) -> None:
    found = dates(first + "同社長は「深くおわびする」と謝罪した。")
    assert found["謝罪"] == date


@pytest.mark.parametrize(
    "text",
    [
        "両国の司令官は8日、即時の停戦と前線からの部隊の撤退で合意した。",
        "両国は8日、停戦と撤退で合意した。",
        "両政府は7日、国境からの部隊の撤退と停戦に合意した。",
    ],
)
def test_acts_agreed_to_with_de_are_each_planned_and_undated(text: str) -> None:
    found = [e for e in read(text, PUBLISHED).events if e.type == "RETREAT"]
    assert len(found) == 2
    assert all(e.status == "planned" and e.date is None for e in found)


def test_one_act_agreed_to_with_de_is_planned() -> None:
    found = [
        e for e in read("両国の司令官は8日、即時の停戦で合意した。", PUBLISHED).events if e.type == "RETREAT"
    ]
    assert [(e.status, e.date) for e in found] == [("planned", None)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("武装勢力は停戦ラインの東側で住民を襲撃した。", "停戦"),
        ("地元の救援ネットワークが食料を配った。", "救援"),
        ("同国は制裁リストに新たに5社を加えた。", "制裁"),
    ],
)
def test_a_trigger_word_naming_a_katakana_noun_is_no_event(text: str, word: str) -> None:
    assert word not in dates(text)


def test_a_protest_strike_keeps_the_strike() -> None:
    assert "ストライキ" in dates("港湾労組は8日、抗議ストライキを行った。")


@pytest.mark.parametrize(
    ("first", "bare"),
    [
        ("ペルー政府は8日、民間のパシフィコ・ミネラ社の採掘権を取り消した。", "パシフィコ・ミネラ"),
        ("米当局はドイツのヴァルデック社に罰金を科した。", "ヴァルデック"),
    ],
)
def test_a_katakana_company_named_with_sha_is_later_called_by_its_name(first: str, bare: str) -> None:
    text = first + bare + "は同日の声明で、決定を「不当だ」と非難した。"
    reading = read(text, PUBLISHED)
    accuse = [e for e in reading.events if e.type == "ACCUSE"]
    assert accuse and [a.name for a in accuse[0].actors] == [bare + "社"]
    assert reading.quotes and reading.entity(reading.quotes[0].speaker).name == bare + "社"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("北斗精機のタイ法人は23日、北斗精機労組と賃上げで合意したと発表した。", "北斗精機"),
        ("北斗精機の米国法人は23日、全米自動車労組と賃上げで合意した。", "北斗精機"),
        ("韓国の大韓海運の日本支社は、声明で「遺憾だ」とし、日本政府を批判した。", "大韓海運"),
    ],
)
def test_a_companys_unit_in_a_country_acts_for_the_company(text: str, company: str) -> None:
    found = [e for e in read(text, PUBLISHED).events if e.type in ("AGREE", "ACCUSE")]
    assert found and company in [a.name for a in found[0].actors]


@pytest.mark.parametrize(
    "text",
    [
        "一方、米国は今回、新たな支援を表明しなかった。",
        "中国は会合で、新たな協力を約束しなかった。",
        "英国は追加の資金援助を発表しなかった。",
    ],
)
def test_help_not_promised_is_denied(text: str) -> None:
    found = [e for e in read(text, PUBLISHED).events if e.type in ("AID", "COOPERATE")]
    assert found and all(e.status == "denied" and e.date is None for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "同社の田中一郎社長は、ストを主導した組合幹部の処分は行わない考えを示し、「信頼の回復に努める」と述べた。",
        "同社は組合幹部と会い、「話し合いを続ける」と語った。",
    ],
)
def test_officials_of_a_union_are_no_organisation(text: str) -> None:
    reading = read(text, PUBLISHED)
    assert not any(e.name == "組合幹部" for e in reading.entities)


def test_a_unit_of_a_police_force_stays_one() -> None:
    reading = read("警視庁公安部は8日、男を逮捕した。", PUBLISHED)
    assert any(e.name == "警視庁公安部" for e in reading.entities)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "フィリピン政府はクウェート側に対し、事件の徹底した捜査と、再発防止策を盛り込んだ協定の見直しを求めている。",
            "捜査",
        ),
        ("野党は政府に対し、閣僚の辞任と、疑惑を巡る第三者の調査を要求した。", "辞任"),
    ],
)
def test_the_first_of_two_things_asked_for_is_no_event(text: str, word: str) -> None:
    found = dates(text)
    assert word not in found and any(e.type == "REQUEST" for e in read(text, PUBLISHED).events)


@pytest.mark.parametrize(
    "text",
    [
        "保健相は、研修医が職場に戻らなければ、契約を打ち切ると警告した。",
        "同社は販売店との契約を解除した。",
        "両国は協定の見直しを検討している。",
    ],
)
def test_an_agreement_ended_or_reviewed_is_no_agreement_made(text: str) -> None:
    assert not any(e.type == "AGREE" for e in read(text, PUBLISHED).events)


@pytest.mark.parametrize(
    "text",
    [
        "州警察は同日朝、埠頭の入り口で座り込みを続けていた組合員ら22人を逮捕した。",
        "警察は8日、庁舎前でデモに参加していた学生ら10人を拘束した。",
        "地元警察は、鉱山の入り口でハンガーストライキをしていた住民を拘束した。",
    ],
)
def test_protesters_named_by_what_they_were_doing_report_no_protest(text: str) -> None:
    found = read(text, PUBLISHED).events
    assert not any(e.type == "PROTEST" for e in found) and any(e.type == "COERCE" for e in found)


def test_a_protest_reported_stays_one() -> None:
    found = read("組合員らは8日、埠頭の入り口で座り込みを続けた。", PUBLISHED).events
    assert any(e.type == "PROTEST" for e in found)


@pytest.mark.parametrize("name", ["台湾経済部", "韓国統一部", "台湾行政院", "韓国産業通商資源部"])
def test_a_ministry_named_with_bu_or_in_after_its_state_is_one_body(name: str) -> None:
    reading = read(name + "は8日、日本の経済産業省とも連携する考えを示した。", PUBLISHED)
    assert any(e.label == "ORG" and e.name == name for e in reading.entities)
    found = [e for e in reading.events if e.type == "COOPERATE"]
    assert found and name in [a.name for a in found[0].actors]


@pytest.mark.parametrize(
    "text",
    [
        "ジンバブエ病院医師協会は8日、ストライキを始めた。ゾンゴ保健相は記者団に対し、「来週にも同協会と協議する用意がある」と語った。",
        "国際協力機構（JICA）は6日、「事実関係を確認し、ベトナム側と協議したい」と述べた。",
    ],
)
def test_talks_a_speaker_offers_in_a_quote_are_planned_talks(text: str) -> None:
    found = [e for e in read(text, PUBLISHED).events if e.type == "CONSULT"]
    assert found and found[0].status == "planned" and len(found[0].actors) == 2


def test_talks_talked_about_in_a_quote_without_a_partner_are_no_event() -> None:
    found = read("同氏は「協議したいという声もある」と述べた。", PUBLISHED).events
    assert not any(e.type == "CONSULT" for e in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("エチオピア外務省の報道官は声明で、スーダン軍が13日に先に砲撃を加えたと主張した。", "ASSAULT"),
        ("同国軍は、武装勢力が国境の村に砲撃を加えたと発表した。", "ASSAULT"),
    ],
)
def test_an_act_in_reported_content_with_its_own_verb_is_an_event(text: str, kind: str) -> None:
    assert any(e.type == kind for e in read(text, PUBLISHED).events)


@pytest.mark.parametrize(
    "text",
    [
        "米国のグレイ報道官は8日、中国の決定を「威圧だ」と非難し、同盟国と連携して対応する考えを示した。",
        "同国の外相は7日、欧州連合（EU）と協力して対処する方針を明らかにした。",
    ],
)
def test_cooperation_as_the_way_of_an_intended_act_has_no_day(text: str) -> None:
    found = [e for e in read(text, PUBLISHED).events if e.type == "COOPERATE"]
    assert found and all(e.status == "planned" and e.date is None for e in found)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "中国商務省は8日、米国が先週、対中輸出規制を強化したことへの対抗措置として、輸出を禁止すると発表した。",
            "輸出規制",
        ),
        ("ロシアは8日、欧州連合が先月、制裁を強化したことへの報復として、輸入を禁じると発表した。", "制裁"),
    ],
)
def test_a_measure_strengthened_in_a_done_clause_has_occurred(text: str, trigger: str) -> None:
    found = {e.text: e.status for e in read(text, PUBLISHED).events}
    assert found[trigger] == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "市場関係者の間では、中国がレアアースにも輸出規制を広げる可能性があるとの見方が出ている。",
        "ロシアが追加の制裁を科す可能性があるとの観測が広がっている。",
    ],
)
def test_a_measure_only_possible_in_what_is_expected_is_hedged(text: str) -> None:
    found = [e for e in read(text, PUBLISHED).events if e.type == "SANCTION"]
    assert found and all(e.status == "hedged" for e in found)


def test_a_measure_expected_is_planned() -> None:
    found = read("来月にも追加制裁が発動されるとの見方が広がっている。", PUBLISHED).events
    assert [e.status for e in found if e.type == "SANCTION"] == ["planned"]


@pytest.mark.parametrize(
    "second",
    [
        "投票で否決されれば、ストが再び計画される可能性もある。",
        "次回の会合は延期された。",
    ],
)
def test_a_trigger_as_the_subject_of_a_passive_takes_no_earlier_actor(second: str) -> None:
    text = "港湾労働者連合は8日、ストライキを中止した。" + second
    found = read(text, PUBLISHED).events
    later = [e for e in found if e.start >= text.index(second)]
    assert later and all(not e.actors for e in later)


def test_a_national_army_is_found_again_as_bare_kokugun() -> None:
    text = "ミャンマー国軍は8日、北部の村を空爆した。国連は、国軍が攻撃を続ければ制裁を検討すると警告した。"
    reading = read(text, PUBLISHED)
    army = [e for e in reading.entities if e.name == "ミャンマー国軍"]
    assert army and len(army[0].mentions) == 2
    attack = [e for e in reading.events if e.text == "攻撃"]
    assert attack and [a.name for a in attack[0].actors] == ["ミャンマー国軍"]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (
            "ケニアとウガンダは来月、首都カンパラで合同国境委員会の会合を開く見通しだ。",
            ["ウガンダ", "ケニア"],
        ),
        ("日本サッカー協会は3日、東京都内で規律委員会の会合を開き、処分を決めた。", ["日本サッカー協会"]),
    ],
)
def test_a_committee_meeting_is_held_by_the_subject(text: str, holders: list[str]) -> None:
    found = [e for e in read(text, PUBLISHED).events if e.type == "CONSULT"]
    assert found and sorted(a.name for a in found[0].actors) == holders


@pytest.mark.parametrize(
    "first",
    [
        "エチオピア外務省の報道官は7日の声明で、スーダン軍が6日に先に砲撃を加えたと主張した。",
        "同国の首相は7日の記者会見で、反政府勢力が6日に村を襲撃したと非難した。",
    ],
)
def test_onjitsu_after_a_statement_day_is_the_statements_day(first: str) -> None:
    reading = read(first + "国連は同日、双方に自制を求めた。", PUBLISHED)
    same = [t for t in reading.times if t.text == "同日"]
    assert same and same[0].value == "2028-03-07"
