"""How many worker processes a command starts: what was asked, within what the machine can use.

Extraction and reading are CPU-bound and each worker loads its own models (about 170 MB with
the reader), so workers beyond a small multiple of the usable CPUs only cost memory.
"""

from __future__ import annotations

import os

MAX_WORKERS_PER_CPU = 2


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask where the OS has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def worker_limit() -> int:
    return MAX_WORKERS_PER_CPU * usable_cpus()


def worker_count(requested: int | None) -> int:
    """``requested`` capped at :func:`worker_limit`; ``None`` means one worker per usable CPU."""
    if requested is None:
        return usable_cpus()
    return max(1, min(requested, worker_limit()))
