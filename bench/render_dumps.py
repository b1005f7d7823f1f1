"""Render the labelled HTML pages into plain-text dumps, the dev set of the text-dump extractor.

Three renderers, one folder each under ``bench/dumps/<renderer>/<ID>.txt``:

- ``chromium``: headless Debian Chromium driven by Playwright, ``document.body.innerText`` with
  every network request aborted (what a browser's copy or innerText gives);
- ``inscriptis``: the inscriptis HTML-to-text converter (layout-aware, like html-text);
- ``w3m``: ``w3m -dump -T text/html -cols 80`` (lines wrapped at 80 columns).

Only pages with a full gold body are rendered: all CJK pages and a deterministic sample of the
others (``--sample N`` per thousand, chosen by sha1 of the id). Pages already rendered are kept.

    .venv/bin/python bench/render_dumps.py --renderer w3m --renderer inscriptis
    .venv/bin/python bench/render_dumps.py --renderer chromium --sample 150
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "src"))

from bench.datasets import Page, dataset_dirs, find_data_root, load_pages  # noqa: E402
from kijiyomi.decode import decode  # noqa: E402

CJK_LANGS = frozenset({"ja", "zh", "ko"})
OUT = REPO / "bench" / "dumps"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def selected_pages(per_mille: int) -> list[Page]:
    """Full-gold pages: every CJK one, and ``per_mille``/1000 of the others by sha1 of the id."""
    pages = load_pages(dataset_dirs(find_data_root()))
    chosen = []
    for page in pages:
        if not page.gold.body:
            continue
        bucket = int(hashlib.sha1(page.id.encode()).hexdigest()[:8], 16) % 1000
        if page.lang in CJK_LANGS or bucket < per_mille:
            chosen.append(page)
    return chosen


def page_html(page: Page) -> str:
    return decode(page.read_html()).text


def render_inscriptis(pages: list[Page], out: Path) -> Iterator[str]:
    from inscriptis import get_text
    from inscriptis.model.config import ParserConfig

    config = ParserConfig(display_links=False, display_images=False)
    for page in pages:
        try:
            text = get_text(page_html(page), config)
        except Exception as error:  # a converter crash loses one page, not the run
            yield f"{page.id}: {error}"
            continue
        (out / f"{page.id}.txt").write_text(text, encoding="utf-8")


def render_w3m(pages: list[Page], out: Path) -> Iterator[str]:
    for page in pages:
        try:
            done = subprocess.run(
                ["w3m", "-dump", "-T", "text/html", "-cols", "80", "-O", "UTF-8", "-I", "UTF-8"],
                input=page_html(page).encode("utf-8", "replace"),
                capture_output=True,
                timeout=30,
                check=False,
            )
        except subprocess.TimeoutExpired:
            yield f"{page.id}: w3m timed out"
            continue
        (out / f"{page.id}.txt").write_text(done.stdout.decode("utf-8", "replace"), encoding="utf-8")


def render_chromium(pages: list[Page], out: Path, timeout_ms: int = 8000) -> Iterator[str]:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.route("**/*", lambda route: route.abort())
        for page in pages:
            tab = context.new_page()
            tab.set_default_timeout(timeout_ms)
            try:
                tab.set_content(page_html(page), wait_until="domcontentloaded", timeout=timeout_ms)
                text = tab.evaluate("document.body ? document.body.innerText : ''")
            except PlaywrightError as error:
                yield f"{page.id}: {str(error).splitlines()[0]}"
                continue
            finally:
                with contextlib.suppress(PlaywrightError):
                    tab.close()
            (out / f"{page.id}.txt").write_text(str(text), encoding="utf-8")
        browser.close()


RENDERERS = {"inscriptis": render_inscriptis, "w3m": render_w3m, "chromium": render_chromium}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renderer", action="append", choices=sorted(RENDERERS), required=True)
    parser.add_argument("--sample", type=int, default=1000, help="per mille of non-CJK pages (default all)")
    parser.add_argument("--limit", type=int, default=0, help="at most this many pages (0: no limit)")
    parser.add_argument("--force", action="store_true", help="re-render pages already rendered")
    args = parser.parse_args(argv)
    pages = selected_pages(args.sample)
    if args.limit:
        pages = pages[: args.limit]
    for name in args.renderer:
        out = OUT / name
        out.mkdir(parents=True, exist_ok=True)
        todo = [p for p in pages if args.force or not (out / f"{p.id}.txt").is_file()]
        started = time.perf_counter()
        failures = list(RENDERERS[name](todo, out))
        for failure in failures:
            print(f"{name}: {failure}", file=sys.stderr)
        elapsed = time.perf_counter() - started
        print(f"{name}: {len(todo) - len(failures)}/{len(todo)} rendered in {elapsed:.0f}s -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
