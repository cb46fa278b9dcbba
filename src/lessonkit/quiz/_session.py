"""One student's run through a quiz: the one mutable object of the quiz model."""

from __future__ import annotations

from ..errors import LessonkitError
from ._model import Answer, AnswerValue, Quiz, Result

__all__ = ["MODES", "QuizSession"]

MODES = ("practice", "check")


class QuizSession:
    """One student's run through a quiz: the one mutable object of the model.

    In ``"practice"`` mode each answer gets its result at once and may be tried again
    (the latest try counts). In ``"check"`` mode :meth:`answer` returns None, each
    question takes one try, and the results are shown by :meth:`results` once the
    session is :attr:`finished` (every question answered, or :meth:`finish` called).

    Examples
    --------
    >>> from lessonkit.quiz import Choice, Question
    >>> q = Question("q1", "single", "x", "Who?", (Choice("a", "Ana", True), Choice("b", "Ben")))
    >>> s = QuizSession(Quiz("demo", "Demo", None, (q,)), mode="check")
    >>> s.answer("q1", "b") is None, s.finished, s.score
    (True, True, 0.0)
    >>> s.answer("q1", "a")
    Traceback (most recent call last):
    ...
    lessonkit.errors.LessonkitError: question 'q1' is already answered (check mode allows one try)
    """

    def __init__(self, quiz: Quiz, mode: str = "practice") -> None:
        if not isinstance(quiz, Quiz):
            raise TypeError(f"'quiz' must be a Quiz (got {type(quiz).__name__})")
        if mode not in MODES:
            raise LessonkitError(f"'mode' must be one of {MODES} (got {mode!r})")
        self.quiz = quiz
        self.mode = mode
        self._results: dict[str, Result] = {}
        self._answers: dict[str, Answer] = {}
        self._tries: dict[str, int] = {}
        self._revealed: set[str] = set()
        self._closed = False

    def can_answer(self, question_id: str) -> bool:
        """Whether ``question_id`` may be answered now."""
        self.quiz.question(question_id)
        if self._closed or question_id in self._revealed:
            return False
        return self.mode == "practice" or question_id not in self._results

    def answer(self, question_id: str, value: AnswerValue) -> Result | None:
        """Record an answer; return its result in practice mode, None in check mode."""
        question = self.quiz.question(question_id)
        if self._closed:
            raise LessonkitError(f"quiz {self.quiz.id!r} is finished; no more answers")
        if self.mode == "check" and question_id in self._results:
            raise LessonkitError(
                f"question {question_id!r} is already answered (check mode allows one try)"
            )
        if question_id in self._revealed:
            raise LessonkitError(
                f"question {question_id!r}: its answer was shown, so it takes no more tries"
            )
        result = question.check(value)
        self._results[question_id] = result
        self._answers[question_id] = Answer(question_id, value)
        self._tries[question_id] = self._tries.get(question_id, 0) + 1
        return result if self.mode == "practice" else None

    def reveal(self, question_id: str) -> None:
        """Note that the student asked to see the answer: the question takes no more tries.

        The latest try (if any) keeps its score; seeing the answer earns nothing.
        """
        self.quiz.question(question_id)
        self._revealed.add(question_id)

    def revealed(self, question_id: str) -> bool:
        """Whether the answer of ``question_id`` was shown on request."""
        return question_id in self._revealed

    def finish(self) -> None:
        """End the session: no more answers; in check mode, results become visible."""
        self._closed = True

    def tries(self, question_id: str) -> int:
        """How many times ``question_id`` was answered."""
        return self._tries.get(question_id, 0)

    def result(self, question_id: str) -> Result | None:
        """The latest result for a question, or None if unanswered or not yet shown."""
        if self.mode == "check" and not self.finished:
            return None
        return self._results.get(question_id)

    def results(self) -> dict[str, Result]:
        """Results so far, by question id (empty in check mode until finished)."""
        if self.mode == "check" and not self.finished:
            return {}
        return dict(self._results)

    @property
    def answers(self) -> dict[str, Answer]:
        """The latest answer to each question answered, by question id."""
        return dict(self._answers)

    @property
    def score(self) -> float:
        """Points so far: the sum of the latest scores of gradable questions."""
        return round(sum(r.score or 0.0 for r in self._results.values()), 4)

    @property
    def max_score(self) -> int:
        """The most points the quiz can give (polls give none)."""
        return sum(q.gradable for q in self.quiz.questions)

    @property
    def progress(self) -> tuple[int, int]:
        """(questions answered, questions in the quiz)."""
        return (len(self._results), len(self.quiz.questions))

    @property
    def finished(self) -> bool:
        """True when every question is answered or :meth:`finish` was called."""
        return self._closed or len(self._results) == len(self.quiz.questions)
