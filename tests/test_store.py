"""The answer store: answers kept at once, never lost, in SQLite and in PostgreSQL.

Every test that takes ``location`` runs against both backends. PostgreSQL is the server
named by ``LESSONKIT_TEST_POSTGRES``; without it, a throwaway server is started with
``scripts/postgres.sh`` when PostgreSQL is installed; without that, the PostgreSQL cases
fail under CI and are skipped, with the reason, elsewhere.
"""

from __future__ import annotations

import collections
import datetime as dt
import glob
import json
import multiprocessing
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lessonkit.errors import InputError, LessonkitError
from lessonkit.quiz._store import (
    SCHEMA_VERSION,
    AnswerStore,
    Tally,
    default_results_path,
    v1_uuid,
)

ROOT = Path(__file__).parents[1]
POSTGRES_ENV = "LESSONKIT_TEST_POSTGRES"
BACKENDS = ["sqlite", "postgresql"]


# --- backends --------------------------------------------------------------------------------


def _pg_ctl_installed() -> bool:
    return bool(shutil.which("pg_ctl") or glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The address of a PostgreSQL database the tests may fill."""
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if url:
        yield url
        return
    if not _pg_ctl_installed():
        message = (
            f"PostgreSQL store tests need a server: set {POSTGRES_ENV}=postgresql://... "
            "(scripts/test.sh starts one with scripts/postgres.sh) or install postgresql"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    folder = tempfile.mkdtemp(prefix="lessonkit-pg-")
    script = str(ROOT / "scripts" / "postgres.sh")
    started = subprocess.run(
        ["bash", script, "start", folder], capture_output=True, text=True, timeout=300
    )
    if started.returncode != 0:
        pytest.fail(f"scripts/postgres.sh could not start a server: {started.stderr.strip()}")
    try:
        yield started.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run(["bash", script, "stop", folder], capture_output=True, timeout=120)


def _with_schema(url: str, schema: str) -> str:
    """The address with the tables kept in their own schema (one per test)."""
    option = urllib.parse.quote(f"-csearch_path={schema}")
    return f"{url}{'&' if '?' in url else '?'}options={option}"


@pytest.fixture
def postgres_schema(postgres_server: str) -> Iterator[str]:
    """A fresh, empty schema of the test database: its address."""
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield _with_schema(postgres_server, schema)
    finally:
        with psycopg.connect(postgres_server, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=BACKENDS)
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a new, empty store goes: an SQLite file, or a PostgreSQL schema."""
    if request.param == "sqlite":
        return str(tmp_path / "class.sqlite")
    return str(request.getfixturevalue("postgres_schema"))


def _raw(location: str, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Run SQL on a store behind lessonkit's back (to build old or odd stores by hand)."""
    if location.startswith("postgresql"):
        import psycopg

        with psycopg.connect(location, autocommit=True) as conn:
            cursor = conn.execute(sql.replace("?", "%s"), params)
            return list(cursor.fetchall()) if cursor.description else []
    with sqlite3.connect(location) as conn:
        rows = conn.execute(sql, params).fetchall()
    conn.close()
    return rows


# --- recording and reading ---------------------------------------------------------------------


def test_answers_come_back_as_they_were_recorded(location: str) -> None:
    with AnswerStore(location) as store:
        first = store.record("kharkiv", "q1", "b", False, student="  Ana   Ruiz ")
        second = store.record("kharkiv", "q2", ["a", "c"], True, score=0.5)
        third = store.record("kharkiv", "q3", {"quote-1": "zelensky"}, True, score=1)
        fourth = store.record("kharkiv", "poll", 4, None)
        other = store.record("lesson-3", "q1", 12.5, True)
        answers = store.answers("kharkiv")
        everything = store.answers()
        session = store.session
    assert [first, second, third, fourth] == sorted([first, second, third, fourth])
    assert [a.id for a in answers] == [first, second, third, fourth]
    assert [a.answer for a in answers] == ["b", ["a", "c"], {"quote-1": "zelensky"}, 4]
    assert [a.correct for a in answers] == [False, True, True, None]
    assert [a.score for a in answers] == [None, 0.5, 1.0, None]
    assert [a.student for a in answers] == ["Ana Ruiz", None, None, None]
    assert {a.session for a in answers} == {session}
    assert len({a.uuid for a in everything}) == 5
    assert everything[-1].id == other and everything[-1].answer == 12.5
    when = dt.datetime.fromisoformat(answers[0].time)
    assert when.utcoffset() == dt.timedelta(0)
    assert abs((dt.datetime.now(dt.timezone.utc) - when).total_seconds()) < 60
    assert json.loads(json.dumps(answers[1].to_dict()))["answer"] == ["a", "c"]


def test_answers_survive_a_new_connection_and_a_rerun(location: str) -> None:
    with AnswerStore(location) as store:
        store.record("kharkiv", "q1", "a", True, student="Ana")
        first_session = store.session
    # A kernel restart: a new store on the same file; a re-run cell: a second one beside it.
    again, rerun = AnswerStore(location), AnswerStore(location)
    try:
        again.record("kharkiv", "q1", "b", False, student="Ben")
        rerun.record("kharkiv", "q2", "c", True, student="Ana")
        answers = again.answers()
    finally:
        again.close()
        rerun.close()
    assert [(a.student, a.answer) for a in answers] == [("Ana", "a"), ("Ben", "b"), ("Ana", "c")]
    assert len({first_session, again.session, rerun.session}) == 3


def test_an_answer_is_kept_when_the_kernel_dies_without_closing(location: str) -> None:
    code = (
        "import os, sys\n"
        "from lessonkit.quiz._store import AnswerStore\n"
        "store = AnswerStore(sys.argv[1])\n"
        "store.record('kharkiv', 'q1', 'a', True, student='Ana')\n"
        "os._exit(0)\n"  # no close, no clean-up: as when a kernel is killed
    )
    subprocess.run([sys.executable, "-c", code, location], check=True, timeout=60)
    with AnswerStore(location) as store:
        assert [(a.question_id, a.answer) for a in store.answers()] == [("q1", "a")]


def test_the_tally_counts_answers_per_question_and_value(location: str) -> None:
    with AnswerStore(location) as store:
        for question, value, right in [("q1", "a", True), ("q1", "b", False), ("q1", "a", True),
                                       ("q2", ["a", "b"], False), ("q2", ["a", "b"], False)]:  # fmt: skip
            store.record("kharkiv", question, value, right)
        store.record("another-quiz", "q1", "a", True)
        tally = store.tally("kharkiv")
        only_q2 = store.tally("kharkiv", "q2")
    assert tally.counts == {"q1": {'"a"': 2, '"b"': 1}, "q2": {'["a","b"]': 2}}
    assert tally.right == {"q1": 2, "q2": 0}
    assert tally.total == 5 and tally.answered("q1") == 3 and tally.answered("q9") == 0
    assert tally.values("q1") == [("a", 2), ("b", 1)]
    assert only_q2.counts == {"q2": {'["a","b"]': 2}}
    assert tally.last_id == max(a.id for a in AnswerStore(location).answers("kharkiv"))


def test_a_refresh_reads_only_what_is_new(location: str) -> None:
    with AnswerStore(location) as store:
        store.record("kharkiv", "q1", "a", True)
        seen = store.tally("kharkiv")
        unchanged = store.tally("kharkiv", since_id=seen.last_id)
        store.record("kharkiv", "q1", "b", False)
        store.record("kharkiv", "q2", "c", True)
        newer = store.tally("kharkiv", since_id=seen.last_id)
        assert unchanged.counts == {} and unchanged.last_id == seen.last_id
        assert newer.counts == {"q1": {'"b"': 1}, "q2": {'"c"': 1}}
        assert seen.merged(newer) == store.tally("kharkiv")
        with pytest.raises(LessonkitError, match="'newer' must count quiz 'kharkiv'"):
            seen.merged(Tally("other"))
        with pytest.raises(LessonkitError, match="'since_id' must be a whole number"):
            store.tally("kharkiv", since_id=-1)


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (("kharkiv", "q1", {1, 2}, True), {}, "'answer' must be a JSON value"),
        (("kharkiv", "q1", "a", 1), {}, "'correct' must be True, False or None"),
        (("kharkiv", "q1", "a", True), {"score": 1.5}, "'score' must be a number from 0 to 1"),
        (("kharkiv", "q1", "a", True), {"score": True}, "'score' must be a number from 0 to 1"),
        (("", "q1", "a", True), {}, "'quiz_id' must be a non-empty string"),
        (("kharkiv", None, "a", True), {}, "'question_id' must be a non-empty string"),
        (("kharkiv", "q1", "a", True), {"student": 7}, "'student' must be a string or None"),
    ],
)
def test_a_bad_answer_is_refused_and_not_kept(
    tmp_path: Path, args: tuple[Any, ...], kwargs: dict[str, Any], message: str
) -> None:
    with AnswerStore(tmp_path / "class.sqlite") as store:
        with pytest.raises(LessonkitError, match=message):
            store.record(*args, **kwargs)
        assert store.answers() == []


