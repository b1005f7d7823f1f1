"""Status and modality of events: occurred, planned, conditional, hedged, denied; threats."""

from __future__ import annotations

import re

from kijiyomi.reading.arguments import Argument, subject_of
from kijiyomi.reading.event_draft import (
    _AGREEABLE_TYPES,
    _AGREED_TO_DO_RE,
    _AGREED_TO_RE,
    _CONDITIONAL_RE,
    _HEDGE_RE,
    _NON_PAST_KANA,
    _PERFORMATIVE_END_RE,
    _PERFORMATIVE_TYPES,
    _TOPIC_WINDOW,
    _clause_end,
    _Draft,
    _expand,
    _in_quotes,
)
from kijiyomi.reading.event_merge import _without_topic
from kijiyomi.reading.event_triggers import _trigger_at
from kijiyomi.reading.lexicon import lexicon
from kijiyomi.reading.model import Entity, Quote, Span, TimeExpression

_PUNITIVE = frozenset({"SANCTION", "ASSAULT", "FIGHT", "COERCE"})
_CONDITION_CLAUSE_RE = re.compile(
    r"[^、。「」]{0,120}?(?:(?<!によ)れば|せば|えば|けば|ければ|てば|めば|ねば|べば|なら|場合(?:は|には)?|ない限り)、?"
)
_DENIED_RE = re.compile(
    r"否定|否認|しなかった|なかった|せず|しない|していない|ていない|ず、|ません|見送|断念|先送り|取りやめ|見合わせ|打ち切"
    r"|(?:延期|中止)(?:し|す|さ|と|に|。)|応じない|応じず"  # 延期した, 中止すると; not 延期論
    r"|ことは(?:ない|ありえない|あり得ない)"  # 撤退させることはない
    r"|(?<=[ぁ-ん])ず$|(?<=[わかさたなまらがばえけせてねべめれ])ない$"  # 合意に至らず、協議を行わない
    r"|ない(?:方針|考え|意向|構え|と(?:明言|表明|強調))"  # 連立協議を行わない方針を示した
    # 釈放するつもりはない, 辞任する考えは一切ない
    r"|(?:つもり|考え|予定|意思|計画)(?:は|も)(?:一切|全く|まったく|決して|当面|今のところ)?"
    r"(?:ない|なかった|ありません)"
)
_PLANNED_RE = re.compile(
    r"予定|方針|計画|見通し|見込み|方向|意向|目指|検討|構え|準備|ことになった|へ。|"
    r"(?:する|行う|開く|開かれる|行われる|始める|応じる|送る|結ぶ|出す|取る)(?:と|こと|考え|方針|予定|。|」|$)"
    r"|(?<![てで])[^、。た]る(?:ことで|ことを|ことに)"  # not 捜査していることを明らかにした: under way
)
_PAST_END_RE = re.compile(
    r"(?:た|だった|[てで]いた|[てで]いる|[てで]きた|た模様)(?:という|とした|とされる)?[。」]*$"
)
# What is expected or feared, its content before との/という (…決まるとの観測, …開かれるとの見方).
_EXPECTED_RE = re.compile(r"(?:との|という)(?:観測|見方|見通し|予想|予測|期待|懸念|憶測|臆測)")
_NON_PAST_END_RE = re.compile(r"(?:[るうくすつぬむぶぐ]|れる|られる)$")
_PLAN_BUT_RE = re.compile(r"予定(?:だった|であった)(?:が|ものの|けれど|けど)$")
# A later clause that calls off the holding of what was planned (開催を見送る, 訪問を中止した).
_CALLED_OFF_RE = re.compile(
    r"(?:開催|実施|会談|会合|会議|協議|訪問|訪日|出席|派遣)(?:そのもの)?[をはも](?:急きょ|急遽|当面|事実上)?"
    r"(?:見送|中止|延期|取りやめ|取り止め|断念|先送り|見合わせ|キャンセル|打ち切)"
)
_CALL_OFF_WORDS = ("延期", "中止", "見送", "先送り", "取りやめ", "見合わせ", "断念")
# The object of a sentence that ends by calling it off, a reason clause between (デモを、…を受けて見送った。).
_OBJECT_CALLED_OFF_RE = re.compile(r"、[^。「」]{0,30}?(?:見送|中止し|断念し|取りやめ|見合わせ)(?:った|た)。")
# An act named as the topic of its own call-off (謝罪について「…」として見送る, 協議については見送った).
_ABOUT_CALLED_OFF_RE = re.compile(
    r"(?:について|に関して)(?:は)?、?(?:「[^「」]{0,60}」(?:と述べ、?|として|とし、?)?)?"
    r"(?:見送|差し控え|断念|見合わせ|拒否|拒ん|拒み)"
)
# A done act that another answers (追加関税を課したことに対抗し, 発射したことを非難): it took place.
_DONE_REACTED_RE = re.compile(r"(?:し|され|を行っ)?た(?:こと|の)(?:に|へ|を)")
_PAST_WHEN_RE = re.compile(
    r"(?:を行っ|を開い|し)?た(?:際|時|とき)(?:に|には|も)?"
)  # not 会った後: tense-free
_TALKS_REFUSED_RE = re.compile(
    r"(?:を|に応じることを|への参加を|への出席を)(?:改めて|再び)?(?:拒否|拒絶|拒ん|拒み|拒む|断っ|断り|断る)"
)
_PAST_BUT_RE = re.compile(r"(?:た|だった)(?:が|ものの|けれど|けど)$")  # 協議を行ったが、合意には至らなかった
# 協議する考えを示したが、…: the intention was shown, what it is about still lies ahead
_INTENT_SHOWN_BUT_RE = re.compile(
    rf"(?:を|に)?(?:する|行う|開く|始める|実施する|[^、。「」]{{0,4}}?{_NON_PAST_KANA})"
    r"(?:考え|方針|意向|構え)を(?:示|表明|明らかに)(?:した|していた)(?:が|ものの|けれど|けど)$"
)
_NON_PAST_BUT_RE = re.compile(r"(?:を)?(?:する|行う|開く|始める|実施する)(?:が|ものの|けれど|けど)")
_CONTINUATIVE_RE = re.compile(r"(?:し|い|り|き|ち|め|け|え|れ|せ|び|み|ぎ|で|て)$")
_PROMISED_RE = re.compile(  # 追加供与を表明した, 共同開発を進めることで一致, 支援の枠組みの創設で合意
    r"(?:を|の)[^、。「」]{0,16}?(?:表明|約束|発表|決定|決め|進める|進めて|創設|検討|申し出|打ち出|提案|提唱)"
    r"|する(?:と|ことを)(?:表明|約束)"  # 15億ポンドを供与すると表明した: a promise
)
# Acts said to go on or to recur (攻撃が続く町, 衝突が相次ぎ、): they have happened, whatever the sentence's
# tense; not when what goes on is in doubt or in a condition (続く恐れ, 続けば).
_ONGOING_RE = re.compile(
    r"(?:が|も)(?:続く|続き|続いて|相次ぐ|相次ぎ|相次いで)(?![^、。「」]{0,6}?(?:可能性|恐れ|おそれ|見通し|場合|なら|限り))"
)
_OWN_ACTION_RE = re.compile(r"実施|行う|行い|開始|始め|再開")


