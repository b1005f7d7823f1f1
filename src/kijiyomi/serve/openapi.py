"""The OpenAPI 3.1 description of the JSON API (served at /openapi.json, rendered at /docs)."""

from __future__ import annotations

from typing import Any

_ERROR = {"$ref": "#/components/responses/Error"}
_JSON_OK = {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}


def _get(summary: str, params: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "get": {
            "summary": summary,
            "parameters": params or [],
            "responses": {"200": _JSON_OK, "400": _ERROR, "404": _ERROR, "503": _ERROR},
        }
    }


def _query(name: str, description: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": {"type": "string"},
        "description": description,
    }


def _path(name: str, description: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "schema": {"type": "string", "pattern": "^[0-9a-f]{16}$"},
        "description": description,
    }


_FILTERS = [
    _query("since", "published on or after (YYYY-MM-DD)"),
    _query("until", "published on or before (YYYY-MM-DD)"),
    _query("site", "site name or host"),
    _query("agency", "wire agency"),
    _query("entity", "entity name or id"),
    _query("event_type", "event type (e.g. consult, sanction)"),
]

_BODY = {
    "required": True,
    "content": {
        "text/html": {"schema": {"type": "string"}},
        "text/plain": {"schema": {"type": "string"}},
        "application/json": {
            "schema": {
                "type": "object",
                "properties": {
                    "html": {"type": "string"},
                    "text": {"type": "string"},
                    "url": {"type": "string"},
                },
            }
        },
    },
}

OPENAPI: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "kijiyomi archive",
        "version": "1",
        "description": "Every HTML page has a JSON twin at the same URL + '.json'. Every failure is "
        "{ok: false, error, status}. POST bodies are limited to 2 MiB of UTF-8.",
    },
    "paths": {
        "/index.json": _get("Latest stories, trending entities and event types"),
        "/search.json": _get("Full-text search (all terms must match; \"quote\" phrases)", [
            {**_query("q", "the query"), "required": True}, *_FILTERS, _query("page", "1-50"),
        ]),
        "/article/{uid}.json": _get("An article with its reading, entities, events, copies, related stories",
                                    [_path("uid", "article id")]),
        "/entity/{key}.json": _get("An entity: its articles, roles and events", [_path("key", "entity id")]),
        "/timeline.json": _get("Events by date", [
            _query("entity", "entity name or id"), _query("type", "event type"), _query("country", "ISO"),
            _query("since", "YYYY-MM-DD"), _query("until", "YYYY-MM-DD"), _query("when", "past or planned"),
        ]),
        "/rejects.json": _get("Pages that gave no article, by reason"),
        "/api/extract": {
            "post": {
                "summary": "Extract (and read) one page; nothing is stored",
                "parameters": [_query("url", "the page's URL, for metadata")],
                "requestBody": _BODY,
                "responses": {"200": _JSON_OK, "400": _ERROR, "408": _ERROR, "413": _ERROR, "415": _ERROR,
                              "422": _ERROR},
            }
        },
        "/api/articles": {
            "post": {
                "summary": "Ingest one page (HTML/text, or an Article JSON from kijiyomi extract)",
                "security": [{"token": []}],
                "parameters": [_query("url", "the page's URL")],
                "requestBody": _BODY,
                "responses": {"201": _JSON_OK, "200": _JSON_OK, "400": _ERROR, "401": _ERROR, "403": _ERROR,
                              "408": _ERROR, "413": _ERROR, "415": _ERROR, "422": _ERROR, "503": _ERROR},
            }
        },
    },
    "components": {
        "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}},
        "responses": {
            "Error": {
                "description": "Any failure",
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["ok", "error", "status"],
                            "properties": {
                                "ok": {"const": False},
                                "error": {"type": "string"},
                                "status": {"type": "integer"},
                            },
                        }
                    }
                },
            }
        },
    },
}  # fmt: skip
