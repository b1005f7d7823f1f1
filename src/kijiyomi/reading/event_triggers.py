"""Trigger finding: which trigger words are events, and which are names, states or topics."""

from __future__ import annotations

import re

from kijiyomi.reading.arguments import Argument, plain_topic
from kijiyomi.reading.event_draft import (
    _ALIAS_GAP_RE,
    _BODIES,
    _CLOSED_REPORT_RE,
    _CONDITIONAL_RE,
    _EMBEDDED_RE,
    _GROUP_SUBJECT_RE,
    _NOUN_SUBJECT_RE,
    _OPENED_BEFORE_RE,
    _OPENED_RE,
    _PERFORMATIVE_END_RE,
    _PERFORMATIVE_TYPES,
    _UNTIL_CLAUSE_RE,
    _expand,
)
from kijiyomi.reading.lexicon import Lexicon, Trigger
from kijiyomi.reading.mentions import is_kanji, is_katakana
from kijiyomi.reading.model import Entity, Mention, Quote, Span
from kijiyomi.reading.tokens import Token

_BODY_ENDINGS = ("委員会", "理事会", "総会", "評議会", "審議会")


# a visit verb in its plain form describing the people who come (…を訪れる外国人観光客)
_VISITORS_RE = re.compile(
    r"(?:る|する)[^、。「」はがをにで]{0,12}?(?:観光客|旅行客|旅行者|訪問者|来場者|来訪者|参拝者|巡礼者|人々|利用客)"
)


def _held_body(text: str, mention: Mention) -> bool:
    """A committee or board named as held (…まで開いた連邦公開市場委員会で, 委員会を開き): a meeting."""
    if not mention.text.endswith(_BODY_ENDINGS):
        return False
    after = mention.end
    alias = _ALIAS_GAP_RE.match(text, after)
    return bool(
        _OPENED_BEFORE_RE.search(text, max(0, mention.start - 8), mention.start)
        or _OPENED_RE.match(text, alias.end() if alias else after)
    )


_BODY_OWNER_RE = re.compile(rf"(?:[（(][^（()）]{{1,12}}[）)])?の(?P<body>{_BODIES})")


def _remember_bodies(
    text: str, args: list[Argument], by_id: dict[str, Entity], bodies: dict[str, list[Entity]]
) -> None:
    """Note whose board or assembly a body word names (国際原子力機関（IAEA）の理事会)."""
    for arg in args:
        if arg.particle != "の" or arg.entity.label not in ("ORG", "GPE"):
            continue
        match = _BODY_OWNER_RE.match(text, arg.mention.end)
        if match is not None:
            bodies[match.group("body")] = _expand(arg.entity, by_id)


_SUSPECT_ROLES = frozenset({"容疑者", "被告", "被告人", "元被告", "受刑者"})


def _suspect(entity: Entity) -> bool:
    return entity.label == "PERSON" and bool(_SUSPECT_ROLES.intersection(entity.roles))


def _unresolved_pair(entity: Entity) -> bool:
    """A 両-group whose two members were never named (両外相 after 韓国の外相 and 日本の外相)."""
    return entity.label == "GROUP" and not entity.members and entity.name.startswith("両")


