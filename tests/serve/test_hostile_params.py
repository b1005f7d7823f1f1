"""Odd parameters, ids and JSON escapes: a 4xx in the error shape, never a 500."""

from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient

_SENTENCE = (
    "市議会は二十六日、冬季の除雪体制を見直す条例案を賛成多数で可決した。市民からは歓迎の声が出ている。"
)
_PAGE = f"<html><body><article><h1>除雪体制を見直し</h1>{f'<p>{_SENTENCE}</p>' * 6}</article></body></html>"


def _error(response: object, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert body["ok"] is False
    assert body["status"] == status
    return body


@pytest.mark.parametrize("page", ["%C2%B2", "%E2%91%A0", "%D9%A1", "%EF%BC%91", "1%0A"])
@pytest.mark.parametrize("path", ["/search.json", "/search"])
def test_a_page_number_in_other_digits_is_a_400(client: TestClient, path: str, page: str) -> None:
    # "²" and "①" passed str.isdigit() and then int() raised: a 500
    _error(client.get(f"{path}?q=制裁&page={page}", headers={"accept": "application/json"}), 400)


def test_ascii_page_numbers_still_page(client: TestClient) -> None:
    assert client.get("/search.json?q=制裁&page=1").status_code == 200
    assert client.get("/search.json?q=制裁&page=001").json()["page"] == 1


@pytest.mark.parametrize("kind", ["article", "entity"])
def test_an_id_with_a_trailing_newline_is_refused_before_any_lookup(client: TestClient, kind: str) -> None:
    # r"^[0-9a-f]{16}$" matched "…\n": the newline reached the lookup (a 404 naming it)
    body = _error(client.get(f"/{kind}/0123456789abcdef%0A.json"), 400)
    assert "16 hexadecimal" in str(body["error"])


@pytest.mark.parametrize(
    "body",
    [
        {"html": _PAGE, "url": "https://news.example.jp/\udcff"},
        {"text": f"見出し\n\n{_SENTENCE}\ud800"},
        {
            "type": "article",
            "text": _SENTENCE + "\udcff",
            "blocks": [{"kind": "paragraph", "text": _SENTENCE + "\udcff"}],
        },
    ],
)
@pytest.mark.parametrize("endpoint", ["/api/extract", "/api/articles"])
def test_json_escapes_of_lone_surrogates_are_a_400(
    client: TestClient, auth: dict[str, str], endpoint: str, body: dict[str, object]
) -> None:
    content = json.dumps(body)  # ensure_ascii: the surrogate travels as a \\udcff escape
    response = client.post(endpoint, content=content, headers={**auth, "content-type": "application/json"})
    assert "surrogate" in str(_error(response, 400)["error"])


def test_escaped_surrogate_pairs_are_text(client: TestClient, auth: dict[str, str]) -> None:
    body = {"html": _PAGE.replace("歓迎", "歓迎😀"), "url": "https://news.example.jp/emoji"}
    content = json.dumps(body)
    assert "\\ud83d\\ude00" in content
    response = client.post(
        "/api/articles", content=content, headers={**auth, "content-type": "application/json"}
    )
    assert response.status_code == 201, response.text


def test_an_article_dated_before_utc_can_say_is_a_422(client: TestClient, auth: dict[str, str]) -> None:
    # 0001-01-01T00:00+14:00 has no UTC value: storing it raised OverflowError, a 500
    body = {
        "type": "article",
        "published": "0001-01-01T00:00:00+14:00",
        "blocks": [{"kind": "paragraph", "text": _SENTENCE}],
    }
    assert "out of range" in str(_error(client.post("/api/articles", json=body, headers=auth), 422)["error"])


@pytest.mark.parametrize("reading", [{"times": 5}, {"quotes": 5}, {"quotes": "said", "times": {"start": 1}}])
def test_an_article_whose_given_reading_holds_a_number_for_a_list_still_shows(
    client: TestClient, auth: dict[str, str], reading: dict[str, object]
) -> None:
    # stored as given; the article page iterated reading.times and reading.quotes: a 500
    body = {
        "type": "article",
        "url": f"https://news.example.jp/odd-reading/{sorted(reading)}",
        "blocks": [{"kind": "paragraph", "text": f"{_SENTENCE}{sorted(reading)}"}],
        "reading": reading,
    }
    created = client.post("/api/articles", json=body, headers=auth)
    assert created.status_code == 201, created.text
    uid = created.json()["uid"]
    for path in (f"/article/{uid}", f"/article/{uid}.json", f"/article/{uid}?view=removed"):
        assert client.get(path).status_code == 200, path
