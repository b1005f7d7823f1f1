"""The last entry of a breadcrumb printed as an ordered list is a headline candidate (synthetic dumps)."""

from __future__ import annotations

import kijiyomi
from kijiyomi.textdump.facts import Facts
from kijiyomi.textdump.headline import breadcrumb_end, headline_candidate
from kijiyomi.textdump.lines import split_lines
from kijiyomi.types import Article

CRUMB = [" 1. Start", " 2. Harbour", " 3. Ferries", " 4. Ferry terminal opens two years late"]
STORY = [
    "The harbour authority said on Monday that the new ferry terminal will open in the spring, two years later "
    "than planned, after problems with the foundations.",
    "The delay has raised the cost of the project by about a fifth, and the authority is in talks with the "
    "builder about who will pay for the extra work.",
    "Passengers will keep using the old terminal until then, with a temporary bus link to the station that "
    "runs every ten minutes during the day.",
]


def _candidates(dump: list[str]) -> dict[str, bool]:
    lines = split_lines("\n".join(dump))
    facts = Facts(lines)
    return {lines.plains[i]: headline_candidate(lines, facts, i) for i in range(len(lines))}


def test_the_last_entry_of_a_numbered_breadcrumb_is_a_candidate() -> None:
    found = _candidates([*CRUMB, "", *STORY])
    assert found["Ferry terminal opens two years late"]
    assert not found["Harbour"]
    assert not found["Ferries"]


def test_a_short_page_name_ending_the_breadcrumb_is_a_candidate() -> None:
    found = _candidates([" 1. Start", " 2. Topics", " 3. Port Logistics", "", *STORY])
    assert found["Port Logistics"]


def test_numbered_lists_that_are_no_breadcrumb_give_no_candidate() -> None:
    lines = split_lines(
        "\n".join(
            [
                " 1. Start",  # a list going on past the line
                " 2. Ferry terminal opens two years late",
                " 3. Bus link to the station runs every ten minutes",
                "",
                " 1. The new terminal opens in the spring after long delays at the quay",  # long entries: teasers
                " 2. Ferry terminal opens two years late",
                "",
                " 3. Passengers keep the old terminal",  # not numbered from 1
                "",
                " 1. Start",
                " 3. Passengers keep the old terminal",  # a gap in the numbers
            ]
        )
    )
    assert not any(breadcrumb_end(lines, i) for i in range(len(lines)))
    assert breadcrumb_end(split_lines("\n".join(CRUMB)), 3)


def test_the_breadcrumb_end_may_be_chosen_and_leaves_its_number() -> None:
    result = kijiyomi.extract("\n".join(["Menu", "", *CRUMB, "", *STORY]), kind="text")
    assert isinstance(result, Article)
    assert result.title == "Ferry terminal opens two years late"
