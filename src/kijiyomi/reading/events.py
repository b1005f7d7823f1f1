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
from itertools import pairwise

from kijiyomi.reading.arguments import Argument, sentence_arguments
from kijiyomi.reading.event_actors import (
    _compound_owners,
    _group_referents,
    _has_own_partner,
    _participants,
    _recent_countries,
    _referents,
    _site_visit,
    _subjects,
    _written_agents,
)
from kijiyomi.reading.event_dates import (
    _after_day,
    _dates_of_occasions,
    _latest_date,
    _undate,
    _when_and_where,
)
from kijiyomi.reading.event_draft import (
    _AGREEABLE_TYPES,
    _AGREED_TO_DO_RE,
    _AGREED_TO_RE,
    _BODIES,
    _NOUN_SUBJECT_RE,
    _OPENED_BEFORE_RE,
    _OPENED_RE,
    _PARTNER_TYPES,
    _TOPIC_WINDOW,
    _Draft,
    _expand,
    _in_quotes,
    _last_match,
)
from kijiyomi.reading.event_merge import _merge
from kijiyomi.reading.event_status import (
    _INVOLVED_IN_RE,
    _conditional_warnings,
    _promised,
    _status,
    _threat_by_reporter,
)
from kijiyomi.reading.event_triggers import (
    _compound_noun,
    _held_body,
    _not_an_event,
    _own_topic,
    _owned,
    _plain_clause_subject,
    _remember_bodies,
    _suspect,
    _trigger_at,
    _unresolved_pair,
)
from kijiyomi.reading.lexicon import Trigger, lexicon
from kijiyomi.reading.mentions import is_kanji
from kijiyomi.reading.model import Entity, Event, Mention, Participant, Quote, Span, TimeExpression
from kijiyomi.reading.tokens import Token

_PARTICIPLE_RE = re.compile(r"され(?:てい)?た(?=[0-9０-９一-龥ァ-ヴ])")  # 拘束された野党関係者
# Attending a meeting reported before (会談に同席した, 協議に招かれ, 会合に出席).
_ATTENDED = r"(?:に(?:招|参加|出席|臨|同席)|への(?:参加|出席))"
_REFERENTIAL_RE = re.compile(
    r"^(?:され(?:てい)?た(?=[0-9０-９一-龥ァ-ヴ])|"  # the act reported before
    r"は|では|には|で|後|の後|について|に関し|をめぐり|を受け|の際|の中で|の席で|が行われ|の日程|の開催|に合わせ|に先立|を前に|の(?:影響|被害|余波|議長を|冒頭|席上|成果|結果|準備)"
    rf"|{_ATTENDED}|を(?:主催|主導|組織|企画)した(?=[一-龥ァ-ヴ])|による|(?:の)?期間中|の最中|への(?:全面的な|全面)?協力|の(?:即時|全面)?(?:中止|停止|解除|終結)"
    r"|を(?:強く|厳しく|改めて|重ねて)?(?:「[^」]{0,30}」と(?:して)?)?(?:確認|歓迎|評価|受け|めぐ|巡|非難|批判|拒否|拒絶|一蹴|退け)"
    r"|に(?:強く)?(?:反発|抗議)(?:する|し|した))"  # 空爆に反発する住民ら: the strike reported before
)


