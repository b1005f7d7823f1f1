"""Quotes with speakers.

- direct: 「…」 followed by と + a reporting verb (述べた, 語った, 明らかにした, 強調した, とし…);
  a 「…」 not followed by such a cue (「重大な結果」を警告) is a scare quote, not a quote;
- indirect: …と述べた, …との認識を示した, …考えを伝えた, …としている, and "Xによると、…";
- the speaker is the sentence's subject (Xは/が/も, or the organisation of "Xの報道官は"), the
  source of によると, or else the subject or speaker of the previous sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kijiyomi.reading.arguments import (
    LED_BY_RE,
    Argument,
    in_condition,
    owned_topic,
    plain_topic,
    sentence_arguments,
    subject_of,
)
from kijiyomi.reading.lexicon import lexicon
from kijiyomi.reading.model import Entity, Quote, Span

_CUES = (
    "述べ|語っ|語り|語る|話し|話す|明らかにし|明かし|強調し|指摘し|説明し|訴え|批判し|非難し|警告し|主張し|表明し"
    "|発表し|応じ|答え|書き込ん|投稿し|呼びかけ|呼び掛け|求め|歓迎し|コメントし|明言し|断言し|反論し|否定し|認め"
    "|振り返っ|宣言し|伝え|記し|報じ|述べる|強調する|示し|評価し|懸念を示し|懸念を表明し|抗議し|要求し|要請し"
    "|意気込み|誓っ|約束し|力を込め|声を詰まらせ|謝罪し|陳謝し|おわびし|釈明し|弁明し|反発し|疑問を呈し|否認し|容疑を否認"
    "|(?:声明|談話|コメント)を出し"
)
_STANCE_VERBS = "拒否|拒絶|反発|反対|批判|非難|抗議|否定|歓迎|評価"  # 「…」として拒否している
_DIRECT_CUE_RE = re.compile(
    rf"と(?P<cue2>しながら|している|した|して|する|し)(?=[、。」]|$|が|一方|(?:上|うえ)で|ものの|(?:[^、。「」]{{0,12}}?を)?(?:{_STANCE_VERBS}))|と(?:の)?(?:[^。「」]{{0,25}}?)(?P<cue>{_CUES})"
)
_INDIRECT_RE = re.compile(
    rf"(?P<link>だと|(?<!こ)と(?!の)|との|という)(?P<gap>[^。「」、と]{{0,12}}?)"
    rf"(?P<cue>(?:認識|見方|考え|見解|立場|意向|方針|姿勢|懸念)を(?:[^。、]{{0,6}}?)(?:示し|伝え|明らかにし|表明し|強調し|(?:示す|表明する)(?=一方))|{_CUES})"
    r"|(?P<link2>(?<!こ)と)(?P<cue2>し(?:ている|た)(?:[。」]|(?<=[るいだ]としている)が、)|(?<!」と)した(?:上で|うえで)[、「]"
    r"|(?<=[るいだた]と)しており(?=、))"  # 社内調査を始めたとしており、: what the body says
)
_NOUN_CUE_RE = re.compile(
    r"(?P<link>[るうくすつぬぶむぐたい]|ない|べき)(?P<cue>(?:認識|見方|考え|見解|立場|意向|方針|姿勢)[をも](?:[^。、]{0,6}?)(?:示し|伝え|明らかにし|表明し|強調し|(?:示す|表明する)(?=一方))"
    r"|ことも(?:明らかにし|明かし|表明し))"  # …で調整していることも明らかにした: a further statement
)
_SOURCE_RE = re.compile(r"によると|によれば")
_OWNED_SOURCE_RE = re.compile(  # 国連の報道官によると, 選管の暫定集計によると
    r"の(?:報道官|広報官|広報担当者|関係者|当局者|高官|幹部|担当者|筋|声明|発表|報告書?"
    r"|(?:暫定|最終|公式)?(?:集計|統計|調査|推計|試算|分析|まとめ))(?:によると|によれば)"
)
_ALIAS_AFTER_RE = re.compile(r"[（(][^（()）]{1,12}[）)]")
_CREDIT_RE = re.compile(r"[【［\[][^】］\]]{1,30}[】］\]][\s　]*")
_OWN_ACT_END_RE = re.compile(r"(?:講演|会見|演説|記者会見|発言|出席|登壇)し$")


def _starts_with_trigger(gap: str) -> bool:
    """Whether an event word opens ``gap`` (労組との|協議を…): the との is a partner's."""
    triggers = lexicon().triggers
    return any(gap[:length] in triggers for length in range(min(len(gap), 6), 1, -1))


