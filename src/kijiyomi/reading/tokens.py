"""SudachiPy adapter: one tokenizer per process, created on first use, never fed over its limit.

Sudachi refuses inputs over 49,149 bytes; ``tokenize`` cuts longer inputs at sentence ends,
line breaks or, failing those, plain character boundaries, so any text gets tokens.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from kijiyomi.errors import DependencyError

SUDACHI_MAX_BYTES = 49_149
CHUNK_BYTES = 16_000  # well under the limit: UTF-8 Japanese is 3 bytes a character

_lock = threading.Lock()
_state: dict[str, Any] = {}  # "tokenizer" and "mode", set once on first use


@dataclass(frozen=True, slots=True)
class Token:
    """One morpheme with offsets into the tokenized text."""

    surface: str
    start: int
    end: int
    pos: tuple[str, ...]  # Sudachi part of speech, first four levels
    normalized: str
    lemma: str  # dictionary form
    oov: bool = False  # not in Sudachi's dictionary (an unknown name: ソルテック, チャンタブリ)

    @property
    def is_proper(self) -> bool:
        return self.pos[1] == "固有名詞"

    @property
    def is_person_name(self) -> bool:
        return self.pos[1] == "固有名詞" and self.pos[2] == "人名"

    @property
    def is_place_name(self) -> bool:
        return self.pos[1] == "固有名詞" and self.pos[2] == "地名"


def _load() -> tuple[Any, Any]:
    if "tokenizer" not in _state:
        with _lock:
            if "tokenizer" not in _state:
                try:
                    from sudachipy import Dictionary, SplitMode  # type: ignore[import-untyped]
                except ImportError as error:  # pragma: no cover - depends on the environment
                    raise DependencyError("sudachipy", "ja") from error
                try:
                    dictionary = Dictionary(dict="core")
                except Exception as error:  # pragma: no cover - depends on the environment
                    raise DependencyError("sudachidict-core", "ja") from error
                _state["mode"] = SplitMode.C
                _state["tokenizer"] = dictionary.tokenizer(mode=SplitMode.C)
    return _state["tokenizer"], _state["mode"]


def chunks(text: str, max_bytes: int = CHUNK_BYTES) -> list[tuple[int, str]]:
    """``(offset, piece)`` pieces of ``text``, each under ``max_bytes`` in UTF-8."""
    if len(text.encode("utf-8")) <= max_bytes:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    budget_chars = max_bytes // 4  # any character is at most 4 bytes in UTF-8
    while start < len(text):
        end = min(len(text), start + budget_chars)
        if end < len(text):
            window = text[start:end]
            cut = max(window.rfind(mark) for mark in ("。", "\n", "！", "？", "、", " "))
            if cut > budget_chars // 4:
                end = start + cut + 1
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def tokenize(text: str) -> list[Token]:
    """Sudachi tokens (split mode C) of ``text`` with offsets into it."""
    tokenizer, mode = _load()
    tokens: list[Token] = []
    for offset, piece in chunks(text):
        with _lock:  # Sudachi's tokenizer object is not safe to share between threads
            morphemes = tokenizer.tokenize(piece, mode)
            for morpheme in morphemes:
                token = Token(
                    morpheme.surface(),
                    offset + morpheme.begin(),
                    offset + morpheme.end(),
                    tuple(morpheme.part_of_speech()[:4]),
                    morpheme.normalized_form(),
                    morpheme.dictionary_form(),
                    morpheme.is_oov(),
                )
                tokens.extend(_split_brackets(token) if _BRACKET_RE.search(token.surface) else (token,))
    return tokens


_BRACKET_RE = re.compile(r"[（）()]")
_PUNCT_POS = ("補助記号", "括弧開", "*", "*")


def _split_brackets(token: Token) -> list[Token]:
    """A noun Sudachi read with a bracketed alias glued on (委員会（パネル）) as its parts."""
    if len(token.surface) == 1:
        return [token]
    parts: list[Token] = []
    for match in re.finditer(r"[（）()]|[^（）()]+", token.surface):
        piece, start = match.group(0), token.start + match.start()
        pos = _PUNCT_POS if _BRACKET_RE.fullmatch(piece) else token.pos
        parts.append(Token(piece, start, start + len(piece), pos, piece, piece, token.oov))
    return parts
