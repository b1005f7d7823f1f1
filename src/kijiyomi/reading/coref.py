"""Within-article coreference: mentions to entities with ids, names, countries, roles.

Rules, in text order:
- lexicon names merge by canonical name (NATO = 北大西洋条約機構, 日銀 = 日本銀行);
- person names merge when one is the other's prefix (上川 / 上川陽子) or its last katakana part
  (タケレ / タデセ・タケレ); organisation short names (東和フーズ) merge with their full form;
- 同氏 / 同+title (同補佐官) take the latest person (with that title when one has it); 同社 / 同国 /
  同県 the latest organisation or place of that kind; a bare title subject (首相は) the latest
  person holding that title;
- 両首脳 / 両国 / 両社 become GROUP entities whose members are the latest two persons, countries
  or organisations;
- a person's country comes from a country abbreviation in the title (米大統領), from "Xの" before
  the name (ロシアのペトロフ補佐官, ホワイトハウスのサキ報道官 → affiliation too), or is inherited.
After clustering, names of known persons and organisations are searched again in the text so
that bare later mentions (プーチン, 東和フーズ) are not missed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from kijiyomi.reading.lexicon import GroupRule, Lexicon, lexicon
from kijiyomi.reading.mentions import RawMention, is_kanji, is_katakana, select
from kijiyomi.reading.model import Entity, Mention

_COMPANY_TAILS = ("ホールディングス", "株式会社", "グループ")
_BRAND_RE = re.compile(
    r"([ァ-ヴー]{2,})(?:自動車|電機|電気|工業|重工業|重工|製作所|製薬|化学|商事|物産|証券|銀行|航空|建設|食品|製菓"
    r"|精機|精工|精密|工機|製紙|通信|電工|電子)"
)


@dataclass
class _Cluster:
    index: int
    label: str
    name: str
    country: str | None = None
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    members: list[int] = field(default_factory=list)
    mentions: list[tuple[RawMention, bool]] = field(default_factory=list)  # (mention, anaphoric)
    lexical: bool = False
    company: bool = False
    is_country: bool = False

    @property
    def entity_id(self) -> str:
        return f"E{self.index + 1}"


def _person_match(name: str, other: str) -> bool:
    if name == other:
        return True
    short, long_ = sorted((name, other), key=len)
    if len(short) < 1:
        return False
    if all(is_kanji(char) for char in short + long_):
        return len(short) >= 1 and long_.startswith(short) and len(long_) - len(short) <= 3
    parts = long_.replace("＝", "・").replace("=", "・").split("・")
    return short in parts and len(short) >= 2


def resolve(text: str, raw: list[RawMention]) -> list[Entity]:
    """Cluster ``raw`` mentions (text order) into entities."""
    clusters = _cluster(text, raw)
    extra = _rescan(text, raw, clusters)
    if extra:
        clusters = _cluster(text, select([*raw, *extra]))
    _places_in_countries(text, clusters)
    return [_freeze(cluster) for cluster in clusters if cluster.mentions]


def _cluster(text: str, raw: list[RawMention]) -> list[_Cluster]:
    lex = lexicon()
    clusters: list[_Cluster] = []
    last_of: list[_Cluster] = []  # clusters in order of their latest mention

    owner: dict[int, _Cluster] = {}  # id(mention) -> its cluster

    def touch(cluster: _Cluster, mention: RawMention, anaphoric: bool = False) -> None:
        cluster.mentions.append((mention, anaphoric))
        owner[id(mention)] = cluster
        if cluster in last_of:
            last_of.remove(cluster)
        last_of.append(cluster)

    def new(mention: RawMention, **kwargs: object) -> _Cluster:
        cluster = _Cluster(len(clusters), mention.label, mention.name, **kwargs)  # type: ignore[arg-type]
        clusters.append(cluster)
        return cluster

    previous: RawMention | None = None
    topics = _Topics(text)
    for mention in raw:
        if mention.kind == "group":
            _group(text, mention, clusters, last_of, touch, new)
        elif mention.kind == "anaphor":
            target = topics.preferred(mention, clusters) or _antecedent(mention, last_of, text)
            if (
                target is not None
                and previous is not None
                and text[previous.end : mention.start] == "と"
                and any(m is previous for m, _ in target.mentions)
            ):  # 法務省と同省は: the anaphor joined to a body is another one of its kind, if one was named
                target = _antecedent(mention, [c for c in last_of if c is not target], text) or target
            if target is None and mention.name == "国":
                target = _country_of_a_body(last_of, clusters)
                if target is not None:
                    clusters.append(target)
            if target is not None:
                touch(target, mention, True)
                if mention.role and mention.role not in target.roles and mention.label == "PERSON":
                    target.roles.append(mention.role)
        elif mention.label == "PERSON":
            cluster = next(
                (c for c in reversed(last_of) if c.label == "PERSON" and _person_match(c.name, mention.name)),
                None,
            )
            if cluster is None:
                cluster = new(mention)
            elif len(mention.name) > len(cluster.name):
                cluster.name = mention.name
            if mention.role and mention.role not in cluster.roles:
                cluster.roles.append(mention.role)
            if mention.country and not cluster.country:
                cluster.country = mention.country
            if previous is not None and previous.end + 1 == mention.start and text[previous.end] == "の":
                context = owner.get(id(previous))
                if context is not None and not cluster.country:
                    cluster.country = context.country
                if context is not None and context.label == "ORG" and not cluster.affiliation:
                    cluster.affiliation = context.name
            touch(cluster, mention)
        else:
            key = mention.name
            cluster = next(
                (c for c in clusters if c.label == mention.label and (c.name == key or key in c.aliases)),
                None,
            )
            if cluster is None and mention.label == "ORG" and not mention.lexical:
                cluster = (
                    next(
                        (
                            c
                            for c in clusters
                            if c.label == "ORG" and c.company and _short_company(c.name) == key
                        ),
                        None,
                    )
                    or _dotted_head_company(key, clusters)
                    or _without_country(key, clusters, lex)
                )
            if cluster is None:
                entry = lex.names.get(mention.text)
                cluster = new(
                    mention,
                    country=mention.country,
                    lexical=mention.lexical,
                    company=mention.company,
                    is_country=bool(entry and entry.is_country)
                    or (mention.lexical and mention.end - mention.start == 1),
                )
            if mention.text != cluster.name and mention.text not in cluster.aliases:
                cluster.aliases.append(mention.text)
            known = lex.names.get(mention.text)
            if cluster.label == "GPE" and known is not None and known.is_country:
                cluster.is_country = True  # 英政府 … 英国: the country, named in full later
            touch(cluster, mention)
        previous = mention
        topics.note(mention, owner.get(id(mention)))
    return clusters


_STATE_TOPIC_RE = re.compile(r"(?:政府|当局)?は")  # インドネシア(政府)は
_TOPIC_AFTER_RE = re.compile(r"(?:[（(][^（()）]{1,12}[）)])?は")  # Xは, 丸越ストア（大阪市）は


def _without_country(key: str, clusters: list[_Cluster], lex: Lexicon) -> _Cluster | None:
    """The body named before with its country in front (ブラジル連邦警察 … 連邦警察は): a name of
    3+ characters that no listed body has."""
    if len(key) < 3 or key in lex.names:
        return None
    for cluster in reversed(clusters):
        country = cluster.name[: -len(key)] if cluster.label == "ORG" and cluster.name.endswith(key) else ""
        entry = lex.names.get(country) if country else None
        if entry is not None and entry.is_country:
            return cluster
    return None


class _Topics:
    """The topic (a person or company marked with は) of each sentence in the narrative: 同氏 /
    同+title and 同国 in the next sentence refer to it, or to its country, before the person named
    last (AはBと会談した。同氏は… is A); 同社 to the company topic (AはBを買収する。同社は… is A)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.person: _Cluster | None = None
        self.sentence = -1  # the sentence index of the latest topic
        self.company: _Cluster | None = None
        self.company_sentence = -1
        self.country: _Cluster | None = None
        self.country_sentence = -1

    def _sentence_of(self, position: int) -> int:
        return self.text.count("。", 0, position)

    def note(self, mention: RawMention, cluster: _Cluster | None) -> None:
        if cluster is None or cluster.label not in ("PERSON", "ORG", "GPE"):
            return
        if cluster.label == "GPE" and cluster.is_country and _STATE_TOPIC_RE.match(self.text, mention.end):
            self.country, self.country_sentence = cluster, self._sentence_of(mention.start)
            return  # インドネシア政府は…日本の…。同国の… is Indonesia
        if cluster.label == "GPE" or not _TOPIC_AFTER_RE.match(self.text, mention.end):
            return
        if self.text.rfind("「", 0, mention.start) > self.text.rfind("」", 0, mention.start):
            return  # inside a quote
        if cluster.label == "ORG":
            if cluster.company:  # AはBを買収すると発表した。同社は… is A
                self.company, self.company_sentence = cluster, self._sentence_of(mention.start)
            return
        self.person = cluster
        self.sentence = self._sentence_of(mention.start)

    def preferred(self, mention: RawMention, clusters: list[_Cluster]) -> _Cluster | None:
        person = self.person
        if mention.quoted or not mention.text.startswith("同"):
            return None
        if mention.label == "ORG" and mention.name == "社":
            if self.company is not None and self._sentence_of(mention.start) - self.company_sentence == 1:
                return self.company
            return None
        if person is None or self._sentence_of(mention.start) - self.sentence != 1:
            # only the sentence right after the topic's; 同国 there may follow a country topic
            country_next = (
                self.country is not None and self._sentence_of(mention.start) - self.country_sentence == 1
            )
            if not (country_next and mention.label == "GPE" and mention.name == "国"):
                return None
            sentence_start = self.text.rfind("。", 0, mention.start) + 1
            named_here = any(  # …南アフリカのダーバンに入港する見通しで、同国政府は: the one named here
                c is not self.country and c.is_country and sentence_start <= m.start < mention.start
                for c in clusters
                for m, _ in c.mentions
            )
            return None if named_here else self.country
        if mention.label == "PERSON":
            role = mention.role or ""
            fits = role in ("氏", "さん") or any(r == role or r.endswith(role) for r in person.roles)
            return person if fits else None
        if mention.label == "GPE" and mention.name == "国" and person.country:
            return next((c for c in clusters if c.is_country and c.country == person.country), None)
        return None


