"""``kijiyomi ingest``: extraction and reading in worker processes, one writer, resumable.

Workers run ``work`` (fetch or read the page, extract, read, prepare the index text); the main
process writes each result in its own transaction. Pages whose source id is already recorded are
skipped before any work, so a rerun after Ctrl-C or ``kill -9`` only does what is left.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from kijiyomi.store.archive import Archive
from kijiyomi.store.articlejson import article_from_json
from kijiyomi.store.record import PreparedArticle, RejectedPage, prepare
from kijiyomi.store.sources import PageTask, Skipped, expand, path_text, tasks_for
from kijiyomi.store.textindex import Scheme
from kijiyomi.timelimit import TimeLimitExceeded, time_limit
from kijiyomi.types import Article, Rejection, RejectReason
from kijiyomi.worker_pool import map_in_workers
from kijiyomi.workers import worker_count

log = logging.getLogger(__name__)
EXTRACT_SECONDS = 120.0  # wall-clock bound on fetching and extracting one page (a timeout rejection)
READ_SECONDS = 120.0  # wall-clock bound on reading one article (the article is kept, unread)
# a file's source id: path|size|mtime_ns, then #index (JSON, Parquet) or @offset (WARC/WET)
_FILE_SOURCE = re.compile(r"^(?!https?://)(.+)\|\d+\|\d+([#@]\d+)?$")


@dataclass(slots=True)
class WorkResult:
    source: str
    item: PreparedArticle | RejectedPage | None
    error: str | None = None
    reading: str = "absent"  # ok, absent, failed


@dataclass(slots=True)
class Summary:
    """What one ingest run did."""

    seen: int = 0
    skipped_done: int = 0
    stored: int = 0
    duplicates: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    reading: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    interrupted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "seen": self.seen,
            "already_stored": self.skipped_done,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "rejected": dict(self.rejected),
            "errors": [{"source": s, "error": e} for s, e in self.errors],
            "skipped": [{"source": s.source, "reason": s.reason} for s in self.skipped],
            "reading": dict(self.reading),
            "seconds": round(self.seconds, 2),
            "interrupted": self.interrupted,
        }

    def lines(self) -> list[str]:
        rate = self.seen / self.seconds if self.seconds else 0.0
        out = [
            f"{self.seen} pages in {self.seconds:.1f} s ({rate:.1f}/s): {self.stored} stored, "
            f"{self.duplicates} duplicates, {sum(self.rejected.values())} rejected, "
            f"{len(self.errors)} errors, "
            f"{self.skipped_done} already in the archive"
        ]
        if self.rejected:
            out.append("rejected: " + ", ".join(f"{k} {v}" for k, v in self.rejected.most_common()))
        if self.reading:
            out.append("reading: " + ", ".join(f"{k} {v}" for k, v in self.reading.most_common()))
        out.extend(f"error: {shown_source(source)}: {error}" for source, error in self.errors[:10])
        if len(self.errors) > 10:
            out.append(f"... and {len(self.errors) - 10} more errors")
        out.extend(f"skipped: {s.source}: {s.reason}" for s in self.skipped[:10])
        if len(self.skipped) > 10:
            out.append(f"... and {len(self.skipped) - 10} more skipped inputs")
        if self.interrupted:
            out.append("interrupted: run the same command again to finish (stored pages are skipped)")
        return out


def shown_source(source: str) -> str:
    """A source id as a person reads it: a file's path without the size and mtime that make the id
    (``/a/b.jsonl|120|1700000000#3`` is shown as ``/a/b.jsonl#3``); URLs are left as they are."""
    match = _FILE_SOURCE.match(source)
    return f"{match[1]}{match[2] or ''}" if match else source


def read_article(article: Article) -> tuple[dict[str, Any] | None, str]:
    """The Reading of ``article`` as a dict when ``kijiyomi.reading`` is installed."""
    try:
        from kijiyomi.reading import read
    except ImportError:
        return None, "absent"
    try:
        return read(article).to_dict(), "ok"
    except Exception as error:  # a reader bug must not lose the article
        log.warning("reading failed: %s", error)
        return None, "failed"


def _extract(task: PageTask) -> Article | Rejection:
    from kijiyomi.api import extract, extract_file

    if task.kind == "file":
        assert task.path is not None
        return extract_file(task.path, kind=task.page_kind)
    if task.kind == "url":
        from kijiyomi.fetch import fetch

        assert task.url is not None
        page = fetch(task.url)
        return extract(page.content, url=page.url, http_charset=page.charset)
    return extract(task.data or b"", url=task.url, kind=task.page_kind, http_charset=task.http_charset)


def work(task: PageTask, scheme: Scheme, with_reading: bool = True) -> WorkResult:
    """Turn one task into something to store; never raises (errors come back as text)."""
    try:
        reading: dict[str, Any] | None = None
        status = "absent"
        if task.kind == "record":
            record = dict(task.record or {})
            if record.get("type") == "rejection":
                page = RejectedPage(
                    str(record.get("reason") or "unknown"),
                    str(record.get("detail") or ""),
                    _text(record.get("url")),
                    _text(record.get("title")),
                )
                return WorkResult(task.source, page)
            reading = record.pop("reading", None)
            if not isinstance(reading, dict):  # not a reading at all: the article is read again
                reading = None
            result: Article | Rejection = article_from_json(record)
            status = "given" if reading else status
        else:
            try:
                with time_limit(EXTRACT_SECONDS):
                    result = _extract(task)
            except TimeLimitExceeded as error:
                result = Rejection(RejectReason.TIMEOUT, f"extraction took {error}", task.url)
        if isinstance(result, Rejection):
            if task.kind == "file" and result.url is None and task.path:
                result = Rejection(result.reason, result.detail, path_text(task.path), result.title)
            return WorkResult(task.source, RejectedPage.of(result))
        if task.kind == "file" and result.url is None and task.path:
            result = _with_url(result, Path(task.path).resolve().as_uri())
        if reading is None and with_reading:
            with time_limit(READ_SECONDS):  # read_article catches the timeout: the article is kept
                reading, status = read_article(result)
        return WorkResult(task.source, prepare(result, reading, scheme), reading=status)
    except Exception as error:
        return WorkResult(task.source, None, error=f"{type(error).__name__}: {error}")


def _text(value: Any) -> str | None:
    """A string field of a JSON record; anything else (a number, an object) is no value."""
    return value if isinstance(value, str) else None


def _with_url(article: Article, url: str) -> Article:
    data = article.to_dict()
    data["url"] = url
    return Article.from_dict(data)


class Progress:
    """A one-line progress display on stderr (only when it is a terminal, unless forced)."""

    def __init__(self, total: int | None, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.done = 0
        self.started = time.monotonic()
        self._last = 0.0

    def update(self, summary: Summary, force: bool = False) -> None:
        self.done = summary.seen
        now = time.monotonic()
        if not self.enabled or (not force and now - self._last < 0.2):
            return
        self._last = now
        rate = self.done / max(now - self.started, 1e-6)
        total = f"/{self.total}" if self.total else ""
        width = 24
        bar = ""
        if self.total:
            filled = int(width * min(self.done / self.total, 1.0))
            bar = "[" + "#" * filled + "-" * (width - filled) + "] "
        self.stream.write(
            f"\r{bar}{self.done}{total} pages {rate:.1f}/s  stored {summary.stored}  dup {summary.duplicates}"
            f"  rejected {sum(summary.rejected.values())}  errors {len(summary.errors)}\x1b[K"
        )
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def _pending(items: Iterable[Path | str], done: set[str], summary: Summary) -> Iterator[PageTask]:
    for item in items:
        for task in tasks_for(item, summary.skipped):
            if task.source in done:
                summary.skipped_done += 1
                continue
            done.add(task.source)
            yield task


def ingest(
    archive: Archive,
    inputs: list[str] | tuple[str, ...],
    *,
    jobs: int | None = None,
    with_reading: bool = True,
    progress: bool | None = None,
    on_result: Callable[[WorkResult], None] | None = None,
    batch_size: int = 64,
) -> Summary:
    """Ingest every page named by ``inputs`` into ``archive``; see the module docstring.

    Results are written in batches of up to ``batch_size`` pages (or every half second), each
    batch one transaction: a kill loses at most the unwritten batch, which a rerun redoes.
    """
    started = time.monotonic()
    summary = Summary()
    items, skipped = expand(inputs)
    summary.skipped.extend(skipped)
    known_total = len(items) if all(isinstance(i, str) or _single_page(i) for i in items) else None
    bar = Progress(known_total, enabled=progress)
    done = archive.done_sources()
    tasks = _pending(items, done, summary)
    jobs = worker_count(jobs)

    pending: list[WorkResult] = []
    last_flush = time.monotonic()

    def flush() -> None:
        nonlocal last_flush
        batch = [r for r in pending if r.item is not None]
        outcomes = _store(archive, batch)
        for result, outcome in zip(batch, outcomes, strict=True):
            if outcome is None:
                continue  # _store made it an error
            if outcome == "stored":
                summary.stored += 1
                summary.reading[result.reading] += 1
            elif outcome == "duplicate":
                summary.duplicates += 1
            else:
                assert isinstance(result.item, RejectedPage)
                summary.rejected[result.item.reason] += 1
        for result in pending:
            summary.seen += 1
            if result.item is None:
                summary.errors.append((result.source, result.error or "unknown error"))
            if on_result is not None:
                on_result(result)
        pending.clear()
        last_flush = time.monotonic()
        bar.update(summary)

    def record(result: WorkResult) -> None:
        pending.append(result)
        if len(pending) >= batch_size or time.monotonic() - last_flush > 0.5:
            flush()

    try:
        if jobs == 1:
            for task in tasks:
                record(work(task, archive.scheme, with_reading))
        else:
            _run_pool(tasks, jobs, archive.scheme, with_reading, record)
        flush()
    except KeyboardInterrupt:
        summary.interrupted = True
        flush()  # what the workers finished is kept
    finally:
        bar.update(summary, force=True)
        bar.close()
        summary.seconds = time.monotonic() - started
    return summary


# What one page's values can raise in the writer (text SQLite cannot encode, an integer past 64
# bits, a value of a type it cannot bind, a reading of an odd shape); the archive's own failures
# (read-only, locked, disk full: sqlite3.OperationalError) are not among them and stop the run.
_PAGE_ERRORS = (
    UnicodeError, OverflowError, TypeError, ValueError, AttributeError,
    sqlite3.InterfaceError, sqlite3.ProgrammingError,
)  # fmt: skip


def _store(archive: Archive, batch: list[WorkResult]) -> list[str | None]:
    """Write a batch in one transaction. When one page's values cannot be written, the batch is
    written again page by page, so that only that page is lost: it becomes an error (None)."""
    try:
        return list(archive.add_many([(r.item, r.source) for r in batch if r.item is not None]))
    except _PAGE_ERRORS:
        pass
    outcomes: list[str | None] = []
    for result in batch:
        assert result.item is not None
        try:
            outcomes.append(archive.add(result.item, result.source))
        except _PAGE_ERRORS as error:
            log.warning("cannot store %s: %s", result.source, error)
            result.item, result.error = None, f"cannot store: {type(error).__name__}: {error}"
            outcomes.append(None)
    return outcomes


def _single_page(item: Path | str) -> bool:
    from kijiyomi.store.sources import JSON_SUFFIXES, PARQUET_SUFFIXES, WARC_SUFFIXES

    name = str(item).lower()
    return not name.endswith((*WARC_SUFFIXES, *PARQUET_SUFFIXES, *JSON_SUFFIXES))


def _run_pool(
    tasks: Iterator[PageTask],
    jobs: int,
    scheme: Scheme,
    with_reading: bool,
    record: Callable[[WorkResult], None],
) -> None:
    """Work the tasks in worker processes. A worker that dies (a native crash, the OOM killer)
    costs the pages in flight, recorded as errors; a new pool goes on."""
    job = partial(work, scheme=scheme, with_reading=with_reading)
    for task, outcome in map_in_workers(job, tasks, jobs):
        if isinstance(outcome, Exception):  # a worker died (BrokenProcessPool) or could not pickle
            record(WorkResult(task.source, None, error=f"{type(outcome).__name__}: {outcome}"))
        else:
            record(outcome)


__all__ = ["Summary", "WorkResult", "ingest", "read_article", "work"]