# The act as the subject of going on (ストは翌日も続き, 交渉が長引けば): the one reported before.
_GOES_ON_RE = re.compile(r"(?:は|が)[^、。「」]{0,14}?(?:続[いきくけ]|長引)")
_TALKED_ABOUT_RE = re.compile(
    r"の[一-龥]{1,4}(?:について|に向け|を巡|をめぐ)"  # 合意の具体化について: the agreement made before
    r"|が[^、。「」]{0,30}?(?:(?<!によ)れば|なければ|なら)[、「]"  # 合意が…抵触すれば: a condition
    r"|が[^、。「」]{0,20}?として"  # 合意が不十分だとして批判: the agreement judged
    # 合意した賃上げが実施されなければ: the thing agreed before, named by a relative clause
    r"|した(?!後|際|上|時|とき|ため|結果|矢先|直後|場合|ばかり|以上|以降|両|[0-9０-９])(?=[一-龥ァ-ヴ])"
)
# An event named as the cause of a toll (…の衝突で少なくとも23人が死亡した).
_TOLL_CAUSE_RE = re.compile(
    r"(?:など)?(?:で|により|によって)、?[^、。「」]{0,20}?[0-9０-９]+(?:人|名)(?:以上)?(?:が|も)"
    r"(?:死亡|負傷|死傷|けが|犠牲|行方不明|死去)"
)
_ANCHOR_RE = re.compile(r"^(?:に先立|を前に)")  # an event named as the time another act is set by
_SETTING_RE = re.compile(r"^(?:で|では|後|の後|の際|の席で|の中で|の場で)")  # 会談で…なかった: the talks held


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
    head_mentions = {m.start: (m, e) for m, e in mentions}
    token_starts = {token.start for token in tokens}
    token_starts.update(  # 再審査, 再交渉 read as one word: the act is repeated; 初会合: the first one
        token.start + 1 for token in tokens if len(token.surface) >= 3 and token.surface[0] in "再初"
    )
    token_starts.update(  # 団体交渉, 労使協議 read as one word: the talks are its tail
        token.end - 2
        for token in tokens
        if len(token.surface) >= 4 and token.surface.endswith(_TALKS_TAILS) and is_kanji(token.surface[-3])
    )
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
            quote = next(
                (
                    q
                    for q in quotes
                    if q.start <= position < q.end
                    and q.cue not in _SOURCES
                    and not (q.kind == "indirect" and _NEW_TOPIC_AFTER_RE.match(text, end, q.end))
                ),
                None,
            )  # Xは…を呼びかけ、大雪は続くとの見方を示した: the call is no part of the view reported
            if (
                _not_an_event(text, position, end, quote, args, trigger)
                or _site_visit(text, position, surface, args)
                or (is_kanji(surface[-1]) and _compound_noun(token_at.get(end), trigger))
                or (not trigger.phrase and _head_of_compound_word(token_at.get(position), end))
                or (_THING_SUFFIX_RE.match(text, end) is not None and is_kanji(surface[-1]))
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
                or _plain_subject_after(text, outside_args, end, sentence.end)
                or text.startswith(_CONTRAST_OPENERS, sentence.start)  # 一方、…: another party
                or _TOLL_CAUSE_RE.match(text, end)  # 空爆で5人が死亡した: the toll is the clause's news
                else previous_subjects
            )
            own_subjects = subjects
            window = max(sentence.start, position - _TOPIC_WINDOW)  # bounded work per trigger
            group = _last_match(_PARTICIPANTS_RE, text, window, position)
            body = _last_match(_BODY_TOPIC_RE, text, window, position)
            if (
                group is not None
                and _DOCUMENT_RE_TOPIC.search(group.group(0))
                and trigger.type not in _SAYABLE
            ):
                carried = own_subjects = []  # 決議は、…続く衝突で…: a document fights no one
            elif group is not None:  # 首脳らは, 両政府は, 3カ国は: those of the latest meeting
                carried = _group_referents(group, drafts + sentence_drafts, mentions)
                if not carried and _DOCUMENT_RE_TOPIC.search(group.group(0)):
                    carried = previous_subjects  # 理事会は…決議を採択した。決議は…求めた: the adopting body
                own_subjects = []
                if carried:  # AはBとCの両政府に求めたが、両政府は拒否した: the group, not A, refuses
                    args = [
                        a
                        for a in args
                        if not (a.particle in ("は", "が", "も") and a.mention.end <= group.start())
                    ]
            elif body is not None and body.group("body") in bodies:
                carried = bodies[body.group("body")]  # IAEAの理事会は… 理事会は: the IAEA
                own_subjects = []
            elif _HAPPENING_RE.match(text, end) and not quote:
                carried = []  # 戦闘が続いている: the event is the subject, no one is carried over
            _participants(text, draft, args, own_subjects, carried, quote, by_id, earlier, direct)
            if (
                group is not None
                and group.group("pair")
                and quote is not None
                and quote.start <= group.start()
                and set(draft.actors) < set(carried)
            ):  # 合意文書では、双方が…撤退させるとしている: both sides act, not the latest one named
                draft.actors = list(carried)
            if draft.type == "CONSULT" and text.startswith(("に出席", "に参加"), end) and not quote:
                draft.actors = [e for e in subjects if e not in draft.actors] + draft.actors  # Xは…会合に出席
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
                first = next(
                    (d for d in drafts + sentence_drafts if d.actors and _same_session(d.text, surface)), None
                )
                if first is not None:
                    draft.actors = list(first.actors)  # 会合を開いた…次回の会合は: the same body meets
            if (
                draft.type not in _POLICE_ACT_TYPES and _CHARGED_LATER_RE.match(text, end, sentence.end)
            ) or _BLAMED_LATER_RE.match(text, end, sentence.end):
                # 府警は…男性を刃物で刺し、殺人未遂の疑いで男を逮捕した: the suspect's act; Xによる砲撃で…
                # 損傷したとして、…非難した: the agent written with it
                draft.actors = _written_agents(text, draft, args, by_id)
            parties = _UNNAMED_PARTIES_RE.search(text, max(sentence.start, position - 20), position)
            if parties is not None and not any(p in occupied for p in range(parties.start(), position)):
                draft.actors = []  # デモ隊と警官隊の衝突: parties named, but by no entity
            if _SINCE_RE.match(text, end):  # 昨年7月の武力衝突以来…: a past event the clause counts from
                draft.background = True
                draft.actors = _noun_owners(text, draft, args, by_id)
            elif (relative := _RELATIVE_PAST_RE.match(text, end)) is not None and not _head_acts(
                text, relative.end(), head_mentions
            ):
                draft.background = True  # …が先月発射した新型ミサイルを非難した: a thing described by it
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
            if (
                quote is not None
                and quote.kind == "direct"
                and draft.status == "planned"
                and draft.date_text is not None
                and not quote.start <= text.find(draft.date_text, sentence.start) < quote.end
            ):  # 「…と連携し、…」と強調した: a pledge has no day but its own
                draft.date = draft.date_text = None
            if draft.status in ("planned", "hedged") and _vague_time_after_date(text, draft, sentence.start):
                draft.date = draft.date_text = None  # 4日、…近く立ち入り検査も行う方針を示した: no day yet
            if draft.background:
                draft.place = None  # the main clause's place is not where the past event happened
            if draft.status == "occurred" and _after_day(draft.date, today):
                if _own_clause_time(text, draft, sentence.start):
                    draft.status = "planned"  # 1月中旬に会合を開き、…ことで合意した: the meeting is to come
                else:
                    draft.date = draft.date_text = None  # 来月会談することで合意した: not the agreement's day
            if draft.date is None and draft.status == "occurred" and fallback_date is not None:
                # 衝突以来 lends no date; チリ側が求めていた購入は: a past act described takes the latest one
                draft.date = None if draft.background and _SINCE_RE.match(text, end) else fallback_date
            after = text[end : end + 40]
            draft.referential = bool(_REFERENTIAL_RE.match(after)) and not _has_own_partner(text, draft, args)
            draft.setting = bool(_SETTING_RE.match(after))
            draft.participle = draft.referential and not draft.actors and bool(_PARTICIPLE_RE.match(after))
            if draft.referential and _ANCHOR_RE.match(after):
                draft.date = draft.date_text = (
                    None  # 会合に先立つ22日: the day is the clause's, not the meeting's
                )
            draft.opening_topic = (
                text.startswith(("は、", "は"), end)
                and _OPENING_RE.fullmatch(text, sentence.start, position) is not None
            ) or _BECOMES_RE.match(text, end) is not None  # …1カ月足らずでの辞任となる: the one before
            draft.topic = bool(_TOPIC_NOUN_RE.match(text, end)) and _has_own_partner(text, draft, args)
            draft.during = text.startswith(("中、", "中に", "中の"), end)
            draft.cited = bool(_CITED_RE.match(text, end))
            if (
                _INVOLVED_IN_RE.match(text, end)
                and any(d.type == draft.type for d in drafts + sentence_drafts)
                and not (
                    draft.date_text and draft.date_text in text[text.rfind("、", 0, position) : position]
                )
            ):  # 襲撃に関与したとみられる男ら: the attack reported before (先月末に起きた攻撃に: its own)
                draft.cited = True
                draft.date = draft.date_text = None
            if _GOES_ON_RE.match(text, end) and any(d.type == draft.type for d in drafts + sentence_drafts):
                draft.cited = True  # ストは翌日も続き, 交渉が長引けば: the act reported before goes on
                draft.date_text = None  # its day still dates what follows
            draft.reaction = bool(_REACTION_RE.match(text, end))
            if draft.type in ("AGREE", "CONSULT") and _TALKED_ABOUT_RE.match(text, end):
                draft.referential = draft.reaction = True  # what an earlier agreement or meeting led to
            if _THANKED_FOR_RE.match(text, end):
                draft.referential = draft.reaction = draft.thanked = True  # 援助に謝意: the help named before
            if draft.type in ("COOPERATE", "AID") and (
                _TOPIC_NOUN_RE.match(text, end)
                or _AIMED_AT_RE.match(text, end)
                or _DOCUMENT_RE.match(text, end)
                or _promised(text, end, draft.status)
            ):  # 協力に関する覚書, 防衛協力の強化で一致した, 追加供与を表明した: help to come
                _undate(draft, sentence_times, taken_times)
            if (
                draft.type == "COOPERATE"
                and draft.status == "planned"
                and draft.date_text is not None
                and (dated := text.rfind(draft.date_text, sentence.start, position)) >= 0
                and dated < text.rfind("、", sentence.start, position)
                and not text.startswith(("、", "から"), dated + len(draft.date_text))
            ):  # 9日に会議を開き、…で協力する方針だ: the day is the meeting's, the cooperation has none
                _undate(draft, sentence_times, taken_times)
            elif (
                draft.status == "planned"
                and draft.date_text is not None
                and (
                    _INTENT_SHOWN_RE.match(text, end)
                    or (draft.type == "AID" and _HELP_ANNOUNCED_RE.match(text, end))
                )
                and not _after_day(draft.date, today)  # 来週、…要請する考え: the act's own time
                and (dated := text.rfind(draft.date_text, sentence.start, position)) >= 0
                and text.startswith("、", dated + len(draft.date_text))
            ):  # Xは14日、…に協力する考えを示した: the day is the statement's, the planned act has none
                _undate(draft, sentence_times, taken_times)
            if (
                draft.type in _AGREEABLE_TYPES
                and _AGREED_TO_RE.match(text, end)
                and draft.date_text is not None
                and not _STARTS_FROM_RE.search(text, sentence.start, position)
            ):
                _undate(draft, sentence_times, taken_times)  # 12日に停戦に合意した: the agreement's day
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
        _share_agreed_parties(text, sentence_drafts)
        _share_linked_dates(text, sentence_drafts)
        for draft in sentence_drafts:
            if (
                draft.type == "THREATEN"
                and draft.status == "occurred"
                and draft.condition
                and draft.date_text is not None
                and draft.date_text in draft.condition
            ):
                draft.date = draft.date_text = None  # …13日までに戻らなければ…と警告した: a deadline
            if (
                draft.date is None
                and draft.status == "occurred"
                and fallback_date is not None
                and not draft.background
            ):
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
    merged = _merge(drafts, text)
    _dates_of_occasions(text, merged)
    return [_freeze(draft) for draft in merged]


