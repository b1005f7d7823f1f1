"""How the learned filter's choice becomes the body: gaps filled, slide texts kept, paywall notices cut.

The probabilities are set by hand here (the shipped model is not involved), so each test pins one
rule of ``content.model_body`` / ``content.fill_gaps`` / ``content._trim_edges``.
"""

from __future__ import annotations

import pytest

import kijiyomi
from kijiyomi.html import classifier
from kijiyomi.html.content import fill_gaps, model_body, slide_texts
from kijiyomi.html.dom import Walk
from kijiyomi.options import ExtractOptions
from kijiyomi.types import Article

from .segments import walk_body

_PROSE = (
    "Version control keeps every change to a project, so a mistake made on Friday can be undone on Monday.",
    "The commands below cover most of what a new developer needs during the first weeks on a team.",
    "Each of these commands has many options, and the manual pages explain them in more detail.",
)


def _probabilities(found: Walk, high: set[str], default: float = 0.3) -> list[float]:
    """0.9 for the segments whose text is in ``high``, ``default`` for the others."""
    return [0.9 if segment.text in high else default for segment in found.segments]


def _texts(found: Walk, indexes: list[int]) -> list[str]:
    return [found.segments[index].text for index in indexes]


def _kept(body: str, default: float = 0.3) -> list[str]:
    found, scored = walk_body(body)
    probabilities = _probabilities(found, set(_PROSE), default)
    learned = [i for i, value in enumerate(probabilities) if value >= 0.5]
    return _texts(found, fill_gaps(found, scored, learned, probabilities, 0.25))


def test_code_blocks_between_paragraphs_are_filled_in() -> None:
    kept = _kept(
        f"<article><div><p>{_PROSE[0]}</p><p>{_PROSE[1]}</p>"
        "<pre># start a repository\ngit init</pre><pre># record the staged files\ngit commit</pre>"
        f"<h2>Undoing a change</h2><p>{_PROSE[2]}</p></div></article>"
    )
    assert kept == [
        _PROSE[0],
        _PROSE[1],
        "# start a repository\ngit init",
        "# record the staged files\ngit commit",
        "Undoing a change",
        _PROSE[2],
    ]


def test_low_probabilities_and_plain_lines_are_not_filled_in() -> None:
    body = (
        f"<article><div><p>{_PROSE[0]}</p><pre>git status</pre><div>Sponsored tools for teams</div>"
        f"<p>{_PROSE[1]}</p></div></article>"
    )
    assert _kept(body, default=0.1) == [_PROSE[0], _PROSE[1]]
    assert "Sponsored tools for teams" not in _kept(body)  # not structured: the model's call stands


def test_furniture_between_paragraphs_stays_out() -> None:
    links = "".join(
        f'<li><a href="/n/{i}">Another story number {i} about version control</a></li>' for i in range(3)
    )
    kept = _kept(
        f"<article><div><p>{_PROSE[0]}</p>"
        f"<ul>{links}</ul>"  # link-dense
        "<aside><ul><li>A fact box that the article does not need at all</li></ul></aside>"
        "<ul><li>Twitter</li><li>Feedback</li></ul>"  # short labels
        "<h3>Read this next</h3>"  # a heading with nothing kept under it
        "<table><tr><td>12.05.2024</td><td>2024</td></tr></table>"  # a date, digits only
        f"<p>{_PROSE[1]}</p></div></article>"
    )
    assert kept == [_PROSE[0], _PROSE[1]]


def test_gaps_between_distant_parts_of_the_page_stay_open() -> None:
    # the two kept paragraphs meet only at the page's root, far above them: what lies between is
    # the page's layout (a sidebar list), not part of one article
    kept = _kept(
        f"<div><div><div><div><p>{_PROSE[0]}</p></div></div></div>"
        "<div><div><ul><li>Popular guides for beginners and experts alike</li></ul></div></div>"
        f"<div><div><div><div><p>{_PROSE[1]}</p></div></div></div></div></div>"
    )
    assert kept == [_PROSE[0], _PROSE[1]]


def test_cells_of_a_layout_table_are_not_filled_in() -> None:
    # the page is laid out by a table: its cells are the page's columns, not an article's table
    cell = "A column of links and notices beside the text of the article"
    kept = _kept(
        f"<table><tr><td><p>{_PROSE[0]}</p></td><td>{cell}</td><td><p>{_PROSE[1]}</p></td></tr></table>"
    )
    assert kept == [_PROSE[0], _PROSE[1]]
    inner = f"<div><p>{_PROSE[0]}</p><table><tr><td>{cell}</td></tr></table><p>{_PROSE[1]}</p></div>"
    assert _kept(inner) == [_PROSE[0], cell, _PROSE[1]]  # a table inside the article is its content


