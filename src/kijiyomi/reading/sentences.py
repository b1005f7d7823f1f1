"""Sentence splitting that respects 「」『』（）() nesting.

A sentence ends after 。！？!? at bracket depth 0, and always at a line break: a bracket left open
at the end of a paragraph is dropped rather than swallowing the rest of the article. A run longer
than ``MAX_SENTENCE_CHARS`` (a table or a list flattened into one line, text without full stops)
is cut into pieces of at most that length, at a comma or space where one is near the limit, so
that the clause and event readers, whose work grows with a sentence's length, stay bounded.
"""

from __future__ import annotations

from kijiyomi.reading.model import Span

_OPEN = {"「": "」", "『": "』", "（": "）", "(": ")", "【": "】", "〈": "〉", "《": "》", "［": "］"}
_CLOSE = {close: open_ for open_, close in _OPEN.items()}
_ENDERS = frozenset("。！？!?")
_TRAILERS = frozenset("」』）)】〉》］")
_BREAKS = "、，, \u3000"  # where an over-long run may be cut
MAX_SENTENCE_CHARS = 400  # news sentences stay under ~150 characters


def split_sentences(text: str) -> list[Span]:
    """Sentences of ``text`` with offsets, whitespace-trimmed, empty ones dropped."""
    spans: list[Span] = []
    stack: list[str] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if char == "\n":
            _emit(text, start, i, spans)
            stack.clear()
            start = i + 1
        elif char in _OPEN:
            stack.append(_OPEN[char])
        elif char in _CLOSE:
            if stack and stack[-1] == char:
                stack.pop()
            elif char in stack:  # an inner bracket was never closed: unwind to the match
                while stack and stack.pop() != char:
                    pass
        elif char in _ENDERS and not stack:
            end = i + 1
            while end < n and (text[end] in _ENDERS or (text[end] in _TRAILERS and not stack)):
                end += 1
            _emit(text, start, end, spans)
            start = end
            i = end
            continue
        i += 1
    _emit(text, start, n, spans)
    return spans


def paragraph_index(text: str, spans: list[Span]) -> list[int]:
    """For each sentence, the number of the paragraph (blank-line separated block) holding it."""
    result: list[int] = []
    paragraph = 0
    position = 0
    for span in spans:
        paragraph += text.count("\n\n", position, span.start)
        position = span.start
        result.append(paragraph)
    return result


def _emit(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = _cut(text, start, start + MAX_SENTENCE_CHARS)
        _emit(text, start, cut, spans)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append(Span(start, end, text[start:end]))


def _cut(text: str, start: int, limit: int) -> int:
    """Where a run from ``start`` is cut before ``limit``: after the last comma or space in its
    second half, else at ``limit``."""
    half = start + MAX_SENTENCE_CHARS // 2
    best = max(text.rfind(mark, half, limit) for mark in _BREAKS)
    return best + 1 if best >= half else limit
