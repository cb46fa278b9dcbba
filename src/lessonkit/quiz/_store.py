"""Where students' answers are kept: an SQLite file by default, or a PostgreSQL database.

Every answer is written the moment it is given, in a transaction of its own, so nothing is
lost when a kernel restarts, a cell is run again or many students write into one file at
once. SQLite files run in WAL mode with a busy timeout, and a write that finds the file
busy is tried again. A ``postgresql://`` address (``LESSONKIT_RESULTS=postgresql://…``)
stores the same rows, with the same schema version, in a PostgreSQL database, for a hub
whose students' servers run on different machines (``pip install 'lessonkit[postgres]'``).
The schema and its migration are in :mod:`lessonkit.quiz._store_schema`, the SQLite and
PostgreSQL backends in :mod:`lessonkit.quiz._store_backends`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import threading
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from ..errors import LessonkitError
from ._store_backends import BUSY_TIMEOUT_S as BUSY_TIMEOUT_S
from ._store_backends import WRITE_DEADLINE_S as WRITE_DEADLINE_S
from ._store_backends import _Backend, _display, _Postgres, _Sqlite, is_postgres_url
from ._store_schema import APPLICATION as APPLICATION
from ._store_schema import SCHEMA_VERSION, v1_uuid

__all__ = [
    "DEFAULT_FILE_NAME",
    "SCHEMA_VERSION",
    "AnswerStore",
    "StoredAnswer",
    "Tally",
    "default_results_path",
    "is_postgres_url",
    "is_reason",
    "is_shown",
    "shown_id",
    "why_id",
]

REASON_SUFFIX = ":why"  # a poll's free-text reason is kept as a row of its own


def why_id(question_id: str) -> str:
    """The question id a poll's free-text "why" is saved under: ``"<poll id>:why"``."""
    return f"{question_id}{REASON_SUFFIX}"


def is_reason(question_id: str) -> bool:
    """True for the row of a poll's reason (see :func:`why_id`), which is not an answer."""
    return question_id.endswith(REASON_SUFFIX)


SHOWN_SUFFIX = ":shown"  # a student asked to see the answer: kept apart from the answers


def shown_id(question_id: str) -> str:
    """The question id under which "Show answer" is kept: ``"<question id>:shown"``."""
    return f"{question_id}{SHOWN_SUFFIX}"


def is_shown(question_id: str) -> bool:
    """True for the row of a shown answer (see :func:`shown_id`), which is not an answer."""
    return question_id.endswith(SHOWN_SUFFIX)


DEFAULT_FILE_NAME = "lessonkit-results.sqlite"


@dataclass(frozen=True)
class StoredAnswer:
    """One answer as it was kept.

    Parameters
    ----------
    id
        Its number in the store (grows with every answer).
    quiz_id, question_id
        What was answered.
    answer
        The value given, as it was recorded (decoded from JSON).
    correct
        True or False; None for a poll, which has no right answer.
    score
        Partial credit from 0 to 1, or None.
    time
        When it was given, UTC, ISO 8601.
    student
        The name or pseudonym given with it, or None.
    session
        The id of the store that wrote it (one per kernel run).
    uuid
        A name for this answer that stays the same in every copy of the file.
    """

    id: int
    quiz_id: str
    question_id: str
    answer: Any
    correct: bool | None
    score: float | None
    time: str
    student: str | None
    session: str
    uuid: str

    def to_dict(self) -> dict[str, Any]:
        """Return the answer as a JSON-ready dict."""
        return {
            "id": self.id,
            "uuid": self.uuid,
            "quiz_id": self.quiz_id,
            "question_id": self.question_id,
            "answer": self.answer,
            "correct": self.correct,
            "score": self.score,
            "time": self.time,
            "student": self.student,
            "session": self.session,
        }


