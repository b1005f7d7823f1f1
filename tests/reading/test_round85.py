"""Session 10's second round (batches 85-88): sentences of our own for the structural classes that
recur across batches (armed groups named after their kind, a government and a group as one subject)."""

from __future__ import annotations

import pytest
from round_sentences import PUBLISHED, actors, orgs

from kijiyomi.reading import read

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("東部の武装組織カナン国民軍（KNA）の部隊が5日、空港を砲撃した。", "カナン国民軍"),
        ("政府軍は非合法武装組織バルタ解放戦線の拠点を空爆した。", "バルタ解放戦線"),
        ("反政府武装勢力ノルテ民主同盟は4日、町を制圧したと発表した。", "ノルテ民主同盟"),
    ],
)
def test_an_armed_group_is_named_without_its_kind(text: str, name: str) -> None:
    found = orgs(text)
    assert name in found
    assert not any(o.endswith(name) and o != name for o in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "ソマリアの暫定政府と反政府武装勢力ジュバ解放戦線の代表団は4日、ナイロビで和平協議を終えた。",
            {"ソマリア", "ジュバ解放戦線"},
        ),
        ("マリの軍事政権と少数民族武装勢力アザワド同盟は2日、アルジェで協議した。", {"マリ", "アザワド同盟"}),
    ],
)
def test_a_government_and_a_group_share_the_subject(text: str, pair: set[str]) -> None:
    assert actors(text)["協議"] == pair


def events(text: str) -> list[tuple[str, str, tuple[str, ...], str | None]]:
    return [(e.type, e.text, tuple(a.name for a in e.actors), e.status) for e in read(text, PUBLISHED).events]


@pytest.mark.parametrize("verb", ["移る", "突入する"])
def test_a_threatened_strike_is_a_conditional_event(verb: str) -> None:
    text = f"全国教職員組合は、政府が新たな給与案を示さなければ、無期限のストライキに{verb}と警告した。"
    found = events(text)
    assert ("PROTEST", "ストライキ", ("全国教職員組合",), "conditional") in found


def test_an_agreement_named_by_a_relative_clause_is_the_one_reported() -> None:
    text = (
        "全国教職員組合は5日、文部科学省と給与を3％引き上げることで合意した。同組合は7日、"
        "合意した引き上げが4月に実施されなければ、再びデモを行うと表明した。"
    )
    agreements = [e for e in events(text) if e[0] == "AGREE"]
    assert len(agreements) == 1
    assert agreements[0][3] == "occurred"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("2週間にわたり座り込みを続けていた全国教職員組合は8日、抗議を打ち切った。", "全国教職員組合"),
        ("首都で大規模なデモを主導した市民団体「自由の声」は9日、声明を出した。", "自由の声"),
    ],
)
def test_the_head_of_a_relative_clause_does_the_act_it_names(text: str, actor: str) -> None:
    protests = [e for e in events(text) if e[0] == "PROTEST"]
    assert protests
    assert protests[0][2] == (actor,)


def test_an_act_someone_took_part_in_is_the_act_reported_before() -> None:
    text = (
        "東部の町で15日、武装勢力が警察の車列を襲撃し、警官2人が死亡した。治安当局は翌16日、襲撃に関与した"
        "とみられる男ら3人を拘束した。武装勢力の報道官は襲撃への関与を否定した。"
    )
    attacks = [e for e in read(text, PUBLISHED).events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert attacks[0].status == "occurred"


def test_an_act_with_its_own_time_named_in_a_rumour_happened() -> None:
    text = (
        "首都で4日、群衆が隣国の大使館を襲撃した。群衆は、国境地帯で先月末に起きた武装集団による攻撃に隣国が"
        "関与したとするうわさをきっかけに集まったとみられる。"
    )
    statuses = {e.text: e.status for e in read(text, PUBLISHED).events if e.type == "ASSAULT"}
    assert statuses.get("攻撃") == "occurred"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("北星電機の川口社長は5日、自らの辞任については否定し、報酬を半減すると述べた。", "辞任"),
        ("川口首相は5日、「辞任するつもりは一切ない」と記者団に語った。", "辞任"),
        ("野党・市民党の川口代表は5日、政府との協議には当面応じない考えを示した。", "協議"),
    ],
)
def test_an_act_refused_or_denied_is_a_denied_event(text: str, trigger: str) -> None:
    found = {e.text: (e.status, tuple(a.name for a in e.actors)) for e in read(text, PUBLISHED).events}
    assert found[trigger] == ("denied", ("川口",))


