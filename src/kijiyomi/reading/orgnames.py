"""Organisation names recognised from their shape: a noun compound that ends in a head word of an
organisation class (港湾局, 監視委員会, 警察, 労働組合, 全国連合, 戦区, 代表部) after a distinctive
modifier (a place or other proper noun, a katakana word, or for associations any two-word
modifier): ハンブルク港湾局, チェコ警察, スペイン港湾労働組合, 中国軍東部戦区, 米通商代表部.

A head alone (警察は, 委員会は) or after generic words only (地元警察, 捜査当局) is no name. The
compound ends where the noun run ends, or before a title that follows it (…局長 is a person's
title, handled by the person rules).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kijiyomi.reading.entity_words import _REGION_PROVINCE_RE
from kijiyomi.reading.lexicon import Lexicon
from kijiyomi.reading.mentions import RawMention, is_kanji, is_katakana
from kijiyomi.reading.tokens import Token

# Head words of organisation classes, longest first within each ending.
_ASSOCIATION_HEADS = (
    "連合会",
    "連合",
    "組合会",  # 旅館組合会: a council of unions
    "組合",
    "労組",
    "協会",
    "連盟",
    "同盟",
    "協議会",
    "連絡会",
    "工業会",
    "会議所",  # 商工会議所: a chamber of commerce
    "評議会",
    "戦線",
    "共同体",
    "学会",
)
# A unit of an organisation: its name, then a unit word (警視庁公安部, 外務省北米局).
_UNIT_HEAD = "部"
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
    "総署",  # 税関総署: a national administration (China)
    "庁",
    "省",
    "警察",
    "検察",
    "司令部",
    "代表部",
    "参謀本部",
    "戦区",
    "艦隊",
    "軍管区",
    "裁判所",
    "審判所",  # 競争審判所, 労働審判所: a tribunal
    "法院",  # 高等法院, 最高法院: a court (Hong Kong, Taiwan)
    "大使館",
    "領事館",
    "研究所",
    "病院",  # アーネム大学病院, ソウル大病院: a hospital named by its place or founder
    "事務所",
    "保健所",  # 札幌市保健所: a city's health office
    "拘置所",
    "取引所",
    "情報院",
    "情報局",
    "センター",
)
# Military commands named by their direction alone (東部戦区, 北方艦隊).
_COMMAND_HEADS = ("戦区", "艦隊", "軍管区")
_DIRECTIONS = frozenset({"東部", "西部", "南部", "北部", "中部", "北方", "南方", "東方", "西方", "中央"})
_HEADS = tuple(sorted(_ASSOCIATION_HEADS + _BODY_HEADS, key=len, reverse=True))
# Compounds that end like an organisation but name none (当局, 結局, 薬局) or are generic.
_NOT_NAMES = frozenset(
    {"当局", "結局", "難局", "時局", "大局", "薬局", "政局", "終局", "支局", "本局", "各局", "労働組合"}
)
_NOT_ENDINGS = ("当局", "結局", "薬局", "支局", "政局")
_SKIPPED_PREFIXES = frozenset(
    {"同", "両", "各", "全", "当", "本", "元", "前", "新", "旧", "現", "同国", "与党", "野党", "最大野党"}
)  # 野党民主党: the party is 民主党
_MAX_CHARS = 20
_NOMINAL_RE = re.compile(r"[\u4e00-\u9fff々〆ヶ\u30a1-\u30ff=＝A-Za-z]+")  # kanji, katakana, latin
_HEAD_ENDINGS = frozenset(head[-1] for head in (*_HEADS, "部"))


def _nominal(token: Token) -> bool:
    """A token that can be part of a name compound (a noun or noun suffix of kanji/katakana/latin)."""
    if token.pos[0] == "形状詞" and all(is_katakana(c) for c in token.surface):
        return True  # 内閣サイバー|セキュリティセンター: a katakana word Sudachi reads as an adjective
    if token.pos[0] not in ("名詞", "接尾辞", "接頭辞") or token.pos[1] in ("数詞",):
        return False
    return _NOMINAL_RE.fullmatch(token.surface) is not None


# A level of state that alone makes a body's name (連邦警察, 国家警察, 連邦検察).
_STATE_LEVELS = frozenset({"連邦", "国家"})


def _distinctive(modifier: list[Token], lex: Lexicon) -> bool:
    return any(
        t.is_proper
        or t.surface in _STATE_LEVELS
        or all(is_katakana(c) for c in t.surface)
        or t.surface in lex.names
        or t.surface in lex.short_forms
        or (t.surface.isascii() and t.surface.isupper())
        or t.surface == "・"  # 緑・農民連合: two words joined by a dot make a name
        for t in modifier
    )


def _name_dot(tokens: list[Token], index: int) -> bool:
    """A dot joining two nominal words inside a compound (緑・農民連合, 自由・民主同盟)."""
    return (
        tokens[index].surface == "・"
        and index > 0
        and tokens[index - 1].end == tokens[index].start
        and _nominal(tokens[index - 1])
        and tokens[index - 1].surface not in _SKIPPED_PREFIXES
        and not tokens[index - 1].surface.endswith("党")  # 野党・X, 第1党・X: the side, then the name
    )


def compound_organisations(text: str, tokens: list[Token], lex: Lexicon) -> list[RawMention]:
    """ORG candidates for noun compounds ending in an organisation head word. Only tokens that
    can end a head word start the (rarer) work of finding their compound."""
    provinces = {m.group("place") for m in _REGION_PROVINCE_RE.finditer(text)}
    found: list[RawMention] = []
    done = -1  # index of the last token of the latest compound read
    for index, token in enumerate(tokens):
        if index <= done or token.surface[-1:] not in _HEAD_ENDINGS or not _nominal(token):
            continue
        first = index
        while (
            first > 0
            and tokens[first - 1].end == tokens[first].start
            and (_nominal(tokens[first - 1]) or _name_dot(tokens, first - 1))
        ):
            first -= 1
        last = index
        while (
            last + 1 < len(tokens)
            and tokens[last + 1].start == tokens[last].end
            and _nominal(tokens[last + 1])
        ):
            last += 1
        done = last
        run = tokens[first : last + 1]
        while run and (
            run[0].surface in _SKIPPED_PREFIXES
            or not run[0].surface.strip()
            or _region_before_country(run, lex)
        ):
            run = run[1:]  # 南米|ガイアナ外務省: the region is a place of its own
        if (
            run
            and run[-1].surface.endswith("省")
            and (
                any(t.surface in _COUNTRY_PARTS for t in run) or text[run[0].start : run[-1].end] in provinces
            )
        ):
            continue  # ベトナム北部ラオカイ省, then ラオカイ省 again: a province, not a ministry
        mention = _organisation(text, run, lex)
        if mention is not None:
            found.append(mention)
    return found


_COUNTRY_PARTS = frozenset(
    {"北部", "南部", "東部", "西部", "中部", "北東部", "北西部", "南東部", "南西部", "中西部"}
)


def _region_before_country(run: list[Token], lex: Lexicon) -> bool:
    """Whether the run opens with a region (南米, 中東) written right before a country name."""
    if len(run) < 2:
        return False
    region, country = lex.names.get(run[0].surface), lex.names.get(run[1].surface)
    return region is not None and region.label == "LOC" and country is not None and country.is_country


# People of a body, not one of its units (組合幹部, 同省幹部): the body's own mention is enough.
_STAFF_WORDS = frozenset({"幹部"})


def _unit(text: str, part: list[Token]) -> str | None:
    """The unit word of "organisation + unit" (警視庁|公安部, 外務省|北米局|… ending in 部)."""
    end = part[-1].end
    for token in part[1:]:
        owner = text[part[0].start : token.start]
        if (
            owner.endswith((*_HEADS, "省", "庁"))
            and 2 <= end - token.start <= 4
            and text[token.start : end] not in _STAFF_WORDS
        ):
            return text[token.start : end]
    return None


def _organisation(text: str, run: list[Token], lex: Lexicon) -> RawMention | None:
    for cut in range(len(run), 0, -1):
        if text[run[cut - 1].end - 1] not in _HEAD_ENDINGS:
            continue  # no head word can end here (most compounds: a cheap test first)
        part = run[:cut]
        rest = text[part[-1].end : run[-1].end]
        if rest and rest not in lex.title_set:
            continue  # the compound goes on past this word (and is no title)
        start, end = part[0].start, part[-1].end
        name = text[start:end]
        head = next((h for h in _HEADS if name.endswith(h)), None)
        if head is None and name.endswith(_UNIT_HEAD):
            head = _unit(text, part)
        if head is None or name in _NOT_NAMES or name in lex.names or len(name) > _MAX_CHARS:
            continue
        head_start = end - len(head)
        modifier = [t for t in part if t.end <= head_start]
        if len(name) <= len(head) or name.endswith(_NOT_ENDINGS):
            return None
        # one proper-noun token (証券取引等監視委員会), not a generic one (選挙管理委員会)
        single_proper = len(part) == 1 and part[0].is_proper and len(name) - len(head) >= 5
        association = head in _ASSOCIATION_HEADS and len(modifier) >= 2
        described = len(modifier) >= 3 and head_start - start >= 5  # 火山地質災害対策局
        unit = head.endswith(_UNIT_HEAD)
        command = head in _COMMAND_HEADS and name[: -len(head)] in _DIRECTIONS  # 南部戦区, 北方艦隊
        national = (  # a state body of the country named before (セネガルの憲法評議会), not a trade's union
            head not in _TRADE_HEADS | {"病院"}  # ジンバブエの公立病院: a kind of hospital
            and head_start - start >= 2
            and _of_country(text, start, lex)
        )
        central = name.startswith("中央") and head_start - start >= 4  # 中央選挙管理委員会: the national one
        if not (
            single_proper
            or central
            or association
            or described
            or unit
            or command
            or national
            or _distinctive(modifier, lex)
        ):
            return None
        country = next(
            (lex.names[t.surface].country for t in modifier[:1] if t.surface in lex.names),
            lex.short_forms.get(modifier[0].surface) if modifier else None,
        )
        return RawMention(start, end, name, "ORG", name, country=country)
    return None


_STATE_OWNER_ENDINGS = ("省", "州")  # ベトナム財務省の|税務総局, カルナタカ州の|労働局


def _of_country(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a country (or a ministry or state of one) and の come right before ``start``
    (セネガルの|憲法評議会, ベトナム財務省の|税務総局, カルナタカ州の|労働局): its own body."""
    if text[start - 1 : start] != "の":
        return False
    if text.endswith(_STATE_OWNER_ENDINGS, 0, start - 1):
        first = start - 2  # the owner's stretch of kanji and katakana, at most 12 characters back
        while first > max(0, start - 14) and (is_kanji(text[first - 1]) or is_katakana(text[first - 1])):
            first -= 1
        owner = text[first : start - 1]
        if owner == "同省" or (owner.endswith("省") and owner in lex.names):
            return True  # 国土交通省の|運輸審議会, 同省の|運輸審議会: a ministry's own body
        return any(
            (entry := lex.names.get(text[p : p + length])) is not None and entry.is_country
            for p in range(first, start - 3)
            for length in range(2, min(8, start - 2 - p) + 1)
        )
    for length in range(2, min(9, start)):
        entry = lex.names.get(text[start - 1 - length : start - 1])
        if entry is not None and entry.is_country:
            return True
    return False


