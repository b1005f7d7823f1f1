"""Shared pieces of event reading: the draft event record and small text helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kijiyomi.reading.model import Entity, Quote, Span

_PARTNER_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_CONDITIONAL_RE = re.compile(
    r"(?:(?<!によ)れば|せば|えば|けば|ければ|てば|めば|ねば|べば|なら|場合|ない限り)"
)
_HEDGE_RE = re.compile(r"可能性|恐れ|おそれ|とみられ|と見られ|見られる|模様|もよう|疑い|様子|ようだ")


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
    opening_topic: bool = False  # 演習は…: the sentence opens on the event as its topic
    background: bool = False  # 衝突以来: a past event named as a starting point, lends no date
    participle: bool = False  # 解放された4人: an act done to the persons named, reported before
    thanked: bool = False  # 援助に謝意を表した: help thanked for, never a new event


_AGREED_TO_DO_RE = re.compile(r"(?:を|の|で)[^、。「」]{0,16}?こと(?:で|に|を)(?:も)?(?:一致|合意|同意|確認)")
# An act named as what the parties agree to (停戦に合意した, 協議の再開に同意): it lies ahead.
_AGREED_TO_RE = re.compile(
    r"(?:と[^、。「」をがはで]{1,16}?)?(?:に|へ|(?<![議談合渉])で)(?:大筋|基本的に|原則)?(?:で)?(?:合意|同意)"
)  # 停戦と部隊の撤退で合意: both are agreed to; 協議で合意に至らず: the talks are the occasion
_AGREEABLE_TYPES = frozenset({"RETREAT", "CONSULT", "COOPERATE", "AID"})
# …は5日、ジュネーブで始まった; not …は1日、10月から始まる今季の (a clause on another noun)
_OPENED_RE = re.compile(
    r"(?:を開|が開か|を開催|が開催|[はが][^。「」]{0,16}?(?:始ま|開幕|開か)[ぁ-ん]*(?:(?![ぁ-ん一-龥ァ-ヶー])|(?=予定|見通し|見込み)))"
)


_OPENED_BEFORE_RE = re.compile(r"(?:開いた|開かれた|開催した|開催された)$")  # 11日に開いた理事会で
_BODIES = "理事会|委員会|総会|評議会|議会|執行部|指導部|首脳会議"


_CLAUSE_LIMIT = 400  # a clause is read at most this far (bounded work per trigger)
_TOPIC_WINDOW = 300  # characters before a trigger searched for a topic or a condition


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007
        pass
    return found


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


_ALIAS_GAP_RE = re.compile(r"[（(][^（()）]{1,12}[）)]")


_NOUN_SUBJECT_RE = re.compile(r"(?:(?<=[一-龥ァ-ヶー])|(?<=[一-龥ァ-ヶー]など))が")  # 投資ファンドなどが
_GROUP_SUBJECT_RE = re.compile(r"(?:双方|両者|両国|両政府|両首脳|各国|首脳ら|閣僚ら|両陣営)$")


def _in_quotes(position: int, quotes: list[Quote]) -> bool:
    return any(q.start <= position < q.end for q in quotes)


def _expand(entity: Entity, by_id: dict[str, Entity]) -> list[Entity]:
    if entity.label == "GROUP" and entity.members:
        return [by_id[member] for member in entity.members if member in by_id]
    return [entity]


_CLOSED_REPORT_RE = re.compile(
    r"と(?:断定|判断|結論|認定|発表|指摘|主張)(?:し|して|しており|していて)、|(?:[るたいう]|だ)と(?:して|みて)、"
    r"|(?:[るたいう]|だ)として(?=[^、。「」]{1,12}[をに])"
    r"|(?:[るたいう]|だ|ない)と(?:強く|厳しく)?(?:[一-龥]{1,4}し|述べ|語り|訴え|伝え|明かし|明らかにし)(?:て|ており|ていて)?、"
)  # Xが…攻撃したと非難し、  # Xが関与したと断定し、 Xが…提出した疑いがあるとして、(a reason clause)
# …受けているとして両国を非難し, …遅れたとして州政府に抗議した (no comma): a reason clause ending at
# its own object or addressee
# The last kana of a verb in its plain non-past form (する, 行う, 開く, 続ける…): an act still ahead.
_NON_PAST_KANA = "[るうくすつぬぶむぐ]"
# The end of a verb in a relative clause, plain or past (開く, 行った, 結んだ, 相次いだ, 続けている).
_CLAUSE_VERB_END = rf"(?:する|した|している|していた|される|された|{_NON_PAST_KANA}|た|[んい]だ)"
# A clause of "until" (…が帰国するまで, …が改善されるまで): its subject is not the main verb's.
_UNTIL_CLAUSE_RE = re.compile(rf"(?:{_NON_PAST_KANA}|ない)まで(?:は|に|、)?")
_EMBEDDED_RE = re.compile(
    r"(?:こと|よう|ように|(?<![一-龥ァ-ヶー])との|という)(?:を|に|が|の)?"
)  # not a noun's partner (同国との国境付近に: "with the country")


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


_PERFORMATIVE_TYPES = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT"})
_PERFORMATIVE_END_RE = re.compile(
    r"(?:る|する|します|いたします|したい|ます|た|ました)?。?"
)  # 「…強く求めた」: told


# The end of a clause that frames the main one (…を拘束した問題を巡り、, …を受け、): its event
# does not lend its time to the main clause's.
_FRAMING_CLAUSE_RE = re.compile(
    r"(?:巡り|めぐり|受け|受けて|問題で|事件で|問題について|事件について|ことについて|ことに対し|ことに関し|問題に関し|問題に関して|ため|に関連し|に絡み|(?<=[一-龥ァ-ヶー])について)、"
)
