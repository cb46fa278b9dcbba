"""Student versions of the lessons: copies without the solutions and the teacher notes.

``lessonkit student-version SRC OUT`` (or :func:`make_student_versions`) reads one notebook or
every notebook in a folder and writes a copy of each in which

- cells tagged ``teacher`` are gone;
- each run of cells tagged ``solution`` becomes a short note and an empty cell to answer in
  (when the exercise already has an empty answer cell just before it, only the note is added);
- outputs, execution counts and saved widget state are cleared.

The copies are checked with ``nbformat.validate`` before they are written. The input is never
overwritten: writing into SRC (or anywhere inside it) is refused, and so is writing over an
existing file unless ``force`` is given.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._files import write_atomically
from .errors import InputError

if TYPE_CHECKING:
    from nbformat import NotebookNode

__all__ = ["ANSWER_NOTE", "StudentCopy", "add_command", "make_student_versions", "student_notebook"]

TEACHER_TAG = "teacher"
SOLUTION_TAG = "solution"
ANSWER_NOTE = (
    "**Your answer here:** write it in the cell below. Your teacher has the worked solution."
)


@dataclass(frozen=True)
class StudentCopy:
    """One student version written: where from, where to, and what was taken out."""

    source: Path
    target: Path
    solutions: int
    teacher_notes: int


def make_student_versions(
    src: str | os.PathLike[str], out: str | os.PathLike[str], *, force: bool = False
) -> list[Path]:
    """Write student versions of the notebook ``src``, or of every notebook in the folder ``src``.

    Parameters
    ----------
    src
        A ``.ipynb`` file, or a folder whose notebooks (in sub-folders too) are copied with the
        same layout.
    out
        A folder to write into (made if missing). For one notebook, ``out`` may also be the
        ``.ipynb`` file to write.
    force
        Write over files that already exist in ``out``.

    Returns
    -------
    list of Path
        The files written, in order.

    Raises
    ------
    InputError
        When ``src`` is not a notebook or a folder of notebooks, when ``out`` is ``src`` or
        inside it, or when a file in ``out`` exists and ``force`` is not given. Nothing is
        written then.

    Examples
    --------
    >>> make_student_versions("no-such-folder", "student")
    Traceback (most recent call last):
    ...
    lessonkit.errors.InputError: no-such-folder: no such file or folder; check the path
    """
    return [copy.target for copy in _write_student_versions(src, out, force=force)]


def student_notebook(notebook: NotebookNode) -> tuple[NotebookNode, int, int]:
    """Return a student version of ``notebook``, and how many solutions and teacher notes it lost.

    The input is left unchanged.
    """
    nbformat = _nbformat()

    result = nbformat.from_dict({key: value for key, value in notebook.items() if key != "cells"})
    result.metadata.pop("widgets", None)
    cells: list[Any] = []
    solutions = teacher_notes = 0
    in_solution = False
    for index, cell in enumerate(notebook.cells):
        tags = _tags(cell)
        if TEACHER_TAG in tags:
            teacher_notes += 1
            continue
        if SOLUTION_TAG in tags:
            if not in_solution:
                solutions += 1
                cells.extend(_answer_cells(notebook, index, cell, cells))
            in_solution = True
            continue
        in_solution = False
        cells.append(_cleared(cell))
    result.cells = cells
    return result, solutions, teacher_notes


def _nbformat() -> Any:
    """The ``nbformat`` module (imported when first needed; its functions are untyped)."""
    from ._jsonschema import import_jsonschema

    import_jsonschema()  # nbformat validates with jsonschema: load it without unused grammars
    import nbformat

    return nbformat


def _tags(cell: Any) -> set[str]:
    tags = cell.get("metadata", {}).get("tags", [])
    return {str(tag).strip().lower() for tag in tags} if isinstance(tags, list) else set()


def _cleared(cell: Any) -> Any:
    nbformat = _nbformat()

    copy = nbformat.from_dict(dict(cell))
    copy.metadata = nbformat.from_dict(dict(cell.get("metadata", {})))
    if copy.cell_type == "code":
        copy.outputs = []
        copy.execution_count = None
    copy.metadata.pop("execution", None)
    return copy


def _is_blank_answer(cell: Any) -> bool:
    """True for a code cell that holds only comments and blank lines (``# Your answer here``)."""
    if cell.cell_type != "code":
        return False
    return all(
        not line.strip() or line.lstrip().startswith("#") for line in cell.source.split("\n")
    )


def _answer_cells(notebook: Any, index: int, solution: Any, emitted: list[Any]) -> list[Any]:
    """The note and empty cell that stand in for the solution at ``notebook.cells[index]``."""
    nbformat = _nbformat()

    note = nbformat.v4.new_markdown_cell(ANSWER_NOTE)
    answer = nbformat.v4.new_code_cell("")
    if notebook.get("nbformat_minor", 0) >= 5:
        # Ids that stay the same from one run to the next, so copies can be compared.
        base = (
            str(solution.get("id") or "")[:50]
            or hashlib.sha1(
                f"{index}:{solution.source}".encode(), usedforsecurity=False
            ).hexdigest()[:16]
        )
        note.id, answer.id = f"{base}-note", f"{base}-answer"
    else:
        note.pop("id", None)
        answer.pop("id", None)
    if emitted and _is_blank_answer(emitted[-1]):
        # The exercise has its own empty answer cell: put the note above it, add no second one.
        return [note, emitted.pop()]
    return [note, answer]


def _notebooks_in(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*.ipynb")):
        parts = path.relative_to(folder).parts
        if not any(part.startswith(".") for part in parts):
            found.append(path)
    return found


def _is_inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _plan(src: Path, out: Path, src_name: str, out_name: str) -> list[tuple[Path, Path]]:
    """Pair each source notebook with the file its student version goes to."""
    if not src.exists():
        raise InputError(src_name, "no such file or folder", "check the path")
    src_real = src.resolve()
    out_real = out.resolve()
    if src.is_dir():
        if _is_inside(out_real, src_real):
            raise InputError(
                out_name,
                f"is inside the lessons folder {src_name}, which is never written to",
                "choose an output folder outside it (for example student-notebooks)",
            )
        if (out.exists() and not out.is_dir()) or (
            not out.exists() and out.suffix.lower() == ".ipynb"
        ):
            raise InputError(
                out_name,
                "is a notebook file, but a folder of lessons needs an output folder",
                "name a folder for the student versions",
            )
        sources = _notebooks_in(src)
        if not sources:
            raise InputError(src_name, "holds no notebooks (.ipynb)", "name the lessons folder")
        return [(path, out / path.relative_to(src)) for path in sources]
    if src.suffix.lower() != ".ipynb":
        raise InputError(src_name, "is not a notebook (.ipynb)", "name a lesson notebook or folder")
    if out.suffix.lower() == ".ipynb" and not out.is_dir():
        target = out
    else:
        if out.exists() and not out.is_dir():
            raise InputError(
                out_name, "is a file, not a folder", "name a folder or a .ipynb file to write"
            )
        target = out / src.name
    if target.resolve() == src_real or (target.exists() and target.samefile(src)):
        raise InputError(
            out_name,
            "would overwrite the notebook it is made from",
            "choose another output folder or file name",
        )
    return [(src, target)]


def _read(path: Path) -> NotebookNode:
    nbformat = _nbformat()

    try:
        notebook: NotebookNode = nbformat.read(path, as_version=4)
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise InputError(str(path), f"cannot be read ({reason})", "check the file") from None
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(
            str(path), f"is not a valid notebook ({first})", "open it in JupyterLab and save it"
        ) from None
    if not isinstance(notebook.get("cells"), list):
        raise InputError(str(path), "is not a notebook (no cells)", "name a lesson notebook")
    return notebook


def _write_student_versions(
    src: str | os.PathLike[str], out: str | os.PathLike[str], *, force: bool
) -> list[StudentCopy]:
    nbformat = _nbformat()

    src_name, out_name = os.fspath(src), os.fspath(out)
    plan = _plan(Path(src), Path(out), src_name, out_name)
    if not force:
        for _, target in plan:
            if target.exists():
                raise InputError(
                    str(target),
                    "already exists",
                    "pass --force to write over it, or choose another output folder",
                )
    made = []
    for source, target in plan:
        student, solutions, notes = student_notebook(_read(source))
        try:
            nbformat.validate(student)
        except nbformat.ValidationError as exc:
            first = str(exc).strip().splitlines()[0]
            raise InputError(
                str(source),
                f"its student version would not be a valid notebook ({first})",
                "open it in JupyterLab and save it, then try again",
            ) from None
        made.append((source, target, student, solutions, notes))
    copies = []
    for source, target, student, solutions, notes in made:
        _atomic_write(target, nbformat.writes(student) + "\n")
        copies.append(StudentCopy(source, target, solutions, notes))
    return copies


def _atomic_write(target: Path, text: str) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, text)
    except OSError as exc:
        raise InputError(
            str(target), f"cannot be written ({exc.strerror})", "check the output folder"
        ) from None


def _summary(copies: Iterable[StudentCopy], seconds: float) -> str:
    copies = list(copies)
    lines = [
        f"{c.target}  ({c.solutions} solution(s) and {c.teacher_notes} teacher note(s) taken out)"
        for c in copies
    ]
    lines.append(f"{len(copies)} student version(s) written in {seconds:.2f} s")
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> str:
    started = time.perf_counter()
    copies = _write_student_versions(args.src, args.out, force=args.force)
    return _summary(copies, time.perf_counter() - started)


def add_command(subparsers: Any) -> None:
    """Add ``lessonkit student-version SRC OUT [--force]``."""
    help_text = "write copies of the lessons without solutions or teacher notes"
    parser = subparsers.add_parser(
        "student-version", help=help_text, description=help_text.capitalize() + "."
    )
    parser.add_argument("src", metavar="SRC", help="a lesson notebook, or a folder of them")
    parser.add_argument("out", metavar="OUT", help="the folder (or .ipynb file) to write")
    parser.add_argument(
        "--force", action="store_true", help="write over student versions already in OUT"
    )
    parser.set_defaults(run=_run)
