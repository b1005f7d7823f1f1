"""The generic vocabulary of news-site chrome, from general knowledge of Japanese, English, German,
French and Spanish news pages: navigation, rankings, recommendations, subscription and newsletter
boxes, share and login prompts, script notices, comment counts.

Each list is a regular expression over a short, trimmed line; ``chrome_kind`` says which list a
line belongs to.
"""

from __future__ import annotations

import re

from kijiyomi.textdump.dispatch import FirstCharMatcher
from kijiyomi.textdump.fold import holds_any, lower_is_exact

# A line that opens a box of links or teasers: everything after it is chrome until prose resumes.
_SECTION_HEADERS = (
    # Japanese
    r"(?:アクセス|人気|総合|週間|月間|デイリー|注目)?ランキング|人気(?:の)?記事|よく読まれている記事|最も読まれた記事|"
    r"あなたに(?:おすすめ|オススメ)|(?:編集部)?(?:おすすめ|オススメ)(?:記事|情報|ニュース)?|"
    r"関連(?:記事|ニュース|リンク|情報|トピックス|動画)|こちらの記事も|合わせて読みたい|あわせて読みたい|"
    r"(?:最新|新着|注目|話題|人気)の?(?:記事|ニュース(?:リリース)?|トピックス|topics|news)|ピックアップ|特集|"
    r"ニュース速報|速報|過去の記事|バックナンバー|前後の記事|この記事の(?:関連|キーワード).*|"
    r"(?:【|\[)?(?:話題|関連|注目|おすすめ)の(?:記事|ニュース)(?:】|\])?|"
    # English
    r"related(?: articles| stories| news| content| coverage| topics| links| posts| reading)?|"
    r"recommended(?: for you| stories| articles| reading)?|you (?:may|might) (?:also )?(?:like|enjoy)|"
    r"(?:most|more) (?:popular|read|viewed|shared|emailed|commented)|trending(?: now| stories)?|"
    r"top (?:stories|news|headlines)|latest(?: news| stories| headlines| articles)?|read (?:more|next)|"
    r"more (?:from|on|in|stories|news|like this)\b.*|editor'?s? picks?|don'?t miss|"
    r"what to read next|further reading|see also|also read|in case you missed it|"
    r"popular(?: now| stories)?|breaking news|sponsored(?: content| stories)?|"
    r"around the web|from our partners|promoted stories|"
    r"recent (?:posts|articles|stories|news)|post navigation|featured (?:content|stories|articles|posts)|"
    r"top picks|about the author|popular posts|our picks|on the same (?:topic|subject)|more on this story|"
    # German, French, Spanish
    r"mehr zum thema|das könnte sie auch interessieren|lesen sie auch|meistgelesen|weitere artikel|"
    r"das könnte dich auch interessieren|neueste artikel|über den autor|über die autorin|"
    r"zum (?:selben|gleichen) thema|unsere auswahl|die redaktion empfiehlt|"
    r"à lire aussi|lire aussi|les plus lus|sur le même sujet|dans la même rubrique|"
    r"articles récents|derniers articles|à propos de l'auteur|notre sélection|"
    r"te puede interesar|lo más leído|noticias relacionadas|más noticias|artículos recientes|sobre el autor|"
    r"nuestra selección|sobre el mismo tema"
)

# A teaser's time, relative to now (`5 h ago`, `vor 2 Std.`, `il y a 3 heures`, `hace 2 horas`).
_RELATIVE_TIME = (
    r"(?:\d+ ?(?:h|hrs?|hours?|mins?|minutes?|days?) ago|vor \d+ (?:std|stunden?|min|minuten|tagen)\.?|"
    r"il y a \d+ (?:h|heures?|min|minutes|jours?)|hace \d+ (?:h|horas?|min|minutos|días))"
)
_RELATIVE_HINTS = (" ago", "vor ", "il y a ", "hace ")

