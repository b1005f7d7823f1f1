"""What the dev loop prints: per-dataset tables, the worst pages and one page in detail."""

from __future__ import annotations

import difflib
import shutil
import textwrap
from collections.abc import Callable, Sequence
from typing import Any

from bench.datasets import GOLD_KINDS, INDEPENDENT_GOLD, Page
from bench.metrics import Haystack, prf, same_day, title_match
from bench.runner import Record
from bench.scoring import ALL, ARTICLES, JAPANESE, PageScore, Summary, dataset_mean_f1


def fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _order(groups: Sequence[str]) -> list[str]:
    datasets = sorted(g for g in groups if g not in (ALL, JAPANESE))  # subgroups sort after their dataset
    return datasets + [g for g in (JAPANESE, ALL) if g in groups]


def detail_table(extractor: str, summaries: dict[str, Summary]) -> str:
    """All the measures of one extractor, one row per dataset."""
    head = (
        f"{'dataset':<18} {'gold':<26} {'pages':>5} {'F1':>6} {'P':>6} {'R':>6} {'microF1':>7} "
        f"{'with':>6} {'w/out':>6} {'prefix':>6} {'title=':>6} {'title~':>6} {'date':>6} "
        f"{'empty':>5} {'err':>4} {'p/s':>6}"
    )
    lines = [f"== {extractor}", head, "-" * len(head)]
    for group in _order(list(summaries)):
        s = summaries[group]
        gold = ("  pages of type article" if group.endswith(ARTICLES) else GOLD_KINDS.get(group, ""))[:26]
        lines.append(
            f"{group[:18]:<18} {gold:<26} {s.pages:>5} {fmt(s.f1):>6} {fmt(s.precision):>6} "
            f"{fmt(s.recall):>6} {fmt(s.micro_f1):>7} {fmt(s.with_rate):>6} {fmt(s.without_rate):>6} "
            f"{fmt(s.prefix_rate):>6} {fmt(s.title_exact):>6} {fmt(s.title_contains):>6} "
            f"{fmt(s.date_accuracy):>6} {s.empty:>5} {s.errors + s.timeouts:>4} "
            f"{fmt(s.pages_per_cpu_s, 1):>6}"
        )
    mean = dataset_mean_f1(summaries)
    independent = dataset_mean_f1(summaries, INDEPENDENT_GOLD)
    lines.append(
        f"mean of per-dataset F1: {fmt(mean)} (datasets with a body gold), "
        f"{fmt(independent)} (independent gold: {', '.join(sorted(INDEPENDENT_GOLD))})"
    )
    rejections = summaries[ALL].rejections if ALL in summaries else {}
    if rejections:
        lines.append("notes: " + ", ".join(f"{k} {v}" for k, v in sorted(rejections.items())))
    return "\n".join(lines)


def comparison_table(summaries: dict[str, dict[str, Summary]]) -> str:
    """Macro F1 per dataset, one column per extractor, then snippets and speed."""
    names = list(summaries)
    groups = _order(sorted({g for per in summaries.values() for g in per}))
    width = max(11, *(len(n) + 1 for n in names))
    head = f"{'dataset (F1)':<18}" + "".join(f"{n:>{width}}" for n in names)
    lines = [head, "-" * len(head)]
    for group in groups:
        cells = "".join(
            f"{fmt(summaries[n][group].f1 if group in summaries[n] else None):>{width}}" for n in names
        )
        lines.append(f"{group[:18]:<18}{cells}")
    rows: tuple[tuple[str, Callable[[dict[str, Summary]], str]], ...] = (
        ("mean dataset F1", lambda per: fmt(dataset_mean_f1(per))),
        ("mean indep. F1", lambda per: fmt(dataset_mean_f1(per, INDEPENDENT_GOLD))),
        ("with (ALL)", lambda per: fmt(per[ALL].with_rate)),
        ("without (ALL)", lambda per: fmt(per[ALL].without_rate)),
        ("title= (ALL)", lambda per: fmt(per[ALL].title_exact)),
        ("date (ALL)", lambda per: fmt(per[ALL].date_accuracy)),
        ("pages/cpu-s", lambda per: fmt(per[ALL].pages_per_cpu_s, 1)),
        ("errors+timeouts", lambda per: str(per[ALL].errors + per[ALL].timeouts)),
    )
    for label, cell in rows:
        lines.append(f"{label:<18}" + "".join(f"{cell(summaries[n]):>{width}}" for n in names))
    return "\n".join(lines)


