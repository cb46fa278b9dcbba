"""Accessibility of the lessons in a real JupyterLab: axe-core on every lesson, keyboard-only use.

axe-core comes inside the PyPI package ``axe-playwright-python`` (no network). Each lesson is
run top to bottom, then axe checks the page twice: inside the lesson's outputs (lessonkit's
tables, marked-up articles, charts and widgets), where no violation of impact serious or
critical is allowed, and outside them (JupyterLab's own menus, toolbars and editors), which is
reported but not lessonkit's to fix. Every violation is printed, and written as JSON to
``$LESSONKIT_AXE_REPORT`` (default ``/tmp/lessonkit-axe``).
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from _lab import VIEWPORT, Lab, chromium, run_all, wait_idle

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser

ROOT = Path(__file__).parents[1]
LESSONS = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
SERIOUS = ("serious", "critical")
OUTPUTS = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea"
REPORTS = Path(os.environ.get("LESSONKIT_AXE_REPORT", "/tmp/lessonkit-axe"))


@pytest.fixture
def page(lab: Lab) -> Iterator[Page]:
    with chromium() as browser:
        yield browser.new_page(viewport=VIEWPORT)


def open_alone(page: Page, lab: Lab, name: str) -> None:
    """Open ``name`` in a workspace of its own (no other notebook restored), run every cell."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    workspace = f"a11y-{secrets.token_hex(4)}"
    page.goto(f"{lab.url}/lab/workspaces/{workspace}/tree/{name}?token={lab.token}")
    page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=120_000)
    wait_idle(page)
    dialog = page.locator(".jp-Dialog")
    try:
        dialog.wait_for(state="visible", timeout=5_000)
    except PlaywrightTimeout:
        pass
    else:
        dialog.locator(".jp-Dialog-button.jp-mod-accept").click()
        dialog.wait_for(state="detached", timeout=30_000)
        wait_idle(page)
    run_all(page)
    page.wait_for_timeout(1_500)


def axe(page: Page, context: dict[str, Any], **options: Any) -> dict[str, Any]:
    from axe_playwright_python.sync_playwright import Axe

    result: dict[str, Any] = (
        Axe()
        .run(page, context=context, options={"resultTypes": ["violations"], **options})
        .response
    )
    return result


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({len(v['nodes'])} element(s))")
        for node in v["nodes"][:5]:
            lines.append(f"    {node['target']}  {node['html'][:140]!r}")
            summary = node.get("failureSummary", "").replace("\n", " ")
            if summary:
                lines.append(f"      {summary[:220]}")
    return "\n".join(lines) or "(none)"


# Known failures, each to be fixed where it lives (strict: a fix makes the test say so).
KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=KNOWN[n])) if n in KNOWN else n
        for n in LESSONS
    ],
)
def test_lesson_outputs_have_no_serious_axe_violations(page: Page, lab: Lab, name: str) -> None:
    open_alone(page, lab, name)
    inside = axe(page, {"include": [[OUTPUTS]]})["violations"]
    outside = axe(page, {"exclude": [[".jp-OutputArea"]]})["violations"]
    REPORTS.mkdir(parents=True, exist_ok=True)
    (REPORTS / f"{name}.json").write_text(
        json.dumps({"lesson outputs": inside, "JupyterLab": outside}, indent=2), encoding="utf-8"
    )
    print(f"\n== {name}: in the lesson's outputs\n{describe(inside)}")
    print(f"== {name}: in JupyterLab's own page (not lessonkit's)\n{describe(outside)}")
    serious = [v for v in inside if v["impact"] in SERIOUS]
    assert not serious, f"{name}:\n{describe(serious)}"


# For every element in our widgets that holds text of its own: its colour over the first
# opaque background behind it (colours with alpha are blended), and the WCAG contrast ratio.
_CONTRAST_JS = """selector => {
  const parse = c => { const m = c.match(/[\\d.]+/g) || [0, 0, 0, 0];
    return [+m[0], +m[1], +m[2], m.length > 3 ? +m[3] : 1]; };
  const blend = (top, under) => top.slice(0, 3).map((v, i) => v * top[3] + under[i] * (1 - top[3]));
  const lum = rgb => { const f = v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    const [r, g, b] = rgb.map(f); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const background = e => { const layers = [];
    for (let n = e; n; n = n.parentElement) { const c = parse(getComputedStyle(n).backgroundColor);
      if (c[3] > 0) layers.push(c); if (c[3] >= 1) break; }
    let under = [255, 255, 255]; for (const c of layers.reverse()) under = blend(c, under);
    return under; };
  const rows = [];
  for (const root of document.querySelectorAll(selector)) {
    for (const e of root.querySelectorAll('*')) {
      const own = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
      const s = getComputedStyle(e);
      if (!own || s.visibility === 'hidden' || s.display === 'none' || !e.getClientRects().length)
        continue;
      const bg = background(e);
      let alpha = 1; for (let n = e; n; n = n.parentElement) alpha *= +getComputedStyle(n).opacity;
      const color = parse(s.color); color[3] *= alpha;
      const fg = blend(color, bg);
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      rows.push({text: e.textContent.trim().slice(0, 50), ratio: (a + 0.05) / (b + 0.05),
                 disabled: !!e.closest('[disabled], .mod-disabled')});
    }
  }
  return rows; }"""


