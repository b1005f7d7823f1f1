"""Word lists and patterns of the entity mention finder: titles, organisation and place
suffixes, anaphor heads, news agencies, company cues."""

from __future__ import annotations

import re

from kijiyomi.reading.mentions import is_kanji, is_katakana

# The kinds of company a word before a name or after a country's letter says it is (自動車大手,
# 製薬会社, IT企業, 部品メーカー).
COMPANY_KINDS = "大手|会社|企業|メーカー"

_GENERIC_TITLE_RE = re.compile(
    r"(?:[一-龥]{1,8}?(?:担当相|担当委員|相|長官|大臣|報道官|補佐官|次官|大使|総裁|議長|委員長|団長|弁務官|特使|司令官|総務|議員)"
    r"|団長|委員|特使|司令官|顧問|記者|代表)"
    r"(?![一-龥])"
)
# Generic offices of a cabinet member (農相, 経済再生相, 官房長官): never the title of a town, so
# a place-like token before one is a surname (小松農相).
_MINISTER_ENDINGS = ("相", "大臣", "長官")


# Katakana words that begin an office's name (エネルギー相, デジタル担当相, インフラ整備相).
_KATAKANA_OFFICE_WORDS = frozenset(
    {"エネルギー", "デジタル", "インフラ", "スポーツ", "メディア", "イノベーション", "エコロジー", "IT"}
)


_KATAKANA_TITLE_RE = re.compile(r"[ァ-ヶー]{2,8}[一-龥]{0,6}?(?:担当相|相|長官|大臣)(?![一-龥])")


_TITLE_MODIFIERS = ("次期", "元", "前", "新", "現", "副", "暫定", "筆頭")


_ORG_PREFIXES = ("国連",)


# Organisation words that follow a country name directly (ロシア外務省, 中国軍, 台湾国防部).
_STATE_ORG_SUFFIXES = (
    "沿岸警備隊",
    "国境警備隊",
    "合同参謀本部",
    "参謀本部",
    "海警局",
    "大統領府",
    "首相府",
    "中央銀行",
    "総領事館",
    "領事館",
    "大使館",
    "外務省",
    "国防省",
    "国務省",
    "商務省",
    "財務省",
    "内務省",
    "国防部",
    "外交部",
    # ministries and branches of states that name them 部/院 (台湾経済部, 韓国統一部, 台湾行政院)
    "産業通商資源部",
    "企画財政部",
    "国土交通部",
    "衛生福利部",
    "経済部",
    "内政部",
    "法務部",
    "交通部",
    "財政部",
    "教育部",
    "統一部",
    "行政院",
    "立法院",
    "総統府",
    "国防総省",
    "議会",
    "上院",  # イタリア上院, チェコ上院: a chamber of a country's parliament
    "下院",
    "代表",
    "政府軍",
    "軍",
    "防衛隊",  # イラン革命防衛隊
    "海兵隊",  # 米海兵隊
    "警備隊",  # メキシコ国家警備隊
    "赤十字社",
    "宇宙機関",
    "研究機関",
    "国営石油会社",
    "石油公社",
    "親衛隊",
    "国鉄",  # a country's state railway
    "赤十字",  # a country's Red Cross society
    "赤新月社",
    # a country's performing ensembles (キューバ国立交響楽団, ウィーン少年合唱団 is a city's)
    "交響楽団",
    "管弦楽団",
    "楽団",
    "合唱団",
    "バレエ団",
    "舞踊団",
)


# A country's state broadcaster or news agency (イラン国営テレビ); 国営テレビ alone names none.
_STATE_MEDIA = ("国営テレビ", "国営放送", "国営通信", "国営メディア", "国営ラジオ")


