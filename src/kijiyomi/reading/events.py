"""PLOVER events from trigger words, with actors, recipients, date, place, mode and status.

For each trigger (data/triggers.tsv; never inside an entity name):
- actors: the subjects (は/が/も, による) of its sentence, or of the quote it sits in, else the
  quote's speaker, else the previous sentence's subjects; a GROUP (両首脳) stands for its
  members; と/との partners join the actors of CONSULT, AGREE and COOPERATE; 互いに makes the
  actors each other's recipients.
- recipients: mentions marked に対し, に, へ, への before the trigger (persons, organisations,
  countries); を for ACCUSE, THREATEN, ASSAULT, SANCTION, COERCE.
- date: the nearest time expression before the trigger in the sentence (one that an earlier
  trigger already took only when it is a sentence-level adverbial "30日、"), else the first one
  after it in the sentence; an occurred event without one takes the latest full date before it.
- place: the GPE/LOC marked で (or を with 訪問) nearest before the trigger, else any in the sentence.
- mode: phone (電話), video (オンライン, テレビ会議), in person (会談, 会合, 訪問...).
- status: read from the words between the trigger and the end of its clause, else from the end
  of the sentence: conditional (…ば, 場合, なら), hedged (可能性, 恐れ, とみられる), denied (否定,
  ない), planned (予定, 方針, 見通し, non-past verb), else occurred. A punitive event (SANCTION,
  ASSAULT, FIGHT, COERCE) in the consequence of a conditional clause is a THREATEN made by the
  sentence's subject, with the clause as its ``condition``; so is a "…ば…恐れ/可能性" statement.
- coreference: triggers of one type in one sentence with compatible dates and places are one
  event; a later trigger used as a reference (会談は, 会談で, 会談後) whose date fits an earlier
  event of its type is a mention of that event.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from kijiyomi.reading.arguments import (
    SUBJECT,
    Argument,
    in_condition,
    owned_topic,
    plain_topic,
    represents,
    sentence_arguments,
    subject_of,
)
from kijiyomi.reading.entities import is_kanji
from kijiyomi.reading.lexicon import Lexicon, Trigger, lexicon
from kijiyomi.reading.model import Entity, Event, Mention, Participant, Quote, Span, TimeExpression
from kijiyomi.reading.times import sentence_direction
from kijiyomi.reading.tokens import Token

_PUNITIVE = frozenset({"SANCTION", "ASSAULT", "FIGHT", "COERCE"})
_PARTNER_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_OBJECT_RECIPIENT_TYPES = frozenset({"ACCUSE", "THREATEN", "ASSAULT", "SANCTION", "COERCE", "REJECT"})
_CONDITIONAL_RE = re.compile(r"(?:れば|せば|えば|けば|ければ|てば|めば|ねば|べば|なら|場合|ない限り)")
_CONDITION_CLAUSE_RE = re.compile(
    r"[^、。「」]{0,120}?(?:れば|せば|えば|けば|ければ|てば|めば|ねば|べば|なら|場合(?:は|には)?|ない限り)、?"
)
_HEDGE_RE = re.compile(r"可能性|恐れ|おそれ|とみられ|と見られ|見られる|模様|もよう|疑い|様子|ようだ")
_DENIED_RE = re.compile(
    r"否定|否認|しなかった|なかった|せず|しない|していない|ていない|ず、|ません|見送|断念|先送り|取りやめ|見合わせ"
    r"|(?:延期|中止)(?:し|す|さ|と|に|。)|応じない|応じず"  # 延期した, 中止すると; not 延期論
    r"|ない(?:方針|考え|意向|構え|と(?:明言|表明|強調))"  # 連立協議を行わない方針を示した
)
_PLANNED_RE = re.compile(
    r"予定|方針|計画|見通し|見込み|方向|意向|目指|検討|構え|準備|ことになった|へ。|"
    r"(?:する|行う|開く|開かれる|行われる|始める|応じる|送る|結ぶ|出す|取る)(?:と|こと|考え|方針|予定|。|」|$)"
    r"|(?<![てで])[^、。た]る(?:ことで|ことを|ことに)"  # not 捜査していることを明らかにした: under way
)
_PAST_END_RE = re.compile(
    r"(?:た|だった|[てで]いた|[てで]いる|[てで]きた|た模様)(?:という|とした|とされる)?[。」]*$"
)
_PLAN_BUT_RE = re.compile(r"予定(?:だった|であった)(?:が|ものの|けれど|けど)$")
_PAST_BUT_RE = re.compile(r"(?:た|だった)(?:が|ものの|けれど|けど)$")  # 協議を行ったが、合意には至らなかった
_CONTINUATIVE_RE = re.compile(r"(?:し|い|り|き|ち|め|け|え|れ|せ|び|み|ぎ|で|て)$")
_REFERENTIAL_RE = re.compile(
    r"^(?:は|では|には|で|後|の後|について|に関し|をめぐり|を受け|の際|の中で|の席で|が行われ|の日程|の開催|に合わせ|に先立|を前に|の(?:影響|被害|余波)"
    r"|に(?:招|参加|出席|臨)"
    r"|を(?:強く|厳しく|改めて|重ねて)?(?:「[^」]{0,30}」と)?(?:確認|歓迎|評価|受け|めぐ|巡|非難|批判))"
)


_TALKED_ABOUT_RE = re.compile(
    r"の[一-龥]{1,4}(?:について|に向け|を巡|をめぐ)"  # 合意の具体化について: the agreement made before
    r"|が[^、。「」]{0,30}?(?:れば|なければ|なら)[、「]"  # 合意が規則に抵触すれば: a condition's subject
    r"|が[^、。「」]{0,20}?として"  # 合意が不十分だとして批判: the agreement judged
)
_SETTING_RE = re.compile(r"^(?:で|では|後|の後|の際|の席で|の中で|の場で)")  # 会談で…なかった: the talks held


@dataclass
class _Draft:
    type: str
    start: int
    end: int
    text: str
    sentence_index: int
    sentence_indices: set[int] = field(default_factory=set)  # of every trigger merged into it
    actors: list[Entity] = field(default_factory=list)
    recipients: list[Entity] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    place: Entity | None = None
    mode: str | None = None
    status: str = "occurred"
    condition: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    referential: bool = False
    topic: bool = False  # 交渉の開始について: what is talked about, not the talk itself
    during: bool = False  # 訪問中: a time reference to an event reported before
    cited: bool = False  # 協議に招かれていない, 協議の日程: a reference whatever its status
    sentence: Span | None = None
    threat_from: int | None = None  # end of the condition of a threatened punishment
    owned: bool = False  # written as "Xの要請": X is its actor
    reaction: bool = False  # the object of a reaction (提携を歓迎): a reference whatever its status
    setting: bool = False  # the setting of what the clause says (会談で…): a reference whatever its status
    phrase: bool = False  # a phrase trigger with its verb (医薬品を…送る)
    describes: bool = (
        False  # in a clause describing persons (起訴された活動家): not one event with the main act
    )
    unnamed_subject: bool = False  # its own subject is no entity (…、企業が輸出を停止した): no actor
    undated: bool = False  # help or cooperation to come: claims no time of its sentence


def find_events(
    text: str,
    tokens: list[Token],
    sentences: list[Span],
    entities: list[Entity],
    times: list[TimeExpression],
    quotes: list[Quote],
    today: str | None = None,
) -> list[Event]:
    """Events of the article in text order (``today``: the publication day, ISO)."""
    lex = lexicon()
    by_id = {entity.id: entity for entity in entities}
    mentions = sorted(((m, e) for e in entities for m in e.mentions), key=lambda pair: pair[0].start)
    occupied = {position for m, _ in mentions for position in range(m.start, m.end)}
    held_bodies = {m.start: m for m, e in mentions if e.label == "ORG" and _held_body(text, m)}
    token_starts = {token.start for token in tokens}
    token_at = {token.start: token for token in tokens}
    initials = lex.trigger_initials
    drafts: list[_Draft] = []
    previous_subjects: list[Entity] = []
    last_full_date: str | None = None
    lead_date: str | None = None  # the news day: the first full date of the article's past
    last_date_paragraph = 0
    paragraph = 0
    direct = [q for q in quotes if q.kind == "direct"]
    bodies: dict[str, list[Entity]] = {}  # 理事会 -> the organisation whose board it is
    time_starts = [t.start for t in times]
    for index, sentence in enumerate(sentences):
        if index and "\n" in text[sentences[index - 1].end : sentence.start + 1]:
            paragraph += 1
        fallback_date = last_full_date
        if (
            lead_date is not None
            and last_full_date is not None
            and paragraph != last_date_paragraph
            and last_full_date < lead_date
        ):
            fallback_date = lead_date  # back to the news day after a background paragraph
        args = sentence_arguments(text, sentence, mentions)
        _remember_bodies(text, args, by_id, bodies)
        sentence_times = times[
            bisect_left(time_starts, sentence.start) : bisect_left(time_starts, sentence.end)
        ]
        outside_args = [a for a in args if not _in_quotes(a.mention.start, direct)]
        subjects = _subjects(outside_args, by_id, text)
        taken_times: set[int] = set()
        sentence_drafts: list[_Draft] = []
        position = sentence.start
        while position < sentence.end:
            held = held_bodies.get(position)
            if held is None and (
                position not in token_starts or position in occupied or text[position] not in initials
            ):
                position += 1
                continue
            if held is not None:
                hit: tuple[str, Trigger] | None = (held.text, _HELD_BODY)  # 開いた連邦公開市場委員会
            else:
                hit = _trigger_at(text, position, sentence.end, lex)
            if hit is None:
                position += 1
                continue
            surface, trigger = hit
            end = position + len(surface)
            if (
                trigger.type is None
                and surface in _SESSION_WORDS
                and (
                    _OPENED_RE.match(text, end)
                    or _OPENED_BEFORE_RE.search(text, max(0, position - 8), position)
                )
            ):
                trigger = Trigger("CONSULT", "in_person")  # 臨時理事会を開き: a meeting held
            if (
                trigger.type is None
                or (
                    held is None
                    and any(p in occupied for p in range(position, position + 1 if trigger.phrase else end))
                )  # a phrase may hold a name inside (医薬品をトルコに送る)
                or text[position - 1 : position].isdigit()
            ):
                position = end
                continue
            quote = next((q for q in quotes if q.start <= position < q.end and q.cue not in _SOURCES), None)
            if (
                _not_an_event(text, position, end, quote, args, trigger)
                or _site_visit(text, position, surface, args)
                or (is_kanji(surface[-1]) and _compound_noun(token_at.get(end), trigger))
            ):
                position = end
                continue
            draft = _Draft(trigger.type, position, end, surface, index, mode=trigger.mode, sentence=sentence)
            draft.phrase = trigger.phrase
            draft.mentions.append((position, end))
            draft.owned = _owned(text, position, args)
            earlier = [d.start for d in sentence_drafts]
            carried = (
                []
                if _own_topic(text, sentence, outside_args, before=position)
                or _plain_clause_subject(text, sentence, outside_args, position)
                or text.startswith(_CONTRAST_OPENERS, sentence.start)  # 一方、…: another party
                else previous_subjects
            )
            own_subjects = subjects
            window = max(sentence.start, position - _TOPIC_WINDOW)  # bounded work per trigger
            group = _last_match(_PARTICIPANTS_RE, text, window, position)
            body = _last_match(_BODY_TOPIC_RE, text, window, position)
            if group is not None:  # 首脳らは, 両政府は, 3カ国は: those of the latest meeting
                carried = _group_referents(group, drafts + sentence_drafts, mentions)
                own_subjects = []
            elif body is not None and body.group("body") in bodies:
                carried = bodies[body.group("body")]  # IAEAの理事会は… 理事会は: the IAEA
                own_subjects = []
            elif _HAPPENING_RE.match(text, end) and not quote:
                carried = []  # 戦闘が続いている: the event is the subject, no one is carried over
            _participants(text, draft, args, own_subjects, carried, quote, by_id, earlier, direct)
            if draft.type == "FIGHT" and _BETWEEN_BOTH_RE.search(
                text, max(sentence.start, position - 20), position
            ):
                pair = _recent_countries(mentions, position, 2)  # 両国軍の間で銃撃戦: both sides fight
                if pair:
                    draft.actors = pair
            if draft.type in ("COERCE", "INVESTIGATE") and any(_suspect(a) for a in draft.actors):
                # 社長の浜田容疑者も…逮捕した: the suspect is the one arrested, not the arrester
                draft.recipients = [a for a in draft.actors if _suspect(a)] + [
                    r for r in draft.recipients if not _suspect(r)
                ]
                draft.actors = [a for a in draft.actors if not _suspect(a)] or [
                    e for e in carried if not _suspect(e)
                ]
            if _NEXT_SESSION_RE.search(text, max(sentence.start, position - 8), position):
                first = next((d for d in drafts + sentence_drafts if d.text == surface and d.actors), None)
                if first is not None:
                    draft.actors = list(first.actors)  # 会合を開いた…次回の会合は: the same body meets
            if any(_unresolved_pair(actor) for actor in draft.actors):  # 両外相は (unnamed ministers)
                pair = _referents(2, drafts + sentence_drafts, mentions, position)
                if pair:
                    draft.actors = [a for a in draft.actors if not _unresolved_pair(a)] + [
                        p for p in pair if p not in draft.actors
                    ]
            prefix = _GROUP_PREFIX_RE.search(text, max(sentence.start, position - 8), position)
            if (
                prefix is not None
                and draft.type in _PARTNER_TYPES
                and not _compound_owners(text, draft, args)
            ):
                draft.actors = _group_referents(prefix, drafts + sentence_drafts, mentions) or draft.actors
            if draft.actors and surface in _SESSION_WORDS:
                bodies[surface] = list(draft.actors)  # IAEAは臨時理事会を開き… 理事会は: the IAEA
            _status(text, draft, sentence, quote)
            if draft.threat_from is not None:
                _threat_by_reporter(text, draft, sentence, args, quote, by_id, direct)
            _when_and_where(text, draft, sentence, sentence_times, taken_times, args, sentence_drafts)
            if draft.status == "occurred" and _after_day(draft.date, today):
                draft.date = draft.date_text = None  # 来月会談することで合意した: not the agreement's day
            if draft.date is None and draft.status == "occurred" and fallback_date is not None:
                draft.date = fallback_date
            after = text[end : end + 40]
            draft.referential = bool(_REFERENTIAL_RE.match(after)) and not _has_own_partner(text, draft, args)
            draft.setting = bool(_SETTING_RE.match(after))
            draft.topic = bool(_TOPIC_NOUN_RE.match(text, end)) and _has_own_partner(text, draft, args)
            draft.during = text.startswith(("中、", "中に", "中の"), end)
            draft.cited = bool(_CITED_RE.match(text, end))
            draft.reaction = bool(_REACTION_RE.match(text, end))
            if draft.type in ("AGREE", "CONSULT") and _TALKED_ABOUT_RE.match(text, end):
                draft.referential = draft.reaction = True  # what an earlier agreement or meeting led to
            if draft.type in ("COOPERATE", "AID") and (
                _TOPIC_NOUN_RE.match(text, end)
                or _AIMED_AT_RE.match(text, end)
                or _DOCUMENT_RE.match(text, end)
                or _promised(text, end, draft.status)
            ):  # 協力に関する覚書, 防衛協力の強化で一致した, 追加供与を表明した: help to come
                _undate(draft, sentence_times, taken_times)
            if draft.type != "AGREE" and (
                _AGREED_ACT_RE.match(text, end) or _AGREED_TO_DO_RE.match(text, end)
            ):
                dated_at = text.rfind(draft.date_text or "\0", sentence.start, position)
                ahead = bool(draft.date and today and draft.date > today[: len(draft.date)])
                if dated_at < text.rfind("、", sentence.start, position) and not ahead:
                    _undate(draft, sentence_times, taken_times)  # 14日、…200人を解放することで合意した
            if draft.type in _DISCUSSABLE and _DISCUSSED_RE.match(text, end):
                _undate(draft, sentence_times, taken_times)  # 追加制裁を協議した
            if draft.topic and draft.date_text is not None:
                found = text.rfind(draft.date_text, sentence.start, position)
                if found < 0 or position - (found + len(draft.date_text)) > 3:
                    draft.date = draft.date_text = None  # 14日の交渉 keeps its date, a clause's date does not
            sentence_drafts.append(draft)
            position = end
        _conditional_warnings(
            text, sentence, sentence_drafts, subjects, index, args, quotes, by_id, sentence_times
        )
        for draft in sentence_drafts:
            if draft.date is None and draft.status == "occurred" and fallback_date is not None:
                draft.date = fallback_date
        drafts.extend(sentence_drafts)
        if subjects:
            previous_subjects = subjects
        elif (group := _last_match(_PARTICIPANTS_RE, text, sentence.start, sentence.end)) is not None:
            previous_subjects = _group_referents(group, drafts, mentions)
        elif _own_topic(text, sentence, outside_args):
            previous_subjects = []  # 弁護団は: a new topic that is not an entity
        latest = _latest_date(sentence, sentence_drafts, sentence_times)
        if latest is not None and (today is None or latest <= today):  # not a planned day
            last_full_date, last_date_paragraph = latest, paragraph
            if lead_date is None and (today is None or latest <= today):
                lead_date = latest
    merged = _merge(drafts)
    _dates_of_occasions(text, merged)
    return [_freeze(draft) for draft in merged]


_SOURCES = ("によると", "によれば")
_PROMISED_RE = re.compile(  # 追加供与を表明した, 共同開発を進めることで一致, 支援の枠組みの創設で合意
    r"(?:を|の)[^、。「」]{0,16}?(?:表明|約束|発表|決定|決め|進める|進めて|創設|検討|申し出|打ち出|提案|提唱)"
)
_DISCUSSABLE = frozenset({"SANCTION", "AID", "COOPERATE", "ASSAULT", "MOBILIZE", "RETREAT", "COERCE"})
_DISCUSSED_RE = re.compile(
    r"(?:の[^、。「」をがは]{0,6}?)?(?:を|について|に関して|をめぐり|を巡り)(?:協議|検討|議論|審議)"
)
_DOCUMENT_RE = re.compile(
    r"(?:に関する|の|する)?(?:覚書|協定|合意文書|枠組み|計画|文書|ロードマップ|行動計画)"
)
_OWN_ACTION_RE = re.compile(r"実施|行う|行い|開始|始め|再開")


_AGREED_ACT_RE = re.compile(r"(?:する|させる|を行う)?こと(?:で|に)(?:合意|一致|同意)")  # 解放することで合意
_AGREED_TO_DO_RE = re.compile(r"(?:を|の|で)[^、。「」]{0,16}?こと(?:で|に|を)(?:一致|合意|同意|確認)")


def _promised(text: str, end: int, status: str) -> bool:
    """Help or cooperation only stated as intended (追加供与を表明した, 共同開発を加速させることで
    一致した), not carried out by a verb of its own (無償資金協力を実施すると発表した keeps its
    clause's date)."""
    if _AGREED_TO_DO_RE.match(text, end) and status != "conditional":
        return True
    match = _PROMISED_RE.match(text, end)
    return match is not None and status != "conditional" and not _OWN_ACTION_RE.search(match.group(0))


_AIMED_AT_RE = re.compile(
    r"(?:の|を)?(?:一層の|さらなる)?(?:強化|拡大|推進|深化|継続|加速|拡充|促進)?(?:を図る|する|していく)?(?:こと)?"
    r"(?:で|を)(?:一致|合意|確認|申し合わせ)"
)
_SESSION_WORDS = frozenset({"理事会"})
_OPENED_RE = re.compile(r"(?:を開|が開か|を開催|が開催|[はが][^。「」]{0,16}?(?:始ま|開幕|開か))")
_HELD_BODY = Trigger("CONSULT", "in_person")
_BODY_ENDINGS = ("委員会", "理事会", "総会", "評議会", "審議会")


def _held_body(text: str, mention: Mention) -> bool:
    """A committee or board named as held (…まで開いた連邦公開市場委員会で, 委員会を開き): a meeting."""
    if not mention.text.endswith(_BODY_ENDINGS):
        return False
    after = mention.end
    alias = _ALIAS_GAP_RE.match(text, after)
    return bool(
        _OPENED_BEFORE_RE.search(text, max(0, mention.start - 8), mention.start)
        or _OPENED_RE.match(text, alias.end() if alias else after)
    )


_OPENED_BEFORE_RE = re.compile(r"(?:開いた|開かれた|開催した|開催された)$")  # 11日に開いた理事会で
_BODIES = "理事会|委員会|総会|評議会|議会|執行部|指導部|首脳会議"
_BODY_OWNER_RE = re.compile(rf"(?:[（(][^（()）]{{1,12}}[）)])?の(?P<body>{_BODIES})")
_BODY_TOPIC_RE = re.compile(rf"(?:^|(?<=[、。\n]))(?:同)?(?P<body>{_BODIES})[はがも]")


def _remember_bodies(
    text: str, args: list[Argument], by_id: dict[str, Entity], bodies: dict[str, list[Entity]]
) -> None:
    """Note whose board or assembly a body word names (国際原子力機関（IAEA）の理事会)."""
    for arg in args:
        if arg.particle != "の" or arg.entity.label not in ("ORG", "GPE"):
            continue
        match = _BODY_OWNER_RE.match(text, arg.mention.end)
        if match is not None:
            bodies[match.group("body")] = _expand(arg.entity, by_id)


_HAPPENING_RE = re.compile(r"が(?:続|起き|起こ|発生|激化|拡大|相次|長期化)")
_PARTICIPANTS_RE = re.compile(
    r"(?:^|(?<=[、。\n]))(?:(?:各国)?(?:首脳|閣僚|外相|参加国|出席者)(?:ら|陣|たち)?|(?:首脳|共同)?声明|首脳宣言|宣言"
    r"|(?P<pair>両政府|両国政府|双方|両者|両陣営|両代表団|(?:双方|両国|両政府)の(?:代表団|交渉団|代表))"
    r"|(?P<count>\d+)(?:カ国|か国)(?:の首脳|の外相|の政府)?)[はがも]"
)


_GROUP_PREFIX_RE = re.compile(  # 3カ国首脳会議, 両国の外相会談: the meeting of a group named before
    r"(?<![一-龥ァ-ヶー])(?:(?P<count>\d+)(?:カ国|か国)|(?P<pair>両国))の?(?:首脳|外相|閣僚|国防相)?$"
)


_NEXT_SESSION_RE = re.compile(r"(?:次回の?|次の)[一-龥]{0,4}$")  # 次回の会合, 次回の貿易相会合
_SUSPECT_ROLES = frozenset({"容疑者", "被告", "被告人", "元被告", "受刑者"})


def _suspect(entity: Entity) -> bool:
    return entity.label == "PERSON" and bool(_SUSPECT_ROLES.intersection(entity.roles))


def _unresolved_pair(entity: Entity) -> bool:
    """A 両-group whose two members were never named (両外相 after 韓国の外相 and 日本の外相)."""
    return entity.label == "GROUP" and not entity.members and entity.name.startswith("両")


_CLAUSE_LIMIT = 400  # a clause is read at most this far (bounded work per trigger)
_TOPIC_WINDOW = 300  # characters before a trigger searched for a topic or a condition
_SAME_DATE_WINDOW = 12  # earlier triggers of the sentence whose date a trigger may share


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007
        pass
    return found


def _group_referents(
    group: re.Match[str], drafts: list[_Draft], mentions: list[tuple[Mention, Entity]]
) -> list[Entity]:
    """Who a group noun stands for: 首脳らは → the actors of the latest meeting; 両政府は, 双方は →
    the latest event with two actors (else the latest two countries); 3カ国は → the latest event
    with three actors (else the latest three countries named)."""
    count = int(group.group("count")) if group.group("count") else 2 if group.group("pair") else None
    if count is None:
        return _latest_participants(drafts)
    return _referents(count, drafts, mentions, group.start())


def _referents(
    count: int, drafts: list[_Draft], mentions: list[tuple[Mention, Entity]], before: int
) -> list[Entity]:
    """The actors of the latest meeting, agreement or cooperation with ``count`` actors, else the
    last ``count`` countries named before ``before``."""
    event = next((d for d in reversed(drafts) if len(d.actors) == count and d.type in _PARTNER_TYPES), None)
    if event is not None:
        return list(event.actors)
    return _recent_countries(mentions, before, count)


def _recent_countries(mentions: list[tuple[Mention, Entity]], before: int, count: int) -> list[Entity]:
    """The last ``count`` distinct countries named before ``before``, in text order."""
    found: list[Entity] = []
    for mention, entity in reversed(mentions):
        if mention.end > before or entity in found or not _is_country(entity):
            continue
        found.insert(0, entity)
        if len(found) == count:
            return found
    return []


def _undate(draft: _Draft, times: list[TimeExpression], taken: set[int]) -> None:
    """Make ``draft`` a planned event without a date, and give its time back to the sentence's
    other triggers (2023年に…協力の覚書に署名した: the signing keeps 2023)."""
    if draft.date_text is not None:
        for time in times:
            if time.text == draft.date_text and time.start < draft.start:
                taken.discard(time.start)
    draft.status, draft.date, draft.date_text = "planned", None, None
    draft.undated = True


def _after_day(value: str | None, today: str | None) -> bool:
    """Whether a date value (day, month, year or ISO week) begins after the day ``today``."""
    if value is None or today is None:
        return False
    try:
        if "-W" in value:
            year, week = value.split("-W")
            start = date.fromisocalendar(int(year), int(week[:2]), 1)
        elif len(value) >= 10:
            start = date.fromisoformat(value[:10])
        elif len(value) == 7:
            start = date(int(value[:4]), int(value[5:7]), 1)
        elif len(value) == 4 and value.isdigit():
            start = date(int(value), 1, 1)
        else:
            return False
        return start > date.fromisoformat(today)
    except ValueError:
        return False


_COUNTRIES_VISITED_RE = re.compile(r"(?:\d+|数|複数の)(?:カ国|か国|ヵ国|ケ国)を$|(?:諸国|各国)を$")


def _site_visit(text: str, start: int, surface: str, args: list[Argument]) -> bool:
    """A visit to a place that is no party (被災地を訪れ, 現場を訪問): no diplomatic event."""
    if surface not in _VISITS or not text.startswith("を", start - 1):
        return False
    if _COUNTRIES_VISITED_RE.search(text, max(0, start - 12), start):
        return False  # 欧州3カ国を歴訪, 中東諸国を訪問: countries are parties
    visited = next((a for a in args if a.mention.end == start - 1), None)
    if visited is None:
        return True
    return text.endswith(_SITE_WORDS, 0, visited.mention.start)  # 被災地のXを訪れ: a disaster site


_SITE_WORDS = ("被災地の", "被災地・", "現場の", "被害の大きい", "被害が大きかった", "被災した")


def _latest_participants(drafts: list[_Draft]) -> list[Entity]:
    """The actors of the latest meeting (首脳らは…協議し: the leaders of that summit)."""
    meeting = next((d for d in reversed(drafts) if d.type == "CONSULT" and d.actors), None)
    return list(meeting.actors) if meeting is not None else []


_VISITS = frozenset(
    {
        "訪問",
        "訪れ",
        "歴訪",
        "訪米",
        "訪中",
        "訪日",
        "訪韓",
        "訪朝",
        "訪ロ",
        "訪露",
        "訪欧",
        "訪印",
        "訪英",
        "訪仏",
        "訪独",
    }
)
_REACTION_RE = re.compile(
    r"を(?:強く|厳しく|改めて|重ねて)?(?:「[^」]{0,30}」と)?"
    r"(?:歓迎|評価|非難|批判|確認|めぐ|巡|拒否|拒絶|一蹴|退け|無視|否定|受け入れ)"
)
_CITED_RE = re.compile(r"(?:に(?:招|参加|出席|臨)|の日程|の開催)")
_TOPIC_NOUN_RE = re.compile(r"(?:の[^、。「」]{0,6}?)?(?:について|をめぐ|を巡|に関す|に関し)")
_MEETING_NOUN_RE = re.compile(r"(?:会談|会議|会合|サミット|理事会)$")
_MERGE_WINDOW = 40  # earlier events a trigger may corefer with
_VERBAL_RE = re.compile(
    r"する|し|さ|せ|すれ|[一-龥ァ-ヶー]{0,4}を(?:行|実施|開|続|強化|科|課|拡大|再開|開始|表明|決定|決め|提出|出|送|発動|導入|結|交わ|取|講じ|検討|継続)"
    r"|が(?:発動|実施|強化|導入|開始|再開|科され|課され)|を受け"
    r"|(?:の開催)?を(?:中止|延期|見送|取りやめ|見合わせ)|に(?:は|も)?応じ"  # a call-off, talks refused
    r"|[がを][^、。「」をがは]{0,12}?(?:再開|延長|発動|開始|開かれ|行われ|実施され)"
    r"|の(?:再発動|発動|導入|強化|拡大|延長)を"
    r"|に(?:踏み切|合意|応じ|入)"
    # 会合を2月中旬に東京で開く
    r"|を[^、。「」をがは]{0,24}?(?:開く|開き|開いた|開かれ|行う|行い|行った|実施|開催)"
)
_REQUESTED_RE = re.compile(
    r"(?:措置|規制)?(?:(?:[をのに]|への)[^、。「」をがは]{0,10}?)?[をも]?(?:改めて|強く|重ねて|繰り返し)?"
    r"(?:要請|要求|求め|呼びかけ|呼び掛け|促)"
)
_ASKED_FOR_RE = re.compile(  # 会合を今月下旬に開くよう呼びかけた: the meeting is what is asked for
    r"を[^、。「」]{0,24}?(?:よう|ことを)に?(?:強く|改めて|重ねて)?(?:要請|要求|求め|呼びかけ|呼び掛け|促)"
)
_BETWEEN_BOTH_RE = re.compile(r"両(?:国|国軍|軍|国部隊)の間で[^、。「」]{0,14}$")
_ASKED_CONTENT_END_RE = re.compile(r"ように?(?:[^、。「」]{0,12}?(?:に|へ|に対し))?(?:強く|改めて|重ねて)?$")
_TALLY_RE = re.compile(r"(?:は|が)[^、。「」]{0,20}?[0-9０-９一二三四五六七八九十]+(?:人目|件目|例目)")
_ASKED_TO_DO_RE = re.compile(  # 協力するよう要請, 撤退するように求めた: the act is what is asked for
    r"(?:する|し|される)ように?(?:強く|改めて|重ねて)?(?:要請|要求|求め|呼びかけ|呼び掛け|促)"
)
_ALIAS_OF_MEETING_RE = re.compile(r"(?:会議|会合|会談|サミット|理事会|総会)[（(][^（()）]{0,12}$")
_WARNED_OF_RE = re.compile(r"(?:を|も)[^、。「」]{0,14}?と(?:強く|改めて|重ねて)?(?:警告|威嚇|脅)")
_AGREED_ON_RE = re.compile(r"を[^、。「」]{0,24}?こと(?:で|に)(?:合意|一致)")
_STANCE_RE = re.compile(  # 中国との対話を重視する, 制裁に反対し, 偶発的な衝突を防ぐ
    r"を重視|の重要性|の必要性|の扉|に前向き|に消極的|(?:の[一-龥]{1,4})?(?:案)?(?:に|への)(?:反対|賛成|慎重|否定的|難色)"
    r"|を(?:防|回避|避け|抑止|未然に)|の(?:防止|回避|抑止)"
)
_STATE_RE = re.compile(  # 拘束中の野党関係者, 拘束していた人質: a state named, not an event
    r"中の|(?:し|され)て(?:い|お)(?:た|る)(?=[一-龥ァ-ヶー])"
)
_DESCRIBES_PROTEST_RE = re.compile(r"する[^、。「」]{0,8}?(?:デモ|抗議集会|集会|ストライキ)")
_MODIFIED_TRIGGERS = ("協議", "交渉", "会談", "会合", "会議", "合意")
_COMPOUND_HEADS = frozenset("隊団員金者策法費額品物網案先地状機艦")  # 訪問先, 占領地, 逮捕状, 戦闘機


def _compound_noun(following: Token | None, trigger: Trigger) -> bool:
    """Whether the trigger word modifies the plain noun written right after it (解放手順, 支援物資,
    合意文書, 派遣部隊): the compound names a thing, not an event. Action nouns (制裁措置, 攻撃開始)
    and suffixes (会談後, 訪問中) keep the event."""
    return (
        following is not None
        and not trigger.phrase
        and following.pos[:3] == ("名詞", "普通名詞", "一般")
        and len(following.surface) >= 2
        and all(is_kanji(c) for c in following.surface)
    )


def _not_an_event(
    text: str, start: int, end: int, quote: Quote | None, args: list[Argument], trigger: Trigger
) -> bool:
    """Trigger words that name no event: part of a compound noun (援助隊, 支援策), the thing
    someone asks for (対話を呼びかけ), or a word inside quoted content with no actor of its own."""
    following = text[end : end + 1]
    if (following and following in _COMPOUND_HEADS) or text.startswith("内容", end):
        return True  # 援助隊, 支援策, 起訴内容: a noun made from the trigger
    if _ALIAS_OF_MEETING_RE.search(text, max(0, start - 24), start):
        return True  # アジア安全保障会議（シャングリラ会合）: another name of the meeting just named
    if any(text.startswith(word, end) for word in _MODIFIED_TRIGGERS):
        return True  # 停戦協議, 制裁協議: the second word is the event
    if _DESCRIBES_PROTEST_RE.match(text, end):
        return True  # …に抗議するデモ: the demonstration is the event
    if text.startswith(("の権利", "の自由"), end):
        return True  # 平和的なデモの権利を尊重する: a right, not an act
    if _TALLY_RE.match(text, end) and text[start - 1 : start] == "の":
        return True  # 閣僚の辞任は発足以来2人目となる: a count of such acts, not one act
    if _ASKED_TO_DO_RE.match(text, end):
        return True  # 波及に協力するよう要請する: the act asked for has not happened
    if _REQUESTED_RE.match(text, end) or _ASKED_FOR_RE.match(text, end) or _STANCE_RE.match(text, end):
        return True
    if trigger.type not in ("CONSULT", "AGREE") and text.startswith(("に向けた", "に向け"), end):
        return True  # 人質の解放に向けた協議: the aim of another act
    if trigger.type == "COERCE" and _STATE_RE.match(text, end):
        clause = max(text.rfind("、", 0, start), text.rfind("。", 0, start))
        return not any(  # 拘束中の野党関係者, 収監中の元首相; not 武装組織が7月から拘束していた職員
            a.particle == "が" and clause < a.mention.start and a.mention.end <= start for a in args
        )
    if trigger.type == "THREATEN" and _WARNED_OF_RE.match(text, end):
        return True  # 報復措置を取らざるを得ないと警告した: the warning is the event
    if trigger.type == "CONCEDE" and text.startswith(("を受理", "を受け取"), end):
        return True  # 首相は辞表を受理した: the one who resigns acts, not the one who accepts
    if trigger.type == "AGREE" and _AGREED_ON_RE.match(text, end):
        return True  # 契約を延長することで合意した: the contract is what is agreed on
    if quote is not None and quote.kind == "indirect":
        if trigger.phrase or _owned(text, start, args):
            return False  # 医薬品を…送ると発表した: the phrase has its verb; トルコ政府の要請: an act
        verb_stem = "\u3041" <= text[end - 1] <= "\u3093"  # 求め, 促し, 話し合: already a verb
        return not verb_stem and not _VERBAL_RE.match(text, end)  # a noun in reported content
    if quote is not None:
        if trigger.type in _PERFORMATIVE_TYPES and _PERFORMATIVE_END_RE.fullmatch(text, end, quote.end):
            return False  # 「…を強く求める」と語った: the speaker's own demand
        inner = [
            a
            for a in args
            if quote.start <= a.mention.start and a.mention.end <= start and a.particle in ("は", "が", "も")
        ]
        return not inner
    return False


def _owned(text: str, start: int, args: list[Argument]) -> bool:
    """Whether a person, organisation or country is written right before the trigger with の."""
    return any(
        a.particle == "の"
        and a.entity.label in ("PERSON", "ORG", "GPE")
        and text[a.mention.end : start] in ("の", "政府の", "側の", "当局の")
        for a in args
    )


_ALIAS_GAP_RE = re.compile(r"[（(][^（()）]{1,12}[）)]")
_OWNER_GAP_RE = re.compile(  # の要請, 政府の要請, の弾道ミサイル発射, 両国政府の7月末の要請
    r"(?:[（(][^（()）]{1,12}[）)])?(?:政府|当局|側|軍)?の"
    r"(?:(?:[0-9０-９]{1,4}[年月日]|先月|今月|昨年|今年|先週|前回|同日)[^、。「」の]{0,3}の)?"
    r"(?:.?|[一-龥ァ-ヶー]{2,6})"
)
_TOPIC_RE = re.compile(r"(?<=[一-龥ァ-ヶー])(?:ら|側|団|陣)?は(?=[^ぁ-ん]|、)")


def _own_topic(text: str, sentence: Span, args: list[Argument], before: int | None = None) -> bool:
    """Whether the sentence (up to ``before``) has a topic or subject that is not an entity
    (弁護団は, 首脳らは, 避難者らが): then the previous sentence's subjects are not carried over."""
    return plain_topic(text, sentence.start, sentence.end if before is None else before, args)


_NOUN_SUBJECT_RE = re.compile(r"(?<=[一-龥ァ-ヶー])が")
_CONTRAST_OPENERS = ("一方、", "一方で、", "これに対し、", "これに対して、")
# The rest of a reported claim after its own topic (共同声明は「…」と批判した): that topic is the
# claim's, not the reporting trigger's.
_QUOTED_CLAIM_RE = re.compile(r"、?「[^「」]{1,80}」と(?:強く|厳しく|改めて)?")
_GROUP_SUBJECT_RE = re.compile(r"(?:双方|両者|両国|両政府|両首脳|各国|首脳ら|閣僚ら|両陣営)$")
_REPORTED_CONTENT_RE = re.compile(
    r"(?:[るたいうくすつぬぶむぐ]|だ|ない)と(?:[^、。「」]{0,6})?$|(?:[るたいう]|だ)との"
)


def _plain_clause_subject(text: str, sentence: Span, args: list[Argument], before: int) -> bool:
    """Whether the trigger's own clause has a が-subject that is not an entity (若者ら数千人がデモを
    行い, 一部が警官隊と衝突した): then no subject of an earlier sentence is carried over."""
    clause_start = max(text.rfind("、", sentence.start, before) + 1, sentence.start)
    for match in _NOUN_SUBJECT_RE.finditer(text, clause_start, before):
        position = match.start()
        if text.rfind("「", clause_start, position) > text.rfind("」", clause_start, position):
            continue  # 「管理が不十分だった」と謝罪した: a subject inside the quote
        if (
            not any(a.mention.start <= position <= a.mention.end + 2 for a in args)
            and not _GROUP_SUBJECT_RE.search(text, max(0, position - 4), position)
            and not _subordinate(text, position + 1, before)
        ):
            return True
    return False


def _subordinate(text: str, start: int, trigger: int) -> bool:
    """Whether a subject ending at ``start`` belongs to a clause that is not the trigger's own:
    reported (…可能性があると警告した), embedded (…することを求めた), a condition, a finding."""
    return bool(
        _REPORTED_CONTENT_RE.search(text, start, trigger)
        or _EMBEDDED_RE.search(text, start, trigger)
        or _CLOSED_REPORT_RE.search(text, start, trigger)
        or _CONDITIONAL_RE.search(text, start, trigger)
    )


def _latest_date(sentence: Span, drafts: list[_Draft], times: list[TimeExpression]) -> str | None:
    """The date later undated events inherit: that of an occurred event of the sentence, else the
    first full date of a sentence about the past."""
    for draft in reversed(drafts):
        if draft.status == "occurred" and draft.date and len(draft.date) == 10:
            return draft.date
    direction = sentence_direction(sentence.text)
    if direction == "past":  # Xは14日、…恐れがあるとして…と発表した: the news day, whatever it reports
        for time in times:
            offset = time.end - sentence.start
            if (
                time.value
                and len(time.value) >= 10
                and time.value[4] == "-"
                and sentence.text[offset : offset + 1] == "、"
            ):
                return time.value[:10]
    if direction == "future" or _HEDGE_RE.search(sentence.text):
        return None
    for time in times:
        if (
            time.value
            and time.type in ("DATE", "DATETIME")
            and len(time.value) >= 10
            and time.value[4] == "-"
        ):
            return time.value[:10]
    return None


def _in_quotes(position: int, quotes: list[Quote]) -> bool:
    return any(q.start <= position < q.end for q in quotes)


def _trigger_at(text: str, position: int, limit: int, lex: Lexicon) -> tuple[str, Trigger] | None:
    """The longest trigger word or phrase (輸出を禁止) starting at ``position``."""
    found: tuple[str, Trigger] | None = None
    for length in lex.trigger_lengths:
        end = position + length
        if end > limit:
            continue
        surface = text[position:end]
        trigger = lex.triggers.get(surface)
        if trigger is not None:
            found = surface, trigger
            break
    phrase = lex.phrases.match(text, position, limit)
    if phrase is not None and phrase.lastgroup and (found is None or len(phrase.group(0)) > len(found[0])):
        return phrase.group(0), lex.phrase_triggers[phrase.lastgroup]
    return found


def _expand(entity: Entity, by_id: dict[str, Entity]) -> list[Entity]:
    if entity.label == "GROUP" and entity.members:
        return [by_id[member] for member in entity.members if member in by_id]
    return [entity]


def _subjects(args: list[Argument], by_id: dict[str, Entity], text: str = "") -> list[Entity]:
    found: list[Entity] = []
    if text and not any(a.particle in ("は", "が", "も", "による") for a in args):
        head = subject_of(text, args)  # イラン外務省の報道官は, 地裁の陪審は
        return _expand(head.entity, by_id) if head is not None else []
    for arg in args:
        if arg.particle in ("は", "が", "も", "による") and arg.entity.label in (
            "PERSON",
            "ORG",
            "GROUP",
            "GPE",
        ):
            if arg.particle in ("は", "も") and arg.entity.label == "GPE" and not _is_country(arg.entity):
                continue
            for entity in _expand(arg.entity, by_id):
                if entity not in found:
                    found.append(entity)
            if not arg.coordinated:
                break
    return found


def _is_country(entity: Entity) -> bool:
    return entity.name in lexicon().country_names


_PERSONS_DESCRIBED_RE = re.compile(  # …を組織したとして起訴された活動家ら: a clause describing persons
    r"[^、。「」]{0,30}?(?:する|した|している|していた|される|された|[るうくすつぶむぐた])"
    r"(?:活動家|男|女|男性|女性|容疑者|人々|人|兵士|住民|学生|市民|記者|議員|労働者|若者|参加者|デモ隊|乗客|選手|子ども)"
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
        region = [a for a in args if quote.start <= a.mention.start < quote.end]
        fallback = list(subjects) if quote.kind == "indirect" else []
        if not fallback and quote.speaker in by_id:
            fallback = [by_id[quote.speaker]]
        fallback = [_reported_by(e, by_id) for e in fallback]  # 北朝鮮の朝鮮中央通信は…と報じた
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
                a.entity is e and a.mention.end <= draft.start and not in_condition(text, a, draft.start)
                for a in region
            )
        ]
    scope = region
    actors = _nearest_subjects(text, draft, region, by_id)
    if not actors and not draft.unnamed_subject:
        actors = fallback
    between = [a for a in scope if a.particle == "間"]
    if between:
        actors = []
        for arg in between:
            actors.extend(e for e in _expand(arg.entity, by_id) if e not in actors)
    inside_condition = _CONDITIONAL_RE.search(
        text[draft.end : _clause_end(text, draft.end, min(len(text), draft.end + 200))]
    )
    if inside_condition:
        clause_start = max(text.rfind("、", 0, draft.start), text.rfind("「", 0, draft.start)) + 1
        inside = [a for a in scope if clause_start <= a.mention.start < draft.start and a.particle == "が"]
        actors = [e for a in inside[-1:] for e in _expand(a.entity, by_id)]
    elif passive:
        actors = [e for a in scope if a.particle == "による" for e in _expand(a.entity, by_id)]
    elif not actors and quote is None and not draft.unnamed_subject:
        actors = list(previous)
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
    object_owner = owner is not None and "を" in draft.text  # ロシアの外交官を追放: whose diplomats
    if owner is not None and object_owner:
        actors = [a for a in actors if a is not owner.entity]
    elif owner is not None and (
        draft.type not in _PARTNER_TYPES | {"AID"} or owner.entity.label in ("ORG", "GROUP")
    ):
        actors = _expand(owner.entity, by_id)  # プーチン大統領の要請, ロシアの侵攻, ASEANの首脳会議
    visitor = _relative_visitor(text, draft, args)
    if visitor is not None:
        actors = _expand(visitor.entity, by_id)  # ニューデリーを訪れたブラジルのコスタ大統領
    attached = _attached_owners(text, draft, args) or _compound_owners(text, draft, args)
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
        actors = []  # G7首脳会議, 日米首脳会談, EU外相理事会
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
            arg.particle in ("に対し", "に対して", "への", "へ")
            or (arg.particle == "に" and (entity.label in ("PERSON", "ORG", "GROUP") or _is_country(entity)))
            or (arg.particle == "を" and draft.type in _OBJECT_RECIPIENT_TYPES and entity.label != "LOC")
        ):
            recipients.extend(e for e in _expand(entity, by_id) if e not in recipients)
        elif draft.type in _PARTNER_TYPES and _is_partner(text, arg, args):
            for member in _expand(entity, by_id):
                if member not in actors:
                    actors.append(member)
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
                and arg.particle == "の"
                and _ENVOYS_RE.match(window)
                and arg.entity not in actors
            ):
                actors.extend(e for e in _expand(arg.entity, by_id) if e not in actors)  # 同組織の幹部と交渉
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
    draft.actors = actors
    draft.recipients = [
        r for r in recipients if r not in actors or "互いに" in text[max(0, draft.start - 12) : draft.start]
    ]


