"""Search must return exactly what a brute-force scan of the same articles returns."""

from __future__ import annotations

import importlib
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kijiyomi.store import Archive, Filters, QueryError, prepare, search
from kijiyomi.store.textindex import matches, parse_query
from kijiyomi.types import Article, Block, BlockKind

# Pieces chosen to hit the known traps: 京都 inside 東京都, two-character words, mixed scripts,
# full-width Latin, punctuation between runs, Latin words that are prefixes of others.
PIECES = [
    "東京都",
    "京都",
    "東京",
    "都",
    "制裁",
    "会談",
    "米国",
    "ＮＡＴＯ",
    "nato",
    "G7",
    "サミット",
    "sanction",
    "sanctions",
    "の",
    "で",
    "。",
    "、",
    " ",
    "「",
    "」",
    "首脳会談",
    "京",
    "2026年",
]
QUERY_PIECES = [*PIECES, "京都 制裁", '"米国 会談"', "g7サミット", "都で", "nato 京"]

texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join)


def _article(index: int, text: str) -> Article:
    return Article(
        blocks=(Block(BlockKind.PARAGRAPH, text),),
        title=f"t{index}",
        url=f"https://example.test/{index}",
        published=datetime(2026, 1, 1 + index % 28, tzinfo=UTC),
    )


def _build(tmp: Path, docs: list[str], scheme: str) -> Archive:
    archive = Archive(tmp / f"{scheme}.db", scheme=scheme)  # type: ignore[arg-type]
    for index, text in enumerate(docs):
        archive.add(prepare(_article(index, text), None, archive.scheme), f"doc{index}")
    return archive


def _expected(docs: list[str], query: str, scheme: str) -> set[str]:
    return {f"t{i}" for i, text in enumerate(docs) if matches(query, text, scheme)}


def _found(archive: Archive, query: str) -> set[str]:
    result = search(archive, query, limit=100, collapse=False)
    assert result.total_exact
    titles = {hit.title for hit in result.hits if hit.title}
    assert result.total == len(titles)
    return titles


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    docs=st.lists(texts, min_size=1, max_size=25), queries=st.lists(st.sampled_from(QUERY_PIECES), min_size=3)
)
def test_ngram_search_equals_brute_force(docs: list[str], queries: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        archive = _build(Path(tmp), docs, "ngram")
        for query in queries:
            if query.strip() in {"。", "、", "「", "」", ""}:
                continue
            assert _found(archive, query) == _expected(docs, query, "ngram"), query
        archive.close()


def test_ngram_semantics_on_the_traps(tmp_path: Path) -> None:
    docs = [
        "東京都で会談した。",
        "京都の寺。",
        "制裁を科す",
        "G7 サミット",
        "G7サミット開幕",
        "sanctions imposed",
    ]
    archive = _build(tmp_path, docs, "ngram")
    assert _found(archive, "会談") == {"t0"}  # a two-character word
    assert _found(archive, "京都") == {"t0", "t1"}  # substring semantics: 東京都 does contain 京都
    assert _found(archive, "制裁 会談") == set()  # no term is silently dropped
    assert _found(archive, "g7サミット") == {"t4"}  # mixed scripts, adjacent only
    assert _found(archive, "Ｇ７") == {"t3", "t4"}  # full-width folds to ASCII
    assert _found(archive, "sanction") == set()  # Latin words are not cut
    assert _found(archive, "都") == {"t0", "t1"}
    assert _found(archive, "京都の") == {"t1"}


@pytest.mark.ja_models
def test_sudachi_words_keep_kyoto_out_of_tokyo(tmp_path: Path) -> None:
    pytest.importorskip("sudachipy")
    docs = [
        "東京都で日米首脳会談が開かれた。",
        "京都の寺で制裁の話はなかった。",
        "米国は対ロシア制裁を発表した。",
    ]
    archive = _build(tmp_path, docs, "sudachi")
    assert _found(archive, "京都") == {"t1"}
    assert _found(archive, "東京都") == {"t0"}
    assert _found(archive, "制裁") == {"t1", "t2"}
    assert _found(archive, "会談 米国") == set()


@pytest.mark.ja_models
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    docs=st.lists(texts, min_size=1, max_size=15), queries=st.lists(st.sampled_from(QUERY_PIECES), min_size=3)
)
def test_sudachi_search_equals_brute_force(docs: list[str], queries: list[str]) -> None:
    pytest.importorskip("sudachipy")
    with tempfile.TemporaryDirectory() as tmp:
        archive = _build(Path(tmp), docs, "sudachi")
        for query in queries:
            try:
                parse_query(query, "sudachi")
            except QueryError:
                continue  # nothing searchable (punctuation only)
            assert _found(archive, query) == _expected(docs, query, "sudachi"), query
        archive.close()


