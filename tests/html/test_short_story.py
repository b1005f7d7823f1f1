"""A short story right under a story's headline is kept whatever links surround it.

Under ``reject_non_articles=False`` a page judged a listing gives its links instead of its short
body, unless that body is a short story right under a headline that reads as a story's
(``html.listing.story_under_headline``): a few sentences under "Harbour master shows the new
ferry pier from the air" beside thirty teaser links stay the page's text, while the one-line
intro under a section's name ("Ferry videos") gives way to the list, as before.
"""

from __future__ import annotations

import pytest
from page_walk import walk_body

import kijiyomi
from kijiyomi.html import classifier
from kijiyomi.html.listing import HEADLINE_REACH, SHORT_STORY_BYTES, story_under_headline
from kijiyomi.options import ExtractOptions
from kijiyomi.types import Article

_HEADLINE = "Harbour master shows the new ferry pier from the air"
_STORY = (
    "In a video posted on Tuesday, the harbour master showed the new ferry pier from the air for the "
    "first time. The pier opens to passengers in the spring."
)
_TEASER = "another story from the harbour festival and its boats"


def _page(headline: str, between: str = "") -> str:
    teasers = "".join(f'<li><a href="/story/{i}">Story {i}: {_TEASER}</a></li>' for i in range(30))
    return f"""<!doctype html><html lang="en"><head><title>{headline}</title></head><body>
<div class="player"><h1>{headline}</h1>{between}<p>{_STORY}</p></div>
<main><ul>{teasers}</ul></main></body></html>"""


def _extract(html: str) -> Article:
    result = kijiyomi.extract(
        html, url="https://news.example.com/video/1", options=ExtractOptions(reject_non_articles=False)
    )
    assert isinstance(result, Article)
    assert any(warning.startswith("not an article (listing") for warning in result.warnings)
    return result


@pytest.mark.parametrize("model", [False, True])
@pytest.mark.parametrize("between", ["", "<p>By Jane Doe</p><p>12 March 2024</p><p>Share</p>"])
def test_a_short_story_under_its_headline_is_kept(
    monkeypatch: pytest.MonkeyPatch, model: bool, between: str
) -> None:
    if not model:
        monkeypatch.setattr(classifier, "load_model", lambda: None)
    text = _extract(_page(_HEADLINE, between)).text
    assert text == _STORY


@pytest.mark.parametrize("headline", ["Ferry videos", "The harbour festival"])
def test_an_intro_under_a_sections_name_gives_way_to_the_list(
    monkeypatch: pytest.MonkeyPatch, headline: str
) -> None:
    monkeypatch.setattr(classifier, "load_model", lambda: None)
    text = _extract(_page(headline)).text
    assert text.count(_TEASER) == 30


def _story_test(body_html: str, title: str) -> bool:
    page, scored = walk_body(body_html)
    body = [index for index, segment in enumerate(page.segments) if segment.tag == "p"]
    return story_under_headline(page, scored, body, title)


def test_the_rule_needs_a_story_headline_close_above_a_short_body_of_sentences() -> None:
    assert _story_test(f"<h1>{_HEADLINE}</h1><p>{_STORY}</p>", _HEADLINE)
    # the headline shown by another segment than the title's text: no headline above the body
    assert not _story_test(f"<h1>Ferry news</h1><p>{_STORY}</p>", _HEADLINE)
    # too far above: the body is something else on the page
    lines = "".join(f"<div>Line {i} of a menu</div>" for i in range(HEADLINE_REACH))
    assert not _story_test(f"<h1>{_HEADLINE}</h1>{lines}<p>{_STORY}</p>", _HEADLINE)
    # a short title is a section's or a catalogue's name
    assert not _story_test(f"<h1>Ferry videos</h1><p>{_STORY}</p>", "Ferry videos")
    # a long body that looks like a listing is a landing page's blurbs
    long_body = "".join(f"<p>{_STORY}</p>" for _ in range(SHORT_STORY_BYTES // len(_STORY) + 1))
    assert not _story_test(f"<h1>{_HEADLINE}</h1>{long_body}", _HEADLINE)
    # no sentence at all: labels, not a story
    assert not _story_test(f"<h1>{_HEADLINE}</h1><p>Ferry pier</p>", _HEADLINE)