def test_a_closed_or_read_only_store_says_so(location: str) -> None:
    store = AnswerStore(location)
    store.record("kharkiv", "q1", "a", True)
    store.close()
    store.close()
    with pytest.raises(LessonkitError, match="is closed; open a new AnswerStore"):
        store.record("kharkiv", "q1", "a", True)
    with AnswerStore(location, read_only=True) as reader:
        assert len(reader.answers()) == 1
        with pytest.raises(LessonkitError, match="was opened read-only"):
            reader.record("kharkiv", "q1", "a", True)


# --- where the answers go ----------------------------------------------------------------------


def test_the_default_path_is_the_variable_else_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LESSONKIT_RESULTS", raising=False)
    assert default_results_path() == str(tmp_path / "lessonkit-results.sqlite")
    with AnswerStore() as store:
        store.record("kharkiv", "q1", "a", True)
        assert store.path == default_results_path()
    assert (tmp_path / "lessonkit-results.sqlite").is_file()
    monkeypatch.setenv("LESSONKIT_RESULTS", "shared/7b.sqlite")
    (tmp_path / "shared").mkdir()
    assert default_results_path() == str(tmp_path / "shared" / "7b.sqlite")
    with AnswerStore() as store:
        assert store.path == str(tmp_path / "shared" / "7b.sqlite")
    monkeypatch.setenv("LESSONKIT_RESULTS", "postgresql://teacher@db.school/class")
    assert default_results_path() == "postgresql://teacher@db.school/class"


