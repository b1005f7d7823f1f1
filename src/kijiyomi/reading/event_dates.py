"""Dates and places of events: the time expression an event takes, and occasions' dates."""

from __future__ import annotations

import re
from datetime import date

from kijiyomi.reading.arguments import Argument
from kijiyomi.reading.event_draft import _FRAMING_CLAUSE_RE, _HEDGE_RE, _clause_end, _Draft
from kijiyomi.reading.model import Span, TimeExpression
from kijiyomi.reading.times import sentence_direction

_SAME_DATE_WINDOW = 12  # earlier triggers of the sentence whose date a trigger may share


def _undate(draft: _Draft, times: list[TimeExpression], taken: set[int]) -> None:
    """Make ``draft`` a planned event without a date, and give its time back to the sentence's
    other triggers (2023年に…協力の覚書に署名した: the signing keeps 2023)."""
    if draft.date_text is not None:
        for time in times:
            if time.text == draft.date_text and time.start < draft.start:
                taken.discard(time.start)
    if draft.status not in ("conditional", "denied"):  # 長引けば…支援を検討する: still only if the
        draft.status = "planned"  # condition holds; 新たな支援を表明しなかった: no help promised
    draft.date, draft.date_text = None, None
    draft.undated = True


def _after_day(value: str | None, today: str | None) -> bool:
    """Whether a date value (day, month, year or ISO week) begins after the day ``today``."""
    if value is None or today is None:
        return False
    try:
        if "-W" in value:
            year, week = value.split("-W")
            start = date.fromisocalendar(int(year), int(week[:2]), 1)
        elif len(value) >= 10:
            start = date.fromisoformat(value[:10])
        elif len(value) == 7:
            start = date(int(value[:4]), int(value[5:7]), 1)
        elif len(value) == 4 and value.isdigit():
            start = date(int(value), 1, 1)
        else:
            return False
        return start > date.fromisoformat(today)
    except ValueError:
        return False


_DATELINE_END_RE = re.compile(r"、")
_END_BOUND_RE = re.compile(r"まで(?:かか|続|延長|継続|維持|停止|閉鎖|延期)")  # 年度末までかかる: how long
_ISO_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")  # starts with a day (not 2028-04/2029-03)
_CLOSED_CLAUSE_RE = re.compile(r"(?:ており|でおり|ていて|でいて|たが|たものの)、")
# …が7日夜、…侵入したとして、…抗議した / …が今月中旬に…したことに触れ、…非難した / …したことへの対抗措置
_EMBEDDED_CLAUSE_RE = re.compile(r"(?:[たいるだ]として、|たことへの|たことに(?:触れ|対し|抗議|反発|反対))")
# A past act made a noun and talked about (…科したことについて, …追放したことを非難)
_DONE_CLAUSE_RE = re.compile(
    r"(?:た|だ)ことに(?:ついて|対し|関し|抗議|反発)|(?:た|だ)ことを(?=[^、。]{0,12}$)"
)
_REPORTED_END_RE = re.compile(r"と(?:発表|明らかに|公表|非難|主張|説明|報じ|述べ)(?:し)?た[。」]*$")


def _describes_a_noun(sentence: Span, time: TimeExpression) -> bool:
    """Whether ``time`` opens a past relative clause on a noun (19日夜に起きた停電について、):
    the noun's time, not the day the sentence tells of."""
    offset = time.end - sentence.start
    if sentence.text.startswith("に", offset):
        offset += 1
    return _PAST_RELATIVE_RE.match(sentence.text, offset) is not None


