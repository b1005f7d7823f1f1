"""An author's bio under a story (an author box) ends the body; a story that tells of a writer
keeps its paragraphs (synthetic dumps of our own)."""

from __future__ import annotations

import pytest
from synthetic_dump import extract

from kijiyomi.textdump.bio import author_bio

STORY = [
    f"The harbour authority said on day {day} that the ferry terminal works went on through the night, "
    f"and that the crews expect to finish the foundations of pier {day} before the spring tides."
    for day in range(1, 7)
]
BOX = [
    "About the Author",
    "Rosa Almeida, Staff Writer",
    "Rosa Almeida is a staff writer for the Harbour Gazette. She covers shipping, ports and the people "
    "who work in them, and she has lived by the sea all her life.",
    "Tomas Brenner is the founder of a small ferry company and wrote for the paper for years about "
    "the boats he runs between the islands and the mainland coast.",
    "The Harbour Gazette was founded in 1921 and is read in every town along the coast, from the "
    "lighthouse at the point to the old fishing villages in the north of the bay.",
    "Our newsroom publishes stories about shipping, fishing, weather and local politics every day of "
    "the week, and our reporters answer the letters of our readers in a column on Sundays.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Rosa Almeida is a staff writer for the Harbour Gazette.",
        "Rosa Almeida is the founder of Harbour Tours. She writes about boats.",
        "Dr. Rosa Almeida is a freelance science journalist based in Lisbon.",
        "Rosa is Lead Editor at the Harbour Gazette, which she joined in 2020.",
        "Rosa Almeida ist Wirtschaftsredakteurin der Hafenzeitung.",
        "Rosa Almeida est journaliste au service économie.",
        "Rosa Almeida es periodista y vive en Lisboa.",
    ],
)
def test_bio_lines(line: str) -> None:
    assert author_bio(line)


@pytest.mark.parametrize(
    "line",
    [
        "He is a writer for the Harbour Gazette.",  # (a pronoun: the story goes on about someone)
        "The Gazette is a paper founded by a harbour pilot.",
        "Kenya is plainly the tea producer Gulf buyers trust most.",  # (an article inside)
        "Who is the author of the letter? Nobody knows.",
        "Rosa Almeida, a staff writer, said the ferry was late.",  # (no verb after the name)
        "Rosa Almeida has been a writer for twenty years.",
        "Rosa Almeida is a pilot who has steered ships into the harbour for twenty years.",
    ],
)
def test_no_bio_lines(line: str) -> None:
    assert not author_bio(line)


def test_author_box_ends_the_story() -> None:
    article = extract("\n\n".join(["Ferry terminal works go on", *STORY, *BOX]))
    assert article.text.split("\n\n") == STORY


def test_author_box_over_the_story_is_left_above() -> None:
    lines = ["Ferry terminal works go on", BOX[1], BOX[2], *STORY]
    article = extract("\n\n".join(lines))
    assert article.text.split("\n\n") == STORY


def test_a_short_story_keeps_its_body_against_a_longer_box_elsewhere() -> None:
    # The bio parts the best stretch only: prose beyond a rights line (a sign-up box longer than the
    # story) is not weighed again.
    below = [
        "© 2026 Harbour Gazette. All rights reserved.",
        *[
            f"Get the weekly digest of harbour news number {k}, with the tides, the timetables and the "
            f"weather for the coming days, and read the letters of our readers from all along the coast."
            for k in range(3)
        ],
    ]
    story = STORY[:2]
    article = extract("\n\n".join(["Ferry terminal works go on", *story, BOX[2], BOX[4], BOX[5], *below]))
    assert article.text.split("\n\n") == story


def test_a_story_about_a_writer_keeps_its_paragraphs() -> None:
    # The line names its subject after a pronoun: no bio, the story goes on.
    middle = (
        "She is a writer who has told the story of the harbour for twenty years, and she says the delay "
        "is the longest she has seen."
    )
    story = [*STORY[:3], middle, *STORY[3:]]
    article = extract("\n\n".join(["Ferry terminal works go on", *story]))
    assert article.text.split("\n\n") == story
