"""Relabelling after selection: katakana partners of a company are companies; in a sports
story, places that play (鹿島は浦和と対戦し) are clubs."""

from __future__ import annotations

import re
from dataclasses import replace

from kijiyomi.reading.lexicon import lexicon
from kijiyomi.reading.mentions import RawMention, is_katakana

_PARTNER_COMPANY_RE = re.compile(r"(?<![ァ-ヴー・])[ァ-ヴー][ァ-ヴー・]{1,15}(?![ァ-ヴー・])")


def _company_partners(
    text: str, mentions: list[RawMention], common: frozenset[tuple[int, int]] = frozenset()
) -> list[RawMention]:
    """A katakana name coordinated with a company (トヨタ自動車とパナソニックは, パナソニックと
    トヨタ自動車は) is a company too; not a common word (``common``: spans of common-noun tokens,
    札幌中央銀行とシステムの共同運用)."""
    companies = [m for m in mentions if m.label == "ORG" and m.company]
    if not companies:
        return mentions
    taken = {position for m in mentions for position in range(m.start, m.end)}
    names = lexicon().names
    added: list[RawMention] = []
    owners = {m.start: m.end for m in mentions if m.label == "GPE"}
    for company in companies:
        spans = []
        partner = company.end + 1
        if owners.get(partner) is not None and text.startswith("の", owners[partner]):
            partner = owners[partner] + 1  # AとスペインのBによる: B's country before it
        after = _PARTNER_COMPANY_RE.match(text, partner)
        if (
            text.startswith("と", company.end)
            and after
            and text[after.end() : after.end() + 1] in "はがのと、に"
        ):
            spans.append(after.span())
        if company.start >= 2 and text[company.start - 1] == "と":
            before = _PARTNER_COMPANY_RE.search(text, max(0, company.start - 17), company.start - 1)
            if before is not None and before.end() == company.start - 1:
                spans.append(before.span())
        for start, end in spans:
            name = text[start:end]
            if name in names or (start, end) in common or any(p in taken for p in range(start, end)):
                continue
            added.append(RawMention(start, end, name, "ORG", name, company=True))
            taken.update(range(start, end))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


_SPORTS_RE = re.compile(r"サッカー|野球|リーグ|J[123]|ラグビー|バスケット|バレーボール|試合|対戦")


_MATCH_RE = re.compile(
    r"対戦|勝っ|勝ち|勝利|敗れ|破っ|破り|下し|降し|引き分け|首位|連勝|連敗|競り勝|逆転|優勝|移籍|監督"
)


_CLUB_BEFORE_RE = re.compile(r"(?:リーグ|J[123]|クラブ|チーム|プロ野球)の$")


# A katakana club name from how a sports story writes it: リーグのX, プロ野球のX, Xに所属, X戦,
# Xの…監督; not what 同クラブの names (同クラブのサポーター: its fans).
_CLUB_NAME_RE = re.compile(
    r"(?:(?<!同)(?:リーグ|J[123]|クラブ|チーム|プロ野球)の(?P<after>)|(?:リーグ|J[123]|プロ野球|[1-4１-４]部)、(?P<listed>)"
    r"|(?<![ァ-ヴー・]))"
    r"(?P<club>[ァ-ヴー]{3,12}(?(listed)(?:・[ァ-ヴー]{2,12}){0,2}))(?![ァ-ヴー・])"
    r"(?(after)|(?(listed)(?=[はがもの、])|(?:に所属|戦(?![争略術闘車線])|の[ァ-ヴー・]{2,12}(?:監督|会長|GM))))"
)
# Words of the game itself, never a club (リーグ戦, チーム戦, ホーム戦).
_NOT_CLUBS = frozenset(
    {"リーグ", "チーム", "ホーム", "アウェー", "クラブ", "トーナメント", "カップ"}
    | {"サポーター", "ファン", "フーリガン", "スタッフ", "メンバー", "キャプテン", "エース"}
)  # and the people of a club (両チームのサポーター, クラブのスタッフ)


