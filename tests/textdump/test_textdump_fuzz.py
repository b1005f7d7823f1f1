"""Any text at all gets an answer: an Article with a body, or a Rejection that says why."""

from __future__ import annotations

import pytest

from kijiyomi.options import ExtractOptions
from kijiyomi.textdump.extractor import extract_text
from kijiyomi.types import Article, Rejection

OPTIONS = ExtractOptions()


hypothesis = pytest.importorskip("hypothesis")


@hypothesis.settings(max_examples=150, deadline=None)
@hypothesis.given(
    hypothesis.strategies.lists(
        hypothesis.strategies.one_of(
            hypothesis.strategies.text(max_size=120),
            hypothesis.strategies.sampled_from(
                ["", "　", "ランキング", "1", "Related", "2024年1月2日 3時4分", "© 2024 Example", "[共同]",
                 "本文の段落がここに続いて、何かが起きたと伝えた。", "A sentence that ends the way prose does."]
            ),
        ),
        max_size=60,
    ),
    hypothesis.strategies.sampled_from(["\n", "\r\n", "\r", "\n\n"]),
)  # fmt: skip
def test_any_text_gets_an_answer(parts: list[str], newline: str) -> None:
    result = extract_text(newline.join(parts) or " ", url=None, options=OPTIONS)
    assert isinstance(result, Article | Rejection)
    if isinstance(result, Article):
        assert result.blocks
        assert result.published is None or result.published.tzinfo is not None
    else:
        assert result.detail