# An address in brackets after a name: 丸菱食品（東京都港区）, 東光エレクトロン（大阪市）.
_ADDRESS_RE = re.compile(
    r"[（(](?:本社・?)?(?:東京都|北海道|大阪府|京都府|[一-龥]{1,3}県)?[一-龥]{1,6}[市区町村]?[）)]"
)
_TRADE_HEADS = frozenset({"連合会", "連合", "組合", "労組", "協会", "連盟", "同盟", "戦線", "学会", "共同体"})
_PREFECTURE_AND_TOWN_RE = re.compile(r"(?:東京都|北海道|大阪府|京都府|[一-龥]{1,3}県)[一-龥]{1,6}[市区町村]")
_NAME_CUTS = ("大手", "傘下", "子会社", "・")


def addressed_organisations(text: str, tokens: list[Token], lex: Lexicon) -> list[RawMention]:
    """A company or body named with its seat in brackets (丸菱食品（東京都港区）): ORG."""
    starts = {t.start for t in tokens}
    found: list[RawMention] = []
    position = text.find("（")
    while position > 0:
        match = _ADDRESS_RE.match(text, position)
        inside = (match.group(0)[1:-1] if match else "").removeprefix("本社").lstrip("・")
        place = lex.names.get(inside)  # （本社東京）: the seat's place
        if match is not None and (
            inside[:3] in _PREFECTURE_HEADS
            or inside[-1] in "都道府県市区町村"
            or (place is not None and place.label == "GPE")  # 東和ロジスティクス（東京）
        ):
            start = position
            while start > 0 and (is_kanji(text[start - 1]) or is_katakana(text[start - 1])):
                start -= 1
            if start > 0 and text[start - 1].isdigit():
                position = text.find("（", position + 1)
                continue  # a numbered unit (…発電所2号機（福井県）) is a facility, not a body
            for cut in _NAME_CUTS:
                found_cut = text.rfind(cut, start, position)
                if found_cut >= 0:
                    start = found_cut + len(cut)
            while start < position and start not in starts:
                start += 1
            name = text[start:position]
            entry = lex.names.get(name)
            if len(name) >= 2 and (entry is None or entry.label == "ORG"):
                found.append(RawMention(start, position, name, "ORG", name, company=True))
                address = match.group(0)[1:-1].removeprefix("本社").lstrip("・")
                if _PREFECTURE_AND_TOWN_RE.fullmatch(address) or (
                    place is not None and place.label == "GPE" and address == inside
                ):  # （東京都港区）, （本社東京）: one place, the seat
                    at = position + match.group(0).index(address)
                    found.append(RawMention(at, at + len(address), address, "GPE", address, country="JPN"))
        position = text.find("（", position + 1)
    return found