# A line that is chrome by itself (buttons, prompts, notices, legal links).
_CHROME_LINES = (
    # Japanese
    r"(?:会員|無料|新規)?登録(?:する|はこちら)?|(?:ログイン|ログアウト|サインイン)(?:する|はこちら)?|"
    r"(?:メール)?マガジン.*|メルマガ.*|ニュースレター.*|"
    r"(?:定期)?購読(?:する|はこちら|のお申し込み)?|有料会員.*|会員限定.*|続きを読む.*|もっと(?:見る|読む)|"
    r"(?:記事|一覧|全文)を(?:見る|読む)|一覧(?:へ|を見る)?|もっと見る|詳しく(?:は|見る).*|"
    r"シェア(?:する)?|ツイート|ブックマーク|いいね!?|フォロー(?:する)?|印刷(?:する)?|"
    r"(?:この記事を)?(?:シェア|印刷|保存)|コメント(?:する|を書く|を見る)?|"
    r"広告|PR|スポンサー(?:リンク)?|お問い合わせ|お問合せ|利用規約|プライバシー(?:ポリシー)?|"
    r"個人情報(?:保護方針|の取り扱い)?|サイトマップ|会社(?:概要|案内)|採用情報|ホーム|トップ(?:ページ)?|"
    r"(?:前|次)(?:へ|の(?:記事|ページ))|ページ(?:の)?(?:先頭|トップ)へ?(?:戻る)?|戻る|検索|閉じる|"
    r"メニュー|読み込み中.*|(?:最新号|今週号).*|"
    r"JavaScript.*(?:無効|有効).*|"
    # English
    r"(?:sign|log) ?(?:in|up|out)(?: now| here| for free| to .*)?|register(?: now| for free)?|"
    r"subscribe(?: now| today| here| for .*)?|subscribers? only|already a subscriber\??.*|"
    r"(?:sign up|subscribe) (?:for|to) (?:our|the) .*newsletters?.*|newsletters?|get the newsletter|"
    r"share(?: this)?(?: article| story| on .*)?|tweet|email|print|copy link|comments?|"
    r"leave a comment|show comments|view comments|advertisement|advertising|ad|sponsored|"
    r"privacy(?: policy| notice)?|terms(?: of (?:use|service))?|cookie(?:s| policy| settings)?|"
    r"contact(?: us)?|about(?: us)?|follow us.*|(?:skip|jump) to .*|menu|search|home|"
    r"back to top|continue reading.*|read more.*|click here.*|load more|show more|see more|"
    r"(?:get|download) (?:the|our) app.*|listen(?: to this article)?.*|watch(?: now| live)?|"
    r"javascript (?:is )?(?:disabled|required).*|"
    r"(?:this )?(?:content|video) is not available.*|loading\W*|next|previous|prev|"
    # (a teaser's relative time: `2 hours ago`, `vor 2 Std.`; after its section in _CHROME_ANYWHERE)
    rf"{_RELATIVE_TIME}|"
    r"\d+ min(?:ute)?s? read|(?:estimated )?reading time:? .*|lesezeit:? .*|temps de lecture:? .*|"
    r"読了(?:時間|目安).*|この記事は(?:約)?\d+分で読めます.*|"
    # German, French, Spanish
    r"anzeige|werbung|(?:artikel |beitrag )?teilen|kommentare?|impressum|datenschutz.*|"
    r"(?:jetzt )?abonnieren|"
    r"publicité|partager|commentaires?|mentions légales|s'abonner|abonnez-vous.*|"
    r"publicidad|compartir|comentarios?|suscríbete.*"
)

# Chrome whose keyword may stand anywhere in the line: tried only on lines holding a keyword.
_CHROME_ANYWHERE = (
    r".*はこちら(?:から)?。?|.*JavaScript(?:を|が).*|.*(?:enable|turn on|activate) javascript.*|"
    r".{0,20}?の?(?:すべて|全て)を?(?:見る|表示)(?:\s+[\w/-]+)?|"  # (経済のすべてを見る; lower-cased: no \S)
    rf"[^/|]{{1,30}} ?[/|] ?{_RELATIVE_TIME}"  # (`World / 2 hours ago`: the teaser's section, its time)
)

