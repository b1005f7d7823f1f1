"""``kijiyomi ingest``, ``search``, ``rejects`` and ``serve``: the archive from the command line.

The archive is ``--db FILE``, else ``$KIJIYOMI_DB``, else ``./kijiyomi.db``.
"""

from __future__ import annotations

import functools
import json
import secrets
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kijiyomi.cli.display import visible
from kijiyomi.cli.jobs import jobs_option
from kijiyomi.store.archive import ENV_VAR, Archive, ArchiveError, default_db_path

_DB_HELP = f"Archive file (default: ${ENV_VAR}, else ./kijiyomi.db)."


def _open(db: Path | None, *, readonly: bool = False, scheme: str = "auto") -> Archive:
    try:
        return Archive(db or default_db_path(), readonly=readonly, scheme=scheme)  # type: ignore[arg-type]
    except ArchiveError as error:
        raise click.ClickException(str(error)) from error


def _archive_guard(command: Callable[..., None]) -> Callable[..., None]:
    """Turn a database error met while using an opened archive (a damaged file, a full disk)
    into a one-line message instead of a traceback."""

    @functools.wraps(command)
    def guarded(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except sqlite3.DatabaseError as error:
            raise click.ClickException(f"the archive cannot be used: {error} ({_hint(error)})") from error

    return guarded


def _hint(error: sqlite3.DatabaseError) -> str:
    text = str(error)
    if "readonly" in text or "read-only" in text:
        return "the file or its folder is read-only"
    if "locked" in text or "busy" in text:
        return "another process holds a lock on it; retry when it is done"
    if "disk is full" in text or "I/O" in text:
        return "the disk is full or failing"
    return "a damaged file? check it with: sqlite3 FILE 'PRAGMA integrity_check'"


def _emit(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help=_DB_HELP)
@jobs_option(None, "Worker processes (default: one per usable CPU).")
@click.option("--no-read", is_flag=True, help="Do not run the reader (entities, events) on the articles.")
@click.option(
    "--tokenizer",
    type=click.Choice(["auto", "sudachi", "ngram"]),
    default="auto",
    show_default=True,
    help="Search tokenizer of a NEW archive (an existing one keeps its own).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@_archive_guard
def ingest(
    inputs: tuple[str, ...], db: Path | None, jobs: int | None, no_read: bool, tokenizer: str, as_json: bool
) -> None:
    """Extract, read and store pages: HTML or text files, directories, globs, URLs, WARC/WET files,
    kijiyomi JSON and crawl Parquet. Rerunning skips what is stored, so an interrupted run resumes."""
    from kijiyomi.store.ingest import ingest as run_ingest

    archive = _open(db, scheme=tokenizer)
    summary = run_ingest(archive, inputs, jobs=jobs, with_reading=not no_read)
    if as_json:
        _emit({"ok": True, "db": str(archive.path), **summary.to_dict()})
    else:
        for line in summary.lines():
            click.echo(line, err=True)
        click.echo(f"archive: {archive.path} ({archive.counts()['articles']} articles)", err=True)
    if summary.interrupted:
        sys.exit(130)
    if summary.errors and not summary.stored:
        sys.exit(1)
    if summary.skipped and not summary.seen and not summary.skipped_done:
        sys.exit(1)  # no input gave a page: every one was skipped (missing, empty, unreadable)


@click.command()
@click.argument("query")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help=_DB_HELP)
@click.option("--since", help="Published on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Published on or before this date (YYYY-MM-DD).")
@click.option("--site", help="Only this site (site name or host).")
@click.option("--agency", help="Only articles credited to this wire agency.")
@click.option("--entity", help="Only articles mentioning this entity (name or id).")
@click.option("--event-type", help="Only articles reporting an event of this type.")
@click.option("-n", "--limit", type=click.IntRange(1, 100), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@_archive_guard
def search(query: str, db: Path | None, limit: int, as_json: bool, **filters: str | None) -> None:
    """Full-text search: all terms must match; "quote" a phrase. Japanese works word by word."""
    from kijiyomi.store.search import Filters
    from kijiyomi.store.search import search as run_search
    from kijiyomi.store.textindex import QueryError

    archive = _open(db, readonly=True)
    try:
        result = run_search(archive, query, Filters(**filters), limit=limit)
    except QueryError as error:
        raise click.UsageError(str(error)) from error
    if as_json:
        _emit(result.to_dict())
        return
    more = "" if result.total_exact else "+"
    noun = "article" if result.total == 1 else "articles"
    click.echo(f"{result.total}{more} {noun} for {query!r} ({result.took_ms:.1f} ms, {result.scheme})")
    for hit in result.hits:
        others = hit.copies - 1
        copies = f" (+{others} {'copy' if others == 1 else 'copies'})" if others else ""
        click.echo(visible(f"\n{hit.uid}  {hit.published or '----'}  {hit.site or ''}{copies}"))
        click.echo(visible(f"  {hit.title or '(no title)'}"))
        click.echo(
            "  " + "".join(click.style(visible(t), bold=True) if h else visible(t) for t, h in hit.snippet)
        )


@click.command()
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help=_DB_HELP)
@click.option("--reason", help="Only this reason (listing, login_wall, ...).")
@click.option("-n", "--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@_archive_guard
def rejects(db: Path | None, reason: str | None, limit: int, as_json: bool) -> None:
    """Pages that gave no article, with the reason."""
    from kijiyomi.types import RejectReason

    archive = _open(db, readonly=True)
    counts = archive.reject_counts()
    known = {r.value for r in RejectReason} | set(counts)
    if reason is not None and reason not in known:
        raise click.BadParameter(
            f"{reason!r}; known reasons: {', '.join(sorted(known))}", param_hint="--reason"
        )
    rows = archive.rejects(reason, limit)
    if as_json:
        _emit({"ok": True, "counts": counts, "rejects": rows})
        return
    if not rows:
        click.echo(
            f"no rejected pages{f' with reason {reason}' if reason else ''} in {archive.path}", err=True
        )
    for name, count in counts.items():
        click.echo(visible(f"{name}\t{count}"))
    for row in rows:
        click.echo(visible(f"\n{row['reason']}\t{row['url'] or row['source']}\n  {row['detail'] or ''}"))


@click.command()
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help=_DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--token", envvar="KIJIYOMI_TOKEN", help="Token for POST /api/articles (default: a random one)."
)
@click.option("--private", is_flag=True, help="Require the token for read endpoints too.")
def serve(db: Path | None, host: str, port: int, token: str | None, private: bool) -> None:
    """The archive in a browser (and a JSON API: every page + .json, /api/extract, /docs)."""
    try:
        import uvicorn

        from kijiyomi.serve.app import create_app
    except ImportError as error:
        raise click.ClickException(
            f"serve needs the serve extra: pip install 'kijiyomi[serve]' ({error})"
        ) from error
    if token and not token.strip():
        raise click.BadParameter(
            "a token cannot be only spaces (no request could match it)", param_hint="--token"
        )
    token = (token or "").strip() or secrets.token_urlsafe(24)  # a request's token is stripped too
    archive = _open(db)
    click.echo(f"archive: {archive.path} ({archive.counts()['articles']} articles)", err=True)
    click.echo(f"ingest token: {token}", err=True)
    app = create_app(archive, token=token, private=private)
    click.echo(f"serving on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_keep_alive=30)
