"""How an answer is scored: the :class:`Result` of a check, and the check of each question type.

Scoring: single and numeric score 1 or 0 (numeric within ``tolerance``, absolute); multiple
(right picked − wrong picked) / right, at least 0; match and sort the share of items placed
right; mark the token-level F1 of marked words against the words in ``answer_spans``
(correct only when equal). A poll has no right answer. :meth:`Question.check` is the way in.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import LessonkitError
from ._answers import MARK_NOUN, how_far
from ._answers import fmt_number as _fmt
from ._answers import short as _short

if TYPE_CHECKING:
    from ._model import AnswerValue, Question


@dataclass(frozen=True)
class Result:
    """The outcome of checking one answer.

    Attributes
    ----------
    question_id
        The question answered.
    correct
        True when fully right, False otherwise; None for a poll (no right answer).
    score
        From 0 to 1, with partial credit where the type allows it; None for a poll.
    feedback
        Lines to show the student: why the answer is right or wrong, and the right answer
        (for a result shown at the end, or after a right try).
    hints
        For a wrong answer, lines that say what is wrong and why without giving the right
        answer away (the chosen choice's feedback, which items are misplaced, how far off a
        number is, which marked words are not asked for), so another try still means
        something; empty for a right answer or a poll.
    """

    question_id: str
    correct: bool | None
    score: float | None
    feedback: tuple[str, ...] = ()
    hints: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The fields as a JSON-ready dict."""
        return {
            "question_id": self.question_id,
            "correct": self.correct,
            "score": self.score,
            "feedback": list(self.feedback),
        }


def check_value(question: Question, value: AnswerValue) -> Result:
    """Check the bare ``value`` of an answer to ``question`` (no explanation added)."""
    return _CHECKS[question.type](question, value)


def _ids(q: Question, value: AnswerValue) -> list[str]:
    if isinstance(value, str) or not isinstance(value, Iterable) or isinstance(value, Mapping):
        raise LessonkitError(
            f"question {q.id!r}: a {q.type!r} answer must be a list of choice ids (got {value!r})"
        )
    ids = [str(v) for v in value]
    for i in ids:
        q.choice(i)
    return list(dict.fromkeys(ids))


def _check_single(q: Question, value: AnswerValue) -> Result:
    if not isinstance(value, str):
        raise LessonkitError(
            f"question {q.id!r}: a 'single' answer must be a choice id (got {value!r})"
        )
    c = q.choice(value)
    hints = () if c.correct else _lines(c.feedback)
    return Result(q.id, c.correct, 1.0 if c.correct else 0.0, _lines(c.feedback), hints)


def _check_poll(q: Question, value: AnswerValue) -> Result:
    if not isinstance(value, str):
        raise LessonkitError(
            f"question {q.id!r}: a 'poll' answer must be a choice id (got {value!r})"
        )
    c = q.choice(value)
    return Result(q.id, None, None, _lines(c.feedback))


def _check_multiple(q: Question, value: AnswerValue) -> Result:
    picked = set(_ids(q, value))
    right = [c for c in q.choices if c.correct]
    hits = sum(c.id in picked for c in right)
    wrong = sum(not c.correct and c.id in picked for c in q.choices)
    score = max(0.0, (hits - wrong) / len(right))
    feedback: list[str] = []
    hints: list[str] = []
    for c in q.choices:
        if c.id in picked:
            line = f"{'✓' if c.correct else '✗'} {c.text}: {c.feedback}".rstrip(": ")
            feedback.append(line)
            hints.append(line)
        elif c.correct:
            feedback.append(f"Missed: {c.text}: {c.feedback}".rstrip(": "))
    correct = hits == len(right) and wrong == 0
    if hits < len(right):
        left = len(right) - hits
        hints.append(f"{left} right answer{' is' if left == 1 else 's are'} not ticked yet.")
    return Result(q.id, correct, round(score, 4), tuple(feedback), () if correct else tuple(hints))


