"""A learned per-segment "article body or not" decision on top of the rule stage.

The features of a segment come from the rule stage only (its ``Scored`` weights, its owner's and
ancestors' vocabulary flags, where it lies relative to the heuristic container and to the
headline, its neighbours, hashed class tokens of its owner and ancestors), so the model refines
the rules rather than replacing the DOM walk. The model is a small gradient-boosted tree ensemble
(trained by ``scripts/train_segment_classifier.py``), stored as complete binary trees in
``model/segments.json`` and evaluated level by level with numpy: a few array operations per tree
level for all segments and trees at once.

The model file is read once per process, on first use. When it is absent, unreadable, built for
other features, disabled with ``KIJIYOMI_SEGMENT_MODEL=off``, or numpy is not installed,
``select_body`` returns None and the caller keeps the rules.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kijiyomi.html import vocabulary as vocab
from kijiyomi.html.phrases import is_boilerplate_line

if TYPE_CHECKING:
    import numpy as np

    from kijiyomi.html.content import Scored
    from kijiyomi.html.dom import Walk

MODEL_PATH = Path(__file__).parent / "model" / "segments.json"
ENV_SWITCH = "KIJIYOMI_SEGMENT_MODEL"  # "off" disables the model; a path loads another file

_END_MARKS = re.compile(r"[。．！？!?]|\.(?=\s|$|[\"'”’)」])")
_COMMAS = re.compile(r"[,、，;；:：]")
_ENDS_LIKE_SENTENCE = re.compile(r"[。．！？!?.…」』\"”’)）]$")
_DIGITS = re.compile(r"\d")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_SPLIT = re.compile(r"[\s_\-:./]+")
_KEY = re.compile(r"\W+")

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
_TAG_INDEX: dict[str, list[int]] = {}
for _position, _names in enumerate(_TAGS):
    for _name in _names:
        _TAG_INDEX.setdefault(_name, []).append(_position)

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
HASH_BUCKETS = 32  # class/id tokens of the owner, and of its parent and grandparent, each hashed here

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
    "cjk_share",
    "has_kana",
    "latin_share",
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
    "page_cjk",
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
    + tuple(f"hash_owner_{i}" for i in range(HASH_BUCKETS))
    + tuple(f"hash_above_{i}" for i in range(HASH_BUCKETS))
)
FEATURE_DIGEST = hashlib.sha1("\n".join(FEATURE_NAMES).encode()).hexdigest()[:16]
_INDEX = {name: i for i, name in enumerate(FEATURE_NAMES)}


def _key(text: str) -> str:
    return _KEY.sub("", text).lower()


@lru_cache(maxsize=16384)
def _buckets(hint: str) -> tuple[int, ...]:
    if not hint:
        return ()
    tokens = {token for token in _SPLIT.split(hint) if token and not token.isdigit()}
    return tuple(sorted({zlib.crc32(token.encode()) % HASH_BUCKETS for token in tokens}))


def page_features(walk: Walk, scored: list[Scored], container: int, title: str | None) -> np.ndarray:
    """One row of ``FEATURE_NAMES`` per segment of the page (float64)."""
    import numpy as np

    elements = walk.elements
    segments = walk.segments
    n_el, n = len(elements), len(segments)
    # per element: ancestry facts (parents precede children in walk order)
    anc_flags = [0] * n_el
    anc_tags = [0] * n_el
    in_cont = [False] * n_el
    for index, element in enumerate(elements):
        parent = element.parent
        bits = _ANCESTOR_TAGS.get(element.tag, 0)
        if parent >= 0:
            anc_flags[index] = anc_flags[parent] | element.flags
            anc_tags[index] = anc_tags[parent] | bits
            in_cont[index] = in_cont[parent] or index == container
        else:
            anc_flags[index] = element.flags
            anc_tags[index] = bits
            in_cont[index] = index == container
    # per element: prose/junk of the segments below it
    good = [0.0] * n_el
    junk = [0.0] * n_el
    count = [0] * n_el
    for segment, weights in zip(segments, scored, strict=True):
        good[segment.owner] += weights.prose
        junk[segment.owner] += weights.junk
        count[segment.owner] += 1
    own_good, own_junk = list(good), list(junk)
    for index in range(n_el - 1, 0, -1):
        parent = elements[index].parent
        if parent >= 0:
            good[parent] += good[index]
            junk[parent] += junk[index]
    page_good = good[0] or 1.0
    container_depth = elements[container].depth
    container_flags = anc_flags[container]

    title_key = _key(title) if title else ""
    title_at = -1
    first_h1 = -1
    first_in, last_in = -1, -1
    rows: list[list[float]] = []
    owner_hash: list[tuple[int, ...]] = []
    above_hash: list[tuple[int, ...]] = []
    cjk_total = 0
    for position, (segment, weights) in enumerate(zip(segments, scored, strict=True)):
        text = segment.text
        length = len(text) or 1
        size = len(text.encode("utf-8")) or 1
        owner = segment.owner
        element = elements[owner]
        inside = in_cont[owner]
        if inside:
            if first_in < 0:
                first_in = position
            last_in = position
        is_title = bool(title_key) and _key(text) == title_key
        if is_title and title_at < 0:
            title_at = position
        if segment.tag == "h1" and first_h1 < 0:
            first_h1 = position
        end_marks = len(_END_MARKS.findall(text))
        cjk = len(_CJK.findall(text))
        cjk_total += cjk
        # tree distance between the owner and the container
        if inside:
            below, up_owner, up_container = element.depth - container_depth, 0, 0
        else:
            a, b = owner, container
            while elements[a].depth > elements[b].depth:
                a = elements[a].parent
            while elements[b].depth > elements[a].depth:
                b = elements[b].parent
            while a != b and a >= 0 and b >= 0:
                a, b = elements[a].parent, elements[b].parent
            common_depth = elements[a].depth if a >= 0 else 0
            below, up_owner, up_container = -1, element.depth - common_depth, container_depth - common_depth
        parent = element.parent
        grand = elements[parent].parent if parent >= 0 else -1
        parent_share = good[parent] / (good[parent] + junk[parent] + 1.0) if parent >= 0 else 0.0
        grand_share = good[grand] / (good[grand] + junk[grand] + 1.0) if grand >= 0 else 0.0
        flags_to_container = (anc_flags[owner] & ~container_flags) if inside else anc_flags[owner]
        row = [
            math.log1p(size),
            weights.link_density,
            float(weights.sentence_like),
            weights.prose / size,
            weights.junk / size,
            math.log1p(end_marks),
            1000.0 * end_marks / size,
            math.log1p(len(_COMMAS.findall(text))),
            float(bool(_ENDS_LIKE_SENTENCE.search(text))),
            len(_DIGITS.findall(text)) / length,
            cjk / length,
            float(bool(_KANA.search(text))),
            len(_LATIN.findall(text)) / length,
            float(segment.in_quote),
            float(segment.in_pre),
            float(segment.in_caption),
            float(segment.in_table),
            float(min(segment.list_depth, 3)),
            float(not weights.sentence_like and is_boilerplate_line(text)),
            float(is_title),
            float(min(element.depth, 60)),
            float(inside),
            float(min(below, 30)),
            float(min(up_owner, 30)),
            float(min(up_container, 30)),
            own_good[owner] / (own_good[owner] + own_junk[owner] + 1.0),
            parent_share,
            grand_share,
            math.log1p(good[parent]) if parent >= 0 else 0.0,
            math.log1p(good[owner]),
            float(min(count[owner], 50)),
        ]
        rows.append(row)
        owner_hash.append(_buckets(element.hint))
        hints = []
        if parent >= 0:
            hints.append(elements[parent].hint)
            if grand >= 0:
                hints.append(elements[grand].hint)
        above_hash.append(_buckets(" ".join(hints)))
        row.extend(
            (
                float(flags_to_container),
                float(anc_flags[owner]),
                float(element.flags),
                float(anc_tags[owner]),
            )
        )
    # turn the scratch columns into the documented layout with numpy
    base = np.asarray(rows, dtype=np.float64).reshape(n, -1)
    n_own_scalar = 31
    out = np.zeros((n, len(FEATURE_NAMES)), dtype=np.float64)
    out[:, :n_own_scalar] = base[:, :n_own_scalar]
    pos = np.arange(n, dtype=np.float64)
    scale = float(max(n, 1))
    anchor = title_at if title_at >= 0 else first_h1
    out[:, _INDEX["relative_position"]] = pos / scale
    first_in = first_in if first_in >= 0 else 0
    last_in = last_in if last_in >= 0 else n - 1
    out[:, _INDEX["from_container_start"]] = (pos - first_in) / scale
    out[:, _INDEX["from_container_end"]] = (pos - last_in) / scale
    if anchor >= 0:
        delta = pos - anchor
        out[:, _INDEX["from_title"]] = delta / scale
        out[:, _INDEX["log_from_title"]] = np.sign(delta) * np.log1p(np.abs(delta))
        out[:, _INDEX["before_title"]] = (delta < 0).astype(np.float64)
    else:
        out[:, _INDEX["from_title"]] = pos / scale
        out[:, _INDEX["log_from_title"]] = np.log1p(pos)
    out[:, _INDEX["log_page_segments"]] = math.log1p(n)
    out[:, _INDEX["container_share"]] = good[container] / page_good
    out[:, _INDEX["log_container_prose"]] = math.log1p(good[container])
    total_chars = sum(len(segment.text) for segment in segments) or 1
    out[:, _INDEX["page_cjk"]] = cjk_total / total_chars
    owners = np.fromiter((segment.owner for segment in segments), dtype=np.int64, count=n)
    if n > 1:
        out[1:, _INDEX["same_owner_prev"]] = owners[1:] == owners[:-1]
        out[:-1, _INDEX["same_owner_next"]] = owners[:-1] == owners[1:]
    tag_start = _INDEX[f"tag_{'_'.join(_TAGS[0])}"]
    for row_index, segment in enumerate(segments):
        for offset in _TAG_INDEX.get(segment.tag, ()):
            out[row_index, tag_start + offset] = 1.0
    bit_columns = base[:, n_own_scalar : n_own_scalar + 4].astype(np.int64)
    for group, column in (("to_container", 0), ("ancestor", 1), ("owner", 2)):
        for name, bit in _FLAG_BITS:
            out[:, _INDEX[f"{group}_{name}"]] = (bit_columns[:, column] & bit) != 0
    for name, bit in _ANCESTOR_TAGS.items():
        out[:, _INDEX[f"under_{name}"]] = (bit_columns[:, 3] & bit) != 0
    for name in _NEIGHBOUR_SOURCES:
        source = out[:, _INDEX[name]]
        if n > 1:
            out[1:, _INDEX[f"prev_{name}"]] = source[:-1]
            out[:-1, _INDEX[f"next_{name}"]] = source[1:]
    sizes = np.exp(out[:, _INDEX["log_bytes"]]) - 1.0
    weight = _window_sum(sizes, 3) + 1e-9
    for target, name in (
        ("window_sentence_like", "sentence_like"),
        ("window_in_container", "in_container"),
        ("window_link_density", "link_density"),
    ):
        out[:, _INDEX[target]] = _window_sum(sizes * out[:, _INDEX[name]], 3) / weight
    owner_start, above_start = _INDEX["hash_owner_0"], _INDEX["hash_above_0"]
    for row_index in range(n):
        for bucket in owner_hash[row_index]:
            out[row_index, owner_start + bucket] = 1.0
        for bucket in above_hash[row_index]:
            out[row_index, above_start + bucket] = 1.0
    return out


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

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        import numpy as np

        n = x.shape[0]
        trees, internal = self.features.shape
        flat_features = self.features.ravel()
        flat_thresholds = self.thresholds.ravel()
        tree_base = (np.arange(trees) * internal)[None, :]
        row_base = (np.arange(n) * x.shape[1])[:, None]
        flat_x = x.ravel()
        node = np.zeros((n, trees), dtype=np.int64)
        for _ in range(self.depth):
            slot = tree_base + node
            values = flat_x.take(row_base + flat_features.take(slot))
            node = 2 * node + 1 + (values > flat_thresholds.take(slot))
        leaf = node - internal
        raw = self.leaves.ravel().take((np.arange(trees) * (internal + 1))[None, :] + leaf).sum(axis=1)
        return 1.0 / (1.0 + np.exp(-(raw + self.baseline)))


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


def select_body(walk: Walk, scored: list[Scored], container: int, title: str | None) -> list[int] | None:
    """Indices of the segments the model keeps as body, in page order; None when no model is loaded."""
    model = load_model()
    if model is None or not walk.segments:
        return None
    probabilities = model.probabilities(page_features(walk, scored, container, title))
    return [int(i) for i in (probabilities >= model.threshold).nonzero()[0]]