def test_talks_held_on_the_evening_of_the_day_before_an_intention_occurred() -> None:
    text = "ニジェールのイサ内相は同日夜、避難民の代表らと会談し、倉庫の警備を強化する考えを示した。"
    statuses = {e.text: e.status for e in read(text, PUBLISHED).events}
    assert statuses["会談"] == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "北部同盟は11日、声明で政府に対話を求めるとともに、停戦を順守する考えを示した。",
        "港湾協会は3日、同労組に職場への復帰を呼びかけるとともに、5日に協議に応じる用意があるとした。",
    ],
)
def test_a_demand_made_along_with_a_statement_is_made(text: str) -> None:
    requests = [e for e in read(text, PUBLISHED).events if e.type == "REQUEST"]
    assert [e.status for e in requests] == ["occurred"]


@pytest.mark.parametrize(
    "text",
    [
        "北部で20日夜、マリ軍の部隊と、武装組織アザワド解放戦線の部隊が交戦した。",
        "北部で20日夜、マリ軍と武装組織アザワド解放戦線の部隊が交戦した。",
    ],
)
def test_the_forces_of_two_sides_joined_by_to_both_fight(text: str) -> None:
    assert actors(text)["交戦"] == {"マリ軍", "アザワド解放戦線"}


def test_a_government_named_by_its_acronym_is_a_body() -> None:
    text = "西部を拠点とする暫定統一政府（ITG）の部隊が5日、港を制圧した。ITGの報道官は同日、声明を出した。"
    found = [e for e in read(text, PUBLISHED).entities if e.name == "暫定統一政府"]
    assert found and found[0].label == "ORG"
    assert "ITG" in {m.text for m in found[0].mentions}


def test_a_fighter_described_with_a_quotative_to_is_no_partner() -> None:
    text = (
        "北部の難民キャンプで17日、武装した男らが診療所を襲撃した。警察によると、男らは武装組織アルバーンの"
        "戦闘員とみられ、襲撃後に国境方面へ逃走した。"
    )
    attacks = [e for e in read(text, PUBLISHED).events if e.type == "ASSAULT"]
    assert len(attacks) == 1


def test_an_accusation_at_a_press_conference_takes_the_conference_day() -> None:
    text = (
        "北部で5日夜、政府軍と武装組織アザワド解放戦線の部隊が交戦した。政府のトラオレ国防相は6日に記者会見し、"
        "アザワド解放戦線が5日夜、無人機で政府軍の部隊を先に攻撃したと非難した。"
    )
    dates = {e.text: e.date for e in read(text, PUBLISHED).events}
    assert dates["非難"] == "2028-03-06"
    assert dates["攻撃"] == "2028-03-05"


def test_both_sides_named_as_partners_take_part() -> None:
    text = (
        "北部で5日夜、マリ軍と武装組織アザワド解放戦線の部隊が交戦した。エジプトのシャーケル外相は6日、"
        "マリ軍とアザワド解放戦線の双方と電話で会談し、停戦の順守を求めた。"
    )
    assert actors(text)["会談"] == {"シャーケル", "マリ軍", "アザワド解放戦線"}


def test_a_military_government_acts_as_its_country() -> None:
    text = "ニジェール軍政は13日、閣僚経験者ら政府高官5人を新たに逮捕したと発表した。"
    assert actors(text)["逮捕"] == {"ニジェール"}