def _promised(text: str, end: int, status: str) -> bool:
    """Help or cooperation only stated as intended (追加供与を表明した, 共同開発を加速させることで
    一致した), not carried out by a verb of its own (医療支援を行うと発表した: help announced for
    later, dated only by a time of its own, not by the announcement's day)."""
    if _AGREED_TO_DO_RE.match(text, end) and status != "conditional":
        return True
    match = _PROMISED_RE.match(text, end)
    return (
        match is not None
        and status != "conditional"
        and not _OWN_ACTION_RE.search(match.group(0))
        and not _DONE_STATED_RE.search(match.group(0))  # 物資を送ったと発表した: sent, not promised
        and not _DECIDED_RE.match(text, match.end())  # 緊急援助を決めた: the decision is the act reported
    )


_DECIDED_RE = re.compile(r"(?<=決め)た|(?<=決定)した")


_DONE_STATED_RE = re.compile(r"(?:た|だ)(?:と|ことを|ことも)")


_ASKED_CONTENT_END_RE = re.compile(
    r"(?:ように?|ことを)(?:[^、。「」]{0,12}?(?:に|へ|に対し))?(?:強く|改めて|重ねて)?$"
)  # …場合にも供給を続けることを求め: the condition is part of what is asked


_TOPIC_PARTICLE_RE = re.compile(r"(?<=[一-龥ァ-ヶー）)])[はが](?!ら)")


_NOUN_CUE_RE = re.compile(r"(?:考え|方針|意向|姿勢|認識|見方)を")
_STATEMENT_CUES = ("表明", "発表", "明らかに")
# 取り消しを求めて提訴する考えを示した: asked for through an act still intended
_INTENDED_MEANS_RE = re.compile(r"て[^、。「」]{1,24}?[るう](?:考え|方針|意向|構え|可能性)を")
_DONE_DESCRIBED_RE = re.compile(r"(?:し|っ|い|れ)たもので$")
_NON_PAST_CUE_RE = re.compile(rf"{_NON_PAST_KANA}$")
_FUTURE_WORD_RE = re.compile(r"来月|来週|来年|今後|近く|年内|月内|あす|明日|予定|方針")
_DATELINE_RE = re.compile(
    r"(?:\d+日|同日|前日|この日|翌日)(?:午前|午後|朝|夜|夕|未明|深夜|夕方|正午)?、"
)  # 28日、 同日、: the day the talks were held


