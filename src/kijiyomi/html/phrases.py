"""Stock phrases of page furniture: share prompts, copyright lines, 'related articles' labels.

Only short lines that do not read as sentences are tested, so an article that quotes such a phrase
keeps it. Written from general knowledge of news sites (Japanese first, then English and the
other languages of the benchmark), never from one page.
"""

from __future__ import annotations

import re
from functools import lru_cache

_JA = (
    r"関連記事|関連ニュース|関連リンク|おすすめ|オススメ|お勧め|人気記事|ランキング|アクセスランキング|続きを読む|"
    r"もっと見る|一覧へ|一覧を見る|記事一覧|トップへ|ページの先頭|シェア|ツイート|いいね|ブックマーク|"
    r"メールマガジン|メルマガ|会員登録|ログイン|新規登録|有料会員|購読|無断転載|無断転用|無断複製|"
    r"著作権|広告|スポンサー|次のページ|前のページ|次へ|前へ|印刷|コメント|フォロー|"
    r"この記事をシェア|写真拡大|画像拡大|拡大する|最新記事|ニュース速報|速報|注目記事|トピックス|"
    r"JavaScript"
)
_EN = (
    r"share|tweet|email|print|comments?|related|recommended|read more|more from|more stories|"
    r"sign up|subscribe|newsletter|log ?in|sign in|register|advertisement|sponsored|follow us|"
    r"copyright|all rights reserved|privacy policy|terms of (use|service)|cookie|skip to|"
    r"back to top|previous|next|continue reading|click here|trending|most read|popular|"
    r"you may also like|recommended for you|read next|up next|listen to|watch:|image:|photo:|"
    r"getty images|reuters|associated press|pr"
)
_OTHER = (
    r"teilen|mehr zum thema|weiterlesen|lesen sie auch|lies auch|anzeige|werbung|kommentare|partager|"
    r"lire aussi|publicité|"
    r"compartir|leer más|publicidad|condividi|leggi anche|udostępnij|reklama|分享|相关|责任编辑|"
    r"广告|热门|推荐|阅读|关注|版权"
)
_BOILERPLATE = re.compile(rf"(?:{_JA})|(?:\b(?:{_EN}|{_OTHER})\b)", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright|all rights reserved|無断転載|無断転用|無断複製|版权所有)", re.IGNORECASE
)
_MAX_BYTES = 160
# "By …" and its equivalents that open a byline (German, French, Spanish, Italian, Dutch, Nordic).
BYLINE_PREFIX = re.compile(r"^(?:by|von|par|por|di|door|av|af)\s+", re.IGNORECASE)
# A cheap exact pre-test for _BOILERPLATE: the same alternatives, matched case-sensitively on the
# text lowercased. Under IGNORECASE a character matches a pattern letter when its simple lowercase
# is that letter, or it is one of the four non-ASCII letters that re folds to i, s or k; folding
# those four first makes str.lower() (full mapping) agree with that, one character for one, and
# lowercasing keeps word characters word characters, so \b holds at the same places. (Every word
# alternative starts with a word character, so the \b before it is "no word character before".)
# The regex engine tests case-sensitive literal alternatives without backtracking into each, so
# this runs several times faster; a line it flags is still confirmed by _BOILERPLATE itself.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_FOLD_SIGNS = ("\u0131", "\u017f", "\u0307")  # left by lower(): ı, ſ, and the dot of İ -> i̇
_JA_FOLDED = re.compile(_JA.lower())
_WORDS_FOLDED = re.compile(rf"(?<!\w)(?:{_EN}|{_OTHER})\b")

# Marks that end a sentence in the scripts of the benchmark and their neighbours: CJK full stops,
# Latin ! ?, the Devanagari danda, the Urdu full stop, the Arabic question mark, the Armenian,
# Ethiopic, Burmese and Tibetan full stops. (The Latin period is judged by what follows it.)
SENTENCE_END_MARKS = "。．！？!?\u0964\u0965\u06d4\u061f\u0589\u1362\u104b\u0f0d"
CLAUSE_MARKS = ",、，;；:：\u060c\u061b"  # commas, semicolons, colons (Arabic ones included)


@lru_cache(maxsize=4096)
def is_boilerplate_line(text: str) -> bool:
    """True for a short line that is page furniture (share, related, copyright...).

    (Remembered: several stages ask about the same lines, and labels recur from page to page.)
    """
    if len(text.encode("utf-8")) > _MAX_BYTES:
        return bool(_COPYRIGHT.search(text)) and len(text) < 200
    folded = text.lower()  # (K, the Kelvin sign, lowers to k)
    if any(sign in folded for sign in _FOLD_SIGNS):
        folded = text.translate(_FOLD).lower()
    if not (_JA_FOLDED.search(folded) or _WORDS_FOLDED.search(folded)):
        return False
    return bool(_BOILERPLATE.search(text))


