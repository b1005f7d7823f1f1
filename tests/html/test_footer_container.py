"""The body container is not chosen in the page's footer when the story lies outside it.

A short story (four paragraphs) under its headline and a footer whose "about us" and disclaimer
hold more prose than the story: the footer's elements count ``FOOTER_FACTOR`` of their score (on
top of the discount for an element below one named as boilerplate, ``footer`` being such a name),
so the story's element wins (``content.choose_container``). A page whose only prose is in its
footer still gets that prose. The model is off: the rules choose the body from the container.
"""

from __future__ import annotations

import pytest
from page_walk import walk_page

import kijiyomi
from kijiyomi.html import classifier
from kijiyomi.html.content import choose_container
from kijiyomi.html.vocabulary import names_footer
from kijiyomi.options import ExtractOptions
from kijiyomi.types import Article

_STORY = (
    "The council approved the new budget for the city's schools on Monday evening.",
    "Teachers will get a raise of four percent from September, the mayor said.",
    "Two new classrooms will be built at the primary school on Mill Road.",
    "The opposition voted against the plan, saying it spends too little on buses.",
)
_ABOUT = (
    "The Riverside Gazette has covered the valley since 1921 and is owned by its readers. "
    "Our newsroom follows the code of practice of the press council. "
    "Send corrections and complaints to the standards editor, who answers within a week. "
    "Opinions in columns are those of their authors and not of the paper. "
    "Material on this site may not be reproduced without permission. "
)
# The footer's prose over the story's: more than the story's element could beat before (2: the
# discount for an element below a boilerplate name halves it already), less than it beats now
# (FOOTER_FACTOR halves it again).
_SHARE = 3.2


def _page(footer: tuple[str, str]) -> str:
    story_bytes = sum(len(line) for line in _STORY)
    about = ""
    while len(about) < _SHARE * story_bytes:
        about += _ABOUT
    links = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(8))
    story = "".join(f"<p>{line}</p>" for line in _STORY)
    return f"""<!doctype html><html lang="en"><head><title>Council approves school budget</title></head>
<body><div class="top"><ul>{links}</ul></div>
<div class="page"><h1>Council approves school budget</h1><div class="copy">{story}</div></div>
{footer[0]}<div class="about"><p>{about}</p></div>{footer[1]}</body></html>"""


@pytest.mark.parametrize(
    "footer",
    [
        ("<footer class='site-footer'>", "</footer>"),
        ("<div class='page-footer'>", "</div>"),
        ("<div id='footer'><div class='inner'>", "</div></div>"),
    ],
)
def test_the_story_wins_over_a_longer_footer(
    monkeypatch: pytest.MonkeyPatch, footer: tuple[str, str]
) -> None:
    monkeypatch.setattr(classifier, "load_model", lambda: None)  # the rules pick the segments
    result = kijiyomi.extract(
        _page(footer),
        url="https://gazette.example.com/2024/budget",
        options=ExtractOptions(reject_non_articles=False),
    )
    assert isinstance(result, Article)
    assert all(line in result.text for line in _STORY)
    assert "standards editor" not in result.text


def test_the_rules_container_is_the_storys() -> None:
    page, scored = walk_page(_page(("<footer class='site-footer'>", "</footer>")))
    chosen = page.elements[choose_container(page, scored)]
    assert "copy" in chosen.hint or "page" in chosen.hint


def test_a_footer_that_is_all_the_page_holds_still_gives_its_prose(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classifier, "load_model", lambda: None)
    html = f"<html><body><h1>About</h1><footer><div><p>{_ABOUT}</p></div></footer></body></html>"
    result = kijiyomi.extract(html, options=ExtractOptions(reject_non_articles=False))
    assert isinstance(result, Article)
    assert "standards editor" in result.text


@pytest.mark.parametrize(
    ("tag", "hint", "footer"),
    [
        ("footer", "", True),
        ("div", "site-footer", True),
        ("div", "footer_bottom", True),
        ("div", "l-footer page-footer", True),
        ("div", "footnotes", False),
        ("div", "footerless-layout", False),
        ("section", "content", False),
    ],
)
def test_footer_names(tag: str, hint: str, footer: bool) -> None:
    assert names_footer(tag, hint) is footer
