"""Report against report: alignment, the comparison texts, and the two commands."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest

from lessonkit import Article, lesson_article
from lessonkit.compare import LABEL, compare_articles, comparison_texts, similarity_matrix
from lessonkit.compareview import side_by_side

ROOT = Path(__file__).parents[1]
ARTICLE = ROOT / "data" / "articles" / "guardian-2022-09-10-kharkiv-counteroffensive.txt"
WIRE = ROOT / "data" / "comparison" / "wire-2022-09-10.txt"
RUSSIAN = ROOT / "data" / "comparison" / "russian-state-framing-2022-09-10.txt"
FACT_SHEET = Path(
    os.environ.get(
        "LESSONKIT_FACT_SHEET",
        ROOT.parent / "shared" / "facts" / "kharkiv-counteroffensive-2022.md",
    )
)

sys.path.insert(0, str(Path(__file__).parent))
from test_cli import PROBLEMS, _bad_files, run  # noqa: E402


def test_each_sentence_is_aligned_at_most_once_within_a_pair_of_articles() -> None:
    arts = [lesson_article(), *(t.article for t in comparison_texts())]
    comparison = compare_articles(arts)
    seen: set[tuple[int, int, tuple[int, int]]] = set()
    for pair in comparison.aligned:
        for k in (0, 1):
            key = (
                (*pair.articles, pair.spans[k])
                if k == 0
                else (pair.articles[1], pair.articles[0], pair.spans[1])
            )
            assert key not in seen
            seen.add(key)
            article = arts[pair.articles[k]]
            assert article.text[slice(*pair.spans[k])] == pair.texts[k]
        assert comparison.threshold <= pair.similarity <= 1


def test_the_shipped_set_aligns_shared_facts_and_shows_the_differing_figure() -> None:
    wire = comparison_texts()[0].article
    comparison = compare_articles([lesson_article(), wire])
    texts = [(a.texts[0], a.texts[1]) for a in comparison.aligned]
    assert any("Zelenskiy" in a and "Zelenskiy" in b for a, b in texts)
    assert any("1,300 Chechen" in a and "1,300 Chechen" in b for a, b in texts)
    [zelenskiy] = [
        a for a in comparison.aligned if "Zelenskiy" in a.texts[0] and "2,000" in a.texts[1]
    ]
    differing = [(f.first.text, f.second.text) for f in zelenskiy.figures if f.differs]
    assert differing == [("700 square miles", "770 square miles")]


def test_sentences_no_other_article_reports_are_only_in_that_article() -> None:
    a = Article.from_text("The mayor opened a bridge on Monday. A dog won a prize at the show.")
    b = Article.from_text("On Monday the mayor opened the new bridge across the river.")
    comparison = compare_articles([a, b])
    assert [o.text for o in comparison.only_in] == ["A dog won a prize at the show."]
    assert [o.article for o in comparison.only_in] == [0]


def test_unrelated_articles_align_nothing() -> None:
    wire = Article.from_path(
        ROOT / "tests" / "data" / "compare" / "dev" / "01-warehouse-fire" / "wire.txt"
    )
    assert compare_articles([lesson_article(), wire]).aligned == ()


def test_transliterated_names_still_meet() -> None:
    m = similarity_matrix(
        ["Russian troops left Izyum and Kupyansk."],
        ["Russian troops left Izium and Kupiansk.", "Russian troops left Lviv and Odesa."],
    )
    assert m[0, 0] > m[0, 1] + 0.1


@pytest.mark.parametrize("bad", [[], ["one"], "two strings"])
def test_compare_needs_two_articles(bad: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        compare_articles(bad)  # type: ignore[arg-type]


def test_side_by_side_escapes_article_text_and_marks_omissions() -> None:
    a = Article.from_text("<script>alert(1)</script> Officials said 2,000 sq km were retaken.")
    b = Article.from_text("Officials said 2,500 sq km were retaken. The weather was cold.")
    view = side_by_side(compare_articles([a, b]), ["A", "B"])
    assert "<script>" not in view.html and "&lt;script&gt;" in view.html
    assert "only in B" in view.html
    assert "≠ figures differ" in view.html


# --------------------------------------------------------------------------- comparison texts


def test_comparison_texts_are_labelled_and_every_sentence_has_a_fact_reference() -> None:
    texts = comparison_texts()
    assert [t.stem for t in texts] == [
        "wire-2022-09-10",
        "russian-state-framing-2022-09-10",
        "ukrainian-framing-2022-09-10",
    ]
    for t in texts:
        assert t.label == LABEL
        assert "not a published article" in t.label
        listed = {s.text: s for s in t.sentences}
        for sentence in t.article.sentences:
            entry = listed[t.article.text[sentence.start : sentence.end]]
            assert entry.facts
            for fact in entry.facts:
                assert fact.line >= 1
                assert re.match(r"https?://\S+\.\S+", fact.source)


@pytest.mark.skipif(
    not FACT_SHEET.is_file(), reason="the fact sheet is kept outside the repository"
)
def test_every_fact_reference_is_a_fact_sheet_line_that_cites_that_address() -> None:
    lines = FACT_SHEET.read_text(encoding="utf-8").split("\n")
    for t in comparison_texts():
        for s in t.sentences:
            for fact in s.facts:
                assert fact.line <= len(lines)
                assert fact.source in lines[fact.line - 1], (t.stem, s.text, fact.line)


def test_the_framed_texts_use_the_framing_the_lesson_is_about() -> None:
    from lessonkit.compare import framing

    russian = framing(comparison_texts()[1].article)
    assert {"euphemism"} <= {w.category for w in russian.event_words}
    ukrainian = framing(comparison_texts()[2].article)
    assert {"liberation", "disorderly"} <= {w.category for w in ukrainian.event_words}


# --------------------------------------------------------------------------- the commands


def test_sources_json_has_exactly_the_documented_shape() -> None:
    result = run("sources", str(ARTICLE), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"speakers", "loaded_cues", "hedges", "unattributed"}
    assert all(
        set(s) == {"speaker", "side", "speaker_type", "attributions", "quoted_words"}
        for s in data["speakers"]
    )
    counts = [s["attributions"] for s in data["speakers"]]
    assert counts == sorted(counts, reverse=True)
    text = ARTICLE.read_text(encoding="utf-8")
    for item in data["loaded_cues"]:
        assert set(item) == {"cue", "speaker", "span"}
        assert text[slice(*item["span"])] == item["cue"]
    assert any(c["cue"] == "admitted" for c in data["loaded_cues"])
    for key in ("hedges", "unattributed"):
        for item in data[key]:
            assert set(item) == {"text", "span"}
            assert text[slice(*item["span"])] == item["text"]
    assert any(u["text"].startswith("Retaking Izium is perhaps") for u in data["unattributed"])


def test_compare_json_has_exactly_the_documented_shape(tmp_path: Path) -> None:
    crlf = tmp_path / "wire-crlf.txt"
    crlf.write_bytes(WIRE.read_bytes().replace(b"\n", b"\r\n"))
    result = run("compare", str(ARTICLE), str(crlf), str(RUSSIAN), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"articles", "aligned", "only_in", "numbers"}
    assert data["articles"] == [str(ARTICLE), str(crlf), str(RUSSIAN)]
    texts = [Article.from_path(p).text for p in data["articles"]]
    assert data["aligned"]
    for item in data["aligned"]:
        assert set(item) == {"articles", "texts", "spans", "similarity"}
        i, j = item["articles"]
        assert i < j
        assert texts[i][slice(*item["spans"][0])] == item["texts"][0]
        assert texts[j][slice(*item["spans"][1])] == item["texts"][1]
        assert 0 < item["similarity"] <= 1
    for item in data["only_in"]:
        assert set(item) == {"article", "text", "span"}
        assert texts[item["article"]][slice(*item["span"])] == item["text"]
    for item in data["numbers"]:
        assert set(item) == {"article", "text", "value", "unit", "quantity", "span"}
        assert texts[item["article"]][slice(*item["span"])] == item["text"]
    assert {"700 square miles", "770 square miles"} <= {n["text"] for n in data["numbers"]}


def test_sources_and_compare_tables_are_readable() -> None:
    result = run("sources", str(ARTICLE))
    assert result.returncode == 0 and "Loaded cues" in result.stdout and "admitted" in result.stdout
    result = run("compare", str(ARTICLE), str(WIRE))
    assert result.returncode == 0 and "Reported by both" in result.stdout


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _bad_files(tmp_path_factory.mktemp("bad"))


@pytest.mark.parametrize("command", ["sources", "compare-first", "compare-second"])
@pytest.mark.parametrize("case", sorted(PROBLEMS))
def test_bad_input_gets_one_line_exit_2_no_traceback(
    bad_files: dict[str, Path], command: str, case: str
) -> None:
    bad = str(bad_files[case])
    args = {
        "sources": ["sources", bad],
        "compare-first": ["compare", bad, str(ARTICLE)],
        "compare-second": ["compare", str(ARTICLE), str(WIRE), bad, "--json"],
    }[command]
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert bad in lines[0] and PROBLEMS[case] in lines[0]
    assert "Traceback" not in result.stderr


def test_compare_with_one_article_is_a_usage_error() -> None:
    result = run("compare", str(ARTICLE))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    # Only the second article is missing; the optional third must not be called required.
    assert result.stderr.strip().endswith("the following arguments are required: B")
