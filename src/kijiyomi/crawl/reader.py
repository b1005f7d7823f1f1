"""Reading the records of one task with FastWARC.

Record type, HTTP status, MIME type, size and URL/domain filters run inside FastWARC's iterator,
before any payload is read or decoded. Whatever goes wrong in the file is reported as a
``ReadProblem`` and reading goes on: a record with a lying Content-Length or cut off by the end of
the file, garbage between records, a truncated gzip stream. A record is only handed on once the
next record header has been parsed (or the raw bytes confirm its framing), so a record whose
Content-Length swallowed or cut its neighbour is reported instead of extracted.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import IO, Literal, cast
from urllib.parse import urlsplit

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from kijiyomi.crawl.framing import (
    FrameCheck,
    GzipStream,
    check_gzip_member,
    check_plain_record,
    check_tail,
    find_boundary,
    one_record_per_member,
)
from kijiyomi.crawl.framing import is_gzip as stream_is_gzip
from kijiyomi.crawl.inputs import open_input
from kijiyomi.crawl.settings import CrawlSettings, RecordFilters
from kijiyomi.crawl.tasks import Task

RecordKind = Literal["html", "text"]


@dataclass(frozen=True, slots=True)
class RawRecord:
    """A WARC response (HTML) or WET conversion (text) record that passed the reader's filters."""

    source: str
    offset: int
    record_id: str | None
    url: str | None
    warc_date: str | None
    kind: RecordKind
    payload: bytes
    http_charset: str | None = None
    languages: tuple[str, ...] = ()  # WARC-Identified-Content-Language (ISO 639-3, WET files)


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """Something in the file that is not a usable record; reported, never silently dropped."""

    source: str
    offset: int
    reason: str  # truncated, corrupt, garbage, too_large, bad_encoding
    detail: str
    url: str | None = None
    record_id: str | None = None


ReadItem = RawRecord | ReadProblem


@dataclass(slots=True)
class _Pass:
    """State of one FastWARC pass over the file, shared with the filter callback."""

    task: Task
    filters: RecordFilters
    max_record_bytes: int
    counts: Counter[str]
    last_seen: int = -1
    problems: list[ReadProblem] = field(default_factory=list)
    truncated: set[int] = field(default_factory=set)  # offsets already reported as truncated

    def accept(self, record: WarcRecord) -> bool:
        offset = record.stream_pos
        if offset >= self.task.end:
            return True  # the next task's first record: lets the reader see where to stop
        self.last_seen = offset
        self.counts["records_read"] += 1
        headers = record.headers
        url = headers.get("WARC-Target-URI")
        if headers.get("Content-Length") is None:
            return True  # cut-off header: reported as truncated by the reader
        if record.record_type == WarcRecordType.response:
            if not record.is_http:
                return self._skip("skipped_not_http")
            status = record.http_headers.status_code
            if status is None or not 200 <= status < 300:
                return self._skip("skipped_status")
            mime = (record.http_content_type or headers.get("WARC-Identified-Payload-Type") or "").lower()
            if mime and self.filters.mime_types and mime.split(";")[0].strip() not in self.filters.mime_types:
                return self._skip("skipped_mime")
        if not url_wanted(url, self.filters):
            return self._skip("skipped_url")
        if record.content_length > self.max_record_bytes:
            self.problems.append(
                ReadProblem(
                    self.task.source,
                    offset,
                    "too_large",
                    f"{record.content_length} bytes > the {self.max_record_bytes}-byte record cap",
                    url,
                    headers.get("WARC-Record-ID"),
                )
            )
            return False
        return True

    def _skip(self, counter: str) -> bool:
        self.counts[counter] += 1
        return False


def url_wanted(url: str | None, filters: RecordFilters) -> bool:
    """The URL and domain filters."""
    if not filters.domains and not filters.url_pattern:
        return True
    if not url:
        return False
    if filters.domains:
        host = (urlsplit(url).hostname or "").lower()
        if not any(host == domain or host.endswith("." + domain) for domain in filters.domains):
            return False
    return not filters.url_pattern or _regex(filters.url_pattern).search(url) is not None