# A name in brackets after the kind of body it is: 野党「共に民主党」, 与党「国民の力」, 武装組織「…」.
# The kind of body before its name in 「」, or the members it is made of (…でつくる「X」).
BRACKET_KINDS = (
    r"(?:党|与党|野党|政党|団体|組織|武装組織|勢力|グループ|集団|ギャング|過激派|民兵|政治団体|市民団体|会派|連合|連立|同盟|運動|派|労組|労働組合|組合|機関"
    r"|部隊|チーム|クラブ|球団|局|通信社|新聞社|新聞|紙|企業|会社|でつくる|で作る|で構成する|が加盟する)"
)
_NAMED_BODY_TAILS = r"(?:同盟|連合|戦線|党|軍|運動|評議会|機構)"
_LEANINGS = r"(?:中道右派|中道左派|中道|極右|極左|右派|左派|右翼|左翼|保守派|リベラル派|革新派|急進左派)"
_BRACKETED_NAME_RE = re.compile(
    rf"(?:{BRACKET_KINDS}|{_LEANINGS}(?:系)?の"  # 中道右派の「新統一」: a party after its leaning
    # 武装勢力の「西部解放戦線」: a kind, の, then a name ending in a word for a body
    + rf"|{BRACKET_KINDS}の(?=「[^「」、。（）()]{{1,20}}{_NAMED_BODY_TAILS}」))"
    + r"(?:[（(][A-Z]{2,8}[）)])?「(?P<name>[^「」、。（）()]{2,24})(?:[（(][^「」（）()]{1,10}[）)])?」"
    # 「X」（IS）系の武装勢力; …を仕掛けたのは集団「X」で、
    r"(?:[（(][A-Z][A-Z0-9&]{1,7}[）)])?(?=[はがもをとのやに、]|系|で、)"
)