def _dotted_head_company(key: str, clusters: list[_Cluster]) -> _Cluster | None:
    """ヴェルテック社 after ヴェルテック・セミコンダクター: a company called by the head of its name."""
    head = key[:-1] if key.endswith("社") else ""
    if len(head) < 3 or not all(is_katakana(c) for c in head):
        return None
    found = [c for c in clusters if c.label == "ORG" and c.company and c.name.startswith(head + "・")]
    return found[0] if len(found) == 1 else None


def _short_company(name: str) -> str:
    brand = _BRAND_RE.fullmatch(name)
    if brand is not None:
        return brand.group(1)  # トヨタ自動車 → トヨタ
    if name.endswith("社") and len(name) >= 4 and all(is_katakana(c) or c == "・" for c in name[:-1]):
        return name[:-1]  # アンデス・リティオ社 → アンデス・リティオ
    for tail in _COMPANY_TAILS:
        if name.endswith(tail) and len(name) > len(tail) + 1:
            return name[: -len(tail)]
        if name.startswith(tail) and len(name) > len(tail) + 1:
            return name[len(tail) :]
    return name


# A ministry's bureau or agency named after it (内務省開拓局, 商務省産業安全保障局): the unit alone.
_MINISTRY_BUREAU_RE = re.compile(r"(?:省|庁)(?P<unit>[一-龥]{2,8}(?:局|庁|院))$")
_UNIT_TAILS = ("特捜部", "地検", "地裁", "高裁", "家裁", "県警", "府警", "道警", "捜査本部", "国軍")


