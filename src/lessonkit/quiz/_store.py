"""Where students' answers are kept: an SQLite file by default, or a PostgreSQL database.

Every answer is written the moment it is given, in a transaction of its own, so nothing is
lost when a kernel restarts, a cell is run again or many students write into one file at
once. SQLite files run in WAL mode with a busy timeout, and a write that finds the file
busy is tried again. A ``postgresql://`` address (``LESSONKIT_RESULTS=postgresql://…``)
stores the same rows, with the same schema version, in a PostgreSQL database, for a hub
whose students' servers run on different machines (``pip install 'lessonkit[postgres]'``).

Schema (version :data:`SCHEMA_VERSION`)
---------------------------------------
``lessonkit_meta(key, value)``
    ``application`` = ``'lessonkit results'`` and ``schema_version``.
``lessonkit_answers(id, uuid, quiz_id, question_id, answer, correct, score, time,
student, session)``
    ``id`` grows with every answer (a reader asks for ``id > since_id``); ``uuid`` names
    the answer everywhere, so the same answer handed in twice is counted once; ``answer``
    is the JSON text of the value; ``correct`` is true, false or null (a poll); ``score`` is
    the partial credit from 0 to 1 or null; ``time`` is UTC in ISO 8601.

Version 1 had neither ``score`` nor ``uuid``. Opening a version 1 store for writing
migrates it (adds both; each old answer's uuid is derived from its row, so two copies of one
file get the same uuids); reading one read-only leaves it as it is. A store of a newer
version, a file that is not SQLite, and an SQLite file of another application are refused
and left unchanged.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import random
import sqlite3
import threading
import time
import urllib.parse
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, TypeVar

from ..errors import InputError, LessonkitError

__all__ = [
    "DEFAULT_FILE_NAME",
    "SCHEMA_VERSION",
    "AnswerStore",
    "StoredAnswer",
    "Tally",
    "default_results_path",
    "is_postgres_url",
    "is_reason",
    "why_id",
]

SCHEMA_VERSION = 2
REASON_SUFFIX = ":why"  # a poll's free-text reason is kept as a row of its own


def why_id(question_id: str) -> str:
    """The question id a poll's free-text "why" is saved under: ``"<poll id>:why"``."""
    return f"{question_id}{REASON_SUFFIX}"


def is_reason(question_id: str) -> bool:
    """True for the row of a poll's reason (see :func:`why_id`), which is not an answer."""
    return question_id.endswith(REASON_SUFFIX)


DEFAULT_FILE_NAME = "lessonkit-results.sqlite"
APPLICATION = "lessonkit results"
BUSY_TIMEOUT_S = 10.0  # how long one SQLite statement waits for a lock
WRITE_DEADLINE_S = 60.0  # how long a write is retried before it gives up
_SQLITE_HEADER = b"SQLite format 3\x00"
_UPGRADE_FIX = (
    "upgrade lessonkit (pip install -U lessonkit) or set LESSONKIT_RESULTS to another file"
)
_OTHER_FILE_FIX = "give a file written by lessonkit, or set LESSONKIT_RESULTS to a new file name"
_READ_FIX = "leave it out, or ask for the file the lesson wrote (lessonkit-results.sqlite)"
_V1_NAMESPACE = uuid.UUID("6f1c4a52-3c2e-4c55-9f4a-1d8f7b0e2a10")

_COLUMNS = "id, uuid, quiz_id, question_id, answer, correct, score, time, student, session"
_COLUMNS_V1 = "id, NULL, quiz_id, question_id, answer, correct, NULL, time, student, session"


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
        """All answers counted."""
        return sum(sum(c.values()) for c in self.counts.values())

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


def is_postgres_url(location: str) -> bool:
    """Tell whether ``location`` names a PostgreSQL database rather than a file.

    Examples
    --------
    >>> is_postgres_url("postgresql://teacher@db.school/quiz")
    True
    >>> is_postgres_url("results.sqlite")
    False
    """
    return location.startswith(("postgresql://", "postgres://"))


def _display(location: str) -> str:
    """The location as it may be shown: a PostgreSQL password is hidden."""
    if not is_postgres_url(location):
        return location
    parts = urllib.parse.urlsplit(location)
    if parts.password is None:
        return location
    netloc = parts.netloc.replace(":" + parts.password + "@", ":***@", 1)
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


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


