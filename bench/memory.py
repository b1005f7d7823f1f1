"""Peak memory per extractor, each measured in its own child process.

The child reads the sample pages, builds the extractor (imports, models, stoplists), notes its
peak resident set, extracts every page, and notes the peak again. The peak is ``VmHWM`` of
``/proc/self/status``: it counts all memory the process touched, C libraries (lxml, Lexbor)
included, which ``tracemalloc`` would miss, and starts afresh at the child's ``exec``, whereas Linux
carries the parent's ``ru_maxrss`` over into a forked child (it is the fallback off Linux).
Run as ``python -m bench.memory`` only by ``measure_all``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.datasets import Page
from bench.extractors import EXTRACTORS, run_guarded
from bench.runner import Plan

_KIB_PER_MIB = 1024.0


def sample_pages(pages: Sequence[Page], count: int) -> list[Page]:
    """``count`` pages spread evenly over ``pages``, always including the largest file."""
    if count <= 0 or not pages:
        return []
    ordered = sorted(pages, key=lambda p: (p.dataset, p.id))
    step = max(len(ordered) / count, 1.0)
    chosen = {id(ordered[int(i * step)]): ordered[int(i * step)] for i in range(min(count, len(ordered)))}
    largest = max(ordered, key=lambda p: p.path.stat().st_size if p.path.is_file() else 0)
    chosen[id(largest)] = largest
    return list(chosen.values())


def measure_all(
    plan: Plan, pages: Sequence[Page], count: int, *, input_dir: str | None = None
) -> dict[str, dict[str, Any]]:
    """``{extractor: {"rss_after_setup_mib", "peak_rss_mib", "pages", "errors"}}`` or an ``error``."""
    sample = sample_pages(pages, count)
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-mem-") as folder:
        listing = Path(folder) / "pages.json"
        listing.write_text(json.dumps([[str(p.path), p.url] for p in sample]), encoding="utf-8")
        for name in plan.extractors:
            command = [sys.executable, "-m", "bench.memory", name, str(listing), str(plan.timeout_s)]
            if input_dir:
                command.append("--text")
            print(f"  memory: {name} on {len(sample)} pages", file=sys.stderr, flush=True)
            try:
                done = subprocess.run(command, capture_output=True, text=True, timeout=3600, check=False)
                results[name] = json.loads(done.stdout.strip().splitlines()[-1])
            except (subprocess.TimeoutExpired, ValueError, IndexError) as error:
                results[name] = {"error": f"{type(error).__name__}: {str(error)[:200]}"}
    return results


def _rss_mib() -> float:
    """The peak resident set of this process so far, in MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / _KIB_PER_MIB  # "VmHWM:   12345 kB"
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / _KIB_PER_MIB  # KiB on Linux


def _child(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.memory")
    parser.add_argument("extractor")
    parser.add_argument("pages")
    parser.add_argument("timeout", type=float)
    parser.add_argument("--text", action="store_true", help="dump mode: the text extractors")
    args = parser.parse_args(argv)
    if args.text:
        from bench.textdumps import TEXT_EXTRACTORS

        registry = {e.name: e for e in TEXT_EXTRACTORS}
    else:
        registry = EXTRACTORS
    entries = json.loads(Path(args.pages).read_text(encoding="utf-8"))
    inputs = []
    for path, url in entries:
        data = Path(path).read_bytes()
        if path.endswith(".gz"):
            data = gzip.decompress(data)
        inputs.append((data, url))
    rss_start = _rss_mib()
    adapter = registry[args.extractor].build()
    rss_setup = _rss_mib()
    errors = sum(run_guarded(adapter, data, url, args.timeout).error is not None for data, url in inputs)
    print(
        json.dumps(
            {
                "rss_start_mib": round(rss_start, 1),
                "rss_after_setup_mib": round(rss_setup, 1),
                "peak_rss_mib": round(_rss_mib(), 1),
                "pages": len(inputs),
                "errors": errors,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(_child(sys.argv[1:]))
