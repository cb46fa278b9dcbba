"""Student versions: copies of the lessons without solutions or teacher notes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from lessonkit.errors import InputError
from lessonkit.student import ANSWER_NOTE, make_student_versions, student_notebook

ROOT = Path(__file__).parents[1]
LESSONS = sorted((ROOT / "notebooks").glob("*.ipynb"))
HIDDEN_TAGS = {"solution", "teacher"}


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lessonkit", "student-version", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def tags(cell: nbformat.NotebookNode) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []))


def hand_made(minor: int = 5) -> nbformat.NotebookNode:
    """An exercise with its own answer cell, one without, a two-cell solution and teacher notes."""
    nb = new_notebook()
    nb.nbformat_minor = minor
    printed = new_code_cell("print('hello')", execution_count=3)
    printed.outputs = [new_output("stream", name="stdout", text="hello\n")]
    cells = [
        new_markdown_cell("# A lesson\n\n## Questions\n\n## Objectives\n\n5 minutes"),
        printed,
        new_markdown_cell("Say this to the class first.", metadata={"tags": ["teacher"]}),
        new_markdown_cell("### Exercise 1"),
        new_code_cell("# Your answer here\n"),
        new_code_cell("with solution():\n    print(42)", metadata={"tags": ["solution"]}),
        new_markdown_cell("### Exercise 2"),
        new_code_cell("answer = 6 * 7", metadata={"tags": ["solution"]}),
        new_code_cell("print(answer)", metadata={"tags": ["Solution"]}),
        new_code_cell("x = 1", metadata={"tags": ["teacher", "other"]}),
        new_markdown_cell("## Key points"),
    ]
    for i, cell in enumerate(cells):
        if minor >= 5:
            cell.id = f"cell-{i}"
        else:
            cell.pop("id", None)
    nb.cells = cells
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.validate(nb)
    return nb


@pytest.fixture
def lessons(tmp_path: Path) -> Path:
    folder = tmp_path / "lessons"
    shutil.copytree(ROOT / "notebooks", folder, ignore=shutil.ignore_patterns(".*"))
    return folder


@pytest.mark.parametrize("minor", [4, 5])
def test_hand_made_notebook_loses_solutions_and_teacher_notes(minor: int) -> None:
    nb = hand_made(minor)
    before = nbformat.writes(nb)
    student, solutions, notes = student_notebook(nb)
    assert nbformat.writes(nb) == before  # the input is left as it was
    nbformat.validate(student)
    assert (solutions, notes) == (2, 2)
    sources = [c.source for c in student.cells]
    assert sources == [
        nb.cells[0].source,
        "print('hello')",
        "### Exercise 1",
        ANSWER_NOTE,
        "# Your answer here\n",  # the exercise's own answer cell, under the note
        "### Exercise 2",
        ANSWER_NOTE,
        "",  # a new, empty answer cell for the two-cell solution
        "## Key points",
    ]
    assert not any(tags(c) & HIDDEN_TAGS for c in student.cells)
    code = [c for c in student.cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in code)
    assert "widgets" not in student.metadata
    assert student.metadata["kernelspec"]["name"] == "python3"
    if minor >= 5:
        ids = [c.id for c in student.cells]
        assert len(set(ids)) == len(ids)
        assert student_notebook(nb)[0] == student  # the same copy every time
    else:
        assert all("id" not in c for c in student.cells)


def test_real_lessons_become_valid_student_versions(lessons: Path, tmp_path: Path) -> None:
    originals = {p.name: p.read_bytes() for p in lessons.glob("*.ipynb")}
    out = tmp_path / "student"
    written = make_student_versions(lessons, out)
    assert sorted(p.name for p in written) == sorted(originals)
    assert {p.name: p.read_bytes() for p in lessons.glob("*.ipynb")} == originals
    for path in written:
        source = nbformat.reads(originals[path.name].decode("utf-8"), as_version=4)
        copy = nbformat.read(path, as_version=4)
        nbformat.validate(copy)
        assert not any(tags(c) & HIDDEN_TAGS for c in copy.cells), path.name
        assert all(
            c.outputs == [] and c.execution_count is None
            for c in copy.cells
            if c.cell_type == "code"
        )
        hidden = [c.source for c in source.cells if tags(c) & HIDDEN_TAGS and c.source.strip()]
        kept = {c.source for c in copy.cells}
        assert not [s for s in hidden if s in kept], path.name
        runs = sum(
            1
            for i, c in enumerate(source.cells)
            if "solution" in tags(c) and (i == 0 or "solution" not in tags(source.cells[i - 1]))
        )
        assert sum(c.source == ANSWER_NOTE for c in copy.cells) == runs, path.name
        first = "".join(copy.cells[0].source).lower()
        assert "questions" in first and "objectives" in first


def test_student_versions_of_the_lessons_run_under_nbval(lessons: Path, tmp_path: Path) -> None:
    out = tmp_path / "student"
    make_student_versions(lessons, out)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval-lax", "-p", "no:cacheprovider", "-q", str(out)],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "failed" not in result.stdout


def test_one_notebook_into_a_folder_or_to_a_file(lessons: Path, tmp_path: Path) -> None:
    one = LESSONS[0].name
    [into_folder] = make_student_versions(lessons / one, tmp_path / "a")
    assert into_folder == tmp_path / "a" / one
    [as_file] = make_student_versions(lessons / one, tmp_path / "b" / "mine.ipynb")
    assert as_file == tmp_path / "b" / "mine.ipynb"
    assert as_file.read_bytes() == into_folder.read_bytes()


def test_sub_folders_keep_their_layout(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "week2").mkdir(parents=True)
    (src / ".ipynb_checkpoints").mkdir()
    nbformat.write(hand_made(), src / "a.ipynb")
    nbformat.write(hand_made(), src / "week2" / "b.ipynb")
    nbformat.write(hand_made(), src / ".ipynb_checkpoints" / "a-checkpoint.ipynb")
    written = make_student_versions(src, tmp_path / "out")
    assert [p.relative_to(tmp_path / "out").as_posix() for p in written] == [
        "a.ipynb",
        "week2/b.ipynb",
    ]


def test_existing_copies_are_kept_unless_forced(lessons: Path, tmp_path: Path) -> None:
    out = tmp_path / "student"
    out.mkdir()
    kept = out / LESSONS[-1].name
    kept.write_text("my own notes", encoding="utf-8")
    with pytest.raises(InputError, match="already exists; pass --force"):
        make_student_versions(lessons, out)
    assert kept.read_text(encoding="utf-8") == "my own notes"
    assert sorted(out.iterdir()) == [kept]  # nothing else was written either
    written = make_student_versions(lessons, out, force=True)
    assert kept in written
    nbformat.validate(nbformat.read(kept, as_version=4))


@pytest.mark.parametrize("inside", [".", "student", "deeper/still"])
def test_writing_into_the_lessons_folder_is_refused(lessons: Path, inside: str) -> None:
    before = sorted(p.relative_to(lessons) for p in lessons.rglob("*"))
    with pytest.raises(InputError, match="never written to"):
        make_student_versions(lessons, lessons / inside, force=True)
    assert sorted(p.relative_to(lessons) for p in lessons.rglob("*")) == before


def test_a_notebook_is_never_written_over_itself(lessons: Path) -> None:
    one = lessons / LESSONS[0].name
    before = one.read_bytes()
    for out in (lessons, one):
        with pytest.raises(InputError, match="would overwrite the notebook it is made from"):
            make_student_versions(one, out, force=True)
    assert one.read_bytes() == before


def test_cli_writes_and_reports(lessons: Path, tmp_path: Path) -> None:
    out = tmp_path / "student"
    result = run_cli(lessons, out)
    assert result.returncode == 0, result.stderr
    assert f"{len(LESSONS)} student version(s) written" in result.stdout
    assert sorted(p.name for p in out.glob("*.ipynb")) == [p.name for p in LESSONS]
    again = run_cli(lessons, out)
    assert again.returncode == 2
    assert again.stderr.count("\n") == 1 and "already exists" in again.stderr
    assert run_cli(lessons, out, "--force").returncode == 0


def test_cli_bad_input_is_one_line_and_exit_2(lessons: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    (tmp_path / "broken.ipynb").write_text("{not json", encoding="utf-8")
    (tmp_path / "list.ipynb").write_text("[1, 2]", encoding="utf-8")
    cases = {
        (tmp_path / "nope", tmp_path / "o1"): "no such file or folder",
        (tmp_path / "empty", tmp_path / "o2"): "holds no notebooks",
        (tmp_path / "notes.txt", tmp_path / "o3"): "is not a notebook",
        (tmp_path / "broken.ipynb", tmp_path / "o4"): "is not a valid notebook",
        (tmp_path / "list.ipynb", tmp_path / "o5"): "is not a valid notebook",
        (lessons, lessons / "out"): "never written to",
        (lessons, tmp_path / "notes.txt"): "needs an output folder",
        (lessons, tmp_path / "new.ipynb"): "needs an output folder",
    }
    for (src, out), problem in cases.items():
        result = run_cli(src, out)
        assert result.returncode == 2, (src, out, result.stdout)
        assert result.stderr.startswith("lessonkit: "), result.stderr
        assert result.stderr.count("\n") == 1, result.stderr
        assert problem in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert not any((tmp_path / f"o{i}").exists() for i in range(1, 6))
