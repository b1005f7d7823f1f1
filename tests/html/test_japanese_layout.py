"""Japanese news and blog layouts: where the story starts and ends, and the lists inside it.

Rules of ``html.content`` pinned on synthetic pages: a lead whose names are links starts the body
(``_linked_prose``, ``_trim_edges``), a 【関連記事】 label over a list of links ends it
(``end_at_related``), the post's date line printed again under the post ends it
(``end_at_repeat``), an item of a kept list is kept (``with_list_items``) and so is an embedded
post inside the story (``with_embedded_posts``), and a table between kept paragraphs is filled
(``fill_gaps``), while an ad slot's label inside it goes (``_conforming``). The model is off or the
segments are chosen by hand, so each test pins one rule.
"""

from __future__ import annotations

import pytest
from page_walk import texts, walk_body

import kijiyomi
from kijiyomi.html import classifier
from kijiyomi.html.content import (
    _conforming,
    _linked_prose,
    _trim_edges,
    end_at_related,
    end_at_repeat,
    fill_gaps,
    with_embedded_posts,
    with_list_items,
)
from kijiyomi.options import ExtractOptions
from kijiyomi.types import Article

_STORY = (
    "市は十四日、駅前の旧庁舎を改修して市立図書館の新館とする計画を発表した。開館は来年四月を予定している。",
    "新館は三階建てで、一階に子ども向けの読書室、二階に自習室、三階に郷土資料の閲覧室を設ける。",
    "改修費は約十二億円で、国の補助金と市の基金を充てる。市長は記者会見で「駅前に人の流れを取り戻したい」と述べた。",
    "旧庁舎は築五十年を超え、耐震性の不足から三年前に閉鎖されていた。市民からは保存を求める声が上がっていた。",
)
_LEAD = (
    '<p><a href="/t/1">市立図書館</a>の<a href="/t/2">新館計画</a>が<a href="/t/3">駅前</a>で動き出し、'
    '<a href="/t/4">旧庁舎の改修工事</a>が来月にも始まる。</p>'
)
_META = "2026/03/14 09:30 投稿者：編集部 カテゴリ：暮らし"
_PROFILE = "編集部は地域の話題を毎日お届けしています。取材のご依頼はお問い合わせ窓口からお寄せください。"


def _story() -> str:
    return "".join(f"<p>{paragraph}</p>" for paragraph in _STORY)


def test_a_lead_whose_names_are_links_starts_the_body() -> None:
    found, scored = walk_body(f'<div><p><a href="/top">駅前再開発の記事一覧</a></p>{_LEAD}{_story()}</div>')
    everything = list(range(len(found.segments)))
    assert scored[1].link_density > 0.45  # the lead reads as links to the rules
    assert _linked_prose(found, scored, 1)
    assert not _linked_prose(found, scored, 0)  # a linked line without a full stop is a label
    kept = texts(found, _trim_edges(found, scored, everything, []))
    assert kept == [found.segments[1].text, *_STORY]


def test_a_short_linked_line_needs_wide_text_and_a_full_stop() -> None:
    found, scored = walk_body(
        '<p><a href="/a">The new library opens by the station next April.</a></p>'
        '<p><a href="/b">市立図書館の新館計画、駅前で来年四月の開館をめざす方針を固めた</a></p>'
    )
    assert scored[0].link_density > 0.45 and scored[1].link_density > 0.45
    assert not _linked_prose(found, scored, 0)  # 48 Latin characters: too short
    assert not _linked_prose(found, scored, 1)  # a headline: no full stop


def test_a_linked_closing_line_ends_the_body_and_a_label_after_it_goes() -> None:
    closing = (
        '<p>この記事は<a href="/license">クリエイティブ・コモンズ・ライセンス</a>の下に提供されています。</p>'
    )
    found, scored = walk_body(f'<div>{_story()}{closing}<p><a href="/list">記事一覧へ</a></p></div>')
    everything = list(range(len(found.segments)))
    kept = texts(found, _trim_edges(found, scored, everything, []))
    assert kept == [*_STORY, found.segments[4].text]


def _related_box(after: str = "") -> str:
    links = "".join(
        f'<li><a href="/n/{i}">・{title}</a></li>'
        for i, title in enumerate(
            ("市議会、図書館条例を可決", "旧庁舎の保存運動、署名一万人に", "駅前広場の再整備が完了")
        )
    )
    return f'<p class="title">【関連記事】</p><ul>{links}</ul>{after}'


_FURNITURE = '<div><a href="/app">アプリで開く</a></div><p>有料会員なら全ての記事が読み放題</p>'


def test_a_related_label_over_a_list_of_links_ends_the_body() -> None:
    found, scored = walk_body(f"<article>{_story()}{_related_box(_FURNITURE)}</article>")
    everything = list(range(len(found.segments)))
    assert texts(found, end_at_related(found, scored, everything)) == list(_STORY)
    # in a listing the links are the content
    assert end_at_related(found, scored, everything, link_boxes=False) == everything


def test_a_related_box_inside_the_story_stays() -> None:
    # late (after five of seven paragraphs), but the story goes on after the list
    story = _story() + f"<p>{_STORY[0]}</p>"
    found, scored = walk_body(
        f"<article>{story}{_related_box(f'<p>{_STORY[1]}</p><p>{_STORY[2]}</p>')}</article>"
    )
    everything = list(range(len(found.segments)))
    assert end_at_related(found, scored, everything) == everything


def test_an_english_label_over_links_is_left_to_the_teaser_test() -> None:
    links = "".join(f'<li><a href="/n/{i}">Library plan headline {i}</a></li>' for i in range(3))
    found, scored = walk_body(f"<article>{_story()}<p>Related</p><ul>{links}</ul>{_FURNITURE}</article>")
    everything = list(range(len(found.segments)))
    assert end_at_related(found, scored, everything) == everything


