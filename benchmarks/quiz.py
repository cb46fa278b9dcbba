"""Benchmark the quiz: feedback in the browser, question writing, class results, lesson runs.

Usage::

    python benchmarks/quiz.py [--clicks 10] [--skip-browser] [--skip-notebooks] [--check]

Reports

* click → feedback: in a real JupyterLab in headless Chromium (Debian's ``chromium``), a
  quiz question is answered ``--clicks`` times, alternating a wrong and the right choice;
  each time the page measures, with ``performance.now()``, from clicking "Check my answer"
  to the feedback text having changed (the kernel checks the answer, saves it to the
  results file and sends the new feedback back); the median;
* writing questions for a 5,000-word article: ``lessonkit.quiz.generate`` on the lesson
  article followed by the invented test articles, repeated to 5,000 words, strings in (so
  finding the attributions is counted); best of 3 after a warm-up run, with the share spent
  finding the attributions;
* ``lessonkit results`` over 30 students' files of 60 answers each (made with
  ``AnswerStore.record``), run as a teacher runs it (a new process), median of 3 runs;
* every lesson notebook's ``pytest --nbval-lax`` time next to an empty notebook's, each in a
  fresh process in a temporary folder, best of 3 runs (the empty notebook's too, so both
  are read alike on a busy machine), with the CPU time of the process tree beside it. The
  package is byte-compiled first, as ``pip install`` does, so a machine that is set not to
  write bytecode (``PYTHONDONTWRITEBYTECODE``) does not count compiling lessonkit's sources
  (about 0.2 s) into every lesson.

Each figure is a wall time (what a user waits), checked against its target; the CPU time
printed beside it says how much of that is work and how much waiting for a busy machine.

Targets: click → feedback under 100 ms; writing questions under 0.3 s; ``lessonkit results``
under 1 s; each lesson within 1.5 s of the empty notebook. With ``--check`` the script exits 1
when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLICK_TARGET = 0.100  # seconds
GENERATE_TARGET = 0.3  # seconds
RESULTS_TARGET = 1.0  # seconds
NOTEBOOK_MARGIN = 1.5  # seconds over an empty notebook
NOTEBOOK_RUNS = 3  # each notebook's time is the best of these
WORDS = 5000
STUDENTS, ANSWERS = 30, 60

_MEASURE_CLICK = """
async () => {
  const quiz = document.querySelector('.lessonkit-quiz');
  const feedback = quiz.querySelector('.lessonkit-feedback');
  const check = quiz.querySelector('.lessonkit-check');
  const before = feedback.textContent;
  return await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no feedback in 30 s')), 30000);
    const start = performance.now();
    const seen = new MutationObserver(() => {
      if (feedback.textContent !== before) {
        const elapsed = performance.now() - start;
        seen.disconnect();
        clearTimeout(timer);
        resolve(elapsed);
      }
    });
    seen.observe(feedback, {subtree: true, childList: true, characterData: true});
    check.click();
  });
}
"""


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


# --- click → feedback in the browser -------------------------------------------------------


def click_to_feedback(clicks: int) -> list[float]:
    """Seconds from a click on "Check my answer" to new feedback text, measured in the page."""
    import nbformat

    sys.path.insert(0, str(ROOT / "tests"))
    from _lab import chromium, open_notebook, run_all, start_lab

    from lessonkit.quiz import load_bank

    question = load_bank().shuffled(0, questions=False).questions[0]  # as show_quiz shows it
    right = next(i for i, c in enumerate(question.choices) if c.correct)
    wrong = (right + 1) % len(question.choices)
    times: list[float] = []
    with (
        tempfile.TemporaryDirectory(prefix="lessonkit-bench-") as home,
        start_lab(Path(home)) as lab,
    ):
        notebook = nbformat.v4.new_notebook()
        notebook.cells = [
            nbformat.v4.new_code_cell(
                "from lessonkit import lesson_article\n"
                "from lessonkit.quiz import load_bank\n"
                "from lessonkit.quizview import show_quiz\n"
                "show_quiz(load_bank(), lesson_article())"
            )
        ]
        notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                           "language": "python"}  # fmt: skip
        nbformat.write(notebook, lab.root / "bench-click.ipynb")
        with chromium() as browser:
            page = browser.new_page(viewport={"width": 1366, "height": 900})
            open_notebook(page, lab, "bench-click.ipynb")
            run_all(page)
            quiz = page.locator(".lessonkit-quiz").first
            choices = quiz.locator(".lessonkit-choice")
            feedback = quiz.locator(".lessonkit-feedback")
            choices.first.wait_for(timeout=60_000)
            for n in range(clicks + 1):  # the first click warms up and is not counted
                choices.nth(wrong if n % 2 == 0 else right).click()
                if n:
                    feedback.filter(has_text="check your answer again").wait_for(timeout=30_000)
                elapsed = float(page.evaluate(_MEASURE_CLICK)) / 1000
                if n:
                    times.append(elapsed)
                verdict = "✗ Not quite" if n % 2 == 0 else "✓ Right"
                feedback.filter(has_text=verdict).wait_for(timeout=30_000)
    return times


# --- writing questions ---------------------------------------------------------------------


def long_article(words: int = WORDS) -> str:
    """The lesson article and the invented test articles, repeated to ``words`` words."""
    from lessonkit import lesson_article

    pieces = [lesson_article().text]
    pieces += [
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "tests" / "data" / "unseen_articles").glob("*.txt"))
    ]
    paragraphs = [p.strip() for text in pieces for p in text.split("\n\n") if p.strip()]
    out: list[str] = []
    count = 0
    while count < words:
        for paragraph in paragraphs:
            out.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
    return "\n\n".join(out)


def writing_questions() -> tuple[float, float, float, int, int]:
    """Best-of-3 wall and CPU seconds of ``generate`` on 5,000 words; finding them; sizes."""
    from lessonkit import Article, extract_attributions
    from lessonkit.quiz import generate

    text = long_article()
    generate(text)  # warm-up: lexicons and registries load once per process
    best = best_find = best_cpu = float("inf")
    for _ in range(3):
        start, start_cpu = time.perf_counter(), time.process_time()
        quiz = generate(text)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
        start = time.perf_counter()
        extract_attributions(Article.from_text(text))
        best_find = min(best_find, time.perf_counter() - start)
    return best, best_cpu, best_find, len(text.split()), len(quiz.questions)


# --- lessonkit results ---------------------------------------------------------------------


def class_results(folder: Path) -> tuple[float, float, int]:
    """Median wall and CPU seconds of ``lessonkit results`` over 30 files of 60 answers."""
    import json

    from lessonkit.quiz import AnswerStore, load_bank

    questions = load_bank().questions
    files = []
    for s in range(STUDENTS):
        path = folder / f"student-{s:02d}.sqlite"
        with AnswerStore(path) as store:
            for a in range(ANSWERS):
                q = questions[(a + s) % len(questions)]
                choice = q.choices[(a * 3 + s) % len(q.choices)] if q.choices else None
                value = choice.id if choice else "7"
                store.record("kharkiv-attribution", q.id, value,
                             None if q.type == "poll" else bool(choice and choice.correct),
                             student=f"Student {s}")  # fmt: skip
        files.append(str(path))
    command = [str(Path(sys.executable).with_name("lessonkit")), "results", *files, "--json"]
    times = []
    cpu = []
    answers = 0
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if done.returncode != 0:
            raise RuntimeError(f"lessonkit results failed: {done.stderr.strip()}")
        answers = int(json.loads(done.stdout)["answers"])
    return statistics.median(times), statistics.median(cpu), answers


# --- lesson notebooks under nbval ----------------------------------------------------------


def nbval_seconds(notebook: Path, folder: Path) -> tuple[float, float]:
    """Wall and CPU seconds of ``pytest --nbval-lax`` on one notebook, in a fresh process.

    The CPU time is that of the whole process tree (pytest and the notebook's kernel), so it
    holds on a busy machine where the wall time does not.
    """
    env = {**os.environ, "LESSONKIT_RESULTS": str(folder / "results.sqlite")}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval-lax",
               notebook.name]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    if done.returncode != 0:
        tail = done.stdout.strip().splitlines()[-1:] or ["?"]
        raise RuntimeError(f"{notebook.name} failed under nbval: {tail[0]}")
    return elapsed, cpu


def notebook_times(
    folder: Path,
) -> tuple[tuple[float, float], list[tuple[str, tuple[float, float]]]]:
    """The empty notebook's nbval time, and each lesson's."""
    import compileall

    import nbformat

    import lessonkit

    compileall.compile_dir(Path(lessonkit.__file__).parent, quiet=1)  # as pip install does

    for lesson in sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb")):
        shutil.copy(lesson, folder / lesson.name)
    empty = nbformat.v4.new_notebook()
    empty.cells = [nbformat.v4.new_code_cell("")]
    empty.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                    "language": "python"}  # fmt: skip
    nbformat.write(empty, folder / "empty.ipynb")
    # Best of NOTEBOOK_RUNS by wall time, the lessons run in turn (not one lesson three times
    # in a row), so that a busy spell of the machine does not fall on one lesson only.
    names = ["empty.ipynb", *sorted(p.name for p in folder.glob("[0-9][0-9]-*.ipynb"))]
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    for _ in range(NOTEBOOK_RUNS):
        for name in names:
            runs[name].append(nbval_seconds(folder / name, folder))
    base = min(runs["empty.ipynb"])
    lessons = [(name, min(runs[name])) for name in names[1:]]
    return base, lessons


def main(argv: Sequence[str] | None = None) -> int:
    """Run every measurement, print the figures, and with ``--check`` compare with the targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clicks", type=int, default=10, help="clicks to time (10)")
    parser.add_argument("--skip-browser", action="store_true", help="leave out click → feedback")
    parser.add_argument("--skip-notebooks", action="store_true", help="leave out the nbval runs")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)
    if args.clicks < 1:
        print(f"--clicks must be at least 1 (got {args.clicks})", file=sys.stderr)
        return 2
    ok = True

    if not args.skip_browser:
        clicks = click_to_feedback(args.clicks)
        median = statistics.median(clicks)
        hit = median < CLICK_TARGET
        ok &= hit
        print(
            f"click → feedback: median {median * 1000:.0f} ms over {len(clicks)} clicks "
            f"(min {min(clicks) * 1000:.0f} ms, max {max(clicks) * 1000:.0f} ms; "
            f"target < {CLICK_TARGET * 1000:.0f} ms) {_verdict(hit)}"
        )

    best, cpu, finding, words, questions = writing_questions()
    hit = best < GENERATE_TARGET
    ok &= hit
    print(
        f"writing questions: {best:.3f} s for {words:,} words, {questions} questions "
        f"({cpu:.3f} s of CPU; finding the attributions {finding:.3f} s of it; best of 3; "
        f"target < {GENERATE_TARGET} s) {_verdict(hit)}"
    )

    with tempfile.TemporaryDirectory(prefix="lessonkit-bench-") as folder:
        seconds, cpu, answers = class_results(Path(folder))
    hit = seconds < RESULTS_TARGET
    ok &= hit
    print(
        f"lessonkit results: {seconds:.3f} s for {STUDENTS} files, {answers} answers "
        f"({cpu:.3f} s of CPU; a new process, median of 3; target < {RESULTS_TARGET} s) "
        f"{_verdict(hit)}"
    )

    if not args.skip_notebooks:
        with tempfile.TemporaryDirectory(prefix="lessonkit-bench-") as folder:
            base, lessons = notebook_times(Path(folder))
        print(f"empty notebook under nbval: {base[0]:.1f} s ({base[1]:.1f} s of CPU)")
        for name, (seconds, cpu) in lessons:
            hit = seconds - base[0] <= NOTEBOOK_MARGIN
            ok &= hit
            print(
                f"  {name}: {seconds:.1f} s ({seconds - base[0]:+.1f} s; CPU {cpu:.1f} s, "
                f"{cpu - base[1]:+.1f} s; target within {NOTEBOOK_MARGIN} s of empty) "
                f"{_verdict(hit)}"
            )

    if args.check and not ok:
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
