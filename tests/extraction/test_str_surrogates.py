"""A page given as ``str`` may hold lone surrogates (``surrogateescape``d bytes): still an answer."""

from __future__ import annotations

import json

import pytest

import kijiyomi
from kijiyomi.api import decode_str

_SENTENCE = (
    "市議会は二十六日、冬季の除雪体制を見直す条例案を賛成多数で可決した。市民からは歓迎の声が出ている。"
)


def _dump(mark: str) -> str:
    return "除雪体制を見直し\n\n" + "".join(f"{_SENTENCE}{mark}\n\n" for _ in range(6))


def _page(mark: str) -> str:
    paragraphs = "".join(f"<p>{_SENTENCE}{mark}</p>" for _ in range(6))
    return f"<html><body><article><h1>除雪体制を見直し</h1>{paragraphs}</article></body></html>"


@pytest.mark.parametrize("points", [(0xDCFF,), (0xD800,), (0xDC80, 0xDC81)])
def test_a_text_dump_with_lone_surrogates_is_extracted_with_replacement_characters(
    points: tuple[int, ...],
) -> None:
    result = kijiyomi.extract(_dump("".join(map(chr, points))), kind="text")  # raised UnicodeEncodeError
    assert result.ok, result
    assert "\ufffd" in result.text
    assert not any("\ud800" <= c <= "\udfff" for c in result.text)
    json.loads(result.to_json())
    result.text.encode("utf-8")


def test_the_same_dump_without_surrogates_is_unchanged() -> None:
    plain = kijiyomi.extract(_dump(""), kind="text")
    marked = kijiyomi.extract(_dump("\udcff"), kind="text")
    assert plain.ok and marked.ok
    assert marked.text.replace("\ufffd", "") == plain.text


def test_an_html_str_with_surrogates_says_how_many_were_replaced() -> None:
    result = kijiyomi.extract(_page("\udcff"))
    assert result.ok, result
    assert "6 undecodable bytes replaced (str)" in result.warnings


def test_decode_str_counts_replacements() -> None:
    assert decode_str("a\udcffb\ud800").text == "a\ufffdb\ufffd"
    assert decode_str("a\udcffb\ud800").replaced == 2
    assert decode_str("記事").replaced == 0


def test_a_url_with_lone_surrogates_is_kept_with_replacement_characters() -> None:
    result = kijiyomi.extract(_dump(""), kind="text", url="https://news.example.jp/\udcff記事")
    assert result.ok
    assert result.url == "https://news.example.jp/\ufffd記事"
    result.to_json().encode("utf-8")
