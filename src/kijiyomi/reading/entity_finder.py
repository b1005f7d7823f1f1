"""The state and shared lookups of the entity mention finder: text, tokens, lexicon hits,
word boundaries, office titles; the rule passes (persons, organisations, places) build on it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kijiyomi.reading.entity_words import _NOT_DEMONYM_AFTER
from kijiyomi.reading.lexicon import Lexicon, Name
from kijiyomi.reading.mentions import RawMention, is_katakana
from kijiyomi.reading.tokens import Token

# A region word before a listed title makes a regional office (州知事, 県知事, 州首相).
_REGION_OF_TITLE = frozenset("州県省郡")
_REGIONAL_TITLES = frozenset({"知事", "首相", "議会議長", "議長", "副知事", "警察本部長"})
_ACTING_SUFFIXES = frozenset({"代行", "代理"})  # 長官代行, 社長代理 (not 代理人, 代理店)
# The head or deputy head of a secretariat (事務局次長, 副事務局長), after a name.
_UNIT_HEAD_TITLE_RE = re.compile(r"副?(?:事務局|事務総局)(?:次長|長)(?![一-龥])")
# Two portfolios joined by a dot before a minister's title (経済・財務相, 外務・欧州問題相, 青年・スポーツ相).
_DOTTED_MINISTER_RE = re.compile(
    r"[一-龥]{1,6}・(?P<office>(?:[一-龥]{1,6}|[ァ-ヴー]{2,6})(?:担当委員|担当相|相|大臣|長官))"
)  # 経済・財務相, 内務・自治長官, 平和・安全保障担当委員
# A field of charge before a listed office (財務担当|取締役, 平和活動担当|事務次長), never inside a
# kanji name.
_FIELD_OF_CHARGE_RE = re.compile(r"(?<![一-龥々〆ヶ])[一-龥]{1,6}?担当")
# A minister whose field is written in kanji then katakana (鉱業エネルギー相, 情報通信テクノロジー相).
_MIXED_MINISTER_RE = re.compile(r"(?=(?P<office>[一-龥]{1,4}[ァ-ヴ][ァ-ヴー]{1,7}(?:相|大臣)(?![一-龥])))")


class _FinderBase:
    def __init__(self, text: str, tokens: list[Token], lex: Lexicon) -> None:
        self.text = text
        self.tokens = tokens
        self.lex = lex
        self.starts: dict[int, Token] = {token.start: token for token in tokens}
        self.ends: dict[int, Token] = {token.end: token for token in tokens}
        self.out: list[RawMention] = []
        self.acronyms: dict[str, str] = {}
        self._lexicon_hits: dict[int, tuple[str, int] | None] = {}
        self._mixed_ministers: dict[int, str] = {  # every start of 鉱業エネルギー相 (元鉱業…, 鉱業…)
            match.start(): match.group("office") for match in _MIXED_MINISTER_RE.finditer(text)
        }
        self._fields_of_charge: dict[int, int] = {  # start of 財務担当 -> its end
            match.start(): match.end() for match in _FIELD_OF_CHARGE_RE.finditer(text)
        }

    # -- helpers -----------------------------------------------------------------------------
    def add(self, start: int, end: int, label: str, name: str, **kwargs: object) -> None:
        self.out.append(RawMention(start, end, self.text[start:end], label, name, **kwargs))  # type: ignore[arg-type]

    def boundary(self, position: int) -> bool:
        return position in self.starts or position in self.ends or position in (0, len(self.text))

    def lexicon_tokens(self) -> Iterator[tuple[Token, str, int, Name]]:
        """Each token where a lexicon name starts: the token, the name's key, its end and its entry."""
        for token in self.tokens:
            hit = self.lexicon_at(token.start)
            if hit is not None:
                key, end = hit
                yield token, key, end, self.lex.names[key]

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
        """A place read as one word with 内 (東京都内で), a group with 間 (両国間の): it is named."""
        after = self.text[end : end + 1]
        label = self.lex.names[key].label
        return (
            ((after == "内" and label == "GPE") or (after == "間" and label == "GROUP"))
            and self.boundary(end + 1)
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

    def title_at(self, position: int) -> str | None:
        """The office title written at ``position``: a listed one, a region's (州知事, 県知事) or a
        dotted minister's (経済・財務相)."""
        text = self.text
        if position >= len(text):
            return None
        first = text[position]
        if first in _REGION_OF_TITLE:
            inner = self._listed_title(position + 1)
            if inner is not None and inner in _REGIONAL_TITLES:
                return first + inner
        if (listed := self._listed_title(position)) is not None:
            return self._with_acting(position, listed)
        if "・" in text[position + 1 : position + 8] and (
            dotted := _DOTTED_MINISTER_RE.match(text, position)
        ):
            return dotted.group(0)
        if first in "副事" and (unit := _UNIT_HEAD_TITLE_RE.match(text, position)):
            return unit.group(0)  # 事務局次長, 副事務局長: a secretariat's head or deputy
        if position in self._fields_of_charge:  # 財務担当|取締役 after a katakana name
            field_end = self._fields_of_charge[position]
            if (office := self._listed_title(field_end)) is not None:
                return text[position:field_end] + office
        return self._mixed_ministers.get(position)

    def _with_acting(self, position: int, title: str) -> str:
        """An office held in an acting capacity (長官代行, 社長代理) is one title with its suffix."""
        end = position + len(title)
        suffix = self.text[end : end + 2]
        if (
            suffix in _ACTING_SUFFIXES
            and title in self.lex.offices
            and not self.text.startswith(("人", "店"), end + 2)
        ):
            return title + suffix
        return title

    def _listed_title(self, position: int) -> str | None:
        text = self.text
        if position >= len(text) or text[position] not in self.lex.title_initials:
            return None
        titles = self.lex.title_set
        for length in self.lex.title_lengths:
            candidate = text[position : position + length]
            if len(candidate) == length and candidate in titles:
                return candidate
        return None
