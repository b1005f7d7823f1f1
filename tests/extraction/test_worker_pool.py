"""map_in_workers: outputs in input order, errors as values, a bounded window, a dead worker survived."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool

import pytest

from kijiyomi.worker_pool import IN_FLIGHT_PER_WORKER, map_in_workers


def _square_or_fail(number: int) -> int:
    if number % 5 == 3:
        raise ValueError(f"no square for {number}")
    return number * number


def _die_on_seven(number: int) -> int:
    if number == 7:
        os._exit(9)  # what a segfault in a parser looks like to the pool
    return number + 100


def test_outputs_come_in_input_order_and_errors_come_back_as_values() -> None:
    results = list(map_in_workers(_square_or_fail, range(20), jobs=2))
    assert [item for item, _ in results] == list(range(20))
    for item, outcome in results:
        if item % 5 == 3:
            assert isinstance(outcome, ValueError) and str(item) in str(outcome)
        else:
            assert outcome == item * item


def test_only_a_window_of_the_input_is_drawn_ahead() -> None:
    drawn: list[int] = []

    def numbers() -> Iterator[int]:
        for number in range(100):
            drawn.append(number)
            yield number

    results = map_in_workers(_square_or_fail, numbers(), jobs=2)
    first = next(results)
    assert first == (0, 0)
    assert len(drawn) == 2 * IN_FLIGHT_PER_WORKER
    results.close()  # left early: the queued calls are dropped, nothing hangs


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the stand-in crash needs fork")
def test_a_dead_worker_costs_only_the_items_in_flight() -> None:
    results = dict(map_in_workers(_die_on_seven, range(40), jobs=2))
    assert sorted(results) == list(range(40))
    assert isinstance(results[7], BrokenProcessPool)
    lost = [item for item, outcome in results.items() if isinstance(outcome, BrokenProcessPool)]
    window = 2 * IN_FLIGHT_PER_WORKER
    assert all(abs(item - 7) <= window for item in lost)  # what was in flight with it, no more
    assert all(results[item] == item + 100 for item in range(40) if item not in lost)