@lru_cache(maxsize=32)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_UNBOUNDED = 1 << 62
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,16}")


def read_task(task: Task, settings: CrawlSettings, counts: Counter[str]) -> Iterator[ReadItem]:
    """The records (and problems) of one task, in file order.

    A ``.gz`` file written as one gzip stream (rather than one member per record) is read through
    a decompressing stream as one task; its record offsets are positions in the decompressed data.
    """
    cap = settings.max_record_bytes + 64 * 1024
    with open_input(task.source) as handle:
        gz = stream_is_gzip(handle)
        if not gz or one_record_per_member(handle, task.start, cap):
            yield from _read(handle, task, settings, counts, gz)
            return
        counts["gzip_single_stream"] = 1
        stream = GzipStream(handle)
        reported = False
        whole = Task(task.source, 0, _UNBOUNDED, _UNBOUNDED)
        for item in _read(cast(IO[bytes], stream), whole, settings, counts, False):
            reported = reported or (isinstance(item, ReadProblem) and item.reason in {"truncated", "corrupt"})
            yield item
        if stream.error and not reported:
            reason = "truncated" if "truncated" in stream.error else "corrupt"
            yield ReadProblem(
                task.source, stream.tell(), reason, f"{stream.error} (offset in decompressed data)"
            )


def _read(
    handle: IO[bytes], task: Task, settings: CrawlSettings, counts: Counter[str], gz: bool
) -> Iterator[ReadItem]:
    cap = settings.max_record_bytes + 64 * 1024
    position = task.start
    types = WarcRecordType.response | WarcRecordType.conversion
    while position < task.end:
        handle.seek(position)
        state = _Pass(task, settings.filters, settings.max_record_bytes, counts)
        pending: RawRecord | None = None
        error: Exception | None = None
        stopped = False
        try:
            for record in ArchiveIterator(
                handle, record_types=types, parse_http=True, func_filter=state.accept
            ):
                if record.stream_pos >= task.end:
                    stopped = True
                    break
                if pending is not None:
                    yield pending
                    pending = None
                yield from _drain(state)
                item = _take(record, task, settings)
                if isinstance(item, RawRecord):
                    pending = item
                else:
                    if item.reason == "truncated":
                        state.truncated.add(item.offset)
                    yield item
        except Exception as exc:  # FastWARC raises OSError (and others) on broken data
            error = exc
        yield from _drain(state)
        if error is None:
            if pending is not None:
                yield pending
            if not stopped and task.end >= task.size:
                last = max(state.last_seen, position)
                tail = check_tail(handle, last, task.size, gz, cap)
                at = tail.at if tail.at is not None else last
                if not tail.ok and at not in state.truncated:
                    yield ReadProblem(task.source, at, tail.reason, tail.detail)
            return
        bad_from = max(state.last_seen, position)
        broken: RawRecord | None = None
        if pending is not None:
            check = _frame(handle, pending.offset, gz, cap)
            if check.ok:
                yield pending
                bad_from = check.end if check.end is not None else pending.offset + 1
            else:
                broken, reason, detail = pending, check.reason, check.detail
                bad_from = pending.offset + 1
        resume = find_boundary(handle, max(bad_from, position + 1), task.end, gz)
        where = f"the next record is at byte {resume}" if resume is not None else "no further record found"
        if broken is not None:
            yield _problem(broken, reason, f"{detail}; not extracted, {where}")
        elif resume is None:
            rest = check_tail(handle, bad_from, task.size, gz, cap) if task.end >= task.size else None
            yield ReadProblem(
                task.source,
                bad_from,
                rest.reason if rest is not None and not rest.ok else "corrupt",
                f"unreadable from byte {bad_from} to {'the end' if task.end >= _UNBOUNDED else task.end} "
                f"({error}); {where}",
            )
        elif resume > bad_from:
            yield ReadProblem(
                task.source,
                bad_from,
                "garbage",
                f"skipped {resume - bad_from} unreadable bytes ({error}); {where}",
            )
        if resume is None:
            return
        counts["resyncs"] += 1
        position = resume


