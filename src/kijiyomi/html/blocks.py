"""Kept segments to typed body blocks (paragraph, heading, list item, quote, table, code)."""

from __future__ import annotations

from kijiyomi.html.dom import HEADING_LEVEL, Walk
from kijiyomi.types import Block, BlockKind


def build_blocks(page: Walk, body: list[int]) -> list[Block]:
    """One block per kept segment, table cells of one row joined, duplicates from other branches dropped."""
    blocks: list[Block] = []
    seen: dict[str, int] = {}  # text -> parent element of its first occurrence
    row = -1
    for index in body:
        segment = page.segments[index]
        text = segment.text
        if segment.in_table and segment.tag in ("td", "th"):
            parent = page.elements[segment.owner].parent
            if parent == row and blocks and blocks[-1].kind is BlockKind.TABLE:
                blocks[-1] = Block(BlockKind.TABLE, f"{blocks[-1].text} | {text}")
                continue
            row = parent
        else:
            row = -1
        parent = page.elements[segment.owner].parent
        if len(text) > 20 and seen.setdefault(text, parent) != parent:
            continue  # the same text in another branch: a responsive duplicate, not a repeated paragraph
        tag = segment.tag
        if tag in HEADING_LEVEL:
            blocks.append(Block(BlockKind.HEADING, text, HEADING_LEVEL[tag]))
        elif segment.in_pre:
            blocks.append(Block(BlockKind.CODE, text))
        elif segment.in_quote:
            blocks.append(Block(BlockKind.QUOTE, text))
        elif tag == "li" or (segment.list_depth and tag in ("ul", "ol")):
            blocks.append(Block(BlockKind.LIST_ITEM, text, max(1, segment.list_depth)))
        elif segment.in_table and tag in ("td", "th"):
            blocks.append(Block(BlockKind.TABLE, text))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, text))
    return blocks
