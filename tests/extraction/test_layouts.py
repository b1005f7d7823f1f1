"""Odd article layouts: slideshows whose prose sits in the slides' captions."""

from __future__ import annotations

import kijiyomi
from kijiyomi.types import Article

_NAV = "".join(
    f'<li><a href="/{name.lower()}">{name}</a></li>' for name in ("Home", "Garden", "Kitchen", "Living")
)
_INTRO = (
    "Small flats make every square metre count, and the people who design them for a living say the same "
    "few mistakes come up again and again. We asked three interior designers what they would change first."
)
_SLIDES = [
    (
        "Buying everything at once",
        [
            "Furnishing a whole room from one catalogue in a weekend is tempting, but it leaves the place "
            "looking like a showroom rather than a home that somebody actually lives in. Rooms put together "
            "that way also tend to date all at once, which means starting over again a few years later.",
            "Instead, the designers suggest buying the large pieces first and adding the rest slowly, mixing "
            "second-hand finds with new things over a few months until the room feels like it belongs to you.",
        ],
    ),
    (
        "Ignoring the lighting",
        [
            "A single ceiling lamp flattens a room. Two or three smaller lamps at different heights make even "
            "a narrow living room feel warmer in the evening, and they cost far less than new furniture does."
        ],
    ),
    (
        "Rugs that are too small",
        [
            "A rug that floats in the middle of the floor makes the furniture look disconnected. The front "
            "legs of the sofa and the chairs should stand on it, so the seating reads as one group."
        ],
    ),
]


def _slideshow_page() -> bytes:
    slides = "\n".join(
        f'<div class="slide"><div class="slide-title">{title}</div>'
        f'<figure class="slide-figure"><img src="/img/slide{number}.jpg" alt="">'
        f'<figcaption class="slide-caption">{"".join(f"<p>{text}</p>" for text in texts)}'
        f'<div class="source">Image source: Studio {number}</div></figcaption></figure></div>'
        for number, (title, texts) in enumerate(_SLIDES, start=1)
    )
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Three decorating mistakes small flats make | Home Pages</title>
<meta property="og:type" content="article">
</head><body>
<nav><ul class="menu">{_NAV}</ul></nav>
<article class="post gallery">
<h1>Three decorating mistakes small flats make</h1>
<div class="post-body"><p>{_INTRO}</p></div>
{slides}
</article>
<footer><p>Copyright 2024 Home Pages. All rights reserved.</p></footer>
</body></html>"""
    return html.encode("utf-8")


def _article(data: bytes) -> Article:
    result = kijiyomi.extract(data, url="https://home.example.com/decor/small-flat-mistakes")
    assert isinstance(result, Article), result
    return result


def test_slideshow_captions_are_the_article_text() -> None:
    article = _article(_slideshow_page())
    assert _INTRO in article.text
    for _, texts in _SLIDES:
        for text in texts:
            assert text in article.text  # every slide's prose, also the one-paragraph slides
    assert "Copyright 2024" not in article.text


def test_slide_credits_stay_with_the_images() -> None:
    article = _article(_slideshow_page())
    assert "Image source" not in article.text
    assert any(image.caption and "Studio 1" in image.caption for image in article.images)


def test_a_photo_caption_of_two_short_sentences_stays_out_of_the_body() -> None:
    paragraphs = "".join(f"<p>{text}</p>" for _, texts in _SLIDES for text in texts)
    caption = "The harbour at dawn. Fishing boats return with the first catch of the season."
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour</title>
<meta property="og:type" content="article"></head><body>
<article><h1>Harbour</h1><figure><img src="/img/harbour.jpg" alt="">
<figcaption><p>{caption.split(". ")[0]}.</p><p>{caption.split(". ")[1]}</p></figcaption></figure>
<div class="story-body">{paragraphs}</div></article></body></html>"""
    article = _article(html.encode("utf-8"))
    assert "harbour at dawn" not in article.text
    assert any(image.caption and "harbour at dawn" in image.caption for image in article.images)