def _latest_date(sentence: Span, drafts: list[_Draft], times: list[TimeExpression]) -> str | None:
    """The date later undated events inherit: that of an occurred or hedged event of the sentence, else the
    first full date of a sentence about the past."""
    report_day = next(
        (
            t.value[:10]
            for t in times
            if t.value
            and _ISO_DAY_RE.match(t.value) is not None
            and _DATELINE_END_RE.match(sentence.text, t.end - sentence.start)
        ),
        None,
    )
    if report_day is not None and _REPORTED_END_RE.search(sentence.text):
        return report_day  # 空軍は11日、ロシア軍が前夜…攻撃したと発表した: the story goes on on the 11th
    for draft in reversed(drafts):  # a hedged act (攻撃を受けたとみられる) is hedged in what, not when
        if draft.status in ("occurred", "hedged") and draft.date and len(draft.date) == 10:
            return draft.date
    direction = sentence_direction(sentence.text)
    if direction == "past":  # Xは14日、…恐れがあるとして…と発表した: the news day, whatever it reports
        for time in times:
            offset = time.end - sentence.start
            if (
                time.value
                and _ISO_DAY_RE.match(time.value) is not None
                and sentence.text[offset : offset + 1] == "、"
            ):
                return time.value[:10]
    if direction == "future" or _HEDGE_RE.search(sentence.text):
        return None
    own = [t for t in times if not _describes_a_noun(sentence, t)]
    for time in own or times:  # every time describes a noun: the sentence's own after all
        if (
            time.value
            and time.type in ("DATE", "DATETIME")
            and _ISO_DAY_RE.match(time.value) is not None
            and not sentence.text.startswith("付", time.end - sentence.start)  # 決定は20日付: effective
            and not sentence.text.startswith(
                "から", time.end - sentence.start
            )  # 月曜から制限: a span's start
            and not sentence.text.startswith("にも", time.end - sentence.start)  # 5日にも協議する: expected
        ):
            return time.value[:10]
    return None


