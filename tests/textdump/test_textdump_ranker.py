"""The learned headline ranker: its model file, its wiring into the header and the rules fallback."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

import kijiyomi
from kijiyomi.textdump import ranker
from kijiyomi.textdump.facts import Facts
from kijiyomi.textdump.headline import (
    choose_headline,
    content_units,
    features,
    gather,
    measure,
    rule_scores,
    signals,
)
from kijiyomi.textdump.lines import split_lines
from kijiyomi.types import Article

PARAGRAPHS = [
    "The water board said on Tuesday that the reservoir on the northern hills will be refilled by the end of "
    "the summer, after a dry winter left it at a third of its usual level.",
    "Farmers in the valley have been asked to water their fields at night, and the board is testing two new "
    "wells near the river to ease the pressure on the reservoir.",
    "The board expects the restrictions to be lifted in the autumn if the rain returns as the forecasters "
    "predict, and will review them every month until then.",
]
NEAR = "Water board expects reservoir to be refilled by late summer"
FAR = "Valley farmers asked to water their fields at night"


def _model(folder: Path, name: str, **weights: float) -> Path:
    """A model file whose weights are zero but for the ``weights`` named."""
    path = folder / f"{name}.json"
    row = [weights.get(name, 0.0) for name in ranker.FEATURE_NAMES]
    path.write_text(
        json.dumps({"format": ranker.FORMAT, "features": list(ranker.FEATURE_NAMES), "weights": row})
    )
    return path


def _dump() -> str:
    """A far title-like line, a block of menu entries, a near headline with its dateline, the story."""
    menu = [f"Section {n}" for n in range(45)]  # (no candidates: a word and a number)
    return "\n".join([FAR, *menu, NEAR, "May 7, 2024", "", *PARAGRAPHS])


def _title(text: str) -> str | None:
    result = kijiyomi.extract(text, kind="text")
    assert isinstance(result, Article), result
    return result.title


def test_the_shipped_model_loads_and_fits_the_features() -> None:
    data = json.loads(ranker.MODEL_PATH.read_text(encoding="utf-8"))
    model = ranker.parse_model(data)
    assert model is not None
    assert len(model.weights) == len(ranker.FEATURE_NAMES)
    assert ranker.load_model() == model


@pytest.mark.parametrize(
    "change",
    [
        {"format": "another/1"},
        {"features": ["rule_score"]},
        {"weights": [0.0]},
        {"weights": [math.nan] * len(ranker.FEATURE_NAMES)},
        {"weights": ["1"] * len(ranker.FEATURE_NAMES)},
    ],
)
def test_a_model_for_other_features_or_with_bad_weights_is_refused(change: dict[str, object]) -> None:
    data: dict[str, object] = {
        "format": ranker.FORMAT,
        "features": list(ranker.FEATURE_NAMES),
        "weights": [0.5] * len(ranker.FEATURE_NAMES),
    }
    assert ranker.parse_model(data) is not None
    data.update(change)
    assert ranker.parse_model(data) is None
    assert ranker.parse_model([1, 2]) is None


def test_the_switch_turns_the_model_off_and_a_missing_file_falls_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(ranker.ENV_SWITCH, "off")
    assert ranker.load_model() is None
    monkeypatch.setenv(ranker.ENV_SWITCH, str(tmp_path / "missing.json"))
    assert ranker.load_model() is None
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    monkeypatch.setenv(ranker.ENV_SWITCH, str(broken))
    assert ranker.load_model() is None
    assert _title(_dump()) == NEAR  # (the rules: the line right above the dateline)


def test_the_model_weights_decide_among_near_and_far_candidates(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(ranker.ENV_SWITCH, str(_model(tmp_path, "near", lines_above_log=-1.0)))
    assert _title(_dump()) == NEAR
    monkeypatch.setenv(ranker.ENV_SWITCH, str(_model(tmp_path, "far", lines_above_log=1.0)))
    assert _title(_dump()) == FAR  # (beyond the header window: only the ranker reaches it)


def test_the_shipped_model_takes_the_headline_above_its_dateline() -> None:
    assert _title(_dump()) == NEAR
    teasers = ["Latest news", "Council approves new bus lanes", "Library opens on Sundays", "Share"]
    assert _title("\n".join([*teasers, NEAR, "May 7, 2024", "", *PARAGRAPHS])) == NEAR


def test_the_dates_are_read_around_the_rules_choice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ranker.ENV_SWITCH, str(_model(tmp_path, "far", lines_above_log=1.0)))
    result = kijiyomi.extract(_dump(), kind="text")
    assert isinstance(result, Article)
    assert result.title == FAR
    assert result.published is not None and result.published.date().isoformat() == "2024-05-07"


def test_every_candidate_gets_a_finite_row_of_every_feature() -> None:
    lines = split_lines(_dump())
    facts = Facts(lines)
    body = [index for index, plain in enumerate(lines.plains) if plain in PARAGRAPHS]
    start = body[0]
    facts.complete(0, start)
    window = list(range(start - 1, max(-1, start - 41), -1))
    dated = {lines.plains.index("May 7, 2024")}
    context = gather(lines, facts, window, dated, body, dated, wide=True)
    texts = [lines.plains[index] for _, index in context.candidates]
    assert texts[0] == NEAR and texts[-1] == FAR
    assert context.window_size < len(texts)  # (the far line lies beyond the header window)
    measure(lines, body, context)
    found = signals(lines, facts, context)
    rows = features(lines, facts, context, found, rule_scores(context, found))
    assert len(rows) == len(texts)
    assert all(len(row) == len(ranker.FEATURE_NAMES) and all(map(math.isfinite, row)) for row in rows)
    chosen, ruled = choose_headline(lines, facts, window, dated, body, dated)
    assert ruled is not None and lines.plains[ruled] == NEAR
    assert chosen is not None


def test_best_is_the_first_of_the_highest_scores() -> None:
    model = ranker.Ranker((1.0, -1.0))
    assert model.best([[0.0, 1.0], [2.0, 0.0], [3.0, 1.0]]) == 1


def test_content_units_are_long_words_and_every_pair_of_cjk_neighbours() -> None:
    assert content_units("The Board met at noon") == {"board", "noon"}
    assert content_units("米ロ首脳 が会談") == {"米ロ首脳", "米ロ", "ロ首", "首脳", "が会", "会談"}
    assert content_units("東京 Tokyo 2024") == {"東京", "tokyo"}


def test_a_headline_under_a_notice_at_the_top_of_the_body_is_reached(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    notice = ["Thanks for visiting our site.", "This page is no longer updated."]
    headline = "Reservoir on the northern hills will be refilled by late summer!"
    dump = "\n\n".join(["Menu", "Latest news from the valley", *notice, headline, *PARAGRAPHS])
    lines = split_lines(dump)
    facts = Facts(lines)
    body = [index for index, plain in enumerate(lines.plains) if plain in (*notice, headline, *PARAGRAPHS)]
    context = gather(lines, facts, [1, 0], set(), body, set(), wide=True)
    assert headline in [lines.plains[index] for _, index in context.candidates[context.window_size :]]
    monkeypatch.setenv(ranker.ENV_SWITCH, str(_model(tmp_path, "body", first_body=5.0, chars_log=1.0)))
    result = kijiyomi.extract(dump, kind="text")
    assert isinstance(result, Article)
    assert result.title == headline
    assert [block.text for block in result.blocks] == PARAGRAPHS  # (the notice above it left the body)
