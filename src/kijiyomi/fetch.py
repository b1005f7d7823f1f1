"""Fetch one page over HTTP(S) with a timeout, a size cap and an honest User-Agent."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass

from kijiyomi.decode import charset_from_content_type
from kijiyomi.errors import FetchError

USER_AGENT = "kijiyomi/{version} (news article extractor; +https://pypi.org/project/kijiyomi/)"


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched page: its bytes, final URL and the charset its Content-Type declared."""

    content: bytes
    url: str
    charset: str | None


def fetch(url: str, *, timeout: float = 20.0, max_bytes: int = 16 * 1024 * 1024) -> Fetched:
    """Download a page.

    Raises:
        FetchError: on a network error, an HTTP error status, a non-HTTP URL or a page over ``max_bytes``.
    """
    from kijiyomi import __version__

    if not url.startswith(("http://", "https://")):
        raise FetchError(f"only http(s) URLs can be fetched: {url}")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT.format(version=__version__)})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content = response.read(max_bytes + 1)
            if len(content) > max_bytes:
                raise FetchError(f"{url} is larger than {max_bytes} bytes")
            return Fetched(
                content, response.geturl(), charset_from_content_type(response.headers.get("Content-Type"))
            )
    except urllib.error.HTTPError as error:
        raise FetchError(f"{url}: HTTP {error.code} {error.reason}") from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise FetchError(f"{url}: {error}") from error
