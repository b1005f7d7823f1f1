"""Japanese news layouts that used to cut or pad the body: a list of facts (会場：…) between the
story and its closing paragraph, a subscription prompt written as a sentence, a code listing's
lone brackets in a tech blog, press-release and topics boxes under the story. The pages are
invented, shaped like innerText and w3m dumps of Japanese sites."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

import kijiyomi
from kijiyomi.textdump.body import cjk_fact
from kijiyomi.textdump.features import code_brackets, control_text
from kijiyomi.textdump.vocab import PAYWALL_PROMPT, chrome_line, section_header
from kijiyomi.types import Article

NAV = "\n".join(
    ("ニュース", "政治", "経済", "国際", "スポーツ", "エンタメ", "ライフ", "ログイン", "会員登録")
)
RANKING = "\n".join(
    (
        "アクセスランキング",
        "1",
        "架空市で大型商業施設が開業へ 来春に",
        "2",
        "人気俳優が結婚を発表",
        "3",
        "架空線で運転見合わせ 強風の影響",
    )
)
COPYRIGHT = "Copyright © 架空新聞社 All rights reserved."

EVENT = f"""{NAV}
プレゼント
架空市民ホールで「冬の室内楽コンサート」 ペアで5組をご招待
公開日：2025/01/10 17:00
シェアする

　2月8日(土)に架空市民ホールで「冬の室内楽コンサート」が開かれる。地元出身の演奏家が集まり、毎年満席となる人気の公演だ。

　今年は弦楽四重奏を中心に、古典から現代までの名曲を演奏する。後半には市内の中学生による合唱との共演も予定されており、世代を超えた音楽の交流を楽しめる構成になっている。

　演奏者の一人は「冬の夜に、温かい音を届けたい。初めての方にも気軽に足を運んでほしい」と話している。

　指揮：山田一郎
　ヴァイオリン：佐藤花子
　ヴァイオリン：鈴木次郎
　ヴィオラ：高橋三郎
　チェロ：田中四郎
　合唱：架空市立第一中学校合唱部

　《曲目》
　「弦楽四重奏曲第1番」
　「冬の歌」
　「ふるさと」

　日時：2月8日(土) 開場13:30／開演14:00
　会場：架空市民ホール 大ホール
　料金：全席指定 3,000円

　このたび、読者の中からペアで5組10人をご招待する。締め切りは1月31日(金)。
ご希望の方は下の［応募する］ボタンからご応募ください！当選者には招待状の発送をもってお知らせします！

応募する
{RANKING}
{COPYRIGHT}
"""

PAYWALL = f"""{NAV}
架空銀行、次期社長に田中氏 12年ぶりトップ交代
2025年3月4日 18:00
シェア
印刷

　架空銀行は4日、田中太郎副頭取（58）が4月1日付で社長に昇格する人事を発表した。山田一郎社長（66）は代表権のある会長に就く。トップ交代は12年ぶりとなる。

［有料会員限定］この記事は会員限定です。電子版に登録すると続きをお読みいただけます。
無料・有料プランを選択
今すぐ登録
{RANKING}
{COPYRIGHT}
"""

CODE = f"""{NAV}
技術ブログ
Rustで小さなWebサーバーを書いてみる
2024/11/02

　個人的にRustには強く期待しており、最近は社内の小さな道具もRustで書くようになりました。今回は標準ライブラリだけで動く小さなWebサーバーを書いてみます。

　まずはリクエストを受け取って文字列を返すだけのコードです。

fn main() {{
    let listener = TcpListener::bind("127.0.0.1:8080").unwrap();
    for stream in listener.incoming() {{
        handle(stream.unwrap());
    }}
}}
fn handle(mut stream: TcpStream) {{
    let body = "hello";
    write!(stream, "HTTP/1.1 200 OK\\r\\n\\r\\n{{}}", body).unwrap();
}}

　実行してブラウザで開くと、画面に文字列が表示されます。標準ライブラリだけでもここまでは簡単に書けるので、まずは手元で動かしてみるのがおすすめです。

　次回はスレッドプールを使って、複数のリクエストを同時にさばけるようにしてみます。

タグ
Rust
Web
{RANKING}
{COPYRIGHT}
"""

RELEASE = f"""{NAV}
ニュースリリース
架空電機、指紋認証機能付きのマウスを発売
2025.03.08

