"""Tests for lessonkit.solution: a worked answer stays hidden until the student asks."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets
import pytest

from lessonkit import solution as solution_module
from lessonkit.solution import solution


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Collect what the cell displays instead of sending it to a front end."""
    displayed: list[Any] = []
    import IPython.display

    monkeypatch.setattr(IPython.display, "display", lambda obj: displayed.append(obj))
    return displayed


def _parts(box: widgets.VBox) -> tuple[widgets.Button, widgets.Output]:
    button = next(c for c in box.children if isinstance(c, widgets.Button))
    body = next(c for c in box.children if isinstance(c, widgets.Output))
    return button, body


def test_the_block_runs_but_its_answer_is_hidden_until_asked(shown: list[Any]) -> None:
    ran = []
    with solution():
        ran.append(True)
    assert ran == [True]
    [box] = shown
    button, body = _parts(box)
    assert "lessonkit-solution" in box._dom_classes
    assert body.layout.display == "none"
    assert button.description == "Show solution"
    button.click()
    assert body.layout.display is None
    assert button.description == "Hide solution"
    button.click()
    assert body.layout.display == "none"


def test_a_failing_solution_opens_and_raises(shown: list[Any]) -> None:
    with pytest.raises(ZeroDivisionError), solution("solution to exercise 2"):
        1 / 0  # noqa: B018
    button, body = _parts(shown[0])
    assert body.layout.display is None
    assert button.description == "Hide solution to exercise 2"


def test_open_figures_are_shown_inside_the_hidden_area(
    shown: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    flushed = []
    monkeypatch.setattr(plt, "show", lambda: flushed.append(plt.get_fignums()))
    with solution():
        plt.figure()
    plt.close("all")
    assert flushed == [[1]] or (len(flushed) == 1 and len(flushed[0]) == 1)
    assert solution_module.__all__ == ["solution"]


def test_what_the_block_prints_is_kept_in_order_behind_the_button(
    shown: list[Any], capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    with solution():
        print("700 sq mi")
        print("a warning", file=sys.stderr)
        print("772 sq mi")
        print("is the right figure")
    _, body = _parts(shown[0])
    assert [(o["name"], o["text"]) for o in body.outputs] == [
        ("stdout", "700 sq mi\n"),
        ("stderr", "a warning\n"),
        ("stdout", "772 sq mi\nis the right figure\n"),
    ]
    assert capsys.readouterr() == ("", "")  # nothing of it printed under the cell


def test_what_the_block_displays_is_kept_behind_the_button(shown: list[Any]) -> None:
    from IPython.core.display import HTML
    from IPython.core.display_functions import display  # not the fixture's stand-in
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    publisher = shell.display_pub
    with solution():
        print("the chart:")
        display(HTML("<b>772</b>"))
    _, body = _parts(shown[0])
    assert [o["output_type"] for o in body.outputs] == ["stream", "display_data"]
    assert body.outputs[1]["data"]["text/html"] == "<b>772</b>"
    assert shell.display_pub is publisher  # put back after the block


def test_a_failing_block_keeps_what_it_printed_before_the_error(shown: list[Any]) -> None:
    with pytest.raises(KeyError), solution():
        print("looking up the claim")
        {}["Izium"]
    _, body = _parts(shown[0])
    assert body.outputs == ({"output_type": "stream", "name": "stdout",
                             "text": "looking up the claim\n"},)  # fmt: skip


def test_the_hidden_area_is_filled_not_used_to_capture(shown: list[Any]) -> None:
    # A capturing Output widget (``with body:``) makes a notebook runner such as Voilà answer
    # over the kernel's shell socket mid-cell, and the cell's reply can go unseen there.
    set_to: list[str] = []
    original = widgets.Output.__init__

    def watched(self: widgets.Output, **kwargs: Any) -> None:
        original(self, **kwargs)
        self.observe(lambda change: set_to.append(change["new"]), names="msg_id")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(widgets.Output, "__init__", watched)
        with solution():
            print("772")
    assert set_to == []
    _, body = _parts(shown[0])
    assert body.outputs[0]["text"] == "772\n"
