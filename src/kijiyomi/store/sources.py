"""What ``kijiyomi ingest`` reads: paths, directories, globs and URLs expanded into page tasks.

Every page gets a stable source id (a file's path with its size and mtime, a URL, or a record's
container and offset) so that a rerun knows what is already stored. Containers (WARC/WET files,
crawl Parquet, JSON lines) are opened lazily in the main process and yield one task per record.
"""

from __future__ import annotations

import glob
import json
import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from kijiyomi.decode import LONE_SURROGATE, SURROGATE_ESCAPE
from kijiyomi.sniff import is_folder, maybe_file

log = logging.getLogger(__name__)

PAGE_SUFFIXES = {".html", ".htm", ".xhtml", ".txt", ".text", ".md"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz", ".arc.gz")
PARQUET_SUFFIXES = (".parquet",)
WHOLE_JSON_BYTES = 64 * 1024 * 1024  # a JSON file larger than this is read as JSON lines, streamed


@dataclass(frozen=True, slots=True)
class PageTask:
    """One page to extract: a file to read, a URL to fetch, or bytes/a record already in hand."""

    source: str
    kind: Literal["file", "url", "bytes", "record"]
    path: str | None = None
    data: bytes | None = None
    url: str | None = None
    page_kind: Literal["auto", "html", "text"] = "auto"
    http_charset: str | None = None
    record: dict[str, Any] | None = None  # Article/Rejection dict (+ optional "reading")


@dataclass(slots=True)
class Skipped:
    """An input that yields no task, with the reason (reported in the summary)."""

    source: str
    reason: str


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def path_text(path: Path | str) -> str:
    """A path as text SQLite can store: bytes of a file name that are not UTF-8 (lone surrogates
    in Python, e.g. a Shift_JIS name) become ``\\xNN`` escapes, the same on every run."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _file_source(path: Path) -> str:
    stat = path.stat()
    return f"{path_text(path.resolve())}|{stat.st_size}|{stat.st_mtime_ns}"


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for multi in (*WARC_SUFFIXES, *PARQUET_SUFFIXES):
        if name.endswith(multi):
            return multi
    return path.suffix.lower().removesuffix(".gz") if name.endswith(".gz") else path.suffix.lower()


def _page_suffix(path: Path) -> str:
    name = path.name.lower().removesuffix(".gz")
    return Path(name).suffix


def expand(inputs: list[str] | tuple[str, ...]) -> tuple[list[Path | str], list[Skipped]]:
    """Files (sorted, de-duplicated) and URLs named by ``inputs``; what cannot be used is skipped."""
    found: list[Path | str] = []
    skipped: list[Skipped] = []
    seen: set[str] = set()

    def add(item: Path | str) -> None:
        key = _resolved(item) if isinstance(item, Path) else item
        if key not in seen:
            seen.add(key)
            found.append(item)

    for raw in inputs:
        if _is_url(raw):
            add(raw)
            continue
        if raw == "-":
            skipped.append(Skipped(raw, "ingest does not read stdin: save the page to a file first"))
            continue
        path = Path(raw)
        if is_folder(path):
            children = [p for p in path.rglob("*") if not p.name.startswith(".") and maybe_file(p)]
            usable = sorted(child for child in children if _usable(child))
            for child in usable:
                add(child)
            if not usable:
                skipped.append(
                    Skipped(raw, f"no page, JSON, WARC/WET or Parquet file in this folder{_among(children)}")
                )
            continue
        if maybe_file(path):
            add(path)
            continue
        pattern = any(c in raw for c in "*?[")
        matches = sorted(glob.glob(raw, recursive=True)) if pattern else []  # noqa: PTH207 (absolute globs)
        files = [Path(match) for match in matches if maybe_file(Path(match))]
        for match in files:
            add(match)
        if not files:
            reason = "the glob matches no file" if pattern else "no such file, directory, glob match or URL"
            skipped.append(Skipped(raw, reason))
    return found, skipped


def _resolved(path: Path) -> str:
    """The path with its links resolved (one file named twice is one task); as given where the
    system refuses to resolve it (the read then reports why)."""
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


def _among(children: list[Path]) -> str:
    return f" (it holds {len(children)} other files)" if children else " (it is empty)"


def _usable(path: Path) -> bool:
    suffix = _suffix(path)
    return (
        _page_suffix(path) in PAGE_SUFFIXES
        or suffix in JSON_SUFFIXES
        or suffix in WARC_SUFFIXES
        or suffix in PARQUET_SUFFIXES
    )


def tasks_for(item: Path | str, skipped: list[Skipped]) -> Iterator[PageTask]:
    """The page tasks of one expanded input."""
    if isinstance(item, str):
        yield PageTask(source=item, kind="url", url=item)
        return
    suffix = _suffix(item)
    before = len(skipped)
    count = 0
    try:
        for task in _file_tasks(item, suffix, skipped):
            count += 1
            yield task
    except (OSError, ValueError) as error:  # unreadable, or not the format its name says (Parquet)
        where = f" after {count} pages" if count else ""
        skipped.append(Skipped(str(item), f"cannot read{where}: {getattr(error, 'strerror', None) or error}"))
        return
    if count == 0 and len(skipped) == before:
        skipped.append(Skipped(str(item), "no pages in this file"))


def _file_tasks(item: Path, suffix: str, skipped: list[Skipped]) -> Iterator[PageTask]:
    if suffix in WARC_SUFFIXES:
        yield from _warc_tasks(item, skipped)
    elif suffix in PARQUET_SUFFIXES:
        yield from _parquet_tasks(item, skipped)
    elif suffix in JSON_SUFFIXES:
        yield from _json_tasks(item, skipped)
    else:
        page_kind: Literal["auto", "html", "text"] = "auto"
        if _page_suffix(item) in {".txt", ".text", ".md"}:
            page_kind = "text"
        yield PageTask(source=_file_source(item), kind="file", path=str(item), page_kind=page_kind)


def _loads(text: str) -> Any:
    """Parse JSON whose ``\\udcff`` escapes of lone surrogates (no text: SQLite cannot store
    them) become U+FFFD; only text holding such an escape pays for the second pass."""
    loaded = json.loads(text)
    if SURROGATE_ESCAPE.search(text):
        dumped = json.dumps(loaded, ensure_ascii=False)
        if LONE_SURROGATE.search(dumped):
            loaded = json.loads(LONE_SURROGATE.sub("\ufffd", dumped))
    return loaded


def _json_tasks(path: Path, skipped: list[Skipped]) -> Iterator[PageTask]:
    """Article/Rejection JSON (``kijiyomi extract`` output): one object, a list, or JSON lines."""
    base = _file_source(path)
    for index, obj in enumerate(_json_objects(path, skipped)):
        if isinstance(obj, dict) and obj.get("type") in {"article", "rejection"}:
            yield PageTask(source=f"{base}#{index}", kind="record", record=obj)
        elif isinstance(obj, dict) and isinstance(obj.get("article"), dict):
            record = {**obj["article"], "reading": obj.get("reading")}
            yield PageTask(source=f"{base}#{index}", kind="record", record=record)
        else:
            skipped.append(Skipped(f"{path}#{index}", "JSON object is not a kijiyomi article or rejection"))


def _json_objects(path: Path, skipped: list[Skipped]) -> Iterator[Any]:
    """The objects of a JSON document (parsed whole, up to WHOLE_JSON_BYTES) or of JSON lines
    (streamed line by line: a larger file is never held in memory at once)."""
    lines: Iterable[str]
    if path.stat().st_size <= WHOLE_JSON_BYTES:
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            loaded = _loads(text)
        except (ValueError, RecursionError):  # not one JSON document: JSON lines
            lines = text.splitlines()
        else:
            yield from loaded if isinstance(loaded, list) else [loaded]
            return
    else:
        lines = _file_lines(path)
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield _loads(line)
        except json.JSONDecodeError as error:
            skipped.append(Skipped(f"{path}:{number}", f"invalid JSON: {error.msg}"))
        except (ValueError, RecursionError) as error:  # nested too deep, an integer too long
            skipped.append(Skipped(f"{path}:{number}", f"invalid JSON: {error}"))


def _file_lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8", errors="replace", newline=None) as handle:
        yield from handle


def _warc_tasks(path: Path, skipped: list[Skipped]) -> Iterator[PageTask]:
    try:
        from kijiyomi.crawl.reader import RawRecord, read_task
        from kijiyomi.crawl.settings import CrawlSettings
        from kijiyomi.crawl.tasks import Task
    except ImportError as error:
        skipped.append(
            Skipped(str(path), f"WARC/WET input needs the warc extra (pip install 'kijiyomi[warc]'): {error}")
        )
        return
    base = _file_source(path)
    size = path.stat().st_size
    counts: Counter[str] = Counter()
    for item in read_task(Task(str(path), 0, size, size), CrawlSettings(), counts):
        if isinstance(item, RawRecord):
            yield PageTask(
                source=f"{base}@{item.offset}",
                kind="bytes",
                data=item.payload,
                url=item.url,
                page_kind=item.kind,
                http_charset=item.http_charset,
            )
        else:
            skipped.append(Skipped(f"{path}@{item.offset}", f"{item.reason}: {item.detail}"))


def _parquet_tasks(path: Path, skipped: list[Skipped]) -> Iterator[PageTask]:
    """Rows of ``kijiyomi crawl`` output: articles/*.parquet (rebuilt) or rejects/*.parquet."""
    try:
        import pyarrow.parquet as pq  # type: ignore[import-untyped]

        from kijiyomi.crawl.schema import article_from_row
    except ImportError as error:
        skipped.append(Skipped(str(path), f"Parquet input needs the warc extra: {error}"))
        return
    base = _file_source(path)
    parquet = pq.ParquetFile(path)
    columns = set(parquet.schema_arrow.names)
    index = 0
    for batch in parquet.iter_batches(batch_size=512):
        for row in batch.to_pylist():
            source = f"{base}#{index}"
            index += 1
            if "blocks_json" in columns:
                try:
                    article = article_from_row(row)
                except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
                    # AttributeError: a JSON column of the wrong shape ("provenance_json": "[]")
                    skipped.append(Skipped(f"{path}#{index - 1}", f"bad article row: {error}"))
                    continue
                record = article.to_dict()
                record["reading"] = _reading(row.get("reading_json"))
                yield PageTask(source=source, kind="record", record=record)
            elif "reason" in columns:
                record = {
                    "type": "rejection",
                    "reason": row.get("reason"),
                    "detail": row.get("detail") or "",
                    "url": row.get("url"),
                    "title": row.get("title"),
                }
                yield PageTask(source=source, kind="record", record=record)
            else:
                skipped.append(Skipped(str(path), "Parquet file is not kijiyomi crawl output"))
                return


def _reading(text: str | None) -> dict[str, Any] | None:
    """A stored reading; a damaged one is dropped (the reader reads the article again)."""
    try:
        reading = _loads(text) if text else None
    except (ValueError, RecursionError):
        return None
    return reading if isinstance(reading, dict) else None
