"""Person mentions: a name before an office title (バイデン米大統領, 上川外相), Sudachi
person-name tokens, and bare titles as anaphors."""

from __future__ import annotations

import re
from dataclasses import replace

from kijiyomi.reading.entity_finder import _FinderBase
from kijiyomi.reading.entity_words import (
    _BOUNDARY_BEFORE,
    _BUREAU_CHARS,
    _GENERIC_TITLE_RE,
    _KATAKANA_OFFICE_WORDS,
    _KATAKANA_TITLE_RE,
    _MINISTER_ENDINGS,
    _NOT_SURNAMES,
    _ONE_KANJI_SURNAMES,
    _ORG_PREFIXES,
    _TITLE_MODIFIERS,
)
from kijiyomi.reading.lexicon import Lexicon
from kijiyomi.reading.mentions import _katakana_name_start, is_kanji, is_katakana
from kijiyomi.reading.tokens import Token

# A minister of an unlisted field (公共安全相, 連邦先住民関係相) right after a name.
_OWNED_MINISTER_RE = re.compile(r"[一-龥]{2,8}?(?:相|大臣)(?![一-龥])")

_FORMER_OFFICE_RE = re.compile(
    r"(?<![ァ-ヴー・])(?P<name>[ァ-ヴ][ァ-ヴー・]{1,15})(?P<role>(?:前|元|次期)[ァ-ヴー一-龥]{1,12}?"
    r"(?:総裁|大統領|首相|長官|議長|委員長|事務総長|大使|外相|知事|市長|社長|会長|党首|代表|総長|頭取))"
    r"(?=[はがもをにとの、（(])"
)
# Offices that follow another office as one title (事務総長特使, 大統領特別補佐官).
_ENVOY_TITLES = frozenset(
    {"特使", "特別代表", "特別補佐官", "特別顧問", "補佐官", "顧問", "特別調整官", "報道官"}
)  # 事務総長|特使, 事務総長|報道官: the envoy or spokesperson of an office holder is one title
_READING_BEFORE_RE = re.compile(r"[（(][ァ-ヴー・]{2,12}[）)]$")
_GOVERNMENT_OF_RE = re.compile(r"(?:政権|内閣|陣営)(?=[はがもをにのと、])")


# Offices whose first kanji Sudachi may read into a one-kanji given name (高田|誠市|長).
_SPLIT_OFFICES = ("市長", "町長", "村長", "区長")

# Titles only ever written after a person's name (親方: a sumo elder's name; 氏).
_NAME_BOUND_TITLES = ("親方", "氏")


def text_is_city(lex: Lexicon, name: str) -> bool:
    """Whether ``name`` is a listed place that is no country (福岡, 長崎; not 中国)."""
    entry = lex.names.get(name)
    return entry is not None and entry.label == "GPE" and not entry.is_country


# Where an envoy is posted, between the name and the title (王毅駐日中国大使, X駐スウェーデン大使).
_POSTED_TO_RE = re.compile(r"駐[一-龥ァ-ヴー・]{1,12}$")
# A connective that opens a sentence without a comma before a bare title (これに対し外相は, 一方市長は).
_OPENING_CONNECTIVES = ("これに対して", "これに対し", "一方", "また", "さらに", "その後", "その上で")
_OPENING_CONNECTIVE_RE = re.compile(rf"(?:^|[。\n])(?:{'|'.join(_OPENING_CONNECTIVES)})$")
# How far before a bare title to look for one: the longest connective and the 。 before it.
_OPENING_CONNECTIVE_CHARS = 1 + max(len(word) for word in _OPENING_CONNECTIVES)
# What follows a bare title that is a person: a subject (首相は, 知事が, 首相も), a partner (首相と) or
# whom something is addressed to (首相に求めた, 首相に対し); not the office one is given (外相に就任,
# 首相には…が就く).
# A day or a request right before a bare title, which opens the phrase too (3日に首相と会い, 同日に知事と,
# …しないよう首相に求めた).
_DAY_OR_REQUEST_BEFORE_RE = re.compile(r"(?:[0-9０-９]日に|同日に|よう)$")
_BARE_TITLE_ROLE_RE = re.compile(r"[はがもと]|に(?!は|就|任命|指名|選|起用|昇格|な[るりっ])")