def _when_and_where(
    text: str,
    draft: _Draft,
    sentence: Span,
    times: list[TimeExpression],
    taken: set[int],
    args: list[Argument],
    earlier: list[_Draft],
) -> None:
    dated = [
        t
        for t in times
        if t.type in ("DATE", "DATETIME", "TIME")
        and t.value
        and not text.startswith(("付", "以来"), t.end)  # effective dates; 2023年8月以来: the last time
        and not _since_other_event(text, t, draft.start)
        and not text.startswith("予算", t.end)  # 令和12年度予算から供与する: the budget's year, not the act's
        and not (text.startswith("までの", t.end) and "から" not in text[max(0, t.start - 12) : t.start])
        and not _names_a_noun(text, t, draft.start)
        and not _since_of_other_noun(text, t, draft.start)
        and not _time_of_other_noun(text, t, draft.start)
        and not (
            (len(t.value) == 4 or _END_BOUND_RE.match(text, t.end))
            and text.startswith("まで", t.end)
            and not text.startswith("までに", t.end)
        )
    ]  # 2025年度までの決算: the bound of a thing named, not the act's time
    if draft.status == "conditional":  # ロシアが攻撃を続ければ: only a time of its own clause
        clause_start = max(
            text.rfind("、", sentence.start, draft.start), text.rfind("「", sentence.start, draft.start)
        )
        dated = [
            t for t in dated if t.start > clause_start and t.end <= _clause_end(text, draft.end, sentence.end)
        ]
        earlier = [d for d in earlier if d.start > clause_start]  # 1月の協議で合意できなければ: its occasion
    if _DENIED_REPORT_RE.match(text, draft.end):  # …と交渉したとの一部報道を否定: only its own clause's time
        clause_start = max(
            text.rfind("、", sentence.start, draft.start), text.rfind("「", sentence.start, draft.start)
        )
        dated = [t for t in dated if t.start > clause_start and t.end <= draft.start]
        earlier = []
    if draft.background:  # 4日、…侵攻を受けた追加制裁: only a time of its own clause (5月下旬に…を受けた)
        clause_start = max(text.rfind("、", sentence.start, draft.start), sentence.start)
        dated = [
            t
            for t in dated
            if (clause_start <= t.start and t.end <= draft.start)
            or ((held := _OCCASION_HELD_RE.match(text, t.end)) is not None and held.end() == clause_start + 1)
        ]  # …21日夜に行われた試合で、観客が衝突した問題: the occasion's time is the clash's
    if draft.type in ("REQUEST", "AGREE"):  # …を今月下旬に開くよう呼びかけた / 4月に統合することで合意
        dated = [t for t in dated if not _inside_asked(text, t, draft.start)]
    speaker_time: TimeExpression | None = None
    if _REPORTING_END_RE.search(text, max(sentence.start, draft.start - 8), draft.start):
        # ロシアが前夜に…攻撃したと非難した: the time belongs to what is reported, not the report
        dated = [t for t in dated if not _inside_reported(text, t, draft.start)]
        speaker_time = next(
            (
                t
                for t in dated
                if t.start >= sentence.start
                and t.end <= draft.start
                and (text.startswith("、", t.end) or _SPEAKER_OCCASION_RE.match(text, t.end))
            ),
            None,
        )
        if speaker_time is not None:  # 国防省は9日、ロシア軍が前夜、…と非難した: 前夜 is what is reported
            occasion = _SPEAKER_OCCASION_RE.match(text, speaker_time.end)  # 21日に記者会見し、
            reported_from = occasion.end() if occasion is not None else speaker_time.end + 1
            dated = [
                t
                for t in dated
                if not (
                    reported_from <= t.start and _reported_subject_time(text, reported_from, t, draft.start)
                )
            ]
    # a time written inside a phrase trigger (交渉団を来週ドーハに派遣) is its own
    before = [t for t in dated if t.end <= (draft.end if draft.phrase else draft.start)]
    chosen: TimeExpression | None = None
    consume = True
    sentence_level = next((t for t in before if text[t.end : t.end + 1] == "、"), None) or next(
        (
            t
            for t in before
            if t.start == sentence.start and re.match(r"(?:に|は|、)", text[t.end : t.end + 1])
        ),
        None,
    )  # "30日、" or a leading "5日に"; not "27日投開票の…"
    claiming = [  # 協力の覚書に署名, 暴動を主導した受刑者を拘束: no claim
        d for d in earlier[-_SAME_DATE_WINDOW:] if not d.undated and not d.describes
    ]
    earlier = [d for d in earlier if not d.background]  # 衝突以来: its date is its own
    floor = claiming[-1].end if claiming else sentence.start  # drafts are in text order
    for time in reversed(before):
        if time.start not in taken and time.start >= floor:
            chosen = time
            break
    if (
        chosen is not None
        and sentence_level is not None
        and "、" in text[chosen.end : draft.start]
        and not _OPENS_CLAUSE_RE.match(
            text, chosen.end
        )  # "30日、…会談し", "先月下旬には、…要請": the clause's own
        and not _SPAN_FROM_RE.match(text, chosen.end)  # 18日から3日間、…演習を行う: the act's own span
        and not _OCCASION_HELD_RE.match(text, chosen.end)  # 21日夜に行われた試合で、…衝突: its day
        and not (
            chosen.start > sentence_level.start
            and _CHAINED_ACT_RE.fullmatch(text, chosen.end, draft.start)
            and not _FRAMING_CLAUSE_RE.search(text, chosen.end, draft.start)
        )  # 検察は同日、5日朝に本社に踏み込み、…逮捕した: the chain's own time after the report's
    ):
        chosen = sentence_level  # the nearer time belongs to another clause (6日に起きた地震を受け、)
    if (
        chosen is not None
        and chosen is not sentence_level
        and not text.startswith("、", chosen.end)
        and _FRAMING_CLAUSE_RE.search(text, chosen.end, draft.start)
    ):  # 昨年の寒波で…死んだことを受け、支援を求めた: the time is the framing clause's own
        chosen = sentence_level
    if (
        chosen is not sentence_level
        and sentence_level is not None
        and _DONE_CLAUSE_RE.search(text, (chosen or sentence_level).end, draft.start)
    ):  # 9日、チリが7日に…追放したことを非難した: the nearer time is the act talked about
        chosen = sentence_level
    if (
        chosen is not None
        and "、" in text[chosen.end : draft.start]
        and text.startswith(("は", "が"), draft.end)
        and not text.startswith("、", chosen.end)
    ):  # …据え置いており、次回会合は7月29日に開かれる: the topic's own clause has its time
        later = next(
            (t for t in dated if draft.end < t.start and "、" not in text[draft.end : t.start]), None
        )
        if later is not None:
            chosen = later
    if (
        chosen is not None
        and chosen is not sentence_level
        and _CLOSED_CLAUSE_RE.search(text, chosen.end, draft.start)
    ):  # 6月にも水漏れが起きており、社長は…謝罪した: that time is the closed clause's own
        chosen = None
    embedded = _EMBEDDED_CLAUSE_RE.search(text, sentence.start, draft.end)
    if (
        embedded is not None and embedded.start() < draft.start
    ):  # …が7日夜、…侵入したとして、…抗議した: the time is the embedded act's
        if chosen is not None and chosen is not sentence_level and chosen.end <= embedded.start():
            chosen = (
                sentence_level if sentence_level is not None and sentence_level.start < chosen.start else None
            )
        earlier = [d for d in earlier if d.end > embedded.end()]
    own = _OWN_VERB_RE.match(text, draft.end)
    if own is not None:
        gap_end = own.end("gap") if own.group("gap") is not None else own.end("start")
        inner = next((t for t in dated if draft.end < t.start and t.end <= gap_end), None)
        if inner is not None and (
            chosen is None or chosen is sentence_level or "、" in text[chosen.end : draft.start]
        ):  # 外相会合を2月中旬にケベック州で開く; 同日夜の演説で…述べる一方、協議を22日に行う
            chosen = inner
    if (
        chosen is None
        and sentence_level is not None
        and sentence_level.start not in taken
        and claiming
        and _FRAMING_CLAUSE_RE.search(text, claiming[-1].end, draft.start)
    ):  # 18日、…が今月上旬に拘束した問題を巡り、…制裁を科した: the main clause has the day
        chosen = sentence_level
    if chosen is None and speaker_time is not None and speaker_time in dated:
        chosen = speaker_time  # Xは21日に記者会見し、Yが20日夜、…攻撃したと非難した: the speaker's day
    if chosen is None:
        same = next(
            (
                d
                for d in reversed(earlier[-_SAME_DATE_WINDOW:])
                if _same_time(d.status, draft.status)
                and d.date_text
                and not _FRAMING_CLAUSE_RE.search(
                    text, d.end, draft.start
                )  # …発射したことについて、…批判した
            ),
            None,
        )
        if same is not None:
            chosen = next((t for t in dated if t.text == same.date_text), None)
    if chosen is None:
        chosen = sentence_level
    if chosen is None:
        after = [t for t in dated if t.start >= draft.end]
        clause_end = _clause_end(text, draft.end, sentence.end)
        if text.startswith("は、", draft.end):  # 会談は、19日に予定されていたが: the topic's clause
            clause_end = _clause_end(text, draft.end + 2, sentence.end)
        chosen = next((t for t in after if t.start < clause_end), None)
        consume = False
    if chosen is not None:
        opening = next(
            (
                t
                for t in dated
                if t.end <= chosen.start
                and (
                    text[t.end : chosen.start] == "から"
                    or (
                        text[t.end : chosen.start] in ("、", "と")
                        and (chosen.text.endswith("両日") or text.startswith("の両日", chosen.end))
                    )
                )
            ),
            None,
        )  # 3日から6日まで, 30、31両日, 3日と4日の両日
        if opening is not None:
            chosen = opening  # 3日から6日までの日程で: the event starts on the first day
        if consume and not draft.describes:  # an act describing persons leaves the time to the clause's
            taken.add(chosen.start)
        value = chosen.value or ""
        draft.date = value.split("T")[0] if chosen.type in ("DATETIME", "TIME") else value
        draft.date_text = chosen.text
    places = [
        a
        for a in args
        if a.entity.label in ("GPE", "LOC")
        and a.particle in ("で", "では", "には")
        and not text.startswith("での", a.mention.end)  # 南大西洋での操業について話し合う: a noun's place
    ]
    visit = [
        a
        for a in args
        if a.entity.label in ("GPE", "LOC") and a.particle == "を" and draft.text in ("訪問", "訪れ", "歴訪")
    ]
    near = [a for a in places + visit if a.mention.end <= draft.start]
    if near:
        draft.place = max(near, key=lambda a: a.mention.end).entity
    elif places:
        draft.place = places[0].entity
    before_text = text[max(sentence.start, draft.start - 12) : draft.start]
    if "電話" in before_text or "電話" in draft.text:
        draft.mode = "phone"
    elif any(word in before_text for word in ("オンライン", "テレビ会議", "ビデオ")):
        draft.mode = "video"