def v1_uuid(row: Sequence[Any]) -> str:
    """The uuid a version 1 answer gets: derived from its row, the same in every copy."""
    _id, _uuid, quiz, question, answer, correct, _score, when, student, session = row
    key = json.dumps([_id, quiz, question, answer, correct, when, student, session])
    return str(uuid.uuid5(_V1_NAMESPACE, key))


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


# --- backends --------------------------------------------------------------------------------


class _Backend(Protocol):
    version: int

    def insert(self, row: tuple[Any, ...]) -> int: ...
    def select(self, where: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]: ...
    def tally_rows(self, where: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]: ...
    def close(self) -> None: ...


_T = TypeVar("_T")

_INSERT = (
    "INSERT INTO lessonkit_answers (uuid, quiz_id, question_id, answer, correct, score, time,"
    " student, session) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (uuid) DO NOTHING RETURNING id"
)
_TALLY = (
    "SELECT question_id, answer, COUNT(*), SUM(CASE WHEN correct THEN 1 ELSE 0 END), MAX(id)"
    " FROM lessonkit_answers WHERE {where} GROUP BY question_id, answer"
)


def _retry(action: Callable[[], _T], transient: Callable[[Exception], bool], where: str) -> _T:
    """Run ``action``, again after a short random wait while it fails with a busy error."""
    deadline = time.monotonic() + WRITE_DEADLINE_S
    wait = 0.005
    while True:
        try:
            return action()
        except Exception as exc:
            if not transient(exc):
                raise
            if time.monotonic() > deadline:
                raise LessonkitError(
                    f"{where}: the results store stayed busy for {WRITE_DEADLINE_S:.0f} s "
                    f"({exc}); try the answer again"
                ) from exc
            time.sleep(wait * (0.5 + random.random()))
            wait = min(wait * 2, 0.25)


def _sqlite_busy(exc: Exception) -> bool:
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED
    return "locked" in str(exc) or "busy" in str(exc)


_SQLITE_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS lessonkit_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS lessonkit_answers ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE,"
    " quiz_id TEXT NOT NULL, question_id TEXT NOT NULL, answer TEXT NOT NULL,"
    " correct INTEGER, score REAL, time TEXT NOT NULL, student TEXT, session TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS lessonkit_answers_quiz ON lessonkit_answers (quiz_id, id)",
)


