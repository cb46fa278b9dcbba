"""Lesson 02 in a real JupyterLab, in headless Chromium: answer by mouse, then by keyboard alone.

Needs Debian's ``chromium`` at /usr/bin/chromium and the Python ``playwright`` package; no
browser is downloaded. Run alone with ``pytest -m browser tests/test_browser_quiz.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from _lab import Lab, chromium, open_notebook, run_all

from lessonkit.quiz import AnswerStore, load_bank

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser

NOTEBOOK = "02-who-said-it.ipynb"
SCREENSHOTS = Path("/tmp/lessonkit-browser-quiz")
HOSTILE = "<script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
PARAGRAPH = (
    f"“The {HOSTILE} bridge {HOSTILE_IMG} will reopen in May,” said Ana Ruiz, the city engineer. "
    "Council leader Tom Hale said the repairs had cost too much."
)


def test_answer_wrong_by_mouse_then_right_by_keyboard_and_both_are_saved(lab: Lab) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        try:
            drive(page, lab, dialogs)
        except Exception:
            page.screenshot(path=str(SCREENSHOTS / "failure.png"))
            raise


def focused_text(page: Page) -> str:
    return str(page.evaluate("() => document.activeElement && document.activeElement.innerText"))


def drive(page: Page, lab: Lab, dialogs: list[str]) -> None:
    bank = load_bank().shuffled(0, questions=False)  # as show_quiz shows it (seed 0)
    first = bank.questions[0]
    assert first.type == "single"
    right = next(i for i, c in enumerate(first.choices) if c.correct)
    wrong = (right + 1) % len(first.choices)

    open_notebook(page, lab, NOTEBOOK)
    run_all(page)
    quiz = page.locator(".lessonkit-quiz").filter(has_text=bank.title).first
    quiz.scroll_into_view_if_needed()
    choices = quiz.locator(".lessonkit-choice")
    feedback = quiz.locator(".lessonkit-feedback")
    score = quiz.locator(".lessonkit-score")
    assert choices.count() == len(first.choices)
    assert feedback.inner_text().strip() == ""

    # By mouse: a wrong choice, then the check button.
    choices.nth(wrong).click()
    quiz.locator(".lessonkit-check").click()
    feedback.filter(has_text="✗ Not quite").wait_for(timeout=30_000)
    assert first.choices[wrong].feedback.split()[0] in feedback.inner_text()
    assert "Score: 0 of" in score.inner_text()
    # Practice mode keeps the answer back after a wrong try, and offers two ways on.
    assert first.choices[right].feedback not in feedback.inner_text()
    assert "The right answer" not in choices.nth(right).inner_text()
    assert "Try again" in feedback.inner_text()
    assert quiz.locator(".lessonkit-retry").is_visible()
    assert quiz.locator(".lessonkit-show-answer").is_visible()
    page.screenshot(path=str(SCREENSHOTS / "wrong-by-mouse.png"))

    # By keyboard alone: back from the check button to the right choice, Space, then on to
    # the check button and Enter.
    steps = len(first.choices) - right
    for _ in range(steps):
        page.keyboard.press("Shift+Tab")
    assert first.choices[right].text in focused_text(page)
    page.keyboard.press("Space")
    for _ in range(steps):
        page.keyboard.press("Tab")
    assert "Check my answer" in focused_text(page)
    page.keyboard.press("Enter")
    feedback.filter(has_text="✓ Right").wait_for(timeout=30_000)
    assert "Score: 1 of" in score.inner_text()
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineWidth")
    assert outline == "3px"  # the focus is visible
    page.screenshot(path=str(SCREENSHOTS / "right-by-keyboard.png"))

    with AnswerStore(lab.results, read_only=True) as store:
        saved = [(a.answer, a.correct) for a in store.answers(bank.id) if a.question_id == first.id]
    assert saved == [(first.choices[wrong].id, False), (first.choices[right].id, True)]

    # A pressed Try again or Show answer hides itself: the keyboard focus goes on, to the
    # first choice and to the Next button, not to the page.
    second = bank.questions[1]
    assert second.type == "single"
    wrong = next(i for i, c in enumerate(second.choices) if not c.correct)
    quiz.locator(".lessonkit-nav", has_text="Next").click()
    quiz.locator(".lessonkit-prompt", has_text="Question 2.").wait_for(timeout=30_000)
    for button in ("Try again", "Show answer"):
        choices.nth(wrong).click()
        quiz.locator(".lessonkit-check").click()
        feedback.filter(has_text="✗ Not quite").wait_for(timeout=30_000)
        page.keyboard.press("Tab")
        if button == "Show answer":
            page.keyboard.press("Tab")
        assert button in focused_text(page)
        page.keyboard.press("Enter")
        wanted = "lessonkit-choice" if button == "Try again" else "lessonkit-nav"
        page.wait_for_function(
            "css => document.activeElement && document.activeElement.classList.contains(css)",
            arg=wanted,
            timeout=30_000,
        )
    assert "Next" in focused_text(page)
    assert "The answer" in feedback.inner_text()
    page.screenshot(path=str(SCREENSHOTS / "focus-after-show-answer.png"))

    # Article text with markup is shown as text, and nothing in it runs.
    paragraph = page.locator(".lessonkit-paragraph-round")
    paragraph.scroll_into_view_if_needed()
    paragraph.locator("textarea").fill(PARAGRAPH)
    paragraph.locator(".lessonkit-make").click()
    inner = paragraph.locator(".lessonkit-quiz")
    inner.locator(".lessonkit-choice", has_text="script").first.wait_for(timeout=30_000)
    sentence = inner.locator(".lessonkit-sentence")
    for _ in range(6):
        if sentence.count():
            break
        inner.locator(".lessonkit-nav", has_text="Next").click()
        page.wait_for_timeout(300)
    sentence.first.wait_for(timeout=30_000)
    text = sentence.first.inner_text()
    assert HOSTILE in text and HOSTILE_IMG in text
    assert inner.locator("script, img").count() == 0
    page.wait_for_timeout(500)
    assert dialogs == []
    sentence.first.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "markup-shown-as-text.png"))

    # A list by keyboard (the teacher's question picker): Space opens it, the arrow keys move
    # in it, Enter chooses.
    teacher = page.locator(".lessonkit-teacher")
    teacher.scroll_into_view_if_needed()
    teacher.locator(".lessonkit-picker select").focus()
    for key in ("Space", "ArrowDown", "Enter"):
        page.keyboard.press(key)
    teacher.locator(".lessonkit-teacher-question", has_text="Question 2.").wait_for(timeout=30_000)
