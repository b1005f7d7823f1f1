"""A redirect is followed to http(s) URLs only: urllib's own handler also follows one to ftp://."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kijiyomi.errors import FetchError
from kijiyomi.fetch import fetch

PAGE = "<html><body><p>記事</p></body></html>".encode()


@pytest.fixture
def bait() -> Iterator[socket.socket]:
    """A listener standing in for an FTP server: nothing may connect to it."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.3)
    yield listener
    listener.close()


@pytest.fixture
def server(bait: socket.socket) -> Iterator[str]:
    ftp = f"ftp://127.0.0.1:{bait.getsockname()[1]}/page.html"

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path in ("/to-ftp", "/to-page"):
                self.send_response(302)
                self.send_header("Location", ftp if self.path == "/to-ftp" else "/page")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_redirect_to_ftp_is_a_fetch_error_and_never_followed(server: str, bait: socket.socket) -> None:
    with pytest.raises(FetchError, match="redirect to a non-HTTP URL ftp://"):
        fetch(f"{server}/to-ftp", timeout=2)
    with pytest.raises(TimeoutError):
        bait.accept()  # urllib's handler connected here, to fetch the page over FTP


def test_a_redirect_to_http_is_followed(server: str) -> None:
    fetched = fetch(f"{server}/to-page", timeout=2)
    assert fetched.content == PAGE
    assert fetched.url == f"{server}/page"
