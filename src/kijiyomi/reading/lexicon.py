"""The reading lexicon: countries, places, organisations, groups, office titles, event triggers.

The data files under ``data/`` are plain TSV/text written from public facts (country names and
ISO 3166 codes, capitals, major cities, Japanese prefectures, international organisations and
their acronyms, Japanese ministries and parties, office titles, PLOVER trigger words and
phrases such as 輸出を禁止). They are
loaded once per process on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Name:
    """A lexicon entry that a surface string refers to."""

    canonical: str
    label: str  # GPE, LOC, ORG, GROUP
    country: str | None
    is_country: bool = False
    acronym: bool = False


@dataclass(frozen=True, slots=True)
class GroupRule:
    """How the members of a group word (両首脳, 両国) are found."""

    members: str  # persons, countries, places (prefectures and municipalities), orgs, none
    title: str | None


@dataclass(frozen=True, slots=True)
class Trigger:
    """An event trigger word."""

    type: str | None  # PLOVER type; None blocks a shorter trigger inside it (記者会見)
    mode: str | None
    phrase: bool = False  # a phrase with its verb (輸出を禁止), never a bare noun


@dataclass(frozen=True, slots=True)
class Lexicon:
    names: dict[str, Name]
    name_lengths: tuple[int, ...]  # distinct key lengths, longest first
    name_initials: frozenset[str]  # first characters of all names
    country_names: dict[str, str]  # every name of a country -> iso3
    country_canonical: dict[str, str]  # iso3 -> canonical name
    short_forms: dict[str, str]  # 米 -> USA
    titles: tuple[str, ...]  # longest first
    title_set: frozenset[str]
    title_lengths: tuple[int, ...]
    title_initials: frozenset[str]
    offices: frozenset[str]  # titles that are offices (not 氏, さん, 被告...)
    groups: dict[str, GroupRule]
    triggers: dict[str, Trigger]
    trigger_lengths: tuple[int, ...]
    phrases: re.Pattern[str]  # phrasal triggers (輸出を禁止), one named group per row of phrases.tsv
    phrase_triggers: dict[str, Trigger]  # group name -> trigger
    trigger_initials: frozenset[str]  # first characters of every trigger word and phrase


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("kijiyomi.reading").joinpath("data").joinpath(filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _field(row: list[str], index: int) -> str:
    return row[index].strip() if index < len(row) else ""


def _split(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


@cache
def lexicon() -> Lexicon:
    """The lexicon, loaded on first call."""
    names: dict[str, Name] = {}
    country_names: dict[str, str] = {}
    country_canonical: dict[str, str] = {}
    short_forms: dict[str, str] = {}
    for row in _rows("countries.tsv"):
        iso3, canonical = _field(row, 0), _field(row, 1)
        country_canonical[iso3] = canonical
        for name in [canonical, *_split(_field(row, 2))]:
            names[name] = Name(canonical, "GPE", iso3, is_country=True, acronym=name.isascii())
            country_names[name] = iso3
        for short in _split(_field(row, 3)):
            short_forms[short] = iso3
        capital = _field(row, 4)
        if capital and capital not in names:
            names[capital] = Name(capital, "GPE", iso3)
    for row in _rows("places.tsv"):
        name, label, iso3 = _field(row, 0), _field(row, 1), _field(row, 2)
        names.setdefault(name, Name(name, label, None if iso3 in ("", "-") else iso3))
    for row in _rows("organizations.tsv"):
        canonical, iso3 = _field(row, 0), _field(row, 2)
        country = None if iso3 in ("", "-") else iso3
        label = _field(row, 3) or "ORG"
        names[canonical] = Name(canonical, label, country)
        for alias in _split(_field(row, 1)):
            names[alias] = Name(canonical, label, country, acronym=alias.isascii())
    groups: dict[str, GroupRule] = {}
    for row in _rows("groups.tsv"):
        surface, members, title = _field(row, 0), _field(row, 1), _field(row, 2)
        groups[surface] = GroupRule(members, None if title in ("", "-") else title)
        names.setdefault(surface, Name(surface, "GROUP", None))
    titles: list[str] = []
    offices: set[str] = set()
    for row in _rows("titles.txt"):
        entry = _field(row, 0)
        if entry.startswith("!"):
            titles.append(entry[1:])
        else:
            titles.append(entry)
            offices.add(entry)
    _derive_groups(groups, names, offices)
    triggers: dict[str, Trigger] = {}
    for row in _rows("triggers.tsv"):
        surface, kind, mode = _field(row, 0), _field(row, 1), _field(row, 2)
        triggers[surface] = Trigger(None if kind in ("", "-") else kind, None if mode in ("", "-") else mode)
    patterns: list[str] = []
    initials: set[str] = {key[0] for key in triggers}
    phrase_triggers: dict[str, Trigger] = {}
    for number, row in enumerate(_rows("phrases.tsv")):
        pattern, kind, mode = _field(row, 0), _field(row, 1), _field(row, 2)
        patterns.append(f"(?P<p{number}>{pattern})")
        phrase_triggers[f"p{number}"] = Trigger(kind, None if mode in ("", "-") else mode, phrase=True)
        initials.update(_initials(pattern))
    return Lexicon(
        names=names,
        name_lengths=tuple(sorted({len(key) for key in names}, reverse=True)),
        name_initials=frozenset(key[0] for key in names),
        country_names=country_names,
        country_canonical=country_canonical,
        short_forms=short_forms,
        titles=tuple(sorted(set(titles), key=len, reverse=True)),
        title_set=frozenset(titles),
        title_lengths=tuple(sorted({len(title) for title in titles}, reverse=True)),
        title_initials=frozenset(title[0] for title in titles),
        offices=frozenset(offices),
        groups=groups,
        triggers=triggers,
        trigger_lengths=tuple(sorted({len(key) for key in triggers}, reverse=True)),
        phrases=re.compile("|".join(patterns) or "(?!)"),
        phrase_triggers=phrase_triggers,
        trigger_initials=frozenset(initials),
    )


# Kinds of body a 両-word can pair (両中銀, 両行, 両大学): its members are the latest two bodies.
_PAIRED_BODY_KINDS = (
    "中銀",
    "行",
    "銀行",
    "大学",
    "労組",
    "組合",
    "協会",
    "財団",
    "病院",
    "企業",
    "球団",
    "クラブ",
)


def _derive_groups(groups: dict[str, GroupRule], names: dict[str, Name], offices: set[str]) -> None:
    """両 + an office (両総裁, 両国防相) or 両相 pairs two persons; 両 + a kind of body pairs two bodies.
    Entries of groups.tsv win."""
    derived = {f"両{office}": GroupRule("persons", office) for office in offices if len(office) <= 4}
    derived["両相"] = GroupRule("persons", None)
    derived.update({f"両{kind}": GroupRule("orgs", None) for kind in _PAIRED_BODY_KINDS})
    for surface, rule in derived.items():
        if surface not in groups and surface not in names:
            groups[surface] = rule
            names[surface] = Name(surface, "GROUP", None)


def _initials(pattern: str) -> set[str]:
    """First characters a phrase pattern can start with: those of the words of its leading
    (?:a|b|…) group, or its first character."""
    group = re.match(r"\(\?:([^()]*)\)(\?)?", pattern)
    if group is None:
        return {pattern[0]}
    found = {word[0] for word in group.group(1).split("|") if word}
    if group.group(2):  # an optional group: the rest may start the phrase too
        found |= _initials(pattern[group.end() :])
    return found
