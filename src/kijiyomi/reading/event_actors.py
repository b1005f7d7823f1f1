"""Actors and recipients of an event: subjects, partners, reporters and the parties named."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from kijiyomi.reading.arguments import (
    ETC_RE,
    LED_BY_RE,
    SUBJECT,
    Argument,
    in_condition,
    owned_topic,
    represents,
    subject_of,
    topic_modified_by,
)
from kijiyomi.reading.event_draft import (
    _ALIAS_GAP_RE,
    _CLAUSE_VERB_END,
    _CLOSED_REPORT_RE,
    _CONDITIONAL_RE,
    _EMBEDDED_RE,
    _FRAMING_CLAUSE_RE,
    _GROUP_SUBJECT_RE,
    _NOUN_SUBJECT_RE,
    _PARTNER_TYPES,
    _UNTIL_CLAUSE_RE,
    _VISITS,
    _clause_end,
    _Draft,
    _expand,
    _in_quotes,
)
from kijiyomi.reading.event_triggers import _CONTRACT_MADE_BEFORE_RE, _subordinate
from kijiyomi.reading.lexicon import lexicon
from kijiyomi.reading.model import Entity, Mention, Quote

_OBJECT_RECIPIENT_TYPES = frozenset({"ACCUSE", "THREATEN", "ASSAULT", "SANCTION", "COERCE", "REJECT"})


# The object of a criticism (…のゼネストを「違法だ」と非難した, …の発射を強く批判).
_CRITICISED_RE = re.compile(r"を(?:、?「[^「」]{0,60}」と)?(?:強く|厳しく|改めて)?(?:非難|批判|糾弾|抗議)")
_HAPPENED_RE = re.compile(r"が(?:あり|あっ|ある(?!い)|起き|起こ|発生)")
_CONTRAST_TOPIC_BEFORE_RE = re.compile(r"(?:だ|た|る|い)が、[^、。「」]{1,16}は$")


def _group_referents(
    group: re.Match[str], drafts: list[_Draft], mentions: list[tuple[Mention, Entity]]
) -> list[Entity]:
    """Who a group noun stands for: 首脳らは → the actors of the latest meeting; 両政府は, 双方は →
    the latest event with two actors (else the latest two countries); 3カ国は → the latest event
    with three actors (else the latest three countries named)."""
    count = int(group.group("count")) if group.group("count") else 2 if group.group("pair") else None
    if count is None:
        return _latest_participants(drafts)
    bodies = bool(group.groupdict().get("bodies"))
    persons = bool(group.groupdict().get("persons"))
    return _referents(count, drafts, mentions, group.start(), group.string, bodies=bodies, persons=persons)


def _referents(
    count: int,
    drafts: list[_Draft],
    mentions: list[tuple[Mention, Entity]],
    before: int,
    text: str = "",
    *,
    bodies: bool = False,
    persons: bool = False,
) -> list[Entity]:
    """The actors of the latest meeting, agreement or cooperation with ``count`` actors, else the
    countries listed before the latest "N カ国" (英国、フランス、ドイツの3カ国外相), else the last
    ``count`` countries named before ``before``; for bodies (3機関は, 4社は) the last ``count``
    organisations instead of countries, for persons (3首脳は) the last ``count`` persons."""
    event = next((d for d in reversed(drafts) if len(d.actors) == count and d.type in _PARTNER_TYPES), None)
    if event is not None:
        return list(event.actors)
    if bodies:
        return _recent_entities(mentions, before, count, _is_body)
    if persons:  # 3首脳は: the last three persons named
        return _recent_entities(mentions, before, count, _is_person)
    return _listed_countries(text, mentions, before, count) or _recent_countries(mentions, before, count)


def _is_body(entity: Entity) -> bool:
    return entity.label == "ORG"


def _is_person(entity: Entity) -> bool:
    return entity.label == "PERSON"


_COUNT_WORD_RE = re.compile(r"([0-9０-９]+)(?:カ国|か国|ヵ国|ケ国)")
_LIST_JOINS = ("、", "と", "・")


def _listed_countries(
    text: str, mentions: list[tuple[Mention, Entity]], before: int, count: int
) -> list[Entity]:
    """The ``count`` countries written as a list right before the latest "N カ国" before ``before``
    (英国、フランス、ドイツの3カ国は): the group word names them."""
    words = [m for m in _COUNT_WORD_RE.finditer(text, 0, before) if int(m.group(1)) == count]
    for word in reversed(words):
        listed = [(m, e) for m, e in mentions if m.end <= word.start() and _is_country(e)][-count:]
        if len(listed) < count or text[listed[-1][0].end : word.start()] not in ("", "の"):
            continue
        if all(text[a.end : b.start] in _LIST_JOINS for (a, _), (b, _) in pairwise(listed)):
            return [e for _, e in listed]
    return []


def _recent_countries(mentions: list[tuple[Mention, Entity]], before: int, count: int) -> list[Entity]:
    """The last ``count`` distinct countries named before ``before``, in text order."""
    return _recent_entities(mentions, before, count, _is_country)


def _recent_entities(
    mentions: list[tuple[Mention, Entity]], before: int, count: int, kind: Callable[[Entity], bool]
) -> list[Entity]:
    """The last ``count`` distinct entities of a kind named before ``before``, in text order."""
    found: list[Entity] = []
    for mention, entity in reversed(mentions):
        if mention.end > before or entity in found or not kind(entity):
            continue
        found.insert(0, entity)
        if len(found) == count:
            return found
    return []


_COUNTRIES_VISITED_RE = re.compile(r"(?:\d+|数|複数の)(?:カ国|か国|ヵ国|ケ国)を$|(?:諸国|各国)を$")


def _site_visit(text: str, start: int, surface: str, args: list[Argument]) -> bool:
    """A visit to a place that is no party (被災地を訪れ, 現場を訪問): no diplomatic event."""
    if surface not in _VISITS or not text.startswith("を", start - 1):
        return False
    if _COUNTRIES_VISITED_RE.search(text, max(0, start - 12), start):
        return False  # 欧州3カ国を歴訪, 中東諸国を訪問: countries are parties
    place_end = start - 1
    if text[place_end - 1 : place_end] in ("）", ")"):  # X諸島（別名Y諸島）を訪問: X is visited
        opening = max(text.rfind("（", 0, place_end), text.rfind("(", 0, place_end))
        if opening >= 0 and place_end - opening <= 24:
            place_end = opening
    visited = next((a for a in args if a.mention.end in (start - 1, place_end)), None)
    if visited is None:
        return True
    return text.endswith(_SITE_WORDS, 0, visited.mention.start)  # 被災地のXを訪れ: a disaster site


_SITE_WORDS = ("被災地の", "被災地・", "現場の", "被害の大きい", "被害が大きかった", "被災した")


def _latest_participants(drafts: list[_Draft]) -> list[Entity]:
    """The actors of the latest meeting (首脳らは…協議し: the leaders of that summit)."""
    meeting = next((d for d in reversed(drafts) if d.type == "CONSULT" and d.actors), None)
    return list(meeting.actors) if meeting is not None else []


_AGENT_GAP_RE = re.compile(
    r"(?:[（(][^（()）]{1,12}[）)])?による[^、。「」をがはにでと]{0,20}"
)  # X（GRU）による, Xによる隣国YのZ自治区の施設への攻撃 (the target up to 20 characters)


def _written_agents(text: str, draft: _Draft, args: list[Argument], by_id: dict[str, Entity]) -> list[Entity]:
    """Who the trigger is done by, written with による right before it (ロシア軍による3日夜の砲撃)."""
    return [
        entity
        for a in args
        if a.particle == "による" and _AGENT_GAP_RE.fullmatch(text, a.mention.end, draft.start)
        for entity in _expand(a.entity, by_id)
    ]


_UNIT_AGENT_GAP_RE = re.compile(  # 両国の海上部隊による演習: the owners of the units act
    r"の[一-龥ァ-ヶー]{2,6}による[^、。「」をがはにでと]{0,14}"
)
_OWNER_GAP_RE = re.compile(  # の要請, 政府の要請, の弾道ミサイル発射, 両国政府の7月末の要請
    r"」?(?:[（(][^（()）]{1,12}[）)])?(?:政府|当局|側|軍)?の"
    r"(?:(?:[0-9０-９]{1,4}[年月日]|先月|今月|昨年|今年|先週|前回|同日)[^、。「」の]{0,3}の)?"
    r"(?:.?|[一-龥ァ-ヶー]{2,6})"
)
_TOPIC_RE = re.compile(r"(?<=[一-龥ァ-ヶー])(?:ら|側|団|陣)?は(?=[^ぁ-ん]|、)")
# The rest of a reported claim after its own topic (共同声明は「…」と批判した): that topic is the
# claim's, not the reporting trigger's.
_QUOTED_CLAIM_RE = re.compile(r"、?「[^「」]{1,80}」と(?:強く|厳しく|改めて)?")


def _subjects(args: list[Argument], by_id: dict[str, Entity], text: str = "") -> list[Entity]:
    found: list[Entity] = []
    if text and not any(a.particle in ("は", "が", "も") for a in args):
        head = subject_of(text, args)  # イラン外務省の報道官は, 地裁の陪審は
        return _expand(head.entity, by_id) if head is not None else []
    # not Xによる: the agent of the noun it modifies only (中国による輸入停止)
    for index, written in enumerate(args):
        arg = written
        if text and arg.particle == "が" and (topic := topic_modified_by(text, arg, args[index + 1 :])):
            arg = topic  # ソウザ氏が所属する野党・国民刷新党は: the topic the clause describes
        if arg.particle in ("は", "が", "も") and arg.entity.label in (
            "PERSON",
            "ORG",
            "GROUP",
            "GPE",
        ):
            if arg.particle in ("は", "も") and arg.entity.label == "GPE" and not _is_country(arg.entity):
                continue
            if text and in_condition(text, arg, len(text)):
                continue  # …が措置を撤回しなければ対抗措置を取る: the condition's subject does not act
            for entity in _expand(arg.entity, by_id):
                if entity not in found:
                    found.append(entity)
            if not arg.coordinated:
                break
    return found


def _is_country(entity: Entity) -> bool:
    return entity.name in lexicon().country_names


_PERSONS_DESCRIBED_RE = re.compile(  # …を組織したとして起訴された活動家ら: a clause describing persons
    rf"[^、。「」]{{0,30}}?{_CLAUSE_VERB_END}(?:とみられる|とされる)?"
    r"(?:活動家|男|女|男性|女性|容疑者|人々|人|兵士|住民|学生|市民|記者|議員|労働者|若者|参加者|デモ隊|乗客|選手|子ども"
    r"|受刑者|囚人|戦闘員|構成員|メンバー)"
)
_A_ROW = frozenset("さわかたなまらがば")  # a verb stem before the passive れ


def _participants(
    text: str,
    draft: _Draft,
    args: list[Argument],
    subjects: list[Entity],
    previous: list[Entity],
    quote: Quote | None,
    by_id: dict[str, Entity],
    earlier: list[int],
    quotes: list[Quote],
) -> None:
    passive = (
        text.startswith(("され", "を受け"), draft.end)
        or text.startswith("され", draft.end + 1)
        or (draft.text[-1] in _A_ROW and text.startswith("れ", draft.end))  # 釈放され, 襲われ
    )
    describes_persons = quote is None and _PERSONS_DESCRIBED_RE.match(
        text, draft.end, _clause_end(text, draft.end, min(len(text), draft.end + 60))
    )
    draft.describes = bool(describes_persons)
    if quote is not None:
        region = [
            a
            for a in args
            if quote.start <= a.mention.start < quote.end
            and not (a.mention.start > draft.end and a.particle in SUBJECT and text[draft.end] == "、")
        ]  # …よう求め、セルビアが目指す…: a subject of a later clause
        fallback = (
            [e for e in subjects if any(a.entity is e and a.mention.end <= draft.start for a in args)]
            if quote.kind == "indirect"
            else []
        )  # only subjects named before the trigger
        if (
            quote.speaker in by_id
            and (
                text[quote.start - 1 : quote.start] == "も"
                or (  # Aは…方針だが、Bは…考えを示した: B, the topic right before what is said, acts
                    text[quote.start - 1 : quote.start] == "は"
                    and _CONTRAST_TOPIC_BEFORE_RE.search(text, max(0, quote.start - 24), quote.start)
                    is not None
                    and any(m.end == quote.start - 1 for m in by_id[quote.speaker].mentions)
                )
                or any(  # Aは…求め、B外相は記者団に、…と述べた: B, named right before, acts
                    0 < quote.start - m.end <= 10
                    and text.startswith("は", m.end)
                    and "。" not in text[m.end : quote.start]
                    for m in by_id[quote.speaker].mentions
                )
            )
        ):
            fallback = []  # Aは…派遣し、Bも…派遣する方針を示した: B, named right before, acts
        if not fallback and quote.speaker in by_id:
            fallback = [by_id[quote.speaker]]
        fallback = [_reported_by(e, by_id) for e in fallback]  # 北朝鮮の朝鮮中央通信は…と報じた
        if _HAPPENED_RE.match(text, draft.end):
            fallback = []  # Xは…武装集団による襲撃があり…と発表した: what happened, by no one X names
    else:
        region = [
            a
            for a in args
            if not _in_quotes(a.mention.start, quotes)
            and not (a.mention.start > draft.end and a.particle in SUBJECT)
        ]
        fallback = [
            e
            for e in subjects
            if any(
                a.entity is e
                and a.mention.end <= draft.start
                and not in_condition(text, a, draft.start)
                and not _subordinate_subject(text, a, draft.start)
                for a in region
            )
        ]
    scope = region
    actors = _nearest_subjects(text, draft, region, by_id)
    if not actors and quote is not None and _inner_subject(text, quote.start, draft.start, region) is True:
        draft.unnamed_subject = True  # Xは、観客が衝突した問題について…と発表した: the crowd clashes
    if not actors and not draft.unnamed_subject:
        actors = fallback
    between = [a for a in scope if a.particle == "間" and _between_parties(text, a, draft.start)]
    if between:
        actors = []
        for arg in between:
            actors.extend(e for e in _expand(arg.entity, by_id) if e not in actors)
    inside_condition = _CONDITIONAL_RE.search(
        text[draft.end : _clause_end(text, draft.end, min(len(text), draft.end + 200))]
    )
    if inside_condition and text.startswith(
        ("もある", "がある", "もあり", "があり"), draft.end + inside_condition.end()
    ):
        inside_condition = None  # Xは、…返還を求める場合もある: X may ask, no clause of a condition
    if inside_condition:
        clause_start = max(text.rfind("、", 0, draft.start), text.rfind("「", 0, draft.start)) + 1
        inside = [a for a in scope if clause_start <= a.mention.start < draft.start and a.particle == "が"]
        if inside or draft.type not in _PARTNER_TYPES:  # 米韓が演習を強行すれば: both, as conjuncts
            actors = _with_conjuncts(inside[-1], scope, by_id) if inside else []
        # else Xは、…で合意できなければ…と述べた: an agreement has the topic or speaker as a party
    elif passive:
        actors = [e for a in scope if a.particle == "による" for e in _expand(a.entity, by_id)]
    elif (
        not actors
        and quote is None
        and not draft.unnamed_subject
        and not _PASSIVE_SUBJECT_RE.match(text, draft.end)
    ):
        actors = list(previous)  # not ストが再び計画される: a plan by no one named
    if describes_persons and not any(
        a.particle == "が" and a.mention.end <= draft.start and a.entity in actors for a in scope
    ):
        actors = []  # 反政府デモを組織したとして起訴された活動家ら: the persons described act
    owner = next(
        (
            a
            for a in args
            if a.particle == "の"
            and _OWNER_GAP_RE.fullmatch(text, a.mention.end, draft.start)
            and a.entity.label in ("PERSON", "ORG", "GROUP", "GPE")
        ),
        None,
    )
    agent = next(
        (
            a
            for a in args
            if (a.particle == "による" and _AGENT_GAP_RE.fullmatch(text, a.mention.end, draft.start))
            or (
                a.particle == "の"
                and draft.type not in _PARTNER_TYPES  # 両国の首席交渉官による協議: the delegates' rule
                and (a.entity.label != "GROUP" or bool(a.entity.members))  # not 両軍の兵士による
                and _UNIT_AGENT_GAP_RE.fullmatch(text, a.mention.end, draft.start)
            )
        ),
        None,
    )
    if agent is not None and not passive:
        owner = owner or agent  # 中国による日本産水産物の輸入停止: China stops the imports
    # ロシアの外交官を追放, 加盟国の航空機を…送る: whose diplomats or goods, not who acts
    object_owner = owner is not None and ("を" in draft.text or draft.phrase)
    if owner is not None and object_owner:
        actors = [a for a in actors if a is not owner.entity]
    elif (
        owner is not None
        and (
            draft.type not in _PARTNER_TYPES | {"AID"}
            or owner.entity.label in ("ORG", "GROUP")
            or (
                owner.entity.label == "GPE"
                and draft.type == "CONSULT"
                and bool(_conjuncts_before(text, owner, args))
            )
        )  # 日米韓の首脳会議で: the countries written together hold their summit
        and not (actors and owner.entity.label == "GROUP" and not owner.entity.members)
        and not (
            actors
            and draft.type == "CONSULT"
            and owner.entity.name.endswith(_COMMITTEE_TAILS)
            and _HELD_BY_SUBJECT_RE.match(text, draft.end)
        )  # 両国は合同委員会の会合を開き: the committee meets, its members hold it
        and not (
            actors and draft.type in ("INVESTIGATE", "COERCE") and _UNDERTAKEN_RE.match(text, draft.end)
        )  # 県警はX社の捜査に着手し: the company is what is investigated, the subject investigates
    ):  # not OMVSは、加盟国の閣僚会合を開く: members named by no one, the subject holds it
        actors = _expand(owner.entity, by_id)  # プーチン大統領の要請, ロシアの侵攻, ASEANの首脳会議
        if draft.type in _PARTNER_TYPES | {"FIGHT"} or owner is agent:  # AとBによる演習: both hold it
            for conjunct in _conjuncts_before(text, owner, args):  # A軍と武装組織「B」の戦闘: both fight
                actors = [e for e in _expand(conjunct.entity, by_id) if e not in actors] + actors
    if (
        owner is None
        and draft.type not in ("ACCUSE", "REJECT", "THREATEN", "REQUEST")
        and text[draft.start - 1 : draft.start] == "の"
        and _CRITICISED_RE.match(text, draft.end)
    ):
        actors = []  # 労組のゼネストを「違法だ」と非難した: the act criticised is not the critic's
    visitor = (
        _relative_visitor(text, draft, args)
        or _relative_doer(text, draft, args, passive)
        or _relative_agent(text, draft, args, passive)
    )
    if visitor is not None:
        actors = _expand(visitor.entity, by_id)  # ニューデリーを訪れたブラジルのコスタ大統領
    elif not actors and (heads := _relative_parties(text, draft, args, passive)):
        actors = [e for a in heads for e in _expand(a.entity, by_id)]  # 5日に会談したA首相とB大統領は
    owners_named = False
    attached = _attached_owners(text, draft, args) or _compound_owners(text, draft, args)
    if draft.text in _VISITS and len(attached) == 1 and attached[0].entity.label == "GPE":
        attached = []  # …中国訪問を延期: the country is where the visit goes (日韓の相互訪問: both visit)
    leaders = all(a.entity.label == "GPE" for a in attached) and any(
        a.entity.label == "PERSON" and a.particle in ("と", "との") and 0 <= draft.start - a.mention.end <= 12
        for a in args
    )
    if (
        attached
        and draft.type not in _PARTNER_TYPES
        and len(attached) >= 2
        and all(a.entity.label == "GPE" for a in attached)
    ):
        actors = [e for a in attached for e in _expand(a.entity, by_id)]  # 米韓合同軍事演習を非難した
    if (
        attached
        and draft.type in _PARTNER_TYPES
        and not (actors and text.startswith("で", draft.end))
        and not leaders  # 石川首相は…ハリス大統領と日米首脳会談を行い: the leaders are the actors
    ):
        # …EU首脳会議で協議する: the meeting is where the subject acts
        owners_named = True  # Yと会談し、…日米韓の連携を強化: the owners hold it, Y joins no more
        hosts = [
            e
            for e in actors
            if e.label in ("ORG", "GPE") and len(attached) >= 2 and text.startswith(_HOSTED, draft.end)
        ]
        actors = [e for e in hosts if all(e not in _expand(a.entity, by_id) for a in attached)]
        # G7首脳会議, 日米首脳会談, EU外相理事会; AUはA、B、Cの閣僚協議を開く: the host sits with them
        for arg in attached:
            actors.extend(e for e in _expand(arg.entity, by_id) if e not in actors)
    recipients: list[Entity] = []
    for arg in scope:
        if arg.mention.start >= draft.start:
            continue
        entity = arg.entity
        if entity in actors:
            continue
        partner = draft.type in ("AGREE", "COOPERATE") and _is_partner(text, arg, args)
        if not partner and any(arg.mention.end <= start < draft.start for start in earlier):
            continue
        if (
            draft.type == "REQUEST"
            and arg.particle in ("への", "へ", "を", "で")
            and "よう" in text[arg.mention.end : draft.start]
        ):
            continue  # 日本への渡航を控えるよう…呼びかけた: a place in what is asked
        if arg.particle == "に" and _MEMBER_OF_RE.match(text, arg.mention.end):
            continue  # NATOに加盟するトルコは: the body a member belongs to, no recipient
        if (
            arg.particle in ("に対し", "に対して", "への", "へ")
            or (arg.particle == "に" and (entity.label in ("PERSON", "ORG", "GROUP") or _is_country(entity)))
            or (arg.particle == "を" and draft.type in _OBJECT_RECIPIENT_TYPES and entity.label != "LOC")
        ):
            recipients.extend(e for e in _expand(entity, by_id) if e not in recipients)
        elif (
            (draft.type in _PARTNER_TYPES or _joint(text, draft))
            and _is_partner(text, arg, args)
            and not _inside_framing_clause(text, arg, draft.start)
            and not _partner_in_relative_clause(text, arg, draft.start)
        ):
            own = _later_own_subject(text, arg, draft, scope, actors, by_id)
            if own is not None:  # Yと会談し、両首脳が…ことで一致した: both leaders agree
                members = _expand(own.entity, by_id) if own.entity.label == "GROUP" else []
                actors.extend(e for e in members if e not in actors)
            elif not (owners_named and "、" in text[arg.mention.end : draft.start]):
                for member in _expand(entity, by_id):  # Xと合同軍事演習を行う: X holds it too
                    if member not in actors:
                        actors.append(member)
    if draft.type in ("AGREE", "COOPERATE"):  # Xの加盟国と連携, Y政府の高官と合意: the body is the partner
        for arg in scope:
            window = text[arg.mention.end : draft.start]
            if (
                arg.entity.label in ("ORG", "GPE", "GROUP")
                and arg.particle == "の"
                and _ENVOYS_RE.match(window)
                and arg.entity not in actors
            ):
                actors.extend(e for e in _expand(arg.entity, by_id) if e not in actors)
    if draft.type == "CONSULT":
        for arg in scope:
            window = text[arg.mention.end : draft.start]
            if (
                arg.entity.label == "ORG"
                and arg.particle == "の"
                and len(window) <= 14
                and re.match(r"[（(]?[^（()）]{0,12}[）)]?の(?:枠組み|主催|呼びかけ|場|仲介)", window)
                and arg.entity not in actors
            ):
                actors.append(arg.entity)
            elif (
                arg.entity.label in ("ORG", "GPE", "GROUP")
                and (arg.particle == "の" or (not arg.particle and window.startswith(_ENVOY_HEADS)))
                and _ENVOYS_RE.match(window)
                and arg.entity not in actors
            ):
                actors.extend(e for e in _expand(arg.entity, by_id) if e not in actors)  # 同組織の幹部と交渉
            elif arg.particle in ("の", "による") and _DELEGATES_RE.fullmatch(window):
                parties = [arg]  # 両国の外相による協議, AとBの代表による協議: the sides talk
                for before in reversed([a for a in scope if a.mention.end <= arg.mention.start]):
                    if text[before.mention.end : parties[0].mention.start] not in ("", "と", "、"):
                        break
                    parties.insert(0, before)  # 日中の外相による, AとBの代表による
                sides = [e for party in parties for e in _expand(party.entity, by_id)]
                if window.endswith("による") and _PROPOSED_RE.match(text, draft.end):
                    actors = []  # 両国の国防相による協議を開くことを提案: the sides talk, not the proposer
                actors.extend(e for e in sides if e not in actors)
    # a を-object right after the trigger's verb (…と米国を非難した) for accusations
    if draft.type in _OBJECT_RECIPIENT_TYPES:
        for arg in scope:
            if (
                arg.particle == "を"
                and 0 < draft.start - arg.mention.end <= 3
                and arg.entity not in recipients
            ):
                recipients.append(arg.entity)
    if object_owner and owner is not None:
        recipients.extend(e for e in _expand(owner.entity, by_id) if e not in recipients)
    if "互いに" in text[max(0, draft.start - 12) : draft.start]:
        recipients = [actor for actor in actors if actor not in recipients] + recipients
    agreed = _AGREED_WITH_RE.match(text, draft.end) if draft.type in ("CONSULT", "COOPERATE") else None
    if agreed is not None and actors:  # 協議を開くことでYと合意: the partner of the deal holds it too
        for arg in args:
            if arg.particle == "と" and agreed.start("partner") <= arg.mention.start < agreed.end():
                actors.extend(e for e in _expand(arg.entity, by_id) if e not in actors)
    if draft.type == "COERCE" and actors and _unnamed_subject(text, draft, args, actors):
        actors = []  # …を封鎖し、警察が放水で排除したうえ、15人を拘束した: the police, not the strikers
    if actors and _crowd_acts(text, draft, args, actors):
        actors = []  # 首都では数百人が広場に集まり、改憲に抗議した: an unnamed crowd, not the earlier topic
    reported = [_reported_by(e, by_id) for e in actors]  # 北朝鮮の朝鮮中央通信は…と非難した: the country
    actors = [e for index, e in enumerate(reported) if e not in reported[:index]]
    draft.actors = actors
    draft.recipients = [
        r for r in recipients if r not in actors or "互いに" in text[max(0, draft.start - 12) : draft.start]
    ]


# An inquiry or measure the subject sets about (捜査に着手, 調査に乗り出し, 摘発を始め).
_UNDERTAKEN_RE = re.compile(r"に(?:着手|乗り出|踏み切)|を(?:始め|開始)")
_PARTNER_PARTICLES = frozenset({"と", "との", "とも", "とは"})
_COMMITTEE_TAILS = ("委員会", "審議会", "協議会", "評議会", "理事会")
_HELD_BY_SUBJECT_RE = re.compile(r"を(?:開|開催|行)(?!くよう|催するよう|うよう)")  # not 開くよう求めた
# The trigger as the subject of a passive verb (ストが再び計画される, 会合が延期された): no agent written.
_PASSIVE_SUBJECT_RE = re.compile(r"(?:が|は)[^、。「」をがは]{0,8}?(?:計画|延期|中止|検討)(?:され|さ)")
# An act agreed on with a partner (協議を開くことでYと合意, 共同で開発することでもYと一致した).
_AGREED_WITH_RE = re.compile(
    r"[^、。「」]{0,16}?ことで(?:も)?(?P<partner>[^、。「」をがは]{1,24}?)と(?:合意|一致)"
)


def _later_own_subject(
    text: str,
    partner: Argument,
    draft: _Draft,
    scope: list[Argument],
    actors: list[Entity],
    by_id: dict[str, Entity],
) -> Argument | None:
    """The が-subject that acts in the trigger's own clause, after the partner's (Yと会談し、
    …両国が連携を強化することで一致した: the two countries cooperate, not Y as a third)."""
    return next(
        (
            a
            for a in scope
            if a.particle == "が"
            and any(e in actors for e in _expand(a.entity, by_id))
            and partner.mention.end < a.mention.start < draft.start
            and "、" in text[partner.mention.end : a.mention.start]
        ),
        None,
    )


# The sides of talks named through their delegates right before the trigger (両国の首席交渉官による).
_DELEGATES_RE = re.compile(
    r"の[一-龥]{0,6}(?:代表|代表団|外相|首脳|交渉官|高官|当局者|閣僚|特使|実務者|相|長官|大臣|次官|首相|大統領)(?:ら)?"
    r"(?:による|の間の|間の)"
)
# What is proposed or asked for (協議を開くことを提案, 協議の開催を呼びかけ): held by others.
_PROPOSED_RE = re.compile(
    r"(?:の開催)?を[^、。「」]{0,12}?(?:ことを|よう)?[^、。「」]{0,6}?(?:提案|呼びかけ|呼び掛け|求め|要請|促)"
)
# The people who speak for a body, as the partner of a talk (同組織の幹部と…交渉した, IAEAの技術チームと,
# OCA幹部と: の may be left out).
_ENVOYS_RE = re.compile(  # 同社の日本本社の幹部と, 欧州委員会の担当委員と
    r"(?:[（(][A-Za-z0-9]{1,10}[）)])?(?:政府|政権|当局)?(?:の[一-龥ァ-ヴー]{1,6}?(?:本社|支社|本部|支部|法人|事務局))?"
    r"の?(?:[一-龥ァ-ヴー]{0,4}?(?:チーム|調査団|使節団|視察団|専門家)|幹部|代表団|代表者"
    r"|代表|指導者|指導部|関係者|当局者|高官|[一-龥]{0,4}?担当(?:者|委員|官|相|閣僚|幹部)?|交渉団|交渉担当者"
    r"|経営陣|執行部|役員|[一-龥]{0,2}取締役|首脳陣|責任者"  # Xの社外取締役らと
    r"|(?:各国|加盟国)(?:の)?(?:外相|首脳|閣僚|財務相|国防相)?)(?:ら)?(?:と|との)[^、。「」]{0,30}$"
)  # …EU（欧州連合）の各国外相と協議: the union's ministers


_ENVOY_HEADS = ("幹部", "代表団", "当局者", "高官", "首脳陣", "経営陣", "執行部")  # OCA幹部と: no の

_MEMBER_OF_RE = re.compile(r"(?:[（(][^（()）]{1,12}[）)])?に(?:加盟|加入|参加|所属)(?:する|している|した)")
# A list of members before the body they make up: (A)とBなど…でつくる / で構成する / が加盟する.
_MEMBERS_OF_RE = re.compile(
    r"[^、。「」]{0,30}?(?:でつくる|で作る|で構成する|で構成される|が加盟する|が参加する)"
)


_BORDER_RE = re.compile(r"国境")
_BODIES = frozenset({"GPE", "ORG"})  # a country and a body addressed together (ロシアとタリバンに)


def _inside_framing_clause(text: str, arg: Argument, trigger: int) -> bool:
    """Whether ``arg`` is inside a framing clause before the trigger (Xと協定を結ぶため、…訪問する:
    the partner of the aim, not of the visit; not Xと会談し、…を守るため、…一致した)."""
    framing = _FRAMING_CLAUSE_RE.search(text, arg.mention.end, trigger)
    return framing is not None and "、" not in text[arg.mention.end : framing.start()]


# Yと結んだ協定について, Yと争っている島を巡って: Y is the partner of a relative clause on another noun.
_CLAUSE_PARTNER_RE = re.compile(
    rf"と[^、。「」をがはに]{{0,8}}?{_CLAUSE_VERB_END}[一-龥ァ-ヶー・0-9０-９]{{1,16}}(?:について|を(?:巡|めぐ)|に関し)"
)


def _partner_in_relative_clause(text: str, arg: Argument, trigger: int) -> bool:
    """Whether ``arg`` is the partner of a relative clause on a noun the trigger talks about
    (Yと昨年結んだ協定について協議した), not the trigger's own partner."""
    clause = _CLAUSE_PARTNER_RE.match(text, arg.mention.end, trigger)
    return clause is not None


