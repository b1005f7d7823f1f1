"""The readers' thread under a story, each comment signed with its time, is left out of the body;
a forum thread, whose posts are the page, is kept (synthetic dumps)."""

from __future__ import annotations

import pytest
from synthetic_dump import extract

from kijiyomi.textdump.facts import Facts
from kijiyomi.textdump.lines import split_lines
from kijiyomi.textdump.thread import thread_start

STORY = [
    f"The harbour authority said on day {day} that the ferry terminal works went on through the night, "
    f"and that the crews expect to finish the foundations of pier {day} before the spring tides."
    for day in range(1, 13)
]
COMMENTS = [
    (
        "Sam",
        "March 10, 2025 at 1:26 am",
        "I took the old ferry for years and it was always late, so this is no news.",
    ),
    (
        "Kim",
        "March 10, 2025 at 9:02 am",
        "The new terminal looks fine to me, and the bus link is a good idea.",
    ),
    (
        "Lee",
        "March 11, 2025 at 4:45 pm",
        "Who pays for the delay is the real question, and nobody answers it.",
    ),
    ("Ola", "March 12, 2025 at 7:10 am", "My street has had trucks every morning since the works started."),
]


MORE = (
    "I have written to the council about it twice this month and I will write again until somebody answers."
)


def thread_lines() -> list[str]:
    return [line for name, stamp, text in COMMENTS for line in (name, stamp, f"{text} {MORE}", "Reply")]


def test_the_comments_under_a_story_are_left_out() -> None:
    dump = "\n".join(
        ["Harbour works go on through the night", *STORY, "4 thoughts on this story", *thread_lines()]
    )
    texts = [block.text for block in extract(dump).blocks]
    assert texts[-1] == STORY[-1]  # (the thread's head and the first commenter's name left out too)
    assert not any(text.startswith(COMMENTS[0][2]) for text in texts)


def test_a_forum_thread_keeps_its_posts() -> None:
    posts = [line for name, stamp, text in COMMENTS for line in (name, stamp, f"{text} {MORE}")]
    dump = "\n".join(["Ferry delays: what do you think?", *posts, *STORY[:3]])
    texts = [block.text for block in extract(dump).blocks]
    assert f"{COMMENTS[0][2]} {MORE}" in texts
    assert f"{COMMENTS[-1][2]} {MORE}" in texts


def start(plains: list[str]) -> int | None:
    lines = split_lines("\n".join(plains))
    thread = thread_start(lines.plains, list(range(len(lines))), Facts(lines))
    return None if thread is None else thread.start


def test_two_dated_lines_are_no_thread() -> None:
    assert (
        start([*STORY, "Updated March 10, 2025 at 1:26 am", STORY[0], "March 11, 2025, 4:45 pm", STORY[1]])
        is None
    )


def test_the_thread_starts_under_the_story_s_last_sentence() -> None:
    assert start([*STORY, "4 thoughts on this story", *thread_lines()]) == len(STORY)


def test_a_thread_that_opens_the_page_is_no_thread() -> None:
    assert start([*thread_lines(), *STORY]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 10, 2025 at 1:26 am", True),
        ("Sam · 03/03/2026 19:49", True),
        ("2025年3月10日 13:26", True),
        ("March 10, 2025", False),  # (a date without a time of day: a story's dateline as often)
        ("The works went on until 1:26 am on March 10, 2025, the harbour authority said.", False),
    ],
)
def test_a_comment_is_signed_with_a_date_and_a_time_of_day(text: str, expected: bool) -> None:
    signed = [line for name, _, comment in COMMENTS[:3] for line in (name, text, f"{comment} {MORE}")]
    assert (start([*STORY, *signed]) is not None) is expected


def test_a_comment_s_time_is_not_the_story_s_date() -> None:
    dump = "\n".join(
        ["Harbour works go on through the night", *STORY, "June 9, 2024 · 4 Comments", "", *thread_lines()]
    )
    published = extract(dump).published
    assert published is not None
    assert (published.year, published.month, published.day) == (2024, 6, 9)
