"""Scoring plain-text dumps: ``DIR/ID.txt`` renderings of the dataset pages.

kijiyomi runs with ``kind="text"``; the HTML anchors cannot read text, so they are replaced by the
"whole dump" baseline (the entire dump taken as the article), which bounds what a text extractor
gains by cutting boilerplate.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bench.datasets import Page
from bench.extractors import Extractor, build_kijiyomi_text, build_whole_dump
from bench.runner import Reader

TEXT_EXTRACTORS = (
    Extractor("kijiyomi", "kijiyomi", build_kijiyomi_text, cacheable=False, description='kind="text"'),
    Extractor("whole-dump", "kijiyomi", build_whole_dump, cacheable=False, description="the dump as is"),
)


def read_dump(page: Page) -> bytes:
    return page.path.read_bytes()


def prepare(
    folder: Path, pages: list[Page]
) -> tuple[list[Page], Reader, tuple[tuple[str, Extractor], ...], tuple[str, ...]]:
    """The pages that have a dump in ``folder`` (pointing at it), the reader and the extractors."""
    dumped = [replace(page, path=folder / f"{page.id}.txt") for page in pages]
    dumped = [page for page in dumped if page.path.is_file()]
    registry = tuple((e.name, e) for e in TEXT_EXTRACTORS)
    return dumped, read_dump, registry, tuple(name for name, _ in registry)
