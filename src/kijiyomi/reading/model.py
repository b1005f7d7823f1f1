"""The records of a reading: entities, times, quotes and events, each anchored to ``article.text``.

Every annotation carries ``start``/``end`` character offsets into the text it was read from and its
surface ``text`` (``text == source[start:end]``). All records are frozen and serialise with
``to_dict()``; ``Reading.to_dict()`` follows ``READING_SCHEMA_VERSION`` (see docs/reading.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

READING_SCHEMA_VERSION = "1.0"

EntityLabel = Literal["PERSON", "ORG", "GPE", "LOC", "GROUP"]
TimeType = Literal["DATE", "TIME", "DATETIME", "DURATION", "SET"]
TimeMod = Literal["APPROX", "START", "MID", "END"]
QuoteKind = Literal["direct", "indirect"]
EventStatus = Literal["occurred", "planned", "conditional", "hedged", "denied"]


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence (or any plain stretch) of the text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where an entity is named or referred to (``同氏``, ``両首脳``)."""

    start: int
    end: int
    text: str
    entity_id: str
    role: str | None = None  # the title attached at this mention (報道官, 大統領補佐官...)
    anaphoric: bool = False  # 同氏, 同補佐官, 両首脳, a bare title

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "entity": self.entity_id,
        }
        if self.role:
            data["role"] = self.role
        if self.anaphoric:
            data["anaphoric"] = True
        return data


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, place or group, with every mention of it in the article."""

    id: str
    label: EntityLabel
    name: str
    country: str | None = None  # ISO 3166 alpha-3
    roles: tuple[str, ...] = ()
    affiliation: str | None = None  # the organisation a person speaks for (ホワイトハウス, 外務省)
    aliases: tuple[str, ...] = ()  # other names used in the article (NATO for 北大西洋条約機構)
    members: tuple[str, ...] = ()  # entity ids, for a GROUP such as 両首脳
    mentions: tuple[Mention, ...] = ()

    @property
    def start(self) -> int:
        return self.mentions[0].start if self.mentions else -1

    def ref(self) -> dict[str, Any]:
        """The short form used by events: ``{id, name, country}``."""
        return {"id": self.id, "name": self.name, "country": self.country}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "name": self.name,
            "country": self.country,
            "roles": list(self.roles),
            "affiliation": self.affiliation,
            "aliases": list(self.aliases),
            "members": list(self.members),
            "mentions": [mention.to_dict() for mention in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression resolved against the publication time (TIMEX3-style ``value``)."""

    start: int
    end: int
    text: str
    type: TimeType
    value: (
        str | None
    )  # ISO 8601: 2022-01-10, 2021-12, 2022-W02, 2021-12-30T15:00, PT50M, P1W, 2022-04/2023-03
    mod: TimeMod | None = None
    rule: str = ""  # which resolution rule fired (documented in docs/reading.md)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """Something someone said: direct (「…」) or indirect (…と述べた, Xによると…)."""

    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None  # an entity id
    speaker_name: str | None
    cue: str | None  # 述べた, 明らかにした, によると...
    cue_start: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_name": self.speaker_name,
            "cue": self.cue,
            "cue_start": self.cue_start,
        }


@dataclass(frozen=True, slots=True)
class Participant:
    """An entity taking part in an event."""

    id: str
    name: str
    country: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "country": self.country}


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER-typed event read from one trigger word."""

    type: str  # PLOVER: CONSULT, REQUEST, THREATEN, AGREE, ACCUSE, SANCTION...
    start: int  # the trigger's offsets
    end: int
    text: str  # the trigger
    actors: tuple[Participant, ...] = ()
    recipients: tuple[Participant, ...] = ()
    date: str | None = None  # the resolved value of the event's time expression
    date_text: str | None = None
    place: Participant | None = None
    mode: str | None = None  # phone, video, in_person
    status: EventStatus = "occurred"
    condition: str | None = None  # the ...ば/場合 clause of a conditional event or threat
    sentence: Span | None = None
    mentions: tuple[tuple[int, int], ...] = field(default=())  # later triggers merged into this event

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "trigger": {"start": self.start, "end": self.end, "text": self.text},
            "actors": [actor.to_dict() for actor in self.actors],
            "recipients": [recipient.to_dict() for recipient in self.recipients],
            "date": self.date,
            "date_text": self.date_text,
            "place": self.place.to_dict() if self.place else None,
            "mode": self.mode,
            "status": self.status,
            "condition": self.condition,
            "sentence": self.sentence.to_dict() if self.sentence else None,
            "mentions": [list(pair) for pair in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Reading:
    """What an article reports."""

    text: str
    published: datetime | None
    sentences: tuple[Span, ...] = ()
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = ()

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        return next((entity for entity in self.entities if entity.id == entity_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": READING_SCHEMA_VERSION,
            "type": "reading",
            "published": self.published.isoformat() if self.published else None,
            "sentences": [sentence.to_dict() for sentence in self.sentences],
            "entities": [entity.to_dict() for entity in self.entities],
            "times": [time.to_dict() for time in self.times],
            "quotes": [quote.to_dict() for quote in self.quotes],
            "events": [event.to_dict() for event in self.events],
            "warnings": list(self.warnings),
        }
