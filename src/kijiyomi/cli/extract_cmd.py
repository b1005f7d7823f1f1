"""``kijiyomi extract``: one page to stdout, or many pages in parallel to JSON Lines."""

from __future__ import annotations

import glob
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from pathlib import Path
from typing import IO

import click

from kijiyomi import api
from kijiyomi.cli.display import visible
from kijiyomi.cli.jobs import jobs_option
from kijiyomi.errors import KijiyomiError
from kijiyomi.options import ExtractOptions
from kijiyomi.render import Format, render
from kijiyomi.sniff import is_folder, maybe_file
from kijiyomi.types import Rejection, Result
from kijiyomi.worker_pool import map_in_workers

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".html.gz", ".htm.gz", ".txt.gz")
# record containers: every record is a page (WET text or WARC HTML responses)
WET_SUFFIXES = (".wet", ".wet.gz", ".warc", ".warc.gz")
URL_HELP = (
    "The address of the page when the input is a saved file or stdin: it becomes the article's url and"
    " helps find a text dump's headline and the day/month order of numeric dates."
)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "md", "txt"]),
    default=None,
    help="Output format (default: json for one page, jsonl for many).",
)
@click.option("--kind", type=click.Choice(["auto", "html", "text"]), default="auto", help="Input kind.")
@click.option("--url", default=None, help=URL_HELP)
@jobs_option(1, "Worker processes for many pages.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Output file.")
def extract(
    inputs: tuple[str, ...], fmt: str | None, kind: str, url: str | None, jobs: int, output: IO[str]
) -> None:
    """Extract the article of pages: files, directories, globs, URLs, '-' for stdin, or WARC/WET files.

    Example: kijiyomi extract page.html --format md
    """
    sources = list(_expand(inputs))
    if not sources:
        raise click.ClickException("no input pages found")
    single = len(sources) == 1 and not sources[0].endswith(WET_SUFFIXES)
    if url is not None and (not single or is_url(sources[0])):
        raise click.ClickException("--url gives the address of one saved page or stdin: name one input")
    chosen: Format = fmt or ("json" if single else "jsonl")  # type: ignore[assignment]
    if single:
        result = _extract_one(sources[0], kind, url)
        if isinstance(result, str):
            raise click.ClickException(result)
        output.write(_shown(result, chosen) + "\n")
        if isinstance(result, Rejection):
            sys.exit(3)
        return
    _extract_many(sources, kind, chosen, jobs, output)


def _expand(inputs: Iterable[str]) -> Iterator[str]:
    for item in inputs:
        if item == "-" or is_url(item):
            yield item
            continue
        path = Path(item)
        if is_folder(path):
            yield from sorted(
                str(p)
                for p in path.rglob("*")
                if p.name.endswith((*PAGE_SUFFIXES, *WET_SUFFIXES)) and maybe_file(p)
            )
        elif any(ch in item for ch in "*?["):
            yield from sorted(p for p in glob.glob(item, recursive=True) if maybe_file(Path(p)))  # noqa: PTH207
        else:
            yield item


def is_url(source: str) -> bool:
    """Whether an input names a page on the web (fetched) rather than a file or stdin."""
    return source.startswith(("http://", "https://"))


def _extract_one(source: str, kind: str, url: str | None = None) -> Result | str:
    """The result for one source, or an error message (never raises for bad input); ``url`` is the
    address of a saved file or of stdin."""
    try:
        if source == "-":
            return api.extract(read_stdin(), url=url, kind=kind)  # type: ignore[arg-type]
        if is_url(source):
            from kijiyomi.fetch import fetch

            fetched = fetch(source)
            return api.extract(fetched.content, url=fetched.url, http_charset=fetched.charset, kind=kind)  # type: ignore[arg-type]
        return api.extract_file(source, url=url, kind=kind)  # type: ignore[arg-type]
    except KijiyomiError as error:
        return str(error)


def _shown(result: Result, fmt: Format) -> str:
    """The rendered result; in the formats for reading (md, txt) a page's control characters are
    shown, never obeyed (JSON escapes them)."""
    rendered = render(result, fmt)
    return rendered if fmt in ("json", "jsonl") else visible(rendered)