# Labels that open a box of other articles: what follows them is not the story's text.
_RELATED_LABEL = re.compile(
    r"関連記事|関連ニュース|関連リンク|おすすめ|オススメ|人気記事|ランキング|こちらもおすすめ|あわせて読みたい|"
    r"\b(?:related|recommended|more (?:stories|news|articles|from|on|in)|you (?:may|might) (?:also )?like|"
    r"read next|trending|most (?:read|popular|viewed)|popular|top stories|also on|"
    r"mehr zum thema|lesen sie auch|lire aussi|leer más|leggi anche)\b|相关|推荐|热门",
    re.IGNORECASE,
)


def is_related_label(text: str) -> bool:
    """True for a short line that heads a box of other articles ("Related stories", "関連記事")."""
    return len(text) <= 60 and bool(_RELATED_LABEL.search(text))


# Labels that open a comment section ("Comments", "3 responses", "Leave a reply", "コメント").
_COMMENTS_LABEL = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies)\b|^(?:leave|post|add|write) a (?:reply|comment)|"
    r"^join the (?:discussion|conversation)|^reader comments|コメント|^kommentare|^commentaires|^comentarios",
    re.IGNORECASE,
)


def is_comments_label(text: str) -> bool:
    """True for a short line that heads a comment section."""
    return len(text) <= 40 and bool(_COMMENTS_LABEL.search(text))


# Labels of the author's box under a story ("About the author", "Über den Autor", 「この記事を書いた人」).
_AUTHOR_LABEL = re.compile(
    r"^(?:about (?:the )?(?:author|writer|contributor|reporter)s?|about me|author bio|"
    r"über (?:den|die) autor(?:in|en)?|à propos de l'auteur|sobre (?:el|la) autora?|"
    r"この記事を書いた人|著者(?:について|プロフィール)|作者简介|关于作者)\s*[:：]?$",
    re.IGNORECASE,
)


def is_author_label(text: str) -> bool:
    """True for a short line that heads the author's box (a name and a biography)."""
    return len(text) <= 40 and bool(_AUTHOR_LABEL.search(text.strip()))


# A cell of a calendar widget: a day of the month or a weekday's initials ("M", "Di", "27").
_CALENDAR_CELL = re.compile(r"(?:[1-9]|[12]\d|3[01]|[^\W\d_]{1,2})")


def is_calendar_cell(text: str) -> bool:
    """True for a day of the month (1-31) or a label of one or two letters."""
    return _CALENDAR_CELL.fullmatch(text) is not None


def is_copyright_line(text: str) -> bool:
    """True for a copyright / rights line."""
    return len(text) < 300 and bool(_COPYRIGHT.search(text))


_RELATIVE_TIME = re.compile(
    r"^(?:about |updated |published )?(?:\d+|an?|one)\s*"
    r"(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago$|"
    r"^\d+\s*(?:分|時間|日|週間|か月|ヶ月)前$|"
    r"^(?:vor \d+ (?:Minuten|Stunden|Tagen))$|^(?:il y a \d+ (?:minutes|heures|jours))$",
    re.IGNORECASE,
)
_DATE_WORDS = re.compile(
    r"(?:published|updated|posted|last updated|publisert|oppdatert|sist oppdatert|veröffentlicht|"
    r"aktualisiert|stand|publié|mis à jour|publicado|actualizado|更新|公開|配信|掲載|投稿|日時)[:：]?",
    re.IGNORECASE,
)
_DIGITS_AND_SEPARATORS = re.compile(r"[\d\s./:\-年月日時分秒()（）月火水木金土日曜,・|]+")
_CLOCK_WORDS = re.compile(
    r"(?i)\b(?:am|pm|a\.m\.|p\.m\.|utc|gmt|jst|[ecmp][sd]t|cet|cest|午前|午後)\b|午前|午後"
)
_MONTH_NAMES = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_WEEKDAY_NAMES = re.compile(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?")
_NUMBERS = re.compile(r"\d+")


def is_dateline(text: str) -> bool:
    """True for a line that only states a date or time ("Publisert 06.01.2026 - 17:29", "8 hours ago")."""
    if len(text) > 60:
        return False
    if _RELATIVE_TIME.match(text.strip()):
        return True
    if sum(map(str.isdigit, text)) < 4:  # (checked first: the substitutions below cost more)
        return False
    rest = _DATE_WORDS.sub(" ", text)
    rest = _DIGITS_AND_SEPARATORS.sub("", rest)
    rest = _CLOCK_WORDS.sub("", rest)
    rest = _MONTH_NAMES.sub("", rest)
    rest = _WEEKDAY_NAMES.sub("", rest).strip(" -–—,")
    # Letters left beside a single number are a code or a name (LB-2026, A320), not a date.
    return len(rest) <= 2 and not (rest and len(_NUMBERS.findall(text)) == 1)
