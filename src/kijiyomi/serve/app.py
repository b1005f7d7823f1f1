"""The web UI and JSON API of the archive (Starlette + Jinja2, server-rendered).

Every page has a JSON twin at the same URL plus ``.json``. Read endpoints are open unless the app
is ``private``; ``POST /api/articles`` always needs the token. Every failure answers with
``{"ok": false, "error", "status"}`` (an HTML page with the same message for browsers).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import re
import sqlite3
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from kijiyomi.decode import LONE_SURROGATE, SURROGATE_ESCAPE
from kijiyomi.serve.errors import ApiError, on_api_error, on_crash, on_database_error, on_http_error
from kijiyomi.serve.openapi import OPENAPI
from kijiyomi.serve.render import render_blocks
from kijiyomi.store import views
from kijiyomi.store.archive import Archive
from kijiyomi.store.search import Filters, search
from kijiyomi.store.textindex import QueryError

HERE = Path(__file__).parent
MAX_BODY = 2 * 1024 * 1024  # bytes accepted by POST endpoints
EXTRACT_SECONDS = 10.0  # wall-clock limit of one /api/extract call
EXTRACT_THREADS = 2  # extractions and readings running at once (POST endpoints)
HOME_CACHE_SECONDS = 15.0  # the home page (stories, trends, counts) is recomputed at most this often
_UID = re.compile(r"[0-9a-f]{16}")  # fullmatch: "$" would let a trailing newline through
_PAGE = re.compile(r"[0-9]{1,3}")  # ASCII only: str.isdigit() takes "²", which int() refuses
_TEXT_TYPES = {"text/html", "application/xhtml+xml", "text/plain"}

Handler = Callable[[Request], Awaitable[Response]]
T = TypeVar("T")


class App:
    """Route handlers bound to one archive."""

    def __init__(self, archive: Archive, token: str, private: bool) -> None:
        self.archive = archive
        self.token = token
        self.private = private
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        self._home_cache: tuple[float, dict[str, Any]] | None = None
        self._pool = ThreadPoolExecutor(EXTRACT_THREADS, thread_name_prefix="kijiyomi-extract")
        self.templates.env.filters["day"] = lambda v: (v or "")[:10]
        self.templates.env.filters["tojson_pretty"] = lambda v: json.dumps(v, ensure_ascii=False, indent=2)
        self.templates.env.filters["web_link"] = web_link

    # ------------------------------------------------------------ plumbing

    def _authorised(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        given = (
            header[7:].strip()
            if header.lower().startswith("bearer ")
            else request.headers.get("x-kijiyomi-token", "")
        )
        return bool(given) and hmac.compare_digest(given.encode(), self.token.encode())

    def _require_token(self, request: Request) -> None:
        if not request.headers.get("authorization") and not request.headers.get("x-kijiyomi-token"):
            raise ApiError(401, "missing token: send 'Authorization: Bearer TOKEN'")
        if not self._authorised(request):
            raise ApiError(403, "wrong token")

    def page(self, name: str, builder: Callable[[Request], dict[str, Any]]) -> Handler:
        """A handler that renders ``name`` or, for a ``.json`` URL, returns the data as JSON."""

        async def handle(request: Request) -> Response:
            if self.private:
                self._require_token(request)
            data = await run_in_threadpool(builder, request)
            if request.url.path.endswith(".json"):
                return JSONResponse({"ok": True, **data})
            return self.templates.TemplateResponse(request, name, {"data": data, "request": request})

        return handle

    @staticmethod
    def _param(request: Request, name: str, limit: int = 200) -> str | None:
        value = request.query_params.get(name)
        if value is None or not value.strip():
            return None
        if len(value) > limit:
            raise ApiError(400, f"parameter {name} is longer than {limit} characters")
        return value.strip()

    # ------------------------------------------------------------ pages

    def home(self, request: Request) -> dict[str, Any]:
        now = time.monotonic()
        cached = self._home_cache
        if cached is not None and now - cached[0] < HOME_CACHE_SECONDS:
            return cached[1]
        data = {
            "stories": views.latest_stories(self.archive, 30),
            "trending": views.trending(self.archive),
            "counts": self.archive.counts(),
        }
        self._home_cache = (now, data)
        return data

    def search_page(self, request: Request) -> dict[str, Any]:
        query = self._param(request, "q", 500)
        filters = Filters(
            since=self._param(request, "since"),
            until=self._param(request, "until"),
            site=self._param(request, "site"),
            agency=self._param(request, "agency"),
            entity=self._param(request, "entity"),
            event_type=self._param(request, "event_type"),
        )
        page_text = request.query_params.get("page", "1")
        if not _PAGE.fullmatch(page_text) or not 1 <= int(page_text) <= 50:
            raise ApiError(400, "page must be a number from 1 to 50")
        page = int(page_text)
        if query is None:
            return {"query": "", "result": None, "filters": _asdict(filters), "page": page}
        try:
            result = search(self.archive, query, filters, limit=20, offset=(page - 1) * 20)
        except QueryError as error:
            raise ApiError(400, str(error)) from error
        return {"query": query, "result": result.to_dict(), "filters": _asdict(filters), "page": page}

    def article_page(self, request: Request) -> dict[str, Any]:
        uid = request.path_params["uid"].removesuffix(".json")
        if not _UID.fullmatch(uid):
            raise ApiError(400, "an article id is 16 hexadecimal characters")
        data = views.article(self.archive, uid)
        if data is None:
            raise ApiError(404, f"no article {uid}")
        if not request.url.path.endswith(".json"):
            data["rendered"] = render_blocks(
                data["article"]["blocks"], data["entity_spans"], data["time_spans"]
            )
        data["view"] = "removed" if request.query_params.get("view") == "removed" else "clean"
        return data

    def entity_page(self, request: Request) -> dict[str, Any]:
        key = request.path_params["key"].removesuffix(".json")
        if not _UID.fullmatch(key):
            raise ApiError(400, "an entity id is 16 hexadecimal characters")
        data = views.entity(self.archive, key)
        if data is None:
            raise ApiError(404, f"no entity {key}")
        return data

    def timeline_page(self, request: Request) -> dict[str, Any]:
        when = self._param(request, "when")
        if when not in (None, "past", "planned"):
            raise ApiError(400, "when must be 'past' or 'planned'")
        try:
            return views.timeline(
                self.archive,
                entity=self._param(request, "entity"),
                event_type=self._param(request, "type"),
                country=self._param(request, "country"),
                since=self._param(request, "since"),
                until=self._param(request, "until"),
                when=when,
            )
        except QueryError as error:
            raise ApiError(400, str(error)) from error

    def rejects_page(self, request: Request) -> dict[str, Any]:
        return views.rejects_summary(self.archive)

    # ------------------------------------------------------------ API

    async def _body_text(self, request: Request) -> tuple[str, str]:
        """The request body as text, checked: size, content type, UTF-8."""
        length = request.headers.get("content-length")
        if length is not None and (not length.isascii() or not length.isdigit() or int(length) > MAX_BODY):
            raise ApiError(413, f"the body is larger than {MAX_BODY} bytes")
        chunks = bytearray()
        async for chunk in request.stream():
            chunks += chunk
            if len(chunks) > MAX_BODY:
                raise ApiError(413, f"the body is larger than {MAX_BODY} bytes")
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media not in {*_TEXT_TYPES, "application/json"}:
            raise ApiError(415, "send text/html, text/plain or application/json")
        try:
            text = bytes(chunks).decode("utf-8")
        except UnicodeDecodeError as error:
            raise ApiError(400, f"the body is not valid UTF-8 (byte {error.start})") from error
        if not text.strip():
            raise ApiError(400, "the body is empty")
        return media, text

    @staticmethod
    def _page_from(media: str, text: str, request: Request) -> tuple[str, str | None, str]:
        """(page, url, kind) from a raw page body or a JSON {html|text, url} object."""
        url = request.query_params.get("url")
        if media != "application/json":
            return text, url, "text" if media == "text/plain" else "html"
        obj = _json_body(text)
        if not isinstance(obj, dict):
            raise ApiError(422, "the JSON body must be an object")
        page = obj.get("html", obj.get("text"))
        if not isinstance(page, str) or not page.strip():
            raise ApiError(422, "the JSON body needs an 'html' or 'text' string")
        url = obj.get("url") if isinstance(obj.get("url"), str) else url
        return page, url, "html" if "html" in obj else "text"

    async def _extract(self, page: str, url: str | None, kind: str) -> tuple[Any, dict[str, Any] | None]:
        from kijiyomi.api import extract
        from kijiyomi.store.ingest import read_article

        def run() -> tuple[Any, dict[str, Any] | None]:
            result = extract(page, url=url, kind=kind)  # type: ignore[arg-type]
            reading = read_article(result)[0] if result.ok else None
            return result, reading

        try:
            return await self._heavy(run)
        except ModuleNotFoundError as error:
            raise ApiError(501, f"this build cannot extract {kind}: {error}") from error

    async def _heavy(self, work: Callable[[], T]) -> T:
        """Run extraction or reading in the extraction pool, at most EXTRACT_SECONDS.

        A thread cannot be stopped: a call that times out answers 408 but its thread runs on.
        Keeping these threads in their own small pool bounds how many can burn CPU at once (each
        timed-out call used to leave one more running); a call still queued at its 408 never runs.
        """
        loop = asyncio.get_running_loop()
        try:
            return await asyncio.wait_for(loop.run_in_executor(self._pool, work), EXTRACT_SECONDS)
        except TimeoutError as error:
            raise ApiError(
                408,
                f"extraction did not finish within {EXTRACT_SECONDS:.0f} s (a slow page or a busy server)",
            ) from error

    async def api_extract(self, request: Request) -> Response:
        if self.private:
            self._require_token(request)
        media, text = await self._body_text(request)
        page, url, kind = self._page_from(media, text, request)
        result, reading = await self._extract(page, url, kind)
        if not result.ok:
            return JSONResponse({"ok": True, "rejection": result.to_dict(), "article": None, "reading": None})
        return JSONResponse({"ok": True, "article": result.to_dict(), "reading": reading})

    async def api_articles(self, request: Request) -> Response:
        self._require_token(request)
        from kijiyomi.store.articlejson import ArticleJsonError, article_from_json
        from kijiyomi.store.ingest import read_article
        from kijiyomi.store.record import RejectedPage, prepare

        media, text = await self._body_text(request)
        reading: dict[str, Any] | None = None
        if media == "application/json":
            obj = _json_body(text)
            if isinstance(obj, dict) and obj.get("type") == "article":
                try:
                    result: Any = article_from_json(obj)
                except ArticleJsonError as error:
                    raise ApiError(422, str(error)) from error
                reading = obj.get("reading") if isinstance(obj.get("reading"), dict) else None
            else:
                page, url, kind = self._page_from(media, text, request)
                result, reading = await self._extract(page, url, kind)
        else:
            page, url, kind = self._page_from(media, text, request)
            result, reading = await self._extract(page, url, kind)
        if not result.ok:
            source = "api:" + hashlib.sha256(text.encode()).hexdigest()[:16]
            outcome = await run_in_threadpool(self.archive.add, RejectedPage.of(result), source)
            return JSONResponse(
                {"ok": True, "outcome": outcome, "rejection": result.to_dict()}, status_code=200
            )
        if reading is None:
            try:
                reading = (await self._heavy(lambda: read_article(result)))[0]
            except ApiError as error:
                if error.status != 408:
                    raise
                reading = None  # stored unread, as ingest does past its reading limit
        prepared = await run_in_threadpool(prepare, result, reading, self.archive.scheme)
        outcome = await run_in_threadpool(self.archive.add, prepared, f"api:{prepared.uid}")
        self._home_cache = None
        status = 201 if outcome == "stored" else 200
        return JSONResponse(
            {"ok": True, "outcome": outcome, "uid": prepared.uid, "url": f"/article/{prepared.uid}"},
            status_code=status,
        )

    async def openapi(self, request: Request) -> Response:
        return JSONResponse(OPENAPI)

    async def docs(self, request: Request) -> Response:
        return self.templates.TemplateResponse(request, "docs.html", {"spec": OPENAPI, "request": request})

    async def not_found(self, request: Request) -> Response:
        raise ApiError(404, f"no such page: {request.url.path}")


def web_link(url: object) -> str | None:
    """``url`` when it is an http(s) URL, else None: a page's canonical URL is the page's own
    claim, and a ``javascript:`` one must not become a link in the archive."""
    if isinstance(url, str) and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def _json_body(text: str) -> Any:
    """The parsed JSON body, or a 400 (also for nesting too deep to parse, integers too long, and
    escapes of lone surrogates such as ``"\\udcff"``: no text, they can be neither stored nor sent
    back)."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as error:
        raise ApiError(400, f"invalid JSON: {error.msg} at line {error.lineno}") from error
    except (ValueError, RecursionError) as error:
        raise ApiError(400, f"invalid JSON: {error}") from error
    if SURROGATE_ESCAPE.search(text) and LONE_SURROGATE.search(json.dumps(obj, ensure_ascii=False)):
        raise ApiError(400, "invalid JSON: a \\u escape of a lone surrogate (U+D800 to U+DFFF) is not text")
    return obj


