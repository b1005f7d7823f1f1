"""A page URL that cannot be parsed is a hint gone bad, never a crash."""

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
