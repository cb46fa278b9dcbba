"""Check a drawn chart as a reader sees it: no text on other text, nothing off the picture.

Every text artist that is drawn (titles, axis labels, tick labels, annotations, legend
entries, figure texts) is measured with the renderer's own window extents, in pixels.
"""

from __future__ import annotations

import itertools
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.transforms import Bbox

# Boxes may touch; a sliver this small (square pixels) is anti-aliasing, not an overlap.
_SLIVER = 1.0


def drawn_texts(figure: Figure) -> list[Text]:
    """Every visible, non-empty text the figure draws."""
    texts: list[Text] = list(figure.texts)
    legends = list(figure.legends)
    for ax in figure.axes:
        texts += [ax.title, ax._left_title, ax._right_title, ax.xaxis.label, ax.yaxis.label]
        for axis in (ax.xaxis, ax.yaxis):  # the ticks inside the view, as drawn
            texts += [t for tick in axis._update_ticks() for t in (tick.label1, tick.label2)]
        texts += list(ax.texts)
        if ax.get_legend() is not None:
            legends.append(ax.get_legend())
    for legend in legends:
        texts += [*legend.get_texts(), legend.get_title()]
    return [t for t in texts if t.get_visible() and t.get_text().strip()]


def render(figure: Figure) -> Any:
    """Draw the figure on an Agg canvas (as a PNG would be) and return its renderer."""
    if not isinstance(figure.canvas, FigureCanvasAgg):
        FigureCanvasAgg(figure)
    figure.canvas.draw()
    return figure.canvas.get_renderer()  # type: ignore[attr-defined]


def _area(a: Bbox, b: Bbox) -> float:
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.y1, b.y1) - max(a.y0, b.y0)
    return width * height if width > 0 and height > 0 else 0.0


def text_problems(figure: Figure) -> list[str]:
    """Say which texts overlap each other or leave the figure (an empty list when none)."""
    renderer = render(figure)
    frame = figure.bbox
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in drawn_texts(figure)]
    problems = [
        f"{text!r} leaves the figure ({box.bounds} outside {frame.bounds})"
        for text, box in boxes
        if box.x0 < frame.x0 - 0.5
        or box.y0 < frame.y0 - 0.5
        or box.x1 > frame.x1 + 0.5
        or box.y1 > frame.y1 + 0.5
    ]
    for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
        if _area(box_a, box_b) > _SLIVER:
            problems.append(f"{a!r} overlaps {b!r}")
    return problems


def marker_boxes(ax: Any, renderer: Any) -> list[tuple[tuple[float, float], Bbox]]:
    """The data point and the pixel box of every one-point marker on the Axes."""
    found = []
    for line in ax.get_lines():
        if not isinstance(line, Line2D) or len(line.get_xdata()) != 1:
            continue
        if line.get_marker() in ("None", "none", None, ""):
            continue
        point = (float(line.get_xdata()[0]), float(line.get_ydata()[0]))
        x, y = ax.transData.transform(point)
        half = (line.get_markersize() + line.get_markeredgewidth()) / 2 * renderer.dpi / 72
        found.append((point, Bbox.from_extents(x - half, y - half, x + half, y + half)))
    return found


def _distance(box: Bbox, other: Bbox) -> float:
    dx = max(other.x0 - box.x1, box.x0 - other.x1, 0.0)
    dy = max(other.y0 - box.y1, box.y0 - other.y1, 0.0)
    return float((dx * dx + dy * dy) ** 0.5)


def label_problems(ax: Any) -> list[str]:
    """Say which point labels cover a marker, or sit nearer another point's marker than their own.

    A point label is an annotation whose anchor (``xy``) is a marker's data point.
    """
    figure = ax.get_figure(root=True)
    renderer = render(figure)
    markers = marker_boxes(ax, renderer)
    problems = []
    for label in ax.texts:
        if not hasattr(label, "xyann") or not label.get_text().strip():
            continue
        own = [m for p, m in markers if p == tuple(label.xy)]
        if not own:
            continue
        box = label.get_window_extent(renderer)
        near = min(_distance(box, m) for m in own)
        for point, other in markers:
            if point == tuple(label.xy):
                continue
            if _area(box, other) > _SLIVER:
                problems.append(f"{label.get_text()!r} covers the marker at {point}")
            elif _distance(box, other) <= near + 2:
                problems.append(f"{label.get_text()!r} sits as near the marker at {point}")
    return problems