def _done_before_reporting(
    text: str, draft: _Draft, sentence: Span, quote: Quote | None, clause_end: int
) -> bool:
    """ "Xは28日、Yと会談し、関係を強化する考えを伝えた": the talks (a continuative clause before the
    reported intention) happened on the sentence's date, also when the sentence gives how long it
    took instead of a date (約45分間協議し、…); "来月会談し、…考えを示した" stays planned."""
    if quote is None or quote.kind != "indirect":
        return False
    stated = (quote.cue or "").startswith(_STATEMENT_CUES)
    if not (_NOUN_CUE_RE.match(quote.cue or "") or stated):
        return False
    if (
        stated
        and draft.type != "CONSULT"
        and _NON_PAST_CUE_RE.search(text, max(quote.start, quote.end - 3), quote.end)
    ):
        return False  # 部隊を派遣し、給水を支援すると発表した: the dispatch is announced, no occasion
    if text[clause_end : clause_end + 1] != "、" or not _CONTINUATIVE_RE.search(
        text, draft.start, clause_end
    ):
        return False
    clause_start = max(text.rfind("、", sentence.start, draft.start), sentence.start)
    if _FUTURE_WORD_RE.search(text, clause_start, clause_end):
        return False
    return bool(
        _DATELINE_RE.search(text, sentence.start, draft.start)
        or _DURATION_BEFORE_RE.search(
            text, max(sentence.start, draft.start - MAX_DURATION_CHARS), draft.start
        )
    )


# How long the act took, right before it (約45分間協議し, 2時間にわたって会談し): a thing done.
MAX_DURATION_CHARS = 16  # how far before the act such a duration may start (約1時間半ほどにわたって)
_DURATION_BEFORE_RE = re.compile(
    r"約?[0-9０-９一二三四五六七八九十数]+(?:分|時間)半?(?:間|ほど)?(?:にわたり|にわたって)?$"
)
_MEASURE_TAKEN_END_RE = re.compile(
    r"(?:を|も)(?:取る|とる|講じる|講ずる)(?:ことも辞さない|考えだ|用意がある|しかない)?。?"
)
_PAST_SENTENCE_RE = re.compile(r"(?:た|だった)[」）)]*。?$")
_WHILE_END_RE = re.compile(r"一方(?:で)?$")  # a clause set against the next one keeps its own tense
_REASON_SPAN_RE = re.compile(
    r"、?[^、。「」]{1,30}?(?:(?:と(?:して|し)|ため|ので)|(?:[るいた]|ない)(?:構え|考え|方針|姿勢)で)、"
)  # …なければ脱退も辞さない構えで、…呼びかけている: the stance's condition, not the call's
# A past act joined to the next clause by ほか/上で: its own past tense, whatever the next one's.
_PAST_BESIDES_RE = re.compile(r"(?:し|を行っ|を実施し)?た(?:ほか|上で|うえで)$")
# …れば…対応すると警告し、…: the condition lies inside what was said, not over what follows.
_SAID_THEN_RE = re.compile(  # …と警告し、 / …と警告しているが、: the condition was the statement's
    r"と(?:改めて|強く|重ねて)?(?:警告|表明|強調|主張|指摘|批判|非難|説明|発表)(?:し|しているが|したが|しており)、"
    r"|と(?:述べ|訴え|語り|伝え)(?:たが)?、"
)
_RELATIVE_AFTER_CONDITION_RE = re.compile(
    r"[^、。「」]{1,30}?(?:する|した|される|された)(?:[一-龥ァ-ヶー]{1,6})(?:に|を|の|で)[^、。「」]{0,12}$"
)
_WANTED_RE = re.compile(r"(?:し|さ|させ)?たい(?:と|考え|意向|。|」|$)")


# An act named as what someone took part in (攻撃にはX派が関与したとみられる, 襲撃への関与を否定):
# the act itself happened; the hedge or denial is about the part.
_INVOLVED_IN_RE = re.compile(r"(?:に|には|にも|への)[^、。]{0,30}?(?:関与|関わ|加担)")


