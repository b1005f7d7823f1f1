"""HTML page to Article: the named stages of the HTML path, in order.

parse -> read head metadata -> clean -> walk -> score -> choose container -> select body ->
images and captions -> metadata fields -> article or rejection. Each stage lives in its own
module; this one only wires them and decides whether the page is an article.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace
from datetime import UTC, datetime, tzinfo

from kijiyomi.decode import Decoded
from kijiyomi.html import fields, paywall
from kijiyomi.html.blocks import build_blocks
from kijiyomi.html.content import (
    Scored,
    Selection,
    choose_container,
    looks_like_listing,
    score_segment,
    select_segments,
)
from kijiyomi.html.dom import Walk, clean, normalize_space, parse, walk
from kijiyomi.html.guard import flatten_deep_nesting, strip_raw_text
from kijiyomi.html.header import read_header
from kijiyomi.html.images import collect_images
from kijiyomi.html.listing import grid_adds, listing_replaces, story_under_headline
from kijiyomi.html.metadata import HeadMetadata, read_head
from kijiyomi.html.verdict import judge_page
from kijiyomi.language import guess_language
from kijiyomi.metadata.credits import find_agency, parse_copyright
from kijiyomi.metadata.dates import parse_date
from kijiyomi.options import ExtractOptions
from kijiyomi.types import Article, Block, BlockKind, Rejection, RejectReason, Result, Source


def extract_html(
    html: str, *, url: str | None, options: ExtractOptions, decoded: Decoded | None = None
) -> Result:
    """Extract the article of an HTML page (already decoded)."""
    started = time.monotonic()
    warnings: list[str] = []
    if decoded is not None and decoded.replaced:
        warnings.append(f"{decoded.replaced} undecodable bytes replaced ({decoded.encoding})")
    if len(html) > options.max_parse_bytes:
        html = strip_raw_text(html)
        if len(html) > options.max_parse_bytes:
            html = html[: options.max_parse_bytes]
            warnings.append(f"page cut to its first {options.max_parse_bytes} characters before parsing")
    # The page's own bytes when they are exactly the UTF-8 of ``html`` (saves encoding it again).
    raw = decoded.utf8 if decoded is not None and html is decoded.text else None
    html, dropped = flatten_deep_nesting(html, options.max_depth, utf8=raw)
    if dropped:
        raw = None  # (the markup changed)
        warnings.append(f"{dropped} tags nested deeper than {options.max_depth} levels ignored")

    tree = parse(raw if raw is not None else html)
    head = read_head(tree)
    clean(tree)
    root = tree.body or tree.root
    if root is None:
        return Rejection(RejectReason.NO_CONTENT, "the page has no body", url, head.title_tag)
    page = walk(
        root, max_nodes=options.max_nodes, max_depth=options.max_depth, deadline=started + options.time_budget
    )
    if page.truncated:
        warnings.append(f"page walk {page.truncated}")
    structured = _structured_body(head)
    if not page.segments and not structured:
        return Rejection(RejectReason.NO_CONTENT, "the page has no visible text", url, head.title_tag)

    scored = [score_segment(segment) for segment in page.segments]
    container = choose_container(page, scored)
    site = fields.choose_site_name(head)
    title = fields.choose_title(head, site[0] if site else None)
    title_text = title[0] if title else None
    selection = select_segments(page, scored, container, title_text)
    blocks = build_blocks(page, selection.body)
    from_structured = bool(structured) and _size(structured) > 2 * _size(blocks) + 200
    if from_structured:
        blocks = structured
        warnings.append("body taken from the page's JSON-LD articleBody (the visible page holds less)")
    if time.monotonic() - started > options.time_budget:
        warnings.append("extraction ran over its time budget")
    article = _assemble(
        head,
        page,
        scored,
        selection.body,
        selection.captions,
        blocks,
        container,
        url,
        warnings,
        site=site,
        title=title,
    )
    verdict = judge_page(head, page, scored, selection.body, article, url, options, from_structured)
    if verdict is not None:
        reason, detail = verdict
        if options.reject_non_articles or (not article.blocks and reason is RejectReason.NO_CONTENT):
            return Rejection(reason, detail, url, article.title)
        note = f"not an article ({reason.value}: {detail}); kept as asked"
        warnings.append(note)
        article = replace(article, warnings=(*article.warnings, note))
    if options.reject_non_articles:
        return article
    # The caller wants the main content of any page: a listing's content is its links.
    if (
        not from_structured
        and not head.is_declared_article()
        and looks_like_listing(page, scored, selection.body)
    ):
        listing_container = choose_container(page, scored, links_as_content=True)
        # On a page the verdict calls a listing, the links after the last sentence are kept too.
        judged_listing = verdict is not None and verdict[0] is RejectReason.LISTING
        listing = select_segments(
            page, scored, listing_container, title_text, keep_links=True, keep_tail=judged_listing
        )
        may_replace = listing_replaces(page, container, listing_container) and not story_under_headline(
            page, scored, selection.body, title_text
        )
        if judged_listing and may_replace and not _larger(page, listing, selection):
            # The listing's links add nothing: its items may be labels, not links (names and
            # prices, a table of areas). A container holding the body and the labels adds them.
            grid_container = choose_container(page, scored, labels_as_content=True)
            if grid_adds(page, container, grid_container):
                listing_container = grid_container
                listing = select_segments(
                    page, scored, listing_container, title_text, keep_links=True, keep_tail=True
                )
        if may_replace and _larger(page, listing, selection):
            listing_blocks = build_blocks(page, listing.body)
            return _assemble(
                head,
                page,
                scored,
                listing.body,
                listing.captions,
                listing_blocks,
                listing_container,
                url,
                warnings,
                site=site,
                title=title,
            )
    return article


def _assemble(
    head: HeadMetadata,
    page: Walk,
    scored: list[Scored],
    body: list[int],
    captions: list[int],
    blocks: list[Block],
    container: int,
    url: str | None,
    warnings: list[str],
    *,
    site: tuple[str, Source] | None,
    title: tuple[str, Source] | None,
) -> Article:
    warnings = list(warnings)  # its own copy: the caller may assemble a second time
    provenance: dict[str, Source] = {}
    values: dict[str, object] = {}

    def put(name: str, found: tuple[object, Source] | fields.DateField | None) -> None:
        if found is not None and found[0] not in (None, "", [], ()):
            values[name] = found[0]
            provenance[name] = found[1]

    put("site_name", site)
    put("title", title)
    put("language", fields.choose_language(head))
    if "language" not in values and (detected := guess_language("\n".join(b.text for b in blocks[:8]))):
        put("language", (detected, Source.DETECTED))
    lang = values.get("language")
    lang = lang if isinstance(lang, str) else None
    zone = fields.default_timezone(lang, url)
    date_lang = fields.date_locale(lang, head, url)
    published: fields.DateField | tuple[datetime, Source] | None = fields.choose_published(
        head, date_lang, zone or UTC
    )
    if published is None:
        published = (
            fields.dateline_under_headline(head, page, date_lang, zone or UTC)
            or _visible_date(page, body, date_lang, zone or UTC)
            or fields.published_near_headline(head, page, date_lang, zone or UTC)
            or fields.dateline_around_body(head, page, body, date_lang, zone or UTC)
            or fields.fallback_published(head, url, date_lang, zone or UTC)
        )
    modified = fields.choose_modified(head, date_lang, zone or UTC)
    if published is None and modified is not None:
        published = fields.in_page_zone(modified, head, zone or UTC)
        warnings.append("the page gives no publication time: published is its last modification time")
    put("published", published)
    put("modified", modified)
    if zone is None and published is not None and not fields.had_zone(published):
        warnings.append("publication time had no zone; UTC assumed")
    put("authors", fields.choose_authors(head, _str(values.get("site_name"))))
    put(
        "description",
        fields.choose_text(head, "description", "og:description", "description", "twitter:description"),
    )
    put("section", fields.choose_text(head, "articleSection", "article:section", "section", "category"))
    put("tags", fields.choose_tags(head))
    put("canonical_url", fields.choose_canonical(head, url))
    header = read_header(page, body, _str(values.get("title")))
    put("kicker", (header.kicker, Source.VISIBLE_TEXT) if header.kicker else None)
    if "authors" not in values and header.authors:
        put("authors", (header.authors, Source.VISIBLE_TEXT))

    blocks, agency = _split_agency_lines(blocks)
    agency = agency or header.agency or _agency_after(page, body)
    if agency is None:
        texts = [b.text for b in blocks[:1]] + [b.text for b in blocks[-2:]]
        agency = next((found for text in texts if (found := find_agency(text))), None)
    put("agency", (agency, Source.VISIBLE_TEXT) if agency else None)
    rights = _copyright(page)
    if rights is not None:
        holder, line = rights
        put("copyright", (line, Source.VISIBLE_TEXT))
        put("rights_holder", (holder, Source.VISIBLE_TEXT))
    images = collect_images(page, captions + header.captions, container, url, header.span)
    confidence = _confidence(head, page, scored, body, blocks)
    return Article(
        blocks=tuple(blocks),
        title=_str(values.get("title")),
        subtitle=None,
        kicker=_str(values.get("kicker")),
        published=_dt(values.get("published")),
        modified=_dt(values.get("modified")),
        authors=tuple(values.get("authors", ())),  # type: ignore[arg-type]
        agency=_str(values.get("agency")),
        rights_holder=_str(values.get("rights_holder")),
        copyright=_str(values.get("copyright")),
        site_name=_str(values.get("site_name")),
        section=_str(values.get("section")),
        tags=tuple(values.get("tags", ())),  # type: ignore[arg-type]
        language=lang,
        url=url,
        canonical_url=_str(values.get("canonical_url")),
        description=_str(values.get("description")),
        images=tuple(images),
        paywalled=paywall.holds_only_part(page, body, blocks, declared_not_free=fields.is_paywalled(head)),
        confidence=confidence,
        provenance=provenance,
        warnings=tuple(warnings),
    )


def _structured_body(head: HeadMetadata) -> list[Block]:
    """Paragraphs of the JSON-LD articleBody, for pages whose markup lacks the text (script-rendered)."""
    article = head.article_object()
    value = article.get("articleBody") if article is not None else None
    if not isinstance(value, str) or len(value) < 200:
        return []
    paragraphs = (normalize_space(part) for part in re.split(r"\n\s*\n|\r?\n|<br\s*/?>|</p>", value))
    return [Block(BlockKind.PARAGRAPH, text) for text in paragraphs if text]


def _larger(page: Walk, listing: Selection, body: Selection) -> bool:
    return _segment_bytes(page, listing.body) > _segment_bytes(page, body.body)


def _segment_bytes(page: Walk, indexes: list[int]) -> int:
    return sum(len(page.segments[index].text.encode("utf-8")) for index in indexes)


def _size(blocks: list[Block]) -> int:
    return sum(len(block.text.encode("utf-8")) for block in blocks)


def _visible_date(
    page: Walk, body: list[int], lang: str | None, zone: tzinfo
) -> tuple[datetime, Source] | None:
    """A <time datetime> or a dateline just before the body."""
    first = body[0] if body else 0
    for value, position in page.times:
        if position <= first + 2 and (parsed := parse_date(value, default_tz=zone, lang=lang)):
            return parsed, Source.TIME_TAG
    # The dateline sits just before the body or among its first lines (dropped there as a dateline).
    kept = set(body)
    before = [segment.text for segment in page.segments[max(0, first - 12) : first]]
    window = range(first + 1, min(len(page.segments), first + 8))
    after = [page.segments[i].text for i in window if i not in kept]
    parsed = fields.date_from_text([*reversed(before), *after], lang, zone)
    if parsed is not None:
        return parsed, Source.VISIBLE_TEXT
    for value, _ in page.times[:3]:
        if parsed := parse_date(value, default_tz=zone, lang=lang):
            return parsed, Source.TIME_TAG
    return None


def _split_agency_lines(blocks: list[Block]) -> tuple[list[Block], str | None]:
    """Lift stand-alone agency lines (「[ロイター]」, "(AP)") out of the body into metadata."""
    agency = None
    kept = []
    for block in blocks:
        if len(block.text) <= 24 and (found := find_agency(block.text)):
            agency = agency or found
            continue
        kept.append(block)
    return kept, agency


def _agency_after(page: Walk, body: list[int]) -> str | None:
    """An agency sign-off right after the body (「（共同）」, "(Reuters)") that trimming left out."""
    if not body:
        return None
    for segment in page.segments[body[-1] + 1 : body[-1] + 4]:
        if len(segment.text) <= 24 and (found := find_agency(segment.text)):
            return found
    return None


def _copyright(page: Walk) -> tuple[str | None, str] | None:
    for segment in reversed(page.segments[-60:]):
        parsed = parse_copyright(segment.text)
        if parsed is not None:
            return parsed
    return None


def _confidence(
    head: HeadMetadata, page: Walk, scored: list[Scored], body: list[int], blocks: list[Block]
) -> float:
    total_prose = sum(weights.prose for weights in scored) or 1.0
    body_prose = sum(scored[index].prose for index in body)
    share = body_prose / total_prose
    size = sum(len(block.text.encode("utf-8")) for block in blocks)
    value = 0.35 * min(1.0, share * 1.5) + 0.35 * min(1.0, size / 2500) + 0.1 * min(1.0, len(blocks) / 5)
    if head.is_declared_article():
        value += 0.2
    if page.truncated:
        value *= 0.5
    return round(max(0.0, min(1.0, value)), 3)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _dt(value: object) -> datetime | None:
    return value if isinstance(value, datetime) else None