def test_a_postgres_password_is_never_shown(postgres_server: str) -> None:
    parts = urllib.parse.urlsplit(postgres_server)
    host = f"{parts.hostname}:{parts.port}"
    with pytest.raises(InputError) as caught:
        AnswerStore(f"postgresql://teacher:s3cret@{host}/no_such_database")
    assert "s3cret" not in str(caught.value) and "teacher:***@" in str(caught.value)
    assert "cannot connect to PostgreSQL" in str(caught.value)


def test_a_postgres_address_without_psycopg_names_the_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(ImportError, match=r"pip install 'lessonkit\[postgres\]'"):
        AnswerStore("postgresql://teacher@db.school/class")


@pytest.mark.parametrize("name", ["folder", "missing-folder/class.sqlite"])
def test_a_path_that_cannot_be_a_file_is_refused(tmp_path: Path, name: str) -> None:
    (tmp_path / "folder").mkdir()
    with pytest.raises(InputError, match=r"is a folder|its folder does not exist"):
        AnswerStore(tmp_path / name)


# --- schema versions ---------------------------------------------------------------------------


def _file_state(location: str) -> tuple[bytes, int] | list[tuple[Any, ...]]:
    if location.startswith("postgresql"):
        return _raw(location, "SELECT key, value FROM lessonkit_meta ORDER BY key")
    path = Path(location)
    return path.read_bytes(), path.stat().st_mtime_ns


