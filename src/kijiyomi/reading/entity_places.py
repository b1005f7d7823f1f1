"""Place mentions by rule: capitals, visited places, place tokens and suffixes, and country
compounds split into countries (米ロ → 米 + ロ)."""

from __future__ import annotations

import re

from kijiyomi.reading.entity_finder import _FinderBase
from kijiyomi.reading.entity_words import (
    _ACRONYM_RE,
    _DIRECTED_PLACE_RE,
    _KANJI_GEO_RE,
    _KATAKANA_GEO_RE,
    _LOC_SUFFIXES,
    _NOT_KANJI_GEO,
    _PLACE_SUFFIXES,
    _REGION_PLACE_RE,
    _REGION_PROVINCE_RE,
    _TOWN_PLACE_RE,
    _VISITED_RE,
)
from kijiyomi.reading.mentions import _katakana_name_start, is_kanji, is_katakana

# A story that names a Japanese prefecture; words before 市/町/村 that name a kind of town, not
# one town (中核市, 近隣町村).
_PREFECTURE_RE = re.compile(r"[一-龥]{2,3}県|東京都|北海道|大阪府|京都府")
_GENERIC_MUNICIPAL_WORDS = frozenset({"中核", "近隣", "周辺", "政令", "地方", "全国", "各地", "域内", "県内"})


# A katakana town written right after its state or district (アリゾナ州フェニックス近郊で).
_TOWN_AFTER_REGION_RE = re.compile(
    r"[ァ-ヴ][ァ-ヴー]{1,12}(?![ァ-ヴー・])(?=で|では|に|の|は|が|へ|と|、|近郊|周辺|郊外|市内|中心部)"
)
_LOCATIVE_AFTER = frozenset({"で", "では", "に", "には", "を", "から", "へ", "まで"})
# A katakana name and a sea or a region word: one LOC (not a country's region: ロシア地域).
_KATAKANA_SEA_RE = re.compile(r"(?<![一-龥ァ-ヴー・])(?P<head>[ァ-ヴ][ァ-ヴー]{1,10})(?:海|地域)(?![一-龥])")
# Natural features and squares named by a katakana name (ドナウ川, タクシム広場).
_KATAKANA_FEATURES = ("川", "山", "湖", "広場", "運河", "湾", "海峡", "半島", "高原", "砂漠", "諸島", "火山")
_AROUND_WORDS = ("周辺", "付近", "一帯", "沿い", "流域", "上流", "下流", "河口", "近く")
_MAYORAL_RACE_RE = re.compile(r"(?<![一-龥])(?P<town>[一-龥]{1,4}(?P<suffix>[市町村]))長選")


