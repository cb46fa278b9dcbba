"""Quiz widgets for JupyterLab: one question, a whole quiz, and the teacher's live view.

A lesson cell reads like the data flow, article → quiz → widget::

    quiz = load_bank()
    show_quiz(quiz, article)

Every answer is saved at once to the results store (:class:`lessonkit.quiz.AnswerStore`,
by default the file :func:`lessonkit.quiz.default_results_path` names, shown small under the
quiz). In ``"practice"`` mode a student sees at once whether an answer is right: a wrong try says
what is wrong and why without giving the right answer away, and offers "Try again" and "Show
answer"; a right try (or "Show answer") shows the answer and why. In ``"check"`` mode each
question takes one try and the results, with the answers, come at the end.

The widgets work by keyboard alone: Tab moves between choices and buttons, Space or Enter
chooses; a list opens with Space, the arrow keys move in it and Enter chooses (JupyterLab
takes the arrow keys of a closed list to move between cells). A button that hides itself
hands the focus on: "Try again" to the first choice, "Show answer" to "Next" (or to the
feedback, when there is no next question). Right and wrong are said in words with a
symbol (✓ Right / ✗ Not quite), never by colour alone, in the Okabe–Ito colour-blind-safe
palette, at a size that reads on a projector. All article text is escaped before it is
shown. Stable CSS classes for tests and styling: ``lessonkit-quiz`` (the quiz),
``lessonkit-choice`` (each choice), ``lessonkit-check`` (the check button),
``lessonkit-feedback`` (the feedback area), ``lessonkit-score`` (the score),
``lessonkit-retry`` and ``lessonkit-show-answer`` (practice mode's buttons after a wrong try),
``lessonkit-store`` (where answers go), ``lessonkit-error`` (a problem, in words).
"""

from __future__ import annotations

import dataclasses
import functools
import html
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from ._quizview_feedback import _verdict, answer_html, feedback_html, hint_html, info_html
from ._quizview_inputs import AnswerInput, make_input
from ._quizview_style import STYLE, shared
from ._quizview_style import button as button_widget
from ._quizview_style import escape_line as _escape
from ._quizview_style import html as html_widget
from .errors import LessonkitError
from .quiz import Answer, AnswerValue, Question, Quiz, QuizSession, Result
from .quiz._store import shown_id, why_id

if TYPE_CHECKING:
    from ._quizview_paragraph import ParagraphRound
    from ._quizview_teacher import TeacherView
    from .article import Article

__all__ = [
    "QuizView",
    "pick_questions",
    "show_paragraph_quiz",
    "show_question",
    "show_quiz",
    "teacher_view",
]

MAX_CONTEXT = 900  # characters: a longer passage (several paragraphs) is not shown as context


def error_html(message: str, fix: str = "") -> str:
    """A problem, said in words, for the widget's message area."""
    tail = f" <span class='lessonkit-fix'>{_escape(fix)}</span>" if fix else ""
    return f"<div class='lessonkit-error' role='alert'>⚠ {_escape(message)}{tail}</div>"


def open_store(store: Any) -> tuple[Any | None, str | None]:
    """Open the results store; return ``(store, None)`` or ``(None, message)``.

    ``store`` is an :class:`~lessonkit.quiz.AnswerStore`, a path or address, None for the
    default, or False for not saving at all.
    """
    from .quiz import AnswerStore

    if store is False:
        return None, None
    if store is not None and not isinstance(store, (str, os.PathLike)):
        return store, None
    try:
        return AnswerStore(store), None
    except (LessonkitError, OSError, ImportError) as exc:
        return None, str(exc)
    except Exception as exc:  # e.g. sqlite3.Error: the widget says so rather than crash
        return None, f"{type(exc).__name__}: {exc}"


def store_html(store: Any | None, problem: str | None) -> str:
    """The small line saying where answers are saved (or why they are not)."""
    if store is None and problem is None:
        return "<small class='lessonkit-store'>Answers are not saved (store=False).</small>"
    if store is None:
        return error_html(
            f"Your answers are not being saved: {problem}",
            "Ask your teacher, or set LESSONKIT_RESULTS to a file in a folder you can write to.",
        )
    where = getattr(store, "path", None) or repr(store)
    return f"<small class='lessonkit-store'>Answers are saved to: <code>{_escape(where)}</code></small>"


