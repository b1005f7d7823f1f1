"""Synthetic pages and WARC/WET builders (warcio's writer) for the crawl tests."""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

_JA_PARAGRAPHS = (
    "北海道旭川市の市議会は二十六日、冬季の除雪体制を見直す条例案を賛成多数で可決した。",
    "市によると、除雪車の出動基準を降雪十センチから八センチに引き下げ、通学路を優先して作業する。",
    "市民からは「朝の通勤時間に間に合うようにしてほしい」との声が多く寄せられていた。",
    "新たな体制は来月一日から始まり、費用は補正予算で手当てする方針だという。",
)
_EN_PARAGRAPHS = (
    "The county board voted on Tuesday to extend the opening hours of the public library branches.",
    "Officials said the change would cost about forty thousand dollars a year and start in March.",
    "Several residents told the meeting that evening hours would help students and shift workers.",
)


def news_page(number: int, *, lang: str = "ja", charset: str = "utf-8", marker: str = "") -> bytes:
    """A small article page modelled on a regional news site."""
    paragraphs = _JA_PARAGRAPHS if lang == "ja" else _EN_PARAGRAPHS
    title = f"除雪体制を見直し 第{number}報" if lang == "ja" else f"Library hours extended, update {number}"
    body = "".join(f"<p>{text}（{number}）</p>" for text in paragraphs)
    home = "トップ" if lang == "ja" else "Home"
    html = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}"><title>{title}</title></head>'
        f'<body><nav><a href="/">{home}</a></nav><article><h1>{title}</h1>{body}</article>{marker}'
        "<footer>Copyright Example News</footer></body></html>"
    )
    return html.encode(charset)


@dataclass
class Rec:
    """One record to write: a response (HTML page), a WET conversion (text) or anything else."""

    url: str
    payload: bytes
    kind: str = "response"  # response, conversion, request, metadata, resource
    status: str = "200 OK"
    content_type: str = "text/html; charset=utf-8"
    extra_http: list[tuple[str, str]] = field(default_factory=list)
    warc_headers: dict[str, str] = field(default_factory=dict)


def write_warc(path: Path, records: Iterable[Rec], *, gz: bool) -> Path:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for rec in records:
        if rec.kind == "response":
            http = StatusAndHeaders(
                rec.status, [("Content-Type", rec.content_type), *rec.extra_http], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                rec.url, "response", payload=io.BytesIO(rec.payload), http_headers=http
            )
        else:
            record = writer.create_warc_record(
                rec.url,
                rec.kind,
                payload=io.BytesIO(rec.payload),
                warc_content_type=rec.content_type,
                warc_headers_dict=rec.warc_headers,
            )
        writer.write_record(record)
    path.write_bytes(buffer.getvalue())
    return path


def news_records(count: int, *, start: int = 0, lang: str = "ja") -> list[Rec]:
    return [
        Rec(f"https://news.example.jp/articles/{i:05d}", news_page(i, lang=lang))
        for i in range(start, start + count)
    ]


def wet_records(count: int) -> list[Rec]:
    records = []
    for i in range(count):
        ja = i % 2 == 0
        text = "\n".join(_JA_PARAGRAPHS if ja else _EN_PARAGRAPHS) + f"\n({i})"
        records.append(
            Rec(
                f"https://wet.example.com/{i}",
                text.encode(),
                kind="conversion",
                content_type="text/plain",
                warc_headers={"WARC-Identified-Content-Language": "jpn,eng" if ja else "eng"},
            )
        )
    return records


def record_offsets(data: bytes, gz: bool) -> list[int]:
    """Offsets of every record in a WARC built by ``write_warc`` (for surgery on the bytes)."""
    from fastwarc.warc import ArchiveIterator

    return [record.stream_pos for record in ArchiveIterator(io.BytesIO(data), parse_http=False)]
