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

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
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


class _Recorder:
    """What a block prints and displays, in order, as an Output widget's outputs."""

    def __init__(self) -> None:
        self.outputs: list[dict[str, Any]] = []

    def stream(self, name: str, text: str) -> None:
        last = self.outputs[-1] if self.outputs else None
        if last is not None and last["output_type"] == "stream" and last["name"] == name:
            last["text"] += text
        elif text:
            self.outputs.append({"output_type": "stream", "name": name, "text": text})

    def display(self, data: dict[str, Any], metadata: dict[str, Any] | None) -> None:
        self.outputs.append(
            {"output_type": "display_data", "data": data, "metadata": metadata or {}}
        )


class _Stream(io.TextIOBase):
    """``sys.stdout`` or ``sys.stderr`` inside a solution: written into the recorder."""

    def __init__(self, recorder: _Recorder, name: str) -> None:
        super().__init__()
        self._recorder, self._name = recorder, name

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._recorder.stream(self._name, text)
        return len(text)


@contextmanager
def _recording(recorder: _Recorder) -> Iterator[None]:
    """Send what is printed and displayed (figures included) to ``recorder``.

    IPython's ``capture_output`` keeps what is printed apart from what is displayed, so a
    solution that prints, draws and prints again would lose its order: one recorder takes both.
    """
    from IPython import get_ipython
    from IPython.core.displaypub import DisplayPublisher

    class Publisher(DisplayPublisher):
        def publish(
            self,
            data: dict[str, Any],
            metadata: dict[str, Any] | None = None,
            *_: Any,
            **__: Any,
        ) -> None:
            recorder.display(data, metadata)

        def clear_output(self, wait: bool = False) -> None:
            recorder.outputs.clear()

    shell = get_ipython()
    saved = shell.display_pub if shell is not None else None
    if shell is not None:
        shell.display_pub = Publisher(shell=shell)
    try:
        with (
            redirect_stdout(_Stream(recorder, "stdout")),
            redirect_stderr(_Stream(recorder, "stderr")),
        ):
            yield
            pyplot = sys.modules.get("matplotlib.pyplot")
            if pyplot is not None and pyplot.get_fignums():
                pyplot.show()  # open figures go inside the hidden area, not after the cell
    finally:
        if shell is not None:
            shell.display_pub = saved


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
    # Recorded and handed to the widget afterwards, not captured with ``with body:``: a
    # notebook runner standing in for the browser (Voilà, nbclient) answers a capturing
    # Output widget over the kernel's shell socket while it waits for the cell's reply on
    # that socket, and the reply can then go unseen until the runner's timeout.
    recorder = _Recorder()
    failure: BaseException | None = None
    with _recording(recorder):
        try:
            yield
        except BaseException as exc:  # shown open, then raised again below
            failure = exc
    body.outputs = tuple(recorder.outputs)
    if failure is not None:
        toggle(None)
        raise failure
