"""The archive in a real browser: Playwright driving Debian's Chromium against `kijiyomi serve`.

Set KIJIYOMI_SCREENSHOTS=1 to refresh docs/screenshots/ (otherwise they go to a temp folder).
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from archive_corpus import news

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "browser-test-token"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-dev-shm-usage",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from kijiyomi.serve.app import create_app
    from kijiyomi.store import Archive
    from kijiyomi.store.ingest import ingest

    folder = tmp_path_factory.mktemp("browser")
    fixtures = folder / "fixtures.jsonl"
    fixtures.write_text(
        "\n".join(json.dumps({"article": a.to_dict(), "reading": r}, ensure_ascii=False) for a, r in news()),
        encoding="utf-8",
    )
    archive = Archive(folder / "archive.db", scheme="ngram")
    summary = ingest(archive, [str(fixtures)], jobs=1, progress=False, with_reading=False)
    assert summary.stored == len(news())
    port = _free_port()
    config = uvicorn.Config(
        create_app(archive, token=TOKEN), host="127.0.0.1", port=port, log_level="warning"
    )
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert uv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser(chromium_path: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if os.environ.get("KIJIYOMI_SCREENSHOTS"):
        folder = ROOT / "docs" / "screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    return tmp_path_factory.mktemp("screenshots")


def test_search_article_entities_and_planned_meeting(server: str, browser: Any, shots: Path) -> None:
    page = browser.new_page(viewport={"width": 1100, "height": 760})
    page.goto(server + "/")
    assert page.locator("ol.stories li.story").count() == 5
    page.screenshot(path=str(shots / "home.png"))

    page.fill("header input[name=q]", "制裁")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    hits = page.locator("ol.hits li.hit")
    assert hits.count() == 2
    assert page.locator("ol.hits mark", has_text="制裁").count() >= 2
    page.screenshot(path=str(shots / "search.png"))

    page.locator("ol.hits li.hit a.title").first.click()
    page.wait_for_url("**/article/*")
    entity = page.locator(".body a.ent", has_text="ロシア").first
    assert entity.is_visible()
    background = entity.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator(".body time.tx").count() >= 1
    page.screenshot(path=str(shots / "article.png"))

    entity.click()
    page.wait_for_url("**/entity/*")
    assert page.locator("h1.entity-name").inner_text().startswith("ロシア")
    page.screenshot(path=str(shots / "entity.png"))

    page.click("header nav a[href='/timeline']")
    page.wait_for_url("**/timeline")
    page.select_option("form.filters select[name=when]", "planned")  # submits by itself (app.js)
    page.wait_for_url("**/timeline?*when=planned*")
    day = page.locator("section#d-2026-12-08")
    assert day.is_visible()
    meeting = day.locator("li.ev.planned[data-type=consult]")
    assert meeting.count() == 1
    assert "石破茂" in meeting.inner_text()
    assert page.locator("section.day").count() == 1  # only planned events are left
    page.screenshot(path=str(shots / "timeline.png"))
    page.close()


def test_readable_on_a_phone(server: str, browser: Any, shots: Path) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 780}, device_scale_factor=1, is_mobile=True)
    page.goto(server + "/search?q=会談")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "the page scrolls sideways on a phone"
    assert page.locator("ol.hits li.hit").count() >= 1
    page.screenshot(path=str(shots / "phone-search.png"))
    page.close()
