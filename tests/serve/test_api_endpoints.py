"""POST /api/extract and POST /api/articles with real pages (needs the extractors)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from kijiyomi.types import Article, Block, BlockKind

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture
def extractors() -> None:
    pytest.importorskip("kijiyomi.html.extractor")
    pytest.importorskip("kijiyomi.textdump.extractor")


@pytest.mark.usefixtures("extractors")
def test_extract_returns_the_article(client: TestClient) -> None:
    page = (SAMPLES / "archive-summit-planned.html").read_bytes()
    response = client.post("/api/extract", content=page, headers={"content-type": "text/html; charset=utf-8"})
    assert response.status_code == 200
    data = response.json()
    assert data["ok"] is True
    assert data["article"]["title"].startswith("日米首脳会談")
    text = (SAMPLES / "archive-kyoto.txt").read_text(encoding="utf-8")
    as_json = client.post("/api/extract", json={"text": text, "url": "https://kansai.example/k"}).json()
    assert as_json["article"]["url"] == "https://kansai.example/k"
    listing = (
        "<html><body>" + "".join(f'<p><a href="/{i}">見出し{i}</a></p>' for i in range(40)) + "</body></html>"
    )
    rejected = client.post(
        "/api/extract", content=listing.encode(), headers={"content-type": "text/html"}
    ).json()
    assert rejected["ok"] is True
    assert rejected["article"] is None
    assert rejected["rejection"]["type"] == "rejection"


@pytest.mark.usefixtures("extractors")
def test_ingest_a_page_then_find_it(client: TestClient, auth: dict[str, str]) -> None:
    page = (SAMPLES / "archive-eu-sanctions.html").read_bytes()
    headers = {**auth, "content-type": "text/html"}
    first = client.post("/api/articles", content=page, headers=headers)
    assert first.status_code == 201, first.text
    uid = first.json()["uid"]
    again = client.post("/api/articles", content=page, headers=headers)
    assert again.status_code == 200
    assert again.json()["outcome"] == "duplicate"
    assert client.get(f"/article/{uid}.json").json()["article"]["title"].startswith("EU agrees")


def test_ingest_an_article_record(client: TestClient, auth: dict[str, str]) -> None:
    article = Article(
        blocks=(Block(BlockKind.PARAGRAPH, "記録から直接入れた記事。停戦交渉が始まった。"),),
        title="停戦交渉",
        url="https://records.test/1",
    )
    body = json.dumps(article.to_dict(), ensure_ascii=False).encode()
    response = client.post(
        "/api/articles", content=body, headers={**auth, "content-type": "application/json"}
    )
    assert response.status_code == 201, response.text
    hits = client.get("/search.json", params={"q": "停戦交渉"}).json()["result"]["hits"]
    assert [h["uid"] for h in hits] == [response.json()["uid"]]
    broken = dict(article.to_dict(), published="not a date")
    bad = client.post(
        "/api/articles",
        content=json.dumps(broken).encode(),
        headers={**auth, "content-type": "application/json"},
    )
    assert bad.status_code == 422
