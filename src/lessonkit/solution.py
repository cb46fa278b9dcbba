"""Worked solutions that stay hidden until a student asks for them.

In a lesson, an exercise's solution cell (tagged ``solution``) reads::

    with solution():
        kuzan = find_source("Kuzan")
        print(kuzan.name, "—", kuzan.role)

Running the cell (or "Run All") runs the code, so the notebook is checked top to bottom, but
everything it prints or displays, figures included, is kept behind a "Show solution" button.
The button is an ordinary ``<button>``: Tab reaches it, Space or Enter opens it, and it then
reads "Hide solution". The student copies (``lessonkit student-version``) drop these cells.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["solution"]

_STYLE = """<style>
.lessonkit-solution .lessonkit-solution-button { font-size: 16px; height: auto;
  padding: 6px 14px; width: auto; }
.lessonkit-solution .lessonkit-solution-button:focus-visible { outline: 3px solid #0072B2;
  outline-offset: 2px; }
.lessonkit-solution .lessonkit-solution-body { border-left: 4px solid #0072B2;
  padding-left: 12px; margin-top: 6px; }
.lessonkit-solution .lessonkit-solution-body pre { word-break: normal; overflow-wrap: normal;
  white-space: pre-wrap; font-size: 15px; }
</style>"""


def _flush_figures(output: Any) -> None:
    """Show open matplotlib figures inside ``output`` rather than after the cell."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None and pyplot.get_fignums():
        with output:
            pyplot.show()


@contextmanager
def solution(title: str = "solution") -> Iterator[None]:
    """Run a block, keeping what it shows behind a "Show solution" button.

    Parameters
    ----------
    title
        What the button reveals, as in "Show *solution*" (e.g. ``"solution to exercise 2"``).

    Raises
    ------
    Exception
        Whatever the block raises, after opening the solution so the error can be read.
    """
    import ipywidgets as widgets
    from IPython.display import display

    button = widgets.Button(
        description=f"Show {title}",
        tooltip=f"Show the worked {title}",
        icon="eye",
        layout=widgets.Layout(width="auto", align_self="flex-start"),
    )
    button.add_class("lessonkit-solution-button")
    body = widgets.Output(layout=widgets.Layout(display="none"))
    body.add_class("lessonkit-solution-body")
    box = widgets.VBox([widgets.HTML(_STYLE), button, body])
    box.add_class("lessonkit-solution")

    def toggle(_: object) -> None:
        opening = body.layout.display == "none"
        body.layout.display = None if opening else "none"
        button.description = f"{'Hide' if opening else 'Show'} {title}"
        button.icon = "eye-slash" if opening else "eye"

    button.on_click(toggle)
    display(box)
    failure: BaseException | None = None
    with body:
        try:
            yield
        except BaseException as exc:  # shown open, then raised again below
            failure = exc
    _flush_figures(body)
    if failure is not None:
        toggle(None)
        raise failure
