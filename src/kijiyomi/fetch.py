"""Fetch one page over HTTP(S) with a timeout, a size cap and an honest User-Agent."""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from kijiyomi.decode import charset_from_content_type
from kijiyomi.errors import FetchError

USER_AGENT = "kijiyomi/{version} (news article extractor; +https://pypi.org/project/kijiyomi/)"
_CHUNK = 64 * 1024
# characters left as they are when a URL is made ASCII (RFC 3986 reserved and unreserved, and %)
_URL_SAFE = "/?#[]@!$&'()*+,;=:%~-._"


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) URLs only: urllib's own handler follows one to ``ftp://``."""

    def redirect_request(
        self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> urllib.request.Request | None:
        if not newurl.lower().startswith(("http://", "https://")):
            raise urllib.error.HTTPError(newurl, code, f"redirect to a non-HTTP URL {newurl}", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_HttpOnlyRedirects)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched page: its bytes, final URL and the charset its Content-Type declared."""

    content: bytes
    url: str
    charset: str | None


def fetch(
    url: str, *, timeout: float = 20.0, max_bytes: int = 16 * 1024 * 1024, deadline: float = 60.0
) -> Fetched:
    """Download a page. ``timeout`` bounds each network wait, ``deadline`` the whole download.

    A URL with non-ASCII characters (a Japanese path, an IDN host) is sent percent-encoded
    (host in IDNA); the returned ``url`` is the one given unless the server redirected.

    Raises:
        FetchError: on a malformed URL, a network or protocol error, an HTTP error status, a
            non-HTTP URL, a page over ``max_bytes``, a body shorter than its Content-Length, or a
            download slower than ``deadline`` seconds.
    """
    from kijiyomi import __version__

    if not url.startswith(("http://", "https://")):
        raise FetchError(f"only http(s) URLs can be fetched: {url}")
    wire_url = ascii_url(url)
    headers = {"User-Agent": USER_AGENT.format(version=__version__)}
    try:
        request = urllib.request.Request(wire_url, headers=headers)
        with _OPENER.open(request, timeout=timeout) as response:
            content = _read_body(response, url, max_bytes, time.monotonic() + deadline)
            final = response.geturl()
            return Fetched(
                content,
                url if final == wire_url else final,
                charset_from_content_type(response.headers.get("Content-Type")),
            )
    except urllib.error.HTTPError as error:
        raise FetchError(f"{url}: HTTP {error.code} {error.reason}") from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise FetchError(f"{url}: {error}") from error
    except (http.client.HTTPException, ValueError) as error:  # bad status line, invalid URL or port
        raise FetchError(f"{url}: {type(error).__name__}: {str(error).strip()}") from error


def ascii_url(url: str) -> str:
    """``url`` with its host in IDNA and other non-ASCII characters, spaces and control characters
    percent-encoded (UTF-8).

    Raises:
        FetchError: the URL cannot be parsed or its host cannot be encoded.
    """
    if url.isascii() and url.isprintable() and " " not in url:
        return url
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        netloc = parts.netloc
        if not host.isascii():
            userinfo, at, _ = netloc.rpartition("@")
            port = f":{parts.port}" if parts.port is not None else ""
            netloc = f"{userinfo}{at}{host.encode('idna').decode('ascii')}{port}"
    except (ValueError, UnicodeError) as error:
        raise FetchError(f"{url}: malformed URL ({error})") from error
    path, query, fragment = (quote(part, safe=_URL_SAFE) for part in parts[2:])
    return urlunsplit((parts.scheme, quote(netloc, safe=_URL_SAFE), path, query, fragment))


def _read_body(response: http.client.HTTPResponse, url: str, max_bytes: int, deadline: float) -> bytes:
    body = bytearray()
    while True:
        chunk = response.read1(_CHUNK)
        if not chunk:
            break
        body += chunk
        if len(body) > max_bytes:
            raise FetchError(f"{url} is larger than {max_bytes} bytes")
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: the download took longer than its deadline ({len(body)} bytes read)")
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and len(body) < int(declared):
        raise FetchError(f"{url}: the body was cut off: {len(body)} of {declared} bytes")
    return bytes(body)