_PARTNER_PARTICLES = frozenset({"と", "との", "とも", "とは"})
# The people who speak for a body, as the partner of a talk (同組織の幹部と…交渉した).
_ENVOYS_RE = re.compile(
    r"の(?:幹部|代表団|代表者|代表|指導者|指導部|関係者|当局者|高官|担当者|交渉団|交渉担当者)(?:ら)?(?:と|との)[^、。「」]{0,30}$"
)


def _is_partner(text: str, arg: Argument, args: list[Argument]) -> bool:
    """Xと会談, Xとの協議, Xとも会談, Xとは協定を締結 — but not the first of "AとBを歴訪"."""
    if arg.particle not in _PARTNER_PARTICLES or arg.coordinated or arg.entity.label == "LOC":
        return False
    if text.startswith("国境", arg.mention.end + len(arg.particle)):
        return False  # 米国との国境に近い町を訪れる: a border, not a partner
    if arg.particle == "と":
        alias = _ALIAS_GAP_RE.match(text, arg.mention.end)
        after = (alias.end() if alias else arg.mention.end) + 1  # past "（NATO）と"
        following = next((a for a in args if a.mention.start >= after), None)
        if (
            following is not None
            and following.mention.start == after
            and following.entity.label == arg.entity.label
            and following.particle not in _PARTNER_PARTICLES
        ):
            return False  # インドネシアとフィリピンを: a list, not a partner
    return True


