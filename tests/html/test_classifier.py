"""The learned segment filter: features, the tree evaluator, model loading and the extractor hook."""

from __future__ import annotations

import importlib.util
import json
import math
import sys
import time
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")

import kijiyomi  # noqa: E402
from kijiyomi.html import classifier  # noqa: E402
from kijiyomi.html.content import choose_container, score_segment  # noqa: E402
from kijiyomi.html.dom import clean, parse, walk  # noqa: E402
from kijiyomi.options import ExtractOptions  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OPTIONS = ExtractOptions(reject_non_articles=False)

_NAV = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(8))
_RELATED = "".join(
    f'<li><a href="/a/{i}">Council weighs plan number {i} for the harbour district</a></li>' for i in range(6)
)
_PARAGRAPHS = (
    "The harbour council voted on Tuesday to rebuild the old ferry pier, ending a decade of debate "
    "about the future of the waterfront.",
    "Members said the new pier would carry twice as many passengers, and that work could begin in "
    "the spring if the budget is approved.",
    "Residents who opposed the plan argued that the money should go to the bus network instead, "
    "which serves more people every day.",
    "The mayor, who chaired the meeting, said the vote showed that the town was ready to invest in "
    "its future and promised regular updates.",
)


def news_page(paragraphs: tuple[str, ...] = _PARAGRAPHS, title: str = "Council backs new ferry pier") -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Harbour Times</title>
<meta property="og:title" content="{title}"></head><body>
<header class="site-header"><div class="logo">Harbour Times</div><ul class="menu">{_NAV}</ul></header>
<main><article class="article">
<h1 class="headline">{title}</h1>
<div class="byline">By Ann Reporter · 3 June 2025</div>
<div class="article-body">{body}
<figure><img src="/pier.jpg" alt="pier"><figcaption>The old pier in May. Photo: Harbour Times</figcaption></figure>
</div>
<div class="share-tools"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
</article>
<aside class="related"><h2>Related stories</h2><ul>{_RELATED}</ul></aside></main>
<footer class="site-footer"><p>© 2025 Harbour Times. All rights reserved.</p>
<ul>{_NAV}</ul></footer></body></html>"""


JA_PARAGRAPHS = (
    "港湾委員会は火曜日、老朽化した桟橋を建て替える計画を賛成多数で可決した。十年に及ぶ議論に区切りがついた。",
    "新しい桟橋は現在の二倍の乗客を運べるようになり、予算が承認されれば春にも工事が始まるという。",
    "計画に反対する住民は、より多くの人が毎日利用するバス路線に予算を回すべきだと主張している。",
)


def ja_page() -> str:
    body = "".join(f"<p>{text}</p>" for text in JA_PARAGRAPHS)
    links = "".join(
        f'<li><a href="/r/{i}">関連記事その{i}：港の再開発をめぐる動き</a></li>' for i in range(6)
    )
    return f"""<html lang="ja"><head><meta charset="utf-8"><title>桟橋の建て替え可決｜港湾新聞</title></head>
<body><nav><a href="/">トップ</a></nav><div class="menu"><a href="/a">社会</a><a href="/b">経済</a></div>
<div id="main"><h1>桟橋の建て替え可決</h1><p class="date">2025年6月3日 11時54分</p>
<div class="honbun">{body}</div><div class="sns-share"><a href="#">シェア</a><a href="#">ツイート</a></div>
<div class="kanren"><h2>関連記事</h2><ul>{links}</ul></div></div>
<div class="footer"><p>Copyright © 港湾新聞社 無断転載を禁じます</p></div></body></html>"""


def rule_stage(html: str):  # type: ignore[no-untyped-def]
    tree = parse(html)
    clean(tree)
    found = walk(tree.body, max_nodes=100_000, max_depth=400, deadline=time.monotonic() + 10)
    scored = [score_segment(segment) for segment in found.segments]
    return found, scored, choose_container(found, scored)


@pytest.fixture
def fresh_model(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Clear the per-process model cache before and after a test that changes the switch."""
    classifier.load_model.cache_clear()
    yield monkeypatch
    classifier.load_model.cache_clear()


