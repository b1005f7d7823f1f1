"""How much of a second core this machine gives right now: the same pure-Python loop in one
process, then in two at once, and the ratio of their throughputs (2.0 on two free cores).

Run it next to a scaling measurement (``bench/crawl_bench.py``) on a VM, whose host may share
its cores with other guests: ``.venv/bin/python -m bench.cpu_probe``.
"""

from __future__ import annotations

import time
from multiprocessing import Pool

LOOP = 30_000_000


def spin(count: int) -> float:
    """CPU seconds of a pure-Python loop of ``count`` steps."""
    started = time.process_time()
    total = 0
    for step in range(count):
        total += step * step % 7
    return time.process_time() - started


def main() -> None:
    started = time.perf_counter()
    single_cpu = spin(LOOP)
    single = time.perf_counter() - started
    with Pool(2) as pool:
        started = time.perf_counter()
        pair_cpu = pool.map(spin, [LOOP, LOOP])
        pair = time.perf_counter() - started
    print(
        f"1 process: {single:.2f} s wall, {single_cpu:.2f} s CPU | 2 processes: {pair:.2f} s wall, "
        f"{pair_cpu[0]:.2f} + {pair_cpu[1]:.2f} s CPU | throughput x{2 * single / pair:.2f}"
    )


if __name__ == "__main__":
    main()
