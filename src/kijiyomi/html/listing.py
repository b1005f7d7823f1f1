"""Whether a listing's links replace the body found on a page that is not an article.

Under ``reject_non_articles=False`` a page judged a listing (``content.looks_like_listing``) gives
its link content instead of the short body found. That body is kept when the listing's container
does not hold it and either the body is marked as an article (an ``<article>``, a ``story-body``:
a short story beside a video browser or a site map) or the listing is page furniture (under a
``<footer>``, ``<aside>``, ``<header>`` or ``<nav>``). A listing that holds the body only adds to it.
Where the listing's links add nothing, a grid of labels (``grid_adds``) that holds an unmarked body
adds its items. A short story right under a headline that reads as one (``story_under_headline``)
is kept whatever links surround it: a story of a few sentences beside teasers and link boxes.
"""

from __future__ import annotations

from kijiyomi.html import vocabulary as vocab
from kijiyomi.html.content import Scored, contains
from kijiyomi.html.dom import Walk, lineage
from kijiyomi.html.keys import text_key, title_reach

_FURNITURE = frozenset({"footer", "aside", "header", "nav"})
# A body that starts at most this many segments below the headline (a byline, a date, share
# buttons between them) lies right under it.
HEADLINE_REACH = 6
# A headline of this many words or more reads as a story's ("Council approves new budget for
# city schools"), not as a section's or a catalogue's name ("Running Shoes", "Latest News").
STORY_HEADLINE_WORDS = 6
# A body of at most this many UTF-8 bytes is a short story (tens of words); a longer one that
# still looks like a listing is a landing page's blurbs, whose links are its content.
SHORT_STORY_BYTES = 800


def listing_replaces(walk: Walk, container: int, listing_container: int) -> bool:
    """Whether the listing under ``listing_container`` may stand in for the body under ``container``."""
    if contains(walk, listing_container, container):
        return True
    return not (_marked_article(walk, container) or _under_furniture(walk, listing_container))


def story_under_headline(walk: Walk, scored: list[Scored], body: list[int], title: str | None) -> bool:
    """Whether ``body`` is a short story right under the page's headline ``title``.

    The headline (a segment showing ``title``) lies at most ``HEADLINE_REACH`` segments above the
    body's first segment, has ``STORY_HEADLINE_WORDS`` words or more, and the body holds at least
    one sentence in at most ``SHORT_STORY_BYTES`` bytes. Such a body is the page's story, not the
    intro of a listing: the links around it (teasers, more stories) do not replace it.
    """
    if not body or not title or len(title.split()) < STORY_HEADLINE_WORDS:
        return False
    segments = walk.segments
    if sum(len(segments[index].text.encode("utf-8")) for index in body) > SHORT_STORY_BYTES:
        return False
    if not any(scored[index].sentence_like for index in body):
        return False
    key, limit = text_key(title), title_reach(title)
    first = body[0]
    return any(
        len(segments[index].text) <= limit and text_key(segments[index].text) == key
        for index in range(max(0, first - HEADLINE_REACH), first)
    )


def grid_adds(walk: Walk, container: int, grid_container: int) -> bool:
    """Whether a grid of labels under ``grid_container`` may add to the body under ``container``:
    it holds the body, and the body is not marked as an article (a story's own page keeps its
    text whatever labels surround it)."""
    return contains(walk, grid_container, container) and not _marked_article(walk, container)


def _marked_article(walk: Walk, element: int) -> bool:
    """Whether ``element`` or an ancestor is marked as an article."""
    return any(vocab.names_article(found.tag, found.hint) for found in lineage(walk.elements, element))


def _under_furniture(walk: Walk, element: int) -> bool:
    """Whether ``element`` is or lies below a footer, aside, header or nav element."""
    return any(found.tag in _FURNITURE for found in lineage(walk.elements, element))
