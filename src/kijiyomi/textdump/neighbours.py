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
MIN_ECHO = 15  # characters of a line counted as echoed inside another

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
    inner = _echoed(texts)
    top = order[0]
    for position, row in enumerate(rows):
        text = texts[position]
        inside = text in inner  # (and what holds another long text holds one of ``inner``)
        holds = len(text) >= MIN_ECHO and any(other in text for other in inner if other != text)
        rule, chars, overlap = row[RULE], row[CHARS], row[OVERLAP]
        a, b = above[position], below[position]
        if a is None:
            near_above = [0.0] * 6
        else:
            up = rows[a]
            near_above = [
                1.0,
                float(chars > up[CHARS]),
                chars - up[CHARS],
                overlap - up[OVERLAP],
                rule - up[RULE],
                float(up[HEADLINE_SIZE] > 0),
            ]
        if b is None:
            near_below = [0.0] * 7
        else:
            down = rows[b]
            near_below = [
                1.0,
                float(chars < down[CHARS]),
                chars - down[CHARS],
                overlap - down[OVERLAP],
                rule - down[RULE],
                float(down[STANDFIRST] > 0),
                float(down[SECOND] > 0),
            ]
        row += [
            near_above[0],
            near_below[0],
            near_above[1],
            near_below[1],
            near_above[2],
            near_below[2],
            near_above[3],
            near_below[3],
            near_above[4],
            near_below[4],
            rule - best_rule,
            overlap - best_overlap,
            near_below[5],
            near_above[5],
            near_below[6],
            float(inside),
            float(holds),
            float(inside and position == top),  # (a site's tagline over its "tagline - Site" line)
        ]


def _echoed(texts: list[str]) -> set[str]:
    """The texts of ``MIN_ECHO`` characters or more that stand inside another such text: found by
    counting each in the texts joined by newlines (a line holds none), where it stands once as
    itself and again inside each other text holding it; most dumps have none."""
    longs = [text for text in set(texts) if len(text) >= MIN_ECHO]
    if len(longs) < 2:
        return set()
    joined = "\n".join(longs)
    return {text for text in longs if joined.count(text) >= 2}


__all__ = ["NEAR", "NEIGHBOUR_FEATURES", "add_neighbour_features"]
