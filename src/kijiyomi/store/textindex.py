"""Japanese-aware text indexing for the archive's full-text search.

SQLite's FTS5 never sees raw text: documents and queries are turned into space-separated tokens
here and FTS5 (``unicode61``, which then only splits on those spaces) indexes them. Two schemes:

``sudachi`` (when the ``ja`` extra is installed)
    SudachiPy words (split mode A, the shortest units). A term matches a document when the term's
    words occur consecutively among the document's words, so 京都 does not match 東京都 (東京 / 都).
``ngram`` (always available)
    CJK text as overlapping character bigrams plus the last character of each run, other scripts
    as words. A term matches when it occurs in the document as a substring (after NFKC and case
    folding, whitespace collapsed) without cutting a non-CJK word (``sanction`` does not match
    ``sanctions``). This is substring semantics: 京都 does match 東京都 here, because the text
    does contain those two characters; install the ``ja`` extra for word semantics.

In both schemes a query is whitespace-separated terms, all of which must match; "double quotes"
make one term of several words. ``matches`` is the reference definition that the tests compare
the FTS results against.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from kijiyomi.errors import KijiyomiError

Scheme = Literal["sudachi", "ngram"]

# FTS5 must split on nothing but our spaces: every character we keep is a token character for it.
FTS_TOKENIZE = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
MAX_QUERY_CHARS = 500
MAX_TERMS = 16
_SUDACHI_CHUNK = 4000  # characters per SudachiPy call (it refuses very long inputs)


class QueryError(KijiyomiError):
    """The search query cannot be understood (unbalanced quotes, nothing searchable, too long)."""


def normalize(text: str) -> str:
    """NFKC, case-folded, whitespace runs collapsed to one space: the form search compares."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _is_token_char(char: str) -> bool:
    cat = unicodedata.category(char)
    return cat[0] in "LNM" or cat == "Co"


def is_cjk(char: str) -> bool:
    """Han, kana and their marks: scripts written without spaces between words."""
    code = ord(char)
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana (incl. ー)
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3FFFF
        or 0x31F0 <= code <= 0x31FF
        or code in (0x3005, 0x3006, 0x3007, 0x303B)  # 々 〆 〇 〻
        or 0xFF66 <= code <= 0xFF9F
    )


def _runs(text: str) -> list[str]:
    """Maximal runs of token characters (letters, digits, marks, private use)."""
    runs: list[str] = []
    current: list[str] = []
    for char in text:
        if _is_token_char(char):
            current.append(char)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return runs


def _segments(run: str) -> list[tuple[bool, str]]:
    """Split a run into (is_cjk, text) pieces."""
    out: list[tuple[bool, str]] = []
    for char in run:
        flag = is_cjk(char)
        if out and out[-1][0] == flag:
            out[-1] = (flag, out[-1][1] + char)
        else:
            out.append((flag, char))
    return out


# ---------------------------------------------------------------- ngram scheme


def ngram_doc_tokens(norm: str) -> list[str]:
    """Index tokens of normalised text: words, CJK bigrams, and each CJK segment's last char."""
    tokens: list[str] = []
    for run in _runs(norm):
        for cjk, seg in _segments(run):
            if not cjk:
                tokens.append(seg)
                continue
            tokens.extend(seg[i : i + 2] for i in range(len(seg) - 1))
            tokens.append(seg[-1])
    return tokens


def _ngram_term_phrase(term: str) -> tuple[str, bool]:
    """An FTS5 phrase for one normalised term and whether FTS alone decides it exactly."""
    runs = _runs(term)
    if not runs:
        raise QueryError(f"nothing searchable in {term!r}")
    tokens: list[str] = []
    prefix = False
    pieces = [(cjk, seg) for run in runs for cjk, seg in _segments(run)]
    for index, (cjk, seg) in enumerate(pieces):
        last = index == len(pieces) - 1
        if not cjk:
            tokens.append(seg)
            continue
        tokens.extend(seg[i : i + 2] for i in range(len(seg) - 1))
        if not last or not _is_token_char(term[-1]):
            tokens.append(seg[-1])  # the term goes on after it, so the document's segment ends here
        elif len(seg) == 1:
            tokens.append(seg)
            prefix = True
    exact = len(pieces) == 1 and len(runs) == 1 and len(term) == len(runs[0])
    phrase = '"' + " ".join(tokens) + '"' + (" *" if prefix else "")
    return phrase, exact


