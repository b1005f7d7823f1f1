"""Entity mention finding: names from the lexicon, rules on Sudachi tokens and character classes.

Produces ``RawMention`` candidates (names, anaphors such as 同氏 / 同社, group words such as
両首脳) and resolves overlaps: the longest span wins, then the label priority
PERSON > ORG > GROUP > GPE > LOC. Coreference (``coref.py``) turns them into entities.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from kijiyomi.reading.entity_clubs import _company_partners, _sports_clubs
from kijiyomi.reading.entity_orgs import _OrgRules
from kijiyomi.reading.entity_persons import _PersonRules
from kijiyomi.reading.entity_places import _PlaceRules
from kijiyomi.reading.entity_words import _AGENCIES, _ANAPHOR_NOUNS, _CREDIT_RE, _anaphor_head
from kijiyomi.reading.lexicon import lexicon
from kijiyomi.reading.mentions import RawMention, is_kanji, is_katakana, select
from kijiyomi.reading.tokens import Token

_MEMBER_ANAPHOR_RE = re.compile(r"同委員(?=[はがのもにと、])")
# A body's staff written after 同X without の (同党幹部は, 同社関係者によると): 同X is the body.
_STAFF_AFTER_RE = re.compile(r"(?:幹部|関係者|担当者|役員|首脳部)(?:ら)?(?:[はがもの]|によると|によれば)")

_ELECTION_BOARD_SHORT = ("県選管", "市選管", "都選管", "府選管")  # 県選挙管理委員会 named before
_PARTICLES_AFTER = frozenset("はがのにでをもと、")
COUNTED_GROUP_RE = re.compile(
    r"[2-9２-９](?:カ国|か国|機関|首脳|外相|首相|閣僚|氏)"
)  # 3カ国, 3機関, 3首脳, 4氏
_COUNTED_GROUP_RE = re.compile(
    r"(?:(?<=[、。」\n])|(?<=[ぁ-ん]の)|(?<=[ァ-ヴー]の)|(?<=[一-龥]の))"
    rf"(?P<word>{COUNTED_GROUP_RE.pattern})"
    r"(?=は|が|も|の(?![首外閣国])|に対し|による|を非難|で)"
)


class _Finder(_PersonRules, _OrgRules, _PlaceRules):
    # -- passes ------------------------------------------------------------------------------
    def run(self) -> list[RawMention]:
        self.lexicon_names()
        self.surname_names_with_office()
        self.titled_persons()
        self.token_persons()
        self.leaders_of_governments()
        self.former_office_holders()
        self.state_organisations()
        self.suffix_organisations()
        self.acronym_organisations()
        self.club_organisations()
        self.stations_and_courts()
        self.caucuses()
        self.legal_teams()
        self.committees()
        self.offices_of_state()
        self.bodies_of_a_state()
        self.stationed_forces()
        self.described_bodies()
        self.dotted_national_bodies()
        self.described_companies()
        self.katakana_companies()
        self.token_places()
        self.capitals()
        self.visited_places()
        self.country_compounds()
        self.anaphors()
        self.counted_groups()
        self.credits()
        return self.out

    def counted_groups(self) -> None:
        """A counted group that stands for bodies listed before (英国、フランス、ドイツの3カ国は,
        …3機関は来年): a GROUP; not a count inside a name or a kind (主要7カ国, 欧州3カ国を)."""
        for match in _COUNTED_GROUP_RE.finditer(self.text):
            self.add(match.start(), match.end("word"), "GROUP", match.group("word"), kind="group")

    def credits(self) -> None:
        """News agencies in wire credits: 【ワシントン共同】, （時事）, ［ジュネーブ　１２日　ロイター］."""
        for match in _CREDIT_RE.finditer(self.text):
            name, country = _AGENCIES[match.group("agency")]
            self.add(match.start("agency"), match.end("agency"), "ORG", name, country=country, lexical=True)
            self._dateline_place(match.start() + 1, match.start("agency"))

    def _dateline_place(self, start: int, end: int) -> None:
        """The katakana city a wire story is filed from (［トロムソ　１６日　ロイター］, 【ナミュール共同】)
        is a place, and so is every later whole-word mention of it, when the lexicon does not know it."""
        place = _DATELINE_PLACE_RE.match(self.text, start)
        if place is None or place.end() > end or place.group(0) in self.lex.names:
            return
        name = place.group(0)
        for found in re.finditer(re.escape(name), self.text):
            before = self.text[found.start() - 1 : found.start()]
            after = self.text[found.end() : found.end() + 1]
            if not (before and is_katakana(before)) and not (after and is_katakana(after)):
                self.add(found.start(), found.end(), "GPE", name)

    def lexicon_names(self) -> None:
        for token, key, end, entry in self.lexicon_tokens():
            if entry.label == "ORG" and key != entry.canonical and self._inside_kanji_word(token.start):
                continue  # 平和安全保障理事会 is not the UN's 安全保障理事会
            if entry.label == "ORG" and self.text[token.start - 1 : token.start] == "今":
                continue  # 今国会での解散: the body's current session, not the body
            if entry.label == "GROUP":
                if self.text[token.start - 1 : token.start] == "の" and (
                    self.title_at(end) is not None or self.text.startswith(("首脳", "閣僚"), end)
                ):
                    continue  # EUの加盟国外相: the ministers of the body's members, the body speaks
                self.add(token.start, end, "GROUP", entry.canonical, kind="group", lexical=True)
            else:
                japanese = entry.country == "JPN" and entry.label == "ORG"
                foreign = self._foreign_owner(token.start) if japanese else None
                if foreign is not None:  # ブラジルの最高裁, 韓国の国会: that country's body, by its own name
                    surface = self.text[token.start : end]
                    self.add(token.start, end, "ORG", surface, country=foreign, lexical=True)
                else:
                    self.add(
                        token.start, end, entry.label, entry.canonical, country=entry.country, lexical=True
                    )

    def _foreign_owner(self, start: int) -> str | None:
        """The iso3 of a country other than Japan written right before ``start`` with の."""
        if self.text[start - 1 : start] != "の":
            return None
        for length in range(2, 9):
            name = self.text[start - 1 - length : start - 1]
            iso3 = self.lex.country_names.get(name)
            if iso3 is not None and iso3 != "JPN":
                before = self.text[start - 2 - length : start - 1 - length]
                return iso3 if not before or not (is_kanji(before) or is_katakana(before)) else None
        return None

    def anaphors(self) -> None:
        text = self.text
        position = text.find("同")
        while position >= 0:
            title = self.title_at(position + 1)
            nxt = text[position + 1 : position + 2]
            longer = _anaphor_head(text, position + 1)
            if title is not None and longer is not None and len(longer) > len(title):
                title = None  # 同選手会: the players' union, not 同選手
            if title is None and _MEMBER_ANAPHOR_RE.match(text, position):
                title = "委員"  # 同委員は: the commissioner or member named before (not 同委員会, 同委員長)
            if title is not None and (position == 0 or not is_kanji(text[position - 1])):
                self.add(position, position + 1 + len(title), "PERSON", title, role=title, kind="anaphor")
            elif (head := _anaphor_head(text, position + 1)) is not None and (
                position == 0 or not is_kanji(text[position - 1])
            ):
                self.add(position, position + 1 + len(head), "ORG", head, kind="anaphor")  # 同組合, 同警察
            elif text.startswith(("諸島", "島"), position + 1) and (
                position == 0 or not is_kanji(text[position - 1])
            ):
                noun = "諸島" if nxt == "諸" else "島"
                if text[position + 1 + len(noun) : position + 2 + len(noun)] in _PARTICLES_AFTER:
                    self.add(position, position + 1 + len(noun), "LOC", noun, kind="anaphor")  # 同諸島
            elif (
                nxt == "相"
                and (position == 0 or not is_kanji(text[position - 1]))
                and text[position + 2 : position + 3] in ("は", "が", "も", "の", "に", "と", "、")
            ):
                self.add(position, position + 2, "PERSON", "相", role="相", kind="anaphor")  # 同相は
            elif nxt in _ANAPHOR_NOUNS and (position == 0 or not is_kanji(text[position - 1])):
                end = position + 2
                if (
                    end >= len(text)
                    or not is_kanji(text[end])
                    or text[end] in "はがもの"
                    or text.startswith(("政府", "当局", "側", "軍", "首脳", "国内"), end)
                    or (nxt in "国県州" and text.startswith("産", end))  # 同国産牛肉: that country's
                    or (nxt in "国県州" and _REGION_OF_RE.match(text, end) is not None)  # 同州北部, 同県X市
                    or (_ANAPHOR_NOUNS[nxt] == "ORG" and self.title_at(end) is not None)  # 同省報道官
                    or (_ANAPHOR_NOUNS[nxt] == "ORG" and _STAFF_AFTER_RE.match(text, end) is not None)
                ):
                    self.add(position, end, _ANAPHOR_NOUNS[nxt], nxt, kind="anaphor")
            elif (tail := _named_tail(text, position)) is not None:
                self.add(position, position + 1 + len(tail), "ORG", tail, kind="anaphor")  # 同リーグ, 同支部
            position = text.find("同", position + 1)
        # The prefecture named before, written as 県 alone opening a clause (県によると, 県は).
        for match in _BARE_PREFECTURE_RE.finditer(text):
            if _PREFECTURE_NAMED_RE.search(text, 0, match.start()):
                self.add(match.start(1), match.end(1), "GPE", "県", kind="anaphor")
        # Short police/prosecutor forms after a full name: 府警, 県警, 地検.
        for short_form in ("府警", "県警", "地検", "市当局", "中銀", *_ELECTION_BOARD_SHORT):
            position = text.find(short_form)
            while position >= 0:
                start = position - 1 if text[position - 1 : position] == "同" else position
                if start == 0 or not is_kanji(text[start - 1]):  # 地検, 同地検
                    self.add(start, position + len(short_form), "ORG", short_form, kind="anaphor")
                position = text.find(short_form, position + 1)


_BARE_PREFECTURE_RE = re.compile(r"(?:^|(?<=[。、「\n]))(県)(?=によると|によれば|は|が|も|として)")
_PREFECTURE_NAMED_RE = re.compile(r"[一-龥]{1,3}県(?![一-龥])")
# A part of what 同 refers to (同国南部, 同州北東部), or a town in it (同県宍粟市).
_REGION_OF_RE = re.compile(r"(?:[北南][東西]?|[東西中])部|[一-龥]{1,3}(?:市|町|村|郡)(?![一-龥])")


_DATELINE_PLACE_RE = re.compile(r"[ァ-ヴ][ァ-ヴー]{1,11}(?=[　 ]|共同|時事)")


def find_mentions(text: str, tokens: list[Token]) -> list[RawMention]:
    """All mention candidates of ``text``, overlaps resolved, in text order."""
    from kijiyomi.reading import orgnames  # it builds on RawMention

    lex = lexicon()
    finder = _Finder(text, tokens, lex)
    candidates = (
        finder.run()
        + orgnames.compound_organisations(text, tokens, lex)
        + orgnames.addressed_organisations(text, tokens, lex)
        + orgnames.bracketed_names(text)
        + orgnames.numbered_bodies(text)
        + orgnames.named_by_leaning(text, tokens, lex)
        + orgnames.press_names(text, lex)
        + orgnames.place_bodies(text, tokens, lex)
        + orgnames.katakana_companies(text, tokens)
    )
    selected = orgnames.with_units(text, orgnames.committee_short_forms(text, select(candidates)))
    common = frozenset((t.start, t.end) for t in tokens if t.pos[:2] == ("名詞", "普通名詞") and not t.oov)
    clubs = _company_partners(text, _sports_clubs(text, selected), common)
    kinds = _kinds_before_names(text, _mayors_of_named_places(text, clubs))
    trimmed = [_subsidiary_name(text, _without_sea_or_inside(text, _without_armed_kind(m))) for m in kinds]
    placed = _landmasses(text, _off_coasts(text, trimmed))
    return _repeated_names(text, _written_acronyms(text, placed))


def _without_armed_kind(mention: RawMention) -> RawMention:
    """An organisation found with the kind of armed body before its name (武装組織リビア国民軍,
    反政府武装勢力X解放戦線) is named without it."""
    from kijiyomi.reading.orgnames import ARMED_KIND_RE

    if mention.label != "ORG" or mention.kind != "name":
        return mention
    kind = ARMED_KIND_RE.match(mention.text)
    if kind is None or len(mention.text) - kind.end() < 2:
        return mention
    rest = mention.text[kind.end() :]
    name = rest if mention.name == mention.text else mention.name
    return replace(mention, start=mention.start + kind.end(), text=rest, name=name)


_TAIL_RE = re.compile(r"[一-龥ァ-ヴー]{2,5}")


def _named_tail(text: str, position: int) -> str | None:
    """同X where X ends a longer name written before (ベルギー・プロリーグ … 同リーグ, 金属労組蔚山支部 …
    同支部): an anaphor of that organisation."""
    if position > 0 and is_kanji(text[position - 1]):
        return None
    run = _TAIL_RE.match(text, position + 1)
    if run is None or (run.end() < len(text) and text[run.end()] in "・＝"):
        return None
    tail = run.group(0)
    earlier = text.find(tail, 0, position)
    while earlier > 0:
        after = earlier + len(tail)
        if (
            (is_kanji(text[earlier - 1]) or is_katakana(text[earlier - 1]))
            and text[earlier - 1] != "同"
            and (after >= len(text) or not (is_kanji(text[after]) or is_katakana(text[after])))
        ):
            return tail
        earlier = text.find(tail, after, position)
    return None


def _stands_alone(text: str, start: int, end: int) -> bool:
    """No kanji or katakana runs on into the span from either side (it is a word of its own)."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return not any(c and (is_kanji(c) or is_katakana(c)) for c in (before, after))


