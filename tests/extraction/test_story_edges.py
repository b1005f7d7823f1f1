"""Where a short story ends and whether it is a listing: teaser boxes after it, runs of paragraphs.

``content.end_at_related`` cuts a body before a "related stories" box that follows the story, and
``content.looks_like_listing`` does not take a short story of sibling paragraphs for a listing.
The model is switched off or the segments are chosen by hand, so each test pins one rule.
"""

from __future__ import annotations

import pytest

import kijiyomi
from kijiyomi.html import classifier
from kijiyomi.html.content import (
    end_at_related,
    looks_like_listing,
    prose_run,
    with_linked_siblings,
)
from kijiyomi.html.dom import Walk
from kijiyomi.html.phrases import is_comments_label, is_related_label
from kijiyomi.options import ExtractOptions
from kijiyomi.types import Article

from .segments import walk_body

_STORY = (
    "The council voted on Tuesday to build a second ferry pier at the north harbour this spring.",
    "Work on the pier is expected to take eighteen months and will close the car park in summer.",
    "Residents asked for a footbridge as well, and the council said it would study the idea.",
    "The first ferries are due to call at the new pier in the autumn of next year, officials said.",
)
_TEASERS = (
    ("Bus lanes open on the ring road", "Two new bus lanes opened this week after a year of works."),
    ("Harbour festival returns in June", "The festival is back with a new stage and a longer parade."),
    ("Library hours change from Monday", "The central library will close an hour earlier on weekdays."),
)


def _teaser_box(label: str = "More stories", count: int = 2) -> str:
    items = "".join(
        f'<h3><a href="/n/{i}">{title}</a></h3><p>{blurb}</p>'
        for i, (title, blurb) in enumerate(_TEASERS[:count])
    )
    return f"<h2>{label}</h2><div>{items}</div>"


def _texts(found: Walk, indexes: list[int]) -> list[str]:
    return [found.segments[index].text for index in indexes]


@pytest.mark.parametrize(
    "line",
    [
        "Related stories",
        "More from the newsroom",
        "You may also like",
        "関連記事",
        "Lesen Sie auch",
        "Most read",
    ],
)
def test_labels_of_teaser_boxes(line: str) -> None:
    assert is_related_label(line)


@pytest.mark.parametrize("line", ["The council voted", "Read more", "Relatedness of variables"])
def test_lines_that_head_no_teaser_box(line: str) -> None:
    assert not is_related_label(line)


def test_a_teaser_box_after_the_story_ends_the_body() -> None:
    found, scored = walk_body(f"<article>{''.join(f'<p>{p}</p>' for p in _STORY)}{_teaser_box()}</article>")
    everything = list(range(len(found.segments)))
    assert _texts(found, end_at_related(found, scored, everything)) == list(_STORY)


def test_a_box_inside_the_story_or_before_most_of_it_stays() -> None:
    # a label before most of the prose: the story goes on after the box
    found, scored = walk_body(
        f"<article><p>{_STORY[0]}</p>{_teaser_box()}{''.join(f'<p>{p}</p>' for p in _STORY[1:])}</article>"
    )
    everything = list(range(len(found.segments)))
    assert end_at_related(found, scored, everything) == everything
    # late, but what follows the label is prose, not linked headlines with their blurbs
    found, scored = walk_body(
        f"<article>{''.join(f'<p>{p}</p>' for p in _STORY)}<h2>Related</h2>"
        f"<p>{_TEASERS[0][1]}</p><p>{_TEASERS[1][1]}</p></article>"
    )
    everything = list(range(len(found.segments)))
    assert end_at_related(found, scored, everything) == everything


@pytest.mark.parametrize("line", ["Comments", "3 responses", "Leave a reply", "コメント", "Kommentare (12)"])
def test_labels_of_comment_sections(line: str) -> None:
    assert is_comments_label(line)


@pytest.mark.parametrize(
    "line", ["Commentary by the editors", "No comment, said the mayor", "Responsible travel"]
)
def test_lines_that_head_no_comment_section(line: str) -> None:
    assert not is_comments_label(line)


