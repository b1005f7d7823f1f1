"""An article's own list (a buying guide, a listicle): the number over each item and the labels
printed once in each item (``Pros``, ``Cons``, ``Vorteile``) cost as neutral lines, so the body
holds every item's paragraph; a ranking's numbers and a menu's labels stay chrome (synthetic dumps)."""

from __future__ import annotations

import kijiyomi
from kijiyomi.textdump.facts import Facts, _item_labels, _numbering
from kijiyomi.textdump.lines import split_lines
from kijiyomi.types import Article

Item = tuple[str, list[str], list[str], str]  # name, pros, cons, paragraph
INTRO = (
    "We have tested more than forty kettles over the last two years in our own kitchen, timing how fast "
    "each one boils a full litre and how steady its spout stays while pouring."
)
ITEMS_EN: list[Item] = [
    (
        "Alder Pour Kettle",
        ["Fast to boil"],
        ["Small handle"],
        "The Alder boiled a litre in under four minutes in every one of our runs, and its long thin spout "
        "kept the stream narrow and steady even when the kettle was almost empty, which made slow pours easy.",
    ),
    (
        "Birch Travel Kettle",
        ["Light to carry"],
        ["Slow on gas"],
        "The Birch weighs less than half a kilo and folds down to the size of a paperback, so it went with us "
        "on every camping trip, though it needed almost twice as long as the others to boil on a gas ring.",
    ),
    (
        "Cedar Electric Kettle",
        ["Holds the heat"],
        ["Pricey"],
        "The Cedar keeps its water at the set heat for an hour without a sound, and the dial is marked in "
        "steps of five degrees, which is what tea drinkers asked us for more than anything else this year.",
    ),
    (
        "Dune Stovetop Kettle",
        ["Sturdy"],
        ["Plain looks"],
        "The Dune costs less than a meal out and shrugged off a drop onto the stone floor of our test kitchen "
        "without a dent, so it is the one we would hand to anyone who simply wants hot water without fuss.",
    ),
]
ITEMS_DE: list[Item] = [
    (
        "Erle Wasserkocher",
        ["Kocht schnell"],
        ["Kleiner Griff"],
        "Der Erle brachte einen Liter in jedem unserer Durchgänge in weniger als vier Minuten zum Kochen, "
        "und sein langer dünner Ausguss hielt den Strahl auch bei fast leerem Kessel ruhig und schmal.",
    ),
    (
        "Birke Reisekocher",
        ["Leicht"],
        ["Langsam auf Gas"],
        "Der Birke wiegt weniger als ein halbes Kilo und lässt sich auf die Größe eines Taschenbuchs falten, "
        "deshalb kam er auf jede Zeltreise mit, auch wenn er auf dem Gaskocher fast doppelt so lange brauchte.",
    ),
    (
        "Zeder Elektrokocher",
        ["Hält die Wärme"],
        ["Teuer"],
        "Der Zeder hält sein Wasser eine Stunde lang lautlos auf der gewählten Temperatur, und der Regler ist "
        "in Schritten von fünf Grad beschriftet, was sich Teetrinker in diesem Jahr am meisten gewünscht haben.",
    ),
    (
        "Düne Herdkessel",
        ["Robust"],
        ["Schlichtes Aussehen"],
        "Der Düne kostet weniger als ein Essen im Restaurant und überstand einen Sturz auf den Steinboden "
        "unserer Testküche ohne eine Delle, darum empfehlen wir ihn allen, die einfach heißes Wasser wollen.",
    ),
]
FOOTER = ["Newsletter", "Privacy", "Terms of use", "Contact"]


def guide(title: str, intro: str, items: list[Item], pros: str, cons: str) -> str:
    """A buying guide: its title, an intro, then for each item its number, name, pros and cons
    under their labels and a paragraph."""
    lines = ["Home", "Reviews", "Kitchen", title, intro]
    for number, (name, good, bad, paragraph) in enumerate(items, start=1):
        lines += [str(number), name, pros, *good, cons, *bad, paragraph]
    return "\n".join([*lines, *FOOTER]) + "\n"


