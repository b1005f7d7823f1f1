"""Running extractors side by side on the same pages.

Each page is read once and handed to every extractor in turn (interleaved), in one process, so
the timings of all extractors share the same conditions. Only the extraction call is timed.
With ``jobs > 1`` pages are spread over worker processes (for quick dev loops, not for timings).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.cache import DEFAULT_DIR, OutputCache
from bench.datasets import Page
from bench.extractors import EXTRACTORS, Adapter, Call, Extractor, Output, run_guarded

#: How an input page is read: the HTML by default, a text dump in ``--input-dir`` mode.
Reader = Callable[[Page], bytes]


@dataclass(frozen=True, slots=True)
class Record:
    """One extractor's result on one page."""

    extractor: str
    dataset: str
    page_id: str
    output: Output
    cpu_s: float
    wall_s: float
    error: str | None
    cached: bool


@dataclass(frozen=True, slots=True)
class Plan:
    """What to run: extractors (by name, in order), how to build them, caching and the time limit."""

    extractors: tuple[str, ...]
    timeout_s: float = 30.0
    use_cache: bool = True
    cache_dir: Path = DEFAULT_DIR
    registry: tuple[tuple[str, Extractor], ...] = tuple(EXTRACTORS.items())

    def extractor(self, name: str) -> Extractor:
        return dict(self.registry)[name]


def read_html(page: Page) -> bytes:
    return page.read_html()


class _Worker:
    """The adapters and caches of one process, built once."""

    def __init__(self, plan: Plan, reader: Reader) -> None:
        self.plan = plan
        self.reader = reader
        self.adapters: dict[str, Adapter | None] = {}
        self.build_errors: dict[str, str] = {}
        self.caches: dict[str, OutputCache | None] = {}
        for name in plan.extractors:
            extractor = plan.extractor(name)
            try:
                self.adapters[name] = extractor.build()
            except Exception as exc:  # a missing library: every page counts as an error
                self.adapters[name] = None
                self.build_errors[name] = f"unavailable: {type(exc).__name__}: {exc}"
            cacheable = plan.use_cache and extractor.cacheable
            self.caches[name] = (
                OutputCache(name, extractor.version(), extractor.revision, plan.cache_dir)
                if cacheable
                else None
            )

    def run_page(self, page: Page) -> list[Record]:
        try:
            data = self.reader(page)
        except OSError as exc:
            error = f"unreadable page: {exc}"
            return [
                Record(name, page.dataset, page.id, Output("", None, None), 0.0, 0.0, error, False)
                for name in self.plan.extractors
            ]
        digest = hashlib.sha1(data).hexdigest()
        records = []
        for name in self.plan.extractors:
            adapter, cache = self.adapters[name], self.caches[name]
            call = cache.get(page.dataset, page.id, digest) if cache else None
            cached = call is not None
            if call is None:
                if adapter is None:
                    call = Call(Output("", None, None), 0.0, 0.0, self.build_errors[name])
                else:
                    call = run_guarded(adapter, data, page.url, self.plan.timeout_s)
                    if cache is not None:
                        cache.put(page.dataset, page.id, digest, call)
            records.append(
                Record(name, page.dataset, page.id, call.output, call.cpu_s, call.wall_s, call.error, cached)
            )
        return records


_WORKER: dict[str, _Worker] = {}  # the pool worker's own adapters, built by its initializer


def _init_worker(plan: Plan, reader: Reader) -> None:
    _WORKER["this"] = _Worker(plan, reader)


def _run_in_worker(page: Page) -> list[Record]:
    return _WORKER["this"].run_page(page)


def run(
    plan: Plan,
    pages: Sequence[Page],
    *,
    jobs: int = 1,
    reader: Reader = read_html,
    progress: Callable[[int, int, float], None] | None = None,
) -> list[Record]:
    """Every extractor of ``plan`` on every page; records in page order, extractors in plan order."""
    started = time.perf_counter()
    results: list[Record] = []

    def pages_done() -> Iterator[list[Record]]:
        if jobs <= 1:
            worker = _Worker(plan, reader)
            yield from map(worker.run_page, pages)
            return
        context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
        with context.Pool(jobs, initializer=_init_worker, initargs=(plan, reader)) as pool:
            yield from pool.imap(_run_in_worker, pages, chunksize=4)

    for done, records in enumerate(pages_done(), start=1):
        results.extend(records)
        if progress is not None:
            progress(done, len(pages), time.perf_counter() - started)
    return results
