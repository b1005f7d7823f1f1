"""The last entry of a breadcrumb printed as an ordered list is a headline candidate (synthetic dumps)."""

from __future__ import annotations

import pytest
from harbour_story import HARBOUR_STORY
from synthetic_dump import extract

from kijiyomi.textdump.facts import Facts
from kijiyomi.textdump.headline import breadcrumb_end, headline_candidate
from kijiyomi.textdump.lines import split_lines

CRUMB = [" 1. Start", " 2. Harbour", " 3. Ferries", " 4. Ferry terminal opens two years late"]


def _candidates(dump: list[str]) -> dict[str, bool]:
    lines = split_lines("\n".join(dump))
    facts = Facts(lines)
    return {lines.plains[i]: headline_candidate(lines, facts, i) for i in range(len(lines))}


def test_the_last_entry_of_a_numbered_breadcrumb_is_a_candidate() -> None:
    found = _candidates([*CRUMB, "", *HARBOUR_STORY])
    assert found["Ferry terminal opens two years late"]
    assert not found["Harbour"]
    assert not found["Ferries"]


def test_a_short_page_name_ending_the_breadcrumb_is_a_candidate() -> None:
    found = _candidates([" 1. Start", " 2. Topics", " 3. Port Logistics", "", *HARBOUR_STORY])
    assert found["Port Logistics"]


@pytest.mark.parametrize(
    "dump",
    [
        # the list goes on past the line; the next item's entry above is a title, no section
        [
            " 1. Start",
            " 2. Ferry terminal opens two years late",
            " 3. Bus link to the station runs every ten minutes",
        ],
        # entries above too long for sections' names: a list of teasers
        [
            " 1. The new terminal opens in the spring after long delays at the quay",
            " 2. Ferry terminal opens two years late",
        ],
        # not numbered from 1
        ["Menu", "Harbour", " 3. Passengers keep the old terminal"],
        # a gap in the numbers (1, 1, 3: every line numbered, none counting up)
        [" 1. Start", " 1. Harbour", " 3. Passengers keep the old terminal"],
    ],
    ids=["list-goes-on", "teasers", "not-from-one", "gap"],
)
def test_numbered_lists_that_are_no_breadcrumb_give_no_candidate(dump: list[str]) -> None:
    lines = split_lines("\n".join(dump))
    assert not any(breadcrumb_end(lines, i) for i in range(len(lines)))


def test_a_numbered_breadcrumb_ends_at_its_last_entry_only() -> None:
    lines = split_lines("\n".join(CRUMB))
    assert [breadcrumb_end(lines, i) for i in range(len(lines))] == [False, False, False, True]


def test_the_breadcrumb_end_may_be_chosen_and_leaves_its_number() -> None:
    result = extract("\n".join(["Menu", "", *CRUMB, "", *HARBOUR_STORY]))
    assert result.title == "Ferry terminal opens two years late"
