"""The shortcuts taken for speed give what the general paths give.

A UTF-8 page is parsed from its own bytes, the dropped tags are found by one element walk instead
of a CSS search, and ASCII text skips the regexes of ``normalize_space`` and ``text_key``.
"""

from __future__ import annotations

import random
import re

from selectolax.lexbor import LexborHTMLParser

import kijiyomi
from kijiyomi.decode import decode
from kijiyomi.html import dom
from kijiyomi.html.keys import text_key

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
    found = [node.mem_id for node in dom._never_text(tree)]
    assert found == [node.mem_id for node in tree.css(", ".join(dom.DROP_TAGS))]
    assert len(found) >= 20


def test_ascii_fast_paths_agree_with_the_regexes() -> None:
    rng = random.Random(5)
    alphabet = "ab Z9_-.:,!\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
    non_word = re.compile(r"\W+")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert dom.normalize_space(text) == dom._SPACE.sub(" ", text).strip(), repr(text)
        assert text_key(text) == non_word.sub("", text).lower(), repr(text)