# An acronym written right after the kind of body it names: 労働組合GDLは, 武装組織RSFが.
_KIND_ACRONYM_RE = re.compile(
    r"(?:労働組合|労組|組合|団体|組織|武装組織|政党|勢力|部隊|企業|新興企業)"
    r"(?P<name>[A-Z][A-Z0-9&]{1,7}(?:[ァ-ヴ][ァ-ヴー]{1,10})?)(?=[はがもをとのに、])"
)


# A katakana name right after the kind of armed body it is (イスラム過激派アルシャバーブは,
# 民兵組織ヒズボラが), not a katakana common noun (武装組織メンバー, 過激派グループ).
_ARMED_KIND_NAME_RE = re.compile(
    r"(?:過激派|過激派組織|武装組織|武装勢力|民兵組織|テロ組織|武装ギャング)"
    r"(?!メンバー|グループ|リーダー|トップ|ネットワーク|キャンプ|ギャング)"
    r"(?P<name>[ァ-ヴ][ァ-ヴー・]{1,15}(?:[一-龥]{0,4}(?:軍|党|戦線|運動|同盟|評議会))?)"
    r"(?=[はがもをとのに、（(])"  # 武装組織クルド労働者党の, 武装勢力アラカン軍は
)

# The kind of armed body written before its name (反政府武装組織X, 非合法武装組織X): no part of it.
ARMED_KIND_RE = re.compile(
    r"^[一-龥]{0,4}?(?:武装組織|武装勢力|過激派組織|民兵組織|テロ組織|武装集団)(?=[一-龥ァ-ヴ])"
)


