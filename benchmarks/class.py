"""Benchmark a class at work: the teacher's live tally, the class summary, student copies.

Usage::

    python benchmarks/class.py [--students 30] [--answers 60] [--postgres URL] [--check]

Reports

* teacher view refresh: while the students' processes write their answers into one
  results file as fast as they can, the teacher's tally is refreshed every 0.1 s, each
  refresh reading only the answers after the last one seen (``since_id``) and adding them
  up; the median and the slowest refresh. With ``--postgres URL`` the same is measured on
  a PostgreSQL database too (in a schema of its own, dropped afterwards);
* ``lessonkit results`` over one file per student (``--answers`` each), run as a teacher
  runs it (a new process, ``--json``), median of 5 runs; beside it, the reading alone
  (in process) and the start of the command line alone (``lessonkit --help``);
* student versions of all lessons (``lessonkit.student.make_student_versions`` over
  ``notebooks/``), median of 3 runs.

Targets: every refresh under 200 ms (the slowest is checked), ``lessonkit results`` under
1 s. With ``--check`` the script exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REFRESH_TARGET = 0.200  # seconds, every refresh
RESULTS_TARGET = 1.0  # seconds
QUIZ = "kharkiv"


def _student(location: str, student: int, answers: int, start: Any) -> None:
    """One student's kernel: answers ``answers`` questions as fast as the store allows."""
    from lessonkit.quiz import AnswerStore

    start.wait(60)
    with AnswerStore(location) as store:
        for q in range(answers):
            choice = "abcd"[(student * 7 + q * 3) % 4]
            store.record(QUIZ, f"q{q % 20}", choice, choice == "a", student=f"student {student}")


def _start_students(locations: Sequence[str], answers: int) -> tuple[list[Any], Any]:
    context = multiprocessing.get_context("fork")
    start = context.Event()
    workers = [
        context.Process(target=_student, args=(loc, s, answers, start))
        for s, loc in enumerate(locations)
    ]
    for worker in workers:
        worker.start()
    return workers, start


def teacher_refreshes(location: str, students: int, answers: int) -> tuple[list[float], int]:
    """Seconds per incremental tally refresh while the students write; and answers seen."""
    from lessonkit.quiz import AnswerStore

    workers, start = _start_students([location] * students, answers)
    times: list[float] = []
    with AnswerStore(location) as teacher:  # opened after the fork
        tally = teacher.tally(QUIZ)
        start.set()
        while any(w.is_alive() for w in workers):
            began = time.perf_counter()
            tally = tally.merged(teacher.tally(QUIZ, since_id=tally.last_id))
            times.append(time.perf_counter() - began)
            time.sleep(0.1)
        for worker in workers:
            worker.join()
        tally = tally.merged(teacher.tally(QUIZ, since_id=tally.last_id))
    if any(w.exitcode != 0 for w in workers):
        raise RuntimeError("a student process failed")
    if tally.total != students * answers:
        raise RuntimeError(f"the tally saw {tally.total} answers, not {students * answers}")
    return times, tally.total


def results_command(folder: Path, students: int, answers: int) -> tuple[list[float], list[str]]:
    """Seconds per ``lessonkit results --json`` run over one file per student."""
    import json

    files = [str(folder / f"student{s:02d}.sqlite") for s in range(students)]
    workers, start = _start_students(files, answers)
    start.set()
    for worker in workers:
        worker.join()
    command = [sys.executable, "-m", "lessonkit", "results", *files, "--json"]
    times = []
    report: dict[str, Any] = {}
    for _ in range(5):
        began = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        times.append(time.perf_counter() - began)
        report = json.loads(done.stdout)
    if report["answers"] != students * answers or report["skipped"]:
        raise RuntimeError(f"lessonkit results read {report['answers']} answers")
    return times, files


def reading_in_process(files: Sequence[str]) -> list[float]:
    """Seconds for ``read_results`` alone (no interpreter start, no command line)."""
    from lessonkit.quiz import read_results

    times = []
    for _ in range(5):
        began = time.perf_counter()
        read_results(files)
        times.append(time.perf_counter() - began)
    return times


def command_start() -> list[float]:
    """Seconds for ``lessonkit --help``: starting the command line, reading nothing."""
    times = []
    for _ in range(5):
        began = time.perf_counter()
        subprocess.run([sys.executable, "-m", "lessonkit", "--help"], capture_output=True,
                       check=True)  # fmt: skip
        times.append(time.perf_counter() - began)
    return times


def student_versions(folder: Path) -> list[float] | None:
    """Seconds to write student versions of every lesson; None without the module."""
    try:
        from lessonkit.student import make_student_versions
    except ImportError:
        return None
    times = []
    for i in range(3):
        began = time.perf_counter()
        make_student_versions(ROOT / "notebooks", folder / f"students-{i}")
        times.append(time.perf_counter() - began)
    return times


def _postgres_schema(url: str) -> tuple[str, str]:
    import psycopg

    schema = "bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    option = urllib.parse.quote(f"-csearch_path={schema}")
    return f"{url}{'&' if '?' in url else '?'}options={option}", schema


def _drop_schema(url: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--answers", type=int, default=60, help="answers per student")
    parser.add_argument("--postgres", metavar="URL", help="also measure on this database")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)

    missed = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        backends = [("sqlite", str(folder / "class.sqlite"), None)]
        if args.postgres:
            location, schema = _postgres_schema(args.postgres)
            backends.append(("postgresql", location, schema))
        for name, location, schema in backends:
            try:
                times, total = teacher_refreshes(location, args.students, args.answers)
            finally:
                if schema:
                    _drop_schema(args.postgres, schema)
            slowest = max(times)
            print(
                f"teacher view refresh ({name}, {args.students} students writing, {total} "
                f"answers): median {_ms(statistics.median(times))}, max {_ms(slowest)} over "
                f"{len(times)} refreshes (target < {_ms(REFRESH_TARGET)} each)"
            )
            if slowest >= REFRESH_TARGET:
                missed.append(f"teacher view refresh ({name})")

        handed_in = folder / "handed-in"
        handed_in.mkdir()
        times, files = results_command(handed_in, args.students, args.answers)
        median = statistics.median(times)
        print(
            f"lessonkit results ({args.students} files of {args.answers} answers, "
            f"{args.students * args.answers} answers, new process each run): median "
            f"{median:.3f} s, max {max(times):.3f} s over {len(times)} runs "
            f"(target < {RESULTS_TARGET:.1f} s)"
        )
        inside, start = reading_in_process(files), command_start()
        print(
            f"  of which reading and summarising (in process): median "
            f"{statistics.median(inside):.3f} s; starting 'lessonkit --help' alone: median "
            f"{statistics.median(start):.3f} s"
        )
        if median >= RESULTS_TARGET:
            missed.append("lessonkit results")

        versions = student_versions(folder)
        if versions is None:
            print("student versions of all lessons: lessonkit.student is not there yet")
        else:
            print(
                f"student versions of all lessons: median {statistics.median(versions):.3f} s "
                f"over {len(versions)} runs"
            )
    if missed and args.check:
        print("missed: " + ", ".join(missed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
