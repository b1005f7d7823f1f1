"""Engines run ``pipeline.run_task`` over a list of tasks and hand each result to the driver.

An engine is a function ``execute(tasks, settings, on_result, on_failure, *, jobs, address)``;
``local`` uses a process pool on this machine, ``ray`` a Ray cluster (the only module that
imports ray).
"""

from __future__ import annotations

from collections.abc import Callable

from kijiyomi.crawl.tasks import Task
from kijiyomi.crawl.writer import ShardOutput

OnResult = Callable[[Task, ShardOutput], None]
OnFailure = Callable[[Task, str], None]
