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


_LINKED_LEAD = (
    'RIVERTON — The <a href="/t/council">city council</a> voted on Tuesday to <a href="/t/budget">'
    'cut the library budget by a fifth</a>, <a href="/t/reaction">drawing the sharpest protest from '
    "residents in years</a>."
)
_STORY = [
    "Dozens of residents filled the council chamber and the corridor outside it, many carrying books they "
    "had borrowed that week, and several speakers asked the members to delay the vote until spring.",
    "The mayor said the city had no choice after the state reduced its grant, and promised that no branch "
    "would close this year. Opening hours at the two smaller branches will be shortened from March.",
    "A group of parents said they would collect signatures for a referendum on the budget. They need the "
    "support of one in ten registered voters within sixty days for the question to go on the ballot.",
]


def test_a_lead_paragraph_made_of_links_opens_the_body() -> None:
    story = "".join(f"<p>{text}</p>" for text in _STORY)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Library cuts</title>
<meta property="og:type" content="article"></head><body>
<nav><ul class="menu">{_NAV}</ul></nav>
<article><h1>Council cuts library budget</h1><div class="byline">By Ana Reyes</div>
<div class="entry-content"><p>{_LINKED_LEAD}</p>{story}</div></article>
<footer><p>Copyright 2024 Riverton Daily. All rights reserved.</p></footer></body></html>"""
    article = _article(html.encode("utf-8"))
    assert article.blocks[0].text.startswith("RIVERTON — The city council voted on Tuesday")
    assert all(text in article.text for text in _STORY)


def test_a_standfirst_above_the_body_is_kept_and_the_byline_is_not() -> None:
    dek = "Residents packed the chamber yet the vote on the library budget went ahead"
    story = "".join(f"<p>{text}</p>" for text in _STORY)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Library cuts</title>
<meta property="og:type" content="article"></head><body>
<nav><ul class="menu">{_NAV}</ul></nav>
<article><h1>Council cuts library budget</h1>
<div class="entry-content"><div class="standfirst">{dek}</div>
<div class="writer">By Ana Reyes and Tom Wilkins of the City Desk team</div>{story}</div></article>
<footer><p>Copyright 2024 Riverton Daily. All rights reserved.</p></footer></body></html>"""
    article = _article(html.encode("utf-8"))
    assert article.blocks[0].text == dek
    assert "Ana Reyes" not in article.text
    assert all(text in article.text for text in _STORY)
