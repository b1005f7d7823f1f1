"""w3m's stand-ins for pictures inside a story (synthetic dumps)."""

from __future__ import annotations

import kijiyomi
from kijiyomi.types import Article

INTRO = (
    "Our team went through the week's offers at the hardware market and picked the ones that are worth a "
    "look, from garden tools to kitchen scales, with the price before and after the cut."
)
CLOSING = (
    "Prices were checked on Friday morning and may have changed since then, so look again before you buy."
)
OTHER = (
    "The town's library reopens next week after a year of building work, with a new reading room on the "
    "top floor and longer opening hours on Saturdays."
)
ITEMS = [
    f"Cordless garden trimmer model {n} with two batteries and a charger for $4{n}.99 (was $8{n}.99)"
    for n in range(12)
]


def _extract(lines: list[str]) -> Article:
    result = kijiyomi.extract("\n".join(lines), kind="text")
    assert isinstance(result, Article), result
    return result


def test_pictures_between_the_rows_of_a_story_are_crossed() -> None:
    body: list[str] = ["Week's best hardware deals", "", INTRO, ""]
    for item in ITEMS:
        body += ["[deal-photo]", "", item, ""]
    body += [CLOSING]
    text = _extract(body).text
    assert INTRO in text
    assert all(item in text for item in ITEMS)
    assert CLOSING in text
    assert "[deal-photo]" not in text


def test_a_row_of_pictures_after_the_story_still_costs() -> None:
    """Pictures with no long line on either side (a gallery) are no story's: the body ends before
    them, not after the next paragraph."""
    gallery = ["[gallery-photo]"] * 12
    result = _extract(["Week's best hardware deals", "", INTRO, "", CLOSING, "", *gallery, "", OTHER])
    assert CLOSING in result.text
    assert OTHER not in result.text