# Bodies of a state, never called 同組織 (an armed group or a movement is; 解放軍 may be either).
def _country_of_a_body(last_of: list[_Cluster], clusters: list[_Cluster]) -> _Cluster | None:
    """同国 where no country was named on its own, only in front of a body (チュニジア財務省は…。
    …同国の国債): a new country entity, named as in the body's name."""
    names = lexicon().country_names
    for cluster in reversed(last_of):
        if cluster.label != "ORG" or cluster.country is None:
            continue
        for name, code in names.items():
            if len(name) >= 2 and code == cluster.country and cluster.name.startswith(name):
                if cluster.name.startswith("南" + name) or len(cluster.name) <= len(name):
                    continue
                return _Cluster(len(clusters), "GPE", name, country=code, lexical=True, is_country=True)
    return None


_SUBJECT_AFTER_RE = re.compile(r"(?:政府|当局)?(?:は|も|が)")


def _subject_of_sentence(text: str, cluster: _Cluster, mention: RawMention) -> bool:
    """Whether the country's latest mention before ``mention`` is a subject of the same sentence
    (インド政府も…, インドは…): a later 同国 there means another country."""
    before = [m for m, _ in cluster.mentions if m.end <= mention.start]
    if not before:
        return False
    last = before[-1]
    return "。" not in text[last.end : mention.start] and _SUBJECT_AFTER_RE.match(text, last.end) is not None


def _named_as_a_group(text: str, cluster: _Cluster) -> bool:
    """Whether a body was introduced by its kind (先住民団体の全国組織「先住民議会」): a movement's
    organisation whatever its name ends in, so 同組織 can refer to it."""
    return any(text.endswith(("組織「", "団体「"), 0, m.start) for m, _ in cluster.mentions)


_STATE_BODY_TAILS = ("省", "庁", "政府", "裁", "裁判所", "地検", "警察", "議会", "大使館")
_PUBLIC_BODY_TAILS = (
    "省",
    "庁",
    "裁",
    "裁判所",
    "地検",
    "特捜部",
    "警察",
    "県警",
    "府警",
    "警視庁",
    "委員会",
    "政府",
    "軍",
    "機関",
    "機構",
    "連合",
    "党",
    "議会",
    "国会",
    "理事会",
)


