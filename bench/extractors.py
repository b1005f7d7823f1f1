"""Adapters: every extractor behind one signature ``(html_bytes, url) -> Output``.

``Output`` is ``(text, title, date)`` plus an optional note (kijiyomi's rejection reason). Libraries
are imported lazily, so the harness runs with only the ones installed. Each adapter gives the
library bytes where it accepts bytes and otherwise decodes them as the library itself would.
``run_guarded`` turns an exception or a timeout into an empty output that is counted.
"""

from __future__ import annotations

import codecs
import importlib.metadata
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, NamedTuple

from kijiyomi.timelimit import time_limit

_PLACEHOLDER_URL = "http://example.invalid/article"


class Output(NamedTuple):
    """What one extractor gave for one page."""

    text: str
    title: str | None
    date: str | None
    note: str | None = None  # e.g. ``rejected:listing`` for a kijiyomi Rejection


Adapter = Callable[[bytes, str | None], Output]


@dataclass(frozen=True, slots=True)
class Extractor:
    """A named extractor: how to build its adapter and which distribution gives its version."""

    name: str
    distribution: str
    build: Callable[[], Adapter]
    cacheable: bool = True  # kijiyomi is never cached: it changes under the harness
    description: str = ""
    revision: int = 1  # bump when the adapter's output changes: it invalidates the cached outputs

    def version(self) -> str:
        try:
            return importlib.metadata.version(self.distribution)
        except importlib.metadata.PackageNotFoundError:
            return "not-installed"

    def available(self) -> bool:
        return self.version() != "not-installed"


