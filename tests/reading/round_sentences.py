"""What the reader makes of one sentence of our own, for the round tests (a fixed news day)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from kijiyomi.reading import read

PUBLISHED = datetime(2028, 3, 9, 19, 0, tzinfo=timezone(timedelta(hours=9)))


def actors(text: str) -> dict[str, set[str]]:
    """Each event's trigger with the names of its actors."""
    return {e.text: {a.name for a in e.actors} for e in read(text, PUBLISHED).events}


def events(text: str) -> list[tuple[str, str, str | None, str]]:
    """Each event's type, trigger, date and status."""
    return [(e.type, e.text, e.date, e.status) for e in read(text, PUBLISHED).events]


def orgs(text: str) -> set[str]:
    """The names of the organisations found."""
    return {e.name for e in read(text, PUBLISHED).entities if e.label == "ORG"}


def gpe_names(text: str) -> set[str]:
    """The names of the GPEs found (countries, also from one character, and their provinces)."""
    return {e.name for e in read(text, PUBLISHED).entities if e.label == "GPE"}


def mention_texts(text: str, label: str | None = None) -> dict[str, list[str]]:
    """Each entity's name (of ``label``, or of any label) with the surfaces of its mentions."""
    return {
        e.name: [text[m.start : m.end] for m in e.mentions]
        for e in read(text, PUBLISHED).entities
        if label is None or e.label == label
    }


def person_mentions(text: str) -> dict[str, list[str]]:
    """Each person's name with the surfaces of its mentions."""
    return mention_texts(text, "PERSON")


def dates(text: str) -> dict[str, str | None]:
    """Each time expression's surface with its value."""
    return {t.text: t.value for t in read(text, PUBLISHED).times}