# A time owned by the event something has lasted since (2021年のクーデター以来, 先月の衝突以来).
_SINCE_EVENT_RE = re.compile(r"の[一-龥ァ-ヶー・]{1,10}以来")


def _since_other_event(text: str, time: TimeExpression, trigger: int) -> bool:
    """Whether ``time`` is that of another event something has lasted since (2021年のクーデター以来続く
    軍政に…要求した); 昨年7月の武力衝突以来 keeps its time for the clash itself."""
    since = _SINCE_EVENT_RE.match(text, time.end)
    return since is not None and not since.start() < trigger < since.end()


# An act someone denies was reported (…と交渉したとの一部報道を否定した): no day of the denial's.
_DENIED_REPORT_RE = re.compile(
    r"[^、。「」]{0,8}?との(?:一部)?(?:報道|指摘|情報|見方|観測|うわさ)(?:も|を|について)?[^、。「」]{0,4}?(?:否定|否認)"
)
# A time that opens a chain of acts of one subject (5日朝に…に踏み込み、…を逮捕): a godan verb's
# continuative form closes the first act (not 受け、, a framing clause).
_CHAINED_ACT_RE = re.compile(
    r"(?:夜|朝|未明)?に[^、。「」]{1,24}?(?:込み|入り|赴き|出向き|乗り込み)、[^、。「」]{0,30}"
)
_SPAN_FROM_RE = re.compile(r"から[^、。「」]{0,8}、")
# A time that opens its clause (30日、 / 先月下旬には / 同日夜にも、).
_OPENS_CLAUSE_RE = re.compile(r"(?:には|にも|は|も)?、|には|にも")
# An occasion held at the time, where the act happens (21日夜に行われた準決勝の第1戦で、): its time.
_OCCASION_HELD_RE = re.compile(
    r"に(?:行われ|開かれ|開催され|実施され)た[^、。「」]{1,24}?(?:で|中に|の際に)、"
)
_YEAR_NOUN_RE = re.compile(
    r"(?![中内末初以前後来春夏秋冬頃度半上下第])[一-龥ァ-ヶー]{2,}(?=[のをがはにでと、。])"
)