def _asdict(filters: Filters) -> dict[str, Any]:
    return {name: getattr(filters, name) for name in Filters.__slots__}


def create_app(archive: Archive, *, token: str, private: bool = False) -> Starlette:
    """The ASGI app for ``archive``; ``token`` guards POST /api/articles (and reads if private)."""
    if not token.strip():
        raise ValueError("a token is required (not only spaces: a request's token is stripped)")
    app = App(archive, token.strip(), private)
    routes = []
    for path, name, builder in (
        ("/", "index.html", app.home),
        ("/index.json", "index.html", app.home),
        ("/search", "search.html", app.search_page),
        ("/search.json", "search.html", app.search_page),
        ("/article/{uid}", "article.html", app.article_page),
        ("/entity/{key}", "entity.html", app.entity_page),
        ("/timeline", "timeline.html", app.timeline_page),
        ("/timeline.json", "timeline.html", app.timeline_page),
        ("/rejects", "rejects.html", app.rejects_page),
        ("/rejects.json", "rejects.html", app.rejects_page),
    ):
        routes.append(Route(path, app.page(name, builder), methods=["GET", "HEAD"]))
    routes += [
        Route("/api/extract", app.api_extract, methods=["POST"]),
        Route("/api/articles", app.api_articles, methods=["POST"]),
        Route("/openapi.json", app.openapi, methods=["GET"]),
        Route("/docs", app.docs, methods=["GET"]),
    ]
    starlette = Starlette(
        routes=routes,
        exception_handlers={
            ApiError: on_api_error,
            HTTPException: on_http_error,
            sqlite3.DatabaseError: on_database_error,  # read-only, locked, damaged: 503, not 500
            Exception: on_crash,
        },
    )
    starlette.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    starlette.state.archive = archive
    return starlette