# A quote standing alone before the sentence that names who said it (「…」。Xはこう語った).
_SAID_THUS_RE = re.compile(r"(?:こう|そう)(?:語|述べ|強調|話|訴え|説明|明か|指摘|批判|反論|答え)")
_DOCUMENT_TOPIC_RE = re.compile(r"(?:共同|首脳)?(?:声明|決議|宣言|報告書|書簡|談話)(?:案)?(?:は|では)")
_NAME_BRACKET_RE = re.compile(r"「[^「」、。]{2,24}」[はがもの]")  # 野党「共に民主党」は: a name, no quote


def find_quotes(text: str, sentences: list[Span], entities: list[Entity]) -> list[Quote]:
    """Direct and indirect quotes of ``text`` with speakers resolved to entity ids."""
    mentions = sorted(((m, e) for e in entities for m in e.mentions), key=lambda pair: pair[0].start)
    names = frozenset((m.start, m.end) for m, e in mentions if e.label in ("ORG", "GROUP"))
    quotes: list[Quote] = []
    previous_subject: Argument | None = None
    pending: tuple[int, int] | None = None  # 「…」。 alone, its speaker named next (…はこう語った)
    for sentence in sentences:
        args = sentence_arguments(text, sentence, mentions)
        mention_ends = frozenset(a.mention.end for a in args)
        # 野党「調和」との連携: a body's name in brackets is no quote
        brackets = [(s, e) for s, e in _top_level_quotes(text, sentence) if (s + 1, e) not in names]
        if pending is not None:
            told = _SAID_THUS_RE.search(text, sentence.start, sentence.end)
            teller = subject_of(text, args, before=told.start()) if told is not None else None
            if told is not None:
                quotes.append(
                    _quote(text, pending[0] + 1, pending[1], "direct", teller, told.group(0), told.start())
                )
            pending = None
        if (
            len(brackets) == 1
            and brackets[0][0] == sentence.start
            and text[brackets[0][1] + 1 : brackets[0][1] + 2] == "。"
        ):
            pending = brackets[0]
        hiding = [(s, e) for s, e in brackets if not _NAME_BRACKET_RE.match(text, s, e + 2)]
        outside = [
            a
            for a in args
            if not any(s <= a.mention.start < e for s, e in hiding)
            and not in_condition(text, a, sentence.end)
        ]
        found_direct = False
        cue_end = sentence.start
        for open_, close in brackets:
            cue = _DIRECT_CUE_RE.match(text, close + 1, min(sentence.end, close + 40))
            if cue is None:
                continue
            found_direct = True
            topics = [
                a
                for a in outside
                if a.mention.end <= open_ and a.particle in ("は", "も") and not a.coordinated
            ]
            # the topic nearest the quote speaks (上野氏は…求め、王氏は「…」と述べた), also an
            # organisation heading a later topic (…求めたが、中国外務省の報道官は「…」と述べた)
            owner = _owning_topic(text, outside, topics[-1].mention.end if topics else sentence.start, open_)
            says = next(  # Xは…会見を開き、同社のY社長が「…」と謝罪した: Y says it
                (a for a in outside if a.particle == "が" and a.mention.end + 1 == open_), None
            )
            speaker = (
                says
                or owner
                or (topics[-1] if topics else None)
                or subject_of(text, outside, before=open_)
                or (
                    None
                    if plain_topic(text, sentence.start, open_, outside)
                    and not _DOCUMENT_TOPIC_RE.match(text, sentence.start)
                    else previous_subject
                )
            )  # 決議は「…」とし: a document speaks for the body named before
            cue_word = cue.group("cue") or "と" + (cue.group("cue2") or "")
            quotes.append(_quote(text, open_ + 1, close, "direct", speaker, cue_word, cue.start()))
            cue_end = max(cue_end, cue.end())
        subject = subject_of(text, outside)
        source = (
            next((a for a in outside if a.particle in ("によると", "によれば")), None)
            or next(
                (
                    a
                    for a in outside
                    if a.particle == "の"
                    and a.entity.label in ("ORG", "GPE")
                    and _OWNED_SOURCE_RE.match(text, a.mention.end, sentence.end)
                ),
                None,
            )  # 国連の報道官によると: the body speaks through its spokesperson
            or _publisher(text, sentence, outside)
        )
        if source is not None and not found_direct:
            match = _SOURCE_RE.search(text, source.mention.end, sentence.end)
            if match is not None:
                start = match.end()
                while start < sentence.end and text[start] in "、 ":
                    start += 1
                end = sentence.end - 1 if text[sentence.end - 1] == "。" else sentence.end
                turn = _own_report_after(text, sentence, outside, start, brackets, mention_ends)
                if turn is not None:  # …と伝えてきたが、同組合は…が前提だとしている: its own words
                    end = text.rfind("、", start, turn.start)
                    quotes.append(turn)
                quotes.append(_quote(text, start, end, "indirect", source, match.group(0), match.start()))
        else:
            windows = [(max(cue_end, sentence.start), sentence.end)]
            if found_direct:  # …責任はアルメニア側にあると説明し、…「…」と警告した: a report before the quote
                windows.insert(0, (sentence.start, brackets[0][0] + 1))  # …としたうえで「: the bracket cues
            for floor, limit in windows:
                found = _indirect(
                    text, sentence, outside, floor, limit, brackets, mention_ends, previous_subject
                )
                if found is not None:
                    quotes.append(found)
                    again = _second_report(text, sentence, outside, found, limit, brackets, mention_ends)
                    if again is not None:  # …報道を否定し、当局に協力する考えを示した: two reports
                        quotes.append(again)
        if subject is not None:
            previous_subject = subject
    return sorted(quotes, key=lambda quote: quote.start)


