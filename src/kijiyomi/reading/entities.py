"""Entity mention finding: names from the lexicon, rules on Sudachi tokens and character classes.

Produces ``RawMention`` candidates (names, anaphors such as 同氏 / 同社, group words such as
両首脳) and resolves overlaps: the longest span wins, then the label priority
PERSON > ORG > GROUP > GPE > LOC. Coreference (``coref.py``) turns them into entities.
"""

from __future__ import annotations

import re

from kijiyomi.reading.entity_clubs import _company_partners, _sports_clubs
from kijiyomi.reading.entity_words import (
    _ACRONYM_ORG_SUFFIXES,
    _ACRONYM_RE,
    _AGENCIES,
    _ANAPHOR_NOUNS,
    _ASSOCIATION_SUFFIXES,
    _BOUNDARY_BEFORE,
    _BUREAU_CHARS,
    _COMPANY_SUFFIXES,
    _CREDIT_RE,
    _CURRENCIES,
    _DESCRIBED_COMPANY_RE,
    _GENERIC_ASSOCIATIONS,
    _GENERIC_COMPANY_HEADS,
    _GENERIC_TAILS,
    _GENERIC_TITLE_RE,
    _JUSTICE_SUFFIXES,
    _KATAKANA_OFFICE_WORDS,
    _KATAKANA_TITLE_RE,
    _LOC_SUFFIXES,
    _NOT_COMPANY_STARTS,
    _NOT_DEMONYM_AFTER,
    _NOT_SURNAMES,
    _ONE_KANJI_SURNAMES,
    _ORG_PREFIXES,
    _PLACE_SUFFIXES,
    _PROPER_HEAD_SUFFIXES,
    _STATE_ORG_SUFFIXES,
    _TITLE_MODIFIERS,
    _VISITED_RE,
    _anaphor_head,
)
from kijiyomi.reading.lexicon import Lexicon, lexicon
from kijiyomi.reading.mentions import RawMention, _katakana_name_start, is_kanji, is_katakana, select
from kijiyomi.reading.tokens import Token


