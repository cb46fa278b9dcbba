"""Class results: students' files merged read-only into a summary per question."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lessonkit.cli import main
from lessonkit.quiz._results import (
    MIN_STUDENTS,
    pseudonym,
    read_results,
    summarize_answers,
)
from lessonkit.quiz._store import AnswerStore, StoredAnswer

# (student, question, answer, correct) in the order they were given.
CLASS = [
    ("Ana", "q1", "a", True), ("Ana", "q2", "c", True), ("Ana", "q3", "b", True),
    ("Ben", "q1", "a", True), ("Ben", "q2", "c", True), ("Ben", "q3", "b", True),
    ("Cleo", "q1", "a", True), ("Cleo", "q2", "c", True), ("Cleo", "q3", "d", False),
    ("Dev", "q1", "b", False), ("Dev", "q2", "c", True), ("Dev", "q3", "d", False),
    ("Eli", "q1", "b", False), ("Eli", "q2", "a", False), ("Eli", "q3", "d", False),
    ("Fay", "q1", "c", False), ("Fay", "q2", "a", False), ("Fay", "q3", "a", False),
]  # fmt: skip


def _hand_in(folder: Path, rows: list[tuple[str, str, object, bool | None]]) -> list[Path]:
    """Each student answers in a file of their own, as on their own laptop."""
    paths = {}
    for student, question, answer, correct in rows:
        path = folder / f"{student.lower()}.sqlite"
        paths[student] = path
        with AnswerStore(path) as store:
            store.record("kharkiv", question, answer, correct, student=student)
    return sorted(paths.values())


@pytest.fixture
def class_files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "handed-in"
    folder.mkdir()
    return _hand_in(folder, CLASS)


def test_each_question_is_summarised(class_files: list[Path]) -> None:
    summary = read_results(class_files)
    assert (summary.answers, summary.students, summary.files) == (18, 6, 6)
    q1, q2, q3 = summary.questions
    assert [q.question_id for q in summary.questions] == ["q1", "q2", "q3"]
    assert (q1.answered, q1.right, q1.share_right) == (6, 3, 0.5)
    assert [(c.text, c.count, c.correct) for c in q1.choices] == [
        ("b", 2, False),
        ("c", 1, False),
        ("a", 3, True),
    ]
    assert q1.most_chosen_wrong is not None and q1.most_chosen_wrong.text == "b"
    assert q1.most_chosen_wrong.share == pytest.approx(2 / 6)
    assert q3.most_chosen_wrong is not None and q3.most_chosen_wrong.text == "d"
    assert (q2.right, q3.right) == (4, 2)


def test_discrimination_is_the_corrected_item_total_correlation(
    class_files: list[Path],
) -> None:
    q1, _, q3 = read_results(class_files).questions
    # q1's scores (1,1,1,0,0,0) against the mean of each student's q2 and q3:
    # (1, 1, 0.5, 0.5, 0, 0). Pearson r = 1 / sqrt(1.5 * 1.0).
    assert q1.discrimination == pytest.approx(1 / 1.5**0.5)
    assert q1.discrimination_students == 6
    # q3's (1,1,0,0,0,0) against (1, 1, 1, 0.5, 0, 0): r = (5/6) / sqrt(4/3 * 29/24).
    assert q3.discrimination == pytest.approx((5 / 6) / (4 / 3 * 29 / 24) ** 0.5)
    assert q1.to_dict()["discrimination_label"] == "good"


def test_a_question_that_good_students_miss_has_a_negative_index(tmp_path: Path) -> None:
    rows = []
    for i, name in enumerate(["Ana", "Ben", "Cleo", "Dev", "Eli", "Fay"]):
        strong = i < 3
        rows += [(name, "q1", "a" if strong else "b", strong),
                 (name, "q2", "a" if strong else "b", strong),
                 (name, "trap", "b" if strong else "a", not strong)]  # fmt: skip
    trap = next(
        q for q in read_results(_hand_in(tmp_path, rows)).questions if q.question_id == "trap"
    )
    assert trap.discrimination == pytest.approx(-1.0)
    assert trap.to_dict()["discrimination_label"] == "negative"


def test_too_few_students_or_no_spread_give_no_index(tmp_path: Path) -> None:
    few = [(n, q, "a", True) for n in ["Ana", "Ben"] for q in ("q1", "q2")]
    assert all(q.discrimination is None for q in read_results(_hand_in(tmp_path, few)).questions)
    assert MIN_STUDENTS > 2


def test_the_first_try_counts_and_tries_again_are_attempts(tmp_path: Path) -> None:
    with AnswerStore(tmp_path / "ana.sqlite") as store:
        store.record("kharkiv", "q1", "b", False, student="Ana")
        store.record("kharkiv", "q1", "a", True, student="Ana")  # practice mode: again
    with AnswerStore(tmp_path / "ana.sqlite") as store:  # after a kernel restart
        store.record("kharkiv", "q1", "a", True, student=" ana ")
    (q1,) = read_results([tmp_path / "ana.sqlite"]).questions
    assert (q1.answered, q1.attempts, q1.right) == (1, 3, 0)
    assert read_results([tmp_path / "ana.sqlite"]).students == 1


def test_partial_credit_polls_and_unnamed_students(tmp_path: Path) -> None:
    with AnswerStore(tmp_path / "a.sqlite") as one, AnswerStore(tmp_path / "b.sqlite") as two:
        one.record("kharkiv", "mark", [3, 4], False, score=0.5)
        two.record("kharkiv", "mark", [3, 4, 5], True, score=1.0)
        one.record("kharkiv", "trust", "somewhat", None)
        two.record("kharkiv", "trust", "not at all", None)
    summary = read_results([tmp_path / "a.sqlite", tmp_path / "b.sqlite"])
    mark, trust = summary.questions
    assert summary.students == 2  # no names: each kernel run is a student
    assert mark.mean_score == 0.75 and mark.share_right == 0.5
    assert [c.text for c in mark.choices] == ["3 + 4", "3 + 4 + 5"]
    assert trust.share_right is None and trust.right is None and trust.mean_score is None
    assert trust.most_chosen_wrong is None and {c.correct for c in trust.choices} == {None}


def test_an_answer_handed_in_twice_counts_once(class_files: list[Path], tmp_path: Path) -> None:
    copy = tmp_path / "ana-again.sqlite"
    shutil.copyfile(class_files[0], copy)
    summary = read_results([*class_files, copy])
    assert (summary.answers, summary.duplicates, summary.students) == (18, 3, 6)
    assert summary.questions[0].answered == 6


def test_answers_given_elsewhere_are_merged_once() -> None:
    answer = StoredAnswer(1, "k", "q1", "a", True, None, "2026-03-02T09:00:00+00:00",
                          "Ana", "s1", "u-1")  # fmt: skip
    same_in_another_file = StoredAnswer(7, "k", "q1", "a", True, None, answer.time,
                                        "Ana", "s1", "u-1")  # fmt: skip
    summary = summarize_answers([answer, same_in_another_file])
    assert (summary.answers, summary.duplicates) == (1, 1)


# --- nothing is changed ------------------------------------------------------------------------


def _state(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def test_reading_changes_no_file_and_leaves_nothing_beside_them(class_files: list[Path]) -> None:
    folder = class_files[0].parent
    before = _state(folder)
    assert main(["results", *map(str, class_files), "--json"]) == 0
    read_results(class_files)
    assert _state(folder) == before


def test_a_file_still_being_written_is_read_through_its_log_and_left_alone(
    tmp_path: Path,
) -> None:
    path = tmp_path / "live.sqlite"
    writer = AnswerStore(path)
    try:
        writer.record("kharkiv", "q1", "a", True, student="Ana")
        assert path.with_name("live.sqlite-wal").exists()  # the kernel is still running
        before = _state(tmp_path)
        summary = read_results([path])
        after = _state(tmp_path)
    finally:
        writer.close()
    assert summary.answers == 1
    assert {k: v for k, v in after.items() if not k.endswith("-shm")} == {
        k: v for k, v in before.items() if not k.endswith("-shm")
    }


# --- the command -------------------------------------------------------------------------------


def _bad_files(folder: Path) -> dict[str, Path]:
    bad = {"empty": folder / "empty.sqlite", "text": folder / "notes.sqlite",
           "foreign": folder / "photos.sqlite"}  # fmt: skip
    bad["empty"].touch()
    bad["text"].write_text("Ana: a, c, b\n", encoding="utf-8")
    with sqlite3.connect(bad["foreign"]) as conn:
        conn.execute("CREATE TABLE photos (name TEXT)")
    conn.close()
    return bad


def test_unreadable_files_are_named_skipped_and_left_alone(
    class_files: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _bad_files(tmp_path)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in bad.values()}
    assert main(["results", *map(str, class_files), *map(str, bad.values()), "--json"]) == 0
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert [s["file"] for s in report["skipped"]] == [str(p) for p in bad.values()]
    lines = err.splitlines()
    assert len(lines) == 3
    for line, path in zip(lines, bad.values(), strict=True):
        assert line.startswith(f"lessonkit: skipped {path}: ")
    assert "empty" in lines[0] and "not an SQLite database" in lines[1]
    assert "another application" in lines[2]
    assert report["answers"] == 18 and report["students"] == 6
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in bad.values()} == before


def test_no_usable_file_is_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _bad_files(tmp_path)
    assert main(["results", *map(str, bad.values())]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines()[-1].startswith("lessonkit: none of the 3 file(s) given holds")
    assert len(err.splitlines()) == 4
    nothing = read_results([tmp_path / "missing.sqlite"])
    assert (nothing.files, nothing.answers, nothing.questions) == (0, 0, ())
    assert (
        nothing.skipped[0].error == f"{tmp_path / 'missing.sqlite'}: no such file; check the name"
    )


def test_the_json_has_the_promised_shape(
    class_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["results", *map(str, class_files), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {"answers", "students", "questions", "skipped"} <= set(report)
    assert "point-biserial" in report["discrimination_index"]
    q1 = report["questions"][0]
    assert q1["question_id"] == "q1" and q1["answered"] == 6 and q1["share_right"] == 0.5
    assert q1["most_chosen_wrong"] == {"answer": "b", "text": "b", "count": 2,
                                       "share": 0.3333, "correct": False}  # fmt: skip
    assert [c["answer"] for c in q1["choices"]] == ["b", "c", "a"]
    assert q1["discrimination"] == 0.816


def test_the_table_and_the_csv(class_files: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(class_files[0].parent)
    assert main(["results", folder]) == 0  # a folder stands for its .sqlite files
    table = capsys.readouterr().out
    assert table.startswith("18 answer(s) from 6 student(s) in 6 file(s)")
    q1 = next(line for line in table.splitlines() if re.match(r"kharkiv\s+q1\s", line))
    assert re.search(r"\b6\s+50% \(3\)\s+b \(2\)\s+b ✗2, c ✗1, a ✓3\s+\+0\.82 good$", q1)
    assert "corrected item-total correlation" in table
    assert main(["results", folder, "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["question_id"] for r in rows] == ["q1", "q2", "q3"]
    assert rows[0]["share_right"] == "0.5" and rows[0]["most_chosen_wrong"] == "b"
    assert rows[0]["choices"] == "b (2); c (1); a (3)"


def test_the_command_draws_the_chart_on_request(
    class_files: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    png = tmp_path / "class.png"
    assert main(["results", *map(str, class_files), "--json", "--chart", str(png)]) == 0
    out, err = capsys.readouterr()
    json.loads(out)
    assert png.read_bytes().startswith(b"\x89PNG")
    assert "alt text: Bar chart of 3 questions answered by 6 students" in err


def test_the_console_command_runs(class_files: list[Path]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "lessonkit", "results", *map(str, class_files), "--csv"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0].startswith("quiz_id,question_id,answered")


# --- pseudonyms --------------------------------------------------------------------------------


def test_pseudonyms_are_stable_friendly_and_salted(monkeypatch: pytest.MonkeyPatch) -> None:
    names = [f"Student Number {i}" for i in range(30)]
    shown = [pseudonym(n, salt="7B-2026") for n in names]
    assert len(set(shown)) == 30
    assert all(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+ \d\d", p) for p in shown)
    assert pseudonym("ANA  ruiz", salt="7B-2026") == pseudonym("Ana Ruiz", salt="7B-2026")
    assert pseudonym("Ana Ruiz", salt="7B-2026") != pseudonym("Ana Ruiz", salt="8C-2026")
    assert "Ana" not in pseudonym("Ana Ruiz")
    monkeypatch.setenv("LESSONKIT_CLASS_SALT", "8C-2026")
    assert pseudonym("Ana Ruiz") == pseudonym("Ana Ruiz", salt="8C-2026")
    assert pseudonym(None) == pseudonym("  ") == "Anonymous"


def test_shown_answers_are_counted_per_question_not_as_answers(tmp_path: Path) -> None:
    from lessonkit.quiz import AnswerStore, read_results
    from lessonkit.quiz._store import shown_id

    path = tmp_path / "a.sqlite"
    with AnswerStore(path) as store:
        for student in ("Ana", "Ben", "Cy"):
            store.record("k", "who", "nobody", False, student=student)
        store.record("k", shown_id("who"), True, None, student="Ana")
        store.record("k", shown_id("who"), True, None, student="Ana")  # pressed twice
        store.record("k", shown_id("who"), True, None, student="Ben")
    summary = read_results([path])
    [question] = summary.questions
    assert (question.question_id, question.answered, question.shown) == ("who", 3, 2)
    assert summary.answers == 3
    assert summary.to_dict()["questions"][0]["answer_shown"] == 2
    header, row = summary.csv_text().splitlines()[:2]
    assert "answer_shown" in header.split(",")
    assert row.split(",")[header.split(",").index("answer_shown")] == "2"


def test_a_polls_reason_rows_are_not_counted_as_questions(tmp_path: Path) -> None:
    from lessonkit.quiz import AnswerStore, read_results
    from lessonkit.quiz._store import why_id

    path = tmp_path / "a.sqlite"
    with AnswerStore(path) as store:
        store.record("k", "trust", "low", None, student="Ana")
        store.record("k", why_id("trust"), "She was not there.", None, student="Ana")
    summary = read_results([path])
    assert [q.question_id for q in summary.questions] == ["trust"]