_VERBAL_RE = re.compile(
    r"(?:も|は)?(?:する|しな|せず)|し|さ|せ|すれ|でき(?=[なれずるた])|[一-龥ァ-ヶー]{0,4}[をもは](?:今後も|今後とも|引き続き|さらに|一層|より一層|一段と)?(?:[0-9０-９一-龥]{1,8}(?:までに|にも|に))?(?:即日|直ちに|正式に|一斉に|順次|速やかに)?(?:行|実施|開|続|強化|強め|深め|科|課|拡大|再開|開始|始め|表明|決定|決め|提出|出|送|発動|導入|結|交わ|取|講じ|検討|継続|終え|進め|急|加え)"
    r"|が(?:発動|実施|強化|導入|開始|始ま|再開|科され|課され|あり|あっ|起き|起こ|発生|続け?ば)|を受け"
    # a call-off, talks refused
    r"|(?:の開催)?を(?:中止|延期|見送|取りやめ|見合わせ|打ち切)"
    r"|に(?:は|も)?(?:当面|今後も|一切|直ちには|すぐには)?応じ"
    # 辞任については否定し: the act denied
    r"|(?:について|に関して|をめぐって)?(?:は|も)?(?:強く|改めて|重ねて)?(?:否定|否認)"
    r"|[がを][^、。「」をがは]{0,12}?(?:再開|延長|発動|開始|開かれ|行われ|実施され)"
    r"|の(?:再発動|発動|導入|強化|拡大|延長)を"
    r"|に(?:[0-9０-９]{1,4}[日月]から|[0-9０-９]{1,4}[日月]にも|即日|近く|直ちに)?(?:踏み切|合意|応じ|入|移|突入)"
    r"|に(?:は|まで)?(?:至ら|至っていな|達しな)"  # 合意には至らなかったと発表した: the agreement denied
    r"|の(?:対象|リスト)に(?:加え|指定|追加|含め|載せ)"  # Xを輸出規制の対象に加えたと発表した
    # 会合を2月中旬に東京で開く
    r"|を[^、。「」をがは]{0,24}?(?:開く|開き|開いた|開かれ|行う|行い|行った|実施|開催)"
)
# The verbs of asking someone for an act (求める, 要請する, 要望する, 促す, 働きかける); a formal
# approach (申し入れる) is _APPROACHED_FOR_RE's.
_ASKING_VERBS = r"(?:要請|要求|要望(?!書)|求め|呼びかけ|呼び掛け|促|働きかけ|働き掛け)"
# An act asked of another through a formal approach (早期解放を申し入れた); a protest or demand so
# approached (抗議を申し入れた, 要求を申し入れた: an ACCUSE, a REQUEST) is lodged, not asked for.
_APPROACHED_FOR_RE = re.compile(r"を(?:[^、。「」をがは]{1,14}?に)?(?:強く|改めて|重ねて|直接)?申し入れ")
_REQUESTED_RE = re.compile(
    r"(?:措置|規制)?(?:など)?(?:(?:[をのにと]|への)[^、。「」をがは]{0,10}?)?[をも]?"
    r"(?:[^、。「」をがは]{1,14}?に)?"  # 医師派遣の拡充を岐阜の大学に求める: past whom it is asked of
    r"(?:改めて|強く|重ねて|繰り返し|直接)?"
    rf"(?:{_ASKING_VERBS}|申し立て|申立て)"
)
# The first of two things asked for (事件の徹底した捜査と、…協定の見直しを求めている).
_FIRST_ASKED_RE = re.compile(rf"と、[^。「」]{{1,30}}?を(?:改めて|強く|重ねて)?{_ASKING_VERBS}")
_ASKED_FOR_RE = re.compile(  # 会合を今月下旬に開くよう呼びかけた: the meeting is what is asked for
    rf"を[^、。「」]{{0,24}}?(?:よう|ことを)に?(?:強く|改めて|重ねて)?{_ASKING_VERBS}"
)
_MEANS_OF_SOLUTION_RE = re.compile(
    r"い?(?:による|を通じた|を通じて|を通した|での)[^、。「」をがは]{0,8}?(?:解決|決着|打開|収拾|解消)"
)
_TALLY_RE = re.compile(r"(?:は|が)[^、。「」]{0,20}?[0-9０-９一二三四五六七八九十]+(?:人目|件目|例目)")
# A remark on the act just reported (…を訪れるのは約6年ぶり, 拒否権を使うのは昨年以来,
# 幹部の訪日は8年ぶりとなる).
_REMARK_ON_ACT_RE = re.compile(
    r"(?:を[^、。「」をがは]{1,4}?)?(?:る|する|した|う)のは[^、。「」]{0,16}?(?:ぶり|初|以来)"  # (初めて too)
    r"|(?<=[一-龥])も?は[^、。「」]{0,16}?(?:ぶり|初めて|初)(?:と|だ|。)"
)
# The task a body is set up for (原因を検証する委員会, 事故を調査するチーム): no inquiry made yet.
_TASK_OF_BODY_RE = re.compile(r"する[一-龥ァ-ヶー]{0,6}(?:委員会|チーム|機関|組織|部会|班)")
# A measure named as what an act is (対抗措置として、…輸出を制限した; …に対する対抗措置との見方,
# …への報復措置だ): no threat, unless in a condition.
_AS_A_MEASURE_RE = re.compile(r"として|の一環|と(?:み|見)られ|との見方|だと|だ。|である")
_CONDITION_RE = re.compile(r"れば|なら|場合")  # (なければ too), searched for in the sentence before the act
_SPEAKER_PLEDGE_RE = re.compile(
    r"して|し[、」]|する[、」]|していく|を(?:する|していく)[、。」]"  # 「…必要な協力をする」
    r"|を[^、。「」]{0,8}?(?:行う|行っていく|続ける|続けていく|実施する)[。」]"
)
_ASKED_NOUN_RE = re.compile(r"(?:勧告|要求|要請|命令|請求)")
_SINCE_ACT_RE = re.compile(
    r"から(?:約|既に|すでに|まだ)?[0-9０-９一二三四五六七八九十数]+(?:日|週間|カ月|か月|ヶ月|年|時間)(?:余り|以上|近く)?(?:が|を|に|で|と|、)"
)
_KATAKANA_MODIFIED = re.compile(r"(?:対策|関連|資金|組織|防止|対処|警戒|指定|容疑|法|支援国)")


