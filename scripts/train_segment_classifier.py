"""Train the segment classifier of the HTML extractor (src/kijiyomi/html/model/segments.json).

    .venv/bin/pip install -e '.[train,bench]'
    .venv/bin/python scripts/train_segment_classifier.py            # cross-validate on DEV, train, write
    .venv/bin/python scripts/train_segment_classifier.py --no-write # only print the scores

Steps: run the rule stage of the extractor on every page with a full gold body (DEV and TEST
pages, split by ``bench.datasets.split_of``), label each segment against the gold, train a
gradient-boosted tree ensemble on DEV pages only, choose the keep threshold on out-of-fold DEV
predictions (4 folds by page, or by site with --folds-by site), report per-dataset token F1 of
the rules and of the model on the held-out DEV folds, then train on all DEV pages and report
TEST once. Everything is seeded: the
same data and code give the same model file (its data digest is printed and stored in it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from statistics import fmean
from urllib.parse import urlparse

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from bench.datasets import dataset_dirs, find_data_root, load_dataset  # noqa: E402
from bench.metrics import prf_counts, tokens  # noqa: E402

from kijiyomi.decode import decode  # noqa: E402
from kijiyomi.html import (  # noqa: E402
    classifier,
    content,
    fields,
)
from kijiyomi.html.content import Scored, choose_container, score_segment, select_segments  # noqa: E402
from kijiyomi.html.dom import Walk, clean, parse, walk  # noqa: E402
from kijiyomi.html.extractor import _structured_body  # noqa: E402
from kijiyomi.html.guard import flatten_deep_nesting, strip_raw_text  # noqa: E402
from kijiyomi.html.keys import text_key  # noqa: E402
from kijiyomi.html.metadata import read_head  # noqa: E402
from kijiyomi.options import DEFAULT_OPTIONS  # noqa: E402

# Datasets whose gold is the full body (goose3: a prefix only; trafilatura-eval: snippets only).
FULL_GOLD = (
    "chinese-wced",
    "fundus",
    "newspaper3k",
    "newspaper4k",
    "postlight-parser",
    "readability",
    "wcxb",
)
# Total training weight of each dataset's pages, before the language factors: wcxb (1,476 pages)
# must not drown the news datasets.
DATASET_WEIGHT = {
    "wcxb": 1.0,
    "fundus": 1.0,
    "newspaper3k": 0.6,
    "readability": 0.6,
    "postlight-parser": 0.8,
    "newspaper4k": 0.3,
    "chinese-wced": 0.8,
}
LANGUAGE_FACTOR = {"ja": 6.0, "zh": 2.0, "ko": 2.0}
COVERAGE = 0.7  # share of a segment's token trigrams found in the gold that makes it positive
FOLDS = 4
SEED = 20261127
TREE_PARAMS = {
    "max_depth": 5,
    "max_iter": 60,
    "learning_rate": 0.15,
    "min_samples_leaf": 40,
    "l2_regularization": 1.0,
    "max_bins": 255,
}


@dataclass
class PageData:
    dataset: str
    page_id: str
    site: str  # the page's host (or its id when it has no URL): folds keep a site's pages together
    lang: str
    split: str
    x: np.ndarray
    labels: np.ndarray
    weights: np.ndarray  # tokens per segment (+1), before page weighting
    segment_tokens: list[Counter[str]]
    segment_texts: list[str]
    rule_body: list[int]
    walk: Walk
    scored: list[Scored]
    title_key: str | None
    captions: list[int]
    gold: Counter[str]
    slides: frozenset[int] = frozenset()
    structured: Counter[str] | None = None
    structured_bytes: int = 0
    segment_bytes: list[int] = field(default_factory=list)


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def label_segments(texts: list[str], gold: str) -> tuple[np.ndarray, list[Counter[str]]]:
    """1 for a segment whose text is in the gold (whitespace-normalised) or whose token trigrams are
    mostly (>= COVERAGE) gold trigrams; segments of one or two tokens need the substring match."""
    gold_norm = _norm(gold)
    gold_squeezed = gold_norm.replace(" ", "")
    gold_tokens = tokens(gold)
    trigrams = {tuple(gold_tokens[i : i + 3]) for i in range(len(gold_tokens) - 2)}
    labels = np.zeros(len(texts), dtype=np.int8)
    counters = []
    for index, text in enumerate(texts):
        seg_tokens = tokens(text)
        counters.append(Counter(seg_tokens))
        if not seg_tokens:
            continue
        norm = _norm(text)
        if norm in gold_norm or (len(norm) >= 4 and norm.replace(" ", "") in gold_squeezed):
            labels[index] = 1
            continue
        if len(seg_tokens) >= 3:
            grams = [tuple(seg_tokens[i : i + 3]) for i in range(len(seg_tokens) - 2)]
            if sum(gram in trigrams for gram in grams) >= COVERAGE * len(grams):
                labels[index] = 1
    return labels, counters


def process(page) -> PageData | None:  # type: ignore[no-untyped-def]
    html = decode(page.read_html()).text.replace("\x00", "")
    if len(html) > DEFAULT_OPTIONS.max_parse_bytes:
        html = strip_raw_text(html)[: DEFAULT_OPTIONS.max_parse_bytes]
    html, _ = flatten_deep_nesting(html, DEFAULT_OPTIONS.max_depth)
    tree = parse(html)
    head = read_head(tree)
    clean(tree)
    root = tree.body or tree.root
    if root is None:
        return None
    found = walk(
        root, max_nodes=DEFAULT_OPTIONS.max_nodes, max_depth=DEFAULT_OPTIONS.max_depth, deadline=1e18
    )
    if not found.segments:
        return None
    scored = [score_segment(segment) for segment in found.segments]
    container = choose_container(found, scored)
    site = fields.choose_site_name(head)
    title = fields.choose_title(head, site[0] if site else None)
    title_text = title[0] if title else None
    import os

    previous = os.environ.get(classifier.ENV_SWITCH)
    os.environ[classifier.ENV_SWITCH] = "off"
    classifier.load_model.cache_clear()
    try:
        rule_selection = select_segments(found, scored, container, title_text)
    finally:
        if previous is None:
            del os.environ[classifier.ENV_SWITCH]
        else:
            os.environ[classifier.ENV_SWITCH] = previous
        classifier.load_model.cache_clear()
    x = classifier.page_features(found, scored, container, title_text)
    texts = [segment.text for segment in found.segments]
    labels, counters = label_segments(texts, page.gold.body)
    structured = _structured_body(head)
    return PageData(
        dataset=page.dataset,
        page_id=page.id,
        site=site_of(page.url, page.id),
        lang=page.lang,
        split=page.split,
        x=x,
        labels=labels,
        weights=np.array([sum(c.values()) + 1.0 for c in counters]),
        segment_tokens=counters,
        segment_texts=texts,
        rule_body=rule_selection.body,
        walk=found,
        scored=scored,
        title_key=text_key(title_text) if title_text else None,
        captions=rule_selection.captions,
        slides=rule_selection.slides,
        gold=Counter(tokens(page.gold.body)),
        structured=Counter(tokens("\n".join(b.text for b in structured))) if structured else None,
        structured_bytes=sum(len(b.text.encode()) for b in structured),
        segment_bytes=[len(t.encode()) for t in texts],
    )


def collect(data_root: Path, *, with_test: bool = True) -> tuple[list[PageData], str]:
    digest = hashlib.sha1()
    pages: list[PageData] = []
    for folder in dataset_dirs(data_root):
        if folder.name not in FULL_GOLD:
            continue
        digest.update((folder / "ground-truth.json").read_bytes())
        for page in load_dataset(folder):
            if not page.gold.body or (not with_test and page.split == "test"):
                continue
            digest.update(page.path.read_bytes())
            found = process(page)
            if found is not None:
                pages.append(found)
    return pages, digest.hexdigest()[:16]


def page_weights(pages: list[PageData]) -> np.ndarray:
    counts = Counter(page.dataset for page in pages)
    return np.array(
        [
            DATASET_WEIGHT[p.dataset] * 100.0 / counts[p.dataset] * LANGUAGE_FACTOR.get(p.lang, 1.0)
            for p in pages
        ]
    )


def stack(pages: list[PageData]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    weights = page_weights(pages)
    xs, ys, ws = [], [], []
    for page, weight in zip(pages, weights, strict=True):
        # segments without tokens change no token F1: left out of training
        useful = page.weights > 1.0
        xs.append(page.x[useful])
        ys.append(page.labels[useful])
        ws.append(weight * page.weights[useful] / page.weights.sum())
    return np.vstack(xs), np.concatenate(ys), np.concatenate(ws)


def train(pages: list[PageData]):  # type: ignore[no-untyped-def]
    from sklearn.ensemble import HistGradientBoostingClassifier

    x, y, w = stack(pages)
    model = HistGradientBoostingClassifier(random_state=SEED, early_stopping=False, **TREE_PARAMS)
    model.fit(x, y, sample_weight=w * len(y) / w.sum())
    return model


def export(model, depth: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The fitted trees as complete binary trees of ``depth`` levels (see classifier.TreeModel)."""
    features, thresholds, leaves = [], [], []
    for (predictor,) in model._predictors:
        feat, thr, leaf = complete_tree(predictor.nodes, depth)
        features.append(feat)
        thresholds.append(thr)
        leaves.append(leaf)
    baseline = float(np.ravel(model._baseline_prediction)[0])
    return {
        "depth": depth,
        "baseline": baseline,
        "features": features,
        "thresholds": thresholds,
        "leaves": leaves,
    }


