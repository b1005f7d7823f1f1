"""The per-record function and the per-task function that every engine runs unchanged.

``process_record`` turns one record into an article row or a reject row and never raises for a
bad page (a timeout or an extractor crash becomes a reject); ``run_task`` reads one task's
records, processes them and returns the shard's Parquet bytes and stats. Both are pure functions
of their inputs and the settings, which is what makes the output deterministic across engines.
"""

from __future__ import annotations

import importlib
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from kijiyomi.crawl import language
from kijiyomi.crawl.inputs import path_text
from kijiyomi.crawl.reader import RawRecord, ReadProblem, read_task
from kijiyomi.crawl.schema import article_row
from kijiyomi.crawl.settings import CrawlSettings
from kijiyomi.crawl.tasks import Task
from kijiyomi.crawl.writer import ShardBuilder, ShardOutput
from kijiyomi.errors import ConfigError
from kijiyomi.timelimit import TimeLimitExceeded, time_limit
from kijiyomi.types import Article, Rejection


@dataclass(frozen=True, slots=True)
class Row:
    """The outcome of one record: ``table`` is ``"articles"`` or ``"rejects"``."""

    table: str
    values: dict[str, Any]


@lru_cache(maxsize=8)
def resolve(target: str) -> Callable[..., Any]:
    """Import ``"module:function"``."""
    module_name, _, attr = target.partition(":")
    try:
        function: Callable[..., Any] = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as error:
        raise ConfigError(f"cannot load {target!r}: {error}") from error
    return function


def reader_function() -> Callable[[Article], Any]:
    """``kijiyomi.read``, or a ConfigError saying that reading is not available."""
    try:
        module = importlib.import_module("kijiyomi.reading")
        function: Callable[[Article], Any] = module.read
    except (ImportError, AttributeError) as error:
        raise ConfigError(f"--read needs kijiyomi.reading.read, which cannot be imported: {error}") from error
    return function


def _record_columns(record: RawRecord | ReadProblem) -> dict[str, Any]:
    return {
        "source": path_text(record.source),
        "offset": record.offset,
        "record_id": record.record_id,
        "warc_date": record.warc_date if isinstance(record, RawRecord) else None,
        "url": record.url,
    }


def _reject(
    record: RawRecord | ReadProblem, stage: str, reason: str, detail: str, title: str | None = None
) -> Row:
    return Row(
        "rejects",
        {**_record_columns(record), "stage": stage, "reason": reason, "detail": detail, "title": title},
    )


def process_record(record: RawRecord, settings: CrawlSettings) -> Row:
    """Extract (and optionally read) one record: an article row or a reject row.

    A failure of the reading stage (an exception or the time guard) keeps the article, with a
    warning and no reading.
    """
    wanted = settings.filters.languages
    try:
        with time_limit(settings.record_time_limit):
            if wanted:
                verdict = _precheck_language(record, wanted)
                if verdict is not None:
                    return _reject(record, "filter", "language", f"before extraction: {verdict}")
            result = resolve(settings.extractor)(
                record.payload, url=record.url, kind=record.kind, http_charset=record.http_charset
            )
            if isinstance(result, Rejection):
                return _reject(record, "extract", result.reason.value, result.detail, result.title)
            if wanted:
                lang, _ = language.identify(f"{result.title or ''}\n{result.text}")
                if lang not in wanted:
                    return _reject(
                        record, "filter", "language", f"article text identified as {lang}", result.title
                    )
    except TimeLimitExceeded as error:
        return _reject(record, "extract", "timeout", f"the per-record time guard fired ({error})")
    except (ImportError, ConfigError):
        raise  # a missing module is a broken installation, not a bad page: fail the task loudly
    except Exception as error:  # one hostile page must not stop the crawl
        return _reject(record, "extract", "error", f"{type(error).__name__}: {error}"[:500])
    reading = None
    if settings.read:
        try:
            with time_limit(settings.record_time_limit):
                reading = _read(result)
        except (ImportError, ConfigError):
            raise
        except Exception as error:  # TimeLimitExceeded included
            warning = f"reading failed: {type(error).__name__}: {error}"[:300]
            result = replace(result, warnings=(*result.warnings, warning))
    return Row("articles", article_row(_record_columns(record), result, reading))


def _precheck_language(record: RawRecord, wanted: tuple[str, ...]) -> str | None:
    if record.kind == "text":
        keep = language.header_verdict(record.languages, wanted)
        if keep is False:
            return f"WARC-Identified-Content-Language is {','.join(record.languages)}"
        return None
    return language.html_precheck(record.payload, record.http_charset, wanted)


def _read(article: Article) -> Mapping[str, Any]:
    reading = reader_function()(article)
    data: Mapping[str, Any] = reading.to_dict()
    return data


def run_task(task: Task, settings: CrawlSettings) -> ShardOutput:
    """Read, extract and collect one task; the result is committed by the engine's driver."""
    started = time.perf_counter()
    counts: Counter[str] = Counter()
    builder = ShardBuilder(task.shard, settings.row_group_rows)
    for item in read_task(task, settings, counts):
        if isinstance(item, ReadProblem):
            builder.add_reject(_reject(item, "reader", item.reason, item.detail).values)
            continue
        counts["records_processed"] += 1
        row = process_record(item, settings)
        if row.table == "articles":
            builder.add_article(row.values)
        else:
            builder.add_reject(row.values)
    seconds = time.perf_counter() - started
    stats = {
        "shard": task.shard,
        "source": path_text(task.source),
        "start": task.start,
        "end": task.end,
        "seconds": round(seconds, 3),
        **dict(sorted(counts.items())),
    }
    return builder.finish(stats)
