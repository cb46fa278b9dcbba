"""Look at what students see: run every lesson in JupyterLab and save each cell's output as a PNG.

    .venv/bin/python scripts/screenshots.py [--out DIR] [NOTEBOOK ...]

Starts JupyterLab the way ``lessonkit lessons`` does, over working copies of the lessons, in
Debian's headless Chromium at 1366x900. For each lesson: Run All Cells, then one PNG per cell
output (``DIR/<lesson>/cell-NN.png``), then every "Show solution" opened and shot again
(``cell-NN-solution.png``). Exits 1 if any output holds a Python traceback or a widget error,
or if a solution's answer is visible before its button is pressed; prints one line per problem.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from _lab import VIEWPORT, chromium, open_notebook, run_all, start_lab  # noqa: E402

# Text that means a cell failed, in JupyterLab's or ipywidgets' words.
PROBLEMS = (
    "Traceback (most recent call last)",
    "Error displaying widget",
    "Error rendering output item",
    "Failed to display Jupyter Widget",
    "Model not found",
)


def _lessons(names: list[str]) -> list[str]:
    shipped = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
    if not names:
        return shipped
    unknown = [n for n in names if n not in shipped]
    if unknown:
        raise SystemExit(f"screenshots: no such lesson {unknown[0]!r}; choose from {shipped}")
    return names


def capture(page, element, path: Path) -> int:  # type: ignore[no-untyped-def]
    """Save ``element`` as it shows in the viewport: one PNG, or numbered parts if it is tall.

    The notebook scrolls inside its own panel, so a tall output is shot a screenful at a time
    (``cell-NN.png``, ``cell-NN-2.png``, ...). Returns the number of files written.
    """
    element.evaluate("e => e.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(150)
    top = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer").first
    view = top.bounding_box()
    parts = 0
    seen_bottom = None
    while parts < 12:
        box = element.bounding_box()
        if box is None or view is None:
            break
        y0 = max(box["y"], view["y"])
        y1 = min(box["y"] + box["height"], view["y"] + view["height"])
        if y1 - y0 < 2:
            break
        parts += 1
        name = path if parts == 1 else path.with_name(f"{path.stem}-{parts}{path.suffix}")
        page.screenshot(
            path=str(name), clip={"x": box["x"], "y": y0, "width": box["width"], "height": y1 - y0}
        )
        bottom = box["y"] + box["height"]
        if bottom <= view["y"] + view["height"] or bottom == seen_bottom:
            break
        seen_bottom = bottom
        top.evaluate(f"e => e.scrollBy(0, {y1 - y0 - 40})")
        page.wait_for_timeout(150)
    return parts


def shoot(page, lesson: str, out: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """Screenshot every output of the open, fully run lesson; return the problems seen."""
    problems: list[str] = []
    folder = out / lesson.removesuffix(".ipynb")
    folder.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(1500)  # let widgets and images settle
    cells = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell")
    count = cells.count()
    for i in range(count):
        cell = cells.nth(i)
        outputs = cell.locator(".jp-OutputArea-output")
        if not outputs.count():
            continue
        text = cell.locator(".jp-Cell-outputArea").inner_text()
        for problem in PROBLEMS:
            if problem in text:
                problems.append(f"{lesson} cell {i}: {problem}")
        hidden = cell.locator(".lessonkit-solution-body")
        if hidden.count() and hidden.first.is_visible():
            problems.append(f"{lesson} cell {i}: a solution is visible before it is asked for")
        capture(page, cell.locator(".jp-Cell-outputArea"), folder / f"cell-{i:02d}.png")
        buttons = cell.locator(".lessonkit-solution-button")
        if buttons.count():
            buttons.first.focus()
            page.keyboard.press("Enter")  # keyboard alone opens it
            hidden.first.wait_for(state="visible", timeout=10_000)
            page.wait_for_timeout(300)
            capture(
                page, cell.locator(".jp-Cell-outputArea"), folder / f"cell-{i:02d}-solution.png"
            )
    page.screenshot(path=str(folder / "page-end.png"))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lessons", nargs="*", metavar="NOTEBOOK", help="lesson file names")
    parser.add_argument("--out", type=Path, default=Path("screenshots"), help="output folder")
    args = parser.parse_args(argv)
    lessons = _lessons(args.lessons)
    problems: list[str] = []
    with (
        tempfile.TemporaryDirectory(prefix="lessonkit-shots-") as home,
        start_lab(Path(home)) as lab,
        chromium() as browser,
    ):
        for lesson in lessons:
            page = browser.new_page(viewport=VIEWPORT)
            try:
                open_notebook(page, lab, lesson)
                run_all(page)
                found = shoot(page, lesson, args.out)
            except Exception as exc:  # report and go on with the next lesson
                found = [f"{lesson}: could not run it ({type(exc).__name__}: {exc})"]
                page.screenshot(path=str(args.out / f"{lesson}-failure.png"))
            finally:
                page.close()
            n = len(list((args.out / lesson.removesuffix(".ipynb")).glob("*.png")))
            print(f"{lesson}: {n} screenshots, {len(found)} problem(s)")
            problems += found
    for problem in problems:
        print(f"screenshots: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
