"""Turns a Reading's ``to_dict()`` output into the archive's normalised rows.

The only contract with ``kijiyomi.reading`` is this dict shape (extra keys are ignored, missing
ones tolerated)::

    {"entities": [{"id": "e1", "label": "PERSON", "name": "…", "country": "JP",
                   "mentions": [{"start": 0, "end": 2, "text": "…"}]}],
     "times":    [{"start": 5, "end": 15, "text": "…", "value": "2026-12-01"}],
     "quotes":   [{"text": "…", "speaker": "e1"}],
     "events":   [{"type": "meeting", "actors": ["e1"], "recipients": ["e2"],
                   "date": "2026-12-01", "place": "…", "status": "planned", "text": "…"}]}

Offsets are character offsets into ``Article.text``. Actors, recipients and speakers may be
entity ids, names, or dicts holding ``id``/``name``; dates may be strings or dicts with
``value``/``date``/``start``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kijiyomi.store.textindex import normalize


def entity_key(label: str, name: str) -> str:
    """A stable, URL-safe id for an entity across articles (label + normalised name)."""
    digest = hashlib.sha256(f"{label.upper()}\0{normalize(name)}".encode()).hexdigest()
    return digest[:16]


@dataclass(slots=True)
class EntityRow:
    key: str
    label: str
    name: str
    country: str | None
    local_id: str
    mentions: list[tuple[int | None, int | None, str]] = field(default_factory=list)


@dataclass(slots=True)
class EventRow:
    type: str
    date: str | None
    place: str | None
    status: str | None
    text: str | None
    roles: list[tuple[str, str]]  # (entity key, role)
    data: dict[str, Any]


@dataclass(slots=True)
class ReadingRows:
    entities: list[EntityRow]
    events: list[EventRow]


def _str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Mapping):
        for key in ("value", "date", "start", "name", "text", "iso"):
            if isinstance(value.get(key), str) and value[key]:
                return str(value[key])
        return None
    text = str(value).strip()
    return text or None


def _items(value: Any) -> list[Any] | tuple[Any, ...]:
    """A list of the reading as it is; anything else (a number, a string, an object) holds none."""
    return value if isinstance(value, list | tuple) else ()


def _offset(value: Any) -> int | None:
    """A character offset, or None (not an integer, or beyond what SQLite stores)."""
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 1 << 62 else None


def _mentions(raw: Any) -> list[tuple[int | None, int | None, str]]:
    out: list[tuple[int | None, int | None, str]] = []
    for item in _items(raw):
        if isinstance(item, Mapping):
            start, end = item.get("start"), item.get("end")
            text = str(item.get("text") or "")
        elif isinstance(item, list | tuple) and len(item) >= 2:
            start, end = item[0], item[1]
            text = str(item[2]) if len(item) > 2 else ""
        else:
            continue
        out.append((_offset(start), _offset(end), text))
    return out


def rows_from_reading(reading: Mapping[str, Any]) -> ReadingRows:
    """Entities (with mentions) and events (with actor/recipient roles) of one reading; parts
    of the wrong shape (a reading that is no object, a number for a list) are ignored."""
    entities: list[EntityRow] = []
    by_local: dict[str, EntityRow] = {}
    by_name: dict[str, EntityRow] = {}
    if not isinstance(reading, Mapping):
        return ReadingRows([], [])
    for index, raw in enumerate(_items(reading.get("entities"))):
        if not isinstance(raw, Mapping):
            continue
        name = _str(raw.get("name")) or _str(raw.get("text"))
        if not name:
            continue
        label = (_str(raw.get("label")) or _str(raw.get("type")) or "ENTITY").upper()
        local_id = _str(raw.get("id")) or f"e{index}"
        row = EntityRow(entity_key(label, name), label, name, _str(raw.get("country")), local_id)
        row.mentions = _mentions(raw.get("mentions"))
        entities.append(row)
        by_local[local_id] = row
        by_name.setdefault(normalize(name), row)

    def resolve(value: Any) -> EntityRow | None:
        if isinstance(value, Mapping):
            ref = _str(value.get("id")) or _str(value.get("entity"))
            if ref and ref in by_local:
                return by_local[ref]
            value = value.get("name") or value.get("text")
        text = _str(value)
        if text is None:
            return None
        return by_local.get(text) or by_name.get(normalize(text))

    events: list[EventRow] = []
    for raw in _items(reading.get("events")):
        if not isinstance(raw, Mapping):
            continue
        kind = _str(raw.get("type")) or "event"
        roles: list[tuple[str, str]] = []
        for role in ("actors", "recipients"):
            values = raw.get(role)
            for value in [values] if isinstance(values, str | Mapping) else _items(values):
                entity = resolve(value)
                if entity is not None:
                    roles.append((entity.key, role[:-1]))
        place = raw.get("place")
        place_entity = resolve(place) if place is not None else None
        place_name = place_entity.name if place_entity else _str(place)
        if place_entity is not None:
            roles.append((place_entity.key, "place"))
        date = _str(raw.get("date"))
        events.append(
            EventRow(
                type=kind.lower(),
                date=date.split("/")[0][:10] if date else None,  # an interval sorts by its start
                place=place_name,
                status=(_str(raw.get("status")) or "").lower() or None,
                text=_str(raw.get("text")) or _str(raw.get("sentence")),
                roles=roles,
                data=dict(raw),
            )
        )
    return ReadingRows(entities, events)
