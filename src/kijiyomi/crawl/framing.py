"""Record framing checked on the raw bytes: where records begin, and whether a record ends where
its Content-Length says. FastWARC does the reading; these functions are the second opinion used
to split files, to resynchronise after a corrupt record and to tell truncation from garbage.

Every decompression here is capped, so a hostile file cannot make them allocate without bound.
"""

from __future__ import annotations

import io
import re
import zlib
from dataclasses import dataclass, replace
from typing import IO, Any

GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = re.compile(rb"WARC/1\.[01]\r\n")
_CONTENT_LENGTH = re.compile(rb"\r\nContent-Length:[ \t]*(\d+)", re.IGNORECASE)
_SCAN_WINDOW = 1 << 20
_HEADER_MAX = 64 * 1024
_MAX_LENGTH = 1 << 60  # a declared Content-Length past this is corrupt, not a real record


def is_gzip(handle: IO[bytes]) -> bool:
    """Whether the stream (at offset 0) is gzip-compressed."""
    handle.seek(0)
    return handle.read(3) == GZIP_MAGIC


def one_record_per_member(handle: IO[bytes], offset: int, cap: int) -> bool:
    """Whether the gzip member at ``offset`` holds one WARC record, as WARC writers (and Common
    Crawl) write them, rather than a whole file gzipped as one stream."""
    handle.seek(offset)
    decompressor = zlib.decompressobj(wbits=31)
    out = bytearray()
    try:
        while not decompressor.eof:
            chunk = decompressor.unconsumed_tail or handle.read(1 << 16)
            if not chunk:
                break
            out += decompressor.decompress(chunk, cap + 1 - len(out))
            if len(out) > cap:
                return False  # larger than any record may be: a stream of records
    except zlib.error:
        return True  # corrupt: the member reader reports it
    end = _first_record_end(bytes(out))
    if end is None or end > len(out):
        return True  # not even one whole record: the member reader reports it
    return not out[end:].strip()  # anything after the first record: one stream


def _first_record_end(data: bytes) -> int | None:
    if not _WARC_MAGIC.match(data):
        return None
    header_end = data.find(b"\r\n\r\n")
    match = _CONTENT_LENGTH.search(data, 0, header_end + 2) if header_end != -1 else None
    return header_end + 4 + int(match.group(1)) + 4 if match else None


class GzipStream(io.RawIOBase):
    """The decompressed data of a gzip file (all its members) as a seekable stream that ends
    quietly where the compressed data is cut off or corrupt; ``error`` then says what happened.
    Seeking backwards decompresses again from the start."""

    def __init__(self, raw: IO[bytes]) -> None:
        super().__init__()
        self._raw = raw
        self.error: str | None = None
        self._rewind()

    def _rewind(self) -> None:
        self._raw.seek(0)
        self._decompressor = zlib.decompressobj(wbits=31)
        self._pending = b""
        self._buffer = b""
        self._position = 0
        self._started = False
        self._done = False

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_CUR:
            offset += self._position
        elif whence != io.SEEK_SET:
            raise OSError("GzipStream cannot seek from the end")
        if offset < self._position:
            self._rewind()
        while self._position < offset and self.read(min(offset - self._position, 1 << 20)):
            pass
        return self._position

    def read(self, size: int | None = -1) -> bytes:
        out = bytearray()
        while size is None or size < 0 or len(out) < size:
            if self._buffer:
                take = self._buffer if size is None or size < 0 else self._buffer[: size - len(out)]
                out += take
                self._buffer = self._buffer[len(take) :]
            elif self._done:
                break
            else:
                self._fill()
        self._position += len(out)
        return bytes(out)

    def readinto(self, target: Any) -> int:
        data = self.read(len(target))
        target[: len(data)] = data
        return len(data)

    def _fill(self) -> None:
        chunk = self._pending or self._decompressor.unconsumed_tail or self._raw.read(1 << 16)
        self._pending = b""
        if not chunk:
            if self._started:
                self.error = "the gzip stream ends inside a member (truncated)"
            self._done = True
            return
        if not self._started and not chunk.startswith(GZIP_MAGIC[:2]):
            self.error = f"{len(chunk)}+ bytes that are not gzip data after the last member"
            self._done = True
            return
        self._started = True
        try:
            self._buffer = self._decompressor.decompress(chunk, 1 << 20)
        except zlib.error as error:
            self.error = f"corrupt gzip data: {error}"
            self._done = True
            return
        if self._decompressor.eof:
            self._pending = self._decompressor.unused_data
            self._decompressor = zlib.decompressobj(wbits=31)
            self._started = False


@dataclass(frozen=True, slots=True)
class FrameCheck:
    """What the raw bytes say about the record starting at ``offset``."""

    ok: bool
    end: int | None = None  # offset just after the record, when known
    detail: str = ""
    reason: str = "corrupt"  # when not ok: "truncated", "corrupt" or "garbage"
    at: int | None = None  # where the problem starts, when not the record's offset


def find_boundary(handle: IO[bytes], start: int, limit: int, gz: bool) -> int | None:
    """The first offset in ``[start, limit)`` where a WARC record verifiably begins."""
    position = start
    overlap = 16
    while position < limit:
        handle.seek(position)
        window = handle.read(min(_SCAN_WINDOW, limit - position + overlap))
        if not window:
            return None
        for candidate in _candidates(window, gz):
            offset = position + candidate
            if offset >= limit:
                return None
            if _starts_record(handle, offset, gz):
                return offset
        if len(window) <= overlap:
            return None
        position += len(window) - overlap
    return None