_COMMENT_COUNT = (
    r"(?:コメント|comments?|kommentare?|commentaires?|comentarios?)\s*[(（]?\s*\d+\s*(?:件)?[)）]?|"
    r"\d+\s*(?:件の)?(?:コメント|comments?|kommentare?|commentaires?|comentarios?)"
)

# Matched against the lower-cased line (faster than IGNORECASE on long alternations).
_SECTION_RE = re.compile(rf"^(?:[【\[■◆●▼]\s*)?(?:{_SECTION_HEADERS.lower()})\s*(?:[】\]:：>»›]|\s*$)")
_CHROME_ANYWHERE_RE = re.compile(rf"^(?:{_CHROME_ANYWHERE.lower()})\s*[>»›:：]?$")
# The same two lists matched through a line's first character (``dispatch``): same results, a few
# phrases tried per line instead of all.
_SECTION_MARKS = frozenset("【[■◆●▼")
_SECTION_MATCH = FirstCharMatcher(_SECTION_HEADERS.lower(), r"\s*(?:[】\]:：>»›]|\s*$)")
_CHROME_MATCH = FirstCharMatcher(f"{_CHROME_LINES.lower()}|{_COMMENT_COUNT.lower()}", r"\s*[>»›:：]?$")
# Words that mark chrome even inside a longer short line.
_CHROME_WORD_LIST = (  # lower-cased: ``chrome_words`` tests them with ``in`` where that is exact
    "ランキング", "おすすめ", "オススメ", "メールマガジン", "メルマガ", "ニュースレター", "会員登録",
    "ログイン", "購読",
    "newsletter", "subscribe", "sign up", "sign in", "log in", "login", "cookie", "javascript",
    "all rights reserved", "privacy policy", "terms of use", "terms of service",
)  # fmt: skip
_CHROME_WORDS = re.compile("|".join(map(re.escape, _CHROME_WORD_LIST)), re.IGNORECASE)
# A subscription prompt written as a sentence (この記事は会員限定です。登録すると続きをお読みいただけます。):
# chrome, though it reads as prose. Searched in short lines only; never matches across a newline.
PAYWALL_PROMPT = re.compile(
    r"この記事は(?:有料|会員|購読者|プレミアム)|(?:会員|購読者)限定(?:記事)?です|有料記事です|"
    r"続きを(?:お)?読み(?:いただけ|いただくには|になれ|になるには|たい方)|続きは(?:有料|会員|ログイン|登録|購読)|"
    r"残り\d+文字|(?:subscribe|log in|sign in|register) to (?:continue|read)|to continue reading|"
    r"(?:for|to) subscribers only|is (?:for|available to|reserved for|exclusive to) (?:paying )?"
    r"(?:subscribers|members)",
    re.IGNORECASE,
)
MAX_PROMPT_CHARS = 160
# Without one of these, no line holds a prompt (cheap ``in`` tests before the pattern's scan).
PAYWALL_HINTS = (
    "この記事は", "限定", "有料記事", "続きを", "続きは", "残り", "ubscri", "ontinue reading",
    " in to ", "egister to", "members",
)  # fmt: skip

# A cookie or consent notice written as sentences (a site's banner or its privacy dialog, printed at
# the foot of the dump): chrome, though it reads as prose. The word cookie together with a word of
# what it asks for (consent, the browser, the site, personal data, advertising partners...).
_COOKIE_ASKS = (  # lower-cased
    "consent", "accept", "agree", "browser", "browsing", "website", "site", "privacy", "personal", "partner",
    "advertis", "analytic", "tracking", "einwillig", "zustimm", "akzept", "datenschutz", "webseite", "navega",
    "navigat", "sitio", "utiliz", "consentement", "toestemming", "gebruik", "consenso", "sito",
)  # fmt: skip


def cookie_notice(text: str) -> bool:
    """A sentence of a cookie or consent notice (see ``_COOKIE_ASKS``)."""
    low = text.lower()
    return "cookie" in low and holds_any(low, _COOKIE_ASKS)