_TURN_RE = re.compile(r"(?:が|ものの|一方)、")


def _own_report_after(
    text: str,
    sentence: Span,
    outside: list[Argument],
    start: int,
    brackets: list[tuple[int, int]],
    mention_ends: frozenset[int],
) -> Quote | None:
    """In what a source reports, a later clause after が、 with a topic of its own that ends in a
    cue of its own (…伝えてきたが、同組合は…前提だとしている): that topic's own words."""
    turn = _TURN_RE.search(text, start, sentence.end)
    if turn is None:
        return None
    topic = next(
        (a for a in outside if a.particle == "は" and a.mention.start == turn.end()),
        None,
    )
    if topic is None:
        return None
    found = _indirect(text, sentence, outside, turn.end(), sentence.end, brackets, mention_ends, None)
    if found is None or found.start < turn.end():
        return None
    return replace(found, speaker=topic.entity.id, speaker_name=topic.entity.name)


def _second_report(
    text: str,
    sentence: Span,
    outside: list[Argument],
    first: Quote,
    limit: int,
    brackets: list[tuple[int, int]],
    mention_ends: frozenset[int],
) -> Quote | None:
    """A second indirect quote after the first one's cue and a comma (…との報道を否定し、…考えを示した),
    spoken by the same speaker."""
    if first.cue_start is None or first.speaker is None:
        return None
    comma = text.find("、", first.cue_start, limit)
    if comma < 0 or comma - first.cue_start > 8:
        return None
    found = _indirect(text, sentence, outside, comma + 1, limit, brackets, mention_ends, None)
    if found is None or found.start <= first.end:
        return None
    return replace(found, speaker=first.speaker)


