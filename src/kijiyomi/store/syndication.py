"""Near-duplicate detection: MinHash signatures of character shingles, banded for LSH in SQLite.

A wire story republished on several sites with light edits shares most of its 5-character
shingles (characters, not words, so Japanese needs no tokenizer). datasketch computes the
signature and chooses the band layout for the threshold; the bands are stored in ``lsh_bands``
so that finding candidates is an indexed lookup, and the Jaccard estimate decides.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Any

from kijiyomi.store.textindex import normalize

NUM_PERM = 64
THRESHOLD = 0.5
SHINGLE = 5
MIN_SHINGLES = 20  # shorter texts are never grouped


@lru_cache(maxsize=1)
def _setup() -> tuple[Any, Any, int, int]:
    import numpy as np
    from datasketch import MinHash, MinHashLSH  # type: ignore[import-untyped]

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    template = MinHash(num_perm=NUM_PERM, seed=1)
    return np, template, lsh.b, lsh.r


def available() -> bool:
    """Whether datasketch (the ``serve`` extra) is installed."""
    try:
        _setup()
    except ImportError:
        return False
    return True


def signature(text: str) -> bytes | None:
    """The MinHash signature of ``text`` as bytes, or None (too short, or no datasketch)."""
    if not available():
        return None
    np, template, _, _ = _setup()
    compact = "".join(normalize(text).split())
    if len(compact) < SHINGLE + MIN_SHINGLES:
        return None
    shingles = {compact[i : i + SHINGLE].encode() for i in range(len(compact) - SHINGLE + 1)}
    minhash = template.copy()
    minhash.clear()
    minhash.update_batch(list(shingles))
    return bytes(np.asarray(minhash.hashvalues, dtype=np.uint64).tobytes())


def band_keys(sig: bytes) -> list[tuple[int, int]]:
    """(band, key) pairs: one hashed key per LSH band of the signature."""
    _, _, bands, rows = _setup()
    width = 8 * rows
    keys = []
    for band in range(bands):
        digest = hashlib.blake2b(sig[band * width : (band + 1) * width], digest_size=8).digest()
        keys.append((band, int.from_bytes(digest, "big", signed=True)))
    return keys


def jaccard(a: bytes, b: bytes) -> float:
    """The Jaccard similarity that two signatures estimate."""
    np, _, _, _ = _setup()
    left = np.frombuffer(a, dtype=np.uint64)
    right = np.frombuffer(b, dtype=np.uint64)
    if left.shape != right.shape:
        return 0.0
    return float(np.count_nonzero(left == right)) / float(len(left))
