"""A paragraph of the story that trails off with an ellipsis, between two others, is kept; a teaser
cut short by the site (under its own headline, among other teasers) is still dropped (synthetic
dumps, English and German)."""

from __future__ import annotations

import pytest
from synthetic_dump import extract

ENGLISH = [
    "The council met on Tuesday evening to decide the future of the old swimming pool, which has been "
    "closed since a storm damaged its roof three winters ago.",
    "Several residents spoke in favour of repairing it, and one of them read out a letter from the "
    "school next door, which has no other place to teach its pupils to swim...",
    "In the end the members voted to spend the money on repairs, on the condition that the work is done "
    "before the next school year starts in September.",
]
GERMAN = [
    "Der Gemeinderat hat am Dienstagabend über die Zukunft des alten Hallenbads beraten, das seit einem "
    "Sturm vor drei Jahren geschlossen ist.",
    "Mehrere Anwohner sprachen sich für eine Sanierung aus, und eine Lehrerin der benachbarten Schule "
    "fragte, wo die Kinder denn sonst schwimmen lernen sollten …",
    "Am Ende stimmte die Mehrheit für die Sanierung, sofern die Arbeiten vor dem Beginn des neuen "
    "Schuljahres im September abgeschlossen sind.",
]


@pytest.mark.parametrize("story", [ENGLISH, GERMAN])
def test_a_paragraph_that_trails_off_between_two_others_is_kept(story: list[str]) -> None:
    text = "\n\n".join(["Home News", "Council votes to repair the old pool", *story]) + "\n"
    assert [block.text for block in extract(text).blocks] == story


def test_a_teaser_cut_short_under_its_headline_is_dropped() -> None:
    teaser = "Another town is also debating what to do with a pool that has been closed for years and that..."
    story = [*ENGLISH[:2], "Other stories", "Neighbouring town weighs its options", teaser, ENGLISH[2]]
    text = "\n\n".join(["Home News", "Council votes to repair the old pool", *story]) + "\n"
    kept = [block.text for block in extract(text).blocks]
    assert teaser not in kept


def test_a_short_line_that_trails_off_is_dropped() -> None:
    story = [ENGLISH[0], "Read the full story...", ENGLISH[2]]
    text = "\n\n".join(["Home News", "Council votes to repair the old pool", *story]) + "\n"
    assert "Read the full story..." not in [block.text for block in extract(text).blocks]
