"""Whether a listing's links replace the body found on a page that is not an article.

Under ``reject_non_articles=False`` a page judged a listing (``content.looks_like_listing``) gives
its link content instead of the short body found. That body is kept when the listing's container
does not hold it and either the body is marked as an article (an ``<article>``, a ``story-body``:
a short story beside a video browser or a site map) or the listing is page furniture (under a
``<footer>``, ``<aside>``, ``<header>`` or ``<nav>``). A listing that holds the body only adds to it.
Where the listing's links add nothing, a grid of labels (``grid_adds``) that holds an unmarked body
adds its items.
"""

from __future__ import annotations

from kijiyomi.html import vocabulary as vocab
from kijiyomi.html.content import contains
from kijiyomi.html.dom import Walk

_FURNITURE = frozenset({"footer", "aside", "header", "nav"})


def listing_replaces(walk: Walk, container: int, listing_container: int) -> bool:
    """Whether the listing under ``listing_container`` may stand in for the body under ``container``."""
    if contains(walk, listing_container, container):
        return True
    return not (_marked_article(walk, container) or _under_furniture(walk, listing_container))


def grid_adds(walk: Walk, container: int, grid_container: int) -> bool:
    """Whether a grid of labels under ``grid_container`` may add to the body under ``container``:
    it holds the body, and the body is not marked as an article (a story's own page keeps its
    text whatever labels surround it)."""
    return contains(walk, grid_container, container) and not _marked_article(walk, container)


def _marked_article(walk: Walk, element: int) -> bool:
    """Whether ``element`` or an ancestor is marked as an article."""
    elements = walk.elements
    while element >= 0:
        found = elements[element]
        if vocab.names_article(found.tag, found.hint):
            return True
        element = found.parent
    return False


def _under_furniture(walk: Walk, element: int) -> bool:
    """Whether ``element`` is or lies below a footer, aside, header or nav element."""
    elements = walk.elements
    while element >= 0:
        if elements[element].tag in _FURNITURE:
            return True
        element = elements[element].parent
    return False
