"""Article and Rejection to output formats: JSON, Markdown, plain text. The only place formats exist."""

from __future__ import annotations

from typing import Literal

from kijiyomi.types import Article, BlockKind, Rejection, Result

Format = Literal["json", "jsonl", "md", "txt"]


def render(result: Result, fmt: Format) -> str:
    if fmt == "json":
        return result.to_json(indent=2)
    if fmt == "jsonl":
        return result.to_json()
    if isinstance(result, Rejection):
        return f"[rejected: {result.reason.value}] {result.detail}"
    return to_markdown(result) if fmt == "md" else to_text(result)


def to_text(article: Article) -> str:
    head = [article.title] if article.title else []
    return "\n\n".join([*head, article.text]).strip() + "\n"


def to_markdown(article: Article) -> str:
    lines: list[str] = []
    if article.kicker:
        lines.append(f"*{article.kicker}*\n")
    if article.title:
        lines.append(f"# {article.title}\n")
    meta = [
        value
        for value in (
            article.published.isoformat() if article.published else None,
            ", ".join(article.authors) if article.authors else None,
            article.agency,
            article.site_name,
        )
        if value
    ]
    if meta:
        lines.append(" · ".join(meta) + "\n")
    for block in article.blocks:
        if block.kind is BlockKind.HEADING:
            lines.append(f"{'#' * min(6, max(2, block.level))} {block.text}\n")
        elif block.kind is BlockKind.LIST_ITEM:
            lines.append(f"{'  ' * max(0, block.level - 1)}- {block.text}")
        elif block.kind is BlockKind.QUOTE:
            lines.append(f"> {block.text}\n")
        elif block.kind is BlockKind.CODE:
            lines.append(f"```\n{block.text}\n```\n")
        else:
            lines.append(f"{block.text}\n")
    for image in article.images:
        caption = " ".join(
            part for part in (image.caption, f"({image.credit})" if image.credit else None) if part
        )
        if image.src or caption:
            lines.append(f"![{image.alt or ''}]({image.src or ''}) {caption}".rstrip())
    if article.copyright:
        lines.append(f"\n{article.copyright}")
    return "\n".join(lines).strip() + "\n"
