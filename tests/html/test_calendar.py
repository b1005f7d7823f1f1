"""A calendar widget beside or under a story is no part of it.

``content.calendar_cells``: a table holding a month of day numbers (``CALENDAR_DAYS`` or more) and
weekday initials, with at most ``CALENDAR_OTHER`` other cells (the month's name, links to the
months around it), is a blog's or a paper's archive calendar; its cells never enter the body. A
table of figures with words in it (results, prices) is the story's own.
"""

from __future__ import annotations

import pytest
from page_walk import walk_body

import kijiyomi
from kijiyomi.html import classifier
from kijiyomi.html.content import CALENDAR_DAYS, CALENDAR_OTHER, calendar_cells
from kijiyomi.html.phrases import is_calendar_cell
from kijiyomi.types import Article

_STORY = [
    "The village council met on Tuesday evening to decide on the new opening hours of the library, "
    "which had been closed on Mondays since the spring because two of its staff had left.",
    "After a long debate the council agreed to open on Mondays again from the first of next month, "
    "paid for by the money saved when the old heating was replaced last winter.",
    "The librarian said she was glad. Children from the school next door come in every afternoon, "
    "and many of them had nowhere else to go when the doors stayed shut at the start of the week.",
]


def _calendar(month: str = "April 2025", extra: int = 0) -> str:
    head = "".join(f"<th>{day}</th>" for day in ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"))
    days = [f"<td>{day}</td>" for day in range(1, 31)] + [f"<td>link {n}</td>" for n in range(extra)]
    rows = "".join(f"<tr>{''.join(days[start : start + 7])}</tr>" for start in range(0, len(days), 7))
    return f'<table class="archive"><caption>{month}</caption><tr>{head}</tr>{rows}</table>'


def _page(calendar: str) -> str:
    story = "".join(f"<p>{text}</p>" for text in _STORY)
    return f"""<!doctype html><html lang="en"><head><title>The library opens on Mondays again</title>
<meta property="og:type" content="article"></head><body>
<article><h1>The library opens on Mondays again</h1>{story}{calendar}</article></body></html>"""


@pytest.mark.parametrize("model", [False, True])
def test_a_calendar_under_the_story_stays_out(monkeypatch: pytest.MonkeyPatch, model: bool) -> None:
    if not model:
        monkeypatch.setattr(classifier, "load_model", lambda: None)
    result = kijiyomi.extract(_page(_calendar()), url="https://village.example.com/news/library")
    assert isinstance(result, Article)
    assert all(paragraph in result.text for paragraph in _STORY)
    assert "Mo | Tu" not in result.text and "15" not in result.text


def _cells(table: str) -> int:
    page, _ = walk_body(table)
    return len(calendar_cells(page))


def test_only_a_month_of_days_with_few_other_cells_is_a_calendar() -> None:
    assert _cells(_calendar()) == 1 + 7 + 30  # the caption, the weekdays, the days
    assert _cells(_calendar(extra=CALENDAR_OTHER - 1)) > 0  # the month's name and two links
    assert _cells(_calendar(extra=CALENDAR_OTHER)) == 0  # more cells that are no days
    week = "".join(f"<td>{day}</td>" for day in range(1, CALENDAR_DAYS))
    assert _cells(f"<table><tr>{week}</tr></table>") == 0  # fewer days than a month
    results = "".join(f"<tr><td>{day}</td><td>Team {day}</td><td>{day * 3}</td></tr>" for day in range(1, 31))
    assert _cells(f"<table>{results}</table>") == 0  # a table of results: words and large numbers


def test_calendar_cells() -> None:
    for text in ("1", "9", "24", "31", "M", "Di", "Sa"):
        assert is_calendar_cell(text)
    for text in ("0", "32", "2025", "Mon", "April 2025", "« Mar", ""):
        assert not is_calendar_cell(text)
