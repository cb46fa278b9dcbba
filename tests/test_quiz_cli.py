"""``lessonkit quiz PATH``, run as a user runs it: a separate process, reading real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli import ARTICLE, PROBLEMS, _bad_files, run


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _bad_files(tmp_path_factory.mktemp("bad-quiz"))


@pytest.mark.parametrize("case", sorted(PROBLEMS))
def test_bad_input_gets_one_line_exit_2_no_traceback(bad_files: dict[str, Path], case: str) -> None:
    result = run("quiz", str(bad_files[case]))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert str(bad_files[case]) in lines[0]
    assert PROBLEMS[case] in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["quiz"], ["quiz", str(ARTICLE), "--seed", "x"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_json_has_the_documented_keys() -> None:
    result = run("quiz", str(ARTICLE), "--json", "--seed", "4")
    assert result.returncode == 0, result.stderr
    questions = json.loads(result.stdout)
    text = ARTICLE.read_text("utf-8")
    assert len(questions) > 40
    kinds = set()
    for q in questions:
        assert {"id", "type", "kind", "prompt", "span", "choices", "origin"} <= set(q)
        start, end = q["span"]
        assert 0 <= start <= end <= len(text)
        kinds.add(q["kind"])
        for c in q["choices"]:
            assert set(c) == {"id", "text", "correct", "feedback"}
        if q["kind"].startswith("mark-"):
            s, e = q["answer_span"]
            assert start <= s < e <= end
        else:
            assert sum(c["correct"] for c in q["choices"]) == 1
    assert {"who-said", "how-sourced", "source-type", "which-side", "which-verb",
            "reporter-voice", "mark-source", "mark-cue"} <= kinds  # fmt: skip
    again = json.loads(run("quiz", str(ARTICLE), "--json", "--seed", "4").stdout)
    assert again == questions


def test_the_list_marks_right_answers_and_origins(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(
        "# Harbour\n\n“The pier is unsafe,” said Marta Olsen, the harbour master.\n\n"
        "Council leader Tom Hale said the pier would stay open.\n",
        "utf-8",
    )
    result = run("quiz", str(story), "--kind", "who-said")
    assert result.returncode == 0, result.stderr
    assert "✓ Marta Olsen" in result.stdout
    assert "· Tom Hale" in result.stdout
    assert "from: who-said, attribution #1, rule " in result.stdout
    assert result.stdout.rstrip().endswith("2 question(s): 2 who-said")


def test_an_article_with_no_attributions_says_so(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("It rained.\n", "utf-8")
    result = run("quiz", str(plain))
    assert result.returncode == 0
    assert "0 question(s) (no attribution was found" in result.stdout