def _katakana_word(text: str, start: int, end: int) -> bool:
    """Whether a katakana trigger (スト, テロ) is part of a longer katakana word (アプリストア) or
    modifies a noun (テロ対策)."""
    if not all(is_katakana(c) for c in text[start:end]):
        return False
    before, after = text[start - 1 : start], text[end : end + 1]
    return (
        (bool(before) and is_katakana(before) and before != "・")
        or (bool(after) and is_katakana(after) and after != "・")
        or bool(_KATAKANA_MODIFIED.match(text, end))
    )


_ASKED_TO_DO_RE = re.compile(  # 協力するよう要請, 撤退するように求めた: the act is what is asked for
    r"(?:する|し|される|させる)ように?(?:[^、。「」をがは]{1,12}?に)?(?:強く|改めて|重ねて|正式に)?"
    r"(?:要請|要求|求め|呼びかけ|呼び掛け|促)"  # 部隊を撤退させるよう正式に要請した
)
_ALIAS_OF_MEETING_RE = re.compile(r"(?:会議|会合|会談|サミット|理事会|総会)[（(][^（()）]{0,12}$")
_WARNED_OF_RE = re.compile(r"(?:を|も)[^、。「」]{0,14}?と(?:強く|改めて|重ねて)?(?:警告|威嚇|脅)")
# A contract made: the noun as the object of a verb of making (契約を結んだ, 契約を締結, 契約を2年延長)
# or a verb itself (契約した, 契約する, 契約で合意).
_CONTRACT_MADE_RE = re.compile(
    r"(?:を|も)(?:[^、。「」]{0,12}?)(?:結|締結|交わ|更新し|更新す|延長し|延長す|[0-9０-９]|合意|断念|見送)"
    r"|し|す|さ|で合意|に合意|期間"
)
# …と結んだ戦闘機の売却契約: the verb of making before the noun, in a relative clause.
_CONTRACT_MADE_BEFORE_RE = re.compile(r"(?:結んだ|締結した|交わした)[^、。「」]{0,16}$")
_AGREED_ON_RE = re.compile(r"を[^、。「」]{0,24}?こと(?:で|に)(?:も)?(?:合意|一致)")
_STANCE_RE = re.compile(  # 中国との対話を重視する, 制裁に反対し, 偶発的な衝突を防ぐ
    r"を重視|の重要性|の必要性|の扉|に前向き|に消極的|(?:の[一-龥]{1,4})?(?:案)?(?:に|への)(?:反対|賛成|慎重|否定的|難色)"
    r"|を(?:防|回避|避け|抑止|未然に)|の(?:防止|回避|抑止)"
)
_STATE_RE = re.compile(  # 拘束中の野党関係者, 拘束していた人質, 拘束していたのは: a state named, not an event
    r"中の|(?:し|され)て(?:い|お)(?:た|る)(?=[一-龥ァ-ヶー]|の(?:は|が))"
)
_PROTEST_WORDS = r"(?:デモ|抗議集会|集会|ストライキ|ゼネスト|スト(?![ァ-ヴー]))"
_DESCRIBES_PROTEST_RE = re.compile(r"(?:する|る)[^、。「」]{0,8}?" + _PROTEST_WORDS)
_PROTEST_AFTER_RE = re.compile(r"[^、。「」]{0,8}?" + _PROTEST_WORDS)
_MODIFIED_TRIGGERS = ("協議", "交渉", "会談", "会合", "会議", "合意", "スト")  # 警告スト: a strike
_COMPOUND_HEADS = frozenset(
    "隊団員官金者策法費額品物網案先地状機艦力式書分派"
)  # 訪問先, 占領地, 逮捕状, 戦闘機, 拘束力, 調査官, 署名式, 審査書, 契約分, 国民会議派 (a party)

# 調査チーム, 救助本部: a body named; 停戦監視: the watching over a state, not the act itself;
# 抗議行動: a kind of act; 調査結果, 停戦違反: what the act came to, or a breach of the state it made;
# デモ参加者: the people taking part; 経済協力協定: the accord that names it (signing it is the act);
# 制裁逃れ: the act evaded
_LONG_COMPOUND_HEADS = (
    "内容",
    "チーム",
    "グループ",
    "本部",
    "監視",
    "手続き",
    "手続",
    "行動",
    "結果",
    "違反",
    "参加者",
    "協定",
    "逃れ",
)
# A meeting just opened, whose agenda follows (会合を開き、…について協議する).
_MEETING_OPENED = ("を開き、", "を開いて、")
# An act supposed to come about (首脳会議が実現すれば初の開催): the one planned, named again as a condition.
_COMES_ABOUT_IF_RE = re.compile(r"(?:が|は|も)?実現(?:すれば|した場合|しなければ|しない場合|するなら)")
# The findings of an act as a thing (審査の結果を来春示す, 捜査の結果を待つ); 協議の結果、合意した
# keeps the act, told as what led to the outcome.
_FINDINGS_RE = re.compile(r"の結果[はがをもに]")