_NOT_NAME_KANA = frozenset("ー・ッャュョァィゥェォヮヵヶン")  # never a one-kana surname


class _PersonRules(_FinderBase):
    def titled_persons(self) -> None:
        text = self.text
        position = 0
        while position < len(text):
            title = self.title_at(position)
            following = self.starts.get(position)
            title_start = position
            if (
                title is None
                and following is not None
                and is_kanji(text[position])  # the office's first word (…経済再生相, …貿易相)
                and self._name_before_office(position, following)
            ):
                match = _GENERIC_TITLE_RE.match(text, position)
                title = match.group(0) if match else None  # 赤沢亮正|経済再生相, ウォーカー|貿易相
                if title is not None and title[1:] in self.lex.title_set and is_kanji(text[position - 1]):
                    title = None  # 朴正|勲|外相: the last kanji of the name, then a known title
            if title is None and following is not None and position > 1 and text[position - 1] == "・":
                title = self._katakana_office(position, following)
                if title is not None:  # ロハス・|エネルギー相: the dotted word is the office's
                    title_start = position - 1
            if title is None:
                position += 1
                continue
            title_end = position + len(title)
            envoy = self.title_at(title_end) if title not in _ENVOY_TITLES else None
            if envoy in _ENVOY_TITLES and self.boundary(title_end + len(envoy)):
                title += envoy  # 事務総長|特使: the envoy of an office holder is one title
                title_end += len(envoy)
            if text.startswith("兼", title_end):
                second = self.title_at(title_end + 1) or (
                    match.group(0) if (match := _GENERIC_TITLE_RE.match(text, title_end + 1)) else None
                )
                if second is not None and self.boundary(title_end + 1 + len(second)):
                    title += "兼" + second  # 副首相兼経済相: one person holding two offices
                    title_end += 1 + len(second)
            if not self.boundary(title_end) and title not in ("氏", "さん"):
                position += 1
                continue
            self.person_before(title_start, title_end, title)
            position = title_end

    def surname_names_with_office(self) -> None:
        """A Korean or Chinese name of three kanji (one-kanji surname) before an office with its
        bureau words (鄭在鎬通商交渉本部長): Sudachi splits such names into places and prefixes."""
        text = self.text
        for start, char in enumerate(text):
            if char not in _ONE_KANJI_SURNAMES or (start > 0 and text[start - 1] not in _BOUNDARY_BEFORE):
                continue
            end = start + 3
            if end > len(text) or not all(is_kanji(c) for c in text[start:end]) or not self.boundary(end):
                continue
            first = self.starts.get(start)
            if first is None or first.end > end:
                continue
            if (
                first.pos[1] == "普通名詞"
                and len(first.surface) >= 2
                and not self._office_after_of(start, end)
            ):
                continue  # 金融|政策委員長: a common word, not a surname
            for title_start in range(end, min(len(text), end + _BUREAU_CHARS)):
                if not is_kanji(text[title_start]):
                    break
                title = self.title_at(title_start)
                title_end = title_start + len(title or "")
                if (
                    title is not None
                    and self.boundary(title_end)
                    and not is_kanji(text[title_end : title_end + 1] or "a")
                ):
                    self.add(start, title_end, "PERSON", text[start:end], role=title)
                    break

    def _office_after_of(self, start: int, end: int) -> bool:
        """A listed office right after three kanji written after の (外務省の王立新|報道官): the kanji
        are a name even when Sudachi reads its first two as a common word (王立, royal)."""
        title = self.title_at(end)
        return (
            start > 0
            and self.text[start - 1] == "の"
            and title is not None
            and title in self.lex.offices
            and self.boundary(end + len(title))
        )

    def _name_before_office(self, position: int, following: Token) -> bool:
        """A person's name ends here and a noun follows: a Sudachi person token before a common
        noun, or a katakana name (ウォーカー, ソ・ジウ) before any noun."""
        if self._ends_person_token(position) and following.pos[1] == "普通名詞":
            return True
        if self._surname_place(position) and following.pos[1] == "普通名詞":
            match = _GENERIC_TITLE_RE.match(self.text, position)
            office = match.group(0) if match else ""
            return office.endswith(_MINISTER_ENDINGS) and not office.startswith("担当")  # 小松|農相
        last = self.text[position - 1] if position > 0 else ""
        return (
            is_katakana(last)
            and last != "・"
            and following.pos[0] == "名詞"
            and following.pos[2] != "人名"
            and self.name_start(position) is not None
        )

    def _city_before_minister(self, start: int, end: int) -> bool:
        """A known city (not a country) before a cabinet office (福岡厚労相): a surname, since such
        offices never name a town."""
        title = self.title_at(end) or ""
        return (
            text_is_city(self.lex, self.text[start:end])
            and title.endswith(_MINISTER_ENDINGS)
            and not title.startswith("担当")
        )

    def _surname_place(self, end: int) -> bool:
        """An unlisted 2-3 kanji place token at a word boundary ends here (小松, 岸本): before a
        cabinet office (小松農相) it is a surname, since such offices never name a town."""
        place = self.ends.get(end)
        return (
            place is not None
            and place.is_place_name
            and 2 <= place.end - place.start <= 3
            and self._kanji_token(place)
            and self.text[place.start : end] not in self.lex.names
            and (place.start == 0 or self.text[place.start - 1] in _BOUNDARY_BEFORE)
        )

    def _katakana_office(self, position: int, following: Token) -> str | None:
        """An office whose first word is a katakana common noun after a katakana name and a dot
        (ロハス・エネルギー相, X・エネルギー鉱物資源相)."""
        if following.surface not in _KATAKANA_OFFICE_WORDS:
            return None  # スリ・ムルヤニ財務相: the dotted word is the name's
        match = _KATAKANA_TITLE_RE.match(self.text, position)
        if match is None or is_katakana(self.text[following.end : following.end + 1] or "a"):
            return None  # the katakana word is one token (エネルギー), not a longer name
        if self.name_start(position - 1) is None:
            return None
        return match.group(0)

    def person_before(self, title_start: int, title_end: int, title: str) -> None:
        """Find the name before a title, across modifiers (元, 次期) and country prefixes (米, 国連)."""
        text = self.text
        cursor = title_start
        country: str | None = None
        for modifier in _TITLE_MODIFIERS:
            if (
                text.endswith(modifier, 0, cursor)
                and cursor - len(modifier) > 0
                and not self._ends_person_token(cursor)  # 趙立新報道官: 新 ends the given name
            ):
                cursor -= len(modifier)
                break
        posted = _POSTED_TO_RE.search(text, max(0, cursor - 14), cursor)
        if posted is not None and posted.start() > 0 and title.endswith(("大使", "公使", "領事")):
            cursor = posted.start()  # 呉海濤駐スウェーデン大使: the envoy's post is no name
        reading = _READING_BEFORE_RE.search(text, max(0, cursor - 16), cursor)
        if reading is not None and reading.start() > 0 and is_kanji(text[reading.start() - 1]):
            cursor = reading.start()  # 李在明（イ・ジェミョン）大統領: the name's reading in brackets
        acronym = re.search(r"[A-Z]{2,6}$", text[max(0, cursor - 6) : cursor])
        for prefix in _ORG_PREFIXES:
            if text.endswith(prefix, 0, cursor):
                cursor -= len(prefix)
                break
        else:
            party = self._party_before(cursor)
            if party is not None:
                cursor = party  # トー・ラム共産党書記長, 鈴木自民党幹事長: the party between name and office
            if acronym is not None and cursor - len(acronym.group(0)) > 0:
                cursor -= len(acronym.group(0))  # ミシェルEU大統領
            if cursor > 0 and text[cursor - 1] in self.lex.short_forms and cursor - 1 > 0:
                before = text[cursor - 2]
                part_of_name = is_katakana(text[cursor - 1]) and is_katakana(before)  # バロ外相, not ロ
                if not part_of_name and (is_katakana(before) or self._ends_person_token(cursor - 1)):
                    country = self.lex.short_forms[text[cursor - 1]]
                    cursor -= 1
        for modifier in _TITLE_MODIFIERS:
            if (
                text.endswith(modifier, 0, cursor)
                and cursor - len(modifier) > 0
                and not self._ends_person_token(cursor)
            ):
                cursor -= len(modifier)
                break
        name_start = self.name_start(cursor)
        if name_start is None and self._one_kana_name(cursor) and title in self.lex.offices:
            name_start = cursor - 1  # 野党候補のバ元首相: a one-kana surname after の
        role = title
        if text.endswith(("次期", "副"), 0, title_start) and not title.startswith(("次期", "副")):
            role = ("次期" if text.endswith("次期", 0, title_start) else "副") + title
        if name_start is None and cursor == title_start:
            bureau = self._bureau_before(cursor)
            if bureau is not None:  # 金井秀人アジア大洋州局長: the bureau belongs to the title
                name_start, cursor = bureau
                role = text[cursor:title_end]
        if name_start is None:
            if title in self.lex.offices and cursor == title_start:
                self.bare_title(title_start, title_end, title)
            return
        name = text[name_start:cursor]
        prefix = text[name_start - 1] if name_start > 0 else ""
        if (
            prefix in self.lex.short_forms
            and is_kanji(prefix)
            and is_katakana(text[name_start])
            and (name_start == 1 or text[name_start - 2] in _BOUNDARY_BEFORE)
        ):
            name_start -= 1  # 米ブリンケン国務長官
            country = country or self.lex.short_forms[prefix]
        parts = name.split("・")
        if len(parts) > 1 and all((e := self.lex.names.get(p)) is not None and e.is_country for p in parts):
            return  # 駐トルコ・スウェーデン大使: the host and the envoy's countries, no name
        self.add(name_start, title_end, "PERSON", name, country=country, role=role)

    def _party_before(self, end: int) -> int | None:
        """Where a party name (X党, 2-6 kanji) written between a person's name and their office
        starts, when a katakana name or a Sudachi person token ends right before it."""
        text = self.text
        if not text.endswith("党", 0, end):
            return None
        for start in range(end - 2, max(0, end - 7), -1):
            if not is_kanji(text[start]):
                return None
            if start not in self.starts:
                continue
            before = self.ends.get(start)
            split_name = (  # 金正|恩|朝鮮労働党: the last kanji of the name is a token of its own
                before is not None
                and before.end - before.start == 1
                and not before.is_proper
                and self._ends_person_token(before.start)
            )
            if (start > 0 and is_katakana(text[start - 1])) or split_name:
                return start
            if self._ends_person_token(start):
                return start
        return None

    def _bureau_before(self, end: int) -> tuple[int, int] | None:
        """A full name (Sudachi person-name tokens) written before a bureau or department word
        that is part of the title (鈴木一郎|北米局|長): the name's start and the bureau's start."""
        cursor = end
        while end - cursor < _BUREAU_CHARS:
            token = self.ends.get(cursor)
            if token is None or token.pos[0] != "名詞" or token.is_person_name:
                break
            if not all(is_kanji(c) or is_katakana(c) for c in token.surface):
                return None
            cursor = token.start
        if cursor == end or not self._ends_person_token(cursor):
            return None
        token = self.ends.get(cursor)
        previous = self.ends.get(token.start) if token is not None else None
        if token is None or previous is None or not previous.is_person_name:
            return None  # a full name (two person tokens), not a lone surname-like word
        return previous.start, cursor

    def _name_through_office(self, end: int) -> Token | None:
        """A person-name token that ends one kanji into an office (誠市 of 高田誠市長), cut before it;
        the name keeps a kanji of its own (誠)."""
        for start in range(end - 1, max(-1, end - 4), -1):
            token = self.starts.get(start)
            if token is not None:
                if token.is_person_name and token.end == end + 1:
                    return replace(token, end=end, surface=self.text[start:end])
                return None
        return None

    def _inside_kanji_word(self, start: int) -> bool:
        before = self.text[start - 1 : start]
        return bool(before) and is_kanji(before) and before not in self.lex.short_forms

    def _office_follows(self, position: int) -> bool:
        title = self.title_at(position)
        return title is not None and title in self.lex.offices

    def _one_kana_name(self, end: int) -> bool:
        """A one-kana surname (バ, ウ) standing alone after の, a comma or a bracket."""
        text = self.text
        return (
            end >= 2
            and is_katakana(text[end - 1])
            and text[end - 1] not in _NOT_NAME_KANA
            and text[end - 2] in "の、「"
        )

    def _ends_person_token(self, position: int) -> bool:
        token = self.ends.get(position)
        return token is not None and token.is_person_name

    def name_start(self, end: int) -> int | None:
        text = self.text
        if end <= 0:
            return None
        last = text[end - 1]
        if is_katakana(last) and last != "・":
            start = _katakana_name_start(text, end)
            candidate = text[start:end]
            if (
                end - start >= 2
                and candidate not in self.lex.names
                and (not self._common_katakana(start, end) or self._named_by_owner(start, end))
            ):
                return start
            return None
        if not is_kanji(last):
            return None
        # Sudachi person-name tokens (鈴木 一郎, 習近平), possibly followed by one more kanji token.
        token = self.ends.get(end)
        if token is None and text[end : end + 2] in _SPLIT_OFFICES:
            token = self._name_through_office(end)  # 高田|誠市|長: the given name swallowed 市 of 市長
        cursor = end
        names = 0
        while token is not None and token.is_person_name:
            names += 1
            cursor = token.start
            token = self.ends.get(cursor)
        if names == 0 and token is not None and self._kanji_token(token) and not token.is_place_name:
            inner = self.ends.get(token.start)
            if inner is not None and inner.is_person_name and token.end - token.start <= 2:
                cursor = inner.start
                names = 1
                while (inner := self.ends.get(cursor)) is not None and inner.is_person_name:
                    cursor = inner.start
        if names:
            if text[cursor:end] in self.lex.names:
                return None
            if (
                end - cursor == 1
                and cursor >= 2
                and is_kanji(text[cursor - 1])
                and (text[cursor - 2] in _ONE_KANJI_SURNAMES or self._ends_person_token(cursor - 1))
                and (cursor == 2 or text[cursor - 3] in _BOUNDARY_BEFORE)
            ):
                return cursor - 2  # 崔|在|浩外相: a three-kanji name Sudachi reads as pieces
            first = self.starts.get(cursor)
            surname = cursor
            while surname > 0 and is_kanji(text[surname - 1]) and cursor - surname < 3:
                surname -= 1
            if (
                names == 1
                and first is not None
                and first.pos[3] == "名"  # a given name alone: its surname was read as other words
                and 1 <= cursor - surname <= 3
                and (surname == 0 or text[surname - 1] in _BOUNDARY_BEFORE)
                and text[surname:cursor] not in self.lex.names
                and text[surname:cursor] not in self.lex.short_forms
            ):
                return surname  # 三|部|敏宏社長
            if (
                cursor > 0
                and text[cursor - 1] in _ONE_KANJI_SURNAMES
                and end - cursor <= 2
                and (cursor == 1 or text[cursor - 2] in _BOUNDARY_BEFORE)
            ):
                return cursor - 1  # 北朝鮮の金与正氏: Sudachi reads the surname 金 as a noun
            return cursor
        # A one-kanji surname Sudachi reads as a common noun (林官房長官) at a clear boundary.
        single = self.ends.get(end)
        if (
            single is not None
            and single.end - single.start == 1
            and single.pos[0] == "名詞"
            and text[single.start] not in _NOT_SURNAMES
            and text[single.start] not in self.lex.short_forms
            and (single.start == 0 or text[single.start - 1] in _BOUNDARY_BEFORE)
            and self._office_follows(end)
        ):
            return single.start
        # A surname Sudachi reads as a place (岸本外相): an unknown 2-3 kanji place token before a title.
        place = self.ends.get(end)
        if (
            place is not None
            and place.pos[2:3] == ("地名",)
            and 2 <= place.end - place.start <= 3
            and (
                text[place.start : end] not in self.lex.names or self._city_before_minister(place.start, end)
            )
            and (
                place.start == 0
                or not (is_kanji(text[place.start - 1]) or is_katakana(text[place.start - 1]))
            )
        ):
            return place.start
        # Two or three kanji split into one-character tokens, after a clear boundary (の林剣報道官).
        start = end
        while start > 0 and is_kanji(text[start - 1]) and end - start < 4:
            start -= 1
        if (
            text.startswith(_NAME_BOUND_TITLES, end)
            and 2 <= end - start <= 3
            and (start == 0 or text[start - 1] in _BOUNDARY_BEFORE)
            and text[start:end] not in self.lex.names
            and text[start] not in "同両元前"
        ):
            return start  # 鳴瀬親方, 大波氏: a sumo elder's or a person's name, whatever Sudachi reads
        if 2 <= end - start <= 3 and (start == 0 or text[start - 1] in _BOUNDARY_BEFORE):
            pieces = [t for t in self.tokens if start <= t.start < end]
            if (
                len(pieces) >= 2
                and all(t.end - t.start == 1 for t in pieces)
                and text[start:end] not in self.lex.names
            ):
                return start
        return None

    def _named_by_owner(self, start: int, end: int) -> bool:
        """A katakana word Sudachi knows as a common noun written between "Xの" (or the start of a
        sentence or clause) and an office (オーストラリアのリード首相, ブレイク公共安全相は): a surname."""
        text = self.text
        if not (end - start <= 6 and (start == 0 or text[start - 1] in "の\n。、")):
            return False  # Xのブレイク首相, a paragraph opening ブレイク公共安全相は
        if self._office_follows(end):
            return True
        minister = _OWNED_MINISTER_RE.match(text, end)  # カナダのブレイク公共安全相: an unlisted ministry
        return minister is not None and text[start:end] not in _KATAKANA_OFFICE_WORDS

    def _kanji_token(self, token: Token) -> bool:
        return all(is_kanji(char) for char in token.surface)

    def _common_katakana(self, start: int, end: int) -> bool:
        """A katakana word Sudachi knows as a common noun of several tokens' worth (ミサイル)."""
        token = self.starts.get(start)
        return bool(
            token is not None and token.end == end and token.pos[1] == "普通名詞" and token.pos[2] != "一般"
        )

    def bare_title(self, start: int, end: int, title: str) -> None:
        text = self.text
        if (
            start > 0
            and text[start - 1] not in "、。「」\n（()）"
            and not _OPENING_CONNECTIVE_RE.search(text, max(0, start - _OPENING_CONNECTIVE_CHARS), start)
            and not _DAY_OR_REQUEST_BEFORE_RE.search(text, max(0, start - 4), start)
        ):
            return
        if _BARE_TITLE_ROLE_RE.match(text, end):
            quoted = text.rfind("「", 0, start) > text.rfind("」", 0, start)
            self.add(start, end, "PERSON", title, role=title, kind="anaphor", quoted=quoted)

    def former_office_holders(self) -> None:
        """A katakana name before 前/元/次期 and an office of a named body (カーニー前カナダ銀行総裁,
        ミシェル元欧州理事会議長): a person whose role is the whole office."""
        text = self.text
        for match in _FORMER_OFFICE_RE.finditer(text):
            start, end = match.span("name")
            if match.group("name") in self.lex.names or self._names_a_thing(start, end):
                continue
            self.add(start, match.end(), "PERSON", match.group("name"), role=match.group("role"))

    def _names_a_thing(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a proper noun Sudachi knows as no person (ソフトバンク元社長:
        the company's former head, unnamed)."""
        return any(t.is_proper and not t.is_person_name for t in self.tokens if start <= t.start < end)

    def leaders_of_governments(self) -> None:
        """A leader named by the government they head (トランプ政権は, ポペスク内閣に対し): the name
        alone is a person mention."""
        text = self.text
        for match in _GOVERNMENT_OF_RE.finditer(text):
            end = match.start()
            if end > 1 and text[end - 1] in self.lex.short_forms and is_katakana(text[end - 2]):
                end -= 1  # トランプ米政権: the leader's country between name and government
            start = self.name_start(end)
            if start is None or text[start:end] in self.lex.names:
                continue
            if is_katakana(text[end - 1]) or self._ends_person_token(end):
                self.add(start, end, "PERSON", text[start:end])

    def token_persons(self) -> None:
        """Full names without a title: two or more person-name tokens (姓 + 名)."""
        tokens = self.tokens
        i = 0
        while i < len(tokens):
            if not tokens[i].is_person_name:
                i += 1
                continue
            j = i
            while (
                j + 1 < len(tokens) and tokens[j + 1].is_person_name and tokens[j + 1].start == tokens[j].end
            ):
                j += 1
            if j > i:
                start, end = tokens[i].start, tokens[j].end
                self.add(start, end, "PERSON", self.text[start:end])
            i = j + 1
