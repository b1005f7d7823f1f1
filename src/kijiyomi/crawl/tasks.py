"""Planning: one task per input file, or per byte range of a large file cut at record boundaries.

A task owns the records whose first byte lies in ``[start, end)``; cut points are verified record
starts, so every record belongs to exactly one task. Task and shard names depend only on the
input and the split size, so any engine, any worker count and any rerun plan the same tasks.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass

from kijiyomi.crawl.framing import find_boundary, is_gzip, one_record_per_member
from kijiyomi.crawl.inputs import input_size, open_input


@dataclass(frozen=True, slots=True)
class Task:
    """A byte range of one input file, and the shard its output goes to."""

    source: str
    start: int
    end: int
    size: int  # size of the whole file

    @property
    def shard(self) -> str:
        name = re.sub(r"[^A-Za-z0-9._-]+", "_", self.source.rstrip("/").rsplit("/", 1)[-1])[:80]
        digest = hashlib.sha1(self.source.encode("utf-8", "surrogateescape")).hexdigest()[:8]
        return f"{name}-{digest}-{self.start:013d}"


def plan_tasks(source: str, split_bytes: int, record_cap: int = 8 << 20) -> list[Task]:
    """Cut one input into tasks of about ``split_bytes`` bytes (a file that is not much larger,
    that has no verifiable record start near a cut point, or that is gzipped as one stream rather
    than one member per record, stays whole)."""
    size = input_size(source)
    if size <= split_bytes * 3 // 2:
        return [Task(source, 0, size, size)]
    cuts = [0]
    with open_input(source) as handle:
        gz = is_gzip(handle)
        if gz and not one_record_per_member(handle, 0, record_cap + (64 << 10)):
            return [Task(source, 0, size, size)]
        target = split_bytes
        while target < size - split_bytes // 2:
            boundary = find_boundary(handle, max(target, cuts[-1] + 1), min(target + split_bytes, size), gz)
            if boundary is None:
                target += split_bytes
                continue
            cuts.append(boundary)
            target = boundary + split_bytes
    cuts.append(size)
    return [Task(source, start, end, size) for start, end in itertools.pairwise(cuts)]
