"""Organisation mentions by rule: country + ministry or army, company and association
suffixes, described companies (電機大手ソルテック), names before an acronym."""

from __future__ import annotations

import re

from kijiyomi.reading.entity_finder import _FinderBase
from kijiyomi.reading.entity_words import (
    _ACRONYM_ORG_SUFFIXES,
    _ASSOCIATION_SUFFIXES,
    _COMPANY_SUFFIXES,
    _CURRENCIES,
    _DESCRIBED_COMPANY_RE,
    _GENERIC_ASSOCIATIONS,
    _GENERIC_COMPANY_HEADS,
    _GENERIC_TAILS,
    _INDUSTRY_SUFFIXES,
    _JUSTICE_SUFFIXES,
    _KANJI_PROPER_HEAD_SUFFIXES,
    _KIND_OF_LINE_HEADS,
    _NAMED_ONLY_SUFFIXES,
    _NOT_COMPANY_STARTS,
    _PROPER_HEAD_SUFFIXES,
    _REGION_PROVINCE_RE,
    _STATE_MEDIA,
    _STATE_ORG_SUFFIXES,
    COMPANY_KINDS,
)
from kijiyomi.reading.mentions import _katakana_name_start, half_width, is_kanji, is_katakana
from kijiyomi.reading.orgnames import BRACKET_KINDS

# Company endings a name before its acronym may have (台湾積体電路製造（TSMC）), and the words of
# a company's kind right before a katakana name (自動車大手X（VW）).
_ACRONYM_COMPANY_ENDINGS = (*_COMPANY_SUFFIXES, "製造", "産業", "開発")
_COMPANY_CUES = ("大手", "メーカー", "企業")
# A company's kind and a comma before its name (宇宙ベンチャー、X（ABC）).
_APPOSITIVE_CUES = ("ベンチャー、", "スタートアップ、", "メーカー、", "会社、", "企業、", "大手、")
_PARTY_CUES = ("与党・", "野党・", "与党", "野党")
_BRACKET_KIND_RE = re.compile(BRACKET_KINDS + "$")
_DOTTED_BODY_RE = re.compile(
    r"(?P<country>[ァ-ヴ][ァ-ヴー]{0,10})・(?:[ァ-ヴー一-龥]{1,10}?・){0,2}(?:[ァ-ヴー一-龥]{1,14}?)"
    r"(?:連盟|協会|連合会|連合|工業会|委員会|組合|選手会|評議会|協議会|管弦楽団|交響楽団|楽団|合唱団)(?![一-龥ァ-ヴ])"
)
# What a country abbreviation at a word start owns (米南部, 米デラウェア州, 米金融大手, 英保険会社,
# 仏IT企業, 独格付け大手; not 中小企業, 日系企業, 加盟企業, 台湾系メーカー): the country.
_OWNED_BY_ABBREVIATION_RE = re.compile(
    r"(?:中西部|南東部|北東部|南西部|北西部|南部|北部|東部|西部|中部)|[ァ-ヴー]{2,10}州"
    r"|(?!小|堅|規模|盟|湾)(?:(?:(?!系)[一-龥]){1,4}|[一-龥]{1,2}付け|[A-Z]{2,4}[一-龥]{0,3})"
    rf"(?:{COMPANY_KINDS}|ファンド)"
)
# A field in katakana before the kind of company (米ゲーム会社, 韓バイオ企業, 独ソフトウエア大手): a kind,
# so the abbreviation before it is the country, not a company's name.
_KATAKANA_KIND_RE = re.compile(rf"[ァ-ヴー]{{2,8}}(?:{COMPANY_KINDS})")
# A party whose name ends in 政党 after one kanji that is no kind of party (民政党; not 新政党, 小政党,
# 各政党, 主要政党, 地域政党).
_NAMED_X_SEITO_RE = re.compile(r"[^新小各全他諸大旧同両既一二三]政党")
# A body named after what forms it (…の家族でつくるX家族会, …が加盟するY組合): the name ends in a
# word for a body.
_FORMED_BY_RE = re.compile(
    r"(?:でつくる|で作る|で構成する|が加盟する)"
    r"(?P<name>[一-龥ァ-ヴー・A-Za-z]{2,16}(?:会|団|連盟|協会|組合|委員会|連合|総連|労連|同盟|ネットワーク|フォーラム))"
    r"(?=[はがのとも、にをで])"
)
_FEDERATION_TAILS = ("連合", "総連", "労連", "連盟", "同盟", "協会", "組合")
# What only a body has, right after its name and acronym: its council, assembly, secretariat or head.
_GOVERNED_BY_RE = re.compile(
    r"の(?:理事会|総会|事務局|加盟国|執行委員会|機構長|事務局長|事務総長|総裁|報道官)"
)
_PLUS_GROUPING_RE = re.compile(r"(?<![A-Za-z])([A-Z]{2,6})プラス(?:[0-9０-９]|(?![ァ-ヴー]))")
_CLUB_CODES = "FC|SK|FK|SC|AC|CF|BK|IF|SV|AFC|CD|KV|NK"
# A club code after a katakana name, or a club word after a dotted one (・スポル, ・ユナイテッド).
_CLUB_AFTER_RE = re.compile(
    rf"(?<=[ァ-ヴー])(?P<code>(?:{_CLUB_CODES})(?![A-Za-z])|・(?:スポル|スポルト|ユナイテッド|シティ|ローヴァーズ|ワンダラーズ))"
)
_KATAKANA_SHA_RE = re.compile(
    r"(?<![ァ-ヴー・])(?P<name>[ァ-ヴ][ァ-ヴー・]{2,20})社(?=[はがのとにをも、（(])"
)
_CLUB_SHORT_AFTER = ("は", "が", "も", "の", "と", "に", "を", "、")
_CLUB_BEFORE_RE = re.compile(rf"(?<![A-Za-z])(?:{_CLUB_CODES})[ァ-ヴ][ァ-ヴー・]{{1,15}}")