# 2028年度の業績予想を: a year that owns the object describes the object, not the act.
_YEAR_OF_OBJECT_RE = re.compile(
    r"の(?![中内末初以前後来春夏秋冬頃半上下第])[一-龥ァ-ヶー]{2,8}(?:を|で(?=合意|一致))"
)


def _names_a_noun(text: str, time: TimeExpression, trigger: int = -1) -> bool:
    """A year written right before a noun and its particle (2029年予算案の, 2030年大会に) is part
    of what the noun names, not the time of an act (来年開かれる, 今年上半期に are times)."""
    value = time.value or ""
    year = len(value) == 4 or (len(value) == 15 and value[4] == "-" and "/" in value)
    if not year:
        return False
    owned = _YEAR_OF_OBJECT_RE.match(text, time.end)
    if owned is not None and not owned.start() < trigger < owned.end():  # 来年の首脳会談を: its own year
        return True
    return _YEAR_NOUN_RE.match(text, time.end) is not None


# 先月から互いに課している輸入規制を巡って協議: the start of a state that a relative clause gives a noun
_SINCE_CLAUSE_RE = re.compile(r"から[^、。「」]{0,16}?(?:てい|でい|てき|でき|続け|続い)[るた]")


def _since_of_other_noun(text: str, time: TimeExpression, trigger: int) -> bool:
    """Whether ``time`` is the start (…から続けている) of a state a relative clause gives to a
    noun other than the trigger (先月20日から続けているハンガーストライキについて…求めた)."""
    match = _SINCE_CLAUSE_RE.match(text, time.end, trigger)
    if match is None:
        return False
    between = text[match.end() : trigger]  # 3日から続けていた無期限ストライキ: the trigger's own compound
    return _OWN_PHRASE_RE.fullmatch(between) is None and "。" not in between


