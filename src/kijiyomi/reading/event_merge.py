"""Event coreference: merging triggers that name one event."""

from __future__ import annotations

import re
from datetime import date

from kijiyomi.reading.event_actors import _is_country
from kijiyomi.reading.event_dates import _report_day_of_mention
from kijiyomi.reading.event_draft import _CONDITIONAL_RE, _VISITS, _Draft

_MEETING_NOUN_RE = re.compile(r"(?:会談|会議|会合|サミット|理事会)$")
_MERGE_WINDOW = 40  # earlier events a trigger may corefer with


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


def _spells_out(previous: _Draft, draft: _Draft) -> bool:
    """Could ``draft``, planned in the sentence right after ``previous`` (an act of one day that
    happened), be the measures ``previous`` consists of (…制裁を発動した。対象企業の資産を凍結し…)?"""
    return bool(
        draft.type in _SPELLED_OUT_TYPES
        and draft.sentence_index == previous.sentence_index + 1
        and previous.status == "occurred"
        and previous.date is not None
        and len(previous.date) == 10  # one act of one day, not 2022年以降…16回 of them
        and draft.status == "planned"
        and draft.phrase  # 資産を凍結し: the measure as an act, not 第17弾には…資産凍結
    )


# Two trigger words joined by と (停戦と部隊の撤退で合意): two acts, each named.
_COORDINATED_RE = re.compile(r"と[^、。「」をがはで]{0,12}")


