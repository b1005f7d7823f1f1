"""Named vocabularies that mark block elements as boilerplate, article body or caption.

Heuristics are data: class/id/itemprop/role tokens grouped by meaning and matched as whole tokens
(``article-footer`` is the tokens ``article`` and ``footer``), so ``header`` never matches
``subheader-text`` by accident. Negative evidence wins over positive evidence.
"""

from __future__ import annotations

from functools import lru_cache

NEGATIVE = 1
POSITIVE = 2
CAPTION = 4
COMMENTS = 8
PAYWALL = 16
STRUCTURAL_NEGATIVE = 32  # <footer>, <aside>, <header> by tag
CONSENT = 64  # a cookie/consent manager's banner or dialog: never article text

_NAVIGATION = (
    "nav navi navbar navigation menu menubar submenu megamenu breadcrumb breadcrumbs crumbs topbar toolbar "
    "masthead skiplink skip-link pagination pager paging footer foot sidebar side aside rail widget widgets "
    "sitemap gnav hnav lnav snav globalnav global-nav"
)
_RECOMMENDATIONS = (
    "related relate relatedposts related-posts recommend recommended recommendation recommendations "
    "ranking rankings rank popular trending mostread most-read mostviewed readmore more-stories morestories "
    "also outbrain taboola teaser teasers promo promotion promoted sponsor sponsored partner partners "
    "osusume kanren pickup headlines latest feed"
)
_SOCIAL = "share sharing social sns follow likes like tweet facebook twitter line-it hatena pocket print"
_ADS = "ad ads advert adverts advertisement advertising adsense adslot adunit banner banners dfp gpt"
_FORMS = (
    "subscribe subscription newsletter signup sign-up register login logon signin cookie cookies consent "
    "gdpr modal popup overlay alert notice"
)
_COMMENTS = "comment comments commentlist disqus respond reply replies discussion"
_META = "tags tag taglist tag-list keywords topics byline author-bio bio profile copyright disclaimer"
_BOXES = "factbox factboxes fact-box"  # boxed side facts next to the story, not its prose
_PAYWALL = "paywall premium-content subscriber-only regwall piano metered"
_CONSENT = "cookie cookies consent gdpr onetrust optanon cookiebot usercentrics didomi"

_POSITIVE = (
    "article articlebody article-body articletext article-text content maincontent main-content entry "
    "entry-content post post-content postbody post-body story storybody story-body body text main prose "
    "rich-text richtext honbun kiji news-body newsbody detail body-text bodytext"
)
_CAPTION = "caption figcaption credit photocredit photo-credit wp-caption-text imagecaption image-caption"
# Names only an article's own wrapper carries (not "content", "main", "text", "body": those wrap
# the main column of any page).
_ARTICLE = (
    "article articlebody article-body articletext article-text story storybody story-body entry-content "
    "post-content postbody post-body honbun kiji news-body newsbody"
)


def _spaced(hint: str) -> str:
    """``hint`` with the separators inside names (``_-:./``) as spaces; whitespace separates names.

    (Five ``replace`` calls: about twice as fast as ``str.translate`` on these short strings.)
    """
    return hint.replace("-", " ").replace("_", " ").replace(":", " ").replace(".", " ").replace("/", " ")


def _tokens(words: str) -> frozenset[str]:
    return frozenset(words.split())


NEGATIVE_TOKENS = _tokens(" ".join((_NAVIGATION, _RECOMMENDATIONS, _SOCIAL, _ADS, _FORMS, _META, _BOXES)))
COMMENT_TOKENS = _tokens(_COMMENTS)
PAYWALL_TOKENS = _tokens(_PAYWALL)
POSITIVE_TOKENS = _tokens(_POSITIVE)
CAPTION_TOKENS = _tokens(_CAPTION)
CONSENT_TOKENS = _tokens(_CONSENT)
ARTICLE_TOKENS = _tokens(_ARTICLE)
# Flags that a block element's tag alone gives (all it has without class/id text).
TAG_FLAGS = {
    "footer": STRUCTURAL_NEGATIVE,
    "aside": STRUCTURAL_NEGATIVE,
    "header": STRUCTURAL_NEGATIVE,
    "figcaption": CAPTION,
}


# Words distinctive enough to count when glued to other words in one token ("mainpaywall",
# "articlepaywall", "mainfactbox"): token -> flags.
_GLUED = (("paywall", PAYWALL), ("factbox", NEGATIVE))

# token -> the flags it gives (a token may be in several vocabularies)
_TOKEN_FLAGS: dict[str, int] = {}
for _words, _flags in (
    (COMMENT_TOKENS, COMMENTS | NEGATIVE),
    (NEGATIVE_TOKENS, NEGATIVE),
    (PAYWALL_TOKENS, PAYWALL),
    (CAPTION_TOKENS, CAPTION),
    (CONSENT_TOKENS, CONSENT | NEGATIVE),
    (POSITIVE_TOKENS, POSITIVE),
):
    for _word in _words:
        _TOKEN_FLAGS[_word] = _TOKEN_FLAGS.get(_word, 0) | _flags


@lru_cache(maxsize=8192)
def classify_hint(hint: str) -> int:
    """Flags for one element's class/id/itemprop/role text."""
    if not hint:
        return 0
    flags = 0
    get = _TOKEN_FLAGS.get
    spaced = _spaced(hint)
    for token in spaced.split():  # the parts of compound names
        found = get(token)
        if found is not None:
            flags |= found
        elif len(token) > 7:
            for word, glued in _GLUED:
                if word in token:
                    flags |= glued
    if spaced != hint:  # whole names too (some vocabulary words hold a separator)
        for token in hint.split():
            flags |= get(token, 0)
    if "articlebody" in hint:
        flags |= POSITIVE
    return flags


def classify(tag: str, hint: str) -> int:
    """Flags for a block element from its tag and its class/id text."""
    flags = classify_hint(hint) if hint else 0
    if flags & CONSENT and tag in ("body", "html"):
        flags &= ~CONSENT  # a page-wide class ("cookies-accepted", "gdpr-applies") marks no banner
    return flags | TAG_FLAGS.get(tag, 0)


def names_footer(tag: str, hint: str) -> bool:
    """Whether an element is a page's or a story's footer: a ``<footer>`` or a ``footer`` name."""
    return tag == "footer" or ("footer" in hint and "footer" in _spaced(hint).split())


def names_article(tag: str, hint: str) -> bool:
    """Whether an element is marked as an article: an ``<article>`` or an article-only name in its
    class/id text (``story-body``, ``entry-content``; whole names or their parts)."""
    if tag == "article":
        return True
    if not hint:
        return False
    return any(token in ARTICLE_TOKENS for token in (*hint.split(), *_spaced(hint).split()))
