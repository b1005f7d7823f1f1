"""Call a function on many inputs in worker processes, surviving the death of a worker."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

Item = TypeVar("Item")
Output = TypeVar("Output")

IN_FLIGHT_PER_WORKER = 4


def map_in_workers(
    function: Callable[[Item], Output], items: Iterable[Item], jobs: int
) -> Iterator[tuple[Item, Output | Exception]]:
    """Each item with its output, or the exception its call raised, in input order.

    At most ``jobs * IN_FLIGHT_PER_WORKER`` items are in flight, so a long input is never all
    queued. A worker that dies (a native crash, the OOM killer) breaks the pool: the items in
    flight come back with ``BrokenProcessPool`` and a new pool takes the rest.
    """
    pool = ProcessPoolExecutor(max_workers=jobs)
    queue: deque[tuple[Item, Future[Output]]] = deque()
    try:
        for item in items:
            try:
                future = pool.submit(function, item)
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=jobs)
                future = pool.submit(function, item)
            queue.append((item, future))
            if len(queue) >= jobs * IN_FLIGHT_PER_WORKER:
                settled = _settled(*queue.popleft())  # no type context: Output stays Output
                yield settled
        while queue:
            settled = _settled(*queue.popleft())
            yield settled
    finally:  # left early (an interrupt): what is queued is dropped, nothing waits for it
        pool.shutdown(wait=not queue, cancel_futures=True)


def _settled(item: Item, future: Future[Output]) -> tuple[Item, Output] | tuple[Item, Exception]:
    try:
        return item, future.result()
    except Exception as error:
        return item, error