def _is_partner(text: str, arg: Argument, args: list[Argument]) -> bool:
    """Xと会談, Xとの協議, Xとも会談, Xとは協定を締結 — but not the first of "AとBを歴訪"."""
    if arg.particle not in _PARTNER_PARTICLES or arg.coordinated or arg.entity.label == "LOC":
        return False
    if _BORDER_RE.match(text, arg.mention.end + len(arg.particle)) and (
        arg.particle == "との" or text.startswith("国境を", arg.mention.end + len(arg.particle))
    ):
        return False  # 米国との国境に近い町, Xと国境を接する: a border; Xと国境管理について協議: a partner
    if _MEMBERS_OF_RE.match(text, arg.mention.end):
        return False  # AとBなどでつくる「X」は: a member of the body that acts, not its partner
    if arg.particle == "と":
        alias = _ALIAS_GAP_RE.match(text, arg.mention.end)
        after = (alias.end() if alias else arg.mention.end) + 1  # past "（NATO）と"
        following = next((a for a in args if a.mention.start >= after), None)
        if (
            following is not None
            and following.mention.start == after
            and (
                following.entity.label == arg.entity.label
                or (
                    {following.entity.label, arg.entity.label} <= _BODIES
                    and following.particle in ("に", "に対し")
                )
            )
            and following.particle not in _PARTNER_PARTICLES
        ):
            return False  # インドネシアとフィリピンを, ロシアとタリバンに: a list, not a partner
    return True


