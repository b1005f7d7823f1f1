"""Bytes to text: declared, missing and wrong charsets, UTF-16, bad bytes; property tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kijiyomi
from kijiyomi import Article, Rejection
from kijiyomi.decode import decode

JA = "港町で新しい冷凍技術の説明会が開かれた。関係者約八十人が参加し、試食会も行われた。" * 20


def _page(text: str, meta: str = "") -> str:
    return f"<html><head>{meta}<title>記事</title></head><body><p>{text}</p></body></html>"


@pytest.mark.parametrize("codec", ["utf-8", "cp932", "euc_jp", "iso2022_jp"])
def test_japanese_encodings_without_any_declaration(codec: str) -> None:
    decoded = decode(_page(JA).encode(codec))
    assert JA in decoded.text
    assert decoded.replaced == 0


@pytest.mark.parametrize(
    ("declared", "actual"), [("utf-8", "cp932"), ("shift_jis", "euc_jp"), ("euc-jp", "utf-8")]
)
def test_wrong_declaration_loses_to_the_bytes(declared: str, actual: str) -> None:
    data = _page(JA, f'<meta charset="{declared}">').encode(actual)
    assert JA in decode(data).text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_with_and_without_bom(codec: str) -> None:
    data = _page(JA).encode(codec)
    result = kijiyomi.extract(data)
    assert isinstance(result, Article)
    assert JA in result.text


def test_a_few_bad_bytes_cost_a_few_characters() -> None:
    data = _page(JA, '<meta charset="shift_jis">').encode("cp932")
    broken = data[:300] + b"\xff\xfe\xff" + data[300:]
    decoded = decode(broken)
    assert decoded.encoding == "cp932"
    assert 0 < decoded.replaced <= 3
    assert JA[:40] in decoded.text or JA[-40:] in decoded.text


def test_http_charset_is_used() -> None:
    data = _page(JA).encode("euc_jp")
    assert decode(data, http_charset="EUC-JP").source == "http"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_decode_never_raises_on_any_bytes(data: bytes) -> None:
    decoded = decode(data)
    assert isinstance(decoded.text, str)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_utf8_text_round_trips(text: str) -> None:
    assert decode(text.encode("utf-8")).text.replace("\ufeff", "") == text.replace(
        "\ufeff", ""
    ) or text.startswith("\ufeff")


_TAGS = st.sampled_from(
    ["p", "div", "span", "a", "li", "ul", "h1", "h2", "table", "td", "script", "b", "article"]
)


@st.composite
def _markup(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(_TAGS)
        text = draw(st.text(max_size=80))
        parts.append(f"<{tag}>{text}" + (f"</{tag}>" if draw(st.booleans()) else ""))
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(st.one_of(_markup(), st.text(max_size=2000), st.binary(max_size=2000)))
def test_extract_always_answers(source: str | bytes) -> None:
    result = kijiyomi.extract(source)
    assert isinstance(result, Article | Rejection)
    if isinstance(result, Rejection):
        assert result.reason.value
    else:
        assert result.text or result.blocks == ()
