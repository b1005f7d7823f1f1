"""``kijiyomi read``: extract a page, then print what it reports (entities, times, quotes, events)."""

from __future__ import annotations

import json
import sys

import click

from kijiyomi.cli.display import visible
from kijiyomi.cli.extract_cmd import URL_HELP, is_url
from kijiyomi.errors import KijiyomiError
from kijiyomi.types import Article, Rejection

_COLORS = {
    "PERSON": "\033[1;34m",
    "ORG": "\033[1;35m",
    "GPE": "\033[1;32m",
    "LOC": "\033[32m",
    "GROUP": "\033[36m",
    "TIME": "\033[1;33m",
}
_RESET = "\033[0m"


@click.command()
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--kind", type=click.Choice(["auto", "html", "text"]), default="auto", help="Input kind.")
@click.option("--url", default=None, help=URL_HELP)
def read(source: str, fmt: str, kind: str, url: str | None) -> None:
    """Read an article (PATH, URL or '-' for stdin): entities, times, quotes and an event timeline.

    Example: kijiyomi read page.html --format json
    """
    from kijiyomi.reading import read as read_article

    if url is not None and is_url(source):
        raise click.ClickException("--url gives the address of a saved page or stdin, not of a URL input")
    article = _extract(source, kind, url)
    if isinstance(article, Rejection):
        click.echo(article.to_json(), err=True)
        sys.exit(3)
    try:
        reading = read_article(article)
    except KijiyomiError as error:
        raise click.ClickException(str(error)) from error
    if fmt == "json":
        data = article.to_dict()
        data["reading"] = reading.to_dict()
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
        return
    color = sys.stdout.isatty()
    click.echo(render_text(article, reading, color=color))


def _extract(source: str, kind: str, url: str | None) -> Article | Rejection:
    from kijiyomi.api import extract, extract_file

    try:
        if source == "-":
            from kijiyomi.cli.extract_cmd import read_stdin

            return extract(read_stdin(), url=url, kind=kind)  # type: ignore[arg-type]
        if is_url(source):
            from kijiyomi.fetch import fetch

            fetched = fetch(source)
            return extract(fetched.content, url=fetched.url, http_charset=fetched.charset, kind=kind)  # type: ignore[arg-type]
        return extract_file(source, url=url, kind=kind)  # type: ignore[arg-type]
    except KijiyomiError as error:
        raise click.ClickException(str(error)) from error


def render_text(article: Article, reading, *, color: bool) -> str:  # type: ignore[no-untyped-def]
    """The article text with entities and times marked, then quotes, then the event timeline."""
    text = visible(reading.text)  # one character for one: the offsets stay valid
    marks: list[tuple[int, int, str, str]] = []
    for entity in reading.entities:
        for mention in entity.mentions:
            marks.append((mention.start, mention.end, entity.label, entity.id))
    for time in reading.times:
        marks.append((time.start, time.end, "TIME", time.value or "?"))
    marks.sort(key=lambda mark: (mark[0], -(mark[1] - mark[0])))
    pieces: list[str] = []
    position = 0
    for start, end, label, note in marks:
        if start < position:
            continue  # overlapping marks (a time inside a name) keep the first
        pieces.append(text[position:start])
        surface = text[start:end]
        if color:
            pieces.append(f"{_COLORS[label]}{surface}{_RESET}")
        else:
            pieces.append(f"[{surface}|{label if label != 'TIME' else note}]")
        position = end
    pieces.append(text[position:])
    head: list[str] = []
    if article.title:
        head += [visible(article.title), ""]
    if reading.published:
        head += [f"published {reading.published.isoformat()}", ""]
    lines = ["", "== Entities"]
    for entity in reading.entities:
        extra = ", ".join(
            part
            for part in (
                entity.country or "",
                "/".join(entity.roles),
                f"of {entity.affiliation}" if entity.affiliation else "",
                f"members {' '.join(entity.members)}" if entity.members else "",
            )
            if part
        )
        lines.append(
            f"{entity.id:>4} {entity.label:<6} {entity.name}"
            + (f" ({extra})" if extra else "")
            + f" x{len(entity.mentions)}"
        )
    lines += ["", "== Times"]
    for time in reading.times:
        lines.append(f"  {time.text} → {time.type} {time.value}" + (f" {time.mod}" if time.mod else ""))
    lines += ["", "== Quotes"]
    for quote in reading.quotes:
        lines.append(f"  [{quote.kind}] {quote.speaker_name or '?'} ({quote.cue}): {quote.text}")
    lines += ["", "== Events"]
    for event in sorted(reading.events, key=lambda e: (e.date or "9999", e.start)):
        actors = "、".join(a.name for a in event.actors) or "?"
        recipients = "、".join(r.name for r in event.recipients)
        where = f" @{event.place.name}" if event.place else ""
        mode = f" ({event.mode})" if event.mode else ""
        arrow = f" → {recipients}" if recipients else ""
        condition = f" if: {event.condition}" if event.condition else ""
        lines.append(
            f"  {event.date or '----------'} {event.type:<10} {event.status:<11} {actors}{arrow}{where}{mode}"
            f" [{event.text}]{condition}"
        )
    return "\n".join([*head, "".join(pieces), visible("\n".join(lines))])