# A one-kanji ending that makes a trigger word a thing (警告灯が, 警告音); 抗議文を手渡す stays an act.
_THING_SUFFIX_RE = re.compile(r"[灯音板票](?![一-龥])")
_SOURCES = ("によると", "によれば")
_INTENT_SHOWN_RE = re.compile(
    r"(?:して[^、。「」]{1,16}?(?<=[るう])|する|していく|を[^、。「」をにが]{0,6}?(?<=[るう]))(?:考え|意向|方針)を(?:示|表明|明らかに)"
)  # 同盟国と連携して対応する考えを示した, 連携して監視を強める方針を示した, 同社を支援する方針を示した
# Help announced for later (支援を行うと発表した, 派遣することを決め): the day is the announcement's.
_HELP_ANNOUNCED_RE = re.compile(
    r"(?:を[^、。「」]{0,12}?)?(?:する|行う|実施する|送る)(?:と|ことを)(?:発表|表明|決め|決定)"
)
_DISCUSSABLE = frozenset({"SANCTION", "AID", "COOPERATE", "ASSAULT", "MOBILIZE", "RETREAT", "COERCE"})
_DISCUSSED_RE = re.compile(
    r"(?:の[^、。「」をがは]{0,6}?)?(?:を|について|に関して|をめぐり|を巡り)(?:協議|検討|議論|審議)"
)
_DOCUMENT_RE = re.compile(  # 協力に関する覚書; 協力を強める安全保障協定: the document's content
    r"(?:に関する|の|する|を(?:強める|深める|進める|拡大する|強化する)[一-龥]{0,4}?)?"
    r"(?:覚書|協定|合意文書|枠組み|計画|文書|ロードマップ|行動計画|決議|決議案|法案|議案)"
)


