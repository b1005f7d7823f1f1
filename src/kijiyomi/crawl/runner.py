"""The driver of a crawl: plan tasks, skip finished shards, run an engine, commit its results."""

from __future__ import annotations

import importlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from kijiyomi.crawl.inputs import expand_inputs
from kijiyomi.crawl.pipeline import reader_function, resolve
from kijiyomi.crawl.progress import Progress
from kijiyomi.crawl.settings import CrawlSettings
from kijiyomi.crawl.tasks import Task, plan_tasks
from kijiyomi.crawl.writer import OutputDir, ShardOutput
from kijiyomi.errors import ConfigError

Engine = Literal["local", "ray"]


@dataclass(slots=True)
class CrawlReport:
    """What a crawl run did."""

    shards: int = 0  # tasks planned
    skipped: int = 0  # already finished by an earlier run
    written: int = 0  # finished by this run
    records: int = 0
    articles: int = 0
    rejects: int = 0
    filtered: int = 0  # records left out before extraction (not a 2xx HTML response, --filter)
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (shard, error)

    @property
    def ok(self) -> bool:
        return not self.failures


def crawl(
    inputs: list[str] | tuple[str, ...],
    out: str | Path,
    settings: CrawlSettings | None = None,
    *,
    engine: Engine = "local",
    jobs: int | None = None,
    address: str | None = None,
    progress: bool | None = None,
) -> CrawlReport:
    """Extract every article of WARC/WET inputs into Parquet shards under ``out``.

    Raises:
        InputError: an input that does not exist or cannot be opened.
        ConfigError: bad settings, an output folder written with other settings, or ``--read``
            without the reading module.
        DependencyError: the engine's extra is not installed.
    """
    settings = settings or CrawlSettings()
    started = time.monotonic()
    resolve(settings.extractor)
    if settings.read:
        reader_function()
    if engine not in ("local", "ray"):
        raise ConfigError(f"unknown engine {engine!r}: use 'local' or 'ray'")
    execute = importlib.import_module(f"kijiyomi.crawl.engines.{engine}").execute
    tasks = [
        task
        for source in expand_inputs(inputs)
        for task in plan_tasks(source, settings.split_bytes, settings.max_record_bytes)
    ]
    output_dir = OutputDir(out, settings)
    todo = [task for task in tasks if not output_dir.is_done(task.shard)]
    report = CrawlReport(shards=len(tasks), skipped=len(tasks) - len(todo))
    bar = Progress(len(todo), sum(task.end - task.start for task in todo), enabled=progress)

    def on_result(task: Task, output: ShardOutput) -> None:
        output_dir.commit(output)
        report.written += 1
        report.records += int(output.stats.get("records_processed", 0))
        report.articles += int(output.stats.get("articles", 0))
        report.rejects += int(output.stats.get("rejects", 0))
        report.filtered += sum(int(v) for k, v in output.stats.items() if k.startswith("skipped_"))
        bar.advance(task.end - task.start, int(output.stats.get("records_read", 0)))

    def on_failure(task: Task, error: str) -> None:
        report.failures.append((task.shard, error))
        bar.advance(task.end - task.start, 0)

    if todo:
        execute(todo, settings, on_result, on_failure, jobs=jobs, address=address)
    report.failures.sort()
    report.seconds = round(time.monotonic() - started, 3)
    return report