def column(x: np.ndarray, name: str) -> np.ndarray:
    return x[:, classifier.FEATURE_NAMES.index(name)]


def test_feature_names_are_unique_and_digested() -> None:
    assert len(set(classifier.FEATURE_NAMES)) == len(classifier.FEATURE_NAMES)
    assert len(classifier.FEATURE_DIGEST) == 16


def test_features_describe_the_page() -> None:
    found, scored, container = rule_stage(news_page())
    x = classifier.page_features(found, scored, container, "Council backs new ferry pier")
    assert x.shape == (len(found.segments), len(classifier.FEATURE_NAMES))
    assert np.isfinite(x).all()
    texts = [segment.text for segment in found.segments]
    first_paragraph = texts.index(_PARAGRAPHS[0])
    nav_link = texts.index("Section 3")
    headline = texts.index("Council backs new ferry pier")
    assert column(x, "in_container")[first_paragraph] == 1.0
    assert column(x, "in_container")[nav_link] == 0.0
    assert column(x, "link_density")[nav_link] == pytest.approx(1.0)
    assert column(x, "link_density")[first_paragraph] == 0.0
    assert column(x, "is_title")[headline] == 1.0
    assert column(x, "before_title")[nav_link] == 1.0
    assert column(x, "from_title")[first_paragraph] > 0
    assert column(x, "tag_p")[first_paragraph] == 1.0
    assert column(x, "sentence_like")[first_paragraph] == 1.0
    assert column(x, "ascii_share")[first_paragraph] > 0.99
    assert column(x, "under_footer")[texts.index("© 2025 Harbour Times. All rights reserved.")] == 1.0
    caption = next(i for i, t in enumerate(texts) if t.startswith("The old pier"))
    assert column(x, "in_caption")[caption] == 1.0
    # neighbours: the paragraph after the first one sees it as its previous segment
    assert column(x, "prev_sentence_like")[first_paragraph + 1] == 1.0
    # vocabulary flags, not the class names themselves (those would let the model learn sites)
    assert column(x, "ancestor_neg")[nav_link] == 1.0  # under <ul class="menu">
    assert column(x, "ancestor_neg")[first_paragraph] == 0.0


def test_repeated_short_lines_get_the_same_boilerplate_feature() -> None:
    tools = '<div class="tools"><span>Share this story</span> <span>Filed under harbour</span></div>'
    html = "<main>" + "".join(f"<p>{text}</p>{tools}" for text in _PARAGRAPHS) + "</main>"
    found, scored, container = rule_stage(html)
    x = classifier.page_features(found, scored, container, None)
    texts = [segment.text for segment in found.segments]
    shares = [i for i, text in enumerate(texts) if text == "Share this story Filed under harbour"]
    assert len(shares) == len(_PARAGRAPHS)
    assert [column(x, "boilerplate_line")[i] for i in shares] == [1.0] * len(shares)
    assert column(x, "boilerplate_line")[texts.index(_PARAGRAPHS[0])] == 0.0


def test_columns_a_model_does_not_read_may_be_skipped() -> None:
    tools = '<div class="tools"><span>Share this story</span></div>'
    html = "<main>" + "".join(f"<p>{text}</p>{tools}" for text in _PARAGRAPHS) + "</main>"
    found, scored, container = rule_stage(html)
    full = classifier.page_features(found, scored, container, None)
    boilerplate = classifier.FEATURE_NAMES.index("boilerplate_line")
    assert full[:, boilerplate].any()
    model = tiny_model()  # splits on features 0, 1 and 2 only
    assert model.used_columns == frozenset({0, 1, 2})
    lean = classifier.page_features(found, scored, container, None, only=model.used_columns)
    assert not lean[:, boilerplate].any()  # the stock-phrase test was not run
    assert np.array_equal(model.probabilities(lean), model.probabilities(full))
    asked = classifier.page_features(found, scored, container, None, only={boilerplate})
    assert np.array_equal(asked, full)


