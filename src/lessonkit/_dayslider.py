"""The map's day slider: a native ``<input type="range">`` that a screen reader can name.

ipywidgets' ``SelectionSlider`` draws its handle with noUiSlider, whose ``role="slider"``
element carries no accessible name. This widget (an ``anywidget``, its script inline, nothing
fetched) draws a browser range input instead: a visible ``<label for>``, the arrow keys (and
Home, End, Page Up, Page Down) step through the days, ``aria-valuetext`` speaks the day in
full ("10 September 2022") and a readout beside the track shows it ("10 Sep 2022").

The kernel and the page share one number, ``index`` (the position of the day shown); the
kernel turns it into ``value``, the day itself, so ``slider.value = day`` moves the handle
and ``slider.observe(fn, names="value")`` hears every move.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import anywidget
import traitlets

from ._chartstyle import format_day

__all__ = ["DaySlider"]

_ESM = r"""
let made = 0;
function render({ model, el }) {
  made += 1;
  const id = `lessonkit-day-${made}-${Math.random().toString(36).slice(2, 8)}`;
  const box = document.createElement("div");
  box.className = "lessonkit-day-slider";
  const label = document.createElement("label");
  label.className = "lessonkit-day-label";
  label.htmlFor = id;
  const input = document.createElement("input");
  input.type = "range";
  input.id = id;
  input.className = "lessonkit-day-input";
  input.min = "0";
  input.step = "1";
  // JupyterLab's notebook shortcuts match any focused element that is not a text box, and
  // would take the arrow keys; this attribute makes them skip keys pressed on the slider.
  input.setAttribute("data-lm-suppress-shortcuts", "true");
  const readout = document.createElement("span");
  readout.className = "lessonkit-day-readout";
  readout.setAttribute("aria-hidden", "true");  // the input's aria-valuetext says it already
  box.append(label, input, readout);
  el.append(box);

  const show = (index) => {
    const labels = model.get("labels"), spoken = model.get("spoken");
    input.max = String(Math.max(labels.length - 1, 0));
    input.value = String(index);
    readout.textContent = labels[index] ?? "";
    input.setAttribute("aria-valuetext", spoken[index] ?? labels[index] ?? "");
  };
  const redraw = () => {
    label.textContent = model.get("description");
    show(model.get("index"));
  };
  // While dragging, only the readout follows; the kernel hears the day the handle stops at
  // (a key press is a stop of its own), so the map is not redrawn for every day passed over.
  input.addEventListener("input", () => show(Number(input.value)));
  input.addEventListener("change", () => {
    model.set("index", Number(input.value));
    model.save_changes();
  });
  const moved = () => show(model.get("index"));
  model.on("change:index", moved);
  model.on("change:labels", redraw);
  model.on("change:description", redraw);
  redraw();
  return () => {
    model.off("change:index", moved);
    model.off("change:labels", redraw);
    model.off("change:description", redraw);
  };
}
export default { render };
"""

# Projector-sized, with a focus ring that shows in the light and dark themes. Colours are
# the Okabe-Ito blue on the track and thumb; the text keeps the theme's own colour.
_CSS = """
.lessonkit-day-slider {
  display: flex; align-items: center; gap: 16px; flex-wrap: wrap;
  font-size: 18px; line-height: 1.5; margin: 6px 0 10px;
  color: var(--jp-content-font-color0, #111);
}
.lessonkit-day-label { font-weight: 600; }
.lessonkit-day-input {
  flex: 1 1 24rem; max-width: 44rem; min-width: 12rem; height: 36px; margin: 0;
  accent-color: #0072B2; cursor: pointer;
}
.lessonkit-day-input:focus-visible {
  outline: 3px solid #0072B2; outline-offset: 4px; border-radius: 4px;
}
.lessonkit-day-readout {
  min-width: 8.5em; font-weight: 700; font-variant-numeric: tabular-nums;
}
"""


class DaySlider(anywidget.AnyWidget):
    """A labelled slider over a list of days.

    Parameters
    ----------
    days
        The stops, in the order shown (at least one).
    description
        The visible label (``'Date'``).

    Examples
    --------
    >>> slider = DaySlider([dt.date(2022, 9, 9), dt.date(2022, 9, 10)])
    >>> slider.value = dt.date(2022, 9, 10)
    >>> slider.index, slider.spoken[1]
    (1, '10 September 2022')
    >>> slider.value = dt.date(2022, 9, 11)
    Traceback (most recent call last):
    ...
    traitlets.traitlets.TraitError: 'value' must be one of the slider's days (got datetime.date(2022, 9, 11))
    """

    _esm = traitlets.Unicode(_ESM).tag(sync=True)
    _css = traitlets.Unicode(_CSS).tag(sync=True)
    index = traitlets.Int(0).tag(sync=True)
    labels = traitlets.List(traitlets.Unicode()).tag(sync=True)
    spoken = traitlets.List(traitlets.Unicode()).tag(sync=True)
    description = traitlets.Unicode("Date").tag(sync=True)
    value = traitlets.Any()

    def __init__(self, days: Sequence[dt.date], *, description: str = "Date", **kwargs: Any):
        days = list(days)
        if not days:
            raise traitlets.TraitError(f"'days' must hold at least one date (got {days!r})")
        repeated = sorted({d for d in days if days.count(d) > 1})
        if repeated:
            raise traitlets.TraitError(
                f"'days' must not repeat a day (got {repeated[0].isoformat()} more than once): "
                "pass each day once"
            )
        self._days = days
        super().__init__(
            labels=[f"{format_day(d)} {d.year}" for d in days],
            spoken=[f"{d.day} {d:%B %Y}" for d in days],
            description=description,
            value=days[0],
            index=0,
            **kwargs,
        )
        self.add_class("lessonkit-day-widget")

    @property
    def options(self) -> tuple[tuple[str, dt.date], ...]:
        """The stops as ``(readout, day)`` pairs, as ``SelectionSlider.options`` gives them."""
        return tuple(zip(self.labels, self._days, strict=True))

    @traitlets.validate("index")
    def _check_index(self, proposal: Any) -> int:
        index = int(proposal["value"])
        if not 0 <= index < len(self._days):
            raise traitlets.TraitError(
                f"'index' must be from 0 to {len(self._days) - 1} (got {index})"
            )
        return index

    @traitlets.validate("value")
    def _check_value(self, proposal: Any) -> dt.date:
        day = proposal["value"]
        if day not in self._days:
            raise traitlets.TraitError(f"'value' must be one of the slider's days (got {day!r})")
        return day  # type: ignore[no-any-return]

    @traitlets.observe("index")
    def _index_moved(self, change: Any) -> None:
        self.value = self._days[change["new"]]

    @traitlets.observe("value")
    def _value_set(self, change: Any) -> None:
        self.index = self._days.index(change["new"])
