"""Score and time ``kijiyomi.read`` on the hand-annotated articles of tests/reading/fixtures/.

    .venv/bin/python bench/reading_bench.py                    # dev scores + speed
    .venv/bin/python bench/reading_bench.py --heldout          # + the held-out split (final check)
    .venv/bin/python bench/reading_bench.py --split heldout4   # + another fixture folder (a blind batch)
    .venv/bin/python bench/reading_bench.py --memory 10000     # + RSS over 10,000 articles
    .venv/bin/python bench/reading_bench.py --ginza-python /path/to/venv/bin/python   # + GiNZA baseline
    .venv/bin/python bench/reading_bench.py --show             # print every miss of the dev split
    .venv/bin/python bench/reading_bench.py --split heldout12 --show-split heldout12   # a batch's misses

Metrics: entity mention F1 (exact span and label), time value accuracy (a gold expression counts
when an overlapping predicted one has exactly its ISO value), quote speaker accuracy (the quote
predicted over the gold snippet names the gold speaker), event F1 (type, actors, date and status
all equal; actors compared as sets of names), articles/s on ~1,000-character articles (one
process, CPU time), and RSS at start and end of a long run.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "reading" / "fixtures"


@dataclass
class Score:
    entity_tp: int = 0
    entity_fp: int = 0
    entity_fn: int = 0
    times_ok: int = 0
    times_total: int = 0
    quotes_ok: int = 0
    quotes_total: int = 0
    event_tp: int = 0
    event_fp: int = 0
    event_fn: int = 0
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def f1(tp: int, fp: int, fn: int) -> float:
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    def summary(self) -> dict[str, Any]:
        return {
            "entity_f1": round(self.f1(self.entity_tp, self.entity_fp, self.entity_fn), 3),
            "entity_counts": [self.entity_tp, self.entity_fp, self.entity_fn],
            "time_accuracy": round(self.times_ok / self.times_total, 3) if self.times_total else None,
            "time_counts": [self.times_ok, self.times_total],
            "quote_speaker_accuracy": round(self.quotes_ok / self.quotes_total, 3)
            if self.quotes_total
            else None,
            "quote_counts": [self.quotes_ok, self.quotes_total],
            "event_f1": round(self.f1(self.event_tp, self.event_fp, self.event_fn), 3),
            "event_counts": [self.event_tp, self.event_fp, self.event_fn],
        }


def load(split: str) -> list[dict[str, Any]]:
    return [
        json.loads(path.read_text(encoding="utf-8")) for path in sorted((FIXTURES / split).glob("*.json"))
    ]


def _locate(text: str, surfaces: list[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = 0
    for surface in surfaces:
        start = text.find(surface, position)
        if start < 0:
            raise ValueError(f"fixture surface {surface!r} not found in order")
        spans.append((start, start + len(surface)))
        position = start + len(surface)
    return spans


def _same_name(predicted: str, gold: str) -> bool:
    return bool(predicted) and (predicted == gold or predicted in gold or gold in predicted)


def _names_match(predicted: list[str], gold: list[str]) -> bool:
    if len(predicted) != len(gold):
        return False
    remaining = list(predicted)
    for name in gold:
        hit = next((p for p in remaining if _same_name(p, name)), None)
        if hit is None:
            return False
        remaining.remove(hit)
    return True


def score_article(fixture: dict[str, Any], score: Score) -> None:
    from kijiyomi.reading import read

    text = fixture["text"]
    reading = read(text, datetime.fromisoformat(fixture["published"]))
    tag = fixture["id"]
    # entities
    gold_entities = {
        (start, end, item[1])
        for (start, end), item in zip(
            _locate(text, [e[0] for e in fixture["entities"]]), fixture["entities"], strict=True
        )
    }
    predicted = {(m.start, m.end, e.label) for e in reading.entities for m in e.mentions}
    score.entity_tp += len(gold_entities & predicted)
    score.entity_fp += len(predicted - gold_entities)
    score.entity_fn += len(gold_entities - predicted)
    for start, end, label in sorted(predicted - gold_entities):
        score.misses.append(f"{tag} entity FP {text[start:end]} {label}")
    for start, end, label in sorted(gold_entities - predicted):
        score.misses.append(f"{tag} entity FN {text[start:end]} {label}")
    # times
    for (start, end), (surface, _type, value, _mod) in zip(
        _locate(text, [t[0] for t in fixture["times"]]), fixture["times"], strict=True
    ):
        score.times_total += 1
        overlapping = [t for t in reading.times if t.start < end and start < t.end]
        if overlapping and overlapping[0].value == value:
            score.times_ok += 1
        else:
            got = [(t.text, t.value) for t in overlapping]
            score.misses.append(f"{tag} time {surface} want {value} got {got}")
    # quotes
    for speaker, kind, snippet in fixture["quotes"]:
        score.quotes_total += 1
        position = text.find(snippet)
        quote = next((q for q in reading.quotes if q.start <= position < q.end), None)
        entity = reading.entity(quote.speaker) if quote else None
        names = [entity.name, *entity.aliases] if entity else []
        if entity is not None and any(_same_name(name, speaker) for name in names):
            score.quotes_ok += 1
        else:
            got = (quote.kind, entity.name if entity else None) if quote else None
            score.misses.append(f"{tag} quote {speaker} ({kind}) {snippet} got {got}")
    # events
    predicted_events = [
        {
            "type": e.type,
            "actors": [a.name for a in e.actors],
            "date": e.date,
            "status": e.status,
            "trigger": e.text,
        }
        for e in reading.events
    ]
    matched, unmatched, missed = match_events(predicted_events, fixture["events"])
    score.event_tp += len(matched)
    score.event_fn += len(missed)
    score.event_fp += len(unmatched)
    for gold in missed:
        score.misses.append(
            f"{tag} event FN {gold['type']} {gold['trigger']} {gold['actors']} {gold['date']}"
            f" {gold['status']}"
        )
    for p in unmatched:
        score.misses.append(
            f"{tag} event FP {p['type']} {p['trigger']} {p['actors']} {p['date']} {p['status']}"
        )


def match_events(
    predicted: list[dict[str, Any]], golds: list[dict[str, Any]]
) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Pair predicted and gold events (type, date, status and actors equal), in gold order.

    Returns the (predicted, gold) pairs, the predicted events left unmatched (false positives)
    and the gold events left unmatched (false negatives).
    """
    unmatched = list(predicted)
    matched: list[tuple[dict[str, Any], dict[str, Any]]] = []
    missed: list[dict[str, Any]] = []
    for gold in golds:
        hit = next(
            (
                p
                for p in unmatched
                if p["type"] == gold["type"]
                and p["date"] == gold["date"]
                and p["status"] == gold["status"]
                and _names_match(p["actors"], gold["actors"])
            ),
            None,
        )
        if hit is None:
            missed.append(gold)
        else:
            matched.append((hit, gold))
            unmatched.remove(hit)
    return matched, unmatched, missed


