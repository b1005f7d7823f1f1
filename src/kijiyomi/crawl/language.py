"""The language filter: py3langid, whose model ships inside its wheel (nothing is downloaded).

Two checks. Before extraction a cheap one drops pages clearly in another language: the language
Common Crawl identified for a WET record; for HTML, whether the page holds any character of the
script the wanted languages need (kana for Japanese, hangul for Korean...), which costs a regex
scan instead of an extraction, or else py3langid on the page's visible text. After extraction
py3langid on the article text decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kijiyomi.decode import decode

_TAGS = re.compile(
    r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL
)
_ENTITY = re.compile(r"&[#a-zA-Z0-9]+;")
_SPACE = re.compile(r"\s+")
_SAMPLE_CHARS = 3000
_MIN_PRECHECK_CHARS = 200
_MIN_CONFIDENCE = 0.9

# ISO 639-3 codes (Common Crawl's WARC-Identified-Content-Language) of common ISO 639-1 codes.
ISO639_3 = {
    "ja": "jpn", "en": "eng", "zh": "zho", "ko": "kor", "de": "deu", "fr": "fra", "es": "spa",
    "it": "ita", "pt": "por", "ru": "rus", "nl": "nld", "pl": "pol", "tr": "tur", "ar": "ara",
    "vi": "vie", "th": "tha", "id": "ind", "sv": "swe", "cs": "ces", "uk": "ukr",
}  # fmt: skip


# Characters without which a page cannot be in the language (Japanese text always has kana):
# code point ranges, and a (slightly wider) pattern over their UTF-8 bytes that scans raw pages
# without decoding them.
_SCRIPTS: dict[str, tuple[tuple[tuple[int, int], ...], bytes]] = {
    "ja": (((0x3041, 0x30FF),), rb"\xe3[\x81-\x83]"),
    "ko": (((0xAC00, 0xD7A3), (0x1100, 0x11FF)), rb"[\xea-\xed][\x80-\xbf]|\xe1[\x84-\x87]"),
    "zh": (((0x4E00, 0x9FFF),), rb"[\xe4-\xe9][\x80-\xbf]"),
    "th": (((0x0E00, 0x0E7F),), rb"\xe0[\xb8\xb9]"),
    "ru": (((0x0400, 0x04FF),), rb"[\xd0-\xd3][\x80-\xbf]"),
    "uk": (((0x0400, 0x04FF),), rb"[\xd0-\xd3][\x80-\xbf]"),
    "bg": (((0x0400, 0x04FF),), rb"[\xd0-\xd3][\x80-\xbf]"),
    "ar": (((0x0600, 0x06FF),), rb"[\xd8-\xdb][\x80-\xbf]"),
    "fa": (((0x0600, 0x06FF),), rb"[\xd8-\xdb][\x80-\xbf]"),
    "el": (((0x0370, 0x03FF),), rb"[\xcd-\xcf][\x80-\xbf]"),
    "he": (((0x0590, 0x05FF),), rb"[\xd6\xd7][\x80-\xbf]"),
    "hi": (((0x0900, 0x097F),), rb"\xe0[\xa4\xa5]"),
}
_NUMERIC_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));")
_PRECHECK_BYTES = 200_000


@dataclass(frozen=True, slots=True)
class _Script:
    ranges: tuple[tuple[int, int], ...]
    utf8: re.Pattern[bytes]
    text: re.Pattern[str]

    def in_bytes(self, head: bytes, http_charset: str | None) -> bool:
        if _is_utf8(head):
            found = self.utf8.search(head) is not None
        else:
            found = self.text.search(decode(head, http_charset=http_charset).text) is not None
        return found or (
            b"&#" in head and any(self._wanted_ref(match) for match in _NUMERIC_REF.finditer(head))
        )

    def _wanted_ref(self, match: re.Match[bytes]) -> bool:
        hexa, decimal = match.groups()
        code = int(hexa, 16) if hexa else int(decimal)
        return any(lo <= code <= hi for lo, hi in self.ranges)


@lru_cache(maxsize=16)
def _script(wanted: tuple[str, ...]) -> _Script | None:
    """The scripts of the wanted languages; None if one of them has no script of its own."""
    if not wanted or not all(code in _SCRIPTS for code in wanted):
        return None
    ranges = tuple(sorted({r for code in wanted for r in _SCRIPTS[code][0]}))
    utf8 = re.compile(b"|".join(sorted({_SCRIPTS[code][1] for code in wanted})))
    text = re.compile("[" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in ranges) + "]")
    return _Script(ranges, utf8, text)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(data) - 3 and error.reason == "unexpected end of data"
    return True


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str, float]:
    """The language of ``text`` (ISO 639-1) and the identifier's probability."""
    lang, probability = _identifier().classify(text[:_SAMPLE_CHARS])
    return str(lang), float(probability)


def header_verdict(languages: tuple[str, ...], wanted: tuple[str, ...]) -> bool | None:
    """What the WET language header says: True (keep), False (drop) or None (no opinion)."""
    if not languages:
        return None
    codes = {ISO639_3.get(code, code) for code in wanted}
    if not codes <= set(ISO639_3.values()) | set(wanted):
        return None
    return any(code in codes for code in languages)


def html_precheck(payload: bytes, http_charset: str | None, wanted: tuple[str, ...]) -> str | None:
    """Why the page clearly is not in a wanted language, or None when it may be."""
    head = payload[:_PRECHECK_BYTES]
    script = _script(wanted)
    if script is not None:
        return (
            None if script.in_bytes(head, http_charset) else f"no character of the {'/'.join(wanted)} script"
        )
    html = decode(head, http_charset=http_charset).text
    sample = _SPACE.sub(" ", _ENTITY.sub(" ", _TAGS.sub(" ", html[:100_000]))).strip()
    if len(sample) < _MIN_PRECHECK_CHARS:
        return None
    lang, probability = identify(sample)
    if lang not in wanted and probability >= _MIN_CONFIDENCE:
        return f"identified as {lang}"
    return None