# Lines of industry a company is named after (X製鋼, X鉄鋼, Xスチール, X出版, Xモーター); after a
# country or a common noun (韓国鉄鋼, 非鉄金属, 電子出版) they name an industry, not a company.
_INDUSTRY_SUFFIXES = ("製鋼", "鉄鋼", "スチール", "金属", "出版", "モーター", "通商", "複合材")
_COMPANY_SUFFIXES = (
    "ホールディングス",
    "グループ",
    "株式会社",
    "自動車",
    "電機",
    "電気",
    "電工",
    "電力",
    "銀行",
    "証券",
    "製作所",
    "重工業",
    "重工",
    "工業",
    "商事",
    "物産",
    "製薬",
    "化学",
    "鉄道",
    "電鉄",
    "航空",
    "建設",
    "不動産",
    "生命",
    "製菓",
    "フーズ",
    "食品",
    "精機",
    "製鉄",
    "通信",
    "ガス",
    "石油",  # ペトロ石油: only after a proper name (see _PROPER_HEAD_SUFFIXES)
    "鉱山",
    "鉱業",
    "造船",
    "テクノロジーズ",
    "テクノロジー",
    "エレクトロニクス",
    "システムズ",
    "ケミカル",
    "モーターズ",
    "ファーマ",
    "ソリューションズ",
    "インダストリーズ",
    "エナジー",
    "マテリアルズ",
    "電子",
    "海運",
    "運輸",
    "ロジスティクス",
    "薬品",
    "精工",
    "精密",
    "工機",
    "製紙",
    "乳業",  # industries a company is named after (X乳業, X送電, X酒造)
    "送電",
    "製糖",
    "酒造",
    "紡績",
    "化成",
    "汽船",
    "郵船",
    "商船",
    "損保",
    "漁業",  # a fishing company (アルクチカ漁業), only after a proper name, never a country's fishery
    "水産",
    # finance houses (ノースゲート・キャピタル・パートナーズ, ブルーリッジ・レーティングス)
    "パートナーズ",
    "キャピタル",
    "レーティングス",
    "インベストメンツ",
    "アドバイザーズ",
    "マネジメント",
    *_INDUSTRY_SUFFIXES,
)


# Company suffixes that also end product or thing words (天然ガス, 催涙ガス, 金鉱山): the name
# before them must hold a proper noun (東京ガス, 住山金属鉱山).
_VISITED_RE = re.compile(r"(?<![ァ-ヴー・])(?P<place>[ァ-ヴ][ァ-ヴー]{2,})を(?:訪れ|訪問|訪ね|視察)")
# An unlisted katakana place located in a region of a known one: タイ東部のX, 首都郊外のX.
_REGION_PLACE_RE = re.compile(
    r"(?:[北南][東西]部|[東西南北中]部|中西部|郊外|近郊)の?(?P<place>[ァ-ヴ][ァ-ヴー]{2,})(?![ァ-ヴー・])"
)
# A province named right after the part of its country (ベトナム北部ラオカイ省, 中国南部の広東省).
_REGION_PROVINCE_RE = re.compile(
    r"(?:[北南][東西]部|[東西南北中]部|中西部)の?(?P<place>(?:[ァ-ヴ][ァ-ヴー]{1,10}|[一-龥]{2,3})省)"
)
# A katakana name before a word of geography (ナトゥナ諸島, クリル列島, ユカタン半島, …礁, …島): LOC.
_KATAKANA_GEO_RE = re.compile(
    r"(?<![ァ-ヴー・])[ァ-ヴ][ァ-ヴー]{2,}(?:諸島|列島|半島|海峡|湾|礁|環礁|島|山脈|砂漠|高原|海(?![一-龥]))"
)
# A kanji name before a word of mountains or roads (霧島連山, 新燃岳, 北陸自動車道): LOC.
_KANJI_GEO_RE = re.compile(
    r"(?<![一-龥])(?P<place>[一-龥]{2,4}(?:連山|山脈|山地|自動車道|街道)|[一-龥]{2,3}岳)(?![一-龥])"
)
_NOT_KANJI_GEO = frozenset({"山岳", "高速自動車道"})
# A place named with its direction (南大西洋, 北キブ州): the whole is the place's name.
_DIRECTED_PLACE_RE = re.compile(
    r"(?<![一-龥])(?P<place>[北南東西](?:大西洋|太平洋|インド洋|極海|地中海)|[北南東西][ァ-ヴ][ァ-ヴー]{1,10}州)(?![一-龥])"
)
# An unlisted katakana town after the word for a town (国境の町X, 港湾都市X, 州都X): a GPE.
_TOWN_PLACE_RE = re.compile(
    r"(?:の町|の村|都市|州都|県都|省都)(?P<place>[ァ-ヴ][ァ-ヴー]{1,12})(?![ァ-ヴー・])"
    r"(?=[はがでのにをへと、]|周辺|近郊|郊外|一帯)"
)


