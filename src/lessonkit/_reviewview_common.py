"""What the parts of the review widget share: its labels, its style and small HTML helpers."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ._quizview_style import escape_line as _escape
from .review import Review
from .sides import SIDES

KIND_LABELS = {
    "direct": "direct quote",
    "indirect": "paraphrase",
    "mixed": "paraphrase with quoted words",
}
STATUS_LABELS = {
    "unreviewed": "○ not checked yet",
    "accepted": "✓ accepted",
    "fixed": "✎ fixed",
    "added": "+ added by you",
    "dropped": "✗ dropped",
}
_NO_SIDE = "—"
_SHOWN = 320  # characters of an attribution's words shown before "…"

_STYLE = """<style>
.lessonkit-review { font-size: 17px; line-height: 1.5; max-width: 64rem; }
.lessonkit-review .widget-html-content, .lessonkit-review .widget-label,
.lessonkit-review select, .lessonkit-review input, .lessonkit-review .jupyter-button,
.lessonkit-review .widget-text input, .lessonkit-review .widget-dropdown select {
  font-size: 16px !important; height: auto; min-height: 32px; }
.lessonkit-review .widget-html-content { white-space: normal; }
.lessonkit-review .widget-label { min-width: 5.5em; width: auto; }
.lessonkit-review .jupyter-button { height: auto; min-height: 40px; padding: 4px 14px;
  width: auto; white-space: normal; border-radius: 6px; }
.lessonkit-review .jupyter-button:focus-visible, .lessonkit-review select:focus-visible,
.lessonkit-review input:focus-visible { outline: 3px solid #0072B2 !important;
  outline-offset: 2px; }
.lessonkit-review-item { border: 2px solid #767676; border-radius: 8px; padding: 6px 12px;
  margin: 8px 0; }
.lessonkit-review-item.lessonkit-dropped { border-style: dashed; opacity: 0.85; }
.lessonkit-review-item.lessonkit-kept { border-left: 8px solid #0072B2; }
.lessonkit-review .lessonkit-words-shown { margin: 0.2em 0; padding: 0.2em 0.6em;
  border-left: 4px solid #56B4E9; }
.lessonkit-review .lessonkit-found { font-size: 15px; margin: 0.1em 0 0.3em; }
.lessonkit-review .lessonkit-status { font-weight: 700; }
.lessonkit-review .lessonkit-low { font-weight: 700; text-decoration: underline; }
.lessonkit-review .lessonkit-error { border: 2px solid #D55E00; border-radius: 6px;
  padding: 6px 10px; margin: 6px 0; }
.lessonkit-review .lessonkit-info { border: 2px dotted #0072B2; border-radius: 6px;
  padding: 6px 10px; margin: 6px 0; }
.lessonkit-review h3 { font-size: 20px; margin: 0.8em 0 0.2em; }
.lessonkit-review .lessonkit-review-marker { max-width: none; font-size: 17px; }
</style>"""


def _button_layout() -> Any:
    return widgets.Layout(width="auto", align_self="flex-start")


def _message_html(text: str, *, error: bool = False) -> str:
    if not text:
        return ""
    if error:
        return f"<div class='lessonkit-error' role='alert'>⚠ {_escape(text)}</div>"
    return f"<div class='lessonkit-info' role='status'>{_escape(text)}</div>"


def _shorten(text: str, limit: int = _SHOWN) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit] + " …"


def _side_options(review: Review | None) -> list[tuple[str, str]]:
    labels = review.side_labels() if review is not None else SIDES
    return [("not set", _NO_SIDE), *((label, key) for key, label in labels.items())]


def _label(text: str) -> Any:
    return widgets.HTML(f"<span class='widget-label'>{_escape(text)}</span>")