　架空電機株式会社は、指紋認証機能付きのUSBマウス「KX-100」を3月10日に発売する。価格はオープンで、市場想定価格は9,900円前後。

　マウス本体に指紋センサーを内蔵しており、パソコンへのサインインを指で触れるだけで行える。登録できる指紋は10種類までで、家族や同僚と一台を共有する使い方にも対応する。

　同社は「パスワード入力の手間を省きながら、セキュリティを高めたい企業や家庭に勧めたい」としている。

新着ニュースリリース
2025.03.07
架空電機、静音タイプのキーボードを発売。打鍵音を従来品の半分に抑え、オフィスや図書館でも使いやすくしました。
2025.03.05
架空電機、USB-C対応のドッキングステーションを発売。ノートパソコン1台で最大3画面への出力に対応しています。
最新TOPICS
架空電機、春の新製品発表会を開催。会場では発売前の新製品30点を実際に手に取って試せるコーナーを設けました。
{COPYRIGHT}
"""


MEGA_MENU = "\n".join(
    [
        NAV,
        *(
            line
            for topic, title, teaser in (
                (
                    "開発",
                    "小さなチームのための継続的デリバリー入門",
                    "本稿では、数人のチームでも無理なく続けられる継続的デリバリーの進め方を、導入の順序と"
                    "よくある失敗の例を交えながら解説する。テストの自動化から始めるのがよいという。",
                ),
                (
                    "設計",
                    "イベント駆動設計の落とし穴",
                    "イベント駆動の設計は疎結合を実現する一方で、処理の流れが見えにくくなるという弱点がある。"
                    "筆者は監視と記録の仕組みを最初から組み込むことを勧めている。",
                ),
                (
                    "運用",
                    "コンテナの脆弱性を減らす五つの習慣",
                    "コンテナのイメージを小さく保ち、使わない道具を入れないことが、攻撃を受ける面を減らす"
                    "近道になる。本稿では日々の運用で続けられる五つの習慣を紹介する。",
                ),
            )
            for line in (
                topic,
                "設計",
                "運用",
                "テスト",
                "セキュリティ",
                f"注目の{topic}",
                title,
                teaser,
                f"{topic}のすべてを見る",
            )
        ),
        "ホーム ニュース ブラウザーの新しい省電力モード",
        "ブラウザーの新しい省電力モード",
        "2019年2月27日 読了時間 3 分",
        "",
        "架空ブラウザーの開発チームは、重いページの読み込みを制限する新しい省電力モードの試作に取り組んでいる。"
        "ノートパソコンの電池の持ちを延ばし、どのページでも一定の速さで表示できるようにするのが狙いだという。",
        "",
        "このモードでは、大きなスクリプトや画像の読み込みに上限を設け、上限を超えたものは読み込まない。"
        "開発チームによると、上限はページの表示を妨げない範囲で決めており、利用者が設定で変えることもできる。",
        "",
        "試作版は開発者向けの版で試せるが、正式に搭載される時期は決まっていない。"
        "開発チームは利用者の意見を聞きながら、上限の値を見直していくとしている。",
        RANKING,
        COPYRIGHT,
    ]
)


def article(text: str) -> Article:
    result = kijiyomi.extract(text, kind="text")
    assert isinstance(result, Article), result
    return result


def _w3m(text: str, cols: int = 79) -> str:
    """The dump as ``w3m -dump -cols 80`` lays it out: paragraphs wrapped at 79 columns (CJK two
    columns, the marks of U+2000-U+2FFF one), an ASCII word never split, full-width spaces kept."""

    def width(part: str) -> int:
        return sum(1 if ord(char) < 0x80 or 0x2000 <= ord(char) < 0x3000 else 2 for char in part)

    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in re.findall(r"[!-~]+|.", paragraph):
            if line and width(line + token) > cols:
                out.append(line)
                line = token.lstrip()
            else:
                line += token
        out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("layout", [str, _w3m], ids=["innertext", "w3m"])
def test_a_list_of_facts_does_not_cut_the_story_before_its_closing_paragraph(
    layout: Callable[[str], str],
) -> None:
    result = article(layout(EVENT))
    text = result.text
    assert text.startswith("2月8日(土)に架空市民ホールで")
    for fact in ("指揮：山田一郎", "会場：架空市民ホール 大ホール", "料金：全席指定 3,000円", "「冬の歌」"):
        assert fact in text, fact
    assert "ペアで5組10人をご招待する" in text
    assert "当選者には招待状の発送をもってお知らせします！" in text
    for chrome in ("ランキング", "人気俳優", "応募する\n", "Copyright"):
        assert chrome not in text, chrome


def test_a_subscription_prompt_is_not_the_story_and_marks_it_paywalled() -> None:
    result = article(PAYWALL)
    assert result.text.startswith("架空銀行は4日、田中太郎副頭取")
    assert "会員限定" not in result.text
    assert "続きをお読み" not in result.text
    assert result.paywalled


def test_a_code_listing_with_lone_brackets_is_crossed() -> None:
    result = article(CODE)
    text = result.text
    assert text.startswith("個人的にRustには強く期待しており")
    assert "handle(stream.unwrap());" in text
    assert "画面に文字列が表示されます" in text
    assert text.rstrip().endswith("同時にさばけるようにしてみます。")


def test_press_release_and_topics_boxes_end_the_story() -> None:
    result = article(RELEASE)
    text = result.text
    assert text.startswith("架空電機株式会社は、指紋認証機能付きのUSBマウス")
    assert text.rstrip().endswith("企業や家庭に勧めたい」としている。")
    for teaser in (
        "静音タイプ",
        "ドッキングステーション",
        "春の新製品発表会",
        "新着ニュースリリース",
        "TOPICS",
    ):
        assert teaser not in text, teaser


@pytest.mark.parametrize(
    "line",
    [
        "会場：架空市民ホール",
        "演出:水谷花子",
        "攻撃元区分: ネットワーク",
        "機密性への影響(C): 高",
        "料金：3,000円",
    ],
)
def test_cjk_facts(line: str) -> None:
    assert cjk_fact(line)


@pytest.mark.parametrize(
    "line",
    [
        "2位：富士通",  # a ranking's entry
        "原文(投稿日：2019/02/16)へのリンク",  # a bracket left open: a phrase, no key
        "フルスタック開発者のためのRust入門: バックエンド開発ガイド",  # a headline with a colon
        "保存javascript:void(0)",  # a link's address
        "Source: Reuters",  # no CJK key
        "会場：",  # no value
    ],
)
def test_not_cjk_facts(line: str) -> None:
    assert not cjk_fact(line)


def test_a_chinese_dump_does_not_cross_key_value_lines_for_free() -> None:
    story = "。".join(["这是一段关于城市交通的新闻报道内容，记者在现场进行了详细的采访和记录"] * 3) + "。"
    teasers = "\n".join(f"推荐:相关新闻标题第{n}条" for n in range(1, 9))
    text = (
        f"首页\n{story}\n{story}\n{teasers}\n阅读:这是一条很长的推荐文章的摘要内容，介绍了其他栏目的新闻。\n"
    )
    result = article(text)
    assert "推荐" not in result.text
    assert "阅读" not in result.text


def test_code_brackets_are_no_chrome_but_other_letterless_lines_are() -> None:
    for line in ("}", "});", "]", "{"):
        assert code_brackets(line)
        assert not control_text(line, line)
    for line in ("|", "»", "2019/04/04", "•"):
        assert not code_brackets(line)
        assert control_text(line, line)


def test_paywall_prompts_and_box_headers() -> None:
    for prompt in (
        "この記事は有料会員限定です。",
        "続きをお読みいただくには会員登録が必要です。",
        "この記事は会員限定です。残り1234文字",
        "Subscribe to continue reading.",
    ):
        assert PAYWALL_PROMPT.search(prompt), prompt
    for prose in ("有料会員の数は前年より2割増えた。", "会見の続きを読み上げた。"):
        assert not PAYWALL_PROMPT.search(prose), prose
    for header in ("新着ニュースリリース", "最新TOPICS", "注目ニュース"):
        assert section_header(header), header


def test_a_menu_of_teasers_with_see_all_links_is_not_the_story() -> None:
    text = article(MEGA_MENU).text
    assert text.startswith("架空ブラウザーの開発チームは")
    assert text.rstrip().endswith("上限の値を見直していくとしている。")
    for teaser in ("継続的デリバリー", "イベント駆動", "コンテナのイメージ", "すべてを見る"):
        assert teaser not in text, teaser


def test_see_all_links_are_chrome() -> None:
    for link in ("すべて見る", "全て表示", "のすべてを見る development", "のすべてを見る"):
        assert chrome_line(link), link
    assert not chrome_line("すべての人に見てほしい")
