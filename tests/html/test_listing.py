"""What a listing gives under ``reject_non_articles=False``, and when it replaces a short body.

A page with a one-paragraph story and a list of thirty video links elsewhere is judged a listing;
the story stays when the list's container does not hold it and the story is marked as an article
or the list is page furniture (``html.listing.listing_replaces``). A catalogue page's items after
its one-line intro are its content (``select_segments(keep_tail=True)``). The model is off: the
rules choose the body, so each test pins one rule.
"""

from __future__ import annotations

import pytest
from page_walk import walk_page

import kijiyomi
from kijiyomi.html import classifier
from kijiyomi.html.content import choose_container, select_segments
from kijiyomi.html.vocabulary import names_article
from kijiyomi.options import ExtractOptions
from kijiyomi.types import Article

_STORY = "In a video posted on Tuesday, the harbour master showed the new ferry pier from the air for the first time."
_CLIP = "another clip of the harbour festival and its boats"


def _video_page(story: tuple[str, str], videos: tuple[str, str]) -> str:
    items = "".join(f'<li><a href="/v/{i}">Video {i}: {_CLIP}</a></li>' for i in range(30))
    labels = "".join(f"<div>Label number {i} of the site</div>" for i in range(20))
    return f"""<!doctype html><html lang="en"><head><title>Ferry pier video</title></head><body>
<div class="player"><h1>Ferry pier video</h1>{story[0]}<p>{_STORY}</p>{story[1]}</div>
{videos[0]}<ul>{items}</ul>{videos[1]}<div>{labels}</div></body></html>"""


def _extract(html: str) -> Article:
    result = kijiyomi.extract(
        html, url="https://news.example.com/video/1", options=ExtractOptions(reject_non_articles=False)
    )
    assert isinstance(result, Article)
    assert any(warning.startswith("not an article (listing") for warning in result.warnings)
    return result


@pytest.mark.parametrize(
    ("story", "videos"),
    [
        (("<article>", "</article>"), ("<div class='browse'>", "</div>")),
        (("<div class='story-body'>", "</div>"), ("<main>", "</main>")),
        (("<div>", "</div>"), ("<footer>", "</footer>")),
        (("<div>", "</div>"), ("<aside><div>", "</div></aside>")),
    ],
)
def test_a_marked_story_or_a_list_in_the_furniture_keeps_the_story(
    monkeypatch: pytest.MonkeyPatch, story: tuple[str, str], videos: tuple[str, str]
) -> None:
    monkeypatch.setattr(classifier, "load_model", lambda: None)
    assert _extract(_video_page(story, videos)).text == _STORY


@pytest.mark.parametrize(
    "story", [("<div>", "</div>"), ("<div class='main-content'>", "</div>"), ("<section>", "</section>")]
)
def test_an_unmarked_line_gives_way_to_the_list_beside_it(
    monkeypatch: pytest.MonkeyPatch, story: tuple[str, str]
) -> None:
    monkeypatch.setattr(classifier, "load_model", lambda: None)
    text = _extract(_video_page(story, ("<main>", "</main>"))).text
    assert _STORY not in text
    assert text.count(_CLIP) == 30


@pytest.mark.parametrize(
    ("tag", "hint", "marked"),
    [
        ("article", "", True),
        ("div", "story-body", True),
        ("div", "entry-content clearfix", True),
        ("div", "l-article__body", True),
        ("section", "post-content", True),
        ("div", "main-content", False),
        ("div", "content text", False),
        ("div", "storyline-nav", False),
        ("div", "", False),
    ],
)
def test_article_names(tag: str, hint: str, marked: bool) -> None:
    assert names_article(tag, hint) is marked


_INTRO = "Find item details, spec sheets and drawings for every category."


def _catalogue_page() -> str:
    items = "".join(
        f'<div class="cat"><div>{letter}</div><div><a href="/c/{letter}1">{letter}-brackets</a> '
        f'<a href="/c/{letter}2">{letter}-clamps and fittings</a></div></div>'
        for letter in "ABCDEFGHKLMNPRSTW"
    )
    return f"""<!doctype html><html lang="en"><head><title>Parts catalogue</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About us</a></nav>
<main><h1>Parts catalogue</h1><p>{_INTRO}</p>{items}</main></body></html>"""


def test_a_catalogue_keeps_its_items_after_the_intro(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classifier, "load_model", lambda: None)
    result = kijiyomi.extract(
        _catalogue_page(),
        url="https://shop.example.com/catalogue/",
        options=ExtractOptions(reject_non_articles=False),
    )
    assert isinstance(result, Article)
    lines = result.text.split("\n\n")
    assert lines[0] == _INTRO
    assert "W" in lines and "W-brackets W-clamps and fittings" in lines
    assert "Home About us" not in result.text


def test_keep_tail_keeps_the_lines_after_the_last_sentence() -> None:
    found, scored = walk_page(_catalogue_page())
    container = choose_container(found, scored, links_as_content=True)
    trimmed = select_segments(found, scored, container, "Parts catalogue", keep_links=True)
    whole = select_segments(found, scored, container, "Parts catalogue", keep_links=True, keep_tail=True)
    assert [found.segments[index].text for index in trimmed.body] == [_INTRO]
    assert [found.segments[index].text for index in whole.body][:3] == [
        _INTRO,
        "A",
        "A-brackets A-clamps and fittings",
    ]
    assert len(whole.body) == 1 + 2 * 17


_GRIDS = {
    "en": (
        "Our shop offers the best selection of shoes for your rental, with socks included.",
        [
            (f"Oxford shoe, model {number}", f"With rental package - ${20 + number}.00")
            for number in range(12)
        ],
    ),
    "ja": (
        "当店ではレンタル用の靴を幅広く取りそろえています。靴下は無料でお付けします。",
        [
            (f"フォーマルシューズ型番{number}", f"レンタルセット込み {2000 + number * 100}円")
            for number in range(12)
        ],
    ),
}


def _label_grid_page(lang: str, story: tuple[str, str] = ("<div class='headline'>", "</div>")) -> str:
    """A shop page: a one-line intro above a grid of items whose names and prices are not links."""
    intro, items = _GRIDS[lang]
    boxes = "".join(f'<div class="box"><div>{name}</div><div>{price}</div></div>' for name, price in items)
    return f"""<!doctype html><html lang="{lang}"><head><title>Shoes</title></head><body>
<nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/contact">Contact</a></nav>
<main>{story[0]}<h1>Shoes</h1><p>{intro}</p>{story[1]}<div class="grid">{boxes}</div></main>
<footer><a href="/terms">Terms</a></footer></body></html>"""


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_grid_of_labels_is_a_listings_content(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """The items are not links, so the listing container (chosen by link text) stays on the intro;
    on a page judged a listing the grid's labels count as content."""
    monkeypatch.setattr(classifier, "load_model", lambda: None)
    text = _extract(_label_grid_page(lang)).text
    intro, items = _GRIDS[lang]
    assert text.startswith(intro)
    assert all(name in text and price in text for name, price in items)
    assert "Contact" not in text and "Terms" not in text


def test_a_marked_story_keeps_its_place_against_a_grid_of_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classifier, "load_model", lambda: None)
    text = _extract(_label_grid_page("en", ("<article>", "</article>"))).text
    assert text == _GRIDS["en"][0]
