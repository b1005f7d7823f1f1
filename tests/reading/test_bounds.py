"""Bounded work per document: over-long sentences are cut, over-long texts read in part."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kijiyomi.reading import api, read
from kijiyomi.reading.sentences import MAX_SENTENCE_CHARS, split_sentences

PUBLISHED = datetime(2025, 3, 4, 9, 30, tzinfo=timezone(timedelta(hours=9)))


def test_a_run_without_full_stops_is_cut_into_bounded_pieces_that_keep_every_character() -> None:
    text = "港湾局と漁協が参加する協議会の" * 200 + "。"
    pieces = split_sentences(text)
    assert len(pieces) > 1
    assert max(len(piece.text) for piece in pieces) <= MAX_SENTENCE_CHARS
    assert "".join(piece.text for piece in pieces) == text
    assert all(text[piece.start : piece.end] == piece.text for piece in pieces)


def test_an_over_long_run_is_cut_after_a_comma_near_the_limit() -> None:
    clause = "市は新しい堤防の工事を来年度に始める方針を示し" * 6  # 138 characters, no comma
    text = f"{clause}、{clause}、{clause}、{clause}。"
    pieces = [piece.text for piece in split_sentences(text)]
    assert len(pieces) == 2
    assert pieces[0].endswith("、")
    assert "".join(pieces) == text


def test_ordinary_sentences_are_not_cut() -> None:
    text = "政府は3日、新たな支援策を発表した。「早急に対応する」と首相は述べた。"
    assert [piece.text for piece in split_sentences(text)] == [
        "政府は3日、新たな支援策を発表した。",
        "「早急に対応する」と首相は述べた。",
    ]


@pytest.mark.ja_models
@pytest.mark.usefixtures("sudachi")
def test_only_the_start_of_an_over_long_text_is_read_with_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(api, "MAX_READ_CHARS", 200)
    paragraph = "東京都は4日、臨海部の再開発計画を発表した。都の担当者は「来年度に着工する」と述べた。\n\n"
    text = paragraph * 10
    reading = read(text, PUBLISHED)
    assert reading.text == text
    assert any("only the first 200" in warning for warning in reading.warnings)
    assert reading.entities and reading.sentences
    assert max(sentence.end for sentence in reading.sentences) <= 200
    assert all(mention.end <= 200 for entity in reading.entities for mention in entity.mentions)
