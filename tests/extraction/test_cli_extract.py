"""The extract command: one page, a directory in parallel, stdin, and bad input."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
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


def _warc_record(url: str, page: bytes) -> bytes:
    """One uncompressed WARC/1.0 response record holding ``page``."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(url)):032x}>\r\nWARC-Date: 2026-11-27T00:00:00Z\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    )
    return head.encode() + http + b"\r\n\r\n"


def test_a_warc_file_gives_every_record_not_one_page(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc")
    warc = tmp_path / "pages.warc"
    warc.write_bytes(
        _warc_record("https://ja.example/1", ja_news_page())
        + _warc_record("https://en.example/2", en_news_page())
    )
    result = CliRunner().invoke(main, ["extract", str(warc)])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["url"] for r in records] == ["https://ja.example/1", "https://en.example/2"]
    assert [r["type"] for r in records] == ["article", "article"]


def test_a_folder_gives_the_records_of_its_warc_files_too(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc")
    (tmp_path / "crawl").mkdir()
    (tmp_path / "crawl" / "pages.warc").write_bytes(_warc_record("https://ja.example/1", ja_news_page()))
    (tmp_path / "crawl" / "story.html").write_bytes(en_news_page())
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "crawl")])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["type"] for r in records) == ["article", "article"]
    assert "https://ja.example/1" in [r["url"] for r in records]


def test_a_truncated_record_is_reported_not_extracted(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc")
    whole = _warc_record("https://ja.example/1", ja_news_page()) + _warc_record(
        "https://en.example/2", en_news_page()
    )
    warc = tmp_path / "cut.warc"
    warc.write_bytes(whole[: len(whole) - 400])  # the second record loses its end
    result = CliRunner().invoke(main, ["extract", str(warc)])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["url"] for r in records] == ["https://ja.example/1"]
    assert "truncated" in result.stderr
    assert "error 1" in result.stderr


def test_every_input_failing_exits_1(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc")
    bad = tmp_path / "bad.wet"
    bad.write_bytes(b"this is not a WARC file\n")
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    result = CliRunner().invoke(main, ["extract", str(bad), str(empty)])
    assert result.exit_code == 1, result.stderr
    assert "error 2" in result.stderr
    assert "no HTML response or WET text record" in result.stderr


class _Zeros(io.RawIOBase):
    """An endless stream, like ``< /dev/zero``."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        buffer[:] = bytes(len(buffer))
        return len(buffer)


def test_an_endless_stdin_is_a_too_large_rejection_not_a_memory_error() -> None:
    result = CliRunner().invoke(main, ["extract", "-"], input=io.BufferedReader(_Zeros()))
    assert result.exit_code == 3, result.output
    assert json.loads(result.stdout)["reason"] == "too_large"


def test_a_file_name_that_is_not_utf8_is_written_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / os.fsdecode(b"\x8bL\x8e\x96.html")).write_bytes(listing_page())  # Shift_JIS 記事.html
    (folder / "en.html").write_bytes(en_news_page())
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    sources = sorted(json.loads(line)["source"] for line in out.read_text(encoding="utf-8").splitlines())
    assert sources == [str(folder / "\\x8bL\\x8e\\x96.html"), str(folder / "en.html")]


def test_records_of_a_warc_file_are_extracted_one_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("fastwarc")
    from kijiyomi.cli import extract_cmd

    warc = tmp_path / "pages.warc"
    warc.write_bytes(b"".join(_warc_record(f"https://ja.example/{i}", ja_news_page()) for i in range(3)))
    calls: list[str] = []
    real = extract_cmd.api.extract

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(str(kwargs.get("url")))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(extract_cmd.api, "extract", counting)
    (results,) = list(extract_cmd._run([str(warc)], "auto", 1))
    first = next(iter(results))
    assert first[0] == "https://ja.example/0"
    assert calls == ["https://ja.example/0"]  # the other records are not extracted (nor held) yet


_UK_DUMP = """Home
News

Harbour council approves new ferry timetable for winter months
By Alex Morgan
03/04/2024 10:15

The harbour council voted on Tuesday to extend the winter ferry timetable, adding two evening crossings.
Councillors said the change followed a survey in which most island residents asked for a later return service.
The operator will hire four more crew members and expects the crossings to cost about 120,000 pounds a year.

Most read
1. Council tax rise confirmed
"""


@pytest.mark.parametrize("source", ["file", "stdin"])
def test_url_of_a_saved_dump_is_the_articles_url_and_sets_the_date_order(tmp_path: Path, source: str) -> None:
    dump = tmp_path / "dump.txt"
    dump.write_text(_UK_DUMP, encoding="utf-8")
    url = "https://www.example.co.uk/news/harbour-ferry-timetable"
    args = ["extract", str(dump) if source == "file" else "-", "--kind", "text"]
    stdin = _UK_DUMP if source == "stdin" else None
    plain = json.loads(CliRunner().invoke(main, args, input=stdin).output)
    with_url = json.loads(CliRunner().invoke(main, [*args, "--url", url], input=stdin).output)
    assert plain["url"] is None
    assert plain["published"].startswith("2024-03-04")  # month first without a locale
    assert with_url["url"] == url
    assert with_url["published"].startswith("2024-04-03")  # a .uk address reads day first


def test_url_with_many_inputs_is_refused(tmp_path: Path) -> None:
    folder = _pages(tmp_path / "pages")
    result = CliRunner().invoke(main, ["extract", str(folder), "--url", "https://example.com/a"])
    assert result.exit_code == 1
    assert "--url" in result.output