def complete_tree(nodes, depth: int) -> tuple[list[int], list[float], list[float]]:  # type: ignore[no-untyped-def]
    """One scikit-learn tree padded to a complete tree: a leaf above the last level becomes a
    subtree whose splits never send a sample right (threshold 1e300) and whose leaves repeat it."""
    internal = 2**depth - 1
    feat = [0] * internal
    thr = [1e300] * internal
    leaf = [0.0] * (internal + 1)
    pending = [(0, 0, 0)]  # (scikit-learn node, slot in the complete tree, level)
    while pending:
        node, slot, level = pending.pop()
        record = nodes[node]
        if record["is_leaf"]:
            first = slot
            for _ in range(level, depth):
                first = 2 * first + 1
            start = first - internal
            for i in range(start, start + 2 ** (depth - level)):
                leaf[i] = float(record["value"])
            continue
        if level >= depth:
            raise ValueError("tree deeper than the declared depth")
        feat[slot] = int(record["feature_idx"])
        thr[slot] = float(record["num_threshold"])
        pending.append((int(record["left"]), 2 * slot + 1, level + 1))
        pending.append((int(record["right"]), 2 * slot + 2, level + 1))
    return feat, thr, leaf


def model_body(page: PageData, probabilities: np.ndarray, threshold: float) -> list[int]:
    """The body the extractor keeps: the model's choice after the hook's post-processing."""
    return content.model_body(
        page.walk,
        page.scored,
        probabilities.tolist(),
        threshold,
        page.title_key,
        page.captions,
        page.slides,
        page.rule_body,
        [],
    )[0]