def _drain(state: _Pass) -> Iterator[ReadProblem]:
    while state.problems:
        yield state.problems.pop(0)


def _frame(handle: IO[bytes], offset: int, gz: bool, cap: int) -> FrameCheck:
    return check_gzip_member(handle, offset, cap) if gz else check_plain_record(handle, offset)


def _problem(record: RawRecord, reason: str, detail: str) -> ReadProblem:
    return ReadProblem(record.source, record.offset, reason, detail, record.url, record.record_id)


def _take(record: WarcRecord, task: Task, settings: CrawlSettings) -> ReadItem:
    headers = record.headers
    offset = record.stream_pos
    url = headers.get("WARC-Target-URI")
    record_id = headers.get("WARC-Record-ID")
    if headers.get("Content-Length") is None:
        return ReadProblem(
            task.source, offset, "truncated", "the file ends inside the record header", url, record_id
        )
    expected = record.content_length
    payload = record.reader.read()
    if len(payload) != expected:
        return ReadProblem(
            task.source,
            offset,
            "truncated",
            f"the record declares {expected} payload bytes but the file holds {len(payload)}",
            url,
            record_id,
        )
    is_response = record.record_type == WarcRecordType.response
    charset = None
    if is_response:
        decoded = _decode_http_payload(payload, record, settings.max_decoded_bytes)
        if isinstance(decoded, str):
            return ReadProblem(task.source, offset, "bad_encoding", decoded, url, record_id)
        payload = decoded
        charset = record.http_charset
    languages = tuple(
        code.strip()
        for code in (headers.get("WARC-Identified-Content-Language") or "").split(",")
        if code.strip()
    )
    return RawRecord(
        source=task.source,
        offset=offset,
        record_id=record_id,
        url=url,
        warc_date=headers.get("WARC-Date"),
        kind="html" if is_response else "text",
        payload=payload,
        http_charset=charset,
        languages=languages,
    )


def _decode_http_payload(payload: bytes, record: WarcRecord, cap: int) -> bytes | str:
    """Undo chunked transfer coding and gzip/deflate content coding, capped; a str is an error."""
    http = record.http_headers
    if "chunked" in (http.get("Transfer-Encoding") or "").lower():
        dechunked = _dechunk(payload)
        if dechunked is None:
            return "malformed chunked transfer coding"
        payload = dechunked
    coding = (http.get("Content-Encoding") or "").strip().lower()
    if coding in {"", "identity", "none", "utf-8"}:
        return payload
    if coding not in {"gzip", "x-gzip", "deflate"}:
        return f"unsupported Content-Encoding {coding!r}"
    wbits = 47 if coding != "deflate" else 15  # 47: gzip or zlib header, auto-detected
    try:
        decompressor = zlib.decompressobj(wbits=wbits)
        out = decompressor.decompress(payload, cap + 1)
    except zlib.error:
        if coding != "deflate":
            return "corrupt gzip content coding"
        try:  # raw deflate without zlib header, as some servers send
            decompressor = zlib.decompressobj(wbits=-15)
            out = decompressor.decompress(payload, cap + 1)
        except zlib.error:
            return "corrupt deflate content coding"
    if len(out) > cap:
        return f"the payload decompresses to more than {cap} bytes"
    return out


def _dechunk(data: bytes) -> bytes | None:
    out = bytearray()
    position = 0
    while position < len(data):
        line_end = data.find(b"\r\n", position)
        if line_end == -1:
            return None
        token = data[position:line_end].split(b";")[0].strip()
        if not _CHUNK_SIZE.fullmatch(token):  # int() would take "-6" or "1_0": a sign loops forever
            return None
        size = int(token, 16)
        if size == 0:
            return bytes(out)
        start = line_end + 2
        out += data[start : start + size]
        position = start + size + 2
    return bytes(out)