def _candidates(window: bytes, gz: bool) -> list[int]:
    if gz:
        found, at = [], window.find(GZIP_MAGIC)
        while at != -1:
            found.append(at)
            at = window.find(GZIP_MAGIC, at + 1)
        return found
    return [match.start() for match in _WARC_MAGIC.finditer(window)]


def _starts_record(handle: IO[bytes], offset: int, gz: bool) -> bool:
    if gz:
        handle.seek(offset)
        head = _gunzip_head(handle.read(_HEADER_MAX), 16)
        return head is not None and _WARC_MAGIC.match(head) is not None
    # The header's Content-Length must lead to CRLF CRLF and then the next record or the end of
    # the file: a chance "WARC/1.0" inside a payload practically never passes both checks.
    check = check_plain_record(handle, offset)
    if not check.ok or check.end is None:
        return False
    handle.seek(check.end)
    after = handle.read(10)
    return not after or _WARC_MAGIC.match(after) is not None


def _gunzip_head(data: bytes, size: int) -> bytes | None:
    try:
        return zlib.decompressobj(wbits=31).decompress(data, size)
    except zlib.error:
        return None


def check_plain_record(handle: IO[bytes], offset: int) -> FrameCheck:
    """Parse the WARC header at ``offset`` of an uncompressed file and check that the block is
    followed by CRLF CRLF and then either the end of the file or the next record."""
    handle.seek(offset)
    head = handle.read(_HEADER_MAX)
    if not _WARC_MAGIC.match(head):
        if len(head) < 10 and b"WARC/1.0\r\n".startswith(head):
            return FrameCheck(False, detail="the file ends inside a WARC header", reason="truncated")
        return FrameCheck(False, detail="no WARC header here")
    header_end = head.find(b"\r\n\r\n")
    if header_end == -1:
        if len(head) < _HEADER_MAX:
            return FrameCheck(False, detail="the file ends inside a WARC header", reason="truncated")
        return FrameCheck(False, detail=f"a WARC header longer than {_HEADER_MAX} bytes")
    match = _CONTENT_LENGTH.search(head, 0, header_end + 2)
    if match is None:
        return FrameCheck(False, detail="the WARC header has no Content-Length")
    length = int(match.group(1))
    if length > _MAX_LENGTH:  # beyond any file: seeking there would overflow
        return FrameCheck(False, detail=f"a Content-Length of {length} bytes, beyond any file")
    end = offset + header_end + 4 + length
    handle.seek(end)
    after = handle.read(4)
    if after == b"\r\n\r\n":
        return FrameCheck(True, end + 4)
    if len(after) < 4:
        return FrameCheck(
            False, end + 4, f"the file ends inside the record (it needs {end + 4} bytes)", "truncated"
        )
    return FrameCheck(False, end + 4, "the record does not end where its Content-Length says")


def check_gzip_member(handle: IO[bytes], offset: int, cap: int, *, over_cap_ok: bool = False) -> FrameCheck:
    """Decompress the gzip member at ``offset`` (at most ``cap`` bytes out) and check it is whole
    and holds WARC records whose Content-Length matches what the member holds."""
    handle.seek(offset)
    decompressor = zlib.decompressobj(wbits=31)
    out = bytearray()
    consumed = 0
    while not decompressor.eof:
        chunk = decompressor.unconsumed_tail or handle.read(1 << 16)
        if not chunk:
            return FrameCheck(False, detail="the gzip stream ends inside a member", reason="truncated")
        if not decompressor.unconsumed_tail:
            consumed += len(chunk)
        try:
            out += decompressor.decompress(chunk, cap + 1 - len(out))
        except zlib.error as error:
            return FrameCheck(False, detail=f"corrupt gzip data: {error}")
        if len(out) > cap:
            return FrameCheck(over_cap_ok, detail=f"the gzip member decompresses to more than {cap} bytes")
    end = offset + consumed - len(decompressor.unused_data)
    if _blocks_consistent(bytes(out)):
        return FrameCheck(True, end)
    return FrameCheck(False, end, "the record does not end where its Content-Length says")


def _blocks_consistent(data: bytes) -> bool:
    """Whether decompressed member data is a sequence of whole, well-framed WARC records."""
    position = 0
    while position < len(data):
        if not _WARC_MAGIC.match(data, position):
            return False
        header_end = data.find(b"\r\n\r\n", position)
        match = _CONTENT_LENGTH.search(data, position, header_end + 2) if header_end != -1 else None
        if match is None:
            return False
        position = header_end + 4 + int(match.group(1))
        if data[position : position + 4] != b"\r\n\r\n":
            return False
        position += 4
    return True


def check_tail(handle: IO[bytes], offset: int, size: int | None, gz: bool, cap: int) -> FrameCheck:
    """Check that the file from the last record at ``offset`` to its end holds exactly that record
    (and, for gzip, further whole members only): tells a truncated file from a complete one.
    ``size`` may be None for a plain stream of unknown length (a decompressed gzip stream)."""
    if size is not None and offset >= size:
        return FrameCheck(True, size)
    if not gz:
        check = check_plain_record(handle, offset)
        if not check.ok or check.end is None:
            return check
        handle.seek(check.end)
        extra = len(handle.read(1 << 16))
        if extra:
            return FrameCheck(
                False, check.end, f"{extra}+ bytes of garbage after the last record", "garbage", check.end
            )
        return check
    assert size is not None
    position = offset
    while position < size:
        check = check_gzip_member(handle, position, cap, over_cap_ok=True)
        if not check.ok or check.end is None:
            return replace(check, at=position)
        position = check.end
    return FrameCheck(True, size)