# A sentence of a sign-up form or of a notice about embedded content (a newsletter box inside the
# story, a form's messages, a consent to show a video): chrome, though it reads as prose. Lower-cased;
# a line holds one of ``_SIGNUP_ALONE``, or a word of signing up with a word of what the form asks.
_SIGNUP_ALONE = (
    "junk folder", "spam folder", "valid email", "valid e-mail", "submitting the form",
    "submission has been received", "signing you up", "thanks for signing up", "thank you for signing up",
    "thanks for subscribing", "thank you for subscribing", "to your inbox", "in your inbox",
    "into your inbox", "externen inhalt", "externer inhalt", "externe inhalte", "external content",
    "third-party content", "contenu externe", "contenido externo",
)  # fmt: skip
_SIGNUP_WORDS = ("sign up", "signing up", "subscrib", "newsletter", "mailing list")
_SIGNUP_ASKS = (
    "privacy policy", "terms", "consent", "agree", "email address", "e-mail address", "unsubscribe",
    "opt-out", "opt out", "datenschutz", "e-mail-adresse", "einverstanden",
)  # fmt: skip
SIGNUP_HINTS = ("nbox", "older", "ail", "ubmi", "ign", "ubscri", "ewsletter", "xtern", "hird-party")
MAX_SIGNUP_CHARS = 240


def signup_notice(text: str) -> bool:
    """A sentence of a sign-up form or an embedded content's notice (see ``_SIGNUP_ALONE``)."""
    low = text.lower()
    if holds_any(low, _SIGNUP_ALONE):
        return True
    if not holds_any(low, _SIGNUP_ASKS):
        return False
    return holds_any(low.replace("unsubscrib", ""), _SIGNUP_WORDS)  # (the way out is no sign-up)


# What only the readers' comments below a story print: their form and its rules (`Your email
# address will not be published`, `Leave a Reply`, `Post Comment`, `Kommentar-Regeln`, `Laisser
# un commentaire`). Lower-cased; matched in lines of at most ``MAX_COMMENT_FORM_CHARS``.
_COMMENT_FORM = (
    "required fields are marked", "post comment", "submit comment", "leave a reply",
    "be the first to comment", "to post a comment", "powered by disqus", "comment policy",
    "add a new comment", "kommentar-regeln", "kommentarregeln", "kommentar schreiben", "zu den kommentaren",
    "laisser un commentaire", "deja un comentario", "dejar un comentario", "lascia un commento",
    "plaats een reactie", "report this comment", "report comment", "signaler ce commentaire",
    "denunciar comentario", "segnala commento",
)  # fmt: skip
# ... and, next to an e-mail address, the promise that it stays private (a story's `will not be
# published before the vote` is no form).
_MAIL_PRIVATE = (
    "will not be published", "wird nicht veröffentlicht", "ne sera pas publiée", "no será publicada",
    "non sarà pubblicato", "wordt niet gepubliceerd",
)  # fmt: skip
MAX_COMMENT_FORM_CHARS = 160
# Without one of these, no lower-cased line holds a phrase of ``_COMMENT_FORM`` or ``_MAIL_PRIVATE``
# (the line's words are looked for only when it holds one) ...
COMMENT_FORM_HINTS = (
    "omment", "omentario", "reply", "disqus", "fields", "reactie", "publi", "ffentlicht", "pubblica",
)  # fmt: skip


def comment_form(text: str) -> bool:
    """A line of the readers' comments' form or rules (see ``_COMMENT_FORM``)."""
    return len(text) <= MAX_COMMENT_FORM_CHARS and comment_form_lower(text.lower())


def comment_form_lower(low: str) -> bool:
    """``comment_form`` of a line already lower-cased."""
    if not holds_any(low, COMMENT_FORM_HINTS):
        return False
    return holds_any(low, _COMMENT_FORM) or ("mail" in low and holds_any(low, _MAIL_PRIVATE))


