"""Images of the article with their captions and photo credits (captions never enter the body)."""

from __future__ import annotations

from urllib.parse import urljoin

from kijiyomi.html.dom import Walk, enclosing
from kijiyomi.metadata.credits import parse_photo_credit
from kijiyomi.types import Image

_MAX_IMAGES = 50


def collect_images(
    page: Walk, captions: list[int], container: int, url: str | None, span: tuple[int, int]
) -> list[Image]:
    """Images of the article, each paired with the caption of its figure or the next caption.

    An image belongs to the article when it is inside the body container or between the headline
    and the end of the body (``span``, in segment positions).
    """
    start, end = span
    inside = [
        image
        for image in page.images
        if _inside(page, image.owner, container) or start <= image.position <= end
    ]
    caption_by_figure: dict[int, list[str]] = {}
    loose_captions: list[tuple[int, str]] = []
    for index in captions:
        segment = page.segments[index]
        figure = enclosing(page.elements, segment.owner, "figure")
        if figure >= 0:
            caption_by_figure.setdefault(figure, []).append(segment.text)
        else:
            loose_captions.append((index, segment.text))
    images: list[Image] = []
    used_loose: set[int] = set()
    for image in inside[:_MAX_IMAGES]:
        caption_text = " ".join(caption_by_figure.get(image.figure, ())) or None
        if caption_text is None:
            for position, (index, text) in enumerate(loose_captions):
                if position not in used_loose and index >= image.position:
                    caption_text = text
                    used_loose.add(position)
                    break
        credit = None
        if caption_text:
            split = parse_photo_credit(caption_text)
            if split is not None:
                caption_text, credit = split[0] or None, split[1]
        src = urljoin(url, image.src) if url and image.src else image.src
        if src is None and caption_text is None:
            continue
        images.append(Image(src=src, alt=image.alt or None, caption=caption_text, credit=credit))
    return images


def _inside(page: Walk, owner: int, container: int) -> bool:
    index = owner
    while index >= 0:
        if index == container:
            return True
        index = page.elements[index].parent
    return False
