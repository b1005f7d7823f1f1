"""A learned headline ranker: a linear score per candidate line, the best of the page wins.

The model (``model/headline.json``, trained by ``scripts/train_headline_model.py``) is a
logistic regression with a softmax over one dump's candidate lines; its weights already fold in
the standardisation of the features, so a candidate's score is one dot product in pure Python.
The file is read once per process, on first use. When it is absent, unreadable, built for other
features, or disabled with ``KIJIYOMI_HEADLINE_MODEL=off``, ``load_model`` returns None and the
caller keeps the hand-set rules. ``KIJIYOMI_HEADLINE_MODEL=/path/model.json`` loads another file.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from functools import lru_cache
from operator import mul
from pathlib import Path

from kijiyomi.textdump.neighbours import NEIGHBOUR_FEATURES

MODEL_PATH = Path(__file__).parent / "model" / "headline.json"
ENV_SWITCH = "KIJIYOMI_HEADLINE_MODEL"
FORMAT = "kijiyomi-headline-ranker/2"

# The features of a candidate, in the order of the model's weights (see ``headline.features``;
# the last ones weigh it against the other candidates: ``neighbours``).
FEATURE_NAMES: tuple[str, ...] = (
    "rule_score",
    "rank",
    "rank_log",
    "lines_above_log",
    "chars_above_log",
    "wide",
    "first_body",
    "cjk",
    "chars_log",
    "words_log",
    "headline_size",
    "standfirst_size",
    "ends_question",
    "caps_ratio",
    "digit_ratio",
    "separator",
    "printed_twice",
    "overlap_ratio",
    "overlap_best",
    "anchor_near",
    "anchor_far",
    "dek",
    "second_sentence",
    "chrome_words",
    "by_credit",
    "between_counters",
    "name_above_anchor",
    "above_len_log",
    "below_len_log",
    "prose_below",
    "weak",
    "longest_near",
    *NEIGHBOUR_FEATURES,
)


@dataclass(frozen=True, slots=True)
class Ranker:
    """Weights over ``FEATURE_NAMES`` (standardisation folded in)."""

    weights: tuple[float, ...]

    def score(self, row: list[float]) -> float:
        return float(sum(map(mul, self.weights, row)))

    def best(self, rows: list[list[float]]) -> int:
        """The position of the highest-scoring row (the first of equals)."""
        scores = [self.score(row) for row in rows]
        return scores.index(max(scores))


def parse_model(data: object) -> Ranker | None:
    """A ``Ranker`` from a model file's JSON, or None when it does not fit ``FEATURE_NAMES``."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    names, weights = data.get("features"), data.get("weights")
    if names != list(FEATURE_NAMES) or not isinstance(weights, list) or len(weights) != len(names):
        return None
    if not all(isinstance(w, int | float) and math.isfinite(w) for w in weights):
        return None
    return Ranker(tuple(float(w) for w in weights))


@lru_cache(maxsize=4)
def _read(path: str) -> Ranker | None:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return parse_model(data)


def load_model() -> Ranker | None:
    """The shipped model (or the one ``KIJIYOMI_HEADLINE_MODEL`` names); None to use the rules."""
    switch = os.environ.get(ENV_SWITCH, "")
    if switch.lower() == "off":
        return None
    return _read(switch or str(MODEL_PATH))


__all__ = ["ENV_SWITCH", "FEATURE_NAMES", "FORMAT", "MODEL_PATH", "Ranker", "load_model", "parse_model"]
