"""A story split over sibling blocks of an element marked as an article.

A buyer's guide or listicle puts each reviewed item in its own block (a heading, score labels,
a paragraph, pros and cons, buttons) inside the marked article (``entry-content``, ``<article>``).
The rules' container can settle on the one block with the most prose and the fewest labels (a
methodology box); when that block holds less than half of the marked article's prose, the
container is the marked article (``content._marked_whole``). A block holding most of it stays.
"""

from __future__ import annotations

import pytest

from kijiyomi.html import vocabulary
from kijiyomi.html.content import choose_container, score_segment
from kijiyomi.html.dom import Walk, clean, parse, walk

_ENGLISH = (
    "How we tested",
    "We used each app for a month to send invoices, track expenses and reconcile a bank account, "
    "and we scored it on price, support and how long the setup took.",
    "Every score is the mean of three reviewers who had not used the app before the test began.",
    "The app is the most complete of the five, with invoices, expenses and reports in every plan, "
    "though its cheapest plan allows only one user.",
)
_GERMAN = (
    "So haben wir getestet",
    "Wir haben jede App einen Monat lang benutzt, um Rechnungen zu schreiben, Ausgaben zu erfassen "
    "und ein Bankkonto abzugleichen, und sie nach Preis, Hilfe und Einrichtung bewertet.",
    "Jede Note ist der Mittelwert von drei Testern, die die App vorher nicht kannten.",
    "Die App ist die vollständigste der fünf, auch wenn ihr günstigster Tarif nur einen Nutzer erlaubt.",
)


def _item(number: int, review: str) -> str:
    """One reviewed item: heading, score labels and buttons around one paragraph of prose."""
    labels = "".join(f"<p>Score {part}</p><p>{number}.{part}/5</p>" for part in range(6))
    buttons = "".join(
        f'<a href="/go/{number}/{part}">See the offer of the vendor, {part}</a>' for part in range(10)
    )
    return f'<div class="card"><h3>App {number}</h3>{labels}<p>{review}</p><div>{buttons}</div></div>'


def _page(marked: str, texts: tuple[str, ...], items: int, extra: str = "") -> str:
    heading, method, scores, review = texts
    box = f'<div class="note-wrap"><div class="inner"><h2>{heading}</h2><p>{method}</p><p>{scores}</p></div></div>'
    cards = "".join(_item(number, review) for number in range(items))
    return f"""<!doctype html><html><head><title>Best apps</title></head><body>
<nav><a href="/">Home</a> <a href="/apps">Apps</a></nav>
<div {marked}><p>{review}</p>{box}{cards}{extra}</div>
<footer><a href="/about">About us</a></footer></body></html>"""


def _walk(html: str) -> Walk:
    tree = parse(html)
    clean(tree)
    assert tree.body is not None
    return walk(tree.body, max_nodes=100_000, max_depth=200, deadline=float("inf"))


def _container(html: str) -> tuple[Walk, int]:
    page = _walk(html)
    return page, choose_container(page, [score_segment(segment) for segment in page.segments])


def _texts_under(page: Walk, element: int) -> list[str]:
    def inside(owner: int) -> bool:
        while owner >= 0:
            if owner == element:
                return True
            owner = page.elements[owner].parent
        return False

    return [segment.text for segment in page.segments if inside(segment.owner)]


@pytest.mark.parametrize("texts", [_ENGLISH, _GERMAN])
@pytest.mark.parametrize("marked", ['class="entry-content"', 'class="post-content"'])
def test_the_container_is_the_marked_article_holding_the_whole_story(
    marked: str, texts: tuple[str, ...]
) -> None:
    page, container = _container(_page(marked, texts, items=5))
    element = page.elements[container]
    assert vocabulary.names_article(element.tag, element.hint)
    kept = _texts_under(page, container)
    assert kept.count(texts[3]) == 6  # the lead and every item's review
    assert texts[1] in kept


@pytest.mark.parametrize("texts", [_ENGLISH, _GERMAN])
def test_a_block_holding_most_of_the_story_stays_the_container(texts: tuple[str, ...]) -> None:
    """A box with most of the marked article's prose, beside a long link list, is not widened."""
    links = "".join(f'<li><a href="/more/{i}">Another guide to pick, number {i}</a></li>' for i in range(30))
    page, container = _container(_page('class="entry-content"', texts, items=0, extra=f"<ul>{links}</ul>"))
    element = page.elements[container]
    assert not vocabulary.names_article(element.tag, element.hint)
    assert texts[1] in _texts_under(page, container)


@pytest.mark.parametrize("texts", [_ENGLISH, _GERMAN])
def test_without_a_marked_article_the_container_is_left_alone(texts: tuple[str, ...]) -> None:
    page, container = _container(_page('class="wrapper"', texts, items=5))
    assert _texts_under(page, container).count(texts[3]) == 0  # the rules keep the box
