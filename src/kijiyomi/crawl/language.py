"""The language filter: py3langid, whose model ships inside its wheel (nothing is downloaded).

Two checks: a cheap one before extraction (the language Common Crawl identified for a WET record,
or the visible text of the first part of an HTML page) drops pages clearly in another language;
the article text decides after extraction.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

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


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

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


def html_precheck(html: str, wanted: tuple[str, ...]) -> str | None:
    """The language of the page if its visible text clearly is not a wanted one, else None."""
    sample = _SPACE.sub(" ", _ENTITY.sub(" ", _TAGS.sub(" ", html[:200_000]))).strip()
    if len(sample) < _MIN_PRECHECK_CHARS:
        return None
    lang, probability = identify(sample)
    if lang not in wanted and probability >= _MIN_CONFIDENCE:
        return lang
    return None
