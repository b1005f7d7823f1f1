"""A worker process that dies (a native crash, the OOM killer) costs the pages it had in flight,
never the run: the pool is replaced and the other pages are stored."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

import kijiyomi.store.ingest as ingest_module
from kijiyomi.store import Archive
from kijiyomi.store.textindex import Scheme

_REAL_WORK = ingest_module.work


def _crashing(
    task: ingest_module.PageTask, scheme: Scheme, with_reading: bool = True
) -> ingest_module.WorkResult:
    """``work``, but the worker dies on p0.html (pickled by name, so it lives at module level)."""
    if task.path and task.path.endswith("p0.html"):
        os._exit(9)  # what a segfault in a parser looks like to the pool
    return _REAL_WORK(task, scheme, with_reading)


_SENTENCE = (
    "市議会は二十六日、冬季の除雪体制を見直す条例案を賛成多数で可決した。市民からは歓迎の声が出ている。"
)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the stand-in crash needs fork")
def test_a_dead_worker_costs_only_the_pages_in_flight(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(24):
        body = f"<p>{_SENTENCE}（{number}）</p>" * 4
        page = f"<html><body><article><h1>除雪 第{number}報</h1>{body}</article></body></html>"
        (tmp_path / f"p{number}.html").write_text(page, encoding="utf-8")
    monkeypatch.setattr(ingest_module, "work", _crashing)
    archive = Archive(tmp_path / "a.db", scheme="ngram")
    summary = ingest_module.ingest(archive, [str(tmp_path)], jobs=2, progress=False, with_reading=False)
    failed = [source.split("|")[0] for source, _ in summary.errors]
    assert str(tmp_path / "p0.html") in failed
    assert all("BrokenProcessPool" in error for _, error in summary.errors)
    assert summary.stored + len(summary.errors) == 24
    assert summary.stored >= 24 - 2 * 4  # at most the pages in flight with it (jobs * 4) are lost
    assert archive.counts()["articles"] == summary.stored
