"""Hostile inputs: every one gets an article or a typed rejection, never a crash or a hang.

Time and memory of these cases are measured by bench/hostile.py; here the timeout only catches hangs.
"""

from __future__ import annotations

import gzip
import os

import pytest

import kijiyomi
from kijiyomi import Article, InputError, Rejection, RejectReason

SENTENCE = "This paragraph is a complete sentence, with enough words to count as prose."


def _prose_page(body: str) -> bytes:
    return f"<html><head><title>T</title></head><body>{body}</body></html>".encode()


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", "   ", b"\x00\x00\x00"])
def test_empty_inputs_are_rejected(data: bytes | str) -> None:
    result = kijiyomi.extract(data)
    assert isinstance(result, Rejection)
    assert result.reason in (RejectReason.EMPTY, RejectReason.BINARY)


@pytest.mark.parametrize(
    "data",
    [
        os.urandom(4096),
        b"\x89PNG\r\n\x1a\n" + os.urandom(500),
        b"%PDF-1.7\n" + os.urandom(500),
        gzip.compress(b"x" * 99),
    ],
)
def test_binary_garbage_is_rejected(data: bytes) -> None:
    result = kijiyomi.extract(data)
    assert isinstance(result, Rejection)
    assert result.reason in (RejectReason.BINARY, RejectReason.NO_CONTENT, RejectReason.EMPTY)


def test_wrong_type_is_a_typed_error() -> None:
    with pytest.raises(InputError):
        kijiyomi.extract(12345)  # type: ignore[arg-type]


def test_nul_bytes_inside_a_page_are_ignored() -> None:
    page = _prose_page(f"<p>{SENTENCE * 3}</p>\x00<p>{SENTENCE * 3} Again.</p>").replace(
        b"T</title>", b"T\x00</title>"
    )
    result = kijiyomi.extract(page)
    assert isinstance(result, Article)
    assert "\x00" not in result.text and SENTENCE in result.text


@pytest.mark.timeout(60)
def test_fifty_megabyte_page_is_answered() -> None:
    paragraph = f'<div class="item"><p>{SENTENCE}</p><a href="/x">more</a></div>\n'
    page = _prose_page(paragraph * (50_000_000 // len(paragraph)))
    assert len(page) > 49_000_000
    result = kijiyomi.extract(page)
    assert isinstance(result, Article | Rejection)
    if isinstance(result, Article):
        assert any("cut" in warning or "stopped" in warning for warning in result.warnings)


@pytest.mark.timeout(60)
def test_hundred_thousand_nested_divs() -> None:
    body = "<div>" * 100_000 + f"<p>{SENTENCE} {SENTENCE} {SENTENCE}</p>" + "</div>" * 100_000
    result = kijiyomi.extract(_prose_page(body))
    assert isinstance(result, Article)
    assert SENTENCE in result.text
    assert any("nested deeper" in warning for warning in result.warnings)


@pytest.mark.timeout(60)
def test_million_sibling_paragraphs() -> None:
    body = "".join(f"<p>Paragraph {n} says something, and ends here.</p>" for n in range(1_000_000))
    result = kijiyomi.extract(_prose_page(body))
    assert isinstance(result, Article)
    assert result.text.startswith("Paragraph 0 says something")
    assert result.warnings  # cut or stopped early, and it says so


@pytest.mark.timeout(60)
def test_twenty_megabyte_single_line() -> None:
    result = kijiyomi.extract(_prose_page("<p>" + "word, " * 3_500_000 + "end.</p>"))
    assert isinstance(result, Article | Rejection)


def test_dtd_entities_are_not_expanded_and_files_never_read() -> None:
    page = b"""<?xml version="1.0"?>
<!DOCTYPE html [
  <!ENTITY secret SYSTEM "file:///etc/passwd">
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<html><body><p>&secret; &c; This page tries an entity expansion attack, and it must fail quietly.</p>
<p>A second paragraph gives the page enough prose to be read as an article, as it should.</p></body></html>"""
    result = kijiyomi.extract(page)
    text = result.text if isinstance(result, Article) else ""
    assert "root:" not in text
    assert "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" not in text
    assert isinstance(result, Article)


def test_gzip_bomb_is_rejected_as_too_large(tmp_path: object) -> None:
    from pathlib import Path

    bomb = Path(str(tmp_path)) / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * 200_000_000, compresslevel=9))
    result = kijiyomi.extract_file(bomb)
    assert isinstance(result, Rejection)
    assert result.reason is RejectReason.TOO_LARGE


def test_corrupt_gzip_is_a_typed_error(tmp_path: object) -> None:
    from pathlib import Path

    broken = Path(str(tmp_path)) / "broken.html.gz"
    broken.write_bytes(gzip.compress(b"<p>hello</p>" * 1000)[:40])
    with pytest.raises(InputError):
        kijiyomi.extract_file(broken)


def test_missing_file_is_a_typed_error() -> None:
    with pytest.raises(InputError):
        kijiyomi.extract_file("/nonexistent/page.html")


def test_an_endless_file_is_read_only_up_to_the_cap() -> None:
    options = kijiyomi.ExtractOptions(max_bytes=1_000_000)
    result = kijiyomi.extract_file("/dev/zero", options=options)  # would never end if read whole
    assert isinstance(result, Rejection)
    assert result.reason is RejectReason.TOO_LARGE


def test_over_the_size_cap_is_rejected() -> None:
    options = kijiyomi.ExtractOptions(max_bytes=1000)
    result = kijiyomi.extract(_prose_page(f"<p>{SENTENCE}</p>" * 100), options=options)
    assert isinstance(result, Rejection)
    assert result.reason is RejectReason.TOO_LARGE
