"""Lesson 03 in a real JupyterLab, driven in headless Chromium: run it, then move the map's slider.

Needs Debian's ``chromium`` at /usr/bin/chromium (``scripts/test.sh`` installs it) and the
Python ``playwright`` package; no browser is downloaded. Run alone with ``pytest -m browser``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from _lab import VIEWPORT, Lab, chromium, notebook_is_dirty, open_notebook, run_all

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser

NOTEBOOK = "03-charting-the-claims.ipynb"
SCREENSHOT = Path("/tmp/lessonkit-browser.png")
FAILURE_SCREENSHOT = Path("/tmp/lessonkit-browser-failure.png")


def test_run_lesson_03_and_move_the_map_slider_by_keyboard(lab: Lab) -> None:
    with chromium() as browser:
        page = browser.new_page(viewport=VIEWPORT)
        try:
            drive(page, lab)
        except Exception:
            page.screenshot(path=str(FAILURE_SCREENSHOT))
            raise


def drive(page: Page, lab: Lab) -> None:
    """Open the lesson, run every cell, move the slider one step by keyboard and check."""
    open_notebook(page, lab, NOTEBOOK)
    assert not notebook_is_dirty(page), "opening the lesson must not mark it changed"
    assert not page.locator(".jp-toast-container :text('official Jupyter news')").count()
    run_all(page)

    explorer = page.locator(".lessonkit-map-explorer")
    picture = explorer.locator("img.lessonkit-map")
    picture.wait_for(state="attached", timeout=120_000)
    explorer.scroll_into_view_if_needed()
    readout = explorer.locator(".lessonkit-day-readout")
    first_src = picture.get_attribute("src") or ""
    first_date = readout.inner_text().strip()
    assert first_src.startswith("data:image/png;base64,")
    assert first_date == "6 Sep 2022"
    assert (picture.get_attribute("alt") or "").startswith("Map of north-eastern Ukraine")

    # The slider is found by its role and its accessible name, as a screen reader finds it.
    slider = explorer.get_by_role("slider", name="Date")
    assert slider.evaluate("e => e.tagName + ':' + e.type") == "INPUT:range"
    assert slider.get_attribute("aria-valuetext") == "6 September 2022"
    assert explorer.locator("label.lessonkit-day-label").inner_text().strip() == "Date"
    slider.focus()
    page.keyboard.press("ArrowRight")

    page.wait_for_function(
        "old => { const img = document.querySelector("
        "'.lessonkit-map-explorer img.lessonkit-map'); return img && img.src !== old; }",
        arg=first_src,
        timeout=60_000,
    )
    assert readout.inner_text().strip() == "7 Sep 2022"
    assert slider.get_attribute("aria-valuetext") == "7 September 2022"
    assert slider.evaluate("e => document.activeElement === e")  # the focus stays on it
    assert "up to 7 Sep 2022" in (picture.get_attribute("alt") or "")
    assert "Shevchenkove" in explorer.inner_text()
    page.wait_for_timeout(500)
    explorer.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOT))