# 米ロの高官協議, 日中韓3カ国の外相会合
_COMPOUND_GAP_RE = re.compile(r"(?:\d+カ国|両国)?(?:首脳|外相|閣僚|政府)?の[一-龥]{0,3}")


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
        if arg.mention.end == chain[0].mention.start and arg.entity.label == "GPE":
            chain.insert(0, arg)
    return chain if len(chain) >= 2 else []


_JOINT_WORDS = ("合同", "共同")  # 米韓合同軍事演習: the countries hold the exercise together


def _attached_owners(text: str, draft: _Draft, args: list[Argument]) -> list[Argument]:
    """Entities written directly before the trigger (日米首脳会談: 日 and 米)."""
    chain: list[Argument] = []
    edge = draft.start
    for arg in reversed(args):
        if arg.mention.end > edge:
            continue
        gap = text[arg.mention.end : edge]
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
        and not (a.particle == "が" and _EMBEDDED_RE.search(text, a.mention.end, draft.start))
        and not (a.particle == "が" and _CLOSED_REPORT_RE.search(text, a.mention.end, draft.start))
        and not (a.particle == "が" and _relative_clause_subject(text, a.mention.end, draft.start))
        and not (a.particle == "が" and _FRAMING_CLAUSE_RE.search(text, a.mention.end, draft.start))
    ]
    if not nearest:
        head = subject_of(text, [a for a in region if a.particle == "の"], before=draft.start)
        if (
            head is None
            or _CONDITIONAL_RE.search(text, head.mention.end, draft.start)
            or _CLOSED_REPORT_RE.search(text, head.mention.end, draft.start)
        ):
            return []
        own = owned_topic(text, head.mention.end)
        other = _TOPIC_RE.search(text, own.end(), draft.start) if own is not None else None
        if other is not None and not _QUOTED_CLAIM_RE.fullmatch(text, other.end(), draft.start):
            return []  # 中国の行動が強まる中、3カ国は…: another topic governs the trigger
        heads = [head]  # 米議会の強硬派は…批判した; ポーランドとドイツの首相は: both
        for arg in reversed([a for a in region if a.mention.end <= head.mention.start]):
            if arg.particle == "と" and text[arg.mention.end : heads[0].mention.start] == "と":
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
            return _expand(nearest[-1].entity, by_id)  # the topic itself stands before the condition
        before = nearest[-1].mention.start
        topics = [a for a in nearest if a.particle in ("は", "も") and a.mention.end <= before]
        if topics:
            return _expand(topics[-1].entity, by_id)
        head = subject_of(text, [a for a in region if a.particle == "の"], before=before)
        return _expand(head.entity, by_id) if head is not None else []
    reporter = _reporter(text, draft, region, nearest)
    if reporter is not None:
        nearest = [reporter]
    chosen = nearest[-1]
    if chosen.particle in ("は", "も"):
        inner = _inner_subject(text, chosen.mention.end, draft.start, region)
        if inner is not None:  # 中国は、台湾の総統が…訪問したことに抗議した: 訪問 is the leader's
            if isinstance(inner, Argument):
                return _expand(inner.entity, by_id)
            draft.unnamed_subject = True
            return []
    group = [
        a
        for a in region
        if a.coordinated and a.particle == chosen.particle and a.mention.end <= chosen.mention.start
    ]
    found: list[Entity] = []
    for arg in [*group, chosen]:
        found.extend(e for e in _expand(arg.entity, by_id) if e not in found)
    return found