def test_features_of_japanese_text() -> None:
    found, scored, container = rule_stage(ja_page())
    x = classifier.page_features(found, scored, container, "桟橋の建て替え可決")
    texts = [segment.text for segment in found.segments]
    paragraph = texts.index(JA_PARAGRAPHS[0])
    assert column(x, "wide_share")[paragraph] > 0.8
    assert column(x, "has_kana")[paragraph] == 1.0
    assert column(x, "end_marks")[paragraph] == pytest.approx(math.log1p(2))
    assert column(x, "page_wide")[0] > 0.5


def test_features_of_tiny_pages() -> None:
    for html in ("<p>One line.</p>", "<div>a</div><div>b</div>", "<p>x</p>" * 3):
        found, scored, container = rule_stage(html)
        x = classifier.page_features(found, scored, container, None)
        assert x.shape == (len(found.segments), len(classifier.FEATURE_NAMES))
        assert np.isfinite(x).all()


def tiny_model(threshold: float = 0.5) -> classifier.TreeModel:
    # one tree of depth 2: root splits feature 0 at 0.5; its children split features 1 and 2
    return classifier.model_from_dict(
        {
            "depth": 2,
            "baseline": -0.25,
            "features": [[0, 1, 2]],
            "thresholds": [[0.5, 1.0, 2.0]],
            "leaves": [[-1.0, 1.0, 2.0, 3.0]],
            "threshold": threshold,
        }
    )


def test_tree_model_walks_complete_trees() -> None:
    x = np.zeros((4, len(classifier.FEATURE_NAMES)))
    x[0, :3] = (0.3, 0.5, 9.0)  # left, left -> -1
    x[1, :3] = (0.3, 1.5, 0.0)  # left, right -> 1
    x[2, :3] = (0.9, 0.0, 2.0)  # right, left (2.0 is not above 2.0) -> 2
    x[3, :3] = (0.9, 0.0, 2.5)  # right, right -> 3
    expected = 1.0 / (1.0 + np.exp(-(np.array([-1.0, 1.0, 2.0, 3.0]) - 0.25)))
    assert tiny_model().probabilities(x) == pytest.approx(expected)


# A valid model document of one depth-1 tree on feature 0.
ONE_STUMP = {
    "depth": 1,
    "baseline": 0.0,
    "features": [[0]],
    "thresholds": [[0.0]],
    "leaves": [[0.0, 1.0]],
    "threshold": 0.5,
}


def test_tree_model_rejects_malformed_arrays() -> None:
    good = dict(ONE_STUMP)
    classifier.model_from_dict(good)
    for change in (
        {"leaves": [[0.0, 1.0, 2.0]]},
        {"features": [[len(classifier.FEATURE_NAMES)]]},
        {"features": [[-1]]},
        {"depth": 2},
    ):
        with pytest.raises(ValueError, match="tree"):
            classifier.model_from_dict({**good, **change})