def _compound_noun(following: Token | None, trigger: Trigger) -> bool:
    """Whether the trigger word modifies the plain noun written right after it (解放手順, 支援物資,
    合意文書, 派遣部隊): the compound names a thing, not an event. Action nouns (制裁措置, 攻撃開始)
    and suffixes (会談後, 訪問中) keep the event."""
    return (
        following is not None
        and not trigger.phrase
        and following.pos[:3] == ("名詞", "普通名詞", "一般")
        and len(following.surface) >= 2
        and all(is_kanji(c) for c in following.surface)
    )


_RESUMPTION_AIMED_RE = re.compile(
    r"の(?:早期)?(?:再開|開始|実現|開催|締結|妥結|終結|終了|停止|収束|解決)に向け"
)
_AGREEMENT_KEPT_RE = re.compile(
    r"(?:を(?:守|順守|遵守|破|維持|履行|打ち切|解除|解約|見直)|に(?:違反|反し|反する)|から(?:の)?離脱"
    r"|の(?:順守|遵守|履行|破棄|違反|打ち切り|解除|解約|見直し))"
)
_THREATENED_ACT_RE = re.compile(r"の(?:脅迫|脅威|恐れ|おそれ|危険|懸念|予告)")
# Protesters named by what they were doing (座り込みを続けていた組合員ら, デモに参加していた学生).
_PROTESTERS_DESCRIBED_RE = re.compile(
    r"(?:を(?:続けて|して|行って)|に参加して)(?:いた|いる)[^、。「」をがはに]{0,10}?"
    r"(?:組合員|住民|活動家|学生|市民|労働者|参加者|男|女|男性|女性|デモ隊|農民|漁民|支持者|人々)"
)
_KATAKANA_HEAD_RE = re.compile(r"[ァ-ヴ][ァ-ヴー]{2,}")  # ライン, ネットワーク; not スト, デモ (events)
_MANNER_PREFIXES = ("全会", "満場", "全員")
_APPROVALS = ("承認", "認可")
# What an approval makes an agreement of (枠組みを正式に承認, 協定の締結を承認): a pact between parties.
_PACT_APPROVED_RE = re.compile(r"(?:協定|合意|条約|枠組み|和平案|停戦案|加盟|協約)")
# The object of an approval by an authority: a plan, loan, merger, application or budget it reviews.
_ADMINISTRATIVE_APPROVAL_RE = re.compile(
    r"(?:計画|融資|合併|買収|統合|申請|予算|予算案|法案|議案|案)(?:を|について|に関し)[^。「」]{0,50}$"
)


# A clause that ends in a suspicion (…した疑いで, …の容疑で): its acts are what someone is suspected of.
_SUSPECTED_RE = re.compile(r"[^、。「」]{0,40}?(?:疑い|容疑)(?:で|が|も|に|を|の|は)")


# What help is talked about by (支援の条件, 協力の見返り), not help given or promised.
_TERMS_OF_HELP = ("の条件", "の見返り", "の前提")


# A measure already in force, as what is talked about or protested (輸入停止を巡って, 制裁の長期化).
_STANDING_MEASURE_TAILS = (
    "を巡って",
    "をめぐって",
    "を巡り",
    "をめぐり",
    "の長期化",
    "の解除",
    "の緩和",
    "の継続",
)
# What a suit claims (損害賠償を求める訴訟, 請求を求めていた裁判で): the suit is told, not a request made.
_CLAIM_OF_SUIT_RE = re.compile(r"(?:る|た|ていた|ている)(?:民事|行政|集団)?(?:訴訟|裁判|訴え|審判|仲裁)")


# 迫る asks only with its object right before (退陣を迫った, 譲歩を強く迫る).
_PRESSED_FOR_RE = re.compile(r"を(?:強く|改めて|重ねて)?$")


