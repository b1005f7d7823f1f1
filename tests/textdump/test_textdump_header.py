"""The header of a dump: which line is the headline, where the dateline is (synthetic dumps)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from harbour_story import HARBOUR_STORY
from synthetic_dump import extract

from kijiyomi.textdump.facts import picture_credit

FIXTURES = Path(__file__).parent / "fixtures"
UTC = ZoneInfo("UTC")


def test_caption_next_to_its_credit_and_teaser_videos_are_no_headline() -> None:
    result = extract((FIXTURES / "de_credits.txt").read_text(encoding="utf-8"))
    assert result.title == "Stadtrat beschließt neuen Radweg entlang der Uferstraße"
    assert result.kicker == "Politik"
    assert result.published == datetime(2024, 3, 12, 14, 35, tzinfo=UTC)


def test_a_picture_credit_inside_the_story_does_not_cut_the_body() -> None:
    result = extract((FIXTURES / "de_credits.txt").read_text(encoding="utf-8"))
    assert len(result.blocks) == 4
    assert result.blocks[-1].text.startswith("Der Fahrradclub begrüßte")
    assert "imago" not in result.text
    assert result.copyright is None


def test_picture_credits_are_told_from_rights_lines() -> None:
    assert picture_credit("© Hans Mustermann/imago")
    assert picture_credit("Foto: Erika Muster/dpa")
    assert not picture_credit("© 2024 Beispiel Verlag")
    assert not picture_credit("Copyright © Beispiel/Verlag")


def test_author_names_above_the_dateline_are_no_headline() -> None:
    dump = "\n".join(
        ["Home", "News", "Years more of waiting at the quay",
         "The harbour authority blames the foundations for the delay.",
         "Cranes stand idle at the quay on Monday. (Photo: Jane Doe/Harbour Times)", "Anna Maria Field",
         "Tom Oliver Reed", "Published March 4, 2024", "", *HARBOUR_STORY, "", "Related", "Other news of the week"]
    )  # fmt: skip
    result = extract(dump)
    assert result.title == "Years more of waiting at the quay"
    assert result.published is not None and result.published.date().isoformat() == "2024-03-04"


def test_a_date_only_line_among_the_first_paragraphs_is_the_dateline_not_body() -> None:
    dump = "\n".join(
        ["Menu", "Ferry terminal opening delayed by two more years", "", HARBOUR_STORY[0], "March 4, 2024",
         HARBOUR_STORY[1], HARBOUR_STORY[2]]
    )  # fmt: skip
    result = extract(dump)
    assert result.published is not None and result.published.date().isoformat() == "2024-03-04"
    assert "March 4, 2024" not in result.text
    assert len(result.blocks) == 3


def test_a_lone_date_after_the_body_is_taken_but_not_a_list_of_dates() -> None:
    lone = extract(
        "\n".join(["Ferry terminal opening delayed by two more years", *HARBOUR_STORY, "", "4 March 2024"])
    )
    assert lone.published is not None and lone.published.date().isoformat() == "2024-03-04"
    listed = extract(
        "\n".join(
            [
                "Ferry terminal opening delayed by two more years",
                *HARBOUR_STORY,
                "",
                "New bridge opens",
                "2 March 2024",
                "Port strike ends",
                "1 March 2024",
                "Tram line extended",
                "28 February 2024",
            ]
        )
    )
    assert listed.published is None


@pytest.mark.parametrize(
    "impostor",
    [
        "(The terminal as planned in the first drawings of the harbour office)",  # wholly in brackets
        "+ Harbour authority says the ferry terminal will open in the spring",  # an expander
        "Harbour authority\tferry terminal\topens in spring",  # a table row
    ],
)
def test_bracketed_lines_expanders_and_table_rows_are_no_headline(impostor: str) -> None:
    head = ["Ferry terminal opening delayed", "Harbour news", "Share", "Print", impostor, ""]
    assert extract("\n".join([*head, *HARBOUR_STORY])).title == "Ferry terminal opening delayed"


def test_a_byline_with_its_date_among_the_first_lines_of_the_body_gives_the_date() -> None:
    dump = "\n".join(
        ["Menu", "Ferry terminal opening delayed by two more years", "", HARBOUR_STORY[0],
         "Jane Whitfield · Harbour Times Weekly · Posted: Mar 4, 2024 4:00 AM EST", HARBOUR_STORY[1], HARBOUR_STORY[2]]
    )  # fmt: skip
    result = extract(dump)
    assert result.published is not None and result.published.date().isoformat() == "2024-03-04"
    assert "Posted" not in result.text


def test_the_one_date_far_above_the_headline_is_taken_but_not_one_of_several() -> None:
    menu = [f"Section {n}" for n in range(60)]
    head = "Ferry terminal opening delayed"
    lone = extract("\n".join(["Updated March 4, 2024", *menu, head, "", *HARBOUR_STORY]))
    assert lone.published is not None and lone.published.date().isoformat() == "2024-03-04"
    dates = ["March 4, 2024", *menu[:10], "February 2, 2024", *menu[10:]]  # both beyond the header window
    assert extract("\n".join([*dates, head, "", *HARBOUR_STORY])).published is None


@pytest.mark.parametrize(
    ("dateline", "published", "modified"),
    [
        (
            "March 4, 2024 at 3:00 PM, updated March 4, 2024 at 5:12 PM",
            datetime(2024, 3, 4, 15, 0, tzinfo=UTC),
            datetime(2024, 3, 4, 17, 12, tzinfo=UTC),
        ),
        (
            "14/03/2024 15:00 Actualizado a 14/03/2024 17:12",
            datetime(2024, 3, 14, 15, 0, tzinfo=UTC),
            datetime(2024, 3, 14, 17, 12, tzinfo=UTC),
        ),
        ("March 4, 2024 at 3:00 PM", datetime(2024, 3, 4, 15, 0, tzinfo=UTC), None),
        (  # an "update" earlier than the date itself is no update
            "March 4, 2024 at 5:12 PM, updated March 4, 2024 at 3:00 PM",
            datetime(2024, 3, 4, 17, 12, tzinfo=UTC),
            None,
        ),
    ],
)
def test_an_update_printed_on_the_dateline_is_the_modified_date(
    dateline: str, published: datetime, modified: datetime | None
) -> None:
    result = extract("\n\n".join(["Ferry terminal opening delayed by two years", dateline, *HARBOUR_STORY]))
    assert result.published == published
    assert result.modified == modified
