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


def test_pictures_between_short_teasers_still_cost() -> None:
    teasers: list[str] = []
    for n in range(12):
        teasers += ["[teaser-photo]", f"Garden story number {n}"]
    result = _extract(
        ["Week's best hardware deals", "", INTRO, CLOSING, "", "More stories", *teasers, "", CLOSING]
    )
    assert "Garden story number" not in result.text
