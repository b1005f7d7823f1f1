"""The body finder: the maximum-sum stretch over positive lines, and the lazy facts that it makes
exact only where the body lies."""

from __future__ import annotations

import random
import textwrap

from kijiyomi.textdump.body import best_run, body_lines, find_run
from kijiyomi.textdump.facts import NEAR, Facts, _near
from kijiyomi.textdump.lines import split_lines


def _brute_force(values: list[float | None]) -> float:
    best = 0.0
    for start in range(len(values)):
        total = 0.0
        for value in values[start:]:
            if value is None:
                break
            total += value
            best = max(best, total)
    return best


def test_best_run_is_the_maximum_sum_stretch() -> None:
    rng = random.Random(7)
    for _ in range(300):
        values: list[float | None] = [
            None if rng.random() < 0.05 else float(rng.choice([-9, -4, -1, 2, 5, 20])) for _ in range(rng.randint(0, 30))
        ]  # fmt: skip
        run = best_run(values)
        expected = _brute_force(values)
        if expected == 0:
            assert run is None
            continue
        assert run is not None
        stretch = values[run.start : run.end + 1]
        assert None not in stretch
        assert abs(sum(v for v in stretch if v is not None) - expected) < 1e-9
        assert abs(run.score - expected) < 1e-9


def _dump(seed: int) -> str:
    rng = random.Random(seed)
    paragraph = (
        "The council met on Tuesday and agreed to extend the bus network to three new suburbs next year."
    )
    pool = ["Home", "Related", "Most read", "Sign in", "Share", "© Jane Roe/Agency", "Advertisement", "3",
            "A short teaser title here", "Copyright 2024 Example Media", paragraph, paragraph, paragraph,
            "Opening hours: Monday to Friday 9:00-17:00, Saturday 10:00-14:00, closed on Sundays"]  # fmt: skip
    return "\n".join(
        rng.choice(pool) + ("" if rng.random() < 0.7 else f" {i}") for i in range(rng.randint(5, 120))
    )


def test_lazy_facts_find_the_same_body_as_exact_facts() -> None:
    for seed in range(60):
        text = _dump(seed)
        lazy = find_run(split_lines(text), Facts(split_lines(text)))
        lines = split_lines(text)
        exact_facts = Facts(lines)
        exact_facts.complete(0, len(lines))  # every fact exact before the search
        exact = find_run(lines, exact_facts)
        assert (lazy is None) == (exact is None), seed
        if lazy is not None and exact is not None:
            assert abs(lazy.score - exact.score) < 1e-9, seed


def test_w3m_wraps_before_the_last_column() -> None:
    paragraph = (
        "Residents of the northern districts were asked on Thursday to conserve water after the main pipeline "
        "from the reservoir burst during the night, leaving several neighbourhoods without supply until repairs "
        "are finished later this week."
    )
    dump = "\n\n".join("\n".join(textwrap.wrap(paragraph, 79)) for _ in range(4))
    assert [line.text for line in split_lines(dump)] == [paragraph] * 4


def test_the_articles_own_lines_between_paragraphs_are_kept() -> None:
    paragraph = (
        "The library reopened on Monday after a year of repairs, and its reading rooms were full by noon."
    )
    facts = [
        "Address: 12 Harbour Road, Springfield, next to the old railway station",
        "Opening hours: Monday to Friday 9:00-18:00, Saturday 10:00-16:00",
        "Entrance: free for residents, five euros for visitors from elsewhere",
        "Wheelchair access: ramps at the main door and lifts to every floor",
        "Wi-Fi: open network in every room, no password and no time limit",
        "Lockers: on the ground floor, two-euro coin returned when you leave",
    ]
    dump = "\n\n".join(["Home", "News", "Sign in", paragraph, paragraph, "Visitor information", *facts, paragraph,
                      "Share", "Related", "Most read"])  # fmt: skip
    lines = split_lines(dump)
    facts_ = Facts(lines)
    run = find_run(lines, facts_)
    assert run is not None
    body, dropped, other = body_lines(lines, facts_, run)
    assert [lines.plains[i] for i in body] == [paragraph, paragraph, "Visitor information", *facts, paragraph]
    # (the last fact, right above a paragraph, reads as its subheading)
    assert [lines.plains[i] for i in other] == ["Visitor information", *facts[:-1]]
    assert not dropped


