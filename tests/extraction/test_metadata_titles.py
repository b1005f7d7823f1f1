"""Headlines of synthetic pages: site names in <h1> and in the <title>'s prefix or suffix."""

from __future__ import annotations

import kijiyomi
from kijiyomi.types import Article

from .pages import EN_BODY_HTML as BODY


def title_of(head: str, h1: str, *, masthead: str = "") -> str | None:
    html = f"""<html lang="en"><head>{head}</head><body>
<header>{masthead}<nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
<article><h1>{h1}</h1>{BODY}</article><footer>Footer</footer></body></html>"""
    result = kijiyomi.extract(html.encode())
    assert isinstance(result, Article)
    return result.title


def test_blog_name_in_h1_is_not_the_headline() -> None:
    # The blog prints its name as the first <h1>; the post title is in a heading without <h1>.
    head = "<title>Winter ferry runs longer | Harbour Notes</title>"
    assert title_of(head, "Harbour Notes") == "Winter ferry runs longer"


def test_h1_that_is_the_declared_site_name_is_skipped() -> None:
    head = (
        '<title>Winter ferry runs longer</title><meta property="og:site_name" content="Harbour Notes">'
        '<meta property="og:title" content="Winter ferry runs longer">'
    )
    assert title_of(head, "Harbour Notes") == "Winter ferry runs longer"


def test_h1_confirmed_by_og_title_stays_even_at_the_title_end() -> None:
    head = (
        "<title>Breaking: - Council extends ferry</title>"
        '<meta property="og:title" content="Council extends ferry">'
    )
    assert title_of(head, "Council extends ferry") == "Council extends ferry"


def test_host_name_suffix_is_removed() -> None:
    head = '<title>Writing for your readers - chadim.net</title><link rel="canonical" href="https://chadim.net/x">'
    assert title_of(head, "Writing for your readers - chadim.net") == "Writing for your readers"


def test_host_name_prefix_is_removed_only_when_it_is_the_whole_part() -> None:
    whole = '<title>harbournotes.de // » Ferry timetable</title><link rel="canonical" href="https://harbournotes.de/x">'
    assert title_of(whole, "harbournotes.de // » Ferry timetable") == "Ferry timetable"
    brand = (
        "<title>Harbournotes readers pick the best ferry - The Harbournotes</title>"
        '<link rel="canonical" href="https://www.harbournotes.com/x">'
    )
    assert (
        title_of(brand, "Harbournotes readers pick the best ferry - The Harbournotes")
        == "Harbournotes readers pick the best ferry"
    )


def test_japanese_site_suffix_is_removed() -> None:
    head = '<title>港町で新冷凍技術の説明会｜北の海新聞</title><meta property="og:site_name" content="北の海新聞">'
    assert title_of(head, "港町で新冷凍技術の説明会") == "港町で新冷凍技術の説明会"
    assert title_of(head, "北の海新聞") == "港町で新冷凍技術の説明会"