# One-kanji surnames (Korean, Chinese) that Sudachi may read as a common noun before a given name.
_ONE_KANJI_SURNAMES = frozenset("金朴李崔鄭尹韓姜趙張王劉陳呉黄")


_PROPER_HEAD_SUFFIXES = ("ガス", "鉱山", "運輸", "石油")
# Company suffixes that also name a country's or a place's industry (ロシア水産, 遠洋漁業): only
# after a katakana name that is no place (アルクチカ漁業) or a kanji brand of two or three characters
# that is no common noun and no place (南星水産, 大洋漁業).
_NAMED_ONLY_SUFFIXES = ("漁業", "水産")
# A company suffix that after kanji common nouns names a kind of group (犯行グループ, 研究グループ):
# an all-kanji name before it must hold a proper noun (住友グループ); katakana names pass.
_KANJI_PROPER_HEAD_SUFFIXES = ("グループ",)


# Heads that name a kind of line or road, not a company, when nothing comes before them (高速鉄道).
_KIND_OF_LINE_HEADS = frozenset({"高速", "地下", "貨物", "旅客", "近郊", "都市間"})
_GENERIC_COMPANY_HEADS = frozenset(
    {
        "大手",
        "地方",
        "都市",
        "民間",
        "国内",
        "海外",
        "主要",
        "中央",
        "外国",
        "日系",
        "外資",
        "同",
        "各",
        "新",
        "旧",
        "電気",  # 電気自動車 is a product
        "中古",
        "乗用",
        "商用",
        "次世代",
        "国営",  # 国営化学大手のX: a kind of owner, not a name
        "国有",
        "公営",
    }
)


_JUSTICE_SUFFIXES = (
    "地方裁判所",
    "高等裁判所",
    "家庭裁判所",
    "簡易裁判所",
    "地方検察庁",
    "地方検察署",  # 台北地方検察署: a prosecutors' office named after its district
    "地方法院",
    "高等法院",  # 香港高等法院, ソウル高等法院
    "控訴院",  # パリ控訴院, リヨン控訴院: a French-style appeal court named after its seat
    "人民検察院",
    "人民法院",
    "地裁",
    "高裁",
    "家裁",
    "簡裁",
    "地検特捜部",
    "地検",
    "高検",
    "県警",
    "府警",
    "道警",
    "警察署",
    "大学",
)


_ACRONYM_ORG_SUFFIXES = (
    "機構",
    "機関",
    "基金",
    "連合",
    "委員会",
    "協会",
    "連盟",
    "財団",
    "公社",
    "事業団",
    "銀行",
    "会議",
    "同盟",
    "戦線",
    "組織",
    "協議会",
    "センター",
    "組合",
    "労組",
    "大学",
    "研究所",
    "評議会",
    "本部",
    "代表部",
    "司令部",
    "部隊",
    "運動",
    "警察",
    "審議会",
    "取引所",
    "局",
    "庁",
    "団",  # 派遣団, 代表団, 監視団 (国連…派遣団（UNMISS）)
    "事務所",
    "院",  # 研究院, 資源院 (…天然資源院（IBAMA）): an institute before its acronym
    "党",
    "軍",
    "共同体",
    "学会",
    "情報院",
    "公団",
    "理事会",
    "会議所",  # 国際商業会議所（ICC）, 商工会議所
    "裁判所",  # スポーツ仲裁裁判所（CAS）, 国際刑事裁判所（ICC）
    "病院",
    "ミッション",  # 国連…安定化ミッション（MINUSCA）
    "政府",  # 国民統一政府（GNU）: a government named by its acronym, not a country's
    "政権",
)


_PLACE_SUFFIXES = ("市", "町", "村", "区", "郡", "州", "県", "都", "府", "省", "自治区", "地区")


_LOC_SUFFIXES = (
    "地方",
    "海峡",
    "半島",
    "諸島",
    "空港",
    "駅",
    "港",
    "湾",
    "島",
    "山",
    "川",
    "競技場",
    "スタジアム",
    "球場",
)


