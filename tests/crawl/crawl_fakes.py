"""A tiny deterministic stand-in for ``kijiyomi.extract``: tests of the crawl plumbing must not
depend on the extractor's heuristics. Page markers steer it: ``<!--reject-->`` gives a LISTING
rejection, ``<!--crash-->`` raises, ``<!--hang-->`` sleeps, ``<!--slow-->`` sleeps a little, and
``<!--die-->`` kills the worker process once (the first time, marked by the file named in the
environment variable ``CRAWL_FAKE_DIE_ONCE``)."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Any

from kijiyomi.decode import decode
from kijiyomi.types import Article, Block, BlockKind, Rejection, RejectReason

_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
_P = re.compile(r"<p>(.*?)</p>", re.S)


def extract(
    source: bytes | str,
    *,
    url: str | None = None,
    kind: str = "auto",
    http_charset: str | None = None,
    options: Any = None,
) -> Article | Rejection:
    text = decode(source, http_charset=http_charset).text if isinstance(source, bytes) else source
    if "<!--reject-->" in text:
        return Rejection(RejectReason.LISTING, "fake listing", url)
    if "<!--crash-->" in text:
        raise RuntimeError("fake extractor bug")
    if "<!--die-->" in text:
        marker = Path(os.environ["CRAWL_FAKE_DIE_ONCE"])
        if not marker.exists():
            marker.write_text("died")
            os._exit(3)
    if "<!--hang-->" in text:
        time.sleep(30)
    if "<!--slow-->" in text:
        time.sleep(0.15)
    if kind == "text":
        return Article(
            blocks=tuple(Block(BlockKind.PARAGRAPH, line) for line in text.splitlines() if line),
            url=url,
            input_kind="text",
        )
    title = _TITLE.search(text)
    return Article(
        blocks=tuple(Block(BlockKind.PARAGRAPH, p) for p in _P.findall(text)),
        title=title.group(1) if title else None,
        url=url,
        input_kind="html",
        confidence=0.5,
    )


FAKE = "crawl_fakes:extract"