def _inner_subject(text: str, start: int, trigger: int, region: list[Argument]) -> Argument | bool | None:
    """A が-subject that is no entity, between a topic and the trigger in the trigger's own clause
    (…、台湾の総統が米国を経由して訪問した; …、企業が輸出を停止する): the trigger's own subject. Its
    owner (台湾の総統が) when one is written, True when none, None when there is no such subject."""
    clause_start = max(start, text.rfind("、", start, trigger) + 1)
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


_TOPIC_PARTICLE_RE = re.compile(r"(?<=[一-龥ァ-ヶー）)])[はが](?!ら)")

_RELATIVE_VERB_RE = re.compile(
    r"(?:する|した|している|していた|される|された|[るうくすつぶむぐた])(?=[一-龥ァ-ヶー])"
)


def _relative_clause_subject(text: str, end: int, trigger: int) -> bool:
    """Whether a が-subject ending at ``end`` belongs to a relative clause that modifies another
    noun before the trigger (欧州各国が参加する平和維持部隊の派遣について協議した), not to the trigger's
    own verb (EUが来月開く首脳会議: the clause modifies the trigger itself)."""
    gap = text[end:trigger]
    if "、" in gap or "。" in gap:
        return False
    return any(match.end() != trigger for match in _RELATIVE_VERB_RE.finditer(text, end + 1, trigger))