def sentence_html(question: Question, article: Article | None = None) -> str:
    """The article sentence of ``question``, escaped, with the words asked about marked.

    The sentence comes from ``article`` when given (and it matches the question), else from
    the question's own copy (:attr:`Question.context`). Returns ``""`` when the question
    points at no sentence, or at a passage longer than :data:`MAX_CONTEXT` characters (a
    question about the whole article).
    """
    text, start, note = _sentence(question, article)
    if not text or len(text) > MAX_CONTEXT:
        return ""
    span = question.span
    pieces: list[str]
    if span is not None and start <= span[0] <= span[1] <= start + len(text):
        a, b = span[0] - start, span[1] - start
        pieces = [
            _escape_keep(text[:a]),
            f"<mark class='lessonkit-asked'>{_escape_keep(text[a:b])}</mark>",
            _escape_keep(text[b:]),
        ]
        label = "From the article (the words asked about are marked and underlined):"
    else:
        pieces = [_escape_keep(text)]
        label = "From the article:"
    warning = f"<p class='lessonkit-hint'>{_escape(note)}</p>" if note else ""
    return (
        f"<p class='lessonkit-hint'>{label}</p>"
        f"<blockquote class='lessonkit-sentence'>{''.join(pieces)}</blockquote>{warning}"
    )


def _escape_keep(text: str) -> str:
    return html.escape(text.replace("\n", " "))


def _sentence(question: Question, article: Article | None) -> tuple[str, int, str]:
    own = question.context
    span = question.sentence_span
    if article is not None:
        if span is not None and span[1] <= len(article.text):
            text = article.text[span[0] : span[1]]
            if not own or text == own:
                return text, span[0], ""
            return (
                own,
                span[0],
                "This question was written for another version of the article; "
                "it shows its own copy of the sentence.",
            )
        if span is None and question.span is not None:
            found = article.sentence_at(question.span[0])
            if found is not None:
                end = max(found.end, question.span[1])
                return article.text[found.start : end], found.start, ""
    if own and span is not None:
        return own, span[0], ""
    return "", 0, ""


class QuestionPanel:
    """One question on screen: prompt, sentence, input, check button and feedback.

    Attributes
    ----------
    question
        The question shown.
    input
        Its answer input (``input.choices`` are the widgets the student chooses with).
    check
        The button that checks (practice) or hands in (check mode) the answer.
    retry, reveal
        Practice mode, after a wrong try: "Try again" (clears the answer) and "Show answer".
        Hidden until then, and never shown in check mode or for a poll.
    actions
        The row of those three buttons.
    feedback
        The ``HTML`` widget (class ``lessonkit-feedback``) with the verdict and why.
    feedback_area, focus_note
        The box around it, and the line in it (a ``Label``, hidden until then) that takes
        the keyboard focus after "Show answer" when there is no next question (it can be
        focused, yet Tab passes it by).
    widget
        The box to show.
    """

    def __init__(
        self,
        question: Question,
        article: Article | None,
        *,
        number: int,
        mode: str,
        on_check: Callable[[QuestionPanel], None],
        on_retry: Callable[[QuestionPanel], None] | None = None,
        on_reveal: Callable[[QuestionPanel], None] | None = None,
    ) -> None:
        self.question = question
        self.input: AnswerInput = make_input(question)
        label = "Send my answer" if question.type == "poll" else "Check my answer"
        if mode == "check" and question.type != "poll":
            label = "Hand in my answer"
        self.check = button_widget(
            description=label,
            tooltip=label,
            icon="check",
            width="auto",
        )
        self.check.add_class("lessonkit-check")
        self.check.on_click(lambda _: on_check(self))
        self.retry = _hidden_button(
            "Try again", "Clear your answer and answer this question again", "redo",
            "lessonkit-retry",
        )  # fmt: skip
        self.reveal = _hidden_button(
            "Show answer", "Show the right answer (this question then gives no more points)",
            "eye", "lessonkit-show-answer",
        )  # fmt: skip
        if on_retry is not None:
            self.retry.on_click(lambda _: on_retry(self))
        if on_reveal is not None:
            self.reveal.on_click(lambda _: on_reveal(self))
        self.actions = widgets.HBox([self.check, self.retry, self.reveal])
        self.actions.add_class("lessonkit-actions")
        self.feedback = html_widget("")
        self.feedback.add_class("lessonkit-feedback")
        # Where the keyboard focus goes when nothing after the feedback can take it (an
        # ``HTML`` widget cannot: its front end focuses an inner box that takes no focus).
        self.focus_note = widgets.Label(
            "", tabbable=False, layout=widgets.Layout(display="none")
        )  # fmt: skip
        self.focus_note.add_class("lessonkit-focus-note")
        self.feedback_area = widgets.VBox([self.focus_note, self.feedback])
        self.feedback_area.add_class("lessonkit-feedback-area")
        prompt = html_widget(
            f"<p class='lessonkit-prompt'><span class='lessonkit-number'>Question {number}.</span> "
            f"{_escape(question.prompt)}</p>"
        )
        parts: list[Any] = [prompt]
        if question.type != "mark":
            context = sentence_html(question, article)
            if context:
                parts.append(html_widget(context))
        parts += [self.input.widget, self.actions, self.feedback_area]
        self.widget = widgets.VBox(parts)
        self.widget.add_class("lessonkit-question")
        self.widget.add_class(f"lessonkit-type-{question.type}")

    def offer(self, *, retry: bool, reveal: bool) -> None:
        """Show or hide "Try again" and "Show answer"."""
        for button, shown in ((self.retry, retry), (self.reveal, reveal)):
            button.layout.display = None if shown else "none"
            button.disabled = not shown


