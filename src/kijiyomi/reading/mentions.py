"""Raw entity mentions: the ``RawMention`` record, character classes and overlap selection
(longest span first, then label priority PERSON > ORG > GROUP > GPE > LOC)."""

from __future__ import annotations

from dataclasses import dataclass, replace

_PRIORITY = {"PERSON": 0, "ORG": 1, "GROUP": 2, "GPE": 3, "LOC": 4}


@dataclass(frozen=True, slots=True)
class RawMention:
    """A candidate mention before coreference."""

    start: int
    end: int
    text: str
    label: str
    name: str  # canonical name (for anaphors: the anaphor word)
    country: str | None = None
    role: str | None = None
    kind: str = "name"  # name, anaphor (同氏, bare title), group (両首脳)
    quoted: bool = False  # a bare title inside 「」 (set for anaphors only)
    lexical: bool = False  # came from the lexicon (canonical name is authoritative)
    company: bool = False


def is_kanji(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char in "々〆ヶ"


def is_katakana(char: str) -> bool:
    return "\u30a1" <= char <= "\u30ff" or char in "=＝"


_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}  # Ａ -> A, ０ -> 0


def half_width(text: str) -> str:
    """``text`` with full-width ASCII letters, digits and signs as plain ASCII (ＷＦＰ -> WFP)."""
    return text.translate(_HALF_WIDTH)


def _katakana_name_start(text: str, end: int) -> int:
    start = end
    while start > 0 and is_katakana(text[start - 1]):
        start -= 1
    while start < end and text[start] in "・ー=＝":
        start += 1
    return start


def select(candidates: list[RawMention]) -> list[RawMention]:
    """Non-overlapping mentions: longest first, then by label priority, then leftmost."""
    ranked = sorted(
        candidates, key=lambda m: (-(m.end - m.start), _PRIORITY.get(m.label, 9), m.kind != "name", m.start)
    )
    taken: list[RawMention] = []
    occupied: set[int] = set()
    for mention in ranked:
        span = range(mention.start, mention.end)
        if any(position in occupied for position in span):
            continue
        taken.append(mention)
        occupied.update(span)
    taken.sort(key=lambda m: m.start)
    return taken


def with_name(mention: RawMention, name: str) -> RawMention:
    return replace(mention, name=name)
