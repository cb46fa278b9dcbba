"""The quiz data model: questions, choices, answers, results and quizzes.

Everything here is a frozen dataclass; the one mutable object, :class:`QuizSession`
(one student's answers as they come), lives in ``_session.py``; how an answer is scored,
and the :class:`Result` it gets, in ``_scoring.py``. Spans are ``(start, end)`` character
offsets into the article text, so a view can show the sentence and highlight what is asked
about.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import LessonkitError
from ._answers import stated
from ._scoring import Result, check_value

__all__ = [
    "GENERATED_KINDS",
    "QUESTION_TYPES",
    "Answer",
    "AnswerValue",
    "Choice",
    "Item",
    "Origin",
    "Question",
    "Quiz",
    "Result",
    "Target",
    "Word",
    "sentence_words",
]

QUESTION_TYPES = ("single", "multiple", "numeric", "match", "sort", "mark", "poll")
GENERATED_KINDS = (
    "who-said",
    "how-sourced",
    "source-type",
    "which-side",
    "which-verb",
    "reporter-voice",
    "mark-source",
    "mark-cue",
    "mark-content",
)

Span = tuple[int, int]
AnswerValue = str | int | float | Sequence[str] | Sequence[int] | Mapping[str, str]

# A word for mark-the-words: letters and digits, with inner apostrophes, hyphens and
# number punctuation kept ("Russia’s", "counter-offensive", "2,000", "U.S").
_WORD = re.compile(r"\w+(?:[’'\-.,]\w+)*")


def _fail(where: str, message: str) -> LessonkitError:
    return LessonkitError(f"{where}: {message}" if where else message)


def _span(value: object, key: str, where: str) -> Span:
    if (
        type(value) is tuple
        and len(value) == 2
        and type(value[0]) is int
        and type(value[1]) is int
        and 0 <= value[0] <= value[1]
    ):
        return value  # the common case, checked quickly
    if (
        not isinstance(value, (tuple, list))
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        raise _fail(where, f"{key!r} must be a pair of offsets (start, end) (got {value!r})")
    start, end = int(value[0]), int(value[1])
    if not 0 <= start <= end:
        raise _fail(where, f"{key!r} must satisfy 0 <= start <= end (got {value!r})")
    return (start, end)


@dataclass(frozen=True)
class Choice:
    """One option of a single, multiple or poll question.

    Attributes
    ----------
    id
        Short id, unique in its question (``"a"``, ``"kuzan"``).
    text
        What the student reads.
    correct
        Whether choosing it is right (always False in a poll).
    feedback
        Why it is right or wrong, shown after the student answers.
    """

    id: str
    text: str
    correct: bool = False
    feedback: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The fields as a JSON-ready dict."""
        return {
            "id": self.id,
            "text": self.text,
            "correct": self.correct,
            "feedback": self.feedback,
        }


@dataclass(frozen=True)
class Target:
    """A speaker to match to, or a category to sort into."""

    id: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        """The fields as a JSON-ready dict."""
        return {"id": self.id, "text": self.text}