def page_f1(page: PageData, body: list[int]) -> float:
    counter: Counter[str] = Counter()
    seen: set[str] = set()
    size = 0
    for index in body:
        text = page.segment_texts[index]
        if text in seen and len(text) > 20:
            continue
        seen.add(text)
        counter.update(page.segment_tokens[index])
        size += page.segment_bytes[index]
    if page.structured is not None and page.structured_bytes > 2 * size + 200:
        counter = page.structured
    return prf_counts(counter, page.gold).f1


def site_of(url: str | None, page_id: str) -> str:
    host = urlparse(url).netloc.lower().removeprefix("www.") if url else ""
    return host or page_id


FOLDS_BY = {"by": "page"}  # --folds-by


def fold_of(page: PageData) -> int:
    """The DEV fold of a page. By page (the default), like the DEV/TEST split, which puts a site's
    pages on both sides; by site, no model is scored on a site it was trained on (new sites)."""
    key = page.site if FOLDS_BY["by"] == "site" else page.page_id
    return int(hashlib.sha1(f"fold:{key}".encode()).hexdigest(), 16) % FOLDS


def group_key(page: PageData) -> str:
    return "ja" if page.lang == "ja" else page.dataset


def report(pages: list[PageData], bodies: dict[str, list[list[int]]]) -> dict[str, dict[str, float]]:
    """Mean page F1 per dataset (and for the Japanese pages) of each way of choosing the body."""
    table: dict[str, dict[str, float]] = {}
    groups = [*sorted({p.dataset for p in pages}), "ja"]
    for group in groups:
        members = [i for i, p in enumerate(pages) if p.dataset == group or (group == "ja" and p.lang == "ja")]
        if not members:
            continue
        table[group] = {
            name: fmean(page_f1(pages[i], chosen[i]) for i in members) for name, chosen in bodies.items()
        }
        table[group]["pages"] = len(members)
    return table


def print_table(title: str, table: dict[str, dict[str, float]]) -> None:
    names = [k for k in next(iter(table.values())) if k != "pages"]
    print(f"\n{title}")
    print(f"{'dataset':18} {'pages':>5} " + " ".join(f"{n:>8}" for n in names))
    for group, row in table.items():
        print(f"{group:18} {int(row['pages']):5d} " + " ".join(f"{row[n]:8.4f}" for n in names))


