"""The DOM walk: segments, their context, images and limits; whitespace normalisation."""

from __future__ import annotations

import random
import re
import time

from kijiyomi.html import vocabulary as vocab
from kijiyomi.html.dom import Walk, clean, normalize_space, parse, walk

# The definition normalize_space must keep: collapse these runs, strip, join CJK across a space.
_RUNS = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\ufeff]+")
_CJK = "\u3000-\u30ff\u3400-\u9fff\uff00-\uffef"
_GAP = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])")


def _reference(text: str) -> str:
    return _GAP.sub("", _RUNS.sub(" ", text).strip())


def _walk(
    html: str, *, max_nodes: int = 1_000_000, max_depth: int = 256, deadline: float | None = None
) -> Walk:
    tree = parse(html)
    clean(tree)
    root = tree.body
    assert root is not None
    return walk(root, max_nodes=max_nodes, max_depth=max_depth, deadline=deadline or time.monotonic() + 60)


def test_normalize_space_keeps_its_definition_on_odd_whitespace() -> None:
    alphabet = [
        " ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "\u2003", "\u200b", "\u2028", "\u202f", "\ufeff",
        "\u3000", "\u1680", "\x85", "\x1c", "\x1f", "a", "Z", "7", ".", "日", "本", "カ", "ア", "é", "Ｑ",
    ]  # fmt: skip
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert normalize_space(text) == _reference(text), repr(text)
    assert normalize_space("  日本 の\n ニュース  ") == "日本のニュース"
    assert normalize_space("a\u3000 b") == "a\u3000 b"  # an ideographic space is text, not a run
    assert normalize_space("x\u200by") == "x y"


def test_segments_follow_block_elements_and_line_breaks() -> None:
    page = _walk("<body><div>Intro <b>bold</b> words<p>First<br><br>Second</p>tail</div></body>")
    texts = [segment.text for segment in page.segments]
    assert texts == ["Intro bold words", "First", "Second", "tail"]
    tags = [page.elements[segment.owner].tag for segment in page.segments]
    assert tags == ["div", "p", "p", "div"]
    assert [segment.tag for segment in page.segments] == tags


def test_context_ends_with_its_element_even_inside_inline_markup() -> None:
    # The link is the last child of inline elements that are last children themselves: the text
    # after them is outside the link, and the list/quote contexts close with their elements.
    page = _walk(
        "<body><p><span><b><a href='/x'>Read more</a></b></span></p><p>plain words after</p>"
        "<p><i><a href='/y'>two</a></i> and prose</p>"
        "<ul><li>item <span><q>said</q></span></li></ul><blockquote><p>quoted</p></blockquote>"
        "<table><tr><td>cell</td></tr></table><p>closing</p></body>"
    )
    by_text = {segment.text: segment for segment in page.segments}
    assert by_text["Read more"].link_chars == len("Read more")
    assert by_text["plain words after"].link_chars == 0
    assert by_text["two and prose"].link_chars == len("two")
    assert by_text["item said"].list_depth == 1  # context is read when the text run ends (</li>)
    assert by_text["quoted"].in_quote and by_text["quoted"].list_depth == 0
    assert by_text["cell"].in_table
    closing = by_text["closing"]
    assert (closing.in_quote, closing.in_table, closing.list_depth, closing.link_chars) == (
        False,
        False,
        0,
        0,
    )


def test_elements_keep_parents_hints_and_flags() -> None:
    page = _walk(
        "<body><article class='Entry-Content' id='main'><p>Body text.</p></article>"
        "<footer><p>Footer line.</p></footer><figure><img src='a.jpg' alt=' A  photo '>"
        "<figcaption>Caption</figcaption></figure><img src='b.jpg'></body>"
    )
    tags = [element.tag for element in page.elements]
    article = tags.index("article")
    assert page.elements[article].hint == "entry-content main"
    assert page.elements[article].flags & vocab.POSITIVE
    assert page.elements[tags.index("footer")].flags & vocab.STRUCTURAL_NEGATIVE
    assert page.elements[tags.index("figcaption")].flags & vocab.CAPTION
    paragraph = page.segments[0].owner
    assert page.elements[paragraph].parent == article
    assert page.elements[paragraph].depth == page.elements[article].depth + 1
    first, second = page.images
    assert (first.src, first.alt, first.figure) == ("a.jpg", "A photo", tags.index("figure"))
    assert (second.src, second.figure) == ("b.jpg", -1)
    assert first.position == 2 and second.position == 3  # segments emitted before each image
    assert page.segments[2].in_caption


