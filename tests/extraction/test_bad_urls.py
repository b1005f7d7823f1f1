"""Hints gone bad (a page URL urllib cannot parse) and warnings: an answer, never a crash or a repeat."""

from __future__ import annotations

import pytest

import kijiyomi
from kijiyomi.types import Article

BODY = "政府は新しい経済対策を発表した。" * 20
PAGE = f"<html><head><title>経済対策</title></head><body><article><p>{BODY}</p></article></body></html>"


@pytest.mark.parametrize(
    "url", ["http://[bad", "http://[::1", "https://a:b:c/x", "://", "http://exa mple.com/\x00"]
)
@pytest.mark.parametrize("kind", ["html", "text"])
def test_malformed_urls_still_give_the_article(url: str, kind: str) -> None:
    source = PAGE.encode("utf-8") if kind == "html" else f"経済対策\n\n{BODY}\n"
    result = kijiyomi.extract(source, url=url, kind=kind)  # type: ignore[arg-type]
    assert isinstance(result, Article)
    assert BODY in result.text


def test_main_content_mode_reports_each_warning_once() -> None:
    from kijiyomi.options import ExtractOptions

    page = (
        '<html lang="en"><head><title>Ferry</title>'
        '<meta property="article:published_time" content="2024-03-01T10:00:00"></head>'
        "<body><article><h1>Ferry</h1><p>"
        + "The council voted to extend the ferry service into the winter months. " * 6
        + "</p></article></body></html>"
    ).encode()
    for reject in (True, False):
        result = kijiyomi.extract(page, options=ExtractOptions(reject_non_articles=reject))
        assert isinstance(result, Article)
        assert len(result.warnings) == len(set(result.warnings)) >= 1