_ANAPHOR_NOUNS = {
    "社": "ORG",
    "国": "GPE",
    "県": "GPE",
    "市": "GPE",
    "州": "GPE",
    "町": "GPE",
    "村": "GPE",
    "省": "ORG",
    "庁": "ORG",
    "党": "ORG",
    "裁": "ORG",
    "大": "ORG",
}


# Organisation heads an anaphor 同 + head refers back with (同組合 → the union named before).
_ANAPHOR_HEADS = (
    "楽団",  # 同楽団: the orchestra named before
    "委員会",
    "評議会",
    "協議会",
    "共同体",
    "学会",
    "クラブ",
    "球団",  # 同球団, 同チーム: the club named before
    "チーム",
    "組織",
    "連合会",
    "連合",
    "組合",
    "労組",
    "協会",
    "連盟",
    "機構",
    "警察",
    "検察",
    "検察署",  # 同検察署, 同検察院: the prosecutors' office named before
    "検察院",
    "検察庁",
    "銀行",
    "大使館",
    "裁判所",
    "研究所",
    "大学",
    "センター",
    "ファンド",  # 同ファンド: the fund named, or described as one (政府系ファンド、X), before
    "政府",
    "機関",
    "総局",  # 同総局 (国家市場監督管理総局), 同公団, 同事業団: state bodies named before
    "公団",
    "事業団",
    "局",
    "軍",
    "海軍",  # 同海軍, 同空軍: the service named before (フィリピン海軍)
    "陸軍",
    "空軍",
    "国軍",
    "部",  # 同部 (東京地検特捜部), not 同部隊
    "会",  # 同会 (日本医師会), not 同会議 / 同会長
    "団体",  # 同団体: the NGO or association named before
    "集団",  # 同集団: a hacker or armed group named before
    "団",  # 同団 (派遣団, 弁護団)
    "隊",  # 同隊 (沿岸警備隊, 革命防衛隊, 援助隊)
    "戦線",  # 同戦線: a front (a movement or armed group) named before
    "署",  # 同署 (a police or fire station named before)
    "財団",
    "基金",  # 同基金 (国際通貨基金)
    "議会",  # 同議会 (ドイツ連邦議会)
    "病院",
    "公社",
    "委",  # 同委 (公正取引委員会); 同委員会 and 同委員長 are matched before
    "行",  # 同行 (a bank), only with a bank named before and a particle after
    # bodies named by what they run (同取引所 → 証券取引所, 同本部 → 捜査本部, 同司令部)
    "取引所",
    "本部",
    "司令部",
    "代表部",
    "事務局",
    "選手会",  # 同選手会 (a players' union), not 同選手 followed by 会
    "総領事館",
    "領事館",
    "地裁",  # 同地裁, 同高裁: the court named before
    "高裁",
    "グループ",  # 同グループ (a business group named before), 同グループ関係者
)

# A bank's anaphor 同行 is also the verb "to accompany" (同行した, 同行する): a particle must follow.
_BANK_ANAPHOR_NEXT = frozenset("はがのにでをも、")


def _anaphor_head(text: str, position: int) -> str | None:
    """The organisation head word at ``position`` when it ends a word (同組合は, not 同組合員)."""
    for head in _ANAPHOR_HEADS:
        if text.startswith(head, position):
            end = position + len(head)
            if head == "行" and (
                text[end : end + 1] not in _BANK_ANAPHOR_NEXT
                or text.startswith(("行を求め", "行を依頼", "行を要請"), position)
                or "銀行" not in text[:position]
            ):
                return None  # 同行した, 任意同行を求めた: no bank
            if end >= len(text) or not (is_kanji(text[end]) or is_katakana(text[end])):
                return head
            if is_katakana(head[-1]) and not is_katakana(text[end]):
                return head  # 同グループ関係者: a katakana head ends its word before kanji
    return None


_NOT_DEMONYM_AFTER = frozenset("口権民材物生間工質格数")  # 日本人口, 人権: no nationality


_BUREAU_CHARS = 10  # at most this long a bureau word between a name and its title


_NOT_SURNAMES = frozenset("同両各全歴新元前現副故首正次総本当同前")


