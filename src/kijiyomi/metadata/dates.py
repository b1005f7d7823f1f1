"""Find and parse publication dates in short strings: Japanese, ISO 8601, RFC 2822, English,
German and French forms.

Every result is timezone-aware. The zone comes from the string when it names one (an offset or an
abbreviation such as JST, EST, ET, CET), else from ``default_tz``, else from the language: JST for
Japanese (or a Japanese-form date), KST for Korean, China time for Chinese, UTC otherwise.
Years outside 1990-2100 and impossible dates or times are rejected.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

JST = timezone(timedelta(hours=9), "JST")
KST = timezone(timedelta(hours=9), "KST")
CHINA_TZ = timezone(timedelta(hours=8), "CST")

MIN_YEAR = 1990
MAX_YEAR = 2100

_LANG_TZ: dict[str, tzinfo] = {"ja": JST, "ko": KST, "zh": CHINA_TZ}

# Full-width digits and punctuation to ASCII, one character for one so that spans stay valid.
_FULLWIDTH = str.maketrans(
    "０１２３４５６７８９：／．（），＋－　",
    "0123456789:/.(),+- ",
)

_FIXED_ZONES: dict[str, float] = {
    "UTC": 0, "UT": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2,
    "MEZ": 1, "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "IST": 5.5, "SGT": 8, "HKT": 8, "AWST": 8,
    "JST": 9, "KST": 9, "ACST": 9.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10,
}  # fmt: skip
# Zones that follow daylight saving time: resolved for the date itself.
_REGIONAL_ZONES: dict[str, tuple[str, float]] = {
    "ET": ("America/New_York", -5),
    "CT": ("America/Chicago", -6),
    "MT": ("America/Denver", -7),
    "PT": ("America/Los_Angeles", -8),
    "東部時間": ("America/New_York", -5),
    "米東部時間": ("America/New_York", -5),
    "日本時間": ("Asia/Tokyo", 9),
}

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan jänner januar janvier enero gennaio janeiro januari января січня",
        "february feb februar février fevrier febrero febbraio fevereiro februari февраля лютого",
        "march mar märz maerz mars marzo março maart марта березня",
        "april apr avril abril aprile апреля квітня",
        "may mai mayo maggio maio mei мая травня",
        "june jun juni juin junio giugno junho июня червня",
        "july jul juli juillet julio luglio julho июля липня",
        "august aug août aout agosto augustus августа серпня",
        "september sep sept septembre septiembre settembre setembro сентября вересня",
        "october oct oktober octobre octubre ottobre outubro oktober октября жовтня",
        "november nov novembre noviembre novembro ноября листопада",
        "december dec dezember décembre decembre diciembre dicembre dezembro декабря грудня",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_EN = r"(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
_WEEKDAY_WORD = (
    r"(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|" + _WEEKDAY_EN[4:-1] + r")\.?,?\s+)"
)
_WEEKDAY_PAREN = r"(?:\s*\(\s*(?:[月火水木金土日](?:\s*・\s*祝)?|" + _WEEKDAY_EN + r")\.?\s*\))?"

# The first letters of the weekday and month names (in the same ``(?i:...)`` as the names): a
# position that holds none of them cannot open an English date, and this one-character lookahead
# spares the engine the two long alternations there (same matches; most of the time of a search).
_MONTH_FIRST = r"(?=(?i:[" + "".join(sorted({name[0] for name in _MONTHS})) + r"]))"
_NAME_FIRST = r"(?=(?i:[" + "".join(sorted({name[0] for name in _MONTHS} | set("mtwfs"))) + r"]))"
_DMY_FIRST = r"(?=\d|(?i:[mtwfs]))"  # a day's digit or a weekday's first letter

_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "ja",
        re.compile(
            r"(?:(?P<era>令和|平成|昭和)\s*(?P<ey>\d{1,2}|元)|(?P<y>\d{4}))\s*年\s*(?P<mo>\d{1,2})\s*月\s*"
            r"(?P<d>\d{1,2})\s*日" + _WEEKDAY_PAREN
        ),
    ),
    ("ja_noyear", re.compile(r"(?<![\d年])(?P<mo>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日" + _WEEKDAY_PAREN)),
    (
        "ymd",
        re.compile(
            r"(?<![\d./-])(?P<y>(?:19|20|21)\d{2})(?P<sep>[-/.])(?P<mo>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
            r"(?![\d/])\.?" + _WEEKDAY_PAREN
        ),
    ),
    (
        "dmy",
        re.compile(
            r"(?<![\d./-])(?P<d>\d{1,2})(?P<sep>[./-])\s?(?P<mo>\d{1,2})(?P=sep)\s?(?P<y>(?:19|20|21)\d{2})(?![\d/-])"
        ),
    ),
    (  # 25.04.24: a two-digit year only with a zero-padded day and month and dots
        "dmy2",
        re.compile(r"(?<![\d./-])(?P<d>[0-3]\d)\.(?P<mo>[01]\d)\.(?P<yy>\d{2})(?![\d.]\d|\d)"),
    ),
    (
        "en_mdy",
        re.compile(
            r"(?<![A-Za-z])"
            + _NAME_FIRST
            + _WEEKDAY_WORD
            + r"?"
            + _MONTH_FIRST
            + r"(?P<mon>(?i:"
            + _MONTH_ALT
            + r"))\.?\s+(?P<d>\d{1,2})"
            r"(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?!\d)"
        ),
    ),
    (
        "en_dmy",
        re.compile(
            r"(?<![\w.])"
            + _DMY_FIRST
            + _WEEKDAY_WORD
            + r"?(?P<d>\d{1,2})(?:st|nd|rd|th|\.|er)?\s*(?:de\s+)?"
            + _MONTH_FIRST
            + r"(?P<mon>(?i:"
            + _MONTH_ALT
            + r"))(?![A-Za-z])\.?,?\s+(?:de\s+)?(?P<y>\d{4})(?!\d)"
        ),
    ),
)

# What each pattern cannot match without (exact ``in`` tests, far cheaper than a search that fails).
_NEEDS: dict[str, Callable[[str], bool]] = {
    "ja": lambda text: "年" in text and "月" in text and "日" in text,
    "ja_noyear": lambda text: "月" in text and "日" in text,
    "ymd": lambda text: "-" in text or "/" in text or "." in text,
    "dmy": lambda text: "-" in text or "/" in text or "." in text,
    "dmy2": lambda text: "." in text,
}

_TIME = re.compile(
    r"(?:\s*[,、|]?\s*(?:T|at\s+|um\s+|à\s+|[-–—]\s*)?)"
    r"(?P<pre>午前|午後)?\s*(?P<h>\d{1,2})"
    r"(?:\s*時\s*(?:(?P<mj>\d{1,2})\s*分(?:\s*(?P<sj>\d{1,2})\s*秒)?)?"
    r"|\s*(?:[:h]|\.(?=\d{2}\s*Uhr))\s*(?P<m>\d{2})(?:\s*:\s*(?P<s>\d{2})(?:[.,]\d{1,9})?)?(?!\d)"
    r"|(?=\s*[aApP]\.?\s?[mM](?![A-Za-z])))"
    r"(?:\s*(?P<ap>[aApP])\.?\s?[mM]\.?(?![A-Za-z]))?(?:\s*Uhr)?"
)
_ZONE = re.compile(
    r"[ \t]*\(?\s*(?P<tz>[+-]\d{2}:?\d{2}(?!\d)|(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?(?!\d)"
    r"|[A-Z]{1,5}(?![A-Za-z])|米?東部時間|日本時間)\)?"
)
_TIME_BEFORE = re.compile(
    r"(?P<pre>午前|午後)?(?P<h>\d{1,2})[:.](?P<m>\d{2})\s*(?:(?P<ap>[aApP])\.?\s?[mM]\.?)?"
    r"(?:\s*(?P<tz>[A-Z]{2,5}|[+-]\d{2}:?\d{2}))?\s*[,|]?\s*(?:on\s+)?$"
)
_DIGIT = re.compile(r"\d")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")  # kana or kanji: a Japanese-first default
_ERA_START = {"令和": 2018, "平成": 1988, "昭和": 1925}

DateSpan = tuple[int, int, datetime]


def parse_date(
    text: str,
    *,
    default_tz: tzinfo | None = None,
    lang: str | None = None,
    reference: datetime | None = None,
) -> datetime | None:
    """The first date(-time) in ``text``, or None.

    A month and day without a year (``12月31日``) count only when ``reference`` gives the year.
    """
    found = find_dates(text, default_tz=default_tz, lang=lang, reference=reference)
    return found[0][2] if found else None


def find_dates(
    text: str,
    *,
    default_tz: tzinfo | None = None,
    lang: str | None = None,
    reference: datetime | None = None,
) -> list[DateSpan]:
    """Every date(-time) in ``text`` as ``(start, end, datetime)``, left to right, not overlapping."""
    if not text or not _DIGIT.search(text):
        return []
    norm = text.translate(_FULLWIDTH)
    japanese_text = bool(_JAPANESE.search(norm))
    candidates: list[DateSpan] = []
    for kind, pattern in _DATE_PATTERNS:
        needs = _NEEDS.get(kind)
        if needs is not None and not needs(norm):
            continue
        for match in pattern.finditer(norm):
            found = _build(norm, match, kind, default_tz, lang, reference, japanese_text)
            if found is not None:
                candidates.append(found)
    if not candidates:
        return []
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    result: list[DateSpan] = []
    last_end = -1
    for candidate in candidates:
        if candidate[0] >= last_end:
            result.append(candidate)
            last_end = candidate[1]
    return result


def _build(
    text: str,
    match: re.Match[str],
    kind: str,
    default_tz: tzinfo | None,
    lang: str | None,
    reference: datetime | None,
    japanese_text: bool,
) -> DateSpan | None:
    groups = match.groupdict()
    month = _MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["mo"])
    day = int(groups["d"])
    if kind == "ja" and groups["era"]:
        era_year = 1 if groups["ey"] == "元" else int(groups["ey"])
        year = _ERA_START[groups["era"]] + era_year
    elif kind == "ja_noyear":
        if reference is None:
            return None
        year = reference.year
    elif kind == "dmy2":
        year = 2000 + int(groups["yy"])
    else:
        year = int(groups["y"])
    if kind == "dmy" and groups["sep"] in "/-" and _month_first(int(groups["d"]), month, lang):
        day, month = month, int(groups["d"])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None

    end = match.end()
    hour = minute = second = 0
    zone: tzinfo | None = None
    zone_name: str | None = None
    time = _TIME.match(text, end)
    if time is not None:
        hour, minute, second = _clock(time)
        end = time.end()
        zone_match = _ZONE.match(text, end)
        if zone_match is not None and _known_zone(zone_match["tz"]):
            zone_name = zone_match["tz"]
            end = zone_match.end()
    else:
        before = _TIME_BEFORE.search(text, max(0, match.start() - 32), match.start())
        if before is not None:
            hour, minute, second = _clock(before)
            if before["tz"] and _known_zone(before["tz"]):
                zone_name = before["tz"]
    if hour > 23 or minute > 59 or second > 59:
        return None
    try:
        naive = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    if kind == "ja_noyear" and reference is not None:
        ref_naive = reference.replace(tzinfo=None)
        if naive - ref_naive > timedelta(days=31):
            try:
                naive = naive.replace(year=year - 1)
            except ValueError:
                return None
    if zone_name is not None:
        zone = _zone(zone_name, naive)
    if zone is None:
        zone = default_tz or _default_zone(kind, lang, japanese_text)
    return match.start(), end, naive.replace(tzinfo=zone)


def _clock(match: re.Match[str]) -> tuple[int, int, int]:
    groups = match.groupdict()
    hour = int(groups["h"])
    minute = int(groups.get("m") or groups.get("mj") or 0)
    second = int(groups.get("s") or groups.get("sj") or 0)
    marker = groups.get("pre") or (groups.get("ap") or "").lower()
    if marker in ("午後", "p"):
        if hour > 12:
            return 99, 0, 0
        hour = hour % 12 + 12
    elif marker in ("午前", "a"):
        if hour > 12:
            return 99, 0, 0
        hour %= 12
    return hour, minute, second


# English-speaking countries that write a numeric date day first (1/12/2025 is 1 December).
_DAY_FIRST_REGIONS = frozenset({"gb", "uk", "ie", "au", "nz", "in", "za", "sg", "my", "pk", "ng", "ke"})


def numeric_date_locale(lang: str | None, declared: Iterable[str] = (), url: str | None = None) -> str | None:
    """The language to read numeric dates by: ``"en-gb"`` for English from a country that writes the
    day first (by the first declared locale with a region, ``en-AU``, else by the host's country
    code, ``.co.uk``), else ``lang``."""
    if lang != "en":
        return lang
    for tag in declared:
        parts = tag.strip().replace("_", "-").lower().split("-")
        if len(parts) > 1 and parts[0] == "en":
            return "en-gb" if parts[1] in _DAY_FIRST_REGIONS else lang
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:  # a malformed URL
        host = ""
    return "en-gb" if host.rsplit(".", 1)[-1] in _DAY_FIRST_REGIONS else lang


def _month_first(first: int, second: int, lang: str | None) -> bool:
    """For ``a/b/yyyy``: is ``a`` the month? Certain when one side is over 12, else by language:
    month first in American English (``en``, ``en-us``) and where the language is unknown."""
    if second > 12:
        return True
    if first > 12:
        return False
    return lang is None or lang.lower() in ("en", "en-us")


def _known_zone(name: str) -> bool:
    return name in _FIXED_ZONES or name in _REGIONAL_ZONES or name[0] in "+-" or name[:3] in ("UTC", "GMT")


def _zone(name: str, naive: datetime) -> tzinfo | None:
    if name in _FIXED_ZONES:
        fixed_hours = _FIXED_ZONES[name]  # (a float; ``hours`` below is an int: mypyc wants one type)
        return timezone(timedelta(hours=fixed_hours), name) if fixed_hours else UTC
    if name in _REGIONAL_ZONES:
        key, fallback = _REGIONAL_ZONES[name]
        if key == "Asia/Tokyo":
            return JST
        try:
            return ZoneInfo(key)
        except ZoneInfoNotFoundError:  # no tz database: standard time
            return timezone(timedelta(hours=fallback))
    offset = re.fullmatch(r"(?:UTC|GMT)?\s*([+-])\s*(\d{1,2}):?(\d{2})?", name)
    if offset is None:
        return None
    sign = -1 if offset[1] == "-" else 1
    hours, minutes = int(offset[2]), int(offset[3] or 0)
    if hours > 14 or minutes > 59:
        return None
    delta = timedelta(hours=hours, minutes=minutes) * sign
    return timezone(delta) if delta else UTC


def _default_zone(kind: str, lang: str | None, japanese_text: bool) -> tzinfo:
    zone = _LANG_TZ.get(lang.split("-")[0].lower()) if lang else None
    if zone is not None:
        return zone
    if kind in ("ja", "ja_noyear") or japanese_text:
        return JST
    return UTC


_URL_DATE = re.compile(
    r"(?<![\d])(?P<y>(?:19|20)\d{2})(?:(?P<sep>[/_-])(?P<mo>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)|(?P<mo8>[01]\d)(?P<d8>[0-3]\d))"
    r"(?=[/_.+-]|$)"
)


def date_from_url(url: str | None, *, tz: tzinfo = UTC) -> datetime | None:
    """The day a URL's path names (``/2021/12/31/``, ``/2021-12-31-slug``, ``/20211231/``), at midnight.

    Only whole dates count (a year and month alone do not), in the path, not the host or query.
    """
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    if "//" in path:
        path = path.split("//", 1)[1].partition("/")[2]
    for match in _URL_DATE.finditer(path):
        year = int(match["y"])
        month = int(match["mo"] or match["mo8"])
        day = int(match["d"] or match["d8"])
        if not MIN_YEAR <= year <= MAX_YEAR:
            continue
        try:
            return datetime(year, month, day, tzinfo=tz)
        except ValueError:
            continue
    return None


__all__ = ["CHINA_TZ", "JST", "KST", "DateSpan", "date_from_url", "find_dates", "parse_date"]