# A second name in 「」 joined to the first (武装勢力「X」と「Y」は): the kind covers both.
_JOINED_NAME_RE = re.compile(
    r"(?:と|や|、|および|及び)「(?P<name>[^「」、。（）()]{2,24})」(?:[（(][A-Z][A-Z0-9&]{1,7}[）)])?"
    r"(?=[はがもをとのやに、])"
)


def bracketed_names(text: str) -> list[RawMention]:
    """ORG candidates for names written in 「」 after the kind of body they are, and acronyms
    written right after it (労働組合GDL); names in 「」 joined to such a name share its kind."""
    found = [
        RawMention(m.start("name"), m.end("name"), m.group("name"), "ORG", m.group("name"))
        for regex in (_BRACKETED_NAME_RE, _KIND_ACRONYM_RE, _ARMED_KIND_NAME_RE)
        for m in regex.finditer(text)
    ]
    for first in [m for m in found if text[m.start - 1 : m.start] == "「"]:
        end = text.find("」", first.end) + 1
        joined = _JOINED_NAME_RE.match(text, end)
        while joined is not None:
            name = joined.group("name")
            found.append(RawMention(joined.start("name"), joined.end("name"), name, "ORG", name))
            joined = _JOINED_NAME_RE.match(text, joined.end("name") + 1)
    for first in [m for m in found if text[m.start - 1 : m.start] == "「"]:
        quoted = f"「{first.text}」"  # 環境政党「X」は… 「X」などと: the name in brackets again
        position = text.find(quoted, first.end)
        while position >= 0:
            found.append(
                RawMention(position + 1, position + 1 + len(first.text), first.text, "ORG", first.text)
            )
            position = text.find(quoted, position + len(quoted))
        if len(first.text) >= 3:
            found.extend(_bare_repeats(text, first))
    return found


# A body of a numbered district (第6管区海上保安本部, 第3方面隊): its number opens the name.
_NUMBERED_BODY_RE = re.compile(
    r"(?<![一-龥0-9０-９])第[0-9０-９]{1,2}(?:管区|方面|軍管区)[一-龥]{0,10}?(?:本部|局|隊|署)(?![一-龥])"
)


def numbered_bodies(text: str) -> list[RawMention]:
    """ORG candidates for the bodies of numbered districts (第6管区海上保安本部)."""
    return [
        RawMention(m.start(), m.end(), m.group(0), "ORG", m.group(0))
        for m in _NUMBERED_BODY_RE.finditer(text)
    ]


_BARE_OPENERS = frozenset("。、\n」　 ")
_BARE_PARTICLES = frozenset("はがもをのと")


def _bare_repeats(text: str, first: RawMention) -> list[RawMention]:
    """A bracketed name written again without brackets as a clause's first word (野党「新しい道」
    … 新しい道は同日): the same body."""
    found = []
    position = text.find(first.text, first.end + 1)
    while position >= 0:
        end = position + len(first.text)
        if (
            text[position - 1 : position] in _BARE_OPENERS
            and text[end : end + 1] in _BARE_PARTICLES
            and text[position - 1 : position] != "「"
        ):
            found.append(RawMention(position, end, first.text, "ORG", first.text))
        position = text.find(first.text, end)
    return found