# Xが4日発表した開票結果によると: the body that published what the content comes from
_PUBLISHED_RE = re.compile(
    r"[^、。「」]{0,12}?(?:発表|公表|公開|集計)(?:し)?た[一-龥ァ-ヶー]{1,8}(?:によると|によれば)"
)


def _publisher(text: str, sentence: Span, outside: list[Argument]) -> Argument | None:
    """The が-subject of a clause that published the source of によると (Xが発表した結果によると)."""
    return next(
        (
            a
            for a in outside
            if a.particle == "が"
            and a.entity.label in ("ORG", "GPE", "PERSON")
            and _PUBLISHED_RE.match(text, a.mention.end + 1, sentence.end)
        ),
        None,
    )


def _indirect(
    text: str,
    sentence: Span,
    outside: list[Argument],
    floor: int,
    limit: int,
    brackets: list[tuple[int, int]],
    mention_ends: frozenset[int],
    previous_subject: Argument | None,
) -> Quote | None:
    """The indirect quote whose cue lies between ``floor`` and ``limit`` (…と述べた, …考えを示した)."""
    for regex in (_INDIRECT_RE, _NOUN_CUE_RE):
        match = _search_outside(regex, text, floor, limit, brackets, mention_ends)
        if match is None:
            continue
        link = match.group("link") or match.group("link2")
        link_start = match.start("link") if match.group("link") else match.start("link2")
        content_end = link_start
        if match.re is _NOUN_CUE_RE:
            content_end = match.end("link")  # …を続ける|考えを伝えた: the verb is content
        elif link == "だと":
            content_end = link_start + 1
        cue_group = "cue" if match.group("cue") else "cue2"
        start = _content_start(text, sentence, outside, floor, content_end)
        also = next(  # Aは…を派遣し、Bも…派遣する方針を示した: B's intention, B speaks
            (
                a
                for a in outside
                if start <= a.mention.start
                and a.mention.end + 1 < content_end
                and not a.coordinated
                and (
                    (
                        a.particle == "も"
                        and _CHAIN_BEFORE_RE.search(text, max(0, a.mention.start - 2), a.mention.start)
                    )
                    or (  # Aは…する方針だが、Bは…考えを示した: after a contrast, B's own topic speaks
                        a.particle == "は"
                        and _CONTRAST_BEFORE_RE.search(text, max(0, a.mention.start - 3), a.mention.start)
                    )
                    or (  # Aは…を求め、B外相は記者団に、…と述べた: a person's own clause
                        a.particle == "は"
                        and a.entity.label == "PERSON"
                        and _CHAIN_BEFORE_RE.search(text, max(0, a.mention.start - 2), a.mention.start)
                        and 0 <= text.find("、", a.mention.end, content_end) - a.mention.end <= 9
                    )
                )
            ),
            None,
        )
        if also is not None:
            start = also.mention.end + 1
            comma = text.find("、", start, content_end)
            if also.particle == "は" and 0 <= comma - start <= 8:
                start = comma + 1  # B外相は記者団に、…: to whom B speaks is no content
        if content_end - start < 4:
            return None
        topics = [a for a in outside if a.mention.end <= floor and a.particle in ("は", "も")]
        last_topic = also or (topics[-1] if floor > sentence.start and topics else None)
        # …としているが、Yは「…」と述べ、…考えを示した: after a quote, its speaker goes on
        speaker = (
            last_topic
            or subject_of(
                text,
                [
                    a
                    for a in outside
                    if a.mention.end <= start and _described_topic(text, a, outside, content_end) is None
                ],
            )
            or (
                None  # 外交筋は、…との見方を示した: a source that is no entity speaks
                if plain_topic(text, sentence.start, start, outside)
                and not _DOCUMENT_TOPIC_RE.match(text, sentence.start)
                else previous_subject
            )
        )
        return _quote(
            text, start, content_end, "indirect", speaker, match.group(cue_group), match.start(cue_group)
        )
    return None


