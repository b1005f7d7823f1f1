"""Benchmark harness: kijiyomi against the established extractors on labelled news pages.

Run ``python -m bench.run --help``; the method and the figures are in ``docs/benchmarks.md``.
"""
