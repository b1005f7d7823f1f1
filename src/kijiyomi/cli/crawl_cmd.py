"""``kijiyomi crawl``: WARC/WET archives in, Parquet shards out."""

from __future__ import annotations

import dataclasses
import math

import click

from kijiyomi.cli.jobs import jobs_option
from kijiyomi.errors import KijiyomiError


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "-o", required=True, type=click.Path(file_okay=False), help="Output folder.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True)
@click.option(
    "--address", default=None, help="Ray cluster address (default: RAY_ADDRESS or a local cluster)."
)
@click.option("--read", "read_", is_flag=True, help="Also run kijiyomi.read() and store the Reading as JSON.")
@click.option(
    "--filter",
    "filters",
    multiple=True,
    metavar="KEY=VALUE",
    help="lang=ja, domain=example.jp, url=REGEX, mime=...",
)
@jobs_option(None, "Worker processes [one per usable CPU].")
@click.option(
    "--split-mb", type=click.IntRange(min=1), default=64, show_default=True, help="Task size for large files."
)
@click.option(
    "--max-record-mb", type=click.IntRange(min=1), default=8, show_default=True, help="Record size cap."
)
@click.option(
    "--record-timeout",
    type=click.FloatRange(min=0),
    default=20.0,
    show_default=True,
    help="Per-record time guard (s, 0: off).",
)
@click.option("--progress/--no-progress", default=None, help="Progress line on stderr [when a terminal].")
def crawl(
    inputs: tuple[str, ...],
    out: str,
    engine: str,
    address: str | None,
    read_: bool,
    filters: tuple[str, ...],
    jobs: int | None,
    split_mb: int,
    max_record_mb: int,
    record_timeout: float,
    progress: bool | None,
) -> None:
    """Extract the articles of WARC (HTML responses) or WET (text) files into Parquet.

    INPUT is a file, a glob or a URL (remote URLs need fsspec), gzipped or not. A rerun into the
    same --out skips the finished shards.

    Example: kijiyomi crawl 'CC-MAIN-*.warc.gz' --out ja-news --filter lang=ja
    """
    if math.isnan(record_timeout):
        raise click.BadParameter("must be a number of seconds", param_hint="--record-timeout")
    try:
        from kijiyomi.crawl import CrawlSettings, parse_filters
        from kijiyomi.crawl import crawl as run_crawl
    except ImportError as error:
        raise click.ClickException(f"{error}; install the extra: pip install 'kijiyomi[warc]'") from None
    try:
        settings = dataclasses.replace(
            CrawlSettings(),
            filters=parse_filters(filters),
            read=read_,
            split_bytes=split_mb * 1024 * 1024,
            max_record_bytes=max_record_mb * 1024 * 1024,
            record_time_limit=record_timeout,
        )
        report = run_crawl(
            inputs,
            out,
            settings,
            engine="ray" if engine == "ray" else "local",
            jobs=jobs,
            address=address,
            progress=progress,
        )
    except KijiyomiError as failure:
        raise click.ClickException(str(failure)) from None
    click.echo(
        f"{report.written} shards written, {report.skipped} already finished, {len(report.failures)} failed: "
        f"{report.records:,} records, {report.articles:,} articles, {report.rejects:,} rejects "
        f"in {report.seconds:.1f} s -> {out}",
        err=True,
    )
    if report.filtered:
        click.echo(
            f"{report.filtered:,} records left out by the filters (not a 2xx HTML response, --filter)",
            err=True,
        )
    elif report.written and not report.records and not report.rejects:
        click.echo("no WARC response or WET conversion record in the inputs", err=True)
    for shard, reason in report.failures:
        click.echo(f"failed: {shard}: {reason}", err=True)
    if report.failures:
        raise SystemExit(1)