# A station after its place, with an optional quarter (四日市南署), never 警察署 / 消防署 / 税務署 alone.
_STATION_QUARTERS = frozenset({"東", "西", "南", "北", "中央"})
# Words before a body's name that are no part of it (航空大手|X航空, 二審|X高裁).
_GENERIC_ORG_HEADS = ("大手", "傘下", "会社", "系", "メーカー", "与党", "野党", "国営", "公営", "民間")
_INSTANCES_OF_TRIAL = ("一審", "二審", "控訴審", "上告審", "差し戻し審")
# A party's caucus in a local assembly (公明党市議団, 立憲民主党県議団): one body.
_CAUCUS_RE = re.compile(r"(?P<party>[一-龥ァ-ヴー]{1,8}党)(?:[都道府県市区町村]議団)(?![一-龥])")
# A lawyers' or plaintiffs' team named after its case (X訴訟原告団, X被害対策弁護団): one body.
_LEGAL_TEAM_RE = re.compile(
    r"(?<![一-龥ァ-ヴーA-Za-z0-9])[A-Za-z0-9ァ-ヴー一-龥]{2,14}?(?:訴訟|被害対策|被害者)(?:弁護団|原告団)(?![一-龥])"
)
MIN_LEGAL_TEAM_CHARS = 6  # from a word boundary: more than 訴訟原告団 alone
_STATION_RE = re.compile(
    r"(?<![一-龥ァ-ヴー])(?P<force>[一-龥]{1,4}[県府道]警|警視庁)?[一-龥ァ-ヴー]{1,8}?(?P<suffix>署)(?![一-龥])"
)  # a station after its prefecture's police (X県警Y署) is one body with it
_COURT_RE = re.compile(r"(?<![一-龥])[一-龥]{2,8}?(?P<suffix>裁判所)(?!(?!前)[一-龥])")
_STATIONED_RE = re.compile(
    r"(?<![一-龥])在(?P<host>[一-龥]{1,3}?|[ァ-ヴー]{2,8})(?P<country>[一-龥])軍(?![一-龥])"
)
_DESCRIBED_BODY_RE = re.compile(  # 人権団体のX, 国際NGOのX, 労組であるX: the kind of body, then its name
    r"(?:(?:[一-龥]{1,4}|[ァ-ヴー]{2,6})?(?:団体|NGO|非政府組織)の?|(?:労組|労働組合)である)"
    r"(?P<name>[ァ-ヴ][ァ-ヴー]{1,15}(?:・?[ァ-ヴ一-龥][ァ-ヴー一-龥]{1,15}){0,3})(?=[はがもをとのにや、（(])"
)
# A katakana name after what it runs or makes (…を運営するX, …を製造するX): a company.
_RUN_BY_RE = re.compile(
    r"(?:運営|経営|運航|製造|開発|販売)する(?P<name>[ァ-ヴ][ァ-ヴー]{1,15}(?:・[ァ-ヴ][ァ-ヴー]{1,15}){0,3})"
    r"(?=[はがもをとのに、（(])"
)
_COMMITTEE_RE = re.compile(r"(?<![一-龥])[一-龥]{2,8}?(?P<suffix>委員会)(?![一-龥])")
# A body's own committees by their task, named only with their body (同協会の倫理委員会).
_INTERNAL_COMMITTEES = frozenset(
    {"懲戒", "倫理", "仲裁", "規律", "監査", "指名", "報酬", "執行", "運営", "実行"}
    | {"第三者", "検証", "調査"}  # a body's own inquiry panel (第三者委員会を設けて調べる)
)
# Kinds of body written with an acronym (非政府組織（NGO）): no one body's name.
_KINDS_OF_BODY = frozenset(
    {"非政府組織", "非営利組織", "非営利団体", "市民社会組織", "政府間組織", "国際機関"}
)
_BLOC_AGENCY_RE = re.compile(
    r"(?<![一-龥ァ-ヴー])(?:欧州|国際|世界|アジア|アフリカ|米州|北欧|アラブ|東南アジア|太平洋)"
    r"[一-龥]{2,8}?(?:機関|機構|庁)(?![一-龥ァ-ヴー])"
)
# A head office of state named alone as the one who speaks (大統領府によると, 大統領府の報道官は),
# not as a building.
_OFFICE_SPEAKS_RE = re.compile(
    r"(?<![一-龥ァ-ヴー])(?:大統領府|首相府)(?=によると|によれば|は|が|も|の(?:報道官|報道担当|広報担当|声明|発表))"
)
_DATED_TOPIC_RE = re.compile(r"は[0-9０-９]{1,2}日、")
_STAFF_WORDS = frozenset(
    {"幹部", "社長", "会長", "役員", "社員", "従業員", "担当者", "関係者", "首脳", "経営陣", "労組"}
)
_KIND_NAME_RE = re.compile(r"[ァ-ヴ][ァ-ヴー・]{1,15}(?=[はがとをにのも、（(])")
# What follows a company acting, addressed or speaking (大成製鋼は, Xに対し, X出版の山田社長), or a
# name in brackets (鉄鋼大手「X製鋼」): a common-noun head before an industry suffix names a company there.
_ACTS_AFTER_RE = re.compile(r"[はがもと]|に対し|の[一-龥ァ-ヴー]{0,6}?(?:社長|会長|幹部|広報|担当者)")
_ORDINAL_BEFORE_RE = re.compile(r"第[0-9０-９]{1,3}(?=[回期次])")


