"""The teacher's view of a quiz: the answers revealed on demand, and the class's live tally.

A background thread reads the results store every few seconds, asking only for answers
newer than the last one it saw (``store.tally(quiz_id, since_id=...)``), and updates the
widget; the kernel stays free for the lesson. "Pause updates" stops the reading for a
while; closing the view (``view.close()``) stops the thread. Students appear only under
pseudonyms.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import threading
from collections import Counter
from collections.abc import Mapping
from typing import Any

import ipywidgets as widgets

from ._quizview_style import STYLE
from ._quizview_style import button as button_widget
from ._quizview_style import escape_line as _escape
from ._quizview_style import html as html_widget
from ._quizview_style import toggle as toggle_widget
from .errors import LessonkitError
from .quiz import Question, Quiz, Tally, pseudonym
from .quiz._store import shown_id, why_id
from .quizview import error_html, open_store, sentence_html

__all__ = ["TeacherView"]

_SHOWN_VALUES = 6  # the most given answers shown for a numeric or mark question
_SHOWN_WHYS = 5


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _bar(label: str, n: int, total: int, *, right: bool = False) -> str:
    share = n / total if total else 0.0
    css = "lessonkit-tally-bar lessonkit-tally-right" if right else "lessonkit-tally-bar"
    mark = " <b>✓ right answer</b>" if right else ""
    return (
        "<div class='lessonkit-tally-row'>"
        f"<span class='lessonkit-tally-label'>{html.escape(label)}{mark}</span>"
        f"<span class='lessonkit-tally-track' aria-hidden='true'>"
        f"<span class='{css}' style='display:block;width:{share * 100:.1f}%'></span></span>"
        f"<span class='lessonkit-tally-count'>{n} ({share:.0%})</span></div>"
    )


def tally_html(question: Question, tally: Tally, *, reveal: bool) -> str:
    """One question's tally as escaped HTML: a bar and a count per choice (or per answer)."""
    values = tally.values(question.id)
    answered = sum(n for _, n in values)
    right = tally.right.get(question.id, 0)
    head = f"{answered} answer{'s' if answered != 1 else ''}"
    if reveal and question.gradable and answered:
        head += f" · {right} fully right ({right / answered:.0%})"
    shown = tally.answered(shown_id(question.id))
    if shown:
        head += f" · Show answer pressed {shown} time{'s' if shown != 1 else ''}"
    parts = [f"<p class='lessonkit-hint'>{html.escape(head)}</p>"]
    if question.type == "poll" and not reveal:
        parts.append(
            "<p class='lessonkit-hint'>The class's spread stays hidden until you reveal it.</p>"
        )
        return "".join(parts)
    if question.type in ("single", "multiple", "poll"):
        counts: Counter[str] = Counter()
        for value, n in values:
            for cid in value if isinstance(value, list) else [value]:
                counts[str(cid)] += n
        for choice in question.choices:
            parts.append(
                _bar(choice.text, counts[choice.id], answered, right=reveal and choice.correct)
            )
        if question.type == "poll":
            whys = [str(v).strip() for v, _ in tally.values(why_id(question.id)) if str(v).strip()]
            if whys:
                items = "".join(
                    f"<li>{html.escape(_short(w, 140))}</li>" for w in whys[:_SHOWN_WHYS]
                )
                parts.append(f"<p class='lessonkit-hint'>Some reasons given:</p>"
                             f"<ul class='lessonkit-why-list'>{items}</ul>")  # fmt: skip
    elif question.type in ("match", "sort"):
        targets = {t.id: t.text for t in question.targets}
        for n, item in enumerate(question.items, 1):
            placed: Counter[str] = Counter()
            for value, count in values:
                if isinstance(value, Mapping) and item.id in value:
                    placed[str(value[item.id])] += count
            parts.append(f"<p class='lessonkit-item'>{n}. “{html.escape(_short(item.text))}”</p>")
            for tid, text in targets.items():
                if placed[tid] or (reveal and tid == item.answer):
                    parts.append(
                        _bar(text, placed[tid], answered, right=reveal and tid == item.answer)
                    )
    else:
        for value, n in values[:_SHOWN_VALUES]:
            label = _answer_text(question, value)
            ok = reveal and _is_right(question, value)
            parts.append(_bar(label, n, answered, right=ok))
        if reveal and question.type == "numeric":
            unit = f" {question.unit}" if question.unit else ""
            parts.append(
                f"<p class='lessonkit-hint'>The answer: {question.answer:g}{html.escape(unit)}"
                + (f" (± {question.tolerance:g})" if question.tolerance else "")
                + "</p>"
            )
        if reveal and question.type == "mark":
            words = " ".join(question.words[i].text for i in question.right_words)
            parts.append(f"<p class='lessonkit-hint'>The words to mark: “{html.escape(words)}”</p>")
    return "".join(parts)


