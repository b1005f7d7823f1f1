"""``kijiyomi.fetch`` against a misbehaving local server: a FetchError with a reason, never a traceback."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from click.testing import CliRunner

from kijiyomi.cli import main
from kijiyomi.errors import FetchError
from kijiyomi.fetch import ascii_url, fetch

PAGE = "<html><body><p>記事</p></body></html>".encode()


class _Handler(BaseHTTPRequestHandler):
    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Handler.seen.append(self.path)
        if self.path == "/cut":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"<html><body>short")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def garbage_server() -> Iterator[str]:
    """Answers every connection with a line that is not an HTTP status line."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(5)

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                conn.recv(4096)
                conn.sendall(b"GARBAGE\r\n\r\n")

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/"
    listener.close()


def test_a_japanese_path_is_sent_percent_encoded(server: str) -> None:
    fetched = fetch(f"{server}/記事/一覧?q=制裁")
    assert fetched.content == PAGE
    assert fetched.url == f"{server}/記事/一覧?q=制裁"  # the URL as given, not its wire form
    assert _Handler.seen[-1] == "/%E8%A8%98%E4%BA%8B/%E4%B8%80%E8%A6%A7?q=%E5%88%B6%E8%A3%81"


def test_a_body_shorter_than_its_content_length_is_an_error(server: str) -> None:
    with pytest.raises(FetchError, match="cut off: 17 of 100000"):
        fetch(f"{server}/cut")


def test_a_bad_status_line_is_a_fetch_error(garbage_server: str) -> None:
    with pytest.raises(FetchError, match="BadStatusLine"):
        fetch(garbage_server)


@pytest.mark.parametrize("url", ["http://[::1", "http://[::1]:99x/", "http://a..日本/"])
def test_malformed_urls_are_fetch_errors(url: str) -> None:
    with pytest.raises(FetchError):
        fetch(url, timeout=2)


def test_ascii_url_keeps_ascii_urls_and_encodes_hosts() -> None:
    assert ascii_url("https://example.jp/a?b=c#d") == "https://example.jp/a?b=c#d"
    assert ascii_url("https://user@日本.example:8080/a b") == "https://user@xn--wgv71a.example:8080/a%20b"


def test_cli_reports_a_malformed_url_without_a_traceback() -> None:
    result = CliRunner().invoke(main, ["extract", "http://[::1"])
    assert result.exit_code == 1
    assert "Invalid IPv6 URL" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
