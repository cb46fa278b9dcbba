"""Presenting a lesson with Voilà: a clean page with no code cells, served on a loopback port."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import nbformat
import pytest
from _lab import VIEWPORT, chromium, free_port
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from lessonkit.present import presentation_copy, voila_command

if TYPE_CHECKING:
    from playwright.sync_api import Page

ROOT = Path(__file__).parents[1]
LESSON = ROOT / "notebooks" / "01-who-said-what.ipynb"
CHARTING = "03-charting-the-claims.ipynb"
SCREENSHOTS = Path(os.environ.get("LESSONKIT_SCREENSHOTS", "/tmp/lessonkit-screenshots"))
PAGE_TIMEOUT = 120  # seconds: Voilà runs the whole lesson before the page is complete
SECRET_CODE = "shown_to_nobody = 'the code of this cell'"
TEACHER_NOTE = "Teacher: the class usually needs ten minutes here."


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lessonkit", "present", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def hand_made(folder: Path) -> Path:
    """A lesson that reads a file beside it, with a teacher note and a stale output."""
    (folder / "beside.txt").write_text("words from the file beside the lesson", encoding="utf-8")
    stale = new_code_cell(f"{SECRET_CODE}\nprint(open('beside.txt').read())")
    stale.outputs = [new_output("stream", name="stdout", text="an old output\n")]
    nb = new_notebook(
        cells=[
            new_markdown_cell("# A lesson for the projector\n\nRead the text below."),
            stale,
            new_markdown_cell(TEACHER_NOTE, metadata={"tags": ["teacher"]}),
            new_markdown_cell("## Key points\n\n- The page shows no code."),
        ],
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3"}},
    )
    path = folder / "projector.ipynb"
    nbformat.write(nb, path)
    return path


@contextlib.contextmanager
def presenting(notebook: Path) -> Iterator[str]:
    """Run ``lessonkit present NOTEBOOK --no-browser`` on a free port; yield the URL it prints."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "lessonkit", "present", str(notebook), "--no-browser",
         f"--port={port}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        url = f"http://127.0.0.1:{port}/"
        assert url in line, line
        deadline = time.monotonic() + 90
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("lessonkit present did not start Voilà") from None
                time.sleep(0.5)
        yield url
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)


def fetch(url: str) -> str:
    # The socket timeout only bounds each wait for bytes, and Voilà keeps a page's connection
    # alive while it waits for a kernel, so the whole read has a deadline of its own: a page
    # that stops part-way fails here instead of being read for ever.
    deadline = time.monotonic() + PAGE_TIMEOUT
    with urllib.request.urlopen(url, timeout=PAGE_TIMEOUT) as answer:
        assert answer.status == 200
        parts: list[bytes] = []
        while chunk := answer.read1(65536):
            parts.append(chunk)
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url} did not finish in {PAGE_TIMEOUT} s")
        return b"".join(parts).decode("utf-8")