def _slideshow() -> str:
    captions = "".join(
        f'<figure><img src="/s{i}.jpg" alt=""><figcaption class="slide-caption">'
        + "".join(f"<p>{text} (slide {i}, part {part})</p>" for part in (1, 2) for text in _PROSE)
        + "</figcaption></figure>"
        for i in range(3)
    )
    return f"<article><h1>Ten ways to keep a project's history</h1><div>{captions}</div></article>"


def test_slide_texts_are_kept_even_when_the_model_misses_them() -> None:
    found, scored = walk_body(_slideshow())
    captions = [index for index, segment in enumerate(found.segments) if segment.in_caption]
    slides = slide_texts(found, scored, captions)
    assert len(slides) == 3 * 2 * len(_PROSE)  # every caption is a slide's text
    probabilities = [0.9 if index == min(slides) else 0.1 for index in range(len(found.segments))]
    body, _ = model_body(found, scored, probabilities, 0.5, None, [], slides, [], [])
    assert sorted(body) == sorted(slides)


_NOTICE = "This article is for subscribers only. Subscribe to continue reading the full story today."


def test_a_paywall_notice_ending_the_body_is_not_article_text(monkeypatch: pytest.MonkeyPatch) -> None:
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pier plan</title>
<meta property="og:type" content="article"></head><body><article><h1>Pier plan</h1>
<div class="body"><p>{_PROSE[0]}</p><p>{_PROSE[1]}</p><p>{_NOTICE}</p></div>
</article></body></html>"""
    monkeypatch.setattr(classifier, "load_model", lambda: None)  # the rules alone keep the notice
    result = kijiyomi.extract(html, url="https://news.example.com/a/1", options=ExtractOptions())
    assert isinstance(result, Article)
    assert result.text == f"{_PROSE[0]}\n\n{_PROSE[1]}"
    assert result.paywalled  # the notice, now after the body, still marks the page


def _pier_page(body: str) -> str:
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pier plan</title>
<meta property="og:type" content="article"></head><body>{body}</body></html>"""


def test_a_paywall_class_on_the_wrapper_of_the_whole_story_does_not_mark_it_paywalled() -> None:
    story = "".join(f"<p>{text}</p>" for text in _PROSE)
    wrapped = kijiyomi.extract(
        _pier_page(f'<div class="site paywall-enabled"><article><h1>Pier plan</h1>{story}</article></div>')
    )
    boxed = kijiyomi.extract(
        _pier_page(
            f"<article><h1>Pier plan</h1>{story}</article>"
            '<div class="paywall"><a href="/subscribe">Subscribe</a></div>'
        )
    )
    assert isinstance(wrapped, Article) and isinstance(boxed, Article)
    assert wrapped.text == boxed.text == "\n\n".join(_PROSE)
    assert not wrapped.paywalled
    assert boxed.paywalled  # a paywall element beside the story still marks it


def _declared_not_free(paragraphs: list[str], lang: str = "en") -> str:
    story = "".join(f"<p>{text}</p>" for text in paragraphs)
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Pier plan</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Pier plan", "isAccessibleForFree": false}}</script></head>
<body><article><h1>Pier plan</h1>{story}</article></body></html>"""


_LONG_STORY = [
    f"{' '.join(_PROSE)} The council will publish the minutes of meeting {number} next week."
    for number in range(8)
]
_JA_STORY = [
    f"市は{number + 1}日、港の桟橋を建て替える計画を発表した。工事は来年春に始まり、三年で終える見込みだという。"
    "完成後は大型の客船も着岸できるようになり、観光客の増加が期待されている。"
    for number in range(8)
]


def test_a_whole_story_declared_not_free_is_not_paywalled() -> None:
    whole = kijiyomi.extract(_declared_not_free(_LONG_STORY))
    whole_ja = kijiyomi.extract(_declared_not_free(_JA_STORY, "ja"))
    teaser = kijiyomi.extract(_declared_not_free(list(_PROSE)))
    teaser_ja = kijiyomi.extract(_declared_not_free(_JA_STORY[:2], "ja"))
    assert isinstance(whole, Article) and isinstance(whole_ja, Article)
    assert isinstance(teaser, Article) and isinstance(teaser_ja, Article)
    assert len(whole.blocks) == len(_LONG_STORY) and len(whole_ja.blocks) == len(_JA_STORY)
    assert not whole.paywalled  # metered sites declare it and still serve the whole text
    assert not whole_ja.paywalled
    assert teaser.paywalled  # a short body under the same declaration is the part before the wall
    assert teaser_ja.paywalled
