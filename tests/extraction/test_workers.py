"""Worker counts: what -j asks for, within twice the usable CPUs."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kijiyomi import workers
from kijiyomi.cli import main

from .pages import en_news_page, ja_news_page


@pytest.fixture
def two_cpus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "usable_cpus", lambda: 2)


@pytest.mark.usefixtures("two_cpus")
def test_worker_count_defaults_to_the_cpus_and_caps_at_twice_them() -> None:
    assert workers.worker_count(None) == 2
    assert workers.worker_count(3) == 3
    assert workers.worker_count(500) == 4
    assert workers.worker_count(0) == 1


@pytest.mark.usefixtures("two_cpus")
def test_extract_with_too_many_jobs_is_lowered_with_a_note(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "ja.html").write_bytes(ja_news_page("utf-8"))
    (folder / "en.html").write_bytes(en_news_page())
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(folder), "-j", "500", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "-j 500 lowered to 4" in result.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_zero_jobs_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["extract", "x.html", "-j", "0"])
    assert result.exit_code == 2
    assert "-j" in result.output