def _status(text: str, draft: _Draft, sentence: Span, quote: Quote | None) -> None:
    limit = quote.end if quote is not None else sentence.end
    clause_end = _clause_end(text, draft.end, limit)
    local = text[draft.end : clause_end]
    if "「" in local:
        local = local[: local.index("「")]  # 協議について「…期待していない」と述べた: the quote is about it
    prefix_start = max(sentence.start, quote.start if quote else sentence.start, draft.start - _TOPIC_WINDOW)
    head = text[prefix_start : draft.start]
    condition = None
    for match in _CONDITION_CLAUSE_RE.finditer(head):
        if _quoted_before(text, prefix_start + match.start(), draft.start):
            continue  # 「増強がなければ…」と訴え、…求めた: the quote's condition is its own
        if _REASON_SPAN_RE.match(head, match.end()):
            continue  # …長引けば受注を失うとして、労働者に復帰を呼びかけた: the reason's condition
        if not match.group(0).endswith("、") and _RELATIVE_AFTER_CONDITION_RE.match(head, match.end()):
            continue  # …滞在する場合に査証を免除する協定に署名した: the condition of what the pact does
        if _SAID_THEN_RE.search(head, match.end()):
            continue  # …続ければ対応すると警告し、兵士を配備した: the condition is the warning's
        condition = match
    marker = _CONDITIONAL_RE.search(local)
    performative = (
        quote is not None
        and quote.kind == "direct"
        and draft.type in _PERFORMATIVE_TYPES
        and (
            _PERFORMATIVE_END_RE.fullmatch(text, draft.end, quote.end)
            or (draft.type == "THREATEN" and _MEASURE_TAKEN_END_RE.fullmatch(text, draft.end, quote.end))
        )
    )  # 「…すれば、対抗措置を取る」とした: the threat is made as it is said
    if draft.type in _AGREEABLE_TYPES and _AGREED_TO_RE.match(text, draft.end) and not marker:
        status = "planned"  # 停戦に合意した: the ceasefire is what was agreed, still to come
    elif _INVOLVED_IN_RE.match(text, draft.end):
        status = "occurred"  # 攻撃に関与したとみられる, 襲撃への関与を否定した: only the part is in doubt
    elif _ONGOING_RE.match(text, draft.end):
        status = "occurred"  # 攻撃が続くウクライナ, 攻撃が相次ぎ、: acts that go on have happened
    elif draft.type in _PERFORMATIVE_TYPES and _DECLARED_RE.match(text, draft.end):
        status = "occurred"  # 決定を拒否すると表明した: the rejection is the statement
    elif (
        draft.type == "ACCUSE"
        and text.endswith("」と", 0, draft.start)
        and text.startswith("し、", draft.end)
        and not marker
    ):
        status = "occurred"  # 「…」と批判し、…求める方針だ: the words quoted were said
    elif draft.type == "REJECT" and _REFUSAL_SHOWN_RE.match(text, draft.end):
        status = "occurred"  # 引き渡しを拒否する考えを示した: refusing is saying so
    elif (
        draft.type == "THREATEN"
        and _STANCE_SHOWN_RE.match(text, draft.end)
        and _sentence_status(_tail(text, sentence.start, sentence.end)) == "occurred"
    ):
        status = "occurred"  # 対抗措置も辞さない構えを示した: the threat is made by showing it
    elif text.startswith("を受け", draft.end) and not _HEDGE_RE.search(local):
        status = "occurred"  # 米国の要請を受け、…: the request was made (攻撃を受けたとみられる: hedged)
    elif (
        draft.type in _PERFORMATIVE_TYPES
        and (
            _DONE_IN_PASSING_RE.match(text, draft.end)
            or ("ぁ" <= draft.text[-1] <= "ん" and text.startswith("、", draft.end))  # 尊重するよう求め、
        )
        and _sentence_status(_tail(text, sentence.start, sentence.end)) == "occurred"
        and not _INTENDED_MEANS_RE.match(text, draft.end, sentence.end)
    ):
        status = "occurred"  # 賃上げを求めて…実施すると発表した, 計画に抗議し、…と発表した: said, so done
    elif (
        draft.type == "THREATEN"
        and not marker
        and ((quote is not None and quote.kind == "indirect") or _REPORTED_RE.search(text, draft.end, limit))
    ):
        status = _sentence_status(
            _tail(text, sentence.start, sentence.end)
        )  # 対抗措置を検討していると明らかにした
    elif performative or _done_before_reporting(text, draft, sentence, quote, clause_end):
        status = _sentence_status(_tail(text, sentence.start, sentence.end))  # 「…を求める」と述べた
    elif quote is not None and quote.kind == "indirect" and (quote.cue or "").startswith(("否定", "否認")):
        status = "denied"  # …協議を続けているとの報道を否定した
    elif (expected := _EXPECTED_RE.search(local)) is not None and _NON_PAST_END_RE.search(
        local, 0, expected.start()
    ):
        status = (  # 月末の会合で利上げが決まるとの観測が広がっている: what is expected; …広げる可能性が
            "hedged" if _HEDGE_RE.search(local, 0, expected.start()) else "planned"
        )  # あるとの見方が出ている: only possible
    elif marker is not None:
        status = "conditional"
        clause_start = max(text.rfind("、", prefix_start, draft.start) + 1, prefix_start)
        draft.condition = _without_topic(text[clause_start : draft.end + marker.end()])
    elif _ABOUT_CALLED_OFF_RE.match(text, draft.end):
        status = "denied"  # 謝罪について「…」として見送る考えを示した: the act itself is put off
    elif draft.type == "CONSULT" and _TALKS_REFUSED_RE.match(text, draft.end):
        status = "denied"  # 会談を拒否した, 協議に応じることを拒んだ: the talks do not take place
    elif local == "を" and _OBJECT_CALLED_OFF_RE.match(text, clause_end):
        status = "denied"  # 予定していた抗議デモを、警察の要請を受けて見送った: called off after a comma
    elif (denial := _DENIED_RE.search(local)) is not None and not _nearer_trigger(
        text, draft.end, draft.end + denial.start()
    ):
        status = "denied"  # not 協議で合意に至らず: the negation is the agreement's
        if denial.group(0).startswith(_CALL_OFF_WORDS) and _HEDGE_RE.search(local, denial.end()):
            status = "hedged"  # 次回の会合は延期される可能性がある: the talks may yet be called off
    elif _DONE_NOMINAL_RE.match(local):
        status = "occurred"  # 発射したことについて、…と批判した: what was done is talked about
    elif _HEDGE_RE.search(local):
        status = "hedged"
    elif _PLAN_BUT_RE.search(local):
        status = "planned"  # 来週会談する予定だったが、開催できるか不透明: still a plan
        if _CALLED_OFF_RE.search(text, clause_end, sentence.end):
            status = "denied"  # …会合を開く予定だったが、X側は開催を見送る方針を固めた: called off
    elif _PAST_BUT_RE.search(local) and not _INTENT_SHOWN_BUT_RE.match(local):
        status = "occurred"
    elif _PAST_BESIDES_RE.search(local) and not _LATER_TIME_RE.search(text, sentence.start, draft.start):
        status = "occurred"  # 艦艇を派遣したほか、…方針だ / 釈放を要請した上で、…考えを示した: done already
    elif _NON_PAST_BUT_RE.fullmatch(local):
        status = "planned"  # 5日にも協議するが、まとまる見込みは薄い: a plan, whatever the rest says
    elif _NOUN_USE_RE.match(local) and _SCHEDULED_RE.search(
        text, max(sentence.start, draft.start - 24), draft.start
    ):
        status = "planned"  # 来月予定される日中首脳会談の延期論が浮上している: the talks are to come
    elif (
        draft.type in _PERFORMATIVE_TYPES
        and not _in_direct(quote)
        and _ALONG_WITH_RE.search(text, draft.end - 1, clause_end)
    ):
        # 復帰を呼びかけるとともに、…用意があるとした: a demand made in the statement reported
        status = "occurred" if _PAST_SENTENCE_RE.search(text, clause_end, sentence.end) else "planned"
    elif _ALONG_WITH_RE.search(local):
        status = _chain_status(text, sentence.start, clause_end, limit)  # 派遣するとともに、…要請した
    elif _WANTED_RE.match(local):
        status = "planned"  # 協議したい考えを示した: what one wants to do lies ahead
    elif _DONE_DESCRIBED_RE.search(local):
        status = "occurred"  # 条約は両国が昨年11月に署名したもので、…会談する予定だ: what the thing is
    elif _PAST_WHEN_RE.fullmatch(local) or _DONE_REACTED_RE.match(local):
        status = "occurred"  # 9月に会談した際、…一致しており: the past clause of a time, done
    elif re.search(r"て(?:おり|いる|いた|います|いました)", local) and not _PLANNED_RE.search(local):
        status = "occurred"  # 会合を開いており: under way
    elif _PLANNED_RE.search(local):
        status = "planned"
    elif local.endswith(("た", "だった")) or _PAST_END_RE.search(local):
        status = "occurred"
    elif _WHILE_END_RE.search(local) and _WHILE_END_RE.sub("", local) not in ("する", "を行う"):
        status = _sentence_status(_WHILE_END_RE.sub("", local))  # 求める考えを示す一方、…否定した: its own
    elif _WHILE_END_RE.search(local):
        # 謝罪する一方、…否定した: the act itself, set against the next one, has the sentence's tense
        status = "occurred" if _PAST_SENTENCE_RE.search(text, clause_end, sentence.end) else "planned"
    else:
        status = _chain_status(text, sentence.start, clause_end, limit)
        before_condition = (
            draft.type in _PERFORMATIVE_TYPES
            and text[clause_end : clause_end + 1] == "、"
            and _CONDITION_CLAUSE_RE.match(text, clause_end + 1) is not None
        )  # 自制を求め、Xが…踏み切れば制裁を科す考えを示した: only what follows the condition lies ahead
        if before_condition:
            status = "occurred" if _PAST_SENTENCE_RE.search(text, clause_end, sentence.end) else "planned"
        if (
            status == "occurred"
            and not before_condition
            and quote is not None
            and _INTENT_CUE_RE.match(quote.cue or "")
            and not re.match(r"(?:し|を行っ)?た", local)  # 釈放を求めたうえで、…方針を示した: asked
            and not (  # 自制を求め、来週…会合を開く考えを示した: only the later act has its own time
                draft.type in _PERFORMATIVE_TYPES
                and text[clause_end : clause_end + 1] == "、"
                and _LATER_TIME_RE.match(text, clause_end + 1)
                and not _LATER_TIME_RE.search(text, sentence.start, draft.start)
            )
        ):
            status = "planned"  # 特使を派遣し、…協議させる方針を示した: the intention's content is to come
        if _SCHEDULED_RE.search(text, max(sentence.start, draft.start - 24), draft.start):
            status = "planned"  # 来週ジュネーブで予定されている米ロの高官協議
    quotative = condition is not None and (
        re.search(r"(?<![一-龥ァ-ヶー])と(?:互いに|改めて|強く|重ねて)?$", head) is not None  # not 同県と協議
        or (draft.type == "REQUEST" and _ASKED_CONTENT_END_RE.search(head) is not None)
    )  # …なければ制裁を強めるよう各国に求めた: the condition is part of what is asked
    if condition is not None and status != "conditional":
        draft.condition = condition.group(0).rstrip("、")
        if draft.type in _PUNITIVE:
            draft.type = "THREATEN"
            draft.threat_from = prefix_start + condition.end()
            status = _sentence_status(_tail(text, sentence.start, sentence.end))  # the threat was made
        elif not quotative and draft.type != "THREATEN":
            status = "conditional"
    draft.status = status