def _repeated_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """An organisation's name found once from its context (ベトナム財務省の|税務総局) names it again
    wherever it is written alone later on (税務総局は…調査していた)."""
    taken = [(m.start, m.end) for m in mentions]
    added: list[RawMention] = []
    seen: set[str] = set()
    for m in mentions:
        if m.label != "ORG" or m.kind != "name" or len(m.text) < 3 or m.text in seen:
            continue
        seen.add(m.text)
        position = text.find(m.text, m.end)
        while position >= 0:
            end = position + len(m.text)
            if _stands_alone(text, position, end) and not any(s < end and position < e for s, e in taken):
                added.append(replace(m, start=position, end=end))
                taken.append((position, end))
            position = text.find(m.text, end)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


def _mayors_of_named_places(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """A listed town's name with 長 right after another place's の (高山市の田辺市長) is the mayor's
    surname and title, not the town (the place named first is the one governed)."""
    kept: list[RawMention] = []
    for m in mentions:
        suffix = m.text[-1:]
        if (
            m.label == "GPE"
            and suffix in "市町村"
            and len(m.text) >= 3
            and text.startswith("長", m.end)
            and text[m.start - 2 : m.start] in ("市の", "町の", "村の", "県の", "区の")
        ):
            title = suffix + "長"
            kept.append(
                RawMention(m.start, m.end + 1, text[m.start : m.end + 1], "PERSON", m.text[:-1], role=title)
            )
            continue
        kept.append(m)
    return kept


def _kinds_before_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """A kind of body right before the name it has in 「」 (国営テレビ局「X」) describes that name; it
    is no organisation of its own."""
    named = {m.start for m in mentions if m.label == "ORG" and text[m.start - 1 : m.start] == "「"}
    if not named:
        return mentions
    return [
        m
        for m in mentions
        if not (
            m.label == "ORG" and m.kind == "name" and m.end + 1 in named and text[m.end : m.end + 1] == "「"
        )
    ]


def _written_acronyms(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """An acronym in brackets right after an organisation's full name stands for that name, not
    for what the lexicon spells out (国際商業会議所（ICC）: not the 国際刑事裁判所)."""
    spelled: dict[str, str] = {}
    for first, second in pairwise(mentions):
        if (
            first.label == "ORG"
            and second.label == "ORG"
            and second.text.isascii()
            and second.start == first.end + 1
            and text[first.end : first.end + 1] in ("（", "(")
            and second.name != first.name
            and len(first.text) >= 4
        ):
            spelled[second.text] = first.name
    if not spelled:
        return mentions
    return [
        replace(m, name=spelled[m.text]) if m.label == "ORG" and m.text in spelled else m for m in mentions
    ]


_RIVER_AFTER_RE = re.compile(
    r"(?:川|湖|山脈)(?:(?![一-龥ァ-ヴー])|(?=沿い|周辺|流域|上流|下流|水系|付近|河口|岸))"
)  # not 中国湖南省


_OFF_COAST_RE = re.compile(r"(?<![ァ-ヴー・])[ァ-ヴ][ァ-ヴー]{1,10}(?=沖[のでにはをへ、])")


def _off_coasts(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """An unlisted katakana place written before 沖 (北部ジャフナ沖の): the town or island, a GPE."""
    added = [
        RawMention(match.start(), match.end(), match.group(0), "GPE", match.group(0))
        for match in _OFF_COAST_RE.finditer(text)
        if not any(m.start < match.end() and m.end > match.start() for m in mentions)
    ]
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


_SUBSIDIARY_TAIL_RE = re.compile(
    r"(?:ネットワーク|ホールディングス|エナジー|パワー|サービス|ソリューションズ|テクノロジーズ)(?=[はがのをにともや、（(]|によ)"
)


def _subsidiary_name(text: str, mention: RawMention) -> RawMention:
    """A company with a katakana tail of a business line (東北電力ネットワーク, X電力パワー): the
    subsidiary's own name."""
    if mention.label != "ORG" or mention.kind != "name":
        return mention
    tail = _SUBSIDIARY_TAIL_RE.match(text, mention.end)
    if tail is None:
        return mention
    name = text[mention.start : tail.end()]
    return replace(mention, end=tail.end(), text=name, name=name, lexical=False)


def _without_sea_or_inside(text: str, mention: RawMention) -> RawMention:
    """A place read with 沖 (新潟県沖) is the place (新潟県); a katakana city read with the 市 of
    市内 (ソウル市内) is the city's name (ソウル)."""
    if mention.label != "GPE" or mention.kind != "name":
        return mention
    off_coast = mention.text.endswith("県沖") or (
        mention.text.endswith("沖") and mention.lexical is False and len(mention.text) > 2
    )
    inside_city = (
        mention.text.endswith("市")
        and text.startswith("内", mention.end)
        and len(mention.text) >= 3
        and all(is_katakana(c) for c in mention.text[:-1])
    )
    if not (off_coast or inside_city):
        return mention
    name = mention.text[:-1]
    return replace(
        mention, end=mention.end - 1, text=name, name=name if mention.name == mention.text else mention.name
    )


def _landmasses(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """A place inside a treaty's name is no mention (南極条約, not 北大西洋条約機構); a country before
    川/湖/山脈 names the river, lake or range (セネガル川, LOC); a place before 大陸 names the continent
    (南極大陸, LOC)."""
    kept: list[RawMention] = []
    for mention in mentions:
        if mention.label in ("GPE", "LOC") and mention.kind == "name":
            if text.startswith("条約", mention.end) and not text.startswith("条約機構", mention.end):
                continue
            river = _RIVER_AFTER_RE.match(text, mention.end)
            if river is not None and mention.label == "GPE":  # セネガル川, チャド湖: named after the land
                name = text[mention.start : river.end()]
                kept.append(
                    replace(mention, end=river.end(), text=name, label="LOC", name=name, country=None)
                )
                continue
            if text.startswith("大陸", mention.end) and not text.startswith("大陸間", mention.end):
                name = text[mention.start : mention.end + 2]
                kept.append(replace(mention, end=mention.end + 2, text=name, label="LOC", name=name))
                continue
        kept.append(mention)
    return kept
