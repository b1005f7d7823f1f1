"""A box of other stories' blurbs cut off with an ellipsis ends the story (``end_at_excerpts``).

Synthetic news pages: a story of five paragraphs, then a "More from the desk" box whose items are
a linked headline and the first words of another story ending in "…". The rule is pinned on the
segments directly and through ``kijiyomi.extract`` with the rules (and, for the blurbs, with the
shipped model).
"""

from __future__ import annotations

import pytest
from page_walk import texts, walk_body

import kijiyomi
from kijiyomi.html import classifier
from kijiyomi.html.content import end_at_excerpts
from kijiyomi.options import ExtractOptions
from kijiyomi.types import Article

_STORY = (
    "The city council voted on Tuesday to turn the old town hall into a public library, ending a "
    "debate that had run for almost three years.",
    "The building, closed since an inspection found its roof unsafe, will get a new roof, a lift "
    "and a reading room for children on the ground floor.",
    "Work is to start in the spring and cost about twelve million, most of it from a state grant "
    "that the council won last year.",
    "Residents who had campaigned to keep the building welcomed the vote. One of them said the "
    "town had finally listened to the people who use it.",
    "The library is expected to open its doors in the autumn of next year, the mayor told "
    "reporters after the meeting.",
)
_BLURBS = (
    "A ferry that ran aground near the harbour was towed free on Monday night after the tide rose, "
    "and its forty passengers were",
    "Farmers in the valley say the dry summer has cut their harvest by a third, and some of them "
    "now fear that the wells",
    "The regional rail operator will add two evening trains to the coastal line from December, "
    "answering complaints from commuters who",
    "A local bakery has won a national prize for its rye bread, the third award for the family "
    "business since its founder",
)


def _story() -> str:
    return "".join(f"<p>{paragraph}</p>" for paragraph in _STORY)


def _box(ellipsis: str = "…", count: int = 4) -> str:
    items = "".join(
        f'<div class="card"><h3><a href="/s/{i}">Headline number {i}</a></h3><p>{blurb}{ellipsis}</p></div>'
        for i, blurb in enumerate(_BLURBS[:count])
    )
    return f"<section><h2>More from the desk</h2>{items}</section>"


def test_a_box_of_cut_off_blurbs_ends_the_story_with_its_label() -> None:
    found, scored = walk_body(f"<div>{_story()}{_box()}</div>")
    # the rules would keep the box's label and its blurbs (the linked headlines are dropped)
    body = [index for index, weights in enumerate(scored) if weights.link_density <= 0.45]
    assert len(body) == len(_STORY) + 1 + 4
    assert texts(found, end_at_excerpts(found, scored, body)) == list(_STORY)


def test_three_dots_end_a_blurb_too() -> None:
    found, scored = walk_body(f"<div>{_story()}{_box('...')}</div>")
    body = [index for index, weights in enumerate(scored) if weights.link_density <= 0.45]
    assert texts(found, end_at_excerpts(found, scored, body)) == list(_STORY)


def test_two_blurbs_are_not_enough() -> None:
    found, scored = walk_body(f"<div>{_story()}{_box(count=2)}</div>")
    body = [index for index, weights in enumerate(scored) if weights.link_density <= 0.45]
    assert end_at_excerpts(found, scored, body) == body


def test_a_story_that_trails_off_early_is_kept() -> None:
    # the cut-off lines come before most of the story's prose: quotes that trail off, not teasers
    trailing = "".join(f"<p>{blurb}…</p>" for blurb in _BLURBS[:3])
    found, scored = walk_body(f"<div>{trailing}{_story()}{_story()}</div>")
    body = list(range(len(found.segments)))
    assert end_at_excerpts(found, scored, body) == body


def test_a_catalogue_of_blurbs_in_the_story_list_is_kept() -> None:
    # the page's own list of programmes, each a name and the start of its description
    items = "".join(f"<li><p>{blurb}…</p></li>" for blurb in _BLURBS)
    found, scored = walk_body(f"<div>{_story()}<ul><li><p>{_STORY[0]}</p></li>{items}</ul></div>")
    body = list(range(len(found.segments)))
    assert end_at_excerpts(found, scored, body) == body


@pytest.mark.parametrize("model", ["off", "shipped"])
def test_extract_leaves_the_teaser_box_out(model: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if model == "off":
        monkeypatch.setattr(classifier, "load_model", lambda: None)
    page = (
        "<!doctype html><html><head><title>Old town hall becomes a library</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        f"<main><article><h1>Old town hall becomes a library</h1>{_story()}</article>{_box()}</main>"
        "</body></html>"
    )
    result = kijiyomi.extract(page, options=ExtractOptions(reject_non_articles=False))
    assert isinstance(result, Article)
    assert _STORY[-1] in result.text
    assert not any(blurb[:40] in result.text for blurb in _BLURBS)
    if model == "off":  # (the shipped model leaves the blurbs out by itself and may keep the label)
        assert "More from the desk" not in result.text