class _PlaceRules(_FinderBase):
    def capitals(self) -> None:
        """A katakana city named as a capital (ニジェールの首都ニアメー): a GPE of that country."""
        text = self.text
        position = text.find("首都")
        while position >= 0:
            start = position + 2
            end = start
            while end < len(text) and is_katakana(text[end]):
                end += 1
            name = text[start:end]
            if end - start >= 2 and name not in self.lex.names and self.boundary(end):
                owner = text[:position].removesuffix("の")
                owners = [known for known in self.lex.country_names if owner.endswith(known)]
                country = self.lex.country_names[max(owners, key=len)] if owners else None
                self.add(start, end, "GPE", name, country=country)
            position = text.find("首都", end)

    def visited_places(self) -> None:
        """An unlisted katakana place that someone visits (国境に近いティフアナを訪れる): a GPE."""
        text = self.text
        for match in _VISITED_RE.finditer(text):
            start, end = match.span("place")
            name = match.group("place")
            if name in self.lex.names or not self.boundary(start) or not self.boundary(end):
                continue
            if any(t.is_proper and t.pos[2] == "人名" for t in self.tokens if start <= t.start < end):
                continue  # a person visited
            self.add(start, end, "GPE", name)
        for match in _REGION_PLACE_RE.finditer(text):
            start, end = match.span("place")
            if not self._place_ends(match.start()):
                continue  # the region belongs to a named place (タイ東部の), not to a noun (同社東部の)
            name = match.group("place")
            if name not in self.lex.names and self.boundary(end) and not self._person_inside(start, end):
                self.add(start, end, "GPE", name)
        for match in _KATAKANA_GEO_RE.finditer(text):
            if match.group(0) not in self.lex.names and self.boundary(match.end()):
                self.add(match.start(), match.end(), "LOC", match.group(0))
        self._named_geography()

    def _named_geography(self) -> None:
        """Mountains and roads (霧島連山, 新燃岳, 北陸自動車道), places with their direction (南大西洋,
        北キブ州) and katakana towns after the word for a town (国境の町X)."""
        text = self.text
        for match in _KANJI_GEO_RE.finditer(text):
            name = match.group("place")
            if name not in self.lex.names and not name.endswith(tuple(_NOT_KANJI_GEO)):
                self.add(match.start(), match.end(), "LOC", name)
        for match in _DIRECTED_PLACE_RE.finditer(text):
            name = match.group("place")
            if name not in self.lex.names and not text.startswith("条約", match.end()):
                self.add(match.start(), match.end(), "GPE" if name.endswith("州") else "LOC", name)
        for index in range(2, len(self.tokens) - 1):  # インドのアーメダバードで: a town of that country
            name, of, owner = self.tokens[index], self.tokens[index - 1], self.tokens[index - 2]
            after = self.tokens[index + 1]
            if (
                name.oov
                and len(name.surface) >= 4
                and all(is_katakana(c) and c != "・" for c in name.surface)
                and of.surface == "の"
                and owner.end == of.start
                and of.end == name.start
                and after.start == name.end
                and after.surface in _LOCATIVE_AFTER
                and (entry := self.lex.names.get(owner.surface)) is not None
                and entry.is_country
                and name.surface not in self.lex.names
            ):
                self.add(name.start, name.end, "GPE", name.surface, country=entry.country)
        for match in _KATAKANA_SEA_RE.finditer(text):  # バレンツ海, アマゾン地域
            name = match.group(0)
            head = self.lex.names.get(match.group("head"))
            if name not in self.lex.names and not (head is not None and head.is_country):
                self.add(match.start(), match.end(), "LOC", name)
        for match in _MAYORAL_RACE_RE.finditer(text):  # 佐久市長選: the town 佐久市, not a mayor
            token = self.starts.get(match.start())
            if token is not None and token.is_place_name and token.end == match.start("suffix"):
                self.add(match.start(), match.end("suffix"), "GPE", match.group("town"), country="JPN")
        for match in _TOWN_PLACE_RE.finditer(text):
            start, end = match.span("place")
            if match.group("place") not in self.lex.names and not self._person_inside(start, end):
                self.add(start, end, "GPE", match.group("place"))

    def _municipalities(self) -> None:
        """A kanji word Sudachi does not know as a place + 市/町/村 (出水|市) in a story that names a
        Japanese prefecture before it: a GPE (not 中核市, 近隣市町村)."""
        text = self.text
        tokens = self.tokens
        prefecture = _PREFECTURE_RE.search(text)
        if prefecture is None:
            return
        for index in range(1, len(tokens)):
            suffix, word = tokens[index], tokens[index - 1]
            if (
                suffix.surface not in ("市", "町", "村")
                or word.end != suffix.start
                or word.is_proper
                or not 2 <= len(word.surface) <= 3
                or not self._kanji_word(word.surface)
                or word.surface in _GENERIC_MUNICIPAL_WORDS
                or not self.boundary(word.start)
                or not self.boundary(suffix.end)
            ):
                continue
            if prefecture.end() <= word.start:
                self.add(word.start, suffix.end, "GPE", text[word.start : suffix.end], country="JPN")

    @staticmethod
    def _kanji_word(surface: str) -> bool:
        return all(is_kanji(c) for c in surface)

    def _place_ends(self, end: int) -> bool:
        token = self.ends.get(end)
        if token is None:
            return False
        entry = self.lex.names.get(token.surface)
        return token.is_place_name or (entry is not None and entry.label in ("GPE", "LOC"))

    def _person_inside(self, start: int, end: int) -> bool:
        return any(t.is_proper and t.pos[2] == "人名" for t in self.tokens if start <= t.start < end)

    def token_places(self) -> None:
        text = self.text
        tokens = self.tokens
        for index, token in enumerate(tokens):
            if not token.is_place_name:
                continue
            start, end = token.start, token.end
            if is_katakana(text[end - 1]) and (
                is_katakana(text[end : end + 1] or "a") or (start > 0 and is_katakana(text[start - 1]))
            ):
                continue  # ブレント|フォード: a piece of a longer katakana name, not the place
            label = "GPE"
            nxt = tokens[index + 1] if index + 1 < len(tokens) else None
            if nxt is not None and nxt.start == end:
                if nxt.surface in _LOC_SUFFIXES:
                    end, label = nxt.end, "LOC"
                elif nxt.surface in _PLACE_SUFFIXES:
                    end = nxt.end
            name = text[start:end]
            entry = self.lex.names.get(name)
            if entry is not None:
                continue  # the lexicon pass has it
            prefecture = next(
                (name[:cut] for cut in range(len(name) - 2, 1, -1) if name[:cut] in self.lex.names), None
            )
            if prefecture is not None and prefecture[-1] in "都道府県":
                # 鹿児島県薩摩川内市 (one Sudachi token): the prefecture and the city
                split = start + len(prefecture)
                self.add(
                    start, split, "GPE", self.lex.names[prefecture].canonical, country="JPN", lexical=True
                )
                self.add(split, end, label, name[len(prefecture) :], country="JPN")
                continue
            if all(is_kanji(char) for char in name) and name[-1] in "市町村区郡都道府県":
                country: str | None = "JPN"
            else:
                country = None
            self.add(start, end, label, name, country=country)
        self._municipalities()
        # Katakana + 州 (デラウェア州) and other katakana + place-suffix words.
        for suffix in ("州", "郡", "県"):  # デラウェア州, ソルクンブ郡, a foreign county (タリハ県)
            position = text.find(suffix)
            while position >= 0:
                start = _katakana_name_start(text, position)
                if position - start >= 2:
                    self.add(start, position + 1, "GPE", text[start : position + 1])
                    town = _TOWN_AFTER_REGION_RE.match(text, position + 1)
                    if town is not None and town.group(0) not in self.lex.names:
                        self.add(town.start(), town.end(), "GPE", town.group(0))  # アリゾナ州フェニックス
                position = text.find(suffix, position + 1)
        # A province after the part of a country (北部ラオカイ省, 南部の広東省): a place, not a ministry.
        for match in _REGION_PROVINCE_RE.finditer(text):
            self.add(match.start("place"), match.end("place"), "GPE", match.group("place"))
            province = match.group("place")
            position = text.find(province, match.end())
            while position >= 0:  # ラオカイ省 again, without the part of the country
                if position == 0 or not (is_kanji(text[position - 1]) or is_katakana(text[position - 1])):
                    self.add(position, position + len(province), "GPE", province)
                position = text.find(province, position + len(province))
        # A katakana name + a natural feature or square (クユニ川, タクシム広場, ギニア湾): LOC.
        for suffix in _KATAKANA_FEATURES:
            position = text.find(suffix)
            while position >= 0:
                start = _katakana_name_start(text, position)
                after = position + len(suffix)
                if (
                    position - start >= 2
                    and is_katakana(text[position - 1])
                    and (
                        after == len(text)
                        or not (is_kanji(text[after]) or is_katakana(text[after]))
                        or text.startswith(_AROUND_WORDS, after)  # タクシム広場周辺, イシム川流域
                    )
                ):
                    self.add(start, after, "LOC", text[start:after])
                position = text.find(suffix, position + 1)
        # Place + 空港/駅/港 (成田空港, 東京駅): LOC.
        for suffix in ("空港", "駅", "港"):
            position = text.find(suffix)
            while position >= 0:
                start = position
                while start > 0 and (is_kanji(text[start - 1]) or is_katakana(text[start - 1])):
                    start -= 1
                while start < position and not self.boundary(start):
                    start += 1
                if (
                    position - start >= 2
                    and text[start:position] not in ("空", "国際")
                    and text[start:position] not in _KINDS_OF_PORT  # 紅海の輸出港まで: a kind, no name
                    and self.boundary(position + len(suffix))
                ):
                    self.add(start, position + len(suffix), "LOC", text[start : position + len(suffix)])
                position = text.find(suffix, position + 1)

    def country_compounds(self) -> None:
        """米ロ, 日米韓, 米中: runs of country abbreviations split into one GPE mention each."""
        text = self.text
        short = self.lex.short_forms
        position = 0
        while position < len(text):
            if text[position] not in short or not self.boundary(position):
                position += 1
                continue
            end = position
            while end < len(text) and text[end] in short:
                end += 1
            acronym = _ACRONYM_RE.match(text, end)
            with_acronym = (
                end - position == 1
                and acronym is not None
                and acronym.group(0) in self.lex.names
                and (position == 0 or not (is_kanji(text[position - 1]) or is_katakana(text[position - 1])))
            )  # 日ASEAN首脳会議, 日EU: the country before an organisation's acronym
            if (
                with_acronym
                or (
                    end - position >= 2
                    and (self.boundary(end) or text[end : end + 1] in ("（", "("))  # 日米豪印（クアッド）
                    and not is_katakana(text[end : end + 1] or "a")
                )
            ):
                if position > 0 and (
                    is_kanji(text[position - 1])
                    or is_katakana(text[position - 1])
                    or text[position - 1].isdigit()
                ):
                    position = end  # 11日朝に: a date and a time of day, not 日朝
                    continue
                for offset in range(position, end):
                    iso3 = short[text[offset]]
                    self.add(
                        offset,
                        offset + 1,
                        "GPE",
                        self.lex.country_canonical[iso3],
                        country=iso3,
                        lexical=True,
                    )
            position = max(end, position + 1)


# What a port or station is for, not its name (輸出港, 主要駅, 拠点空港).
_KINDS_OF_PORT = frozenset({"輸出", "輸入", "貿易", "商業", "主要", "拠点", "最寄り", "積み出し", "積出"})
