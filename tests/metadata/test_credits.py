"""Agencies, copyright lines and photo credits in the ways wires and sites print them."""

from __future__ import annotations

import pytest

from kijiyomi.metadata.credits import find_agency, parse_copyright, parse_photo_credit


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("[ロイター]", "ロイター"),
        ("［ロイター］", "ロイター"),
        ("（共同）", "共同"),
        ("(時事)", "時事"),
        ("【ワシントン時事】米政府は10日、", "時事"),
        ("【ワシントン共同】", "共同"),
        ("【北京＝新華社】", "新華社"),
        ("写真：AFP=時事", "AFP"),
        ("AFP＝時事", "AFP"),
        ("ソウル聯合ニュース＝共同", "聯合"),
        ("WASHINGTON (AP) — The Senate voted on Tuesday", "AP"),
        ("LONDON, Dec 30 (Reuters) - Oil prices rose", "Reuters"),
        ("BERLIN (dpa) - Die Regierung", "dpa"),
        ("TOKYO (Kyodo) -- The government", "Kyodo"),
        ("SEOUL, March 3 (Yonhap) -- North Korea", "Yonhap"),
        ("BEIJING, Jan. 5 (Xinhua) -- China", "Xinhua"),
        ("首相は「検討する」と述べた。（共同）", "共同"),
        ("The deal closed on Friday. (Bloomberg)", "Bloomberg"),
        ("提供：共同通信", "共同"),
        ("配信：時事通信", "時事"),
        ("Source: Reuters", "Reuters"),
        ("— Associated Press", "AP"),
        ("(AFP)", "AFP"),
        ("MADRID, 3 mar (EFE).- El Gobierno", "EFE"),
    ],
)
def test_find_agency(text: str, agency: str | None) -> None:
    assert find_agency(text) == agency


@pytest.mark.parametrize(
    "text",
    [
        "",
        "He told Reuters that the deal was done.",
        "The AP style guide says so.",
        "ロイターによると、会談は1時間続いた。",
        "共同通信の世論調査で支持率が下がった。",
        "Reuters",
        "AFP-Wirtschaftsnachrichten gibt es nicht",
        "The APA and the ANSA met (briefly) today",
    ],
)
def test_no_agency_in_prose(text: str) -> None:
    assert find_agency(text) is None


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("Copyright (C) 2021 Example News Inc. All rights reserved.", "Example News Inc"),
        ("© 2021 Example Times", "Example Times"),
        ("©2019-2021 The Sample Post", "The Sample Post"),
        ("Copyright © The Example Shimbun", "The Example Shimbun"),
        ("Copyright 2022 Foo Media Group", "Foo Media Group"),
        ("© The Daily Example 2021", "The Daily Example"),
        ("Copyright (C) 2020 架空通信社 記事の無断転用を禁じます", "架空通信社"),
        ("Copyright (C) 2021架空ニュース・ジャパン(株)記事の無断転用を禁じます", "架空ニュース・ジャパン"),
        ("© 2019-2021 株式会社サンプル放送 無断転載を禁じます", "サンプル放送"),
        ("(C)架空日報 無断転載・複製を禁じます", "架空日報"),
        ("掲載記事の無断転載を禁じます。著作権は架空新聞社に帰属します。", "架空新聞社"),
        ("記事の無断転用を禁じます", None),
        ("無断転載を禁じます", None),
        ("本サイトに掲載の記事・写真の無断転載を禁じます。", None),
        ("All rights reserved.", None),
    ],
)
def test_parse_copyright(line: str, holder: str | None) -> None:
    assert parse_copyright("  " + line + "\t") == (holder, line)


@pytest.mark.parametrize(
    "line",
    [
        "",
        "Copyright law changed in 2021 and affected many publishers.",
        "The court ruled on copyright infringement by the site.",
        "著作権法の改正案が国会で成立した。",
        "写真の無断使用が問題になっている" + "。" * 400,
    ],
)
def test_no_copyright(line: str) -> None:
    assert parse_copyright(line) is None


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "首相官邸で記者会見する首相（2021年 ロイター/Taro Yamada）",
            "首相官邸で記者会見する首相",
            "2021年 ロイター/Taro Yamada",
        ),
        (
            "会談する両首脳(写真)。5日、東京で撮影(2020年 ロイター/Jane Roe/Pool via REUTERS)",
            "会談する両首脳(写真)。5日、東京で撮影",
            "2020年 ロイター/Jane Roe/Pool via REUTERS",
        ),
        ("会見する大統領（写真：共同）", "会見する大統領", "共同"),
        ("A man walks (Photo: Jane Doe / Reuters)", "A man walks", "Jane Doe / Reuters"),
        ("会見する首相＝共同", "会見する首相", "共同"),
        ("首相(右)と大統領 写真：AFP=時事", "首相(右)と大統領", "AFP=時事"),
        ("Smoke rises over the city. REUTERS/John Smith", "Smoke rises over the city.", "REUTERS/John Smith"),
        ("A player celebrates. Getty Images", "A player celebrates.", "Getty Images"),
        ("A player celebrates. John Smith/Getty Images", "A player celebrates.", "John Smith/Getty Images"),
        ("Protesters march. Photo: Jane Doe/AP", "Protesters march.", "Jane Doe/AP"),
        ("桜の花（撮影・山田太郎）", "桜の花", "山田太郎"),
        ("大会の様子 撮影・山田太郎", "大会の様子", "山田太郎"),
        ("写真：共同", "", "共同"),
        ("Fans cheer in Berlin. © Jane Roe/dpa", "Fans cheer in Berlin.", "Jane Roe/dpa"),
        (
            "Der Golf von Mexiko wurde umbenannt. Getty Images/Juanmonino",
            "Der Golf von Mexiko wurde umbenannt.",
            "Getty Images/Juanmonino",
        ),
        ("Demonstranten vor dem ReichstagFoto: dpa", "Demonstranten vor dem Reichstag", "dpa"),
        ("崩れた斜面＝3日午前、架空県南山町（県警提供）", "崩れた斜面＝3日午前、架空県南山町", "県警提供"),
        ("冠水した道路（読者提供）", "冠水した道路", "読者提供"),
        ("決勝で競り合う選手（鈴木一郎撮影）", "決勝で競り合う選手", "鈴木一郎撮影"),
    ],
)
def test_parse_photo_credit(text: str, caption: str, credit: str) -> None:
    assert parse_photo_credit(text) == (caption, credit)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The president (center) speaks",
        "会見する首相=10日、東京都内",
        "首相（左）と握手する大統領",
        "Crowds gather in the square (file picture)",
        "A cat sleeps in the sun.",
        "資金の提供（予定）",
        "新製品を手にする社長（データ提供の仕組み、説明会で）",
    ],
)
def test_no_photo_credit(text: str) -> None:
    assert parse_photo_credit(text) is None