# What talks are about (停戦の延長について, 停戦の監視方法を巡る): a topic, not an act.
_TALKED_OF_RE = re.compile(r"(?:の[一-龥]{1,6})?(?:について|をめぐ|を巡|に関する|に関し)")
# Kinds of survey that are research, not an inquiry into wrongdoing (世論調査, 地質調査).
_SURVEY_KINDS = (
    "世論",
    "地質",
    "意識",
    "市場",
    "国勢",
    "学術",
    "海洋",
    "資源",
    "生態",
    "家計",
    "景気",
    "需要",
    "湖底",
    "海底",
    "地盤",
)
# A meeting named as a body set up (有識者会議を設け): the panel, not a meeting held.
_BODY_SET_UP_RE = re.compile(r"を(?:新たに)?(?:設け|設置|新設|立ち上げ|発足)")
# Help named before money put in (被災者の支援に…拠出, 避難民への支援として…拠出): the help is the act.
_HELP_SERVED_RE = re.compile(r"(?:支援|援助|救援)[^。]{0,30}$")
# Signatures collected for a petition (署名活動, 署名簿, 署名運動, 署名を集め).
_PETITION_HEADS = ("活動", "簿", "運動", "を集め", "集め")
# A country named by the help it gives (拠出国, 支援国): not an act.
_GIVER_COUNTRY_RE = re.compile(r"国(?![際連内民境家土会営有立])")