@dataclass(frozen=True)
class Tally:
    """How often each answer was given, per question: what the teacher's live view shows.

    Parameters
    ----------
    quiz_id
        The quiz counted.
    counts
        ``{question_id: {answer JSON text: number of answers}}``.
    right
        ``{question_id: number of answers marked right}``.
    last_id
        The highest answer id read; pass it as ``since_id`` to read only what came after.

    Examples
    --------
    >>> a = Tally("q", {"q1": {'"a"': 2}}, {"q1": 2}, last_id=2)
    >>> b = Tally("q", {"q1": {'"b"': 1}}, {}, last_id=3)
    >>> t = a.merged(b)
    >>> t.counts["q1"], t.answered("q1"), t.last_id
    ({'"a"': 2, '"b"': 1}, 3, 3)
    >>> t.values("q1")
    [('a', 2), ('b', 1)]
    """

    quiz_id: str
    counts: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    right: Mapping[str, int] = field(default_factory=dict)
    last_id: int = 0

    @property
    def total(self) -> int:
        """All answers counted (a poll's reasons and shown answers are not answers)."""
        return sum(
            sum(c.values())
            for question, c in self.counts.items()
            if not (is_reason(question) or is_shown(question))
        )

    def answered(self, question_id: str) -> int:
        """The number of answers to one question."""
        return sum(self.counts.get(question_id, {}).values())

    def values(self, question_id: str) -> list[tuple[Any, int]]:
        """The answers to one question, decoded, most given first."""
        pairs = sorted(self.counts.get(question_id, {}).items(), key=lambda p: (-p[1], p[0]))
        return [(json.loads(text), n) for text, n in pairs]

    def merged(self, newer: Tally) -> Tally:
        """Add a tally read with ``since_id=self.last_id`` to this one."""
        if newer.quiz_id != self.quiz_id:
            raise LessonkitError(
                f"'newer' must count quiz {self.quiz_id!r} (got {newer.quiz_id!r})"
            )
        counts = {q: dict(c) for q, c in self.counts.items()}
        for question, values in newer.counts.items():
            target = counts.setdefault(question, {})
            for value, n in values.items():
                target[value] = target.get(value, 0) + n
        right = dict(self.right)
        for question, n in newer.right.items():
            right[question] = right.get(question, 0) + n
        return Tally(self.quiz_id, counts, right, max(self.last_id, newer.last_id))


def default_results_path() -> str:
    """Where answers go when no path is given: ``LESSONKIT_RESULTS``, else the working folder.

    Returns
    -------
    str
        A PostgreSQL address as it was set, or an absolute file path.

    Examples
    --------
    >>> from unittest import mock
    >>> with mock.patch.dict(os.environ, {"LESSONKIT_RESULTS": "/srv/class/7b.sqlite"}):
    ...     default_results_path()
    '/srv/class/7b.sqlite'
    """
    configured = os.environ.get("LESSONKIT_RESULTS", "").strip()
    if is_postgres_url(configured):
        return configured
    if configured:
        return str(Path(configured).expanduser().absolute())
    return str(Path.cwd() / DEFAULT_FILE_NAME)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


def _encode(value: Any) -> str:
    try:
        return json.dumps(
            value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
        )
    except (TypeError, ValueError) as exc:
        raise LessonkitError(
            f"'answer' must be a JSON value (text, number, list, dict) (got {value!r})"
        ) from exc


def _row_answer(row: Sequence[Any]) -> StoredAnswer:
    ident, key, quiz, question, answer, correct, score, when, student, session = row
    return StoredAnswer(
        id=int(ident),
        quiz_id=quiz,
        question_id=question,
        answer=json.loads(answer),
        correct=None if correct is None else bool(correct),
        score=None if score is None else float(score),
        time=when,
        student=student,
        session=session,
        uuid=key or v1_uuid(row),
    )


# --- the store -------------------------------------------------------------------------------


