"""Layouts and scripts the extractor must not lose the body on: streamed server renders, sentence
marks of non-Latin scripts, pages whose chosen body comes out empty."""

from __future__ import annotations

import time

import kijiyomi
from kijiyomi import Article, Rejection
from kijiyomi.html.content import score_segment, with_rules_fallback
from kijiyomi.html.dom import Segment, clean, parse, place_streamed_chunks
from kijiyomi.html.guard import flatten_deep_nesting
from kijiyomi.options import ExtractOptions

OPTIONS = ExtractOptions(reject_non_articles=False)

_STREAMED_PARAGRAPHS = (
    "The river authority opened the new flood gates on Monday, two years after the storm that "
    "overflowed the old embankment and closed the harbour road for a month.",
    "Engineers said the gates can hold back a surge a metre higher than the one in the storm, and "
    "that they will be tested every spring before the rainy season.",
    "Residents of the lower town, who were evacuated during the storm, welcomed the work but asked "
    "for a second footbridge so that the school stays reachable when the gates are shut.",
)


def _streamed_page(*, with_placeholder: bool = True) -> str:
    """A page rendered by a streaming server: the article arrives hidden at the end of the body."""
    chunk = "".join(f"<p>{text}</p>" for text in _STREAMED_PARAGRAPHS)
    placeholder = '<!--$?--><template id="B:0"></template><div class="skeleton">Loading…</div><!--/$-->'
    return f"""<!doctype html><html lang="en"><head><title>Flood gates open</title></head><body>
<header><a href="/">River News</a></header>
<main><h1>Flood gates open on the lower river</h1>{placeholder if with_placeholder else ""}</main>
<footer><p>River News, all rights reserved.</p></footer>
<div hidden id="S:0"><article>{chunk}</article></div>
<script>$RC("B:0","S:0")</script></body></html>"""


def test_streamed_chunk_takes_the_place_of_its_placeholder() -> None:
    tree = parse(_streamed_page())
    place_streamed_chunks(tree)
    html = tree.html or ""
    assert 'template id="B:0"' not in html
    assert "Loading…" not in html  # the loading skeleton goes with its placeholder
    main = tree.css_first("main")
    assert main is not None and _STREAMED_PARAGRAPHS[0] in main.text()


def test_streamed_article_is_extracted_in_place() -> None:
    result = kijiyomi.extract(_streamed_page(), options=OPTIONS)
    assert result.ok, result
    texts = [block.text for block in result.blocks]
    assert texts[:3] == list(_STREAMED_PARAGRAPHS)
    assert "Loading…" not in result.text


def test_nested_streamed_chunks_are_placed() -> None:
    tree = parse(
        '<body><main><!--$?--><template id="B:0"></template><!--/$--></main>'
        '<div hidden id="S:0"><p>outer text</p><!--$?--><template id="B:1"></template><!--/$--></div>'
        '<div hidden id="S:1"><p>inner text</p></div></body>'
    )
    place_streamed_chunks(tree)
    main = tree.css_first("main")
    assert main is not None and main.text() == "outer textinner text"
    assert tree.css('div[hidden][id^="S:"]') == []


_SEGMENT_PARAGRAPHS = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Markthalle zu sanieren und im Herbst "
    "wieder für Händler aus der Region zu öffnen.",
    "Die Kosten von rund vier Millionen Euro teilen sich Stadt und Land; die Arbeiten sollen im "
    "Frühjahr beginnen und ein gutes Jahr dauern.",
)


def test_segments_streamed_into_a_chunk_are_placed() -> None:
    """A chunk that holds ``<template id="P:…">`` placeholders gets those segments in place (a
    server render that streams each paragraph of a section on its own)."""
    first, second = _SEGMENT_PARAGRAPHS
    page = (
        '<html lang="de"><head><title>Markthalle</title></head><body><main><h1>Markthalle</h1>'
        '<!--$?--><template id="B:0"></template><div>Loading paragraph...</div><!--/$--></main>'
        '<div hidden id="S:0"><template id="P:1"></template><template id="P:2"></template></div>'
        f'<div hidden id="S:1"><p>{first}</p></div><div hidden id="S:2"><p>{second}</p></div>'
        "</body></html>"
    )
    tree = parse(page)
    assert place_streamed_chunks(tree) == 3
    main = tree.css_first("main")
    assert main is not None and main.text() == "Markthalle" + first + second
    assert "Loading paragraph" not in (tree.html or "")
    result = kijiyomi.extract(page, options=OPTIONS)
    assert result.ok, result
    assert [block.text for block in result.blocks] == list(_SEGMENT_PARAGRAPHS)


def test_segment_placeholder_keeps_what_follows_it() -> None:
    """A bare "P:" placeholder has no loading fallback: the text after it is not removed."""
    tree = parse(
        '<body><main><template id="P:0"></template><p>kept after</p><!--/$--></main>'
        '<div hidden id="S:0"><p>placed</p></div></body>'
    )
    place_streamed_chunks(tree)
    main = tree.css_first("main")
    assert main is not None and main.text() == "placedkept after"


def test_many_segment_placeholders_take_linear_time() -> None:
    count = 20_000
    placeholders = "".join(f'<template id="P:{i}"></template>' for i in range(count))
    chunks = "".join(f'<div hidden id="S:{i}"><p>Segment {i} of the page.</p></div>' for i in range(count))
    started = time.monotonic()
    result = kijiyomi.extract(
        f"<html><body><main>{placeholders}</main>{chunks}</body></html>", options=OPTIONS
    )
    assert time.monotonic() - started < 5.0
    assert isinstance(result, (Article, Rejection))