def _not_an_event(
    text: str, start: int, end: int, quote: Quote | None, args: list[Argument], trigger: Trigger
) -> bool:
    """Trigger words that name no event: part of a compound noun (援助隊, 支援策), the thing
    someone asks for (対話を呼びかけ), or a word inside quoted content with no actor of its own."""
    following = text[end : end + 1]
    if trigger.type == "RETREAT" and _TALKED_OF_RE.match(text, end):
        return True  # 停戦の延長について協議, 停戦の監視方法を巡る協議: the truce talked about
    if trigger.type == "INVESTIGATE" and text.endswith(_SURVEY_KINDS, 0, start):
        return True  # 世論調査, 湖底の地質調査: research, not an inquiry
    if trigger.type == "REQUEST" and text.endswith(("概算", "予算"), 0, start):
        return True  # 概算要求: a budget request, no one asks anyone
    if (
        text[start:end] == "契約"
        and not _CONTRACT_MADE_RE.match(text, end)
        and not _CONTRACT_MADE_BEFORE_RE.search(text, max(0, start - 24), start)
    ):  # 契約量, 現行の契約は, 契約の延長を巡って, 契約上の義務: the contract, no act of making it
        return True
    if trigger.type == "CONSULT" and _BODY_SET_UP_RE.match(text, end):
        return True  # 有識者会議を設け: a panel set up
    if text.startswith("拠出", start) and not _HELP_SERVED_RE.search(text, max(0, start - 40), start):
        return True  # 約500万ドルを追加で拠出する方針: money pledged, no help named
    if trigger.type == "AGREE" and text.startswith(_PETITION_HEADS, end):
        return True  # 署名活動, 署名簿を提出: names collected for a petition, no accord signed
    if trigger.type == "AID" and is_kanji(text[end - 1]) and _GIVER_COUNTRY_RE.match(text, end):
        return True  # 主要な拠出国の大使ら, 援助国の代表: the givers, not help given
    if (
        following
        and following in _COMPOUND_HEADS
        and (following not in "書分" or is_kanji(text[end - 1]))  # 審査書, 契約分; not 求める書簡
    ) or text.startswith(_LONG_COMPOUND_HEADS, end):
        return True  # 援助隊, 支援策, 起訴内容, 調査チーム: a noun made from the trigger
    if text.endswith(_MEETING_OPENED, 0, start) and text.startswith("の", end):
        return True  # 外相会合を開き、制裁の効果を検証する: an item on the agenda, no act of its own
    if _COMES_ABOUT_IF_RE.match(text, end):
        return True  # 首脳会議が実現すれば初の開催: the summit proposed, not another conditional act
    if _FINDINGS_RE.match(text, end):
        return True  # 審査の結果を来春示す: the findings, not an inquiry of their own
    if is_kanji(text[end - 1]) and _KATAKANA_HEAD_RE.match(text, end):
        return True  # 停戦ライン, 救援ネットワーク: a katakana noun made a name of the trigger
    if trigger.type == "PROTEST" and _PROTESTERS_DESCRIBED_RE.match(text, end):
        return True  # 座り込みを続けていた組合員ら22人を逮捕: who was arrested, not a protest reported
    if (
        trigger.type == "REQUEST"
        and text.startswith("迫", start)
        and not _PRESSED_FOR_RE.search(text, 0, start)
    ):
        return True  # 期限は30日に迫っている, 火の手が市街地に迫る: something draws near, no one asks
    if trigger.type in ("ASSAULT", "FIGHT") and _THREATENED_ACT_RE.match(text, end):
        return True  # テロの脅迫を受けて, 攻撃の恐れ: an attack threatened or feared, not made
    if (
        trigger.type == "AGREE"
        and text[start - 1 : start] in ("は", "、", "も", "")
        and text.startswith(("に基づ", "に沿", "に従", "の内容"), end)
    ):
        return True  # Xは合意に基づき, 合意の内容を審議: the agreement already told, as a thing
    if trigger.type == "AGREE" and _AGREEMENT_KEPT_RE.match(text, end):
        return True  # 核合意を守っていない, 停戦合意に違反: an agreement as a thing, not one made
    if trigger.type == "AGREE" and text.startswith(("を経て", "を得て", "が必要", "を必要"), end):
        return True  # 議会の承認を経て発効する: a step a plan still needs, not an agreement made
    if text.endswith(_MANNER_PREFIXES, 0, start) and (
        text.startswith("一致", start) or not text.endswith("全員", 0, start)
    ):  # not 全員釈放された: all of them were freed
        return True  # 全会一致で採択, 満場一致で可決: how a vote went, not an agreement between parties
    if text.startswith(_APPROVALS, start) and (
        _ADMINISTRATIVE_APPROVAL_RE.search(text, max(0, start - 60), start)
        or not _PACT_APPROVED_RE.search(text, max(0, start - 30, text.rfind("。", 0, start) + 1), start)
    ):
        return True  # 融資を承認, 新薬の製造販売を承認, 投票で承認を諮る: a body approving what it reviews
    if _ALIAS_OF_MEETING_RE.search(text, max(0, start - 24), start):
        return True  # アジア安全保障会議（シャングリラ会合）: another name of the meeting just named
    if any(text.startswith(word, end) for word in _MODIFIED_TRIGGERS):
        return True  # 停戦協議, 制裁協議: the second word is the event
    if _SUSPECTED_RE.match(text, end):
        return True  # …暗殺を計画した疑いで逮捕, …が襲われた事件に関与した疑い: what the suspicion is of
    if _DESCRIBES_PROTEST_RE.match(text, end) or (
        text[end - 1] == "る" and _PROTEST_AFTER_RE.match(text, end)
    ):
        return True  # …に抗議するデモ: the demonstration is the event
    if _katakana_word(text, start, end):
        return True  # アプリストア, テロ対策, テロ関連法: part of a longer word or a modifier
    if (
        _ASKED_NOUN_RE.match(text, end) and not (trigger.type == "REQUEST" and text[end - 1] == "る")
    ) or _SINCE_ACT_RE.match(text, end):  # …を求める勧告を出した: the recommendation is the request
        return True  # 辞職勧告, 撤退要求: the act demanded; 拘束から2週間: the time since an act told
    if (
        trigger.type == "SANCTION"
        and text.startswith(_STANDING_MEASURE_TAILS, end)
        and "による" not in text[max(0, start - 20) : start]  # 韓国による…輸入停止をめぐり: its agent named
    ):
        return True  # 輸入停止を巡って協議, 輸入停止の長期化に抗議: a measure in force, talked about
    if trigger.type == "REQUEST" and _CLAIM_OF_SUIT_RE.match(text, end):
        return True  # 損害賠償を求める訴訟を起こした, 差し止めを求めていた裁判で: the claim of a suit
    if _REMARK_ON_ACT_RE.match(text, end) or (
        text.endswith("ぶりの", 0, start) and text.startswith("とな", end)
    ):  # …を訪れるのは約6年ぶり, 約3カ月ぶりの解放となった: a remark on the act just reported
        return True
    if trigger.type == "INVESTIGATE" and _TASK_OF_BODY_RE.match(text, end):
        return True  # 原因を検証する委員会の設置を求めた: the body's task, not an inquiry
    if (
        trigger.type == "THREATEN"
        and _AS_A_MEASURE_RE.match(text, end)
        and not _CONDITION_RE.search(text, max(0, text.rfind("。", 0, start) + 1), start)
    ):
        return True  # Xは昨年、対抗措置として…輸出を制限した: the measure taken, no threat
    if is_kanji(text[end - 1]) and text.startswith(("を見直", "の見直し"), end):
        return True  # 開発支援を見直す, 協力の見直し: what is reviewed, not an act of its own
    if trigger.type == "CONSULT" and _VISITORS_RE.match(text, end):
        return True  # チリを訪れるフィリピン人の観光客: the kind of people who visit, not a visit
    if _MEANS_OF_SOLUTION_RE.match(text, end):
        return True  # 話し合いによる早期の解決を求めた, 外交交渉を通じた決着: the way sought, not an act
    if text.startswith(("の権利", "の自由"), end):
        return True  # 平和的なデモの権利を尊重する: a right, not an act
    if trigger.type in ("AID", "COOPERATE") and text.startswith(_TERMS_OF_HELP, end):
        return True  # 支援の条件として…求める, 協力の見返りに: the terms of help, not help given
    if is_kanji(text[end - 1]) and text.startswith(_REASON_NOUN_ENDS, end):
        return True  # 麻薬組織の摘発を理由に集会を制限する: the reason given for another act
    if text.startswith("のため", end):
        return True  # 対話のため代表団を派遣する, 対話のための雰囲気: the aim of an act, not one
    if _TALLY_RE.match(text, end) and text[start - 1 : start] == "の":
        return True  # 閣僚の辞任は発足以来2人目となる: a count of such acts, not one act
    if _ASKED_TO_DO_RE.match(text, end):
        return True  # 波及に協力するよう要請する: the act asked for has not happened
    if (
        _REQUESTED_RE.match(text, end)
        or (trigger.type not in ("ACCUSE", "REQUEST") and _APPROACHED_FOR_RE.match(text, end))
        or _FIRST_ASKED_RE.match(text, end)
        or _ASKED_FOR_RE.match(text, end)
        or _STANCE_RE.match(text, end)
    ):
        return True
    if trigger.type not in ("CONSULT", "AGREE") and text.startswith(("に向けた", "に向け"), end):
        return True  # 人質の解放に向けた協議: the aim of another act
    if _RESUMPTION_AIMED_RE.match(text, end):
        return True  # 停戦協議の再開に向けて働きかけている: talks aimed at, not held
    if trigger.type == "COERCE" and (state := _STATE_RE.match(text, end)):
        clause = max(text.rfind("、", 0, start), text.rfind("。", 0, start))
        return state.group(0).endswith("る") or not any(  # 拘束中の野党関係者, 収監中の元首相, Xが拘束して
            a.particle == "が" and clause < a.mention.start and a.mention.end <= start for a in args
        )  # いる人質 (a state still held); not 武装組織が7月から拘束していた職員 (a past act)
    if trigger.type == "THREATEN" and _WARNED_OF_RE.match(text, end):
        return True  # 報復措置を取らざるを得ないと警告した: the warning is the event
    if trigger.type == "REQUEST" and is_kanji(text[end - 1]) and _TURNED_DOWN_RE.match(text, end):
        return True  # 要求を拒否した, 要請を退けた: someone else's demand, named as what is turned down
    if trigger.type == "CONCEDE" and text.startswith(("を受理", "を受け取"), end):
        return True  # 首相は辞表を受理した: the one who resigns acts, not the one who accepts
    if trigger.type == "AGREE" and _AGREED_ON_RE.match(text, end):
        return True  # 契約を延長することで合意した: the contract is what is agreed on
    if quote is not None and quote.kind == "indirect":
        if trigger.phrase or _owned(text, start, args):
            return False  # 医薬品を…送ると発表した: the phrase has its verb; トルコ政府の要請: an act
        verb_stem = "\u3041" <= text[end - 1] <= "\u3093"  # 求め, 促し, 話し合: already a verb
        if _SCHEDULED_ACT_RE.match(text, end):
            return False  # …との協議は予定していないと述べた: the act itself, planned or not
        if trigger.type in ("COOPERATE", "AID") and _SIGNED_DOCUMENT_RE.match(text, end):
            return False  # 協力に関する覚書に署名する方針を示した: cooperation named in a document to sign
        return not verb_stem and not _VERBAL_RE.match(text, end)  # a noun in reported content
    if quote is not None:
        if trigger.type in _PERFORMATIVE_TYPES and _PERFORMATIVE_END_RE.fullmatch(text, end, quote.end):
            return False  # 「…を強く求める」と語った: the speaker's own demand
        inner = [
            a
            for a in args
            if quote.start <= a.mention.start and a.mention.end <= start and a.particle in ("は", "が", "も")
        ]
        if not inner and _SPEAKER_REFUSES_RE.match(text, end):
            return False  # 「辞任するつもりは一切ない」と語った: the speaker's own act, denied
        if not inner and trigger.type in ("COOPERATE", "AID") and _SPEAKER_PLEDGE_RE.match(text, end):
            return False  # 「自治体と連携し、…全力を挙げる」と述べた: the speaker's own pledge
        if (
            not inner
            and trigger.type == "CONSULT"
            and _TALKS_OFFERED_RE.match(text, end)
            and any(
                a.particle == "と" and quote.start <= a.mention.start and 0 <= start - a.mention.end <= 12
                for a in args
            )
        ):
            return False  # 「来週にも同協会と協議する用意がある」と語った: talks the speaker offers
        return not inner
    return False