def read_stdin() -> bytes:
    """Standard input, read up to one byte past the size cap (an endless stream such as
    ``< /dev/zero`` becomes a too_large rejection, not an out-of-memory crash)."""
    return sys.stdin.buffer.read(ExtractOptions().max_bytes + 1)


def _results(source: str, kind: str) -> Iterator[tuple[str, Result | str]]:
    if source.endswith(WET_SUFFIXES):
        yield from _wet_results(source)
    else:
        yield source, _extract_one(source, kind)


def _job(source: str, kind: str) -> list[tuple[str, Result | str]]:
    return list(_results(source, kind))  # a worker sends its results back at once


def _wet_results(path: str) -> Iterator[tuple[str, Result | str]]:
    """Each record of a WARC/WET file (read by the crawl reader, which reports truncated, oversized
    and corrupt records instead of cutting or dropping them), as (source, result or error)."""
    try:
        from kijiyomi.crawl.reader import RawRecord, read_task
        from kijiyomi.crawl.settings import CrawlSettings
        from kijiyomi.crawl.tasks import Task
    except ImportError as error:  # the warc extra is missing
        yield path, f"reading WARC/WET files needs: pip install 'kijiyomi[warc]' ({error})"
        return
    try:
        size = Path(path).stat().st_size
        found = 0
        for item in read_task(Task(path, 0, size, size), CrawlSettings(), Counter()):
            found += 1
            if isinstance(item, RawRecord):
                result = api.extract(
                    item.payload, url=item.url, kind=item.kind, http_charset=item.http_charset
                )
                yield item.url or f"{path}@{item.offset}", result
            else:
                yield f"{path}@{item.offset}", f"{item.reason}: {item.detail}"
        if not found:
            yield path, "no HTML response or WET text record in the file"
    except (OSError, KijiyomiError) as error:
        yield path, f"cannot read: {getattr(error, 'strerror', None) or error}"


def _extract_many(sources: list[str], kind: str, fmt: Format, jobs: int, output: IO[str]) -> None:
    counts: Counter[str] = Counter()
    with click.progressbar(length=len(sources), label="extracting", file=sys.stderr) as bar:
        for results in _run(sources, kind, jobs):
            for source, result in results:
                if isinstance(result, str):
                    counts["error"] += 1
                    click.echo(f"error: {source}: {result}", err=True)
                    continue
                counts[
                    "rejected: " + result.reason.value if isinstance(result, Rejection) else "articles"
                ] += 1
                if fmt in ("json", "jsonl"):
                    data = result.to_dict()
                    data["source"] = _text(source)
                    output.write(json.dumps(data, ensure_ascii=False) + "\n")
                else:
                    output.write(f"==> {_text(source)} <==\n{_shown(result, fmt)}\n")
            bar.update(1)
    summary = ", ".join(f"{name} {count}" for name, count in sorted(counts.items()))
    click.echo(f"done: {len(sources)} inputs: {summary}", err=True)
    if counts["error"] and counts["error"] == sum(counts.values()):
        sys.exit(1)  # nothing was extracted or rejected: every input failed


def _text(source: str) -> str:
    """A source as writable text: file-name bytes that are not UTF-8 become ``\\xNN`` escapes."""
    return source.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _run(sources: list[str], kind: str, jobs: int) -> Iterator[Iterable[tuple[str, Result | str]]]:
    if jobs <= 1:  # one record at a time: a large WARC file is never held in memory
        for source in sources:
            yield _results(source, kind)
        return
    yield from _run_pool(sources, kind, jobs)


def _run_pool(sources: list[str], kind: str, jobs: int) -> Iterator[list[tuple[str, Result | str]]]:
    """The results of each source in order, from worker processes. A worker that dies (a native
    crash, the OOM killer) costs the sources in flight, reported as errors; a new pool goes on."""
    for source, outcome in map_in_workers(partial(_job, kind=kind), sources, jobs):
        if isinstance(outcome, BrokenProcessPool):
            yield [(source, "the worker process died while extracting it (or a page beside it)")]
        elif isinstance(outcome, Exception):
            raise outcome
        else:
            yield outcome
