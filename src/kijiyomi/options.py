"""Options for extraction, passed explicitly as one frozen object (no module-level state)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """Limits and switches for ``extract``.

    The limits bound every document: inputs over ``max_bytes`` are rejected, pages over
    ``max_parse_bytes`` are cut (with a warning) before parsing, the DOM walk stops after
    ``max_nodes`` nodes, and the whole extraction gives up after ``time_budget`` seconds of
    Python work (the article found so far is returned with a warning, or a TIMEOUT rejection).
    """

    max_bytes: int = 64 * 1024 * 1024
    max_parse_bytes: int = 5 * 1024 * 1024
    max_nodes: int = 200_000
    max_depth: int = 256
    time_budget: float = 2.0
    max_gzip_ratio: int = 200  # for .gz files: decompressed size at most this many times the input
    include_tables: bool = True
    min_article_chars: int = 80  # below this a page with no other article signal is not an article
    # False: return the main content of any page (section fronts, product pages...) as an Article
    # instead of a Rejection; empty and binary inputs are still rejected.
    reject_non_articles: bool = True


DEFAULT_OPTIONS = ExtractOptions()
