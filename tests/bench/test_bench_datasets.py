"""Loading datasets, normalising gold values and the deterministic split."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest
from bench.datasets import (
    DataMissingError,
    clean_value,
    dataset_dirs,
    find_data_root,
    load_dataset,
    load_pages,
    split_of,
)


def make_dataset(root: Path, name: str, entries: dict[str, dict[str, object]], html: bytes) -> Path:
    folder = root / name
    (folder / "html").mkdir(parents=True)
    (folder / "ground-truth.json").write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    for page_id in entries:
        (folder / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(html))
    return folder


def test_split_follows_the_sha1_rule_and_is_about_a_fifth() -> None:
    ids = [f"site-{n}" for n in range(2000)]
    for page_id in ids[:50]:
        expected = "test" if int(hashlib.sha1(page_id.encode()).hexdigest(), 16) % 5 == 0 else "dev"
        assert split_of(page_id) == expected
    share = sum(split_of(i) == "test" for i in ids) / len(ids)
    assert 0.17 < share < 0.23


def test_clean_value_undoes_stringified_values() -> None:
    assert clean_value("date", "None") is None
    assert clean_value("title", "") is None
    assert clean_value("with", "['a', 'b c']") == ["a", "b c"]
    assert clean_value("with", ["x", None]) == ["x"]
    assert clean_value("author", "Jane Doe") == ["Jane Doe"]
    assert clean_value("author", "[not a list") == ["[not a list"]
    # A title in brackets is text, never parsed.
    assert clean_value("title", "[News] 新製品") == "[News] 新製品"
    assert clean_value("title", ["a", "b"]) == "a, b"


def test_load_dataset_normalises_gold(tmp_path: Path) -> None:
    folder = make_dataset(
        tmp_path,
        "toy",
        {
            "toy-1": {
                "lang": "ja",
                "url": "None",
                "articleBody": "本文です。",
                "with": "['本文']",
                "without": "[]",
                "title": "見出し",
                "date": "2024-01-02",
            },
            "toy-2": {"lang": "en", "url": "http://x.test/a", "articleBody_prefix": "Start", "title": None},
        },
        b"<html><body><p>x</p></body></html>",
    )
    pages = load_dataset(folder)
    assert [p.id for p in pages] == ["toy-1", "toy-2"]
    first, second = pages
    assert first.url is None
    assert first.lang == "ja"
    assert first.gold.body == "本文です。"
    assert first.gold.with_ == ("本文",)
    assert first.gold.without == ()
    assert first.gold.title == "見出し"
    assert first.gold.date == "2024-01-02"
    assert second.gold.prefix == "Start"
    assert second.gold.body is None
    assert second.gold.title is None
    assert first.read_html() == b"<html><body><p>x</p></body></html>"


def test_pages_without_html_are_skipped(tmp_path: Path) -> None:
    folder = make_dataset(tmp_path, "toy", {"toy-1": {"lang": "en"}}, b"<p>x</p>")
    data = json.loads((folder / "ground-truth.json").read_text())
    data["toy-missing"] = {"lang": "en"}
    (folder / "ground-truth.json").write_text(json.dumps(data))
    assert [p.id for p in load_dataset(folder)] == ["toy-1"]


def test_load_pages_filters_split_ids_and_limit(tmp_path: Path) -> None:
    entries = {f"p-{n}": {"lang": "en", "articleBody": "x"} for n in range(40)}
    make_dataset(tmp_path, "toy", entries, b"<p>x</p>")
    folders = dataset_dirs(tmp_path)
    test = load_pages(folders, split="test")
    dev = load_pages(folders, split="dev")
    assert {p.id for p in test} | {p.id for p in dev} == set(entries)
    assert all(p.split == "test" for p in test)
    assert all(p.split == "dev" for p in dev)
    assert len(load_pages(folders, limit=3)) == 3
    assert [p.id for p in load_pages(folders, ids=["p-7"])] == ["p-7"]


def test_find_data_root_says_when_data_is_missing(tmp_path: Path) -> None:
    with pytest.raises(DataMissingError, match="not found"):
        find_data_root(tmp_path / "nowhere")
    assert find_data_root(tmp_path) == tmp_path
