"""A code listing inside a post: its lines, however short, are crossed for free, so the paragraphs
after it stay in the body; English and German posts (synthetic dumps)."""

from __future__ import annotations

import pytest
from synthetic_dump import extract

from kijiyomi.textdump.body import _code

LISTING = [
    "const client = createClient({",
    "retries: 3,",
    "timeout: 5000,",
    "});",
    "function fetchWeather(city) {",
    "const url = `/weather?q=${city}`;",
    "const response = await client.get(url);",
    "if (!response.ok) {",
    "throw new Error(response.status);",
    "}",
    "return response.json();",
    "}",
    "fetchWeather('London');",
]
EN_BEFORE = [
    "Most of the services we call from the browser fail now and then, and a request that hangs is "
    "worse for the reader than one that fails fast with a clear message on the screen.",
    "The small client below retries a failed request three times and gives up after five seconds, "
    "which is what we settled on after a month of watching the error logs of the site.",
]
EN_AFTER = (
    "With the client in place the weather box on the front page stopped freezing, and the number of "
    "support mails about a blank sidebar fell from a dozen a week to almost none at all."
)
DE_BEFORE = [
    "Die meisten Dienste, die wir aus dem Browser aufrufen, fallen hin und wieder aus, und eine Anfrage, "
    "die hängen bleibt, ist für die Leser schlimmer als eine, die schnell mit einer klaren Meldung scheitert.",
    "Der kleine Client unten wiederholt eine fehlgeschlagene Anfrage dreimal und gibt nach fünf Sekunden "
    "auf, so wie wir es nach einem Monat mit den Fehlerprotokollen der Seite festgelegt haben.",
]
DE_AFTER = (
    "Seit der Client im Einsatz ist, friert der Wetterkasten auf der Startseite nicht mehr ein, und die "
    "Zahl der Mails über eine leere Seitenleiste fiel von einem Dutzend pro Woche auf fast keine."
)


def post(title: str, before: list[str], after: str) -> str:
    return "\n".join(["Blog", "About", title, *before, *LISTING, after, "Newsletter", "Imprint"]) + "\n"


@pytest.mark.parametrize(
    ("title", "before", "after"),
    [
        ("Retrying requests without freezing the page", EN_BEFORE, EN_AFTER),
        ("Anfragen wiederholen, ohne dass die Seite einfriert", DE_BEFORE, DE_AFTER),
    ],
)
def test_the_paragraph_after_a_code_listing_stays_in_the_body(
    title: str, before: list[str], after: str
) -> None:
    article = extract(post(title, before, after))
    assert before[0] in article.text
    assert after in article.text
    assert "Imprint" not in article.text


def test_lines_of_code() -> None:
    for line in ("x = f(y);", "if (a) {", "call(a, b,", "const url = build(", "items = ["):
        assert _code(line), line


def test_lines_that_are_no_code() -> None:
    for line in (
        "Posted in News,",  # (a comma at the end, no mark of code before it)
        "The results (2019)",  # (a bracket closes a title)
        "Read more;",
        "See the list below:",
        "Preis: 3 €;",  # (not ASCII)
        "{",  # (a lone bracket is a code listing's brace, priced as such elsewhere)
    ):
        assert not _code(line), line