def ngram_matches(term: str, text: str) -> bool:
    """Reference semantics of the ngram scheme; both arguments already ``normalize``d."""
    if not term:
        return False
    start = text.find(term)
    head_word = _is_token_char(term[0]) and not is_cjk(term[0])
    tail_word = _is_token_char(term[-1]) and not is_cjk(term[-1])
    while start >= 0:
        end = start + len(term)
        before_ok = not head_word or start == 0 or not _word_char(text[start - 1])
        after_ok = not tail_word or end == len(text) or not _word_char(text[end])
        if before_ok and after_ok:
            return True
        start = text.find(term, start + 1)
    return False


def _word_char(char: str) -> bool:
    return _is_token_char(char) and not is_cjk(char)


# ---------------------------------------------------------------- sudachi scheme


@lru_cache(maxsize=1)
def _sudachi() -> Callable[[str], list[str]]:
    """A word splitter; SudachiPy tokenizers cannot be shared, so each thread gets its own."""
    from sudachipy import Dictionary, SplitMode  # type: ignore[import-untyped]

    dictionary = Dictionary()
    local = threading.local()

    def tokenizer() -> Any:
        current = getattr(local, "tokenizer", None)
        if current is None:
            if hasattr(dictionary, "tokenizer"):
                current = dictionary.tokenizer(mode=SplitMode.A)
            else:  # SudachiPy < 0.7
                current = dictionary.create(SplitMode.A)
            local.tokenizer = current
        return current

    def split(text: str) -> list[str]:
        return [m.surface() for m in tokenizer().tokenize(text)]

    return split


def sudachi_available() -> bool:
    """Whether SudachiPy and a dictionary are installed (the ``ja`` extra)."""
    try:
        _sudachi()
    except Exception:  # ImportError, or a dictionary that cannot be loaded
        return False
    return True


def _chunks(text: str) -> Iterable[str]:
    """Pieces of at most _SUDACHI_CHUNK characters, cut after 。 or whitespace where possible."""
    while len(text) > _SUDACHI_CHUNK:
        window = text[:_SUDACHI_CHUNK]
        cut = max(window.rfind("。"), window.rfind(" "), window.rfind("\n"))
        cut = cut + 1 if cut > 0 else _SUDACHI_CHUNK
        yield text[:cut]
        text = text[cut:]
    if text:
        yield text


def sudachi_words(norm: str) -> list[str]:
    """Words of normalised text, each reduced to its token characters; empty ones dropped."""
    split = _sudachi()
    words: list[str] = []
    for chunk in _chunks(norm):
        for surface in split(chunk):
            kept = "".join(char for char in surface if _is_token_char(char))
            if kept:
                words.append(kept)
    return words


def sudachi_matches(term_words: Sequence[str], doc_words: Sequence[str]) -> bool:
    """Reference semantics of the sudachi scheme: the term's words occur consecutively."""
    size = len(term_words)
    if not size:
        return False
    first = term_words[0]
    return any(
        doc_words[i] == first and list(doc_words[i : i + size]) == list(term_words)
        for i in range(len(doc_words) - size + 1)
    )


# ---------------------------------------------------------------- queries


@dataclass(frozen=True, slots=True)
class Term:
    """One query term: its normalised text, FTS5 phrase and whether FTS decides it exactly."""

    text: str
    phrase: str
    exact: bool


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: terms that must all match."""

    terms: tuple[Term, ...]

    @property
    def fts(self) -> str:
        return " AND ".join(term.phrase for term in self.terms)

    @property
    def exact(self) -> bool:
        return all(term.exact for term in self.terms)


def check_text(what: str, value: str) -> None:
    """Raise QueryError when ``value`` holds lone surrogates: bytes that were not UTF-8 (a
    command-line argument Python could not decode), which SQLite and SudachiPy cannot take."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise QueryError(f"{what} is not valid UTF-8 text (undecodable byte at {error.start})") from None


