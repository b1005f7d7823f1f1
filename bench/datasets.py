"""Loading the labelled datasets and the deterministic dev/test split.

A dataset is a folder holding ``ground-truth.json`` (``{ID: {...}}``) and ``html/ID.html.gz``.
Gold values are normalised here once: stringified ``'None'`` and ``"['a', 'b']"`` become ``None``
and lists, so the metrics never see them.
"""

from __future__ import annotations

import ast
import gzip
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

Split = Literal["dev", "test", "all"]

#: Keys whose gold values are lists (possibly stringified as a Python literal).
LIST_KEYS = frozenset({"with", "without", "author", "topics", "tags", "categories", "comments"})

#: What the body gold of each known dataset is; reported next to every figure.
GOLD_KINDS: dict[str, str] = {
    "fundus": "full, curated per publisher",
    "wcxb": "full, human-reviewed",
    "chinese-wced": "full, hand-made",
    "readability": "library output (Readability.js expected)",
    "newspaper3k": "library output (newspaper3k expected)",
    "newspaper4k": "library output (newspaper4k expected)",
    "postlight-parser": "silver (site selectors) + first-words snippet",
    "goose3": "body prefix only",
    "trafilatura-eval": "snippets only",
}

#: Datasets whose body gold is independent of any extractor (curated, human-reviewed or hand-made).
INDEPENDENT_GOLD = frozenset({"fundus", "wcxb", "chinese-wced"})


class DataMissingError(Exception):
    """The benchmark data folder is not there."""


@dataclass(frozen=True, slots=True)
class Gold:
    """The reference answers for one page; ``None`` where the dataset does not give one."""

    body: str | None = None
    prefix: str | None = None
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()
    title: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """One labelled page of a dataset."""

    dataset: str
    id: str
    lang: str
    url: str | None
    path: Path
    gold: Gold
    page_type: str | None = None  # wcxb: article, listing, forum, product, ...

    @property
    def split(self) -> Literal["dev", "test"]:
        return split_of(self.id)

    def read_html(self) -> bytes:
        """The raw page bytes (gunzipped when stored as ``.gz``)."""
        data = self.path.read_bytes()
        return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def split_of(page_id: str) -> Literal["dev", "test"]:
    """TEST when sha1(id) is divisible by 5 (about a fifth of the pages), else DEV."""
    return "test" if int(hashlib.sha1(page_id.encode("utf-8")).hexdigest(), 16) % 5 == 0 else "dev"


def find_data_root(explicit: str | Path | None = None, repo: Path | None = None) -> Path:
    """The data folder: ``explicit``, else ``/work/shared/data``, else ``../shared/data`` of the repo.

    Raises:
        DataMissingError: none of them exists.
    """
    repo = repo or Path(__file__).resolve().parent.parent
    candidates = (
        [Path(explicit)] if explicit else [Path("/work/shared/data"), repo.parent / "shared" / "data"]
    )
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise DataMissingError(f"benchmark data not found (looked in: {tried})")


def dataset_dirs(root: Path) -> list[Path]:
    """The dataset folders under ``root`` (those holding a ``ground-truth.json``), by name."""
    return sorted(p for p in root.iterdir() if (p / "ground-truth.json").is_file())


def load_dataset(folder: Path) -> list[Page]:
    """All pages of one dataset folder, in id order; pages whose HTML file is missing are skipped."""
    with (folder / "ground-truth.json").open(encoding="utf-8") as handle:
        entries: dict[str, dict[str, Any]] = json.load(handle)
    pages = []
    for page_id in sorted(entries):
        entry = entries[page_id]
        path = folder / "html" / f"{page_id}.html.gz"
        if not path.is_file():
            plain = folder / "html" / f"{page_id}.html"
            if not plain.is_file():
                continue
            path = plain
        pages.append(
            Page(
                dataset=folder.name,
                id=page_id,
                lang=str(clean_value("lang", entry.get("lang")) or "und"),
                url=clean_value("url", entry.get("url")),
                path=path,
                gold=gold_of(entry),
                page_type=clean_value("page_type", entry.get("page_type")),
            )
        )
    return pages


def gold_of(entry: dict[str, Any]) -> Gold:
    """The normalised gold of one ground-truth entry."""
    prefix = clean_value("articleBody_prefix", entry.get("articleBody_prefix"))
    return Gold(
        body=clean_value("articleBody", entry.get("articleBody")) or None,
        prefix=prefix or None,
        with_=tuple(s for s in clean_value("with", entry.get("with")) or () if s.strip()),
        without=tuple(s for s in clean_value("without", entry.get("without")) or () if s.strip()),
        title=clean_value("title", entry.get("title")) or None,
        date=clean_value("date", entry.get("date")) or None,
    )


def clean_value(key: str, value: Any) -> Any:
    """Undo the stringification of gold values: ``'None'`` -> None, ``"['a']"`` -> ``['a']``.

    Only list-valued keys are parsed as literals, so a title such as ``"[News] ..."`` stays text.
    """
    if isinstance(value, str):
        stripped = value.strip()
        if stripped in ("None", "null", ""):
            return None
        if key in LIST_KEYS:
            if stripped.startswith("[") and stripped.endswith("]"):
                try:
                    parsed = ast.literal_eval(stripped)
                except (ValueError, SyntaxError, MemoryError, RecursionError):
                    return [value]
                if isinstance(parsed, list | tuple):
                    return [str(item) for item in parsed if item is not None]
            return [value]
        return value
    if key in LIST_KEYS and isinstance(value, list | tuple):
        return [str(item) for item in value if item is not None]
    if key not in LIST_KEYS and isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value) or None
    return value


def load_pages(
    folders: Iterable[Path],
    *,
    split: Split = "all",
    limit: int | None = None,
    ids: Sequence[str] = (),
) -> list[Page]:
    """Pages of the given dataset folders on one split, optionally only ``ids``; ``limit`` is per dataset."""
    wanted = set(ids)
    pages: list[Page] = []
    for folder in folders:
        chosen = [
            page
            for page in load_dataset(folder)
            if (split == "all" or page.split == split) and (not wanted or page.id in wanted)
        ]
        pages.extend(chosen[:limit] if limit else chosen)
    return pages


def iter_japanese(pages: Iterable[Page]) -> Iterator[Page]:
    """The Japanese pages (gold ``lang`` == ``ja``) across all datasets."""
    return (page for page in pages if page.lang == "ja")