def worst_pages(scores: Sequence[PageScore], extractor: str, count: int) -> str:
    """The ``count`` pages with the lowest F1, then those failing most snippets (no body gold)."""
    mine = [s for s in scores if s.extractor == extractor]
    by_f1 = sorted((s for s in mine if s.prf is not None), key=lambda s: (s.prf.f1, s.page_id))  # type: ignore[union-attr]
    lines = [f"worst pages of {extractor} by F1 (id, dataset, F1, P, R, gold tokens, extracted tokens):"]
    for s in by_f1[:count]:
        p = s.prf
        assert p is not None
        note = f"  [{s.error or s.note}]" if s.error or s.note else ""
        lines.append(
            f"  {s.page_id:<44} {s.dataset:<16} F1 {p.f1:.3f}  P {p.precision:.3f}  R {p.recall:.3f}"
            f"  {p.gold:>6} {p.predicted:>6}{note}"
        )
    snippet_only = [s for s in mine if s.prf is None and s.with_total]
    snippet_only.sort(key=lambda s: (s.with_found / s.with_total, -s.with_total, s.page_id))
    failing = [s for s in snippet_only if s.with_found < s.with_total][: max(count // 2, 1)]
    if failing:
        lines.append("worst snippet-only pages (with found/total, without kept out/total):")
        for s in failing:
            note = f"  [{s.error or s.note}]" if s.error or s.note else ""
            lines.append(
                f"  {s.page_id:<44} {s.dataset:<16} with {s.with_found}/{s.with_total}"
                f"  without {s.without_absent}/{s.without_total}{note}"
            )
    return "\n".join(lines)


def error_lines(scores: Sequence[PageScore], limit: int = 10) -> str:
    failed = [s for s in scores if s.error]
    if not failed:
        return ""
    lines = [f"{len(failed)} failed calls (counted as empty output):"]
    lines += [f"  {s.extractor:<12} {s.page_id:<44} {s.error}" for s in failed[:limit]]
    if len(failed) > limit:
        lines.append(f"  ... and {len(failed) - limit} more")
    return "\n".join(lines)


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for line in text.splitlines():
        paragraph = " ".join(line.split())
        if paragraph:
            lines.extend(textwrap.wrap(paragraph, width) or [""])
    return lines


def show_page(page: Page, records: Sequence[Record], *, width: int | None = None) -> str:
    """Gold against each extractor's output for one page: scores, metadata and a line diff."""
    width = width or max(60, min(shutil.get_terminal_size((120, 40)).columns, 160))
    gold = page.gold
    out = [
        f"page {page.id}  dataset {page.dataset} ({GOLD_KINDS.get(page.dataset, '?')})  lang {page.lang}"
        f"  split {page.split}",
        f"url   {page.url}",
        f"gold title: {gold.title!r}",
        f"gold date:  {gold.date!r}",
    ]
    for record in records:
        o = record.output
        out.append("")
        out.append(f"===== {record.extractor}  ({record.cpu_s * 1000:.0f} ms cpu)")
        if record.error or o.note:
            out.append(f"note: {record.error or o.note}")
        title = title_match(o.title, gold.title) if gold.title else None
        out.append(
            f"title: {o.title!r}" + (f"  exact={title.exact} contains={title.contains}" if title else "")
        )
        out.append(f"date:  {o.date!r}" + (f"  same day={same_day(o.date, gold.date)}" if gold.date else ""))
        hay = Haystack(o.text)
        if gold.body:
            score = prf(o.text, gold.body)
            out.append(
                f"F1 {score.f1:.3f}  P {score.precision:.3f}  R {score.recall:.3f}"
                f"  (gold {score.gold} tokens, extracted {score.predicted})"
            )
        if gold.prefix:
            out.append(f"prefix ok: {hay.starts_with(gold.prefix)}")
        missing = [s for s in gold.with_ if not hay.contains(s)]
        leaked = [s for s in gold.without if hay.contains(s)]
        if gold.with_ or gold.without:
            out.append(
                f"with {len(gold.with_) - len(missing)}/{len(gold.with_)}"
                f"  without {len(gold.without) - len(leaked)}/{len(gold.without)}"
            )
        out += [f"  MISSING with: {s[:100]!r}" for s in missing]
        out += [f"  LEAKED without: {s[:100]!r}" for s in leaked]
        reference = gold.body or gold.prefix
        if reference:
            out.append("--- gold  +++ extracted  (whitespace-normalised lines)")
            diff = difflib.unified_diff(
                _wrap(reference, width - 2),
                _wrap(o.text, width - 2),
                "gold",
                record.extractor,
                n=1,
                lineterm="",
            )
            out.extend(list(diff)[2:])
        else:
            out.append("--- extracted text:")
            out.extend(_wrap(o.text, width))
    return "\n".join(out)


def compare_with(scores: Sequence[PageScore], baseline: dict[str, Any], extractor: str, count: int) -> str:
    """Per-dataset F1 change and the pages that moved most against an earlier result file."""
    before = {
        (p["dataset"], p["page_id"]): p["prf"]["f1"]
        for p in baseline.get("pages", [])
        if p["extractor"] == extractor and p.get("prf")
    }
    moves = [
        (s.prf.f1 - before[(s.dataset, s.page_id)], s)
        for s in scores
        if s.extractor == extractor and s.prf is not None and (s.dataset, s.page_id) in before
    ]
    if not moves:
        return f"baseline: no common pages with an F1 for {extractor}"
    by_dataset: dict[str, list[float]] = {}
    for delta, s in moves:
        by_dataset.setdefault(s.dataset, []).append(delta)
    lines = [f"against the baseline ({len(moves)} common pages), mean F1 change per dataset:"]
    lines += [
        f"  {name:<18} {sum(d) / len(d):+.4f}  ({len(d)} pages)" for name, d in sorted(by_dataset.items())
    ]
    moves.sort(key=lambda m: m[0])
    worse = [m for m in moves if m[0] < -0.005][:count]
    better = [m for m in reversed(moves) if m[0] > 0.005][:count]
    for label, chosen in (("worse", worse), ("better", better)):
        if chosen:
            lines.append(f"pages that got {label}:")
            lines += [f"  {s.page_id:<44} {s.dataset:<16} {d:+.3f} -> F1 {s.prf.f1:.3f}" for d, s in chosen]  # type: ignore[union-attr]
    return "\n".join(lines)
