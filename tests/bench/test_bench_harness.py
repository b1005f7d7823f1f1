"""Guarded calls, the output cache, the runner and the command line, on synthetic pages."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest
from bench.cache import OutputCache
from bench.console import compare_with
from bench.datasets import load_pages, split_of
from bench.extractors import Call, Extractor, Output, decode_html, page_language, run_guarded
from bench.report import markdown
from bench.runner import Plan, run
from bench.scoring import ALL, dataset_mean_f1, group_summaries, score_all

from bench import run as bench_run

ARTICLE = "<html lang='en'><head><title>Rain in Osaka</title></head><body><p>{}</p></body></html>"


def make_data(root: Path, bodies: dict[str, str]) -> Path:
    folder = root / "toy"
    (folder / "html").mkdir(parents=True)
    gold = {}
    for page_id, body in bodies.items():
        html = ARTICLE.format(body).encode()
        (folder / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(html))
        gold[page_id] = {
            "lang": "en",
            "url": f"http://x.test/{page_id}",
            "articleBody": body,
            "title": "Rain",
        }
    (folder / "ground-truth.json").write_text(json.dumps(gold), encoding="utf-8")
    return root


def test_run_guarded_counts_exceptions_as_empty_output() -> None:
    def broken(html: bytes, url: str | None) -> Output:
        raise ValueError("bad page")

    call = run_guarded(broken, b"<p>x</p>", None)
    assert call.output.text == ""
    assert call.error == "ValueError: bad page"


def test_run_guarded_times_out_even_through_broad_excepts() -> None:
    def slow(html: bytes, url: str | None) -> Output:
        try:
            time.sleep(5)
        except Exception:  # a library swallowing errors must not swallow the timeout
            return Output("swallowed", None, None)
        return Output("finished", None, None)

    started = time.perf_counter()
    call = run_guarded(slow, b"", None, timeout_s=0.2)
    assert call.error == "timeout"
    assert call.output.text == ""
    assert time.perf_counter() - started < 2


def test_run_guarded_rejects_a_wrong_return_type() -> None:
    call = run_guarded(lambda html, url: "text", b"", None)  # type: ignore[arg-type, return-value]
    assert call.error is not None
    assert call.error.startswith("BadOutput")


def test_decode_html_follows_the_meta_charset() -> None:
    page = '<meta charset="shift_jis"><p>日本語の記事</p>'.encode("shift_jis")
    assert "日本語の記事" in decode_html(page)
    assert decode_html("<p>café</p>".encode()) == "<p>café</p>"
    gb = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>中文新闻</p>'
    assert "中文新闻" in decode_html(gb.encode("gb18030"))


def test_page_language_reads_the_declaration() -> None:
    assert page_language(b'<!doctype html><html class="a" lang="ja-JP">') == "ja"
    assert page_language(b'<meta property="og:locale" content="de_DE">') == "de"
    assert page_language(b"<html><body>") is None
    # Undeclared: the script decides for the languages that need a segmenter.
    assert page_language(("<html><p>" + "ひらがなの文章です。" * 5).encode()) == "ja"
    assert page_language(("<html><p>" + "中文新闻报道内容" * 10).encode("gb18030")) == "zh"
    assert page_language(("<html><p>" + "한국어 기사 본문" * 10).encode()) == "ko"


def test_cache_round_trip_and_invalidation(tmp_path: Path) -> None:
    cache = OutputCache("lib", "1.0", 1, tmp_path)
    call = Call(Output("text", "T", "2024-01-01"), 0.01, 0.02, None)
    cache.put("ds", "page/1", "abc", call)
    assert cache.get("ds", "page/1", "abc") == call
    assert cache.get("ds", "page/1", "other-sha") is None  # the page changed
    assert OutputCache("lib", "1.1", 1, tmp_path).get("ds", "page/1", "abc") is None  # new version
    assert OutputCache("lib", "1.0", 2, tmp_path).get("ds", "page/1", "abc") is None  # new adapter


def test_runner_scores_and_caches(tmp_path: Path) -> None:
    root = make_data(tmp_path / "data", {"a": "rain falls on osaka today", "b": "sun shines"})
    pages = load_pages([root / "toy"])
    calls: list[str] = []

    def build() -> object:
        def adapter(html: bytes, url: str | None) -> Output:
            calls.append(url or "")
            return Output(decode_html(html).split("<p>")[1].split("</p>")[0], "Rain", None)

        return adapter

    fake = Extractor("fake", "pytest", build)  # type: ignore[arg-type]
    plan = Plan(("fake",), cache_dir=tmp_path / "cache", registry=(("fake", fake),))
    records = run(plan, pages)
    assert [r.cached for r in records] == [False, False]
    assert len(calls) == 2
    summary = group_summaries(score_all(records, pages))["fake"][ALL]
    assert summary.f1 == pytest.approx(1.0)
    assert summary.title_exact == 1.0
    again = run(plan, pages)
    assert [r.cached for r in again] == [True, True]
    assert len(calls) == 2
    assert [r.output for r in again] == [r.output for r in records]


def test_cli_says_clearly_when_data_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_run.main(["--data", str(tmp_path / "absent"), "--extractors", "kijiyomi"]) == 0
    assert "benchmark data not found" in capsys.readouterr().out


def test_cli_rejects_unknown_extractors(tmp_path: Path) -> None:
    assert bench_run.main(["--data", str(tmp_path), "--extractors", "nope"]) == 2


def test_cli_dump_mode_scores_the_whole_dump_baseline(tmp_path: Path) -> None:
    root = make_data(tmp_path / "data", {"a": "rain falls on osaka", "b": "sun shines bright"})
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    (dumps / "a.txt").write_text("Menu\nrain falls on osaka\nFooter", encoding="utf-8")
    out = tmp_path / "result.json"
    markdown = tmp_path / "report.md"
    code = bench_run.main(
        [
            "--data",
            str(root),
            "--split",
            "all",
            "--input-dir",
            str(dumps),
            "--quiet",
            "--out",
            str(out),
            "--markdown",
            str(markdown),
        ]
    )
    assert code == 0
    result = json.loads(out.read_text())
    assert result["meta"]["pages"] == 1  # only the page that has a dump
    whole = result["summaries"]["whole-dump"][ALL]
    assert whole["recall"] == pytest.approx(1.0)
    assert whole["precision"] == pytest.approx(4 / 6, abs=1e-4)
    assert "kijiyomi" in result["summaries"]
    text = markdown.read_text()
    assert "whole-dump" in text
    assert "text dumps from" in text


def test_compare_with_baseline_lists_pages_that_moved(tmp_path: Path) -> None:
    root = make_data(tmp_path / "data", {"a": "rain falls on osaka", "b": "sun shines bright"})
    pages = load_pages([root / "toy"])
    answers = {"a": "rain falls on osaka", "b": "sun"}

    def build() -> object:
        return lambda html, url: Output(answers[url.rsplit("/", 1)[1]], None, None)

    fake = Extractor("fake", "pytest", build, cacheable=False)  # type: ignore[arg-type]
    plan = Plan(("fake",), registry=(("fake", fake),))
    before = {"pages": [s.to_dict() for s in score_all(run(plan, pages), pages)]}
    answers.update(a="rain", b="sun shines bright")
    report = compare_with(score_all(run(plan, pages), pages), before, "fake", 5)
    worse, better = report.split("pages that got better:")
    assert "a " in worse.split("pages that got worse:")[1]
    assert "b " in better
    assert "toy" in report.splitlines()[1]


def test_show_prints_scores_and_a_diff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_data(tmp_path / "data", {"a": "rain falls on osaka\n\nsecond paragraph"})
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    (dumps / "a.txt").write_text("Menu\nrain falls on osaka\n\nsecond paragraph", encoding="utf-8")
    assert bench_run.main(["--data", str(root), "--show", "a", "--input-dir", str(dumps)]) == 0
    shown = capsys.readouterr().out
    assert "===== whole-dump" in shown
    assert "F1 0.923  P 0.857  R 1.000" in shown  # 6 of the 7 dump tokens are the gold
    assert "+Menu" in shown  # the extra line, in the diff
    assert bench_run.main(["--data", str(root), "--show", "nope"]) == 1


def _one_page_and_its_dump(tmp_path: Path) -> tuple[Path, Path]:
    root = make_data(tmp_path / "data", {"a": "rain falls on osaka"})
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    (dumps / "a.txt").write_text("rain falls on osaka", encoding="utf-8")
    return root, dumps


def test_report_joins_several_runs(tmp_path: Path) -> None:
    root, dumps = _one_page_and_its_dump(tmp_path)
    out = tmp_path / "r.json"
    common = ["--data", str(root), "--input-dir", str(dumps), "--quiet", "--out", str(out)]
    assert bench_run.main([*common, "--split", "all"]) == 0
    first = json.loads(out.read_text())
    assert bench_run.main([*common, "--split", split_of("a")]) == 0
    second = json.loads(out.read_text())
    text = markdown(first, second)
    assert "## ALL pages (dev + test), text dumps from" in text
    assert f"## {split_of('a').upper()} split, text dumps from" in text
    assert "## How the figures are made" in text


def test_article_pages_get_their_own_group_outside_the_means(tmp_path: Path) -> None:
    root = make_data(tmp_path / "data", {"a": "rain falls on osaka", "b": "list of links"})
    gold = json.loads((root / "toy" / "ground-truth.json").read_text())
    gold["a"]["page_type"], gold["b"]["page_type"] = "article", "listing"
    (root / "toy" / "ground-truth.json").write_text(json.dumps(gold))
    pages = load_pages([root / "toy"])
    assert [p.page_type for p in pages] == ["article", "listing"]

    def build() -> object:
        return lambda html, url: Output("rain falls on osaka" if url.endswith("/a") else "", None, None)

    fake = Extractor("fake", "pytest", build, cacheable=False)  # type: ignore[arg-type]
    summaries = group_summaries(score_all(run(Plan(("fake",), registry=(("fake", fake),)), pages), pages))
    groups = summaries["fake"]
    assert groups["toy/articles"].pages == 1
    assert groups["toy/articles"].f1 == pytest.approx(1.0)
    assert groups["toy"].f1 == pytest.approx(0.5)
    assert dataset_mean_f1(groups) == pytest.approx(0.5)  # the subgroup does not count twice


def test_a_timing_run_reports_kijiyomis_speed_against_each_extractor(tmp_path: Path) -> None:
    root, dumps = _one_page_and_its_dump(tmp_path)
    out = tmp_path / "r.json"
    args = ["--data", str(root), "--input-dir", str(dumps), "--quiet", "--out", str(out), "--split", "all"]
    assert bench_run.main([*args, "--no-cache"]) == 0
    result = json.loads(out.read_text())
    others = [name for name in result["meta"]["extractors"] if name != "kijiyomi"]
    assert others  # the whole-dump baseline at least
    text = markdown(result)
    assert "kijiyomi's throughput" in text
    for name in others:
        assert any(line.startswith(f"| {name} |") and line.endswith("× |") for line in text.splitlines())
    assert bench_run.main(args) == 0  # the same run from the cache is not a timing run
    assert "kijiyomi's throughput" not in markdown(json.loads(out.read_text()))


def test_the_test_split_lists_no_page_by_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """TEST is scored as a whole: the worst pages are listed on DEV only, unless asked for."""
    names = [f"p{n}" for n in range(40)]
    test_id = next(n for n in names if split_of(n) == "test")
    dev_id = next(n for n in names if split_of(n) == "dev")
    root = make_data(tmp_path / "data", {test_id: "rain falls on osaka", dev_id: "sun shines bright"})
    common = ["--data", str(root), "--extractors", "kijiyomi", "--quiet", "--no-cache"]
    assert bench_run.main([*common, "--split", "test"]) == 0
    assert "worst pages" not in capsys.readouterr().out
    assert bench_run.main([*common, "--split", "dev"]) == 0
    assert "worst pages" in capsys.readouterr().out
    assert bench_run.main([*common, "--split", "test", "--worst", "5"]) == 0
    assert test_id in capsys.readouterr().out


def test_speed_note_names_the_adapter_that_ran_warm() -> None:
    assert bench_run.shared_cache_note(("kijiyomi", "trafilatura-text")) is None
    note = bench_run.shared_cache_note(("kijiyomi", "trafilatura", "trafilatura-text"))
    assert note is not None
    assert "trafilatura-text ran second" in note
    reversed_note = bench_run.shared_cache_note(("kijiyomi", "trafilatura-text", "trafilatura"))
    assert reversed_note is not None
    assert "on each page trafilatura ran second" in reversed_note
