"""Measure a learned filter for the reader's candidate events (issue 4's spurious events).

    .venv/bin/pip install -e '.[train,ja]'
    .venv/bin/python scripts/train_event_filter.py                   # cross-validate, print figures
    .venv/bin/python scripts/train_event_filter.py --write model.json  # also write the full model

Steps: read every annotated article of tests/reading/fixtures/heldout* with the current reader
and record every event it reports with its features (``event_features``: context and structure,
never the trigger's word: type, status, the characters and Sudachi parts of speech around the
trigger, quotes and brackets, earlier events of its type, the arguments found, its place in the
sentence). An event is labelled true when the gold has an event of its type whose trigger
overlaps its trigger (the event exists, even if a field is wrong): first the events the bench
matches field for field, then the rest paired in text order; an event left unpaired is spurious.
A logistic regression (L2, sklearn's lbfgs) is cross-validated in folds grouped by batch (a
heldoutN folder is never split): every event is scored by the model trained on the other folds.
The threshold is the one of the best pooled events F1 (type, actors, date, status, as
bench/reading_bench.py scores them) on those held-out scores; each fold is also scored with a
threshold chosen on the other folds only, and the figures are given for the newest batches too
(97, 117, 125 and 133 on: those the rules were tuned on least). ``--write`` writes the model
trained on all articles (feature name to weight, and the threshold), for a reader hook to use.
Deterministic: the same fixtures and reader give the same figures and file.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import re
import sys
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from bench.reading_bench import FIXTURES, match_events  # noqa: E402

from kijiyomi.reading import api  # noqa: E402
from kijiyomi.reading.mentions import is_kanji  # noqa: E402
from kijiyomi.reading.model import Event, Quote, Span  # noqa: E402
from kijiyomi.reading.tokens import Token  # noqa: E402

FOLDS = 10
MIN_COUNT = 3  # a feature seen fewer times in the training rows gets no weight
C = 0.3  # inverse L2 strength
THRESHOLDS = [round(0.02 * step, 2) for step in range(1, 40)]
NEWEST = (97, 117, 125, 133)  # first batches of the groups the rules were tuned on least (133: not yet)

_CLAUSE_END = "、。\n"
_VERB_ENDED_RE = re.compile(r"[^、。「」]{0,8}?(?:た|る|だ|ない)(?:と|という|とした|ことを)?(?:[、。]|$)")
_RELATIVE_RE = re.compile(r"[^、。「」]{0,6}?(?:した|する|される|された|している|していた)[一-龥ァ-ヶー]")
_REQUESTED_RE = re.compile(r"(?:の[^、。]{0,6}?)?を(?:求め|要求|要請|呼びかけ|促)")
_CONDITION_RE = re.compile(r"[^、。]{0,12}?(?:ば|場合|なら)")


def _char_class(char: str) -> str:
    if not char:
        return "none"
    if is_kanji(char):
        return "kanji"
    if "ァ" <= char <= "ヶ" or char == "ー":
        return "katakana"
    if "ぁ" <= char <= "ゖ":
        return "hiragana"
    if char.isalnum():
        return "alnum"
    return "punct"


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    """The first edge ``value`` does not exceed, else the last edge with a plus."""
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f"{edges[-1]}+"


def _covering_token(tokens: list[Token], starts: list[int], position: int) -> Token | None:
    index = bisect_right(starts, position) - 1
    if index >= 0 and tokens[index].start <= position < tokens[index].end:
        return tokens[index]
    return None


def _open_brackets(text: str, start: int, end: int, opening: str, closing: str) -> bool:
    return text.count(opening, start, end) > text.count(closing, start, end)


def event_features(
    text: str, tokens: list[Token], sentences: list[Span], quotes: list[Quote], events: list[Event]
) -> list[list[str]]:
    """The named binary features of each event (context and structure; the trigger's word is never one)."""
    starts = [token.start for token in tokens]
    sentence_starts = [sentence.start for sentence in sentences]
    direct = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    rows: list[list[str]] = []
    types_seen: Counter[str] = Counter()
    sentences_of_type: set[tuple[str, Span | None]] = set()
    triggers_seen: set[str] = set()
    first_written: dict[str, int] = {}  # each trigger's first place in the text
    for event in events:
        start, end = event.start, event.end
        sentence_index = max(0, bisect_right(sentence_starts, start) - 1)
        sentence = sentences[sentence_index] if sentences else Span(0, len(text), text)
        after = text[end : min(end + 3, sentence.end)]
        before = text[max(sentence.start, start - 2) : start]
        features = [
            "bias",
            f"type={event.type}",
            f"status={event.status}",
            f"type_status={event.type}/{event.status}",
            f"actors={_bucket(len(event.actors), (0, 1))}",
            f"recipients={_bucket(len(event.recipients), (0,))}",
            f"dated={event.date is not None}",
            f"date_written={event.date_text is not None}",
            f"place={event.place is not None}",
            f"mode={event.mode}",
            f"merged={_bucket(len(event.mentions), (0, 1))}",
            f"length={_bucket(end - start, (1, 2, 3, 4))}",
            f"after1={after[:1]}",
            f"after2={after[:2]}",
            f"after3={after[:3]}",
            f"before1={before[-1:]}",
            f"before2={before}",
            f"after_class={_char_class(after[:1])}",
            f"before_class={_char_class(before[-1:])}",
            f"sentence={_bucket(sentence_index, (0, 1, 2, 5))}",
            f"to_clause_end={_bucket(_clause_length(text, end, sentence.end), (0, 2, 6, 12))}",
            f"from_sentence_start={_bucket(start - sentence.start, (0, 4, 12, 30))}",
        ]
        first = _covering_token(tokens, starts, start)
        last = _covering_token(tokens, starts, end - 1)
        following = _covering_token(tokens, starts, end)
        if first is not None:
            features.append(f"token_starts_here={first.start == start}")
            features.append(f"token_pos={'/'.join(first.pos[:2])}")
        if last is not None:
            features.append(f"token_ends_here={last.end == end}")
        if following is not None and following.start == end:
            features.append(f"next_pos={'/'.join(following.pos[:2])}")
        if any(q_start <= start and end <= q_end for q_start, q_end in direct):
            features.append("in_direct_quote")
        for opening, closing, name in (("「", "」", "corner"), ("『", "』", "title"), ("（", "）", "paren")):
            if _open_brackets(text, sentence.start, start, opening, closing):
                features.append(f"in_{name}_brackets")
        if sentence_index == 0 and not sentence.text.rstrip().endswith("。"):
            features.append("headline_line")
        if _VERB_ENDED_RE.match(text, end, sentence.end):
            features.append("verb_ends_clause")
        if _RELATIVE_RE.match(text, end, sentence.end):
            features.append("relative_clause")
        if _REQUESTED_RE.match(text, end, sentence.end):
            features.append("requested")
        if _CONDITION_RE.match(text, end, sentence.end):
            features.append("condition_after")
        features.append(f"same_type_before={_bucket(types_seen[event.type], (0, 1))}")
        if (event.type, event.sentence) in sentences_of_type:
            features.append("same_type_in_sentence")
        if event.text in triggers_seen:
            features.append("same_trigger_event_before")
        if 0 <= first_written.setdefault(event.text, text.find(event.text)) < start:
            features.append("same_trigger_written_before")
        types_seen[event.type] += 1
        sentences_of_type.add((event.type, event.sentence))
        triggers_seen.add(event.text)
        rows.append(features)
    return rows


def _clause_length(text: str, end: int, limit: int) -> int:
    position = end
    while position < limit and text[position] not in _CLAUSE_END:
        position += 1
    return position - end


def probability(features: list[str], weights: dict[str, float]) -> float:
    """The model's probability that an event with these features is an event (unknown names weigh 0)."""
    score = sum(weights.get(name, 0.0) for name in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@dataclass(slots=True)
class Article:
    """One annotated article: its batch, the reader's events (as the bench compares them) and gold."""

    batch: str
    id: str
    events: list[dict[str, Any]]
    rows: list[list[str]]
    labels: list[int]
    gold: list[dict[str, Any]]


def _overlaps(predicted: str, gold: str) -> bool:
    return predicted in gold or gold in predicted


def label_events(predicted: list[dict[str, Any]], golds: list[dict[str, Any]]) -> list[int]:
    """1 for an event the gold has (same type, overlapping trigger; one gold event each), else 0."""
    matched, _, missed = match_events(predicted, golds)
    labels = {id(p): 1 for p, _ in matched}
    remaining = list(missed)
    for event in predicted:
        if id(event) in labels:
            continue
        pair = next(
            (
                g
                for g in remaining
                if g["type"] == event["type"] and _overlaps(event["trigger"], g["trigger"])
            ),
            None,
        )
        if pair is not None:
            remaining.remove(pair)
            labels[id(event)] = 1
    return [labels.get(id(event), 0) for event in predicted]


def _as_scored(event: Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "actors": [a.name for a in event.actors],
        "date": event.date,
        "status": event.status,
        "trigger": event.text,
    }


def collect(cache: Path | None) -> list[Article]:
    """Every heldout article's events and their features, as the current reader finds them."""
    if cache is not None and cache.is_file():
        return pickle.loads(cache.read_bytes())
    sink: list[tuple[list[Event], list[list[str]]]] = []
    original = api.find_events

    def record(text, tokens, sentences, entities, times, quotes, today=None):  # type: ignore[no-untyped-def]
        events = original(text, tokens, sentences, entities, times, quotes, today=today)
        sink.append((events, event_features(text, tokens, sentences, quotes, events)))
        return events

    api.find_events = record
    articles: list[Article] = []
    try:
        for folder in sorted(p for p in FIXTURES.glob("heldout*") if p.is_dir()):
            for path in sorted(folder.glob("*.json")):
                fixture = json.loads(path.read_text(encoding="utf-8"))
                sink.clear()
                api.read(fixture["text"], datetime.fromisoformat(fixture["published"]))
                found, rows = sink[-1] if sink else ([], [])
                events = [_as_scored(e) for e in found]
                labels = label_events(events, fixture["events"])
                articles.append(Article(folder.name, fixture["id"], events, rows, labels, fixture["events"]))
    finally:
        api.find_events = original
    if cache is not None:
        cache.write_bytes(pickle.dumps(articles))
    return articles


def fit(rows: list[list[str]], labels: list[int]) -> dict[str, float]:
    """Feature name to weight (the intercept is the weight of ``bias``)."""
    counts = Counter(name for row in rows for name in set(row))
    names = sorted(name for name, count in counts.items() if count >= MIN_COUNT and name != "bias")
    column = {name: index for index, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for index, row in enumerate(rows):
        for name in row:
            if name in column:
                x[index, column[name]] = 1.0
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(x, np.array(labels))
    weights = {name: round(float(w), 4) for name, w in zip(names, model.coef_[0], strict=True)}
    weights = {name: w for name, w in weights.items() if w != 0.0}
    weights["bias"] = round(float(model.intercept_[0]), 4)
    return weights


def fold_of(batches: list[str]) -> dict[str, int]:
    """Batches dealt round-robin into FOLDS folds, in name order."""
    return {batch: index % FOLDS for index, batch in enumerate(sorted(batches))}


def events_counts(articles: list[Article], scores: dict[str, list[float]], threshold: float) -> list[int]:
    """Events TP, FP, FN over ``articles`` with the events scored under ``threshold`` dropped."""
    tp = fp = fn = 0
    for article in articles:
        kept = [e for e, p in zip(article.events, scores[article.id], strict=True) if p >= threshold]
        matched, unmatched, missed = match_events(kept, article.gold)
        tp, fp, fn = tp + len(matched), fp + len(unmatched), fn + len(missed)
    return [tp, fp, fn]


def f1(counts: list[int]) -> float:
    tp, fp, fn = counts
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def best_threshold(articles: list[Article], scores: dict[str, list[float]]) -> float:
    """The threshold of the best events F1 (the lowest of equals: drop as little as possible)."""
    return max(THRESHOLDS, key=lambda t: (round(f1(events_counts(articles, scores, t)), 6), -t))


def dropped(articles: list[Article], scores: dict[str, list[float]], threshold: float) -> tuple[int, int]:
    """Spurious events removed and true events lost at ``threshold``."""
    spurious = lost = 0
    for article in articles:
        for label, p in zip(article.labels, scores[article.id], strict=True):
            if p < threshold:
                spurious += label == 0
                lost += label == 1
    return spurious, lost


def cross_validate(articles: list[Article]) -> dict[str, list[float]]:
    """Each article's event scores from the model trained on the other folds."""
    folds = fold_of(sorted({a.batch for a in articles}))
    scores: dict[str, list[float]] = {}
    for fold in range(FOLDS):
        train = [a for a in articles if folds[a.batch] != fold]
        weights = fit([r for a in train for r in a.rows], [y for a in train for y in a.labels])
        for article in articles:
            if folds[article.batch] == fold:
                scores[article.id] = [probability(row, weights) for row in article.rows]
    return scores


def _batch_number(batch: str) -> int:
    digits = batch.removeprefix("heldout")
    return int(digits) if digits.isdigit() else 0


def report(articles: list[Article], scores: dict[str, list[float]]) -> float:
    """Print the held-out figures; return the threshold chosen on the pooled folds."""
    keep_all = {a.id: [1.0] * len(a.events) for a in articles}
    base = events_counts(articles, keep_all, 0.5)
    labels = Counter(y for a in articles for y in a.labels)
    print(f"articles {len(articles)}, events {sum(labels.values())}: true {labels[1]}, spurious {labels[0]}")
    print(f"without the filter: events {base} F1 {f1(base):.4f}")
    for t in THRESHOLDS:
        counts = events_counts(articles, scores, t)
        spurious, lost = dropped(articles, scores, t)
        print(
            f"  threshold {t:.2f}: events {counts} F1 {f1(counts):.4f} (-{spurious} spurious, -{lost} true)"
        )
    threshold = best_threshold(articles, scores)
    counts = events_counts(articles, scores, threshold)
    spurious, lost = dropped(articles, scores, threshold)
    print(
        f"chosen threshold {threshold:.2f} (pooled folds): events {counts} F1 {f1(counts):.4f}"
        f" ({f1(counts) - f1(base):+.4f}); removed {spurious} spurious, lost {lost} true"
    )
    folds = fold_of(sorted({a.batch for a in articles}))
    nested = [0, 0, 0]
    for fold in range(FOLDS):
        inside = [a for a in articles if folds[a.batch] == fold]
        others = [a for a in articles if folds[a.batch] != fold]
        counts = events_counts(inside, scores, best_threshold(others, scores))
        nested = [total + part for total, part in zip(nested, counts, strict=True)]
    gain = f1(nested) - f1(base)
    print(f"threshold chosen on the other folds, per fold: events {nested} F1 {f1(nested):.4f} ({gain:+.4f})")
    for first in NEWEST:
        group = [a for a in articles if _batch_number(a.batch) >= first]
        before = events_counts(group, keep_all, 0.5)
        after = events_counts(group, scores, threshold)
        spurious, lost = dropped(group, scores, threshold)
        print(
            f"batches {first} on ({len(group)} articles, {sum(a.labels.count(0) for a in group)} spurious):"
            f" events {before} F1 {f1(before):.4f} -> {after} F1 {f1(after):.4f}"
            f" ({f1(after) - f1(before):+.4f}); removed {spurious} spurious, lost {lost} true"
        )
    return threshold


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--write", type=Path, help="write the model trained on all articles here (JSON)")
    parser.add_argument("--cache", type=Path, help="pickle of the collected events (read when present)")
    options = parser.parse_args()
    articles = collect(options.cache)
    scores = cross_validate(articles)
    threshold = report(articles, scores)
    if options.write is not None:
        weights = fit([r for a in articles for r in a.rows], [y for a in articles for y in a.labels])
        model = {"threshold": threshold, "weights": dict(sorted(weights.items()))}
        options.write.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {options.write} ({len(weights)} weights)")


if __name__ == "__main__":
    main()