# 米ロの高官協議, 日中韓3カ国の外相会合
_COMPOUND_GAP_RE = re.compile(  # 日米の外務・防衛担当閣僚協議: the ministers in charge of two fields
    r"(?:\d+カ国|両国)?(?:首脳|外相|閣僚|政府)?の(?:[一-龥]{0,3}|[一-龥]{2,4}(?:・[一-龥]{2,4})*担当)"
    r"|の(?:[0-9０-９]カ国|両国)による"  # 日本、中国、韓国の3カ国による首脳会議
)


_RELATIVE_RE = re.compile(r"(?:し)?(?:た|ている|ていた)|中の")  # 訪れた, 訪印した, 訪問中の


def _relative_visitor(text: str, draft: _Draft, args: list[Argument]) -> Argument | None:
    """The person a visit clause modifies (…を訪れたブラジルのコスタ大統領と会談し)."""
    if draft.text not in _VISITS or _RELATIVE_RE.match(text, draft.end) is None:
        return None
    following = [a for a in args if draft.end <= a.mention.start <= draft.end + 14]
    person = next((a for a in following if a.entity.label == "PERSON"), None)
    if person is None:
        return None
    modifiers = [a for a in following if a.mention.start < person.mention.start]
    gap = text[draft.end : (modifiers[0].mention.start if modifiers else person.mention.start)]
    if _RELATIVE_RE.fullmatch(gap) and all(a.particle == "の" for a in modifiers):
        return person
    return None


