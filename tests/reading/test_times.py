"""Time expressions and their resolution rules (docs/reading.md, "Times")."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading.model import TimeExpression
from kijiyomi.reading.sentences import paragraph_index, split_sentences
from kijiyomi.reading.times import find_times, sentence_direction

JST = timezone(timedelta(hours=9))


def jst(year: int, month: int, day: int, hour: int = 12) -> datetime:
    return datetime(year, month, day, hour, tzinfo=JST)


def times(text: str, published: datetime) -> list[TimeExpression]:
    spans = split_sentences(text)
    return find_times(text, spans, paragraph_index(text, spans), published)


def values(text: str, published: datetime) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in times(text, published)]


def test_bare_day_in_the_publication_month() -> None:
    assert values("首相は3日、演説した。", jst(2023, 6, 5)) == [("3日", "2023-06-03")]


def test_bare_day_after_publication_day_is_last_month_for_past_events() -> None:
    assert values("地震は28日に起きた。", jst(2023, 6, 5)) == [("28日", "2023-05-28")]


def test_bare_day_before_publication_day_is_next_month_for_planned_events() -> None:
    assert values("会合は2日に開かれる予定だ。", jst(2023, 6, 25)) == [("2日", "2023-07-02")]


def test_month_and_day_roll_over_the_year_both_ways() -> None:
    assert values("会議は1月10日に開く予定。", jst(2021, 12, 31)) == [("1月10日", "2022-01-10")]
    assert values("12月25日に発表した。", jst(2022, 1, 5)) == [("12月25日", "2021-12-25")]


def test_month_is_carried_within_a_paragraph_but_not_across() -> None:
    text = "協議は3月2日に始まった。4日には閉幕した。\n\n知事は20日、視察した。"
    assert values(text, jst(2023, 4, 22)) == [
        ("3月2日", "2023-03-02"),
        ("4日", "2023-03-04"),
        ("20日", "2023-04-20"),
    ]


def test_next_same_and_previous_day() -> None:
    text = "代表団は5月8日に到着し、翌9日に会談した。前日には視察した。同日夜に帰国した。"
    result = times(text, jst(2024, 5, 12))
    assert [(t.text, t.value) for t in result] == [
        ("5月8日", "2024-05-08"),
        ("翌9日", "2024-05-09"),
        ("前日", "2024-05-08"),
        ("同日夜", "2024-05-08TNI"),
    ]
    assert result[-1].type == "DATETIME"


def test_next_day_crosses_into_the_next_month() -> None:
    assert values("1月31日に出発し、翌1日に着いた。", jst(2024, 2, 3))[1] == ("翌1日", "2024-02-01")


def test_same_month() -> None:
    assert values("総裁選は9月12日に告示され、同月27日に投開票される。", jst(2024, 8, 1)) == [
        ("9月12日", "2024-09-12"),
        ("同月27日", "2024-09-27"),
    ]


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("今月", "2024-02"),
        ("来月", "2024-03"),
        ("先月", "2024-01"),
        ("今年", "2024"),
        ("昨年", "2023"),
        ("来年", "2025"),
        ("今週", "2024-W07"),
        ("来週", "2024-W08"),
        ("先週", "2024-W06"),
        ("きょう", "2024-02-14"),
        ("昨日", "2024-02-13"),
        ("あす", "2024-02-15"),
        ("3日前", "2024-02-11"),
    ],
)
def test_relative_words(word: str, value: str) -> None:
    assert values(f"{word}の動き。", jst(2024, 2, 14)) == [(word, value)]


def test_weekdays() -> None:
    published = jst(2024, 2, 14)  # a Wednesday
    assert values("来週月曜に会う予定だ。", published) == [("来週月曜", "2024-02-19")]
    assert values("金曜日に発表する。", published) == [("金曜日", "2024-02-16")]
    assert values("月曜日に発表した。", published) == [("月曜日", "2024-02-12")]


def test_weekday_in_brackets_belongs_to_the_date() -> None:
    assert values("2024年2月14日(水)に発表", jst(2024, 2, 14)) == [("2024年2月14日(水)", "2024-02-14")]


def test_clock_times() -> None:
    result = times("5日午後3時半ごろ、火災が起きた。午前10時に鎮火した。", jst(2024, 3, 6))
    assert [(t.text, t.type, t.value, t.mod) for t in result] == [
        ("5日午後3時半ごろ", "DATETIME", "2024-03-05T15:30", "APPROX"),
        ("午前10時", "TIME", "2024-03-06T10:00", None),
    ]


def test_durations() -> None:
    result = times("約50分間協議し、3日間滞在した。2時間3分23秒で優勝。17年ぶり。3カ月", jst(2024, 3, 6))
    assert [(t.text, t.type, t.value, t.mod) for t in result] == [
        ("約50分間", "DURATION", "PT50M", "APPROX"),
        ("3日間", "DURATION", "P3D", None),
        ("2時間3分23秒", "DURATION", "PT2H3M23S", None),
        ("17年ぶり", "DURATION", "P17Y", None),
        ("3カ月", "DURATION", "P3M", None),
    ]


def test_era_years() -> None:
    assert values("令和3年5月と平成元年と昭和64年", jst(2024, 3, 6)) == [
        ("令和3年5月", "2021-05"),
        ("平成元年", "1989"),
        ("昭和64年", "1989"),
    ]


def test_fiscal_years() -> None:
    assert values("2022年度の予算", jst(2024, 3, 6)) == [("2022年度", "2022-04/2023-03")]
    assert values("今年度の予算", jst(2024, 3, 6)) == [("今年度", "2023-04/2024-03")]
    assert values("今年度の予算", jst(2024, 4, 2)) == [("今年度", "2024-04/2025-03")]


def test_month_alone_takes_the_nearest_year() -> None:
    assert values("1月の協議に向けて", jst(2021, 12, 31)) == [("1月", "2022-01")]
    assert values("11月に開いた", jst(2022, 1, 10)) == [("11月", "2021-11")]


@pytest.mark.parametrize(
    ("text", "mod"),
    [("3月上旬", "START"), ("3月中旬", "MID"), ("3月下旬", "END"), ("今月末", "END"), ("約1週間", "APPROX")],
)
def test_modifiers(text: str, mod: str) -> None:
    assert times(text, jst(2024, 3, 1))[0].mod == mod


def test_full_width_digits() -> None:
    assert values("１２月２５日に", jst(2024, 12, 1)) == [("１２月２５日", "2024-12-25")]


def test_sets() -> None:
    result = times("毎週会合を開く", jst(2024, 3, 1))
    assert [(t.type, t.value) for t in result] == [("SET", "P1W")]


def test_numbers_that_are_not_times() -> None:
    assert times("約128万人が参加し、15カ国が賛成、2.4%上昇", jst(2024, 3, 1)) == []


def test_invalid_dates_get_no_value() -> None:
    result = times("13月40日", jst(2024, 3, 1))
    assert all(t.value is None for t in result)


def test_sentence_direction() -> None:
    assert sentence_direction("会談する予定だ。") == "future"
    assert sentence_direction("会談した。") == "past"
    assert sentence_direction("協議が行われる。") == "future"


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("年末", "2024", "END"),
        ("来年末", "2025", "END"),
        ("年内", "2024", None),
        ("今月末", "2024-06", "END"),
        ("来春", "2025-SP", None),
        ("昨秋", "2023-FA", None),
        ("年度末", "2024-04/2025-03", "END"),
    ],
)
def test_periods_and_seasons(text: str, value: str, mod: str | None) -> None:
    result = times(f"{text}に実施", jst(2024, 6, 10))
    assert [(t.value, t.mod) for t in result] == [(value, mod)]


def test_a_season_alone_is_not_a_time() -> None:
    assert times("夏の甲子園", jst(2024, 6, 10)) == []


def test_a_smaller_day_after_a_full_date_is_not_carried_back() -> None:
    text = "総長は8月30日に支援を求めた。政府は2日、資金の拠出を発表した。"
    assert values(text, jst(2022, 9, 2)) == [("8月30日", "2022-08-30"), ("2日", "2022-09-02")]


def test_day_lists_with_ryojitsu() -> None:
    assert values("首脳会議は14、15両日に開かれる。", jst(2023, 12, 13)) == [
        ("14", "2023-12-14"),
        ("15両日", "2023-12-15"),
    ]


def test_planning_sentences_are_about_the_future() -> None:
    assert sentence_direction("5日には大阪で閣僚会合が予定されている。") == "future"
    assert sentence_direction("両政府は会談を開く方向で最終調整している。") == "future"
    assert sentence_direction("両社は合併交渉を続けている。") == "past"


def test_a_reporting_day_after_a_planned_date_is_not_carried_into_its_month() -> None:
    text = "両国は3月4日にリマで外相会談を開く方向で最終調整に入った。外交筋が26日、明らかにした。"
    assert values(text, jst(2025, 2, 27)) == [("3月4日", "2025-03-04"), ("26日", "2025-02-26")]


def test_a_bare_day_in_a_planning_sentence_carries_the_planned_month() -> None:
    text = "外相会議は2月2日にカイロで開かれる。7日にはアンマンで閣僚会合が予定されている。"
    assert values(text, jst(2025, 12, 28)) == [("2月2日", "2026-02-02"), ("7日", "2026-02-07")]


def test_a_bare_day_in_a_planned_clause_of_a_past_tense_sentence_is_in_the_future() -> None:
    text = "両国の首脳会談は15日に開く方向で、京都を訪れる案も浮上している。"
    assert values(text, jst(2025, 12, 24)) == [("15日", "2026-01-15")]


def test_a_sentence_ending_in_de_iru_is_about_the_past() -> None:
    assert sentence_direction("両国の関係は冷え込んでいる。") == "past"


def test_same_day_ignores_years_and_planned_days_in_past_sentences() -> None:
    text = "北朝鮮は8日、ミサイルを発射した。発射は今年に入って5回目。日本は同日、抗議した。"
    assert values(text, jst(2026, 4, 8))[-1] == ("同日", "2026-04-08")
    text = "協議は16日から再開される。首相は同日、警告した。"
    assert values("外務省は14日、発表した。" + text, jst(2025, 3, 15))[-1] == ("同日", "2025-03-14")


def test_the_nth_day_of_a_meeting_is_not_a_date_and_this_week() -> None:
    assert values("会議は17日、2日目の討議を行った。", jst(2025, 6, 18)) == [("17日", "2025-06-17")]
    assert values("両氏は週内にも再び会う。", jst(2024, 10, 31)) == [("週内", "2024-W44")]


def test_prison_terms_in_years_and_months_are_one_duration() -> None:
    found = values("名古屋地裁は懲役2年6月、執行猶予4年の判決を言い渡した。", jst(2025, 3, 5))
    assert found == [("2年6月", "P2Y6M"), ("4年", "P4Y")]


def test_a_day_in_an_announced_plan_is_ahead_even_in_a_past_sentence() -> None:
    found = values("ペルーの大統領は、13日にチリを訪問すると表明した。", jst(2025, 10, 10))
    assert found == [("13日", "2025-10-13")]
    past = values("ペルーの大統領は13日にチリを訪問した。", jst(2025, 10, 10))
    assert past == [("13日", "2025-09-13")]


def test_a_begun_clause_is_past_in_a_sentence_about_the_future() -> None:
    found = values("外相は16日から中東2カ国を訪れており、21日に帰国する予定だ。", jst(2024, 3, 18))
    assert found == [("16日", "2024-03-16"), ("21日", "2024-03-21")]


def test_an_ongoing_act_reported_is_not_a_plan() -> None:
    found = values("国防省は14日、13日から演習を実施していると発表した。", jst(2027, 4, 15))
    assert found == [("14日", "2027-04-14"), ("13日", "2027-04-13")]


def test_the_night_before_is_the_previous_night_of_the_latest_date() -> None:
    assert values("首相は14日、前夜に起きた爆発を非難した。", jst(2027, 4, 15)) == [
        ("14日", "2027-04-14"),
        ("前夜", "2027-04-13TNI"),
    ]


def test_a_half_hour_or_half_year_is_part_of_the_duration() -> None:
    found = values("協議は約3時間半続いた。2年半ぶりの再開で、4時間の審議を経た。", jst(2024, 3, 1))
    assert found == [("約3時間半", "PT3H30M"), ("2年半ぶり", "P2Y6M"), ("4時間", "PT4H")]


def test_a_weekday_in_a_warned_or_announced_act_lies_ahead() -> None:
    # published on a Saturday: the Wednesday of the warned strike is the coming one
    found = values("労組は、水曜日に全国でストを行うと警告した。", jst(2024, 3, 2))
    assert found == [("水曜日", "2024-03-06")]
    assert values("労組は水曜日に全国でストを行った。", jst(2024, 3, 2)) == [("水曜日", "2024-02-28")]


def test_day_a_plan_was_scheduled_for_is_the_nearest_such_day() -> None:
    # a cancelled plan: the day may lie ahead although the sentence is in the past
    assert values("労組は25日に予定していた集会を取りやめた。", jst(2023, 6, 21)) == [("25日", "2023-06-25")]
    assert values("労組は18日に予定されていた集会を延期した。", jst(2023, 6, 21)) == [("18日", "2023-06-18")]
    assert values("労組は2日に予定していた集会を中止した。", jst(2023, 6, 29)) == [("2日", "2023-07-02")]


def test_past_act_under_a_present_tense_hedge_is_in_the_past() -> None:
    published = jst(2024, 6, 20)
    assert values("捜査当局によると、男は10日夜に店を襲ったとみられる。", published) == [
        ("10日夜", "2024-06-10TNI")
    ]
    assert values("警察によると、男は12日に現場にいた可能性がある。", published) == [("12日", "2024-06-12")]
    assert sentence_direction("両国は10日に協議するとみられる。") == "future"


def test_turn_of_the_year_written_in_autumn_is_the_coming_one() -> None:
    assert values("年明けに総選挙が行われる見通しだ。", jst(2024, 10, 5)) == [("年明け", "2025")]
    assert values("年明けに総選挙が行われた。", jst(2024, 2, 5)) == [("年明け", "2024")]


def test_same_day_is_the_news_day_not_a_planned_day_named_after_it() -> None:
    text = "電力会社は8日、9日に再稼働する予定だった原発について、延期すると発表した。同社は同日から点検を始めた。"
    assert ("同日", "2031-03-08") in values(text, jst(2031, 3, 9))
    told = "通信社は9日、8日に実験を実施したと報じた。首相は同日、会談した。"
    assert ("同日", "2031-03-08") in values(told, jst(2031, 3, 10))


def test_the_start_of_the_week_is_the_next_monday() -> None:
    assert ("週明け", "2031-03-10") in values("委員会は週明けにも会合を開く。", jst(2031, 3, 8))  # a Saturday
    assert ("週明け", "2031-03-17") in values("委員会は週明けにも会合を開く。", jst(2031, 3, 10))  # a Monday


def test_a_day_in_a_forecast_shown_is_ahead() -> None:
    text = "気象台は、雨は12日にかけて続くとの見通しを示した。"
    assert ("12日", "2031-03-12") in values(text, jst(2031, 3, 11))