def _merge(drafts: list[_Draft], text: str) -> list[_Draft]:
    merged: list[_Draft] = []
    for draft in drafts:
        draft.sentence_indices.add(draft.sentence_index)
        target = None
        for previous in reversed(merged[-_MERGE_WINDOW:]):
            if previous.type != draft.type:
                continue
            if (
                previous.text != draft.text
                and previous.end < draft.start
                and _COORDINATED_RE.fullmatch(text, previous.end, draft.start)
            ):
                continue  # 停戦と部隊の撤退で合意: two acts joined by と
            same_sentence = (
                draft.sentence_index in previous.sentence_indices
                and previous.describes == draft.describes  # 起訴された活動家に判決を言い渡した: two acts
                and not previous.topic
                and not draft.topic
                and not (draft.condition and previous.text in draft.condition)  # …撤退すれば停戦に応じる
                and not (draft.type == "CONCEDE" and previous.text != draft.text)  # 謝罪し、辞任する意向: two
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
            if (
                _spells_out(previous, draft)
                and draft.date_text is None
                and draft.actors
                and {e.id for e in draft.actors} == {e.id for e in previous.actors}
            ):  # …3社に制裁を発動した。対象企業の資産を凍結し、…取引を禁じる: what the sanction does
                target = previous
                break
            if _spells_out(previous, draft) and previous.actors and not draft.actors:
                # …制裁を決定した。…が対象で、1月10日から資産が凍結される: when the measure applies
                draft.date, draft.date_text = previous.date, None
                target = previous
                break
            if draft.during and draft.text in _VISITS and previous.text in _VISITS:
                target = previous  # 訪問中: during the visit reported before
                break
            other_parties = _other_parties(previous, draft)  # EUは…送る方針で、日本政府は…供与を検討
            opposed = {previous.status, draft.status} == {"occurred", "denied"} or (
                "denied" in (previous.status, draft.status)
                and previous.status != draft.status
                and len(previous.actors) >= 2
                and len(draft.actors) >= 2
                and {e.id for e in previous.actors} != {e.id for e in draft.actors}
            )  # 一致したが、…合意に至らなかった; Xとの協議には応じず、Yと協議する方針: two
            own_times = bool(previous.date_text and draft.date_text and previous.date_text != draft.date_text)
            countered = (
                previous.status != draft.status
                and bool(previous.actors)
                and bool(draft.actors)
                and not {e.id for e in previous.actors} & {e.id for e in draft.actors}
            )  # 米国が追加関税を課したことに対抗し、報復関税を課す: two parties, a done act and an answer
            if (
                same_sentence
                and _compatible(previous.date, draft.date)
                and same_place
                and not other_parties
                and not opposed
                and not own_times  # 15日から撤退させ、住民を月内に釈放する: two acts, each with its time
                and not countered
            ):
                target = previous
                break
            same_actors = bool(draft.actors) and {e.id for e in previous.actors} == {
                e.id for e in draft.actors
            }
            if same_actors and same_kind and draft.date is None and previous.status == draft.status:
                target = previous  # 両首脳は…話し合う見通し: the meeting announced before
                break
            if (
                draft.opening_topic
                and draft.date_text is None
                and {draft.status, previous.status} <= {"occurred", "planned", "hedged"}
                and _same_meeting(previous.text, draft.text)
            ):  # …審査を始めた。…審査は年度末までかかる可能性があり: its likely course
                target = previous  # …演習を始めた。演習は約2週間続き、…参加する: its course described
                break
            if (
                draft.referential
                and not (draft.reaction and not draft.owned and previous.status == "conditional")  # …続ければ
                and (not draft.owned or _same_actors(previous, draft))
                and (
                    previous.status == draft.status
                    or draft.reaction
                    or (
                        (draft.setting or draft.status == "conditional")
                        and not draft.date_text
                        and not _own_condition_after_fact(previous, draft)
                    )
                    or (  # 28日の会合で…とみられる: the meeting of that day, reported before
                        draft.setting
                        and draft.status != "planned"
                        and previous.date is not None
                        and previous.date == draft.date
                    )
                )  # 会談で…なかった, 実現すれば、訪日は…: the event named before
                and (
                    draft.date_text is None
                    or _compatible(previous.date, draft.date)
                    or (
                        draft.reaction
                        and (
                            draft.owned
                            or previous.text == draft.text
                            or (not draft.actors and previous.status == "occurred")
                        )
                    )  # 19日、制裁を批判した, 16日、訪問を非難した, 殺害を非難: the reaction's day
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
        if target is None and draft.participle and any(p.type == draft.type for p in merged):
            continue  # …を釈放した。解放された4人は…: that release again, under another word
        if target is None and draft.thanked:
            continue  # 「…の協力に感謝する」: help thanked for, not reported as an event
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
        if (
            (draft.date_text is not None or target.date is None)
            and not draft.thanked  # 援助に謝意を表した: the day of the thanks, not of the help
            and not _report_day_of_mention(target, draft)
        ):  # not a date carried from before
            target.date = _more_specific(target.date, draft.date)
        target.place = target.place or draft.place
        target.mode = target.mode if target.mode not in (None, "in_person") else (draft.mode or target.mode)
        target.condition = target.condition or draft.condition
    return merged


def _own_condition_after_fact(previous: _Draft, draft: _Draft) -> bool:
    """Whether ``draft`` is the condition itself (…で合意できなければ) after an event that took place:
    an act yet to be achieved is another one than the one reported; not a noun the condition only
    uses (調査で…確認されれば: the investigation reported before)."""
    condition = draft.condition or ""
    at = condition.rfind(draft.text)
    return (
        previous.status == "occurred"
        and at >= 0
        and _PREDICATE_TAIL_RE.fullmatch(condition, at + len(draft.text)) is not None
    )


_PREDICATE_TAIL_RE = re.compile(r"[ぁ-ん]{1,10}[、，]?")  # 合意できなければ: the trigger is the predicate


_SPELLED_OUT_TYPES = frozenset({"SANCTION"})  # measures listed right after the act that imposed them


def _other_parties(previous: _Draft, draft: _Draft) -> bool:
    """Whether the later trigger has actors of its own, named between the two triggers, none of
    them the earlier one's: two acts of two parties, not one event."""
    if (
        not previous.actors
        or not draft.actors
        or {id(e) for e in previous.actors} & {id(e) for e in draft.actors}
    ):
        return False
    return any(previous.end <= m.start < draft.start for e in draft.actors for m in e.mentions)


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