# A party named after its political leaning: 中道右派の民主同盟が, 極右のシェーガは.
_LEANING_RE = re.compile(
    _LEANINGS + r"(?:系)?の"
    r"(?P<name>[ァ-ヴー]{3,12}|[一-龥]{2,6}(?:党|同盟|連合|戦線|連盟))(?=[はがもをとの、])"
)
# A national association of office holders or trades: 全国知事会, 全国市長会, 日本医師会.
_NATIONAL_BODY_RE = re.compile(r"(?<![一-龥])(?P<name>(?:全国|日本)[一-龥]{2,4}会)(?=[はがもをとの、。])")
# A party written after its side in brackets-free apposition: 与党・国民再生運動の, 最大野党・X は.
_PARTY_AFTER_SIDE_RE = re.compile(
    r"(?:与党|野党|最大野党|第1党|第2党|政権党)・(?P<name>[一-龥ァ-ヴー]{2,12}?)(?=[のはがもと、])"
)
# A party or caucus named after "the (largest) opposition party's" or "the caucus that is":
# 最大野党の国民民主会議は, 最大会派である県民クラブの; its name ends in a body word.
_PARTY_OF_SIDE_RE = re.compile(
    r"(?:与党|野党|最大野党|第1党|第2党|政権党|会派|最大会派|野党会派|[一-龥]{2,6}政党)(?:の|である)"
    r"(?P<name>[一-龥ァ-ヴー]{2,10}?(?:党|会議|クラブ|連合|同盟|戦線|運動|連盟|フォーラム))(?=[のはがもとな、])"
)
# A faction named by a katakana name (フーシ派, ワグネル派), not a leaning (親ロシア派: a place).
_KATAKANA_FACTION_RE = re.compile(r"(?<![ァ-ヴー・])[ァ-ヴ][ァ-ヴー]{2,11}派(?=[はがもをにのと、])")
_NOT_BODY_ENDINGS = ("大会", "総会", "国会", "議会", "社会", "機会", "再会", "面会", "集会", "学会", "会合")


def _occurrences(text: str, name: str, start: int) -> list[int]:
    positions = []
    position = start
    while position >= 0:
        positions.append(position)
        position = text.find(name, position + len(name))
    return positions


def named_by_leaning(text: str, tokens: list[Token], lex: Lexicon) -> list[RawMention]:
    """ORG candidates for parties named after their leaning, factions named by a katakana name
    and national bodies named 全国…会."""
    starts = {t.start for t in tokens}
    found: list[RawMention] = []
    for match in _LEANING_RE.finditer(text):
        start = match.start("name")
        name = match.group("name")
        if start in starts and name not in lex.names and name not in lex.title_set:
            found.extend(  # the name again, later, at a word start (民主同盟を率いる)
                RawMention(position, position + len(name), name, "ORG", name)
                for position in _occurrences(text, name, start)
                if position in starts
                and not is_katakana(text[position + len(name) : position + len(name) + 1] or "a")
            )
    for match in _PARTY_AFTER_SIDE_RE.finditer(text):
        name = match.group("name")
        if name not in lex.names and match.start("name") in starts:
            found.append(RawMention(match.start("name"), match.end("name"), name, "ORG", name))  # 与党・X
    for match in _PARTY_OF_SIDE_RE.finditer(text):
        start = match.start("name")
        name = match.group("name")
        if start in starts and name not in lex.names and len(name) >= 4:
            found.extend(  # the name again, earlier or later, at a word start (県民クラブなど3会派は)
                RawMention(position, position + len(name), name, "ORG", name)
                for position in _occurrences(text, name, text.find(name))
                if position in starts and not is_kanji(text[position - 1 : position] or "a")
            )
    for match in _KATAKANA_FACTION_RE.finditer(text):
        name = match.group(0)
        if name[:-1] not in lex.names and match.start() in starts:
            found.append(RawMention(match.start(), match.end(), name, "ORG", name))  # フーシ派は
    for match in _NATIONAL_BODY_RE.finditer(text):
        name = match.group("name")
        if not name.endswith(_NOT_BODY_ENDINGS) and name not in lex.names:
            found.append(RawMention(match.start(), match.end(), name, "ORG", name, country="JPN"))
    return found


# A newspaper, magazine or broadcaster named after its kind: 米紙ワシントン・ポスト, 英誌エコノミスト.
_PRESS_RE = re.compile(
    r"(?P<kind>(?P<country>米|英|仏|独|伊|露|ロ|中|韓|豪|加|印|台)?(?:地元|現地|有力|経済|国営)?(?:紙|誌|通信|テレビ))"
    r"(?P<name>[ァ-ヴー][ァ-ヴー・]{1,19})(?![ァ-ヴー・])"
)