def _nearer_trigger(text: str, start: int, end: int) -> bool:
    """Whether a trigger of another event stands between ``start`` and ``end`` after a case
    particle (協議で|合意|に至らず): the predicate there is that event's, not the earlier one's."""
    lex = lexicon()
    for position in range(start + 1, end):
        if text[position - 1] in "でにをがは" and text[position] in lex.trigger_initials:
            hit = _trigger_at(text, position, end, lex)
            if hit is not None and hit[1].type is not None:
                return True
    return False


def _quoted_before(text: str, position: int, trigger: int) -> bool:
    """Whether ``position`` lies inside a 「…」 that closes before ``trigger`` and another clause
    (「…なければ…」と訴え、…求めた); not a quote the trigger reports (「…すれば…」と警告した)."""
    opened = text.rfind("「", 0, position)
    if opened < 0 or text.rfind("」", 0, position) > opened:
        return False
    closed = text.find("」", position)
    return 0 <= closed < trigger and ("、" in text[closed:trigger] or text.startswith("」として", closed))
    # 「…すれば…」として…批判した: the quote is the reason given, its condition is its own


_SCHEDULED_RE = re.compile(
    r"(?:予定されている|予定される|予定の|開かれる予定の|開催予定の|行われる予定の|開かれる|行われる|開催される)"
    r"[^、。「」]{0,10}$"
)
_NOUN_USE_RE = re.compile(r"(?:の|は|が|を|に|で|も|へ)(?!開|行|実施)")  # the trigger is a noun phrase
_DONE_IN_PASSING_RE = re.compile(r"(?:て|し)?て[、]?|し、")
_STANCE_SHOWN_RE = re.compile(  # 構えを示した; を取る考えも示した
    r"(?:[もを][^、。「」]{0,8}?)?(?:構え|考え|姿勢|意向|方針)[をも](?:[^、。「」]{0,4}?)(?:示|明らかに|表明|強調)"
)
_REFUSAL_SHOWN_RE = re.compile(
    r"(?:する|します)(?:考え|意向|姿勢)を(?:改めて|重ねて)?(?:示し|示す|表明|明らかに)"
)
_DECLARED_RE = re.compile(
    r"(?:する|します)と(?:表明|発表|宣言|通告|明言)"
    r"|することを(?:[一-龥]{1,4}で)?(?:正式に)?(?:決め|決定)"  # 拒否することを閣議で決めた: done by deciding
)