_BOUNDARY_BEFORE = frozenset("のはがもとにをで、。「」（）()・ \n")


_ASSOCIATION_SUFFIXES = ("協会", "連盟", "組合", "連合会")


_GENERIC_ASSOCIATIONS = ("労働組合", "協同組合", "業界団体")


_AGENCIES = {
    "共同": ("共同通信", "JPN"),
    "時事": ("時事通信", "JPN"),
    "ロイター": ("ロイター", "GBR"),
    "AFP": ("AFP通信", "FRA"),
    "AP": ("AP通信", "USA"),
    "新華社": ("新華社", "CHN"),
    "聯合": ("聯合ニュース", "KOR"),
}


_CREDIT_RE = re.compile(
    r"[【\[［（(][^】\]］）)\n]{0,24}?(?P<agency>共同|時事|ロイター|AFP|AP|新華社|聯合)[】\]］）)]"
)


_DESCRIBED_COMPANY_RE = re.compile(
    r"(?:大手|メーカー|企業|ベンチャー|スタートアップ|会社(?=、)|新興|商社|製薬会社|運営会社|子会社|親会社|持ち株会社|証券会社|航空会社|通信会社|材料|部品"
    # a rival company (同業X, 競合X)
    r"|ファンド|投資会社|運用会社|ゼネコン|(?:同業|競合|同業他社の|競合他社の|同業の|競合の)(?=[ァ-ヴ])|一社(?=、[ァ-ヴ])"
    # industry kinds, before の or a katakana name (鉱山会社ゴビ・メタルズ)
    r"|(?:送配電|配電|電力|海運|鉄道|保険|建設|運輸|警備|石油|製紙|製鉄|鉱山|資源|ガス)会社(?=の|[ァ-ヴ])"
    # any line of business before 会社 and a katakana name (ゲーム開発会社X), after の when the name is a
    # subject or partner (物流サービス会社のXは; not 開発会社のアプリを: a thing it makes)
    r"|(?<=[一-龥ァ-ヴー])(?<!同)(?<!子)会社(?=[ァ-ヴ]|の[ァ-ヴ][ァ-ヴー・]{1,15}[はがもと]))"
    r"(?P<of>の|、(?=[ァ-ヴ]|[一-龥]{2,7}[はもがと（(]|[A-Z][A-Za-z0-9&]{1,15}[はもが（(]))?(?P<name>(?:[A-Z]{1,5}|[A-Z]&[A-Z])?[ァ-ヴー][ァ-ヴー・]{1,15}(?:半導体|電機|電子|製薬|化学|重工|建設|精工|通信|自動車|製作所|工業|産業|商事|物流|運輸|運送|屋|堂|銅業|鉱業|金属|鉄鋼|製鉄|資源|石油|電力|海運|航空|食品|製紙|化成|薬品|開発|証券|保険|不動産|興業)?|(?P<head>[一-龥]{2,4})(?!メーカー|ファンド|グループ|チェーン)[ァ-ヴ][ァ-ヴー]{1,12}"
    r"|[一-龥]{2,7}|(?<=、)[A-Z][A-Za-z0-9&]{1,15}|(?<=大手)[A-Z][A-Z0-9&]{2,8}(?=は|が|も))"
    r"(?=[はがとをにのもで、（(]|社[はがとをにのも、])"
)  # 化学大手のラインケミー社は: the name without 社; 通信大手の北斗テレコムは: kanji, then katakana;
# 格付け大手S&Pグローバル・レーティングは, 通信大手KDDIは: Latin letters; 通信大手のヒカリネットで:
# where something happened


_GENERIC_TAILS = (
    "会社",
    "企業",
    "業者",
    "機関",
    "団体",
    "大手",
    "各社",
    "メーカー",
    "ファンド",
    "グループ",
    "チェーン",
)


_NOT_COMPANY_STARTS = (
    "各",
    "同",
    "両",
    "大手",
    "中堅",
    "最大",
    "首位",
    "傘下",
    "など",
    "メーカー",
    "企業",
    "会社",
)


_CURRENCIES = frozenset(
    {"ドル", "ユーロ", "ポンド", "ウォン", "ルーブル", "ペソ", "ルピー", "フラン", "レアル", "リラ"}
)


_ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9]{1,7}")
