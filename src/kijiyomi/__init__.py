"""kijiyomi (記事読み): reads news pages like an editor.

Public API: ``extract`` and ``extract_file`` (a page in, an ``Article`` or a ``Rejection`` out),
the record types, and ``__version__``. The library never configures logging.
"""

from __future__ import annotations

import logging
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from kijiyomi.api import extract, extract_file
from kijiyomi.errors import InputError, KijiyomiError
from kijiyomi.options import ExtractOptions
from kijiyomi.types import (
    SCHEMA_VERSION,
    Article,
    Block,
    BlockKind,
    Image,
    Rejection,
    RejectReason,
    Result,
    Source,
)

if TYPE_CHECKING:
    from kijiyomi.reading.model import Reading

try:
    __version__ = version("kijiyomi")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def read(article: Article | str, published: datetime | None = None) -> Reading:
    """Read an article (entities, times, quotes, events); see ``kijiyomi.reading``. Imported on
    first call, so ``import kijiyomi`` does not load SudachiPy."""
    from kijiyomi.reading import read as _read

    return _read(article, published)


__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Block",
    "BlockKind",
    "ExtractOptions",
    "Image",
    "InputError",
    "KijiyomiError",
    "RejectReason",
    "Rejection",
    "Result",
    "Source",
    "__version__",
    "extract",
    "extract_file",
    "read",
]