_PROMPT = "To post a comment, sign in with your account and write it below; comments are moderated."


def test_a_comment_prompt_after_the_story_ends_the_body() -> None:
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    found, scored = walk_body(f"<article>{story}<h3>Comments</h3><p>{_PROMPT}</p></article>")
    everything = list(range(len(found.segments)))
    assert _texts(found, end_at_related(found, scored, everything)) == list(_STORY)
    # a comment section of its own (more than a prompt) is left to the model and the rules
    comments = "".join(f"<p>{p}</p>" for p in (_PROMPT, *_STORY[:2]))
    found, scored = walk_body(f"<article>{story}{story}<h3>Comments</h3>{comments}</article>")
    everything = list(range(len(found.segments)))
    assert end_at_related(found, scored, everything) == everything


def test_a_run_of_sibling_paragraphs_is_counted() -> None:
    found, scored = walk_body(
        f"<div><p>{_STORY[0]}</p><p>{_STORY[1]}</p></div><div><p>{_STORY[2]}</p><p>{_STORY[3]}</p></div>"
        f"<article>{''.join(f'<p>{p}</p>' for p in _STORY)}<ul><li>{_STORY[0]}</li></ul></article>"
    )
    everything = list(range(len(found.segments)))
    assert prose_run(found, scored, everything) == 4
    assert prose_run(found, scored, everything[:4]) == 2  # two parents, two runs
    assert prose_run(found, scored, everything[:4] + everything[5:]) == 3  # a gap breaks the run


def _short_story_page(paragraphs: tuple[str, ...]) -> str:
    links = "".join(
        f'<li><a href="/s/{i}">Another headline of the day, number {i}</a></li>' for i in range(40)
    )
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry pier</title></head>
<body><main><h1>Ferry pier</h1><div class="story">{"".join(f"<p>{p}</p>" for p in paragraphs)}</div>
<div><ul>{links}</ul></div></main></body></html>"""


def test_a_short_story_of_four_paragraphs_is_not_a_listing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classifier, "load_model", lambda: None)
    options = ExtractOptions(reject_non_articles=False)
    story = kijiyomi.extract(_short_story_page(_STORY), url="https://news.example.com/a/1", options=options)
    assert isinstance(story, Article)
    assert story.text == "\n\n".join(_STORY)
    # two paragraphs and forty links: the links are the page's content
    brief = kijiyomi.extract(
        _short_story_page(_STORY[:2]), url="https://news.example.com/a/2", options=options
    )
    assert isinstance(brief, Article)
    assert "Another headline of the day, number 7" in brief.text


def test_the_listing_test_on_its_own() -> None:
    found, scored = walk_body(_short_story_page(_STORY).split("<body>")[1].split("</body>")[0])
    story = [index for index, segment in enumerate(found.segments) if segment.text in _STORY]
    assert not looks_like_listing(found, scored, story)
    assert looks_like_listing(found, scored, story[:3])


_DEALS = tuple(
    f'<p><a href="/shop/{i}">{name}, the {size} model with a two-year warranty and free delivery to most addresses, for ${price}.99 (list price ${price + 20}.99)</a></p>'
    for i, (name, size, price) in enumerate(
        (("Kettle", "large", 39), ("Desk lamp", "small", 19), ("Rice cooker", "family", 59))
    )
)


def test_linked_paragraphs_beside_the_story_are_its_text() -> None:
    found, scored = walk_body(
        f"<main><p>{_STORY[0]}</p>{''.join(_DEALS)}</main>"
        '<div class="related"><p><a href="/x">A linked paragraph under a related box, long enough to count.</a></p></div>'
        '<div><p><a href="/y">A linked paragraph elsewhere on the page, long enough to count as well.</a></p></div>'
    )
    kept = with_linked_siblings(found, scored, [0])
    assert len(kept) == 1 + len(_DEALS)
    assert all(found.segments[index].text.endswith(")") for index in kept[1:])
    assert with_linked_siblings(found, scored, []) == []