_CONTRAST_BEFORE_RE = re.compile(r"(?:だ|た|る|い)が、$")  # …方針だが、 …しているが、
_CHAIN_BEFORE_RE = re.compile(r"[しりいきびちみえけせれめてで]、$")  # a continuative clause ends
_HEAD_TOPIC_RE = re.compile(r"の[^、。「」のにをで]{1,10}?(?<!と)[はも]")  # not Xの…とも/とは: a partner


def _owning_topic(text: str, args: list[Argument], after: int, before: int) -> Argument | None:
    """The owner of a "Xの…は" topic written between ``after`` and ``before``."""
    found = None
    for arg in args:
        if arg.particle != "の" or not after <= arg.mention.start or arg.mention.end > before:
            continue
        head = owned_topic(text[:before], arg.mention.end, _HEAD_TOPIC_RE)
        if head is not None and arg.entity.label in ("ORG", "GPE"):
            found = arg
    return found


def _quote(
    text: str, start: int, end: int, kind: str, speaker: Argument | None, cue: str, cue_start: int
) -> Quote:
    return Quote(
        start=start,
        end=end,
        text=text[start:end],
        kind=kind,  # type: ignore[arg-type]
        speaker=speaker.entity.id if speaker else None,
        speaker_name=speaker.entity.name if speaker else None,
        cue=cue,
        cue_start=cue_start,
    )


def _top_level_quotes(text: str, sentence: Span) -> list[tuple[int, int]]:
    """(open, close) offsets of the outermost 「」/『』 pairs in the sentence."""
    spans: list[tuple[int, int]] = []
    depth = 0
    opened = -1
    for position in range(sentence.start, sentence.end):
        char = text[position]
        if char in "「『":
            if depth == 0:
                opened = position
            depth += 1
        elif char in "」』" and depth:
            depth -= 1
            if depth == 0:
                spans.append((opened, position))
    return spans


def _search_outside(
    regex: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    brackets: list[tuple[int, int]],
    mention_ends: frozenset[int] = frozenset(),
) -> re.Match[str] | None:
    """The first match outside 「」, whose quotative と is not a partner's と (緑の党と…入る方針を
    明らかにした: と follows a name, so the cue belongs to a later と or to the noun cue)."""
    position = start
    while (match := regex.search(text, position, end)) is not None:
        partner = match.group(0).startswith("と") and match.start() in mention_ends
        if (
            "link" in match.re.groupindex
            and match.group("link") == "との"
            and _starts_with_trigger(match.group("gap"))
        ):
            partner = True  # 労組との協議を続ける考えを示した: との before a plain noun is no quotative
        if not partner and not any(s <= match.start() <= e for s, e in brackets):
            return match
        position = match.start() + 1
    return None


_LATER_TIME_RE = re.compile(r"(?:来週|来月|来年|今後|近く|近日中|年内|月内|週明け)(?:にも|に|中に|中)?")
_PLAIN_OPENING_TOPIC_RE = re.compile(r"[一-龥ァ-ヶー]{1,12}(?:ら|側|団|陣)?は(?=[^ぁ-ん]|、)")


_RELATIVE_GAP_RE = re.compile(
    r"[^、。「」]{0,20}?[たる](?:[一-龥ァ-ヶー]{1,12}の)?[一-龥ァ-ヶー・]{0,12}"
)  # 野党・X