def _check_numeric(q: Question, value: AnswerValue) -> Result:
    number = _number(value)
    if number is None:
        raise LessonkitError(
            f"question {q.id!r}: a 'numeric' answer must be a number (got {value!r})"
        )
    target = float(q.answer) if q.answer is not None else math.nan
    ok = abs(number - target) <= q.tolerance + 1e-9
    unit = f" {q.unit}" if q.unit else ""
    expected = f"{_fmt(target)}{unit}"
    if q.tolerance:
        expected += f" (± {_fmt(q.tolerance)})"
    line = (
        f"Right: {_fmt(number)}{unit}."
        if ok
        else f"Not quite: you gave {_fmt(number)}{unit}; the answer is {expected}."
    )
    hints = () if ok else (f"You gave {_fmt(number)}{unit}: {how_far(number, target)}.",)
    return Result(q.id, ok, 1.0 if ok else 0.0, (line,), hints)


def _check_match(q: Question, value: AnswerValue) -> Result:
    if not isinstance(value, Mapping):
        raise LessonkitError(
            f"question {q.id!r}: a {q.type!r} answer must map item ids to target ids "
            f"(got {value!r})"
        )
    targets = {t.id: t.text for t in q.targets}
    items = {i.id for i in q.items}
    for k, v in value.items():
        if k not in items:
            raise LessonkitError(
                f"question {q.id!r}: item must be one of {tuple(sorted(items))} (got {k!r})"
            )
        if v not in targets:
            raise LessonkitError(
                f"question {q.id!r}: target must be one of {tuple(targets)} (got {v!r})"
            )
    right = 0
    feedback: list[str] = []
    hints: list[str] = []
    for number, item in enumerate(q.items, 1):
        given = value.get(item.id)
        if given == item.answer:
            right += 1
        else:
            why = f" {item.feedback}" if item.feedback else ""
            feedback.append(f"✗ “{_short(item.text)}” → {targets[item.answer]}.{why}")
            placed = f"not {targets[given]}" if given in targets else "not placed yet"
            hints.append(f"{number}. “{_short(item.text)}”: {placed}.")
    score = right / len(q.items)
    head = f"{right} of {len(q.items)} placed right."
    correct = right == len(q.items)
    return Result(
        q.id, correct, round(score, 4), (head, *feedback), () if correct else (head, *hints)
    )


def _check_mark(q: Question, value: AnswerValue) -> Result:
    if isinstance(value, (str, Mapping)) or not isinstance(value, Iterable):
        raise LessonkitError(
            f"question {q.id!r}: a 'mark' answer must be a list of word indices (got {value!r})"
        )
    marked: set[int] = set()
    for v in value:
        if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v < len(q.words):
            raise LessonkitError(
                f"question {q.id!r}: word index must be an int from 0 to "
                f"{len(q.words) - 1} (got {v!r})"
            )
        marked.add(v)
    right = set(q.right_words)
    both = len(marked & right)
    score = 2 * both / (len(marked) + len(right)) if marked else 0.0
    correct = marked == right
    answer_text = " … ".join(q.context_of(s) for s in q.answer_spans)
    hints: list[str] = []
    if correct:
        lines = [f"Right: “{answer_text}”."]
    else:
        extra = len(marked - right)
        counted = f"You marked {both} of the {len(right)} right word(s)" + (
            f" and {extra} other word(s)" if extra else ""
        )
        lines = [f"{counted}. The answer is “{answer_text}”."]
        hints.append(f"{counted}.")
        noun = MARK_NOUN.get(q.kind, "what is asked for")
        if extra:
            wrong = ", ".join(f"“{q.words[i].text}”" for i in sorted(marked - right))
            hints.append(f"{'This is' if extra == 1 else 'These are'} not {noun}: {wrong}.")
        if both < len(right):
            left = len(right) - both
            hints.append(f"{left} word{'' if left == 1 else 's'} of {noun} not marked yet.")
    return Result(q.id, correct, round(score, 4), tuple(lines), tuple(hints))


def _lines(text: str) -> tuple[str, ...]:
    return (text,) if text else ()


def _number(value: AnswerValue) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        m = re.match(r"\s*([-+]?\d[\d,]*(?:\.\d+)?|[-+]?\.\d+)", value)
        if m and re.fullmatch(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+", m.group(1)):
            return float(m.group(1).replace(",", ""))
    return None


_CHECKS: dict[str, Callable[[Question, AnswerValue], Result]] = {
    "single": _check_single,
    "multiple": _check_multiple,
    "numeric": _check_numeric,
    "match": _check_match,
    "sort": _check_match,
    "mark": _check_mark,
    "poll": _check_poll,
}
