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