_ENTERED_AGREED_RE = re.compile(
    r"に(?:入る|踏み切る|応じる)こと(?:で|に)(?:も)?(?:合意|一致|同意)"
)  # 停戦に入ることで合意
_STARTS_FROM_RE = re.compile(r"日(?:午前|午後|正午)?(?:[0-9０-９]+時)?から")  # 12月1日から停戦に入る
_AGREED_ACT_RE = re.compile(
    r"(?:する|させる|を行う)?こと(?:で|に)(?:も)?(?:合意|一致|同意)"
)  # 解放することで合意


_AIMED_AT_RE = re.compile(
    r"(?:の|を)?(?:一層の|さらなる)?(?:強化|拡大|推進|深化|継続|加速|拡充|促進)?(?:を図る|する|していく)?(?:こと)?"
    r"(?:で|を)(?:一致|合意|確認|申し合わせ)"
)
_SESSION_WORDS = frozenset({"理事会", "総会"})
_HELD_BODY = Trigger("CONSULT", "in_person")
_BODY_TOPIC_RE = re.compile(rf"(?:^|(?<=[、。\n]))(?:同)?(?P<body>{_BODIES})[はがも]")


_HAPPENING_RE = re.compile(
    r"が(?:連日|再び|今も|なお|断続的に)?(?:続|起き|起こ|発生|激化|拡大|相次|長期化|開かれ|行われ|開催され|あり|あっ|ある(?!い))"
)  # 銃撃戦があり, デモが連日続き: the event happens, no one is carried over
_PARTICIPANTS_RE = re.compile(
    r"(?:(?:^|(?<=[、。\n]))(?:(?:各国)?(?:首脳|閣僚|外相|参加国|出席者)(?:ら|陣|たち)?|(?:首脳|共同)?声明|首脳宣言|宣言|決議"
    r"|採択文書|(?P<count>\d+)(?:カ国|か国|(?P<bodies>機関|社|団体|党|クラブ|球団)|(?P<persons>首脳|外相|首相|閣僚|氏))"
    r"(?:の首脳|の外相|の政府)?)"
    r"|(?<![一-龥ァ-ヶーの])(?P<pair>両政府|両国政府|双方|両者|両陣営|両代表団|(?:双方|両国|両政府)の(?:代表団|交渉団|代表)))[はがも]"
)  # a pair word may follow a place or a time too (ビエンチャンで両者が)