@pytest.mark.parametrize(
    ("name", "selector"),
    [
        ("05-bring-your-own-article.ipynb", ".lessonkit-review"),
        ("02-who-said-it.ipynb", ".lessonkit-quiz"),
    ],
    ids=["review", "quiz"],
)
def test_text_in_our_widgets_has_enough_contrast(
    page: Page, lab: Lab, name: str, selector: str
) -> None:
    open_alone(page, lab, name)
    rows = page.evaluate(_CONTRAST_JS, selector)
    # WCAG does not ask it of disabled controls (a greyed "Previous" on the first question).
    low = [r for r in rows if r["ratio"] < 4.5 and not r["disabled"]]
    lowest = min((r["ratio"] for r in rows if not r["disabled"]), default=0)
    print(f"\n== {selector} in {name}: {len(rows)} text element(s), lowest ratio {lowest:.2f}:1")
    for r in low:
        print(f"    {r['ratio']:.2f}:1  {r['text']!r}")
    assert len(rows) > 10
    assert not low, low


def focused(page: Page) -> dict[str, Any]:
    info: dict[str, Any] = page.evaluate(
        """() => { const e = document.activeElement; const s = getComputedStyle(e);
        return {cls: e.className || "", text: (e.innerText || e.value || "").trim(),
                tag: e.tagName, outline: s.outlineStyle + " " + s.outlineWidth,
                parent: (e.closest('.lessonkit-review-item, .lessonkit-adder, .lessonkit-review')
                         || {className: ''}).className}; }"""
    )
    return info


def tab_to(page: Page, test: Any, limit: int = 80) -> dict[str, Any]:
    for _ in range(limit):
        page.keyboard.press("Tab")
        info = focused(page)
        if test(info):
            return info
    raise AssertionError(f"Tab never reached the element; last focused: {focused(page)}")


# The status shown on attribution card number i (the status line is redrawn on each change).
STATUS_IS = (
    "([i, word]) => { const card = document.querySelectorAll('.lessonkit-review-item')[i];"
    " return !!card && card.querySelector('.lessonkit-status').innerText.includes(word); }"
)


def test_the_review_works_by_keyboard_alone(page: Page, lab: Lab) -> None:
    open_alone(page, lab, "05-bring-your-own-article.ipynb")
    review = page.locator(".lessonkit-review").first
    review.locator(".lessonkit-path input").focus()  # where a keyboard user lands first
    first = review.locator(".lessonkit-review-item").first
    before = first.locator(".lessonkit-status").inner_text()
    assert "not checked" in before
    info = tab_to(page, lambda i: "lessonkit-speaker" not in i["cls"] and i["tag"] == "INPUT")
    assert "lessonkit-review" in info["parent"]  # the reviewer's name box
    info = tab_to(page, lambda i: "lessonkit-accept" in i["cls"].split())
    assert "none" not in info["outline"] and not info["outline"].endswith(" 0px"), info
    page.keyboard.press("Space")
    page.wait_for_function(STATUS_IS, arg=[0, "accepted"], timeout=30_000)
    # The speaker box of the next attribution: type a name, leave the box, and it is fixed.
    info = tab_to(page, lambda i: i["tag"] == "INPUT" and "lessonkit-review-item" in i["parent"])
    assert "none" not in info["outline"], info  # a text box shows where the keyboard is too
    page.keyboard.press("Control+A")
    page.keyboard.type("Someone Else")
    page.keyboard.press("Tab")
    page.wait_for_function(STATUS_IS, arg=[1, "fixed"], timeout=30_000)
    # Drop it by keyboard: Tab on to its Drop button and press Enter.
    tab_to(page, lambda i: "lessonkit-drop" in i["cls"].split())
    page.keyboard.press("Enter")
    page.wait_for_function(STATUS_IS, arg=[1, "dropped"], timeout=30_000)


def test_a_quiz_question_works_by_keyboard_alone(page: Page, lab: Lab) -> None:
    open_alone(page, lab, "02-who-said-it.ipynb")
    quiz = page.locator(".lessonkit-quiz").first
    quiz.locator(".lessonkit-choice").first.focus()
    info = focused(page)
    assert "lessonkit-choice" in info["cls"].split()
    assert "none" not in info["outline"] and not info["outline"].endswith(" 0px"), info
    page.keyboard.press("Space")
    tab_to(page, lambda i: "lessonkit-check" in i["cls"].split(), limit=10)
    page.keyboard.press("Enter")
    feedback = quiz.locator(".lessonkit-feedback").first
    page.wait_for_function(
        "e => e.innerText.trim().length > 0", arg=feedback.element_handle(), timeout=30_000
    )
    assert "Right" in feedback.inner_text() or "Not quite" in feedback.inner_text()
