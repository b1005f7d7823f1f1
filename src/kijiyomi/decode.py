"""Bytes to text: pick the right charset for a page and decode it. Never raises.

Order of evidence: byte-order mark, then the charset the transport declared (HTTP header), then
the page's own declaration (``<meta charset>``, ``http-equiv``, ``<?xml encoding?>``), each checked
against the bytes; then strict UTF-8; then the Japanese legacy encodings (CP932, EUC-JP,
ISO-2022-JP) and other CJK ones scored by how few decoding errors and how much plausible text
they give; then charset-normalizer as the last resort (overruled by Windows-1252 for a page whose
sentences read as a Western European language, where its single-byte pick is a toss-up). A wrong
declaration loses to the bytes, and a few invalid bytes cost a few U+FFFD, never the whole page.
Text that was UTF-8-encoded twice ("weâ€™ve") is repaired when the page holds enough of it to be
sure (``repair_double_utf8``).
"""

from __future__ import annotations

import codecs
import functools
import re
from dataclasses import dataclass, field
from typing import Literal

from kijiyomi.language import stop_word_share

EncodingSource = Literal["bom", "http", "meta", "utf-8", "sniffed", "detector", "fallback"]

# WHATWG-style label mapping to the Python codec that decodes what browsers decode.
_ALIASES: dict[str, str] = {
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "cp932": "cp932",
    "ms932": "cp932",
    "csshiftjis": "cp932",
    "x-ms-cp932": "cp932",
    "euc-jp": "euc_jis_2004",
    "eucjp": "euc_jis_2004",
    "x-euc-jp": "euc_jis_2004",
    "euc_jp": "euc_jis_2004",
    "cseucpkdfmtjapanese": "euc_jis_2004",
    "iso-2022-jp": "iso2022_jp_ext",
    "csiso2022jp": "iso2022_jp_ext",
    "jis": "iso2022_jp_ext",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "windows-1252": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "euc-cn": "gb18030",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "windows-949": "cp949",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "utf-16": "utf-16",
    "unicode": "utf-16",
    "ucs-2": "utf-16",
}

# Text codecs of Python's that are no page encoding (they fail on every byte, or read escapes);
# the bytes-to-bytes ones (base64, rot13, zlib, ...) are refused by ``_is_text_encoding``.
_NOT_PAGE_CODECS = frozenset({"undefined", "unicode-escape", "raw-unicode-escape", "idna", "punycode"})

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([a-zA-Z0-9_:.+-]+)""", re.IGNORECASE)

# Candidates tried when nothing trustworthy is declared, in order of prior likelihood.
_SNIFF_CANDIDATES = ("cp932", "euc_jis_2004", "gb18030", "big5hkscs", "cp949")
_SNIFF_WINDOW = 1 << 20  # score legacy candidates on the first MiB only
_ASCII_BYTES = bytes(range(0x80))
_DECLARATION_WINDOW = 4096
# A lone surrogate (a byte kept by ``surrogateescape``, JSON's "\udcff") is no text: it can be
# neither encoded, stored nor tokenised; and its \u escape, as JSON text writes it.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded page: its text, the codec used, why it was chosen and how many bytes were bad."""

    text: str
    encoding: str
    source: EncodingSource
    replaced: int = 0
    # The input itself when it is exactly the UTF-8 encoding of ``text`` (the parser can read it
    # as it is, without encoding ``text`` again); None otherwise.
    utf8: bytes | None = field(default=None, repr=False, compare=False)


def normalize_label(label: str | None) -> str | None:
    """Map a charset label to the Python codec that decodes it as browsers do (None if unknown)."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    name = _ALIASES.get(key, key)
    try:
        codec = codecs.lookup(name)
    except (LookupError, ValueError):  # ValueError: a NUL in the label
        return None
    if not getattr(codec, "_is_text_encoding", True) or codec.name in _NOT_PAGE_CODECS:
        return None  # a codec Python has that no page is written in: the label is ignored
    resolved = _ALIASES.get(codec.name, codec.name)
    if resolved in {"utf-16-le", "utf-16-be"}:  # declared UTF-16 without BOM: trust the label's order
        return resolved
    return resolved


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type header, if any."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (meta tag or XML declaration)."""
    head = data[:_DECLARATION_WINDOW]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def decode(data: bytes, *, http_charset: str | None = None) -> Decoded:
    """Decode a page's bytes to text (text that was UTF-8-encoded twice is repaired)."""
    decoded = _decode(data, http_charset)
    hint = _MOJIBAKE_HINTS.get(decoded.encoding)
    if hint is not None and _has_hint(hint, data):
        text = repair_double_utf8(decoded.text)
        if text is not decoded.text:
            return Decoded(text, decoded.encoding, decoded.source, decoded.replaced)
    return decoded


