"""read(): inputs, offsets, serialisation, robustness."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import kijiyomi
from kijiyomi.errors import InputError
from kijiyomi.reading import READING_SCHEMA_VERSION, read
from kijiyomi.types import Article, Block, BlockKind

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]

FIXTURES = Path(__file__).parent / "fixtures"
JST = timezone(timedelta(hours=9))


def all_fixtures() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*/*.json"))]


@pytest.mark.parametrize("fixture", all_fixtures(), ids=lambda f: f["id"])
def test_every_annotation_points_at_its_text(fixture: dict) -> None:
    reading = read(fixture["text"], datetime.fromisoformat(fixture["published"]))
    text = fixture["text"]
    for entity in reading.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
            assert mention.entity_id == entity.id
    for item in (*reading.times, *reading.quotes, *reading.sentences):
        assert text[item.start : item.end] == item.text
    ids = {entity.id for entity in reading.entities}
    for quote in reading.quotes:
        assert quote.speaker is None or quote.speaker in ids
    for event in reading.events:
        assert text[event.start : event.end] == event.text
        assert all(p.id in ids for p in (*event.actors, *event.recipients))


def test_reads_an_article_and_uses_its_publication_time() -> None:
    article = Article(
        blocks=(
            Block(BlockKind.PARAGRAPH, "タイのセター首相は5日、バンコクで演説した。"),
            Block(BlockKind.PARAGRAPH, "翌6日に帰国した。"),
        ),
        published=datetime(2024, 1, 8, 9, 0, tzinfo=JST),
    )
    reading = read(article)
    assert reading.published == article.published
    assert [t.value for t in reading.times] == ["2024-01-05", "2024-01-06"]
    assert reading.text == article.text


def test_package_level_read_is_the_same() -> None:
    text = "米国のブリンケン国務長官は3日、北京を訪れた。"
    published = datetime(2024, 5, 4, tzinfo=JST)
    assert kijiyomi.read(text, published).to_dict() == read(text, published).to_dict()


def test_to_dict_is_json_with_a_schema_version() -> None:
    reading = read("英国のスターマー首相は「前進だ」と述べた。", datetime(2024, 9, 1, tzinfo=JST))
    data = json.loads(json.dumps(reading.to_dict(), ensure_ascii=False))
    assert data["schema_version"] == READING_SCHEMA_VERSION
    assert data["type"] == "reading"
    assert data["entities"][0]["mentions"][0]["text"] in ("英国", "スターマー首相")
    assert data["quotes"][0]["speaker"] == next(
        e["id"] for e in data["entities"] if e["name"] == "スターマー"
    )


def test_without_publication_time_dates_resolve_against_today_with_a_warning() -> None:
    reading = read("あす会談する。")
    assert reading.warnings
    assert reading.times[0].value is not None


def test_empty_text_gives_an_empty_reading() -> None:
    reading = read("   ", datetime(2024, 1, 1, tzinfo=JST))
    assert reading.entities == ()
    assert reading.events == ()
    assert "empty text" in reading.warnings


def test_bad_inputs_raise_typed_errors() -> None:
    with pytest.raises(InputError):
        read(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(InputError):
        read("テキスト", datetime(2024, 1, 1))  # naive
    with pytest.raises(InputError):
        read("テキスト", "2024-01-01")  # type: ignore[arg-type]


def test_lone_surrogates_are_read_as_replacement_characters() -> None:
    text = "ペルーのボルアルテ大統領は3日、\udcffリマで演説した。"  # a byte kept by surrogateescape
    reading = read(text, datetime(2024, 1, 8, tzinfo=JST))
    assert reading.text == text.replace("\udcff", "\ufffd")
    assert any("surrogate" in warning for warning in reading.warnings)
    person = next(e for e in reading.entities if e.name == "ボルアルテ")
    mention = person.mentions[0]
    assert reading.text[mention.start : mention.end] == mention.text
    json.dumps(reading.to_dict(), ensure_ascii=False).encode("utf-8")


def test_very_long_text_is_read() -> None:
    paragraph = "ペルーのボルアルテ大統領は3日、リマで演説し、協力を呼びかけた。"
    text = "\n\n".join([paragraph] * 2000)  # about 200,000 bytes: over Sudachi's input limit
    reading = read(text, datetime(2024, 1, 8, tzinfo=JST))
    person = next(e for e in reading.entities if e.name == "ボルアルテ")
    assert len(person.mentions) == 2000


def test_odd_characters_do_not_crash() -> None:
    text = "「「「（（（。\n\n」」」\u200b\ufeff𠮷野家は13月45日に\x00「"
    reading = read(text, datetime(2024, 1, 8, tzinfo=JST))
    assert reading.text == text
