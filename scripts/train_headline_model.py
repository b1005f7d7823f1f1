"""Train the headline ranker of the text-dump reader (src/kijiyomi/textdump/model/headline.json).

    .venv/bin/pip install -e '.[train,bench]'
    .venv/bin/python scripts/train_headline_model.py             # cross-validate on DEV, train, write
    .venv/bin/python scripts/train_headline_model.py --no-write  # only print the scores

Steps: read every DEV dump under bench/dumps/<renderer>/ (rendered by bench/render_dumps.py from
the DEV pages of ../shared/data; TEST pages are never read), run the reader up to the headline
choice and record every candidate line with its features (``headline.features``); a candidate is
right when it matches the gold title (``bench.metrics.title_match``, containment either way).
A logistic regression with a softmax over each dump's candidates is trained (L2, full-batch
gradient descent) on the dumps of all renderers, twice: for pages whose address has words in its
path (on every dump and on its copy with the slug features at 0) and for pages without (on the
copies only); the held-out hit rate is measured by 5 folds
grouped by site (the URL's host, all renderers of a page in the same fold) and printed per
renderer and group next to the hand-set rules and to the model on the same dumps read without
their address, on the dumps that dump_eval counts (title shown,
the dump holding at least 60% of the gold body). The model written is trained on all DEV dumps.
Deterministic: the same dumps and code give the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from bench.datasets import dataset_dirs, find_data_root, load_pages  # noqa: E402
from bench.dump_eval import DUMPS, MIN_BASELINE_RECALL, group_of, non_articles, prf, shows_title  # noqa: E402
from bench.metrics import title_match  # noqa: E402

from kijiyomi.options import DEFAULT_OPTIONS  # noqa: E402
from kijiyomi.textdump import headline, layout, ranker  # noqa: E402
from kijiyomi.textdump.extractor import extract_text  # noqa: E402
from kijiyomi.textdump.slug import SLUG_FEATURES  # noqa: E402

FOLDS = 5
L2 = 3e-3
STEPS = 1500
RATE = 0.05


@dataclass(slots=True)
class Dump:
    """The candidates of one dump: features, labels and the rules' choice."""

    renderer: str
    page: str
    host: str
    group: str
    counted: bool  # dump_eval counts its title (shown, enough of the gold body in the dump)
    rows: list[list[float]]
    labels: list[bool]
    texts: list[str]  # the candidates' lines (for reading the misses)
    rule_choice: int | None  # position among the candidates, None: no headline
    slug: bool  # the page's address has words in its path (the slug features can be other than 0)


def _recorder(sink: list[tuple[list[list[float]], list[str], int | None, bool]]):  # type: ignore[no-untyped-def]
    """A stand-in for ``layout.choose_headline`` that records the candidates (and keeps the rules)."""

    def choose(lines, facts, window, marked, body, anchors, slug=frozenset(), head=None):  # type: ignore[no-untyped-def]
        context = headline.gather(lines, facts, window, marked, body, anchors, wide=True, head=head)
        candidates = context.candidates
        if not candidates:
            sink.append(([], [], None))
            return None, None
        headline.measure(lines, body, context)
        found = headline.signals(lines, facts, context)
        scores = headline.rule_scores(context, found)
        rows = headline.features(lines, facts, context, found, scores, slug)
        inside = scores[: context.window_size]
        choice = inside.index(max(inside)) if inside else None
        sink.append((rows, [lines.plains[index] for _, index in candidates], choice, bool(slug)))
        ruled = None if choice is None else candidates[choice][1]
        return ruled, ruled

    return choose


def collect(cache: Path | None) -> list[Dump]:
    """The candidates of every DEV dump (read from ``cache`` when it holds them)."""
    if cache is not None and cache.is_file():
        return pickle.loads(cache.read_bytes())
    root = find_data_root()
    others = non_articles(root)
    pages = {p.id: p for p in load_pages(dataset_dirs(root), split="dev") if p.gold.body and p.gold.title}
    sink: list[tuple[list[list[float]], list[str], int | None, bool]] = []
    original = layout.choose_headline
    layout.choose_headline = _recorder(sink)  # type: ignore[assignment]
    dumps: list[Dump] = []
    try:
        for renderer in sorted(p.name for p in DUMPS.iterdir() if p.is_dir()):
            for path in sorted((DUMPS / renderer).glob("*.txt")):
                page = pages.get(path.stem)
                if page is None:
                    continue
                text = path.read_text(encoding="utf-8")
                sink.clear()
                extract_text(text, url=page.url, options=DEFAULT_OPTIONS)
                if not sink or not sink[-1][0]:
                    continue
                rows, texts, choice, slug = sink[-1]
                gold = page.gold.title or ""
                labels = [title_match(candidate, gold).contains for candidate in texts]
                counted = (
                    shows_title(text, gold) and prf(text, page.gold.body or "").recall >= MIN_BASELINE_RECALL
                )
                host = urlparse(page.url or "").hostname or page.id
                dumps.append(
                    Dump(
                        renderer,
                        page.id,
                        host.removeprefix("www."),
                        group_of(page, others),
                        counted,
                        rows,
                        labels,
                        texts,
                        choice,
                        slug,
                    )
                )
    finally:
        layout.choose_headline = original  # type: ignore[assignment]
    if cache is not None:
        cache.write_bytes(pickle.dumps(dumps))
    return dumps


