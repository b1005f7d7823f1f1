"""Common Crawl WET files: the conversion records (a page's extracted text) with their URL and
crawl date, read with FastWARC (the ``warc`` extra).

The crawl date says when the page was fetched, never when it was published.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from kijiyomi.errors import DependencyError, InputError

MAX_RECORD_BYTES = 8 * 1024 * 1024


class WetRecord(NamedTuple):
    """One conversion record: where the text came from, when it was crawled, and the text."""

    url: str | None
    crawl_date: datetime | None
    text: str


def iter_wet_records(path: str | Path, *, max_record_bytes: int = MAX_RECORD_BYTES) -> Iterator[WetRecord]:
    """Each conversion record of a ``.wet`` or ``.wet.gz`` file, in file order.

    Records larger than ``max_record_bytes`` are cut to that size; other record types (warcinfo)
    are skipped.

    Raises:
        DependencyError: FastWARC is not installed (``pip install 'kijiyomi[warc]'``).
        InputError: the file cannot be opened or is not a WARC/WET file.
    """
    archive_iterator, record_type = _fastwarc()
    file_path = Path(path)
    try:
        handle = file_path.open("rb")
    except OSError as error:
        raise InputError(f"cannot read {file_path}: {error.strerror or error}") from error
    with handle:
        try:
            for record in archive_iterator(handle, record_types=record_type.conversion, parse_http=False):
                headers = record.headers
                body = record.reader.read(max_record_bytes)
                yield WetRecord(
                    url=headers.get("WARC-Target-URI") or None,
                    crawl_date=_warc_date(headers.get("WARC-Date")),
                    text=body.decode("utf-8", "replace"),
                )
        except (OSError, ValueError) as error:
            raise InputError(f"{file_path} is not a readable WET file: {error}") from error


def _fastwarc() -> tuple[Any, Any]:
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError as error:
        raise DependencyError("fastwarc", "warc") from error
    return ArchiveIterator, WarcRecordType


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def looks_like_wet(path: str | Path) -> bool:
    """A ``.wet`` / ``.wet.gz`` file name (what ``kijiyomi extract`` reads as WET records)."""
    name = Path(path).name.lower()
    return name.endswith((".wet", ".wet.gz", ".warc.wet", ".warc.wet.gz"))


__all__ = ["MAX_RECORD_BYTES", "WetRecord", "iter_wet_records", "looks_like_wet"]
