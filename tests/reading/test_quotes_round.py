"""Quote speakers of session 6's round on batches 27-28: sentences of our own (quotes.py)."""

from __future__ import annotations

import pytest
from quote_speakers import speakers

pytestmark = [pytest.mark.ja_models, pytest.mark.usefixtures("sudachi")]


def test_the_speaker_of_a_quote_goes_on_in_the_intention_after_it() -> None:
    said = speakers(
        "スペインのロペス首相は19日、労組の代表と会談する用意があるとしているが、労組のガルシア書記長は"
        "「撤回が対話の前提だ」と述べ、会談に応じない考えを示した。"
    )
    assert ("会談に応じない", "ガルシア") in said


def test_a_second_report_after_a_denial_is_spoken_by_the_same_speaker() -> None:
    said = speakers(
        "北斗海運の田中社長は19日、記者会見で謝罪した。同社長は、過積載があったとの一部報道を否定し、"
        "国の調査に全面的に協力する考えを示した。"
    )
    assert ("国の調査に全面的に協力する", "田中") in said


def test_a_stance_reported_with_toshiteiruga_is_a_quote_but_a_figure_is_not() -> None:
    said = speakers(
        "スペインのロペス首相は19日、労組の代表と会談する用意があるとしているが、労組のガルシア書記長は"
        "「撤回が前提だ」と述べた。"
    )
    assert ("労組の代表と会談する用意がある", "ロペス") in said
    figures = speakers("政府は成長率の見通しを2.8%としているが、財務相は下方修正する考えを示した。")
    assert all(not text.endswith("%") for text, _ in figures)
