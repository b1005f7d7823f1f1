"""Credits inside a story: a bare ``© Holder`` line and a caption whose credit is a rights notice
do not cut the body when paragraphs stand on both sides; under the story they still end it
(synthetic dumps)."""

from __future__ import annotations

from synthetic_dump import extract

from kijiyomi.textdump.facts import bare_credit

EN_ABOVE = [
    "The harbour authority said on Monday that the new ferry terminal will open in the spring, two years "
    "later than planned, after problems with the foundations.",
    "The delay has raised the cost of the project by about a fifth, and the authority is in talks with the "
    "builder about who will pay for the extra work.",
]
EN_BELOW = [
    "Passengers will keep using the old terminal until then, with a temporary bus link to the station that "
    "runs every ten minutes during the day.",
    "The ferry company said it would add two late crossings on Fridays while the works go on, and that "
    "tickets bought for the new terminal stay valid.",
    "A public meeting about the bus link is planned for next month in the town hall, where residents can "
    "ask the authority about the noise of the building site.",
]
DE_ABOVE = [
    "Der Stadtrat hat am Dienstag beschlossen, die Uferstraße bis zum Sommer für den Autoverkehr zu sperren, "
    "damit der neue Radweg gebaut werden kann.",
    "Die Arbeiten sollen nach Angaben der Verwaltung etwa vier Monate dauern und rund zwei Millionen Euro "
    "kosten, die zum Teil vom Land kommen.",
]
DE_BELOW = [
    "Anwohner dürfen die Straße weiter befahren, müssen aber mit Umleitungen rechnen, solange die "
    "Baustelle zwischen Brücke und Hafen liegt.",
    "Der Fahrradclub begrüßte die Entscheidung und kündigte an, die Bauarbeiten mit eigenen Zählungen des "
    "Verkehrs zu begleiten, die er im Herbst vorstellen will.",
    "Die Opposition kritisierte dagegen, dass die Geschäfte am Ufer während der Bauzeit schlechter zu "
    "erreichen seien, und verlangte eine Entschädigung.",
]


def dump(head: str, above: list[str], middle: list[str], below: list[str], tail: list[str]) -> str:
    return "\n\n".join(["Menu", "Home News Sport", head, *above, *middle, *below, *tail]) + "\n"


def test_bare_credit_shape() -> None:
    assert bare_credit("© Harbour Pictures")
    assert bare_credit("(c) example-news.de")
    assert not bare_credit("© 2024 Harbour Pictures")  # a year: the site's rights line
    assert not bare_credit("© Harbour Pictures. All rights reserved")
    assert not bare_credit("Copyright © Harbour Pictures")
    assert not bare_credit("© One Two Three Four Five Six Seven")  # a sentence, no holder's name


def test_a_bare_credit_between_paragraphs_keeps_the_story_whole() -> None:
    for head, above, below in (
        ("Ferry terminal opens two years late", EN_ABOVE, EN_BELOW),
        ("Uferstraße wird für den Radweg gesperrt", DE_ABOVE, DE_BELOW),
    ):
        result = extract(dump(head, above, ["© Harbour Pictures", "01:48 min"], below, ["Newsletter"]))
        assert result.title == head
        texts = [block.text for block in result.blocks]
        assert texts[:2] == above and texts[-3:] == below
        assert "Harbour Pictures" not in result.text


def test_a_bare_credit_under_the_story_still_ends_it() -> None:
    tail = [
        "© Beispiel Verlag",
        "Impressum",
        "Datenschutz",
        "Short note.",
        "This is the long closing notice of the site, written as a sentence about its many partners and "
        "the newsletters that readers of this site may order at any time.",
    ]
    result = extract(dump("Ferry terminal opens two years late", EN_ABOVE, [], EN_BELOW, tail))
    assert [block.text for block in result.blocks] == [*EN_ABOVE, *EN_BELOW]


def test_a_caption_credited_with_a_rights_notice_does_not_cut_the_story() -> None:
    for caption, above, below in (
        (
            "The new terminal building seen from the water on Monday, 5 January 2026, in the harbour "
            "Jane Doe/Copyright 2026 The Agency. All rights reserved.",
            EN_ABOVE,
            EN_BELOW,
        ),
        (
            "Die Uferstraße am Montag, 5. Januar 2026, kurz vor Beginn der Arbeiten am neuen Radweg "
            "Max Muster/Copyright 2026 Die Agentur. Alle Rechte vorbehalten.",
            DE_ABOVE,
            DE_BELOW,
        ),
    ):
        result = extract(dump("Headline of the story here", above, [caption], below, []))
        assert [block.text for block in result.blocks] == [*above, *below]


def test_a_rights_notice_under_the_story_still_ends_it() -> None:
    notice = "Copyright 2026 The Agency. All rights reserved. This material may not be published."
    tail = [
        notice,
        "Readers also liked this other long story about the harbour and its many ferries, which we wrote "
        "for the weekend edition of the paper last year.",
    ]
    result = extract(dump("Ferry terminal opens two years late", EN_ABOVE, [], EN_BELOW, tail))
    assert [block.text for block in result.blocks] == [*EN_ABOVE, *EN_BELOW]
    assert result.copyright is not None


def test_a_caption_signed_with_a_long_credit_does_not_cut_the_story() -> None:
    # the caption's sentence, then its credit after the sign (holders, a bar, a tool): no full stop
    # at the end, so the line is no prose, and its credit is too long for a signed caption
    for caption, above, below in (
        (
            "The map shows where the smoke spread on Friday. © Harbour Times Graphics/OSM | J. Doe "
            "/Harbour Times Graphics OSM Mapmaker",
            EN_ABOVE,
            EN_BELOW,
        ),
        (
            "Die Karte zeigt die Ausbreitung der Rauchwolke am Freitag. © Beispiel Zeitung Infografik/OSM | "
            "M. Muster /Beispiel Zeitung Infografik OSM Kartenwerk",
            DE_ABOVE,
            DE_BELOW,
        ),
    ):
        result = extract(dump("Headline of the story here", above, [caption], below, []))
        assert [block.text for block in result.blocks] == [*above, *below]
