"""A cheap language guess for article text (HTML and dumps): scripts for Japanese, Korean and
Chinese, stop words for the common Latin-script languages. Good enough to pick date conventions
and fill ``Article.language``."""

from __future__ import annotations

import re
from collections import Counter

_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[a-zà-ÿ']+")
_STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "that",
            "for",
            "with",
            "was",
            "on",
            "are",
            "as",
            "it",
            "by",
            "be",
            "this",
            "have",
            "from",
            "at",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "und",
            "das",
            "ist",
            "nicht",
            "ein",
            "eine",
            "mit",
            "sich",
            "den",
            "auf",
            "für",
            "von",
            "dem",
            "des",
            "im",
            "zu",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "des",
            "est",
            "une",
            "dans",
            "que",
            "pour",
            "qui",
            "pas",
            "sur",
            "du",
            "au",
            "avec",
            "il",
            "ce",
            "sont",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "que",
            "en",
            "una",
            "por",
            "con",
            "para",
            "del",
            "se",
            "es",
            "al",
            "lo",
            "como",
            "su",
            "más",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "la",
            "che",
            "di",
            "e",
            "per",
            "una",
            "sono",
            "con",
            "non",
            "del",
            "della",
            "gli",
            "nel",
            "alla",
            "più",
            "anche",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "e",
            "que",
            "de",
            "do",
            "da",
            "em",
            "um",
            "uma",
            "para",
            "com",
            "não",
            "no",
            "na",
            "dos",
            "das",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "is",
            "dat",
            "op",
            "te",
            "in",
            "voor",
            "niet",
            "met",
            "zijn",
            "er",
            "aan",
            "ook",
        ]
    ),
}
SAMPLE_CHARS = 20_000
LATIN_SAMPLE_CHARS = 6_000


def guess_language(text: str) -> str | None:
    """``ja``, ``ko``, ``zh``, ``en``, ``de``, ``fr``, ``es``, ``it``, ``pt``, ``nl`` or None."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.encode("utf-8")) - len(sample) < 30:  # (almost) no characters beyond ASCII
        return _latin(sample)
    kana = len(_KANA.findall(sample))
    if kana >= 10:
        return "ja"
    hangul = len(_HANGUL.findall(sample))
    if hangul >= 20:
        return "ko"
    if len(_HAN.findall(sample)) >= 30:
        return "zh"
    return _latin(sample)


def _latin(sample: str) -> str | None:
    hits = _stop_hits(_WORD.findall(sample[:LATIN_SAMPLE_CHARS].lower()))
    lang = max(hits, key=hits.__getitem__)
    return lang if hits[lang] >= 5 else None


def stop_word_share(text: str) -> float:
    """The share of the words of ``text`` that are stop words of the Latin-script language with the
    most of them; 0.0 without words."""
    words = _WORD.findall(text.lower())
    return max(_stop_hits(words).values()) / len(words) if words else 0.0


def _stop_hits(words: list[str]) -> dict[str, int]:
    """How many of ``words`` are stop words of each Latin-script language."""
    seen = Counter(words)
    return {lang: sum(seen[word] for word in stop) for lang, stop in _STOP_WORDS.items()}


__all__ = ["guess_language", "stop_word_share"]
