"""Is this page an article? Section fronts, search results, login walls and error pages are not.

A page that declares itself an article (JSON-LD, og:type) and has prose is one. Otherwise the body
must hold real prose that outweighs the page's links. Each rejection names its reason.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from kijiyomi.html.content import Scored
from kijiyomi.html.dom import Walk
from kijiyomi.html.metadata import HeadMetadata
from kijiyomi.options import ExtractOptions
from kijiyomi.types import Article, RejectReason

_ERROR_TITLE = re.compile(
    r"(?:\b404\b|\b410\b|not found|page (?:cannot|can't|could not) be found|ページが見つかりません|"
    r"お探しのページ|ページは存在しません|エラー|seite nicht gefunden|page introuvable|no encontrada)",
    re.IGNORECASE,
)
_SEARCH_PATH = re.compile(
    r"/(?:search|suche|recherche|buscar|kensaku|検索)(?:/|$|\?)|[?&](?:q|query|keyword|s)=", re.I
)
_LOGIN_TEXT = re.compile(r"(?:log ?in|sign ?in|ログイン|パスワード|password)", re.IGNORECASE)


def judge_page(
    head: HeadMetadata,
    page: Walk,
    scored: list[Scored],
    body: list[int],
    article: Article,
    url: str | None,
    options: ExtractOptions,
    from_structured: bool = False,
) -> tuple[RejectReason, str] | None:
    """The reason this page is not an article, or None when it is one."""
    body_bytes = sum(len(block.text.encode("utf-8")) for block in article.blocks)
    links = sum(weights.junk for weights in scored)
    searchy = url is not None and _SEARCH_PATH.search(_path_and_query(url))
    if body_bytes == 0:
        if searchy:
            return RejectReason.SEARCH, "a search result page without results text"
        if links > 500:
            return RejectReason.LISTING, "no body text, only links and labels"
        return RejectReason.NO_CONTENT, "no body text found"
    prose = float(body_bytes) if from_structured else sum(scored[index].prose for index in body)
    sentences = len(article.blocks) if from_structured else sum(1 for i in body if scored[i].sentence_like)
    declared = head.is_declared_article()
    title = article.title or head.title_tag or ""

    if _ERROR_TITLE.search(title) and prose < 1500:
        return RejectReason.ERROR_PAGE, f"error page: {title[:80]}"
    if head.has_password_field and prose < 1200 and _LOGIN_TEXT.search(title + " " + article.text[:500]):
        return RejectReason.LOGIN_WALL, "a login form instead of an article"
    if searchy and not declared and (prose < 2000 or links > prose):
        return RejectReason.SEARCH, "a search result page"
    min_bytes = options.min_article_chars * 2
    if declared and prose >= min_bytes:
        return None
    if prose < min_bytes or sentences == 0:
        return RejectReason.LISTING if links > prose else RejectReason.NO_CONTENT, (
            f"too little prose ({int(prose)} bytes in {sentences} sentences)"
        )
    if not declared and links > prose * 4 and sentences < 4:
        return RejectReason.LISTING, f"mostly links ({int(links)} bytes of links, {int(prose)} of prose)"
    return None


def _path_and_query(url: str) -> str:
    """``path?query`` of a URL; empty for one that cannot be parsed (``http://[bad``)."""
    try:
        parts = urlparse(url)
    except ValueError:
        return ""
    return f"{parts.path}?{parts.query}"