def test_a_body_holding_a_meeting_of_its_council_is_the_actor() -> None:
    text = (
        "西アフリカ諸国経済共同体（ECOWAS）は12日、ナイジェリアの首都アブジャで調停理事会の緊急会合を開き、"
        "ギニアの加盟資格を停止することを決めた。"
    )
    assert actors(text)["会合"] == {"西アフリカ諸国経済共同体"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("西村花子内閣府特命担当相は記者会見で「規制と成長を両立させる」と述べた。", "西村花子"),
        ("首都警察のハリス副総監は「抗議の権利は尊重する」と述べた。", "ハリス"),
        ("AUのバンダ政治・平和担当委員は記者会見で「対話の扉は閉ざしていない」と述べた。", "バンダ"),
    ],
)
def test_speakers_with_composite_titles(text: str, speaker: str) -> None:
    assert [q.speaker_name for q in read(text, PUBLISHED).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("同党は最新の世論調査で支持率22％と首位を保っている。", "INVESTIGATE"),
        ("探査会社が湖の鉱区内で湖底の地質調査を行っていた。", "INVESTIGATE"),
        ("文部科学省は、運用延長の経費を来年度予算の概算要求に盛り込んだ。", "REQUEST"),
        ("内閣府は来月、有識者会議を設け、制度の詳細を詰める。", "CONSULT"),
        ("世界食糧計画は来週、主要な拠出国の大使らと協議する予定だ。", "AID"),
        ("同国政府は16日、国連部隊に対し、年内に部隊を撤退させるよう正式に要請した。", "RETREAT"),
    ],
)
def test_words_that_name_no_event_of_their_type(text: str, type_: str) -> None:
    assert type_ not in {e.type for e in read(text, PUBLISHED).events}


def test_members_of_a_bracketed_group_act_for_it() -> None:
    text = "空港で10日、環境団体「緑の翼」のメンバーら約300人が道路を封鎖してデモを行った。"
    assert actors(text)["デモ"] == {"緑の翼"}


def test_a_condition_inside_a_quoted_reason_is_the_quotes_own() -> None:
    text = (
        "IT企業でつくる情報産業連合は同日、声明を発表し、「規制が先行すれば開発力が失われかねない」として"
        "法の成立を批判した。"
    )
    statuses = {e.text: e.status for e in read(text, PUBLISHED).events}
    assert statuses["批判"] == "occurred"


def test_a_condition_closed_by_a_comma_governs_the_main_clause() -> None:
    text = "同社長はまた、当局が修正案の再検討に応じれば、売却する病院の数を増やしたうえで協議を再開する考えも示した。"
    statuses = {e.text: e.status for e in read(text, PUBLISHED).events}
    assert statuses["協議"] == "conditional"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("北部の国境で22日、ケニア警察が催涙ガスを使って排除した際に住民3人を拘束した。", "ケニア警察"),
        ("ミャンマー国軍が村を捜索した際、住民10人を拘束した。", "ミャンマー国軍"),
    ],
)
def test_a_clause_of_when_shares_its_subject_with_the_main_clause(text: str, actor: str) -> None:
    assert actors(text)["拘束"] == {actor}


@pytest.mark.parametrize(
    "later",
    [
        "ドホーク県では30日、空爆に反発する住民ら約2000人がデモを行った。",
        "同国国防省は30日の声明で、住民の殺害を強く非難した。",
    ],
)
def test_a_reaction_names_the_act_reported_before(later: str) -> None:
    text = (
        "イラク北部のドホーク県で29日、トルコ軍の無人機による空爆があり、住民ら5人が死亡した。同国外務省は"
        "30日、トルコが攻撃を続ければ、協定の見直しも辞さないと警告した。" + later
    )
    assaults = [(e.text, e.date, e.status) for e in read(text, PUBLISHED).events if e.type == "ASSAULT"]
    assert ("空爆", "2028-02-29", "occurred") in assaults
    assert len([a for a in assaults if a[2] == "occurred"]) == 1


def test_an_act_that_continues_in_a_warned_condition_is_conditional() -> None:
    text = "海運協会は同日、攻撃が続けば保険の引き受けを停止する会社が相次ぐ恐れがあると警告した。"
    found = {(e.type, e.status) for e in read(text, PUBLISHED).events}
    assert ("ASSAULT", "conditional") in found