_COOPERATIVE_FIELDS_RE = re.compile(r"(?:農業|漁業|生活|消費生活|森林|事業|水産業|信用)?協同組合$")
_NOT_COOPERATIVE_OWNERS = frozenset({"全国", "地域", "地元", "各地", "県内", "市内", "地方"})


def _named_cooperative(name: str) -> bool:
    """A cooperative with its place or name before its field (大樹漁業協同組合), not the kind of
    body alone (農業協同組合, 地元の漁業協同組合)."""
    match = _COOPERATIVE_FIELDS_RE.search(name)
    owner = name[: match.start()] if match else ""
    return len(owner) >= 2 and owner not in _NOT_COOPERATIVE_OWNERS


def _is_capital_letter(char: str) -> bool:
    return "A" <= char <= "Z"


# A country's (or 同国の) ministry, bureau or agency of 3-8 kanji, then a particle or によると.
_BODY_OF_STATE_RE = re.compile(
    r"(?P<owner>同国|[ァ-ヴー・]{2,12}|[一-龥]{2,4})の(?P<name>[一-龥]{2,7}(?:省|局|庁|部|院|署))"
    r"(?=(?:[（(][^（()）]{1,12}[）)])?(?:によると|は|が|も|と|に|の|で|を|、))"  # 韓国の大法院（最高裁）は
)
_NOT_BODY_TAILS = (
    "東部",
    "西部",
    "南部",
    "北部",
    "中部",
    "心部",
    "岸部",
    "市部",
    "間部",
    "幹部",
    "内部",
    "外部",
    "一部",
    "全部",
    "上部",
    "当局",
    "下部",
    "境部",
    "陸部",
    "地部",
    "大部",
    "首部",
    "病院",
    "寺院",
    "議院",
)


