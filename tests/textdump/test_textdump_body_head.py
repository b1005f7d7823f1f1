"""A headline that stands among the body's first lines right above a subheading (so it is none of
the body's running lines) is weighed by the ranker too (synthetic dumps, English and German)."""

from __future__ import annotations

import pytest

import kijiyomi
from kijiyomi.types import Article

ENGLISH = (
    "https://example.org/2025/12/small-ferries-comeback-coast",
    [
        "The Harbour Notes Weblog",
        "Jane Doe's notes on ferries, ports and the people who work there. I write about boats every week.",
        "Friday, December 19, 2025",
        "Small ferries are making a comeback on the coast",
        "Small is the new large",
        "For years the operators bought ever larger ships, but this winter three of them ordered small "
        "electric ferries instead.",
        "The new boats carry sixty passengers each and can dock at the old wooden piers that the big ships "
        "could not reach.",
        "The first of them will enter service in the spring, on the route between the two islands in the bay.",
    ],
)
GERMAN = (
    "https://example.de/2025/12/kleine-faehren-kehren-kueste-zurueck",
    [
        "Das Weblog der Hafennotizen",
        "Die Notizen von Erika Muster über Fähren, Häfen und die Menschen, die dort arbeiten. Jede Woche "
        "ein neuer Beitrag.",
        "Freitag, 19. Dezember 2025",
        "Kleine Fähren kehren an die Küste zurück",
        "Klein ist das neue Groß",
        "Jahrelang kauften die Reedereien immer größere Schiffe, doch in diesem Winter bestellten drei von "
        "ihnen kleine Elektrofähren.",
        "Die neuen Boote fassen je sechzig Fahrgäste und können an den alten Holzstegen anlegen, die die "
        "großen Schiffe nicht erreichten.",
        "Das erste Boot soll im Frühjahr auf der Strecke zwischen den beiden Inseln in der Bucht fahren.",
    ],
)


@pytest.mark.parametrize(("url", "lines"), [ENGLISH, GERMAN])
def test_the_headline_above_a_subheading_at_the_body_start_is_found(url: str, lines: list[str]) -> None:
    result = kijiyomi.extract("\n\n".join(lines) + "\n", kind="text", url=url)
    assert isinstance(result, Article), result
    assert result.title == lines[3]
    texts = [block.text for block in result.blocks]
    assert lines[3] not in texts  # (the headline leaves the body)
    assert lines[4] in texts and lines[5] in texts