def test_a_demand_made_in_passing_before_a_view_is_made_by_the_speaker() -> None:
    text = (
        "欧州連合（EU）の報道官は5日の声明で、中央銀行の独立性を尊重するよう求め、モルドバが目指すEU加盟に"
        "影響が出る可能性があるとの見方を示した。"
    )
    found = [(e.type, tuple(a.name for a in e.actors), e.status) for e in read(text, PUBLISHED).events]
    assert ("REQUEST", ("欧州連合",), "occurred") in found


def test_the_staff_of_a_company_protest_not_the_company() -> None:
    text = (
        "ドイツの病院運営会社ノルト・クリニケンは1日、声明を出した。州都では2日、ノルト・クリニケンの従業員ら"
        "約300人が買収に反対するデモを行った。"
    )
    assert actors(text)["デモ"] == set()


def test_the_same_day_after_a_press_conference_is_the_conference_day() -> None:
    text = (
        "政府のトラオレ国防相は6日に記者会見し、武装組織アザワド解放戦線が5日夜、政府軍を攻撃したと非難した。"
        "これに対し同戦線の報道官は同日、政府軍が先に砲撃したと反論した。"
    )
    values = [t.value for t in read(text, PUBLISHED).times if t.text == "同日"]
    assert values == ["2028-03-06"]


def test_a_deadline_in_a_condition_lies_ahead() -> None:
    text = (
        "同労組は、13日までに会社側から新たな賃金案が示されなければ、無期限のストライキに移ると警告している。"
    )
    values = [t.value for t in read(text, PUBLISHED).times if t.text == "13日"]
    assert values == ["2028-03-13"]


def test_the_owner_of_a_tally_is_the_source() -> None:
    text = "クロアチアで14日、国民投票が行われ、国家選挙管理委員会の暫定集計によると、反対が58％に達した。"
    quotes = read(text, PUBLISHED).quotes
    assert [q.speaker_name for q in quotes] == ["国家選挙管理委員会"]


def test_what_a_body_says_before_a_comma_is_an_indirect_quote() -> None:
    text = "製薬会社の東海ファーマは、社内調査を始めたとしており、結果は来週公表する。"
    quotes = [(q.kind, q.speaker_name, q.text) for q in read(text, PUBLISHED).quotes]
    assert quotes == [("indirect", "東海ファーマ", "社内調査を始めた")]


@pytest.mark.parametrize(
    ("text", "trigger", "parties"),
    [
        (
            "5日にマニラで会談したマルコス大統領とアルバネーゼ首相は、共同声明を発表した。",
            "会談",
            {"マルコス", "アルバネーゼ"},
        ),
        (
            "5日に停戦で合意したアルメニアとアゼルバイジャンは、6日に捕虜を交換した。",
            "合意",
            {"アルメニア", "アゼルバイジャン"},
        ),
    ],
)
def test_the_parties_a_clause_of_talks_modifies_hold_them(text: str, trigger: str, parties: set[str]) -> None:
    assert actors(text)[trigger] == parties


@pytest.mark.parametrize(
    "text",
    [
        "特使は来月上旬にリヤドを訪れ、サウジアラビアの当局者と停戦の延長について協議する方向で調整している。",
        "両派は、停戦の監視方法を巡る事前協議で対立した。",
    ],
)
def test_a_truce_talked_about_is_no_act(text: str) -> None:
    assert "RETREAT" not in {e.type for e in read(text, PUBLISHED).events}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("大相撲の霧島山横綱は記者会見で「もう一度頂点を目指す」と語った。", "霧島山"),
        ("将棋の佐藤一郎竜王は対局後、「苦しい将棋だった」と振り返った。", "佐藤一郎"),
        ("球団の田中次郎オーナーは「監督を全面的に支える」と述べた。", "田中次郎"),
    ],
)
def test_speakers_with_sport_and_culture_roles(text: str, speaker: str) -> None:
    assert [q.speaker_name for q in read(text, PUBLISHED).quotes] == [speaker]