def press_names(text: str, lex: Lexicon) -> list[RawMention]:
    """ORG candidates for news media named after their kind (米紙ワシントン・ポスト)."""
    found: list[RawMention] = []
    for match in _PRESS_RE.finditer(text):
        kind = match.group("kind")
        if len(kind) < 2 or match.group("name").endswith("・"):
            continue  # a country or local word before 紙/誌/通信/テレビ is required
        country = lex.short_forms.get(match.group("country") or "")
        start, end = match.span("name")
        found.append(RawMention(start, end, match.group("name"), "ORG", match.group("name"), country=country))
    for match in _COUNTRY_PRESS_RE.finditer(text):
        entry = lex.names.get(match.group("country"))
        if entry is None or not entry.is_country or match.group("name").endswith("・"):
            continue  # スペイン紙マルカ: a country named in full before 紙/誌
        start, end = match.span("name")
        found.append(
            RawMention(start, end, match.group("name"), "ORG", match.group("name"), country=entry.country)
        )
    return found


_COUNTRY_PRESS_RE = re.compile(
    r"(?<![ァ-ヴー・一-龥])(?P<country>[ァ-ヴー]{2,10}|[一-龥]{2,3})(?:紙|誌)(?P<name>[ァ-ヴー][ァ-ヴー・]{1,19})(?![ァ-ヴー・])"
)


# A katakana proper noun (not a person or place to Sudachi) that is a sentence's subject, in a
# sentence about what companies do: ホンダは…リコールすると発表した.
_COMPANY_ACTS_RE = re.compile(
    r"リコール|買収|提携|合併|出資|決算|株価|社長|会長|最高経営責任者|CEO|子会社|工場|従業員|値上げ|新製品|発売|販売|生産|事業|株主"
)
_SUBJECT_PARTICLES = frozenset("はがも")


def katakana_companies(text: str, tokens: list[Token]) -> list[RawMention]:
    """ORG candidates for katakana proper nouns that act as companies (ホンダは…リコール)."""
    found: list[RawMention] = []
    for token in tokens:
        surface = token.surface
        if (
            token.pos[1:3] != ("固有名詞", "一般")
            or len(surface) < 3
            or not all(is_katakana(c) for c in surface)
            or text[token.end : token.end + 1] not in _SUBJECT_PARTICLES
            or (token.start > 0 and (is_kanji(text[token.start - 1]) or is_katakana(text[token.start - 1])))
        ):
            continue
        sentence_start = text.rfind("。", 0, token.start) + 1
        sentence_end = text.find("。", token.end)
        if _COMPANY_ACTS_RE.search(text, sentence_start, sentence_end if sentence_end >= 0 else len(text)):
            found.append(RawMention(token.start, token.end, surface, "ORG", surface, company=True))
    return found


_PREFECTURE_HEADS = ("東京都", "北海道", "大阪府", "京都府")
_COMMITTEE = "委員会"


_UNIT_AFTER_RE = re.compile(
    r"(?:第[0-9０-９]{1,2})?(?:小法廷|大法廷)|(?:刑事|民事)第?[0-9０-９]{0,2}部|[一-龥]{2,3}支部(?![一-龥])"
)  # 最高裁第1小法廷, 東京地裁刑事第3部, X高裁Y支部