_DOTTED_KATAKANA_RE = re.compile(r"[ァ-ヴー]{2,}(?:・[ァ-ヴー]{2,})*")
_CLUB_NAME_RE = re.compile(
    r"(?:^|[ァ-ヴー])(?:FC|SK|FK|SC|AC|CF|BK|IF|SV|AFC|CD|KV|NK)|^(?:FC|AC)|・スポル|クラブ$"
)


def _opponent(text: str, cluster: _Cluster, mention: RawMention) -> bool:
    """Whether the cluster's latest mention before ``mention`` names a match against it (X戦)."""
    before = [m for m, _ in cluster.mentions if m.end <= mention.start]
    return bool(before) and text.startswith("戦", before[-1].end)


# Anaphor heads whose antecedent is named with a longer ending (同大 → 東京大学, 同労組 → …労働組合).
_ANAPHOR_ENDINGS = {"大": ("大", "大学"), "労組": ("労組", "労働組合", "職員組合")}


_COUNCIL_TAILS = ("委員会", "評議会", "協議会", "理事会", "議会")
_LEANINGS = r"(?:中道右派|中道左派|中道|極右|極左|右派|左派|保守派|リベラル派|革新派)"
_PARTY_OF_RE = re.compile(rf"党首|与党|野党|政党|{_LEANINGS}(?:系)?の")


def _led_party(text: str, name: str, before: int) -> bool:
    """Whether ``name`` is written as a party before ``before``: Xの…党首, 与党X, 野党のX, 政党X, also
    bracketed (野党「X」の…党首)."""
    return bool(
        re.search(
            rf"{re.escape(name)}」?の[^、。「」]{{0,12}}党首|(?:与党|野党|政党|{_LEANINGS}(?:系)?)の?「?{re.escape(name)}",
            text[:before],
        )
    )


def _source_only(cluster: _Cluster, text: str) -> bool:
    """Whether every mention of the cluster is a cited source (Xによると, Xによれば)."""
    return bool(cluster.mentions) and all(
        text.startswith(("によると", "によれば"), m.end) for m, _ in cluster.mentions
    )


def _credit_only(cluster: _Cluster, text: str) -> bool:
    """Whether every mention of the cluster is a wire credit (【ジャカルタ共同】, ［…ロイター］)."""
    return bool(cluster.mentions) and all(
        text[m.end : m.end + 1] in ("】", "]", "］", ")", "）") for m, _ in cluster.mentions
    )


