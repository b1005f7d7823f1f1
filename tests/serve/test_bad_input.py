"""Every bad input gets a clear 4xx in the one error shape, never a 500."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient


def _error(response: object, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert body["ok"] is False
    assert body["status"] == status
    assert isinstance(body["error"], str)
    assert body["error"]
    assert "Traceback" not in body["error"]
    return body


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/search.json?q=%22unbalanced", 400),
        ("/search.json?q=%E3%80%82%E3%80%81", 400),  # punctuation only
        ("/search.json?q=" + "x" * 600, 400),
        ("/search.json?q=a&since=yesterday", 400),
        ("/search.json?q=a&until=2026-02-30", 400),
        ("/search.json?q=a&since=2026-12-01&until=2026-01-01", 400),
        ("/timeline.json?since=2026-12-01&until=2026-01-01", 400),
        ("/search.json?q=a&page=0", 400),
        ("/search.json?q=a&page=abc", 400),
        ("/article/..%2F..%2Fetc%2Fpasswd.json", 404),
        ("/article/....json", 400),
        ("/article/ZZZZZZZZZZZZZZZZ.json", 400),
        ("/article/0000000000000000.json", 404),
        ("/entity/%2e%2e.json", 400),
        ("/entity/0000000000000000.json", 404),
        ("/timeline.json?when=tomorrow", 400),
        ("/timeline.json?since=13-01-2026", 400),
        ("/no/such/page.json", 404),
        ("/static/..%2F..%2Fstore%2Farchive.py", 404),
    ],
)
def test_bad_reads(client: TestClient, path: str, status: int) -> None:
    _error(client.get(path, headers={"accept": "application/json"}), status)


def test_fts_operators_are_plain_words(client: TestClient) -> None:
    for query in ["制裁 OR 会談", "NEAR(制裁)", "制裁*", "title:制裁", "制裁 AND NOT"]:
        response = client.get("/search.json", params={"q": query})
        assert response.status_code == 200, (query, response.text)


def test_the_widest_date_range_is_not_a_server_error(client: TestClient) -> None:
    for until in ("9999-12-31", "9999-12-30"):
        response = client.get("/search.json", params={"q": "制裁", "since": "0001-01-01", "until": until})
        assert response.status_code == 200, response.text
        assert (
            response.json()["result"]["total"] == client.get("/search.json?q=制裁").json()["result"]["total"]
        )


def test_html_pages_show_errors_as_html(client: TestClient) -> None:
    response = client.get("/article/nothex", headers={"accept": "text/html"})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert "16 hexadecimal" in response.text


@pytest.mark.parametrize("endpoint", ["/api/extract", "/api/articles"])
def test_bad_bodies(client: TestClient, endpoint: str, auth: dict[str, str]) -> None:
    headers = auth if endpoint == "/api/articles" else {}
    _error(
        client.post(
            endpoint, content=b"x" * (2 * 1024 * 1024 + 1), headers={**headers, "content-type": "text/html"}
        ),
        413,
    )
    _error(client.post(endpoint, content=b"<p>x</p>", headers={**headers, "content-type": "image/png"}), 415)
    _error(client.post(endpoint, content=b"<p>x</p>", headers=headers), 415)  # no content type
    _error(
        client.post(endpoint, content=b"<p>\xff\xfe</p>", headers={**headers, "content-type": "text/html"}),
        400,
    )
    _error(client.post(endpoint, content=b"   ", headers={**headers, "content-type": "text/plain"}), 400)
    _error(
        client.post(endpoint, content=b"{not json", headers={**headers, "content-type": "application/json"}),
        400,
    )
    _error(
        client.post(endpoint, content=b"[1, 2]", headers={**headers, "content-type": "application/json"}), 422
    )
    _error(
        client.post(
            endpoint, content=b'{"html": 5}', headers={**headers, "content-type": "application/json"}
        ),
        422,
    )
    for hostile in (b"[" * 100_000 + b"]" * 100_000, b'{"html": "x", "url": ' + b"9" * 5000 + b"}"):
        # nested deeper than the parser's recursion limit, an integer longer than Python converts
        _error(
            client.post(endpoint, content=hostile, headers={**headers, "content-type": "application/json"}),
            400,
        )
    _error(client.get(endpoint), 405)


_BODY = [{"kind": "paragraph", "text": "政府は二十四日、新しい経済対策を発表した。"}]


@pytest.mark.parametrize(
    ("article", "message"),
    [
        ({"title": "空"}, "no text"),
        ({"blocks": [{"kind": "paragraph", "text": 5}]}, "block 0"),
        ({"blocks": _BODY, "title": ["a"]}, "'title' must be a string"),
        ({"blocks": _BODY, "url": 5}, "'url' must be a string"),
        ({"blocks": _BODY, "authors": "abc"}, "'authors' must be a list of strings"),
        ({"blocks": _BODY, "images": [{"src": 1}]}, "'images'"),
        ({"blocks": [{"kind": "nope", "text": "x"}]}, "BlockKind"),
    ],
)
def test_article_json_of_the_wrong_shape_is_422_and_not_stored(
    client: TestClient, auth: dict[str, str], article: dict[str, object], message: str
) -> None:
    archive = client.app.state.archive  # type: ignore[attr-defined]
    before = archive.counts()["articles"]
    body = _error(client.post("/api/articles", json={"type": "article", **article}, headers=auth), 422)
    assert message in str(body["error"])
    assert archive.counts()["articles"] == before


def test_tokens(client: TestClient) -> None:
    page = b"<html><body><p>x</p></body></html>"
    _error(client.post("/api/articles", content=page, headers={"content-type": "text/html"}), 401)
    wrong = {"content-type": "text/html", "authorization": "Bearer nope"}
    _error(client.post("/api/articles", content=page, headers=wrong), 403)
    _error(
        client.post(
            "/api/articles", content=page, headers={"content-type": "text/html", "x-kijiyomi-token": "x"}
        ),
        403,
    )
    assert client.post("/api/articles", content=page, headers={"content-type": "text/html"}).headers[
        "www-authenticate"
    ]


def test_a_lying_content_length_is_refused(client: TestClient) -> None:
    response = client.post(
        "/api/extract",
        content=b"<p>x</p>",
        headers={"content-type": "text/html", "content-length": "99999999"},
    )
    assert response.status_code in (400, 413)


def test_private_mode_guards_the_reads(tmp_path: Path) -> None:
    from archive_corpus import build

    from kijiyomi.serve.app import create_app

    app = create_app(build(tmp_path / "p.db"), token="secret", private=True)
    with TestClient(app, raise_server_exceptions=False) as private:
        _error(private.get("/index.json"), 401)
        _error(private.get("/search.json?q=制裁", headers={"authorization": "Bearer nope"}), 403)
        assert private.get("/index.json", headers={"authorization": "Bearer secret"}).status_code == 200
    with pytest.raises(ValueError, match="token"):
        create_app(build(tmp_path / "q.db"), token="")


def test_a_token_is_compared_as_sent_headers_are_stripped(tmp_path: Path) -> None:
    from archive_corpus import build

    from kijiyomi.serve.app import create_app

    with pytest.raises(ValueError, match="token"):
        create_app(build(tmp_path / "a.db"), token="   ")
    app = create_app(build(tmp_path / "b.db"), token=" padded ")
    with TestClient(app, raise_server_exceptions=False) as padded:
        page = {"html": "<p>x</p>"}
        response = padded.post("/api/articles", json=page, headers={"authorization": "Bearer padded"})
        assert response.status_code == 200, response.text


def test_serve_refuses_a_blank_token_before_starting(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kijiyomi.cli import main

    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "a.db"), "--token", "  "])
    assert result.exit_code == 2
    assert "only spaces" in result.output
    assert not (tmp_path / "a.db").exists()


@pytest.mark.parametrize(
    ("canonical", "url", "link"),
    [
        ("javascript:alert(1)", "https://x.test/p1", "https://x.test/p1"),
        (" JavaScript:alert(1)", "data:text/html,x", None),
        ("https://x.test/c3", "javascript:alert(1)", "https://x.test/c3"),
    ],
)
def test_only_http_urls_become_the_original_link(
    client: TestClient, auth: dict[str, str], canonical: str, url: str, link: str | None
) -> None:
    body = f"{url}の記事。政府は二十四日、新しい経済対策を発表した。首相が会見で説明した。"
    article = {"type": "article", "blocks": [{"kind": "paragraph", "text": body}]}
    created = client.post(
        "/api/articles", json={**article, "canonical_url": canonical, "url": url}, headers=auth
    )
    assert created.status_code == 201, created.text
    page = client.get(created.json()["url"]).text
    assert re.search(r'href="\s*(javascript|data):', page, re.IGNORECASE) is None
    if link is None:
        assert ">original</a>" not in page
    else:
        assert f'href="{link}" rel="noopener nofollow">original</a>' in page


def test_slow_extractions_run_at_most_two_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio
    import threading
    import time

    import httpx
    from archive_corpus import build

    import kijiyomi.api
    import kijiyomi.serve.app as app_module

    lock = threading.Lock()
    running, peak, started = 0, 0, 0

    def slow_extract(*args: object, **kwargs: object) -> object:
        nonlocal running, peak, started
        with lock:
            running, started = running + 1, started + 1
            peak = max(peak, running)
        time.sleep(1.0)  # a thread cannot be stopped: it runs on after the 408
        with lock:
            running -= 1
        raise RuntimeError("too slow anyway")

    monkeypatch.setattr(kijiyomi.api, "extract", slow_extract)
    monkeypatch.setattr(app_module, "EXTRACT_SECONDS", 0.3)
    app = app_module.create_app(build(tmp_path / "a.db"), token="t")

    async def flood() -> list[int]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
            headers = {"content-type": "text/html"}
            posts = [http.post("/api/extract", content=b"<p>x</p>", headers=headers) for _ in range(12)]
            return [r.status_code for r in await asyncio.gather(*posts)]

    assert set(asyncio.run(flood())) == {408}
    time.sleep(1.5)  # let the threads that did start finish
    assert peak <= app_module.EXTRACT_THREADS  # twelve timed-out calls did not become twelve threads
    assert started <= app_module.EXTRACT_THREADS  # the queued ones were dropped, not run later


def test_an_article_whose_reading_is_too_slow_is_stored_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from archive_corpus import build

    import kijiyomi.serve.app as app_module
    import kijiyomi.store.ingest as ingest_module

    def slow_read(article: object) -> tuple[None, str]:
        time.sleep(1.0)
        return None, "ok"

    monkeypatch.setattr(ingest_module, "read_article", slow_read)
    monkeypatch.setattr(app_module, "EXTRACT_SECONDS", 0.2)
    archive = build(tmp_path / "a.db")
    before = archive.counts()["articles"]
    with TestClient(app_module.create_app(archive, token="t"), raise_server_exceptions=False) as http:
        body = {"type": "article", "blocks": [{"kind": "paragraph", "text": "長い記事の本文。" * 40}]}
        response = http.post("/api/articles", json=body, headers={"authorization": "Bearer t"})
    assert response.status_code == 201, response.text
    assert archive.counts()["articles"] == before + 1


def test_a_damaged_archive_answers_503_in_the_error_shape(tmp_path: Path) -> None:
    from archive_corpus import build

    from kijiyomi.serve.app import create_app

    archive = build(tmp_path / "a.db")
    archive.connection().execute("DROP TABLE article_fts_config")  # the FTS index can no longer load
    with TestClient(create_app(archive, token="t"), raise_server_exceptions=False) as http:
        body = _error(http.get("/search.json?q=制裁"), 503)
        assert "cannot be used" in str(body["error"])
        assert http.get("/search?q=制裁").status_code == 503