def _iso(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


# --- decoding for the libraries that want str ------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes) -> str:
    """Bytes to text: BOM, then the ``<meta>`` charset, then UTF-8, then charset detection."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    declared = _META_CHARSET.search(data[:8192])
    if declared:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            name = None
        if name and name not in ("utf-16-le", "utf-16-be", "utf-16"):
            if name in ("gb2312", "gbk"):
                name = "gb18030"  # the superset that real "gb2312" pages need
            return data.decode(name, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else data.decode("utf-8", errors="replace")


# --- adapters --------------------------------------------------------------------------


def _build_kijiyomi() -> Adapter:
    """kijiyomi's main content of every page, like the anchors give (``reject_non_articles=False``).

    A page that kijiyomi would reject by default (a listing, a login wall) still yields its main
    content here; the note records the rejection its default mode would have returned.
    """
    import kijiyomi

    options = kijiyomi.ExtractOptions(reject_non_articles=False)

    def run(html: bytes, url: str | None) -> Output:
        result = kijiyomi.extract(html, url=url, options=options)
        if not result.ok:
            return Output("", result.title, None, f"rejected:{result.reason.value}")
        verdict = next((w for w in result.warnings if w.startswith("not an article")), None)
        note = "default: " + verdict.split("(", 1)[1].split(":", 1)[0] if verdict else None
        return Output(result.text, result.title, _iso(result.published), note)

    return run


def build_kijiyomi_text() -> Adapter:
    """kijiyomi on plain-text dumps (``kind="text"``); the adapter gets the dump's bytes."""
    import kijiyomi

    def run(dump: bytes, url: str | None) -> Output:
        result = kijiyomi.extract(dump.decode("utf-8", errors="replace"), url=url, kind="text")
        if not result.ok:
            return Output("", result.title, None, f"rejected:{result.reason.value}")
        return Output(result.text, result.title, _iso(result.published))

    return run


def build_whole_dump() -> Adapter:
    """The baseline for dumps: the whole dump taken as the article."""

    def run(dump: bytes, url: str | None) -> Output:
        return Output(dump.decode("utf-8", errors="replace"), None, None)

    return run


def _build_trafilatura() -> Adapter:
    from trafilatura import bare_extraction
    from trafilatura.metadata import extract_metadata
    from trafilatura.utils import load_html, normalize_unicode

    def run(html: bytes, url: str | None) -> Output:
        # One call gives body and metadata from one parse, as a user who wants both would do.
        # The text equals ``extract(html, url=url)`` (body, then comments, as extract's txt).
        document = bare_extraction(html, url=url, with_metadata=True)
        if document is None:  # no body: trafilatura still has metadata to offer on request
            tree = load_html(html)
            meta = extract_metadata(tree, default_url=url) if tree is not None else None
            return Output("", getattr(meta, "title", None), _iso(getattr(meta, "date", None)))
        text = normalize_unicode(
            "\n".join(part for part in (document.text, document.comments) if part).strip()
        )
        return Output(text, document.title, _iso(document.date))

    return run


def _build_trafilatura_text() -> Adapter:
    from trafilatura import extract

    def run(html: bytes, url: str | None) -> Output:
        return Output(extract(html, url=url) or "", None, None)  # body text only, no metadata

    return run


def _build_readability() -> Adapter:
    from inscriptis import get_text
    from readability import Document

    def run(html: bytes, url: str | None) -> Output:
        document = Document(html, url=url)
        summary = document.summary(html_partial=True)
        return Output(get_text(summary).strip(), document.short_title() or None, None)

    return run


def _build_newspaper4k() -> Adapter:
    from newspaper import Article, Config
    from newspaper.utils import get_available_languages

    config = Config()
    config.fetch_images = False  # never touch the network
    config.memoize_articles = False

    languages = set(get_available_languages())
    _warm_up_segmenters()

    def run(html: bytes, url: str | None) -> Output:
        # newspaper4k reads the declared language itself; for undeclared CJK/Thai pages it is given
        # the language of the script, as it would otherwise count English stopwords.
        lang = page_language(html)
        extra = {"language": lang} if lang in languages else {}
        article = Article(url or _PLACEHOLDER_URL, config=config, **extra)
        article.download(input_html=decode_html(html))
        article.parse()
        return Output(article.text or "", article.title or None, _iso(article.publish_date))

    return run


def _build_resiliparse() -> Adapter:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import detect_encoding
    from resiliparse.parse.html import HTMLTree

    def run(html: bytes, url: str | None) -> Output:
        tree = HTMLTree.parse_from_bytes(html, detect_encoding(html) or "utf-8")
        text = extract_plain_text(tree, main_content=True)
        return Output(text or "", tree.title or None, None)

    return run


_HTML_LANG = re.compile(
    rb"""<html[^>]*?\slang\s*=\s*["']?([a-zA-Z]{2,3})|"""
    rb"""<meta[^>]+(?:http-equiv=["']?content-language["']?[^>]+content|property=["']og:locale["'][^>]+content)"""
    rb"""\s*=\s*["']?([a-zA-Z]{2,3})""",
    re.IGNORECASE,
)
#: ISO 639-1 code -> jusText stoplist name, for the languages of the datasets and a few more.
_JUSTEXT_STOPLISTS = {
    "ar": "Arabic", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fr": "French", "he": "Hebrew",
    "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "is": "Icelandic",
    "it": "Italian", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "nb": "Norwegian_Bokmal",
    "nl": "Dutch", "nn": "Norwegian_Nynorsk", "no": "Norwegian_Bokmal", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian",
    "sr": "Serbian", "sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian", "vi": "Vietnamese",
}  # fmt: skip
#: Languages without word spaces: stopword density is meaningless there.
_UNSPACED = frozenset({"ja", "zh", "th", "lo", "km", "my"})


_KANA = re.compile("[\u3040-\u30ff]")
_HANGUL = re.compile("[\uac00-\ud7af]")
_HAN = re.compile("[\u4e00-\u9fff]")
_THAI = re.compile("[\u0e00-\u0e7f]")


def page_language(html: bytes) -> str | None:
    """The language the page declares (``<html lang>``, Content-Language, ``og:locale``), else a guess
    from its script for Japanese, Korean, Chinese and Thai (the languages that need special tools)."""
    found = _HTML_LANG.search(html[:20000])
    if found:
        return (found.group(1) or found.group(2)).decode("ascii").lower()
    sample = decode_html(html[:65536])
    if len(_KANA.findall(sample)) >= 20:
        return "ja"
    if len(_HANGUL.findall(sample)) >= 50:
        return "ko"
    if len(_HAN.findall(sample)) >= 50:
        return "zh"
    if len(_THAI.findall(sample)) >= 50:
        return "th"
    return None


def _build_justext() -> Adapter:
    import justext

    @cache
    def union() -> frozenset[str]:
        return frozenset().union(*(justext.get_stoplist(name) for name in justext.get_stoplists()))

    def run(html: bytes, url: str | None) -> Output:
        lang = page_language(html)
        options: dict[str, Any] = {}
        if lang in _JUSTEXT_STOPLISTS:
            stoplist = justext.get_stoplist(_JUSTEXT_STOPLISTS[lang])
        elif lang in _UNSPACED:
            # No stoplist can work without word spaces: classify on length and link density only.
            stoplist, options = frozenset(), {"stopwords_low": 0.0, "stopwords_high": 0.0}
        else:
            stoplist = union()  # unknown language: every stoplist jusText ships
        paragraphs = justext.justext(html, stoplist, **options)
        text = "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)
        return Output(text, None, None)

    return run


def _warm_up_segmenters() -> None:
    """Load jieba's dictionary now (seconds), so that setup is not timed as a page's extraction."""
    try:
        import jieba
    except ImportError:
        return
    jieba.setLogLevel(60)
    jieba.initialize()


def _build_goose3() -> Adapter:
    from goose3 import Goose
    from goose3.text import StopWordsArabic, StopWordsChinese, StopWordsJapanese, StopWordsKorean

    # goose3 segments these languages only when told to (its default counts English stopwords).
    special = {"ar": StopWordsArabic, "ja": StopWordsJapanese, "ko": StopWordsKorean, "zh": StopWordsChinese}

    _warm_up_segmenters()

    @cache
    def goose_for(lang: str | None) -> Goose:
        config: dict[str, Any] = {"enable_image_fetching": False, "http_timeout": 1}
        if lang in special:
            config.update(stopwords_class=special[lang], target_language=lang)
        return Goose(config)

    def run(html: bytes, url: str | None) -> Output:
        lang = page_language(html)
        article = goose_for(lang if lang in special else None).extract(url=url, raw_html=decode_html(html))
        return Output(article.cleaned_text or "", article.title or None, _iso(article.publish_date))

    return run


def _build_inscriptis() -> Adapter:
    from inscriptis import get_text

    def run(html: bytes, url: str | None) -> Output:
        return Output(get_text(decode_html(html)), None, None)

    return run


EXTRACTORS: dict[str, Extractor] = {
    e.name: e
    for e in (
        Extractor("kijiyomi", "kijiyomi", _build_kijiyomi, cacheable=False, description="this project"),
        Extractor(
            "trafilatura",
            "trafilatura",
            _build_trafilatura,
            description="bare_extraction(with_metadata=True)",
        ),
        Extractor(
            "trafilatura-text",
            "trafilatura",
            _build_trafilatura_text,
            description="extract(): body text only (speed reference; not a default anchor)",
        ),
        Extractor(
            "readability", "readability-lxml", _build_readability, description="summary() as text", revision=2
        ),
        Extractor(
            "newspaper4k", "newspaper4k", _build_newspaper4k, description="language from the page", revision=2
        ),
        Extractor("resiliparse", "resiliparse", _build_resiliparse, description="main_content=True"),
        Extractor(
            "justext", "justext", _build_justext, description="stoplist from the page's language", revision=2
        ),
        Extractor(
            "goose3",
            "goose3",
            _build_goose3,
            description="stopwords class from the page's language",
            revision=2,
        ),
        Extractor("inscriptis", "inscriptis", _build_inscriptis, description="whole page as text"),
    )
}
# trafilatura-text gives the same body as trafilatura: it is run on request, for speed only
ANCHORS = [name for name in EXTRACTORS if name not in ("kijiyomi", "trafilatura-text")]


# --- guarded calls ---------------------------------------------------------------------


class PageTimeout(BaseException):
    """The per-page time limit fired (a BaseException, so libraries' ``except Exception`` let it pass)."""


@dataclass(frozen=True, slots=True)
class Call:
    """One guarded extraction: the output (empty on failure) and what it cost."""

    output: Output
    cpu_s: float
    wall_s: float
    error: str | None = None  # "timeout" or "ExceptionType: message"


EMPTY = Output("", None, None)


def run_guarded(adapter: Adapter, html: bytes, url: str | None, timeout_s: float = 30.0) -> Call:
    """Call ``adapter``, timing only the call; an exception or timeout yields an empty output."""
    error = None
    cpu0, wall0 = time.process_time(), time.perf_counter()
    try:
        with time_limit(timeout_s, PageTimeout):
            output = adapter(html, url)
    except PageTimeout:
        output, error = EMPTY, "timeout"
    except Exception as exc:
        output, error = EMPTY, f"{type(exc).__name__}: {str(exc)[:200]}"
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    if error is None and not isinstance(output, Output):
        output, error = EMPTY, f"BadOutput: adapter returned {type(output).__name__}"
    return Call(output, cpu, wall, error)