def split_terms(query: str) -> list[str]:
    """Whitespace-separated terms; a double-quoted span is one term."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is longer than {MAX_QUERY_CHARS} characters")
    check_text("the query", query)
    if query.count('"') % 2:
        raise QueryError("unbalanced double quote in the query")
    terms: list[str] = []
    for index, part in enumerate(query.split('"')):
        if index % 2:
            if part.strip():
                terms.append(part.strip())
        else:
            terms.extend(part.split())
    if not terms:
        raise QueryError("the query is empty")
    if len(terms) > MAX_TERMS:
        raise QueryError(f"more than {MAX_TERMS} terms in the query")
    return terms


def parse_query(query: str, scheme: Scheme) -> Query:
    """Turn user input into FTS5 syntax that cannot inject operators (tokens are letters only)."""
    terms: list[Term] = []
    for raw in split_terms(query):
        norm = normalize(raw)
        if scheme == "sudachi":
            words = sudachi_words(norm)
            if not words:
                raise QueryError(f"nothing searchable in {raw!r}")
            terms.append(Term(norm, '"' + " ".join(words) + '"', True))
        else:
            phrase, exact = _ngram_term_phrase(norm)
            terms.append(Term(norm, phrase, exact))
    return Query(tuple(terms))


def index_text(text: str, scheme: Scheme) -> str:
    """What FTS5 indexes for ``text``: its tokens joined by spaces."""
    norm = normalize(text)
    tokens = sudachi_words(norm) if scheme == "sudachi" else ngram_doc_tokens(norm)
    return " ".join(tokens)


def matches(query: str, text: str, scheme: Scheme) -> bool:
    """The reference: does ``text`` satisfy every term of ``query`` (brute force, no index)?"""
    norm = normalize(text)
    if scheme == "sudachi":
        doc_words = sudachi_words(norm)
        return all(sudachi_matches(sudachi_words(normalize(t)), doc_words) for t in split_terms(query))
    return all(ngram_matches(normalize(t), norm) for t in split_terms(query))


# ---------------------------------------------------------------- highlighting


def _normalized_with_map(text: str) -> tuple[str, list[int]]:
    """Case-folded NFKC text and, for each of its characters, the index of its source char."""
    fast = unicodedata.normalize("NFKC", text).casefold()
    if len(fast) == len(text) and unicodedata.is_normalized("NFC", text):
        return fast, list(range(len(text)))  # one character for one (the usual case)
    out: list[str] = []
    origin: list[int] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and (unicodedata.category(text[j])[0] == "M" or text[j] in "\uff9e\uff9f"):
            j += 1
        piece = unicodedata.normalize("NFKC", text[i:j]).casefold()
        out.append(piece)
        origin.extend([i] * len(piece))
        i = j
    return "".join(out), origin


def find_spans(text: str, needles: Iterable[str]) -> list[tuple[int, int]]:
    """Where the (normalised) needles occur in ``text``, as merged (start, end) source offsets."""
    norm, origin = _normalized_with_map(text)
    spans: list[tuple[int, int]] = []
    for needle in (part for whole in needles for part in whole.split()):
        start = norm.find(needle)
        while start >= 0:
            end = start + len(needle)
            spans.append((origin[start], origin[end - 1] + 1))
            start = norm.find(needle, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(text: str, needles: Sequence[str], width: int = 80) -> list[tuple[str, bool]]:
    """A window of ``text`` around the first hit, as (piece, highlighted) pairs (one line)."""
    text = text.replace("\r", " ").replace("\n", " ")
    spans = find_spans(text, needles)
    if not spans:
        piece = text[:width] + ("…" if len(text) > width else "")
        return [(piece, False)]
    first = spans[0][0]
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    out: list[tuple[str, bool]] = []
    if start > 0:
        out.append(("…", False))
    pos = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        s, e = max(span_start, start), min(span_end, end)
        if s > pos:
            out.append((text[pos:s], False))
        out.append((text[s:e], True))
        pos = e
    if pos < end:
        out.append((text[pos:end], False))
    if end < len(text):
        out.append(("…", False))
    return out