def _share_agreed_parties(text: str, drafts: list[_Draft]) -> None:
    """An act agreed on (Xと会談し、協議を来月再開することで合意した) has all the parties of the
    agreement, when its own actors are some of them."""
    for position, draft in enumerate(drafts):
        if draft.type not in ("CONSULT", "COOPERATE", "RETREAT") or not (
            _AGREED_ACT_RE.match(text, draft.end)
            or _AGREED_TO_DO_RE.match(text, draft.end)
            or _ENTERED_AGREED_RE.match(text, draft.end)
            or _AGREED_TO_RE.match(text, draft.end)
        ):
            continue
        agreement = next((d for d in drafts[position + 1 :] if d.type == "AGREE"), None)
        if agreement is None or "、" in text[draft.end : agreement.start]:
            continue
        own = {e.id for e in draft.actors}
        if own and own < {e.id for e in agreement.actors}:
            draft.actors = list(agreement.actors)


def _share_linked_dates(text: str, drafts: list[_Draft]) -> None:
    """An act joined to the one before by て (来月にも首都を訪れて協議する) happens when that one does."""
    for first, second in pairwise(drafts):
        if (
            second.date is None
            and first.date is not None
            and second.status == first.status
            and text[first.end : second.start] in ("て", "して")
        ):
            second.date, second.date_text = first.date, first.date_text