_CLOSED_REPORT_RE = re.compile(
    r"と(?:断定|判断|結論|認定|発表|指摘|主張)(?:し|して)、|(?:[るたいう]|だ)と(?:して|みて)、"
    r"|(?:[るたいう]|だ|ない)と(?:強く|厳しく)?(?:[一-龥]{1,4}し|述べ|語り|訴え|伝え|明かし|明らかにし)(?:て)?、"
)  # Xが…攻撃したと非難し、  # Xが関与したと断定し、 Xが…提出した疑いがあるとして、(a reason clause)
_EMBEDDED_RE = re.compile(r"(?:こと|よう|ように|との|という)(?:を|に|が|の)?")
_QUOTATIVE_RE = re.compile(
    r"(?:[るたいうくすつぬぶむぐ]|だ|ない|[」』])と(?:互いに|改めて|強く|重ねて|厳しく)?$"
)


def _reporter(text: str, draft: _Draft, region: list[Argument], subjects: list[Argument]) -> Argument | None:
    """The actor of a reporting trigger (…すると警告した, …と非難した): the topic that opens the
    reported clause, not a subject inside the reported content (…ば、中国は対応すると警告した)."""
    if not _QUOTATIVE_RE.search(text, max(0, draft.start - 8), draft.start):
        return None
    topics = [a for a in subjects if a.particle in ("は", "も")]
    if not topics or topics[0] is subjects[-1]:
        return None
    first = topics[0]
    reported = text[first.mention.end : draft.start]
    if _CONDITIONAL_RE.search(reported) or "、" in reported:
        return first
    return None


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