# An act named in a relative clause about the one doing it (ストライキを続けていた港湾労組は,
# 抗議デモを主導した学生団体が): the head of the clause acts.
_RELATIVE_DOING_RE = re.compile(
    r"(?:を|に)(?:[^、。「」をがはに]{0,8}?)(?:続けて|行って|主導して|繰り返して|展開して|実行して)(?:いた|いる)"
    r"|を(?:続け|行っ|主導し|繰り返し|展開し|実行し)た"
)


def _relative_doer(text: str, draft: _Draft, args: list[Argument], passive: bool) -> Argument | None:
    """The body or person a clause naming the act modifies, when it is the sentence's subject."""
    if passive or draft.text in _VISITS:
        return None
    match = _RELATIVE_DOING_RE.match(text, draft.end)
    if match is None:
        return None
    following = [a for a in args if match.end() <= a.mention.start <= match.end() + 14]
    head = next((a for a in following if a.particle in SUBJECT), None)
    if head is None or head.entity.label not in ("ORG", "GROUP", "PERSON"):
        return None
    modifiers = [a for a in following if a.mention.start < head.mention.start]
    gap_end = modifiers[0].mention.start if modifiers else head.mention.start
    if _KIND_GAP_RE.fullmatch(text, match.end(), gap_end) and all(a.particle == "の" for a in modifiers):
        return head  # …を主導した市民団体「X」は: the kind of body before its name
    return None


