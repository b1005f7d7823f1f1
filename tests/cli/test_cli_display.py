"""What a page holds reaches the terminal as text: its ESC sequences and bare CRs are shown as
visible characters (a title could retitle or clear the terminal of whoever searched)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kijiyomi.cli import main
from kijiyomi.cli.display import visible

_SENTENCE = (
    "市議会は二十六日、冬季の除雪体制を見直す条例案を賛成多数で可決した。市民からは歓迎の声が出ている。"
)
_HOSTILE = "\x1b]0;pwned\x07\x1b[2J\r"


def test_visible_keeps_tabs_newlines_and_lengths() -> None:
    assert visible("a\tb\nc") == "a\tb\nc"
    assert visible(_HOSTILE) == "␛]0;pwned␇␛[2J␍"
    assert visible("\x7f\x9b") == "\u2421\ufffd"
    assert len(visible(_HOSTILE)) == len(_HOSTILE)


def _page(tmp_path: Path) -> Path:
    body = f"<p>{_SENTENCE}{_HOSTILE}</p>" * 4
    page = f"<html><body><article><h1>除雪{_HOSTILE}体制</h1>{body}</article></body></html>"
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return path


def test_search_shows_control_characters_of_titles_and_snippets(tmp_path: Path) -> None:
    pytest.importorskip("datasketch")
    db = str(tmp_path / "a.db")
    ingested = CliRunner().invoke(
        main, ["ingest", str(_page(tmp_path)), "--db", db, "--no-read", "-j", "1", "--tokenizer", "ngram"]
    )
    assert ingested.exit_code == 0, ingested.output
    result = CliRunner().invoke(main, ["search", "市議会", "--db", db])
    assert result.exit_code == 0, result.output
    assert "除雪" in result.output
    assert "\x1b" not in result.output and "\r" not in result.output
    assert "␛]0;pwned" in result.output


def test_rejects_show_control_characters_of_details(tmp_path: Path) -> None:
    pytest.importorskip("datasketch")
    from kijiyomi.store import Archive
    from kijiyomi.store.record import RejectedPage

    archive = Archive(tmp_path / "a.db", scheme="ngram")
    archive.add(RejectedPage("listing", f"menu{_HOSTILE}", f"https://x.example.jp/{_HOSTILE}"), "src")
    archive.close()
    result = CliRunner().invoke(main, ["rejects", "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output
    assert "menu␛" in result.output


def test_read_shows_control_characters_of_the_article(tmp_path: Path) -> None:
    pytest.importorskip("sudachipy")
    result = CliRunner().invoke(main, ["read", str(_page(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "市議会" in result.output
    assert "\x1b" not in result.output and "\r" not in result.output


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_extract_shows_control_characters_in_the_reading_formats(tmp_path: Path, fmt: str) -> None:
    shown = CliRunner().invoke(main, ["extract", str(_page(tmp_path)), "--format", fmt])
    assert shown.exit_code == 0, shown.output
    assert "\x1b" not in shown.output and "\r" not in shown.output
    assert "␛]0;pwned␇" in shown.output


def test_extract_json_escapes_control_characters(tmp_path: Path) -> None:
    shown = CliRunner().invoke(main, ["extract", str(_page(tmp_path)), "--format", "json"])
    assert shown.exit_code == 0, shown.output
    assert "\x1b" not in shown.output and "\\u001b" in shown.output
