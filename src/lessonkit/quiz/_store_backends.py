"""The two places a results store can live: an SQLite file, or a PostgreSQL database.

Both hold the same rows under the same schema (:mod:`lessonkit.quiz._store_schema`). SQLite
files run in WAL mode with a busy timeout, and a write that finds the file busy is tried
again; a PostgreSQL store serves a hub whose students' servers run on different machines.
"""

from __future__ import annotations

import contextlib
import random
import sqlite3
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from ..errors import InputError, LessonkitError
from ._store_schema import (
    _COLUMNS,
    _COLUMNS_V1,
    _INSERT,
    _OTHER_FILE_FIX,
    _POSTGRES_SCHEMA,
    _READ_FIX,
    _SQLITE_SCHEMA,
    _TALLY,
    APPLICATION,
    SCHEMA_VERSION,
    _check_meta,
    _migrate_v1,
)

BUSY_TIMEOUT_S = 10.0  # how long one SQLite statement waits for a lock
WRITE_DEADLINE_S = 60.0  # how long a write is retried before it gives up
_SQLITE_HEADER = b"SQLite format 3\x00"


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


class _Backend(Protocol):
    version: int

    def insert(self, row: tuple[Any, ...]) -> int: ...
    def select(self, where: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]: ...
    def tally_rows(self, where: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]: ...
    def close(self) -> None: ...


_T = TypeVar("_T")


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
