"""The settings of one crawl run, as one frozen, picklable object shared by every engine and task.

Filters given on the command line (``--filter lang=ja``, ``domain=...``, ``url=...``, ``mime=...``)
are parsed here into ``RecordFilters``.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from kijiyomi.errors import ConfigError

HTML_MIME_TYPES = ("text/html", "application/xhtml+xml")
TEXT_MIME_TYPES = ("text/plain",)


@dataclass(frozen=True, slots=True)
class RecordFilters:
    """Which records are worth extracting. Empty tuples mean "no restriction"."""

    languages: tuple[str, ...] = ()  # ISO 639-1 codes kept by the language filter
    domains: tuple[str, ...] = ()  # host names kept, subdomains included
    url_pattern: str | None = None  # regular expression searched in the URL
    mime_types: tuple[str, ...] = HTML_MIME_TYPES  # HTTP Content-Type of response records


@dataclass(frozen=True, slots=True)
class CrawlSettings:
    """Everything a crawl task needs besides its byte range.

    ``extractor`` names the per-page function as ``"module:function"`` so that the settings stay
    picklable for process pools and Ray; its signature is that of ``kijiyomi.extract``.
    """

    filters: RecordFilters = field(default_factory=RecordFilters)
    read: bool = False  # also run kijiyomi.read() on each article
    max_record_bytes: int = 8 * 1024 * 1024  # declared record size cap (decompressed)
    max_decoded_bytes: int = 32 * 1024 * 1024  # cap on a payload after HTTP content decoding
    record_time_limit: float = 20.0  # hard per-record wall-clock guard, seconds (0: off)
    split_bytes: int = 64 * 1024 * 1024  # large inputs are cut into byte ranges of about this size
    row_group_rows: int = 2048
    extractor: str = "kijiyomi.api:extract"

    def fingerprint(self) -> dict[str, Any]:
        """The settings that decide the output; a rerun into the same directory must match them."""
        data = asdict(self)
        data.pop("record_time_limit")
        data.pop("row_group_rows")
        return data


def parse_filters(specs: tuple[str, ...] | list[str], base: RecordFilters | None = None) -> RecordFilters:
    """Parse ``key=value`` filter specs (values comma-separated where several make sense).

    Raises:
        ConfigError: an unknown key, an empty value or an invalid regular expression.
    """
    filters = base or RecordFilters()
    for spec in specs:
        key, sep, value = spec.partition("=")
        key, value = key.strip().lower(), value.strip()
        if not sep or not value:
            raise ConfigError(f"filter {spec!r} is not of the form key=value")
        items = tuple(sorted({item.strip().lower() for item in value.split(",") if item.strip()}))
        if key in {"lang", "language"}:
            filters = replace(filters, languages=items)
        elif key in {"domain", "host"}:
            filters = replace(filters, domains=tuple(item.lstrip(".") for item in items))
        elif key == "url":
            try:
                re.compile(value)
            except re.error as error:
                raise ConfigError(
                    f"url filter {value!r} is not a valid regular expression: {error}"
                ) from None
            filters = replace(filters, url_pattern=value)
        elif key in {"mime", "type"}:
            filters = replace(filters, mime_types=items)
        else:
            raise ConfigError(f"unknown filter {key!r}: use lang=, domain=, url= or mime=")
    return filters
