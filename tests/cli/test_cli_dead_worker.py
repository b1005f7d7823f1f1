"""``kijiyomi extract -j N``: a worker process that dies costs the inputs in flight, reported as
errors; the other inputs are extracted (BrokenProcessPool ended the run with a traceback)."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import kijiyomi.cli.extract_cmd as extract_cmd
from kijiyomi.cli import main

_REAL_JOB = extract_cmd._job
_SENTENCE = (
    "市議会は二十六日、冬季の除雪体制を見直す条例案を賛成多数で可決した。市民からは歓迎の声が出ている。"
)


def _crashing_job(source: str, kind: str) -> object:
    """``_job``, but the worker dies on p0.html (pickled by name, so it lives at module level)."""
    if source.endswith("p0.html"):
        os._exit(9)  # what a segfault in a parser looks like to the pool
    return _REAL_JOB(source, kind)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the stand-in crash needs fork")
def test_a_dead_worker_costs_only_the_inputs_in_flight(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(24):
        body = f"<p>{_SENTENCE}（{number}）</p>" * 4
        page = f"<html><body><article><h1>除雪 第{number}報</h1>{body}</article></body></html>"
        (tmp_path / f"p{number}.html").write_text(page, encoding="utf-8")
    monkeypatch.setattr(extract_cmd, "_job", _crashing_job)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "-j", "2", "-o", str(out)])
    assert result.exit_code == 0, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert any("p0.html" in line and "worker process died" in line for line in errors)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) + len(errors) == 24
    assert len(rows) >= 24 - 2 * 4  # at most the inputs in flight with it (jobs * 4) are lost
    assert [row["source"] for row in rows] == sorted(row["source"] for row in rows)  # input order kept
