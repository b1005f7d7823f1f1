"""Temporal expressions, resolved against the publication time.

Deterministic rules (each result records the one that fired in ``TimeExpression.rule``):

- ``explicit``: a full date (2022年1月10日, 令和3年5月) is taken as written; era years convert
  (令和 = 2018 + n, 平成 = 1988 + n, 昭和 = 1925 + n, 元年 = 1).
- ``nearest-year``: month (and day) without a year take the year among last, this and next that
  puts the date nearest the publication date (1月10日 in an article of 2021-12-31 → 2022-01-10;
  12月25日 in one of 2022-01-05 → 2021-12-25). A tie goes forward in a sentence about the future
  (予定, 方針, する。), back otherwise. A year written earlier in the same sentence wins.
- ``carried-month``: a bare day (12日) after a date of the same paragraph takes that date's
  month (1月10日 … 12日 → 01-12), unless the sentence is about the past and that month lies after
  the publication month (a planned date, then "…が20日、明らかにした") or the day would (9日に承認。
  …25日に部会を通っていた, published on the 9th), with nothing after the day setting it ahead (予定, から,
  まで, …を開くと決めた); 翌13日 / 同月27日 do the same across paragraphs; 翌10日 whose number is
  not the day after the latest date but is the day after publication is that day (9日、…来月2日まで。
  …翌10日も).
- ``anchored-day``: any other bare day is in the publication month, unless that would put a past
  event after publication (then the previous month) or a future one before it (the next month).
- ``relative``: 今日/昨日/あす, 今月/来月/先月, 今年/昨年/来年, 今週/来週/先週 (ISO weeks), N日前,
  weekdays (来週月曜; a bare weekday is the nearest one in the sentence's direction); 翌日, 前日,
  同日, 同月, 同年, 翌年, 前年 count from the latest resolved date.
- ``fiscal``: 2022年度 → 2022-04/2023-03; 今年度 is the fiscal year holding the publication date.
- Durations: 約50分間 → PT50M (APPROX), 3日間 → P3D, 17年ぶり → P17Y, 2時間3分23秒 → PT2H3M23S.
- Times of day: 午前/午後 + 時/分 give ``THH:MM``; 午前/午後/夜 alone ``TMO``/``TAF``/``TNI``. With a
  date they form a DATETIME, alone a TIME on the latest date of the sentence (or publication day).
- ``mod``: 約/およそ/ごろ/程度/前後 → APPROX, 上旬/初め → START, 中旬/半ば → MID, 下旬/末 → END.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kijiyomi.reading.model import Span, TimeExpression

_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_WEEKDAYS = "月火水木金土日"
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}

_DATE_RE = re.compile(
    r"""
    (?P<approx>約|およそ|おおよそ)?
    (?:
      (?P<era>令和|平成|昭和)(?P<era_year>\d{1,2}|元)年(?P<era_fy>度)?
    | (?P<year>\d{4})年(?P<fy>度)?
    | (?P<rel_year>再来年|一昨年|今年|昨年|去年|来年|前年|翌年|同年|本年)(?P<rel_fy>度)?
    )?
    (?:
      (?P<month>\d{1,2})月(?![間期])
    | (?P<rel_month>今月|先月|来月|前月|翌月|同月)
    )?
    (?:
      (?P<day_prefix>翌|同)?(?P<day>\d{1,2})(?:日(?!間|当たり|あたり|平均|ごと)|両日|(?=[、～~－-]\d{1,2}(?:両)?日))
    | (?P<rel_day>一昨日|今日|きょう|本日|昨日|きのう|明後日|明日|あす|あした|おととい|あさって
                  |翌日|前日|前夜|同日|当日)
    | (?P<week>再来週|今週|週内|来週|先週|前週|翌週|同週)(?P<week_day>[月火水木金土日]曜日?)?
    | (?P<weekday>[月火水木金土日]曜日?)
    | (?P<week_start>週明け)
    )?
    (?P<part>上旬|中旬|下旬|初旬|初め|半ば|末)?
    (?:[（(][月火水木金土日][）)])?
    (?P<daypart>正午|午前|午後|未明|早朝|明け方|朝|夕方|夕刻|夕(?![刊食日])|深夜|夜間|夜)?
    (?:(?P<hour>\d{1,2})時(?!間)(?:(?P<minute>\d{1,2})分|(?P<half>半))?)?
    (?P<approx2>ごろ|頃|前後|過ぎ|すぎ)?
    """,
    re.VERBOSE,
)
_DURATION_RE = re.compile(
    r"""
    (?P<approx>約|およそ|おおよそ)?
    (?<![\d時.])(?P<parts>(?:\d+(?:\.\d+)?(?:年半|年間|年(?![度月代前後])|か月間|カ月間|ヶ月間|ヵ月間|か月|カ月|ヶ月|ヵ月
        |週間|日間|日(?=以内)|時間半|時間|分間|分|秒間|秒))+)
    (?P<tail>ぶり|程度|前後|近く|余り)?
    """,
    re.VERBOSE,
)
_RELATIVE_RE = re.compile(r"(?<![\d.])(?P<n>\d+)(?P<unit>年|カ月|か月|ヶ月|週間|日)(?P<dir>前|後)(?!半)")
_SENTENCE_TERM_RE = re.compile(r"(?:懲役|禁錮|禁固)(?P<years>\d+)年(?P<months>\d+)月")
_SET_RE = re.compile(r"毎(?P<unit>日|週|月|年|朝|晩)")
_PERIOD_RE = re.compile(
    r"(?P<which>今|来|昨|同)?(?:(?P<year_part>年末|年初|年明け|年内|年度末|年度内)|(?P<month_part>月末|月内|月初め)"
    r"|(?P<season>春|夏|秋|冬))"
)
_SEASONS = {"春": "SP", "夏": "SU", "秋": "FA", "冬": "WI"}
_PERIOD_MOD = {
    "年末": "END",
    "年初": "START",
    "年明け": "START",
    "年度末": "END",
    "月末": "END",
    "月初め": "START",
}
_PART_MOD = {
    "上旬": "START",
    "初旬": "START",
    "初め": "START",
    "中旬": "MID",
    "半ば": "MID",
    "下旬": "END",
    "末": "END",
}
_DAYPART = {
    "午前": "MO",
    "朝": "MO",
    "早朝": "MO",
    "午後": "AF",
    "夕方": "EV",
    "夕": "EV",
    "夜": "NI",
    "未明": "NI",
    "深夜": "NI",
    "夜間": "NI",
    "明け方": "MO",
    "夕刻": "EV",
}
_FUTURE_RE = re.compile(
    r"(予定|方針|見通し|見込み|計画|意向|構え|方向|考え|ことになった|へ)(だ|である|です)?(という)?[。」]*$"
    r"|(?<!とい)(る|う|く|す|つ|ぬ|ぶ|む|ぐ)(予定|見通し)?(だ|という)?[。」]*$"
)  # not the う of という: …砲撃したという。 is a past act reported
_PAST_RE = re.compile(r"(た|だった|ていた|てきた)(という|とされる|とみられる)?[。」]*$")
# A past act under a present-tense hedge or report (攻撃を受けたとみられる, 関与した可能性がある).
_PAST_HEDGED_RE = re.compile(
    r"(?:た|だった|ていた)(?:と(?:みられ|見られ|され|いわれ|言われ|推定され|考えられ)(?:る|ている)"
    r"|可能性が(?:ある|高い|高まっている)|疑いがある|もようだ|模様だ|ことが分かる)[。」]*$"
)


_PLANNING_RE = re.compile(
    r"(?:予定|計画|検討|準備|方向で(?:最終)?調整|調整を進め|見込まれ|予想され)(?:され|し|に入っ)?て(?:いる|おり)"
    r"(?:という|とされる)?[。」]*$"
)


_ANNOUNCED_PLAN_RE = re.compile(  # 13日に…訪問すると表明した, 27日にかけて続くとの見方を示した: ahead
    r"[^、。「」]{0,24}?(?:する|(?<!てい)(?<!でい)[るうくすつぶむぐ])(?:と|との(?:見方|見通し|予想|予測|予報)を)"
    r"(?:表明|発表|明らかに|述べ|語っ|伝え|約束|宣言|通告|示し|警告|予告|主張|強調|し(?=ている|ていた|た。))"
)  # …デモを行うとしている: a stated plan
# 28日に…を呼び、…を求める考えを示した: an intention stated, its clauses chained by at most one comma
_INTENDED_RE = re.compile(
    r"[^、。「」]{0,24}(?:[しりきちみびぎいえけせてれめ]、[^、。「」]{0,24}?)?"
    r"(?<!てい)(?<!でい)[るうくすつぶむぐ](?:考え|意向|方針|構え|姿勢)を(?:示し|明らかに|表明|強調)"
)
# 15日に…デモを行うよう呼びかけた, 15日にも…会談する用意がある: a day asked for or offered is ahead
_ASKED_OR_READY_RE = re.compile(
    r"[^、。「」]{0,24}?(?<!てい)(?<!でい)[るうくすつぶむぐ](?:よう(?:に)?[^、。「」]{0,8}?"
    r"(?:呼びかけ|呼び掛け|求め|要請|促|要求|指示|命じ)|用意が(?:ある|あると)|準備が(?:ある|できている))"
)
_PLANNED_CLAUSE_RE = re.compile(  # …金曜日に…会談を開き、…協議する予定で: one chained clause at most
    r"(?:[^、。「」]{0,24}?(?<!てお)(?<!でお)[しりきちみびぎいえけせてれめ]、)?[^、。「」]{0,16}?(?:する|開く|開かれる|行う|行われる|開催する|訪れる|訪問する)?"
    r"(?:方向で|予定で|予定だ|予定。|方針で|方針だ|見通しで|見通しだ|見込みだ)"
)


# A deadline in a condition (13日までに…示されなければ、): a day still to come.
_DEADLINE_CONDITION_RE = re.compile(r"(?:まで|までに)[^。「」]{0,40}?(?:なければ|ない場合|ない限り)")
# The occasion of the topic's day (報道官は14日の声明で、, 首相は5日の記者会見で、, は21日に記者会見し、).
_OCCASION_OF_DAY_RE = re.compile(
    r"の[一-龥ァ-ヶー]{1,8}で、|(?:午前|午後|夜|朝)?に(?:記者会見|会見|演説|声明を発表|声明を出|談話を発表)し、"
)
# A day inside a clause that modifies a noun (23日に行われた投票, 10日に発生した地震): a past detail.
_EARLIER_MODIFIER_RE = re.compile(r"に[^、。「」]{0,10}?た(?=[一-龥ァ-ヴ])")
_ONGOING_CLAUSE_RE = re.compile(  # a clause of its own that has begun or happened: …しており、 …したが、
    r"、?[^、。「」]{0,30}?(?:ており|でおり|ていて|でいて|たが|たものの|(?<!予定し)(?<!予定だっ)たほか|た上で|たうえで)、"
)  # 12日、艦艇を派遣したほか、…方針だ: the day is the past act's


_SCHEDULED_FOR_RE = re.compile(r"(?:に|の)予定(?:して|されて)い(?:た|る)")


def sentence_direction(sentence: str) -> str:
    """'future', 'past' or 'unknown', from how the sentence ends (…予定されている is future)."""
    stripped = sentence.rstrip()
    if _PLANNING_RE.search(stripped):
        return "future"
    if _PAST_HEDGED_RE.search(stripped):
        return "past"
    if _FUTURE_RE.search(stripped) and not stripped.endswith(
        ("ている。", "ていた。", "でいる。", "でいた。")
    ):
        return "future"
    if _PAST_RE.search(stripped) or stripped.endswith(("ている。", "している。", "でいる。")):
        return "past"
    return "unknown"


@dataclass
class _Last:
    day: date
    granularity: str  # day, month, year
    paragraph: int
    sentence: int
    explicit_year: bool
    opens_span: bool = False  # 来年から…: a year a span starts from, not one later dates fall in
    last_month: bool = False  # 先月12日: written against publication, so a later bare day is this month's


_PLANNED_DAY_RE = re.compile(r"に[^、。「」]{0,12}?予定(?:だった|していた|の)")
# What follows a day in a past sentence that still sets it ahead: a plan, a span or an act to come
# (20日に開く予定だった, 15日から, 14日まで立ち入りを禁じた, 18日に大会を開くと決めた).
_AHEAD_OF_DAY_RE = re.compile(
    r"(?:から|まで|にかけ)|[^。]*?(?:予定|方針|計画|見通し|見込|意向|考え|方向|構え"
    r"|[るうくすつぬぶむぐ](?:と|よう|こと|方|意|考|見|予|計|構))"
)


class _Resolver:
    def __init__(self, anchor: date) -> None:
        self.anchor = anchor
        self.last: _Last | None = None
        self.last_day: date | None = None  # latest date resolved to a day (今年 does not count)
        self.last_past_day: date | None = None  # …and the latest one not after publication
        self.topic_day_sentence: int | None = None  # a sentence whose topic has its day (Xは16日、)
        self.clause_day: tuple[int, date] | None = None  # a modifier's day (2日に実施した試験), by sentence

    # -- dates -----------------------------------------------------------------------------
    def resolve(
        self, m: re.Match[str], sentence_index: int, paragraph: int, direction: str
    ) -> tuple[str, str | None, str | None, str]:
        """(type, value, mod, rule) of one date/time match."""
        anchor, last = self.anchor, self.last
        g = m.groupdict()
        mod: str | None = "APPROX" if g["approx"] or g["approx2"] else None
        if g["part"]:
            mod = _PART_MOD[g["part"]]
        year: int | None = None
        month: int | None = None
        day: int | None = None
        week: tuple[int, int] | None = None
        rule = "explicit"
        explicit_year = False
        fiscal = False
        same_sentence = last is not None and last.sentence == sentence_index
        # year
        if g["era"]:
            year = _ERAS[g["era"]] + (1 if g["era_year"] == "元" else int(g["era_year"]))
            explicit_year, fiscal = True, bool(g["era_fy"])
        elif g["year"]:
            year, explicit_year, fiscal = int(g["year"]), True, bool(g["fy"])
        elif g["rel_year"]:
            rule = "relative"
            base = (
                last.day.year
                if last is not None and g["rel_year"] in ("前年", "翌年", "同年")
                else anchor.year
            )
            offset = {"再来年": 2, "一昨年": -2, "今年": 0, "本年": 0, "昨年": -1, "去年": -1, "来年": 1}
            offset |= {"前年": -1, "翌年": 1, "同年": 0}
            fiscal = bool(g["rel_fy"])
            if fiscal and g["rel_year"] in ("今年", "本年", "昨年", "去年", "来年", "再来年", "一昨年"):
                base = anchor.year if anchor.month >= 4 else anchor.year - 1
            year = base + offset[g["rel_year"]]
            explicit_year = True
        # month
        if g["month"]:
            month = int(g["month"])
            if not 1 <= month <= 12:
                return "DATE", None, mod, "invalid"
        elif g["rel_month"]:
            rule = "relative"
            word = g["rel_month"]
            if word == "同月" and last is not None:
                year, month = last.day.year, last.day.month
            else:
                base_day = last.day if word in ("前月", "翌月") and last is not None else anchor
                shift = {"今月": 0, "先月": -1, "来月": 1, "前月": -1, "翌月": 1, "同月": 0}[word]
                shifted = _add_months(base_day.replace(day=1), shift)
                year, month = shifted.year, shifted.month
            explicit_year = True
        # day
        if g["day"]:
            day = int(g["day"])
            if not 1 <= day <= 31:
                return "DATE", None, mod, "invalid"
            if month is None:
                carry = last is not None and last.granularity == "day"
                if g["day_prefix"] in ("翌", "同") and last is not None:
                    previous = last.day
                    if last.granularity != "day" and self.last_day is not None:
                        previous = self.last_day  # 10日、2040年五輪の…。翌11日: the day before, not the year
                    if g["day_prefix"] == "翌" and day != previous.day + 1 and day == self.anchor.day + 1:
                        previous = self.anchor  # 30日、…来月2日まで…。翌31日も: the day after the news day
                    year, month = previous.year, previous.month
                    if g["day_prefix"] == "翌" and day < previous.day:
                        shifted = _add_months(previous.replace(day=1), 1)
                        year, month = shifted.year, shifted.month
                    rule = "carried-month"
                elif (
                    carry
                    and last is not None
                    and last.paragraph == paragraph
                    and day >= last.day.day
                    and not (direction == "past" and last.day.replace(day=1) > self.anchor)
                    and not (  # 9日に承認。…25日に部会を通っていた (published on the 9th): last month's
                        direction == "past"
                        and (last.day.year, last.day.month, day)
                        > (self.anchor.year, self.anchor.month, self.anchor.day)
                        and not _AHEAD_OF_DAY_RE.match(m.string, m.end())
                    )
                    and not (last.last_month and day <= self.anchor.day)  # 先月12日から…。政府は18日、
                    and not (  # 1月19日に協議を開く予定だ。…30日に訪問する (published 29 Dec): this month's
                        not same_sentence
                        and last.day.replace(day=1) > self.anchor
                        and self.anchor.day
                        < day
                        <= calendar.monthrange(self.anchor.year, self.anchor.month)[1]
                    )
                ):  # …2月3日に開く方向で調整。関係者が20日、明らかにした: no carry into the future
                    year, month = last.day.year, last.day.month
                    rule = "carried-month"
                else:
                    year, month = self._anchored_day(day, direction)
                    rule = "anchored-day"
            elif year is None:
                year = self._nearest_year(month, day, direction, same_sentence)
                rule = "nearest-year"
        elif month is not None and year is None:
            year = self._nearest_year(month, None, direction, same_sentence)
            rule = "nearest-year"
        if g["rel_day"]:
            rule = "relative"
            word = g["rel_day"]
            day_base = anchor
            if word in ("翌日", "前日", "前夜", "同日", "当日") and self.last_day is not None:
                day_base = self.last_day
                if self.clause_day is not None and self.clause_day[0] == sentence_index:
                    day_base = self.clause_day[1]  # 10日、2日に実施した試験の前日に: the 2nd's eve
                if direction == "past" and day_base > anchor and self.last_past_day is not None:
                    day_base = (
                        self.last_past_day
                    )  # …16日に再開される。首相は同日、警告した: not the planned day
            day_shift = {
                "一昨日": -2,
                "おととい": -2,
                "昨日": -1,
                "きのう": -1,
                "明日": 1,
                "あす": 1,
                "あした": 1,
            }
            day_shift |= {"明後日": 2, "あさって": 2, "翌日": 1, "前日": -1, "前夜": -1}
            resolved = day_base + timedelta(days=day_shift.get(word, 0))
            year, month, day = resolved.year, resolved.month, resolved.day
        if g["week"]:
            rule = "relative"
            word = g["week"]
            week_base = last.day if word in ("前週", "翌週", "同週") and last is not None else anchor
            weeks = {
                "再来週": 2,
                "今週": 0,
                "週内": 0,
                "来週": 1,
                "先週": -1,
                "前週": -1,
                "翌週": 1,
                "同週": 0,
            }[word]
            monday = week_base - timedelta(days=week_base.weekday()) + timedelta(weeks=weeks)
            if g["week_day"]:
                resolved = monday + timedelta(days=_WEEKDAYS.index(g["week_day"][0]))
                year, month, day = resolved.year, resolved.month, resolved.day
            else:
                iso = monday.isocalendar()
                week = (iso[0], iso[1])
        elif g["week_start"]:  # 週明けにも: the next Monday
            rule = "relative"
            resolved = anchor + timedelta(days=(7 - anchor.weekday()) % 7 or 7)
            year, month, day = resolved.year, resolved.month, resolved.day
        elif g["weekday"]:
            rule = "relative"
            target = _WEEKDAYS.index(g["weekday"][0])
            if direction == "future":
                delta = (target - anchor.weekday()) % 7
            else:
                delta = -((anchor.weekday() - target) % 7)
            resolved = anchor + timedelta(days=delta)
            year, month, day = resolved.year, resolved.month, resolved.day
        # assemble
        value: str | None
        granularity = "day"
        if week is not None:
            value = f"{week[0]}-W{week[1]:02d}"
            granularity = "week"
        elif fiscal and year is not None and month is None:
            value = f"{year}-04/{year + 1}-03"
            rule = "fiscal"
            granularity = "year"
        elif year is not None and month is not None and day is not None:
            day = min(day, calendar.monthrange(year, month)[1])
            value = f"{year:04d}-{month:02d}-{day:02d}"
        elif year is not None and month is not None:
            value = f"{year:04d}-{month:02d}"
            granularity = "month"
        elif year is not None:
            value = f"{year:04d}"
            granularity = "year"
        else:
            value = None
            granularity = "none"
        if value is not None and granularity in ("day", "month", "year"):
            resolved_day = date(year or anchor.year, month or 1, day or 1)
            opens_span = granularity == "year" and m.string.startswith("から", m.end())
            self.last = _Last(
                resolved_day,
                granularity,
                paragraph,
                sentence_index,
                explicit_year,
                opens_span,
                last_month=g["rel_month"] == "先月",
            )
            if granularity == "day":
                embedded = (
                    self.topic_day_sentence == sentence_index and m.string[m.start() - 1 : m.start()] == "が"
                )  # 国防省は16日、スーダン軍が15日朝に…と非難した。…同日: the 16th, the topic's day
                if (
                    self.topic_day_sentence == sentence_index
                    and self.last_day is not None
                    and resolved_day < self.last_day
                    and _EARLIER_MODIFIER_RE.match(m.string, m.end()) is not None
                ):  # 当局は26日、23日に行われた投票の結果を公表した。…同日: the 26th, not the vote's 23rd
                    embedded = True
                    self.clause_day = (sentence_index, resolved_day)  # …試験の前日に: its own sentence
                if m.string[m.start() - 1 : m.start()] == "は" and (
                    m.string.startswith("、", m.end()) or _OCCASION_OF_DAY_RE.match(m.string, m.end())
                ):  # 報道官は14日、 / 報道官は14日の声明で、: the topic's day
                    self.topic_day_sentence = sentence_index
                # 翌7日から, 前日から: the day a span starts is not the day later 同日 refers to
                span_start = self.last_day is not None and m.string.startswith("から", m.end())
                compared = m.string.startswith("比", m.end())  # 前日比6％上昇: the day compared with
                stop = m.string.find("。", m.end())
                background = (  # …5日、…。…4日、…デモを行っていた。…同日: the 5th, not the background 4th
                    self.last_day is not None
                    and resolved_day < self.last_day
                    and m.string[m.end() : stop if stop >= 0 else len(m.string)].endswith(
                        ("ていた", "でいた")
                    )
                )
                if (
                    (self.last_day is None or not _PLANNED_DAY_RE.match(m.string, m.end()))
                    and not embedded
                    and not span_start
                    and not background
                    and not compared
                ):
                    self.last_day = resolved_day  # not 15日に打ち上げる予定だった: a plan's day is no news
                if resolved_day <= anchor and not (embedded or span_start or background or compared):
                    self.last_past_day = resolved_day  # 先月24日から3日間: a span's start is no news day
        # time of day
        clock = _clock(g) or ("TNI" if g["rel_day"] == "前夜" else None)  # 前夜: the night before
        if clock is not None:
            if value is None or granularity != "day":
                base_day = last.day if same_sentence and last is not None else anchor
                return "TIME", f"{base_day.isoformat()}{clock}", mod, rule if value else "time-of-day"
            return "DATETIME", f"{value}{clock}", mod, rule
        return "DATE", value, mod, rule

    def _anchored_day(self, day: int, direction: str) -> tuple[int, int]:
        anchor = self.anchor
        if direction == "nearest":  # the month that puts the day closest to publication
            months = [_add_months(anchor.replace(day=1), shift) for shift in (-1, 0, 1)]
            best = min(
                months,
                key=lambda m: abs(
                    (m.replace(day=min(day, calendar.monthrange(m.year, m.month)[1])) - anchor).days
                ),
            )
            return best.year, best.month
        if direction == "future":
            if day >= anchor.day:
                return anchor.year, anchor.month
            shifted = _add_months(anchor.replace(day=1), 1)
            return shifted.year, shifted.month
        if day <= anchor.day:
            return anchor.year, anchor.month
        shifted = _add_months(anchor.replace(day=1), -1)
        return shifted.year, shifted.month

    def _nearest_year(self, month: int, day: int | None, direction: str, same_sentence: bool) -> int:
        last = self.last
        if (
            same_sentence
            and last is not None
            and last.explicit_year
            and not last.opens_span
            and not (direction == "future" and (last.day.year, month) < (self.anchor.year, self.anchor.month))
        ):  # 昨年11月に署名し、…4月上旬に会談する予定だ: a plan's month is not last year's
            return last.day.year
        anchor = self.anchor
        best: tuple[float, int] | None = None
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            if day is None:
                distance = float((year - anchor.year) * 12 + month - anchor.month)
            else:
                safe_day = min(day, calendar.monthrange(year, month)[1])
                distance = float((date(year, month, safe_day) - anchor).days)
            # a tie goes forward for future sentences, back otherwise
            tiebreak = -0.1 if (distance > 0) == (direction == "future") else 0.1
            score = abs(distance) + (tiebreak if distance else 0)
            if best is None or score < best[0]:
                best = (score, year)
        assert best is not None
        return best[1]


def _tomorrow(m: re.Match[str] | None, anchor: date) -> bool:
    """Whether a match is a bare day (no month, no 同/翌) one after the publication day."""
    if m is None or not m.group("day") or m.group("month") or m.group("rel_month") or m.group("day_prefix"):
        return False
    return int(m.group("day")) == anchor.day + 1


def _clock(g: dict[str, str | None]) -> str | None:
    if g["hour"]:
        hour = int(g["hour"])
        minute = int(g["minute"]) if g["minute"] else (30 if g["half"] else 0)
        if g["daypart"] in ("午後", "夕方", "夕", "夕刻", "夜", "夜間", "深夜") and hour < 12:
            hour += 0 if g["daypart"] == "深夜" and hour < 6 else 12  # 深夜2時 is 02:00, 深夜11時 23:00
        if hour > 24 or minute > 59:
            return None
        return f"T{hour:02d}:{minute:02d}"
    if g["daypart"] == "正午":
        return "T12:00"  # noon is a clock time, not a part of the day
    if g["daypart"]:
        return f"T{_DAYPART[g['daypart']]}"
    return None


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _duration_value(parts: str) -> str | None:
    units = re.findall(
        r"(\d+(?:\.\d+)?)(年半|年間|年|か月間|カ月間|ヶ月間|ヵ月間|か月|カ月|ヶ月|ヵ月|週間|日間|日|時間半|時間|分間|分|秒間|秒)",
        parts,
    )
    date_part = ""
    time_part = ""
    for raw, unit in units:
        number = raw.rstrip("0").rstrip(".") if "." in raw else raw
        if unit == "年半":
            date_part += f"{number}Y6M"  # 1年半
        elif unit.startswith("年"):
            date_part += f"{number}Y"
        elif unit[0] in "かカヶヵ":
            date_part += f"{number}M"
        elif unit.startswith("週"):
            date_part += f"{number}W"
        elif unit.startswith("日"):
            date_part += f"{number}D"
        elif unit == "時間半":
            time_part += f"{number}H30M"  # 約1時間半
        elif unit.startswith("時"):
            time_part += f"{number}H"
        elif unit.startswith("分"):
            time_part += f"{number}M"
        else:
            time_part += f"{number}S"
    if not date_part and not time_part:
        return None
    return "P" + date_part + (f"T{time_part}" if time_part else "")


def find_times(
    text: str, sentences: list[Span], paragraphs: list[int], published: datetime | None
) -> list[TimeExpression]:
    """Every temporal expression of ``text``, in order, resolved against ``published``."""
    normalized = text.translate(_FULLWIDTH)
    anchor = (published or datetime.now().astimezone()).date()
    candidates: list[tuple[int, int, str, str | None, str | None, str, int]] = []
    # (start, end, type, value, mod, rule, order-key) for durations, relative offsets and sets
    for m in _DURATION_RE.finditer(normalized):
        parts = m.group("parts")
        if re.fullmatch(r"\d{3,}年", parts):
            continue
        value = _duration_value(parts)
        if value is None:
            continue
        start = m.start("approx") if m.group("approx") else m.start("parts")
        end = m.end("parts")
        tail = m.group("tail")
        mod = "APPROX" if m.group("approx") or tail in ("程度", "前後", "近く", "余り") else None
        if tail == "ぶり":
            end = m.end("tail")
        elif normalized.startswith("以内", end):
            end += 2  # 10日以内: a span from now, not the 10th
        candidates.append((start, end, "DURATION", value, mod, "duration", 1))
    for m in _SENTENCE_TERM_RE.finditer(normalized):  # 懲役1年6月: one year and six months
        value = f"P{m.group('years')}Y{m.group('months')}M"
        candidates.append((m.start("years"), m.end(), "DURATION", value, None, "duration", 1))
    for m in _SET_RE.finditer(normalized):
        unit = {"日": "P1D", "週": "P1W", "月": "P1M", "年": "P1Y", "朝": "P1D", "晩": "P1D"}[m.group("unit")]
        candidates.append((m.start(), m.end(), "SET", unit, None, "set", 1))
    for m in _PERIOD_RE.finditer(normalized):
        period = _period(m, anchor)
        if period is not None:
            candidates.append((m.start(), m.end(), "DATE", period[0], period[1], "relative", 2))
    relative: dict[int, re.Match[str]] = {m.start(): m for m in _RELATIVE_RE.finditer(normalized)}
    date_matches: list[re.Match[str]] = []
    position = 0
    while position < len(normalized):
        found = _DATE_RE.match(normalized, position)
        if found is None or found.end() == found.start() or not _meaningful(found):
            position += 1
            continue
        date_matches.append(found)
        position = found.end()
    for m in date_matches:
        candidates.append((m.start(), m.end(), "DATE?", None, None, "", 0))
    for start, m in relative.items():
        candidates.append((start, m.end(), "REL?", None, None, "", 0))
    chosen = _non_overlapping(candidates)
    # Resolve dates in text order (the resolver carries state from one to the next).
    sentence_of = _sentence_lookup(sentences, len(text))
    resolver = _Resolver(anchor)
    by_start = {m.start(): m for m in date_matches}
    results: list[TimeExpression] = []
    for start, end, kind, fixed_value, fixed_mod, fixed_rule, _ in chosen:
        sentence_index = sentence_of[start] if start < len(sentence_of) else len(sentences) - 1
        paragraph = paragraphs[sentence_index] if 0 <= sentence_index < len(paragraphs) else 0
        direction = sentence_direction(sentences[sentence_index].text) if sentences else "unknown"
        if _SCHEDULED_FOR_RE.match(normalized, end):
            direction = "nearest"  # 20日に予定していたストを見送った: a plan's day, before or after
        elif (
            _PLANNED_CLAUSE_RE.match(normalized, end)
            or _ANNOUNCED_PLAN_RE.match(normalized, end)
            or _INTENDED_RE.match(normalized, end)
            or _ASKED_OR_READY_RE.match(normalized, end)
        ):
            direction = "future"  # 首脳会談は15日に開く方向で、…浮上している; 13日に訪問すると表明した
        elif (
            direction == "past"
            and normalized.startswith("から", end)
            and _tomorrow(by_start.get(start), anchor)
        ):
            direction = "nearest"  # 15日正午から撤退させるとしている, published on the 14th: tomorrow
        elif _ONGOING_CLAUSE_RE.match(normalized, end):
            direction = "past"  # 8日から欧州を歴訪しており、13日に帰国する予定だ: begun already
        elif _DEADLINE_CONDITION_RE.match(normalized, end):
            direction = "future"  # 13日までに…示されなければ、…警告した: a deadline still ahead
        if kind == "DATE?":
            m = by_start[start]
            time_type, value, mod, rule = resolver.resolve(m, sentence_index, paragraph, direction)
            results.append(TimeExpression(start, end, text[start:end], time_type, value, mod, rule))  # type: ignore[arg-type]
        elif kind == "REL?":
            m = relative[start]
            n = int(m.group("n"))
            sign = -1 if m.group("dir") == "前" else 1
            unit = m.group("unit")
            results.append(
                TimeExpression(
                    start, end, text[start:end], "DATE", _offset(anchor, n * sign, unit), None, "relative"
                )
            )
        else:
            results.append(
                TimeExpression(
                    start,
                    end,
                    text[start:end],
                    kind,
                    fixed_value,
                    fixed_mod,
                    fixed_rule,
                )
            )
    return results


def _period(m: re.Match[str], anchor: date) -> tuple[str, str | None] | None:
    """年末, 今年末, 来春, 今月末...: (value, mod); a season needs 今/来/昨 (夏 alone is too often other)."""
    which = m.group("which")
    shift = {"今": 0, "来": 1, "昨": -1, "同": 0, None: 0}[which]
    if m.group("season"):
        if which is None or which == "同":
            return None
        return f"{anchor.year + shift:04d}-{_SEASONS[m.group('season')]}", None
    if m.group("month_part"):
        if which not in (None, "今"):
            return None
        return f"{anchor.year:04d}-{anchor.month:02d}", _PERIOD_MOD.get(m.group("month_part"))
    part = m.group("year_part")
    if part == "年明け" and which is None and anchor.month >= 7:
        shift = 1  # 年明けに (written in the second half of a year): the coming new year
    if part.startswith("年度"):
        fiscal = (anchor.year if anchor.month >= 4 else anchor.year - 1) + shift
        return f"{fiscal}-04/{fiscal + 1}-03", "END" if part == "年度末" else None
    return f"{anchor.year + shift:04d}", _PERIOD_MOD.get(part)


def _offset(anchor: date, amount: int, unit: str) -> str:
    """The date ``amount`` units (日, 週間, 年, カ月) from ``anchor`` (3日前, 2年後)."""
    if unit == "日":
        return (anchor + timedelta(days=amount)).isoformat()
    if unit == "週間":
        return (anchor + timedelta(weeks=amount)).isoformat()
    if unit == "年":
        return f"{anchor.year + amount:04d}"
    shifted = _add_months(anchor.replace(day=1), amount)
    return f"{shifted.year:04d}-{shifted.month:02d}"


def _meaningful(m: re.Match[str]) -> bool:
    g = m.groupdict()
    keys = (
        "era",
        "year",
        "rel_year",
        "month",
        "rel_month",
        "day",
        "rel_day",
        "week",
        "weekday",
        "week_start",
        "hour",
        "daypart",
    )
    if not any(g[key] for key in keys):
        return False
    if g["day"] and m.string.startswith("目", m.end()):
        return False  # 2日目 (the second day) is a count, not a date
    if g["daypart"] and not any(g[key] for key in keys if key != "daypart"):
        return g["daypart"] in (
            "午前",
            "午後",
            "未明",
            "早朝",
            "深夜",
            "明け方",
            "夕刻",
        )  # 朝, 夜 alone are too often other words
    return True


def _non_overlapping(candidates: list[tuple[int, int, str, str | None, str | None, str, int]]):  # type: ignore[no-untyped-def]
    ranked = sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[6], c[0]))
    occupied: set[int] = set()
    chosen = []
    for candidate in ranked:
        span = range(candidate[0], candidate[1])
        if any(position in occupied for position in span):
            continue
        occupied.update(span)
        chosen.append(candidate)
    chosen.sort(key=lambda c: c[0])
    return chosen


def _sentence_lookup(sentences: list[Span], length: int) -> list[int]:
    lookup = [0] * (length + 1)
    index = 0
    for position in range(length + 1):
        while index + 1 < len(sentences) and sentences[index + 1].start <= position:
            index += 1
        lookup[position] = index
    return lookup
