"""The benchmark command line: ``python -m bench.run [options]``.

Dev loop (kijiyomi alone, dev split, worst pages; then what changed since the saved run):
    python -m bench.run --extractors kijiyomi --split dev --out bench/out/dev.json
    python -m bench.run --extractors kijiyomi --split dev --baseline bench/out/dev.json
One page in detail:
    python -m bench.run --show fundus-jp-Nikkei_2025_01_27
Full comparison (anchors cached in bench/cache/):
    python -m bench.run --split test --memory --out bench/out/test.json --markdown docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench import console
from bench.datasets import DataMissingError, Page, dataset_dirs, find_data_root, load_pages
from bench.extractors import ANCHORS, EXTRACTORS
from bench.runner import Plan, Reader, read_html, run
from bench.scoring import group_summaries, score_all


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.run", description="Benchmark kijiyomi against the anchor extractors."
    )
    parser.add_argument(
        "--extractors",
        default=None,
        help=f"comma-separated, from: {', '.join(EXTRACTORS)} (default: all; with --show: kijiyomi)",
    )
    parser.add_argument("--datasets", default="", help="comma-separated dataset names (default: all)")
    parser.add_argument(
        "--data", default=None, help="data folder (default: /work/shared/data or ../shared/data)"
    )
    parser.add_argument(
        "--extra-dataset",
        action="append",
        default=[],
        metavar="DIR",
        help="another folder in the same format (ground-truth.json + html/); repeatable",
    )
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test")
    parser.add_argument("--limit", type=int, default=None, help="at most N pages per dataset")
    parser.add_argument("--ids", default="", help="only these page ids (comma-separated)")
    parser.add_argument(
        "--lang", default="", help="only pages of these gold languages, e.g. ja (comma-separated)"
    )
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (timings are per process)")
    parser.add_argument("--timeout", type=float, default=30.0, help="per-page, per-extractor limit (s)")
    parser.add_argument(
        "--no-cache", action="store_true", help="recompute anchor outputs (and refill the cache)"
    )
    parser.add_argument(
        "--worst",
        type=int,
        default=None,
        help="how many worst pages to list (default: 20; none on the TEST split, which is scored as a whole)",
    )
    parser.add_argument("--show", metavar="ID", help="print gold against extracted text for one page")
    parser.add_argument("--input-dir", metavar="DIR", help="score text dumps DIR/ID.txt (kijiyomi kind=text)")
    parser.add_argument("--memory", action="store_true", help="measure peak memory per extractor")
    parser.add_argument("--memory-pages", type=int, default=150, help="pages per memory probe")
    parser.add_argument("--out", metavar="FILE", help="write the JSON result file here")
    parser.add_argument(
        "--baseline", metavar="FILE", help="an earlier --out file: print F1 changes per dataset and page"
    )
    parser.add_argument("--markdown", metavar="FILE", help="write the markdown report here")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    return parser.parse_args(argv)


def _progress(quiet: bool, every: int = 100):  # type: ignore[no-untyped-def]
    def report(done: int, total: int, elapsed: float) -> None:
        if not quiet and (done % every == 0 or done == total):
            print(f"  {done}/{total} pages, {elapsed:.0f} s", file=sys.stderr, flush=True)

    return report


def select_folders(args: argparse.Namespace) -> list[Path]:
    root = find_data_root(args.data)
    folders = dataset_dirs(root) + [Path(d) for d in args.extra_dataset]
    if args.datasets:
        wanted = [name.strip() for name in args.datasets.split(",") if name.strip()]
        unknown = sorted(set(wanted) - {f.name for f in folders})
        if unknown:
            raise SystemExit(
                f"unknown dataset(s): {', '.join(unknown)}; known: {', '.join(f.name for f in folders)}"
            )
        folders = [f for f in folders if f.name in wanted]
    return folders


# Adapters of one library that keep per-process caches keyed on a page's strings: run on the same
# page one after the other, the later one finds the earlier one's entries and reads faster.
SHARED_CACHES = (
    ("trafilatura", "trafilatura-text", "trafilatura's lru_cache on trim() and line_processing()"),
)


def shared_cache_note(names: Sequence[str]) -> str | None:
    """A warning for speed ratios when two adapters sharing a library's caches ran on the same pages."""
    for first, second, what in SHARED_CACHES:
        if first in names and second in names:
            later = second if names.index(first) < names.index(second) else first
            return (
                f"speed note: {first} and {second} share {what}; on each page {later} ran second and"
                " reads faster than it would alone. Time each in a run of its own for pages/s ratios."
            )
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    default = ("kijiyomi",) if args.show else ("kijiyomi", *ANCHORS)
    names = tuple(n.strip() for n in args.extractors.split(",") if n.strip()) if args.extractors else default
    unknown = [name for name in names if name not in EXTRACTORS]
    if unknown:
        print(f"unknown extractor(s): {', '.join(unknown)}; known: {', '.join(EXTRACTORS)}", file=sys.stderr)
        return 2
    try:
        folders = select_folders(args)
    except DataMissingError as error:
        print(f"bench: {error}. Nothing to measure; put the datasets there or pass --data DIR.")
        return 0

    if args.show:
        return show(args, folders, names)

    ids = [i.strip() for i in args.ids.split(",") if i.strip()]
    pages = load_pages(folders, split=args.split, limit=args.limit, ids=ids)
    if args.lang:
        langs = {code.strip() for code in args.lang.split(",") if code.strip()}
        pages = [page for page in pages if page.lang in langs]
    reader: Reader = read_html
    registry = tuple(EXTRACTORS.items())
    if args.input_dir:
        from bench import textdumps

        pages, reader, registry, names = textdumps.prepare(Path(args.input_dir), pages)
    if not pages:
        print("bench: no pages selected (check --datasets, --split, --ids, --input-dir).")
        return 0

    plan = Plan(names, timeout_s=args.timeout, use_cache=not args.no_cache, registry=registry)
    print(
        f"bench: {len(pages)} pages ({args.split} split) from {len(folders)} datasets;"
        f" extractors: {', '.join(names)}",
        file=sys.stderr,
    )
    started = time.perf_counter()
    records = run(plan, pages, jobs=args.jobs, reader=reader, progress=_progress(args.quiet))
    elapsed = time.perf_counter() - started
    scores = score_all(records, pages)
    summaries = group_summaries(scores)

    memory = None
    if args.memory:
        from bench.memory import measure_all

        memory = measure_all(plan, pages, args.memory_pages, input_dir=args.input_dir)

    for name in names:
        print(console.detail_table(name, summaries[name]))
        print()
    if len(names) > 1:
        print(console.comparison_table(summaries))
        print()
    worst = args.worst if args.worst is not None else (0 if args.split == "test" else 20)
    if worst:
        print(console.worst_pages(scores, names[0], worst))
    if args.baseline:
        try:
            earlier = json.loads(Path(args.baseline).read_text(encoding="utf-8"))
            print(console.compare_with(scores, earlier, names[0], worst))
        except (OSError, ValueError) as error:
            print(f"baseline {args.baseline} unreadable: {error}")
    errors = console.error_lines(scores)
    if errors:
        print(errors)
    note = shared_cache_note(names)
    if note:
        print(note)
    print(f"\n{len(pages)} pages x {len(names)} extractors in {elapsed:.1f} s")

    if args.out or args.markdown:
        from bench import report

        result = report.build_result(
            command=shlex.join(["python", "-m", "bench.run", *(argv if argv is not None else sys.argv[1:])]),
            args=vars(args),
            plan=plan,
            pages=pages,
            scores=scores,
            summaries=summaries,
            memory=memory,
        )
        if args.out:
            path = Path(args.out)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
            print(f"wrote {path}")
        if args.markdown:
            path = Path(args.markdown)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(report.markdown(result), encoding="utf-8")
            print(f"wrote {path}")
    return 0


def show(args: argparse.Namespace, folders: list[Path], names: tuple[str, ...]) -> int:
    pages: list[Page] = load_pages(folders, split="all", ids=[args.show])
    if not pages:
        print(f"bench: no page with id {args.show!r} in {', '.join(f.name for f in folders)}")
        return 1
    reader: Reader = read_html
    registry = tuple(EXTRACTORS.items())
    if args.input_dir:
        from bench import textdumps

        pages, reader, registry, names = textdumps.prepare(Path(args.input_dir), pages)
        if not pages:
            print(f"bench: no dump {args.show}.txt in {args.input_dir}")
            return 1
    plan = Plan(names, timeout_s=args.timeout, use_cache=not args.no_cache, registry=registry)
    records = run(plan, pages[:1], reader=reader)
    print(console.show_page(pages[0], records))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