def _modifies_later_topic(text: str, head: re.Match[str], args: list[Argument]) -> bool:
    """Whether an "Xの…も" phrase is the subject of a relative clause on a later topic (米国のIT大手も
    加盟するブラジル・デジタル産業協会は)."""
    return head.group(0).endswith("も") and any(
        a.particle == "は"
        and a.mention.start > head.end()
        and _RELATIVE_GAP_RE.fullmatch(text, head.end(), a.mention.start) is not None
        for a in args
    )


def _described_topic(text: str, subject: Argument, args: list[Argument], content_end: int) -> Argument | None:
    """The topic a relative clause with its own が-subject describes (Xが任命したYは): it opens the
    sentence, so what is said follows it."""
    if subject.particle != "が":
        return None
    return next(
        (
            a
            for a in args
            if a.mention.start > subject.mention.end
            and a.mention.end < content_end
            and a.particle == "は"
            and a.entity.label in ("PERSON", "ORG")
            and _RELATIVE_GAP_RE.fullmatch(text, subject.mention.end + 1, a.mention.start)
        ),
        None,
    )


def _content_start(text: str, sentence: Span, args: list[Argument], floor: int, content_end: int) -> int:
    start = max(sentence.start, floor)
    credit = _CREDIT_RE.match(text, start)
    if credit is not None:
        start = credit.end()  # 【ヤンゴン共同】, ［パリ　２４日　ロイター］: the wire's credit is no content
    # after a direct quote and its cue (「…」と批判し、ポーランドが…と述べた) the speaker was named
    # before: a が-subject there opens what is said
    subjects = ("は", "も") if floor > sentence.start else ("は", "が", "も")
    for arg in args:
        if arg.mention.end > content_end:
            break
        if arg.particle == "の" and arg.mention.end >= start:
            head = owned_topic(text[:content_end], arg.mention.end, _HEAD_TOPIC_RE)
            if head is not None and _modifies_later_topic(text, head, args):
                continue  # 米国のIT大手も加盟するX協会は: the owner sits in a clause on the topic
            if head is not None and head.end() > start:
                start = (
                    head.end()
                )  # 欧州委員会の報道官は同日、AとBが…と述べた: what is said follows the topic
                break
        if arg.particle in subjects and arg.mention.end >= start and not arg.coordinated:
            # 国連人権理事会が任命したロペス特別報告者は28日、…: the topic speaks, not the clause's
            opener = _described_topic(text, arg, args, content_end) or arg
            alias = _ALIAS_AFTER_RE.match(text, opener.mention.end)  # 全米鉄鋼労働組合（USW）は
            led = LED_BY_RE.match(text, opener.mention.end)  # X大尉が率いる部隊が…: past the force
            start = led.end() if led else (alias.end() if alias else opener.mention.end) + 1
            break
    if start == max(sentence.start, floor):
        for arg in args:
            head = (
                owned_topic(text[:content_end], arg.mention.end, _HEAD_TOPIC_RE)
                if arg.particle == "の"
                else None
            )
            if head is not None and head.end() > start:
                start = head.end()  # 中国商務省の報道官は…: the content follows the topic
                break
    if start == max(sentence.start, floor) and (plain := _PLAIN_OPENING_TOPIC_RE.match(text, start)):
        start = plain.end()  # 野党側は不正があったと主張し: a topic that is no entity is no content
    # skip a leading adverbial phrase that ends in 、 (記者会見で、), and the speaker's own act
    # written before what is said (15日、講演し、…考えを強調した)
    comma = text.find("、", start, content_end)
    if 0 <= comma - start <= 12 and not _LATER_TIME_RE.fullmatch(text, start, comma):
        start = comma + 1  # not 来週、: a time still to come is part of what is intended
        comma = text.find("、", start, content_end)
        if 0 <= comma - start <= 8 and _OWN_ACT_END_RE.search(text, start, comma):
            start = comma + 1
    while start < content_end and text[start] in "、 ":
        start += 1
    return start