_KIND_GAP_RE = re.compile(r"(?:[一-龥]{2,6}「)?")


# The past verb of talks or a deal right before the parties it modifies (会談したA首相とB大統領は).
_PARTIES_AFTER_RE = re.compile(r"(?:を行っ|し)た(?=[一-龥ァ-ヴ])")


# The subject of a past relative clause on the trigger's own noun phrase (Xが3月に行った軍事演習を
# 非難し): the one who did the act named.
_DONE_BY_RE = re.compile(
    r"が[^、。「」をがは]{0,12}?(?:行った|実施した|強行した|起こした|繰り返した|仕掛けた)"
    r"(?:[一-龥ァ-ヶー・]{1,12}の)?[一-龥ァ-ヶー]{0,6}"
)


def _relative_agent(text: str, draft: _Draft, args: list[Argument], passive: bool) -> Argument | None:
    """The が-subject of a past relative clause that the trigger's noun phrase heads."""
    if passive:
        return None
    agent = next((a for a in reversed(args) if a.mention.end < draft.start and a.particle == "が"), None)
    if agent is None or _DONE_BY_RE.fullmatch(text, agent.mention.end, draft.start) is None:
        return None
    return agent


def _relative_parties(text: str, draft: _Draft, args: list[Argument], passive: bool) -> list[Argument]:
    """The parties a clause of talks or an agreement modifies, when they are the sentence's subject
    (5日に会談したA首相とB大統領は、…発表した; 停戦で合意した両国は)."""
    if passive or draft.type not in ("CONSULT", "AGREE"):
        return []
    match = _PARTIES_AFTER_RE.match(text, draft.end)
    if match is None:
        return []
    heads: list[Argument] = []
    for arg in args:
        if arg.mention.start < match.end():
            continue
        if (
            not heads
            and arg.mention.start != match.end()
            and not _KIND_GAP_RE.fullmatch(text, match.end(), arg.mention.start)
        ):
            return []
        if arg.particle in SUBJECT and arg.entity.label in ("PERSON", "ORG", "GPE", "GROUP"):
            heads.append(arg)
            if not arg.coordinated:
                return heads
            continue
        return []
    return []


def _compound_owners(text: str, draft: _Draft, args: list[Argument]) -> list[Argument]:
    """Two or more countries written together before "の" and the trigger (米ロの高官協議, 日韓の首脳会談)."""
    near = next((a for a in reversed(args) if a.mention.end <= draft.start), None)
    if (
        near is None
        or near.entity.label != "GPE"
        or not _COMPOUND_GAP_RE.fullmatch(text, near.mention.end, draft.start)
    ):
        return []
    chain = [near]
    for arg in reversed(args):
        if arg.entity.label != "GPE" or arg.mention.end > chain[0].mention.start:
            continue
        if text[arg.mention.end : chain[0].mention.start] in ("", "、", "と", "や"):
            chain.insert(0, arg)  # 米ロの高官協議; エジプト、スーダン、エチオピアの閣僚協議
        else:
            break
    return chain if len(chain) >= 2 else []


_HOSTED = ("を開", "を主催", "を開催", "を仲介")  # a meeting held by the subject for its owners
_JOINT_WORDS = ("合同", "共同")  # 米韓合同軍事演習: the countries hold the exercise together
_JOINT_BEFORE = (*_JOINT_WORDS, "合同で", "共同で")  # Yと合同で演習を行う: Y holds it too
# The office holders of a body who meet, between its name and the meeting (財務相・中央銀行総裁, 国防相).
_MINISTERS_OF_RE = re.compile(r"(?:[一-龥]{1,6}(?:相|大臣|総裁)・)*[一-龥]{1,6}(?:相|大臣|総裁)$")


# と, then the kind of the second party (武装組織「B」, イスラム組織B, 反政府勢力B)
_CONJUNCT_GAP_RE = re.compile(
    r"と(?:[一-龥ァ-ヶー]{1,8}「|[一-龥ァ-ヶー]{0,6}(?:組織|勢力|グループ|集団|民兵))?"
)


def _conjuncts_before(text: str, owner: Argument, args: list[Argument]) -> list[Argument]:
    """The mentions joined by と to an owner (AとBの戦闘, A軍と武装組織「B」の戦闘) or written together
    with it (日米韓の), nearest last."""
    found: list[Argument] = []
    edge = owner.mention.start
    for arg in reversed(args):
        if arg.mention.end > edge or arg is owner:
            continue
        if not (
            _CONJUNCT_GAP_RE.fullmatch(text, arg.mention.end, edge)
            or (arg.coordinated and arg.mention.end == edge and arg.entity.label == owner.entity.label)
        ):  # 日米韓の: the countries written together
            break
        if arg.entity.label not in ("ORG", "GPE", "GROUP", "PERSON"):
            break
        found.insert(0, arg)
        edge = arg.mention.start
    return found