class _Finder:
    def __init__(self, text: str, tokens: list[Token], lex: Lexicon) -> None:
        self.text = text
        self.tokens = tokens
        self.lex = lex
        self.starts: dict[int, Token] = {token.start: token for token in tokens}
        self.ends: dict[int, Token] = {token.end: token for token in tokens}
        self.out: list[RawMention] = []
        self.acronyms: dict[str, str] = {}
        self._lexicon_hits: dict[int, tuple[str, int] | None] = {}

    # -- helpers -----------------------------------------------------------------------------
    def add(self, start: int, end: int, label: str, name: str, **kwargs: object) -> None:
        self.out.append(RawMention(start, end, self.text[start:end], label, name, **kwargs))  # type: ignore[arg-type]

    def boundary(self, position: int) -> bool:
        return position in self.starts or position in self.ends or position in (0, len(self.text))

    def lexicon_at(self, start: int) -> tuple[str, int] | None:
        """The longest lexicon name starting at ``start`` and ending on a token boundary."""
        if start in self._lexicon_hits:
            return self._lexicon_hits[start]
        hit = self._lexicon_at(start)
        self._lexicon_hits[start] = hit
        return hit

    def _lexicon_at(self, start: int) -> tuple[str, int] | None:
        text = self.text
        if start >= len(text) or text[start] not in self.lex.name_initials:
            return None
        for length in self.lex.name_lengths:
            end = start + length
            if end > len(text):
                continue
            key = text[start:end]
            if key in self.lex.names and (
                self.boundary(end) or self._demonym_at(key, end) or self._inside_place(key, end)
            ):
                return key, end
        return None

    def _inside_place(self, key: str, end: int) -> bool:
        """A place read as one word with 内 (東京都内で): the place is named."""
        return (
            self.text[end : end + 1] == "内"
            and self.boundary(end + 1)
            and self.lex.names[key].label == "GPE"
            and len(key) >= 2
        )

    def _demonym_at(self, key: str, end: int) -> bool:
        """A country written as a nationality (フランス人の職員, 米国人記者): the country is named."""
        after = self.text[end + 1 : end + 2]
        return (
            self.text[end : end + 1] == "人"
            and key in self.lex.country_names
            and not is_katakana(after)
            and after not in _NOT_DEMONYM_AFTER
        )

    # -- passes ------------------------------------------------------------------------------
    def run(self) -> list[RawMention]:
        self.lexicon_names()
        self.titled_persons()
        self.token_persons()
        self.state_organisations()
        self.suffix_organisations()
        self.acronym_organisations()
        self.described_companies()
        self.token_places()
        self.capitals()
        self.visited_places()
        self.country_compounds()
        self.anaphors()
        self.credits()
        return self.out

    def credits(self) -> None:
        """News agencies in wire credits: 【ワシントン共同】, （時事）, ［ジュネーブ　１２日　ロイター］."""
        for match in _CREDIT_RE.finditer(self.text):
            name, country = _AGENCIES[match.group("agency")]
            self.add(match.start("agency"), match.end("agency"), "ORG", name, country=country, lexical=True)

    def lexicon_names(self) -> None:
        for token in self.tokens:
            hit = self.lexicon_at(token.start)
            if hit is None:
                continue
            key, end = hit
            entry = self.lex.names[key]
            if entry.label == "ORG" and key != entry.canonical and self._inside_kanji_word(token.start):
                continue  # 平和安全保障理事会 is not the UN's 安全保障理事会
            if entry.label == "GROUP":
                if self.text[token.start - 1 : token.start] == "の" and (
                    self.title_at(end) is not None or self.text.startswith(("首脳", "閣僚"), end)
                ):
                    continue  # EUの加盟国外相: the ministers of the body's members, the body speaks
                self.add(token.start, end, "GROUP", entry.canonical, kind="group", lexical=True)
            else:
                self.add(token.start, end, entry.label, entry.canonical, country=entry.country, lexical=True)

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
            if not self.boundary(title_end) and title not in ("氏", "さん"):
                position += 1
                continue
            self.person_before(title_start, title_end, title)
            position = title_end

    def _name_before_office(self, position: int, following: Token) -> bool:
        """A person's name ends here and a noun follows: a Sudachi person token before a common
        noun, or a katakana name (ウォーカー, ソ・ジウ) before any noun."""
        if self._ends_person_token(position) and following.pos[1] == "普通名詞":
            return True
        last = self.text[position - 1] if position > 0 else ""
        return (
            is_katakana(last)
            and last != "・"
            and following.pos[0] == "名詞"
            and following.pos[2] != "人名"
            and self.name_start(position) is not None
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

    def title_at(self, position: int) -> str | None:
        text = self.text
        if position >= len(text) or text[position] not in self.lex.title_initials:
            return None
        titles = self.lex.title_set
        for length in self.lex.title_lengths:
            candidate = text[position : position + length]
            if len(candidate) == length and candidate in titles:
                return candidate
        return None

    def person_before(self, title_start: int, title_end: int, title: str) -> None:
        """Find the name before a title, across modifiers (元, 次期) and country prefixes (米, 国連)."""
        text = self.text
        cursor = title_start
        country: str | None = None
        for modifier in _TITLE_MODIFIERS:
            if text.endswith(modifier, 0, cursor) and cursor - len(modifier) > 0:
                cursor -= len(modifier)
                break
        acronym = re.search(r"[A-Z]{2,6}$", text[max(0, cursor - 6) : cursor])
        for prefix in _ORG_PREFIXES:
            if text.endswith(prefix, 0, cursor):
                cursor -= len(prefix)
                break
        else:
            if acronym is not None and cursor - len(acronym.group(0)) > 0:
                cursor -= len(acronym.group(0))  # ミシェルEU大統領
            if cursor > 0 and text[cursor - 1] in self.lex.short_forms and cursor - 1 > 0:
                before = text[cursor - 2]
                part_of_name = is_katakana(text[cursor - 1]) and is_katakana(before)  # バロ外相, not ロ
                if not part_of_name and (is_katakana(before) or self._ends_person_token(cursor - 1)):
                    country = self.lex.short_forms[text[cursor - 1]]
                    cursor -= 1
        for modifier in _TITLE_MODIFIERS:
            if text.endswith(modifier, 0, cursor) and cursor - len(modifier) > 0:
                cursor -= len(modifier)
                break
        name_start = self.name_start(cursor)
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
        self.add(name_start, title_end, "PERSON", name, country=country, role=role)

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

    def _inside_kanji_word(self, start: int) -> bool:
        before = self.text[start - 1 : start]
        return bool(before) and is_kanji(before) and before not in self.lex.short_forms

    def _office_follows(self, position: int) -> bool:
        title = self.title_at(position)
        return title is not None and title in self.lex.offices

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
            and text[place.start : end] not in self.lex.names
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
        """A katakana word Sudachi knows as a common noun written between "Xの" and an office
        (オーストラリアのリード首相): a surname."""
        return start > 0 and self.text[start - 1] == "の" and self._office_follows(end) and end - start <= 6

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
        if start > 0 and text[start - 1] not in "、。「」\n（()）":
            return
        if end < len(text) and text[end] in "はがも":
            quoted = text.rfind("「", 0, start) > text.rfind("」", 0, start)
            self.add(start, end, "PERSON", title, role=title, kind="anaphor", quoted=quoted)

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

    def state_organisations(self) -> None:
        text = self.text
        for token in self.tokens:
            hit = self.lexicon_at(token.start)
            if hit is None:
                continue
            key, end = hit
            entry = self.lex.names[key]
            if not entry.is_country:
                continue
            self._org_after(token.start, end, entry.country)
        for position, char in enumerate(text):
            if char in self.lex.short_forms and self.boundary(position):
                iso3 = self.lex.short_forms[char]
                if position + 1 < len(text) and is_kanji(text[position + 1]):
                    self._org_after(position, position + 1, iso3, short=True)
                elif position + 1 < len(text) and is_katakana(text[position + 1]):
                    self._foreign_company(position, iso3)

    def described_companies(self) -> None:
        """A name after a word that describes a company (半導体大手ノバテック, 部品メーカー三和精工,
        電機大手の日立製作所): katakana, or kanji written directly after the word."""
        for match in _DESCRIBED_COMPANY_RE.finditer(self.text):
            start, end = match.span("name")
            name = match.group("name")
            if name in self.lex.names or name.startswith(_NOT_COMPANY_STARTS) or not self.boundary(start):
                continue
            if is_kanji(name[0]) and (match.group("of") or len(name) < 3 or name.endswith(_GENERIC_TAILS)):
                continue  # 大手の各社, 大手証券会社: kanji only right after the word, 3+ characters, no kind
            if self.title_at(end) is not None:
                continue  # a person: 大手のスミス社長 is handled by titled_persons
            self.add(start, end, "ORG", name, company=True)

    def _foreign_company(self, start: int, iso3: str) -> None:
        """A country abbreviation before a katakana name is a company of that country: 米アップル."""
        text = self.text
        end = start + 1
        while end < len(text) and is_katakana(text[end]):
            end += 1
        name = text[start + 1 : end]
        if not is_kanji(text[start]) or text[start:end] in self.lex.names:
            return  # ロ of ロシア is no prefix
        if name in _CURRENCIES:
            return  # 豪ドル, 英ポンド: a currency
        if len(name) < 2 or name in self.lex.names or not self.boundary(end):
            return
        if end < len(text) and text[end] in self.lex.short_forms and text[end] not in "のはがもとにをで":
            return
        if end < len(text) and self.title_at(end) is not None:
            return  # a person: 米ブリンケン国務長官 is handled by titled_persons
        token = self.starts.get(start + 1)
        if token is not None and token.is_place_name and token.end == end:
            self.add(start + 1, end, "GPE", name, country=iso3)  # 米ラスベガス: a city
            return
        self.add(start, end, "ORG", name, country=iso3, company=True)

    def _org_after(self, start: int, end: int, iso3: str | None, *, short: bool = False) -> None:
        text = self.text
        run_end = end
        while run_end < len(text) and is_kanji(text[run_end]) and run_end - end < 10:
            run_end += 1
        for stop in range(run_end, end, -1):
            segment = text[end:stop]
            if any(segment.endswith(suffix) for suffix in _STATE_ORG_SUFFIXES) and self.boundary(stop):
                if short and segment in ("代表", "議会"):
                    return
                if short and segment == "軍" and start > 0 and is_kanji(text[start - 1]):
                    return  # 日米軍事, 在日米軍: no army of one country named on its own; 米軍は is
                if segment.endswith("議会") and text.startswith("選挙", stop):
                    return  # ポルトガル議会選挙: the country votes; the parliament does not act
                self.add(start, stop, "ORG", text[start:stop], country=iso3)
                return
        if short and (
            text.startswith(("政府", "政権", "側", "当局", "高官", "企業", "経済"), end)
            or self.title_at(end) is not None
        ):
            self.add(
                start, end, "GPE", self.lex.country_canonical.get(iso3 or "", text[start:end]), country=iso3
            )

    def suffix_organisations(self) -> None:
        text = self.text
        for suffixes, company in ((_COMPANY_SUFFIXES, True), (_JUSTICE_SUFFIXES, False)):
            for suffix in suffixes:
                position = text.find(suffix)
                while position >= 0:
                    end = position + len(suffix)
                    self._named_org(position, end, company)
                    position = text.find(suffix, end)
        # 株式会社 before the name (株式会社東和)
        position = text.find("株式会社")
        while position >= 0:
            end = position + 4
            stop = end
            while stop < len(text) and (is_kanji(text[stop]) or is_katakana(text[stop])):
                stop += 1
            if stop - end >= 2:
                self.add(position, stop, "ORG", text[position:stop], country="JPN", company=True)
            position = text.find("株式会社", end)
        # Ministries and agencies: a kanji word ending in 省 or 庁 (気象庁, 東京都庁).
        for suffix in ("省", "庁"):
            position = text.find(suffix)
            while position >= 0:
                end = position + 1
                start = position
                while start > 0 and is_kanji(text[start - 1]) and position - start < 6:
                    start -= 1
                if end - start >= 3 and self.boundary(start) and self.boundary(end):
                    known = self.lex.names.get(text[start:end])
                    if known is None:
                        self.add(start, end, "ORG", text[start:end], country="JPN")
                position = text.find(suffix, end)
        # Parties: a kanji word ending in 党 (共和党), not 与党/野党/政党.
        position = text.find("党")
        while position >= 0:
            start = position
            while start > 0 and is_kanji(text[start - 1]) and position - start < 6:
                start -= 1
            name = text[start : position + 1]
            if (
                position - start >= 2
                and self.boundary(start)
                and name not in self.lex.names
                and not name.endswith(("政党", "与党", "野党"))  # 主要政党, 連立与党: kinds of party
            ):
                self.add(start, position + 1, "ORG", name)
            position = text.find("党", position + 1)
        # Associations and unions: a word of 4+ characters ending in 協会/連盟/組合 (大韓医師協会).
        for suffix in _ASSOCIATION_SUFFIXES:
            position = text.find(suffix)
            while position >= 0:
                end = position + len(suffix)
                start = position
                while (
                    start > 0
                    and (is_kanji(text[start - 1]) or is_katakana(text[start - 1]))
                    and text[start - 1] != "・"
                    and position - start < 10
                ):
                    start -= 1  # 大韓医師協会, メキシコサッカー連盟
                while start < position and not self.boundary(start):
                    start += 1
                name = text[start:end]
                generic = name.endswith(_GENERIC_ASSOCIATIONS)
                if (
                    position - start >= 2
                    and not generic
                    and self.boundary(end)
                    and name not in self.lex.names
                ):
                    self.add(start, end, "ORG", name)
                position = text.find(suffix, end)

    def acronym_organisations(self) -> None:
        """An organisation name followed by its acronym in brackets: 国際協力機構（JICA）."""
        text = self.text
        for open_, close in (("（", "）"), ("(", ")")):
            position = text.find(open_)
            while position >= 0:
                stop = text.find(close, position + 1)
                acronym = text[position + 1 : stop] if stop > 0 else ""
                if 2 <= len(acronym) <= 8 and acronym.isascii() and acronym.isupper():
                    start = position
                    while start > 0 and (is_kanji(text[start - 1]) or is_katakana(text[start - 1])):
                        start -= 1
                    while start < position and not self.boundary(start):
                        start += 1
                    name = text[start:position]
                    if len(name) >= 3 and name.endswith(_ACRONYM_ORG_SUFFIXES) and name not in self.lex.names:
                        self.add(start, position, "ORG", name)
                        self.acronyms[acronym] = name
                position = text.find(open_, position + 1)
        for acronym, name in self.acronyms.items():
            position = text.find(acronym)
            while position >= 0:
                end = position + len(acronym)
                before = text[position - 1 : position]
                after = text[end : end + 1]
                if not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum()):
                    self.add(position, end, "ORG", name)
                position = text.find(acronym, end)

    def _named_org(self, suffix_start: int, end: int, company: bool) -> None:
        text = self.text
        if not self.boundary(end) and not (end < len(text) and text[end] in "のはがもとにをで、。"):
            return
        if company and not self.boundary(suffix_start):
            # the suffix is inside a token: only a proper-noun token naming the whole company
            # (九州電力) qualifies, not a place that happens to end like one (ラスベガス)
            inner = next((t for t in self.tokens if t.start < suffix_start < t.end), None)
            if inner is None or inner.pos[1] != "固有名詞" or inner.is_place_name or inner.end != end:
                return
        start = suffix_start
        while start > 0 and (is_kanji(text[start - 1]) or is_katakana(text[start - 1])):
            if text[start - 1] in "同両各":
                break
            start -= 1
        while start < suffix_start and not self.boundary(start):
            start += 1
        head = text[start:suffix_start]
        for generic in ("大手", "傘下", "子会社", "系", "メーカー"):
            cut = head.rfind(generic)
            if cut >= 0 and cut + len(generic) < len(head):
                start += cut + len(generic)  # 航空大手ルフトハンザ航空 → ルフトハンザ航空 (部品メーカー…)
                head = text[start:suffix_start]
        generic_tail = head[-2:] in _GENERIC_COMPANY_HEADS and (company or head[-2:] != "中央")
        if len(head) < 2 or head in _GENERIC_COMPANY_HEADS or generic_tail:
            return  # 大手地裁 is no name, ソウル中央地裁 is
        if head in self.lex.country_names and not company:
            return
        token = self.starts.get(start)
        if company and token is not None and token.end == end and token.pos[1] == "普通名詞":
            return
        if (
            company
            and text.endswith(_PROPER_HEAD_SUFFIXES, 0, end)
            and not self._proper_inside(start, suffix_start)
        ):
            return
        country = "JPN" if not company or all(is_kanji(c) or is_katakana(c) for c in head) else None
        self.add(start, end, "ORG", text[start:end], country=country, company=company)

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

    def _proper_inside(self, start: int, end: int) -> bool:
        """A proper-noun token (a name, a place) lies within start..end."""
        return any(t.is_proper for t in self.tokens if start <= t.start < end)

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
        # Katakana + 州 (デラウェア州) and other katakana + place-suffix words.
        position = text.find("州")
        while position >= 0:
            start = _katakana_name_start(text, position)
            if position - start >= 2:
                self.add(start, position + 1, "GPE", text[start : position + 1])
            position = text.find("州", position + 1)
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

    def anaphors(self) -> None:
        text = self.text
        position = text.find("同")
        while position >= 0:
            title = self.title_at(position + 1)
            nxt = text[position + 1 : position + 2]
            if title is not None and (position == 0 or not is_kanji(text[position - 1])):
                self.add(position, position + 1 + len(title), "PERSON", title, role=title, kind="anaphor")
            elif (head := _anaphor_head(text, position + 1)) is not None and (
                position == 0 or not is_kanji(text[position - 1])
            ):
                self.add(position, position + 1 + len(head), "ORG", head, kind="anaphor")  # 同組合, 同警察
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
                ):
                    self.add(position, end, _ANAPHOR_NOUNS[nxt], nxt, kind="anaphor")
            position = text.find("同", position + 1)
        # Short police/prosecutor forms after a full name: 府警, 県警, 地検.
        for short_form in ("府警", "県警", "地検", "市当局"):
            position = text.find(short_form)
            while position >= 0:
                start = position - 1 if text[position - 1 : position] == "同" else position
                if start == 0 or not is_kanji(text[start - 1]):  # 地検, 同地検
                    self.add(start, position + len(short_form), "ORG", short_form, kind="anaphor")
                position = text.find(short_form, position + 1)


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
        + orgnames.named_by_leaning(text, tokens, lex)
        + orgnames.press_names(text, lex)
        + orgnames.katakana_companies(text, tokens)
    )
    selected = orgnames.with_units(text, orgnames.committee_short_forms(text, select(candidates)))
    return _company_partners(text, _sports_clubs(text, selected))