class _OrgRules(_FinderBase):
    def state_organisations(self) -> None:
        text = self.text
        for token, _key, end, entry in self.lexicon_tokens():
            if not entry.is_country:
                continue
            self._org_after(token.start, end, entry.country)
        for position, char in enumerate(text):
            if char in self.lex.short_forms and self.boundary(position):
                iso3 = self.lex.short_forms[char]
                if position + 1 < len(text) and (
                    is_kanji(text[position + 1])
                    or "A" <= text[position + 1] <= "Z"
                    or _KATAKANA_KIND_RE.match(text, position + 1)
                ):
                    self._org_after(position, position + 1, iso3, short=True)
                elif position + 1 < len(text) and is_katakana(text[position + 1]):
                    self._foreign_company(position, iso3)

    def described_companies(self) -> None:
        """A name after a word that describes a company (電機大手ソルテック, 電池メーカー東光化学,
        電機大手の日立製作所): katakana, or kanji written directly after the word."""
        for match in _DESCRIBED_COMPANY_RE.finditer(self.text):
            start, end = match.span("name")
            name = match.group("name")
            if name in self.lex.names or name.startswith(_NOT_COMPANY_STARTS) or not self.boundary(start):
                continue
            dated_topic = _DATED_TOPIC_RE.match(self.text, end) is not None and name not in _STAFF_WORDS
            head = match.group("head")
            if head is not None and (
                (head in self.lex.names and self.lex.names[head].label != "LOC")  # 北陸グリッド: a region's
                or head in self.lex.short_forms
                or head[0] in self.lex.short_forms
                or name.endswith(_GENERIC_TAILS)
            ):
                continue  # 大手の中国ファーウェイ: a country is no part of a name; 大手食品メーカー: a kind
            if (
                head is None
                and is_kanji(name[0])
                and (match.group("of") == "の" or len(name) < 3 or name.endswith(_GENERIC_TAILS))
                and not (match.group("of") and dated_topic)  # 化粧品メーカーの花王は27日、: a name
            ):
                continue  # 大手の各社, 大手証券会社: kanji right after the word or 、, 3+ characters, no kind
            if self.title_at(end) is not None:
                continue  # a person: 大手のスミス社長 is handled by titled_persons
            if self._known_kind(start, end) and self.text.startswith("の", end):
                after = _KIND_NAME_RE.match(self.text, end + 1)  # 大手コンビニのX: the kind, then X
                if after is not None and after.group(0) not in self.lex.names:
                    self.add(after.start(), after.end(), "ORG", after.group(0), company=True)
                continue
            self.add(start, end, "ORG", name, company=True)

    def katakana_companies(self) -> None:
        """A katakana name written with 社 (スチールワークス社と, ラインケム社は): a company, named
        with its 社 as the annotations write it (ヴァルター社)."""
        for match in _KATAKANA_SHA_RE.finditer(self.text):
            start, end = match.span("name")
            name = match.group("name")
            entry = self.lex.names.get(name)
            if (entry is not None and entry.label != "ORG") or self._known_kind(start, end):
                continue  # a place or a common katakana word (ガス社, メディア社) is no company name
            self.add(start, end + 1, "ORG", name + "社", company=True)  # the fixtures keep 社

    def _foreign_company(self, start: int, iso3: str) -> None:
        """A country abbreviation before a katakana name is a company of that country: 米アップル."""
        text = self.text
        end = start + 1
        while end < len(text) and is_katakana(text[end]):
            end += 1
        name = text[start + 1 : end]
        if not is_kanji(text[start]) or text[start:end] in self.lex.names:
            return  # ロ of ロシア is no prefix
        if name in _CURRENCIES:
            return  # 豪ドル, 英ポンド: a currency
        if len(name) < 2 or name in self.lex.names or not self.boundary(end):
            return
        if end < len(text) and text[end] in self.lex.short_forms and text[end] not in "のはがもとにをで":
            return
        if end < len(text) and self.title_at(end) is not None:
            return  # a person: 米ブリンケン国務長官 is handled by titled_persons
        token = self.starts.get(start + 1)
        if token is not None and token.is_place_name and token.end == end:
            self.add(start + 1, end, "GPE", name, country=iso3)  # 米ラスベガス: a city
            return
        self.add(start, end, "ORG", name, country=iso3, company=True)

    def _org_after(self, start: int, end: int, iso3: str | None, *, short: bool = False) -> None:
        text = self.text
        run_end = end
        while run_end < len(text) and is_kanji(text[run_end]) and run_end - end < 10:
            run_end += 1
        media = next((m for m in _STATE_MEDIA if text.startswith(m, end)), None)
        if media is not None and not short and self.boundary(end + len(media)):
            self.add(start, end + len(media), "ORG", text[start : end + len(media)], country=iso3)
            return
        for stop in range(run_end, end, -1):
            segment = text[end:stop]
            if any(segment.endswith(suffix) for suffix in _STATE_ORG_SUFFIXES) and self.boundary(stop):
                if short and segment in ("代表", "議会"):
                    return
                if "両" in segment:
                    return  # 米韓両軍, 日米両政府: the two countries named, each a mention of its own
                if short and segment == "軍" and start > 0 and is_kanji(text[start - 1]):
                    return  # 日米軍事, 在日米軍: no army of one country named on its own; 米軍は is
                if segment.endswith("議会") and text.startswith("選挙", stop):
                    return  # ポルトガル議会選挙: the country votes; the parliament does not act
                self.add(start, stop, "ORG", text[start:stop], country=iso3)
                return
        if short and (
            text.startswith(("政府", "政権", "側", "当局", "高官", "企業", "経済"), end)
            or self.title_at(end) is not None
            or (
                (_OWNED_BY_ABBREVIATION_RE.match(text, end) or _KATAKANA_KIND_RE.match(text, end))
                and (start == 0 or not is_kanji(text[start - 1]))
            )
        ):
            self.add(
                start, end, "GPE", self.lex.country_canonical.get(iso3 or "", text[start:end]), country=iso3
            )

    def suffix_organisations(self) -> None:
        text = self.text
        for suffixes, company in ((_COMPANY_SUFFIXES, True), (_JUSTICE_SUFFIXES, False)):
            for suffix in suffixes:
                position = text.find(suffix)
                while position >= 0:
                    end = position + len(suffix)
                    self._named_org(position, end, company)
                    position = text.find(suffix, end)
        # 株式会社 before the name (株式会社東和)
        position = text.find("株式会社")
        while position >= 0:
            end = position + 4
            stop = end
            while stop < len(text) and (is_kanji(text[stop]) or is_katakana(text[stop])):
                stop += 1
            if stop - end >= 2:
                self.add(position, stop, "ORG", text[position:stop], country="JPN", company=True)
            position = text.find("株式会社", end)
        # Ministries and agencies: a kanji word ending in 省 or 庁 (気象庁, 東京都庁).
        for suffix in ("省", "庁"):
            position = text.find(suffix)
            while position >= 0:
                end = position + 1
                start = position
                while start > 0 and is_kanji(text[start - 1]) and position - start < 6:
                    start -= 1
                if suffix == "庁" and start == position and position > 0 and is_katakana(text[position - 1]):
                    head = _katakana_name_start(text, position)
                    if position - head >= 3 and text[head:position] not in self.lex.names:
                        start = head  # スポーツ庁: an agency named after its field in katakana
                province = suffix == "省" and _REGION_PROVINCE_RE.search(text, max(0, start - 5), end)
                if province and province.end() == end:
                    position = text.find(suffix, end)
                    continue  # 南部の広東省: a province, not a ministry
                if text.endswith("省庁", 0, end):
                    position = text.find(suffix, end)
                    continue  # 関係省庁, 中央省庁: ministries and agencies in general, no one body
                if end - start >= 3 and self.boundary(start) and self.boundary(end):
                    known = self.lex.names.get(text[start:end])
                    if known is None:
                        self.add(start, end, "ORG", text[start:end], country="JPN")
                position = text.find(suffix, end)
        # A bloc's or the world's agency (欧州航空安全機関, 国際海事機関): region, task, 機関/機構/庁.
        for match in _BLOC_AGENCY_RE.finditer(text):
            if match.group(0) not in self.lex.names and match.group(0) not in _KINDS_OF_BODY:
                self.add(match.start(), match.end(), "ORG", match.group(0))
        # Parties: a kanji word ending in 党 (共和党), not 与党/野党/政党.
        position = text.find("党")
        while position >= 0:
            start = position
            while start > 0 and is_kanji(text[start - 1]) and position - start < 6:
                start -= 1
            side = max(text.rfind(word, start, position) + len(word) for word in ("与党", "野党"))
            if side > start and self.boundary(side - 2):  # 与党自由党, 最大野党労働党: the party's name
                start = side
            name = text[start : position + 1]
            if (
                position - start >= 2
                and self.boundary(start)
                and name not in self.lex.names
                and not name.endswith(("与党", "野党"))  # 連立与党: a kind of party
                and (not name.endswith("政党") or _NAMED_X_SEITO_RE.fullmatch(name))  # 主要政党: a kind
            ):
                self.add(start, position + 1, "ORG", name)
            position = text.find("党", position + 1)
        # Associations and unions: a word of 4+ characters ending in 協会/連盟/組合 (大韓医師協会).
        for suffix in _ASSOCIATION_SUFFIXES:
            position = text.find(suffix)
            while position >= 0:
                end = position + len(suffix)
                start = position
                while (
                    start > 0
                    and (is_kanji(text[start - 1]) or is_katakana(text[start - 1]))
                    and text[start - 1] != "・"
                    and position - start < 10
                ):
                    start -= 1  # 大韓医師協会, メキシコサッカー連盟
                while start < position and not self.boundary(start):
                    start += 1
                name = text[start:end]
                generic = name.endswith(_GENERIC_ASSOCIATIONS) and not _named_cooperative(name)
                if (
                    position - start >= 2
                    and not generic
                    and self.boundary(end)
                    and name not in self.lex.names
                ):
                    self.add(start, end, "ORG", name)
                position = text.find(suffix, end)

    def caucuses(self) -> None:
        """A listed party's caucus in a local assembly (公明党市議団): one ORG."""
        for match in _CAUCUS_RE.finditer(self.text):
            party = self.lex.names.get(match.group("party"))
            if party is not None and party.label == "ORG":
                self.add(match.start(), match.end(), "ORG", match.group(0))

    def legal_teams(self) -> None:
        """A legal team named after its case (X訴訟原告団, X被害対策弁護団): one ORG; not a bare 弁護団
        or 原告弁護団."""
        for match in _LEGAL_TEAM_RE.finditer(self.text):
            start = match.start()
            while start < match.end() and not self.boundary(start):
                start += 1
            if match.end() - start >= MIN_LEGAL_TEAM_CHARS:
                self.add(start, match.end(), "ORG", self.text[start : match.end()])

    def stations_and_courts(self) -> None:
        """A police or fire station named by its place (新宿署, 四日市南署, 大阪中央署) and a court
        named by its field (憲法裁判所, 労働裁判所, 行政裁判所): one ORG each."""
        text = self.text
        for match in _STATION_RE.finditer(text):
            start = match.end("force") if match.group("force") else match.start()
            place = self.starts.get(start)
            if place is None or not self.boundary(match.end()):
                continue
            rest = text[place.end : match.start("suffix")]
            if (place.is_place_name or text[start : place.end] in self.lex.names) and (
                rest == "" or rest in _STATION_QUARTERS
            ):
                self.add(match.start(), match.end(), "ORG", match.group(0))
        for match in _COURT_RE.finditer(text):
            start = self._head_start(match)
            head = text[start : match.start("suffix")]
            if (
                len(head) >= 2
                and self.boundary(start)
                and head not in _GENERIC_COMPANY_HEADS
                and text[start : match.end()] not in self.lex.names
            ):
                self.add(start, match.end(), "ORG", text[start : match.end()])

    def _head_start(self, match: re.Match[str]) -> int:
        """The first word boundary in ``match`` that leaves at least two characters before its
        ``suffix`` group (the field of a court or committee), else that last place."""
        start = match.start()
        while start < match.start("suffix") - 2 and not self.boundary(start):
            start += 1
        return start

    def bodies_of_a_state(self) -> None:
        """A ministry, bureau or agency named after a country or 同国 and の (同国の地質災害局によると,
        台湾の衛生福利部も): the body, an ORG of that country."""
        for match in _BODY_OF_STATE_RE.finditer(self.text):
            owner = match.group("owner")
            entry = self.lex.names.get(owner)
            if owner != "同国" and (entry is None or not entry.is_country):
                continue
            start, end = match.span("name")
            if not self.boundary(start) or not self.boundary(end):
                continue
            if match.group("name").endswith(_NOT_BODY_TAILS):
                continue  # 同国の北東部, 同国の中心部: a part of the land
            if match.group("name").endswith("署") and end - start <= 3:
                continue  # タイの警察署, 同国の税務署: a kind of station, not one body
            iso3 = entry.country if entry is not None else None
            self.add(start, end, "ORG", match.group("name"), country=iso3)

    def offices_of_state(self) -> None:
        """大統領府 / 首相府 alone, as a speaker or subject (大統領府によると): the office, an ORG."""
        for match in _OFFICE_SPEAKS_RE.finditer(self.text):
            self.add(match.start(), match.end(), "ORG", match.group(0))

    def stationed_forces(self) -> None:
        """A country's forces stationed in another (在日米軍, 在韓米軍, 在独米軍): one ORG of the
        stationing country."""
        for match in _STATIONED_RE.finditer(self.text):
            iso3 = self.lex.short_forms.get(match.group("country"))
            host = self.lex.short_forms.get(match.group("host")) if len(match.group("host")) == 1 else None
            if iso3 is not None and (host is not None or match.group("host") in self.lex.names):
                self.add(match.start(), match.end(), "ORG", match.group(0), country=iso3)

    def described_bodies(self) -> None:
        """A katakana name right after the kind of body it is (人権団体アムネスティ・インターナショナル,
        環境団体グリーンピース): one ORG."""
        for match in _DESCRIBED_BODY_RE.finditer(self.text):
            name = match.group("name")
            start, end = match.span("name")
            if self._known_kind(start, end):
                continue  # 市民団体メンバー, 支援団体スタッフ: people of the body, no name
            if name not in self.lex.names or self.lex.names[name].label == "ORG":
                self.add(start, end, "ORG", name)
        for match in _FORMED_BY_RE.finditer(self.text):  # 受刑者の家族でつくるX家族会: a body
            name = match.group("name")
            if (
                (len(name) >= 5 or not all(is_kanji(c) for c in name) or name.endswith(_FEDERATION_TAILS))
                # not 作業部会; 電機連合, 自動車総連: a federation
                and name not in self.lex.names
                and name not in _KINDS_OF_BODY
                and not name.startswith("同")
            ):
                self.add(match.start("name"), match.end("name"), "ORG", name)
        for match in _RUN_BY_RE.finditer(self.text):  # 埠頭を運営するサザンクロス・ターミナルズ: a company
            name = match.group("name")
            if name not in self.lex.names:
                self.add(match.start("name"), match.end("name"), "ORG", name, company=True)

    def committees(self) -> None:
        """A committee named by its field (債権者委員会, 共同漁業委員会): one ORG, not a body's own
        internal committee (連盟の懲戒委員会, 中銀の金融政策委員会) nor an election board."""
        text = self.text
        for match in _COMMITTEE_RE.finditer(text):
            start = self._head_start(match)
            head = text[start : match.start("suffix")]
            ministry = text.endswith(  # 国土交通省の運輸安全委員会, 米下院の外交委員会
                ("省の", "庁の", "府の", "下院の", "上院の", "議院の", "議会の", "国会の"), 0, start
            )
            if (
                self.boundary(start)
                and (text[start - 1 : start] not in ("の", "同") or ministry)
                and head not in _INTERNAL_COMMITTEES
                and not head.endswith("政策")
                and text[start : match.end()] not in self.lex.names
            ):
                self.add(start, match.end(), "ORG", text[start : match.end()])

    def club_organisations(self) -> None:
        """Sports clubs by shape: a katakana name and a club code (ガラタFK, ローザSK), a club code
        and a name (FCポルト), a katakana name and a club word (ミラノ・スポル)."""
        for match in _CLUB_AFTER_RE.finditer(self.text):
            start = _katakana_name_start(self.text, match.start("code"))
            if match.start("code") - start >= 2:
                self.add(start, match.end(), "ORG", self.text[start : match.end()])
                self._club_short_forms(self.text[start : match.start("code")], self.text[start : match.end()])
        for match in _CLUB_BEFORE_RE.finditer(self.text):
            self.add(match.start(), match.end(), "ORG", match.group(0))

    def _club_short_forms(self, short: str, name: str) -> None:
        """A club named again without its code (ポルト・ノバFC … ポルト・ノバは): the same club."""
        if len(short) < 3 or short in self.lex.names:
            return
        for found in re.finditer(re.escape(short), self.text):
            start, end = found.span()
            before = self.text[start - 1 : start]
            if (before and is_katakana(before)) or not self.text.startswith(_CLUB_SHORT_AFTER, end):
                continue
            self.add(start, end, "ORG", name)

    def _governed(self, position: int) -> bool:
        """A name whose council, secretariat or head follows (…実験炉（ITER）の理事会は): a body."""
        return _GOVERNED_BY_RE.match(self.text, position) is not None

    def acronym_organisations(self) -> None:
        """An organisation name followed by its acronym in brackets: 国際協力機構（JICA）."""
        text = self.text
        for open_, close in (("（", "）"), ("(", ")")):
            position = text.find(open_)
            while position >= 0:
                stop = text.find(close, position + 1)
                acronym = text[position + 1 : stop] if stop > 0 else ""
                plain = half_width(acronym)  # ＷＨＯ, as some wires write it, is WHO
                if 2 <= len(acronym) <= 8 and plain.isascii() and plain.isupper():
                    if self._bracketed_acronym(position, acronym):
                        position = text.find(open_, position + 1)
                        continue
                    named = next(
                        (m for m in self.out if m.end == position and m.label == "ORG" and m.kind == "name"),
                        None,
                    )
                    if named is not None and self._name_run_start(position) >= named.start:
                        self.acronyms.setdefault(acronym, named.name)  # 国境なき医師団（MSF）, 会社X（ABC）
                        position = text.find(open_, position + 1)
                        continue
                    start = self._name_run_start(position)
                    while start < position and not self.boundary(start):
                        start += 1
                    party = max(
                        (
                            found + len(cue)
                            for cue in _PARTY_CUES
                            if (found := text.rfind(cue, start, position)) >= 0
                        ),
                        default=-1,
                    )
                    if start < party < position:
                        start = party  # 野党・キリスト教民主同盟（CDU）: the party without its kind
                    name = text[start:position]
                    cut = max(
                        (
                            found + len(cue)
                            for cue in _COMPANY_CUES
                            if (found := text.rfind(cue, start, position)) >= 0
                        ),
                        default=-1,
                    )  # not rfind's -1 plus a cue's length
                    if start < cut < position and all(is_katakana(c) for c in text[cut:position]):
                        start, name = cut, text[cut:position]  # 自動車大手|フォルクスワーゲン（VW）
                    ending = next((e for e in _ACRONYM_COMPANY_ENDINGS if name.endswith(e)), "")
                    company = (ending != "" and self._proper_start(start, position - len(ending))) or (
                        len(name) >= 4
                        and all(is_katakana(c) for c in name)
                        and text.endswith(_COMPANY_CUES + _APPOSITIVE_CUES, 0, start)  # 自動車大手X（VW）
                    )
                    if (
                        len(name) >= 3
                        and (name.endswith(_ACRONYM_ORG_SUFFIXES) or company or self._governed(stop + 1))
                        and name not in self.lex.names
                        and name not in _KINDS_OF_BODY
                    ):
                        self.add(start, position, "ORG", name, company=company)
                        self.acronyms[acronym] = name
                    elif (entry := self.lex.names.get(name)) is not None and entry.label == "ORG":
                        self.acronyms.setdefault(acronym, name)  # 社会民主党（SDP）: a listed party
                position = text.find(open_, position + 1)
        self._plus_groupings()
        for acronym, name in self.acronyms.items():
            position = text.find(acronym)
            while position >= 0:
                end = position + len(acronym)
                before = half_width(text[position - 1 : position])
                after = half_width(text[end : end + 1])
                if not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum()):
                    self.add(position, end, "ORG", name)
                position = text.find(acronym, end)

    def _proper_start(self, start: int, end: int) -> bool:
        """Whether a company name's first word is a proper noun or a listed name (台湾|積体電路製造),
        not a kind of product (液化天然ガス（LNG）, 電気自動車（EV）, ロシア産…)."""
        made_in = self.text.find("産", start, end)
        if made_in > start and (
            self.text[start:made_in] in self.lex.country_names
            or self.text[start:made_in] in self.lex.short_forms
        ):
            return False  # ロシア産液化天然ガス（LNG）: a country's product
        token = self.starts.get(start)
        if token is not None and token.end <= end and token.is_proper:
            return True
        return any(self.text[start : start + n] in self.lex.names for n in range(2, min(6, end - start) + 1))

    def _bracketed_acronym(self, position: int, acronym: str) -> bool:
        """The acronym after a name in 「」 of a kind of body (組織「即応支援部隊」（RSF）), or inside
        its brackets (機関「X（ABC）」, 運動「N月N日運動（ABC）」): whether it was taken."""
        inside = self.text.startswith("」", position + len(acronym) + 2)
        if self.text[position - 1 : position] != "」" and not inside:
            return False
        close = position if inside else position - 1
        opening = self.text.rfind("「", max(0, close - 30), close)
        name = self.text[opening + 1 : close] if opening >= 0 else ""
        if (
            len(name) >= 2
            and not any(c in name for c in "「」、。")
            and _BRACKET_KIND_RE.search(self.text, 0, opening)
        ):
            self.acronyms.setdefault(acronym, name)
            return True
        return False

    def dotted_national_bodies(self) -> None:
        """A country, a dot and an association (スペイン・サッカー連盟, ブラジル・ボクシング協会,
        ドイツ・オリンピック・スポーツ連盟): one ORG."""
        for match in _DOTTED_BODY_RE.finditer(self.text):
            start = match.start()
            while start > 0 and is_katakana(self.text[start - 1]) and self.text[start - 1] != "・":
                start -= 1
            country = self.text[start : match.end("country")]
            entry = self.lex.names.get(country)
            if entry is not None and entry.is_country and self.boundary(start):
                name = self.text[start : match.end()]
                self.add(start, match.end(), "ORG", name, country=entry.country)

    def _plus_groupings(self) -> None:
        """A body's acronym and プラス names a wider grouping of its own (OPECプラス, ASEANプラス3)."""
        for match in _PLUS_GROUPING_RE.finditer(self.text):
            entry = self.lex.names.get(match.group(1))
            if entry is not None and entry.label in ("ORG", "GROUP"):
                self.add(match.start(), match.end(), "ORG", match.group(0))

    def _known_kind(self, start: int, end: int) -> bool:
        """A katakana word Sudachi knows as one common noun (コンビニ, スーパー), not an unknown name."""
        token = self.starts.get(start)
        return token is not None and token.end == end and token.pos[1] == "普通名詞" and not token.oov

    def _name_run_start(self, end: int) -> int:
        """Where the run of kanji and katakana before ``end`` starts, through an ordinal and
        okurigana (気候変動枠組み条約第30回締約国会議)."""
        text = self.text
        start = end
        while start > 0:
            if is_kanji(text[start - 1]) or is_katakana(text[start - 1]):
                start -= 1
                continue
            if (
                start > 1
                and text[start - 1] in "みり"
                and is_kanji(text[start - 2])
                and is_kanji(text[start])
            ):
                start -= 1  # 枠組み条約, 取り組み: a kanji noun with its okurigana
                continue
            ordinal = _ORDINAL_BEFORE_RE.search(text, max(0, start - 6), start + 1)
            if ordinal is None or ordinal.end() != start:
                break
            start = ordinal.start()
        return start

    def _named_org(self, suffix_start: int, end: int, company: bool) -> None:
        text = self.text
        if not self.boundary(end) and not (end < len(text) and text[end] in "のはがもとにをで、。"):
            return
        if company and not self.boundary(suffix_start):
            # the suffix is inside a token: only a proper-noun token naming the whole company
            # (九州電力) qualifies, not a place that happens to end like one (ラスベガス)
            inner = next((t for t in self.tokens if t.start < suffix_start < t.end), None)
            if inner is None or inner.pos[1] != "固有名詞" or inner.is_place_name or inner.end != end:
                return
        start = suffix_start
        while start > 0 and (
            is_kanji(text[start - 1]) or is_katakana(text[start - 1]) or _is_capital_letter(text[start - 1])
        ):  # 三菱UFJ銀行
            if text[start - 1] in "同両各":
                break
            start -= 1
        while start < suffix_start and not self.boundary(start):
            start += 1
        start = self._after_region(start, suffix_start)  # 南米ガイアナ外務省: 南米 is a region of its own
        head = text[start:suffix_start]
        for generic in (*_GENERIC_ORG_HEADS, *_INSTANCES_OF_TRIAL):
            cut = head.rfind(generic)
            if cut >= 0 and cut + len(generic) < len(head):
                start += cut + len(
                    generic
                )  # 航空大手ルフトハンザ航空 → ルフトハンザ航空 (部品メーカー…, 航空会社…)
                head = text[start:suffix_start]
        town = self.lex.names.get(head[:-2])
        generic_tail = (
            head[-2:] in _GENERIC_COMPANY_HEADS
            and (company or head[-2:] != "中央")
            # 札幌中央銀行: a town's own bank, not a country's central bank
            and not (head[-2:] == "中央" and town is not None and town.label == "GPE" and not town.is_country)
            # 荘内中央銀行: a regional bank of an unlisted district, not a country's or region's central bank
            and not (
                head[-2:] == "中央" and len(head) >= 4 and town is None and all(is_kanji(c) for c in head)
            )
        )
        if head.endswith("産") and (len(head) >= 3 or head == "国産"):
            return  # ロシア産石油, 米国産牛肉: a country's product, not a company (日産自動車 is one)
        if len(head) < 2 or head in _GENERIC_COMPANY_HEADS or head in _KIND_OF_LINE_HEADS or generic_tail:
            return  # 大手地裁 is no name, ソウル中央地裁 is
        if head in self.lex.country_names and not company:
            return
        token = self.starts.get(start)
        if company and token is not None and token.end == end and token.pos[1] == "普通名詞":
            return
        if (
            company
            and text.endswith(_PROPER_HEAD_SUFFIXES, 0, end)
            and not self._proper_inside(start, suffix_start)
            and not (len(head) >= 3 and all(is_katakana(c) for c in head) and head not in self.lex.names)
        ):
            return  # 国営ヌサンタラ石油: a katakana name that is no place names the company
        if (
            text.endswith(_NAMED_ONLY_SUFFIXES, 0, end)
            and (not all(is_katakana(c) for c in head) or head in self.lex.names or len(head) < 3)
            and not self._kanji_brand(start, suffix_start)
        ):
            return  # ロシア水産, 遠洋漁業: an industry, not a company; 南星水産 is one
        if text.endswith(_INDUSTRY_SUFFIXES, 0, end) and (
            head in self.lex.country_names
            or (
                self._common_only(start, suffix_start)
                and not _ACTS_AFTER_RE.match(text, end)
                and not (text[start - 1 : start] == "「" and text[end : end + 1] == "」")
            )
        ):
            return  # 韓国鉄鋼, 電子出版の市場: an industry; 大成製鋼は, 光栄モーターの社長: a company
        if (
            company
            and text.endswith(_KANJI_PROPER_HEAD_SUFFIXES, 0, end)
            and all(is_kanji(c) for c in head)
            and not self._proper_inside(start, suffix_start)
        ):
            return  # 犯行グループ, 武装グループ: a kind of group, not a company group (住友グループ)
        country = "JPN" if not company or all(is_kanji(c) or is_katakana(c) for c in head) else None
        self.add(start, end, "ORG", text[start:end], country=country, company=company)

    def _after_region(self, start: int, end: int) -> int:
        """Past a region word written before a country (南米|ガイアナ外務省, 中東|カタール航空)."""
        for length in range(2, min(7, end - start)):
            entry = self.lex.names.get(self.text[start : start + length])
            if entry is None or entry.label != "LOC":
                continue
            rest = start + length
            if any(
                (country := self.lex.names.get(self.text[rest : rest + n])) is not None and country.is_country
                for n in range(2, min(9, end - rest) + 1)
            ):
                return rest
        return start

    def _common_only(self, start: int, end: int) -> bool:
        """start..end is written with common-noun tokens only (電子, 遠洋)."""
        inside = [t for t in self.tokens if start <= t.start < end]
        return bool(inside) and all(t.pos[1] == "普通名詞" for t in inside)

    def _kanji_brand(self, start: int, end: int) -> bool:
        """A kanji head of 2-3 characters that is no country, place or common noun (南星)."""
        head = self.text[start:end]
        return (
            2 <= len(head) <= 3
            and all(is_kanji(c) for c in head)
            and head not in self.lex.names
            and not self._common_only(start, end)
        )

    def _proper_inside(self, start: int, end: int) -> bool:
        """A proper-noun token (a name, a place) lies within start..end."""
        return any(t.is_proper for t in self.tokens if start <= t.start < end)