def _plain_subject_after(text: str, args: list[Argument], end: int, limit: int) -> bool:
    """Whether an act in a て-form (…の順守を求めて) is done by the が-subject that follows it in
    the same clause and that is no entity (市民ら約5千人がデモを行い): then no one is carried over."""
    if not text.startswith(("て", "して"), end):
        return False
    comma = text.find("、", end, limit)
    clause_end = comma if comma >= 0 else limit
    match = _NOUN_SUBJECT_RE.search(text, end, clause_end)
    if match is None or "「" in text[end : match.start()]:
        return False
    return not any(a.mention.start <= match.start() <= a.mention.end + 2 for a in args)


_VAGUE_TIME_RE = re.compile(r"(?:近く|近日中に|近日|今後|将来的に|いずれ|同じ時期に|同時期に)")


def _vague_time_after_date(text: str, draft: _Draft, floor: int) -> bool:
    """Whether a vague time of the act's own (近く, 今後, 同じ時期に) is written between the date it took
    (the report's day, 4日、) and the trigger: the act to come has no day yet."""
    if draft.date_text is None:
        return False
    position = text.rfind(draft.date_text, floor, draft.start)
    if position < 0:
        return False
    return _VAGUE_TIME_RE.search(text, position + len(draft.date_text), draft.start) is not None


_TALKS_TAILS = ("交渉", "協議", "会談", "会合")
_EMBEDDED_ACT_RE = re.compile(r"こと|[るたい]と")


def _own_clause_time(text: str, draft: _Draft, floor: int) -> bool:
    """Whether the draft's time is written in its own clause before it (1月中旬にXで会合を開き,
    来週、Xと会い), with no other comma nor an embedded act (来月会談することで) between them."""
    if draft.date_text is None:
        return False
    position = text.rfind(draft.date_text, floor, draft.start)
    if position < 0:
        return False
    gap = text[position + len(draft.date_text) : draft.start].removeprefix("、")  # 来週、Xと会い
    return "、" not in gap and "「" not in gap and _EMBEDDED_ACT_RE.search(gap) is None


def _head_of_compound_word(token: Token | None, end: int) -> bool:
    """Whether the trigger opens a plain noun read as one word with two more kanji (契約期間,
    交渉期限): the word names a thing, not the act."""
    if token is None or token.end - end < 2 or token.pos[:3] != ("名詞", "普通名詞", "一般"):
        return False
    return all(is_kanji(c) for c in token.surface[-(token.end - end) :])


_GROUP_PREFIX_RE = re.compile(  # 3カ国首脳会議, 両国の外相会談: the meeting of a group named before
    r"(?<![一-龥ァ-ヶー])(?:(?P<count>\d+)(?:カ国|か国)|(?P<pair>両国))の?(?:首脳|外相|閣僚|国防相)?$"
)


_DOCUMENT_RE_TOPIC = re.compile(r"声明|宣言|決議|文書")
_SAYABLE = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT", "AGREE", "APPEAL"})  # what a text can do
_NEXT_SESSION_RE = re.compile(r"(?:次回の?|次の)[一-龥]{0,4}$")  # 次回の会合, 次回の貿易相会合
_STANDING_BODIES = ("委員会", "理事会")


def _same_session(held: str, surface: str) -> bool:
    """Whether a meeting held before (金融政策決定会合, 金融政策委員会) is one whose next session is
    named ``surface`` (次回の会合)."""
    return (
        held == surface
        or held.endswith(surface)
        or (surface in ("会合", "会議") and held.endswith(_STANDING_BODIES))
    )


_NEW_TOPIC_AFTER_RE = re.compile(r"[ぁ-ん]{0,3}、[一-龥ァ-ヶー]{1,10}は")
_REACTION_RE = re.compile(
    r"を(?:強く|厳しく|改めて|重ねて)?(?:「[^」]{0,30}」と(?:して)?)?"
    r"(?:歓迎|評価|非難|批判|確認|めぐ|巡|拒否|拒絶|一蹴|退け|無視|否定|受け入れ)"
    r"|に(?:強く)?(?:反発|抗議)(?:する|し|した)"
    r"|は、?「"  # 制裁は「主権への攻撃だ」と反発: the act judged in a quote, as 制裁を「…」と非難
)
_THANKED_FOR_RE = re.compile(  # 援助に謝意を表した, 釈放されたことに安堵
    r"(?:(?:され|し)たことに|に)(?:心から|深く|改めて)?(?:感謝|謝意|安堵)"
)
_CITED_RE = re.compile(rf"(?:{_ATTENDED}|の日程|の開催)")
_TOPIC_NOUN_RE = re.compile(r"(?:の[^、。「」]{0,6}?)?(?:について|をめぐ|を巡|に関す|に関し)")
_BETWEEN_BOTH_RE = re.compile(r"両(?:国|国軍|軍|国部隊)の間で[^、。「」]{0,14}$")
_CONTRAST_OPENERS = ("一方、", "一方で、", "これに対し、", "これに対して、")


