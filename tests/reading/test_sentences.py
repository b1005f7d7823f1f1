from __future__ import annotations

from kijiyomi.reading.sentences import paragraph_index, split_sentences


def texts(text: str) -> list[str]:
    return [span.text for span in split_sentences(text)]


def test_splits_on_sentence_enders() -> None:
    assert texts("雨が降った。風も強い！本当か？") == ["雨が降った。", "風も強い！", "本当か？"]


def test_does_not_split_inside_quotes_and_parentheses() -> None:
    text = "首相は「景気は回復した。賃金も上がる」と述べた。会見は（午後。）終わった。"
    assert texts(text) == ["首相は「景気は回復した。賃金も上がる」と述べた。", "会見は（午後。）終わった。"]


def test_nested_brackets() -> None:
    text = "彼は「『危機だ。』と書いた（原文。）」と語った。次だ。"
    assert texts(text) == ["彼は「『危機だ。』と書いた（原文。）」と語った。", "次だ。"]


def test_line_break_ends_a_sentence_and_an_unclosed_bracket() -> None:
    text = "見出し「未完\n本文です。"
    assert texts(text) == ["見出し「未完", "本文です。"]


def test_offsets_point_into_the_text() -> None:
    text = "  一つ目。\n\n二つ目。 三つ目"
    for span in split_sentences(text):
        assert text[span.start : span.end] == span.text
    assert texts(text) == ["一つ目。", "二つ目。", "三つ目"]


def test_paragraph_numbers() -> None:
    text = "一。二。\n\n三。\n\n四。"
    spans = split_sentences(text)
    assert paragraph_index(text, spans) == [0, 0, 1, 2]


def test_empty_text() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n ") == []
