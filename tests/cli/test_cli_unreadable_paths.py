"""Paths the system refuses to stat (EACCES: a folder without search permission, ``/proc/1/cwd``)
are reported as unreadable inputs; the walk goes on with the other pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kijiyomi.cli import main
from kijiyomi.sniff import is_folder, maybe_file

_SENTENCE = (
    "市議会は二十六日、冬季の除雪体制を見直す条例案を賛成多数で可決した。市民からは歓迎の声が出ている。"
)
_PAGE = f"<html><body><article><h1>除雪体制を見直し</h1>{f'<p>{_SENTENCE}</p>' * 6}</article></body></html>"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with one readable page and one ``locked.html`` whose stat is refused (as root
    cannot be refused anything, the refusal is simulated; ``locked.html`` is a folder, so reading
    it fails as it would)."""
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "ok.html").write_text(_PAGE, encoding="utf-8")
    (tmp_path / "pages" / "locked.html").mkdir()
    (tmp_path / "pages" / "locked.warc.gz").mkdir()
    real_stat = Path.stat

    def stat(self: Path, *, follow_symlinks: bool = True) -> object:
        if self.name.startswith("locked."):
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, follow_symlinks=follow_symlinks)

    monkeypatch.setattr(Path, "stat", stat)
    return tmp_path / "pages"


def test_the_probes_do_not_raise(folder: Path) -> None:
    with pytest.raises(PermissionError):
        (folder / "locked.html").is_file()  # what the walks called
    assert maybe_file(folder / "locked.html") is True
    assert is_folder(folder / "locked.html") is False
    assert maybe_file(folder / "missing.html") is False
    assert is_folder(folder) is True


def test_extract_reports_the_refused_file_and_extracts_the_others(folder: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(folder)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [row.get("title") for row in rows if row.get("type") == "article"] == ["除雪体制を見直し"]
    assert "locked.html" in result.output


def test_extract_of_the_refused_file_alone_is_an_error_message(folder: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(folder / "locked.html")])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert "cannot read" in result.output


def test_ingest_reports_the_refused_file_and_stores_the_others(folder: Path, tmp_path: Path) -> None:
    pytest.importorskip("datasketch")
    from kijiyomi.store import Archive
    from kijiyomi.store.ingest import ingest

    archive = Archive(tmp_path / "a.db", scheme="ngram")
    summary = ingest(archive, [str(folder)], jobs=1, progress=False, with_reading=False)
    assert summary.stored == 1
    assert sorted((item.source, item.reason) for item in summary.skipped) == [
        (str(folder / name), "cannot read: Permission denied") for name in ("locked.html", "locked.warc.gz")
    ]


def test_crawl_inputs_keep_the_refused_archive_and_opening_it_is_an_input_error(folder: Path) -> None:
    from kijiyomi.crawl.inputs import expand_inputs, open_input
    from kijiyomi.errors import InputError

    locked = str(folder / "locked.warc.gz")
    assert expand_inputs([str(folder)]) == [locked]
    assert expand_inputs([locked]) == [locked]
    with pytest.raises(InputError, match="cannot open"):
        open_input(locked)
