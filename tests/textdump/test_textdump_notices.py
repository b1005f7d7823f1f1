"""Lines that read as prose or as a rights line but belong to neither the story nor its foot: a
caption signed with the copyright sign, a cookie or consent notice."""

from __future__ import annotations

import pytest

import kijiyomi
from kijiyomi.textdump.body import body_lines, find_run
from kijiyomi.textdump.facts import Facts
from kijiyomi.textdump.lines import split_lines
from kijiyomi.textdump.signals import signed_caption
from kijiyomi.types import Article

_STORY = [
    "The harbour authority approved the new ferry terminal on Tuesday after two years of planning.",
    "Construction will begin in the spring and the first ships are expected to dock there next autumn.",
    "Local shop owners welcomed the decision, saying more visitors would reach the old town by sea.",
    "The project is paid for by the region and by a loan from the national development bank.",
    "Opponents said the terminal would bring more traffic to the narrow streets around the quay.",
    "The council promised a new bus line between the terminal and the railway station by then.",
]


def _body(dump: str) -> list[str]:
    lines = split_lines(dump)
    facts = Facts(lines)
    run = find_run(lines, facts)
    assert run is not None
    body, _, _ = body_lines(lines, facts, run)
    return [lines.plains[i] for i in body]


def test_a_caption_signed_with_the_copyright_sign_is_a_caption() -> None:
    assert signed_caption("The mayor at the opening of the bridge on Monday. — © Jane Roe/Agency")
    assert signed_caption("Le maire devant la mairie, lundi. © Jean Dupont")
    assert signed_caption("Der Bürgermeister bei der Eröffnung. | (c) Max Muster")
    assert not signed_caption("© Example Media")  # a credit alone: no caption before it
    assert not signed_caption("Terms and privacy. © 2024 Example Media Group")  # a year: a rights line
    assert not signed_caption("All rights reserved. © Example Media")
    assert not signed_caption("Copyright notice. © Example Media")


def test_a_signed_caption_inside_the_story_does_not_cut_it() -> None:
    caption = (
        "The planned terminal seen from the water, in a drawing of the architects. — © Harbour Authority"
    )
    rights = "© 2024 Example Media Group. All rights reserved."
    dump = "\n\n".join(["Home", "News", "Sign in", *_STORY[:3], caption, *_STORY[3:], rights,
                        "Most read", *_STORY[:2]])  # fmt: skip
    body = _body(dump)
    assert body == _STORY  # the caption crossed and dropped, the rights line still ends the story
    article = kijiyomi.extract(dump, kind="text")
    assert isinstance(article, Article)
    assert caption not in article.text


def test_a_cookie_notice_at_the_foot_is_not_the_story() -> None:
    notice = [
        "We use cookies and similar technologies to run this website and to show you personalised ads.",
        "With your consent, our partners may store cookies on your browser to measure the audience.",
        "You can withdraw your consent to cookies at any time in the privacy settings of this site.",
        "Strictly necessary cookies cannot be switched off because the website would not work without them.",
        "Performance cookies let us count visits and traffic sources to improve the site for everyone.",
        "Targeting cookies may be set through our site by our advertising partners to build a profile.",
        "Under data protection law you have the right to opt out of the sale of your personal data by cookies.",
    ]
    dump = "\n\n".join(["Home", "News", *_STORY[:4], "Share", "Related", "Most read", "Accept all", *notice,
                        "Reject all", "Confirm my choices"])  # fmt: skip
    assert _body(dump) == _STORY[:4]


def test_a_story_that_names_cookies_keeps_them() -> None:
    story = [
        "The bakery on Mill Street sold more than two thousand cookies at the autumn market on Saturday.",
        *_STORY[:3],
        "Its owner said the cookies would be baked again for the winter fair in December.",
    ]
    dump = "\n\n".join(["Home", "News", *story, "Share", "Most read"])
    assert _body(dump) == story


_COMMENTS = [
    "I have lived near the quay for thirty years and the traffic is already far too heavy on weekends.",
    "Great news for the old town, the shops there have been struggling since the last ferry line closed.",
    "Who pays for the new bus line? The article does not say, and the region's budget is already tight.",
    "The loan will be paid back by our grandchildren, as always with these prestige projects of the council.",
    "Finally some good news. I hope the terminal also gets a proper waiting room and not just a roof.",
    "The opponents are right about the streets, the buses alone will block the square every morning.",
    "Will there be parking for residents, or will the visitors take every space in the old town again?",
    "I remember when the harbour was full of fishing boats, now it is going to be ferries and coaches.",
]


