"""Lesson 03 in a real JupyterLab, driven in headless Chromium: run it, then move the map's slider.

Needs Debian's ``chromium`` at /usr/bin/chromium (``scripts/test.sh`` installs it) and the
Python ``playwright`` package; no browser is downloaded. Run alone with ``pytest -m browser``.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser

ROOT = Path(__file__).parents[1]
NOTEBOOK = "03-charting-the-claims.ipynb"
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = Path("/tmp/lessonkit-browser.png")
FAILURE_SCREENSHOT = Path("/tmp/lessonkit-browser-failure.png")
SERVER_START = 90  # seconds
RUN_ALL = 240_000  # milliseconds: the notebook draws five figures on a first kernel start


@dataclass(frozen=True)
class Lab:
    url: str
    token: str


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_server(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
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


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the server and its kernels (they share the server's process group)."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is not installed: run `apt-get install chromium`", pytrace=False)
    home = tmp_path_factory.mktemp("lab")
    root = home / "notebooks"
    shutil.copytree(ROOT / "notebooks", root)
    config = home / "config"
    config.mkdir()
    (config / "jupyter_server_config.py").write_text(
        "c.LabApp.news_url = None\n"
        "c.LabApp.check_for_updates_class = 'jupyterlab.NeverCheckForUpdate'\n",
        encoding="utf-8",
    )
    # Render every cell (no windowing), so the map stays in the page wherever it scrolls.
    tracker = home / "settings" / "@jupyterlab" / "notebook-extension"
    tracker.mkdir(parents=True)
    (tracker / "tracker.jupyterlab-settings").write_text(
        '{"windowingMode": "none"}\n', encoding="utf-8"
    )
    apputils = home / "settings" / "@jupyterlab" / "apputils-extension"
    apputils.mkdir(parents=True)
    (apputils / "notification.jupyterlab-settings").write_text(
        '{"fetchNews": "false"}\n', encoding="utf-8"
    )
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(config),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
        "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
        "IPYTHONDIR": str(home / "ipython"),
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    }
    port, token = free_port(), secrets.token_hex(16)
    log = home / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                sys.executable, "-m", "jupyter", "lab", "--no-browser",
                f"--port={port}", "--ServerApp.ip=127.0.0.1",
                f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
                "--ServerApp.open_browser=False",
                *(["--allow-root"] if os.geteuid() == 0 else []),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for_server(f"{url}/api/status?token={token}", process, log)
        yield Lab(url, token)
    finally:
        stop(process)


def test_run_lesson_03_and_move_the_map_slider_by_keyboard(lab: Lab) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            try:
                drive(page, lab)
            except Exception:
                page.screenshot(path=str(FAILURE_SCREENSHOT))
                raise
        finally:
            browser.close()


def drive(page: Page, lab: Lab) -> None:
    """Open the lesson, run every cell, move the slider one step by keyboard and check."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.goto(f"{lab.url}/lab/tree/{NOTEBOOK}?token={lab.token}")
    page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=120_000)
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']",
                           timeout=120_000)  # fmt: skip

    # JupyterLab may ask which kernel to start when the kernel list loads late: accept it.
    dialog = page.locator(".jp-Dialog")
    try:
        dialog.wait_for(state="visible", timeout=8_000)
    except PlaywrightTimeout:
        pass
    else:
        dialog.locator(".jp-Dialog-button.jp-mod-accept").click()
        dialog.wait_for(state="detached", timeout=30_000)
        page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']",
                               timeout=120_000)  # fmt: skip

    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()

    explorer = page.locator(".lessonkit-map-explorer")
    picture = explorer.locator("img.lessonkit-map")
    picture.wait_for(state="attached", timeout=RUN_ALL)
    explorer.scroll_into_view_if_needed()
    readout = explorer.locator(".widget-readout")
    first_src = picture.get_attribute("src") or ""
    first_date = readout.inner_text().strip()
    assert first_src.startswith("data:image/png;base64,")
    assert first_date == "6 Sep 2022"
    assert (picture.get_attribute("alt") or "").startswith("Map of north-eastern Ukraine")

    handle = explorer.locator(".noUi-handle")
    handle.focus()
    page.keyboard.press("ArrowRight")

    page.wait_for_function(
        "old => { const img = document.querySelector("
        "'.lessonkit-map-explorer img.lessonkit-map'); return img && img.src !== old; }",
        arg=first_src,
        timeout=60_000,
    )
    assert readout.inner_text().strip() == "7 Sep 2022"
    assert "up to 7 Sep 2022" in (picture.get_attribute("alt") or "")
    assert "Shevchenkove" in explorer.inner_text()
    page.wait_for_timeout(500)
    explorer.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOT))