# 16日から続いていた同組合のストライキ, 先月発動した鉄鋼への追加関税, 先月起きた民兵による襲撃,
# 昨年結んだ艦艇4隻の売却契約: a noun phrase headed by the trigger
_OWN_PHRASE_RE = re.compile(
    r"(?:[一-龥ァ-ヶー・0-9０-９]{1,16}(?:の|への|に対する|による))?[一-龥ァ-ヶー]{0,6}"
)
# 今月中旬の弾道ミサイル発射を非難し: the time of the object noun; 昨年失効した協定に代わる…で合意: of a
# past relative clause on a noun
_OBJECT_TIME_RE = re.compile(
    r"の[一-龥ァ-ヶー・]{1,14}を(?!もって|もち|機に|契機に)"
)  # not 6月の総会をもって辞任
_PAST_RELATIVE_RE = re.compile(  # 昨年失効した協定, 3月に行った軍事演習, 昨年結んだ協定
    r"に?[^、。「」をにでがは]{0,8}?(?:(?:し|され|っ|い|き|れ)た|[んい]だ)(?=[一-龥ァ-ヶー])(?!後|際|ため|上)"
)


def _time_of_other_noun(text: str, time: TimeExpression, trigger: int) -> bool:
    """Whether ``time`` belongs to a noun before the trigger: the object it acts on (今月中旬の
    ミサイル発射を非難) or a noun a past relative clause describes (昨年失効した協定に代わる…で合意);
    the latter only for a year or month, since a day there is often the act's own (18日に行われた会談で)."""
    if trigger <= time.end or "。" in text[time.end : trigger]:
        return False
    owned = _OBJECT_TIME_RE.match(text, time.end, trigger)
    if owned is not None:
        return True
    planned = _PLANNED_OBJECT_RE.match(text, time.end, trigger)
    if planned is not None and _QUOTED_GAP_RE.fullmatch(text, planned.end(), trigger):
        return True  # 増税を2031年度から始める政府の方針を批判: the time of the plan criticised
    value = time.value or ""
    if len(value) > 7 or "W" in value:
        return False
    relative = _PAST_RELATIVE_RE.match(text, time.end, trigger)
    if relative is None:
        return False
    return _OWN_PHRASE_RE.fullmatch(text, relative.end(), trigger) is None


# A time in a non-past relative clause on the object (2031年度から始める政府の方針を, 来年4月から導入する
# 新制度を): the thing acted on is what is to come.
_PLANNED_OBJECT_RE = re.compile(
    r"(?:から|以降)[^、。「」をがはと]{0,8}?(?:する|める|る)(?:[一-龥ァ-ヶー]{1,6}の)?[一-龥ァ-ヶー]{1,8}を"
)
_QUOTED_GAP_RE = re.compile(r"(?:、?「[^「」]{0,60}」と)?(?:強く|厳しく|改めて)?")
_ASKED_RE = re.compile(r"よう|ことを|ことで|ことに|目標で|目標に|方針で")  # …までに引き上げる目標で合意