def _when_and_where(
    text: str,
    draft: _Draft,
    sentence: Span,
    times: list[TimeExpression],
    taken: set[int],
    args: list[Argument],
    earlier: list[_Draft],
) -> None:
    dated = [
        t
        for t in times
        if t.type in ("DATE", "DATETIME", "TIME")
        and t.value
        and not text.startswith(("付", "以来"), t.end)  # effective dates; 2023年8月以来: the last time
        and not (text.startswith("までの", t.end) and "から" not in text[max(0, t.start - 12) : t.start])
    ]  # 2025年度までの決算: the bound of a thing named, not the act's time
    if draft.status == "conditional":  # ロシアが攻撃を続ければ: only a time of its own clause
        clause_start = max(
            text.rfind("、", sentence.start, draft.start), text.rfind("「", sentence.start, draft.start)
        )
        dated = [
            t for t in dated if t.start > clause_start and t.end <= _clause_end(text, draft.end, sentence.end)
        ]
        earlier = []
    if draft.type in ("REQUEST", "AGREE"):  # …を今月下旬に開くよう呼びかけた / 4月に統合することで合意
        dated = [t for t in dated if not _inside_asked(text, t, draft.start)]
    if _REPORTING_END_RE.search(text, max(sentence.start, draft.start - 8), draft.start):
        # ロシアが前夜に…攻撃したと非難した: the time belongs to what is reported, not the report
        dated = [t for t in dated if not _inside_reported(text, t, draft.start)]
        speaker_time = next(
            (
                t
                for t in dated
                if t.start >= sentence.start and t.end <= draft.start and text.startswith("、", t.end)
            ),
            None,
        )
        if speaker_time is not None:  # 国防省は9日、ロシア軍が前夜、…と非難した: 前夜 is what is reported
            dated = [
                t
                for t in dated
                if not (
                    speaker_time.end < t.start
                    and _reported_subject_time(text, speaker_time.end + 1, t, draft.start)
                )
            ]
    # a time written inside a phrase trigger (交渉団を来週ドーハに派遣) is its own
    before = [t for t in dated if t.end <= (draft.end if draft.phrase else draft.start)]
    chosen: TimeExpression | None = None
    consume = True
    sentence_level = next((t for t in before if text[t.end : t.end + 1] == "、"), None) or next(
        (
            t
            for t in before
            if t.start == sentence.start and re.match(r"(?:に|は|、)", text[t.end : t.end + 1])
        ),
        None,
    )  # "30日、" or a leading "5日に"; not "27日投開票の…"
    claiming = [d for d in earlier[-_SAME_DATE_WINDOW:] if not d.undated]  # 協力の覚書に署名: no claim
    floor = claiming[-1].end if claiming else sentence.start  # drafts are in text order
    for time in reversed(before):
        if time.start not in taken and time.start >= floor:
            chosen = time
            break
    if (
        chosen is not None
        and sentence_level is not None
        and "、" in text[chosen.end : draft.start]
        and not text.startswith("、", chosen.end)  # "30日、…会談し": the nearer time is the clause's own
        and not _SPAN_FROM_RE.match(text, chosen.end)  # 18日から3日間、…演習を行う: the act's own span
    ):
        chosen = sentence_level  # the nearer time belongs to another clause (6日に起きた地震を受け、)
    if (
        chosen is not None
        and "、" in text[chosen.end : draft.start]
        and text.startswith(("は", "が"), draft.end)
        and not text.startswith("、", chosen.end)
    ):  # …据え置いており、次回会合は7月29日に開かれる: the topic's own clause has its time
        later = next(
            (t for t in dated if draft.end < t.start and "、" not in text[draft.end : t.start]), None
        )
        if later is not None:
            chosen = later
    own = _OWN_VERB_RE.match(text, draft.end)
    if own is not None and (chosen is None or chosen is sentence_level):
        inner = next((t for t in dated if draft.end < t.start and t.end <= own.end("gap")), None)
        if inner is not None:
            chosen = inner  # 外相会合を2月中旬にケベック州で開く
    if (
        chosen is None
        and sentence_level is not None
        and sentence_level.start not in taken
        and claiming
        and _FRAMING_CLAUSE_RE.search(text, claiming[-1].end, draft.start)
    ):  # 18日、…が今月上旬に拘束した問題を巡り、…制裁を科した: the main clause has the day
        chosen = sentence_level
    if chosen is None:
        same = next(
            (
                d
                for d in reversed(earlier[-_SAME_DATE_WINDOW:])
                if _same_time(d.status, draft.status) and d.date_text
            ),
            None,
        )
        if same is not None:
            chosen = next((t for t in dated if t.text == same.date_text), None)
    if chosen is None:
        chosen = sentence_level
    if chosen is None:
        after = [t for t in dated if t.start >= draft.end]
        clause_end = _clause_end(text, draft.end, sentence.end)
        if text.startswith("は、", draft.end):  # 会談は、19日に予定されていたが: the topic's clause
            clause_end = _clause_end(text, draft.end + 2, sentence.end)
        chosen = next((t for t in after if t.start < clause_end), None)
        consume = False
    if chosen is not None:
        opening = next(
            (
                t
                for t in dated
                if t.end <= chosen.start
                and (
                    text[t.end : chosen.start] == "から"
                    or (text[t.end : chosen.start] == "、" and chosen.text.endswith("両日"))
                )
            ),
            None,
        )  # 3日から6日まで, 30、31両日
        if opening is not None:
            chosen = opening  # 3日から6日までの日程で: the event starts on the first day
        if consume:
            taken.add(chosen.start)
        value = chosen.value or ""
        draft.date = value.split("T")[0] if chosen.type in ("DATETIME", "TIME") else value
        draft.date_text = chosen.text
    places = [a for a in args if a.entity.label in ("GPE", "LOC") and a.particle in ("で", "では", "には")]
    visit = [
        a
        for a in args
        if a.entity.label in ("GPE", "LOC") and a.particle == "を" and draft.text in ("訪問", "訪れ", "歴訪")
    ]
    near = [a for a in places + visit if a.mention.end <= draft.start]
    if near:
        draft.place = max(near, key=lambda a: a.mention.end).entity
    elif places:
        draft.place = places[0].entity
    before_text = text[max(sentence.start, draft.start - 12) : draft.start]
    if "電話" in before_text or "電話" in draft.text:
        draft.mode = "phone"
    elif any(word in before_text for word in ("オンライン", "テレビ会議", "ビデオ")):
        draft.mode = "video"


_SPAN_FROM_RE = re.compile(r"から[^、。「」]{0,8}、")
_ASKED_RE = re.compile(r"よう|ことを|ことで|ことに")


_REPORTING_END_RE = re.compile(r"(?:[るたいう]|だ|ない)と(?:強く|厳しく|改めて)?$")


def _inside_reported(text: str, time: TimeExpression, trigger: int) -> bool:
    """Whether ``time`` sits in the reported clause right before a reporting trigger (…と非難)."""
    gap = text[time.end : trigger]
    return time.end <= trigger and "、" not in gap and "「" not in gap and "。" not in gap


def _reported_subject_time(text: str, after: int, time: TimeExpression, trigger: int) -> bool:
    """Whether ``time`` follows a subject with が after the speaker's own time and sits in the
    clause the reporting trigger quotes (…は9日、ロシア軍が前夜、村を砲撃したと非難)."""
    gap = text[after : time.start]
    rest = text[time.end : trigger]
    return gap.endswith("が") and "、" not in gap and not any(c in rest for c in "。「」")


def _inside_asked(text: str, time: TimeExpression, trigger: int) -> bool:
    """Whether ``time`` sits in the clause of what a request asks for (…を今月下旬に開くよう求めた)."""
    gap = text[time.end : trigger]
    return time.end <= trigger and "、" not in gap and "「" not in gap and bool(_ASKED_RE.search(gap))


_OWN_VERB_RE = re.compile(
    r"(?:を|が|は)(?P<gap>[^、。「」をがは]{2,24}?)(?:に|で)?(?:開く|開き|開催|開かれ|行う|行い|行われ|実施|再開)"
)


def _same_time(left: str, right: str) -> bool:
    """Statuses of events that share a date (協議を行ったが、合意には至らなかった: occurred, denied)."""
    return left == right or {left, right} == {"occurred", "denied"}


def _clause_end(text: str, start: int, limit: int) -> int:
    """Where the clause that goes on at ``start`` ends (、 or 。 outside brackets), read at most
    _CLAUSE_LIMIT characters far."""
    depth = 0
    limit = min(limit, start + _CLAUSE_LIMIT)
    for position in range(start, limit):
        char = text[position]
        if char in "「『（(":
            depth += 1
        elif char in "」』）)":
            if depth == 0:
                return position
            depth -= 1
        elif char in "、。" and depth == 0:
            return position
    return limit


_NOUN_CUE_RE = re.compile(r"(?:考え|方針|意向|姿勢|認識|見方)を")
_FUTURE_WORD_RE = re.compile(r"来月|来週|来年|今後|近く|年内|月内|あす|明日|予定|方針")
_DATELINE_RE = re.compile(r"\d+日、")


def _done_before_reporting(
    text: str, draft: _Draft, sentence: Span, quote: Quote | None, clause_end: int
) -> bool:
    """ "Xは28日、Yと会談し、支援を続ける考えを伝えた": the talks (a continuative clause before the
    reported intention) happened on the sentence's date; "来月会談し、…考えを示した" stays planned."""
    if quote is None or quote.kind != "indirect" or not _NOUN_CUE_RE.match(quote.cue or ""):
        return False
    if text[clause_end : clause_end + 1] != "、" or not _CONTINUATIVE_RE.search(text, draft.end, clause_end):
        return False
    clause_start = max(text.rfind("、", sentence.start, draft.start), sentence.start)
    if _FUTURE_WORD_RE.search(text, clause_start, clause_end):
        return False
    return bool(_DATELINE_RE.search(text, sentence.start, draft.start))


