"""The Ray engine runs the same tasks as the local engine and writes byte-identical Parquet."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("fastwarc")
pytest.importorskip("warcio")
pytest.importorskip("ray")

import ray
from crawl_fakes import FAKE
from crawl_fixtures import Rec, news_page, news_records, wet_records, write_warc

from kijiyomi.crawl import CrawlSettings, crawl

HERE = Path(__file__).parent
pytestmark = pytest.mark.ray


@pytest.mark.timeout(120)
def test_ray_and_local_engines_give_identical_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_warc(folder / "a.warc.gz", news_records(25), gz=True)
    write_warc(folder / "b.warc.wet.gz", wet_records(4), gz=True)
    write_warc(
        folder / "c.warc",
        [*news_records(3, start=70), Rec("https://x.example.jp/l", news_page(1, marker="<!--reject-->"))],
        gz=False,
    )
    inputs = [str(folder / "*")]
    settings = CrawlSettings(extractor=FAKE, split_bytes=6000)
    local = crawl(inputs, tmp_path / "local", settings, engine="local", jobs=2, progress=False)
    # the engine starts a 2-CPU local cluster itself; its workers import the fake extractor from here
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    remote = crawl(inputs, tmp_path / "ray", settings, engine="ray", jobs=2, progress=False)
    assert not ray.is_initialized()  # the engine shut down the cluster it started
    assert remote.ok, remote.failures
    assert (remote.shards, remote.articles, remote.rejects) == (local.shards, local.articles, local.rejects)
    assert local.articles == 32
    for kind in ("articles", "rejects"):
        a = {p.name: p.read_bytes() for p in (tmp_path / "local" / kind).glob("*.parquet")}
        b = {p.name: p.read_bytes() for p in (tmp_path / "ray" / kind).glob("*.parquet")}
        assert a == b
        assert len(a) == local.shards