def _hidden_button(label: str, tooltip: str, icon: str, css: str) -> Any:
    button = widgets.Button(
        description=label,
        tooltip=tooltip,
        icon=icon,
        disabled=True,
        layout=widgets.Layout(width="auto", display="none"),
        style=shared("button"),
    )
    button.add_class(css)
    return button


class QuizView:
    """A quiz on screen: one question at a time, next/previous, progress and score.

    Made by :func:`show_quiz` and :func:`show_question`; a notebook shows it when it is the
    last line of a cell (it displays as its :attr:`widget`).

    Attributes
    ----------
    quiz, session
        The quiz and the student's :class:`~lessonkit.quiz.QuizSession`.
    store
        The results store the answers go to, or None when it could not be opened.
    widget
        The whole view (class ``lessonkit-quiz``).
    score
        The ``HTML`` widget with the score (class ``lessonkit-score``).
    progress
        The progress bar (answered questions).
    previous, next
        The navigation buttons.
    finish
        In check mode, the button that ends the quiz and shows the results.
    message
        Problems (a store that cannot be opened, an answer that could not be saved).
    """

    def __init__(
        self,
        quiz: Quiz,
        article: Article | None = None,
        *,
        store: Any = None,
        mode: str = "practice",
        student: str | None = None,
        navigation: bool = True,
    ) -> None:
        if not isinstance(quiz, Quiz):
            raise TypeError(f"'quiz' must be a Quiz (got {type(quiz).__name__})")
        if not quiz.questions:
            raise LessonkitError(f"quiz {quiz.id!r} has no questions")
        self.quiz = quiz
        self.article = article
        self.session = QuizSession(quiz, mode=mode)
        self.mode = mode
        self.student = student
        self.store, problem = open_store(store)
        self.index = 0
        self._panels: dict[int, QuestionPanel] = {}

        self.message = html_widget("")
        self.message.add_class("lessonkit-message")
        self.score = html_widget("")
        self.score.add_class("lessonkit-score")
        total = len(quiz.questions)
        self.progress = widgets.IntProgress(
            value=0, min=0, max=total, description="Answered", bar_style="info",
            style={"description_width": "initial"}, layout=widgets.Layout(width="20em"),
        )  # fmt: skip
        self.progress.add_class("lessonkit-progress")
        self.position = html_widget("")
        self.position.add_class("lessonkit-position")
        self.previous = button_widget(description="Previous", icon="arrow-left",
                                       tooltip="Previous question")  # fmt: skip
        self.next = button_widget(description="Next", icon="arrow-right", tooltip="Next question")
        for button in (self.previous, self.next):
            button.add_class("lessonkit-nav")
        self.previous.on_click(lambda _: self.go(self.index - 1))
        self.next.on_click(lambda _: self.go(self.index + 1))
        self.finish = button_widget(
            description="Finish and see my results", icon="flag-checkered",
            width="auto",
        )  # fmt: skip
        self.finish.add_class("lessonkit-finish")
        self.finish.on_click(lambda _: self._finish())
        self.summary = html_widget("")
        self.summary.add_class("lessonkit-summary")
        self.body = widgets.VBox()
        self.store_note = html_widget(store_html(self.store, problem))

        title = html_widget(f"<h3 class='lessonkit-title'>{_escape(quiz.title)}</h3>")
        mode_note = html_widget(
            "<p class='lessonkit-hint'>"
            + (
                "Practice: you see at once whether you are right, and you may try again."
                if mode == "practice"
                else "Check: one try per question; you see your results at the end."
            )
            + "</p>"
        )
        parts: list[Any] = [html_widget(STYLE)]
        many = navigation and total > 1
        if many:
            parts += [title, mode_note]
            status = widgets.HBox([self.progress, self.position, self.score])
            status.add_class("lessonkit-status")
            parts.append(status)
        parts += [self.message, self.body]
        self._navigation = widgets.HBox([self.previous, self.next] if many else [])
        self._navigation.add_class("lessonkit-navigation")
        if many:
            parts.append(self._navigation)
            if mode == "check":
                parts.append(self.finish)
        else:
            parts.append(self.score)
            if mode == "check":
                parts.append(self.finish)
        parts += [self.summary, self.store_note]
        self.widget = widgets.VBox(parts)
        self.widget.add_class("lessonkit-quiz")
        self.go(0)
        self._update_score()

    # -- display ---------------------------------------------------------------------

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)

    def close(self) -> None:
        """Close the widgets (and the results store, when the view opened it)."""
        self.widget.close()

    # -- navigation ------------------------------------------------------------------

    @property
    def panel(self) -> QuestionPanel:
        """The question on screen now."""
        return self._panel(self.index)

    def panels(self) -> list[QuestionPanel]:
        """Every question's panel (built on first use)."""
        return [self._panel(i) for i in range(len(self.quiz.questions))]

    def _panel(self, index: int) -> QuestionPanel:
        if index not in self._panels:
            question = self.quiz.questions[index]
            panel = QuestionPanel(
                question, self.article, number=index + 1, mode=self.mode, on_check=self._check,
                on_retry=self._retry, on_reveal=self._reveal,
            )  # fmt: skip
            panel.input.on_change = functools.partial(self._edited, panel)
            self._panels[index] = panel
            if self.session.finished and not self.session.can_answer(question.id):
                self._show_final(panel)
        return self._panels[index]

    def go(self, index: int) -> None:
        """Show question number ``index`` (from 0)."""
        total = len(self.quiz.questions)
        self.index = max(0, min(index, total - 1))
        self.body.children = (self.panel.widget,)
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index == total - 1
        self.position.value = (
            f"<span class='lessonkit-position-text'>Question {self.index + 1} of {total}</span>"
        )

    # -- answering -------------------------------------------------------------------

    def _edited(self, panel: QuestionPanel) -> None:
        if self.mode == "practice" and panel.feedback.value:
            panel.feedback.value = info_html("Changed: check your answer again.")

    def _check(self, panel: QuestionPanel) -> None:
        question = panel.question
        value = panel.input.value()
        if value is None:
            panel.feedback.value = info_html(panel.input.missing)
            return
        if not self.session.can_answer(question.id):
            panel.feedback.value = info_html(self._closed_note(question))
            return
        try:
            result = question.check(value)
        except LessonkitError:
            panel.feedback.value = info_html(
                f"“{value}” is not a number: {panel.input.missing}"
                if question.type == "numeric"
                else panel.input.missing
            )
            return
        self.session.answer(question.id, value)
        self._record(question, value, result, panel)
        # In practice mode the buttons first, then the words: once a student sees the
        # feedback, Tab reaches "Try again" and "Show answer" (the front end applies the
        # changes in the order they are made).
        if question.type == "poll":
            panel.feedback.value = feedback_html(result)
        elif self.mode == "practice" and result.correct:
            panel.offer(retry=False, reveal=False)
            panel.input.mark(result, reveal=True)
            panel.feedback.value = feedback_html(result)
        elif self.mode == "practice":
            panel.offer(retry=True, reveal=True)
            panel.input.mark(result, reveal=False)
            panel.feedback.value = hint_html(result)
        else:
            panel.input.lock(True)
            panel.check.disabled = True
            panel.feedback.value = info_html(
                "Your answer is handed in. You will see how you did at the end."
            )
        if self.mode == "check" and self.session.finished:
            self._finish()
        self._update_score()

    def _closed_note(self, question: Question) -> str:
        if self.session.revealed(question.id):
            return "You have seen the answer to this question; go on to the next one."
        if self.mode == "check" and not self.session.finished:
            return "You have handed in this question already (one try in check mode)."
        return "The quiz is finished."

    def _retry(self, panel: QuestionPanel) -> None:
        if not self.session.can_answer(panel.question.id):
            return  # e.g. pressed as the quiz was finished
        panel.input.reset()
        panel.feedback.value = info_html("Try again: give your answer, then check it.")
        panel.offer(retry=False, reveal=True)
        if panel.input.choices:  # the pressed button is hidden now: the focus goes on
            panel.input.choices[0].focus()

    def _reveal(self, panel: QuestionPanel) -> None:
        question = panel.question
        if not self.session.can_answer(question.id):
            return
        self.session.reveal(question.id)
        self._keep(shown_id(question.id), True)  # the teacher sees who asked for the answer
        panel.input.mark(self.session.result(question.id), reveal=True)
        panel.input.lock(True)
        panel.check.disabled = True
        panel.offer(retry=False, reveal=False)
        panel.feedback.value = answer_html(question)
        if self._has_next():
            self.next.focus()
        else:
            panel.focus_note.value = "The answer is shown below: this question is closed."
            panel.focus_note.layout.display = None
            panel.focus_note.focus()

    def _has_next(self) -> bool:
        """Whether the Next button is on screen and can be pressed."""
        return self.next in self._navigation.children and not self.next.disabled

    def _keep(self, question_id: str, value: Any) -> None:
        """Save a row that is not an answer (a shown answer), saying so if it cannot be."""
        if self.store is None:
            return
        try:
            self.store.record(self.quiz.id, question_id, value, None, student=self.student)
        except Exception as exc:  # shown in the widget, never a traceback
            self.message.value = error_html(
                f"This could not be saved ({exc}).",
                "Your answers stay in this notebook until the kernel restarts; tell your teacher.",
            )

    def _record(self, question: Question, value: AnswerValue, result: Result, panel: Any) -> None:
        if self.store is None:
            return
        answer = Answer(question.id, value).to_json()
        why = getattr(panel.input, "why", None)
        reason = " ".join(str(why.value).split()) if why is not None else ""
        try:
            self.store.record(
                self.quiz.id, question.id, answer, result.correct,
                student=self.student, score=result.score,
            )  # fmt: skip
            if reason:
                self.store.record(self.quiz.id, why_id(question.id), reason, None,
                                  student=self.student)  # fmt: skip
        except Exception as exc:  # shown in the widget, never a traceback
            self.message.value = error_html(
                f"This answer could not be saved ({exc}).",
                "Your answers stay in this notebook until the kernel restarts; tell your teacher.",
            )

    def _finish(self) -> None:
        if not self.session.finished:
            self.session.finish()
        for index in self._panels:
            self._show_final(self._panels[index])
        self.finish.disabled = True
        self._update_score()
        self.summary.value = self._summary_html()

    def _show_final(self, panel: QuestionPanel) -> None:
        result = self.session.result(panel.question.id)
        panel.input.lock(True)
        panel.check.disabled = True
        panel.offer(retry=False, reveal=False)
        if result is None:
            panel.feedback.value = info_html("Not answered.")
            panel.input.mark(None, reveal=panel.question.type != "poll")
            return
        panel.feedback.value = feedback_html(result)
        panel.input.mark(result, reveal=True)

    def _summary_html(self) -> str:
        rows = []
        missing = []
        for n, question in enumerate(self.quiz.questions, 1):
            result = self.session.result(question.id)
            if result is None:
                missing.append(str(n))
                continue
            if result.correct is None:
                verdict = "✓ answered (a poll: no right answer)"
            else:
                verdict = _verdict(result)[0]
            rows.append(f"<li>Question {n}: {html.escape(verdict)}</li>")
        if missing:
            shown = ", ".join(missing[:12]) + (", …" if len(missing) > 12 else "")
            rows.append(f"<li>Not answered: {len(missing)} (question {shown})</li>")
        score = f"{self.session.score:.2f}".rstrip("0").rstrip(".")
        head = f"Your results: {score} of {self.session.max_score}"
        return (
            f"<div class='lessonkit-summary-box'><p class='lessonkit-verdict'>{head}</p>"
            f"<ul>{''.join(rows)}</ul></div>"
        )

    def _update_score(self) -> None:
        answered, total = self.session.progress
        self.progress.value = answered
        gradable = self.session.max_score
        if self.mode == "check" and not self.session.finished:
            text = f"Answered {answered} of {total}. Your score is shown at the end."
        elif gradable == 0:
            text = f"Answered {answered} of {total}."
        else:
            score = f"{self.session.score:.2f}".rstrip("0").rstrip(".")
            text = f"Score: {score} of {gradable} · answered {answered} of {total}"
        self.score.value = f"<span class='lessonkit-score-text'>{html.escape(text)}</span>"


