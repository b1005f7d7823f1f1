"""Organisation names recognised from their shape: a noun compound that ends in a head word of an
organisation class (港湾局, 監視委員会, 警察, 労働組合, 全国連合, 戦区, 代表部) after a distinctive
modifier (a place or other proper noun, a katakana word, or for associations any two-word
modifier): ハンブルク港湾局, チェコ警察, スペイン港湾労働組合, 中国軍東部戦区, 米通商代表部.

A head alone (警察は, 委員会は) or after generic words only (地元警察, 捜査当局) is no name. The
compound ends where the noun run ends, or before a title that follows it (…局長 is a person's
title, handled by the person rules).
"""

from __future__ import annotations

from kijiyomi.reading.entities import RawMention, is_kanji, is_katakana
from kijiyomi.reading.lexicon import Lexicon
from kijiyomi.reading.tokens import Token

# Head words of organisation classes, longest first within each ending.
_ASSOCIATION_HEADS = ("連合会", "連合", "組合", "労組", "協会", "連盟", "団体連合", "協議会", "評議会")
_BODY_HEADS = (
    "委員会",
    "審議会",
    "理事会",
    "機構",
    "公社",
    "公団",
    "財団",
    "基金",
    "局",
    "庁",
    "警察",
    "検察",
    "司令部",
    "代表部",
    "参謀本部",
    "戦区",
    "艦隊",
    "裁判所",
    "大使館",
    "領事館",
    "研究所",
    "取引所",
    "センター",
)
_HEADS = tuple(sorted(_ASSOCIATION_HEADS + _BODY_HEADS, key=len, reverse=True))
# Compounds that end like an organisation but name none (当局, 結局, 薬局) or are generic.
_NOT_NAMES = frozenset(
    {"当局", "結局", "難局", "時局", "大局", "薬局", "政局", "終局", "支局", "本局", "各局", "労働組合"}
)
_NOT_ENDINGS = ("当局", "結局", "薬局", "支局", "政局")
_SKIPPED_PREFIXES = frozenset({"同", "両", "各", "全", "当", "本", "元", "前", "新", "旧", "現", "同国"})
_MAX_CHARS = 20


def _nominal(token: Token) -> bool:
    """A token that can be part of a name compound (a noun or noun suffix of kanji/katakana/latin)."""
    if token.pos[0] not in ("名詞", "接尾辞", "接頭辞") or token.pos[1] in ("数詞",):
        return False
    return all(is_kanji(c) or is_katakana(c) or (c.isascii() and c.isalpha()) for c in token.surface)


def _distinctive(modifier: list[Token], lex: Lexicon) -> bool:
    return any(
        t.is_proper
        or all(is_katakana(c) for c in t.surface)
        or t.surface in lex.names
        or t.surface in lex.short_forms
        or (t.surface.isascii() and t.surface.isupper())
        for t in modifier
    )


def compound_organisations(text: str, tokens: list[Token], lex: Lexicon) -> list[RawMention]:
    """ORG candidates for noun compounds ending in an organisation head word."""
    found: list[RawMention] = []
    index = 0
    while index < len(tokens):
        if not _nominal(tokens[index]):
            index += 1
            continue
        run = [tokens[index]]
        while (
            index + len(run) < len(tokens)
            and _nominal(tokens[index + len(run)])
            and tokens[index + len(run)].start == run[-1].end
        ):
            run.append(tokens[index + len(run)])
        index += len(run)
        while run and (run[0].surface in _SKIPPED_PREFIXES or not run[0].surface.strip()):
            run = run[1:]
        mention = _organisation(text, run, lex)
        if mention is not None:
            found.append(mention)
    return found


def _organisation(text: str, run: list[Token], lex: Lexicon) -> RawMention | None:
    for cut in range(len(run), 0, -1):
        part = run[:cut]
        rest = text[part[-1].end : run[-1].end]
        if rest and rest not in lex.title_set:
            continue  # the compound goes on past this word (and is no title)
        start, end = part[0].start, part[-1].end
        name = text[start:end]
        head = next((h for h in _HEADS if name.endswith(h)), None)
        if head is None or name in _NOT_NAMES or name in lex.names or len(name) > _MAX_CHARS:
            continue
        head_start = end - len(head)
        modifier = [t for t in part if t.end <= head_start]
        if len(name) <= len(head) or name.endswith(_NOT_ENDINGS):
            return None
        # one proper-noun token (証券取引等監視委員会), not a generic one (選挙管理委員会)
        single_proper = len(part) == 1 and part[0].is_proper and len(name) - len(head) >= 5
        association = head in _ASSOCIATION_HEADS and len(modifier) >= 2
        if not (single_proper or association or _distinctive(modifier, lex)):
            return None
        country = next(
            (lex.names[t.surface].country for t in modifier[:1] if t.surface in lex.names),
            lex.short_forms.get(modifier[0].surface) if modifier else None,
        )
        return RawMention(start, end, name, "ORG", name, country=country)
    return None