def test_many_streamed_chunks_take_linear_time() -> None:
    count = 20_000
    placeholders = "".join(f'<div><template id="B:{i}"></template><!--/$--></div>' for i in range(count))
    chunks = "".join(
        f'<div hidden id="S:{i}"><p>Chunk number {i} of the page.</p></div>' for i in range(count)
    )
    started = time.monotonic()
    result = kijiyomi.extract(f"<html><body>{placeholders}{chunks}</body></html>", options=OPTIONS)
    assert time.monotonic() - started < 5.0
    assert isinstance(result, (Article, Rejection))  # an answer, within the time budget


def test_hidden_chunk_without_placeholder_stays_hidden() -> None:
    tree = parse(_streamed_page(with_placeholder=False))
    clean(tree)
    assert _STREAMED_PARAGRAPHS[0] not in (tree.body.text() if tree.body else "")


def _segment(text: str) -> Segment:
    return Segment(text, 0, 0, "p")


def test_danda_and_other_full_stops_make_sentences() -> None:
    hindi = "पुलिस ने दो लोगों को गिरफ्तार किया। उनसे पूछताछ की जा रही है।"
    urdu = "شہر میں آج بارش ہوئی۔ سڑکیں بند رہیں۔"
    armenian = "Քաղաքում այսօր անձրև է եկել։"
    for text in (hindi, urdu, armenian):
        assert score_segment(_segment(text)).sentence_like, text
    assert not score_segment(_segment("मुख्य समाचार")).sentence_like  # a two-word label is not


def test_long_unpunctuated_devanagari_run_reads_as_prose() -> None:
    # vowel signs are combining marks: they count as part of the words, not as noise
    words = "समस्तीपुर के बंगरा थाना क्षेत्र के रहीमाबाद गांव में दो दिन पहले चोरी हुई थी "
    assert score_segment(_segment(words * 4)).sentence_like
    assert not score_segment(_segment("2024 09 04 1130 ID 448812 " * 12)).sentence_like


def test_hindi_article_keeps_its_leading_paragraphs() -> None:
    paragraphs = [
        "समस्तीपुर के एक गांव में दो दिन पहले हुई चोरी के मामले में पुलिस ने दो लोगों को पकड़ा है।",
        "पुलिस अधिकारी ने बताया कि चोरी का सारा सामान बरामद कर लिया गया है और जांच जारी है।",
        "गांव के लोगों ने पुलिस की तेज कार्रवाई की सराहना की और गश्त बढ़ाने की मांग की।",
    ]
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    page = f"""<html lang="hi"><head><title>चोरी का खुलासा</title></head><body>
<ul class="menu"><li><a href="/">होम</a></li><li><a href="/local">लोकल</a></li></ul>
<article><h1>दो दिन में चोरी का खुलासा</h1>{body}</article>
<footer>सर्वाधिकार सुरक्षित</footer></body></html>"""
    result = kijiyomi.extract(page, options=OPTIONS)
    assert result.ok, result
    assert [block.text for block in result.blocks] == paragraphs


def test_rules_fill_in_when_the_learned_body_is_much_smaller() -> None:
    scored = [score_segment(_segment(text)) for text in (*_STREAMED_PARAGRAPHS, "Share this")]
    # the model kept one paragraph of the three the rules kept: the rules' ones come back
    assert with_rules_fallback(scored, [1], [0, 1, 2]) == [0, 1, 2]
    # a learned body about as large as the rules' stays as it is (the label is not added)
    assert with_rules_fallback(scored, [0, 1], [0, 1, 2, 3]) == [0, 1]
    assert with_rules_fallback(scored, [2], []) == [2]


def _page_with_consent_dialog(body_class: str = "") -> str:
    """The article, then a consent manager's banner in the same wrapper (it reads like prose)."""
    article = "".join(f"<p>{text}</p>" for text in _STREAMED_PARAGRAPHS)
    banner = (
        '<div class="consent-banner"><p>We and our partners use cookies to store and access information '
        "on your device, and to measure how you use our site, so that we can show you content that "
        "suits you.</p><p>You can change your choices at any time by opening the privacy settings at "
        "the bottom of every page; your choices will not affect your visit.</p></div>"
    )
    return f"""<html><head><title>Flood gates open</title></head><body class="{body_class}">
<div class="page"><h1>Flood gates open on the lower river</h1>{article}{banner}</div></body></html>"""


def test_consent_banner_is_never_body_text() -> None:
    for body_class in ("", "single-post cookies-not-set"):  # a page-wide class marks no banner
        result = kijiyomi.extract(_page_with_consent_dialog(body_class), options=OPTIONS)
        assert result.ok, result
        assert [block.text for block in result.blocks] == list(_STREAMED_PARAGRAPHS)


def test_deep_nesting_counted_in_utf8_bytes_is_flattened_as_in_text() -> None:
    page = (
        "<html><body>" + "<div>" * 30_000 + "<p>深い入れ子の段落。</p>" + "</div>" * 30_000 + "</body></html>"
    )
    flattened, dropped = flatten_deep_nesting(page, 256)
    assert dropped > 0 and len(flattened) < len(page)
    assert flatten_deep_nesting(page, 256, utf8=page.encode("utf-8")) == (flattened, dropped)
    few = "<p>日本語の<b>段落</b>。</p>" * 50
    assert flatten_deep_nesting(few, 2, utf8=few.encode("utf-8")) == (few, 0)