def _attached_owners(text: str, draft: _Draft, args: list[Argument]) -> list[Argument]:
    """Entities written directly before the trigger (日米首脳会談: 日 and 米)."""
    chain: list[Argument] = []
    edge = draft.start
    for arg in reversed(args):
        if arg.mention.end > edge:
            continue
        gap = text[arg.mention.end : edge]
        if not chain and draft.type == "CONSULT":
            gap = _MINISTERS_OF_RE.sub("", gap)  # 主要7カ国（G7）財務相・中央銀行総裁会議: the body holds it
        if (
            not chain
            and gap in ("）", ")")
            and text[arg.mention.start - 1 : arg.mention.start] in ("（", "(")
        ):
            chain.insert(0, arg)  # 主要7カ国（G7）外相会合
            edge = arg.mention.start - 1
            continue
        if gap == "" or (not chain and (_ALIAS_GAP_RE.fullmatch(gap) or gap in _JOINT_WORDS)):
            if arg.entity.label not in ("ORG", "GPE", "GROUP"):
                break
            chain.insert(0, arg)
            edge = arg.mention.start
        else:
            break
    return chain


def _joint(text: str, draft: _Draft) -> bool:
    """A joint act (合同軍事演習, 共同演習, 合同で演習, 合同パトロール): its partners hold it too."""
    return draft.text.startswith(_JOINT_WORDS) or text.endswith(_JOINT_BEFORE, 0, draft.start)


def _between_parties(text: str, arg: Argument, trigger_start: int) -> bool:
    """Whether "日中間で協議" names the parties of the trigger; "両国間の国境検問所" only modifies a noun:
    間の counts when the noun it modifies is the trigger itself (両国間の協議)."""
    if arg.mention.end > trigger_start:
        return False
    after = arg.mention.end + 1
    if not text.startswith("の", after):
        return True
    return trigger_start - (after + 1) <= 6 and "、" not in text[after:trigger_start]


def _subordinate_subject(text: str, arg: Argument, trigger: int) -> bool:
    """A が-subject of an embedded, reported, relative or framing clause before the trigger
    (…が宣布した戒厳をめぐり、…逮捕した): not the trigger's subject."""
    if arg.particle != "が":
        return False
    end = arg.mention.end
    if etc := ETC_RE.match(text, end):
        end = etc.end()  # XやYなど12カ国が、: the subject ends after those meant
    if LED_BY_RE.match(text, end):
        return False  # X率いる部隊が: the leader's force is the subject
    if _SHARED_WHEN_RE.fullmatch(text, end, trigger):
        return False  # 警察が…排除した際に住民3人を拘束した: the clause of when shares its subject
    if text.startswith("が、", end) and (report := _CLOSED_REPORT_RE.search(text, end, trigger)) is not None:
        inner = _INNER_SUBJECT_RE.search(text, end + 2, report.start())
        if inner is not None:
            return False  # X氏が、同社が…遅らせたと批判し、…求めた: the report is X's, 同社 is reported
    opened = _OPENED_SUBJECT_RE.match(text, end) is not None
    embedded = _EMBEDDED_RE.search(text, end, trigger) if opened or text.startswith("が、", end) else None
    if embedded is not None and opened and embedded.group(0).startswith("よう"):
        # Xが先月、…を調べるよう県に求めた: the time and comma close X's own clause opening, so the
        # よう clause that follows (what X asks for) has its subject left out
        return _other_clause_between(text, end, trigger)
    if (
        embedded is not None
        and (agreed := _AGREED_ON_RE.match(text, embedded.start()))
        and agreed.end() == trigger
    ):
        # AとBが8日、…を下げることで合意した: the agreement is theirs, the こと clause shares its subject
        return _other_clause_between(text, end, embedded.start())
    return _subordinate_clause(text, end, trigger)


# A が-subject of a clause of when and of the main clause after it, which names no subject of its own.
_SHARED_WHEN_RE = re.compile(r"が[^。「」がは]{1,40}?[たる](?:際|とき|時)(?:に)?、?[^。「」がは]{0,30}")


def _other_clause_between(text: str, end: int, limit: int) -> bool:
    """Whether a reported, relative, framing or until clause closes between a が-subject ending at
    ``end`` and ``limit``."""
    return bool(
        _CLOSED_REPORT_RE.search(text, end, limit)
        or _relative_clause_subject(text, end, limit)
        or _FRAMING_CLAUSE_RE.search(text, end, limit)
        or _UNTIL_CLAUSE_RE.search(text, end, limit)
    )


# What an agreement is on, right before its trigger (…ことで合意, …ことでYと一致).
_AGREED_ON_RE = re.compile(r"ことで(?:も)?(?:[^、。「」をがは]{1,24}?と)?(?=合意|一致)")
# A が-subject followed by its own time and a comma (Xが先月、, Yが8日、, Zが同日夜、).
_OPENED_SUBJECT_RE = re.compile(
    r"が(?:[0-9０-９]{1,4}[年月日]|[0-9０-９]{1,2}日(?:午前|午後|朝|夜|未明)?|先月|今月|昨年|今年|先週|今週"
    r"|同日(?:夜|朝|午後|午前)?|前日|昨日)、"
)
_INNER_SUBJECT_RE = re.compile(r"[一-龥ァ-ヶー）)]が(?![、ら])")


def _subordinate_clause(text: str, end: int, trigger: int) -> bool:
    """Whether a が-subject ending at ``end`` opens a clause that is not the trigger's own."""
    return bool(
        _EMBEDDED_RE.search(text, end, trigger)
        or _CLOSED_REPORT_RE.search(text, end, trigger)
        or _relative_clause_subject(text, end, trigger)
        or _FRAMING_CLAUSE_RE.search(text, end, trigger)
        or _UNTIL_CLAUSE_RE.search(text, end, trigger)
    )


def _nearest_subjects(
    text: str, draft: _Draft, region: list[Argument], by_id: dict[str, Entity]
) -> list[Entity]:
    """The subject closest before the trigger (with its conjuncts), unless a conditional clause
    lies between them."""
    nearest = [
        a
        for a in region
        if a.particle in ("が", "は", "も")
        and a.mention.end <= draft.start
        and a.entity.label in ("PERSON", "ORG", "GROUP", "GPE")
        and not _subordinate_subject(text, a, draft.start)
    ]
    if not nearest:
        owners = [a for a in region if a.particle == "の"]
        head = subject_of(text, owners, before=draft.start)
        if head is None or _CLOSED_REPORT_RE.search(text, head.mention.end, draft.start):
            return []
        own = owned_topic(text, head.mention.end)
        if (
            own is not None
            and own.group(0).endswith("が")
            and _subordinate_clause(text, own.end() - 1, draft.start)
        ):  # チェコ上院のX議長が…訪問したことへの対抗措置として: the head of an embedded subject
            framing = _FRAMING_CLAUSE_RE.search(text, own.end(), draft.start)
            later = [a for a in owners if framing is not None and a.mention.start >= framing.end()]
            head = subject_of(text, later, before=draft.start) if later else None
            if head is None:  # X市のY市長が…問題で、同市の委員会は: the owner after the framing clause
                return []
            own = owned_topic(text, head.mention.end)
        if _CONDITIONAL_RE.search(text, head.mention.end, draft.start):
            # 同省の報道官は…、チェコ側が…続ければ、…措置を取ると警告した: the topic before the
            # condition speaks the warning, like a topic of its own (…は、…ば…と警告した)
            speaks = (
                own is not None
                and own.group(0).endswith(("は", "は、", "も"))
                and not _CONDITIONAL_RE.search(text, head.mention.end, own.end())
                and _TOPIC_RE.search(text, own.end(), draft.start) is None
                and _REPORTED_WARNING_RE.match(text, draft.end, draft.end + 40) is not None
            )
            return _expand(head.entity, by_id) if speaks else []
        other = _TOPIC_RE.search(text, own.end(), draft.start) if own is not None else None
        if other is not None and not _QUOTED_CLAIM_RE.fullmatch(text, other.end(), draft.start):
            return []  # 中国の行動が強まる中、3カ国は…: another topic governs the trigger
        heads = [head]  # 米議会の強硬派は…批判した; ポーランドとドイツの首相は: both
        for arg in reversed([a for a in region if a.mention.end <= head.mention.start]):
            if (arg.particle == "と" and text[arg.mention.end : heads[0].mention.start] == "と") or (
                arg.mention.end == heads[0].mention.start and arg.entity.label == heads[0].entity.label
            ):  # ポーランドとドイツの首相は; 日米韓3カ国の外務次官は
                heads.insert(0, arg)
            else:
                break
        actors: list[Entity] = []
        for arg in heads:
            actors.extend(e for e in _expand(arg.entity, by_id) if e not in actors)
        return actors
    if _CONDITIONAL_RE.search(text[nearest[-1].mention.end : draft.start]):
        # …ば「…」と警告した: the one who speaks is the topic before the condition
        if nearest[-1].particle in ("は", "も"):
            # the topic itself stands before the condition, with its conjuncts
            return _with_conjuncts(nearest[-1], region, by_id)
        before = nearest[-1].mention.start
        topics = [a for a in nearest if a.particle in ("は", "も") and a.mention.end <= before]
        if topics:
            return _expand(topics[-1].entity, by_id)
        head = subject_of(text, [a for a in region if a.particle == "の"], before=before)
        return _expand(head.entity, by_id) if head is not None else []
    reporter = _reporter(text, draft, region, nearest) or _owner_reporter(text, draft, region, nearest)
    if reporter is not None:
        nearest = [reporter]
    chosen = nearest[-1]
    if chosen.particle == "も" and chosen.entity.label == "PERSON":
        topic = next((a for a in reversed(nearest[:-1]) if a.particle == "は"), None)
        if topic is not None and not _CLAUSE_BREAK_RE.search(text, topic.mention.end, chosen.mention.start):
            chosen = topic  # 県警は、同社の社長も…逮捕した: the topic acts, the person is one more object
    if chosen.particle in ("は", "も"):
        inner = _inner_subject(text, chosen.mention.end, draft.start, region)
        if inner is not None:  # 中国は、台湾の総統が…訪問したことに抗議した: 訪問 is the leader's
            if isinstance(inner, Argument):
                return _expand(inner.entity, by_id)
            draft.unnamed_subject = True
            return []
    return _with_conjuncts(chosen, region, by_id)


