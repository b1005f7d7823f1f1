"""The segments of a synthetic page body as the extractor's rules see them (tests/html helpers)."""

from __future__ import annotations

from kijiyomi.html.content import Scored, score_segment
from kijiyomi.html.dom import Walk, clean, parse, walk


def walk_body(body: str) -> tuple[Walk, list[Scored]]:
    """Parse ``body`` inside a bare page, clean it and walk it; every segment scored."""
    return walk_page(f"<!doctype html><html><head><title>t</title></head><body>{body}</body></html>")


def walk_page(html: str) -> tuple[Walk, list[Scored]]:
    """Parse a whole page, clean it and walk its body; every segment scored."""
    tree = parse(html)
    clean(tree)
    assert tree.body is not None
    found = walk(tree.body, max_nodes=100_000, max_depth=200, deadline=float("inf"))
    return found, [score_segment(segment) for segment in found.segments]


def texts(found: Walk, indexes: list[int]) -> list[str]:
    """The texts of the segments at ``indexes``."""
    return [found.segments[index].text for index in indexes]
