"""The headline ranker's features that compare a candidate with the other candidates of its dump.

A dek (standfirst) sits right under its headline and is longer; a headline is often echoed
inside another line above the body (a breadcrumb or a ``headline | site`` line). These features
weigh a candidate against its nearest candidates above and below (within ``NEAR`` lines) and
against the best of the dump, so a linear score can tell the pair apart; an echo of the topmost
candidate is told apart (more often a site's tagline over its ``tagline - Site`` line).
"""

from __future__ import annotations

from itertools import pairwise

NEAR = 3  # a neighbouring candidate at most this many lines away

# The features appended to each row, in order (``ranker.FEATURE_NAMES`` ends with these).
NEIGHBOUR_FEATURES: tuple[str, ...] = (
    "near_above",
    "near_below",
    "longer_than_above",
    "shorter_than_below",
    "chars_vs_above",
    "chars_vs_below",
    "overlap_vs_above",
    "overlap_vs_below",
    "rule_vs_above",
    "rule_vs_below",
    "rule_gap",
    "overlap_gap",
    "below_standfirst",
    "above_headline_size",
    "below_second_sentence",
    "inside_other",
    "holds_other",
    "inside_topmost",
)

# Positions of the base features these are computed from (see ``ranker.FEATURE_NAMES``).
RULE, CHARS, STANDFIRST, HEADLINE_SIZE, OVERLAP, SECOND = 0, 8, 11, 10, 17, 22


def add_neighbour_features(rows: list[list[float]], indices: list[int], texts: list[str]) -> None:
    """Append ``NEIGHBOUR_FEATURES`` to each candidate's row (``indices``: their line numbers,
    ``texts``: their lines; all three in the candidates' order)."""
    count = len(rows)
    order = sorted(range(count), key=indices.__getitem__)
    above: list[int | None] = [None] * count
    below: list[int | None] = [None] * count
    for upper, lower in pairwise(order):
        if indices[lower] - indices[upper] <= NEAR:
            above[lower], below[upper] = upper, lower
    best_rule = max(row[RULE] for row in rows)
    best_overlap = max(row[OVERLAP] for row in rows)
    joined = "\n".join(texts)
    exact: dict[str, int] = {}
    for text in texts:
        exact[text] = exact.get(text, 0) + 1
    top = order[0]
    for position, row in enumerate(rows):
        a, b = above[position], below[position]
        text = texts[position]
        row_a = rows[a] if a is not None else None
        row_b = rows[b] if b is not None else None
        chars = row[CHARS]
        inside = len(text) >= 15 and joined.count(text) > exact[text]
        holds = any(len(other) >= 15 and other != text and other in text for other in texts)
        row += [
            float(row_a is not None),
            float(row_b is not None),
            float(row_a is not None and chars > row_a[CHARS]),
            float(row_b is not None and chars < row_b[CHARS]),
            chars - row_a[CHARS] if row_a is not None else 0.0,
            chars - row_b[CHARS] if row_b is not None else 0.0,
            row[OVERLAP] - row_a[OVERLAP] if row_a is not None else 0.0,
            row[OVERLAP] - row_b[OVERLAP] if row_b is not None else 0.0,
            row[RULE] - row_a[RULE] if row_a is not None else 0.0,
            row[RULE] - row_b[RULE] if row_b is not None else 0.0,
            row[RULE] - best_rule,
            row[OVERLAP] - best_overlap,
            float(row_b is not None and row_b[STANDFIRST] > 0),
            float(row_a is not None and row_a[HEADLINE_SIZE] > 0),
            float(row_b is not None and row_b[SECOND] > 0),
            float(inside),
            float(holds),
            float(inside and position == top),  # (a site's tagline over its "tagline - Site" line)
        ]


__all__ = ["NEAR", "NEIGHBOUR_FEATURES", "add_neighbour_features"]