def write_fold_models(folder: Path, models: list, threshold: float, digest: str) -> None:  # type: ignore[type-arg]
    """Each fold's model in the shipped format: fold k scores the DEV pages it was not trained on."""
    folder.mkdir(parents=True, exist_ok=True)
    for fold, model in enumerate(models):
        document = {
            "format": "kijiyomi-segment-trees/1",
            "feature_digest": classifier.FEATURE_DIGEST,
            "data_digest": digest,
            "fold": fold,
            "threshold": threshold,
            **export(model, TREE_PARAMS["max_depth"]),
        }
        (folder / f"fold{fold}.json").write_text(json.dumps(document, separators=(",", ":")) + "\n")
    print(f"wrote {len(models)} fold models to {folder}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--cache", default=None, help="pickle of the collected pages (reused when present)")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--out", default=str(classifier.MODEL_PATH))
    parser.add_argument("--params", default="", help="JSON overriding TREE_PARAMS (experiments)")
    parser.add_argument(
        "--fold-models",
        default=None,
        metavar="DIR",
        help="also write the model of each DEV fold to DIR/fold<k>.json (for held-out extractor runs)",
    )
    parser.add_argument("--skip-test", action="store_true", help="leave the TEST pages out (tuning runs)")
    parser.add_argument(
        "--folds-by", choices=("page", "site"), default="page", help="how DEV is split into folds"
    )
    args = parser.parse_args(argv)

    TREE_PARAMS.update(json.loads(args.params or "{}"))
    FOLDS_BY["by"] = args.folds_by
    started = time.monotonic()
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.is_file():
        with cache.open("rb") as handle:
            pages, digest = pickle.load(handle)
    else:
        pages, digest = collect(find_data_root(args.data), with_test=not args.skip_test)
        if cache is not None:
            with cache.open("wb") as handle:
                pickle.dump((pages, digest), handle)
    dev = [p for p in pages if p.split == "dev"]
    test = [p for p in pages if p.split == "test"]
    print(
        f"data digest {digest}; features {classifier.FEATURE_DIGEST}; pages dev {len(dev)} test {len(test)}"
    )
    print(
        f"segments dev {sum(len(p.labels) for p in dev)}, positive share "
        f"{fmean(float(p.labels.mean()) for p in dev):.3f} ({time.monotonic() - started:.0f}s)"
    )

    # out-of-fold probabilities on DEV
    oof: list[np.ndarray] = [np.zeros(0)] * len(dev)
    fold_models = []
    for fold in range(FOLDS):
        train_idx = [i for i, p in enumerate(dev) if fold_of(p) != fold]
        model = train([dev[i] for i in train_idx])
        fold_models.append(model)
        for i, page in enumerate(dev):
            if fold_of(page) == fold:
                oof[i] = model.predict_proba(page.x)[:, 1]
    rules = [p.rule_body for p in dev]
    best_threshold, best_score = 0.5, -1.0
    for threshold in np.arange(0.25, 0.71, 0.05):
        chosen = [model_body(page, prob, threshold) for page, prob in zip(dev, oof, strict=True)]
        table = report(dev, {"model": chosen})
        score = fmean(row["model"] for row in table.values())  # datasets and the ja group alike
        print(f"threshold {threshold:.2f}: mean F1 over groups {score:.4f}")
        if score > best_score + 1e-9:
            best_threshold, best_score = float(threshold), score
    chosen = [model_body(page, prob, best_threshold) for page, prob in zip(dev, oof, strict=True)]
    dev_table = report(dev, {"rules": rules, "model": chosen})
    print_table(f"DEV, held-out folds (threshold {best_threshold:.2f})", dev_table)
    if args.fold_models:
        write_fold_models(Path(args.fold_models), fold_models, best_threshold, digest)

    final = train(dev)
    exported = export(final, TREE_PARAMS["max_depth"])
    tree_model = classifier.model_from_dict({**exported, "threshold": best_threshold})
    if args.skip_test:
        test = []
    test_bodies = [model_body(p, tree_model.probabilities(p.x), best_threshold) for p in test]
    check = max(
        float(np.abs(tree_model.probabilities(p.x) - final.predict_proba(p.x)[:, 1]).max())
        for p in (test or dev)[:50]
    )
    print(f"exported trees vs scikit-learn: max probability difference {check:.2e}")
    test_table = report(test, {"rules": [p.rule_body for p in test], "model": test_bodies}) if test else {}
    if test_table:
        print_table("TEST (trained on all DEV pages)", test_table)

    if not args.no_write:
        document = {
            "format": "kijiyomi-segment-trees/1",
            "feature_digest": classifier.FEATURE_DIGEST,
            "feature_names": list(classifier.FEATURE_NAMES),
            "data_digest": digest,
            "params": TREE_PARAMS,
            "threshold": best_threshold,
            "dev_heldout": {k: {n: round(v, 4) for n, v in row.items()} for k, row in dev_table.items()},
            "test": {k: {n: round(v, 4) for n, v in row.items()} for k, row in test_table.items()},
            **exported,
        }
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(document, separators=(",", ":"), allow_nan=False)
        out.write_text(text + "\n", encoding="utf-8")
        print(f"wrote {out} ({len(text) // 1024} KiB)")
    print(f"done in {time.monotonic() - started:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