def train(dumps: list[Dump]) -> np.ndarray:
    """Softmax regression over each dump's candidates (dumps with a right candidate only)."""
    usable = [d for d in dumps if any(d.labels) and len(d.rows) > 1]
    x = np.array([row for d in usable for row in d.rows], dtype=float)
    y = np.array([label for d in usable for label in d.labels], dtype=float)
    group = np.repeat(np.arange(len(usable)), [len(d.rows) for d in usable])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, STEPS + 1):
        s = z @ w
        top = np.full(len(usable), -np.inf)
        np.maximum.at(top, group, s)
        e = np.exp(s - top[group])
        total = np.bincount(group, e, len(usable))
        right = np.bincount(group, e * y, len(usable))
        p = e / total[group]  # P(candidate)
        q = e * y / right[group]  # P(candidate | right)
        grad = z.T @ (p - q) / len(usable) + L2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w / scale  # (the mean only shifts every candidate of a dump alike: no effect on the choice)


def without_slug(dump: Dump) -> Dump:
    """The dump as if its page had no address: the slug features all 0."""
    k = len(SLUG_FEATURES)
    rows = [row[:-k] + [0.0] * k for row in dump.rows]
    return Dump(**{**{name: getattr(dump, name) for name in Dump.__slots__}, "rows": rows, "slug": False})


def train_pair(dumps: list[Dump]) -> tuple[np.ndarray, np.ndarray]:
    """The weights for pages with a slug (trained on every dump and on its copy without the slug,
    so that they never lean on it alone) and those for pages without (the copies only)."""
    plain = [without_slug(d) for d in dumps]
    return train(dumps + plain), train(plain)


def pick(w: np.ndarray, dump: Dump) -> int:
    scores = np.array(dump.rows) @ w
    return int(np.argmax(scores))


def fold_of(host: str) -> int:
    return int(hashlib.sha1(host.encode()).hexdigest(), 16) % FOLDS


def report(dumps: list[Dump]) -> None:
    held: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for fold in range(FOLDS):
        with_slug, plain = train_pair([d for d in dumps if fold_of(d.host) != fold])
        for d in dumps:
            if fold_of(d.host) != fold or not d.counted:
                continue
            cell = held[(d.renderer, d.group)]
            cell[0] += d.rule_choice is not None and d.labels[d.rule_choice]
            if len(d.rows) > 1:
                bare = without_slug(d)
                cell[1] += d.labels[pick(with_slug if d.slug else plain, d)]
                cell[2] += bare.labels[pick(plain, bare)]
            else:
                cell[1] += d.labels[0]
                cell[2] += d.labels[0]
            cell[3] += any(d.labels)
            cell[4] += 1
    print("held-out (5 folds by site), dumps with candidates whose title dump_eval counts:")
    print("| renderer | group | dumps | rules | model | model, no address | a candidate right |")
    print("|---|---|---|---|---|---|---|")
    for (renderer, group), (rules, model, bare, reach, count) in sorted(held.items()):
        print(f"| {renderer} | {group} | {count} | {rules} | {model} | {bare} | {reach} |")
    total = [sum(c[i] for c in held.values()) for i in range(5)]
    print(f"all: rules {total[0]}, model {total[1]} (no address: {total[2]}) of {total[4]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="only print the held-out scores")
    parser.add_argument("--cache", type=Path, help="a pickle of the collected candidates (read or written)")
    parser.add_argument("--output", type=Path, default=ranker.MODEL_PATH)
    args = parser.parse_args(argv)
    dumps = collect(args.cache)
    print(f"{len(dumps)} DEV dumps with headline candidates")
    report(dumps)
    if args.no_write:
        return 0
    w, plain = train_pair(dumps)
    model = {
        "format": ranker.FORMAT,
        "features": list(ranker.FEATURE_NAMES),
        "weights": [round(float(value), 6) for value in w],
        "weights_without_slug": [round(float(value), 6) for value in plain],
        "trained_on": f"{sum(any(d.labels) for d in dumps)} DEV dumps (bench/dumps, all renderers)",
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