# The speaker's own act refused (辞任するつもりはない, 協議に応じる考えは全くない, 辞任はしない).
_SPEAKER_REFUSES_RE = re.compile(
    r"(?:を|に)?(?:する|し|応じる)?(?:つもり|考え|意思|気|予定)(?:は|も)[^、。「」]{0,4}?(?:ない|ありません)"
    r"|(?:は|も)(?:しない|しません|行わない|行いません)(?=[。」])"
)
# Talks the speaker offers or wants (協議したい, 協議する用意がある, 話し合うつもりだ).
_TALKS_OFFERED_RE = re.compile(r"(?:し|する|を行い|を行う)?(?:たい|用意|考え|つもり|方針)")
_SIGNED_DOCUMENT_RE = re.compile(r"に関する(?:覚書|協定|合意文書|文書)に(?:署名|調印)")
_SCHEDULED_ACT_RE = re.compile(r"[はを](?:予定|計画)(?:し|する|さ)")
_REASON_NOUN_ENDS = ("を理由に", "を口実に", "が理由で", "を名目に")
_TURNED_DOWN_RE = re.compile(
    r"を(?:改めて|重ねて|事実上)?(?:拒否|拒絶|一蹴|退け|はねつけ|突っぱね)|に(?:は|も)?応じ"
)  # 要求を拒否した; 賃上げ要求に応じなければ: the demand as a thing answered


