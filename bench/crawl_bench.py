"""Crawl-scale benchmark: records/s per core of ``kijiyomi crawl`` against a FastWARC + trafilatura loop.

Builds a WARC (one gzip member per record, like Common Crawl) of at least 10,000 HTML response
records from the pages of ``../shared/data`` (pages repeat when there are fewer), then, in one run:

- the local engine with 1 worker and with 2 workers (or ``--workers``), wall time and CPU time;
- a single-process FastWARC + ``trafilatura.extract`` loop over the same file (``bench`` extra).

Prints a table and writes ``bench/out/crawl/report.json``. Wall-clock figures on a shared machine
are noisy: the report gives the load average before and after each run, and CPU seconds per page
(which load disturbs much less) next to records/s. Run it again with::

    .venv/bin/python -m bench.crawl_bench            # 10,000 records, 1 and 2 workers, baseline
    .venv/bin/python -m bench.crawl_bench --records 2000 --baseline-records 500   # quick look
    .venv/bin/python -m bench.crawl_bench --workers '' --no-baseline --lang ja --with-read \
        --report bench/out/crawl/report-ja.json          # the cost of scanning for Japanese pages

Exits 0 with a message when the data folder is absent.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import platform
import resource
import shutil
import sys
import time
import zlib
from collections.abc import Iterator
from dataclasses import replace
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "bench" / "out" / "crawl"


def iter_pages(data: Path) -> Iterator[tuple[str, bytes]]:
    """(url, html bytes) of every page of every dataset, in a fixed order."""
    for dataset in sorted(p for p in data.iterdir() if (p / "html").is_dir()):
        urls: dict[str, Any] = {}
        truth = dataset / "ground-truth.json"
        if truth.exists():
            urls = {
                key: (value or {}).get("url") for key, value in json.loads(truth.read_text("utf-8")).items()
            }
        for path in sorted((dataset / "html").glob("*.html*")):
            page_id = path.name.split(".html")[0]
            raw = path.read_bytes()
            html = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
            yield urls.get(page_id) or f"https://{dataset.name}.example/{page_id}", html


def _record(index: int, url: str, html: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(html) + html
    record_id = hashlib.sha1(b"%d" % index).hexdigest()
    header = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{record_id[:8]}-{record_id[8:12]}-{record_id[12:16]}-{record_id[16:20]}-"
        f"{record_id[20:32]}>\r\nWARC-Date: 2026-11-01T00:00:00Z\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    return compressor.compress(header + http + b"\r\n\r\n") + compressor.flush()


def build_warc(data: Path, records: int, out: Path) -> tuple[Path, int, int]:
    """Write (or reuse) the benchmark WARC; returns its path, distinct pages and raw HTML bytes."""
    pages = list(iter_pages(data))
    if not pages:
        raise FileNotFoundError(f"no pages under {data}")
    path = out / f"bench-{records}.warc.gz"
    raw_bytes = sum(len(pages[i % len(pages)][1]) for i in range(records))
    if not path.exists():
        out.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part")
        with partial.open("wb") as handle:
            for index in range(records):
                url, html = pages[index % len(pages)]
                repeat = index // len(pages)
                handle.write(_record(index, f"{url}#r{repeat}" if repeat else url, html))
        partial.replace(path)
    return path, len(pages), raw_bytes


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_kijiyomi(
    warc: Path, workers: int, out: Path, split_mb: int, *, lang: str = "", read: bool = False
) -> dict[str, Any]:
    from kijiyomi.crawl import CrawlSettings, crawl, parse_filters

    variant = (f"-lang-{lang}" if lang else "") + ("-read" if read else "")
    target = out / f"run-w{workers}{variant}"
    shutil.rmtree(target, ignore_errors=True)
    settings = replace(
        CrawlSettings(),
        split_bytes=split_mb * 1024 * 1024,
        filters=parse_filters([f"lang={lang}"] if lang else []),
        read=read,
    )
    load_before = os.getloadavg()[0]
    cpu_before = _children_cpu()
    started = time.perf_counter()
    report = crawl([str(warc)], target, settings, jobs=workers, progress=sys.stderr.isatty())
    wall = time.perf_counter() - started
    cpu = _children_cpu() - cpu_before
    records = report.records
    return {
        "engine": f"kijiyomi local, {workers} worker(s)"
        + (f", --filter lang={lang}" if lang else "")
        + (", --read" if read else ""),
        "workers": workers,
        "records": records,
        "articles": report.articles,
        "rejects": report.rejects,
        "shards": report.shards,
        "failures": len(report.failures),
        "wall_s": round(wall, 2),
        "records_per_s": round(records / wall, 1),
        "records_per_s_per_core": round(records / wall / workers, 1),
        "cpu_s": round(cpu, 1),
        "cpu_ms_per_record": round(1000 * cpu / max(records, 1), 2),
        "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
    }


def run_baseline(warc: Path, total: int, limit: int | None, metadata: bool = False) -> dict[str, Any]:
    """The hand-glued loop people run today: FastWARC records into trafilatura, one process.
    With ``limit``, every k-th record is extracted (the others are only read). With ``metadata``
    trafilatura also returns title, date, author and site (``bare_extraction(with_metadata=True)``),
    which is what kijiyomi's rows hold; without, the body text alone (``extract``)."""
    try:
        import trafilatura
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError as error:
        return {"engine": "FastWARC + trafilatura", "skipped": f"{error}: pip install 'kijiyomi[bench]'"}
    stride = max(1, total // limit) if limit else 1
    load_before = os.getloadavg()[0]
    wall = cpu = 0.0
    records = extracted = seen = 0
    for record in ArchiveIterator(str(warc), record_types=WarcRecordType.response, parse_http=True):
        seen += 1
        if (seen - 1) % stride:
            continue  # a capped run samples the whole file evenly, so the page mix stays the same
        records += 1
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        try:
            payload = record.reader.read()
            if metadata:
                text = getattr(trafilatura.bare_extraction(payload, with_metadata=True), "text", None)
            else:
                text = trafilatura.extract(payload)
        except Exception:  # trafilatura raises on some hostile pages; count them as no article
            text = None
        wall += time.perf_counter() - wall_start
        cpu += time.process_time() - cpu_start
        extracted += text is not None
    variant = " + metadata" if metadata else ""
    return {
        "engine": f"FastWARC + trafilatura {version('trafilatura')}{variant}, 1 process",
        "sampled_every": stride,
        "workers": 1,
        "records": records,
        "articles": extracted,
        "wall_s": round(wall, 2),
        "records_per_s": round(records / max(wall, 1e-9), 1),
        "records_per_s_per_core": round(records / max(wall, 1e-9), 1),
        "cpu_s": round(cpu, 1),
        "cpu_ms_per_record": round(1000 * cpu / max(records, 1), 2),
        "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
    }


def _versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for name in ("kijiyomi", "fastwarc", "pyarrow", "selectolax", "trafilatura"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "absent"
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="folder of datasets (html/ID.html.gz)"
    )
    parser.add_argument("--records", type=int, default=10_000, help="response records in the WARC")
    parser.add_argument("--workers", default="1,2", help="worker counts to run, comma-separated")
    parser.add_argument(
        "--baseline-records", type=int, default=None, help="cap the trafilatura loop (evenly sampled)"
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip the trafilatura loop")
    parser.add_argument(
        "--baseline-metadata",
        action="store_true",
        help="also run the loop with trafilatura's metadata (title, date...: what kijiyomi's rows hold)",
    )
    parser.add_argument("--split-mb", type=int, default=16, help="task size (more tasks than workers)")
    parser.add_argument(
        "--lang", default="", help="also run 1 worker with --filter lang=LANG (the cost of scanning a crawl)"
    )
    parser.add_argument("--with-read", action="store_true", help="with --lang: also run that with --read")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--report", type=Path, default=None, help="report file [OUT/report.json]")
    args = parser.parse_args(argv)

    if not args.data.is_dir():
        print(f"crawl bench: no data at {args.data}; nothing measured (pass --data DIR).")
        return 0
    warc, distinct, raw_bytes = build_warc(args.data, args.records, args.out)
    print(
        f"WARC: {warc} ({warc.stat().st_size / 1e6:.0f} MB gz, {raw_bytes / 1e6:.0f} MB of HTML, "
        f"{args.records} records from {distinct} distinct pages); cores: {os.cpu_count()}",
        flush=True,
    )
    runs = []
    for workers in (int(w) for w in args.workers.split(",") if w.strip()):
        runs.append(run_kijiyomi(warc, workers, args.out, args.split_mb))
        print(json.dumps(runs[-1]), flush=True)
    filtered = []
    for read in (False, True) if args.with_read else (False,):
        if args.lang:
            filtered.append(run_kijiyomi(warc, 1, args.out, args.split_mb, lang=args.lang, read=read))
            print(json.dumps(filtered[-1]), flush=True)
    baseline = None if args.no_baseline else run_baseline(warc, args.records, args.baseline_records)
    if baseline is not None:
        print(json.dumps(baseline), flush=True)
    with_metadata = None
    if args.baseline_metadata and not args.no_baseline:
        with_metadata = run_baseline(warc, args.records, args.baseline_records, metadata=True)
        print(json.dumps(with_metadata), flush=True)

    summary: dict[str, Any] = {}
    by_workers = {run["workers"]: run for run in runs}
    if 1 in by_workers and 2 in by_workers:
        summary["scaling_2_vs_1"] = round(by_workers[2]["records_per_s"] / by_workers[1]["records_per_s"], 2)
        summary["target_scaling"] = 1.8
    if baseline and "records_per_s" in baseline and runs:
        best = max(runs, key=lambda run: run["workers"])
        summary["speedup_vs_baseline"] = round(best["records_per_s"] / baseline["records_per_s"], 2)
        summary["speedup_vs_baseline_per_core"] = round(
            best["records_per_s_per_core"] / baseline["records_per_s_per_core"], 2
        )
        summary["cpu_ratio_vs_baseline"] = round(baseline["cpu_ms_per_record"] / best["cpu_ms_per_record"], 2)
        summary["target_speedup"] = 4.0
        if with_metadata and "cpu_ms_per_record" in with_metadata:
            summary["cpu_ratio_vs_baseline_with_metadata"] = round(
                with_metadata["cpu_ms_per_record"] / best["cpu_ms_per_record"], 2
            )
    report = {
        "warc": str(warc),
        "records": args.records,
        "distinct_pages": distinct,
        "html_bytes": raw_bytes,
        "cores": os.cpu_count(),
        "versions": _versions(),
        "runs": runs,
        "filtered_runs": filtered,
        "baseline": baseline,
        "baseline_with_metadata": with_metadata,
        "summary": summary,
        "note": "wall-clock figures were taken on a machine shared with other jobs (see load_before/after)",
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.report or args.out / "report.json").write_text(
        json.dumps(report, indent=1) + "\n", encoding="utf-8"
    )
    print(f"\n{'engine':70} {'rec/s':>8} {'rec/s/core':>11} {'CPU ms/rec':>11} {'load':>11}")
    loops = [run for run in (baseline, with_metadata) if run and "records_per_s" in run]
    for run in [*runs, *filtered, *loops]:
        load = f"{run['load_before']:.1f}->{run['load_after']:.1f}"
        print(
            f"{run['engine']:70} {run['records_per_s']:8.1f} {run['records_per_s_per_core']:11.1f} "
            f"{run['cpu_ms_per_record']:11.2f} {load:>11}"
        )
    print("summary:", json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
