"""``read``: an article (or a text and its publication time) in, a ``Reading`` out."""

from __future__ import annotations

from datetime import datetime

from kijiyomi.decode import LONE_SURROGATE
from kijiyomi.errors import InputError
from kijiyomi.reading.coref import resolve
from kijiyomi.reading.entities import COUNTED_GROUP_RE, find_mentions
from kijiyomi.reading.events import find_events
from kijiyomi.reading.model import Entity, Reading, TimeExpression
from kijiyomi.reading.quotes import find_quotes
from kijiyomi.reading.sentences import paragraph_index, split_sentences
from kijiyomi.reading.times import find_times
from kijiyomi.reading.tokens import tokenize
from kijiyomi.types import Article

MAX_READ_CHARS = 100_000  # a long feature is ~20,000; beyond this only the start is read


def _outside_names(times: list[TimeExpression], entities: list[Entity]) -> list[TimeExpression]:
    """The times not written inside an organisation's name (市民団体「山形の明日を考える会」)."""
    spans = [(m.start, m.end) for e in entities if e.label == "ORG" for m in e.mentions if not m.anaphoric]
    return [
        t
        for t in times
        if not any(
            start <= t.start and t.end <= end and end - start > t.end - t.start for start, end in spans
        )
    ]


def read(article: Article | str, published: datetime | None = None) -> Reading:
    """Read an article: entities, times, quotes and events with offsets into ``article.text``.

    ``article`` may be a plain string; then ``published`` (timezone-aware) anchors relative dates.
    Without any publication time, dates are resolved against today and a warning says so.
    """
    if isinstance(article, Article):
        text = article.text
        published = published or article.published
    elif isinstance(article, str):
        text = article
    else:
        raise InputError(f"read() takes an Article or a str, not {type(article).__name__}")
    if published is not None and not isinstance(published, datetime):
        raise InputError(f"published must be a datetime, not {type(published).__name__}")
    if published is not None and published.tzinfo is None:
        raise InputError("published must be timezone-aware")
    warnings: list[str] = []
    if not text.isascii() and LONE_SURROGATE.search(text):
        # a lone surrogate (bytes kept by surrogateescape) cannot be encoded for the analyser;
        # U+FFFD takes its place one for one, so every offset still points into the same text
        text = LONE_SURROGATE.sub("\ufffd", text)
        warnings.append("lone surrogates in the text were read as U+FFFD")
    if published is None:
        warnings.append("no publication time: relative dates resolved against today")
    if not text.strip():
        return Reading(text=text, published=published, warnings=(*warnings, "empty text"))
    full_text = text
    if len(text) > MAX_READ_CHARS:
        text = text[:MAX_READ_CHARS]
        warnings.append(f"text of {len(full_text):,} characters: only the first {MAX_READ_CHARS:,} were read")
    sentences = split_sentences(text)
    paragraphs = paragraph_index(text, sentences)
    tokens = tokenize(text)
    entities = resolve(text, find_mentions(text, tokens))
    times = _outside_names(find_times(text, sentences, paragraphs, published), entities)
    quotes = find_quotes(text, sentences, entities)
    today = (published or datetime.now().astimezone()).date().isoformat()
    # counted groups (3カ国は) are read from the text by the event rules, which find their members
    actors = [e for e in entities if not COUNTED_GROUP_RE.fullmatch(e.name) or e.label != "GROUP"]
    events = find_events(text, tokens, sentences, actors, times, quotes, today=today)
    return Reading(
        text=full_text,
        published=published,
        sentences=tuple(sentences),
        entities=tuple(entities),
        times=tuple(times),
        quotes=tuple(quotes),
        events=tuple(events),
        warnings=tuple(warnings),
    )