_BECOMES_RE = re.compile(r"(?:と|に)(?:なる|なった)[。」]")
_OPENING_RE = re.compile(  # (今回の)(合同)演習は; 関係者によると、審査は
    r"(?:[一-龥ァ-ヶー]{1,12}によると、)?(?:同|その|今回の|この|一連の)?[一-龥ァ-ヶー]{0,6}"
)
# A past act in a clause that describes a thing (発射した新型ミサイル, 採択された決議): not a person
# or body (会談した両首脳, checked against the mentions).
_RELATIVE_PAST_RE = re.compile(
    r"(?:(?:し|され)?(?:た|ていた|てきた)|を受けた|による|に伴う)(?=[一-龥ァ-ヶー「])"
    r"(?!上|後|際|ため|結果|末|直後|直前|以降|以来|途端|翌|前|一方|反面|半面|矢先|場合|時点)"
)  # 侵攻を受けた追加制裁, 攻撃による被害; not 求めた上で, 会談した後, 謝罪した一方、
# What the police do before an arrest (県警は…捜査員を派遣し、…の容疑で女を逮捕した: its own act).
_POLICE_ACT_TYPES = ("COERCE", "INVESTIGATE", "MOBILIZE")
_CHARGED_LATER_RE = re.compile(
    r"[^。「」]{0,40}?(?:疑い|容疑)で[^。「」]{0,40}?(?:逮捕|拘束|送検|起訴|書類送検)"
)
# An act in a reason clause before a sanction or charge (…を支援したとして、…を制裁対象に加えた):
# the act of those sanctioned, not of the subject who sanctions.
_BLAMED_LATER_RE = re.compile(
    r"[^、。「」]{0,40}?(?:た|だ|ている|ていた)として、[^。「」]{0,60}?"
    r"(?:制裁|逮捕|拘束|起訴|送検|追放|提訴|処分|非難|批判)"
)
_PARTY_END = r"(?:隊|側|派|団|軍|勢力|住民|市民|兵|者|ら|陣営|組合|労組|当局|政府|部隊|集団)"
_UNNAMED_PARTIES_RE = re.compile(  # デモ隊と警官隊の, 政府軍と反政府勢力の; not 資産凍結と渡航禁止の
    rf"(?<![一-龥ァ-ヶー])[一-龥ァ-ヶー]{{0,7}}{_PARTY_END}と[一-龥ァ-ヶー]{{0,7}}{_PARTY_END}の$"
)
_SINCE_RE = re.compile(r"(?:以来|以降)")
_OWNER_GAP_RE = re.compile(r"の[一-龥ァ-ヶー]{0,8}")


def _head_acts(text: str, start: int, heads: dict[int, tuple[Mention, Entity]]) -> bool:
    """Whether the noun a relative clause modifies is a participant named there (会談した両首脳は),
    not a thing or persons owned by a body (起訴された東京電力の旧経営陣)."""
    found = heads.get(start)
    if found is None:
        return False
    mention, entity = found
    if entity.label in ("PERSON", "GROUP") or not text.startswith("の", mention.end):
        return True
    owned = heads.get(mention.end + 1)  # 訪れたブラジルのコスタ大統領: the person of a country
    return owned is not None and owned[1].label in ("PERSON", "GROUP")


def _noun_owners(text: str, draft: _Draft, args: list[Argument], by_id: dict[str, Entity]) -> list[Entity]:
    """Who owns a trigger noun (ロシアの侵攻以来: ロシア): the entity written right before it with の."""
    owner = next((a for a in reversed(args) if a.mention.end <= draft.start), None)
    if owner is None or not _OWNER_GAP_RE.fullmatch(text, owner.mention.end, draft.start):
        return []
    return _expand(owner.entity, by_id)


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
