"""Filtered search (site, agency, dates, entity, event type) equals a brute-force scan, through the
filter keys and without them (archives migrated from before the keys, very long date ranges)."""

from __future__ import annotations

import importlib
import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from archive_corpus import JST, article, reading

from kijiyomi.store import Archive, Filters, prepare, search

SITES = ["東西日報", "北海みなと新聞", "Example Times"]
AGENCIES = ["共同通信", "時事通信", None]
PEOPLE = [("石破茂", "PERSON", "JP"), ("林芳正", "PERSON", "JP"), ("トランプ", "PERSON", "US")]
EVENT_TYPES = ["CONSULT", "THREATEN", "REQUEST"]


def _corpus(seed: int = 7, size: int = 48) -> list[dict[str, object]]:
    rng = random.Random(seed)
    docs = []
    start = datetime(2025, 11, 20, 9, tzinfo=JST)
    for index in range(size):
        people = rng.sample(PEOPLE, rng.randint(0, 2))
        names = "と".join(p[0] for p in people) or "関係者"
        word = rng.choice(["制裁", "会談", "制裁と会談"])
        text = f"{names}は{word}について話した。記事番号{index}。"
        kinds = rng.sample(EVENT_TYPES, rng.randint(0, 2))
        docs.append(
            {
                "index": index,
                "text": text,
                "site": rng.choice(SITES),
                "agency": rng.choice(AGENCIES),
                "published": start + timedelta(days=rng.randint(0, 150), hours=rng.randint(0, 20)),
                "people": people,
                "events": kinds,
            }
        )
    return docs


def _build(path: Path, docs: list[dict[str, object]]) -> Archive:
    archive = Archive(path, scheme="ngram")
    for doc in docs:
        text = str(doc["text"])
        people = doc["people"]
        assert isinstance(people, list)
        events = [{"type": kind, "actors": [people[0][0]]} for kind in doc["events"]] if people else []  # type: ignore[attr-defined]
        item = article(
            f"t{doc['index']}",
            [text],
            url=f"https://news.example/{doc['index']}",
            published=doc["published"],  # type: ignore[arg-type]
            site=str(doc["site"]),
            agency=doc["agency"],  # type: ignore[arg-type]
        )
        archive.add(prepare(item, reading(text, people, events), archive.scheme), f"doc{doc['index']}")
    return archive


def _expected(docs: list[dict[str, object]], word: str, filters: Filters) -> set[str]:
    found = set()
    for doc in docs:
        published = doc["published"]
        assert isinstance(published, datetime)
        day = published.date().isoformat()
        people = [p[0] for p in doc["people"]]  # type: ignore[attr-defined]
        checks = [
            word in str(doc["text"]),
            not filters.site or doc["site"] == filters.site,
            not filters.agency or doc["agency"] == filters.agency,
            not filters.since or day >= filters.since,
            not filters.until or day <= filters.until,
            not filters.entity or filters.entity in people,
            not filters.event_type or (people and filters.event_type.upper() in doc["events"]),  # type: ignore[operator]
        ]
        if all(checks):
            found.add(f"t{doc['index']}")
    return found


FILTERS = [
    Filters(site="東西日報"),
    Filters(agency="時事通信"),
    Filters(since="2025-12-15", until="2026-02-10"),
    Filters(since="2025-12-01", until="2025-12-01"),
    Filters(since="2026-01-01", until="2026-02-28"),  # whole months: the keys alone decide
    Filters(since="2025-12-01", until="2026-01-31", agency="共同通信"),
    # since after until is a QueryError (test_hostile_inputs.py), not an empty result
    Filters(since="2020-01-01", until="2026-12-31"),  # longer than the keyed months: SQL alone
    Filters(since="2026-01-01"),
    Filters(entity="石破茂"),
    Filters(entity="誰でもない"),
    Filters(event_type="threaten"),
    Filters(site="北海みなと新聞", entity="トランプ", since="2025-12-01", until="2026-03-31"),
    Filters(agency="共同通信", event_type="CONSULT"),
]


@pytest.mark.parametrize("window", [1000, 3])
def test_filtered_search_equals_brute_force(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, window: int
) -> None:
    monkeypatch.setattr(importlib.import_module("kijiyomi.store.search"), "RANK_WINDOW", window)
    docs = _corpus()
    archive = _build(tmp_path / "a.db", docs)
    for filters in FILTERS:
        for word in ("制裁", "会談"):
            result = search(archive, word, filters, limit=100, collapse=False)
            expected = _expected(docs, word, filters)
            assert result.total == len(expected), (word, filters)
            if window >= len(expected):
                assert {hit.title for hit in result.hits} == expected, (word, filters)
            else:  # ranked among the most recent matches only
                assert {hit.title for hit in result.hits} <= expected
                assert len(result.hits) == window


def test_an_archive_from_before_the_filter_keys_gets_them(tmp_path: Path) -> None:
    docs = _corpus(seed=11, size=30)
    path = tmp_path / "old.db"
    _build(path, docs).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE article_keys")
    conn.execute("DELETE FROM _migrations WHERE version = 6")
    conn.commit()
    conn.close()
    archive = Archive(path)  # migrates: the keys are built from the stored rows
    for filters in FILTERS:
        result = search(archive, "制裁", filters, limit=100, collapse=False)
        assert {hit.title for hit in result.hits} == _expected(docs, "制裁", filters), filters
