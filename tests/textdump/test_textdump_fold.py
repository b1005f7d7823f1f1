"""The fast hints (``in`` tests, patterns rewritten to open with a rare character) answer as the
plain patterns they stand for, on synthetic lines that include the case-folding traps."""

from __future__ import annotations

import re

import pytest

from kijiyomi.metadata.credits import parse_photo_credit
from kijiyomi.textdump import facts, headline, signals, vocab
from kijiyomi.textdump.fold import TRAPS, lower_is_exact

SAMPLES = [
    "Subscribe to our newsletter",
    "\u017fubscribe now",  # ſ: IGNORECASE's s
    "LOG\u0130N",  # İ: IGNORECASE's i
    "Coo\u212aie settings",  # the Kelvin sign: IGNORECASE's k
    "pr\u0131vacy policy",  # ı: IGNORECASE's i
    "All Rights Reserved. (C) 2024 Example Media",
    "Copyright 2024 Example",
    "©Jane Roe/dpa",
    "記事の無断転載を禁じます。著作権は例社に帰属します。",
    "写真＝共同",
    "A harbour at dawn (Photo by Jane Roe)",
    "Fishermen mend their nets. Photo: Jane Roe/Example Agency",
    "Fishermen mend their nets. PHOTO BY JANE ROE",
    "Getty Images",
    "dpa-Infocom",
    "Published 2024-05-01 10:00",
    "令和6年5月1日",
    "平成の終わりに",
    "昭和",
    "1.05.24 um 10:00",
    "It was 12 noon. Then it rained",
    "A short sentence. Another one follows",
    "ニュース。続き",
    "By Jane Roe",
    "Posted by John Doe | 3 min read",
    "山田太郎記者",
    "文・山田太郎",
    "(Reuters) - A story begins",
    "[ロイター]",
    "配信：共同通信",
    "source: Reuters",
    "plain words without any hint at all",
    "",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_lower_is_exact_only_without_traps(text: str) -> None:
    assert lower_is_exact(text) == (not any(trap in text for trap in TRAPS))


@pytest.mark.parametrize("text", SAMPLES)
def test_word_hints_answer_as_their_patterns(text: str) -> None:
    assert vocab.chrome_words(text) == (vocab._CHROME_WORDS.search(text) is not None)
    if text:
        assert signals._credit_hint(text) == (signals._CREDIT_HINT.search(text) is not None)
    assert signals._rights_hint(text) == (signals._RIGHTS_HINT.search(text) is not None)


def test_traps_are_found_the_ignorecase_way() -> None:
    assert vocab.chrome_words("\u017fubscribe now")
    assert vocab.chrome_words("LOG\u0130N")
    assert not vocab.chrome_words("nothing to see")


@pytest.mark.parametrize("text", SAMPLES)
def test_rewritten_patterns_match_where_the_plain_ones_do(text: str) -> None:
    plain_date = re.compile(r"\d{4}|令和|平成|昭和|\d[.．]\d\d[.．]\d")
    plain_words = re.compile(
        r"opyright|ights reserved|無断|著作権|撮影|写真|提供|配信|出典|"
        r"Getty|REUTERS|Reuters|AFP|AP|dpa|Photo|photo|Foto|Bild|Image|Credit|Source"
    )
    plain_second = re.compile(r"[a-z]{2}\. [A-Z]|。.")
    found = signals.DATE_HINT.search(text)
    expected = plain_date.search(text)
    assert (found and found.start()) == (expected and expected.start())
    assert (facts._HINT_WORDS.search(text) is None) == (plain_words.search(text) is None)
    assert (headline._SECOND_SENTENCE.search(text) is None) == (plain_second.search(text) is None)


@pytest.mark.parametrize("text", SAMPLES)
def test_prefiltered_parsers_answer_as_the_patterns(text: str) -> None:
    stripped = text.strip()
    expected_byline = signals._BYLINE.match(stripped) is not None
    assert (signals.byline(text) is not None) <= expected_byline
    if expected_byline and text in ("By Jane Roe", "山田太郎記者", "文・山田太郎"):
        assert signals.byline(text) in ("Jane Roe", "山田太郎")
    agency_hint = re.compile(r"[\[［【(（〔=＝]|^\s*(?:配信|提供|出典|Source|[-–—©])", re.IGNORECASE)
    if agency_hint.search(text) is None:
        assert signals.agency_line(text) is None


def test_credits_behind_each_tail_pattern() -> None:
    assert parse_photo_credit("Fishermen mend their nets. Photo by Jane Roe") == (
        "Fishermen mend their nets.",
        "Photo by Jane Roe",
    )
    assert parse_photo_credit("漁港の朝＝共同") == ("漁港の朝", "共同")
    assert parse_photo_credit("Der Hafen am Morgen. © Jane Roe/dpa") is not None
    assert parse_photo_credit("The harbour at dawn. Jane Roe/Getty Images") is not None
    assert parse_photo_credit("The harbour at dawn, seen from the hill") is None


DATED = [
    "Published 12 March 2024, 10:00 GMT",
    "Mon, 12 Mar 2024 10:00:00 +0000",
    "Updated: 2024-03-12 10:00",
    "Thursday, September 5th, 2024 at 7:30 pm",
    "le 3 décembre 2023 à 18h05",
    "am 1. Mai 2024 um 10:30 Uhr",
    "12 марта 2024",
    "2024年3月12日 10時00分",
    "\u017feptember 5, 2024",  # ſ: IGNORECASE's s
    "The meeting in 2024 will decide the budget",
]


@pytest.mark.parametrize("text", DATED)
def test_date_lookaheads_change_no_match(text: str) -> None:
    from kijiyomi.metadata import dates

    for kind, pattern in dates._DATE_PATTERNS:
        plain = pattern.pattern
        for lookahead in (dates._NAME_FIRST, dates._MONTH_FIRST, dates._DMY_FIRST):
            plain = plain.replace(lookahead, "")
        spans = [(m.start(), m.end(), m.groupdict()) for m in re.finditer(plain, text)]
        assert [(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(text)] == spans, kind


@pytest.mark.parametrize("text", SAMPLES + DATED)
def test_sentence_stops_counted_as_before(text: str) -> None:
    from kijiyomi.textdump.features import sentences

    plain = re.compile(r"[。．！？!?]|[a-z0-9)\]\"”’'][.!?](?:\s|$)")
    assert sentences(text) == len(plain.findall(text))


def test_rights_hints_find_the_words_in_any_case() -> None:
    plains = [
        "A paragraph about nothing in particular.",
        "COPYRIGHT 2024 EXAMPLE MEDIA",
        "\u0130stanbul bureau",  # İ lowers to two characters: lines are still counted right
        "Some Rights Reserved by the author",
        "記事の無断転載を禁じます",
        "(C) Example",
        "copyleft, not a rights line",
    ]
    assert list(signals.rights_hints(plains, 0)) == [1, 3, 4, 5]
    assert list(signals.rights_hints(plains, 4)) == [4, 5]


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (vocab._CHROME_WORDS, vocab._CHROME_WORD_LIST),
        (signals._CREDIT_HINT, signals._CREDIT_MARKS + signals._CREDIT_WORDS),
        (signals._RIGHTS_HINT, signals._RIGHTS_MARKS + signals._RIGHTS_WORDS),
        (signals._MODIFIED, signals._MODIFIED_WORDS),
    ],
)
def test_word_lists_follow_their_patterns(pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
    from kijiyomi.textdump.dispatch import split_alternatives

    for word in words:  # every word is one the pattern finds
        assert pattern.fullmatch(word) is not None, word
    for alternative in split_alternatives(pattern.pattern):  # every plain word of the pattern is listed
        if re.escape(alternative) == alternative.replace(" ", "\\ "):
            assert alternative.lower() in words, alternative
