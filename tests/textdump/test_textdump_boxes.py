"""Box headers under a story (an author's bio, recent posts, post navigation) end the body, in
English, German, French and Spanish (synthetic dumps)."""

from __future__ import annotations

import pytest
from synthetic_dump import extract

from kijiyomi.textdump.vocab import section_header

STORY = [
    "The harbour authority said on Monday that the new ferry terminal will open in the spring, two years "
    "later than planned, after problems with the foundations.",
    "The delay has raised the cost of the project by about a fifth, and the authority is in talks with the "
    "builder about who will pay for the extra work.",
    "Passengers will keep using the old terminal until then, with a temporary bus link to the station that "
    "runs every ten minutes during the day.",
]
BIO = [
    "Jane Doe has written about ports and shipping for the paper since 2009, after ten years as a "
    "reporter at a trade magazine in the capital.",
]


@pytest.mark.parametrize(
    "header",
    [
        "About the Author",
        "Recent Posts",
        "Post navigation",
        "Featured Content",
        "Über den Autor",
        "Articles récents",
        "À propos de l'auteur",
        "Sobre el autor",
        "Artículos recientes",
        "On the same topic",
        "Zum selben Thema",
        "Unsere Auswahl",
        "Notre sélection",
    ],
)
def test_a_box_header_under_the_story_ends_the_body(header: str) -> None:
    assert section_header(header)
    text = "\n\n".join(["Home News", "Ferry terminal opens two years late", *STORY, header, *BIO]) + "\n"
    result = extract(text)
    assert [block.text for block in result.blocks] == STORY


def test_the_words_inside_a_sentence_are_no_box_header() -> None:
    assert not section_header("About the author of this report, little is known.")
    assert not section_header("Recent posts on the forum were deleted.")