_CHAIN_CLAUSES = 8  # a chain of clauses is read at most this far (bounded work per trigger)
_PLANNING_END_RE = re.compile(
    r"(?:方向|予定|方針|計画|見通し)で(?:最終)?調整|調整に入っ|準備を進め(?!て(?:いた|きた))|検討に入っ"
)  # not …協議を開き、会談の準備を進めていた: the preparing is told as done
_PURPOSE_END_RE = re.compile(rf"{_NON_PAST_KANA}(?:ため|ために|ように)$")
_PLAN_LINK_RE = re.compile(rf"{_NON_PAST_KANA}(?:予定|方針|計画|見通し|意向|考え)で$")
_LINK_END_RE = re.compile(r"(?:が|ものの|けれど|けど|ので|ため|から)$")
_RELATIVE_END_RE = re.compile(
    r"(?:後|後に|上で|うえで|のち|前に|際|際に|とともに|と共に|と同時に)$"
)  # 会談した後、…する予定; 派遣するとともに、…要請した
_ALONG_WITH_RE = re.compile(r"[るう](?:とともに|と共に|と同時に)$")  # the tense is the next clause's
_INTENT_CUE_RE = re.compile(r"(?:考え|方針|意向|構え|計画)を")
_DONE_NOMINAL_RE = re.compile(
    r"(?:し|を行っ|を実施し|を(?:強化|拡大|発動|導入|開始)し)?たこと(?:について|に(?:対し|関し)|をめぐり|を巡り|への|で|を|は|が|も)"
    r"|され(?:てい)?た(?=[0-9０-９一-龥ァ-ヴ])"  # 解放された4人は…到着する見通し: the release is done
)


# A clause that opens with a time still to come (来週にも, 近く, 今後): a later step than the one before.
_LATER_TIME_RE = re.compile(
    r"(?:来週|来月|来年|来春|来夏|来秋|来冬|今後|近く|近日中|週明け|年内|月内)(?:にも|に|中に|は|、)?"
)
_TOPIC_THEN_LATER_RE = re.compile(r"[一-龥ァ-ヶー]{1,8}は、?" + _LATER_TIME_RE.pattern)


def _chained(clause: str) -> bool:
    """Whether a clause's tense is that of the next one (…し、 / …した後、)."""
    return bool(_CONTINUATIVE_RE.search(clause) or _RELATIVE_END_RE.search(clause))


