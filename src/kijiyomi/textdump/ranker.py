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
from kijiyomi.textdump.slug import SLUG_FEATURES

MODEL_PATH = Path(__file__).parent / "model" / "headline.json"
ENV_SWITCH = "KIJIYOMI_HEADLINE_MODEL"
FORMAT = "kijiyomi-headline-ranker/3"

# The features of a candidate, in the order of the model's weights (see ``headline.features``;
# then those that weigh it against the other candidates: ``neighbours``; last, its words in the
# page address's path: ``slug``).
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
    *SLUG_FEATURES,
)


@dataclass(frozen=True, slots=True)
class Ranker:
    """Weights over ``FEATURE_NAMES`` (standardisation folded in): ``weights`` for a page whose
    address has words in its path, ``plain`` (trained without them) for one whose has none."""

    weights: tuple[float, ...]
    plain: tuple[float, ...] | None = None

    def score(self, row: list[float], *, with_slug: bool = True) -> float:
        weights = self.weights if with_slug or self.plain is None else self.plain
        return float(sum(map(mul, weights, row)))

    def best(self, rows: list[list[float]], *, with_slug: bool = True) -> int:
        """The position of the highest-scoring row (the first of equals)."""
        scores = [self.score(row, with_slug=with_slug) for row in rows]
        return scores.index(max(scores))


def _weights(values: object) -> tuple[float, ...] | None:
    if not isinstance(values, list) or len(values) != len(FEATURE_NAMES):
        return None
    if not all(isinstance(w, int | float) and not isinstance(w, bool) and math.isfinite(w) for w in values):
        return None
    return tuple(float(w) for w in values)


def parse_model(data: object) -> Ranker | None:
    """A ``Ranker`` from a model file's JSON, or None when it does not fit ``FEATURE_NAMES``
    (``weights_without_slug`` may be left out: ``weights`` then serve every page)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    if data.get("features") != list(FEATURE_NAMES):
        return None
    weights = _weights(data.get("weights"))
    if weights is None:
        return None
    if "weights_without_slug" not in data:
        return Ranker(weights)
    plain = _weights(data["weights_without_slug"])
    return None if plain is None else Ranker(weights, plain)


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
