"""The headline ranker's neighbour features: a candidate weighed against the candidates around it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kijiyomi
from kijiyomi.textdump import neighbours, ranker
from kijiyomi.textdump.neighbours import NEIGHBOUR_FEATURES, add_neighbour_features
from kijiyomi.textdump.slug import SLUG_FEATURES
from kijiyomi.types import Article

BASE = len(ranker.FEATURE_NAMES) - len(NEIGHBOUR_FEATURES) - len(SLUG_FEATURES)

PARAGRAPHS = [
    "The harbour office said on Monday that the old pier will be closed for repairs from June, after divers "
    "found cracks in three of its wooden piles during a routine inspection last month.",
    "Fishing boats will moor at the new quay on the east side of the bay until the work is done, and the "
    "ferry to the islands will leave from the same quay for the whole summer.",
    "The office expects the pier to open again before the autumn storms, and will publish the dates of the "
    "ferry's timetable changes on its notice board every week.",
]
HEADLINE = "Old pier to close for repairs from June"
DEK = "Divers found cracks in three wooden piles; ferries leave from the east quay all summer"


def _row(rule: float = 0.0, chars: float = 3.0, overlap: float = 0.0, **flags: float) -> list[float]:
    row = [0.0] * BASE
    row[neighbours.RULE], row[neighbours.CHARS], row[neighbours.OVERLAP] = rule, chars, overlap
    for name, value in flags.items():
        row[ranker.FEATURE_NAMES.index(name)] = value
    return row


def _named(row: list[float]) -> dict[str, float]:
    return dict(zip(NEIGHBOUR_FEATURES, row[BASE:], strict=True))


def test_the_names_follow_the_base_features_and_each_row_gets_one_value_per_name() -> None:
    assert ranker.FEATURE_NAMES[BASE : BASE + len(NEIGHBOUR_FEATURES)] == NEIGHBOUR_FEATURES
    assert len(set(ranker.FEATURE_NAMES)) == len(ranker.FEATURE_NAMES)
    rows = [_row(), _row()]
    add_neighbour_features(rows, [4, 30], ["Line one of the page", "Line two of the page"])
    assert all(len(row) == BASE + len(NEIGHBOUR_FEATURES) for row in rows)


def test_a_dek_right_under_its_headline_is_the_longer_near_neighbour() -> None:
    # (candidates nearest the body first: the dek at line 11, the headline at 10, a label far up at 2)
    rows = [
        _row(rule=1.0, chars=4.6, standfirst_size=1.0),
        _row(rule=2.0, chars=3.6),
        _row(rule=0.5, chars=2.8),
    ]
    add_neighbour_features(rows, [11, 10, 2], [DEK, HEADLINE, "Harbour news and notices"])
    dek, headline, label = map(_named, rows)
    assert dek["near_above"] == 1.0 and dek["near_below"] == 0.0
    assert dek["longer_than_above"] == 1.0 and dek["chars_vs_above"] == pytest.approx(1.0)
    assert dek["rule_vs_above"] == pytest.approx(-1.0) and dek["rule_gap"] == pytest.approx(-1.0)
    assert headline["near_below"] == 1.0 and headline["shorter_than_below"] == 1.0
    assert headline["below_standfirst"] == 1.0 and headline["rule_gap"] == 0.0
    assert label["near_above"] == label["near_below"] == 0.0  # (eight lines from the headline)
    assert label["chars_vs_below"] == 0.0


def test_a_line_echoed_inside_another_and_the_line_that_holds_it() -> None:
    site = f"{HEADLINE} | Harbour Gazette"
    rows = [_row(), _row(), _row()]
    add_neighbour_features(rows, [12, 10, 3], [DEK, HEADLINE, site])
    dek, headline, title_line = map(_named, rows)
    assert headline["inside_other"] == 1.0 and headline["holds_other"] == 0.0
    assert title_line["holds_other"] == 1.0 and title_line["inside_other"] == 0.0
    assert dek["inside_other"] == dek["holds_other"] == 0.0
    assert headline["inside_topmost"] == 0.0  # (the topmost candidate is the title line)


def test_an_echo_on_the_topmost_candidate_and_twins_are_no_echo() -> None:
    tagline = "Daily notes on open source tools for engineers"
    rows = [_row(), _row(), _row(), _row()]
    texts = [HEADLINE, f"{tagline} - Notes", tagline, "Short one"]
    add_neighbour_features(rows, [20, 6, 5, 8], texts)
    assert _named(rows[2])["inside_topmost"] == 1.0 and _named(rows[2])["inside_other"] == 1.0
    assert _named(rows[3])["inside_other"] == 0.0  # (too short to count)
    twins = [_row(), _row()]
    add_neighbour_features(twins, [5, 9], [HEADLINE, HEADLINE])  # (printed twice: its own feature)
    assert _named(twins[0])["inside_other"] == _named(twins[1])["inside_other"] == 0.0


def _model(folder: Path, name: str, **weights: float) -> Path:
    path = folder / f"{name}.json"  # (a name per model: a file is read once per path)
    row = [weights.get(name, 0.0) for name in ranker.FEATURE_NAMES]
    path.write_text(
        json.dumps({"format": ranker.FORMAT, "features": list(ranker.FEATURE_NAMES), "weights": row})
    )
    return path


def test_a_model_weighing_the_neighbours_takes_the_headline_over_its_dek(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dump = "\n".join(["Harbour Gazette", "", HEADLINE, DEK, "", *PARAGRAPHS])
    monkeypatch.setenv(ranker.ENV_SWITCH, str(_model(tmp_path, "length", chars_log=1.0)))
    longer = kijiyomi.extract(dump, kind="text")
    monkeypatch.setenv(
        ranker.ENV_SWITCH, str(_model(tmp_path, "pair", chars_log=1.0, longer_than_above=-5.0))
    )
    shorter = kijiyomi.extract(dump, kind="text")
    assert isinstance(longer, Article) and isinstance(shorter, Article)
    assert longer.title == DEK  # (the longest candidate, with the length alone)
    assert shorter.title == HEADLINE


def test_a_model_of_the_former_format_falls_back_to_the_rules(tmp_path: Path) -> None:
    old = {"format": "kijiyomi-headline-ranker/1", "features": list(ranker.FEATURE_NAMES[:BASE])}
    old["weights"] = [0.1] * BASE
    assert ranker.parse_model(old) is None
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old))
    assert ranker._read(str(path)) is None
