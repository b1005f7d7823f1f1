"""The ``-j/--jobs`` option shared by the commands that start worker processes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from kijiyomi.workers import worker_count

F = TypeVar("F", bound=Callable[..., Any])


def _capped(ctx: click.Context, param: click.Parameter, value: int | None) -> int | None:
    if value is None:
        return None
    count = worker_count(value)
    if count < value:
        click.echo(f"note: -j {value} lowered to {count}, twice the usable CPUs", err=True)
    return count


def jobs_option(default: int | None, help_text: str) -> Callable[[F], F]:
    """``-j N``: at least 1; above twice the usable CPUs it is lowered, with a note on stderr."""
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=default,
        show_default=default is not None,
        callback=_capped,
        help=help_text,
    )