def _antecedent(mention: RawMention, last_of: list[_Cluster], text: str = "") -> _Cluster | None:
    recent = list(reversed(last_of))
    if mention.label == "PERSON":
        persons = [c for c in recent if c.label == "PERSON"]
        role = mention.role or ""
        if role in ("氏", "さん"):
            return persons[0] if persons else None
        with_role = [c for c in persons if any(r == role or r.endswith(role) for r in c.roles)]
        if with_role and mention.text == role and not mention.quoted:
            # a bare title (首相は) in the narrative is the article's own holder, the first one
            # named, not the partner named last (…首相はカナダのマーティン首相と会談した。首相は…);
            # inside a quote it is the holder just spoken of
            return min(with_role, key=lambda c: c.index)
        if with_role:
            return with_role[0]
        if mention.text.startswith("同"):
            return persons[0] if persons else None
        return None  # a bare title that no person in the article holds
    noun = mention.name
    if noun.endswith("選管"):  # 県選管: the prefecture's election board named before
        return next(
            (c for c in recent if c.label == "ORG" and c.name.endswith(noun[0] + "選挙管理委員会")), None
        )
    if noun in ("府警", "県警", "地検", "市当局"):
        return next((c for c in recent if c.label == "ORG" and c.name.endswith(noun)), None)
    if noun == "社":
        recent = [c for c in recent if not _credit_only(c, text)]  # 【…共同】 files the story, acts in none
        latest = next((c for c in recent if c.label == "ORG"), None)
        owner = next(
            (
                c
                for c in recent
                if latest is not None
                and not latest.company
                and c.company
                and c is not latest
                and latest.name.startswith(c.name)
            ),
            None,
        )  # 東邦自動車労働組合は…同社に: the company whose union, fund or unit was just named
        if owner is not None:
            return owner
        return next((c for c in recent if c.label == "ORG" and c.company), None) or next(
            (c for c in recent if c.label == "ORG" and not c.name.endswith(_PUBLIC_BODY_TAILS)), None
        )  # 同社 is no prosecutor's office or ministry
    if noun == "国":
        countries = [c for c in recent if c.label == "GPE" and c.is_country]
        for c in recent:
            if c.label == "GPE" and c.is_country:
                if len(countries) > 1 and _subject_of_sentence(text, c, mention):
                    continue  # インド政府も…派遣したほか、WHOは同国政府と: another country
                return c
            if c.label == "ORG" and c.country and _country_body_before(text, c, mention):
                # フィリピン国防省によると、同国は: the country of the body just named
                return next((k for k in recent if k.is_country and k.country == c.country), None)
        return None
    if noun in ("島", "諸島"):  # 同島, 同諸島: the island named before, a place or a territory
        return next((c for c in recent if c.label in ("LOC", "GPE") and c.name.endswith("島")), None)
    if noun == "行":  # 同行: the bank named before, a central bank too (チリ中央銀行 … 同行の総裁)
        return next((c for c in recent if c.label == "ORG" and c.name.endswith("銀行")), None)
    if noun == "委":  # 同委: the committee named before
        return next((c for c in recent if c.label == "ORG" and c.name.endswith("委員会")), None)
    if noun in (
        "組織",
        "団体",
        "集団",
    ):  # 同組織: the last organisation named that is no company nor a state body, first one the
        # noun itself introduced (若者団体「X」の… 政党「Y」の… 同団体は: X)
        return next(
            (
                c
                for c in recent
                if c.label == "ORG"
                and any(_described_as(text, m.start, noun) for m, _ in c.mentions if m.start < mention.start)
            ),
            None,
        ) or next(
            (
                c
                for c in recent
                if c.label == "ORG"
                and not c.company
                and (not c.name.endswith(_STATE_BODY_TAILS) or _named_as_a_group(text, c))
            ),
            None,
        )
    if noun == "中銀":  # 同中銀, 中銀: the central bank named before
        return next((c for c in recent if c.label == "ORG" and c.name.endswith("中央銀行")), None)
    if noun == "クラブ":  # 同クラブ: the club named before (ガラタSK, FCポルト, …・スポル, …クラブ)
        clubs = [c for c in recent if c.label == "ORG" and _CLUB_NAME_RE.search(c.name)] or [
            c
            for c in recent
            if c.label == "ORG"
            and not c.company
            and not c.lexical
            and _DOTTED_KATAKANA_RE.fullmatch(c.name)
            and not _source_only(c, text)  # スペイン紙マルカによると: the paper reports, it plays not
        ]  # else a katakana body named before (リーグ、レアル・ソシエダードは…。同クラブは)
        playing = [c for c in clubs if not _opponent(text, c, mention)]  # 7日のX戦で、同クラブの…: not X
        return next(iter(playing or clubs), None)
    if noun in ("球団", "チーム"):  # 同球団, 同チーム: the last club named (no company, no state body)
        return next(
            (
                c
                for c in recent
                if c.label == "ORG" and not c.company and not c.name.endswith(_PUBLIC_BODY_TAILS)
            ),
            None,
        )
    if noun == "党":  # 同党: a party named …党, else a body whose leader is its 党首 (Xのディミトロフ党首)
        return next((c for c in recent if c.label == "ORG" and c.name.endswith("党")), None) or next(
            (
                c
                for c in recent
                if c.label == "ORG"
                and _PARTY_OF_RE.search(text, 0, mention.start)
                and _led_party(text, c.name, mention.start)
            ),
            None,
        )
    endings = _ANAPHOR_ENDINGS.get(noun, (noun,))  # 同大: 東京大学; 同労組: …労働組合
    named = next(
        (
            c
            for c in recent
            if c.label == mention.label
            and c.name.endswith(endings)
            and not (noun == "会" and c.name.endswith(_COUNCIL_TAILS))  # 同会: not a 委員会 (同委員会)
        ),
        None,
    )
    if named is not None or not text:
        return named
    described = next(  # 政府系ファンド、サハラ投資庁 … 同ファンド: the body the noun described
        (
            c
            for c in recent
            if c.label == mention.label
            and any(_described_as(text, m.start, noun) for m, _ in c.mentions if m.start < mention.start)
        ),
        None,
    )
    if described is not None or noun not in _OWNED_BODY_NOUNS:
        return described
    owned = re.compile(rf"の[一-龥]{{1,6}}{noun}")  # Xの規律委員会 … 同委員会: X acts through it
    return next(
        (
            c
            for c in recent
            if c.label == "ORG"
            and any(owned.match(text, m.end) for m, _ in c.mentions if m.end < mention.start)
        ),
        None,
    )


_OWNED_BODY_NOUNS = frozenset({"委員会", "理事会", "評議会"})


def _described_as(text: str, start: int, noun: str) -> bool:
    """Whether the name at ``start`` follows the noun that describes it (…ファンド、X / …ファンドのX /
    …テレビ局「X」)."""
    before = text[max(0, start - len(noun) - 1) : start]
    return (before.startswith(noun) and before[len(noun) :] in ("、", "の", "「")) or text.endswith(
        noun, 0, start
    )


