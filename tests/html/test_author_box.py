"""An author's box under a story closes it, like a comment form's prompt.

``content.end_at_related``: a label of the author's box (``phrases.is_author_label``: "About the
author", "Über den Autor", 「この記事を書いた人」), after ``RELATED_SHARE`` of the body's prose and with
at most ``COMMENTS_TAIL`` segments kept after it (the author's name and biography), ends the body.
A label with more text after it, or early in the story, leaves the body alone.
"""

from __future__ import annotations

import pytest
from page_walk import texts, walk_body

import kijiyomi
from kijiyomi.html import classifier
from kijiyomi.html.content import COMMENTS_TAIL, end_at_related
from kijiyomi.html.phrases import is_author_label
from kijiyomi.types import Article

_STORY = [
    "The ferry between the two islands will run every hour from next month, the harbour board said on "
    "Thursday, after a year in which passengers waited up to three hours in the summer.",
    "The board bought a second boat from a yard in the north and hired eight new crew members, who "
    "finished their training in the spring and will work in two shifts from the first of June.",
    "Fares stay the same until the end of the year. Season tickets bought before the change remain valid "
    "on every crossing, including the new early morning one that leaves at half past five.",
    "Islanders had asked for more crossings for a decade. The mayor said the new timetable would help "
    "the school children and the nurses who cross every day more than anyone else.",
]
_BIO = (
    "Maria Jensen covers transport and the islands for the paper. She has worked as a reporter in the "
    "harbour towns since 2015 and writes about ferries, roads and the people who depend on them."
)


def _page(label: str, after: list[str]) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in _STORY)
    box = f'<div class="bio"><h3>{label}</h3>{"".join(f"<p>{text}</p>" for text in after)}</div>'
    return f"""<!doctype html><html lang="en"><head><title>The ferry runs every hour from June</title>
<meta property="og:type" content="article"></head><body>
<article><h1>The ferry runs every hour from June</h1>{paragraphs}{box}</article></body></html>"""


def _text(html: str) -> str:
    result = kijiyomi.extract(html, url="https://news.example.com/islands/ferry")
    assert isinstance(result, Article)
    return result.text


@pytest.mark.parametrize("model", [False, True])
@pytest.mark.parametrize("label", ["About the author", "ABOUT THE AUTHOR", "Über den Autor"])
def test_the_authors_box_under_the_story_is_left_out(
    monkeypatch: pytest.MonkeyPatch, model: bool, label: str
) -> None:
    if not model:
        monkeypatch.setattr(classifier, "load_model", lambda: None)
    text = _text(_page(label, ["Maria Jensen", _BIO]))
    assert all(paragraph in text for paragraph in _STORY)
    assert _BIO not in text


def _ended(label: str, after: list[str], *, early: bool = False) -> list[str]:
    box = f"<h3>{label}</h3>{''.join(f'<p>{text}</p>' for text in after)}"
    story = "".join(f"<p>{text}</p>" for text in _STORY)
    page, scored = walk_body(f"<div>{box}{story}</div>" if early else f"<div>{story}{box}</div>")
    return texts(page, end_at_related(page, scored, list(range(len(page.segments)))))


def test_only_a_short_box_late_in_the_body_ends_it() -> None:
    assert _ended("About the author", [_BIO]) == _STORY
    # more than a name and a biography after the label: a part of the page's text
    longer = [_BIO] * (COMMENTS_TAIL + 1)
    assert _ended("About the author", longer) == [*_STORY, "About the author", *longer]
    # before most of the story's prose
    assert _ended("About the author", [_BIO], early=True) == ["About the author", _BIO, *_STORY]


def test_author_labels() -> None:
    for line in (
        "About the author",
        "About the Authors:",
        "About me",
        "Über die Autorin",
        "この記事を書いた人",
    ):
        assert is_author_label(line)
    for line in ("About the author's new book, out in May", "Authors", "About us", "The author said so."):
        assert not is_author_label(line)
