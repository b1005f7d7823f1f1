"""HTML to a flat list of text segments with the structure the content scorer needs.

One pass over the Lexbor DOM (selectolax) with an explicit stack: no recursion limit, bounded
by node count, depth and a deadline. Each segment is a run of text owned by its innermost block
element; elements are numbered and keep their parent, so a segment's ancestry is known without
holding parser objects. Nothing here decides what is content.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from kijiyomi.html import vocabulary as vocab

# Removed with their contents before the walk (their text is never visible article prose).
DROP_TAGS = (
    "script",
    "style",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "select",
    "option",
    "button",
    "textarea",
    "input",
    "head",
    "nav",
    "dialog",
    "map",
    "rt",  # ruby readings (furigana) are not part of the running text
    "rp",
)
_HIDDEN_SELECTOR = (
    "[hidden], [aria-hidden=true], [style*='display:none'], [style*='display: none'], "
    "[style*='visibility:hidden'], [style*='visibility: hidden'], [role=navigation], [role=dialog], "
    "[role=alertdialog]"
)

MAX_STREAMED_CHUNKS = 2000  # hidden chunks of a streamed render put in place, at most

BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "figure",
        "figcaption",
        "address",
        "details",
        "summary",
        "hr",
        "center",
        "body",
        "html",
        "form",
        "fieldset",
        "legend",
        "caption",
        "menu",
        "hgroup",
    }
)
HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\ufeff]+")
# Whitespace that a line break left between two CJK characters is not a word space.
_CJK_GAP = re.compile(
    r"(?<=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]) (?=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef])"
)


class WalkLimit(Exception):
    """The DOM walk hit the node cap or the deadline."""


@dataclass(slots=True)
class Element:
    """A block element: its tag, class/id text, parent index and boilerplate flags."""

    tag: str
    parent: int
    depth: int
    hint: str  # lowercased "class id itemprop role" text
    flags: int = 0  # vocab.NEGATIVE | vocab.POSITIVE | vocab.CAPTION ...


@dataclass(slots=True)
class Segment:
    """A run of text owned by one block element."""

    text: str
    owner: int  # index into Page.elements
    link_chars: int
    tag: str  # owner's tag
    in_quote: bool = False
    in_pre: bool = False
    in_caption: bool = False
    in_table: bool = False
    list_depth: int = 0


@dataclass(slots=True)
class ImageRef:
    """An <img> seen during the walk."""

    src: str | None
    alt: str | None
    owner: int
    position: int  # number of segments emitted before it
    figure: int = -1  # index of the enclosing <figure>, -1 when none


@dataclass(slots=True)
class Walk:
    """What the walk found."""

    elements: list[Element] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    images: list[ImageRef] = field(default_factory=list)
    times: list[tuple[str, int]] = field(default_factory=list)  # (<time datetime>, position)
    truncated: str | None = None  # why the walk stopped early, if it did


def parse(html: str) -> LexborHTMLParser:
    """Parse HTML with Lexbor."""
    return LexborHTMLParser(html)


def clean(tree: LexborHTMLParser) -> None:
    """Remove what is never article text: scripts, styles, forms' widgets, hidden subtrees.

    <noscript> goes too, unless it holds most of the page's text (server-rendered fallbacks of
    script-driven sites): then it is unwrapped and read like the rest.
    """
    place_streamed_chunks(tree)
    tree.strip_tags(list(DROP_TAGS))
    body = tree.body
    total = len(body.text(deep=True)) if body is not None else 0
    fallbacks = tree.css("noscript")
    if fallbacks:
        hidden = sum(len(node.text(deep=True)) for node in fallbacks)
        if hidden > total * 0.5:
            tree.unwrap_tags(["noscript"])
        else:
            tree.strip_tags(["noscript"])
            total -= hidden
    for node in tree.css(_HIDDEN_SELECTOR):
        if node.tag in ("html", "body"):
            continue
        # Script-driven pages ship their real content hidden until a script moves it into place:
        # a hidden subtree with much of the text and a document's worth of structure stays.
        if len(node.text(deep=True)) > total * 0.3 and len(node.css("p, li, h2, h3, div")) >= 10:
            continue
        node.decompose()


def place_streamed_chunks(tree: LexborHTMLParser) -> None:
    """Put the hidden chunks of a streamed server render where its script would put them.

    React's streaming render sends the page with placeholders (``<template id="B:0">`` followed by
    a loading fallback up to the ``<!--/$-->`` comment) and the real content later, at the end of
    the body, as ``<div hidden id="S:0">``; a script swaps them in the browser. Without the swap the
    article text would be dropped as hidden. A chunk without its placeholder is left alone.
    Chunks are placed last first, so a placeholder inside an earlier chunk is filled before that
    chunk is copied into place; at most ``MAX_STREAMED_CHUNKS`` are placed (linear work).
    """
    chunks = tree.css('div[hidden][id^="S:"]')[:MAX_STREAMED_CHUNKS]
    if not chunks:
        return
    placeholders: dict[str, LexborNode] = {}
    for node in tree.css('template[id^="B:"]'):
        placeholders.setdefault((node.attributes.get("id") or "")[2:], node)
    for chunk in reversed(chunks):
        placeholder = placeholders.pop((chunk.attributes.get("id") or "")[2:], None)
        if placeholder is None:
            continue
        fallback = []
        sibling = placeholder.next
        while sibling is not None and not (sibling.tag == "-comment" and sibling.comment_content == "/$"):
            fallback.append(sibling)
            sibling = sibling.next
        if sibling is not None:  # the fallback is closed where expected: it is the loading skeleton
            for node in fallback:
                node.decompose()
        del chunk.attrs["hidden"]
        placeholder.replace_with(chunk)  # selectolax copies the node here
        chunk.decompose()


def normalize_space(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return _CJK_GAP.sub("", text) if " " in text and not text.isascii() else text


def walk(root: LexborNode, *, max_nodes: int, max_depth: int, deadline: float) -> Walk:
    """Walk the cleaned DOM under ``root`` and return its segments, images and elements."""
    result = Walk()
    elements = result.elements
    segments = result.segments
    elements.append(Element("body", -1, 0, "", 0))
    # state of the text run being collected
    parts: list[str] = []
    link_parts: list[int] = [0]
    owner_stack: list[int] = [0]
    context = _Context()
    visited = 0

    def flush() -> None:
        if not parts:
            return
        raw = "".join(parts)
        parts.clear()
        links = link_parts[0]
        link_parts[0] = 0
        for piece in raw.split("\n\n"):
            text = normalize_space(piece) if not context.pre else piece.strip("\n")
            if not text:
                continue
            owner = owner_stack[-1]
            segments.append(
                Segment(
                    text,
                    owner,
                    min(links, len(text)),
                    elements[owner].tag,
                    context.quote > 0,
                    context.pre > 0,
                    context.caption > 0,
                    context.table > 0,
                    context.lists,
                )
            )
            links = 0  # attribute the link text to the first piece only (approximation)

    # stack items: a node to enter, or an int = exit marker (an index into ``exits``). Only
    # elements that own segments or change the context get an exit marker; spans, ems and the
    # like are entered and forgotten.
    stack: list[LexborNode | int] = [root]
    exits: list[tuple[str, int]] = []  # (tag, pushed_owner) parallel to exit markers
    while stack:
        item = stack.pop()
        if isinstance(item, int):
            closed, owned = exits.pop()
            if owned >= 0:
                if parts:
                    flush()
                owner_stack.pop()
                if closed == "figure" and context.figures:
                    context.figures.pop()
            if closed in _CONTEXT_TAGS:
                _exit(closed, context)
            continue
        visited += 1
        if visited & 0xFFF == 0:
            if visited > max_nodes:
                result.truncated = f"stopped after {max_nodes} nodes"
                break
            if time.monotonic() > deadline:
                result.truncated = "stopped at the time budget"
                break
        tag = item.tag
        if tag == "-text":
            value = item.text_content
            if value:
                parts.append(value)
                if context.link:
                    link_parts[0] += len(value.strip())
            continue
        if tag is None or tag[0] == "-":  # comments, doctype
            continue
        pushed = -1
        if tag in BLOCK_TAGS and len(owner_stack) < max_depth:
            if parts:
                flush()
            hint = _hint(item.attributes)
            parent = owner_stack[-1]
            flags = vocab.classify(tag, hint)
            elements.append(Element(tag, parent, len(owner_stack), hint, flags))
            pushed = len(elements) - 1
            owner_stack.append(pushed)
            if tag == "figure":
                context.figures.append(pushed)
        elif tag == "br":
            parts.append("\n")
            continue
        elif tag == "img":
            _record_image(item, result, owner_stack[-1], context)
            continue
        elif tag == "time":
            value = item.attributes.get("datetime")
            if value:
                result.times.append((value, len(segments)))
        if tag in _CONTEXT_TAGS:
            _enter(tag, context)
        if pushed >= 0 or tag in _CONTEXT_TAGS:
            exits.append((tag, pushed))
            stack.append(len(exits))
        child = item.last_child
        while child is not None:
            stack.append(child)
            child = child.prev
    flush()
    return result


_CONTEXT_TAGS = frozenset({"a", "blockquote", "q", "pre", "figcaption", "table", "ul", "ol"})


@dataclass(slots=True)
class _Context:
    link: int = 0
    quote: int = 0
    pre: int = 0
    caption: int = 0
    table: int = 0
    lists: int = 0
    figures: list[int] = field(default_factory=list)


def _enter(tag: str, context: _Context) -> None:
    if tag == "a":
        context.link += 1
    elif tag == "blockquote" or tag == "q":
        context.quote += 1
    elif tag == "pre":
        context.pre += 1
    elif tag == "figcaption":
        context.caption += 1
    elif tag == "table":
        context.table += 1
    elif tag in ("ul", "ol"):
        context.lists += 1


def _exit(tag: str, context: _Context) -> None:
    if tag == "a":
        context.link -= 1
    elif tag == "blockquote" or tag == "q":
        context.quote -= 1
    elif tag == "pre":
        context.pre -= 1
    elif tag == "figcaption":
        context.caption -= 1
    elif tag == "table":
        context.table -= 1
    elif tag in ("ul", "ol"):
        context.lists -= 1


def _hint(attrs: dict[str, str | None]) -> str:
    if not attrs:
        return ""
    values = [attrs.get(name) for name in ("class", "id", "itemprop", "role")]
    return " ".join(value for value in values if value).lower()


def _record_image(node: LexborNode, result: Walk, owner: int, context: _Context) -> None:
    attrs = node.attributes
    src = (
        attrs.get("src") or attrs.get("data-src") or attrs.get("data-original") or attrs.get("data-lazy-src")
    )
    if src and src.startswith("data:"):
        src = attrs.get("data-src") or None
    alt = attrs.get("alt")
    figure = context.figures[-1] if context.figures else -1
    result.images.append(
        ImageRef(src, normalize_space(alt) if alt else None, owner, len(result.segments), figure)
    )
