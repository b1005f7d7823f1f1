"""A wall-clock bound on one page's work (``kijiyomi ingest``, the crawl pipeline's records).

Uses SIGALRM, so it only acts in a process's main thread (where worker processes, Ray tasks and
``-j 1`` run each page); elsewhere it does nothing and the extractor's own cooperative time budget
is the only guard. Time spent inside one native call is only
interrupted when that call returns.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class TimeLimitExceeded(Exception):
    """The page's time limit was reached."""


@contextmanager
def time_limit(seconds: float, error: type[BaseException] = TimeLimitExceeded) -> Iterator[None]:
    """Raise ``error`` in the block after ``seconds`` (0 or less: no limit).

    A caller that runs other people's code passes a ``BaseException`` subclass, which their
    ``except Exception`` blocks let through.
    """
    usable = (
        seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def _fire(signum: int, frame: Any) -> None:
        raise error(f"over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


__all__ = ["TimeLimitExceeded", "time_limit"]