class _Sqlite:
    """One SQLite file."""

    def __init__(self, path: Path, read_only: bool) -> None:
        self.path = path
        self.name = str(path)
        self.read_only = read_only
        self.fix = _READ_FIX if read_only else _OTHER_FILE_FIX
        self._check_file()
        try:
            self.conn = self._connect()
        except sqlite3.Error as exc:
            raise InputError(self.name, f"cannot be opened as SQLite ({exc})", self.fix) from None
        try:
            self.version = self._prepare()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            if _sqlite_busy(exc):
                raise LessonkitError(
                    f"{self.name}: the file stayed busy ({exc}); try again"
                ) from None
            raise InputError(
                self.name, f"the SQLite file is damaged ({exc})", "use another copy of it"
            ) from None
        except BaseException:
            self.conn.close()
            raise

    def _check_file(self) -> None:
        if self.path.is_dir():
            raise InputError(self.name, "is a folder", "give a results file inside it")
        if not self.path.exists():
            if self.read_only:
                raise InputError(self.name, "no such file", "check the name")
            if not self.path.parent.is_dir():
                raise InputError(self.name, "its folder does not exist", "create the folder")
            return
        with self.path.open("rb") as handle:
            head = handle.read(len(_SQLITE_HEADER))
        if not head and self.read_only:
            raise InputError(
                self.name, "the file is empty (no answers were saved in it)", "leave it out"
            )
        if head and head != _SQLITE_HEADER:
            raise InputError(self.name, "not a results file (not an SQLite database)", self.fix)

    def _connect(self) -> sqlite3.Connection:
        if self.read_only:
            # Without a -wal file every answer is in the main file and 'immutable' keeps
            # SQLite from creating one; with a -wal file (a kernel still running, or one
            # killed), read through it.
            wal = self.path.with_name(self.path.name + "-wal")
            mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
            uri = f"{self.path.absolute().as_uri()}?{mode}"
            conn = sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
        else:
            conn = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        return conn

    def _tables(self) -> set[str]:
        rows = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        return {r[0] for r in rows}

    def _prepare(self) -> int:
        version = _check_meta(self.name, self._tables(), self._meta, fix=self.fix)
        if self.read_only:
            if version is None:
                raise InputError(self.name, "holds no answers (an empty database)", "leave it out")
            return version
        # Only a file known to be ours (or new) is switched to WAL: that rewrites its header.
        _retry(lambda: self.conn.execute("PRAGMA journal_mode = WAL"), _sqlite_busy, self.name)
        self.conn.execute("PRAGMA synchronous = FULL")
        if version == SCHEMA_VERSION:
            return version
        return _retry(self._create_or_migrate, _sqlite_busy, self.name)

    def _meta(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM lessonkit_meta").fetchall())

    def _create_or_migrate(self) -> int:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            version = _check_meta(self.name, self._tables(), self._meta, fix=self.fix)
            if version is None:
                for statement in _SQLITE_SCHEMA:
                    self.conn.execute(statement)
                self.conn.executemany(
                    "INSERT INTO lessonkit_meta (key, value) VALUES (?, ?)",
                    [("application", APPLICATION), ("schema_version", str(SCHEMA_VERSION))],
                )
            elif version == 1:
                _migrate_v1(self.conn.execute, "?", "REAL")
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return SCHEMA_VERSION

    def insert(self, row: tuple[Any, ...]) -> int:
        def write() -> int:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                found = self.conn.execute(_INSERT, row).fetchone()
                if found is None:  # the same answer was written before
                    found = self.conn.execute(
                        "SELECT id FROM lessonkit_answers WHERE uuid = ?", (row[0],)
                    ).fetchone()
                self.conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                raise
            return int(found[0])

        ident = _retry(write, _sqlite_busy, self.name)
        # Copy the answer into the main file now, so a copy of the file alone (handed in
        # while the kernel still runs) holds it too. PASSIVE never waits for anyone.
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        return ident

    def select(self, where: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        columns = _COLUMNS if self.version >= 2 else _COLUMNS_V1
        sql = f"SELECT {columns} FROM lessonkit_answers WHERE {where} ORDER BY id"
        return self.conn.execute(sql, params).fetchall()

    def tally_rows(self, where: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        return self.conn.execute(_TALLY.format(where=where), params).fetchall()

    def close(self) -> None:
        self.conn.close()


def _check_meta(
    name: str,
    tables: set[str],
    meta: Callable[[], dict[str, str]],
    *,
    fix: str,
    shared: bool = False,
) -> int | None:
    """Return the schema version of a store, None for an empty one; refuse foreign ones.

    A file with tables of its own is another application's; in a ``shared`` database (a
    PostgreSQL one) other applications' tables are normal, and only ours must be ours.
    """
    ours = {"lessonkit_meta", "lessonkit_answers"}
    if "lessonkit_meta" not in tables:
        if tables & ours or (tables and not shared):
            listed = ", ".join(sorted(tables)[:4])
            raise InputError(
                name,
                f"a database of another application (tables: {listed}), left unchanged",
                fix,
            )
        return None
    values = meta()
    if values.get("application") != APPLICATION or "lessonkit_answers" not in tables:
        raise InputError(name, "a database of another application, left unchanged", fix)
    try:
        version = int(values.get("schema_version", ""))
    except ValueError:
        raise InputError(
            name,
            f"its schema version is not a number ({values.get('schema_version')!r})",
            fix,
        ) from None
    if version > SCHEMA_VERSION:
        raise InputError(
            name,
            f"written by a newer lessonkit (results schema {version}; "
            f"this one reads up to {SCHEMA_VERSION}), left unchanged",
            _UPGRADE_FIX,
        )
    return version


def _migrate_v1(execute: Callable[..., Any], mark: str, real: str) -> None:
    """Version 1 → 2: add ``score`` and ``uuid``; old answers get uuids from their rows."""
    execute(f"ALTER TABLE lessonkit_answers ADD COLUMN score {real}")
    execute("ALTER TABLE lessonkit_answers ADD COLUMN uuid TEXT")
    rows = execute(f"SELECT {_COLUMNS_V1} FROM lessonkit_answers").fetchall()
    for row in rows:
        execute(
            f"UPDATE lessonkit_answers SET uuid = {mark} WHERE id = {mark}", (v1_uuid(row), row[0])
        )
    execute("CREATE UNIQUE INDEX lessonkit_answers_uuid ON lessonkit_answers (uuid)")
    execute(
        f"UPDATE lessonkit_meta SET value = {mark} WHERE key = 'schema_version'",
        (str(SCHEMA_VERSION),),
    )


_POSTGRES_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS lessonkit_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS lessonkit_answers ("
    " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
    " quiz_id TEXT NOT NULL, question_id TEXT NOT NULL, answer TEXT NOT NULL,"
    " correct BOOLEAN, score DOUBLE PRECISION, time TEXT NOT NULL, student TEXT,"
    " session TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS lessonkit_answers_quiz ON lessonkit_answers (quiz_id, id)",
)
_POSTGRES_LOCK = 0x6C6B7265  # advisory lock key held while a schema is created or migrated


def _pg(sql: str) -> str:
    return sql.replace("?", "%s")


class _Postgres:
    """One PostgreSQL database (the tables live in the connection's current schema)."""

    def __init__(self, url: str, read_only: bool) -> None:
        try:
            import psycopg
        except ImportError:
            raise ImportError(
                "a PostgreSQL results store needs psycopg; install it with "
                "pip install 'lessonkit[postgres]'"
            ) from None
        self._psycopg = psycopg
        self.url = url
        self.name = _display(url)
        self.read_only = read_only
        self.fix = _READ_FIX if read_only else _OTHER_FILE_FIX
        self.conn = self._connect()
        try:
            self.version = self._prepare()
        except BaseException:
            self.conn.close()
            raise

    def _connect(self) -> Any:
        psycopg = self._psycopg
        try:
            conn = psycopg.connect(self.url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            reason = (str(exc).strip().splitlines() or ["no reason given"])[0].strip()
            raise InputError(
                self.name,
                f"cannot connect to PostgreSQL ({reason})",
                "check the address and that the server is running",
            ) from None
        if self.read_only:
            conn.execute("SET default_transaction_read_only = on")
        return conn

    def _transient(self, exc: Exception) -> bool:
        errors = self._psycopg.errors
        if isinstance(exc, errors.SerializationFailure | errors.DeadlockDetected):
            return True
        return isinstance(exc, self._psycopg.OperationalError) and bool(self.conn.broken)

    def _run(self, action: Callable[[], _T]) -> _T:
        def attempt() -> _T:
            if self.conn.closed or self.conn.broken:
                self.conn = self._connect()
            return action()

        return _retry(attempt, self._transient, self.name)

    def _tables(self) -> set[str]:
        rows = self.conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        ).fetchall()
        return {r[0] for r in rows}

    def _meta(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM lessonkit_meta").fetchall())

    def _prepare(self) -> int:
        version = _check_meta(self.name, self._tables(), self._meta, fix=self.fix, shared=True)
        if self.read_only:
            if version is None:
                raise InputError(
                    self.name, "holds no answers (no lessonkit tables)", "check the address"
                )
            return version
        if version == SCHEMA_VERSION:
            return version

        def create_or_migrate() -> int:
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_POSTGRES_LOCK,))
                found = _check_meta(
                    self.name, self._tables(), self._meta, fix=self.fix, shared=True
                )
                if found is None:
                    for statement in _POSTGRES_SCHEMA:
                        self.conn.execute(statement)
                    self.conn.execute(
                        "INSERT INTO lessonkit_meta (key, value) VALUES (%s, %s), (%s, %s)",
                        ("application", APPLICATION, "schema_version", str(SCHEMA_VERSION)),
                    )
                elif found == 1:
                    _migrate_v1(
                        lambda sql, *a: self.conn.execute(_pg(sql), *a), "?", "DOUBLE PRECISION"
                    )
            return SCHEMA_VERSION

        return self._run(create_or_migrate)

    def insert(self, row: tuple[Any, ...]) -> int:
        def write() -> int:
            with self.conn.transaction():
                # One writer at a time, so ids are handed out in the order answers are
                # committed and a reader that asks for 'id > since_id' misses none.
                # Readers are not blocked.
                self.conn.execute("LOCK TABLE lessonkit_answers IN SHARE ROW EXCLUSIVE MODE")
                found = self.conn.execute(_pg(_INSERT), row).fetchone()
                if found is None:
                    found = self.conn.execute(
                        "SELECT id FROM lessonkit_answers WHERE uuid = %s", (row[0],)
                    ).fetchone()
            return int(found[0])

        return self._run(write)

    def select(self, where: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        columns = _COLUMNS if self.version >= 2 else _COLUMNS_V1
        sql = f"SELECT {columns} FROM lessonkit_answers WHERE {where} ORDER BY id"
        return self._run(lambda: list(self.conn.execute(_pg(sql), params).fetchall()))

    def tally_rows(self, where: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        sql = _pg(_TALLY.format(where=where))
        return self._run(lambda: list(self.conn.execute(sql, params).fetchall()))

    def close(self) -> None:
        self.conn.close()


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
