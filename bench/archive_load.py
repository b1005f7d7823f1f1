"""Load bench of the archive: bulk ingest, search latency, and concurrent HTTP clients.

    python bench/archive_load.py --articles 100000 --db /tmp/bench.db          # ingest + search
    python bench/archive_load.py --db /tmp/bench.db --skip-ingest --clients 50 --seconds 60

Articles are synthetic Japanese news (generated here, seeded) with readings, and about 5% are
lightly edited copies of another article on a different site (syndication). Extraction is
bypassed: records go through ``prepare`` (tokenising, MinHash) in worker processes and
``Archive.add_many`` in the main process, which is what ``kijiyomi ingest`` does after
extraction. Prints one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from kijiyomi.store import Archive, Filters, prepare, search
from kijiyomi.types import Article, Block, BlockKind

PEOPLE = [
    "岸本",
    "石川",
    "佐藤",
    "高橋",
    "田中",
    "伊藤",
    "渡辺",
    "山本",
    "中村",
    "小林",
    "加藤",
    "吉田",
    "山田",
    "松本",
    "井上",
    "木村",
    "林",
    "清水",
    "山崎",
    "森",
    "池田",
    "橋本",
    "阿部",
    "石井",
]
COUNTRIES = [
    ("米国", "USA"),
    ("中国", "CHN"),
    ("ロシア", "RUS"),
    ("韓国", "KOR"),
    ("英国", "GBR"),
    ("フランス", "FRA"),
    ("ドイツ", "DEU"),
    ("インド", "IND"),
    ("豪州", "AUS"),
    ("ブラジル", "BRA"),
    ("ウクライナ", "UKR"),
    ("イラン", "IRN"),
    ("北朝鮮", "PRK"),
    ("台湾", "TWN"),
    ("カナダ", "CAN"),
    ("トルコ", "TUR"),
]
PLACES = [
    "東京",
    "京都",
    "大阪",
    "東京都",
    "京都府",
    "ワシントン",
    "北京",
    "ソウル",
    "ロンドン",
    "パリ",
    "ジュネーブ",
]
ORGS = [
    "外務省",
    "財務省",
    "防衛省",
    "経済産業省",
    "日本銀行",
    "国連",
    "NATO",
    "G7",
    "ASEAN",
    "IMF",
    "WTO",
    "EU",
]
TOPICS = [
    "経済制裁",
    "首脳会談",
    "外相会談",
    "貿易交渉",
    "金融政策",
    "安全保障",
    "半導体の輸出規制",
    "気候変動対策",
    "サプライチェーン",
    "エネルギー価格",
    "防衛費",
    "為替相場",
    "関税",
    "人権問題",
    "核開発",
    "停戦交渉",
]
VERBS = ["発表した", "協議した", "合意した", "批判した", "要請した", "検討している", "表明した", "確認した"]
FILLER = [
    "関係者によると",
    "政府高官は",
    "専門家の間では",
    "市場では",
    "与党内には",
    "野党は",
    "報道によると",
]
SITES = [
    "東西日報",
    "北海みなと新聞",
    "首都ニュース",
    "関西タイムズ",
    "九州経済新聞",
    "中部ジャーナル",
    "瀬戸内新報",
]
AGENCIES = [None, None, "共同通信", "時事通信", "Reuters"]
EVENT_TYPES = ["CONSULT", "SANCTION", "AGREE", "ACCUSE", "REQUEST", "THREATEN"]

QUERIES = [
    "制裁",
    "会談",
    "米国",
    "京都",
    "東京都",
    "半導体",
    "経済制裁",
    "首脳会談 ワシントン",
    "外相会談 中国",
    "NATO",
    "G7",
    "日本銀行 金融政策",
    "停戦交渉",
    "関税 米国",
    '"輸出規制"',
    "ロシア 制裁",
    "北朝鮮 核開発",
    "為替相場",
    "岸本",
    "気候変動対策 国連",
    "IMF",
    "エネルギー価格 ドイツ",
    "防衛費",
    "人権問題 中国",
]


def _sentence(rng: random.Random, day: int) -> str:
    person = rng.choice(PEOPLE)
    country, _ = rng.choice(COUNTRIES)
    other, _ = rng.choice(COUNTRIES)
    return rng.choice(
        [
            f"{rng.choice(FILLER)}、{person}外相は{day}日、{country}との{rng.choice(TOPICS)}について{rng.choice(VERBS)}。",
            f"{rng.choice(ORGS)}は{country}と{other}の{rng.choice(TOPICS)}をめぐり、{rng.choice(PLACES)}で協議を{rng.choice(VERBS)}。",
            f"{person}氏は記者団に「{rng.choice(TOPICS)}で{country}と緊密に連携する」と述べた。",
            f"{country}政府は{other}に対する{rng.choice(TOPICS)}の強化を{rng.choice(VERBS)}。{rng.choice(FILLER)}、影響は限定的だという。",
            f"{rng.choice(PLACES)}では{day}日、{rng.choice(TOPICS)}に関する国際会議が開かれ、"
            f"{rng.randint(2, 40)}カ国が参加した。",
        ]
    )


def synthetic(index: int, seed: int) -> tuple[Article, dict[str, Any]]:
    """One article and its reading; about 5% are edited copies of an earlier article."""
    rng = random.Random(seed * 1_000_003 + index)
    copy_of = index - rng.randint(1, 50) if index > 60 and rng.random() < 0.05 else None
    base_rng = random.Random(seed * 1_000_003 + copy_of) if copy_of is not None else rng
    start = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(
        minutes=(copy_of if copy_of is not None else index) * 5
    )
    day = start.day
    paragraphs = [" ".join(_sentence(base_rng, day) for _ in range(3)) for _ in range(base_rng.randint(2, 4))]
    topic, country = base_rng.choice(TOPICS), base_rng.choice(COUNTRIES)[0]
    title = f"{country}、{topic}で{base_rng.choice(VERBS)}"
    if copy_of is not None:  # syndicated copy: another site, small edits
        paragraphs[-1] = paragraphs[-1] + "（共同）"
        title = title + "　関係者"
    site = rng.choice(SITES)
    article = Article(
        blocks=tuple(Block(BlockKind.PARAGRAPH, p) for p in paragraphs),
        title=title,
        url=f"https://site{SITES.index(site)}.news.test/{index}",
        published=start + timedelta(minutes=rng.randint(0, 240)),
        site_name=site,
        agency=rng.choice(AGENCIES),
        language="ja",
    )
    return article, _reading(article, rng, start)


def _reading(article: Article, rng: random.Random, start: datetime) -> dict[str, Any]:
    text = article.text
    entities = []
    names = [(p, "PERSON", "JPN") for p in PEOPLE] + [(c, "GPE", code) for c, code in COUNTRIES]
    for name, label, country in names:
        at = text.find(name)
        if at >= 0:
            entities.append(
                {
                    "id": f"e{len(entities) + 1}",
                    "label": label,
                    "name": name,
                    "country": country,
                    "mentions": [{"start": at, "end": at + len(name), "text": name}],
                }
            )
    events = []
    if len(entities) >= 2:
        first, second = entities[0], entities[1]
        when = start + timedelta(days=rng.randint(-3, 20))
        events.append(
            {
                "type": rng.choice(EVENT_TYPES),
                "actors": [{"id": first["id"], "name": first["name"], "country": first["country"]}],
                "recipients": [{"id": second["id"], "name": second["name"], "country": second["country"]}],
                "date": when.date().isoformat(),
                "status": "planned" if when > start else "occurred",
                "sentence": {"start": 0, "end": 20, "text": text[:40]},
            }
        )
    return {"entities": entities, "events": events, "times": [], "quotes": []}


def _prepare_range(args: tuple[int, int, int, str]) -> list[Any]:
    start, stop, seed, scheme = args
    out = []
    for index in range(start, stop):
        article, reading = synthetic(index, seed)
        out.append((prepare(article, reading, scheme), f"bench#{index}"))  # type: ignore[arg-type]
    return out


def bulk_ingest(db: Path, count: int, seed: int, scheme: str, jobs: int) -> dict[str, Any]:
    archive = Archive(db, scheme=scheme)  # type: ignore[arg-type]
    done = archive.counts()["articles"]
    chunk = 500
    started = time.perf_counter()
    outcomes: Counter[str] = Counter()
    ranges = [(i, min(i + chunk, count), seed, archive.scheme) for i in range(done, count, chunk)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for batch in pool.map(_prepare_range, ranges):
            for offset in range(0, len(batch), 100):
                outcomes.update(archive.add_many(batch[offset : offset + 100]))
            print(f"\r{sum(outcomes.values()) + done}/{count}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    seconds = time.perf_counter() - started
    archive.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    archive.connection().execute("INSERT INTO article_fts(article_fts) VALUES ('optimize')")
    archive.connection().execute("PRAGMA optimize")
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    counts = archive.counts()
    return {
        "articles_added": sum(outcomes.values()),
        "outcomes": dict(outcomes),
        "seconds": round(seconds, 1),
        "articles_per_second": round(sum(outcomes.values()) / seconds, 1) if seconds else None,
        "db_bytes": size,
        "db_mib": round(size / 2**20, 1),
        "counts": counts,
        "tokenizer": archive.scheme,
        "jobs": jobs,
    }


def _percentiles(values: list[float]) -> dict[str, float]:
    values = sorted(values)
    if not values:
        return {}
    q = statistics.quantiles(values, n=100, method="inclusive") if len(values) > 1 else values * 99
    return {
        "p50_ms": round(q[49], 2),
        "p95_ms": round(q[94], 2),
        "max_ms": round(values[-1], 2),
        "n": len(values),
    }


def search_latency(db: Path, rounds: int) -> dict[str, Any]:
    """Latency of the query set: wall clock, and CPU time of this process (the same on an idle
    machine; on a shared one the CPU figure is what the search itself costs).

    Every timed search starts with an empty query cache (``Archive.clear_query_cache``): each one
    counts its matches anew, as a query nobody asked before does. The OS page cache is warmed
    once. ``repeated_wall`` times the same queries again with the cache kept.
    """
    archive = Archive(db, readonly=True)
    for query in QUERIES:  # warm the page cache once
        search(archive, query)
    wall: list[float] = []
    cpu: list[float] = []
    per_query: dict[str, list[float]] = {}
    totals: dict[str, int] = {}
    filtered: list[float] = []
    load_before = os.getloadavg()[0]
    for _ in range(rounds):
        for query in QUERIES:
            archive.clear_query_cache()
            started, cpu_started = time.perf_counter(), time.process_time()
            result = search(archive, query)
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
            per_query.setdefault(query, []).append(wall[-1])
            totals[query] = result.total
        for query in QUERIES[:6]:
            archive.clear_query_cache()
            started = time.perf_counter()
            search(archive, query, Filters(since="2026-03-01", until="2026-06-30", site="東西日報"))
            filtered.append((time.perf_counter() - started) * 1000)
    repeated: list[float] = []
    for query in QUERIES:
        search(archive, query)
        started = time.perf_counter()
        search(archive, query)
        repeated.append((time.perf_counter() - started) * 1000)
    slowest = sorted(per_query, key=lambda q: -statistics.median(per_query[q]))[:5]
    return {
        "wall": _percentiles(wall),
        "cpu": _percentiles(cpu),
        "with_filters_wall": _percentiles(filtered),
        "repeated_wall": _percentiles(repeated),
        "slowest_queries": {
            q: {"median_ms": round(statistics.median(per_query[q]), 2), "total": totals[q]} for q in slowest
        },
        "queries": len(QUERIES),
        "rounds": rounds,
        "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)],
    }


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def http_load(db: Path, clients: int, seconds: float) -> dict[str, Any]:
    import httpx

    port = _free_port()
    env = {**os.environ, "KIJIYOMI_TOKEN": "bench-token"}
    log = (db.parent / f"{db.name}.serve.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from kijiyomi.cli import main; main()",
            "serve",
            "--db",
            str(db),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/index.json", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            raise RuntimeError(f"the server did not start; see {log.name}")
        uids = [
            h["uid"] for h in httpx.get(base + "/search.json", params={"q": "制裁"}).json()["result"]["hits"]
        ]
        paths = [
            "/",
            "/index.json",
            "/timeline.json?type=consult&since=2026-03-01&until=2026-03-31",
            *[f"/search?q={q}" for q in QUERIES[:8]],
            *[f"/search.json?q={q}" for q in QUERIES[8:16]],
            *[f"/article/{u}" for u in uids[:5]],
            *[f"/article/{u}.json" for u in uids[5:10]],
        ]
        stop = time.monotonic() + seconds
        lock = threading.Lock()
        latencies: list[float] = []
        statuses: Counter[str] = Counter()
        failures: Counter[str] = Counter()

        def client(number: int) -> None:
            rng = random.Random(number)
            with httpx.Client(base_url=base, timeout=120) as http:
                while time.monotonic() < stop:
                    path = rng.choice(paths)
                    started = time.perf_counter()
                    try:
                        status = str(http.get(path).status_code)
                    except httpx.HTTPError as error:
                        status = type(error).__name__
                    elapsed = (time.perf_counter() - started) * 1000
                    with lock:
                        latencies.append(elapsed)
                        statuses[status] += 1
                        if status != "200":
                            failures[f"{status} {path}"] += 1

        threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(10)
        log.close()
    errors = sum(n for status, n in statuses.items() if status != "200")
    return {
        "clients": clients,
        "seconds": round(wall, 1),
        "requests": sum(statuses.values()),
        "requests_per_second": round(sum(statuses.values()) / wall, 1),
        "errors": errors,
        "statuses": dict(statuses),
        "failures": dict(failures.most_common(20)),
        "latency": _percentiles(latencies),
        "load_average": round(os.getloadavg()[0], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--tokenizer", choices=["auto", "sudachi", "ngram"], default="auto")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--rounds", type=int, default=5, help="passes over the query set")
    parser.add_argument("--clients", type=int, default=0, help="concurrent HTTP clients (0: no load test)")
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    report: dict[str, Any] = {"python": sys.version.split()[0], "cpus": os.cpu_count()}
    import sqlite3

    report["sqlite"] = sqlite3.sqlite_version
    if not args.skip_ingest:
        report["ingest"] = bulk_ingest(args.db, args.articles, args.seed, args.tokenizer, args.jobs)
    report["search"] = search_latency(args.db, args.rounds)
    if args.clients:
        report["http"] = http_load(args.db, args.clients, args.seconds)
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
