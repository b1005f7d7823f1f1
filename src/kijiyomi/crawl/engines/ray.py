"""The Ray engine (extra ``kijiyomi[ray]``): the same ``run_task`` as Ray tasks, one per shard.

Connects to the given cluster address, or runs ``ray.init()`` (which joins ``RAY_ADDRESS`` or
starts a local cluster) unless Ray is already initialised. Inputs must be readable from every
node (shared paths, or URLs through fsspec); results travel back to the driver, which writes
them, so the output folder only needs to exist on the driver's machine. This is the only module
of kijiyomi that imports ray.
"""

from __future__ import annotations

import os
import socket
from typing import Any

from kijiyomi.crawl.engines import OnFailure, OnResult
from kijiyomi.crawl.pipeline import run_task
from kijiyomi.crawl.settings import CrawlSettings
from kijiyomi.crawl.tasks import Task
from kijiyomi.errors import ConfigError, DependencyError

MAX_RETRIES = 2  # a task whose worker died is retried; shard commits are idempotent


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise DependencyError("ray", "ray") from None
    return ray


def check_reachable(address: str, timeout: float = 10.0) -> None:
    """Fail fast when a ``host:port`` (or ``ray://host:port``) cluster address does not answer:
    ``ray.init`` would retry for many minutes. Other forms (``auto``) are left to Ray.

    Raises:
        ConfigError: nothing accepts a connection at that address.
    """
    host, sep, port = address.removeprefix("ray://").rpartition(":")
    if not sep or not port.isdigit():
        return
    if not port.isascii() or not 0 < int(port) < 65536:  # "²" passes isdigit(), int() refuses it
        raise ConfigError(f"the Ray cluster address {address!r} has no valid port (1 to 65535)")
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
    except OSError as error:
        raise ConfigError(f"cannot reach the Ray cluster at {address}: {error}") from error


def execute(
    tasks: list[Task],
    settings: CrawlSettings,
    on_result: OnResult,
    on_failure: OnFailure,
    *,
    jobs: int | None = None,
    address: str | None = None,
) -> None:
    """Run every task on Ray; ``jobs`` caps the CPUs of a local cluster started here."""
    ray = _ray()
    started_here = not ray.is_initialized()
    if started_here:
        if address is None and not os.environ.get("RAY_ADDRESS"):  # a local cluster, started here
            ray.init(num_cpus=jobs, include_dashboard=False)
        else:  # joining a cluster: its resources are its own
            if address is not None:
                check_reachable(address)
            ray.init(address=address)
    try:
        remote = ray.remote(num_cpus=1, max_retries=MAX_RETRIES)(run_task)
        pending = {remote.remote(task, settings): task for task in tasks}
        while pending:
            done, _ = ray.wait(list(pending), num_returns=1)
            for ref in done:
                task = pending.pop(ref)
                try:
                    output = ray.get(ref)
                except Exception as error:  # RayTaskError wraps the task's exception
                    on_failure(task, f"{type(error).__name__}: {error}"[:2000])
                    continue
                on_result(task, output)
    finally:
        if started_here:
            ray.shutdown()
