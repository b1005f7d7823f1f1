"""Wire agencies, copyright lines and photo credits, as news sites write them (Japanese first).

Agency names are normalised in the script they were written in: ``[ロイター]`` gives ``ロイター``,
``(Reuters)`` gives ``Reuters``; AFP, AP and dpa keep their Latin names everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Normalised name -> the ways it is written. Longer aliases are tried first.
_AGENCIES: dict[str, tuple[str, ...]] = {
    "ロイター": ("ロイター通信", "ロイター"),
    "共同": ("共同通信社", "共同通信", "共同"),
    "時事": ("時事通信社", "時事通信", "時事"),
    "新華社": ("新華社通信", "新華社", "新華通信"),
    "聯合": ("聯合ニュース", "聯合通信", "連合ニュース", "聯合"),
    "ブルームバーグ": ("ブルームバーグ",),
    "タス": ("タス通信", "タス"),
    "中央社": ("中央通訊社", "中央社"),
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters"),
    "AP": ("The Associated Press", "Associated Press", "AP通信", "AP"),
    "AFP": ("Agence France-Presse", "AFPBB News", "AFP通信", "AFP"),
    "Bloomberg": ("Bloomberg News", "Bloomberg"),
    "dpa": ("dpa", "DPA"),
    "EFE": ("EFE",),
    "ANSA": ("ANSA",),
    "Yonhap": ("Yonhap News Agency", "Yonhap"),
    "Xinhua": ("Xinhua News Agency", "Xinhua"),
    "Kyodo": ("Kyodo News", "Kyodo"),
    "Jiji": ("Jiji Press", "Jiji"),
    "UPI": ("UPI",),
    "PA": ("PA Media", "Press Association"),
    "ANP": ("ANP",),
    "Belga": ("Belga",),
    "APA": ("APA",),
    "Anadolu": ("Anadolu Agency", "Anadolu"),
    "TASS": ("TASS",),
    "Interfax": ("Interfax",),
    "EPA": ("EPA-EFE", "EPA"),
    "KNA": ("KNA",),
    "CNA": ("CNA",),
}
_ALIAS_TO_NAME = {alias: name for name, aliases in _AGENCIES.items() for alias in aliases}
_ALIAS = "|".join(re.escape(a) for a in sorted(_ALIAS_TO_NAME, key=len, reverse=True))
_A = rf"(?P<agency>{_ALIAS})"
_OPEN = r"[\[［【(（〔<＜]"
_CLOSE = r"[\]］】)）〕>＞]"

# Ordered: the first pattern that matches names the agency.
_AGENCY_PATTERNS: tuple[re.Pattern[str], ...] = (
    # AFP=時事, ロイター＝共同: the first name is the source, the second the distributor.
    re.compile(rf"(?<![A-Za-z]){_A}(?![A-Za-z])\s*[=＝]\s*(?:{_ALIAS})"),
    # 【ワシントン時事】, 【北京＝共同】, 【ロンドン=ロイター】 at the start of a story.
    re.compile(rf"^\s*【[^】\s]{{0,16}}?[=＝]?\s*{_A}】"),
    # A line that is only the agency in brackets: [ロイター], （共同）, (AP).
    re.compile(rf"^\s*{_OPEN}\s*{_A}\s*{_CLOSE}\s*$"),
    # WASHINGTON (AP) —, LONDON, Dec 30 (Reuters) -, TOKYO (Kyodo) --
    re.compile(rf"^[^\n]{{0,80}}?\(\s*{_A}\s*\)\s*(?:[-–—]{{1,2}}|:|\.-)\s"),
    # A story that ends with its agency: ...と述べた。（共同）, ...said. (Reuters)
    re.compile(rf"[。.!?！？」\"”]\s*{_OPEN}\s*{_A}\s*{_CLOSE}\s*$"),
    # 配信：共同通信, Source: Reuters, 提供：AFPBB News
    re.compile(
        rf"^\s*(?:配信|提供|出典|出所|Source|Quelle|Fuente)\s*[:：]\s*{_A}(?![A-Za-z])\s*$",
        re.IGNORECASE,
    ),
    # -- Reuters, © Reuters (a sign-off line)
    re.compile(rf"^\s*(?:[-–—]{{1,2}}|©)\s*{_A}\s*$"),
)

_COPYRIGHT_EN = re.compile(
    r"(?:^|(?<=\s))(?:Copyright\s*(?:\(c\)|©|（c）|&copy;)|©|Copyright(?=\s*(?:19|20)\d{2})"
    r"|\(c\)(?=\s*(?:19|20)\d{2}))|^\s*[(（]c[)）]",
    re.IGNORECASE,
)
_COPYRIGHT_WORD = re.compile(r"^\s*Copyright\b", re.IGNORECASE)
_RIGHTS_JA = re.compile(
    r"無断(?:転載|転用|複製|複写|使用)[^\n]{0,20}?(?:禁じ|禁止|お断り|できません)|著作権は[^\n]{1,40}?に帰属"
)
_ALL_RIGHTS = re.compile(r"all rights reserved|tous droits réservés|alle rechte vorbehalten", re.IGNORECASE)
_HOLDER_JA = re.compile(r"著作権は\s*(?P<holder>[^\s、。]{1,40}?)\s*(?:に帰属|が保有)")
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:\s*[-–,]\s*(?:(?:19|20)\d{2}|\d{2}))*(?!\d)")
_CORP_MARKS = re.compile(r"\(株\)|（株）|㈱|株式会社")
_SEPARATORS = " \t.,;:|/-–—・。、\u3000"
# Where the rights sentence of a Japanese line begins ("記事の無断転用を禁じます").
_JA_RIGHTS_START = re.compile(r"掲載|当サイト|当ページ|本サイト|本ページ|この|記事|写真|画像|図表|無断")
_MAX_RIGHTS_LINE = 300
# What each of the three rights patterns above needs somewhere in a line (a cheap first test; the
# same flags, so a line any of them matches has one of these).
_RIGHTS_MARKS = re.compile(
    r"©|[(（]c[)）]|copyright|無断|著作権は|all rights reserved|tous droits réservés|alle rechte vorbehalten",
    re.IGNORECASE,
)

_CREDIT_WORDS = (
    r"REUTERS|Reuters|ロイター|AFP|AP Photo|AP|EPA(?:-EFE)?|Getty Images|Bloomberg|ブルームバーグ|"
    r"共同|時事|Xinhua|新華社|聯合|Yonhap|dpa|Kyodo|Jiji|ANSA|EFE|picture alliance|Shutterstock|iStock|"
    r"AAP|PA|Alamy|Imago|SIPA|Sipa|ZUMA|NurPhoto|Anadolu|TASS|Sputnik|Handout|WireImage|Pool"
)
_CREDIT_LABEL = re.compile(
    r"^\s*(?:写真|画像|撮影|提供|出典|Photo(?:graph)?s?(?:\s+by)?|Foto|Image|Picture|Credit|Bild|Source)\s*[:：・]\s*",
    re.IGNORECASE,
)
# What a parenthesised tail holds when it is a credit rather than part of the caption; a short
# name followed by 提供 or 撮影 is the Japanese press form (the source handed out the picture).
_CREDIT_INSIDE = re.compile(
    rf"(?:^|[\s/=＝:：年])(?:{_CREDIT_WORDS})(?:$|[\s/=＝,])|^\s*(?:写真|画像|撮影|提供|出典|Photo|Foto|Image|Credit|"
    rf"Bild|Picture)\s*(?:by\s*)?[:：・]|(?:^|\s)via\s|/\s*(?:{_CREDIT_WORDS})\s*$|^(?:{_CREDIT_WORDS})\s*/|"
    r"^[^\s()（）、。]{1,20}(?:提供|撮影)$",  # （県警提供）, （読者提供）, （山田太郎撮影）
    re.IGNORECASE,
)
_TAIL_EQUALS = re.compile(
    rf"\s*[=＝]\s*(?P<credit>(?:{_CREDIT_WORDS}|[^\s=＝、。]{{1,12}}?(?:撮影|提供)))\s*$"
)
_TAIL_LABEL = re.compile(
    r"(?:^\s*|(?<=[\s。.])(?=\S)|(?<=[a-zäöüéß)])(?=(?:Photo|Foto|Image|Credit|Bild)\s*:))(?P<credit>(?:写真|画像|撮影|提供|出典)\s*[:：・]\s*[^\s:：。]{1,40}"
    r"|(?:Photo(?:graph)?(?:\s+by)?|Foto|Image|Credit|Bild)\s*[:：]\s*[^:：]{1,60}"
    r"|Photo by [^:：]{1,60})\s*$",
    re.IGNORECASE,
)
_TAIL_SLASH = re.compile(
    rf"(?:^|(?<=[\s.。]))(?P<credit>(?:REUTERS|AFP|AP Photo|EPA(?:-EFE)?|Xinhua|dpa|Getty Images|iStock|"
    rf"Shutterstock|imago images|IMAGO|picture alliance|KEYSTONE|APA|Reuters)/[^\n/]{{2,60}}"
    rf"(?:/[^\n/]{{2,60}}){{0,3}}|[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){{0,3}}\s*/\s*(?:{_CREDIT_WORDS})"
    rf"(?: via Getty Images)?|(?:AFP |AP |Reuters )?(?:via )?Getty Images)\s*$"
)

# "... in Riad. © Jane Roe/dpa": a © credit after the caption (a © line by itself is a rights line).
_TAIL_COPYRIGHT = re.compile(r"(?<=\S)\s*(?:©|\(c\))\s*(?P<credit>[^©\n]{2,80}?)\s*$", re.IGNORECASE)

# What each tail pattern cannot match without (exact tests: the patterns search every position of
# the caption, which costs microseconds a line; ``in`` tests cost next to nothing). "photo by" has
# no letter that IGNORECASE folds beyond ASCII case (only i, k and s have such folds).
_TAIL_PATTERNS: tuple[tuple[re.Pattern[str], Callable[[str], bool]], ...] = (
    (_TAIL_LABEL, lambda text: ":" in text or "：" in text or "・" in text or "photo by" in text.lower()),
    (_TAIL_EQUALS, lambda text: "=" in text or "＝" in text),
    (_TAIL_COPYRIGHT, lambda text: "©" in text or "(c)" in text or "(C)" in text),
    (_TAIL_SLASH, lambda text: "/" in text or "Getty Images" in text),
)


def find_agency(text: str) -> str | None:
    """The wire agency that a line credits (dateline, sign-off, ``AFP=時事``), normalised; else None.

    A bare mention in running prose ("told Reuters") is not a credit.
    """
    if not text or len(text) > 2000:
        text = text[:200] + "\n" + text[-200:] if text else text
        if not text:
            return None
    # The first pattern (AFP=時事) holds an equals sign; without one its search, which tries every
    # agency name at every position, is skipped.
    patterns = _AGENCY_PATTERNS if "=" in text or "＝" in text else _AGENCY_PATTERNS[1:]
    for pattern in patterns:
        match = pattern.search(text)
        if match is not None:
            return _ALIAS_TO_NAME[match["agency"]]
    return None


def parse_copyright(line: str) -> tuple[str | None, str] | None:
    """A copyright or rights line as ``(holder, line)``; holder is None when the line names nobody."""
    text = line.strip()
    if not text or len(text) > _MAX_RIGHTS_LINE or _RIGHTS_MARKS.search(text) is None:
        return None
    english = _COPYRIGHT_EN.search(text)
    japanese = _RIGHTS_JA.search(text)
    rights = _ALL_RIGHTS.search(text)
    if english is None and japanese is None and rights is None:
        return None  # a bare "Copyright" word may be prose ("Copyright law ...")
    return _holder(text, english, japanese, rights), text


def _holder(
    text: str, english: re.Match[str] | None, japanese: re.Match[str] | None, rights: re.Match[str] | None
) -> str | None:
    named = _HOLDER_JA.search(text)
    if named is not None:
        return _clean_holder(named["holder"])
    start = english.end() if english is not None else 0
    if english is None:
        word = _COPYRIGHT_WORD.match(text)
        start = word.end() if word is not None else 0
    body = text[start:]
    if rights is not None:
        rights_in_body = _ALL_RIGHTS.search(body)
        if rights_in_body is not None:
            body = body[: rights_in_body.start()]
    if japanese is not None:
        cut = body.find("無断")
        if cut >= 0:
            start_word = _JA_RIGHTS_START.search(body, 0, cut + 2)
            body = body[: start_word.start() if start_word is not None else cut]
    holder = _clean_holder(body)
    return holder or None


def _clean_holder(raw: str) -> str:
    text = _YEARS.sub(" ", raw)
    text = _CORP_MARKS.sub("", text)
    text = re.sub(r"^\s*(?:Copyright|\(c\)|©)\s*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+", " ", text)
    return text.strip(_SEPARATORS)


def parse_photo_credit(text: str) -> tuple[str, str] | None:
    """Split a caption from its trailing photo credit: ``(caption_without_credit, credit)``, else None."""
    caption = text.strip()
    if not caption or len(caption) > 2000:
        return None
    parenthesised = _trailing_parenthesis(caption)
    if parenthesised is not None:
        start, inner = parenthesised
        if _CREDIT_INSIDE.search(inner):
            return caption[:start].rstrip(), _strip_label(inner)
    for pattern, hinted in _TAIL_PATTERNS:
        match = pattern.search(caption) if hinted(caption) else None
        if match is not None:
            credit = _strip_label(match["credit"])
            if credit:
                return caption[: match.start()].rstrip(" \t=＝"), credit
    return None


def _trailing_parenthesis(text: str) -> tuple[int, str] | None:
    """The start and content of a balanced bracket group that ends the text."""
    closers = {")": "(", "）": "（", "]": "[", "］": "［"}
    if not text or text[-1] not in closers:
        return None
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        char = text[index]
        if char in closers:
            depth += 1
        elif char in "(（[［":
            depth -= 1
            if depth == 0:
                inner = text[index + 1 : -1].strip()
                return (index, inner) if inner else None
    return None


def _strip_label(credit: str) -> str:
    return _CREDIT_LABEL.sub("", credit, count=1).strip()


__all__ = ["find_agency", "parse_copyright", "parse_photo_credit"]