def _country_body_before(text: str, cluster: _Cluster, mention: RawMention) -> bool:
    """Whether a body named after its country (フィリピン国防省) was written in the sentence of
    ``mention``, before it."""
    last = cluster.mentions[-1][0] if cluster.mentions else None
    if last is None or not text or "。" in text[last.end : mention.start]:
        return False
    return any(
        last.text.startswith(name) and len(name) >= 2 and code == cluster.country
        for name, code in lexicon().country_names.items()
    )


def _topic_before(text: str, cluster: _Cluster, mention: RawMention) -> bool:
    """Whether the cluster's latest mention is the topic (Xは) of the sentence ``mention`` is in."""
    last = cluster.mentions[-1][0] if cluster.mentions else None
    return (
        last is not None
        and last.end <= mention.start
        and text.startswith("は", last.end)
        and "。" not in text[last.end : mention.start]
    )


def _group(  # type: ignore[no-untyped-def]
    text: str, mention: RawMention, clusters: list[_Cluster], last_of: list[_Cluster], touch, new
) -> None:
    existing = next((c for c in clusters if c.label == "GROUP" and c.name == mention.name), None)
    rule = lexicon().groups.get(mention.text)
    if existing is not None:
        if len(existing.members) < 2 and rule is not None and rule.members != "none":
            # 両国 written when one of the two was named only in a body (ネパール外務省): the
            # second one named since completes it
            found = _group_members(text, mention, rule, last_of)
            if len(found) > len(existing.members) and set(existing.members) <= set(found):
                existing.members = found
        touch(existing, mention)
        return
    members = _group_members(text, mention, rule, last_of) if rule is not None else []
    cluster = new(mention, members=members)
    touch(cluster, mention)


def _group_members(text: str, mention: RawMention, rule: GroupRule, last_of: list[_Cluster]) -> list[int]:
    """The latest two persons, countries or organisations a group word (両首脳, 両国, 両社) stands for."""
    members: list[int] = []
    if rule is not None and rule.members != "none":
        recent = [c for c in reversed(last_of) if c.label != "GROUP"]
        if rule.members == "persons":
            pool = [c for c in recent if c.label == "PERSON"]
            if rule.title:
                titled = [c for c in pool if any(r.endswith(rule.title) for r in c.roles)]
                pool = titled if len(titled) >= 2 else pool
        elif rule.members == "countries":
            pool = [c for c in recent if c.label == "GPE" and c.is_country]
            named = [c for c in pool if not _only_listed(text, c)]
            pool = named if len(named) >= 2 else pool  # 米国やオーストラリアなどに続き: examples, no party
            acting = [c for c in pool if _topic_before(text, c, mention)]
            if len(acting) == 1 and len(pool) >= 3:
                pool.remove(acting[0])  # カタールは両国の要請を受け: the topic is not one of the two
            elif len(pool) >= 3:
                pool = _met_pair(text, mention, pool) or pool
        elif rule.members == "places":  # 両町, 両市村: the latest two municipalities of those kinds
            kinds = tuple(rule.title or "")
            pool = [c for c in recent if c.label == "GPE" and not c.is_country and c.name.endswith(kinds)]
        else:
            # a body only cited as a source (スペイン紙マルカによると) is no party of the pair
            pool = [c for c in recent if c.label == "ORG" and not _source_only(c, text)]
            companies = [c for c in pool if c.company]
            if mention.text.endswith("社") and len(companies) >= 2:
                pool = companies  # 両社 after two companies and a commission: the companies
            else:
                pool = _joined_pair(text, mention, pool) or pool
        members = sorted(c.index for c in pool[:2])
    return members


def _only_listed(text: str, cluster: _Cluster) -> bool:
    """Whether every mention of ``cluster`` is an example in a list (米国やオーストラリアなど)."""
    return all(_EXAMPLE_RE.match(text, m.end) for m, _ in cluster.mentions)


_EXAMPLE_RE = re.compile(r"(?:や[^、。「」や]{1,10})*など")


# AのX相とBのY相は, AとBは: two countries joined as the subject of a sentence (the pair that met)
_MET_GAP_RE = re.compile(r"(?:の[^、。「」と]{1,14}?)?と")
_MET_SUBJECT_RE = re.compile(r"(?:の[^、。「」と]{1,14}?)?(?:は|が|の両)")


def _named_before(mention: RawMention, pool: list[_Cluster]) -> list[tuple[int, int, _Cluster]]:
    """The named (not anaphoric) mentions of ``pool`` that end before ``mention``, in text order, as
    (start, end, cluster)."""
    return sorted(
        (
            (m.start, m.end, c)
            for c in pool
            for m, anaphoric in c.mentions
            if not anaphoric and m.end <= mention.start
        ),
        key=lambda span: span[:2],
    )


