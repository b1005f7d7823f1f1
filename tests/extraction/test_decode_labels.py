"""Charset labels naming a codec no page is written in (base64, rot13, zlib, undefined...) are
ignored like unknown labels: decode never raises."""

from __future__ import annotations

import pytest

import kijiyomi
from kijiyomi.decode import decode, normalize_label

_SENTENCE = (
    "市議会は二十六日、冬季の除雪体制を見直す条例案を賛成多数で可決した。市民からは歓迎の声が出ている。"
)
_NOT_PAGE_LABELS = [
    "base64",
    "rot13",
    "hex",
    "zlib",
    "bz2",
    "uu",
    "quopri",
    "undefined",
    "unicode_escape",
    "punycode",
]


def _page(meta: str) -> bytes:
    body = f"<p>{_SENTENCE}</p>" * 5
    return f"<html><head>{meta}</head><body><article><h1>見出し</h1>{body}</article></body></html>".encode()


@pytest.mark.parametrize("label", _NOT_PAGE_LABELS)
def test_a_meta_charset_of_a_non_page_codec_is_ignored(label: str) -> None:
    # base64 & co raised LookupError ("not a text encoding") out of extract(); undefined a UnicodeError
    result = kijiyomi.extract(_page(f'<meta charset="{label}">'))
    assert result.ok, result
    assert _SENTENCE in result.text


@pytest.mark.parametrize("label", [*_NOT_PAGE_LABELS, "utf-8\x00", "\x00"])
def test_an_http_charset_of_a_non_page_codec_is_ignored(label: str) -> None:
    decoded = decode(_page(""), http_charset=label)  # a NUL made codecs.lookup raise ValueError
    assert decoded.encoding == "utf-8"
    assert normalize_label(label) is None


def test_page_codecs_are_still_known() -> None:
    assert [normalize_label(label) for label in ("Shift_JIS", "euc-jp", "UTF-8", "iso-8859-1")] == [
        "cp932",
        "euc_jis_2004",
        "utf-8",
        "cp1252",
    ]
