"""Case-particle analysis: which mention of a sentence is marked by which particle.

A mention's ``particle`` is read from the characters right after it: は, が, も (subjects), に対し,
に, へ, への (recipients), と, との (partners), で (place), の (modifier), によると (source).
Coordinated mentions (AとBは, A、Bの両首脳は) share the particle of the last one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from kijiyomi.reading.entity_words import COMPANY_KINDS
from kijiyomi.reading.model import Entity, Mention, Span

# Those who act for a body named before の (Xの部隊が, Xの支持者と、Yの支持者が): alternatives.
_FOR_A_BODY = r"部隊|兵士|戦闘員|民兵|支持者"
_PARTICLE_RE = re.compile(
    r"(?:ら(?:[一-龥ァ-ヶー]{1,8}?[0-9０-９]+(?:カ国|か国)|各国|参加国|加盟国)の?(?:首脳|外相|国防相|閣僚|代表)(?:ら)?"
    r"|ら[0-9０-９一二三四五六七八九十数]{1,3}(?:人|閣僚|議員|幹部|首脳|社)"  # Xら3閣僚が: X among them
    r"|ら[一-龥]{0,4}(?:指導部|執行部|幹部|首脳陣|代表団)"  # Xら議会指導部と: X among its leaders
    r"|ら|側|社|会派|執行部|の?[一-龥]{0,4}当局(?!間)|の[一-龥]{1,4}(?:政府|政権|国軍)(?=と)"
    rf"|の(?P<acting_for>{_FOR_A_BODY})(?=[はがも]|と、?[一-龥ァ-ヴ])"
    r"|の(?:双方|両者|両方)(?=と|に|は|が)|の(?:政府|交渉|外交|経営|通商)?(?:大使|代表|幹部|担当者|責任者|当局者|首脳|高官|閣僚)(?:ら)?(?=と)|政府|軍政|軍事政権|軍|自身|の?(?:\d+|両|各)?(?:カ国|か国|機関|社|団体|党|クラブ|球団)?の?(?:首脳|外相|国防相|閣僚|両首脳|両国|政府|代表団|高官)?(?:ら)?)?"
    r"(?P<between>間)?(?P<p>によると|によれば|による|に対して|に対し|に向けて|への|との|とは|では|には|へは|とも|"
    r"および|及び|並びに|"
    r"は|が|も|に|へ|と|で|の|を|や|、)"
)
_FORMAL_AND = frozenset({"および", "及び", "並びに"})
_MEETING_TOPIC_RE = re.compile(
    r"(?:首脳会議|首脳会合|サミット|外相会合|外相理事会|閣僚会合|閣僚理事会|理事会|総会)"
    r"(?:[（(][^（()）]{1,12}[）)])?(?P<p>は|が|も)"
)
# An alias in brackets, also a short name before a fact about the body (X労働組合（X労、組合員約N人）は)
_ALIAS_RE = re.compile(r"[（(](?:[^（()）]{1,12}|[^（()）、]{1,8}、[^（()）、]{1,16})[）)]")
# XなどはYに, Xなど3大労組は, XやYなど18カ国が, XやYなど衣料大手12社は: the ones named of those meant
ETC_RE = re.compile(  # Xなど3大労組は, XやYなど公的債権国とも: the kind of those meant after など
    r"など(?:約|計)?(?:(?:[一-龥]{1,4})?[0-9０-９一二三四五六七八九十数]+[カかヵ]?[一-龥]{1,4}|複数の[一-龥]{1,4}"
    r"|(?:[一-龥ァ-ヴー]{1,6}[のな])?[一-龥]{2,6})?"  # など欧州の主要国は, など主要な債権国も
    r"(?=と|との|とも|は|が|も)"  # Xなど主要8労組は, Xなど複数の団体は
)
SUBJECT = frozenset({"は", "が", "も", "とは", "では", "には"})


@dataclass(frozen=True, slots=True)
class Argument:
    mention: Mention
    entity: Entity
    particle: str  # the particle right after the mention ("" when none)
    coordinated: bool = False  # got its particle from a following conjunct (AとBは)


def sentence_arguments(text: str, sentence: Span, mentions: list[tuple[Mention, Entity]]) -> list[Argument]:
    """Mentions inside ``sentence`` (outside 「」 quotes is the caller's business) with particles."""
    starts = _starts(mentions)
    low = bisect_left(starts, sentence.start)
    high = bisect_left(starts, sentence.end)
    inside = [(m, e) for m, e in mentions[low:high] if m.end <= sentence.end]
    args: list[Argument] = []
    for mention, entity in inside:
        after = mention.end
        if text[after : after + 1] == "」" and text[mention.start - 1 : mention.start] == "「":
            after += 1  # 野党「共に民主党」は: a name in brackets takes the particle after them
        alias = _ALIAS_RE.match(text, after, sentence.end)  # 北大西洋条約機構（NATO）との
        if alias is not None:
            after = alias.end()
            if text[after : after + 1] == "」" and text[mention.start - 1 : mention.start] == "「":
                after += 1  # 独立機関「X（ABC）」は: the alias inside the name's brackets
        etc = ETC_RE.match(text, after, sentence.end)
        if etc is not None:
            after = etc.end()  # 「X」などと協議する, Xなど3大労組は: the one named first of those meant
        match = _PARTICLE_RE.match(text, after, sentence.end)
        particle = match.group("p") if match else ""
        if match and entity.label == "PERSON" and match.group("acting_for") == "支持者":
            particle = "の"  # X氏の支持者が: a person's supporters act on their own, a party's for it
        if not particle and _ETC_KIND_RE.match(text, after, sentence.end):
            particle = "の"  # Xなど複数の労組の組合員は: X heads the owners of the topic
        if particle in _FORMAL_AND:
            particle = "や"  # 緑農連合および進歩党と: a list, written formally
        meeting = _MEETING_TOPIC_RE.match(text, after, sentence.end)
        if meeting is not None:
            particle = meeting.group("p")  # 主要7カ国首脳会議（G7サミット）は: the members act
        if match and match.group("between"):
            particle = "間"  # 日中間で: both sides take part
        led = LED_BY_RE.match(text, after, sentence.end) if particle in ("", "が") else None
        if led is not None:
            particle = led.group("p")  # X率いる部隊が: the leader acts through the force
        if (
            particle == ""
            and entity.label == "ORG"
            and (affiliate := _AFFILIATE_RE.match(text, after, sentence.end))
        ):
            particle = affiliate.group("p")  # 「イスラム国」（IS）系の武装勢力が: the group acts through it
        if not particle and entity.label in ("ORG", "GPE"):
            told = _SOURCE_STAFF_RE.match(text, after, sentence.end)
            if told is not None:
                particle = told.group("p")  # EU部隊によると, 米軍関係者によれば: the body is the source
        if not particle and (
            _OFFICIAL_AFTER_RE.match(text, after, sentence.end)
            or (entity.label == "ORG" and _OFFICIAL_TOPIC_RE.match(text, after, sentence.end))
        ):
            particle = "の"  # タイ政府高官は, 同省報道官は: the owner of the topic, as in タイの政府高官は
        args.append(Argument(mention, entity, particle))
    # coordination: A と B は / A、B の両首脳は → A shares B's particle
    for index in range(len(args) - 2, -1, -1):
        current, following = args[index], args[index + 1]
        if current.mention.end == following.mention.start and current.entity.label == following.entity.label:
            if current.mention.text.endswith(_PREFECTURE_ENDS) and following.mention.text.endswith(
                _MUNICIPALITY_ENDS
            ):
                args[index] = Argument(current.mention, current.entity, "の")  # 宮崎県|高原町: where it is
                continue
            args[index] = Argument(current.mention, current.entity, following.particle, True)  # 日米韓
            continue
        if current.particle in ("と", "や", "、"):
            # skip "Xの" modifiers of the next conjunct (AとドイツのB首相は) and the bracketed
            # alias of this one (米航空宇宙局（NASA）と宇宙航空研究開発機構（JAXA）は)
            j = index + 1
            while j + 1 < len(args) and _alias_of(text, args[j].mention, current.mention):
                j += 1
            # the name as written last (its alias, if any) must be joined to the next conjunct:
            # Y（ABC）と連携して…、同警察は is no list
            written_last = args[j - 1].mention
            next_conjunct = args[j].mention
            while j + 1 < len(args) and _modifies_next(text, args[j], args[j + 1]):
                j += 1
            following = args[j]
            described = current.particle == "と" and _DESCRIBED_RE.fullmatch(
                text, current.mention.end, args[index + 1].mention.start
            )  # 東邦電機と半導体製造装置の北辰テクノロジーは
            if not described and not _adjacent(text, written_last, next_conjunct):
                continue
            if described and following.entity.label != current.entity.label:
                continue
            shared = following.particle
            if following.entity.label == "GROUP" or shared in SUBJECT or shared in ("に対し", "に対して"):
                args[index] = Argument(current.mention, current.entity, shared, True)
            elif (
                shared in ("と", "との", "とも")
                and current.particle in ("や", "、")
                and current.entity.label == following.entity.label
            ):  # 米国や英国と連携して, 中国のA相、ロシアのB相と会談: both are partners, each in its own right
                args[index] = Argument(current.mention, current.entity, shared)
            elif (
                shared in ("に", "への")
                and following is args[index + 1]
                and text[current.mention.end : following.mention.start] in ("と", "、")
                and current.entity.label == following.entity.label
            ):  # セルビアとコソボに自制を求めた: both are asked
                args[index] = Argument(current.mention, current.entity, shared, True)
    return args


_STARTS_CACHE: dict[int, tuple[list[tuple[Mention, Entity]], list[int]]] = {}


def _starts(mentions: list[tuple[Mention, Entity]]) -> list[int]:
    """Start offsets of ``mentions`` (sorted by start), computed once per list."""
    cached = _STARTS_CACHE.get(id(mentions))
    if cached is None or cached[0] is not mentions:
        _STARTS_CACHE.clear()  # one article at a time: keep no more than the current list
        cached = (mentions, [m.start for m, _ in mentions])
        _STARTS_CACHE[id(mentions)] = cached
    return cached[1]


# "Xの…は/が/も": a noun phrase owned by a mention that is the topic or subject (イラン外務省の報道官は),
# its acronym in brackets too (両国の陸軍作戦部長（ADMO）は)
OWNED_TOPIC_RE = re.compile(
    r"の[^、。「」のにをで]{1,10}?(?:[（(][A-Z]{2,8}[）)])?(?<!と)[はがも]"
)  # not …とも: a partner
# A share of a body's members (同組合の一部の組合員は, 同党の多くの党員が).
_SHARE_TOPIC_RE = re.compile(
    r"の(?:(?:一部|多く|大半|半数)の[^、。「」のにをで]{1,10}?|[^、。「」のにをで]{1,8}?の(?:一部|多く|大半|半数))[はがも]"
)  # 同組合の一部の組合員は, IWCの加盟国の一部は
_OWNER_PREFIX_RE = re.compile(
    r"」?(?:[（(][^（()）]{1,12}[）)])?(?:[0-9０-９]{1,2}(?:カ国|か国))?"
    r"(?P<body>政府|当局|側|軍|警察|の[一-龥]{0,4}当局(?=の))?"
)  # 日米韓3カ国の外務次官は: the countries own the topic; 団体「X」の約100人が: past the bracket;
# 日米韓の外交当局の局長級は: past the authorities of the countries
# A force named after the group it belongs to: X系の武装勢力が, X系組織は, X系の過激派も.
_AFFILIATE_RE = re.compile(
    r"系(?:の)?(?:武装勢力|武装組織|武装集団|過激派組織|過激派|組織|勢力|グループ|民兵組織|民兵|部隊)(?:ら)?(?P<p>[はがも])"
)
# A force named by its leader: X率いる部隊が, Xが率いる武装勢力は, X率いる反乱軍も.
LED_BY_RE = re.compile(r"(?:ら)?(?:が)?率いる[一-龥ァ-ヶー]{1,8}(?:ら)?(?P<p>[はがも])")
_OFFICIAL_AFTER_RE = re.compile(r"(?:政府|当局)(?:高官|当局者|報道官|幹部|筋|関係者)(?:ら)?[はがも]")
# A body's unit or staff written without の before によると (EU部隊によると, 同省関係者によれば).
_SOURCE_STAFF_RE = re.compile(
    r"(?:政府|当局|外交)?(?:部隊|軍|当局|関係者|報道官|筋|高官|当局者)(?P<p>によると|によれば)"
)
# An official of a government written without の (タイ政府高官は, 米政府当局者が): the state speaks.
_OFFICIAL_TOPIC_RE = re.compile(r"(?:高官|当局者|報道官|幹部|筋|関係者)(?:ら)?[はがも]")


def represents(topic: re.Match[str]) -> bool:
    """Whether the owner of a "Xの…は/が" phrase acts through it (イラン外務省の報道官は), not a
    union, residents or a person who lives there (フランスの国鉄労組は, 大阪府の女性が)."""
    return not _NOT_REPRESENTATIVE_RE.search(topic.group(0)[1:-1])


_ETC_KIND_RE = re.compile(r"など(?:複数の|主要|計)?[0-9０-９一二三四五六七八九十数]*[一-龥]{1,4}(?=の)")


def owned_topic(text: str, end: int, pattern: re.Pattern[str] = OWNED_TOPIC_RE) -> re.Match[str] | None:
    """ "Xの…は/が/も" after a mention ending at ``end``, past an alias in brackets and 政府/当局/側
    (米通商代表部（USTR）の報道官は, キプロス政府の報道官は)."""
    listed = _ETC_KIND_RE.match(text, end)  # Xなど複数の労組の組合員は: X heads the list of owners
    if listed is not None:
        end = listed.end()
    prefix = _OWNER_PREFIX_RE.match(text, end)
    found = pattern.match(text, prefix.end() if prefix else end)
    if found is None and prefix is not None:
        return _OFFICIAL_TOPIC_RE.match(text, prefix.end())  # タイ政府高官は, 同省報道官は: no の
    return found


_PREFECTURE_ENDS = ("県", "都", "府", "道", "州", "省")
_MUNICIPALITY_ENDS = ("市", "町", "村", "区", "郡")
# 韓国の(電池メーカー)東光化学, Xの(キリスト教系武装組織)Y: a description up to 12 characters
_MODIFIER_GAP_RE = re.compile(r"の[^、。「」はがをにともでの]{0,12}")
# A country's letter, then the kind of company that the next name is (英|製薬会社の|X): the letter
# owns the kind and the name is the conjunct.
_KIND_OF_COMPANY_GAP_RE = re.compile(rf"[一-龥ァ-ヴーA-Z]{{1,8}}?(?:{COMPANY_KINDS})の?")
_NOT_REPRESENTATIVE_RE = re.compile(
    r"(?:労組|労働組合|組合|組合員|市民|住民|団体|学生|医師|野党|支持者|抗議者|デモ隊|被害者|遺族|弁護団|弁護士|弁護人|代理人"
    r"|家族|関係者|ファン|サポーター|フーリガン|観客"
    r"|社員|従業員|職員|若者|有権者|女性|男性|男|女|少年|少女|子ども|高齢者|患者|原告|乗客|観光客|農家)(?:ら|側|たち)?$"
    # the clients or neighbours of a body, however many, are not its members (同行の顧客ら約千人が)
    r"|(?:顧客|利用者|預金者|契約者|株主|加入者|住民|市民|乗客|患者|被害者|遺族)(?:ら|たち)?(?:約?[0-9０-９数百千万]+人)?$"
)
# The members of a body, however many, act for it (同組合の組合員らは, 同団体の約100人が, 同党の議員らも).
_MEMBERS_RE = re.compile(
    r"^(?:組合員|会員|メンバー|構成員|党員|加盟国|加盟社)?(?:ら|たち)?(?:の一部)?(?:約?[0-9０-９数百千万]+人)?(?:ら)?$"
)
# Followers of a person, however many (支持者ら約200人, 支援者ら数百人).
_FOLLOWERS_RE = re.compile(
    r"(?:支持者|支援者|ファン|信者|遺族|家族)(?:ら|たち)?(?:約?[0-9０-９数百千万]+人)?$"
)
_DESCRIBED_RE = re.compile(r"と[^、。「」とはがをに]{1,12}の")


def _members(topic: str) -> bool:
    """Whether an "Xの…は" phrase names members of X (の一部の組合員らは, の約100人が)."""
    inner = topic[1:-1]
    for share in ("一部の", "多くの", "大半の", "半数の"):
        inner = inner.removeprefix(share)
    return bool(inner) and _MEMBERS_RE.match(inner) is not None


def _alias_of(text: str, alias: Mention, name: Mention) -> bool:
    """Whether ``alias`` is written in brackets right after ``name`` (北大西洋条約機構（NATO）)."""
    return (
        alias.start == name.end + 1 and text[name.end] in "（(" and text[alias.end : alias.end + 1] in "）)"
    )


# The unit or government a conjunct stands for, before と (Xの部隊と、Yの部隊が; Xの暫定政府とYは).
_UNIT_JOIN_RE = re.compile(
    rf"(?:[（(][^（()）]{{1,12}}[）)])?の(?:{_FOR_A_BODY}|[一-龥]{{1,4}}(?:政府|政権|国軍))と、?"
)


def _modifies_next(text: str, arg: Argument, following: Argument) -> bool:
    """Whether ``arg`` only describes the conjunct after it: "Xの" (韓国の電池メーカー東光化学) or a
    country's letter before the kind of company that conjunct is (英|製薬会社の|X)."""
    if arg.particle == "の":
        return _MODIFIER_GAP_RE.fullmatch(text, arg.mention.end, following.mention.start) is not None
    return arg.particle == "" and (
        _KIND_OF_COMPANY_GAP_RE.fullmatch(text, arg.mention.end, following.mention.start) is not None
    )


def _adjacent(text: str, left: Mention, right: Mention) -> bool:
    gap = text[left.end : right.start]
    if gap[:1] in ("）", ")") and text[left.start - 1 : left.start] in ("（", "("):
        gap = gap[1:]  # X（ABC）、Y（DEF）は, X（ABC）の部隊と: the alias's bracket closes before the join
    unit = _UNIT_JOIN_RE.match(gap)
    if unit is not None:
        gap = "と" + gap[unit.end() :]  # マリ軍の部隊と、武装組織Xの部隊が: the forces of both
    if gap[:1] == "」" and gap[-1:] == "「" and text[left.start - 1 : left.start] == "「":
        gap = gap[1:-1]  # 「X」と「Y」は: two names in brackets joined
    return len(gap) <= 8 and "。" not in gap and "「" not in gap and "、" not in gap[1:]


_CONDITION_END_RE = re.compile(  # …撤回しなければ、 / …撤回しなければ世界貿易機関に (no comma)
    r"[^、。「」]{0,120}?(?:(?:(?<!によ)れば|なければ|なら|ない限り)(?:[、「]|(?=[一-龥ァ-ヶー]))|場合[、「])"
)


def in_condition(text: str, arg: Argument, limit: int) -> bool:
    """Whether ``arg`` is the subject of a condition (EUが措置を撤回しなければ、…と警告した)."""
    return arg.particle == "が" and _CONDITION_END_RE.match(text, arg.mention.end, limit) is not None


_PLAIN_TOPIC_RE = re.compile(r"(?<=[一-龥ァ-ヶー])(?:ら|側|団|陣)?は(?=[^ぁ-ん]|、|その後|そのまま)")


def plain_topic(text: str, start: int, end: int, args: list[Argument]) -> bool:
    """Whether ``text[start:end]`` has a topic that is no entity (弁護団は, 与党幹部は, 首脳らは):
    then the subject of an earlier sentence does not carry over."""
    for match in _PLAIN_TOPIC_RE.finditer(text, start, min(len(text), end + 1)):  # + its lookahead
        position = match.start()
        if position >= end:
            break
        if not any(a.mention.start <= position <= a.mention.end + 2 for a in args):
            return True
    return False


# "Xが所属するYは", "Xが率いる野党・Yは": X is the subject of a relative clause on the topic Y.
_RELATIVE_ON_TOPIC_RE = re.compile(
    r"が[^、。「」はがを]{1,10}?(?:する|した|している|いる|る)[^、。「」はがを]{0,8}$"
)


def topic_modified_by(text: str, arg: Argument, later: list[Argument]) -> Argument | None:
    """The topic a relative clause with subject ``arg`` modifies (ソウザ氏が所属する野党・国民刷新党は)."""
    for other in later[:2]:
        if other.particle == "は" and other.entity.label in ("PERSON", "ORG", "GROUP", "GPE"):
            if _RELATIVE_ON_TOPIC_RE.match(text[: other.mention.start], arg.mention.end):
                return other
            return None
    return None


# A company's unit in a country (三陽自動車のタイ法人は, ソニーの米国本社は): the country names the unit.
_UNIT_OF_BODY_RE = re.compile(r"(?:法人|本社|支社|子会社|工場|事業所|支店)[はがも]")


def subject_of(text: str, args: list[Argument], before: int | None = None) -> Argument | None:
    """The sentence's subject: the first mention marked は/が/も, else an organisation or place
    heading a "Xの…は" phrase (イラン外務省の報道官は)."""
    pool = [a for a in args if before is None or a.mention.end <= before]
    for index, arg in enumerate(pool):
        if arg.particle in ("は", "が", "も") and arg.entity.label in ("PERSON", "ORG", "GROUP", "GPE"):
            topic = topic_modified_by(text, arg, pool[index + 1 :]) if arg.particle == "が" else None
            return topic or arg
    for arg in pool:
        if arg.particle == "の" and arg.entity.label in ("ORG", "GPE", "PERSON", "GROUP"):
            window = text[: arg.mention.end + 30]
            match = owned_topic(window, arg.mention.end)
            if arg.entity.label == "ORG" and any(
                m and _members(m.group(0))
                for m in (match, owned_topic(window, arg.mention.end, _SHARE_TOPIC_RE))
            ):
                return arg  # 同組合の組合員らは, 同組合の一部の組合員は: the members act for the body
            if match and _NOT_REPRESENTATIVE_RE.search(match.group(0)[1:-1]):
                continue  # フランスの国鉄労組は: a union does not act for its country
            if match and arg.entity.label == "PERSON" and _FOLLOWERS_RE.search(match.group(0)[1:-1]):
                continue  # 同被告の支持者ら約200人が: a person's followers act, not the person
            if match and not any(
                other.mention.start > match.start()  # not the alias (USTR) of the owner itself
                and other.mention.start < match.end()
                and len(other.mention.text) > 1  # 米議会の対中強硬派は: 中 is part of the noun
                and not (other.entity.label == "GPE" and _UNIT_OF_BODY_RE.match(text, other.mention.end))
                for other in pool
            ):
                return arg
    return None
