"""Synthetic pages modelled on real news layouts (our own invented content)."""

from __future__ import annotations

JA_BODY = [
    "北海道の港町で15日、地元の漁協と水産会社が共同で開発した新しい冷凍技術の説明会が開かれた。関係者約80人が参加し、試食会も行われた。",
    "漁協の組合長は「鮮度を保ったまま全国に届けられるようになる。若い漁師の励みにもなる」と述べた。同社によると、来年春から本格的な出荷を始める予定だという。",
    "道によると、道内の水産物の輸出額は昨年度、過去最高を更新した。道は新技術の普及に向けて補助制度の拡充を検討している。",
]
JA_SUBHEAD = "輸出拡大へ期待"
JA_BODY_AFTER_SUBHEAD = "説明会では、冷凍したホタテを解凍して刺し身にする実演もあった。参加した飲食店の経営者は「解凍後も食感がほとんど変わらない」と驚いていた。"


def ja_news_page(charset: str = "utf-8", *, declare: str | None = None) -> bytes:
    """A Japanese wire-style article page with navigation, rankings, related links and a footer."""
    declared = charset if declare is None else declare
    meta = f'<meta charset="{declared}">' if declared else ""
    paragraphs = "\n".join(f"<p>{text}</p>" for text in JA_BODY)
    html = f"""<!DOCTYPE html>
<html lang="ja"><head>{meta}
<title>港町で新冷凍技術の説明会、来春から出荷へ｜北の海新聞</title>
<meta property="og:site_name" content="北の海新聞">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2023-11-15T18:05:00+09:00">
<link rel="canonical" href="https://kitanoumi.example.jp/news/20231115-reito">
</head><body>
<div id="header"><ul class="menu"><li><a href="/">ホーム</a></li><li><a href="/local">地域</a></li>
<li><a href="/economy">経済</a></li><li><a href="/sports">スポーツ</a></li></ul></div>
<div class="topic-label">水産業</div>
<h1>港町で新冷凍技術の説明会、来春から出荷へ</h1>
<p class="date">2023年11月15日(水) 18時05分</p>
<figure><img src="/photos/reito.jpg" alt="説明会の様子"><figcaption>説明会で新技術を紹介する担当者＝15日午後（北の海新聞社撮影）</figcaption></figure>
<div class="article-body">
{paragraphs}
<h2>{JA_SUBHEAD}</h2>
<p>{JA_BODY_AFTER_SUBHEAD}</p>
<p>（共同）</p>
</div>
<div class="sns-share"><a href="#">シェア</a><a href="#">ポスト</a></div>
<div class="related-articles"><h3>関連記事</h3><ul>
<li><a href="/a/1">ホタテ輸出、中国向け停止で打撃…</a></li>
<li><a href="/a/2">漁業者の高齢化進む　後継者不足が深刻に</a></li></ul></div>
<div class="ranking"><h3>アクセスランキング</h3><ol>
<li><a href="/r/1">初雪が観測されました、平年より遅く</a></li>
<li><a href="/r/2">人気ラーメン店が閉店へ</a></li><li><a href="/r/3">高校サッカー、地区予選の結果</a></li></ol></div>
<div id="footer"><p>Copyright &copy; 2023 北の海新聞社 All Rights Reserved.</p></div>
</body></html>"""
    return html.encode(charset)


EN_BODY = [
    "The city council voted on Tuesday to extend the harbour ferry service into the winter months, "
    "ending a long dispute over the cost of running boats when demand is low.",
    "Supporters said the decision would help commuters on the islands, who have relied on a single bridge "
    "during past winters. \u201cThis is a lifeline for hundreds of families,\u201d said one councillor.",
    "The extended service will start in November and cost about $2.4 million a year, according to the "
    "transport department.",
]


def en_news_page() -> bytes:
    items = "".join(f"<li>Stop {n}: Pier {n}</li>" for n in range(1, 4))
    body = "\n".join(f"<p>{text}</p>" for text in EN_BODY)
    html = f"""<html><head><title>Council extends winter ferry service - Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Council extends winter ferry service", "datePublished": "2024-03-05T09:30:00-05:00",
 "author": [{{"@type": "Person", "name": "Dana Reyes"}}], "publisher": {{"name": "Harbour Gazette"}}}}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council extends winter ferry service</h1><p class="byline">By Dana Reyes</p>
{body}
<h2>Where the ferry stops</h2><ul>{items}</ul>
<blockquote>We will review the timetable after the first month.</blockquote>
<table><tr><th>Season</th><th>Trips per day</th></tr><tr><td>Summer</td><td>24</td></tr></table>
</article>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/1">Storm closes schools</a></li>
<li><a href="/2">New bakery opens downtown</a></li></ul></aside>
<div class="newsletter">Sign up for our newsletter to get the news every morning.</div>
<footer>&copy; 2024 Harbour Gazette. All rights reserved.</footer></body></html>"""
    return html.encode("utf-8")


def listing_page() -> bytes:
    links = "".join(
        f'<li><a href="/news/{n}">Headline number {n} about the local news today</a></li>' for n in range(60)
    )
    return f"<html><head><title>News - Gazette</title></head><body><h1>Latest news</h1><ul>{links}</ul></body></html>".encode()


def login_page() -> bytes:
    return (
        b"<html><head><title>Log in</title></head><body><h1>Log in to continue</h1>"
        b'<form><input type="text" name="user"><input type="password" name="pw"><button>Sign in</button></form>'
        b"<p>Forgot your password?</p></body></html>"
    )


def error_page() -> bytes:
    return (
        "<html><head><title>404 Not Found</title></head><body><h1>ページが見つかりません</h1>"
        "<p>お探しのページは移動または削除された可能性があります。</p><a href='/'>トップへ戻る</a></body></html>"
    ).encode()


# Three English paragraphs as HTML, for pages built around one metadata case.
EN_BODY_HTML = "\n".join(
    f"<p>{text}</p>"
    for text in (
        "The city council voted on Tuesday to extend the harbour ferry service into the winter months, "
        "ending a long dispute over the cost of running boats when demand is low.",
        "Supporters said the decision would help commuters on the islands, who have relied on a single "
        "bridge during past winters. Opponents warned that the budget was already stretched.",
        "The extended service will start in November and cost about $2.4 million a year, according to the "
        "transport department, which plans to review the timetable after the first month.",
    )
)
