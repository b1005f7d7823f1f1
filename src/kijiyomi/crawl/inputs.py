"""Input files: expanding paths, globs and URLs, and opening them (remote ones through fsspec)."""

from __future__ import annotations

import glob
import re
from pathlib import Path
from typing import IO, Any

from kijiyomi.errors import DependencyError, InputError
from kijiyomi.sniff import is_folder, maybe_file


def is_remote(source: str) -> bool:
    return "://" in source and not source.startswith("file://")


def path_text(source: str) -> str:
    """``source`` as text that can be written anywhere: bytes of a file name that are not UTF-8
    (kept by Python as lone surrogates, e.g. a Shift_JIS name) become ``\\xNN`` escapes."""
    return source.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _fsspec() -> Any:
    try:
        import fsspec  # type: ignore[import-untyped]
    except ImportError:
        raise DependencyError("fsspec", "warc") from None
    return fsspec


_ARCHIVE_NAME = re.compile(r"\.(warc|wet)(\.wet)?(\.gz)?$", re.IGNORECASE)


def expand_inputs(inputs: list[str] | tuple[str, ...]) -> list[str]:
    """Expand globs and folders (their ``*.warc[.gz]``/``*.wet[.gz]`` files, recursively); keep the
    order given, sorted within a glob or folder, each file once.

    Raises:
        InputError: a path or glob that matches nothing.
    """
    seen: dict[str, None] = {}
    for item in inputs:
        if is_remote(item):
            if glob.has_magic(item):
                try:
                    fs, _, paths = _fsspec().get_fs_token_paths(item)
                except (OSError, ValueError, ImportError) as error:
                    raise InputError(f"cannot list {item}: {error}") from error
                matches = [fs.unstrip_protocol(path) for path in sorted(paths)]
            else:
                matches = [item]
        else:
            local = item.removeprefix("file://")
            if is_folder(Path(local)):
                matches = sorted(str(p) for p in Path(local).rglob("*") if _ARCHIVE_NAME.search(p.name))
            else:
                matches = sorted(glob.glob(local)) if glob.has_magic(local) else [local]  # noqa: PTH207
            matches = [path for path in matches if maybe_file(Path(path)) or not glob.has_magic(local)]
            for path in matches:
                if not maybe_file(Path(path)):
                    raise InputError(f"no such input file: {path}")
        if not matches:
            raise InputError(f"{item!r} matches no file")
        for match in matches:
            seen.setdefault(match, None)
    return list(seen)


def open_input(source: str) -> IO[bytes]:
    """Open an input for binary reading with seeking."""
    try:
        if is_remote(source):
            handle: IO[bytes] = _fsspec().open(source, "rb").open()
            return handle
        return Path(source).open("rb")
    except (OSError, ValueError, ImportError) as error:  # ImportError: fsspec lacks that protocol
        raise InputError(f"cannot open {source}: {error}") from error


def input_size(source: str) -> int:
    """The size of an input in bytes."""
    try:
        if is_remote(source):
            fs, _, paths = _fsspec().get_fs_token_paths(source)
            return int(fs.size(paths[0]))
        return Path(source).stat().st_size
    except (OSError, ValueError, ImportError) as error:
        raise InputError(f"cannot stat {source}: {error}") from error