@dataclass(frozen=True)
class Item:
    """A thing to match or sort: a quotation (match) or a passage (sort).

    Attributes
    ----------
    id, text
        Its id in the question, and what the student reads.
    answer
        The id of the right :class:`Target`.
    feedback
        Why it belongs there.
    span
        Where it is in the article, or None.
    """

    id: str
    text: str
    answer: str
    feedback: str = ""
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        """The fields as a JSON-ready dict."""
        return {
            "id": self.id,
            "text": self.text,
            "answer": self.answer,
            "feedback": self.feedback,
            "span": list(self.span) if self.span else None,
        }


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a mark-the-words sentence, with its offsets into the article text."""

    text: str
    start: int
    end: int


def sentence_words(text: str, start: int = 0, end: int | None = None) -> tuple[Word, ...]:
    """Split ``text[start:end]`` into the words a student can mark, keeping offsets.

    Punctuation and quotation marks are not words; they stay between the words.

    Examples
    --------
    >>> [w.text for w in sentence_words("“We won,” Ana Ruiz’s aide said.")]
    ['We', 'won', 'Ana', 'Ruiz’s', 'aide', 'said']
    >>> sentence_words("abc", 2, 1)
    Traceback (most recent call last):
    ...
    lessonkit.errors.LessonkitError: 'start' and 'end' must satisfy 0 <= start <= end <= len(text) (got 2, 1)
    """
    stop = len(text) if end is None else end
    if not 0 <= start <= stop <= len(text):
        raise LessonkitError(
            f"'start' and 'end' must satisfy 0 <= start <= end <= len(text) (got {start}, {stop})"
        )
    return tuple(Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, stop))


@dataclass(frozen=True)
class Origin:
    """Where a question came from, so a teacher can check it.

    Attributes
    ----------
    generator
        ``"hand-written"``, or the generator rule that built it (``"who-said"``, ...).
    attribution
        The index of the attribution it was built from (in the list the generator read,
        from 0), or None. ``str(origin)`` numbers it from 1, as the table of
        ``lessonkit attributions`` does.
    rule
        The attribution engine's rule that found that attribution, or None.
    """

    generator: str = "hand-written"
    attribution: int | None = None
    rule: str | None = None

    @property
    def hand_written(self) -> bool:
        """True for a question a person wrote."""
        return self.generator == "hand-written"

    def to_dict(self) -> dict[str, Any]:
        """The fields as a JSON-ready dict."""
        return {"generator": self.generator, "attribution": self.attribution, "rule": self.rule}

    def __str__(self) -> str:
        if self.hand_written:
            return "hand-written"
        parts = [self.generator]
        if self.attribution is not None:
            # numbered from 1, as ``lessonkit attributions`` numbers its table
            parts.append(f"attribution #{self.attribution + 1}")
        if self.rule:
            parts.append(f"rule {self.rule}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Answer:
    """A student's answer to one question.

    ``value`` is a choice id (single, poll), a collection of choice ids (multiple), a
    number or a numeric string (numeric), a mapping of item id to target id (match,
    sort), or a collection of word indices into :attr:`Question.words` (mark).
    """

    question_id: str
    value: AnswerValue

    def to_json(self) -> Any:
        """The value as JSON-ready data (lists for collections, a dict for a mapping)."""
        return _json_value(self.value)


def _json_value(value: AnswerValue) -> Any:
    if isinstance(value, Mapping):
        return {str(k): v for k, v in value.items()}
    if isinstance(value, (str, int, float)):
        return value
    return list(value)


@dataclass(frozen=True)
class Question:
    """One quiz question, of one of :data:`QUESTION_TYPES`.

    Attributes
    ----------
    id
        Unique in its quiz.
    type
        ``"single"``, ``"multiple"``, ``"numeric"``, ``"match"``, ``"sort"``, ``"mark"`` or
        ``"poll"``.
    kind
        What it asks about: one of :data:`GENERATED_KINDS` for generated questions, or a
        free word for hand-written ones (``"trust"``, ``"numbers"``).
    prompt
        The question as the student reads it.
    choices
        Options for single, multiple and poll questions.
    span
        Where the words asked about are in the article (``(start, end)``), or None.
    sentence_span
        The sentence (or passage) to show around ``span``, or None.
    context
        The text of ``sentence_span`` (so a view needs no article), or ``""``.
    answer, tolerance, unit
        Numeric questions: the right number, how far off still counts (absolute), the unit.
    items, targets
        Match questions: quotations (items) to match to speakers (targets). Sort questions:
        passages (items) to sort into categories (targets).
    words
        Mark questions: the words of the sentence, with offsets into the article text.
    answer_spans
        Mark questions: the right span(s); every word inside them is to be marked.
    explanation
        A note shown with the result, whatever was answered.
    origin
        Who or what made the question (:class:`Origin`).
    """

    id: str
    type: str
    kind: str
    prompt: str
    choices: tuple[Choice, ...] = ()
    span: Span | None = None
    sentence_span: Span | None = None
    context: str = ""
    answer: float | None = None
    tolerance: float = 0.0
    unit: str | None = None
    items: tuple[Item, ...] = ()
    targets: tuple[Target, ...] = ()
    words: tuple[Word, ...] = ()
    answer_spans: tuple[Span, ...] = ()
    explanation: str = ""
    origin: Origin = field(default_factory=Origin)

    def __post_init__(self) -> None:
        where = f"question {self.id!r}"
        if not isinstance(self.id, str) or not self.id:
            raise LessonkitError(f"'id' must be a non-empty str (got {self.id!r})")
        if self.type not in QUESTION_TYPES:
            raise _fail(where, f"'type' must be one of {QUESTION_TYPES} (got {self.type!r})")
        if not self.prompt:
            raise _fail(where, "'prompt' must be a non-empty str (got '')")
        if self.span is not None:
            object.__setattr__(self, "span", _span(self.span, "span", where))
        if self.sentence_span is not None:
            object.__setattr__(
                self, "sentence_span", _span(self.sentence_span, "sentence_span", where)
            )
        object.__setattr__(
            self, "answer_spans", tuple(_span(s, "answer_spans", where) for s in self.answer_spans)
        )
        _check_ids([c.id for c in self.choices], "choices", where)
        _check_ids([i.id for i in self.items], "items", where)
        _check_ids([t.id for t in self.targets], "targets", where)
        getattr(self, f"_validate_{self.type}")(where)

    # -- validation per type ---------------------------------------------------------

    def _validate_single(self, where: str) -> None:
        right = sum(c.correct for c in self.choices)
        if len(self.choices) < 2 or right != 1:
            raise _fail(
                where,
                "a 'single' question needs at least 2 choices with exactly 1 correct "
                f"(got {len(self.choices)} choices, {right} correct)",
            )

    def _validate_multiple(self, where: str) -> None:
        right = sum(c.correct for c in self.choices)
        if len(self.choices) < 2 or right < 1:
            raise _fail(
                where,
                "a 'multiple' question needs at least 2 choices with at least 1 correct "
                f"(got {len(self.choices)} choices, {right} correct)",
            )

    def _validate_poll(self, where: str) -> None:
        if len(self.choices) < 2 or any(c.correct for c in self.choices):
            raise _fail(
                where,
                "a 'poll' needs at least 2 choices and none correct "
                f"(got {len(self.choices)} choices, {sum(c.correct for c in self.choices)} correct)",
            )

    def _validate_numeric(self, where: str) -> None:
        if not isinstance(self.answer, (int, float)) or isinstance(self.answer, bool):
            raise _fail(
                where, f"a 'numeric' question needs a number 'answer' (got {self.answer!r})"
            )
        if not math.isfinite(self.answer):
            raise _fail(where, f"'answer' must be finite (got {self.answer!r})")
        if not isinstance(self.tolerance, (int, float)) or not self.tolerance >= 0:
            raise _fail(where, f"'tolerance' must be a number >= 0 (got {self.tolerance!r})")

    def _validate_match(self, where: str) -> None:
        if len(self.items) < 2 or len(self.targets) < 2:
            raise _fail(
                where,
                f"a {self.type!r} question needs at least 2 items and 2 targets "
                f"(got {len(self.items)} items, {len(self.targets)} targets)",
            )
        known = {t.id for t in self.targets}
        for item in self.items:
            if item.answer not in known:
                raise _fail(
                    where,
                    f"item {item.id!r}: 'answer' must be one of {tuple(sorted(known))} "
                    f"(got {item.answer!r})",
                )

    _validate_sort = _validate_match

    def _validate_mark(self, where: str) -> None:
        if not self.words:
            raise _fail(where, "a 'mark' question needs 'words' (got none)")
        if not self.answer_spans:
            raise _fail(where, "a 'mark' question needs 'answer_spans' (got none)")
        for s in self.answer_spans:
            if not any(_overlaps(w, s) for w in self.words):
                raise _fail(where, f"answer span {list(s)} covers none of the words")

    # -- reading -----------------------------------------------------------------------

    @property
    def answer_span(self) -> Span | None:
        """The first right span of a mark question (None for other types)."""
        return self.answer_spans[0] if self.answer_spans else None

    @property
    def right_words(self) -> tuple[int, ...]:
        """Mark questions: the indices into :attr:`words` of the words to mark."""
        return tuple(
            i for i, w in enumerate(self.words) if any(_overlaps(w, s) for s in self.answer_spans)
        )

    @property
    def gradable(self) -> bool:
        """False for a poll, which has no right answer."""
        return self.type != "poll"

    def choice(self, choice_id: str) -> Choice:
        """The choice with this id; unknown ids raise :class:`LessonkitError`."""
        for c in self.choices:
            if c.id == choice_id:
                return c
        raise LessonkitError(
            f"question {self.id!r}: choice must be one of {tuple(c.id for c in self.choices)} "
            f"(got {choice_id!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """The question as a JSON-ready dict (the form ``lessonkit quiz --json`` prints)."""
        data: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "kind": self.kind,
            "prompt": self.prompt,
            "span": list(self.span) if self.span else None,
            "sentence_span": list(self.sentence_span) if self.sentence_span else None,
            "context": self.context,
            "choices": [c.to_dict() for c in self.choices],
        }
        if self.type == "numeric":
            data.update(answer=self.answer, tolerance=self.tolerance, unit=self.unit)
        if self.type in ("match", "sort"):
            data["items"] = [i.to_dict() for i in self.items]
            data["targets"] = [t.to_dict() for t in self.targets]
        if self.type == "mark":
            data["words"] = [[w.text, w.start, w.end] for w in self.words]
            data["answer_span"] = list(self.answer_spans[0])
            data["answer_spans"] = [list(s) for s in self.answer_spans]
        data["explanation"] = self.explanation
        data["origin"] = self.origin.to_dict()
        return data

    # -- checking ----------------------------------------------------------------------

    def check(self, answer: Answer | AnswerValue) -> Result:
        """Check an answer (an :class:`Answer` or its bare value) and say why.

        Scoring: single and numeric score 1 or 0. Multiple scores (right choices picked −
        wrong choices picked) / right choices, at least 0. Match and sort score the share
        of items placed right. Mark scores the token-level F1 of the marked words against
        the words inside :attr:`answer_spans` (2·|marked ∩ right| / (|marked| + |right|)),
        and is correct only when the two sets are equal. A poll has no right answer.

        Examples
        --------
        >>> q = Question("q1", "single", "who-said", "Who said it?",
        ...              (Choice("a", "Ana Ruiz", True, "She is named before 'said'."),
        ...               Choice("b", "Ben Ode", False, "He is only mentioned.")))
        >>> r = q.check("b")
        >>> r.correct, r.score, r.feedback
        (False, 0.0, ('He is only mentioned.',))
        >>> q.check("z")
        Traceback (most recent call last):
        ...
        lessonkit.errors.LessonkitError: question 'q1': choice must be one of ('a', 'b') (got 'z')
        """
        if isinstance(answer, Answer):
            if answer.question_id != self.id:
                raise LessonkitError(
                    f"answer is for question {answer.question_id!r}, not {self.id!r}"
                )
            value = answer.value
        else:
            value = answer
        result = check_value(self, value)
        if self.explanation:
            result = replace(result, feedback=(*result.feedback, self.explanation))
        return result

    # -- the answer, stated ------------------------------------------------------------

    def answer_lines(self) -> tuple[str, ...]:
        """The right answer in words, with why and the explanation (for "Show answer").

        Examples
        --------
        >>> Question("n", "numeric", "numbers", "How many?", answer=7, unit="days").answer_lines()
        ('The answer: 7 days.',)
        """
        return stated(self)

    def context_of(self, span: Span) -> str:
        """The text of ``span``: from :attr:`context` when it covers the span, else the words."""
        if self.context and self.sentence_span:
            base = self.sentence_span[0]
            if self.sentence_span[0] <= span[0] <= span[1] <= self.sentence_span[1]:
                return self.context[span[0] - base : span[1] - base]
        return " ".join(w.text for w in self.words if _overlaps(w, span))


def _overlaps(word: Word, span: Span) -> bool:
    return word.start < span[1] and word.end > span[0]


def _check_ids(ids: list[str], key: str, where: str) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise _fail(where, f"{key!r} ids must be unique (got {i!r} twice)")
        seen.add(i)


# ---------------------------------------------------------------------------
# Quiz


@dataclass(frozen=True)
class Quiz:
    """A list of questions on one article.

    Attributes
    ----------
    id
        Unique id (the results store keys answers by it).
    title
        What the student sees at the top.
    article
        Which article the spans point into: a file name under ``data/articles/`` or a
        path, or None.
    questions
        The questions, in order.

    Examples
    --------
    >>> q = Question("q1", "poll", "trust", "Trust?", (Choice("y", "Yes"), Choice("n", "No")))
    >>> Quiz("demo", "Demo", None, (q, q))
    Traceback (most recent call last):
    ...
    lessonkit.errors.LessonkitError: quiz 'demo': 'questions' ids must be unique (got 'q1' twice)
    """

    id: str
    title: str
    article: str | None
    questions: tuple[Question, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "questions", tuple(self.questions))
        _check_ids([q.id for q in self.questions], "questions", f"quiz {self.id!r}")

    def __len__(self) -> int:
        return len(self.questions)

    def __iter__(self) -> Any:
        return iter(self.questions)

    def question(self, question_id: str) -> Question:
        """The question with this id; unknown ids raise :class:`LessonkitError`."""
        for q in self.questions:
            if q.id == question_id:
                return q
        raise LessonkitError(f"quiz {self.id!r} has no question {question_id!r}")

    def shuffled(self, seed: int = 0, *, questions: bool = True) -> Quiz:
        """A copy with questions and choice order shuffled, the same for the same seed.

        Poll options keep their order (they are often a scale); mark-the-words sentences
        keep their words. Match targets and sort items are shuffled too. With
        ``questions=False`` the questions keep their order and only what is inside each
        is shuffled (a bank often puts the right choice first).

        Examples
        --------
        >>> qs = tuple(Question(f"q{i}", "single", "x", "?", (Choice("a", "A", True),
        ...            Choice("b", "B"), Choice("c", "C"))) for i in range(5))
        >>> quiz = Quiz("demo", "Demo", None, qs)
        >>> [q.id for q in quiz.shuffled(1)] == [q.id for q in quiz.shuffled(1)]
        True
        >>> [q.id for q in quiz.shuffled(1, questions=False)]
        ['q0', 'q1', 'q2', 'q3', 'q4']
        >>> quiz.shuffled("one")
        Traceback (most recent call last):
        ...
        TypeError: 'seed' must be an int (got str)
        """
        if not isinstance(seed, int) or isinstance(seed, bool):
            raise TypeError(f"'seed' must be an int (got {type(seed).__name__})")
        rng = random.Random(seed)
        order = list(self.questions)
        if questions:
            rng.shuffle(order)
        out = []
        for q in order:
            changes: dict[str, Any] = {}
            if q.type in ("single", "multiple") and q.choices:
                changes["choices"] = tuple(rng.sample(q.choices, len(q.choices)))
            if q.type == "match":
                changes["targets"] = tuple(rng.sample(q.targets, len(q.targets)))
                changes["items"] = tuple(rng.sample(q.items, len(q.items)))
            if q.type == "sort":
                changes["items"] = tuple(rng.sample(q.items, len(q.items)))
            out.append(replace(q, **changes) if changes else q)
        return replace(self, questions=tuple(out))

    def to_dict(self) -> dict[str, Any]:
        """The quiz as a JSON-ready dict."""
        return {
            "id": self.id,
            "title": self.title,
            "article": self.article,
            "questions": [q.to_dict() for q in self.questions],
        }