def test_the_date_line_printed_again_under_the_post_ends_it() -> None:
    found, scored = walk_body(
        f"<article><div>{_META}</div>{_story()}<div>{_META}</div><p>{_PROFILE}</p></article>"
    )
    body = list(range(1, len(found.segments)))
    assert texts(found, end_at_repeat(found, scored, body)) == list(_STORY)
    # a line without a date repeated is no post footer
    undated = "編集部からのお知らせとお願い"
    found, scored = walk_body(
        f"<article><div>{undated}</div>{_story()}<div>{undated}</div><p>{_PROFILE}</p></article>"
    )
    body = list(range(1, len(found.segments)))
    assert end_at_repeat(found, scored, body) == body


def test_an_item_between_kept_items_of_its_list_is_kept() -> None:
    items = "".join(f'<li><a href="/r/{i}">参加レポート その{i}（ブログ{i}）</a></li>' for i in range(5))
    found, scored = walk_body(
        f'<div><p>{_STORY[0]}</p><ul>{items}<li><a href="/s">シェアする</a></li><li>{_STORY[1]}</li></ul>'
        f'<ul><li><a href="/o">別のリストの項目です</a></li></ul><p>{_STORY[2]}</p></div>'
    )
    # the model kept items 0, 1 and 3 and the last line; items 2 and 4 and the share button lie between
    body = [0, 1, 2, 4, 7, 9]
    assert with_list_items(found, scored, body) == [0, 1, 2, 3, 4, 5, 7, 9]  # not the share button (6)
    assert with_list_items(found, scored, [0, 9]) == [0, 9]  # ends that are no list items
    assert with_list_items(found, scored, [7, 9]) == [7, 9]  # the other list's item (8)


def test_embedded_posts_inside_the_story_are_its_text() -> None:
    tweet = (
        '<blockquote class="twitter-tweet"><p lang="ja">駅前の旧庁舎、図書館になるらしい。楽しみ。</p>'
        '&mdash; 市民の声 (@shimin_koe) <a href="https://x.example/s/1">March 14, 2026</a></blockquote>'
    )
    found, _ = walk_body(
        f"<div><p>{_STORY[0]}</p>{tweet}<blockquote><p>{_PROFILE}</p></blockquote><p>{_STORY[1]}</p>{tweet}</div>"
    )
    every = [segment.text for segment in found.segments]
    last = every.index(_STORY[1])
    kept = with_embedded_posts(found, [0, last])
    assert texts(found, kept) == [_STORY[0], *every[1:3], _STORY[1]]  # not the plain quote, not after
    assert with_embedded_posts(found, [0]) == [0]


def test_a_table_in_the_story_is_filled_though_the_model_kept_one_deep_cell() -> None:
    # a press release: a paragraph, the product table, the paragraphs that describe it
    table = (
        "<table><tbody><tr><th>製品品番</th><th>標準価格</th></tr>"
        "<tr><td>LBX-30A</td><td>9,900円（税抜き9,000円）</td></tr></tbody></table>"
    )
    found, scored = walk_body(f"<div><p>{_STORY[0]}</p>{table}<p>{_STORY[1]}</p><p>{_STORY[2]}</p></div>")
    probabilities = [0.9, 0.6, 0.4, 0.4, 0.4, 0.9, 0.9]  # the model kept the paragraphs and one header cell
    learned = [0, 1, 5, 6]
    assert fill_gaps(found, scored, learned, probabilities, 0.25) == [0, 1, 2, 3, 4, 5, 6]
    # below the fill share the cells stay out
    assert fill_gaps(found, scored, learned, [0.9, 0.6, 0.1, 0.1, 0.1, 0.9, 0.9], 0.25) == learned


def test_an_ad_slot_label_inside_the_story_goes() -> None:
    found, scored = walk_body(
        f'<div><p>{_STORY[0]}</p><div class="slot">スポンサードリンク</div><p>{_STORY[1]}</p>'
        f"<h2>シェアと保存の方法</h2><p>{_STORY[2]}</p><p>広告の出稿について、市は年内に方針を示す。</p></div>"
    )
    everything = list(range(len(found.segments)))
    kept = _conforming(found, scored, everything, None, [], frozenset(), None)
    dropped = [index for index in everything if index not in kept]
    assert texts(found, dropped) == ["スポンサードリンク"]  # not the heading, not the sentence
    assert len(kept) == len(everything) - 1


def _blog_page(charset: str) -> bytes:
    html = f"""<!doctype html><html lang="ja"><head><meta charset="{charset}"><title>図書館の新館計画</title></head>
<body><header><a href="/">まちの便り</a></header><main><article><h1>図書館の新館計画</h1>
<div class="meta">{_META}</div>{_story()}<div class="meta">{_META}</div>
<div class="author"><p>{_PROFILE}</p></div></article></main></body></html>"""
    return html.encode({"shift_jis": "cp932", "euc-jp": "euc_jp", "utf-8": "utf-8"}[charset])


@pytest.mark.parametrize("charset", ["utf-8", "shift_jis", "euc-jp"])
def test_a_blog_post_ends_at_its_repeated_date_line(charset: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classifier, "load_model", lambda: None)
    article = kijiyomi.extract(
        _blog_page(charset), url="https://blog.example.jp/2026/03/14/library", options=ExtractOptions()
    )
    assert isinstance(article, Article)
    assert _PROFILE not in article.text
    assert article.text.endswith(_STORY[-1])
    assert all(paragraph in article.text for paragraph in _STORY)
