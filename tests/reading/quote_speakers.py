"""The quotes of a text with the names of their speakers, for the quote tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from kijiyomi.reading import read

PUBLISHED = datetime(2024, 6, 20, 18, 0, tzinfo=timezone(timedelta(hours=9)))


def speakers(text: str, published: datetime = PUBLISHED) -> list[tuple[str, str | None]]:
    found = read(text, published)
    return [
        (q.text, found.entity(q.speaker).name if q.speaker and found.entity(q.speaker) else None)
        for q in found.quotes
    ]