def test_the_store_records_its_schema_version(location: str) -> None:
    with AnswerStore(location) as store:
        assert store.schema_version == SCHEMA_VERSION == 2
    meta = dict(_raw(location, "SELECT key, value FROM lessonkit_meta"))
    assert meta == {"application": "lessonkit results", "schema_version": "2"}


def test_a_store_from_a_newer_version_is_refused_and_left_alone(location: str) -> None:
    with AnswerStore(location) as store:
        store.record("kharkiv", "q1", "a", True)
    _raw(location, "UPDATE lessonkit_meta SET value = '3' WHERE key = 'schema_version'")
    before = _file_state(location)
    for read_only in (False, True):
        with pytest.raises(InputError) as caught:
            AnswerStore(location, read_only=read_only)
        message = str(caught.value)
        assert "\n" not in message
        assert "written by a newer lessonkit (results schema 3; this one reads up to 2)" in message
        assert "pip install -U lessonkit" in message and "LESSONKIT_RESULTS" in message
        assert message.startswith(location.split("?")[0] if "://" in location else location)
    assert _file_state(location) == before


_V1_SCHEMA = {
    "sqlite": (
        "CREATE TABLE lessonkit_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE lessonkit_answers (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " quiz_id TEXT NOT NULL, question_id TEXT NOT NULL, answer TEXT NOT NULL,"
        " correct INTEGER, time TEXT NOT NULL, student TEXT, session TEXT NOT NULL)",
    ),
    "postgresql": (
        "CREATE TABLE lessonkit_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE lessonkit_answers (id BIGINT GENERATED BY DEFAULT AS IDENTITY"
        " PRIMARY KEY, quiz_id TEXT NOT NULL, question_id TEXT NOT NULL,"
        " answer TEXT NOT NULL, correct BOOLEAN, time TEXT NOT NULL, student TEXT,"
        " session TEXT NOT NULL)",
    ),
}
_V1_ROWS = [
    ("kharkiv", "q1", '"a"', True, "2026-03-02T09:15:00.000000+00:00", "Ana", "s1"),
    ("kharkiv", "q1", '"b"', False, "2026-03-02T09:15:04.000000+00:00", None, "s2"),
]


def _make_v1(location: str) -> None:
    kind = "postgresql" if location.startswith("postgresql") else "sqlite"
    for statement in _V1_SCHEMA[kind]:
        _raw(location, statement)
    _raw(location, "INSERT INTO lessonkit_meta VALUES ('application', 'lessonkit results')")
    _raw(location, "INSERT INTO lessonkit_meta VALUES ('schema_version', '1')")
    for row in _V1_ROWS:
        _raw(location, "INSERT INTO lessonkit_answers (quiz_id, question_id, answer, correct,"
             " time, student, session) VALUES (?, ?, ?, ?, ?, ?, ?)", row)  # fmt: skip


def test_a_version_1_store_is_read_as_it_is_and_migrated_when_written(location: str) -> None:
    _make_v1(location)
    before = _file_state(location)
    with AnswerStore(location, read_only=True) as reader:
        assert reader.schema_version == 1
        old = reader.answers()
    assert _file_state(location) == before
    assert [(a.answer, a.correct, a.score, a.student) for a in old] == [
        ("a", True, None, "Ana"),
        ("b", False, None, None),
    ]
    with AnswerStore(location) as store:
        assert store.schema_version == 2
        new_id = store.record("kharkiv", "q2", ["a"], False, score=0.25)
        migrated = store.answers()
    assert migrated[:2] == old  # same ids, values and uuids as read before the migration
    assert migrated[2].id == new_id and migrated[2].score == 0.25
    assert len({a.uuid for a in migrated}) == 3
    assert dict(_raw(location, "SELECT key, value FROM lessonkit_meta"))["schema_version"] == "2"
    with pytest.raises(Exception, match=r"(?i)unique"):
        _raw(location, "UPDATE lessonkit_answers SET uuid = ? WHERE id = ?",
             (migrated[0].uuid, new_id))  # fmt: skip