def test_preformatted_text_keeps_its_spaces() -> None:
    page = _walk("<body><pre>  indented\n    more</pre><p>  after   this </p></body>")
    assert page.segments[0].text == "  indented\n    more" and page.segments[0].in_pre
    assert page.segments[1].text == "after this" and not page.segments[1].in_pre


def test_time_elements_record_their_position() -> None:
    page = _walk("<body><p>One.</p><p><time datetime='2024-05-01'>May 1</time> Two.</p></body>")
    assert page.times == [("2024-05-01", 1)]


def test_node_cap_and_deadline_stop_the_walk() -> None:
    html = "<body>" + "<p>word</p>" * 5000 + "</body>"
    capped = _walk(html, max_nodes=100)
    assert capped.truncated == "stopped after 100 nodes"
    assert 0 < len(capped.segments) < 5000
    late = _walk(html, deadline=time.monotonic() - 1)
    assert late.truncated == "stopped at the time budget"
    assert len(_walk(html).segments) == 5000


def test_depth_limit_keeps_the_text_of_deep_elements() -> None:
    html = "<body>" + "<div>" * 40 + "deep text" + "</div>" * 40 + "<p>shallow</p></body>"
    page = _walk(html, max_depth=10)
    assert max(element.depth for element in page.elements) < 10
    assert [segment.text for segment in page.segments] == ["deep text", "shallow"]
    assert page.elements[page.segments[1].owner].tag == "p"


def test_clean_removes_nested_furniture_and_hidden_subtrees() -> None:
    hidden = "<div hidden><div aria-hidden='true'><p style='display: none'>hidden words</p></div></div>"
    html = (
        "<html><head><title>t</title><style>p{}</style></head><body><main><p>kept words</p>"
        + hidden * 50
        + "<nav><button><svg><script>var x;</script></svg>menu</button></nav>"
        "<p>tail <select><option>choice</option></select>words</p></main></body></html>"
    )
    tree = parse(html)
    clean(tree)
    body = tree.body
    assert body is not None
    assert body.text(separator=" ").split() == ["kept", "words", "tail", "words"]
    assert tree.css("script, style, nav, button, svg, select, option, [hidden], [aria-hidden]") == []
    assert tree.head is None


def test_clean_unwraps_a_noscript_fallback_holding_the_page() -> None:
    article = "<p>" + "Server rendered article text. " * 20 + "</p>"
    tree = parse(f"<body><div id='app'></div><noscript>{article}</noscript><p>short</p></body>")
    clean(tree)
    assert tree.body is not None and "Server rendered article text." in tree.body.text()


def _cleaned_text(html: str) -> str:
    tree = parse(html)
    clean(tree)
    assert tree.body is not None
    return " ".join(tree.body.text(separator=" ").split())


def test_clean_keeps_collapsed_disclosure_panels() -> None:
    html = (
        "<body><main><h2>Questions</h2>"
        "<div class='faq-item'><h3>How long does it take?</h3>"
        "<div class='faq-answer' hidden><p>About three weeks from order to delivery.</p></div></div>"
        "<div class='acc'><button>More</button>"
        "<div class='accordion-body' style='display: none'><p>Shipping is free above ten items.</p></div></div>"
        "<div role='tabpanel' aria-hidden='true'><p>Second tab text.</p></div>"
        "<section role='region' style='visibility:hidden'><p>Region text.</p></section>"
        "<div class='tab-pane' hidden><p>Third tab.</p><span hidden>still hidden</span></div>"
        "</main></body>"
    )
    text = _cleaned_text(html)
    for words in ("About three weeks", "Shipping is free", "Second tab text.", "Region text.", "Third tab."):
        assert words in text
    assert "still hidden" not in text  # a hidden node inside a kept panel is not a panel itself


def test_clean_still_drops_hidden_menus_modals_and_banners() -> None:
    html = (
        "<body><main><p>Article words.</p>"
        "<div class='mobile-menu-panel' hidden><ul><li>Home</li><li>World</li></ul></div>"
        "<div class='modal-panel' role='dialog' hidden><p>Sign up now.</p></div>"
        "<div class='panel' role='alertdialog' aria-hidden='true'><p>Alert text.</p></div>"
        "<div id='nav-panel' role='navigation' style='display:none'><a href='/'>Sections</a></div>"
        "<div class='cookie-panel' style='display:none'><p>We use cookies.</p></div>"
        "<div class='drawer__panel' hidden><p>Movies Release calendar Top rated</p></div>"
        "<div class='share-panel' aria-hidden='true'><p>Share on any network.</p></div>"
        "</main></body>"
    )
    assert _cleaned_text(html) == "Article words."