_REPORTING_END_RE = re.compile(r"(?:[るたいう]|だ|ない|」)と(?:強く|厳しく|改めて)?$")


# The occasion the speaker spoke at, after the speaker's time (21日に記者会見し、…と非難した).
_SPEAKER_OCCASION_RE = re.compile(
    r"(?:午前|午後|夜|朝|夕)?に?(?:記者会見|会見|演説|声明を発表|声明を出|談話を発表)し、"
)


def _inside_reported(text: str, time: TimeExpression, trigger: int) -> bool:
    """Whether ``time`` sits in the reported clause right before a reporting trigger (…と非難)."""
    gap = text[time.end : trigger]
    return time.end <= trigger and "、" not in gap and "「" not in gap and "。" not in gap


def _reported_subject_time(text: str, after: int, time: TimeExpression, trigger: int) -> bool:
    """Whether ``time`` follows a subject with が after the speaker's own time and sits in the
    clause the reporting trigger quotes (…は9日、ロシア軍が前夜、村を砲撃したと非難)."""
    gap = text[after : time.start]
    rest = text[time.end : trigger]
    return gap.endswith("が") and "、" not in gap and not any(c in rest for c in "。「」")


def _inside_asked(text: str, time: TimeExpression, trigger: int) -> bool:
    """Whether ``time`` sits in the clause of what a request asks for (…を今月下旬に開くよう求めた)."""
    gap = text[time.end : trigger]
    if time.end <= trigger and _ASKED_NOUN_RE.fullmatch(gap):
        return True  # 外交官2人の今週中の出国を求めた: the time of what is asked for
    return time.end <= trigger and "、" not in gap and "「" not in gap and bool(_ASKED_RE.search(gap))


_ASKED_NOUN_RE = re.compile(r"(?:中|内)?の[^、。「」をがはでに]{1,12}を")


_OWN_VERB_RE = re.compile(
    r"(?:を|が|は)(?P<gap>[^、。「」をがは]{2,24}?)(?:に|で)?(?:開く|開き|開催|開かれ|行う|行い|行われ|実施|再開)"
    r"|に(?P<start>[^、。「」をがは]{2,12}?から)(?:踏み切|発動|実施|開始)"  # 禁輸に6日から踏み切る
)


def _same_time(left: str, right: str) -> bool:
    """Statuses of events that share a date (協議を行ったが、合意には至らなかった: occurred, denied)."""
    return left == right or {left, right} == {"occurred", "denied"}


_OCCASION_RE = re.compile(r"(?:に合わせ|の際に|の合間に|の場で|の機会に|の期間中)")


def _report_day_of_mention(target: _Draft, draft: _Draft) -> bool:
    """Whether a later sentence names a dated event again under the day of its own report
    (…今月上旬に拘束した。同日の会見で、拘束は「…」と非難した): that day is not the event's."""
    if (
        target.date is None
        or draft.sentence_index == target.sentence_index
        or draft.sentence is None
        or not draft.date_text
    ):
        return False
    return draft.date_text in draft.sentence.text[: draft.start - draft.sentence.start]


def _dates_of_occasions(text: str, events: list[_Draft]) -> None:
    """An undated event on the occasion of another (会合に合わせて…会談する) takes its date."""
    for event in events:
        if event.date is not None or event.sentence is None or event.undated:
            continue
        for other in events:
            if other is event or other.date is None:
                continue
            if any(
                event.sentence.start <= start and end <= event.start and _OCCASION_RE.match(text, end)
                for start, end in other.mentions
            ):
                event.date, event.date_text = other.date, other.date_text
                break
