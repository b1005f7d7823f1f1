"""A light progress line on stderr: shards, records, records/s and an ETA from the input bytes."""

from __future__ import annotations

import sys
import time
from typing import TextIO


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    return f"{seconds // 60}m{seconds % 60:02d}s"


class Progress:
    """Counts finished tasks; prints at most a few lines a second, only to a terminal unless forced."""

    def __init__(
        self, tasks: int, total_bytes: int, *, stream: TextIO | None = None, enabled: bool | None = None
    ):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.tasks, self.total_bytes = tasks, max(total_bytes, 1)
        self.done_tasks = self.done_bytes = self.records = 0
        self.started = time.monotonic()
        self._last_print = 0.0

    def advance(self, nbytes: int, records: int) -> None:
        self.done_tasks += 1
        self.done_bytes += nbytes
        self.records += records
        now = time.monotonic()
        if self.enabled and (now - self._last_print > 0.2 or self.done_tasks == self.tasks):
            self._last_print = now
            self.stream.write("\r" + self.line(now) + ("\n" if self.done_tasks == self.tasks else ""))
            self.stream.flush()

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self.started, 1e-6)
        rate = self.records / elapsed
        fraction = self.done_bytes / self.total_bytes
        eta = _duration(elapsed * (1 - fraction) / fraction) if 0 < fraction < 1 else "--"
        return (
            f"crawl: {self.done_tasks}/{self.tasks} shards  {self.records:,} records  "
            f"{rate:,.0f} rec/s  {fraction:5.1%} of input  ETA {eta}   "
        )
