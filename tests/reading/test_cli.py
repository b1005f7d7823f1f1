"""``kijiyomi read`` on a text dump."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kijiyomi.cli import main

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

PAGE = """カナダ首相が訪日

2024年4月10日 18時00分

カナダのカーニー首相は9日、東京で日本の首相と会談した。カーニー氏は「関係を強化したい」と述べた。両国は来月も協議する予定だ。
"""


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_text_output_marks_entities_and_lists_events(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["read", str(_article(tmp_path))])
    if result.exit_code != 0 and "extract" in str(result.output):
        pytest.skip("the text-dump extractor is not available")
    assert result.exit_code == 0, result.output
    assert "[カーニー首相|PERSON]" in result.output
    assert "\033[" not in result.output  # no colours when not a terminal
    assert "== Quotes" in result.output
    assert "関係を強化したい" in result.output
    assert "CONSULT" in result.output


def test_json_output(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["read", str(_article(tmp_path)), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["reading"]["type"] == "reading"
    names = {entity["name"] for entity in data["reading"]["entities"]}
    assert "カーニー" in names


def test_missing_file_is_a_clean_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["read", str(tmp_path / "nope.txt")])
    assert result.exit_code != 0
    assert "Traceback" not in result.output


def test_reads_stdin() -> None:
    result = CliRunner().invoke(main, ["read", "-", "--format", "json"], input=PAGE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["reading"]["times"]


def test_a_rejected_page_exits_3(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    result = CliRunner().invoke(main, ["read", str(empty)])
    assert result.exit_code == 3


def test_url_of_a_saved_page_is_the_articles_url(tmp_path: Path) -> None:
    url = "https://news.example.jp/articles/canada-pm-visit"
    result = CliRunner().invoke(main, ["read", str(_article(tmp_path)), "--format", "json", "--url", url])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["url"] == url


def test_url_beside_a_web_address_is_refused() -> None:
    result = CliRunner().invoke(main, ["read", "https://example.com/a", "--url", "https://example.com/b"])
    assert result.exit_code == 1
    assert "--url" in result.output
