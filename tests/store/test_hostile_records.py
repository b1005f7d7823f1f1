"""JSON records of the wrong shape ingest page by page: odd readings, escaped lone surrogates,
out-of-range values. A value the writer cannot store costs that page only, never the run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kijiyomi.store import Archive
from kijiyomi.store.articlejson import ArticleJsonError, article_from_json
from kijiyomi.store.ingest import ingest
from kijiyomi.store.readingrows import rows_from_reading

_SENTENCE = (
    "市議会は二十六日、冬季の除雪体制を見直す条例案を賛成多数で可決した。市民からは歓迎の声が出ている。"
)


def _article(number: int, **fields: Any) -> dict[str, Any]:
    return {
        "type": "article",
        "title": f"除雪体制 第{number}報",
        "url": f"https://news.example.jp/{number}",
        "blocks": [{"kind": "paragraph", "text": f"{_SENTENCE}（{number}）"}],
        **fields,
    }


def _ingest(tmp_path: Path, objects: list[Any]) -> tuple[Archive, Any]:
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(obj) for obj in objects) + "\n", encoding="utf-8")
    archive = Archive(tmp_path / "a.db", scheme="ngram")
    return archive, ingest(archive, [str(path)], jobs=1, progress=False, with_reading=False)


_ODD_READINGS: list[Any] = [
    [1, 2],  # AttributeError in the writer: the whole run stopped
    "a string",
    {"entities": 5},  # TypeError: 'int' object is not iterable
    {"events": 5},
    {"entities": [{"id": "e1", "name": "札幌市", "label": "LOC", "mentions": 7}]},
    {
        "entities": [
            {"id": "e1", "name": "札幌市", "label": "LOC", "mentions": [{"start": 10**30, "end": -1}]}
        ]
    },
    {"entities": [{"id": "e1", "name": "札幌市", "label": "LOC"}], "events": [{"type": "vote", "actors": 5}]},
]


def test_readings_of_the_wrong_shape_keep_their_articles(tmp_path: Path) -> None:
    objects = [{"article": _article(i), "reading": reading} for i, reading in enumerate(_ODD_READINGS)]
    archive, summary = _ingest(tmp_path, objects)
    assert summary.errors == []
    assert summary.stored == len(_ODD_READINGS)
    assert archive.counts()["articles"] == len(_ODD_READINGS)


def test_rows_from_a_reading_of_the_wrong_shape_are_what_is_usable() -> None:
    rows = rows_from_reading(_ODD_READINGS[5])
    assert [(e.name, e.mentions) for e in rows.entities] == [("札幌市", [(None, None, "")])]
    assert rows_from_reading([1, 2]).entities == []  # type: ignore[arg-type]
    assert [(e.type, e.roles) for e in rows_from_reading(_ODD_READINGS[6]).events] == [("vote", [])]


def test_escaped_lone_surrogates_are_stored_as_replacement_characters(tmp_path: Path) -> None:
    bad = "\udcff"
    article = _article(1, title=f"除雪{bad}体制")
    article["blocks"][0]["text"] += bad
    reading = {"entities": [{"id": "e1", "name": f"札幌{bad}", "label": "LOC", "mentions": []}]}
    archive, summary = _ingest(tmp_path, [{"article": article, "reading": reading}])
    assert (summary.stored, summary.errors) == (1, [])  # was a UnicodeEncodeError: a crash or an error
    title, text = archive.connection().execute("SELECT title, text FROM articles").fetchone()
    assert title == "除雪\ufffd体制"
    assert text.endswith("\ufffd")
    names = [row[0] for row in archive.connection().execute("SELECT name FROM entities")]
    assert names == ["札幌\ufffd"]


def test_escaped_surrogate_pairs_stay_what_they_are(tmp_path: Path) -> None:
    archive, summary = _ingest(tmp_path, [_article(1, title="除雪😀")])
    assert summary.stored == 1
    assert archive.connection().execute("SELECT title FROM articles").fetchone()[0] == "除雪😀"


def test_a_rejection_with_values_of_the_wrong_type_is_stored(tmp_path: Path) -> None:
    rejection = {"type": "rejection", "reason": "listing", "url": {"a": 1}, "title": [1], "detail": 5}
    archive, summary = _ingest(tmp_path, [rejection])  # sqlite3 could not bind a dict: a crash
    assert dict(summary.rejected) == {"listing": 1}
    assert archive.rejects()[0]["url"] is None
    assert archive.rejects()[0]["detail"] == "5"


@pytest.mark.parametrize("field", ["published", "modified"])
def test_a_date_with_no_utc_value_is_an_article_json_error(field: str) -> None:
    with pytest.raises(ArticleJsonError, match="out of range"):
        article_from_json(_article(1, **{field: "0001-01-01T00:00:00+14:00"}))


def test_a_page_the_writer_cannot_store_costs_only_that_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kijiyomi.store.archive as archive_module

    real = archive_module.rows_from_reading

    def fragile(reading: Any) -> Any:
        if reading.get("poison"):
            raise OverflowError("Python int too large to convert to SQLite INTEGER")
        return real(reading)

    monkeypatch.setattr(archive_module, "rows_from_reading", fragile)
    objects = [{"article": _article(i), "reading": {"poison": i == 2, "entities": []}} for i in range(5)]
    archive, summary = _ingest(tmp_path, objects)
    assert summary.stored == 4
    assert [source.rsplit("#", 1)[1] for source, _ in summary.errors] == ["2"]
    assert "OverflowError" in summary.errors[0][1]
    assert archive.counts()["articles"] == 4


@pytest.mark.parametrize(
    ("name", "flag"), [("entity", "--entity"), ("event_type", "--event-type"), ("country", "--country")]
)
def test_timeline_filters_with_undecodable_bytes_are_query_errors(
    tmp_path: Path, name: str, flag: str
) -> None:
    # --entity raised UnicodeEncodeError from SQLite (the search filters were checked, these were not)
    from kijiyomi.store import views
    from kijiyomi.store.textindex import QueryError

    archive = Archive(tmp_path / "a.db", scheme="ngram")
    with pytest.raises(QueryError, match=f"{flag} is not valid UTF-8"):
        views.timeline(archive, **{name: "札幌\udcff"})


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("provenance_json", "[]"),  # AttributeError: the whole ingest stopped
        ("blocks_json", "[" * 5000 + "]" * 5000),  # RecursionError
        ("images_json", "[1]"),
    ],
)
def test_a_crawl_row_with_a_json_column_of_the_wrong_shape_loses_only_itself(
    tmp_path: Path, column: str, value: str
) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq

    from kijiyomi.crawl.schema import ARTICLE_SCHEMA, article_row

    rows = []
    for number in range(3):
        article = article_from_json(_article(number))
        columns = {
            "source": "x.warc",
            "offset": number,
            "record_id": None,
            "warc_date": None,
            "url": article.url,
        }
        rows.append(article_row(columns, article, None))
    rows[1][column] = value
    path = tmp_path / "part-0.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA), path)
    archive = Archive(tmp_path / "a.db", scheme="ngram")
    summary = ingest(archive, [str(path)], jobs=1, progress=False, with_reading=False)
    assert summary.stored == 2
    assert [Path(s.source).name for s in summary.skipped] == ["part-0.parquet#1"]
