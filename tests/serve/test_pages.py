"""The pages and their JSON twins, on the synthetic corpus."""

from __future__ import annotations

import re

from starlette.testclient import TestClient


def _uid(client: TestClient, query: str) -> str:
    return str(client.get("/search.json", params={"q": query}).json()["result"]["hits"][0]["uid"])


def test_home_lists_each_story_once_with_its_copies(client: TestClient) -> None:
    data = client.get("/index.json").json()
    assert data["ok"] is True
    titles = [s["title"] for s in data["stories"]]
    assert len(titles) == 5  # six articles, the wire story and its copy are one story
    wire = next(s for s in data["stories"] if s["copies"] == 2)
    assert "追加制裁" in wire["title"]
    assert {e["name"] for e in data["trending"]["entities"]} >= {"ロシア", "石破茂"}
    page = client.get("/")
    assert page.status_code == 200
    assert "2 copies" in page.text
    assert 'name="viewport"' in page.text


def test_search_page_has_highlights_and_facets(client: TestClient) -> None:
    data = client.get("/search.json", params={"q": "制裁"}).json()["result"]
    assert data["total"] == 3
    assert len(data["hits"]) == 2  # the copy is collapsed into its story
    assert all("[制裁]" in hit["snippet"] for hit in data["hits"])
    assert {f["value"] for f in data["facets"]["event_type"]} == {"sanction", "consult"}
    html = client.get("/search", params={"q": "制裁"}).text
    assert "<mark>制裁</mark>" in html
    filtered = client.get("/search.json", params={"q": "制裁", "site": "北海みなと新聞"}).json()["result"]
    assert [h["site"] for h in filtered["hits"]] == ["北海みなと新聞"]
    by_entity = client.get("/search.json", params={"q": "制裁", "entity": "石破茂"}).json()["result"]
    assert by_entity["total"] == 1


def test_article_page_highlights_entities_and_times(client: TestClient) -> None:
    uid = _uid(client, "ワシントン")
    html = client.get(f"/article/{uid}").text
    entity_links = re.findall(
        r'<a class="ent ent-(\w+)" href="/entity/([0-9a-f]{16})"[^>]*>([^<]+)</a>', html
    )
    assert ("person", "石破茂") in {(label, name) for label, _, name in entity_links}
    assert '<time class="tx" datetime="2026-12-08"' in html
    assert "planned" in html
    data = client.get(f"/article/{uid}.json").json()
    assert data["article"]["title"].startswith("日米首脳会談")
    assert data["article"]["text"].startswith("日米両政府は26日")
    assert data["events"][0]["when"] == "planned"
    assert data["related"], "the summit shares ロシア with the sanction story"
    removed = client.get(f"/article/{uid}", params={"view": "removed"}).text
    assert "records no removed boilerplate" in removed


def test_entity_page_and_timeline(client: TestClient) -> None:
    uid = _uid(client, "ワシントン")
    key = next(
        e["key"] for e in client.get(f"/article/{uid}.json").json()["entities"] if e["name"] == "石破茂"
    )
    entity = client.get(f"/entity/{key}.json").json()
    assert entity["name"] == "石破茂"
    assert entity["roles"] == {"actor": 1}
    assert [e["date"] for e in entity["events"]] == ["2026-12-08"]
    assert "石破茂" in client.get(f"/entity/{key}").text
    planned = client.get("/timeline.json", params={"when": "planned"}).json()
    assert [d["date"] for d in planned["days"]] == ["2026-12-08"]
    by_country = client.get("/timeline.json", params={"country": "RUS"}).json()
    assert {e["type"] for d in by_country["days"] for e in d["events"]} == {"sanction"}
    html = client.get("/timeline", params={"type": "consult"}).text
    assert 'datetime="2026-12-08"' in html


def test_rejects_docs_and_openapi(client: TestClient) -> None:
    assert client.get("/rejects.json").json()["counts"] == {}
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    assert "/api/articles" in spec["paths"]
    assert "/api/extract" in client.get("/docs").text


def test_head_requests_work(client: TestClient) -> None:
    assert client.head("/").status_code == 200
