"""The public entry points: ``extract`` (bytes or text in, Article or Rejection out) and
``extract_file``. Pure per-page functions: safe to call from a process pool or a Ray task."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Literal

from kijiyomi.decode import LONE_SURROGATE, Decoded, decode
from kijiyomi.errors import InputError
from kijiyomi.options import DEFAULT_OPTIONS, ExtractOptions
from kijiyomi.sniff import looks_binary, looks_like_html
from kijiyomi.types import Rejection, RejectReason, Result

Kind = Literal["auto", "html", "text"]


def extract(
    source: bytes | str,
    *,
    url: str | None = None,
    kind: Kind = "auto",
    http_charset: str | None = None,
    options: ExtractOptions | None = None,
) -> Result:
    """Extract the article of one page.

    Args:
        source: the page as fetched (``bytes``, any encoding) or already decoded (``str``).
        url: where the page came from; used for metadata and resolving image links.
        kind: ``"html"``, ``"text"`` (a plain-text dump) or ``"auto"`` to tell them apart.
        http_charset: the charset of the HTTP Content-Type header, when known.
        options: limits and switches; the defaults suit news pages.

    Returns:
        An ``Article``, or a ``Rejection`` saying why the input is not one.

    Raises:
        InputError: ``source`` is neither ``bytes`` nor ``str``, or ``kind`` is none of the three.
    """
    if kind not in ("auto", "html", "text"):  # before any look at the input: empty pages too
        raise InputError(f"unknown kind {kind!r}: use 'auto', 'html' or 'text'")
    opts = options or DEFAULT_OPTIONS
    if url is not None:
        url = LONE_SURROGATE.sub("\ufffd", url)  # undecodable bytes of a command line or file name
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        if len(data) > opts.max_bytes:
            return Rejection(RejectReason.TOO_LARGE, f"{len(data)} bytes > {opts.max_bytes}", url)
        if looks_binary(data):
            return Rejection(RejectReason.BINARY, "the input is binary data, not a page", url)
        decoded = decode(data, http_charset=http_charset)
    elif isinstance(source, str):
        if len(source) > opts.max_bytes:
            return Rejection(RejectReason.TOO_LARGE, f"{len(source)} characters > {opts.max_bytes}", url)
        decoded = decode_str(source)
    else:
        raise InputError(f"extract() takes bytes or str, not {type(source).__name__}")

    # NULs are dropped; with the page's UTF-8 bytes at hand, one byte search tells there are none
    raw = decoded.utf8
    text = decoded.text if raw is not None and b"\x00" not in raw else decoded.text.replace("\x00", "")
    if not text or text.isspace():
        return Rejection(RejectReason.EMPTY, "the input holds no text", url)
    if kind == "auto":
        kind = "html" if looks_like_html(text) else "text"
    if kind == "html":
        from kijiyomi.html.extractor import extract_html

        return extract_html(text, url=url, options=opts, decoded=decoded)
    from kijiyomi.textdump.extractor import extract_text

    return extract_text(text, url=url, options=opts)


def decode_str(source: str) -> Decoded:
    """A page given as ``str``, with its UTF-8 bytes for the parser. Lone surrogates (undecodable
    bytes kept by ``surrogateescape``) cannot be encoded, stored or tokenised: each becomes U+FFFD
    and counts as replaced."""
    try:
        data = source.encode("utf-8")  # fails only on a lone surrogate; cheaper than searching for one
    except UnicodeEncodeError:
        text, replaced = LONE_SURROGATE.subn("\ufffd", source)
        return Decoded(text, "str", "fallback", replaced)
    return Decoded(source, "str", "fallback", 0, data)


def extract_file(
    path: str | Path, *, url: str | None = None, kind: Kind = "auto", options: ExtractOptions | None = None
) -> Result:
    """Extract the article of a saved page; ``.gz`` files are decompressed with a size cap.

    ``url`` is the page's address where the caller knows it (a saved page, a text dump): it sets
    the result's ``url`` and helps as it does for :func:`extract`.

    Raises:
        InputError: the file cannot be read, or its gzip stream is corrupt.
    """
    opts = options or DEFAULT_OPTIONS
    file_path = Path(path)
    try:
        with file_path.open("rb") as handle:
            raw = handle.read(opts.max_bytes + 1)  # never more than the cap (/dev/zero, a 10 GB file)
    except OSError as error:
        raise InputError(f"cannot read {file_path}: {error.strerror or error}") from error
    if len(raw) > opts.max_bytes:
        return Rejection(RejectReason.TOO_LARGE, f"file larger than {opts.max_bytes} bytes", str(path))
    if file_path.suffix == ".gz" or raw[:2] == b"\x1f\x8b":
        limit = min(opts.max_bytes, max(len(raw), 1) * opts.max_gzip_ratio)
        try:
            raw = gunzip_capped(raw, limit)
        except OverflowError:
            return Rejection(RejectReason.TOO_LARGE, f"decompresses to more than {limit} bytes", str(path))
        except (OSError, EOFError, zlib.error) as error:
            raise InputError(f"{file_path} is not a valid gzip file: {error}") from error
    return extract(raw, url=url, kind=kind, options=opts)


def gunzip_capped(data: bytes, limit: int) -> bytes:
    """Decompress gzip data, raising OverflowError past ``limit`` bytes (gzip bombs)."""
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    out = bytearray()
    chunk = data
    while chunk:
        out += decompressor.decompress(chunk, limit + 1 - len(out))
        if len(out) > limit:
            raise OverflowError(limit)
        chunk = decompressor.unconsumed_tail
        if decompressor.eof:
            rest = decompressor.unused_data
            if rest[:2] == b"\x1f\x8b":  # concatenated gzip members
                decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
                chunk = rest
    if not decompressor.eof:
        raise EOFError("truncated gzip stream")
    return bytes(out)


__all__ = ["decode_str", "extract", "extract_file", "gunzip_capped"]
