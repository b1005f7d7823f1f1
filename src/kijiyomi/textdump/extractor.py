"""The article out of a plain-text dump (browser innerText or copy, inscriptis, w3m/lynx, WET)."""

from __future__ import annotations

import re

from kijiyomi.options import ExtractOptions
from kijiyomi.textdump.layout import Layout, Role, analyse
from kijiyomi.textdump.lines import MAX_LINE_CHARS, Lines, split_lines
from kijiyomi.types import Article, Block, BlockKind, Image, Rejection, RejectReason, Result, Source

MAX_LINES = 50_000
# Control characters (as UTF-8 bytes: no other character's UTF-8 holds a byte under 0x80) and the
# replacement character U+FFFD: what a binary file read as text is full of.
_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x20), 0x7F])
_SCRIPT_NOTICE = re.compile(r"javascript|enable cookies|ブラウザ.*(?:対応|設定)|JavaScript", re.IGNORECASE)
_PAYWALL = re.compile(
    r"続きを読むには|有料会員|会員限定|購読者限定|この記事は.*会員|subscribe to (?:continue|read)|"
    r"subscribers? only|to continue reading|already a subscriber|become a member to read|"
    r"abonnieren sie|réservé aux abonnés",
    re.IGNORECASE,
)
_BLOCK_KINDS = {
    Role.PARAGRAPH: BlockKind.PARAGRAPH,
    Role.SUBHEADING: BlockKind.HEADING,
    Role.LIST_ITEM: BlockKind.LIST_ITEM,
}


def extract_text(text: str, *, url: str | None, options: ExtractOptions) -> Result:
    """Read a dump line by line, find its article and return it, or say why there is none."""
    warnings: list[str] = []
    if len(text) > options.max_parse_bytes:
        text = text[: options.max_parse_bytes]
        warnings.append(f"dump cut to its first {options.max_parse_bytes} characters")
    if not text or text.isspace():  # (``not text.strip()`` without copying the text)
        return Rejection(RejectReason.EMPTY, "the dump holds no text", url)
    if _junk(text):
        return Rejection(
            RejectReason.BINARY, "the dump is mostly control characters or undecodable bytes", url
        )
    lines = split_lines(text)
    if len(lines) > MAX_LINES:
        lines = Lines(lines.texts[:MAX_LINES], lines.gaps[:MAX_LINES])
        warnings.append(f"only the first {MAX_LINES} lines were read")
    if max(map(len, lines.texts), default=0) >= MAX_LINE_CHARS:
        warnings.append(f"lines longer than {MAX_LINE_CHARS} characters were cut")
    layout = analyse(lines, url)
    if not layout.body:
        return _no_body(text, layout, url)
    return _article(layout, url, warnings, options)


def _junk(text: str) -> bool:
    sample = text[:8192]
    data = sample.encode("utf-8", "surrogatepass")
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES)) + sample.count("\ufffd")
    return controls > max(16, len(sample) // 10)


def _no_body(text: str, layout: Layout, url: str | None) -> Rejection:
    title = _text_at(layout, layout.headline)
    if len(text) < 4000 and _SCRIPT_NOTICE.search(text):
        return Rejection(RejectReason.NO_CONTENT, "the dump is a script or browser notice", url, title)
    if _PAYWALL.search(text[:20000]):
        return Rejection(
            RejectReason.LOGIN_WALL, "a subscription or login prompt instead of text", url, title
        )
    if len(layout.lines) >= 20:
        return Rejection(RejectReason.LISTING, "short lines and links only, no running text", url, title)
    return Rejection(RejectReason.NO_CONTENT, "no running text in the dump", url, title)


def _article(layout: Layout, url: str | None, warnings: list[str], options: ExtractOptions) -> Result:
    lines = layout.lines
    blocks = tuple(
        _block(layout.roles[index], lines.texts[index], lines.plains[index]) for index in layout.body
    )
    body_chars = sum(len(block.text) for block in blocks)
    title = _text_at(layout, layout.headline)
    if body_chars < options.min_article_chars and title is None and layout.published is None:
        return Rejection(RejectReason.NO_CONTENT, f"only {body_chars} characters of running text", url)
    subtitle, kicker = _text_at(layout, layout.subtitle), _text_at(layout, layout.kicker)
    authors = tuple(dict.fromkeys(layout.authors))
    visible = (
        ("title", title), ("subtitle", subtitle), ("kicker", kicker), ("published", layout.published),
        ("modified", layout.modified), ("authors", authors), ("agency", layout.agency),
        ("rights_holder", layout.rights_holder), ("copyright", layout.copyright),
    )  # fmt: skip
    provenance = {name: Source.VISIBLE_TEXT for name, value in visible if value}
    if layout.language:
        provenance["language"] = Source.DETECTED
    return Article(
        blocks=blocks,
        title=title,
        subtitle=subtitle,
        kicker=kicker,
        published=layout.published,
        modified=layout.modified,
        authors=authors,
        agency=layout.agency,
        rights_holder=layout.rights_holder,
        copyright=layout.copyright,
        language=layout.language,
        url=url,
        images=tuple(Image(None, p.alt, p.caption, p.credit) for p in layout.pictures),
        paywalled=_paywalled(layout),
        confidence=_confidence(layout, body_chars),
        warnings=tuple(warnings),
        input_kind="text",
        provenance=provenance,
    )


def _block(role: Role, text: str, plain: str) -> Block:
    kind = _BLOCK_KINDS[role]
    if kind is BlockKind.LIST_ITEM:
        return Block(kind, plain, 1)
    return Block(kind, text, 2 if kind is BlockKind.HEADING else 0)


def _text_at(layout: Layout, index: int | None) -> str | None:
    return layout.lines.plains[index] if index is not None else None


def _paywalled(layout: Layout) -> bool:
    end = layout.body[-1]
    tail = "\n".join(layout.lines.plains[end + 1 : end + 6])
    return _PAYWALL.search(tail) is not None


def _confidence(layout: Layout, body_chars: int) -> float:
    score = min(1.0, body_chars / 1500) * 0.6
    score += 0.2 if layout.headline is not None else 0.0
    score += 0.1 if layout.published is not None else 0.0
    score += 0.1 if len(layout.body) >= 3 else 0.0
    return round(score, 3)


__all__ = ["extract_text"]
