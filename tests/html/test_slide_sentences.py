"""A slideshow whose slides say one sentence each is the page's text when the page has no other.

``content.slide_texts`` takes a caption element of two sentences and ``SLIDE_TEXT_BYTES`` as a
slide's text. A gallery page whose only other line is its date has slides of one sentence each:
when the body holds less than ``BARE_BODY_PROSE`` of sentences, ``SLIDE_CAPTIONS`` sentences of one
kind of caption element, ``SLIDE_TEXT_BYTES`` together, are the page's text. The photo captions of
a story (one sentence each, the same kind) stay out of its body as before.
"""

from __future__ import annotations

import pytest
from page_walk import walk_body

import kijiyomi
from kijiyomi.html import classifier
from kijiyomi.html.content import SLIDE_CAPTIONS, SLIDE_TEXT_BYTES, slide_texts
from kijiyomi.options import ExtractOptions
from kijiyomi.types import Article

_SLIDES = [
    "The new tram line runs from the harbour to the university in under twenty minutes on a weekday.",
    "Each of the twelve stops has a covered bench, a ticket machine and a screen with the next departures.",
    "The trams themselves are longer than the old buses and carry up to two hundred passengers at a time.",
    "Tickets bought for the buses stay valid on the trams until the end of the year, the city says.",
    "A second line to the airport is planned for the end of the decade if the council approves the budget.",
]
_STORY = [
    "The city opened its first tram line in forty years on Monday, a month later than planned after a "
    "long dispute with the builder over the cost of the tracks through the old town.",
    "Officials said the line would carry ten thousand passengers a day by the spring, which would take "
    "some of the pressure off the buses that serve the harbour and the university today.",
    "Residents along the route had complained for two years about the noise of the works, and some of "
    "the shops on the main street said they lost a third of their customers during the building.",
]
_NAV = "".join(f'<li><a href="/{name}">{name}</a></li>' for name in ("news", "sport", "city", "weather"))


def _slide(index: int, text: str) -> str:
    return f'<div class="slide"><img src="/tram/{index}.jpg" alt=""><p class="slide-caption">{text}</p></div>'


def _gallery_page() -> str:
    slides = "".join(_slide(index, text) for index, text in enumerate(_SLIDES))
    return f"""<!doctype html><html lang="en"><head><title>The new tram line in pictures</title>
<meta property="og:type" content="article"></head><body><nav><ul>{_NAV}</ul></nav>
<section class="gallery"><h1>The new tram line in pictures</h1><div class="date">12 Mar 2024, 10:15 AM</div>
{slides}</section><footer><p>Copyright 2024 City News</p></footer></body></html>"""


def _story_page() -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in _STORY)
    photos = "".join(_slide(index, text) for index, text in enumerate(_SLIDES[:3]))
    return f"""<!doctype html><html lang="en"><head><title>The city opens its first tram line</title>
<meta property="og:type" content="article"></head><body><nav><ul>{_NAV}</ul></nav>
<article><h1>The city opens its first tram line</h1>{photos}{paragraphs}</article>
<footer><p>Copyright 2024 City News</p></footer></body></html>"""


def _extract(html: str) -> Article:
    result = kijiyomi.extract(
        html, url="https://news.example.com/city/trams", options=ExtractOptions(reject_non_articles=False)
    )
    assert isinstance(result, Article)
    return result


@pytest.mark.parametrize("model", [False, True])
def test_one_sentence_slides_are_the_text_of_a_page_without_a_story(
    monkeypatch: pytest.MonkeyPatch, model: bool
) -> None:
    if not model:
        monkeypatch.setattr(classifier, "load_model", lambda: None)
    text = _extract(_gallery_page()).text
    assert all(slide in text for slide in _SLIDES)
    assert "Copyright" not in text


@pytest.mark.parametrize("model", [False, True])
def test_one_sentence_photo_captions_stay_out_of_a_story(
    monkeypatch: pytest.MonkeyPatch, model: bool
) -> None:
    if not model:
        monkeypatch.setattr(classifier, "load_model", lambda: None)
    text = _extract(_story_page()).text
    assert all(paragraph in text for paragraph in _STORY)
    assert not any(slide in text for slide in _SLIDES)


def _slide_texts(texts: list[str], *, bare: bool) -> frozenset[int]:
    page, scored = walk_body("".join(_slide(index, text) for index, text in enumerate(texts)))
    return slide_texts(page, scored, list(range(len(page.segments))), bare=bare)


def test_the_kind_needs_a_bare_body_enough_sentences_and_bytes() -> None:
    assert len(_slide_texts(_SLIDES, bare=True)) == len(_SLIDES)
    assert not _slide_texts(_SLIDES, bare=False)  # one sentence each beside a story: photo captions
    long = [
        f"{_SLIDES[0]} {_SLIDES[1]}".replace(". ", ", and "),
        f"{_SLIDES[2]} {_SLIDES[3]}".replace(". ", ", and "),
    ]
    assert sum(len(text) for text in long) >= SLIDE_TEXT_BYTES and len(long) < SLIDE_CAPTIONS
    assert not _slide_texts(long, bare=True)  # too few sentences
    short = ["A tram at the harbour stop.", "The cab of the driver.", "A new ticket machine."]
    assert sum(len(text) for text in short) < SLIDE_TEXT_BYTES
    assert not _slide_texts(short, bare=True)  # too little text: labels of photos