def test_a_teaser_an_image_placeholder_or_chrome_inside_the_body_is_still_dropped() -> None:
    paragraph = (
        "The ferry timetable changes next week, with two more crossings each morning during the summer."
    )
    dump = "\n\n".join(
        [
            paragraph,
            "The new harbour plans and what they mean for…",
            "[ferry-photo]",
            paragraph,
            "Share",
            paragraph,
        ]
    )
    lines = split_lines(dump)
    facts = Facts(lines)
    run = find_run(lines, facts)
    assert run is not None
    body, dropped, other = body_lines(lines, facts, run)
    teaser, placeholder = "The new harbour plans and what they mean for…", "[ferry-photo]"
    assert [lines.plains[i] for i in dropped] == [teaser, placeholder, "Share"]
    assert [lines.plains[i] for i in body] == [paragraph] * 3
    assert other == []


def test_a_listicles_repeated_labels_do_not_cut_it() -> None:
    items = [
        (
            "Harbour Bakery",
            "Its rye bread sells out by nine, and the cinnamon rolls are baked twice every morning.",
        ),
        (
            "Mill Street Deli",
            "The sandwiches are huge, the pickles are made in house, and the queue moves quickly.",
        ),
        (
            "Old Town Noodles",
            "Hand-pulled noodles in a rich broth, served until late on weekdays and weekends alike.",
        ),
        (
            "Riverside Grill",
            "Fish from the morning market, grilled over charcoal and served with lemon and herbs.",
        ),
    ]
    parts = ["Home", "Food", "Sign in"]
    for name, text in items:
        parts += [name, text, "Opening times and prices", "See it on the map"]
    dump = "\n\n".join([*parts, "Share", "Most read"])
    lines = split_lines(dump)
    facts = Facts(lines)
    run = find_run(lines, facts)
    assert run is not None
    body, dropped, _ = body_lines(lines, facts, run)
    kept = [lines.plains[i] for i in body]
    assert [text for _, text in items] == [text for text in kept if text.endswith(".")]
    assert {lines.plains[i] for i in dropped} == {"Opening times and prices", "See it on the map"}


def test_the_lines_near_running_text_are_those_within_reach() -> None:
    rng = random.Random(11)
    for _ in range(300):
        count = rng.randint(0, 300)
        running = sorted(rng.sample(range(count), rng.randint(0, min(count, rng.choice([2, 8, 60])))))
        expected = bytes(int(any(abs(line - index) <= NEAR for index in running)) for line in range(count))
        assert bytes(_near(running, count)) == expected


def _printed_thrice(items: list[tuple[str, str]], button: str) -> str:
    """A buying guide as w3m prints it: each product's name three times in a row (the image's
    alt, its link, its heading), its text, a button."""
    parts = ["Home", "Guides", "Sign in"]
    for name, text in items:
        parts += [name, name, name, text, button]
    return "\n\n".join([*parts, "Share", "Most read"])


def test_a_name_printed_three_times_in_a_row_is_no_template_label() -> None:
    guides = {
        "Book now": [
            ("Evening Pottery Course", "Six weeks at the wheel, with clay and firing included in the fee."),
            ("Weekend Photo Walk", "A morning through the old town with a teacher and a small group."),
            ("Beginner Coding Class", "Ten evenings of Python, from the first program to a small web app."),
        ],
        "Jetzt buchen": [
            ("Töpferkurs am Abend", "Sechs Wochen an der Scheibe, Ton und Brennen sind im Preis enthalten."),
            ("Fotospaziergang", "Ein Vormittag durch die Altstadt mit einer Lehrerin und kleiner Gruppe."),
            ("Programmierkurs", "Zehn Abende Python, vom ersten Programm bis zu einer kleinen Web-App."),
        ],
    }
    for button, items in guides.items():
        lines = split_lines(_printed_thrice(items, button))
        facts = Facts(lines)
        assert {lines.plains[i] for i in facts.marked} == {button}
        run = find_run(lines, facts)
        assert run is not None
        body, _, _ = body_lines(lines, facts, run)
        kept = [lines.plains[i] for i in body]
        assert [text for _, text in items] == [text for text in kept if text.endswith(".")]


