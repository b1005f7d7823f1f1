"""Synthetic news articles with readings (in kijiyomi.reading's to_dict shape) for archive tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from kijiyomi.store import Archive, prepare
from kijiyomi.types import Article, Block, BlockKind

JST = timezone(timedelta(hours=9))

WIRE = [
    "政府は24日、ウクライナ侵攻を続けるロシアに対する追加の経済制裁を発表した。ロシアの金融機関など10団体と"
    "個人15人を新たに資産凍結の対象とし、半導体など先端技術製品の輸出禁止の対象も広げる。",
    "林芳正官房長官は記者会見で「国際社会と緊密に連携し、ロシアへの圧力を強めていく」と述べた。"
    "主要7カ国（G7）の一員として、米国や欧州連合（EU）と歩調を合わせる狙いがある。",
    "制裁の対象には、第三国を通じてロシアの軍需産業に部品を供給していたとされる企業も含まれる。",
]
WIRE_EDITED = [
    WIRE[0],
    WIRE[1].replace("記者会見で", "同日の記者会見で"),
    WIRE[2] + "外務省によると、制裁は12月1日に発効する。",
]


def article(
    title: str,
    paragraphs: list[str],
    *,
    url: str,
    published: datetime,
    site: str | None = None,
    agency: str | None = None,
    language: str = "ja",
) -> Article:
    return Article(
        blocks=tuple(Block(BlockKind.PARAGRAPH, p) for p in paragraphs),
        title=title,
        url=url,
        canonical_url=url,
        published=published,
        site_name=site,
        agency=agency,
        language=language,
        confidence=0.9,
    )


def reading(
    text: str, entities: list[tuple[str, str, str | None]], events: list[dict[str, Any]]
) -> dict[str, Any]:
    """A reading whose mentions are every occurrence of each entity name in ``text``."""
    ents = []
    for index, (name, label, country) in enumerate(entities, 1):
        mentions = []
        start = text.find(name)
        while start >= 0:
            mentions.append({"start": start, "end": start + len(name), "text": name, "entity": f"e{index}"})
            start = text.find(name, start + len(name))
        ents.append(
            {"id": f"e{index}", "label": label, "name": name, "country": country, "mentions": mentions}
        )
    by_name = {e["name"]: e for e in ents}

    def ref(name: str) -> dict[str, Any]:
        entity = by_name[name]
        return {"id": entity["id"], "name": name, "country": entity["country"]}

    evs = []
    for ev in events:
        evs.append(
            {
                "type": ev["type"],
                "trigger": {"start": 0, "end": 2, "text": ev.get("trigger", "")},
                "actors": [ref(n) for n in ev.get("actors", ())],
                "recipients": [ref(n) for n in ev.get("recipients", ())],
                "date": ev.get("date"),
                "date_text": None,
                "place": ref(ev["place"]) if ev.get("place") in by_name else None,
                "status": ev.get("status", "occurred"),
                "sentence": {"start": 0, "end": 10, "text": ev.get("sentence", "")},
            }
        )
    times = []
    for marker, value in (("12月8日", "2026-12-08"), ("12月1日", "2026-12-01"), ("24日", "2026-11-24")):
        start = text.find(marker)
        if start >= 0:
            times.append(
                {"start": start, "end": start + len(marker), "text": marker, "type": "DATE", "value": value}
            )
    quotes = []
    if "「" in text:
        q0, q1 = text.index("「"), text.index("」")
        quotes.append(
            {
                "start": q0,
                "end": q1 + 1,
                "text": text[q0 + 1 : q1],
                "kind": "direct",
                "speaker": "e1",
                "speaker_name": entities[0][0] if entities else None,
                "cue": "述べた",
            }
        )
    return {
        "schema_version": "1.0",
        "type": "reading",
        "entities": ents,
        "times": times,
        "quotes": quotes,
        "events": evs,
    }


def news() -> list[tuple[Article, dict[str, Any] | None]]:
    """Six articles: a wire story and its edited copy, a planned summit, Kyoto, Tokyo, English."""
    sanctions = article(
        "政府、ロシアに追加制裁　10団体の資産凍結",
        WIRE,
        url="https://tozai.example/politics/sanctions",
        published=datetime(2026, 11, 24, 18, 5, tzinfo=JST),
        site="東西日報",
        agency="共同通信",
    )
    copy = article(
        "日本政府がロシアに追加制裁、10団体の資産凍結",
        WIRE_EDITED,
        url="https://minato.example/news/russia-sanctions",
        published=datetime(2026, 11, 24, 19, 30, tzinfo=JST),
        site="北海みなと新聞",
        agency="共同通信",
    )
    summit = article(
        "日米首脳会談、12月8日にワシントンで開催へ",
        [
            "日米両政府は26日、石破茂首相とトランプ米大統領による首脳会談を12月8日にワシントンで開く方向で"
            "最終調整に入った。",
            "会談では、ロシアへの制裁の連携や半導体の供給網強化が主な議題となる見通しだ。",
        ],
        url="https://tozai.example/politics/summit",
        published=datetime(2026, 11, 26, 11, 20, tzinfo=JST),
        site="東西日報",
    )
    kyoto = article(
        "京都市、観光客の分散へ新たな交通対策",
        [
            "京都市は25日、紅葉シーズンに集中する観光客の混雑を和らげるため、市バスの観光特急便を増やすと発表した。"
        ],
        url="https://kansai.example/kyoto/transport",
        published=datetime(2026, 11, 25, 9, 0, tzinfo=JST),
        site="関西タイムズ",
    )
    tokyo = article(
        "東京都、来年度予算案の編成方針を発表",
        ["東京都は25日、2027年度予算案の編成方針を発表した。小池百合子知事は子育て支援を重点分野に掲げた。"],
        url="https://shuto.example/tokyo/budget",
        published=datetime(2026, 11, 25, 15, 0, tzinfo=JST),
        site="首都ニュース",
    )
    english = article(
        "EU agrees new sanctions on Russia",
        [
            "European Union governments agreed on Wednesday on a new package of sanctions against Russia.",
            "EU foreign ministers will meet in Brussels on December 15 to discuss further steps.",
        ],
        url="https://harbour.example/world/eu-sanctions",
        published=datetime(2026, 11, 25, 17, 45, tzinfo=UTC_TZ),
        site="Harbour Post",
        agency="Reuters",
        language="en",
    )
    sanction_entities = [("林芳正", "PERSON", "JPN"), ("ロシア", "GPE", "RUS"), ("米国", "GPE", "USA")]
    sanction_events = [
        {
            "type": "SANCTION",
            "actors": [],
            "recipients": ["ロシア"],
            "date": "2026-11-24",
            "status": "occurred",
            "trigger": "制裁",
            "sentence": WIRE[0],
        },
    ]
    summit_entities = [
        ("石破茂", "PERSON", "JPN"),
        ("トランプ", "PERSON", "USA"),
        ("ワシントン", "GPE", "USA"),
        ("ロシア", "GPE", "RUS"),
    ]
    summit_events = [
        {
            "type": "CONSULT",
            "actors": ["石破茂"],
            "recipients": ["トランプ"],
            "date": "2026-12-08",
            "place": "ワシントン",
            "status": "planned",
            "trigger": "会談",
            "sentence": summit.blocks[0].text,
        },
    ]
    return [
        (sanctions, reading(sanctions.text, sanction_entities, sanction_events)),
        (copy, reading(copy.text, sanction_entities, sanction_events)),
        (summit, reading(summit.text, summit_entities, summit_events)),
        (kyoto, reading(kyoto.text, [("京都市", "GPE", "JPN")], [])),
        (tokyo, reading(tokyo.text, [("小池百合子", "PERSON", "JPN"), ("東京都", "GPE", "JPN")], [])),
        (english, None),
    ]


UTC_TZ = UTC


def build(path: Path, scheme: str = "ngram") -> Archive:
    """An archive holding ``news()``."""
    archive = Archive(path, scheme=scheme)  # type: ignore[arg-type]
    for index, (item, data) in enumerate(news()):
        archive.add(prepare(item, data, archive.scheme), f"corpus#{index}")
    return archive