@pytest.mark.parametrize(
    "query",
    [
        "制裁 OR 会談",
        "NEAR(制裁 会談)",
        "制裁*",
        "-制裁",
        "制裁)",
        "title:制裁",
        "^制裁",
        "制裁 AND",
        "DROP TABLE articles",
    ],
)
def test_fts_syntax_is_never_interpreted(tmp_path: Path, query: str) -> None:
    archive = _build(tmp_path, ["制裁と会談", "OR NEAR AND title"], "ngram")
    result = search(archive, query, limit=100, collapse=False)
    assert {hit.title for hit in result.hits} == _expected(
        ["制裁と会談", "OR NEAR AND title"], query, "ngram"
    )


@pytest.mark.parametrize(
    "query", ['"制裁', "", "   ", "。、", "x" * 501, " ".join(["a"] * 17), "'; DROP TABLE articles; --"]
)
def test_bad_queries_raise_query_error(tmp_path: Path, query: str) -> None:
    archive = _build(tmp_path, ["制裁"], "ngram")
    with pytest.raises(QueryError):
        search(archive, query)


def test_snippet_highlights_the_terms(tmp_path: Path) -> None:
    archive = _build(tmp_path, ["長い前置きの文章がここにあります。政府は追加の制裁を発表した。"], "ngram")
    (hit,) = search(archive, "制裁").hits
    assert [text for text, marked in hit.snippet if marked] == ["制裁"]


def test_very_common_words_rank_the_most_recent_matches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    search_module = importlib.import_module(
        "kijiyomi.store.search"
    )  # the package exports a function of that name

    docs = [f"制裁{'の話' * (i % 3)}その{i}" for i in range(12)] + ["会談のみ"]
    archive = _build(tmp_path, docs, "ngram")
    monkeypatch.setattr(search_module, "RANK_WINDOW", 5)
    result = search(archive, "制裁", limit=100, collapse=False)
    assert result.total == 12  # the count is still over every match
    assert result.ranked_among == 5
    assert {hit.title for hit in result.hits} == {f"t{i}" for i in range(7, 12)}
    filtered = search(archive, "制裁", Filters(site="example.test"), limit=100, collapse=False)
    assert (filtered.total, filtered.ranked_among) == (12, 5)
    assert {hit.title for hit in filtered.hits} == {f"t{i}" for i in range(7, 12)}
    early = search(archive, "制裁", Filters(until="2026-01-03"), limit=100, collapse=False)
    assert {hit.title for hit in early.hits} == {"t0", "t1", "t2"}  # published on Jan 1-3
    assert search(archive, "制裁", Filters(site="elsewhere.test")).total == 0
    few = search(archive, "会談", limit=100, collapse=False)
    assert few.ranked_among is None
    assert [hit.title for hit in few.hits] == ["t12"]


def test_totals_past_the_count_cap_are_lower_bounds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    search_module = importlib.import_module("kijiyomi.store.search")
    archive = _build(tmp_path, [f"制裁の話その{i}" for i in range(12)], "ngram")
    monkeypatch.setattr(search_module, "RANK_WINDOW", 5)
    monkeypatch.setattr(search_module, "COUNT_CAP", 8)
    result = search(archive, "制裁", limit=100, collapse=False)
    assert (result.total, result.total_exact) == (8, False)
    filtered = search(archive, "制裁", Filters(site="example.test"), limit=100, collapse=False)
    assert (filtered.total, filtered.total_exact) == (8, False)
    monkeypatch.setattr(search_module, "COUNT_CAP", 100)
    archive.clear_query_cache()
    assert (search(archive, "制裁").total, search(archive, "制裁").total_exact) == (12, True)


def test_cached_counts_follow_new_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    search_module = importlib.import_module("kijiyomi.store.search")
    monkeypatch.setattr(search_module, "RANK_WINDOW", 3)
    archive = _build(tmp_path, [f"制裁の話その{i}" for i in range(6)], "ngram")
    assert search(archive, "制裁").total == 6
    assert search(archive, "制裁").total == 6  # the second answer comes from the cache
    archive.add(prepare(_article(6, "追加の制裁"), None, archive.scheme), "doc6")
    assert search(archive, "制裁").total == 7  # a write empties the cache
    other = Archive(archive.path)  # another connection's commit does too
    other.add(prepare(_article(7, "さらに制裁"), None, other.scheme), "doc7")
    assert search(archive, "制裁").total == 8


@pytest.mark.ja_models
def test_sudachi_queries_from_many_threads(tmp_path: Path) -> None:
    pytest.importorskip("sudachipy")
    from concurrent.futures import ThreadPoolExecutor

    archive = _build(
        tmp_path, ["東京都で日米首脳会談が開かれた。", "米国は対ロシア制裁を発表した。"], "sudachi"
    )
    queries = ["制裁", "首脳会談", "東京都", "米国 制裁"] * 25
    with ThreadPoolExecutor(8) as pool:
        totals = list(pool.map(lambda q: search(archive, q).total, queries))
    assert totals == [1, 1, 1, 1] * 25
