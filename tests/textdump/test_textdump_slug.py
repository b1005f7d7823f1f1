"""The page address's slug: its words, their match with a candidate line, and the ranker's use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kijiyomi
from kijiyomi.textdump import ranker
from kijiyomi.textdump.slug import SLUG_FEATURES, fold, slug_features, slug_match, slug_words
from kijiyomi.types import Article

PARAGRAPHS = [
    "The harbour office said on Monday that the old pier will be closed for repairs from June, after divers "
    "found cracks in three of its wooden piles during a routine inspection last month.",
    "Fishing boats will moor at the new quay on the east side of the bay until the work is done, and the "
    "ferry to the islands will leave from the same quay for the whole summer.",
    "The office expects the pier to open again before the autumn storms, and will publish the dates of the "
    "ferry's timetable changes on its notice board every week.",
]
PIER = "Old pier to close for repairs from June"
FERRY = "Ferry timetable changes announced for the summer season"

ABSATZ = [
    "Die Stadtverwaltung teilte am Montag mit, dass die alte Brücke über den Fluss ab Juni für drei Monate "
    "gesperrt wird, weil Taucher Risse in zwei Pfeilern gefunden haben.",
    "Die Fähre zur Insel fährt in dieser Zeit vom neuen Anleger am Ostufer ab, und die Busse halten an der "
    "Markthalle statt am Brückenplatz.",
    "Die Verwaltung rechnet damit, dass die Brücke vor den Herbststürmen wieder offen ist, und veröffentlicht "
    "die neuen Fahrpläne jede Woche im Rathaus.",
]
BRUECKE = "Alte Brücke über den Fluss wird ab Juni gesperrt"
FAEHRE = "Fähre zur Insel fährt vom neuen Anleger am Ostufer"


def _title(dump: str, url: str | None) -> str | None:
    result = kijiyomi.extract(dump, kind="text", url=url)
    assert isinstance(result, Article), result
    return result.title


def test_the_words_of_the_path_are_folded_and_the_host_and_short_ids_left_out() -> None:
    words = slug_words("https://www.harbour-news.example/2026/05/Neue-Brücke-%C3%BCber-den-Fluss-a7/?id=9")
    assert words == {"2026", "neue", "brucke", "uber", "den", "fluss"}
    assert fold("Straße Über Élan") == "strasse uber elan"


@pytest.mark.parametrize(
    "url", [None, "", "https://news.example/", "https://news.example/a/1/p", "http://[::1"]
)
def test_an_address_without_words_in_its_path_gives_no_slug(url: str | None) -> None:
    assert slug_words(url) == frozenset()


def test_a_line_matches_by_its_long_words_found_and_the_slug_words_it_covers() -> None:
    slug = slug_words("https://news.example/2026/05/old-pier-to-close-for-repairs-from-june")
    share, two, cover = slug_match(PIER, slug)
    assert share == 1.0 and two  # (pier, close, repairs, from, june)
    assert cover == pytest.approx(5 / 6)  # (the year, the path's sixth long word, is not in the line)
    share, two, cover = slug_match(FERRY, slug)
    assert share == 0.0 and not two and cover == 0.0
    share, two, cover = slug_match("Closures of the pier in summer", slug)
    assert share == pytest.approx(1 / 3) and not two and cover == pytest.approx(1 / 6)  # (pier only)
    assert slug_match(PIER, frozenset()) == (0.0, False, 0.0)
    assert slug_match("on it", slug) == (0.0, False, 0.0)  # (no word of four letters)


def test_only_the_best_share_of_the_dump_is_marked_best() -> None:
    slug = slug_words("https://news.example/old-pier-to-close-for-repairs")
    rows = slug_features([FERRY, PIER, "The pier in June"], slug)
    assert [row[1] for row in rows] == [0.0, 1.0, 0.0]
    assert all(len(row) == len(SLUG_FEATURES) for row in rows)
    assert slug_features([FERRY, PIER], frozenset()) == [[0.0] * 4, [0.0] * 4]


@pytest.mark.parametrize("order", [(FERRY, PIER), (PIER, FERRY)])
def test_the_address_picks_the_headline_among_two_title_lines(order: tuple[str, str]) -> None:
    dump = "\n\n".join(["Harbour Gazette", "Home News Sport", *order, *PARAGRAPHS])
    assert _title(dump, "https://news.example/2026/05/old-pier-to-close-for-repairs-from-june") == PIER
    assert _title(dump, "https://news.example/2026/05/ferry-timetable-changes-announced-for-summer") == FERRY


@pytest.mark.parametrize("order", [(FAEHRE, BRUECKE), (BRUECKE, FAEHRE)])
def test_a_german_slug_written_without_umlauts_finds_its_headline(order: tuple[str, str]) -> None:
    dump = "\n\n".join(["Stadtanzeiger", "Start Lokales Sport", *order, *ABSATZ])
    assert _title(dump, "https://zeitung.example/lokales/alte-brucke-uber-den-fluss-wird-gesperrt") == BRUECKE
    assert (
        _title(dump, "https://zeitung.example/lokales/fahre-zur-insel-vom-neuen-anleger-am-ostufer") == FAEHRE
    )


def test_a_page_without_a_slug_is_read_with_the_weights_trained_without_one(tmp_path: Path) -> None:
    # (a model whose two weight rows prefer opposite candidates: the longer line, or the shorter)
    chars = ranker.FEATURE_NAMES.index("chars_log")
    longer = [0.0] * len(ranker.FEATURE_NAMES)
    longer[chars] = 5.0
    shorter = [-w for w in longer]
    path = tmp_path / "model.json"
    path.write_text(
        json.dumps(
            {
                "format": ranker.FORMAT,
                "features": list(ranker.FEATURE_NAMES),
                "weights": longer,
                "weights_without_slug": shorter,
            }
        )
    )
    model = ranker.parse_model(json.loads(path.read_text()))
    assert model is not None
    rows = [[0.0] * len(ranker.FEATURE_NAMES) for _ in range(2)]
    rows[0][chars], rows[1][chars] = 3.0, 4.0
    assert model.best(rows, with_slug=True) == 1
    assert model.best(rows, with_slug=False) == 0
    bad = json.loads(path.read_text()) | {"weights_without_slug": [1.0]}
    assert ranker.parse_model(bad) is None
    alone = json.loads(path.read_text())
    del alone["weights_without_slug"]
    single = ranker.parse_model(alone)
    assert single is not None and single.best(rows, with_slug=False) == 1