class AnswerStore:
    """Students' answers, kept in an SQLite file or a PostgreSQL database.

    Parameters
    ----------
    path
        An SQLite file (made when missing) or a ``postgresql://`` address; by default
        :func:`default_results_path` (``LESSONKIT_RESULTS``, else
        ``./lessonkit-results.sqlite``).
    read_only
        Open without changing anything (a version 1 store is read as it is, not migrated).
    session
        The id written with every answer; a new random one by default (one per kernel run).

    Raises
    ------
    InputError
        The file is not SQLite, belongs to another application, comes from a newer
        lessonkit, or is damaged; or the database cannot be reached. Nothing is changed.
    ImportError
        A PostgreSQL address was given and psycopg is not installed.

    Examples
    --------
    >>> import tempfile, os
    >>> folder = tempfile.mkdtemp()
    >>> with AnswerStore(os.path.join(folder, "class.sqlite")) as store:
    ...     store.record("kharkiv", "q1", "b", False, student="Ana")
    ...     store.record("kharkiv", "q1", "a", True, student="Ben")
    ...     [a.answer for a in store.answers("kharkiv")]
    ...     store.tally("kharkiv").counts["q1"]
    1
    2
    ['b', 'a']
    {'"a"': 1, '"b"': 1}
    >>> AnswerStore(os.path.join(folder, "class.sqlite")).record("kharkiv", "q1", {1, 2}, True)
    Traceback (most recent call last):
    ...
    lessonkit.errors.LessonkitError: 'answer' must be a JSON value (text, number, list, dict) (got {1, 2})
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        read_only: bool = False,
        session: str | None = None,
    ) -> None:
        location = default_results_path() if path is None else os.fspath(path)
        self._backend: _Backend
        if is_postgres_url(location):
            self._backend = _Postgres(location, read_only)
            self.path = _display(location)
            self.backend = "postgresql"
        else:
            file = Path(location).expanduser().absolute()
            self._backend = _Sqlite(file, read_only)
            self.path = str(file)
            self.backend = "sqlite"
        self.read_only = read_only
        self.session = session or uuid.uuid4().hex
        self._lock = threading.Lock()
        self._closed = False

    @property
    def schema_version(self) -> int:
        """The schema version of the store as it is now."""
        return self._backend.version

    def __repr__(self) -> str:
        return f"AnswerStore({self.path!r}, backend={self.backend!r})"

    def __enter__(self) -> AnswerStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (again is harmless)."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._backend.close()

    @contextlib.contextmanager
    def _using(self) -> Iterator[_Backend]:
        with self._lock:
            if self._closed:
                raise LessonkitError(
                    f"the results store {self.path} is closed; open a new AnswerStore"
                )
            yield self._backend

    def record(
        self,
        quiz_id: str,
        question_id: str,
        answer: Any,
        correct: bool | None,
        *,
        student: str | None = None,
        score: float | None = None,
    ) -> int:
        """Keep one answer now, in a transaction of its own; return its id.

        Parameters
        ----------
        quiz_id, question_id
            What was answered.
        answer
            The value given: any JSON value (a choice id, a list of ids, a number, a dict).
        correct
            True or False; None for a poll.
        student
            A name or pseudonym, or None.
        score
            Partial credit from 0 to 1, or None.
        """
        for key, value in (("quiz_id", quiz_id), ("question_id", question_id)):
            if not isinstance(value, str) or not value.strip():
                raise LessonkitError(f"{key!r} must be a non-empty string (got {value!r})")
        if correct is not None and not isinstance(correct, bool):
            raise LessonkitError(f"'correct' must be True, False or None (got {correct!r})")
        if score is not None and (
            isinstance(score, bool) or not isinstance(score, int | float) or not 0.0 <= score <= 1.0
        ):
            raise LessonkitError(f"'score' must be a number from 0 to 1 or None (got {score!r})")
        if student is not None and not isinstance(student, str):
            raise LessonkitError(f"'student' must be a string or None (got {student!r})")
        name = " ".join(student.split()) if student else None
        row = (
            uuid.uuid4().hex,
            quiz_id,
            question_id,
            _encode(answer),
            correct,
            None if score is None else float(score),
            _now(),
            name or None,
            self.session,
        )
        with self._using() as backend:
            if self.read_only:
                raise LessonkitError(f"the results store {self.path} was opened read-only")
            return backend.insert(row)

    def answers(self, quiz_id: str | None = None, *, since_id: int = 0) -> list[StoredAnswer]:
        """Every answer kept (of one quiz, or after ``since_id``), oldest first."""
        where, params = _where(quiz_id, None, since_id)
        with self._using() as backend:
            rows = backend.select(where, params)
        return [_row_answer(r) for r in rows]

    def tally(self, quiz_id: str, question_id: str | None = None, since_id: int = 0) -> Tally:
        """Count the answers to a quiz per question and answer value.

        Pass the ``last_id`` of the previous tally as ``since_id`` to count only the answers
        that came after it, and add the result to it with :meth:`Tally.merged`: a refresh
        then reads only what is new.
        """
        where, params = _where(quiz_id, question_id, since_id)
        with self._using() as backend:
            rows = backend.tally_rows(where, params)
        counts: dict[str, dict[str, int]] = {}
        right: dict[str, int] = {}
        last = since_id
        for question, value, n, n_right, top in rows:
            counts.setdefault(question, {})[value] = int(n)
            right[question] = right.get(question, 0) + int(n_right or 0)
            last = max(last, int(top))
        return Tally(quiz_id, counts, right, last)


def _where(
    quiz_id: str | None, question_id: str | None, since_id: int
) -> tuple[str, tuple[Any, ...]]:
    if isinstance(since_id, bool) or not isinstance(since_id, int) or since_id < 0:
        raise LessonkitError(f"'since_id' must be a whole number ≥ 0 (got {since_id!r})")
    clauses: list[str] = ["id > ?"]
    params: list[object] = [since_id]
    if quiz_id is not None:
        clauses.append("quiz_id = ?")
        params.append(quiz_id)
    if question_id is not None:
        clauses.append("question_id = ?")
        params.append(question_id)
    return " AND ".join(clauses), tuple(params)