def test_a_sentence_printed_twice_over_is_no_prose() -> None:
    stories = {
        "en": (
            "Parents wait for the school bus on a cold morning in the valley.",
            [
                "The council agreed on Monday to keep the village school open for three more years.",
                "Parents had collected signatures for months and filled the hall at every meeting.",
                "The money will come from the regional budget, the mayor said after the vote.",
            ],
        ),
        "de": (
            "Eltern warten an einem kalten Morgen im Tal auf den Schulbus.",
            [
                "Der Gemeinderat hat am Montag beschlossen, die Dorfschule drei weitere Jahre zu halten.",
                "Die Eltern hatten monatelang Unterschriften gesammelt und jede Sitzung besucht.",
                "Das Geld kommt aus dem Haushalt der Region, sagte die Bürgermeisterin nach der Abstimmung.",
            ],
        ),
    }
    for picture, paragraphs in stories.values():
        for joint in (" ", ""):
            twice = picture + joint + picture  # (an image link: its alt text, then its text)
            lines = split_lines("\n\n".join(["Home", "News", *paragraphs, twice]))
            facts = Facts(lines)
            index = lines.plains.index(twice)
            assert not facts.prose[index] and not facts.weak[index]
            assert facts.prose[lines.plains.index(paragraphs[0])]
            run = find_run(lines, facts)
            assert run is not None
            body, _, _ = body_lines(lines, facts, run)
            assert [lines.plains[i] for i in body] == paragraphs


def _story(sentence: str, count: int) -> list[str]:
    return [sentence.format(n=n, m=n * 7 + 3) for n in range(1, count + 1)]


def test_a_paragraph_printed_again_far_below_is_dropped_from_the_body() -> None:
    stories = [
        _story(
            "In step {n} of the renovation the builders replaced {m} square metres of old flooring "
            "and checked every window frame before the inspector came back.",
            36,
        ),
        _story(
            "Im Schritt {n} der Sanierung ersetzten die Handwerker {m} Quadratmeter alten Boden und "
            "prüften jeden Fensterrahmen, bevor der Gutachter wiederkam.",
            36,
        ),
    ]
    for paragraphs in stories:
        # the page's hidden copy of its first answers (an accordion printed twice), far below
        text = "\n\n".join(["Home", "Guides", *paragraphs, *paragraphs[:3], "Share"])
        lines = split_lines(text)
        facts = Facts(lines)
        run = find_run(lines, facts)
        assert run is not None
        body, dropped, _ = body_lines(lines, facts, run)
        assert [lines.plains[i] for i in body] == paragraphs
        assert [lines.plains[i] for i in dropped] == paragraphs[:3]
        # a paragraph said again a few lines on (a refrain, a repeated warning) stays
        near = [*paragraphs[:5], paragraphs[1], *paragraphs[5:8]]
        lines = split_lines("\n\n".join(["Home", *near, "Share"]))
        facts = Facts(lines)
        run = find_run(lines, facts)
        assert run is not None
        body, _, _ = body_lines(lines, facts, run)
        assert [lines.plains[i] for i in body] == near


def test_an_image_link_printed_twice_over_inside_the_story_is_dropped() -> None:
    stories = [
        (
            "Lighthouse at dawn.jpgLighthouse at dawn.jpg",
            [
                "The old lighthouse on the northern cape opens to visitors again this summer.",
                "Volunteers spent two winters repairing the stairs, the lamp room and the roof.",
                "Tickets are sold at the harbour office, and the tower closes at sunset every day.",
            ],
        ),
        (
            "Faro al amanecer Faro al amanecer",
            [
                "El viejo faro del cabo norte vuelve a abrir sus puertas a los visitantes este verano.",
                "Los voluntarios pasaron dos inviernos reparando la escalera, la linterna y el tejado.",
                "Las entradas se venden en la oficina del puerto y la torre cierra al atardecer.",
            ],
        ),
    ]
    for link, paragraphs in stories:
        lines = split_lines("\n\n".join(["Home", *paragraphs[:2], link, paragraphs[2], "Share"]))
        facts = Facts(lines)
        run = find_run(lines, facts)
        assert run is not None
        body, dropped, _ = body_lines(lines, facts, run)
        assert [lines.plains[i] for i in body] == paragraphs
        assert [lines.plains[i] for i in dropped] == [link]
