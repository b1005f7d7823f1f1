"""Lines that are never a dump's headline: links to the neighbouring stories, a logo's text printed
twice, a form's text box, counters, menus printed as one line (synthetic dumps)."""

from __future__ import annotations

import pytest
from harbour_story import HARBOUR_STORY

import kijiyomi
from kijiyomi.textdump.facts import Facts
from kijiyomi.textdump.headline import doubled, headline_candidate
from kijiyomi.textdump.lines import split_lines
from kijiyomi.types import Article

JA_STORY = [
    "架空市の港湾局は１日、新しいフェリーターミナルの開業が当初の予定より２年遅れ、来年の春になると発表した。"
    "基礎工事で問題が見つかったためだという。",
    "工事の遅れで事業費は約２割増える見通しで、港湾局は追加の費用をどちらが負担するかについて施工業者と協議している。",
    "開業までは現在のターミナルを使い続け、駅との間には日中１０分おきに臨時のバスを走らせる。",
]


def candidate(line: str) -> bool:
    """Is ``line`` a headline candidate when it stands above a story?"""
    lines = split_lines("\n".join([line, *HARBOUR_STORY]))
    return headline_candidate(lines, Facts(lines), 0)


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Times Harbour Times",  # a logo's alt text and its link
        "Harbour Times logoHarbour Times logo",
        "« Previous post: Ferry timetable for the summer",
        "Next article: Ferry timetable for the summer",
        "前の記事 ≪：架空市の夏のフェリー時刻表を発表",
        "次の日記(2019年02月19日)の一覧はこちらから",
        "Search the site [                    ] Go",  # w3m's text box
        "Visitors today: 80   yesterday: 1088",
        "訪問者数 本日: 80   昨日: 1088",
        "Harbour Times Home Blog About",  # a menu printed as one line
        "Posts Ferries Timetables Links Search",
        "VIDEO: The new ferry terminal seen from the air (2:35)",  # a link to a video: its running time
        "AUDIO: Neuer Fähranleger öffnet zwei Jahre zu spät (1 Min)",
        "Topics: ferries, harbour, transport, council budget",  # the story's tags
        "Themen: Fähre, Hafen, Verkehr",
        # a picture's caption signed after its sentence
        "The mayor opens the new terminal on Monday. Photo: Jane Doe/Harbour Times",
        "Der Bürgermeister eröffnet den neuen Anleger. Foto: Max Muster",
        "Ferry passengers wait for the first boat. Credit: Jane Doe",
        "Ferry passengers wait for the first boat of the season. Jane Doe",  # signed with a bare name
        "The new terminal as the architects drew it for the council. AP",
        "Published on 12 May 2025 in Harbour Review, Vol 3, No 2",  # a publication line
        "Updated: May 12, 2025 at 14:30 in Harbour News",
        "Veröffentlicht am 12. Mai 2025 in der Rubrik Hafen",
        # a link to another story under a label
        "Read more: Ferry timetable for the summer is out",
        "Lesen Sie auch: Neuer Fahrplan für den Sommer",
        "Les også: Ny rutetabell for sommeren",
        # a table row as w3m lays it out
        "Ferry      Seats     Speed      Price",
        "Weight     138.4g    128.4g     20.9g",
        # the page's navigation
        "On this page",
        "In This Article",
        "Home › News › Harbour",
        "Startseite > Nachrichten > Hafen",
    ],
)
def test_never_a_headline(line: str) -> None:
    assert not candidate(line)


@pytest.mark.parametrize(
    "line",
    [
        "New ferry terminal opens two years late",
        "Next steps for the harbour after the ferry delay",
        "Update 2: Ferry terminal delayed until 14:30 talks",
        "Bora Bora ferry opens late",
        "How to write a newsletter that people read",
        "The Long Road Home",
        "Our Blog About Ferries Moves to a New Home",
        "新しいフェリーターミナル、開業が２年遅れに",
        "Ferry terminal opens two years late (updated)",
        "Neuer Fähranleger: Stadt zahlt 20 Millionen (Bericht)",
        "Tags and labels: the story of the ferry ticket",
        "Ferry photos: the new terminal from the air",  # (a label after a word, not a sentence)
        "Related parties: who pays for the ferry delay",
        "Ferry terminal opens  two years late",
        "Home > Blog > Small ferries are making a comeback on the coast",  # (its last entry a title)
        "Ferry row deepens as the council calls in Rep. Jane Doe",  # (an abbreviation, no caption)
        "Published authors gather at the new ferry terminal",  # (no publication line)
    ],
)
def test_headlines_stay_candidates(line: str) -> None:
    assert candidate(line)


def test_doubled() -> None:
    assert doubled("Talk Radio Talk Radio")
    assert doubled("ABC NewsABC News")
    assert not doubled("Talk Radio Talk Radio now")
    assert doubled("MachiningMachiningMachiningMachining")  # w3m: alt, link, heading, title
    assert not doubled("The vote was delayed again. " * 6)  # a sentence said over and over
    assert doubled("Bora Bora")  # (a name of one word repeated: too short to be a candidate anyway)
    assert not doubled("New ferry")