def test_the_comments_below_their_form_are_not_the_story() -> None:
    dump = "\n\n".join(
        ["Home", "News", *_STORY[:4], "Share", "Leave a Reply", "Your email address will not be published.",
         "Name", "Email", "Post Comment", "12 comments", *[line for c in _COMMENTS for line in ("Reader", c)]]
    )  # fmt: skip
    assert _body(dump) == _STORY[:4]
    article = kijiyomi.extract(dump, kind="text")
    assert isinstance(article, Article)
    assert _COMMENTS[0] not in article.text


def test_a_longer_thread_below_the_story_does_not_win() -> None:
    # the thread holds half as much prose again as the story: the form's line cuts it off, and
    # below it prose is worth half
    story = _STORY[:4]
    dump = "\n\n".join(
        ["Home", "News", *story, "All comments must follow our comment policy and are moderated before posting.",
         *_COMMENTS[:6], "About us", "Contact"]
    )  # fmt: skip
    assert _body(dump) == story


def test_a_story_that_talks_about_publishing_is_kept_whole() -> None:
    story = [
        *_STORY[:3],
        "The plans will not be published before the council votes on them next month, the mayor said.",
        *_STORY[3:],
    ]
    dump = "\n\n".join(["Home", "News", *story, "Share", "Most read"])
    assert _body(dump) == story


@pytest.mark.parametrize("report", ["Report this Comment", "Signaler ce commentaire", "Denunciar comentario"])
def test_a_thread_whose_comments_each_carry_a_report_link_is_not_the_story(report: str) -> None:
    # no form above the thread: each comment's own report link marks it (and the prose below the
    # first is worth half)
    story = _STORY[:4]
    thread = [line for c in _COMMENTS for line in (f"{report} On May 2, 2024, Reader wrote:", c)]
    dump = "\n\n".join(["Home", "News", *story, "Email Print", "Comments from our readers", *thread])
    assert _body(dump) == story


_GESCHICHTE = [
    "Der Stadtrat hat am Dienstag den Bau des neuen Fährterminals nach zwei Jahren Planung beschlossen.",
    "Die Arbeiten beginnen im Frühjahr, die ersten Schiffe sollen im nächsten Herbst dort anlegen.",
    "Die Händler der Altstadt begrüßten die Entscheidung, weil mehr Besucher über das Wasser kommen.",
    "Bezahlt wird das Projekt von der Region und mit einem Kredit der nationalen Förderbank.",
    "Gegner befürchten mehr Verkehr in den engen Gassen rund um den Hafen und am Markt.",
    "Der Rat versprach bis dahin eine neue Buslinie zwischen dem Terminal und dem Bahnhof.",
]


def test_a_newsletter_box_inside_the_story_is_chrome_and_left_out() -> None:
    box = [
        "Get the morning briefing delivered to your inbox every weekday.",
        "By signing up, you agree to our privacy policy and terms of use.",
        "Thanks for signing up! If you don't see our email, please check your spam folder.",
    ]
    dump = "\n\n".join(["Home", "News", *_STORY[:3], *box, *_STORY[3:], "Most read", "Ferry prices rise"])
    article = kijiyomi.extract(dump, kind="text")
    assert isinstance(article, Article)
    assert [block.text for block in article.blocks] == _STORY
    assert not any(line in article.text for line in box)


def test_an_embedded_content_notice_inside_a_german_story_is_left_out() -> None:
    notice = [
        "An dieser Stelle finden Sie einen externen Inhalt eines Videoanbieters, der den Artikel ergänzt.",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
        "Zum Newsletter anmelden: Mit Ihrer E-Mail-Adresse stimmen Sie dem Datenschutz zu.",
    ]
    dump = "\n\n".join(["Startseite", "Lokales", *_GESCHICHTE[:3], *notice, *_GESCHICHTE[3:], "Meistgelesen"])
    article = kijiyomi.extract(dump, kind="text")
    assert isinstance(article, Article)
    assert [block.text for block in article.blocks] == _GESCHICHTE


@pytest.mark.parametrize(
    "line",
    [
        "The company's newsletter reached a million readers last year, the founder said on Monday.",
        "Readers can unsubscribe whenever they like, and most agree that the weekly letter is useful.",
        "Der Newsletter des Vereins erscheint seit zwanzig Jahren jeden Monat auf Papier.",
    ],
)
def test_a_story_sentence_about_newsletters_stays_in_the_story(line: str) -> None:
    story = [*_STORY[:3], line, *_STORY[3:]]
    dump = "\n\n".join(["Home", "News", *story, "Most read"])
    article = kijiyomi.extract(dump, kind="text")
    assert isinstance(article, Article)
    assert [block.text for block in article.blocks] == story