def _chain_status(text: str, start: int, clause_end: int, limit: int) -> str:
    """The status of a clause ending in a continuative form (会合を開き、…): the tense and hedging of
    the predicate that ends its chain of clauses (…協議したが、 → occurred; …会談する予定だ →
    planned); a negation there is that predicate's own (…声明はまとまらなかった)."""
    if text[clause_end : clause_end + 1] != "、" or not _chained(text[start:clause_end]):
        return _sentence_status(_tail(text, start, limit))
    end = clause_end
    steps = 0
    while end < limit and text[end] == "、" and steps < _CHAIN_CLAUSES:
        steps += 1
        following = _clause_end(text, end + 1, limit)
        clause = text[end + 1 : following]
        later = _LATER_TIME_RE.match(clause) or _TOPIC_THEN_LATER_RE.match(clause)
        if steps == 1 and later and not _LATER_TIME_RE.search(text, start, clause_end):
            return "occurred"  # 究明を求め、(投票は)来週にも…: the later clause has a time of its own
        end = following
        if _PLAN_LINK_RE.search(clause):
            return "planned"  # 理事会を開き、…協議する予定で、会長は…語った: the chain ends in a plan
        if _PURPOSE_END_RE.search(clause):
            continue  # 会談し、…安全を守るため、…強化することで一致した: the aim takes no tense
        if _LINK_END_RE.search(clause) or not _chained(clause):
            break
    chain = _LINK_END_RE.sub("", _tail(text, start, end).rstrip("、"))
    status = _sentence_status(chain)
    final = chain[chain.rfind("、") + 1 :]
    if status == "occurred" and _PLANNING_END_RE.search(final):
        return "planned"  # 訪問し、…会談する方向で調整に入った: the visit is planned
    if status == "denied":
        return "occurred" if _PAST_END_RE.search(chain) or chain.endswith("た") else "planned"
    return status


def _tail(text: str, start: int, end: int) -> str:
    """The end of a sentence or clause: all that its status is read from (bounded work)."""
    return text[max(start, end - 80) : end]


def _sentence_status(sentence: str) -> str:
    tail = sentence[-16:]
    if re.search(
        rf"(?:予定|方針|計画|見通し|見込み|意向|方向|たい考え|(?<={_NON_PAST_KANA})考え)"
        r"(?:だ|である|です|という|となっている|されている|している)?[。」]*$",
        tail,
    ):
        return "planned"
    if re.search(
        r"(?:可能性|恐れ)(?:が|も)ある(?:だ|という)?[。」]*$|(?:とみられる|見られる|模様)(?:だ|という)?[。」]*$",
        tail,
    ):
        return "hedged"
    if re.search(r"否定した|否認した|ていない。|なかった。", tail):
        return "denied"
    if _PAST_END_RE.search(sentence) or sentence.rstrip("。」").endswith(("た", "という")):
        return "occurred"
    if re.search(r"(?:る|う|く|す|つ|ぬ|ぶ|む|ぐ)[。」]*$", sentence):
        return "planned"
    return "occurred"


_REPORTED_RE = re.compile(
    r"(?:と|という|との)(?:考え|方針|意向|認識|立場|姿勢)?を?(?:改めて|強く|重ねて)?"
    r"(?:警告|伝え|述べ|表明|強調|明らかに|示し|示した|指摘|主張|言明|通告|警鐘)"
    # …ば、…制裁を強化する考えを示した: an intention stated with no と
    r"|[るすくうつぶむぬぐ](?:考え|方針|意向|構え)を(?:改めて|重ねて)?(?:示|表明|明らかに|伝え)"
)


def _threat_by_reporter(
    text: str,
    draft: _Draft,
    sentence: Span,
    args: list[Argument],
    quote: Quote | None,
    by_id: dict[str, Entity],
    quotes: list[Quote],
) -> None:
    """ "XはYに対し、…すれば、西側諸国は制裁を科すという考えを伝えた": the threat is X's (the one who
    reports it), made to Y; the subject of the threatened punishment is not its actor."""
    if not _REPORTED_RE.search(text, draft.end, sentence.end):  # the cue follows a quote
        return
    condition_end = draft.threat_from or draft.start
    low = quote.start if quote is not None else sentence.start
    outer = [
        a
        for a in args
        if low <= a.mention.start < condition_end
        and not (quote is None and _in_quotes(a.mention.start, quotes))
        and a.entity.label in ("PERSON", "ORG", "GROUP", "GPE")
    ]
    topics = [a for a in outer if a.particle in ("は", "も")]
    head = subject_of(text, [a for a in outer if a.particle == "の"]) if not topics else None
    if topics:
        reporters = [e for a in topics[:1] for e in _expand(a.entity, by_id)]
    elif head is not None:
        reporters = _expand(head.entity, by_id)  # 中国商務省の報道官は…と警告した
    elif quote is not None and quote.speaker in by_id:
        reporters = [by_id[quote.speaker]]
    else:
        return
    addressed = [
        e for a in outer if a.particle in ("に対し", "に対して", "に") for e in _expand(a.entity, by_id)
    ]
    conditioned = [
        e
        for a in args
        if low <= a.mention.start < condition_end and a.particle == "が" and a not in topics
        for e in _expand(a.entity, by_id)
    ][:1]  # the one whose act the threat is conditioned on
    recipients: list[Entity] = []
    for entity in [*addressed, *conditioned, *draft.recipients]:
        if entity not in reporters and entity not in recipients:
            recipients.append(entity)
    draft.actors = reporters
    draft.recipients = recipients


_CONSEQUENCE_RE = re.compile(
    r"(?:恐れ|おそれ|可能性)が?(?:ある|あり)|断固(?:として|たる|とした)?(?:対応|対処)|対抗措置|報復|代償を払|深刻な結果|"
    r"重大な結果|[^、。「」をがは]{0,8}?措置を(?:取|と|講じ)"
)


