"""HTML for an article body with its entities and times highlighted (offsets into Article.text)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class RenderedBlock:
    kind: str
    level: int
    html: Markup


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    open: Markup
    close: Markup


def _spans(entity_spans: list[dict[str, Any]], time_spans: list[dict[str, Any]]) -> list[_Span]:
    spans: list[_Span] = []
    for item in entity_spans:
        label = str(item.get("label") or "ENTITY").lower()
        spans.append(
            _Span(
                int(item["start"]),
                int(item["end"]),
                Markup('<a class="ent ent-{}" href="/entity/{}" title="{} · {}">').format(
                    label, item["key"], item.get("name") or "", item.get("label") or ""
                ),
                Markup("</a>"),
            )
        )
    for item in time_spans:
        spans.append(
            _Span(
                int(item["start"]),
                int(item["end"]),
                Markup('<time class="tx" datetime="{}" title="{}">').format(
                    item.get("value") or "", item.get("value") or ""
                ),
                Markup("</time>"),
            )
        )
    spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[_Span] = []
    for span in spans:  # entities first at equal start; overlapping later spans are dropped
        if span.end <= span.start or (kept and span.start < kept[-1].end):
            continue
        kept.append(span)
    return kept


def render_blocks(
    blocks: list[dict[str, Any]], entity_spans: list[dict[str, Any]], time_spans: list[dict[str, Any]]
) -> list[RenderedBlock]:
    """Each block's text as HTML, with the spans that lie inside it marked up."""
    spans = _spans(entity_spans, time_spans)
    out: list[RenderedBlock] = []
    offset = 0
    index = 0
    for block in blocks:
        text = str(block.get("text") or "")
        start, end = offset, offset + len(text)
        while index < len(spans) and spans[index].end <= start:
            index += 1
        parts: list[Markup | str] = []
        pos = start
        j = index
        while j < len(spans) and spans[j].start < end:
            span = spans[j]
            j += 1
            if span.start < pos or span.end > end:
                continue  # crosses a block boundary
            parts.append(escape(text[pos - start : span.start - start]))
            parts.append(span.open + escape(text[span.start - start : span.end - start]) + span.close)
            pos = span.end
        parts.append(escape(text[pos - start :]))
        out.append(
            RenderedBlock(
                str(block.get("kind") or "paragraph"), int(block.get("level") or 0), Markup("".join(parts))
            )
        )
        offset = end + 2  # blocks are joined by a blank line
    return out
