"""Per-page scores of the run's records and their aggregates per dataset, Japanese subset and total."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from statistics import fmean
from typing import Any

from bench.datasets import Page
from bench.metrics import PRF, Haystack, micro, prf_counts, same_day, title_match, tokens
from bench.runner import Record


@dataclass(frozen=True, slots=True)
class PageScore:
    """Everything measured for one extractor on one page; ``None`` where the gold has no answer."""

    extractor: str
    dataset: str
    page_id: str
    lang: str
    page_type: str | None
    prf: PRF | None
    with_found: int
    with_total: int
    without_absent: int
    without_total: int
    prefix_ok: bool | None
    title_exact: bool | None
    title_contains: bool | None
    date_ok: bool | None
    empty: bool
    error: str | None
    note: str | None
    cpu_s: float
    wall_s: float
    cached: bool

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if self.prf is not None:
            data["prf"] = {k: round(v, 4) if isinstance(v, float) else v for k, v in asdict(self.prf).items()}
        data["cpu_s"], data["wall_s"] = round(self.cpu_s, 5), round(self.wall_s, 5)
        return data


@lru_cache(maxsize=8192)
def _gold_counter(body: str) -> Counter[str]:
    return Counter(tokens(body))


def score_record(record: Record, page: Page) -> PageScore:
    gold, out = page.gold, record.output
    text = out.text or ""
    hay = Haystack(text)
    title = title_match(out.title, gold.title) if gold.title else None
    return PageScore(
        extractor=record.extractor,
        dataset=page.dataset,
        page_id=page.id,
        lang=page.lang,
        page_type=page.page_type,
        prf=prf_counts(Counter(tokens(text)), _gold_counter(gold.body)) if gold.body else None,
        with_found=sum(hay.contains(s) for s in gold.with_),
        with_total=len(gold.with_),
        without_absent=sum(not hay.contains(s) for s in gold.without),
        without_total=len(gold.without),
        prefix_ok=hay.starts_with(gold.prefix) if gold.prefix else None,
        title_exact=title.exact if title else None,
        title_contains=title.contains if title else None,
        date_ok=same_day(out.date, gold.date) if gold.date else None,
        empty=not text.strip(),
        error=record.error,
        note=out.note,
        cpu_s=record.cpu_s,
        wall_s=record.wall_s,
        cached=record.cached,
    )


def score_all(records: Iterable[Record], pages: Sequence[Page]) -> list[PageScore]:
    by_key = {(p.dataset, p.id): p for p in pages}
    return [score_record(r, by_key[(r.dataset, r.page_id)]) for r in records]


def _rate(flags: Iterable[bool | None]) -> tuple[float | None, int]:
    values = [flag for flag in flags if flag is not None]
    return (sum(values) / len(values) if values else None), len(values)


@dataclass(frozen=True, slots=True)
class Summary:
    """Aggregates of one extractor over a group of pages (``None`` where nothing was measurable)."""

    pages: int
    body_pages: int = 0
    precision: float | None = None  # macro: mean of the per-page values
    recall: float | None = None
    f1: float | None = None
    micro_precision: float | None = None
    micro_recall: float | None = None
    micro_f1: float | None = None
    with_rate: float | None = None  # share of all ``with`` snippets found
    with_total: int = 0
    without_rate: float | None = None  # share of all ``without`` snippets kept out
    without_total: int = 0
    prefix_rate: float | None = None
    prefix_pages: int = 0
    title_exact: float | None = None
    title_contains: float | None = None
    title_pages: int = 0
    date_accuracy: float | None = None
    date_pages: int = 0
    empty: int = 0
    errors: int = 0
    timeouts: int = 0
    rejections: dict[str, int] = field(default_factory=dict)  # kijiyomi's notes: "rejected:listing", ...
    cpu_s: float = 0.0
    wall_s: float = 0.0
    cached: int = 0

    @property
    def pages_per_cpu_s(self) -> float | None:
        return self.pages / self.cpu_s if self.cpu_s > 0 else None

    @property
    def pages_per_wall_s(self) -> float | None:
        return self.pages / self.wall_s if self.wall_s > 0 else None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["pages_per_cpu_s"] = self.pages_per_cpu_s
        data["pages_per_wall_s"] = self.pages_per_wall_s
        return {k: round(v, 5) if isinstance(v, float) else v for k, v in data.items()}


def summarize(scores: Sequence[PageScore]) -> Summary:
    bodies = [s.prf for s in scores if s.prf is not None]
    with_total = sum(s.with_total for s in scores)
    without_total = sum(s.without_total for s in scores)
    prefix, prefix_n = _rate(s.prefix_ok for s in scores)
    exact, title_n = _rate(s.title_exact for s in scores)
    contains, _ = _rate(s.title_contains for s in scores)
    dates, date_n = _rate(s.date_ok for s in scores)
    mp, mr, mf = micro(bodies) if bodies else (None, None, None)
    return Summary(
        pages=len(scores),
        body_pages=len(bodies),
        precision=fmean(b.precision for b in bodies) if bodies else None,
        recall=fmean(b.recall for b in bodies) if bodies else None,
        f1=fmean(b.f1 for b in bodies) if bodies else None,
        micro_precision=mp,
        micro_recall=mr,
        micro_f1=mf,
        with_rate=sum(s.with_found for s in scores) / with_total if with_total else None,
        with_total=with_total,
        without_rate=sum(s.without_absent for s in scores) / without_total if without_total else None,
        without_total=without_total,
        prefix_rate=prefix,
        prefix_pages=prefix_n,
        title_exact=exact,
        title_contains=contains,
        title_pages=title_n,
        date_accuracy=dates,
        date_pages=date_n,
        empty=sum(s.empty for s in scores),
        errors=sum(s.error is not None and s.error != "timeout" for s in scores),
        timeouts=sum(s.error == "timeout" for s in scores),
        rejections=dict(Counter(s.note.replace(" ", "") for s in scores if s.note)),
        cpu_s=sum(s.cpu_s for s in scores),
        wall_s=sum(s.wall_s for s in scores),
        cached=sum(s.cached for s in scores),
    )


ALL = "ALL"
JAPANESE = "ja (all datasets)"
ARTICLES = "/articles"  # suffix of a dataset's subgroup of the pages typed "article" (wcxb)


def is_dataset(group: str) -> bool:
    """Whether ``group`` is a whole dataset (not ALL, the Japanese pages or a subgroup)."""
    return group not in (ALL, JAPANESE) and not group.endswith(ARTICLES)


def group_summaries(scores: Sequence[PageScore]) -> dict[str, dict[str, Summary]]:
    """``{extractor: {group: Summary}}`` with a group per dataset, one for the pages a dataset types as
    articles (``wcxb/articles``), one for the Japanese pages and ``ALL``."""
    grouped: dict[str, dict[str, list[PageScore]]] = {}
    for score in scores:
        groups = grouped.setdefault(score.extractor, {})
        groups.setdefault(score.dataset, []).append(score)
        if score.page_type == "article":
            groups.setdefault(score.dataset + ARTICLES, []).append(score)
        groups.setdefault(ALL, []).append(score)
        if score.lang == "ja":
            groups.setdefault(JAPANESE, []).append(score)
    return {
        extractor: {name: summarize(group) for name, group in groups.items()}
        for extractor, groups in grouped.items()
    }


def dataset_mean_f1(summaries: dict[str, Summary], only: frozenset[str] | None = None) -> float | None:
    """The mean of the per-dataset macro F1 (every dataset with a body gold weighs the same),
    over the datasets in ``only`` when given."""
    values = [
        s.f1
        for name, s in summaries.items()
        if is_dataset(name) and s.f1 is not None and (only is None or name in only)
    ]
    return fmean(values) if values else None