def _has_hint(hint: re.Pattern[bytes], data: bytes) -> bool:
    """Whether the bytes hold a candidate run (searched from the first byte that can start one)."""
    if hint is _DOUBLE_UTF8:  # every run starts with C3: skip to the first one
        start = data.find(b"\xc3")
        return start >= 0 and hint.search(data, start) is not None
    return hint.search(data) is not None


def _decode(data: bytes, http_charset: str | None) -> Decoded:
    if not data:
        return Decoded("", "utf-8", "fallback")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_with(data, codec, "bom")
    utf16 = sniff_utf16(data)
    if utf16:
        return _decode_with(data, utf16, "sniffed")

    for label, source in ((http_charset, "http"), (declared_charset(data), "meta")):
        declared = normalize_label(label)
        if declared is None:
            continue
        codec = declared
        if codec in {"utf-16", "utf-16-le", "utf-16-be", "utf-32"}:
            # An ASCII-compatible page cannot really be UTF-16: the label is wrong.
            continue
        checked = _check_declared(data, codec, source)  # type: ignore[arg-type]
        if checked is not None:
            return checked

    if _is_iso2022(data):
        return _decode_with(data, "iso2022_jp_ext", "sniffed")
    as_utf8 = _as_utf8(data)
    if as_utf8 is not None:
        return as_utf8
    return _sniff_legacy(data)


def _is_iso2022(data: bytes) -> bool:
    """7-bit text with the escape sequences that switch ISO-2022-JP into JIS X 0208."""
    head = data[:_SNIFF_WINDOW]
    return head.isascii() and (b"\x1b$B" in head or b"\x1b$@" in head)


def _decode_with(data: bytes, codec: str, source: EncodingSource) -> Decoded:
    text = data.decode(codec, errors="replace")
    replaced = _replacements(text)
    return Decoded(text, codec, source, replaced, data if codec == "utf-8" and not replaced else None)


def _check_declared(data: bytes, codec: str, source: EncodingSource) -> Decoded | None:
    """Decode with a declared codec unless the bytes clearly say it is wrong."""
    try:
        return Decoded(data.decode(codec), codec, source, 0, data if codec == "utf-8" else None)
    except UnicodeDecodeError:
        pass
    # The declaration failed strict decoding. Often the page is really UTF-8 (or the other common
    # Japanese encoding), sometimes it just has a few bad bytes: keep the codec with fewest errors.
    if codec != "utf-8":
        as_utf8 = _as_utf8(data)
        if as_utf8 is not None:
            return as_utf8
    declared = _decode_with(data, codec, source)
    if declared.replaced * 1000 <= len(data):  # at most 0.1% bad bytes: the declaration was right
        return declared
    best = _sniff_legacy(data)
    return best if best.replaced < declared.replaced else declared


