"""The benchmark metrics: tokens, P/R/F1, snippets, prefix, title and date."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from importlib.util import find_spec

import pytest
from bench.metrics import (
    PRF,
    Haystack,
    micro,
    parse_date,
    prf,
    same_day,
    snippets,
    title_match,
    tokens,
)


def test_each_cjk_character_is_one_token_and_punctuation_none() -> None:
    assert tokens("東京都、ひらがな。カタカナ！한국") == [
        "東", "京", "都", "ひ", "ら", "が", "な", "カ", "タ", "カ", "ナ", "한", "국",
    ]  # fmt: skip


def test_latin_runs_are_lowercased_and_split_at_punctuation_and_cjk() -> None:
    assert tokens("Hello, WORLD! e-mail 2024年3月 x_y") == [
        "hello", "world", "e", "mail", "2024", "年", "3", "月", "x", "y",
    ]  # fmt: skip


def test_combining_marks_stay_inside_their_word() -> None:
    # Devanagari vowel signs and a decomposed accent must not split the word.
    assert tokens("नमस्ते") == ["नमस्ते"]
    assert tokens("cafe\u0301 ok") == ["café", "ok"]


def test_full_width_forms_are_normalised() -> None:
    assert tokens("ＡＢＣ１２３ ｶﾀｶﾅ") == ["abc123", "カ", "タ", "カ", "ナ"]


def test_empty_and_none_have_no_tokens() -> None:
    assert tokens("") == []
    assert tokens(None) == []
    assert tokens(" 、。!? ") == []


def test_prf_counts_a_bag_of_tokens() -> None:
    score = prf("a a b c", "a b b d e")
    # overlap: a (min 2,1)=1, b (min 1,2)=1 -> 2 of 4 predicted, 2 of 5 gold
    assert (score.overlap, score.predicted, score.gold) == (2, 4, 5)
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(0.4)
    assert score.f1 == pytest.approx(2 * 0.5 * 0.4 / 0.9)


def test_prf_on_japanese_text() -> None:
    score = prf("今日は晴れ", "今日は雨")
    assert (score.overlap, score.predicted, score.gold) == (3, 5, 4)


def test_empty_extraction_scores_zero() -> None:
    assert prf("", "some gold text") == PRF(0.0, 0.0, 0.0, 0, 0, 3)


def test_perfect_extraction_scores_one_whatever_the_order_of_spacing() -> None:
    assert prf("b   a\n\nc", "a b c").f1 == pytest.approx(1.0)


def test_gold_without_tokens() -> None:
    assert prf("", "...").f1 == 1.0
    assert prf("words", "...").precision == 0.0


def test_micro_sums_counts_over_pages() -> None:
    precision, recall, f1 = micro([prf("a b", "a b"), prf("c d e f", "c x")])
    assert precision == pytest.approx(3 / 6)
    assert recall == pytest.approx(3 / 4)
    assert f1 == pytest.approx(2 * 0.5 * 0.75 / 1.25)
    assert micro([]) == (0.0, 0.0, 0.0)


def test_snippets_ignore_whitespace_differences() -> None:
    text = "The  quick\nbrown fox.\n\nFooter links"
    score = snippets(text, ["quick brown fox", "lazy dog"], ["Footer links", "Cookie banner"])
    assert (score.with_found, score.with_total) == (1, 2)
    assert (score.without_absent, score.without_total) == (1, 2)


def test_cjk_snippet_matches_across_inserted_spaces_but_latin_does_not() -> None:
    hay = Haystack("東京 都の 天気\nis fine")
    assert hay.contains("東京都の天気")
    assert not hay.contains("isfine")


def test_empty_extraction_keeps_all_without_snippets_out() -> None:
    score = snippets("", ["a"], ["b", "c"])
    assert (score.with_found, score.without_absent) == (0, 2)


def test_prefix_must_start_the_extraction() -> None:
    hay = Haystack("  Headline text\nand the body follows")
    assert hay.starts_with("Headline   text and the")
    assert not hay.starts_with("the body")


def test_title_exact_ignores_case_and_punctuation() -> None:
    score = title_match("Breaking: Houston hires Coach!", "breaking houston hires coach")
    assert score.exact
    assert score.contains


def test_title_contains_either_way_on_whole_tokens() -> None:
    assert title_match("Houston hires coach | Sports Site", "Houston hires coach").contains
    assert title_match("hires", "Houston hires coach").contains
    assert not title_match("Houston hires coach | Sports", "Houston hires coach").exact
    assert not title_match("hire", "Houston hires coach").contains  # not a token match
    assert title_match(None, "Houston") == title_match("", "Houston")
    assert not title_match(None, "Houston").contains


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2019-10-16", (2019, 10, 16)),
        ("2005-5-7 21:23:57", (2005, 5, 7)),
        ("2016-12-09T09:13:00.000Z", (2016, 12, 9)),
        ("2021-11-01T10:52:50+0100", (2021, 11, 1)),
        ("2024年1月2日 10時", (2024, 1, 2)),
        ("２０２４年１月２日", (2024, 1, 2)),
        pytest.param(
            "May 5, 2019",
            (2019, 5, 5),
            marks=pytest.mark.skipif(find_spec("dateutil") is None, reason="dateutil fallback not installed"),
        ),
    ],
)
def test_parse_date_reads_the_calendar_day(text: str, day: tuple[int, int, int]) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert (parsed.local.year, parsed.local.month, parsed.local.day) == day


def test_parse_date_rejects_garbage_and_impossible_days() -> None:
    assert parse_date("no date here") is None
    assert parse_date("2024-02-31") is None
    assert parse_date(None) is None


def test_same_day_is_lenient_about_time_zones() -> None:
    gold = "2016-12-09T23:13:00.000-05:00"  # 2016-12-10 in UTC
    assert same_day("2016-12-09", gold)
    assert same_day("2016-12-10", gold)
    assert not same_day("2016-12-11", gold)
    jst = timezone(timedelta(hours=9))
    assert same_day(datetime(2019, 4, 19, 20, 0, tzinfo=jst), "2019-04-19T11:00:00.000Z")


def test_same_day_misses_and_unreadable_gold() -> None:
    assert same_day(None, "2020-01-01") is False
    assert same_day("garbage", "2020-01-01") is False
    assert same_day("2020-01-01", "unknown") is None