def _status(text: str, draft: _Draft, sentence: Span, quote: Quote | None) -> None:
    limit = quote.end if quote is not None else sentence.end
    clause_end = _clause_end(text, draft.end, limit)
    local = text[draft.end : clause_end]
    if "「" in local:
        local = local[: local.index("「")]  # 協議について「…期待していない」と述べた: the quote is about it
    prefix_start = max(sentence.start, quote.start if quote else sentence.start, draft.start - _TOPIC_WINDOW)
    head = text[prefix_start : draft.start]
    condition = None
    for match in _CONDITION_CLAUSE_RE.finditer(head):
        condition = match
    marker = _CONDITIONAL_RE.search(local)
    performative = (
        quote is not None
        and quote.kind == "direct"
        and draft.type in _PERFORMATIVE_TYPES
        and _PERFORMATIVE_END_RE.fullmatch(text, draft.end, quote.end)
    )
    if draft.type in _PERFORMATIVE_TYPES and _DECLARED_RE.match(text, draft.end):
        status = "occurred"  # 決定を拒否すると表明した: the rejection is the statement
    elif (
        draft.type == "THREATEN"
        and _STANCE_SHOWN_RE.match(text, draft.end)
        and _sentence_status(_tail(text, sentence.start, sentence.end)) == "occurred"
    ):
        status = "occurred"  # 対抗措置も辞さない構えを示した: the threat is made by showing it
    elif text.startswith("を受け", draft.end):
        status = "occurred"  # 米国の要請を受け、…: the request was made
    elif (
        draft.type in _PERFORMATIVE_TYPES
        and _DONE_IN_PASSING_RE.match(text, draft.end)
        and _sentence_status(_tail(text, sentence.start, sentence.end)) == "occurred"
    ):
        status = "occurred"  # 賃上げを求めて…実施すると発表した, 計画に抗議し、…と発表した: said, so done
    elif (
        draft.type == "THREATEN"
        and not marker
        and ((quote is not None and quote.kind == "indirect") or _REPORTED_RE.search(text, draft.end, limit))
    ):
        status = _sentence_status(
            _tail(text, sentence.start, sentence.end)
        )  # 対抗措置を検討していると明らかにした
    elif performative or _done_before_reporting(text, draft, sentence, quote, clause_end):
        status = _sentence_status(_tail(text, sentence.start, sentence.end))  # 「…を求める」と述べた
    elif quote is not None and quote.kind == "indirect" and (quote.cue or "").startswith(("否定", "否認")):
        status = "denied"  # …協議を続けているとの報道を否定した
    elif marker is not None:
        status = "conditional"
        clause_start = max(text.rfind("、", prefix_start, draft.start) + 1, prefix_start)
        draft.condition = _without_topic(text[clause_start : draft.end + marker.end()])
    elif _DENIED_RE.search(local):
        status = "denied"
    elif _HEDGE_RE.search(local):
        status = "hedged"
    elif _PLAN_BUT_RE.search(local):
        status = "planned"  # 来週会談する予定だったが、開催できるか不透明: still a plan
    elif _PAST_BUT_RE.search(local):
        status = "occurred"
    elif _NOUN_USE_RE.match(local) and _SCHEDULED_RE.search(
        text, max(sentence.start, draft.start - 24), draft.start
    ):
        status = "planned"  # 来月予定される日中首脳会談の延期論が浮上している: the talks are to come
    elif re.search(r"て(?:おり|いる|いた)", local) and not _PLANNED_RE.search(local):
        status = "occurred"  # 会合を開いており: under way
    elif _PLANNED_RE.search(local):
        status = "planned"
    elif local.endswith(("た", "だった")) or _PAST_END_RE.search(local):
        status = "occurred"
    else:
        status = _chain_status(text, sentence.start, clause_end, limit)
        if _SCHEDULED_RE.search(text, max(sentence.start, draft.start - 24), draft.start):
            status = "planned"  # 来週ジュネーブで予定されている米ロの高官協議
    quotative = condition is not None and (
        re.search(r"と(?:互いに|改めて|強く|重ねて)?$", head) is not None
        or (draft.type == "REQUEST" and _ASKED_CONTENT_END_RE.search(head) is not None)
    )  # …なければ制裁を強めるよう各国に求めた: the condition is part of what is asked
    if condition is not None and status != "conditional":
        draft.condition = condition.group(0).rstrip("、")
        if draft.type in _PUNITIVE:
            draft.type = "THREATEN"
            draft.threat_from = prefix_start + condition.end()
            status = _sentence_status(_tail(text, sentence.start, sentence.end))  # the threat was made
        elif not quotative and draft.type != "THREATEN":
            status = "conditional"
    draft.status = status


_SCHEDULED_RE = re.compile(
    r"(?:予定されている|予定される|予定の|開かれる予定の|開催予定の|行われる予定の|開かれる|行われる|開催される)"
    r"[^、。「」]{0,10}$"
)
_NOUN_USE_RE = re.compile(r"(?:の|は|が|を|に|で|も|へ)(?!開|行|実施)")  # the trigger is a noun phrase
_DONE_IN_PASSING_RE = re.compile(r"(?:て|し)?て[、]?|し、")
_STANCE_SHOWN_RE = re.compile(  # 構えを示した; を取る考えも示した
    r"(?:[もを][^、。「」]{0,8}?)?(?:構え|考え|姿勢|意向|方針)[をも](?:[^、。「」]{0,4}?)(?:示|明らかに|表明|強調)"
)
_DECLARED_RE = re.compile(r"(?:する|します)と(?:表明|発表|宣言|通告|明言)")
_PERFORMATIVE_TYPES = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT"})
_PERFORMATIVE_END_RE = re.compile(r"(?:る|する|します|いたします|したい|ます)?。?")


_CHAIN_CLAUSES = 8  # a chain of clauses is read at most this far (bounded work per trigger)
_PLANNING_END_RE = re.compile(
    r"(?:方向|予定|方針|計画|見通し)で(?:最終)?調整|調整に入っ|準備を進め|検討に入っ"
)
_LINK_END_RE = re.compile(r"(?:が|ものの|けれど|けど|ので|ため|から)$")
_RELATIVE_END_RE = re.compile(r"(?:後|後に|上で|うえで|のち|前に|際|際に)$")  # 会談した後、…する予定


def _chained(clause: str) -> bool:
    """Whether a clause's tense is that of the next one (…し、 / …した後、)."""
    return bool(_CONTINUATIVE_RE.search(clause) or _RELATIVE_END_RE.search(clause))


def _chain_status(text: str, start: int, clause_end: int, limit: int) -> str:
    """The status of a clause ending in a continuative form (会合を開き、…): the tense and hedging of
    the predicate that ends its chain of clauses (…協議したが、 → occurred; …会談する予定だ →
    planned); a negation there is that predicate's own (…声明はまとまらなかった)."""
    if text[clause_end : clause_end + 1] != "、" or not _chained(text[start:clause_end]):
        return _sentence_status(_tail(text, start, limit))
    end = clause_end
    steps = 0
    while end < limit and text[end] == "、" and steps < _CHAIN_CLAUSES:
        steps += 1
        following = _clause_end(text, end + 1, limit)
        clause = text[end + 1 : following]
        end = following
        if _LINK_END_RE.search(clause) or not _chained(clause):
            break
    chain = _LINK_END_RE.sub("", _tail(text, start, end).rstrip("、"))
    status = _sentence_status(chain)
    final = chain[chain.rfind("、") + 1 :]
    if status == "occurred" and _PLANNING_END_RE.search(final):
        return "planned"  # 訪問し、…会談する方向で調整に入った: the visit is planned
    if status == "denied":
        return "occurred" if _PAST_END_RE.search(chain) or chain.endswith("た") else "planned"
    return status


def _tail(text: str, start: int, end: int) -> str:
    """The end of a sentence or clause: all that its status is read from (bounded work)."""
    return text[max(start, end - 80) : end]


def _sentence_status(sentence: str) -> str:
    tail = sentence[-16:]
    if re.search(
        r"(?:予定|方針|計画|見通し|見込み|意向|方向|たい考え)(?:だ|である|です|という|となっている|されている|している)?[。」]*$",
        tail,
    ):
        return "planned"
    if re.search(r"(?:可能性がある|恐れがある|とみられる|見られる|模様)(?:だ|という)?[。」]*$", tail):
        return "hedged"
    if re.search(r"否定した|否認した|ていない。|なかった。", tail):
        return "denied"
    if _PAST_END_RE.search(sentence) or sentence.rstrip("。」").endswith(("た", "という")):
        return "occurred"
    if re.search(r"(?:る|う|く|す|つ|ぬ|ぶ|む|ぐ)[。」]*$", sentence):
        return "planned"
    return "occurred"


_REPORTED_RE = re.compile(
    r"(?:と|という|との)(?:考え|方針|意向|認識|立場|姿勢)?を?(?:改めて|強く|重ねて)?"
    r"(?:警告|伝え|述べ|表明|強調|明らかに|示し|示した|指摘|主張|言明|通告|警鐘)"
)


def _threat_by_reporter(
    text: str,
    draft: _Draft,
    sentence: Span,
    args: list[Argument],
    quote: Quote | None,
    by_id: dict[str, Entity],
    quotes: list[Quote],
) -> None:
    """ "XはYに対し、…すれば、西側諸国は制裁を科すという考えを伝えた": the threat is X's (the one who
    reports it), made to Y; the subject of the threatened punishment is not its actor."""
    if not _REPORTED_RE.search(text, draft.end, sentence.end):  # the cue follows a quote
        return
    condition_end = draft.threat_from or draft.start
    low = quote.start if quote is not None else sentence.start
    outer = [
        a
        for a in args
        if low <= a.mention.start < condition_end
        and not (quote is None and _in_quotes(a.mention.start, quotes))
        and a.entity.label in ("PERSON", "ORG", "GROUP", "GPE")
    ]
    topics = [a for a in outer if a.particle in ("は", "も")]
    head = subject_of(text, [a for a in outer if a.particle == "の"]) if not topics else None
    if topics:
        reporters = [e for a in topics[:1] for e in _expand(a.entity, by_id)]
    elif head is not None:
        reporters = _expand(head.entity, by_id)  # 中国商務省の報道官は…と警告した
    elif quote is not None and quote.speaker in by_id:
        reporters = [by_id[quote.speaker]]
    else:
        return
    addressed = [
        e for a in outer if a.particle in ("に対し", "に対して", "に") for e in _expand(a.entity, by_id)
    ]
    conditioned = [
        e
        for a in args
        if low <= a.mention.start < condition_end and a.particle == "が" and a not in topics
        for e in _expand(a.entity, by_id)
    ][:1]  # the one whose act the threat is conditioned on
    recipients: list[Entity] = []
    for entity in [*addressed, *conditioned, *draft.recipients]:
        if entity not in reporters and entity not in recipients:
            recipients.append(entity)
    draft.actors = reporters
    draft.recipients = recipients


_CONSEQUENCE_RE = re.compile(
    r"(?:恐れ|おそれ|可能性)が?(?:ある|あり)|断固(?:として|たる|とした)?(?:対応|対処)|対抗措置|報復|代償を払|深刻な結果|"
    r"重大な結果|[^、。「」をがは]{0,8}?措置を(?:取|と|講じ)"
)


_ASSESSED_RE = re.compile(r"(?:と|とも)(?:説明|分析|試算|予測)")  # not …との認識を示した (a warning)


