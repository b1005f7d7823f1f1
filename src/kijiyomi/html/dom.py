"""HTML to a flat list of text segments with the structure the content scorer needs.

One pass over the Lexbor DOM (selectolax), driven by Lexbor's own depth-first traversal with a
stack of open elements kept here: no recursion limit, bounded by node count, depth and a
deadline. Each segment is a run of text owned by its innermost block element; elements are
numbered and keep their parent, so a segment's ancestry is known without holding parser objects.
Nothing here decides what is content.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
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
_DROP_NAMES = frozenset(DROP_TAGS)
_HIDDEN_SELECTOR = (
    "[hidden], [aria-hidden=true], [style*='display:none'], [style*='display: none'], "
    "[style*='visibility:hidden'], [style*='visibility: hidden'], [role=navigation], [role=dialog], "
    "[role=alertdialog]"
)

# Hidden disclosure panels (collapsed accordion, tab and FAQ content) hold article text that a
# click reveals: they stay, unless their role or name says menu, modal or consent box. ("panel"
# alone is not enough: hidden drawers, off-canvas menus and share panels are named so.)
_DISCLOSURE_ROLES = frozenset({"region", "tabpanel"})
_DISCLOSURE_NAME = re.compile(r"accordion|collaps|tab-?pane|tabpanel|faq")
_NOT_DISCLOSURE_ROLES = frozenset({"navigation", "dialog", "alertdialog"})
_NOT_DISCLOSURE_NAME = re.compile(r"menu|nav|modal|popup|cookie|consent")
_REVEAL_ATTRS = ("hidden", "aria-hidden", "style")

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
# Characters on which _SPACE and str.split() disagree: without them, collapsing _SPACE runs and
# stripping is the same as " ".join(text.split()), which is several times faster.
_ODD_SPACE = re.compile("[\x1c-\x1f\x85\u1680\u3000\u200b\ufeff]")
# Whitespace that a line break left between two CJK characters is not a word space (the space is
# matched first so the search can skip ahead to spaces; the look-behind then checks its left side).
_CJK_GAP = re.compile(
    r" (?<=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef] )(?=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef])"
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


def lineage(elements: list[Element], index: int) -> Iterator[Element]:
    """``elements[index]`` and its ancestors, nearest first (nothing for index -1)."""
    while index >= 0:
        element = elements[index]
        yield element
        index = element.parent


def enclosing(elements: list[Element], index: int, tag: str) -> int:
    """The nearest element at or above ``elements[index]`` with ``tag``: its index, -1 if none."""
    while index >= 0 and elements[index].tag != tag:
        index = elements[index].parent
    return index


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


def parse(html: str | bytes) -> LexborHTMLParser:
    """Parse HTML with Lexbor (``bytes`` are read as UTF-8)."""
    return LexborHTMLParser(html)


def clean(tree: LexborHTMLParser) -> None:
    """Remove what is never article text: scripts, styles, forms' widgets, hidden subtrees.

    <noscript> goes too, unless it holds most of the page's text (server-rendered fallbacks of
    script-driven sites): then it is unwrapped and read like the rest. Hidden disclosure panels
    (collapsed accordion, tab and FAQ content; not menus, modals or consent boxes) are revealed
    instead of removed.
    """
    dropped, names = _never_text(tree)
    # A streamed render's placeholders are <template>s: without one there is nothing to place.
    if "template" in names and place_streamed_chunks(tree):
        dropped, names = _never_text(tree)
    # Unlinked, not freed, so a match inside another match's subtree is still a live node when
    # its turn comes.
    for node in dropped:
        node.decompose(recursive=False)
    body = tree.body
    total = -1  # the body's text length, measured when first needed (before anything hidden goes)
    fallbacks = tree.css("noscript") if "noscript" in names else []
    if fallbacks:
        total = len(body.text(deep=True)) if body is not None else 0
        hidden = sum(len(node.text(deep=True)) for node in fallbacks)
        if hidden > total * 0.5:
            tree.unwrap_tags(["noscript"])
        else:
            tree.strip_tags(["noscript"])
            total -= hidden
    for node in tree.css(_HIDDEN_SELECTOR):
        if node.tag in ("html", "body"):
            continue
        if _is_disclosure(node):
            _reveal(node)
            continue
        # Script-driven pages ship their real content hidden until a script moves it into place:
        # a hidden subtree with much of the text and a document's worth of structure stays.
        if total < 0:
            total = len(body.text(deep=True)) if body is not None else 0
        if len(node.text(deep=True)) > total * 0.3 and len(node.css("p, li, h2, h3, div")) >= 10:
            continue
        node.decompose(recursive=False)  # unlinked only: a later match may lie inside it


def _never_text(tree: LexborHTMLParser) -> tuple[list[LexborNode], set[str]]:
    """The ``DROP_TAGS`` elements in document order, nested ones included (what a CSS search for
    them returns; one walk over the elements is faster than the selector engine), and the tag
    names the page uses (so that searches for tags it lacks are skipped)."""
    root = tree.root
    if root is None:
        return [], set()
    found = []
    dropped: dict[int, bool] = {}  # tag id -> whether it is dropped, for this document
    names: set[str] = set()
    for node in root.traverse():
        tag_id = node.tag_id
        drop = dropped.get(tag_id)
        if drop is None:
            name = node.tag or ""
            names.add(name)
            drop = dropped[tag_id] = name in _DROP_NAMES
        if drop:
            found.append(node)
    return found, names


def _is_disclosure(node: LexborNode) -> bool:
    """Whether a hidden node is a collapsed disclosure panel (accordion, tab or FAQ content)."""
    attrs = node.attributes
    role = attrs.get("role")
    if role in _NOT_DISCLOSURE_ROLES:
        return False
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    if role not in _DISCLOSURE_ROLES and _DISCLOSURE_NAME.search(names) is None:
        return False
    return _NOT_DISCLOSURE_NAME.search(names) is None


def _reveal(node: LexborNode) -> None:
    """Drop the attributes that hide a node (its inline style goes whole)."""
    attrs = node.attrs
    for name in _REVEAL_ATTRS:
        if name in attrs:
            del attrs[name]


def place_streamed_chunks(tree: LexborHTMLParser) -> int:
    """Put the hidden chunks of a streamed server render where its script would put them.

    React's streaming render sends the page with placeholders (``<template id="B:0">`` followed by
    a loading fallback up to the ``<!--/$-->`` comment, or a bare ``<template id="P:0">`` for a
    segment streamed inside another chunk) and the real content later, at the end of the body, as
    ``<div hidden id="S:0">``; a script swaps them in the browser. Without the swap the
    article text would be dropped as hidden. A chunk without its placeholder is left alone.
    Chunks are placed last first, so a placeholder inside an earlier chunk is filled before that
    chunk is copied into place; at most ``MAX_STREAMED_CHUNKS`` are placed (linear work).
    Returns how many were placed.
    """
    chunks = tree.css('div[hidden][id^="S:"]')[:MAX_STREAMED_CHUNKS]
    if not chunks:
        return 0
    placed = 0
    placeholders: dict[str, LexborNode] = {}
    for node in tree.css('template[id^="B:"], template[id^="P:"]'):
        placeholders.setdefault((node.attributes.get("id") or "")[2:], node)
    for chunk in reversed(chunks):
        placeholder = placeholders.pop((chunk.attributes.get("id") or "")[2:], None)
        if placeholder is None:
            continue
        if (placeholder.attributes.get("id") or "").startswith("B:"):  # a "P:" one has no fallback
            _drop_fallback(placeholder)
        del chunk.attrs["hidden"]
        placeholder.replace_with(chunk)  # selectolax copies the node here
        chunk.decompose()
        placed += 1
    return placed


def _drop_fallback(placeholder: LexborNode) -> None:
    """Remove the loading fallback after a boundary's placeholder when it is closed where expected
    (by the ``<!--/$-->`` comment), not the content that follows an unclosed one."""
    fallback = []
    sibling = placeholder.next
    while sibling is not None and not (sibling.tag == "-comment" and sibling.comment_content == "/$"):
        fallback.append(sibling)
        sibling = sibling.next
    if sibling is not None:
        for node in fallback:
            node.decompose()


def normalize_space(text: str) -> str:
    """Runs of whitespace as one space, none at the ends, none between two CJK characters."""
    if text.isascii():  # the usual case; of _ODD_SPACE, only \x1c-\x1f can be in it
        if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
            return _SPACE.sub(" ", text).strip()
        return " ".join(text.split())
    text = " ".join(text.split()) if _ODD_SPACE.search(text) is None else _SPACE.sub(" ", text).strip()
    return _CJK_GAP.sub("", text) if " " in text and not text.isascii() else text


def walk(root: LexborNode, *, max_nodes: int, max_depth: int, deadline: float) -> Walk:
    """Walk the cleaned DOM under ``root`` and return its segments, images and elements.

    Lexbor's own depth-first traversal yields the nodes; an element is left when the node after
    its subtree arrives: each open element keeps the id of its next sibling (or, without one, its
    parent's end), so no node is looked at twice and no parent pointer is followed.
    """
    result = Walk()
    elements = result.elements
    segments = result.segments
    elements.append(Element("body", -1, 0, "", 0))
    kinds: dict[int, tuple[int, str]] = {}  # tag id -> (kind, tag name), for this document
    parts: list[str] = []  # the text run being collected
    links = 0  # link characters in it
    blank = True  # whether every part so far is whitespace (then the run yields no segment)
    owners = [0]  # block elements the text belongs to, innermost last
    owner_tags = ["body"]
    context = [0] * 7  # open elements of each _CONTEXT kind (slot 0: none)
    figures: list[int] = []
    ends = [-1]  # per open element: the id of the first node after its subtree
    end = -1  # ends[-1]
    actions = [0]  # per open element: what leaving it undoes (context slot | _OWNS | _FIGURE)
    classify, tag_flags = vocab.classify, vocab.TAG_FLAGS.get

    def flush() -> None:
        nonlocal links, blank
        count = links
        links = 0
        blank = True
        raw = "".join(parts)
        parts.clear()
        pre = context[_PRE]
        for piece in raw.split("\n\n") if "\n\n" in raw else (raw,):
            text = normalize_space(piece) if not pre else piece.strip("\n")
            if not text:
                continue
            segments.append(
                Segment(
                    text,
                    owners[-1],
                    min(count, len(text)),
                    owner_tags[-1],
                    context[_QUOTE] > 0,
                    pre > 0,
                    context[_CAPTION] > 0,
                    context[_TABLE] > 0,
                    context[_LIST],
                )
            )
            count = 0  # attribute the link text to the first piece only (approximation)

    for visited, node in enumerate(root.traverse(include_text=True), 1):
        node_id = node.mem_id
        while end == node_id:  # leave the elements whose subtree ends before this node
            ends.pop()
            end = ends[-1]
            action = actions.pop()
            if action & _OWNS:
                if parts:
                    if blank and not context[_PRE]:
                        parts.clear()
                    else:
                        flush()
                owners.pop()
                owner_tags.pop()
                if action & _FIGURE and figures:
                    figures.pop()
            context[action & _SLOT] -= 1
        if visited & 0xFFF == 0:
            if visited > max_nodes:
                result.truncated = f"stopped after {max_nodes} nodes"
                break
            if time.monotonic() > deadline:
                result.truncated = "stopped at the time budget"
                break
        tag_id = node.tag_id
        if tag_id == _TEXT_ID:
            value = node.text_content
            if value:
                parts.append(value)
                if blank and not value.isspace():
                    blank = False
                if context[_LINK]:
                    links += len(value.strip())
            continue
        known = kinds.get(tag_id)
        if known is None:
            known = kinds[tag_id] = _kind(node.tag)
        kind, tag = known
        if kind >= _SKIP:
            if kind == _BR:
                parts.append("\n")
            elif kind == _IMG:
                _record_image(node, result, owners[-1], figures)
            continue  # comments, doctype, void elements
        action = kind & _SLOT
        if kind & _BLOCK and len(owners) < max_depth:
            if parts:
                if blank and not context[_PRE]:
                    parts.clear()
                else:
                    flush()
            attrs = node.attributes
            hint = _hint(attrs) if attrs else ""
            flags = classify(tag, hint) if hint else tag_flags(tag, 0)
            elements.append(Element(tag, owners[-1], len(owners), hint, flags))
            pushed = len(elements) - 1
            owners.append(pushed)
            owner_tags.append(tag)
            action |= _OWNS
            if tag == "figure":
                figures.append(pushed)
                action |= _FIGURE
        elif kind & _TIME:
            value = node.attributes.get("datetime")
            if value:
                result.times.append((value, len(segments)))
        context[action & _SLOT] += 1
        following = node.next
        if action:
            if following is not None:
                end = following.mem_id
            ends.append(end)
            actions.append(action)
        elif following is not None:  # nothing to undo, but its subtree bounds its descendants'
            end = following.mem_id
            ends.append(end)
            actions.append(0)
    else:
        while len(actions) > 1:  # leave the elements still open at the end of the page
            action = actions.pop()
            if action & _OWNS:
                if parts:
                    flush()
                owners.pop()
                owner_tags.pop()
            context[action & _SLOT] -= 1
    if parts:
        flush()
    return result


_TEXT_ID = 2  # Lexbor's tag id of text nodes
# An element's kind for the walk: the slot of the context it opens (0: none) and flag bits.
_LINK, _QUOTE, _PRE, _CAPTION, _TABLE, _LIST = 1, 2, 3, 4, 5, 6
_SLOT = 7
_BLOCK, _TIME, _OWNS, _FIGURE = 8, 16, 32, 64
_SKIP, _BR, _IMG = 128, 256, 512  # left at once (comments and doctype; void elements)
_CONTEXT = {
    "a": _LINK,
    "blockquote": _QUOTE,
    "q": _QUOTE,
    "pre": _PRE,
    "figcaption": _CAPTION,
    "table": _TABLE,
    "ul": _LIST,
    "ol": _LIST,
}


def _kind(tag: str | None) -> tuple[int, str]:
    """How the walk treats an element with this tag name."""
    if tag is None or tag[0] == "-":
        return _SKIP, ""
    if tag == "br":
        return _BR, tag
    if tag == "img":
        return _IMG, tag
    kind = _CONTEXT.get(tag, 0)
    if tag in BLOCK_TAGS:
        kind |= _BLOCK
    elif tag == "time":
        kind |= _TIME
    return kind, tag


def _hint(attrs: dict[str, str | None]) -> str:
    """The lowercased "class id itemprop role" text of an element (empty values left out)."""
    if not attrs:
        return ""
    get = attrs.get
    names = get("class"), get("id"), get("itemprop"), get("role")
    if names[1] is None and names[2] is None and names[3] is None:  # the usual case: a class or nothing
        return names[0].lower() if names[0] else ""
    return " ".join(value for value in names if value).lower()


def _record_image(node: LexborNode, result: Walk, owner: int, figures: list[int]) -> None:
    attrs = node.attributes
    src = (
        attrs.get("src") or attrs.get("data-src") or attrs.get("data-original") or attrs.get("data-lazy-src")
    )
    if src and src.startswith("data:"):
        src = attrs.get("data-src") or None
    alt = attrs.get("alt")
    figure = figures[-1] if figures else -1
    result.images.append(
        ImageRef(src, normalize_space(alt) if alt else None, owner, len(result.segments), figure)
    )
