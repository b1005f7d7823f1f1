"""Class/id vocabularies: tokens of compound names, whole names, tag-only flags."""

from __future__ import annotations

from kijiyomi.html import vocabulary as vocab


def test_compound_names_are_read_token_by_token() -> None:
    assert vocab.classify_hint("c-article__body") & vocab.POSITIVE
    assert vocab.classify_hint("site/header:nav.bar") & vocab.NEGATIVE
    assert vocab.classify_hint("subfooter-wrap") == 0  # "footer" is not a token of it
    assert vocab.classify_hint("js-comment-list") == vocab.COMMENTS | vocab.NEGATIVE
    assert vocab.classify_hint("photo-credit") & vocab.CAPTION


def test_whole_names_holding_a_separator_count() -> None:
    # "premium-content" is a paywall word only as a whole name; its parts are not
    assert vocab.classify_hint("premium-content") & vocab.PAYWALL
    assert not vocab.classify_hint("premium content") & vocab.PAYWALL
    assert vocab.classify_hint("skip-link") & vocab.NEGATIVE
    assert vocab.classify_hint("mainarticlebodytext") & vocab.POSITIVE  # substring rule


def test_tags_and_page_wide_classes() -> None:
    assert vocab.classify("footer", "") == vocab.STRUCTURAL_NEGATIVE
    assert vocab.classify("figcaption", "") == vocab.CAPTION
    assert vocab.classify("div", "") == 0
    banner = vocab.classify("div", "cookie-banner")
    assert banner & vocab.CONSENT and banner & vocab.NEGATIVE
    page = vocab.classify("body", "cookies-accepted")
    assert not page & vocab.CONSENT and page & vocab.NEGATIVE
    assert vocab.classify("aside", "related") == vocab.NEGATIVE | vocab.STRUCTURAL_NEGATIVE


def test_fact_boxes_are_furniture() -> None:
    for hint in ("factbox", "story-factbox__title", "fact-box wide", "mainfactbox"):
        assert vocab.classify_hint(hint) & vocab.NEGATIVE, hint
    assert vocab.classify_hint("facts-and-figures") == 0


def test_paywall_glued_into_a_longer_name_counts() -> None:
    for hint in ("mainpaywall_x1y2", "articlepaywall", "site-paywallcontainer"):
        assert vocab.classify_hint(hint) & vocab.PAYWALL, hint
    assert not vocab.classify_hint("paywal-wrapper") & vocab.PAYWALL
    assert vocab.classify_hint("wallpaper") == 0
