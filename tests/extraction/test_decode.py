"""Bytes to text: declared, missing and wrong charsets, UTF-16, bad bytes; property tests."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import kijiyomi
from kijiyomi import Article, Rejection
from kijiyomi.decode import _central_european, decode

JA = "港町で新しい冷凍技術の説明会が開かれた。関係者約八十人が参加し、試食会も行われた。" * 20


def _page(text: str, meta: str = "") -> str:
    return f"<html><head>{meta}<title>記事</title></head><body><p>{text}</p></body></html>"


@pytest.mark.parametrize("codec", ["utf-8", "cp932", "euc_jp", "iso2022_jp"])
def test_japanese_encodings_without_any_declaration(codec: str) -> None:
    decoded = decode(_page(JA).encode(codec))
    assert JA in decoded.text
    assert decoded.replaced == 0


# Few kana, many kanji: a short council report, no charset declared anywhere.
KANJI_HEAVY = (
    "市議会は二十六日、冬季の除雪体制を見直す条例案を賛成多数で可決した。市民からは歓迎の声が出ている。"
)
ZH_SHORT = "国务院总理在北京会见了来访的法国外交部长，双方就两国关系和共同关心的国际问题交换了意见。"


@pytest.mark.parametrize("codec", ["cp932", "euc_jp"])
def test_kanji_heavy_japanese_is_not_read_as_chinese(codec: str) -> None:
    decoded = decode(_page(KANJI_HEAVY * 3).encode(codec))
    assert KANJI_HEAVY in decoded.text
    assert decoded.replaced == 0


@pytest.mark.parametrize("codec", ["gb2312", "gb18030"])
def test_short_chinese_is_not_read_as_korean(codec: str) -> None:
    page = f"<html><head><title>新闻</title></head><body><p>{ZH_SHORT * 2}</p></body></html>"
    assert ZH_SHORT in decode(page.encode(codec)).text


@pytest.mark.parametrize("codec", ["cp932", "euc_jp", "gb18030"])
def test_a_long_ascii_head_does_not_hide_the_text(codec: str) -> None:
    script = "<script>" + "var slot = 1;" * 8000 + "</script>"  # over 64 KiB before any text
    text = ZH_SHORT if codec == "gb18030" else KANJI_HEAVY
    page = f"<html><head>{script}</head><body><p>{text * 3}</p></body></html>"
    assert text in decode(page.encode(codec)).text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Die Bürgermeisterin äußerte sich über die Größe der Straße. Schöne Grüße aus München.", "cp1252"),
        ("Le ministre a déclaré mercredi que la réforme sera présentée après l’été.", "cp1252"),
        ("Министр заявил в среду, что реформа будет представлена после лета.", "cp1251"),
    ],
)
def test_undeclared_single_byte_pages_are_not_read_as_cjk(text: str, codec: str) -> None:
    page = f"<html><head><title>x</title></head><body><p>{text * 5}</p></body></html>"
    decoded = decode(page.encode(codec)).text
    assert not re.search("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]", decoded)
    # the detector then names a codec of the script
    assert sum(a == b for a, b in zip(decoded, page, strict=False)) >= len(page) * 0.95


_WESTERN_GERMAN = (
    "<html><head><title>Neues Café</title></head><body><nav>Start | Lokales | Sport</nav><article>"
    "<h1>Neues Café in der Altstadt eröffnet</h1>"
    "<p>Die Betreiber haben am Freitag ein kleines Café mit Crème brûlée und Gerichten à la carte "
    "eröffnet. Für die Gäste gibt es außerdem täglich frische Brötchen und Kuchen.</p>"
    "<p>Nach Angaben der Stadt hat der Umbau des früheren Ladens gut ein Jahr gedauert. Die "
    "Öffnungszeiten sind von Dienstag bis Sonntag, der Montag ist Ruhetag.</p>"
    "<p>Die Nachbarn freuen sich über die Belebung der Straße, die seit der Schließung der Bäckerei "
    "im vergangenen Jahr ziemlich leer gewesen sei.</p></article></body></html>"
)
_POLISH = (
    "<html><body><p>Rząd przedstawił w środę projekt ustawy, który ma zwiększyć finansowanie szkół "
    "w całym kraju. Opozycja skrytykowała pośpiech i zażądała dłuższej debaty w Sejmie, a związkowcy "
    "zapowiedzieli protest. Według ministerstwa większość przepisów wejdzie w życie jesienią, ale "
    "część wydatków nie jest jeszcze znana.</p></body></html>"
)
_CZECH = (
    "<html><body><p>Vláda ve středu představila návrh zákona, který má zvýšit financování škol "
    "v celé zemi. Opozice kritizovala spěch a požadovala delší rozpravu ve sněmovně, odbory ohlásily "
    "protest. Podle ministerstva vstoupí většina pravidel v platnost na podzim, část výdajů však "
    "zatím není známa.</p></body></html>"
)


@pytest.mark.parametrize(
    ("page", "codec"),
    [
        (_WESTERN_GERMAN, "cp1252"),
        (_POLISH * 3, "cp1250"),
        (_CZECH * 3, "cp1250"),
        (_POLISH * 3, "iso8859-2"),
    ],
)
def test_undeclared_latin_pages_keep_their_letters(page: str, codec: str) -> None:
    # German umlauts sit on the same bytes in cp1250 and cp1252: the detector's toss-up must not
    # turn the page's è and à into č and ŕ; Polish and Czech stay Central European, and Polish in
    # ISO-8859-2 keeps its ą ś ź (Windows-1250 reads them as ± ¶ Ľ).
    assert decode(page.encode(codec)).text == page


@pytest.mark.parametrize("detected", ["cp1250", "iso8859-2", "iso8859-10"])
def test_iso_8859_2_and_windows_1250_are_told_apart_by_their_misfits(detected: str) -> None:
    # whichever of the Central European codecs the detector names, Polish text reads without
    # control characters or symbols inside its words
    assert _central_european((_POLISH * 3).encode("iso8859-2"), detected) == "iso8859-2"
    assert _central_european((_POLISH * 3).encode("cp1250"), detected) == "cp1250"
    # no byte that tells them apart: the detector's choice stays
    assert _central_european(b"<p>Ala ma kota.</p>", detected) == detected


@pytest.mark.timeout(10)  # the Western European check once scanned to the page's end from each <script>
def test_unclosed_scripts_in_an_undeclared_latin_page_are_read_in_one_pass() -> None:
    page = _WESTERN_GERMAN.replace("</article>", "</article>" + "<script>x " * 20_000)
    assert decode(page.encode("cp1252")).text == page


@pytest.mark.parametrize(
    ("declared", "actual"), [("utf-8", "cp932"), ("shift_jis", "euc_jp"), ("euc-jp", "utf-8")]
)
def test_wrong_declaration_loses_to_the_bytes(declared: str, actual: str) -> None:
    data = _page(JA, f'<meta charset="{declared}">').encode(actual)
    assert JA in decode(data).text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_with_and_without_bom(codec: str) -> None:
    data = _page(JA).encode(codec)
    result = kijiyomi.extract(data)
    assert isinstance(result, Article)
    assert JA in result.text


def test_a_few_bad_bytes_cost_a_few_characters() -> None:
    data = _page(JA, '<meta charset="shift_jis">').encode("cp932")
    broken = data[:300] + b"\xff\xfe\xff" + data[300:]
    decoded = decode(broken)
    assert decoded.encoding == "cp932"
    assert 0 < decoded.replaced <= 3
    assert JA[:40] in decoded.text or JA[-40:] in decoded.text


def test_replacement_characters_written_in_utf8_are_counted() -> None:
    decoded = decode(_page(JA + "\ufffd記事\ufffd").encode("utf-8"))
    assert decoded.encoding == "utf-8"
    assert decoded.replaced == 2


def test_http_charset_is_used() -> None:
    data = _page(JA).encode("euc_jp")
    assert decode(data, http_charset="EUC-JP").source == "http"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_decode_never_raises_on_any_bytes(data: bytes) -> None:
    decoded = decode(data)
    assert isinstance(decoded.text, str)


def _reads_as_utf8_bytes(text: str) -> bool:
    """Whether some 2 to 4 characters of ``text`` are UTF-8 bytes read as Latin-1 or Windows-1252."""
    for start in range(len(text) - 1):
        for size in (2, 3, 4):
            chunk = text[start : start + size]
            for reader in ("latin-1", "cp1252"):
                try:
                    chunk.encode(reader).decode("utf-8")
                except UnicodeError:
                    continue
                if len(chunk) == size and not chunk.isascii():
                    return True
    return False


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_utf8_text_round_trips(text: str) -> None:
    assume(not _reads_as_utf8_bytes(text))  # what looks double-encoded may be repaired
    assert decode(text.encode("utf-8")).text.replace("\ufeff", "") == text.replace(
        "\ufeff", ""
    ) or text.startswith("\ufeff")


_TAGS = st.sampled_from(
    ["p", "div", "span", "a", "li", "ul", "h1", "h2", "table", "td", "script", "b", "article"]
)


@st.composite
def _markup(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(_TAGS)
        text = draw(st.text(max_size=80))
        parts.append(f"<{tag}>{text}" + (f"</{tag}>" if draw(st.booleans()) else ""))
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(st.one_of(_markup(), st.text(max_size=2000), st.binary(max_size=2000)))
def test_extract_always_answers(source: str | bytes) -> None:
    result = kijiyomi.extract(source)
    assert isinstance(result, Article | Rejection)
    if isinstance(result, Rejection):
        assert result.reason.value
    else:
        assert result.text or result.blocks == ()


EN = (
    "We’ve seen the “new” harbour — it’s 12 °C today, the café’s crème brûlée costs €4… "
    "and the Señora said: ¡Olé! 😞 "
) * 5
# Windows-1252 for the bytes it defines in 0x80-0x9f; the others stay C1 controls (as browsers read them).
_CP1252 = str.maketrans(
    {
        chr(byte): bytes([byte]).decode("cp1252")
        for byte in range(0x80, 0xA0)
        if byte not in b"\x81\x8d\x8f\x90\x9d"
    }
)


def _twice(text: str, reader: str = "latin-1") -> bytes:
    """UTF-8 bytes read as ``reader`` (latin-1 or cp1252) and encoded to UTF-8 again."""
    read = text.encode("utf-8").decode("latin-1")
    return (read.translate(_CP1252) if reader == "cp1252" else read).encode("utf-8")


@pytest.mark.parametrize("reader", ["latin-1", "cp1252"])
def test_text_encoded_twice_is_repaired(reader: str) -> None:
    data = _twice(_page(EN, '<meta charset="utf-8">'), reader)
    assert "weâ" in data.decode("utf-8").lower()
    text = decode(data).text
    assert "weâ" not in text.lower()
    assert EN in text


def test_text_encoded_three_times_is_repaired() -> None:
    data = _twice(_twice(_page(EN), "cp1252").decode("utf-8"))
    assert EN in decode(data).text


def test_single_byte_declaration_over_utf8_bytes_is_repaired() -> None:
    text = "Ça coûte 12 € — c’est déjà « très » cher, dit la Señora. " * 5  # every byte is cp1252
    data = f'<html><head><meta charset="windows-1252"></head><body><p>{text}</p></body></html>'.encode()
    assert text in decode(data).text


def test_a_lone_double_encoded_run_is_left_alone() -> None:
    data = _page("Plain ASCII text with one odd " + _twice("“").decode("utf-8") + " pair in it.").encode()
    assert decode(data).text == data.decode("utf-8")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (JA, "utf-8"),
        (JA, "cp932"),
        (JA, "euc_jp"),
        ("Die „Straße“ ist groß, die Maße stimmen: „Fußball“ und „Gruß“. Über Öl und Äpfel. " * 10, "utf-8"),
        ("Le mot « Ã© » est un mojibake de « é » : déjà vu, où, naïve, Noël, cœur, garçon. " * 10, "utf-8"),
        ("Ångström · ±5 µm × 3 ÷ 2 ¼ ½ ¾ © ® ° ¶ § ß’s “quoted” — done… " * 10, "utf-8"),
        ("Ångström · ±5 µm × 3 ÷ 2 ¼ ½ ¾ © ® ° ¶ § ß’s “quoted” — done… " * 10, "cp1252"),
    ],
)
def test_correct_text_is_never_touched(text: str, codec: str) -> None:
    page = f'<html><head><meta charset="{codec}"><title>t</title></head><body><p>{text}</p></body></html>'
    data = page.encode(codec)
    assert decode(data).text == page
