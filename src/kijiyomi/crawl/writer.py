"""Shard output: Parquet built in memory by the task, committed to the output folder by the driver.

Layout of ``OUT``::

    _crawl.json              the settings of the run (a rerun must use the same ones)
    articles/SHARD.parquet   one row per article, in record-offset order
    rejects/SHARD.parquet    one row per record without an article, with its reason
    stats/SHARD.json         counters and timing of the shard
    _done/SHARD.json         completion marker, written last: the shard is finished

Each file is written to a temporary name and renamed, and the marker comes last, so a killed job
leaves either a finished shard or one that the rerun redoes from scratch. Parquet content depends
only on the input and the settings: any engine and worker count give byte-identical files.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from kijiyomi.crawl.schema import ARTICLE_SCHEMA, REJECT_SCHEMA
from kijiyomi.crawl.settings import CrawlSettings
from kijiyomi.errors import ConfigError

_PARQUET_OPTIONS: dict[str, Any] = {"compression": "zstd", "write_statistics": True}


@dataclass(frozen=True, slots=True)
class ShardOutput:
    """Everything one task produced: two Parquet files as bytes and the stats."""

    shard: str
    articles: bytes
    rejects: bytes
    stats: dict[str, Any]


@dataclass(slots=True)
class ShardBuilder:
    """Collects the rows of one task; article rows are flushed in row groups (bounded memory)."""

    shard: str
    row_group_rows: int
    counts: Counter[str] = field(default_factory=Counter)
    _articles: list[dict[str, Any]] = field(default_factory=list)
    _rejects: list[dict[str, Any]] = field(default_factory=list)
    _sink: pa.BufferOutputStream = field(default_factory=pa.BufferOutputStream)
    _writer: pq.ParquetWriter | None = None
    _last_offset: int = -1

    def add_article(self, row: dict[str, Any]) -> None:
        if row["offset"] < self._last_offset:
            raise ValueError(f"article rows out of order at offset {row['offset']}")
        self._last_offset = row["offset"]
        self._articles.append(row)
        self.counts["articles"] += 1
        if len(self._articles) >= self.row_group_rows:
            self._flush()

    def add_reject(self, row: dict[str, Any]) -> None:
        self._rejects.append(row)
        self.counts[f"rejected_{row['stage']}_{row['reason']}"] += 1
        self.counts["rejects"] += 1

    def _flush(self) -> None:
        if self._writer is None:
            self._writer = pq.ParquetWriter(self._sink, ARTICLE_SCHEMA, **_PARQUET_OPTIONS)
        if self._articles:
            self._writer.write_table(pa.Table.from_pylist(self._articles, schema=ARTICLE_SCHEMA))
            self._articles = []

    def finish(self, stats: dict[str, Any]) -> ShardOutput:
        self._flush()
        assert self._writer is not None
        self._writer.close()
        rejects = sorted(self._rejects, key=lambda row: (row["offset"], row["stage"], row["reason"]))
        sink = pa.BufferOutputStream()
        pq.write_table(pa.Table.from_pylist(rejects, schema=REJECT_SCHEMA), sink, **_PARQUET_OPTIONS)
        return ShardOutput(
            self.shard,
            self._sink.getvalue().to_pybytes(),
            sink.getvalue().to_pybytes(),
            {**stats, **dict(sorted(self.counts.items()))},
        )


class OutputDir:
    """The output folder of a crawl: knows which shards are finished and commits new ones."""

    def __init__(self, root: str | Path, settings: CrawlSettings) -> None:
        self.root = Path(root)
        try:
            for sub in ("articles", "rejects", "stats", "_done"):
                (self.root / sub).mkdir(parents=True, exist_ok=True)
        except OSError as error:  # a file in the way, no permission, a read-only file system
            where = f" ({error.filename})" if error.filename else ""
            raise ConfigError(
                f"cannot create the output folder {self.root}: {error.strerror or error}{where}"
            ) from error
        manifest = self.root / "_crawl.json"
        fingerprint = settings.fingerprint()
        if manifest.exists():
            try:
                stored = json.loads(manifest.read_text(encoding="utf-8"))
            except (OSError, ValueError) as error:
                raise ConfigError(f"{manifest} is unreadable: {error}") from error
            if not isinstance(stored, dict):
                raise ConfigError(f"{manifest} is unreadable: a JSON {type(stored).__name__}, not an object")
            if stored.get("settings") != json.loads(json.dumps(fingerprint)):
                raise ConfigError(
                    f"{self.root} holds the output of a crawl with other settings; "
                    "use a new --out folder (or delete this one)"
                )
        else:
            _write_atomic(manifest, _json_bytes({"crawl_schema": 1, "settings": fingerprint}))

    def is_done(self, shard: str) -> bool:
        marker = self.root / "_done" / f"{shard}.json"
        return marker.exists() and all(
            (self.root / sub / f"{shard}{ext}").exists()
            for sub, ext in (("articles", ".parquet"), ("rejects", ".parquet"), ("stats", ".json"))
        )

    def commit(self, output: ShardOutput) -> None:
        shard = output.shard
        _write_atomic(self.root / "articles" / f"{shard}.parquet", output.articles)
        _write_atomic(self.root / "rejects" / f"{shard}.parquet", output.rejects)
        _write_atomic(self.root / "stats" / f"{shard}.json", _json_bytes(output.stats))
        marker = {
            "shard": shard,
            "articles": output.stats.get("articles", 0),
            "rejects": output.stats.get("rejects", 0),
            "articles_sha256": hashlib.sha256(output.articles).hexdigest(),
            "rejects_sha256": hashlib.sha256(output.rejects).hexdigest(),
        }
        _write_atomic(self.root / "_done" / f"{shard}.json", _json_bytes(marker))


def _json_bytes(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


def _write_atomic(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with temporary.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    temporary.replace(path)
