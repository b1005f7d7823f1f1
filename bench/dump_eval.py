"""Score the text-dump extractor on the rendered dumps (``bench/render_dumps.py``) per renderer,
next to the whole-dump baseline.

Body: token F1 against the gold body (``bench.metrics``: every CJK character one token, every run
of letters/digits one token), mean over pages. Title and date: counted only on dumps that show the
gold title (its tokens appear in the dump) or the gold date (a date of that day is in the dump).

    .venv/bin/python bench/dump_eval.py --split dev
    .venv/bin/python bench/dump_eval.py --split dev --renderer w3m --worst 10 --group ja
    .venv/bin/python bench/dump_eval.py --split dev --speed-against /tmp/before/src

``--speed-against SRC`` times this tree's ``extract_text`` against the one under ``SRC`` (another
checkout's ``src``): two worker processes take turns dump by dump, so that both see the same
load on a shared machine, and each counts the CPU time of its own calls.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "src"))

from bench.datasets import Page, dataset_dirs, find_data_root, load_pages  # noqa: E402
from bench.metrics import prf, same_day, title_match, tokens  # noqa: E402
from kijiyomi.metadata.dates import find_dates  # noqa: E402
from kijiyomi.options import DEFAULT_OPTIONS  # noqa: E402
from kijiyomi.textdump.extractor import extract_text  # noqa: E402
from kijiyomi.types import Article  # noqa: E402

DUMPS = REPO / "bench" / "dumps"
MIN_BASELINE_RECALL = 0.6


@dataclass(slots=True)
class Row:
    page: Page
    baseline: float
    baseline_recall: float
    f1: float
    precision: float
    recall: float
    title_shown: bool
    title_ok: bool
    date_shown: bool
    date_ok: bool
    predicted_title: str | None
    predicted_date: str | None


def non_articles(root: Path) -> frozenset[str]:
    """Pages that are not articles (wcxb's products, forums, listings, docs...): reported apart."""
    path = root / "wcxb" / "ground-truth.json"
    if not path.is_file():
        return frozenset()
    entries = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(k for k, v in entries.items() if v.get("page_type") not in (None, "article"))


def group_of(page: Page, others: frozenset[str] = frozenset()) -> str:
    """ja, zh/ko, other, or "other (non-article)" for the ids in ``others``."""
    if page.lang == "ja":
        return "ja"
    if page.lang in ("zh", "ko"):
        return "zh/ko"
    return "other (non-article)" if page.id in others else "other"


def shows_title(dump: str, title: str) -> bool:
    key = " ".join(tokens(title))
    return bool(key) and key in " ".join(tokens(dump))


def shows_date(dump: str, gold: str) -> bool:
    for line in dump.splitlines():
        if len(line) < 200:
            for _, _, value in find_dates(line):
                if same_day(value, gold):
                    return True
    return False


def score(page: Page, dump: str) -> tuple[Row, float]:
    started = time.process_time()  # CPU time: the machine is shared, wall time is not ours
    result = extract_text(dump, url=page.url, options=DEFAULT_OPTIONS)
    elapsed = time.process_time() - started
    gold = page.gold
    text = result.text if isinstance(result, Article) else ""
    body = prf(text, gold.body or "")
    title = result.title if isinstance(result, Article) else None
    published = result.published if isinstance(result, Article) else None
    title_shown = bool(gold.title) and shows_title(dump, gold.title or "")
    date_shown = bool(gold.date) and shows_date(dump, gold.date or "")
    whole = prf(dump, gold.body or "")
    row = Row(
        page=page,
        baseline=whole.f1,
        baseline_recall=whole.recall,
        f1=body.f1,
        precision=body.precision,
        recall=body.recall,
        title_shown=title_shown,
        title_ok=title_shown and title_match(title, gold.title or "").contains,
        date_shown=date_shown,
        date_ok=date_shown and bool(same_day(published, gold.date or "")),
        predicted_title=title,
        predicted_date=published.isoformat() if published else None,
    )
    return row, elapsed


_WORKER = """
import sys, time
sys.path.insert(0, sys.argv[1])
from kijiyomi.options import DEFAULT_OPTIONS
from kijiyomi.textdump.extractor import extract_text
for line in sys.stdin:
    text = open(line.rstrip("\\n"), encoding="utf-8").read()
    started = time.process_time()
    extract_text(text, url=None, options=DEFAULT_OPTIONS)
    print(time.process_time() - started, flush=True)
"""


def speed_against(other: Path, paths: list[Path]) -> tuple[float, float]:
    """Dumps per CPU-second of this tree and of ``other`` (second of two passes; turns alternate)."""
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(src)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for src in (REPO / "src", other)
    ]
    totals = [0.0, 0.0]
    for round_ in range(2):
        for index, path in enumerate(paths):
            for worker in (0, 1) if (index + round_) % 2 == 0 else (1, 0):
                pipe = workers[worker]
                assert pipe.stdin is not None
                assert pipe.stdout is not None
                pipe.stdin.write(f"{path}\n")
                pipe.stdin.flush()
                elapsed = float(pipe.stdout.readline())
                totals[worker] += elapsed if round_ else 0.0
    for pipe in workers:
        assert pipe.stdin is not None
        pipe.stdin.close()
        pipe.wait()
    return len(paths) / totals[0], len(paths) / totals[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renderer", action="append", help="default: every folder under bench/dumps")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument(
        "--group", choices=("ja", "zh/ko", "other", "other (non-article)"), help="only this group of pages"
    )
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages per renderer")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--speed-against", type=Path, help="another checkout's src: compare speed only")
    args = parser.parse_args(argv)
    root = find_data_root()
    others = non_articles(root)
    pages = {p.id: p for p in load_pages(dataset_dirs(root), split=args.split) if p.gold.body}
    renderers = args.renderer or sorted(p.name for p in DUMPS.iterdir() if p.is_dir())
    if args.speed_against:
        for renderer in renderers:
            paths = [p for p in sorted((DUMPS / renderer).glob("*.txt")) if p.stem in pages]
            ours, theirs = speed_against(args.speed_against, paths)
            print(f"{renderer}: {len(paths)} dumps, {ours:.0f} dumps per CPU-second here, {theirs:.0f} there")
        return 0
    table = []
    for renderer in renderers:
        rows_by_group: dict[str, list[Row]] = defaultdict(list)
        total_time = 0.0
        count = skipped = 0
        for path in sorted((DUMPS / renderer).glob("*.txt")):
            page = pages.get(path.stem)
            if page is None or (args.group and group_of(page, others) != args.group):
                continue
            row, elapsed = score(page, path.read_text(encoding="utf-8"))
            total_time += elapsed
            count += 1
            if row.baseline_recall < MIN_BASELINE_RECALL:
                skipped += 1  # the gold is not in the dump: a rendering or gold problem, not ours
                continue
            rows_by_group[group_of(page, others)].append(row)
        for group, rows in sorted(rows_by_group.items()):
            titled = [r for r in rows if r.title_shown]
            dated = [r for r in rows if r.date_shown]
            table.append(
                (
                    renderer,
                    group,
                    len(rows),
                    statistics.mean(r.baseline for r in rows),
                    statistics.mean(r.f1 for r in rows),
                    statistics.mean(r.precision for r in rows),
                    statistics.mean(r.recall for r in rows),
                    f"{sum(r.title_ok for r in titled)}/{len(titled)}",
                    f"{sum(r.date_ok for r in dated)}/{len(dated)}",
                )
            )
            if args.worst:
                for r in sorted(rows, key=lambda r: r.f1)[: args.worst]:
                    print(f"  {renderer} {r.page.id}: f1={r.f1:.2f} p={r.precision:.2f} r={r.recall:.2f}")
        rate = count / total_time if total_time else 0.0
        print(
            f"{renderer}: {count} dumps, {rate:.0f} dumps per CPU-second; {skipped} left out "
            f"(under {MIN_BASELINE_RECALL:.0%} of the gold tokens in the dump)",
            file=sys.stderr,
        )
    header = ("renderer", "group", "dumps", "whole-dump F1", "F1", "P", "R", "title", "date")
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
    else:
        print("  ".join(f"{h:>13}" for h in header))
    for entry in table:
        cells = [f"{c:.3f}" if isinstance(c, float) else str(c) for c in entry]
        print(("| " + " | ".join(cells) + " |") if args.markdown else "  ".join(f"{c:>13}" for c in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
