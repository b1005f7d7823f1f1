"""HTML or a text dump: kind="auto" must tell them apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from kijiyomi.sniff import looks_like_html

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p></body></html>",
        "\ufeff  <!-- saved page -->\n<html lang=ja><body>本文</body></html>",
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
        "<div class='article'><h1>Title</h1><p>First paragraph.</p><p>Second one.</p></div>",
        "<p>Hello</p><p>World</p><div>x</div>",
        "<article>\n<h2>見出し</h2>\n<p>本文です。</p>\n<p>続きです。</p>\n</article>\n",
    ],
)
def test_markup_is_html(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "Plain text with a stray < sign and a > sign.\nSecond line.",
        "If a < b and b > c then a < c.\n" * 30,
        "The <div> element groups content; <p> holds a paragraph.\n"
        + "An ordinary sentence follows here.\n" * 40,
        "記事本文です。<b>太字</b>の例を示します。\n" + "本文が続きます。\n" * 50,
        "Contact: Jane Doe <jane@example.com>\nPhone: 555-0100\n",
    ],
)
def test_dumps_are_text(text: str) -> None:
    assert not looks_like_html(text)


@pytest.mark.parametrize("name", sorted(path.name for path in FIXTURES.glob("*.txt")))
def test_fixtures_are_text(name: str) -> None:
    assert not looks_like_html((FIXTURES / name).read_text(encoding="utf-8"))
