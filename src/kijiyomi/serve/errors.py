"""One error shape for every failure: ``{"ok": false, "error": "...", "status": N}``."""

from __future__ import annotations

import logging
from http import HTTPStatus

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

log = logging.getLogger(__name__)


class ApiError(Exception):
    """Raised by handlers: becomes the error shape with ``status``."""

    def __init__(self, status: int, error: str) -> None:
        super().__init__(error)
        self.status = status
        self.error = error


def wants_json(request: Request) -> bool:
    path = request.url.path
    if path.endswith(".json") or path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def error_response(request: Request, status: int, error: str) -> Response:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    if wants_json(request):
        return JSONResponse(
            {"ok": False, "error": error, "status": status}, status_code=status, headers=headers
        )
    phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    body = (
        "<!doctype html><meta charset=utf-8><meta name=viewport content='width=device-width'>"
        "<link rel=stylesheet href='/static/style.css'><main class=error>"
        f"<h1>{status} {phrase}</h1><p>{_escape(error)}</p><p><a href='/'>kijiyomi</a></p></main>"
    )
    return HTMLResponse(body, status_code=status, headers=headers)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


async def on_api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(request, exc.status, exc.error)


async def on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return error_response(request, exc.status_code, str(exc.detail))


async def on_database_error(request: Request, exc: Exception) -> Response:
    log.error("archive error on %s: %s", request.url.path, exc)
    return error_response(request, 503, f"the archive cannot be used right now: {exc}")


async def on_crash(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s", request.url.path, exc_info=exc)
    return error_response(request, 500, "internal error (logged on the server)")
