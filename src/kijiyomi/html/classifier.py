"""A learned per-segment "article body or not" decision on top of the rule stage.

The features of a segment come from the rule stage only (its ``Scored`` weights, its owner's and
ancestors' vocabulary flags, where it lies relative to the heuristic container and to the
headline, its neighbours), so the model refines
the rules rather than replacing the DOM walk. The model is a small gradient-boosted tree ensemble
(trained by ``scripts/train_segment_classifier.py``), stored as complete binary trees in
``model/segments.json`` and evaluated level by level with numpy: a few array operations per tree
level for all segments and trees at once.

The model file is read once per process, on first use. When it is absent, unreadable, built for
other features, disabled with ``KIJIYOMI_SEGMENT_MODEL=off``, or numpy is not installed,
``segment_probabilities`` and ``select_body`` return None and the caller keeps the rules.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kijiyomi.html import vocabulary as vocab
from kijiyomi.html.keys import text_key
from kijiyomi.html.phrases import CLAUSE_MARKS, SENTENCE_END_MARKS, is_boilerplate_line

if TYPE_CHECKING:
    from collections.abc import Collection

    import numpy as np

    from kijiyomi.html.content import Scored
    from kijiyomi.html.dom import Segment, Walk

MODEL_PATH = Path(__file__).parent / "model" / "segments.json"
ENV_SWITCH = "KIJIYOMI_SEGMENT_MODEL"  # "off" disables the model; a path loads another file

_SENTENCE_ENDINGS = frozenset(SENTENCE_END_MARKS + '.…」』"”’)）')
_DIGITS = re.compile(r"\d")
_KANA = re.compile(r"[\u3040-\u30ff]")

_TAGS = (
    ("p",),
    ("div",),
    ("li",),
    ("td", "th"),
    ("h1",),
    ("h2",),
    ("h3", "h4", "h5", "h6"),
    ("blockquote",),
    ("dd", "dt", "dl"),
    ("figcaption", "caption"),
    ("section", "article", "main"),
    ("header", "footer", "aside"),
    ("ul", "ol"),
    ("pre",),
    ("td", "th", "tr", "table", "tbody"),
)
# tag -> row of _TAG_TABLE (row 0: a tag in no group)
_TAG_ID = {name: i + 1 for i, name in enumerate(sorted({name for names in _TAGS for name in names}))}


@lru_cache(maxsize=1)
def _TAG_TABLE() -> Any:
    import numpy as np

    table = np.zeros((len(_TAG_ID) + 1, len(_TAGS)))
    for position, names in enumerate(_TAGS):
        for name in names:
            table[_TAG_ID[name], position] = 1.0
    return table


_FLAG_BITS = (
    ("neg", vocab.NEGATIVE),
    ("pos", vocab.POSITIVE),
    ("cap", vocab.CAPTION),
    ("com", vocab.COMMENTS),
    ("pay", vocab.PAYWALL),
    ("struct", vocab.STRUCTURAL_NEGATIVE),
)
# Ancestor tags worth knowing about, as bits.
_ANCESTOR_TAGS = {
    "article": 1,
    "main": 2,
    "aside": 4,
    "footer": 8,
    "header": 16,
    "li": 32,
    "table": 64,
    "form": 128,
    "section": 256,
    "figure": 512,
}

_OWN = (
    "log_bytes",
    "link_density",
    "sentence_like",
    "prose_ratio",
    "junk_ratio",
    "end_marks",
    "end_marks_per_kb",
    "commas",
    "ends_like_sentence",
    "digit_share",
    "wide_share",
    "has_kana",
    "ascii_share",
    "in_quote",
    "in_pre",
    "in_caption",
    "in_table",
    "list_depth",
    "boilerplate_line",
    "is_title",
    "owner_depth",
    "in_container",
    "levels_below_container",
    "levels_to_common",
    "container_levels_to_common",
    "owner_prose_share",
    "parent_prose_share",
    "grandparent_prose_share",
    "log_parent_prose",
    "log_owner_prose",
    "owner_segments",
    "relative_position",
    "from_container_start",
    "from_container_end",
    "from_title",
    "log_from_title",
    "before_title",
    "log_page_segments",
    "container_share",
    "log_container_prose",
    "page_wide",
    "same_owner_prev",
    "same_owner_next",
)
_NEIGHBOUR_SOURCES = ("sentence_like", "log_bytes", "link_density", "in_container", "boilerplate_line")
FEATURE_NAMES: tuple[str, ...] = (
    _OWN
    + tuple(f"tag_{'_'.join(names)}" for names in _TAGS)
    + tuple(f"owner_{name}" for name, _ in _FLAG_BITS)
    + tuple(f"ancestor_{name}" for name, _ in _FLAG_BITS)
    + tuple(f"to_container_{name}" for name, _ in _FLAG_BITS)
    + tuple(f"under_{name}" for name in _ANCESTOR_TAGS)
    + tuple(f"{side}_{name}" for side in ("prev", "next") for name in _NEIGHBOUR_SOURCES)
    + ("window_sentence_like", "window_in_container", "window_link_density")
)
FEATURE_DIGEST = hashlib.sha1("\n".join(FEATURE_NAMES).encode()).hexdigest()[:16]
_INDEX = {name: i for i, name in enumerate(FEATURE_NAMES)}
# the stock-phrase test and the columns copied from it
_BOILERPLATE_COLUMNS = frozenset(
    _INDEX[name] for name in ("boilerplate_line", "prev_boilerplate_line", "next_boilerplate_line")
)


def page_features(
    walk: Walk,
    scored: list[Scored],
    container: int,
    title: str | None,
    *,
    only: Collection[int] | None = None,
) -> np.ndarray:
    """One row of ``FEATURE_NAMES`` per segment of the page (float64).

    ``only``: the columns the caller reads (a model's ``TreeModel.used_columns``); a costly column
    outside it (the stock-phrase test of short lines) is then left at 0, so the probabilities are
    the same but the matrix is not the one a model is trained on.
    """
    import numpy as np

    segments = walk.segments
    n = len(segments)
    out = np.zeros((n, len(FEATURE_NAMES)), dtype=np.float64)
    if n == 0:
        return out
    el = _element_table(walk, scored, container)
    owners = np.fromiter((segment.owner for segment in segments), dtype=np.int64, count=n)
    title_key = text_key(title) if title else ""
    boilerplate = only is None or not _BOILERPLATE_COLUMNS.isdisjoint(only)
    out[:, : len(_TEXT_FEATURES)], wide_total, chars_total = _text_columns(
        segments, scored, title_key, boilerplate=boilerplate
    )
    tag_ids = np.fromiter((_TAG_ID.get(segment.tag, 0) for segment in segments), dtype=np.int64, count=n)
    tag_start = _INDEX[f"tag_{'_'.join(_TAGS[0])}"]
    out[:, tag_start : tag_start + len(_TAGS)] = _TAG_TABLE()[tag_ids]

    # the tree: gathered from the per-element table
    depth = el["depth"]
    inside = el["inside"][owners]
    parent = el["parent"][owners]
    grand = el["parent"][np.maximum(parent, 0)]
    share = el["share"]
    good = el["good"]
    has_parent = parent >= 0
    has_grand = has_parent & (grand >= 0)
    out[:, _INDEX["owner_depth"]] = np.minimum(depth[owners], 60)
    out[:, _INDEX["in_container"]] = inside
    common_depth = depth[el["common"][owners]]
    container_depth = depth[container]
    out[:, _INDEX["levels_below_container"]] = np.where(
        inside, np.minimum(depth[owners] - container_depth, 30), -1
    )
    out[:, _INDEX["levels_to_common"]] = np.where(inside, 0, np.minimum(depth[owners] - common_depth, 30))
    out[:, _INDEX["container_levels_to_common"]] = np.where(
        inside, 0, np.minimum(container_depth - common_depth, 30)
    )
    out[:, _INDEX["owner_prose_share"]] = el["own_share"][owners]
    out[:, _INDEX["parent_prose_share"]] = np.where(has_parent, share[np.maximum(parent, 0)], 0.0)
    out[:, _INDEX["grandparent_prose_share"]] = np.where(has_grand, share[np.maximum(grand, 0)], 0.0)
    out[:, _INDEX["log_parent_prose"]] = np.where(has_parent, np.log1p(good[np.maximum(parent, 0)]), 0.0)
    out[:, _INDEX["log_owner_prose"]] = np.log1p(good[owners])
    out[:, _INDEX["owner_segments"]] = np.minimum(el["count"][owners], 50)
    anc_flags = el["anc_flags"][owners]
    to_container = np.where(inside, anc_flags & ~el["anc_flags"][container], anc_flags)
    own_flags = el["flags"][owners]
    flag_bits = np.array([bit for _, bit in _FLAG_BITS], dtype=np.int64)
    for group, values in (("owner", own_flags), ("ancestor", anc_flags), ("to_container", to_container)):
        start = _INDEX[f"{group}_{_FLAG_BITS[0][0]}"]
        out[:, start : start + len(_FLAG_BITS)] = (values[:, None] & flag_bits) != 0
    tag_bits = np.array(list(_ANCESTOR_TAGS.values()), dtype=np.int64)
    start = _INDEX[f"under_{next(iter(_ANCESTOR_TAGS))}"]
    out[:, start : start + len(tag_bits)] = (el["anc_tags"][owners][:, None] & tag_bits) != 0

    # the page
    pos = np.arange(n, dtype=np.float64)
    scale = float(n)
    inside_positions = np.flatnonzero(inside)
    first_in = int(inside_positions[0]) if len(inside_positions) else 0
    last_in = int(inside_positions[-1]) if len(inside_positions) else n - 1
    title_hits = np.flatnonzero(out[:, _INDEX["is_title"]])
    h1_hits = [i for i, segment in enumerate(segments) if segment.tag == "h1"][:1]
    anchor = int(title_hits[0]) if len(title_hits) else (h1_hits[0] if h1_hits else -1)
    out[:, _INDEX["relative_position"]] = pos / scale
    out[:, _INDEX["from_container_start"]] = (pos - first_in) / scale
    out[:, _INDEX["from_container_end"]] = (pos - last_in) / scale
    if anchor >= 0:
        delta = pos - anchor
        out[:, _INDEX["from_title"]] = delta / scale
        out[:, _INDEX["log_from_title"]] = np.sign(delta) * np.log1p(np.abs(delta))
        out[:, _INDEX["before_title"]] = delta < 0
    else:
        out[:, _INDEX["from_title"]] = pos / scale
        out[:, _INDEX["log_from_title"]] = np.log1p(pos)
    out[:, _INDEX["log_page_segments"]] = math.log1p(n)
    out[:, _INDEX["container_share"]] = good[container] / (good[0] or 1.0)
    out[:, _INDEX["log_container_prose"]] = math.log1p(good[container])
    out[:, _INDEX["page_wide"]] = min(1.0, wide_total / (chars_total or 1))
    if n > 1:
        out[1:, _INDEX["same_owner_prev"]] = owners[1:] == owners[:-1]
        out[:-1, _INDEX["same_owner_next"]] = owners[:-1] == owners[1:]
        for name in _NEIGHBOUR_SOURCES:
            source = out[:, _INDEX[name]]
            out[1:, _INDEX[f"prev_{name}"]] = source[:-1]
            out[:-1, _INDEX[f"next_{name}"]] = source[1:]
    sizes = np.expm1(out[:, _INDEX["log_bytes"]])
    weight = _window_sum(sizes, 3) + 1e-9
    for target, name in (
        ("window_sentence_like", "sentence_like"),
        ("window_in_container", "in_container"),
        ("window_link_density", "link_density"),
    ):
        out[:, _INDEX[target]] = _window_sum(sizes * out[:, _INDEX[name]], 3) / weight
    return out


# Leading columns of FEATURE_NAMES computed from the segment alone, in order (see _text_row).
_TEXT_FEATURES = _OWN[: _OWN.index("is_title") + 1]
_SHARE_CHARS = 240  # character shares are measured on the start of long segments


def _text_columns(
    segments: list[Segment], scored: list[Scored], title_key: str, *, boilerplate: bool = True
) -> tuple[Any, float, int]:
    """The ``_TEXT_FEATURES`` columns of all segments, the page's wide characters and characters.

    Without ``boilerplate`` the stock-phrase column stays 0 (its regex is the costliest step here).

    The texts are joined into one array of code points and every character class is counted for
    all segments at once (``np.add.reduceat``): this runs for every segment of every page.
    """
    import numpy as np

    n = len(segments)
    texts = [segment.text for segment in segments]
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    codes = np.frombuffer(("\x00".join(texts) + "\x00").encode("utf-32-le"), dtype=np.uint32)
    starts = np.zeros(n, dtype=np.int64)
    starts[1:] = np.cumsum(lengths + 1)[:-1]
    classes = _CHAR_CLASSES()[np.minimum(codes, 0xFFFF)]
    last = classes[np.maximum(starts + lengths - 1, 0)]
    following = np.zeros_like(codes)  # the separator after the last segment
    following[:-1] = codes[1:]

    def count(bit: int) -> Any:
        return np.add.reduceat((classes & bit) != 0, starts, dtype=np.int64)

    extra_bytes = np.add.reduceat(classes >> 6, starts, dtype=np.int64) + np.add.reduceat(
        codes > 0xFFFF, starts, dtype=np.int64
    )
    size = np.maximum(lengths + extra_bytes, 1)
    chars = np.maximum(lengths, 1)
    wide = extra_bytes / 2.0  # a CJK character takes three UTF-8 bytes, two more than ASCII
    periods = np.add.reduceat(
        (codes == 0x2E) & ((following == 0x20) | (following == 0)), starts, dtype=np.int64
    )
    end_marks = count(_END_MARK) + periods
    commas = count(_COMMA)
    digits = count(_DIGIT)
    ascii_chars = lengths - np.add.reduceat(classes >= 64, starts, dtype=np.int64)
    kana = count(_KANA_BIT)
    link_density = np.fromiter((w.link_density for w in scored), dtype=np.float64, count=n)
    sentence_like = np.fromiter((w.sentence_like for w in scored), dtype=np.float64, count=n)
    prose = np.fromiter((w.prose for w in scored), dtype=np.float64, count=n)
    junk = np.fromiter((w.junk for w in scored), dtype=np.float64, count=n)
    columns = np.empty((n, len(_TEXT_FEATURES)), dtype=np.float64)
    columns[:, 0] = np.log1p(size)
    columns[:, 1] = link_density
    columns[:, 2] = sentence_like
    columns[:, 3] = prose / size
    columns[:, 4] = junk / size
    columns[:, 5] = np.log1p(end_marks)
    columns[:, 6] = 1000.0 * end_marks / size
    columns[:, 7] = np.log1p(commas)
    columns[:, 8] = (last & _ENDING) != 0
    columns[:, 9] = digits / chars
    columns[:, 10] = np.minimum(wide / chars, 1.0)
    columns[:, 11] = kana > 0
    columns[:, 12] = ascii_chars / chars
    for column, name in ((13, "in_quote"), (14, "in_pre"), (15, "in_caption"), (16, "in_table")):
        columns[:, column] = np.fromiter((getattr(s, name) for s in segments), dtype=np.float64, count=n)
    columns[:, 17] = np.minimum(np.fromiter((s.list_depth for s in segments), dtype=np.float64, count=n), 3)
    columns[:, 18] = 0.0
    verdicts: dict[str, bool] = {}  # short lines repeat within a page (labels, bylines, dates)
    candidates = (sentence_like == 0) & (size <= 160) & (link_density <= 0.5) if boilerplate else []
    for index in np.flatnonzero(candidates).tolist():
        text = texts[index]
        verdict = verdicts.get(text)
        if verdict is None:
            verdict = verdicts[text] = is_boilerplate_line(text)
        columns[index, 18] = verdict
    columns[:, 19] = 0.0
    if title_key:
        near = np.abs(lengths - len(title_key)) < lengths * 0.5 + 4
        for index in np.flatnonzero(near).tolist():
            columns[index, 19] = text_key(texts[index]) == title_key
    return columns, float(wide.sum()), int(lengths.sum())


# Character classes as bits of one uint8 per code point (the BMP; the two top bits hold how many
# more UTF-8 bytes than one the character takes).
_END_MARK, _COMMA, _DIGIT, _KANA_BIT, _ENDING = 1, 2, 4, 8, 16


@lru_cache(maxsize=1)
def _CHAR_CLASSES() -> Any:
    import numpy as np

    table = np.zeros(0x10000, dtype=np.uint8)
    table[0x80:0x800] = 1 << 6
    table[0x800:] = 2 << 6
    for character in SENTENCE_END_MARKS:
        table[ord(character)] |= _END_MARK
    for character in CLAUSE_MARKS:
        table[ord(character)] |= _COMMA
    table[ord("0") : ord("9") + 1] |= _DIGIT
    table[0x3040:0x3100] |= _KANA_BIT
    for character in _SENTENCE_ENDINGS:
        table[ord(character)] |= _ENDING
    return table


def _element_table(walk: Walk, scored: list[Scored], container: int) -> dict[str, Any]:
    """Per-element arrays: ancestry flags and tags, container membership, the nearest ancestor
    shared with the container and prose/junk of the subtree."""
    import numpy as np

    elements = walk.elements
    n_el = len(elements)
    chain = set()
    index = container
    while index >= 0:
        chain.add(index)
        index = elements[index].parent
    parents = [element.parent for element in elements]
    anc_flags = [0] * n_el
    anc_tags = [0] * n_el
    common = [0] * n_el  # the nearest of the element and its ancestors on the container's chain
    tag_bits = _ANCESTOR_TAGS.get
    for index, element in enumerate(elements):
        parent = parents[index]
        if parent >= 0:
            anc_flags[index] = anc_flags[parent] | element.flags
            anc_tags[index] = anc_tags[parent] | tag_bits(element.tag, 0)
            common[index] = index if index in chain else common[parent]
        else:
            anc_flags[index] = element.flags
            anc_tags[index] = tag_bits(element.tag, 0)
            common[index] = index
    common_array = np.array(common, dtype=np.int64)
    good = [0.0] * n_el
    junk = [0.0] * n_el
    count = [0] * n_el
    for segment, weights in zip(walk.segments, scored, strict=True):
        good[segment.owner] += weights.prose
        junk[segment.owner] += weights.junk
        count[segment.owner] += 1
    own_good = np.array(good)
    own_junk = np.array(junk)
    for index in range(n_el - 1, 0, -1):
        parent = parents[index]
        if parent >= 0:
            good[parent] += good[index]
            junk[parent] += junk[index]
    good_array = np.array(good)
    return {
        "depth": np.array([element.depth for element in elements], dtype=np.int64),
        "parent": np.array(parents, dtype=np.int64),
        "flags": np.array([element.flags for element in elements], dtype=np.int64),
        "anc_flags": np.array(anc_flags, dtype=np.int64),
        "anc_tags": np.array(anc_tags, dtype=np.int64),
        "inside": common_array == container,  # the container is the element or an ancestor
        "common": common_array,
        "good": good_array,
        "share": good_array / (good_array + np.array(junk) + 1.0),
        "own_share": own_good / (own_good + own_junk + 1.0),
        "count": np.array(count, dtype=np.int64),
    }


def _window_sum(values: np.ndarray, radius: int) -> np.ndarray:
    """Sum of each value and its ``radius`` neighbours on both sides (fewer at the edges)."""
    import numpy as np

    cumulative = np.concatenate(([0.0], np.cumsum(values)))
    n = len(values)
    positions = np.arange(n)
    high = np.minimum(positions + radius + 1, n)
    low = np.maximum(positions - radius, 0)
    return cumulative[high] - cumulative[low]


@dataclass(frozen=True, slots=True)
class TreeModel:
    """Gradient-boosted trees stored as complete binary trees of one depth.

    ``features``/``thresholds``: (trees, 2**depth - 1) internal nodes in breadth-first order
    (node k has children 2k+1, 2k+2; a sample goes right when its value is above the threshold);
    ``leaves``: (trees, 2**depth) raw scores.
    """

    depth: int
    baseline: float
    features: Any
    thresholds: Any
    leaves: Any
    threshold: float  # keep a segment when its probability reaches this
    _used: frozenset[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_used", frozenset(self.features.ravel().tolist()))

    @property
    def used_columns(self) -> frozenset[int]:
        """The feature columns some tree splits on (``page_features(..., only=...)``)."""
        return self._used

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        import numpy as np

        n = x.shape[0]
        trees, internal = self.features.shape
        flat_features = self.features.ravel()
        flat_thresholds = self.thresholds.ravel()
        tree_base = np.arange(trees) * internal
        # Each sample's node in each tree, as an index into the flattened (trees, internal) arrays:
        # node k of a tree is tree_base + k, its left child tree_base + 2k + 1 = 2 * slot + step.
        slot = np.broadcast_to(tree_base, (n, trees)).copy()
        step = 1 - tree_base
        row_base = (np.arange(n) * x.shape[1])[:, None]
        flat_x = x.ravel()
        levels = self.depth
        if levels:  # all samples start at the roots: one column per tree, no per-sample gather
            slot += 1 + (x[:, self.features[:, 0]] > self.thresholds[:, 0])
            levels -= 1
        for _ in range(levels):
            right = flat_x.take(row_base + flat_features.take(slot)) > flat_thresholds.take(slot)
            slot *= 2
            slot += step
            slot += right
        # leaf k - internal of a tree (k = slot - tree_base) is at tree * (internal + 1) + k - internal
        leaf = slot + (np.arange(trees) - internal)
        raw = self.leaves.ravel().take(leaf).sum(axis=1)
        probabilities: np.ndarray = 1.0 / (1.0 + np.exp(-(raw + self.baseline)))
        return probabilities


def model_from_dict(data: dict[str, Any]) -> TreeModel:
    """Build the model from its JSON form (see ``scripts/train_segment_classifier.py``)."""
    import numpy as np

    depth = int(data["depth"])
    features = np.asarray(data["features"], dtype=np.int64)
    thresholds = np.asarray(data["thresholds"], dtype=np.float64)
    leaves = np.asarray(data["leaves"], dtype=np.float64)
    internal = 2**depth - 1
    if features.ndim != 2 or features.shape[1] != internal or leaves.shape != (len(features), internal + 1):
        raise ValueError("tree arrays do not match the declared depth")
    if thresholds.shape != features.shape or features.min(initial=0) < 0:
        raise ValueError("bad tree arrays")
    if features.max(initial=0) >= len(FEATURE_NAMES):
        raise ValueError("tree refers to an unknown feature")
    return TreeModel(depth, float(data["baseline"]), features, thresholds, leaves, float(data["threshold"]))


@lru_cache(maxsize=1)
def load_model() -> TreeModel | None:
    """The shipped model, or None when it is disabled, missing, stale or numpy is missing."""
    choice = os.environ.get(ENV_SWITCH, "")
    if choice.lower() in ("off", "0", "false", "no"):
        return None
    path = Path(choice) if choice else MODEL_PATH
    try:
        import numpy  # noqa: F401
    except ImportError:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("feature_digest") != FEATURE_DIGEST:
        return None  # trained on other features: the rules are safer than a misread model
    try:
        return model_from_dict(data)
    except (KeyError, TypeError, ValueError):
        return None


def segment_probabilities(
    walk: Walk, scored: list[Scored], container: int, title: str | None
) -> tuple[list[float], float] | None:
    """The model's probability for every segment and its keep threshold; None when no model is loaded."""
    model = load_model()
    if model is None or not walk.segments:
        return None
    features = page_features(walk, scored, container, title, only=model.used_columns)
    return model.probabilities(features).tolist(), model.threshold


def select_body(walk: Walk, scored: list[Scored], container: int, title: str | None) -> list[int] | None:
    """Indices of the segments the model keeps as body, in page order; None when no model is loaded."""
    view = segment_probabilities(walk, scored, container, title)
    if view is None:
        return None
    probabilities, threshold = view
    return [index for index, value in enumerate(probabilities) if value >= threshold]