def extract(text: str) -> Article:
    result = kijiyomi.extract(text, kind="text")
    assert isinstance(result, Article), result
    return result


def test_the_logo_printed_twice_above_the_dateline_is_no_headline() -> None:
    dump = "\n".join(
        ["Menu", "New ferry terminal opens two years late", "Harbour Daily Post Harbour Daily Post",
         "March 12, 2024", *HARBOUR_STORY, "Related", "Ferry fares rise again in the spring"]
    )  # fmt: skip
    assert extract(dump).title == "New ferry terminal opens two years late"


def test_the_link_to_the_previous_story_is_no_headline() -> None:
    dump = "\n".join(
        ["ホーム", "前の記事 ≪：架空市、夏のフェリー時刻表を発表", "新しいフェリーターミナル、開業が２年遅れに",
         "2024年03月12日", *JA_STORY, "関連記事", "フェリー運賃、春から値上げ"]
    )  # fmt: skip
    assert extract(dump).title == "新しいフェリーターミナル、開業が２年遅れに"


def test_a_headline_under_a_notice_that_opens_the_body_is_found() -> None:
    notice = "Your browser is out of date, so some parts of this page may not work as they should."
    headline = "New ferry terminal opens two years late"
    dump = "\n".join(["Menu", "Search", "Share", "Print", notice, headline, *HARBOUR_STORY])
    result = extract(dump)
    assert result.title == headline
    assert headline not in [block.text for block in result.blocks]


def test_a_video_link_above_the_headline_is_no_headline() -> None:
    headline = "Neuer Fähranleger öffnet zwei Jahre zu spät"
    dump = "\n".join(
        ["Startseite", "AUDIO: Hafen: Der neue Fähranleger öffnet zwei Jahre zu spät (1 Min)", headline,
         "Stand: 12.03.2024 14:35 Uhr", *HARBOUR_STORY, "Themen: Hafen, Fähren, Verkehr"]
    )  # fmt: skip
    assert extract(dump).title == headline


@pytest.mark.parametrize(
    "credit",
    ["Jane Doe/Harbour Times", "- Jane Doe/via Agency", "/ Jane Doe", "AFP"],
)
def test_a_caption_printed_again_with_its_credit_is_no_headline(credit: str) -> None:
    caption = "The mayor at the opening of the new ferry terminal on Monday"
    lines = split_lines(
        "\n".join(["New ferry terminal opens two years late", "", caption, "", f"{caption} {credit}"])
    )
    facts = Facts(lines)
    assert headline_candidate(lines, facts, 0)
    assert not headline_candidate(lines, facts, 1)  # (the picture's alt text; blank lines are gaps)
    assert not headline_candidate(lines, facts, 2)  # (its caption, signed)


@pytest.mark.parametrize(
    "twin",
    [
        "New ferry terminal opens two years late | Harbour Times",  # the page's title: an echo
        "New ferry terminal opens two years late in the spring",  # a longer version of the headline
        "New ferry terminal opens two years late More",
    ],
)
def test_a_headline_printed_again_with_more_stays_a_candidate(twin: str) -> None:
    lines = split_lines("\n".join([twin, "", "New ferry terminal opens two years late", *HARBOUR_STORY]))
    assert headline_candidate(lines, Facts(lines), 1)


def test_the_headline_above_a_signed_caption_is_found() -> None:
    caption = "The mayor at the opening of the new ferry terminal on Monday"
    headline = "Ferry delay costs the harbour a fifth more"
    dump = "\n".join(
        ["Menu", headline, "", "Share", "", caption, "", f"{caption} Jane Doe/Harbour Times", "", "March 12, 2024",
         *HARBOUR_STORY]
    )  # fmt: skip
    assert extract(dump).title == headline


BOOK_FACTS = ["判型：四六判", "発売日：2024年03月12日", "定価：1,980円（税込）", "ページ数：288"]
BLURB = [
    "小さな港町で灯台を守り続けてきた老人と、都会から移り住んだ少女の一年を描く長編小説。",
    "嵐の夜、灯台の明かりが消えたとき、二人が見つけたものとは何だったのか。静かな筆致で綴られる物語。",
]


def test_a_book_s_list_of_facts_is_no_title() -> None:
    dump = "\n".join(
        ["架空書房", "ホーム > 書籍 > 文芸", "港町の灯台守", "山田花子 著", *BOOK_FACTS, "内容紹介", *BLURB]
    )
    lines = split_lines(dump)
    facts = Facts(lines)
    assert not any(headline_candidate(lines, facts, index) for index in range(4, 8))
    assert extract(dump).title == "港町の灯台守"


def test_a_headline_above_its_author_s_line_stays_a_candidate() -> None:
    lines = split_lines("\n".join(["港町：灯台守の老人と少女の一年", "作者：山田花子", *JA_STORY]))
    assert headline_candidate(lines, Facts(lines), 0)
