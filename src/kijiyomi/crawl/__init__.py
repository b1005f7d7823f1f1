"""Crawl scale: WARC/WET archives in, Parquet shards out, on every local core or on a Ray cluster.

``crawl(inputs, out, settings)`` is the entry point (the ``kijiyomi crawl`` command wraps it);
``pipeline.process_record`` is the per-record function every engine runs. Needs the ``warc``
extra (FastWARC, pyarrow, py3langid); the Ray engine needs the ``ray`` extra.
"""

from __future__ import annotations

from kijiyomi.crawl.runner import CrawlReport, crawl
from kijiyomi.crawl.settings import CrawlSettings, RecordFilters, parse_filters

__all__ = ["CrawlReport", "CrawlSettings", "RecordFilters", "crawl", "parse_filters"]
