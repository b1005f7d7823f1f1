"""The shortcuts taken for speed give what the general paths give.

A UTF-8 page is parsed from its own bytes, the dropped tags are found by one element walk instead
of a CSS search, the head is read with one selector search, and ASCII text skips the regexes of
``normalize_space`` and ``text_key``.
"""

from __future__ import annotations

import random
import re

from selectolax.lexbor import LexborHTMLParser

import kijiyomi
from kijiyomi.decode import decode
from kijiyomi.html import dom
from kijiyomi.html.keys import text_key
from kijiyomi.html.metadata import read_head

_PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le café du coin</title>
<script>var x = "<p>not text</p>";</script></head><body><nav>Accueil</nav>
<article><h1>Le café du coin</h1><p>Le patron a ouvert à sept heures, comme chaque matin depuis
vingt ans. Les habitués sont arrivés un par un, ont commandé un café et ont lu le journal.</p>
<p>Vers midi, la salle était pleine : on y parlait du marché, de la pluie et des élections.</p>
<p>Le soir, il a fermé plus tôt que d’habitude ; demain, dit-il, il recommence.</p></article>
</body></html>"""


def test_utf8_bytes_are_kept_only_when_they_are_the_text() -> None:
    data = _PAGE.encode("utf-8")
    assert decode(data).utf8 is data
    undeclared = _PAGE.replace('<meta charset="utf-8">', "").encode("utf-8")
    assert decode(undeclared).source == "utf-8" and decode(undeclared).utf8 is undeclared
    assert decode(_PAGE.replace("utf-8", "windows-1252").encode("cp1252")).utf8 is None
    assert decode(data + b"\xff\xfe broken").utf8 is None  # bytes replaced: the text is not them
    assert decode(b"\xef\xbb\xbf" + data).utf8 is None  # the BOM is not part of the text


def test_page_from_bytes_reads_as_the_same_page_from_text() -> None:
    from_bytes = kijiyomi.extract(_PAGE.encode("utf-8"), url="https://example.com/cafe")
    from_text = kijiyomi.extract(_PAGE, url="https://example.com/cafe")
    assert isinstance(from_bytes, kijiyomi.Article)
    assert from_bytes.to_dict() == from_text.to_dict()


def test_dropped_tags_are_what_a_css_search_finds() -> None:
    html = (
        "<html><head><style>a{}</style><script>1</script></head><body><div><nav><ul><li>x</li>"
        "<li><button>b</button></li></ul><select><option>o</option></select></nav>"
        "<svg><script>s</script><title>t</title></svg><my-widget><video><audio></audio></video>"
        "</my-widget><p>text <ruby>漢<rt>かん</rt><rp>(</rp></ruby></p><template><script>t</script>"
        "</template><form><input><textarea>x</textarea></form><iframe></iframe><object><embed>"
        "</object><canvas></canvas><math><mi>x</mi></math><dialog>d</dialog><map></map></div>"
        "</body></html>"
    )
    tree = LexborHTMLParser(html)
    dropped, names = dom._never_text(tree)
    found = [node.mem_id for node in dropped]
    assert found == [node.mem_id for node in tree.css(", ".join(dom.DROP_TAGS))]
    assert len(found) >= 20
    assert {"template", "ruby", "my-widget", "nav"} <= names and "noscript" not in names


def test_ascii_fast_paths_agree_with_the_regexes() -> None:
    rng = random.Random(5)
    alphabet = "ab Z9_-.:,!\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
    non_word = re.compile(r"\W+")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert dom.normalize_space(text) == dom._SPACE.sub(" ", text).strip(), repr(text)
        assert text_key(text) == non_word.sub("", text).lower(), repr(text)


_HEAD_PAGE = """<html lang="en"><head><title> First  title </title>
<meta property="og:title" content="OG"><meta name="Description" value="by value">
<meta itemprop="datePublished" content="2024-01-02"><link rel="icon" href="/i.png">
<link rel="Canonical" href="  "><link rel="canonical" href="https://example.com/late">
<script type="Application/LD+JSON">{"@type": "NewsArticle", "headline": "H"}</script></head>
<body><h1>One</h1><h1> </h1><time itemprop="datePublished" datetime="2024-01-03">Jan 3</time>
<span itemprop="dateModified" content="2024-01-04"></span><span itemprop="datepublished" content="x"></span>
<time datetime="2024-01-05">5</time><input type="PASSWORD"><form role="SEARCH"></form>
<svg><title>icon</title></svg><h1>Two</h1><form itemprop="potentialAction"></form>
<script itemprop="text">{"@type": "NewsArticle"}</script><input itemprop="query" type="text"></body></html>"""


def _head_by_separate_searches(tree: LexborHTMLParser) -> dict[str, object]:
    """What read_head reads, one selector search per item (as it was written before one search)."""
    meta: dict[str, list[str]] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        content = attrs.get("content") if attrs.get("content") is not None else attrs.get("value")
        for key in ("property", "name", "itemprop", "http-equiv"):
            if content is not None and attrs.get(key):
                meta.setdefault((attrs.get(key) or "").strip().lower(), []).append(content)
    for node in tree.css("time[itemprop], [itemprop=datePublished], [itemprop=dateModified]"):
        prop = (node.attributes.get("itemprop") or "").lower()
        value = node.attributes.get("datetime") or node.attributes.get("content")
        if prop in ("datepublished", "datemodified") and value:
            meta.setdefault(prop, []).append(value)
    canonical = None
    for node in tree.css("link[rel]"):
        if (node.attributes.get("rel") or "").lower() == "canonical" and node.attributes.get("href"):
            canonical = (node.attributes.get("href") or "").strip() or None
            break
    title = tree.css_first("title")
    return {
        "meta": meta,
        "canonical": canonical,
        "title": dom.normalize_space(title.text()) if title is not None else None,
        "h1": [text for node in tree.css("h1") if (text := dom.normalize_space(node.text()))][:5],
        "times": [node.attributes.get("datetime") for node in tree.css("time[datetime]")],
        "password": tree.css_first("input[type=password]") is not None,
        "search": tree.css_first("input[type=search], form[role=search]") is not None,
        "json_ld": len(tree.css('script[type="application/ld+json" i]')),
    }


def test_head_read_in_one_search_is_what_separate_searches_read() -> None:
    tree = LexborHTMLParser(_HEAD_PAGE)
    head = read_head(tree)
    expected = _head_by_separate_searches(tree)
    found = {
        "meta": head.meta,
        "canonical": head.canonical,
        "title": head.title_tag,
        "h1": head.h1,
        "times": head.times,
        "password": head.has_password_field,
        "search": head.has_search_form,
        "json_ld": len(head.json_ld),
    }
    assert found == expected
    # (a form, script or input found for its itemprop alone is no search form, JSON-LD or password)
    assert len(head.json_ld) == 1
    # (a <time> with a date itemprop matches two of the selectors: its date is listed twice)
    assert head.meta["datepublished"] == ["2024-01-02", "2024-01-02", "2024-01-03", "2024-01-03"]
    assert head.canonical is None and head.has_password_field and not head.has_search_form