# A clause ends between two arguments (…したが、 / …し、 / 「…」): each may have a subject of its own.
_CLAUSE_BREAK_RE = re.compile(r"[しりきちみびぎいえけせてれめでがばた]、|[。「」]")


def _with_conjuncts(chosen: Argument, region: list[Argument], by_id: dict[str, Entity]) -> list[Entity]:
    """The entities of ``chosen`` and of the arguments coordinated before it with the same particle
    (AとBは: both)."""
    group = [
        a
        for a in region
        if a.coordinated and a.particle == chosen.particle and a.mention.end <= chosen.mention.start
    ]
    found: list[Entity] = []
    for arg in [*group, chosen]:
        found.extend(e for e in _expand(arg.entity, by_id) if e not in found)
    return found


# the trigger is, or is followed by, a reported warning or stance (…と警告した, …考えを示した)
_REPORTED_WARNING_RE = re.compile(
    r"(?:し|する|した|して)?(?:た|る)?(?:と|との|という)?(?:考え|方針|意向|構え|姿勢)?を?"
    r"(?:改めて|強く|重ねて)?(?:警告|伝え|述べ|表明|強調|明らかに|示し|示す|通告|し[。、]|した)"
)
_QUESTION_CLAUSE_RE = re.compile(r"(?:か(?!ら)|かどうか)(?:を|について)?(?:[^、。「」]{0,6})?$")  # not …から


# A clause joined by が / けれど after a verb, with a new topic of its own (…するが、住民は…).
_CONTRAST_TOPIC_RE = re.compile(
    r"[ぁ-ん](?:が|けど)、(?:[^、。「」はが]{1,16}?(?:する|した|している|していた)(?=[一-龥ァ-ヶー]))?"
    r"(?P<noun>[一-龥ァ-ヶー]{2,10})は"
)  # …示したが、改正に反対する野党勢力は…デモを行う: the topic may carry a clause of its own


def _inner_subject(text: str, start: int, trigger: int, region: list[Argument]) -> Argument | bool | None:
    """A が-subject that is no entity, between a topic and the trigger in the trigger's own clause
    (…、台湾の総統が米国を経由して訪問した; …、企業が輸出を停止する): the trigger's own subject. Its
    owner (台湾の総統が) when one is written, True when none, None when there is no such subject."""
    clause_start = max(start, text.rfind("、", start, trigger) + 1)
    topic = _CONTRAST_TOPIC_RE.match(text, clause_start - 3)
    if (
        clause_start - 3 >= start
        and topic is not None
        and topic.end("noun") < trigger  # …認めたが、辞任は否定した: the topic is the act itself
        and not any(a.mention.start <= topic.end("noun") <= a.mention.end for a in region)
    ):
        return True  # Xは…対戦するが、サポーター団体は…デモを行う: a new topic that is no entity
    for match in _NOUN_SUBJECT_RE.finditer(text, clause_start, trigger):
        position = match.start()
        if text.rfind("「", clause_start, position) > text.rfind("」", clause_start, position):
            continue  # a subject inside a quote belongs to what is said
        if any(a.mention.start <= position <= a.mention.end + 2 for a in region) or _GROUP_SUBJECT_RE.search(
            text, max(0, position - 4), position
        ):
            continue  # an entity or a group word (双方が): the usual rules have it
        if _subordinate(text, position + 1, trigger) or _relative_clause_subject(text, position + 1, trigger):
            continue
        if _QUESTION_CLAUSE_RE.search(text, position + 1, trigger):
            continue  # 委員会は、買収が競争を妨げないか審査する: the subject of what is examined
        if _HELD_RE.match(text, trigger) and _JOINING_VERB_RE.search(text, position + 1, trigger):
            continue  # Xは…約2千人が参加する抗議集会を開いた: those who join, not the one who holds it
        owner = next(
            (
                a
                for a in region
                if a.particle == "の"
                and clause_start <= a.mention.start
                and (topic := owned_topic(text[: position + 1], a.mention.end)) is not None
                and represents(topic)
                and a.entity.label in ("ORG", "GPE", "PERSON", "GROUP")
            ),
            None,
        )
        return owner if owner is not None else True
    return None


_HELD_RE = re.compile(r"[^、。をが]{1,6}を(?:開|行|主催|組織|企画)")
_JOINING_VERB_RE = re.compile(r"(?:参加|出席|集結)(?:する|した|している)$")
_RELATIVE_VERB_RE = re.compile(rf"{_CLAUSE_VERB_END}(?=[一-龥ァ-ヶー「0-9０-９])")


def _relative_clause_subject(text: str, end: int, trigger: int) -> bool:
    """Whether a が-subject ending at ``end`` belongs to a relative clause that modifies another
    noun before the trigger (欧州各国が参加する平和維持部隊の派遣について協議した), not to the trigger's
    own verb (EUが来月開く首脳会議: the clause modifies the trigger itself)."""
    gap = text[end:trigger]
    if "。" in gap:
        return False
    if text.startswith("契約", trigger) and _CONTRACT_MADE_BEFORE_RE.search(text, end, trigger):
        return False  # Xが昨年Yと結んだ売却契約: the contract X made
    if text.startswith("「", end + 1):  # Xが「犠牲になった方々に…」と謝罪した: what X says, not a clause
        closing = text.find("」", end + 1, trigger)
        if closing < 0:
            return False
        end = closing
    if _REACTED_ACT_RE.match(text, trigger) and all(
        m.group(0).endswith(("ている", "ていた")) for m in _RELATIVE_VERB_RE.finditer(text, end + 1, trigger)
    ):  # Yが実効支配している島に部隊を配備したことに抗議: a state described, Y still acts
        return False
    comma = text.find("、", end, trigger)
    if 0 <= comma <= end + 1:  # Xが、…求めていた訴訟で、: a comma right after the subject opens its clause
        comma = text.find("、", comma + 1, trigger)
    if comma >= 0:  # Xが…科した制裁金を不服とし、…提訴した: the clause closes before the comma
        return any(match.end() < comma for match in _RELATIVE_VERB_RE.finditer(text, end + 1, comma))
    talks = _TALKS_RE.match(text, trigger) is not None
    return any(
        match.end() != trigger
        and not _TRIGGER_PREFIX_RE.fullmatch(text, match.end(), trigger)
        and not (talks and _TALKS_TOPIC_RE.fullmatch(text, match.end(), trigger))
        for match in _RELATIVE_VERB_RE.finditer(text, end + 1, trigger)
    )  # Xが続けていた無期限ストライキ: a short prefix of the trigger's own noun


