"""The default engine: a process pool using every core of this machine.

Workers are spawned fresh (no fork of the driver's state) and each runs one task at a time. So
that memory stays bounded over long runs, the pool is replaced by a fresh one after about
``TASKS_PER_WORKER`` tasks per worker (the executor's own ``max_tasks_per_child`` deadlocks on
Python 3.11 when a worker retires). A worker that dies (killed, out of memory, a crash in native
code) breaks the pool; the engine then starts a new pool for the unfinished tasks, a few times at
most.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool

from kijiyomi.crawl.engines import OnFailure, OnResult
from kijiyomi.crawl.pipeline import run_task
from kijiyomi.crawl.settings import CrawlSettings
from kijiyomi.crawl.tasks import Task
from kijiyomi.workers import worker_count

TASKS_PER_WORKER = 32
POOL_RESTARTS = 3


def _watch_parent(parent: int) -> None:
    """Worker initializer: exit when the driver dies (a killed driver must not leave workers)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="kijiyomi-parent-watch", daemon=True).start()


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Cancel what is queued and end the running workers (the executor has no public way)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # shutdown() forgets them
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()


def execute(
    tasks: list[Task],
    settings: CrawlSettings,
    on_result: OnResult,
    on_failure: OnFailure,
    *,
    jobs: int | None = None,
    address: str | None = None,
) -> None:
    """Run every task; ``address`` is accepted for a uniform engine signature and ignored."""
    workers = max(1, min(worker_count(jobs), len(tasks) or 1))
    generation = workers * TASKS_PER_WORKER
    restarts = 0
    queue = list(tasks)
    while queue:
        batch, queue = queue[:generation], queue[generation:]
        broken = _run_pool(batch, settings, on_result, on_failure, workers)
        if broken:
            restarts += 1
            if restarts > POOL_RESTARTS:
                for task in broken + queue:
                    on_failure(
                        task, "a worker process died while running this task (pool restarted too often)"
                    )
                return
            queue = broken + queue


def _run_pool(
    tasks: list[Task], settings: CrawlSettings, on_result: OnResult, on_failure: OnFailure, workers: int
) -> list[Task]:
    """Run tasks in one pool; returns the tasks left unfinished when the pool broke."""
    context = multiprocessing.get_context("spawn")
    unfinished: list[Task] = []
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_watch_parent, initargs=(os.getpid(),)
    ) as pool:
        futures: dict[Future[object], Task] = {pool.submit(run_task, task, settings): task for task in tasks}
        try:
            for future in as_completed(futures):
                task = futures[future]
                try:
                    output = future.result()
                except BrokenProcessPool:
                    unfinished.append(task)
                    continue
                except Exception as error:
                    on_failure(task, f"{type(error).__name__}: {error}")
                    continue
                on_result(task, output)  # type: ignore[arg-type]
        except KeyboardInterrupt:  # stop now: finished shards are committed, a rerun does the rest
            _stop_workers(pool)
            raise
    return sorted(unfinished, key=lambda task: (task.source, task.start))