def _met_pair(text: str, mention: RawMention, pool: list[_Cluster]) -> list[_Cluster]:
    """The latest two countries joined as a sentence's subject (カザフスタンのA農相とアゼルバイジャンの
    B経済相は…会談し), which a later 両国 stands for though a third country was named since."""
    spans = _named_before(mention, pool)
    for index in range(len(spans) - 1, 0, -1):
        (_, left_end, left), (right_start, right_end, right) = spans[index - 1], spans[index]
        if (
            left is not right
            and _MET_GAP_RE.fullmatch(text, left_end, right_start)
            and _MET_SUBJECT_RE.match(text, right_end)
        ):
            return [left, right]
    return []


_PAIR_JOINS = frozenset({"と", "」と「", "、", "」、「", "や", "」や「"})


def _joined_pair(text: str, mention: RawMention, pool: list[_Cluster]) -> list[_Cluster]:
    """The latest two organisations named joined (武装勢力「X」と「Y」は … 両勢力は): the pair a
    group word stands for, though a third body was named since."""
    spans = _named_before(mention, pool)
    for index in range(len(spans) - 1, 0, -1):
        (_, left_end, left), (right_start, _, right) = spans[index - 1], spans[index]
        if left is not right and text[left_end:right_start] in _PAIR_JOINS:
            return [left, right]
    return []


_UN_BODY_TAILS = ("理事会", "委員会", "計画", "基金", "機関", "事務局", "派遣団")


def _rescan(text: str, raw: list[RawMention], clusters: list[_Cluster]) -> list[RawMention]:
    """Bare later mentions of known persons (katakana surname, kanji full/family name) and short
    company names."""
    cover: dict[int, tuple[int, int]] = {}  # character -> the mention span covering it
    for mention in raw:
        for position in range(mention.start, mention.end):
            cover[position] = (mention.start, mention.end)

    def blocked(start: int, end: int) -> bool:
        # an existing mention overlapping without lying strictly inside (大和 inside 大和精工 yields)
        for position in range(start, end):
            span = cover.get(position)
            if span is not None and (span == (start, end) or span[0] < start or span[1] > end):
                return True
        return False

    extra: list[RawMention] = []
    for cluster in clusters:
        keys: list[str] = []
        aliases: set[str] = set()  # keys that name the cluster under another name
        if cluster.label == "PERSON":
            keys.append(cluster.name)
            parts = cluster.name.replace("＝", "・").split("・")
            if len(parts) > 1:
                keys.append(parts[-1])
            if len(cluster.name) >= 3 and all(is_kanji(c) for c in cluster.name):
                # 習近平 … 習氏, 李在明 … 李氏: a surname of one or two kanji with 氏
                keys.extend(cluster.name[:cut] + "氏" for cut in (1, 2))
        elif cluster.label == "ORG" and cluster.company:
            keys.append(_short_company(cluster.name))
            head, dot, _ = cluster.name.partition("・")
            if dot and len(head) >= 3 and all(is_katakana(c) for c in head):
                keys.append(head)  # ハンビット・メディカル … ハンビット側は
                aliases.add(head)
        elif cluster.label == "ORG":
            keys.extend(
                tail for tail in _UNIT_TAILS if cluster.name.endswith(tail) and cluster.name != tail
            )  # 大阪地検特捜部 … 特捜部は
            bureau = _MINISTRY_BUREAU_RE.search(cluster.name)
            if bureau is not None:
                keys.append(bureau.group("unit"))  # 内務省開拓局 … 開拓局は: the bureau without its ministry
            if _KATAKANA_NAME_RE.fullmatch(cluster.name):
                keys.append(cluster.name)  # 「シーブリッジ」 … シーブリッジは: a name given once in brackets
            if (
                cluster.name.startswith("国連")
                and len(cluster.name) >= 6
                and cluster.name.endswith(_UN_BODY_TAILS)
            ):
                keys.append(cluster.name[2:])  # 国連人権理事会 … 人権理事会は: the UN body without 国連
                aliases.add(cluster.name[2:])
            if cluster.name.endswith("裁判所") and len(cluster.name) >= 5:
                short = cluster.name[:-3] + "裁"  # 憲法裁判所 … 憲法裁に: the court's short name
                keys.append(short)
                aliases.add(short)
        elif cluster.label == "GPE" and not cluster.is_country and _KATAKANA_NAME_RE.fullmatch(cluster.name):
            keys.append(cluster.name)  # インドのアーメダバードを … アーメダバードは: the town again
        if cluster.label == "ORG" and cluster.mentions:
            first = cluster.mentions[0][0]
            alias = _BRACKET_ALIAS_RE.match(text, first.end)
            if (
                alias is not None
                and alias.group("alias") != cluster.name
                and not alias.group("alias").startswith("本社")  # （本社東京）: the seat, no alias
                and alias.group("alias") not in _KIND_GLOSSES
            ):
                keys.append(alias.group("alias"))  # 紛争処理小委員会（パネル）… パネルは
                aliases.add(alias.group("alias"))
        for key in keys:
            if len(key) < 2:
                continue
            position = text.find(key)
            while position >= 0:
                end = position + len(key)
                before = text[position - 1] if position else ""
                after = text[end] if end < len(text) else ""
                if (
                    not blocked(position, end)
                    and not (is_katakana(before) or is_katakana(after))
                    and not (is_kanji(before) and is_kanji(key[0]))
                ):
                    extra.append(
                        replace(
                            cluster.mentions[0][0],
                            start=position,
                            end=end,
                            text=key,
                            name=cluster.name
                            if key in _UNIT_TAILS or key.endswith("氏") or key in aliases
                            else key,
                            role="氏" if key.endswith("氏") else None,
                            kind="name",
                        )
                    )
                    for covered in range(position, end):
                        cover[covered] = (position, end)
                position = text.find(key, end)
        if (
            cluster.label == "PERSON"
            and 3 <= len(cluster.name) <= 5
            and all(is_kanji(c) for c in cluster.name)
        ):
            extra.extend(_bare_surnames(text, cluster, blocked, cover))
    return extra