# Magazine issues and rankings carry dates that are not the article's.
ISSUE_DATE = re.compile(r"\d\s*日?号|発売|集計|号\s*[(（]|issue\b|edition\b", re.IGNORECASE)

MAX_CHROME_CHARS = 80


def section_header(text: str) -> bool:
    """A title of a box of links: ランキング, 関連記事, Related, Most read, Lesen Sie auch..."""
    return len(text) <= MAX_CHROME_CHARS // 2 and section_header_lower(text.lower())


def chrome_line(text: str) -> bool:
    """A button, prompt, notice or legal link: ログイン, Sign up, Share, Advertisement..."""
    return len(text) <= MAX_CHROME_CHARS and chrome_line_lower(text.lower())


def section_header_lower(low: str) -> bool:
    """``section_header`` of a line already lower-cased."""
    if len(low) > MAX_CHROME_CHARS // 2:
        return False
    if low[:1] in _SECTION_MARKS:  # 【関連記事】: the whole pattern, its opening mark included
        return _SECTION_RE.match(low) is not None
    return _SECTION_MATCH.match(low)


def chrome_line_lower(low: str) -> bool:
    """``chrome_line`` of a line already lower-cased."""
    if len(low) > MAX_CHROME_CHARS:
        return False
    if _CHROME_MATCH.match(low):
        return True
    # (every phrase of _CHROME_ANYWHERE holds one of these words)
    return (
        "はこちら" in low
        or "javascript" in low
        or "すべて" in low
        or "全て" in low
        or holds_any(low, _RELATIVE_HINTS)
    ) and _CHROME_ANYWHERE_RE.match(low) is not None


def chrome_words(text: str) -> bool:
    """The line mentions chrome vocabulary (weaker than ``chrome_line``)."""
    if not lower_is_exact(text):
        return _CHROME_WORDS.search(text) is not None
    low = text.lower()
    return holds_any(low, _CHROME_WORD_LIST)


# The entries of a site's menu (capitalised, as menus print them): a line of three or more, half its
# words or more, ending with one, is a menu printed as one line (``Posts Music Links Search``).
_MENU_WORD_LIST = (
    "Home", "Blog", "About", "Contact", "Search", "Posts", "Docs", "Pricing", "Features", "Login",
    "Menu", "Archive", "Archives", "Tags", "Categories", "Links", "Shop", "Cart", "Account", "Help",
    "FAQ", "Services", "Products", "Resources", "Careers", "Events", "Videos", "Photos", "Topics",
    "Newsletter", "Support", "Community", "Forum", "Forums", "Jobs", "Press", "Team", "Projects",
    "Portfolio", "Store", "Donate", "Register", "Startseite", "Kontakt", "Suche", "Impressum",
    "Accueil", "Recherche", "Inicio", "Contacto", "Buscar",
)  # fmt: skip
MENU_WORDS = frozenset(_MENU_WORD_LIST)
MIN_MENU_WORDS = 3


def menu_line(text: str) -> bool:
    """A site's menu printed as one line: ``MIN_MENU_WORDS`` entries or more, half of its words or
    more, the last word one."""
    if text[text.rfind(" ") + 1 :] not in MENU_WORDS:  # (the last word, before splitting all)
        return False
    words = text.split()
    if len(words) < MIN_MENU_WORDS or words[-1] not in MENU_WORDS:
        return False
    entries = sum(map(MENU_WORDS.__contains__, words))
    return entries >= MIN_MENU_WORDS and 2 * entries >= len(words)


__all__ = [
    "COMMENT_FORM_HINTS",
    "ISSUE_DATE",
    "MAX_PROMPT_CHARS",
    "MENU_WORDS",
    "PAYWALL_HINTS",
    "PAYWALL_PROMPT",
    "SIGNUP_HINTS",
    "chrome_line",
    "chrome_line_lower",
    "chrome_words",
    "comment_form",
    "comment_form_lower",
    "cookie_notice",
    "menu_line",
    "section_header",
    "section_header_lower",
    "signup_notice",
]
