from __future__ import annotations

import sys

import pytest

from kijiyomi.reading.tokens import SUDACHI_MAX_BYTES, chunks, tokenize

pytestmark = pytest.mark.ja_models


def test_chunks_stay_under_the_byte_limit_and_cover_the_text() -> None:
    text = ("東京で会談した。" * 5000) + "終わり"
    pieces = chunks(text)
    assert len(pieces) > 1
    assert "".join(piece for _, piece in pieces) == text
    for offset, piece in pieces:
        assert text[offset : offset + len(piece)] == piece
        assert len(piece.encode("utf-8")) < SUDACHI_MAX_BYTES


def test_chunks_without_any_break_character() -> None:
    text = "あ" * 40_000
    assert "".join(piece for _, piece in chunks(text)) == text


def test_tokens_have_offsets_into_long_inputs(sudachi: None) -> None:
    text = "ロシアの外相は会談した。" * 6000  # ~216,000 bytes, far over Sudachi's limit
    tokens = tokenize(text)
    assert tokens[-1].end == len(text)
    for token in tokens[:50] + tokens[-50:]:
        assert text[token.start : token.end] == token.surface


def test_part_of_speech(sudachi: None) -> None:
    tokens = tokenize("鈴木一郎氏はパリを訪れた。")
    by_surface = {token.surface: token for token in tokens}
    assert by_surface["パリ"].is_place_name
    assert any(token.is_person_name for token in tokens)


def test_missing_sudachi_is_a_dependency_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from kijiyomi.errors import DependencyError
    from kijiyomi.reading import tokens

    monkeypatch.setattr(tokens, "_state", {})
    monkeypatch.setitem(sys.modules, "sudachipy", None)
    with pytest.raises(DependencyError, match=r"kijiyomi\[ja\]"):
        tokenize("東京")


def test_a_bracketed_alias_glued_to_a_noun_is_split_off() -> None:
    found = tokenize("紛争処理小委員会（パネル）の報告書")
    surfaces = [t.surface for t in found]
    assert "（" in surfaces and "パネル" in surfaces and "）" in surfaces
    assert all(t.surface == "紛争処理小委員会（パネル）の報告書"[t.start : t.end] for t in found)