def _owned(text: str, start: int, args: list[Argument]) -> bool:
    """Whether a person, organisation or country is written right before the trigger with の."""
    return any(
        a.particle == "の"
        and a.entity.label in ("PERSON", "ORG", "GPE")
        and text[a.mention.end : start] in ("の", "政府の", "側の", "当局の")
        for a in args
    )


def _own_topic(text: str, sentence: Span, args: list[Argument], before: int | None = None) -> bool:
    """Whether the sentence (up to ``before``) has a topic or subject that is not an entity
    (弁護団は, 首脳らは, 避難者らが): then the previous sentence's subjects are not carried over."""
    return plain_topic(text, sentence.start, sentence.end if before is None else before, args)


_REPORTED_CONTENT_RE = re.compile(
    r"(?:[るたいうくすつぬぶむぐ]|だ|ない)と(?:[^、。「」]{0,6})?$|(?:[るたいう]|だ)との"
)


_CHAINED_CLAUSE_END_RE = re.compile(r"(?:[をで](?:行い|開き|実施し)|させ)、$")


def _plain_clause_subject(text: str, sentence: Span, args: list[Argument], before: int) -> bool:
    """Whether the trigger's own clause has a が-subject that is not an entity (若者ら数千人がデモを
    行い, 一部が警官隊と衝突した): then no subject of an earlier sentence is carried over."""
    clause_start = max(text.rfind("、", sentence.start, before) + 1, sentence.start)
    while clause_start > sentence.start + 1 and _CHAINED_CLAUSE_END_RE.search(
        text, max(sentence.start, clause_start - 6), clause_start
    ):
        # …約800人がデモを行い、政府に…求めた: a chain of clauses shares its subject
        clause_start = max(text.rfind("、", sentence.start, clause_start - 1) + 1, sentence.start)
    for match in _NOUN_SUBJECT_RE.finditer(text, clause_start, before):
        position = match.start()
        if text.rfind("「", clause_start, position) > text.rfind("」", clause_start, position):
            continue  # 「管理が不十分だった」と謝罪した: a subject inside the quote
        if (
            not any(a.mention.start <= position <= a.mention.end + 2 for a in args)
            and not _GROUP_SUBJECT_RE.search(text, max(0, position - 4), position)
            and not _subordinate(text, position + 1, before)
        ):
            return True
    return False


def _subordinate(text: str, start: int, trigger: int) -> bool:
    """Whether a subject ending at ``start`` belongs to a clause that is not the trigger's own:
    reported (…可能性があると警告した), embedded (…することを求めた), a condition, a finding."""
    return bool(
        _REPORTED_CONTENT_RE.search(text, start, trigger)
        or _EMBEDDED_RE.search(text, start, trigger)
        or _CLOSED_REPORT_RE.search(text, start, trigger)
        or _CONDITIONAL_RE.search(text, start, trigger)
        or _UNTIL_CLAUSE_RE.search(text, start, trigger)
    )


def _trigger_at(text: str, position: int, limit: int, lex: Lexicon) -> tuple[str, Trigger] | None:
    """The longest trigger word or phrase (輸出を禁止) starting at ``position``."""
    found: tuple[str, Trigger] | None = None
    for length in lex.trigger_lengths:
        end = position + length
        if end > limit:
            continue
        surface = text[position:end]
        trigger = lex.triggers.get(surface)
        if trigger is not None:
            found = surface, trigger
            break
    phrase = lex.phrases.match(text, position, limit)
    if phrase is not None and phrase.lastgroup and (found is None or len(phrase.group(0)) > len(found[0])):
        return phrase.group(0), lex.phrase_triggers[phrase.lastgroup]
    return found
