"""The extract command: one page, a directory in parallel, stdin, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kijiyomi.cli import main

from .pages import en_news_page, ja_news_page, listing_page


def _pages(folder: Path) -> Path:
    folder.mkdir()
    (folder / "ja.html").write_bytes(ja_news_page("shift_jis"))
    (folder / "en.html").write_bytes(en_news_page())
    (folder / "list.html").write_bytes(listing_page())
    return folder


def test_one_page_as_json(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(ja_news_page("euc-jp"))
    result = CliRunner().invoke(main, ["extract", str(page)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["title"] == "港町で新冷凍技術の説明会、来春から出荷へ"
    assert data["published"] == "2023-11-15T18:05:00+09:00"


def test_directory_in_parallel_gives_json_lines_and_a_summary(tmp_path: Path) -> None:
    folder = _pages(tmp_path / "pages")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(folder), "-j", "2", "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(r["source"]).name for r in records) == ["en.html", "ja.html", "list.html"]
    by_name = {Path(r["source"]).name: r for r in records}
    assert by_name["list.html"]["type"] == "rejection"
    assert by_name["list.html"]["reason"] == "listing"
    assert by_name["en.html"]["authors"] == ["Dana Reyes"]
    assert "articles 2" in result.output
    assert "rejected: listing 1" in result.output


def test_markdown_from_stdin() -> None:
    result = CliRunner().invoke(main, ["extract", "-", "--format", "md"], input=en_news_page())
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# Council extends winter ferry service")


def test_missing_file_is_a_clean_error() -> None:
    result = CliRunner().invoke(main, ["extract", "/nonexistent/page.html"])
    assert result.exit_code == 1
    assert "cannot read" in result.output