# A kanji surname alone as a clause's topic or subject after the full name (森下航平 … 森下は30日).
_BARE_SURNAME_OPENERS = frozenset("。、」\n　 ")
_BARE_SURNAME_PARTICLES = ("は", "が", "も")


def _bare_surnames(
    text: str,
    cluster: _Cluster,
    blocked: Callable[[int, int], bool],
    cover: dict[int, tuple[int, int]],
) -> list[RawMention]:
    """Later mentions of a Japanese person by a two-kanji surname alone, opening a clause and
    marked は/が/も (sports and crime copy drop 氏)."""
    surname = cluster.name[:2]
    first = cluster.mentions[0][0]
    found: list[RawMention] = []
    position = text.find(surname, first.end)
    while position >= 0:
        end = position + 2
        if (
            (position == 0 or text[position - 1] in _BARE_SURNAME_OPENERS)
            and text.startswith(_BARE_SURNAME_PARTICLES, end)
            and not blocked(position, end)
        ):
            found.append(
                replace(
                    first, start=position, end=end, text=surname, name=cluster.name, role=None, kind="name"
                )
            )
            for covered in range(position, end):
                cover[covered] = (position, end)
        position = text.find(surname, end)
    return found


_KATAKANA_NAME_RE = re.compile(r"[ァ-ヴ][ァ-ヴー]{2,15}")
_BRACKET_ALIAS_RE = re.compile(
    r"[（(](?P<alias>[ァ-ヴー]{2,10}|[一-龥]{2,6})(?:、[^（()）、]{1,16})?[）)](?![一-龥])"
)  # not （下院）選挙; …労働組合（X労、組合員約N人）: the short name, then a fact about the body

# The kind of body the name is, in brackets after it (X銀行（中央銀行）, X法院（地裁）): a gloss, no alias.
_KIND_GLOSSES = frozenset({"中央銀行", "地裁", "高裁", "最高裁", "地検", "高検", "下院", "上院", "議会"})

_DIRECTIONS = ("", "の", "東部", "西部", "南部", "北部", "中部", "北東部", "北西部", "南東部", "南西部")


def _places_in_countries(text: str, clusters: list[_Cluster]) -> None:
    """A place right after a country (ウクライナ東部ドネツク州, 中国の厦門) lies in it; a person
    with a kanji name and no other country is Japanese (Japanese news write foreigners' countries)."""
    owner = {id(m): c for c in clusters for m, _ in c.mentions}
    ordered = sorted((m for c in clusters for m, _ in c.mentions), key=lambda m: m.start)
    for previous, mention in pairwise(ordered):
        cluster = owner[id(mention)]
        before = owner[id(previous)]
        if cluster.country or cluster.label not in ("GPE", "LOC") or not before.is_country:
            continue
        if text[previous.end : mention.start] in _DIRECTIONS:
            cluster.country = before.country
    for cluster in clusters:
        if cluster.label == "PERSON" and not cluster.country and all(is_kanji(c) for c in cluster.name):
            cluster.country = "JPN"


def _freeze(cluster: _Cluster) -> Entity:
    mentions = tuple(
        Mention(m.start, m.end, m.text, cluster.entity_id, m.role, anaphoric)
        for m, anaphoric in sorted(cluster.mentions, key=lambda pair: pair[0].start)
    )
    return Entity(
        id=cluster.entity_id,
        label=cluster.label,  # type: ignore[arg-type]
        name=cluster.name,
        country=cluster.country,
        roles=tuple(cluster.roles),
        affiliation=cluster.affiliation,
        aliases=tuple(cluster.aliases),
        members=tuple(f"E{index + 1}" for index in cluster.members),
        mentions=mentions,
    )