def _conditional_warnings(
    text: str,
    sentence: Span,
    drafts: list[_Draft],
    subjects: list[Entity],
    index: int,
    args: list[Argument],
    quotes: list[Quote],
    by_id: dict[str, Entity],
    times: list[TimeExpression],
) -> None:
    """ "If X does Y, Z will respond firmly / it could lead to collapse": a THREATEN by Z (or the
    speaker) against X, with the ば-clause as its condition."""
    body = text[sentence.start : sentence.end]
    for condition in _CONDITION_CLAUSE_RE.finditer(body):
        consequence = _CONSEQUENCE_RE.search(body, condition.end())
        if consequence is None or "。" in body[condition.end() : consequence.start()]:
            continue
        likely = consequence.group(0).startswith(("恐れ", "おそれ", "可能性"))
        if likely and _ASSESSED_RE.match(body, consequence.end()):
            continue  # …場合には、操業開始が遅れる可能性があると説明した: an assessment, no threat
        start = sentence.start + consequence.start()
        end = sentence.start + consequence.end()
        cond_start = sentence.start + condition.start()
        cond_end = sentence.start + condition.end()
        clause = _without_topic(condition.group(0).rstrip("、"))
        if any(d.type == "THREATEN" and d.start >= cond_start for d in drafts):
            continue  # a warning verb or a threatened sanction already carries it
        warned = next((d for d in drafts if d.type == "THREATEN" and d.start > end and not d.condition), None)
        if warned is not None:
            warned.condition = clause
            continue
        quote = next((q for q in quotes if q.start <= start < q.end), None)
        kinds = ("PERSON", "ORG", "GROUP", "GPE")
        topic = _TOPIC_PARTICLE_RE.search(text, cond_end, start)
        scope = (
            [
                a
                for a in args
                if cond_end <= a.mention.start < topic.start()
                and a.entity.label in kinds
                and a.particle != "の"
            ]
            if topic is not None
            else []
        )
        topics = [a for a in args if cond_start <= a.mention.start < cond_end and a.particle in ("は", "も")]
        actors: list[Entity] = []
        for arg in scope or topics:
            actors.extend(e for e in _expand(arg.entity, by_id) if e not in actors)
        if not actors:
            speaker = by_id.get(quote.speaker) if quote is not None and quote.speaker else None
            actors = [speaker] if speaker else list(subjects)
        if not actors:
            continue
        targets = [a for a in args if cond_start <= a.mention.start < cond_end and a.particle == "が"]
        recipients = [e for a in targets[:1] for e in _expand(a.entity, by_id) if e not in actors]
        date = next((d.date for d in drafts if d.date and d.status == "occurred"), None) or next(
            (
                t.value[:10]
                for t in times
                if t.end <= cond_start and t.value and len(t.value) >= 10 and t.value[4] == "-"
            ),
            None,
        )  # 毛寧報道官は16日の会見で、…なければ…措置を講じると述べた
        drafts.append(
            _Draft(
                "THREATEN",
                start,
                end,
                text[start:end],
                index,
                actors=actors,
                recipients=recipients,
                date=date,
                status="occurred",
                condition=clause,
                mentions=[(start, end)],
                sentence=sentence,
            )
        )


def _without_topic(clause: str) -> str:
    """The condition without a leading topic phrase or quote bracket: "(プーチン)大統領は西側諸国が…すれば"
    → "西側諸国が…すれば"."""
    clause = clause.lstrip("「『")
    match = re.match(r"[^、。はがをに]{1,20}?(?:氏|大統領|首相|長官|相|官|国|政府)?は(?=[^、。])", clause)
    if match is not None and _CONDITIONAL_RE.search(clause, match.end()):
        return clause[match.end() :]
    return clause


def _compatible(left: str | None, right: str | None) -> bool:
    if left is None or right is None:
        return True
    if left.startswith(right) or right.startswith(left):
        return True
    week, day = (left, right) if "-W" in left else (right, left)
    if "-W" in week and len(day) == 10:  # 来週 … 14日
        try:
            year, number, _ = date.fromisoformat(day).isocalendar()
        except ValueError:
            return False
        return week == f"{year:04d}-W{number:02d}"
    return False


def _more_specific(left: str | None, right: str | None) -> str | None:
    """The finer of two compatible dates (a day over its week or month)."""
    if left is None or right is None:
        return left or right
    return right if len(right) == 10 and len(left) != 10 else left


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    merged: list[_Draft] = []
    for draft in drafts:
        draft.sentence_indices.add(draft.sentence_index)
        target = None
        for previous in reversed(merged[-_MERGE_WINDOW:]):
            if previous.type != draft.type:
                continue
            same_sentence = (
                draft.sentence_index in previous.sentence_indices
                and previous.describes == draft.describes  # 起訴された活動家に判決を言い渡した: two acts
                and not previous.topic
                and not draft.topic
                and (previous.text in _VISITS) == (draft.text in _VISITS)  # 訪問し、…会談する: two events
                and not (  # G7サミットに合わせた首脳会談: two meetings
                    previous.text != draft.text
                    and _MEETING_NOUN_RE.search(previous.text)
                    and _MEETING_NOUN_RE.search(draft.text)
                    and not draft.referential
                )
            )
            same_place = previous.place is None or draft.place is None or previous.place is draft.place
            same_kind = (previous.text in _VISITS) == (draft.text in _VISITS)
            if (draft.referential or draft.cited) and not _same_meeting(previous.text, draft.text):
                continue  # 外相会合 … 首脳会議の日程: another meeting
            if draft.cited and draft.date_text is None and same_kind:
                target = previous  # ウクライナは協議に招かれていない: the talks reported before
                break
            if (
                draft.topic
                and draft.date_text is None
                and draft.sentence_index != previous.sentence_index
                and _same_actors(previous, draft)
            ):
                target = previous  # …氏との会談について述べた: the meeting reported before
                break
            if draft.during and draft.text in _VISITS and previous.text in _VISITS:
                target = previous  # 訪問中: during the visit reported before
                break
            if same_sentence and _compatible(previous.date, draft.date) and same_place:
                target = previous
                break
            same_actors = bool(draft.actors) and {e.id for e in previous.actors} == {
                e.id for e in draft.actors
            }
            if same_actors and same_kind and draft.date is None and previous.status == draft.status:
                target = previous  # 両首脳は…話し合う見通し: the meeting announced before
                break
            if (
                draft.referential
                and (not draft.owned or _same_actors(previous, draft))
                and (
                    previous.status == draft.status
                    or draft.reaction
                    or ((draft.setting or draft.status == "conditional") and not draft.date_text)
                )  # 会談で…なかった, 実現すれば、訪日は…: the event named before
                and (
                    draft.date_text is None
                    or _compatible(previous.date, draft.date)
                    or (
                        draft.reaction and draft.owned
                    )  # 19日、ロシアの制裁を批判した: the day is the reaction's
                )
                and not (
                    previous.status == "planned"
                    and draft.date is None
                    and previous.date is not None
                    and not previous.text.endswith(draft.text)
                )  # 外相会合が10日に開かれる。会合では…: the meeting just named
            ):
                target = previous
                break
        if target is None:
            merged.append(draft)
            continue
        target.mentions.extend(draft.mentions)
        target.sentence_indices |= draft.sentence_indices
        for actor in draft.actors:
            if actor not in target.actors and not (
                target.referential
                or draft.referential
                or draft.cited
                or target.sentence_index != draft.sentence_index  # joined through 会合では
            ):
                target.actors.append(actor)
        for recipient in draft.recipients:
            if (
                recipient not in target.recipients
                and recipient not in target.actors
                and not draft.referential
            ):
                target.recipients.append(recipient)
        if (draft.date_text is not None or target.date is None) and not _report_day_of_mention(
            target, draft
        ):  # not a date carried from before
            target.date = _more_specific(target.date, draft.date)
        target.place = target.place or draft.place
        target.mode = target.mode if target.mode not in (None, "in_person") else (draft.mode or target.mode)
        target.condition = target.condition or draft.condition
    return merged


_OCCASION_RE = re.compile(r"(?:に合わせ|の際に|の合間に|の場で|の機会に|の期間中)")


# The end of a clause that frames the main one (…を拘束した問題を巡り、, …を受け、): its event
# does not lend its time to the main clause's.
_FRAMING_CLAUSE_RE = re.compile(r"(?:巡り|めぐり|受け|受けて|問題で|事件で|ため|に関連し|に絡み)、")


def _report_day_of_mention(target: _Draft, draft: _Draft) -> bool:
    """Whether a later sentence names a dated event again under the day of its own report
    (…今月上旬に拘束した。同日の会見で、拘束は「…」と非難した): that day is not the event's."""
    if (
        target.date is None
        or draft.sentence_index == target.sentence_index
        or draft.sentence is None
        or not draft.date_text
    ):
        return False
    return draft.date_text in draft.sentence.text[: draft.start - draft.sentence.start]


def _dates_of_occasions(text: str, events: list[_Draft]) -> None:
    """An undated event on the occasion of another (会合に合わせて…会談する) takes its date."""
    for event in events:
        if event.date is not None or event.sentence is None or event.undated:
            continue
        for other in events:
            if other is event or other.date is None:
                continue
            if any(
                event.sentence.start <= start and end <= event.start and _OCCASION_RE.match(text, end)
                for start, end in other.mentions
            ):
                event.date, event.date_text = other.date, other.date_text
                break


def _same_actors(previous: _Draft, draft: _Draft) -> bool:
    """Whether an owned reference (米国の要請を受け) names ``previous``: the same actors, or the
    country whose bodies acted (ロシアの制裁 after ロシア外務省が科した制裁)."""
    if {e.id for e in draft.actors} == {e.id for e in previous.actors}:
        return True
    return bool(draft.actors and previous.actors) and all(
        _is_country(actor) and all(e.country == actor.country for e in previous.actors)
        for actor in draft.actors
    )


def _same_meeting(left: str, right: str) -> bool:
    """Whether two meeting nouns can name one meeting: the same noun or one the head of the other
    (外相会合, 会合); other triggers always can."""
    if not (_MEETING_NOUN_RE.search(left) and _MEETING_NOUN_RE.search(right)):
        return True
    return left.endswith(right) or right.endswith(left)


def _participant(entity: Entity) -> Participant:
    return Participant(entity.id, entity.name, entity.country)


def _freeze(draft: _Draft) -> Event:
    return Event(
        type=draft.type,
        start=draft.start,
        end=draft.end,
        text=draft.text,
        actors=tuple(_participant(e) for e in draft.actors),
        recipients=tuple(_participant(e) for e in draft.recipients),
        date=draft.date,
        date_text=draft.date_text,
        place=_participant(draft.place) if draft.place else None,
        mode=draft.mode,
        status=draft.status,  # type: ignore[arg-type]
        condition=draft.condition,
        sentence=draft.sentence,
        mentions=tuple(draft.mentions[1:]),
    )