def _check_mode(mode: str) -> None:
    from .quiz import MODES

    if mode not in MODES:
        raise LessonkitError(f"'mode' must be one of {MODES} (got {mode!r})")


def show_quiz(
    quiz: Quiz,
    article: Article | None = None,
    *,
    store: Any = None,
    mode: str = "practice",
    student: str | None = None,
    limit: int | None = None,
    seed: int | None = 0,
) -> QuizView:
    """Show a whole quiz: one question at a time, with next/previous, progress and score.

    Parameters
    ----------
    quiz
        The quiz (from :func:`lessonkit.quiz.load_bank` or :func:`lessonkit.quiz.generate`).
    article
        The article the questions point into; by default each question's own copy of its
        sentence is shown.
    store
        Where answers are saved: an :class:`~lessonkit.quiz.AnswerStore`, a file path, or
        None for :func:`~lessonkit.quiz.default_results_path`. A store that cannot be
        opened is said in the widget; the quiz still works.
    mode
        ``"practice"`` (feedback at once, tries again allowed) or ``"check"`` (one try,
        results at the end).
    student
        A name or pseudonym saved with every answer, or None.
    limit
        Show at most this many questions, chosen by :func:`pick_questions` to cover every
        kind of question; all by default.
    seed
        The choices of each question are shown in an order mixed by this seed (the same
        seed, the same order; the questions keep theirs), so the right answer is not always
        where the bank put it. None shows them as written.

    Returns
    -------
    QuizView
        The view; a notebook shows it when the call is the last line of the cell.

    Examples
    --------
    >>> from lessonkit.quiz import Choice, Question, Quiz
    >>> q = Question("q1", "single", "who-said", "Who said it?",
    ...              (Choice("a", "Ana", True), Choice("b", "Ben")))
    >>> view = show_quiz(Quiz("demo", "Demo", None, (q,)), store=False, seed=None)
    >>> view.panel.input.choices[1].value = True
    >>> view.panel.check.click()
    >>> "✗ Not quite" in view.panel.feedback.value
    True
    >>> show_quiz(Quiz("demo", "Demo", None, (q,)), mode="exam")
    Traceback (most recent call last):
    ...
    lessonkit.errors.LessonkitError: 'mode' must be one of ('practice', 'check') (got 'exam')
    """
    _check_mode(mode)
    if limit is not None:
        quiz = pick_questions(quiz, limit)
    if seed is not None and isinstance(quiz, Quiz):
        quiz = quiz.shuffled(seed, questions=False)
    return QuizView(quiz, article, store=store, mode=mode, student=student)