# Talks named with their subject (AとBが予定している投資協議, 来月開く通商交渉): the clause holds them.
_TALKS_RE = re.compile(r"(?:協議|会談|交渉|会合|対話)")
_TALKS_TOPIC_RE = re.compile(r"[一-龥]{2,4}")


# A trigger whose act is what another reacts to (…署名したことに抗議, …配備したことを非難).
_REACTED_ACT_RE = re.compile(r"[^、。「」]{1,6}?(?:した|する|している)(?:こと|の)(?:に|を|へ)")
_TRIGGER_PREFIX_RE = re.compile(
    r"(?:[一-龥ァ-ヴー]{1,8}(?:での|への|に対する|による))?"  # 国境での砲撃, 首都への攻撃, Xによるデモ
    r"(?:無期限|大規模な?|全面的?な?|全国|一斉|時限|長期|緊急|追加|再)?(?:[ァ-ヴー]{2,6})?"
)  # of scale, length, time, and a katakana object (ミサイル発射); not 参加する警告スト (participants)


_QUOTATIVE_RE = re.compile(
    r"(?:[るたいうくすつぬぶむぐ]|だ|ない|[」』])と(?:互いに|改めて|強く|重ねて|厳しく)?$"
)


def _reporter(text: str, draft: _Draft, region: list[Argument], subjects: list[Argument]) -> Argument | None:
    """The actor of a reporting trigger (…すると警告した, …と非難した): the topic that opens the
    reported clause, not a subject inside the reported content (…ば、中国は対応すると警告した)."""
    if not _QUOTATIVE_RE.search(text, max(0, draft.start - 8), draft.start):
        return None
    topics = [
        a
        for a in subjects
        if a.particle in ("は", "も") or (a.particle == "が" and text.startswith("が、", a.mention.end))
    ]  # X氏が、同社が…遅らせたと批判し: a が-subject set off by a comma opens the report too
    if not topics or topics[0] is subjects[-1]:
        return None
    first = topics[0]
    last = subjects[-1]
    closing = text.rfind("」", last.mention.end, draft.start)
    opening = text.rfind("「", last.mention.end, closing) if closing >= 0 else -1
    if last.particle in ("は", "も") and opening >= 0:
        return None  # Xは…ており、同党は「…」と非難した: what is said is in brackets after the last topic
    if (
        last.particle == "が"
        and opening >= 0
        and not any(c in "、。" for c in text[last.mention.end : opening])
    ):
        return None  # Xは…会見を開き、同社のY社長が「…」と謝罪した: the one who says it acts
    reported = text[first.mention.end : draft.start]
    if _CONDITIONAL_RE.search(reported) or "、" in reported:
        return first
    return None


def _owner_reporter(
    text: str, draft: _Draft, region: list[Argument], subjects: list[Argument]
) -> Argument | None:
    """The owner of a topic (Xの報道官は、…、Yが…と非難した) reports a が-clause before a
    quotative trigger: X accuses, Y is what is reported."""
    if any(a.particle in ("は", "も") for a in subjects) or not _QUOTATIVE_RE.search(
        text, max(0, draft.start - 8), draft.start
    ):
        return None
    first = subjects[0]
    head = subject_of(text, [a for a in region if a.particle == "の"], before=first.mention.start)
    if head is None:
        return None
    own = owned_topic(text, head.mention.end)
    if own is None or not own.group(0).endswith(("は", "も")) or own.end() > first.mention.start:
        return None
    return head if "、" in text[own.end() : first.mention.start] else None


_AGENCY_TAILS = ("通信", "通信社", "ニュース", "新華社", "ロイター", "ブルームバーグ")


def _reported_by(entity: Entity, by_id: dict[str, Entity]) -> Entity:
    """A news agency reports what its country did: the country (when named in the article)
    stands for it as the actor of the reported events."""
    if entity.label != "ORG" or not entity.name.endswith(_AGENCY_TAILS) or entity.country is None:
        return entity
    canonical = lexicon().country_canonical.get(entity.country)
    return next((e for e in by_id.values() if e.label == "GPE" and e.name == canonical), entity)


def _has_own_partner(text: str, draft: _Draft, args: list[Argument]) -> bool:
    return any(a.particle in ("との", "と") and 0 <= draft.start - a.mention.end <= 12 for a in args)


# A bare noun as the subject of the clause (、警察は / 、警察が / を警察が), right before the act.
_BARE_SUBJECT_RE = re.compile(r"(?:^|(?<=[、。を\n]))(?P<noun>[一-龥ァ-ヶー]{1,6})(?:は|が)(?!ら)")


# An unnamed crowd as the subject (数百人が, 支持者ら40人以上が, 住民たちは) or the agent (野党支持者による);
# not a small count (2人は…関与した), which is who an accusation is about.
_HEADCOUNT = r"(?:約|計)?(?:[1-9１-９][0-9０-９]+|数|十数|数十)(?:[万千百十])?人(?:以上|超|余り)?"
_CROWD = (
    r"(?:"
    + _HEADCOUNT
    + r"|[一-龥]{0,4}(?:支持者|市民|住民|学生|群衆|デモ隊|労働者|農民|活動家|参加者|遺族|組合員"
    r"|漁民|若者|団体)(?:ら|たち)?(?:" + _HEADCOUNT + r")?)"
)
_CROWD_SUBJECT_RE = re.compile(r"(?:^|(?<=[、。\n])|(?<=[にで])|(?<=でも))" + _CROWD + r"(?:が|は|による)")
# The staff or clients of a body, named as many (Xの従業員ら約300人が): they act, not the body.
_OWNED_CROWD_RE = re.compile(
    r"(?<=の)(?:従業員|社員|職員|患者|乗客|顧客|利用者)(?:ら|たち)?(?:" + _HEADCOUNT + r")?(?:が|は)"
)
# A crowd that joins the act, after it: 抗議デモに参加した支持者らが, or counted (デモに約3万人が参加;
# thousands, not a small count).
_CROWD_JOINERS_RE = re.compile(
    r"(?:に参加した|を行った|を続けた|を続けていた|を続ける)" + _CROWD + r"(?:が|は|ら)"
    r"|に(?:は)?(?:" + _CROWD + r"|(?:約|計)?[1-9１-９][万千百]人(?:以上|超|余り)?)(?:が|も)参加"
)


def _after_actors(text: str, draft: _Draft, args: list[Argument], actors: list[Entity]) -> int:
    """Where the last actor chosen ends in the trigger's sentence before it (else the sentence's start)."""
    start = text.rfind("。", 0, draft.start) + 1
    return max(
        (a.mention.end for a in args if a.entity in actors and start <= a.mention.start < draft.start),
        default=start,
    )


def _crowd_acts(text: str, draft: _Draft, args: list[Argument], actors: list[Entity]) -> bool:
    """Whether an unnamed crowd acts in the trigger's sentence after every actor chosen
    (…は…と批判した。首都では数百人が集まり、改憲に抗議した), or joins the act in a relative clause
    (抗議デモに参加した支持者らが): the crowd acts, not an earlier topic."""
    last_actor = _after_actors(text, draft, args, actors)
    for regex in (_CROWD_SUBJECT_RE, _OWNED_CROWD_RE):
        for match in regex.finditer(text, last_actor, draft.start):
            if not any(a.mention.start < match.end() and match.start() < a.mention.end for a in args):
                return True
    joiners = _CROWD_JOINERS_RE.match(text, draft.end)
    if joiners is not None and not any(joiners.start() <= a.mention.start < joiners.end() for a in args):
        return True
    owner = _CROWD_OWNER_RE.search(text, max(last_actor, draft.start - 24), draft.start)
    return owner is not None and not any(
        owner.start() <= a.mention.start < owner.end() for a in args
    )  # 親パレスチナ団体の抗議デモで、…逮捕した: the crowd's protest, not the police's


_CROWD_OWNER_RE = re.compile(_CROWD + r"の(?:[一-龥]{1,4})?\Z")


def _unnamed_subject(text: str, draft: _Draft, args: list[Argument], actors: list[Entity]) -> bool:
    """Whether an arrest is made by a subject that names no entity (警察, 治安部隊) in the
    trigger's sentence after every actor chosen: that subject acts, not the earlier topic."""
    last_actor = _after_actors(text, draft, args, actors)
    for match in _BARE_SUBJECT_RE.finditer(text, last_actor, draft.start):
        noun = match.span("noun")
        if not any(a.mention.start < noun[1] and noun[0] < a.mention.end for a in args):
            return True
    return False