def corpus_articles(count: int, size: int = 1000) -> list[tuple[str, datetime]]:
    """``count`` articles of about ``size`` characters, made by chaining the fixture texts."""
    fixtures = load("dev") + load("heldout")  # the same texts in every run, whatever batches are added
    articles: list[tuple[str, datetime]] = []
    index = 0
    while len(articles) < count:
        parts: list[str] = []
        length = 0
        published = datetime.fromisoformat(fixtures[index % len(fixtures)]["published"])
        while length < size:
            text = fixtures[index % len(fixtures)]["text"]
            parts.append(text)
            length += len(text) + 2
            index += 1
        articles.append(("\n\n".join(parts)[:size], published))
    return articles


def throughput(count: int) -> dict[str, Any]:
    from kijiyomi.reading import read

    articles = corpus_articles(count)
    read(*articles[0])  # load the dictionary and lexicon outside the timing
    started = time.process_time()
    wall = time.perf_counter()
    for text, published in articles:
        read(text, published)
    cpu = time.process_time() - started
    return {
        "articles": count,
        "chars_per_article": round(sum(len(t) for t, _ in articles) / count),
        "cpu_s": round(cpu, 2),
        "wall_s": round(time.perf_counter() - wall, 2),
        "articles_per_cpu_s": round(count / cpu, 1),
    }


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory(count: int) -> dict[str, Any]:
    from kijiyomi.reading import read

    articles = corpus_articles(200)
    read(*articles[0])
    start = _rss_mb()
    checkpoints = []
    for index in range(count):
        read(*articles[index % len(articles)])
        if (index + 1) % max(1, count // 5) == 0:
            checkpoints.append(round(_rss_mb(), 1))
    return {
        "articles": count,
        "rss_start_mb": round(start, 1),
        "rss_checkpoints_mb": checkpoints,
        "rss_end_mb": round(_rss_mb(), 1),
    }


GINZA_WORKER = r"""
import json, sys, time
import spacy
articles = json.load(sys.stdin)
nlp = spacy.load("ja_ginza")
nlp(articles[0])
cpu = time.process_time()
for text in articles:
    doc = nlp(text)
    [(e.text, e.label_) for e in doc.ents]
cpu = time.process_time() - cpu
rate = round(len(articles) / cpu, 1)
print(json.dumps({"articles": len(articles), "cpu_s": round(cpu, 2), "articles_per_cpu_s": rate}))
"""


def ginza_baseline(python: str | None, count: int) -> dict[str, Any]:
    texts = [text for text, _ in corpus_articles(count)]
    interpreter = python or sys.executable
    try:
        completed = subprocess.run(
            [interpreter, "-c", GINZA_WORKER],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return {"skipped": str(error)}
    if completed.returncode != 0:
        return {"skipped": completed.stderr.strip().splitlines()[-1] if completed.stderr else "failed"}
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    result["interpreter"] = interpreter
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--speed", type=int, default=200, help="articles for the throughput run (0: skip)")
    parser.add_argument("--memory", type=int, default=0, help="articles for the RSS run (0: skip)")
    parser.add_argument("--ginza-python", help="interpreter with ja-ginza installed, for the baseline")
    parser.add_argument("--ginza-articles", type=int, default=50)
    parser.add_argument(
        "--heldout", action="store_true", help="also score the held-out split (final check only)"
    )
    parser.add_argument(
        "--split", action="append", default=[], help="also score this folder of tests/reading/fixtures"
    )
    parser.add_argument("--show", action="store_true", help="print every miss of the dev split")
    parser.add_argument(
        "--show-split", action="append", default=[], help="print every miss of this scored split"
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    options = parser.parse_args()
    results: dict[str, Any] = {}
    splits = ["dev", *(["heldout"] if options.heldout else []), *options.split]
    for split in splits:
        score = Score()
        fixtures = load(split)
        for fixture in fixtures:
            score_article(fixture, score)
        results[split] = {"articles": len(fixtures), **score.summary()}
        if (options.show and split == "dev") or split in options.show_split:
            print("\n".join(score.misses))
    if options.speed:
        results["speed"] = throughput(options.speed)
    if options.ginza_python:
        results["ginza_baseline"] = ginza_baseline(options.ginza_python, options.ginza_articles)
    if options.memory:
        results["memory"] = memory(options.memory)
    print(json.dumps(results, ensure_ascii=False, indent=1))
    if options.json:
        options.json.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