@contextlib.contextmanager
def presented_page(notebook: Path) -> Iterator[Page]:
    """``notebook`` presented with ``lessonkit present``, open in Chromium at 1366x900."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with presenting(notebook) as url, chromium() as browser:
        page = browser.new_page(viewport=VIEWPORT)
        page.goto(url, timeout=PAGE_TIMEOUT * 1000)
        yield page


def lesson_copy(folder: Path, name: str) -> Path:
    """A copy of the shipped lesson ``name`` in ``folder``, to present."""
    shutil.copy(ROOT / "notebooks" / name, folder / name)
    return folder / name


@pytest.fixture(scope="module")
def charting_page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    """Lesson 03 presented once for the tests that use its widgets (they come last in this
    file: the page stays open until the module ends)."""
    with presented_page(lesson_copy(tmp_path_factory.mktemp("present"), CHARTING)) as page:
        yield page


def test_the_copy_drops_teacher_notes_and_outputs(tmp_path: Path) -> None:
    source = hand_made(tmp_path)
    before = source.read_bytes()
    (tmp_path / "shown").mkdir()
    copy = nbformat.read(presentation_copy(source, tmp_path / "shown"), as_version=4)
    nbformat.validate(copy)
    assert source.read_bytes() == before
    assert [c.cell_type for c in copy.cells] == ["code", "markdown", "code", "markdown"]
    assert str(tmp_path.resolve()) in copy.cells[0].source  # moves into the lesson's folder
    assert not any(TEACHER_NOTE in c.source for c in copy.cells)
    assert all(c.outputs == [] for c in copy.cells if c.cell_type == "code")


def test_the_browser_opens_only_when_asked() -> None:
    lesson = Path("lesson.ipynb")
    assert "--no-browser" in voila_command(lesson, 8866, open_browser=False)
    assert "--no-browser" not in voila_command(lesson, 8866)
    assert "--strip_sources=True" in voila_command(lesson, 8866)


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    (tmp_path / "broken.ipynb").write_text("{not json", encoding="utf-8")
    lesson = hand_made(tmp_path)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        cases = {
            (tmp_path / "nope.ipynb",): "no such file",
            (tmp_path,): "is a folder",
            (tmp_path / "notes.txt",): "is not a notebook",
            (tmp_path / "broken.ipynb",): "is not a valid notebook",
            (lesson, f"--port={port}"): "is already in use",
            (lesson, "--port=70000"): "must be between 1 and 65535",
        }
        for args, problem in cases.items():
            result = run_cli(*args, "--no-browser")
            assert result.returncode == 2, (args, result.stdout)
            assert result.stderr.startswith("lessonkit: ") and result.stderr.count("\n") == 1
            assert problem in result.stderr, result.stderr
            assert "Traceback" not in result.stderr


def test_a_presented_page_has_text_and_outputs_but_no_code(tmp_path: Path) -> None:
    with presenting(hand_made(tmp_path)) as url:
        page = fetch(url)
    assert "A lesson for the projector" in page
    assert "words from the file beside the lesson" in page  # ran in the lesson's own folder
    assert "shown_to_nobody" not in page
    assert "an old output" not in page
    assert TEACHER_NOTE not in page
    assert "There was an error" not in page and "Traceback" not in page


def test_the_real_lesson_is_presented_without_its_code(tmp_path: Path) -> None:
    with presenting(LESSON) as url:
        page = fetch(url)
    assert "Who said what?" in page
    assert "import lessonkit" not in page
    assert "lessonkit-" in page  # the marked-up article is in the page
    assert "There was an error" not in page and "Traceback" not in page


@pytest.mark.browser
def test_the_presented_lesson_in_chromium_shows_no_code_cell() -> None:
    with presented_page(LESSON) as page:
        page.wait_for_selector(".jp-OutputArea-output", timeout=PAGE_TIMEOUT * 1000)
        page.wait_for_function(
            "() => !document.querySelector('.voila-spinner, #loading')"
            " || getComputedStyle(document.querySelector('.voila-spinner, #loading'))"
            ".display === 'none'",
            timeout=PAGE_TIMEOUT * 1000,
        )
        assert page.get_by_role("heading", name="Who said what? Attribution in a news report")
        assert page.locator(".jp-CodeCell .jp-InputArea").count() == 0
        assert page.locator(".jp-CodeMirrorEditor, .cm-editor, .highlight").count() == 0
        assert page.locator(".jp-CodeCell .jp-OutputArea-output").count() > 0
        assert "import lessonkit" not in page.inner_text("body")
        page.screenshot(path=str(SCREENSHOTS / "present-01.png"))


@pytest.mark.browser
def test_the_quiz_presented_through_voila_can_be_answered(tmp_path: Path) -> None:
    with presented_page(lesson_copy(tmp_path, "02-who-said-it.ipynb")) as page:
        quiz = page.locator(".lessonkit-quiz").first
        quiz.wait_for(timeout=PAGE_TIMEOUT * 1000)
        assert page.locator(".jp-CodeCell .jp-InputArea").count() == 0
        assert "show_quiz(" not in page.inner_text("body")
        quiz.scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / "present-02-quiz.png"))
        choice = quiz.locator(".lessonkit-choice").first
        choice.click()
        quiz.locator(".lessonkit-check").first.click()
        feedback = quiz.locator(".lessonkit-feedback").first
        page.wait_for_function(
            "e => e.innerText.trim().length > 0", arg=feedback.element_handle(), timeout=60_000
        )
        text = feedback.inner_text()
        assert "Right" in text or "Not quite" in text, text
        feedback.scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / "present-02-answered.png"))


@pytest.mark.browser
def test_the_map_slider_works_when_presented(charting_page: Page) -> None:
    # The day slider is a widget of its own (anywidget): Voilà must load its script too.
    page = charting_page
    slider = page.get_by_role("slider", name="Date")
    slider.wait_for(timeout=PAGE_TIMEOUT * 1000)
    readout = page.locator(".lessonkit-day-readout")
    before = readout.inner_text()
    slider.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "([e, old]) => e.innerText !== old",
        arg=[readout.element_handle(), before],
        timeout=60_000,
    )
    assert slider.get_attribute("aria-valuetext") not in (None, "")
    slider.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "present-03-map.png"))


@pytest.mark.browser
def test_a_worked_solution_opens_on_the_presented_page(charting_page: Page) -> None:
    # The solution's answer is handed to its hidden area once the cell has run; the projector
    # page must show it when the button is pressed, and not before.
    page = charting_page
    button = page.get_by_role("button", name="Show solution to exercise 1")
    button.wait_for(timeout=PAGE_TIMEOUT * 1000)
    either = page.get_by_role("button", name=re.compile(r"(Show|Hide) solution to exercise 1\b"))
    box = page.locator(".lessonkit-solution").filter(has=either)
    body = box.locator(".lessonkit-solution-body")
    assert not body.is_visible()
    button.focus()
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Hide solution to exercise 1").wait_for(timeout=60_000)
    body.wait_for(state="visible", timeout=60_000)
    assert "2,000 sq km = 772.2 sq mi" in body.inner_text()
    box.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "present-03-solution.png"))
