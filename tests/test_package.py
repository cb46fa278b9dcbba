"""The package as a whole: light import, packaged data, clean notebooks."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_import_lessonkit_stays_light() -> None:
    code = (
        "import sys, lessonkit\n"
        "lessonkit.lesson_article()\n"
        "heavy = [m for m in ('matplotlib', 'ipywidgets', 'IPython', 'numpy') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_public_api_is_listed_and_importable() -> None:
    import lessonkit

    for name in lessonkit.__all__:
        assert getattr(lessonkit, name) is not None
    with pytest.raises(AttributeError):
        _ = lessonkit.no_such_thing  # type: ignore[attr-defined]


# Regular-expression syntax Python 3.11 added: possessive quantifiers ("a++", "x*+", "x{2}+")
# and atomic groups ("(?>...)"). A pattern using it does not compile on 3.10.
_NEWER_SYNTAX = re.compile(r"(?<!\\)[*+?}]\+|\(\?>")


def test_every_pattern_compiles_on_the_oldest_python_the_package_supports() -> None:
    import lessonkit

    floor = re.search(r'requires-python = ">=3\.(\d+)"', (ROOT / "pyproject.toml").read_text())
    assert floor is not None and int(floor.group(1)) <= 10  # raise the floor, then this test
    newer = []
    for info in pkgutil.walk_packages(lessonkit.__path__, "lessonkit."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and _NEWER_SYNTAX.search(str(value.pattern)):
                newer.append(f"{info.name}.{name}")
    assert newer == []


def test_wheel_carries_the_lesson_data(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("lessonkit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        "lessonkit/data/" + p.relative_to(ROOT / "data").as_posix()
        for p in (ROOT / "data").rglob("*")
        if p.is_file()
    }
    assert "lessonkit/data/articles/guardian-2022-09-10-kharkiv-counteroffensive.txt" in shipped
    assert shipped <= names
    lessons = {f"lessonkit/notebooks/{p.name}" for p in NOTEBOOKS}
    assert lessons and lessons <= names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebooks_are_committed_without_outputs(path: Path) -> None:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [], f"{path.name}: a code cell has outputs"
            assert cell.get("execution_count") is None, f"{path.name}: a cell has a count"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebooks_follow_the_lesson_shape(path: Path) -> None:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    first = "".join(cells[0]["source"]).lower()
    last_markdown = next(
        "".join(c["source"]).lower() for c in reversed(cells) if c["cell_type"] == "markdown"
    )
    for heading in ("questions", "objectives", "minutes"):
        assert heading in first, f"{path.name}: the opening cell lacks {heading!r}"
    assert "key points" in last_markdown, f"{path.name}: the last text cell lacks key points"


def test_there_are_lesson_notebooks() -> None:
    assert NOTEBOOKS