def _sports_clubs(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """In a sports story, a city or region that plays (鹿島は浦和と対戦し, 鹿島の…監督, リーグのブライトン)
    is a club: it and every mention with its name become ORG."""
    if not _SPORTS_RE.search(text):
        return mentions
    countries = lexicon().country_names
    clubs: set[str] = set()
    nicknames: dict[str, str] = {}
    mentions = _place_clubs(text, _town_nickname_clubs(text, mentions, nicknames), nicknames)
    clubs.update(nicknames)
    for mention in mentions:
        if mention.label not in ("GPE", "LOC") or mention.text in countries:
            continue
        after = text[mention.end : mention.end + 1]
        if not after or after not in "はがとにをの":
            continue
        sentence_start = max(text.rfind("。", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
        sentence_end = min(
            (i for i in (text.find("。", mention.end), text.find("\n", mention.end)) if i >= 0),
            default=len(text),
        )
        if _CLUB_BEFORE_RE.search(text, max(0, mention.start - 6), mention.start) or (
            after != "の" and _MATCH_RE.search(text, sentence_start, sentence_end)
        ):
            clubs.add(mention.text)
    clubs.update(m.group("club") for m in _CLUB_NAME_RE.finditer(text) if m.group("club") not in _NOT_CLUBS)
    clubs -= countries.keys()
    if not clubs:
        return mentions
    out = [
        replace(m, label="ORG", name=m.text, country=None)
        if m.text in clubs and m.label in ("GPE", "LOC")
        else m
        for m in mentions
    ]
    out = _full_club_names(text, clubs, _club_mentions(text, clubs, out))
    if not nicknames:
        return out
    return [
        replace(m, name=nicknames[m.text]) if m.label == "ORG" and m.text in nicknames else m for m in out
    ]


# The nickname of a club written after its home town (仙台ブレイズ, ポートランド・パイオニアーズ).
_NICKNAME_RE = re.compile(r"・?(?P<nick>[ァ-ヴ][ァ-ヴー]{2,11})(?![ァ-ヴー・])")


# A place's venue, not its club (大阪・ヤンマースタジアム, 横浜アリーナ).
_VENUE_TAILS = (
    "スタジアム",
    "アリーナ",
    "ドーム",
    "ホール",
    "パーク",
    "フィールド",
    "センター",
    "コート",
    "ホテル",
)


def _place_clubs(text: str, mentions: list[RawMention], nicknames: dict[str, str]) -> list[RawMention]:
    """In a sports story, a city followed by a katakana nickname is a club: the whole is one ORG,
    and the nickname alone names it later (ブレイズは); ``nicknames`` maps it to the full name."""
    countries = lexicon().country_names
    names = lexicon().names
    taken = {m.start for m in mentions}
    out: list[RawMention] = []
    for mention in mentions:
        match = _NICKNAME_RE.match(text, mention.end)
        if (
            mention.label not in ("GPE", "LOC")
            or mention.text in countries
            or match is None
            or match.group("nick") in _NOT_CLUBS
            or match.group("nick") in names
            or match.group("nick").endswith(_VENUE_TAILS)
            or any(mention.end <= start < match.end() for start in taken)
        ):
            out.append(mention)
            continue
        full = text[mention.start : match.end()]
        out.append(RawMention(mention.start, match.end(), full, "ORG", full))
        nicknames.setdefault(match.group("nick"), full)
    return out


def _town_nickname_clubs(
    text: str, mentions: list[RawMention], nicknames: dict[str, str]
) -> list[RawMention]:
    """A club a sports story names by town and nickname read as one word (J1川崎フロンターレに所属):
    the whole is one ORG, and the town or the nickname alone names it later."""
    names = lexicon().names
    added: list[RawMention] = []
    for match in _CLUB_NAME_RE.finditer(text):
        start, nick = match.start("club"), match.group("club")
        if nick in _NOT_CLUBS or nick in names:
            continue
        for length in (4, 3, 2):
            town = text[max(0, start - length) : start]
            entry = names.get(town)
            if len(town) == length and entry is not None and entry.label == "GPE" and not entry.is_country:
                full = town + nick
                added.append(RawMention(start - length, match.end("club"), full, "ORG", full))
                nicknames.setdefault(nick, full)
                nicknames.setdefault(town, full)
                break
    if not added:
        return mentions
    spans = [(m.start, m.end) for m in added]
    kept = [m for m in mentions if not any(s < m.end and m.start < e for s, e in spans)]
    return sorted([*kept, *added], key=lambda m: m.start)


def _full_club_names(text: str, clubs: set[str], mentions: list[RawMention]) -> list[RawMention]:
    """A club named once in full with a dotted second word (サンテルモ・アトレティコが) and else by its
    first word (サンテルモの…会長): one club, under the full name."""
    full: dict[str, str] = {}
    for club in clubs:
        if not all(is_katakana(c) for c in club):
            continue
        match = re.search(
            rf"(?<![ァ-ヴー・]){re.escape(club)}・[ァ-ヴ][ァ-ヴー]{{1,12}}(?![ァ-ヴー・A-Za-z])", text
        )
        if match is not None:
            full[club] = match.group(0)
    if not full:
        return mentions
    out = [replace(m, name=full[m.text]) if m.label == "ORG" and m.text in full else m for m in mentions]
    taken = {position for m in out for position in range(m.start, m.end)}
    added = []
    for name in full.values():
        for match in re.finditer(re.escape(name), text):
            if not any(p in taken for p in range(match.start(), match.end())):
                added.append(RawMention(match.start(), match.end(), name, "ORG", name))
                taken.update(range(match.start(), match.end()))
    return sorted([*out, *added], key=lambda m: m.start) if added else out


def _club_mentions(text: str, clubs: set[str], mentions: list[RawMention]) -> list[RawMention]:
    """Every whole-word occurrence of a club's katakana name that no mention covers yet."""
    taken = {position for m in mentions for position in range(m.start, m.end)}
    added: list[RawMention] = []
    for club in clubs:
        if not all(is_katakana(c) for c in club):
            continue
        for match in re.finditer(re.escape(club), text):
            start, end = match.span()
            if is_katakana(text[start - 1 : start] or "a") or is_katakana(text[end : end + 1] or "a"):
                continue
            if any(p in taken for p in range(start, end)):
                continue
            added.append(RawMention(start, end, club, "ORG", club))
            taken.update(range(start, end))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
