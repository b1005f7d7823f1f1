"""Reading Japanese news: entities, times, quotes and events (see docs/reading.md).

``read(article)`` returns a ``Reading``; every annotation carries ``start``/``end`` offsets into
``article.text``. Needs the ``ja`` extra (SudachiPy and its core dictionary).
"""

from __future__ import annotations

from kijiyomi.reading.api import read
from kijiyomi.reading.model import (
    READING_SCHEMA_VERSION,
    Entity,
    Event,
    Mention,
    Participant,
    Quote,
    Reading,
    Span,
    TimeExpression,
)

__all__ = [
    "READING_SCHEMA_VERSION",
    "Entity",
    "Event",
    "Mention",
    "Participant",
    "Quote",
    "Reading",
    "Span",
    "TimeExpression",
    "read",
]