def _answer_text(question: Question, value: Any) -> str:
    if question.type == "mark" and isinstance(value, list):
        words = [
            question.words[i].text
            for i in value
            if isinstance(i, int) and 0 <= i < len(question.words)
        ]
        return "“" + _short(" ".join(words), 60) + "”"
    if question.type == "numeric":
        unit = f" {question.unit}" if question.unit else ""
        return f"{value}{unit}"
    return _short(json.dumps(value, ensure_ascii=False), 60)


def _is_right(question: Question, value: Any) -> bool:
    try:
        return bool(question.check(value).correct)
    except LessonkitError:
        return False


class TeacherView:
    """The teacher's view: reveal answers, and a live tally of the class's answers.

    Attributes
    ----------
    widget
        The whole view (class ``lessonkit-teacher``).
    reveal
        Toggle: show the right answers and the polls' spread.
    pause
        Toggle: stop reading the store for a while.
    status
        When the store was last read, and how many answers and students it holds.
    picker, previous, next
        Which question is shown (one at a time, as the class discusses it).
    detail
        That question's tally: a bar and a count per choice.
    tally
        The :class:`~lessonkit.quiz.Tally` read so far.
    """

    def __init__(self, quiz: Quiz, *, store: Any = None, refresh: float = 2.0) -> None:
        if not isinstance(quiz, Quiz):
            raise TypeError(f"'quiz' must be a Quiz (got {type(quiz).__name__})")
        if isinstance(refresh, bool) or not isinstance(refresh, (int, float)) or refresh < 0:
            raise LessonkitError(f"'refresh' must be a number of seconds ≥ 0 (got {refresh!r})")
        self.quiz = quiz
        self.refresh = float(refresh)
        self.store, problem = open_store(store)
        self.tally = Tally(quiz.id)
        self._last_answer = 0
        self._students: dict[str, str] = {}
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

        self.reveal = toggle_widget(
            value=False, description="Reveal answers", icon="eye",
            tooltip="Show the right answers and the polls' spread",
            width="auto",
        )  # fmt: skip
        self.reveal.add_class("lessonkit-reveal")
        self.pause = toggle_widget(
            value=False, description="Pause updates", icon="pause",
            tooltip="Stop reading new answers for now", width="auto",
        )  # fmt: skip
        self.pause.add_class("lessonkit-pause")
        self.refresh_now = button_widget(
            description="Read answers now", icon="refresh", width="auto"
        )
        self.refresh_now.add_class("lessonkit-refresh")
        self.status = html_widget("")
        self.status.add_class("lessonkit-teacher-status")
        self.message = html_widget(error_html(f"The class's answers cannot be read: {problem}",
                                               "Check the results path.") if problem else "")  # fmt: skip
        self.students = html_widget("")
        self.students.add_class("lessonkit-students")
        self.question = html_widget("")
        self.question.add_class("lessonkit-teacher-question")
        self.detail = html_widget("")
        self.detail.add_class("lessonkit-tally")
        self.picker = widgets.Dropdown(
            options=[(f"{i + 1}. {_short(q.prompt, 60)}", i) for i, q in enumerate(quiz.questions)],
            value=0, description="Question", style={"description_width": "initial"},
            layout=widgets.Layout(width="auto", max_width="44em"),
        )  # fmt: skip
        self.picker.add_class("lessonkit-picker")
        self.previous = button_widget(description="Previous", icon="arrow-left")
        self.next = button_widget(description="Next", icon="arrow-right")
        for button in (self.previous, self.next):
            button.add_class("lessonkit-nav")
        self.previous.on_click(lambda _: self._go(int(self.picker.value) - 1))
        self.next.on_click(lambda _: self._go(int(self.picker.value) + 1))
        self.picker.observe(lambda _: self._render(), names="value")
        self.reveal.observe(self._toggled, names="value")
        self.pause.observe(self._paused, names="value")
        self.refresh_now.on_click(lambda _: self.update())

        where = getattr(self.store, "path", None)
        source = (
            f"<small class='lessonkit-store'>Reading answers from: <code>{_escape(str(where))}"
            "</code></small>"
            if where
            else ""
        )
        title = html_widget(
            f"<h3 class='lessonkit-title'>Teacher's view: {_escape(quiz.title)}</h3>"
        )
        controls = widgets.HBox([self.reveal, self.pause, self.refresh_now])
        controls.add_class("lessonkit-navigation")
        navigation = widgets.HBox([self.picker, self.previous, self.next])
        navigation.add_class("lessonkit-navigation")
        self.widget = widgets.VBox(
            [html_widget(STYLE), title, controls, self.status, self.message, self.students,
             navigation, self.question, self.detail, html_widget(source)]
        )  # fmt: skip
        self.widget.add_class("lessonkit-teacher")
        self.update()
        if self.refresh > 0 and self.store is not None:
            self._thread = threading.Thread(
                target=self._loop, name="lessonkit-teacher-view", daemon=True
            )
            self._thread.start()

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)

    @property
    def running(self) -> bool:
        """True while the background reading runs."""
        return self._thread is not None and self._thread.is_alive()

    def close(self) -> None:
        """Stop reading the store and close the widgets."""
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=max(self.refresh, 1.0) + 5.0)
        self.widget.close()

    def _loop(self) -> None:
        while not self._stop.wait(self.refresh):
            if self.widget.comm is None:  # the widget was closed some other way
                break
            if not self.pause.value:
                self.update()

    def _paused(self, change: dict[str, Any]) -> None:
        self.pause.description = "Resume updates" if change["new"] else "Pause updates"
        self.pause.icon = "play" if change["new"] else "pause"
        self._render_status()

    def _toggled(self, change: dict[str, Any]) -> None:
        self.reveal.description = "Hide answers" if change["new"] else "Reveal answers"
        self.reveal.icon = "eye-slash" if change["new"] else "eye"
        self._render()

    def update(self) -> None:
        """Read the answers that came in since the last read, and show them."""
        if self.store is None:
            return
        with self._lock:
            try:
                newer = self.store.tally(self.quiz.id, since_id=self.tally.last_id)
                arrived = self.store.answers(self.quiz.id, since_id=self._last_answer)
            except Exception as exc:  # said in the widget; the next read tries again
                self.message.value = error_html(f"The class's answers cannot be read: {exc}")
                return
            self.message.value = ""
            self.tally = self.tally.merged(newer)
            for answer in arrived:
                self._last_answer = max(self._last_answer, answer.id)
                key = answer.student or f"session:{answer.session}"
                if key not in self._students:
                    self._students[key] = pseudonym(key)
            self._read_at = dt.datetime.now().strftime("%H:%M:%S")
            self._render()

    def _render_status(self) -> None:
        read_at = getattr(self, "_read_at", None)
        parts = [
            f"{self.tally.total} answer{'s' if self.tally.total != 1 else ''}",
            f"{len(self._students)} student{'s' if len(self._students) != 1 else ''}",
        ]
        if read_at:
            parts.append(f"last read {read_at}")
        if self.pause.value:
            parts.append("updates paused")
        elif self.refresh > 0 and self.store is not None:
            parts.append(f"reading every {self.refresh:g} s")
        self.status.value = f"<p class='lessonkit-score-text'>{html.escape(' · '.join(parts))}</p>"

    def _go(self, index: int) -> None:
        self.picker.value = max(0, min(index, len(self.quiz.questions) - 1))

    def _render(self) -> None:
        with self._lock:
            reveal = bool(self.reveal.value)
            index = int(self.picker.value)
            question = self.quiz.questions[index]
            self.previous.disabled = index == 0
            self.next.disabled = index == len(self.quiz.questions) - 1
            prompt = (
                f"<p class='lessonkit-prompt'>Question {index + 1}. {_escape(question.prompt)}"
                f" <span class='lessonkit-hint'>({html.escape(question.type)})</span></p>"
            )
            if self.question.value != prompt + sentence_html(question):
                self.question.value = prompt + sentence_html(question)
            self.detail.value = tally_html(question, self.tally, reveal=reveal)
            names = sorted(self._students.values())
            self.students.value = (
                "<p class='lessonkit-hint'>Answering (pseudonyms): "
                + html.escape(", ".join(names))
                + "</p>"
                if names
                else "<p class='lessonkit-hint'>No answers yet.</p>"
            )
            self._render_status()