def extract(text: str) -> Article:
    result = kijiyomi.extract(text, kind="text")
    assert isinstance(result, Article), result
    return result


def test_a_buying_guide_keeps_every_item() -> None:
    text = guide("The Best Kettles of the Year", INTRO, ITEMS_EN, "Pros", "Cons")
    article = extract(text)
    body = article.text
    for _, _, _, paragraph in ITEMS_EN:
        assert paragraph in body
    assert article.title == "The Best Kettles of the Year"
    assert "Privacy" not in body


def test_a_german_buying_guide_keeps_every_item() -> None:
    intro = (
        "Wir haben in den letzten zwei Jahren mehr als vierzig Wasserkocher in unserer eigenen Küche "
        "getestet und gemessen, wie schnell jeder einen vollen Liter zum Kochen bringt."
    )
    text = guide("Die besten Wasserkocher des Jahres", intro, ITEMS_DE, "Vorteile", "Nachteile")
    article = extract(text)
    for _, _, _, paragraph in ITEMS_DE:
        assert paragraph in article.text
    assert article.title == "Die besten Wasserkocher des Jahres"


def facts_of(lines: list[str]) -> tuple[list[str], Facts]:
    dump = split_lines("\n\n".join(lines) + "\n")  # (blank lines between: no line joined back)
    return dump.plains, Facts(dump)


def test_the_numbers_over_an_articles_items_are_no_chrome() -> None:
    plains, facts = facts_of(guide("The Best Kettles", INTRO, ITEMS_EN, "Pros", "Cons").splitlines())
    numbers = {plains[index] for index in _numbering(plains, facts.prose)}
    assert numbers == {"1", "2", "3", "4"}


def test_a_rankings_numbers_stay_chrome() -> None:
    # a "most read" box: a number, one teaser sentence, the next number
    teasers = [
        "The council voted on Tuesday to close the old library for two years of repairs to its roof.",
        "A storm cut the power to some four thousand homes along the coast for most of the night.",
        "The city's football club named a new coach after a run of six games without a single win.",
    ]
    lines = ["Most read"]
    for number, teaser in enumerate(teasers, start=1):
        lines += [f"{number}.", teaser]
    plains, facts = facts_of(lines)
    assert _numbering(plains, facts.prose) == frozenset()


def test_numbers_out_of_sequence_stay_chrome() -> None:
    # counters (likes, comments) beside paragraphs are no list
    paragraph = ITEMS_EN[0][3]
    plains, facts = facts_of(["12", "Alder", "Pros", paragraph, "7", "Birch", "Cons", paragraph, "31"])
    assert _numbering(plains, facts.prose) == frozenset()


def test_a_menus_labels_with_a_blurb_between_are_no_item_labels() -> None:
    # a menu printed three times, a short blurb under each entry: no paragraph of an item between
    blurb = "Everything our members need to know about the year's events, dues and local chapters is here."
    lines = []
    for _ in range(3):
        lines += [
            "Membership",
            "Open submenu",
            blurb,
            "Research",
            "Open submenu",
            blurb,
            "Events",
            "More",
            "Shop",
        ]
    plains, facts = facts_of(lines)
    assert facts.marked and any(facts.prose)  # (the blurb is prose, but no item's paragraph)
    assert _item_labels(plains, facts.marked, facts._paragraphs()) == frozenset()


def test_labels_printed_a_few_lines_apart_are_no_item_labels() -> None:
    # a form's buttons between two sentences: closer than an item's span
    lines = ["Log in", ITEMS_EN[0][3], "Log in", "Cancel", ITEMS_EN[1][3], "Log in", "Cancel", ITEMS_EN[2][3]]
    plains, facts = facts_of(lines)
    assert _item_labels(plains, facts.marked, facts._paragraphs()) == frozenset()
