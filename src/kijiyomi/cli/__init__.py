"""The ``kijiyomi`` command line. Each command lives in its own module and is imported lazily,
so ``kijiyomi extract`` never pays for the web server's or Ray's imports."""

from __future__ import annotations

import importlib
import logging

import click

# command name -> "module:function"; a module is imported only when its command runs.
COMMANDS: dict[str, str] = {
    "extract": "kijiyomi.cli.extract_cmd:extract",
    "read": "kijiyomi.cli.read_cmd:read",
    "ingest": "kijiyomi.cli.archive_cmd:ingest",
    "search": "kijiyomi.cli.archive_cmd:search",
    "rejects": "kijiyomi.cli.archive_cmd:rejects",
    "serve": "kijiyomi.cli.archive_cmd:serve",
    "crawl": "kijiyomi.cli.crawl_cmd:crawl",
}


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for name in COMMANDS if self.get_command(ctx, name) is not None)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:  # the command is not built yet
                return None
            raise
        command: click.Command = getattr(module, attr)
        return command


@click.group(cls=LazyGroup)
@click.version_option(package_name="kijiyomi")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
def main(verbose: int, quiet: bool) -> None:
    """kijiyomi (記事読み): reads news pages like an editor."""
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