def pick_questions(quiz: Quiz, limit: int) -> Quiz:
    """The same quiz cut to ``limit`` questions, taking each kind of question in turn.

    The first question of every kind comes first (in quiz order), then the second of every
    kind, and so on; the questions keep their order in the quiz. The quiz id stays, so the
    answers are counted with the whole quiz's.

    Examples
    --------
    >>> from lessonkit.quiz import Choice, Question, Quiz
    >>> def q(i, kind):
    ...     return Question(i, "single", kind, "?", (Choice("a", "A", True), Choice("b", "B")))
    >>> quiz = Quiz("k", "K", None, (q("w1", "who"), q("w2", "who"), q("h1", "how")))
    >>> [x.id for x in pick_questions(quiz, 2)]
    ['w1', 'h1']
    >>> pick_questions(quiz, 0)
    Traceback (most recent call last):
    ...
    lessonkit.errors.LessonkitError: 'limit' must be a whole number ≥ 1 (got 0)
    """
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise LessonkitError(f"'limit' must be a whole number ≥ 1 (got {limit!r})")
    by_kind: dict[str, list[int]] = {}
    for i, question in enumerate(quiz.questions):
        by_kind.setdefault(question.kind, []).append(i)
    chosen: list[int] = []
    rank = 0
    while len(chosen) < min(limit, len(quiz.questions)):
        for indices in by_kind.values():
            if rank < len(indices) and len(chosen) < limit:
                chosen.append(indices[rank])
        rank += 1
    return dataclasses.replace(quiz, questions=tuple(quiz.questions[i] for i in sorted(chosen)))