def test_two_copies_of_a_version_1_file_migrate_to_the_same_uuids(tmp_path: Path) -> None:
    first = tmp_path / "ana.sqlite"
    _make_v1(str(first))
    second = tmp_path / "ana-copy.sqlite"
    shutil.copyfile(first, second)
    uuids = []
    for path in (first, second):
        with AnswerStore(path) as store:
            uuids.append([a.uuid for a in store.answers()])
    assert uuids[0] == uuids[1]
    row = (1, None, *_V1_ROWS[0][:2], _V1_ROWS[0][2], 1, None, *_V1_ROWS[0][4:])
    assert uuids[0][0] == v1_uuid(row)


# --- files that are not ours -------------------------------------------------------------------


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('someone', '555')")
    conn.close()


def _damaged(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.executemany("INSERT INTO contacts VALUES (?)", [("x" * 500,)] * 50)
    conn.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree header and cells
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (
            lambda p: p.write_text("name,score\nAna,3\n"),
            "not a results file (not an SQLite database)",
        ),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200)), "not a results file"),
        (_foreign, "a database of another application (tables: contacts), left unchanged"),
        (_damaged, "the SQLite file is damaged"),
    ],
    ids=["csv", "png", "foreign", "damaged"],
)
@pytest.mark.parametrize("read_only", [False, True], ids=["write", "read"])
def test_a_file_that_is_not_a_results_file_is_refused_and_left_alone(
    tmp_path: Path, make: Any, problem: str, read_only: bool
) -> None:
    path = tmp_path / "handed-in.sqlite"
    make(path)
    before = path.read_bytes(), path.stat().st_mtime_ns
    with pytest.raises(InputError) as caught:
        AnswerStore(path, read_only=read_only)
    assert str(caught.value).startswith(f"{path}: {problem}")
    assert "\n" not in str(caught.value)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handed-in.sqlite"]


