"""A story written without full stops beside one short sentence of an ad: the story is read as
lines of running length, not the ad as the body (synthetic dumps)."""

from __future__ import annotations

import kijiyomi
from kijiyomi.types import Article

POST = [
    "グラフを木の形に描けるライブラリ「ツリーメーカー」の紹介です",
    "データを渡すだけで枝分かれする図形を描画でき、色や線の太さも細かく指定できます",
    "サンプルページでは実際に動かしながら設定を試せるようになっているので気になる方はぜひ",
    "関連するライブラリとしてはネットワーク図を描くものやグラフをアニメーションさせるものがあります",
]
MENU = ["ホーム", "このブログについて", "お問い合わせ", "カテゴリ一覧", "アーカイブ", "タグ", "検索"]


def extract(text: str) -> Article:
    result = kijiyomi.extract(text, kind="text")
    assert isinstance(result, Article), result
    return result


def test_a_post_without_full_stops_wins_over_a_lone_ad_sentence() -> None:
    dump = "\n".join([*MENU, "ツリーメーカー", *POST, *MENU, "占いアプリで簡単に占いを作成！", *MENU])
    result = extract(dump)
    assert POST[1] in result.text
    assert "占いアプリ" not in result.text


def test_a_short_story_with_full_stops_is_still_read_as_sentences() -> None:
    story = "架空市の港湾局は１日、新しいフェリーターミナルの開業が来年の春になると発表した。"
    dump = "\n".join([*MENU, story, *MENU])
    result = extract(dump)
    assert result.text == story
