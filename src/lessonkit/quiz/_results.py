"""A class's results: many students' answer files merged into one summary per question.

Files are opened read-only (nothing in them changes). A file that cannot be read is skipped
and named with the reason. The same answer handed in twice (in two copies of one file) is
counted once: every answer carries a uuid.

What counts
-----------
Each student's *first* answer to a question counts (a student is the name given with the
answers, or, without a name, the kernel run that wrote them); later tries, as practice mode
allows, are counted in ``attempts`` only. A question's ``share_right`` is the share of
students whose first answer was right; a poll has none.

Discrimination
--------------
:data:`DISCRIMINATION_INDEX`: the corrected item-total correlation. For each question, the
Pearson correlation, over the students who answered it, between their score on it (1 or 0,
or the partial credit) and their mean score on the quiz's *other* questions (the rest score,
so the question does not correlate with itself). With right-or-wrong questions this is the
point-biserial correlation. It runs from -1 to 1: 0.30 or more separates well (students who
did well overall got it right more often), 0.20–0.29 fairly, below 0.20 poorly, and a
negative value means students who did well overall got it wrong more often: check the answer
key and the wording. It needs :data:`MIN_STUDENTS` students and some spread in both scores.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import os
import statistics
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import LessonkitError
from ._store import SHOWN_SUFFIX, AnswerStore, StoredAnswer, is_postgres_url, is_reason, is_shown

__all__ = [
    "DISCRIMINATION_INDEX",
    "MIN_STUDENTS",
    "ChoiceCount",
    "ClassSummary",
    "QuestionSummary",
    "Skipped",
    "answer_text",
    "discrimination_label",
    "pseudonym",
    "read_results",
    "summarize_answers",
]

DISCRIMINATION_INDEX = (
    "corrected item-total correlation: the point-biserial (Pearson) correlation between a "
    "student's score on the question and their mean score on the quiz's other questions"
)
MIN_STUDENTS = 5


# --- pseudonyms ------------------------------------------------------------------------------

_ADJECTIVES = (
    "Amber Bold Brave Breezy Bright Calm Clever Cosy Curious Daring Dapper Eager Fair Fearless "
    "Friendly Gentle Glad Golden Grand Happy Hardy Honest Humble Jolly Keen Kind Lively Lucky "
    "Merry Mighty Misty Nimble Noble Patient Plucky Polite Proud Quick Quiet Rapid Ready Rosy "
    "Rustic Shiny Silver Sincere Smart Snowy Sparkly Speedy Steady Sunny Swift Tidy Trusty "
    "Upbeat Vivid Warm Wise Witty Zany Zesty Cheerful Dreamy"
).split()
_ANIMALS = (
    "Badger Bear Beaver Bison Crane Crow Deer Dolphin Duck Eagle Falcon Ferret Finch Fox Frog "
    "Gecko Goose Hare Hawk Hedgehog Heron Ibis Koala Lark Lemur Lion Lynx Magpie Marten Mole "
    "Moose Newt Otter Owl Panda Parrot Pelican Penguin Puffin Quail Rabbit Raven Robin Salmon "
    "Seal Shrew Sparrow Squirrel Stork Swan Tapir Tiger Toad Trout Turtle Vole Walrus Weasel "
    "Whale Wolf Wombat Wren Yak Zebra"
).split()


def pseudonym(name: str | None, *, salt: str | None = None) -> str:
    """A stable, friendly stand-in for a student's name, for showing a class's answers.

    The same name (ignoring case and spacing) gives the same pseudonym with the same salt.
    The salt is one per class: ``salt``, else ``LESSONKIT_CLASS_SALT``, else a fixed one;
    with another salt the same student gets another pseudonym, so a pseudonym cannot be
    traced from one class to another.

    Parameters
    ----------
    name
        The name the student gave, or None.
    salt
        The class's secret word.

    Returns
    -------
    str
        ``'Adjective Animal NN'``, or ``'Anonymous'`` when no name was given.

    Examples
    --------
    >>> pseudonym("Ana Ruiz", salt="7B") == pseudonym("  ana   RUIZ ", salt="7B")
    True
    >>> pseudonym("Ana Ruiz", salt="7B") == pseudonym("Ana Ruiz", salt="8C")
    False
    >>> pseudonym(None)
    'Anonymous'
    """
    if name is None or not name.strip():
        return "Anonymous"
    if salt is None:
        salt = os.environ.get("LESSONKIT_CLASS_SALT", "lessonkit")
    key = " ".join(name.split()).casefold()
    secret = hashlib.sha256(salt.encode()).digest()
    number = int.from_bytes(
        hashlib.blake2b(key.encode(), key=secret, digest_size=8).digest(), "big"
    )
    adjective = _ADJECTIVES[number % len(_ADJECTIVES)]
    number //= len(_ADJECTIVES)
    animal = _ANIMALS[number % len(_ANIMALS)]
    return f"{adjective} {animal} {number // len(_ANIMALS) % 100:02d}"


# --- the summary -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Skipped:
    """A file left out of the summary, and why (one line naming the file and the fix)."""

    file: str
    error: str


@dataclass(frozen=True)
class ChoiceCount:
    """How many students' first answer to a question was this value.

    ``correct`` is True or False when every such answer was marked so, None for a poll or
    when answers of this value were marked both ways (partial credit).
    """

    answer: Any
    text: str
    count: int
    share: float
    correct: bool | None

    def to_dict(self) -> dict[str, Any]:
        """Return the count as a JSON-ready dict."""
        return {
            "answer": self.answer,
            "text": self.text,
            "count": self.count,
            "share": round(self.share, 4),
            "correct": self.correct,
        }


@dataclass(frozen=True)
class QuestionSummary:
    """How a class did on one question.

    Parameters
    ----------
    quiz_id, question_id
        The question.
    answered
        Students who answered it.
    attempts
        All answers to it, tries again included.
    right
        Students whose first answer was right (None for a poll).
    share_right
        ``right / answered`` (None for a poll).
    mean_score
        The mean first-answer score, partial credit included (None for a poll).
    choices
        The first answers, wrong ones first, most chosen first.
    discrimination
        :data:`DISCRIMINATION_INDEX`, or None with too few students or no spread.
    discrimination_students
        The students it was computed over.
    shown
        Students who asked to see the answer (practice mode's Show answer).
    """

    quiz_id: str
    question_id: str
    answered: int
    attempts: int
    right: int | None
    share_right: float | None
    mean_score: float | None
    choices: tuple[ChoiceCount, ...]
    discrimination: float | None
    discrimination_students: int
    shown: int = 0

    @property
    def most_chosen_wrong(self) -> ChoiceCount | None:
        """The wrong answer most students gave, if any was wrong."""
        wrong = [c for c in self.choices if c.correct is False]
        return wrong[0] if wrong else None

    def to_dict(self) -> dict[str, Any]:
        """Return the summary as a JSON-ready dict."""
        wrong = self.most_chosen_wrong
        return {
            "quiz_id": self.quiz_id,
            "question_id": self.question_id,
            "answered": self.answered,
            "attempts": self.attempts,
            "right": self.right,
            "share_right": None if self.share_right is None else round(self.share_right, 4),
            "mean_score": None if self.mean_score is None else round(self.mean_score, 4),
            "most_chosen_wrong": None if wrong is None else wrong.to_dict(),
            "choices": [c.to_dict() for c in self.choices],
            "discrimination": _round(self.discrimination),
            "discrimination_label": discrimination_label(self.discrimination),
            "discrimination_students": self.discrimination_students,
            "answer_shown": self.shown,
        }


@dataclass(frozen=True)
class ClassSummary:
    """A class's results over the files read.

    ``answers`` counts distinct answers (one handed in twice counts once, see
    ``duplicates``); ``students`` distinct students.
    """

    answers: int
    students: int
    questions: tuple[QuestionSummary, ...]
    skipped: tuple[Skipped, ...] = ()
    files: int = 0
    duplicates: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Return the summary in the shape ``lessonkit results --json`` prints."""
        return {
            "answers": self.answers,
            "students": self.students,
            "files": self.files,
            "duplicates": self.duplicates,
            "discrimination_index": DISCRIMINATION_INDEX,
            "questions": [q.to_dict() for q in self.questions],
            "skipped": [{"file": s.file, "error": s.error} for s in self.skipped],
        }

    def csv_text(self) -> str:
        """One row per question, for a spreadsheet."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            [
                "quiz_id",
                "question_id",
                "answered",
                "attempts",
                "right",
                "share_right",
                "mean_score",
                "most_chosen_wrong",
                "most_chosen_wrong_count",
                "discrimination",
                "discrimination_label",
                "discrimination_students",
                "answer_shown",
                "choices",
            ]
        )
        for q in self.questions:
            wrong = q.most_chosen_wrong
            writer.writerow(
                [
                    q.quiz_id,
                    q.question_id,
                    q.answered,
                    q.attempts,
                    _blank(q.right),
                    _blank(_round(q.share_right, 4)),
                    _blank(_round(q.mean_score, 4)),
                    "" if wrong is None else wrong.text,
                    "" if wrong is None else wrong.count,
                    _blank(_round(q.discrimination)),
                    discrimination_label(q.discrimination),
                    q.discrimination_students,
                    q.shown,
                    "; ".join(f"{c.text} ({c.count})" for c in q.choices),
                ]
            )
        return out.getvalue().rstrip("\n")

    def table_text(self) -> str:
        """The summary as a table to read at a terminal."""
        from ..cli import text_table

        rows = []
        for q in self.questions:
            wrong = q.most_chosen_wrong
            rows.append(
                (
                    q.quiz_id,
                    q.question_id,
                    str(q.answered),
                    "poll" if q.share_right is None else f"{q.share_right:.0%} ({q.right})",
                    "—" if wrong is None else f"{wrong.text} ({wrong.count})",
                    ", ".join(f"{c.text} {_mark(c.correct)}{c.count}" for c in q.choices),
                    "—"
                    if q.discrimination is None
                    else f"{q.discrimination:+.2f} {discrimination_label(q.discrimination)}",
                )
            )
        header = (
            "quiz",
            "question",
            "answered",
            "right",
            "most chosen wrong",
            "choices (✓ right, ✗ wrong)",
            "discrimination",
        )
        table = text_table(header, rows, widths=(14, 14, 8, 10, 20, 34, 16))
        shown = ", ".join(f"{q.question_id} ({q.shown})" for q in self.questions if q.shown)
        lines = [
            f"{self.answers} answer(s) from {self.students} student(s) in {self.files} file(s)"
            + (f"; {self.duplicates} duplicate answer(s) counted once" if self.duplicates else "")
            + (f"; {len(self.skipped)} file(s) skipped" if self.skipped else ""),
            "",
            table,
            "",
            textwrap.fill(
                f"discrimination: {DISCRIMINATION_INDEX}; 0.30 or more separates well, "
                "0.20-0.29 fairly, below 0.20 poorly, below 0: check the answer key; '—': "
                f"fewer than {MIN_STUDENTS} students or no spread",
                width=100,
            ),
        ]
        if shown:
            lines.append(textwrap.fill(f"answer shown on request (students): {shown}", width=100))
        return "\n".join(lines)


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def _blank(value: object) -> object:
    return "" if value is None else value


def _mark(correct: bool | None) -> str:
    return {True: "✓", False: "✗", None: ""}[correct]


def discrimination_label(value: float | None) -> str:
    """Say in a word how well a question separates the class.

    Examples
    --------
    >>> discrimination_label(0.42), discrimination_label(0.1), discrimination_label(-0.3)
    ('good', 'poor', 'negative')
    >>> discrimination_label(None)
    ''
    """
    if value is None:
        return ""
    if value < 0:
        return "negative"
    return "good" if value >= 0.30 else "fair" if value >= 0.20 else "poor"


def answer_text(value: Any) -> str:
    """Write an answer value the way a table shows it.

    Examples
    --------
    >>> answer_text("b"), answer_text(["a", "c"]), answer_text({"q1": "zelensky"}), answer_text(2.5)
    ('b', 'a + c', 'q1→zelensky', '2.5')
    """
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return " + ".join(answer_text(v) for v in value) or "(none)"
    if isinstance(value, dict):
        return ", ".join(f"{k}→{answer_text(v)}" for k, v in value.items()) or "(none)"
    if value is None:
        return "(none)"
    return json.dumps(value)


def _who(answer: StoredAnswer) -> str:
    if answer.student:
        return "name:" + " ".join(answer.student.split()).casefold()
    return "session:" + answer.session


def _item_score(answer: StoredAnswer) -> float | None:
    if answer.score is not None:
        return answer.score
    if answer.correct is None:
        return None
    return 1.0 if answer.correct else 0.0


def summarize_answers(
    answers: Iterable[StoredAnswer], *, skipped: Sequence[Skipped] = (), files: int = 0
) -> ClassSummary:
    """Summarise answers (from one store or many) per question.

    Examples
    --------
    >>> a = StoredAnswer(1, "k", "q1", "b", False, None, "2026-03-02T09:00:00+00:00",
    ...                  "Ana", "s1", "u1")
    >>> summary = summarize_answers([a, a])
    >>> summary.answers, summary.duplicates, summary.questions[0].most_chosen_wrong.text
    (1, 1, 'b')
    """
    unique: dict[str, StoredAnswer] = {}
    duplicates = 0
    shown: dict[tuple[str, str], set[str]] = {}
    for answer in answers:
        if is_reason(answer.question_id):
            continue  # a poll's "why" is shown with the poll, not counted as a question
        if is_shown(answer.question_id):
            asked = (answer.quiz_id, answer.question_id.removesuffix(SHOWN_SUFFIX))
            shown.setdefault(asked, set()).add(_who(answer))  # who asked, not how often
            continue
        if answer.uuid in unique:
            duplicates += 1
        else:
            unique[answer.uuid] = answer
    ordered = sorted(unique.values(), key=lambda a: (a.time, a.uuid))
    attempts: dict[tuple[str, str], int] = {}
    first: dict[tuple[str, str], dict[str, StoredAnswer]] = {}
    for answer in ordered:
        key = (answer.quiz_id, answer.question_id)
        attempts[key] = attempts.get(key, 0) + 1
        first.setdefault(key, {}).setdefault(_who(answer), answer)
    scores: dict[str, dict[str, dict[str, float]]] = {}  # quiz -> student -> question -> score
    for (quiz, question), by_student in first.items():
        for who, answer in by_student.items():
            score = _item_score(answer)
            if score is not None:
                scores.setdefault(quiz, {}).setdefault(who, {})[question] = score
    questions = tuple(
        dataclasses.replace(
            _question(key, first[key], attempts[key], scores.get(key[0], {})),
            shown=len(shown.get(key, ())),
        )
        for key in sorted(first, key=_natural)
    )
    return ClassSummary(
        answers=len(unique),
        students=len({_who(a) for a in unique.values()}),
        questions=questions,
        skipped=tuple(skipped),
        files=files,
        duplicates=duplicates,
    )


def _natural(key: tuple[str, str]) -> tuple[Any, ...]:
    """Sort 'q2' before 'q10'."""
    parts: list[Any] = []
    for text in key:
        digits = "".join(ch if ch.isdigit() else " " for ch in text).split()
        parts.append((text.rstrip("0123456789"), int(digits[-1]) if digits else -1, text))
    return tuple(parts)


def _question(
    key: tuple[str, str],
    by_student: dict[str, StoredAnswer],
    attempts: int,
    quiz_scores: dict[str, dict[str, float]],
) -> QuestionSummary:
    quiz, question = key
    answered = len(by_student)
    groups: dict[str, list[StoredAnswer]] = {}
    for answer in by_student.values():
        text = json.dumps(answer.answer, sort_keys=True, ensure_ascii=False)
        groups.setdefault(text, []).append(answer)
    choices = []
    for same in groups.values():
        marks = {a.correct for a in same}
        correct = marks.pop() if len(marks) == 1 else None
        choices.append(
            ChoiceCount(
                same[0].answer,
                answer_text(same[0].answer),
                len(same),
                len(same) / answered,
                correct,
            )
        )
    order = {False: 0, None: 1, True: 2}
    choices.sort(key=lambda c: (order[c.correct], -c.count, c.text))
    graded = [a for a in by_student.values() if a.correct is not None]
    item = [s for a in by_student.values() if (s := _item_score(a)) is not None]
    right = sum(1 for a in graded if a.correct) if graded else None
    index, n = _discrimination(question, quiz_scores)
    return QuestionSummary(
        quiz_id=quiz,
        question_id=question,
        answered=answered,
        attempts=attempts,
        right=right,
        share_right=None if right is None else right / len(graded),
        mean_score=statistics.fmean(item) if item else None,
        choices=tuple(choices),
        discrimination=index,
        discrimination_students=n,
    )


def _discrimination(
    question: str, quiz_scores: dict[str, dict[str, float]]
) -> tuple[float | None, int]:
    """The corrected item-total correlation of one question, and the students it is over."""
    item, rest = [], []
    for by_question in quiz_scores.values():
        if question not in by_question or len(by_question) < 2:
            continue
        others = [s for q, s in by_question.items() if q != question]
        item.append(by_question[question])
        rest.append(statistics.fmean(others))
    if len(item) < MIN_STUDENTS or len(set(item)) < 2 or len(set(rest)) < 2:
        return None, len(item)
    return statistics.correlation(item, rest), len(item)


# --- reading files ---------------------------------------------------------------------------


def _expand(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """The files to read: a folder stands for the ``.sqlite`` files in it."""
    found: list[str] = []
    for path in paths:
        text = os.fspath(path)
        if not is_postgres_url(text) and Path(text).is_dir():
            inside = sorted(str(p) for p in Path(text).glob("*.sqlite"))
            found.extend(inside or [text])
        else:
            found.append(text)
    return found


def read_results(paths: Iterable[str | os.PathLike[str]]) -> ClassSummary:
    """Merge students' answer files (or PostgreSQL addresses) into a class summary.

    Every file is opened read-only and left exactly as it was. A file that cannot be read
    (not SQLite, another application's, damaged, empty, from a newer lessonkit) is listed in
    ``skipped`` with a one-line reason (``files`` is then the number of files read, 0 when
    none could be). A folder stands for the ``.sqlite`` files in it.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from lessonkit.quiz import AnswerStore
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> with AnswerStore(folder / "ana.sqlite") as store:
    ...     _ = store.record("tram", "q1", "b", False, student="Ana")
    >>> with AnswerStore(folder / "ben.sqlite") as store:
    ...     _ = store.record("tram", "q1", "a", True, student="Ben")
    >>> summary = read_results([folder])
    >>> summary.files, summary.students, summary.questions[0].share_right
    (2, 2, 0.5)
    >>> _ = (folder / "notes.sqlite").write_text("not a database")
    >>> [s.error.split(": ", 1)[1] for s in read_results([folder]).skipped]  # doctest: +ELLIPSIS
    ['not a results file (not an SQLite database); leave it out, or ask for the file ...']
    """
    files = _expand(paths)
    answers: list[StoredAnswer] = []
    skipped: list[Skipped] = []
    for file in files:
        try:
            with AnswerStore(file, read_only=True) as store:
                answers.extend(store.answers())
        except (LessonkitError, ImportError) as exc:
            message = str(exc) if str(exc).startswith(file) else f"{file}: {exc}"
            skipped.append(Skipped(file, message))
    return summarize_answers(answers, skipped=skipped, files=len(files) - len(skipped))