def test_an_empty_file_becomes_a_store_but_is_no_results_to_read(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    with pytest.raises(InputError, match="the file is empty"):
        AnswerStore(path, read_only=True)
    with AnswerStore(path) as store:
        store.record("kharkiv", "q1", "a", True)
    with AnswerStore(path, read_only=True) as reader:
        assert len(reader.answers()) == 1


def test_postgres_tables_of_other_applications_are_left_alone(postgres_schema: str) -> None:
    _raw(postgres_schema, "CREATE TABLE gradebook (pupil TEXT, mark INTEGER)")
    with AnswerStore(postgres_schema) as store:
        store.record("kharkiv", "q1", "a", True)
    assert _raw(postgres_schema, "SELECT count(*) FROM gradebook") == [(0,)]


def test_a_postgres_table_of_our_name_but_not_ours_is_refused(postgres_schema: str) -> None:
    _raw(postgres_schema, "CREATE TABLE lessonkit_answers (whatever TEXT)")
    with pytest.raises(InputError, match="a database of another application"):
        AnswerStore(postgres_schema)
    assert _raw(postgres_schema, "SELECT count(*) FROM lessonkit_answers") == [(0,)]


# --- many writers at once ----------------------------------------------------------------------

CHOICES = "abcd"


def _student(location: str, student: int, questions: int, start: Any) -> None:
    """One student's kernel: answers every question once, as fast as it can."""
    start.wait(60)
    with AnswerStore(location) as store:
        for q in range(questions):
            choice = CHOICES[(student * 7 + q) % len(CHOICES)]
            store.record("class", f"q{q}", choice, choice == "a", student=f"student {student}")


def _run_class(location: str, students: int, questions: int) -> tuple[Tally, int, list[int]]:
    """Students write at once while the teacher's tally is read in a loop; return the tally
    kept up by incremental reads, the number of reads and the totals each read saw."""
    context = multiprocessing.get_context("fork")
    start = context.Event()
    workers = [
        context.Process(target=_student, args=(location, s, questions, start))
        for s in range(students)
    ]
    for worker in workers:
        worker.start()
    # The teacher's store is opened after the fork: no SQLite connection crosses it.
    with AnswerStore(location) as teacher:
        tally = teacher.tally("class")
        start.set()
        reads, seen = 0, []
        deadline = time.monotonic() + 240
        while any(w.is_alive() for w in workers) and time.monotonic() < deadline:
            tally = tally.merged(teacher.tally("class", since_id=tally.last_id))
            reads += 1
            seen.append(tally.total)
            time.sleep(0.02)
        for worker in workers:
            worker.join(60)
        tally = tally.merged(teacher.tally("class", since_id=tally.last_id))
    assert [w.exitcode for w in workers] == [0] * students
    return tally, reads, seen


def _check_every_answer_once(location: str, students: int, questions: int) -> list[Any]:
    with AnswerStore(location, read_only=True) as reader:
        answers = reader.answers("class")
    pairs = collections.Counter((a.student, a.question_id) for a in answers)
    expected = {(f"student {s}", f"q{q}") for s in range(students) for q in range(questions)}
    assert set(pairs) == expected
    assert set(pairs.values()) == {1}
    assert len({a.uuid for a in answers}) == len({a.id for a in answers}) == len(answers)
    for a in answers:
        student = int(a.student.split()[1])  # type: ignore[union-attr]
        assert a.answer == CHOICES[(student * 7 + int(a.question_id[1:])) % len(CHOICES)]
    return answers


def test_eight_kernels_writing_at_once_lose_nothing(location: str) -> None:
    # No store exists yet: the eight kernels create it together, then write.
    context = multiprocessing.get_context("fork")
    start = context.Event()
    workers = [context.Process(target=_student, args=(location, s, 50, start)) for s in range(8)]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(240)
    assert [w.exitcode for w in workers] == [0] * 8
    answers = _check_every_answer_once(location, students=8, questions=50)
    assert len(answers) == 400


def test_thirty_students_answer_while_the_teacher_watches(location: str) -> None:
    tally, reads, seen = _run_class(location, students=30, questions=20)
    answers = _check_every_answer_once(location, students=30, questions=20)
    assert len(answers) == 600
    stored: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for a in answers:
        stored[a.question_id][json.dumps(a.answer)] += 1
    assert tally.counts == {q: dict(c) for q, c in stored.items()}
    assert tally.right == {
        q: sum(1 for a in answers if a.question_id == q and a.correct) for q in stored
    }
    assert tally.total == 600 and tally.last_id == max(a.id for a in answers)
    assert reads >= 2 and seen == sorted(seen)


# --- any answer value --------------------------------------------------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text()
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(value=_JSON)
def test_any_json_answer_comes_back_unchanged(value: Any) -> None:
    with tempfile.TemporaryDirectory() as folder, AnswerStore(Path(folder) / "a.sqlite") as store:
        ident = store.record("kharkiv", "q1", value, None)
        (kept,) = store.answers()
        tally = store.tally("kharkiv")
    assert kept.id == ident and kept.answer == value
    assert [v for v, _ in tally.values("q1")] == [value]


@pytest.mark.parametrize("value", [float("nan"), float("inf"), [1, float("-inf")]])
def test_a_number_json_cannot_hold_is_refused(tmp_path: Path, value: Any) -> None:
    store = AnswerStore(tmp_path / "a.sqlite")
    with pytest.raises(LessonkitError, match="'answer' must be a JSON value"):
        store.record("kharkiv", "q1", value, None)
    assert store.answers() == []
    store.close()
