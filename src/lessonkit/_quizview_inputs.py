"""The answer inputs of the quiz widgets, one kind per question type.

Each input builds ipywidgets for one question and turns what the student chose into the
answer value :meth:`lessonkit.quiz.Question.check` expects. Every text shown comes from
the question as plain text (button and dropdown labels are set as text by ipywidgets, never
as markup); text put into an ``HTML`` widget is escaped here.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from typing import Any

import ipywidgets as widgets

from ._quizview_style import html as html_widget
from ._quizview_style import shared
from ._quizview_style import toggle as toggle_widget
from .quiz import AnswerValue, Question, Result

__all__ = ["AnswerInput", "make_input"]

# Symbols carry the state, so it never rests on colour alone.
_OFF, _ON = "○", "●"
_BOX_OFF, _BOX_ON = "☐", "☑"
_RIGHT, _WRONG = "✓", "✗"
_UNSET = "Choose…"


def _choice_button(text: str, tooltip: str = "") -> Any:
    button = toggle_widget(value=False, description=text, tooltip=tooltip, width="100%")
    button.add_class("lessonkit-choice")
    return button


class AnswerInput:
    """The input area of one question.

    Attributes
    ----------
    widget
        The box to show.
    choices
        The widgets the student chooses with (each has the CSS class ``lessonkit-choice``).
    missing
        What to tell a student who asks to check before choosing anything.
    """

    missing = "Choose an answer first."

    def __init__(self, question: Question) -> None:
        self.question = question
        self.choices: list[Any] = []
        self.widget: Any = widgets.VBox()
        self.on_change: Callable[[], None] = lambda: None

    def value(self) -> AnswerValue | None:
        """The answer as the model expects it, or None when nothing is chosen yet."""
        raise NotImplementedError

    def lock(self, locked: bool) -> None:
        """Stop (or allow) changes, e.g. after the one try of check mode."""
        for choice in self.choices:
            choice.disabled = locked

    def mark(self, result: Result | None, *, reveal: bool) -> None:
        """Mark the chosen options right or wrong (``result``), and the right ones if ``reveal``."""

    def reset(self) -> None:
        """Clear the answer and every mark, as before the first try."""
        for choice in self.choices:
            choice.value = False

    def _changed(self, _: object = None) -> None:
        self.on_change()


class _Options(AnswerInput):
    """A single-choice question (or a poll): buttons that act like radio buttons."""

    def __init__(self, question: Question) -> None:
        super().__init__(question)
        self._texts = [c.text for c in question.choices]
        self._ids = [c.id for c in question.choices]
        self._marks = ["" for _ in question.choices]
        self._busy = False
        for i, text in enumerate(self._texts):
            button = _choice_button(f"{_OFF} {text}", tooltip=text)
            button.observe(lambda change, i=i: self._toggled(i, change), names="value")
            self.choices.append(button)
        group = widgets.VBox(self.choices)
        group.add_class("lessonkit-choices")
        self.widget = group

    def _toggled(self, index: int, change: dict[str, Any]) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            if change["new"]:
                for i, button in enumerate(self.choices):
                    if i != index and button.value:
                        button.value = False
            self._marks = ["" for _ in self._marks]
            self._relabel()
        finally:
            self._busy = False
        self._changed()

    def _relabel(self) -> None:
        for i, button in enumerate(self.choices):
            state = _ON if button.value else _OFF
            mark = f" {self._marks[i]}" if self._marks[i] else ""
            button.description = f"{state} {self._texts[i]}{mark}"
            for name in ("lessonkit-right", "lessonkit-wrong"):
                button.remove_class(name)
            if self._marks[i].startswith(_RIGHT):
                button.add_class("lessonkit-right")
            elif self._marks[i].startswith(_WRONG):
                button.add_class("lessonkit-wrong")

    def value(self) -> AnswerValue | None:
        for i, button in enumerate(self.choices):
            if button.value:
                return self._ids[i]
        return None

    def reset(self) -> None:
        self._busy = True
        try:
            for button in self.choices:
                button.value = False
        finally:
            self._busy = False
        self._marks = ["" for _ in self._marks]
        self._relabel()
        self._changed()

    def mark(self, result: Result | None, *, reveal: bool) -> None:
        if self.question.type == "poll":
            return
        chosen = self.value()
        right = {c.id for c in self.question.choices if c.correct}
        marks = []
        for cid in self._ids:
            if result is not None and cid == chosen:
                marks.append(f"{_RIGHT} Right" if cid in right else f"{_WRONG} Not this one")
            elif reveal and cid in right:
                marks.append(f"{_RIGHT} The right answer")
            else:
                marks.append("")
        self._marks = marks
        self._relabel()


class _Checkboxes(AnswerInput):
    """A multiple-select question: one checkbox per choice."""

    missing = "Tick at least one answer first."

    def __init__(self, question: Question) -> None:
        super().__init__(question)
        self._texts = [c.text for c in question.choices]
        self._ids = [c.id for c in question.choices]
        for text in self._texts:
            box = widgets.Checkbox(
                value=False,
                description=text,
                indent=False,
                layout=shared("layout", width="100%"),
                style=shared("checkbox"),
            )
            box.add_class("lessonkit-choice")
            box.observe(self._untick_marks, names="value")
            self.choices.append(box)
        group = widgets.VBox(
            [
                html_widget('<p class="lessonkit-hint">Tick every answer that fits.</p>'),
                *self.choices,
            ]
        )
        group.add_class("lessonkit-choices")
        self.widget = group

    def _untick_marks(self, _: object) -> None:
        for box, text in zip(self.choices, self._texts, strict=True):
            box.description = text
        self._changed()

    def value(self) -> AnswerValue | None:
        picked = [cid for cid, box in zip(self._ids, self.choices, strict=True) if box.value]
        return picked or None

    def mark(self, result: Result | None, *, reveal: bool) -> None:
        right = {c.id for c in self.question.choices if c.correct}
        for cid, box, text in zip(self._ids, self.choices, self._texts, strict=True):
            note = ""
            if result is not None and box.value:
                note = f" {_RIGHT} Right" if cid in right else f" {_WRONG} Not this one"
            elif reveal and cid in right:
                note = (
                    f" {_RIGHT} Also right (not ticked)" if result else f" {_RIGHT} A right answer"
                )
            box.description = f"{text}{note}"


class _Number(AnswerInput):
    """A numeric question: a text box and the unit."""

    missing = "Type a number first (digits, e.g. 772 or 2,000)."

    def __init__(self, question: Question) -> None:
        super().__init__(question)
        self.text = widgets.Text(
            value="",
            placeholder="a number",
            description="Your answer",
            continuous_update=False,
            style={"description_width": "initial"},
            layout=widgets.Layout(width="22em"),
        )
        self.text.add_class("lessonkit-choice")
        self.text.observe(self._changed, names="value")
        self.choices = [self.text]
        parts: list[Any] = [self.text]
        if question.unit:
            unit = html_widget(f'<span class="lessonkit-unit">{html.escape(question.unit)}</span>')
            parts.append(unit)
        row = widgets.HBox(parts)
        row.add_class("lessonkit-choices")
        note = ""
        if question.tolerance:
            note = f"Answers within {question.tolerance:g} of the right figure count as right."
        self.widget = widgets.VBox(
            [row, html_widget(f'<p class="lessonkit-hint">{html.escape(note)}</p>')]
            if note
            else [row]
        )

    def value(self) -> AnswerValue | None:
        text = str(self.text.value).strip()
        return text or None

    def reset(self) -> None:
        self.text.value = ""


class _Dropdowns(AnswerInput):
    """A match-up or sort question: one dropdown per quotation or passage."""

    def __init__(self, question: Question) -> None:
        super().__init__(question)
        self.missing = (
            "Choose a speaker for every quotation first."
            if question.type == "match"
            else "Choose a category for every passage first."
        )
        label = "Said by" if question.type == "match" else "Sort into"
        options: list[tuple[str, str]] = [(_UNSET, "")]
        options += [(t.text, t.id) for t in question.targets]
        self._targets = {t.id: t.text for t in question.targets}
        self._item_ids = [i.id for i in question.items]
        self._notes: list[Any] = []
        rows: list[Any] = []
        for n, item in enumerate(question.items, 1):
            quoted = html.escape(" ".join(item.text.split()).rstrip(" ,;:"))
            if question.type == "match":
                quoted = f"“{quoted}”"
            text = html_widget(
                f'<p class="lessonkit-item"><span class="lessonkit-item-number">{n}.</span> '
                f"{quoted}</p>"
            )
            dropdown = widgets.Dropdown(
                options=options,
                value="",
                description=f"{n}. {label}",
                style={"description_width": "initial"},
                layout=widgets.Layout(width="auto", max_width="40em"),
            )
            dropdown.add_class("lessonkit-choice")
            dropdown.observe(self._changed, names="value")
            note = html_widget("")
            note.add_class("lessonkit-item-note")
            self.choices.append(dropdown)
            self._notes.append(note)
            row = widgets.VBox([text, widgets.HBox([dropdown, note])])
            row.add_class("lessonkit-item-row")
            rows.append(row)
        hint = html_widget(
            '<p class="lessonkit-hint">By keyboard: Tab to a list, Space opens it, the arrow '
            "keys move in it, Enter chooses.</p>"
        )
        group = widgets.VBox([hint, *rows])
        group.add_class("lessonkit-choices")
        self.widget = group

    def value(self) -> AnswerValue | None:
        chosen = {i: d.value for i, d in zip(self._item_ids, self.choices, strict=True)}
        if any(not v for v in chosen.values()):
            return None
        return {k: str(v) for k, v in chosen.items()}

    def reset(self) -> None:
        for dropdown, note in zip(self.choices, self._notes, strict=True):
            dropdown.value = ""
            note.value = ""

    def mark(self, result: Result | None, *, reveal: bool) -> None:
        for item, dropdown, note in zip(
            self.question.items, self.choices, self._notes, strict=True
        ):
            if result is None and not reveal:
                note.value = ""
                continue
            if result is not None and dropdown.value == item.answer:
                note.value = f'<span class="lessonkit-right">{_RIGHT} Right</span>'
            elif reveal:
                answer = html.escape(self._targets[item.answer])
                note.value = f'<span class="lessonkit-wrong">{_WRONG} It is: {answer}</span>'
            else:
                note.value = f'<span class="lessonkit-wrong">{_WRONG} Not quite</span>'


class _Words(AnswerInput):
    """Mark the words: the sentence shown word by word, each word a toggle button."""

    missing = "Select at least one word first."

    def __init__(self, question: Question) -> None:
        super().__init__(question)
        self._labels = _word_labels(question)
        for i, label in enumerate(self._labels):
            button = toggle_widget(
                value=False,
                description=label,
                tooltip=f"word {i + 1}: {question.words[i].text}",
                width="auto",
            )
            button.add_class("lessonkit-choice")
            button.add_class("lessonkit-word")
            button.observe(self._toggled, names="value")
            self.choices.append(button)
        words = widgets.Box(self.choices, layout=widgets.Layout(flex_flow="row wrap"))
        words.add_class("lessonkit-words")
        self.marked = html_widget(_marked_html(()))
        self.marked.add_class("lessonkit-marked")
        hint = html_widget(
            '<p class="lessonkit-hint">Select a word with Tab, then Space or Enter; '
            "select it again to undo.</p>"
        )
        self.widget = widgets.VBox([hint, words, self.marked])

    def _toggled(self, _: object) -> None:
        for button, label in zip(self.choices, self._labels, strict=True):
            button.description = label
            button.remove_class("lessonkit-right")
            button.remove_class("lessonkit-wrong")
            button.remove_class("lessonkit-missed")
        picked = [self.question.words[i].text for i in self._picked()]
        self.marked.value = _marked_html(picked)
        self._changed()

    def _picked(self) -> list[int]:
        return [i for i, button in enumerate(self.choices) if button.value]

    def value(self) -> AnswerValue | None:
        return self._picked() or None

    def mark(self, result: Result | None, *, reveal: bool) -> None:
        """Mark the chosen words right or wrong; with ``reveal``, the missed ones too."""
        if result is None and not reveal:
            return
        right = set(self.question.right_words)
        for i, (button, label) in enumerate(zip(self.choices, self._labels, strict=True)):
            for name in ("lessonkit-right", "lessonkit-wrong", "lessonkit-missed"):
                button.remove_class(name)
            if button.value and i in right:
                button.description, name = f"{label} {_RIGHT}", "lessonkit-right"
            elif button.value:
                button.description, name = f"{label} {_WRONG}", "lessonkit-wrong"
            elif i in right and reveal:
                button.description, name = f"{label} (missed)", "lessonkit-missed"
            else:
                continue
            button.add_class(name)


def _word_labels(question: Question) -> list[str]:
    """Each word with the punctuation that touches it, so the sentence reads as written.

    Between two words, what touches the word before (a comma, a closing quotation mark)
    joins it, and what touches the word after (an opening quotation mark) joins that one;
    a dash standing alone between spaces stays with the word before.
    """
    words = question.words
    if not question.context or not question.sentence_span:
        return [w.text for w in words]
    text, (first, last) = question.context, question.sentence_span
    n = len(words)
    labels = [w.text for w in words]
    for i in range(n + 1):
        start = words[i - 1].end if i else first
        end = words[i].start if i < n else last
        gap = text[max(start - first, 0) : max(end - first, 0)]
        if not gap.strip():
            continue
        if i == 0:
            labels[0] = gap.strip() + labels[0]
            continue
        if i == n or not any(c.isspace() for c in gap):
            labels[i - 1] += gap if i < n else gap.rstrip()
            continue
        head = re.match(r"\S*", gap)
        tail = re.search(r"\S*$", gap)
        h = head.group() if head else ""
        t = tail.group() if tail else ""
        middle = gap[len(h) : len(gap) - len(t)].strip()
        labels[i - 1] += h + (f" {middle}" if middle else "")
        labels[i] = t + labels[i]
    return labels


def _marked_html(words: Sequence[str]) -> str:
    if not words:
        return '<p class="lessonkit-hint">Marked: nothing yet.</p>'
    shown = html.escape(" ".join(words))
    return f'<p class="lessonkit-hint">Marked ({len(words)}): “{shown}”</p>'


class _Poll(_Options):
    """A poll: options with no right answer, and a free-text "why"."""

    def __init__(self, question: Question) -> None:
        super().__init__(question)
        self.why = widgets.Textarea(
            value="",
            placeholder="Why? A sentence is enough.",
            description="Why?",
            style={"description_width": "initial"},
            layout=widgets.Layout(width="100%", height="5em"),
        )
        self.why.add_class("lessonkit-why")
        self.widget = widgets.VBox([self.widget, self.why])

    def lock(self, locked: bool) -> None:
        super().lock(locked)
        self.why.disabled = locked


_INPUTS: dict[str, type[AnswerInput]] = {
    "single": _Options,
    "poll": _Poll,
    "multiple": _Checkboxes,
    "numeric": _Number,
    "match": _Dropdowns,
    "sort": _Dropdowns,
    "mark": _Words,
}


def make_input(question: Question) -> AnswerInput:
    """Build the input for ``question``'s type."""
    return _INPUTS[question.type](question)
