"""A real JupyterLab over working copies of the lessons, and helpers to drive it in Chromium.

Used by the browser tests (through the ``lab`` fixture in ``conftest.py``) and by
``scripts/screenshots.py``. The lab is started the way ``lessonkit lessons`` starts it (the same
session config: no news pop-up, no update check), over a folder made by
:func:`lessonkit.lessons.copy_lessons`, with every cell rendered (no windowing) so outputs stay in
the page wherever it scrolls. Answers go to a results file in the temporary folder, never into
the repository.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lessonkit.lessons import copy_lessons, lab_command, lab_environment, write_session_config

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
VIEWPORT = {"width": 1366, "height": 900}
SERVER_START = 90  # seconds
RUN_ALL = 240_000  # milliseconds: a first kernel start draws every figure of a lesson
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"  # the notebook on show (others may be open)


@dataclass(frozen=True)
class Lab:
    """A running JupyterLab: where it answers, its token, and the folder it serves."""

    url: str
    token: str
    root: Path
    results: Path

    def notebook_url(self, name: str) -> str:
        return f"{self.url}/lab/tree/{name}?token={self.token}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_server(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + SERVER_START
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"jupyter lab exited early:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise RuntimeError(f"jupyter lab did not answer in {SERVER_START} s:\n{log.read_text()}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the server and its kernels (they share the server's process group)."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


@contextlib.contextmanager
def start_lab(home: Path, *, source: Path | None = None) -> Iterator[Lab]:
    """Start JupyterLab over working copies of the lessons in ``home / "lessons"``.

    ``source`` is a folder of notebooks to serve instead of the shipped lessons (for example
    the student versions).
    """
    root = home / "lessons"
    if source is None:
        copy_lessons(root)
    else:
        import shutil

        shutil.copytree(source, root, dirs_exist_ok=True)
    config = write_session_config(home / "session-config")
    tracker = home / "settings" / "@jupyterlab" / "notebook-extension"
    tracker.mkdir(parents=True, exist_ok=True)
    (tracker / "tracker.jupyterlab-settings").write_text(
        '{"windowingMode": "none"}\n', encoding="utf-8"
    )
    results = home / "results.sqlite"
    env = lab_environment(config)
    env.update(
        {
            "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
            "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
            "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
            "IPYTHONDIR": str(home / "ipython"),
            "MPLBACKEND": "module://matplotlib_inline.backend_inline",
            "LESSONKIT_RESULTS": str(results),
        }
    )
    port, token = free_port(), secrets.token_hex(16)
    log = home / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            lab_command(root, port=port, token=token, open_browser=False),
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=root,
            start_new_session=True,
        )
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_for_server(f"{url}/api/status?token={token}", process, log)
        yield Lab(url, token, root, results)
    finally:
        _stop(process)


@contextlib.contextmanager
def chromium() -> Iterator[Browser]:
    """Debian's Chromium, headless, driven by playwright (no browser is downloaded)."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        raise RuntimeError(f"{CHROMIUM} is not installed: run `apt-get install chromium`")
    with sync_playwright() as driver:
        browser = driver.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


def wait_idle(page: Page, timeout: int = 120_000) -> None:
    page.wait_for_selector(
        f"{PANEL} .jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=timeout
    )


def open_notebook(page: Page, lab: Lab, name: str) -> None:
    """Open ``name`` in the lab and wait until its kernel is idle."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.goto(lab.notebook_url(name))
    page.wait_for_selector(f"{PANEL} .jp-Cell", timeout=120_000)
    wait_idle(page)
    # JupyterLab may ask which kernel to start when the kernel list loads late: accept it.
    dialog = page.locator(".jp-Dialog")
    try:
        dialog.wait_for(state="visible", timeout=5_000)
    except PlaywrightTimeout:
        return
    dialog.locator(".jp-Dialog-button.jp-mod-accept").click()
    dialog.wait_for(state="detached", timeout=30_000)
    wait_idle(page)


def run_all(page: Page, timeout: int = RUN_ALL) -> None:
    """Run every cell from the Run menu and wait until the last one has run."""
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
    page.wait_for_function(
        "() => { const prompts = [...document.querySelectorAll("
        f"'{PANEL} .jp-CodeCell .jp-InputArea-prompt')]; const last = prompts[prompts.length - 1];"
        " return last && /\\[\\d+\\]/.test(last.textContent)"
        " && !prompts.some(p => p.textContent.includes('*')); }",
        timeout=timeout,
    )
    wait_idle(page, timeout)


def notebook_is_dirty(page: Page) -> bool:
    """True when JupyterLab marks the open notebook as changed since it was saved."""
    return bool(page.locator(".jp-mod-current.jp-mod-dirty, .lm-mod-current.jp-mod-dirty").count())
