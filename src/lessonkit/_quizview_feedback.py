"""The feedback area of the quiz widgets: the verdict in words and symbols, and why.

Every line comes from the quiz model as plain text and is escaped here.
"""

from __future__ import annotations

import html

from ._quizview_style import escape_line as _escape
from .quiz import Question, Result

__all__ = ["answer_html", "feedback_html", "hint_html", "info_html"]


def _verdict(result: Result) -> tuple[str, str]:
    """The headline (text and symbol) and the CSS class of a result."""
    if result.correct is None:
        return (
            "✓ Thank you: your answer is saved. The class's answers are shown when your "
            "teacher reveals them.",
            "lessonkit-feedback-info",
        )
    if result.correct:
        return "✓ Right", "lessonkit-feedback-right"
    if result.score:
        return f"✗ Not quite: partly right ({round(result.score * 100)}%)", (
            "lessonkit-feedback-partial"
        )
    return "✗ Not quite", "lessonkit-feedback-wrong"


def feedback_html(result: Result) -> str:
    """The feedback for a result: a headline in words with a symbol, then why."""
    headline, css = _verdict(result)
    lines = "".join(f"<li>{_escape(line)}</li>" for line in result.feedback)
    body = f"<ul>{lines}</ul>" if lines else ""
    return (
        f"<div class='lessonkit-feedback-box {css}' role='status'>"
        f"<p class='lessonkit-verdict'>{html.escape(headline)}</p>{body}</div>"
    )


def hint_html(result: Result) -> str:
    """The feedback for a wrong try in practice mode: what is wrong and why, not the answer."""
    headline, css = _verdict(result)
    lines = "".join(f"<li>{_escape(line)}</li>" for line in result.hints)
    body = f"<ul>{lines}</ul>" if lines else ""
    again = (
        "<p class='lessonkit-try-again'>Try again: change your answer and check it again "
        "(“Try again” clears it), or press “Show answer”.</p>"
    )
    return (
        f"<div class='lessonkit-feedback-box {css}' role='status'>"
        f"<p class='lessonkit-verdict'>{html.escape(headline)}</p>{body}{again}</div>"
    )


def answer_html(question: Question) -> str:
    """The answer, shown when the student asks for it."""
    lines = "".join(f"<li>{_escape(line)}</li>" for line in question.answer_lines())
    return (
        "<div class='lessonkit-feedback-box lessonkit-feedback-info' role='status'>"
        "<p class='lessonkit-verdict'>ℹ The answer (you asked to see it, so this question "
        f"gives no more points)</p><ul>{lines}</ul></div>"
    )


def info_html(message: str) -> str:
    """A neutral note in the feedback area (nothing chosen yet, answer saved...)."""
    return (
        "<div class='lessonkit-feedback-box lessonkit-feedback-info' role='status'>"
        f"<p>ℹ {_escape(message)}</p></div>"
    )