def _as_utf8(data: bytes) -> Decoded | None:
    """The bytes decoded as UTF-8 when they are UTF-8 (see ``_is_utf8``), decoding them once."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        if _cut_at_end(error, data):
            return _decode_with(data, "utf-8", "utf-8")
        return None
    return Decoded(text, "utf-8", "utf-8", _replacements(text), data)  # (U+FFFD written in the page)


def _replacements(text: str) -> int:
    """How many U+FFFD ``text`` holds (searched for first: most pages hold none, and a search is
    several times faster than a count over a non-ASCII text)."""
    return text.count("\ufffd") if "\ufffd" in text else 0


def _cut_at_end(error: UnicodeDecodeError, data: bytes) -> bool:
    """Whether a UTF-8 decoding error is only the last character cut short."""
    return error.start >= len(data) - 3 and error.reason == "unexpected end of data"


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return _cut_at_end(error, data)  # a page cut mid-character at the end is still UTF-8
    return True


def sniff_utf16(data: bytes) -> str | None:
    """The byte order of UTF-16 text without a BOM, or None.

    ASCII markup in UTF-16 puts a NUL beside every ``<`` and ``>``; the head must then decode
    strictly in that byte order into text without control characters (CJK text has few NULs, so
    NUL density alone would miss it).
    """
    head = data[:4096]
    head = head[: len(head) - len(head) % 2]
    if len(head) < 8:
        return None
    little = head.count(b"<\x00") + head.count(b">\x00")
    big = head.count(b"\x00<") + head.count(b"\x00>")
    if max(little, big) < 4 or little == big:
        return None
    codec = "utf-16-le" if little > big else "utf-16-be"
    try:
        text = head.decode(codec)
    except UnicodeDecodeError:
        text = head[:-2].decode(codec, errors="replace")  # cut inside a surrogate pair
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r")
    return codec if controls <= len(text) // 100 else None


def _sniff_legacy(data: bytes) -> Decoded:
    """Score legacy CJK codecs by decoding errors and text plausibility; fall back to a detector."""
    sample = data[:_SNIFF_WINDOW]
    high = len(sample.translate(None, _ASCII_BYTES))  # a page's first 64 KiB may be all script and style
    if high == 0:
        return _decode_with(data, "cp1252", "sniffed")
    best: tuple[float, str] | None = None
    for codec in _SNIFF_CANDIDATES:
        text = sample.decode(codec, errors="replace")
        errors = _replacements(text)
        score = errors * 20 - _plausibility(text, codec)
        if best is None or score < best[0]:
            best = (score, codec)
    assert best is not None
    score, codec = best
    if score >= 0:  # no reading is plausible CJK text: a single-byte page (Latin, Cyrillic...)
        return _detect(data)
    decoded = _decode_with(data, codec, "sniffed")
    if decoded.replaced * 200 <= high:
        return decoded
    return _detect(data)


# Characters typical of each script; a wrong CJK codec yields rare ideographs and stray symbols.
_HIRAGANA_KATAKANA = re.compile(r"[\u3041-\u30ff]")
_COMMON_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_JAMO = re.compile(r"[\u3131-\u318e]")  # stand-alone jamo: rare in Korean, common in EUC-JP read as EUC-KR
# A syllable written against an ideograph: rare in Korean, everywhere in GB2312 text read as EUC-KR
# (both use the same byte ranges, and GB2312's common hanzi fall on KS X 1001's hangul rows).
_HANGUL_BY_HANJA = re.compile(r"[\uac00-\ud7a3](?=[\u4e00-\u9fff])|[\u4e00-\u9fff](?=[\uac00-\ud7a3])")
_GLUED = re.compile(r"[a-zA-Z][\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3][a-z]")
# The common character set behind each Chinese candidate: another codec's bytes read as GB18030 or
# Big5-HKSCS decode to the rare ideographs of their extensions (Shift_JIS kanji, lead bytes 0x81-0x9F,
# land outside GB2312's rows).
_COMMON_SET = {"gb18030": "gb2312", "big5hkscs": "big5"}


def _plausibility(text: str, codec: str) -> float:
    # Latin text in a single-byte codec read as CJK: each accented letter and the ASCII letter after
    # it become one ideograph inside a Latin word (Stra絽e); real CJK text seldom touches a letter.
    glued = len(_GLUED.findall(text)) * 2.0
    kana = len(_HIRAGANA_KATAKANA.findall(text))
    if codec in {"cp932", "euc_jis_2004"}:
        return kana * 2.0 + len(_COMMON_CJK.findall(text)) * 0.5 - glued
    if codec == "cp949":
        hangul = len(_HANGUL.findall(text))
        cjk = len(_COMMON_CJK.findall(text))
        unlikely = len(_JAMO.findall(text)) + len(_HANGUL_BY_HANJA.findall(text))
        return hangul * 2.0 + cjk * 0.2 - unlikely * 4.0 - glued
    # Chinese codecs (kana are rare in Chinese pages): only the characters of the common set count.
    common = "".join(_COMMON_CJK.findall(text)).encode(_COMMON_SET[codec], errors="ignore")
    return len(common) / 2 - glued


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    match = from_bytes(data[:_SNIFF_WINDOW]).best()
    codec = normalize_label(match.encoding) if match is not None else None
    if codec is None:
        return _decode_with(data, "utf-8", "fallback")
    if codec != "cp1252" and _single_byte(codec) and _reads_western(data):
        codec = "cp1252"
    elif codec in _CENTRAL_EUROPEAN:
        codec = _central_european(data, codec)
    return _decode_with(data, codec, "detector")


# Central European text in ISO-8859-2 or Windows-1250: the two share most letters but not those
# of Polish ą ś ź Ą Ś Ź (B1 B6 BC A1 A6 AC in ISO-8859-2, which Windows-1250 reads as ± ¶ Ľ ˇ ¦ ¬)
# nor Š Ś Ť Ž Ź š ś ť ž ź (8A-9F in Windows-1250, control characters in ISO-8859-2). The detector
# often gives an ISO-8859-2 page to Windows-1250 or to ISO-8859-10 (whose letters sit on those
# bytes); the reading with fewer such misfits (a control character, a symbol inside a word) wins.
_CENTRAL_EUROPEAN = frozenset({"cp1250", "iso8859-2", "iso8859-10"})
_MISFIT = re.compile(r"[\x80-\x9f]|(?<=[^\W\d_])[±¶¬¦ˇ˘˝˙¤¨°´¸«»](?=[^\W\d_])")


def _central_european(data: bytes, codec: str) -> str:
    """``codec``, or the one of ISO-8859-2 and Windows-1250 whose reading of ``data`` fits better."""
    sample = data[:_WESTERN_SAMPLE]
    latin2 = len(_MISFIT.findall(sample.decode("iso8859-2")))
    windows = len(_MISFIT.findall(sample.decode("cp1250", errors="replace")))
    if latin2 == windows:  # no byte that tells them apart (or as many misfits either way)
        return codec
    return "iso8859-2" if latin2 < windows else "cp1250"


# A Western European page that the detector gives to another single-byte charset: German and
# French letters sit on the same bytes in several of them (cp1250, cp775, hp-roman8), so the
# detector's choice is often a toss-up that turns è into č. Read as Windows-1252, such a page's
# sentences hold the stop words of a Western language, and no symbol sits inside a word (Polish
# read so has g³os and ¿e). Only runs of text of a few words count: menus hold no stop words.
_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")  # a lone "<" stays text: no scan to the page's end from each one
_LETTER = "[A-Za-z\u00c0-\u00ff]"
# Latin-1 symbols (not the ordinals ª º, nor the middle dot of Catalan's l·l) between two letters
_SYMBOL_IN_WORD = re.compile(_LETTER + "[\u00a1-\u00a9\u00ab-\u00b6\u00b8\u00b9\u00bb-\u00bf]" + _LETTER)
_WESTERN_SAMPLE = 200_000  # characters of the page looked at
_RUN_WORDS = 8  # a run of text between tags with fewer words than this is no sentence
_MIN_WORDS = 30  # fewer words of sentences than this: no judgement
WESTERN_STOP_SHARE = 0.12  # English, French, German prose: ~20%; Polish, Czech, Nordic: 0-8%


def _reads_western(data: bytes) -> bool:
    text = data[:_WESTERN_SAMPLE].decode("cp1252", errors="replace")
    if "\ufffd" in text:  # a byte that Windows-1252 leaves undefined
        return False
    runs = [run for run in _TAG.split(_without_scripts(text)) if run.count(" ") >= _RUN_WORDS]
    prose = " ".join(runs)
    if prose.count(" ") < _MIN_WORDS or _SYMBOL_IN_WORD.search(prose):
        return False
    return stop_word_share(prose) >= WESTERN_STOP_SHARE


def _without_scripts(text: str) -> str:
    """``text`` without its scripts and style sheets (from an unclosed one to the end), in one pass."""
    lower = text.lower()
    kept: list[str] = []
    position = 0
    while (opening := _SCRIPT_OR_STYLE.search(lower, position)) is not None:
        kept.append(text[position : opening.start()])
        position = lower.find("</" + opening.group(1).lower(), opening.end())
        if position < 0:
            return " ".join(kept)
    kept.append(text[position:])
    return " ".join(kept)


@functools.cache
def _single_byte(codec: str) -> bool:
    """Whether ``codec`` gives one character for each byte (cp1250, iso8859-2, koi8-r...)."""
    high = bytes(range(0x80, 0x100)).decode(codec, errors="replace")
    return len(high) == 0x80 and high.count("\ufffd") < 0x10


# Text that was UTF-8-encoded twice: its UTF-8 bytes were read as Latin-1 or Windows-1252 and
# encoded again ("weâ\x80\x99ve" or "weâ€™ve" for "we’ve"). Each character of such a run stands
# for one byte of the original: a UTF-8 lead byte (Â to ô) followed by its continuation bytes,
# read as Latin-1 (U+0080-U+00BF) or as Windows-1252 (€ ‚ ƒ … ™ and the other punctuation of
# 0x80-0x9F). The runs are searched for in the UTF-8 bytes of the text (a literal first byte
# keeps the search fast): a lead is C3 82-B4, a continuation C2 80-BF or a Windows-1252 character.
_CP1252_HIGH = {bytes([byte]).decode("cp1252", "ignore"): byte for byte in range(0x80, 0xA0)}
_CP1252_HIGH.pop("", None)
_TO_BYTES = str.maketrans({char: chr(byte) for char, byte in _CP1252_HIGH.items()})
_CONT = b"(?:\xc2[\x80-\xbf]|" + b"|".join(re.escape(char.encode("utf-8")) for char in _CP1252_HIGH) + b")"
_SEQUENCE = b"(?:[\x82-\x9f]" + _CONT + b"|[\xa0-\xaf]" + _CONT * 2 + b"|[\xb0-\xb4]" + _CONT * 3 + b")"
_DOUBLE_UTF8 = re.compile(b"\xc3" + _SEQUENCE + b"(?:\xc3" + _SEQUENCE + b")*")
# In a page read as a single-byte charset, the runs are the raw bytes: any UTF-8 sequence.
_SINGLE_BYTE_HINT = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
_MOJIBAKE_HINTS = {
    "utf-8": _DOUBLE_UTF8,
    "utf-8-sig": _DOUBLE_UTF8,
    "cp1252": _SINGLE_BYTE_HINT,
    "iso8859-15": _SINGLE_BYTE_HINT,
}
# What a repaired run never holds in real text: C1 controls, IPA letters, the rare scripts at the
# end of the two-byte range (Syriac, Thaana, NKo, ...), private-use characters.
_IMPLAUSIBLE = re.compile("[\x80-\x9f\u0250-\u02af\u0700-\u07ff\ue000-\uf8ff]")
MOJIBAKE_MIN_RUNS = 2  # repair only pages with at least this many double-encoded runs
MOJIBAKE_MIN_SHARE = 0.5  # ... holding at least this share of the text's non-ASCII UTF-8 bytes
_MAX_ROUNDS = 3  # text encoded three times over is seen; more is not


def repair_double_utf8(text: str) -> str:
    """Undo a double UTF-8 encoding where it is certain; return ``text`` itself otherwise.

    A run is repaired when its bytes decode as strict UTF-8 into plausible characters (again while
    the result is itself such a run: text encoded three times). The page is repaired only when
    such runs are frequent (``MOJIBAKE_MIN_RUNS``) and hold most of its non-ASCII text
    (``MOJIBAKE_MIN_SHARE``): correct text with an odd pair such as "ß“" or a quoted "Ã©" stays.
    """
    data = text.encode("utf-8", "surrogatepass")
    pieces: list[bytes] = []
    runs = 0
    run_bytes = 0
    last = 0
    for match in _DOUBLE_UTF8.finditer(data):
        run = match.group()
        chars = run.decode("utf-8")
        fixed = _undo_run(chars)
        if fixed is None:
            continue
        runs += 1
        run_bytes += len(run) - len(chars)  # UTF-8 bytes beyond one per character, as for the page
        pieces.append(data[last : match.start()])
        pieces.append(fixed.encode("utf-8"))
        last = match.end()
    if runs < MOJIBAKE_MIN_RUNS or run_bytes < (len(data) - len(text)) * MOJIBAKE_MIN_SHARE:
        return text
    pieces.append(data[last:])
    return b"".join(pieces).decode("utf-8", "surrogatepass")


def _undo_run(run: str) -> str | None:
    """The text a double-encoded run stands for, or None when it is not one."""
    fixed = _undo_once(run)
    for _ in range(_MAX_ROUNDS - 1):
        if fixed is None or _DOUBLE_UTF8.fullmatch(fixed.encode("utf-8")) is None:
            break
        again = _undo_once(fixed)
        if again is None:
            break
        fixed = again
    return None if fixed is None or _IMPLAUSIBLE.search(fixed) else fixed


def _undo_once(run: str) -> str | None:
    try:
        return run.translate(_TO_BYTES).encode("latin-1").decode("utf-8")
    except UnicodeError:
        return None
