"""Exceptions raised by kijiyomi.

Expected outcomes (a page that is not an article, an empty input) are ``Rejection`` values, not
exceptions. Exceptions mean the caller asked for something that cannot be done::

    KijiyomiError
    ├── InputError        the input cannot be read at all (missing file, wrong type, over a cap)
    │   └── FetchError    a URL could not be fetched
    ├── ConfigError       invalid options
    └── DependencyError   an optional extra is not installed (the message names the pip command)
"""

from __future__ import annotations


class KijiyomiError(Exception):
    """Base class of every error kijiyomi raises on purpose."""


class InputError(KijiyomiError):
    """The input cannot be read: wrong type, missing file, unreadable archive."""


class FetchError(InputError):
    """A URL could not be fetched (network error, HTTP status, size cap, timeout)."""


class ConfigError(KijiyomiError):
    """Invalid options."""


class DependencyError(KijiyomiError):
    """An optional dependency is missing."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(f"{package} is needed for this; install it with: pip install 'kijiyomi[{extra}]'")
        self.package = package
        self.extra = extra