def with_units(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """A court or office mention extended over the unit written after it (最高裁第1小法廷,
    東京地裁刑事第3部, X高裁Y支部): one mention of the same organisation."""
    out: list[RawMention] = []
    for mention in mentions:
        unit = _UNIT_AFTER_RE.match(text, mention.end) if mention.label == "ORG" else None
        if unit is None:
            out.append(mention)
            continue
        end = unit.end()
        out.append(
            RawMention(
                mention.start,
                end,
                text[mention.start : end],
                "ORG",
                mention.name,
                country=mention.country,
                lexical=mention.lexical,
            )
        )
    return out


def committee_short_forms(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """Later short forms of a committee named in full (証券取引等監視委員会 … 監視委): the two
    characters before 委員会 and 委, outside other mentions except a place the short form begins
    with (欧州委: not the region 欧州)."""
    places = ("GPE", "LOC")
    occupied = {p for m in mentions if m.label not in places for p in range(m.start, m.end)}
    added: list[RawMention] = []
    for mention in mentions:
        name = mention.name
        if mention.label != "ORG" or not name.endswith(_COMMITTEE) or len(name) < len(_COMMITTEE) + 2:
            continue
        short = name[-len(_COMMITTEE) - 2 : -len(_COMMITTEE)] + "委"
        position = text.find(short, mention.end)
        while position >= 0:
            end = position + len(short)
            if not any(p in occupied for p in range(position, end)) and not (
                end < len(text) and is_kanji(text[end]) and text[end] not in "はがもの"
            ):
                added.append(RawMention(position, end, short, "ORG", name))
                occupied.update(range(position, end))
            position = text.find(short, end)
    if added:
        mentions = [
            m
            for m in mentions
            if m.label not in places or not any(p in occupied for p in range(m.start, m.end))
        ]
    return sorted(mentions + added, key=lambda m: m.start)


# The kinds of place that have an assembly: prefecture, city, town, village, ward or state.
_ASSEMBLY_PLACE_KINDS = "県|府|都|道|市|町|村|区|州"
# The assembly of a prefecture, city, town, village or state: 奈良県議会, 横浜市議会, 北海道議会, X町議会,
# カリフォルニア州議会; after its prefecture too (X県|Y市議会: the city's).
_LOCAL_ASSEMBLY_RE = re.compile(
    r"(?:(?<![一-龥ァ-ヴー])|(?<=[県府都道]))(?P<place>[一-龥]{1,4}|[ァ-ヴ][ァ-ヴー]{1,10})"
    rf"(?P<kind>{_ASSEMBLY_PLACE_KINDS})議会(?=[^一-龥ァ-ヴー])"
)
# A weather observatory named by its place (X地方気象台, Y管区気象台, Z気象台).
_OBSERVATORY_RE = re.compile(
    r"(?<![一-龥ァ-ヴー])(?P<place>[一-龥]{2,4}?)(?:地方|管区)?気象台(?![一-龥ァ-ヴー])"
)


def place_bodies(text: str, tokens: list[Token], lex: Lexicon) -> list[RawMention]:
    """ORG candidates for a body named by its place: the assembly of a known prefecture, city or
    state (奈良県議会) or of a place Sudachi knows (X市議会, Y町議会), a weather observatory
    (X地方気象台), and each written again by its kind alone."""
    places = frozenset((t.start, t.end) for t in tokens if t.is_place_name)
    found = [
        mention
        for match in _LOCAL_ASSEMBLY_RE.finditer(text)
        if (mention := _named_by_place(match, match.group("kind"), places, lex)) is not None
    ] + [
        mention
        for match in _OBSERVATORY_RE.finditer(text)
        if (mention := _named_by_place(match, "", places, lex)) is not None
    ]
    return found + _bare_assemblies(text, found)


def _named_by_place(
    match: re.Match[str], place_kind: str, places: frozenset[tuple[int, int]], lex: Lexicon
) -> RawMention | None:
    """The body ``match`` names when its place (the ``place`` group, a ``place_kind`` like 県 or 市 after
    it, or none) is a known place below a country or a place name Sudachi knows; None otherwise."""
    place = match.group("place")
    entry = (lex.names.get(place + place_kind) if place_kind else None) or lex.names.get(place)
    known = entry is not None and entry.label == "GPE" and not entry.is_country
    if not known and match.span("place") not in places:
        return None
    country = entry.country if entry is not None else None
    if is_kanji(place[0]) and place_kind != "州":
        country = "JPN"
    return RawMention(match.start(), match.end(), match.group(0), "ORG", match.group(0), country=country)


# The assembly or observatory written again by its kind alone as a subject or partner (X県議会 …
# 県議会は, X地方気象台 … 気象台は: the one named before); not 県議会の解散も, which the quote reader
# would take for a topic.
_BARE_ASSEMBLY_RE = re.compile(
    rf"(?<![一-龥ァ-ヴー])(?:(?:{_ASSEMBLY_PLACE_KINDS})議会|気象台)(?=は|が|も|と|に対し|によると)"
)


def _bare_assemblies(text: str, named: list[RawMention]) -> list[RawMention]:
    """A bare 県議会 / 市議会 / 気象台 subject after a named one of the same kind: a mention of it."""
    found: list[RawMention] = []
    for match in _BARE_ASSEMBLY_RE.finditer(text):
        latest = next(
            (m for m in reversed(named) if m.end <= match.start() and m.name.endswith(match.group(0))), None
        )
        if latest is not None:
            found.append(replace(latest, start=match.start(), end=match.end(), text=match.group(0)))
    return found
