"""Tests for lessonkit.lessons: working copies of the lessons and a session-only JupyterLab setup."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lessonkit.errors import InputError
from lessonkit.lessons import (
    copy_lessons,
    installed_kernel_metadata,
    lab_command,
    lab_environment,
    shipped_lessons,
    write_session_config,
)

ROOT = Path(__file__).parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_the_shipped_lessons_are_the_repository_notebooks() -> None:
    assert [f.name for f in shipped_lessons()] == [p.name for p in NOTEBOOKS]


def test_a_new_folder_gets_every_lesson(tmp_path: Path) -> None:
    report = copy_lessons(tmp_path / "class")
    assert report.copied == tuple(p.name for p in NOTEBOOKS)
    metadata = installed_kernel_metadata()
    for p in NOTEBOOKS:
        copy = json.loads((tmp_path / "class" / p.name).read_text(encoding="utf-8"))
        shipped = json.loads(p.read_text(encoding="utf-8"))
        assert copy["cells"] == shipped["cells"]
        assert copy["metadata"]["kernelspec"] == metadata["kernelspec"]
        assert copy["metadata"]["language_info"] == metadata["language_info"]
    again = copy_lessons(tmp_path / "class")
    assert again.copied == () and again.kept == ()
    assert again.unchanged == report.copied


def test_a_students_changed_copy_is_kept_unless_they_say_replace(tmp_path: Path) -> None:
    copy_lessons(tmp_path)
    name = NOTEBOOKS[0].name
    mine = tmp_path / name
    mine.write_text('{"my": "work"}', encoding="utf-8")
    asked: list[str] = []
    report = copy_lessons(tmp_path, ask=lambda n: asked.append(n) is not None)
    assert report.kept == (name,) and asked == [name]
    assert mine.read_text(encoding="utf-8") == '{"my": "work"}'
    report = copy_lessons(tmp_path, ask=lambda n: True)
    assert report.copied == (name,)
    assert (
        json.loads(mine.read_text(encoding="utf-8"))["cells"]
        == json.loads(NOTEBOOKS[0].read_text(encoding="utf-8"))["cells"]
    )


def test_a_copy_left_as_copied_is_brought_up_to_date(tmp_path: Path) -> None:
    copy_lessons(tmp_path)
    name = NOTEBOOKS[0].name
    manifest = tmp_path / ".lessonkit-lessons.json"
    old = b'{"an": "older lesson"}'
    (tmp_path / name).write_bytes(old)
    import hashlib

    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["files"][name] = hashlib.sha256(old).hexdigest()
    manifest.write_text(json.dumps(data), encoding="utf-8")
    report = copy_lessons(tmp_path, ask=lambda n: pytest.fail("must not ask"))
    assert report.copied == (name,)


def test_a_file_in_place_of_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match=r"f: is a file, not a folder"):
        copy_lessons(tmp_path / "f")


def test_session_config_turns_off_news_and_update_checks(tmp_path: Path) -> None:
    config = write_session_config(tmp_path / "cfg")
    page = json.loads((config / "labconfig" / "page_config.json").read_text(encoding="utf-8"))
    assert page["disabledExtensions"] == {"@jupyterlab/apputils-extension:announcements": True}
    server = json.loads((config / "jupyter_server_config.json").read_text(encoding="utf-8"))
    assert server["LabApp"]["news_url"] is None
    env = lab_environment(config, base={"JUPYTER_CONFIG_PATH": "/etc/theirs", "HOME": "/h"})
    assert env["JUPYTER_CONFIG_PATH"].split(":") == [str(config), "/etc/theirs"]
    assert "JUPYTER_CONFIG_DIR" not in env  # the user's own settings stay in use


def test_lab_command_adds_allow_root_only_as_root(tmp_path: Path) -> None:
    assert "--allow-root" in lab_command(tmp_path, as_root=True)
    assert "--allow-root" not in lab_command(tmp_path, as_root=False)
    command = lab_command(tmp_path, port=8899, token="t", open_browser=False, as_root=False)
    assert f"--ServerApp.root_dir={tmp_path}" in command
    assert {"--port=8899", "--IdentityProvider.token=t", "--no-browser"} <= set(command)


def test_cli_copy_only_and_bad_folder(tmp_path: Path) -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "lessonkit", "lessons", str(tmp_path / "l"), "--copy-only"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ok.returncode == 0, ok.stderr
    assert f"lessons in {(tmp_path / 'l').resolve()}" in ok.stderr
    (tmp_path / "file").write_text("x", encoding="utf-8")
    bad = subprocess.run(
        [sys.executable, "-m", "lessonkit", "lessons", str(tmp_path / "file"), "--copy-only"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    assert "is a file, not a folder" in bad.stderr


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_kernel_metadata_matches_the_installed_kernel(path: Path) -> None:
    stored = json.loads(path.read_text(encoding="utf-8"))["metadata"]
    installed = installed_kernel_metadata()
    assert stored["kernelspec"] == installed["kernelspec"]
    language = dict(installed["language_info"])  # type: ignore[call-overload]
    # the Python version is the one place machines differ; working copies carry their own
    assert {k: v for k, v in stored["language_info"].items() if k != "version"} == {
        k: v for k, v in language.items() if k != "version"
    }