def test_model_switch_missing_and_stale_files(fresh_model: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fresh_model.setenv(classifier.ENV_SWITCH, "off")
    assert classifier.load_model() is None
    found, scored, container = rule_stage(news_page())
    assert classifier.select_body(found, scored, container, None) is None

    classifier.load_model.cache_clear()
    fresh_model.setenv(classifier.ENV_SWITCH, str(tmp_path / "missing.json"))
    assert classifier.load_model() is None

    stale = tmp_path / "stale.json"
    document = {
        "feature_digest": "0" * 16,
        **ONE_STUMP,
    }
    stale.write_text(json.dumps(document))
    classifier.load_model.cache_clear()
    fresh_model.setenv(classifier.ENV_SWITCH, str(stale))
    assert classifier.load_model() is None

    current = tmp_path / "current.json"
    current.write_text(json.dumps({**document, "feature_digest": classifier.FEATURE_DIGEST}))
    classifier.load_model.cache_clear()
    fresh_model.setenv(classifier.ENV_SWITCH, str(current))
    model = classifier.load_model()
    assert model is not None
    # feature 0 (log_bytes) is above 0 for every segment: every segment goes right and is kept
    kept = classifier.select_body(found, scored, container, None)
    assert kept == list(range(len(found.segments)))


def test_extractor_uses_the_model_file_named_by_the_switch(
    fresh_model: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # a model that keeps only <p> segments inside the heuristic container, whatever the rules say
    index_p = classifier.FEATURE_NAMES.index("tag_p")
    index_in = classifier.FEATURE_NAMES.index("in_container")
    document = {
        "feature_digest": classifier.FEATURE_DIGEST,
        "depth": 2,
        "baseline": 0.0,
        "features": [[index_p, index_in, index_in]],
        "thresholds": [[0.5, 0.5, 0.5]],
        "leaves": [[-5.0, -5.0, -5.0, 5.0]],
        "threshold": 0.5,
    }
    path = tmp_path / "p_only.json"
    path.write_text(json.dumps(document))
    fresh_model.setenv(classifier.ENV_SWITCH, str(path))
    article = kijiyomi.extract(news_page(), options=OPTIONS)
    assert article.ok
    assert [block.text for block in article.blocks] == list(_PARAGRAPHS)


SHIPPED = classifier.MODEL_PATH.is_file()


@pytest.mark.skipif(not SHIPPED, reason="no model file shipped")
def test_shipped_model_is_small_current_and_loads(fresh_model: pytest.MonkeyPatch) -> None:
    fresh_model.delenv(classifier.ENV_SWITCH, raising=False)
    assert classifier.MODEL_PATH.stat().st_size < 1_000_000
    data = json.loads(classifier.MODEL_PATH.read_text(encoding="utf-8"))
    assert data["feature_digest"] == classifier.FEATURE_DIGEST
    assert data["feature_names"] == list(classifier.FEATURE_NAMES)
    assert classifier.load_model() is not None


@pytest.mark.parametrize("switch", ["off", "on"])
def test_extract_keeps_the_article_and_drops_furniture(fresh_model: pytest.MonkeyPatch, switch: str) -> None:
    if switch == "off":
        fresh_model.setenv(classifier.ENV_SWITCH, "off")
    else:
        if not SHIPPED:
            pytest.skip("no model file shipped")
        fresh_model.delenv(classifier.ENV_SWITCH, raising=False)
    article = kijiyomi.extract(news_page(), options=OPTIONS)
    assert article.ok
    for paragraph in _PARAGRAPHS:
        assert paragraph in article.text
    for furniture in ("Section 3", "Related stories", "plan number 2", "All rights reserved", "Tweet"):
        assert furniture not in article.text
    japanese = kijiyomi.extract(ja_page(), options=OPTIONS)
    assert japanese.ok
    for paragraph in JA_PARAGRAPHS:
        assert paragraph in japanese.text
    for furniture in ("関連記事その2", "無断転載", "ツイート", "社会"):
        assert furniture not in japanese.text


@pytest.mark.skipif(not SHIPPED, reason="no model file shipped")
def test_model_costs_little_per_page(fresh_model: pytest.MonkeyPatch) -> None:
    fresh_model.delenv(classifier.ENV_SWITCH, raising=False)
    paragraphs = tuple(f"{text} Paragraph {i}." for i in range(40) for text in _PARAGRAPHS)
    found, scored, container = rule_stage(news_page(paragraphs))
    assert len(found.segments) > 150
    classifier.select_body(found, scored, container, None)  # load once
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        classifier.select_body(found, scored, container, None)
        runs.append(time.perf_counter() - started)
    assert sorted(runs)[2] < 0.05  # generous: a shared CI machine; measured figures are in the docs


def test_export_matches_scikit_learn() -> None:
    sklearn = pytest.importorskip("sklearn.ensemble")
    spec = importlib.util.spec_from_file_location(
        "train_segments", ROOT / "scripts/train_segment_classifier.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_segments"] = module
    spec.loader.exec_module(module)
    rng = np.random.default_rng(7)
    x = rng.normal(size=(600, len(classifier.FEATURE_NAMES)))
    y = (x[:, 0] + 0.5 * x[:, 3] * x[:, 5] > 0.2).astype(int)
    fitted = sklearn.HistGradientBoostingClassifier(max_depth=3, max_iter=15, random_state=0).fit(x, y)
    exported = module.export(fitted, 3)
    model = classifier.model_from_dict({**exported, "threshold": 0.5})
    assert model.probabilities(x) == pytest.approx(fitted.predict_proba(x)[:, 1], abs=1e-9)