# a likely consequence warned of or announced (…可能性があると警告した / 表明した)
_WARNED_RE = re.compile(
    r"(?:と|とも)[^、。「」]{0,8}?(?:警告|警鐘|けん制|牽制|示唆|通告|表明|威嚇|脅)|との(?:認識|懸念)を示"
)
_WRITER_ENDING_RE = re.compile(r"(?:る|り)?(?:だ|という)?[。]?$")
# …と説明した, …と指摘している: an assessment (not …との認識を示した, a warning)
_ASSESSED_RE = re.compile(r"(?:と|とも)(?:説明|分析|試算|予測|指摘|懸念)")
# …長引けば受注を失うとして、 / …恐れがあるため、: a condition closed inside the act's reason
_REASON_END_RE = re.compile(r"(?:と(?:して|し)|ため|ので)、")


def _conditional_warnings(
    text: str,
    sentence: Span,
    drafts: list[_Draft],
    subjects: list[Entity],
    index: int,
    args: list[Argument],
    quotes: list[Quote],
    by_id: dict[str, Entity],
    times: list[TimeExpression],
) -> None:
    """ "If X does Y, Z will respond firmly / it could lead to collapse": a THREATEN by Z (or the
    speaker) against X, with the ば-clause as its condition."""
    body = text[sentence.start : sentence.end]
    for condition in _CONDITION_CLAUSE_RE.finditer(body):
        consequence = _CONSEQUENCE_RE.search(body, condition.end())
        if consequence is None or "。" in body[condition.end() : consequence.start()]:
            continue
        likely = consequence.group(0).startswith(("恐れ", "おそれ", "可能性"))
        if likely and _ASSESSED_RE.match(body, consequence.end()):
            continue  # …場合には、操業開始が遅れる可能性があると説明した: an assessment, no threat
        if likely and not _WARNED_RE.match(body, consequence.end()):
            continue  # …なければ工場を閉鎖する可能性があると述べた: a stated prospect, no warning
        if likely and _REASON_END_RE.match(body, consequence.end()):
            continue  # …長引けば…恐れがあるとして、…求めた: the risk is the reason for the act, no threat
        if (
            likely
            and _WRITER_ENDING_RE.match(body, consequence.end())
            and not any(
                q.start <= sentence.start + consequence.start() < q.end
                and not (q.cue or "").startswith(("によると", "によれば"))
                for q in quotes
            )
        ):  # Xによると、…白紙になれば…雇用が失われる恐れがある: a source's assessment, no one warns
            continue  # …上訴すれば、紛争は棚上げになる可能性がある。: the writer's assessment, no one warns
        start = sentence.start + consequence.start()
        end = sentence.start + consequence.end()
        cond_start = sentence.start + condition.start()
        cond_end = sentence.start + condition.end()
        clause = _without_topic(condition.group(0).rstrip("、"))
        if any(d.type == "THREATEN" and d.start >= cond_start for d in drafts):
            continue  # a warning verb or a threatened sanction already carries it
        warned = next((d for d in drafts if d.type == "THREATEN" and d.start > end and not d.condition), None)
        if warned is not None:
            warned.condition = clause
            continue
        quote = next((q for q in quotes if q.start <= start < q.end), None)
        kinds = ("PERSON", "ORG", "GROUP", "GPE")
        topic = _TOPIC_PARTICLE_RE.search(text, cond_end, start)
        scope = (
            [
                a
                for a in args
                if cond_end <= a.mention.start < topic.start()
                and a.entity.label in kinds
                and a.particle != "の"
            ]
            if topic is not None
            else []
        )
        topics = [a for a in args if cond_start <= a.mention.start < cond_end and a.particle in ("は", "も")]
        actors: list[Entity] = []
        for arg in scope or topics:
            actors.extend(e for e in _expand(arg.entity, by_id) if e not in actors)
        if not actors:
            speaker = by_id.get(quote.speaker) if quote is not None and quote.speaker else None
            actors = [speaker] if speaker else list(subjects)
        if not actors:
            continue
        targets = [a for a in args if cond_start <= a.mention.start < cond_end and a.particle == "が"]
        recipients = [e for a in targets[:1] for e in _expand(a.entity, by_id) if e not in actors]
        date = next((d.date for d in drafts if d.date and d.status == "occurred"), None) or next(
            (
                t.value[:10]
                for t in times
                if t.end <= cond_start and t.value and re.match(r"\d{4}-\d{2}-\d{2}", t.value)
            ),
            None,
        )  # 毛寧報道官は16日の会見で、…なければ…措置を講じると述べた
        drafts.append(
            _Draft(
                "THREATEN",
                start,
                end,
                text[start:end],
                index,
                actors=actors,
                recipients=recipients,
                date=date,
                status="occurred",
                condition=clause,
                mentions=[(start, end)],
                sentence=sentence,
            )
        )


def _in_direct(quote: Quote | None) -> bool:
    """Whether the trigger stands inside a direct quote (「…」)."""
    return quote is not None and quote.kind == "direct"