def show_question(
    question: Question,
    article: Article | None = None,
    *,
    store: Any = None,
    mode: str = "practice",
    quiz_id: str | None = None,
    student: str | None = None,
    seed: int | None = 0,
) -> QuizView:
    """Show one question, with its sentence, its feedback and the score.

    Parameters are those of :func:`show_quiz`; ``quiz_id`` is the quiz the answer is saved
    under (by default ``"question-<question id>"``).
    """
    if not isinstance(question, Question):
        raise TypeError(f"'question' must be a Question (got {type(question).__name__})")
    _check_mode(mode)
    quiz = Quiz(quiz_id or f"question-{question.id}", question.prompt, None, (question,))
    if seed is not None:
        quiz = quiz.shuffled(seed, questions=False)
    return QuizView(quiz, article, store=store, mode=mode, student=student, navigation=False)


def teacher_view(quiz: Quiz, *, store: Any = None, refresh: float = 2.0) -> TeacherView:
    """The teacher's view of a quiz: reveal the answers, and watch the class's answers come in.

    Parameters
    ----------
    quiz
        The quiz the class is answering.
    store
        Where the answers are read from (as for :func:`show_quiz`).
    refresh
        Seconds between reads of the store; reading runs in the background, so the
        kernel stays free. ``0`` reads once, now.

    Returns
    -------
    TeacherView
        The view; ``view.close()`` stops the reading.
    """
    from ._quizview_teacher import TeacherView

    return TeacherView(quiz, store=store, refresh=refresh)


def show_paragraph_quiz(
    text: str = "",
    *,
    store: Any = None,
    mode: str = "practice",
    seed: int = 0,
    limit: int = 6,
    student: str | None = None,
) -> ParagraphRound:
    """A box to paste a paragraph of any news report into, and questions written on it.

    Parameters
    ----------
    text
        A paragraph to start with (questions are written on it at once), or ``""``.
    store, mode, student
        As for :func:`show_quiz`; answers are saved under the quiz id ``"own-paragraph"``.
    seed
        Chooses the wrong options and their order; the same seed, the same questions.
    limit
        At most this many questions (see :func:`pick_questions`).

    Returns
    -------
    ParagraphRound
        The view; a notebook shows it when the call is the last line of the cell.
    """
    from ._quizview_paragraph import ParagraphRound

    _check_mode(mode)
    if not isinstance(text, str):
        raise TypeError(f"'text' must be a str (got {type(text).__name__})")
    return ParagraphRound(text, store=store, mode=mode, seed=seed, limit=limit, student=student)
