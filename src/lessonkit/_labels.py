"""Placing point labels where they hide nothing: beside their own marker, clear of the rest.

matplotlib is imported only when labels are placed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.text import Annotation
    from matplotlib.transforms import Bbox

__all__ = ["LABEL_SPOTS", "PLAIN_BOX", "QUOTED_BOX", "lay_out", "place_labels"]

QUOTED_BOX = {"boxstyle": "square,pad=0.15", "facecolor": "white", "edgecolor": "#222222"}
PLAIN_BOX = {
    "boxstyle": "square,pad=0.1",
    "facecolor": "white",
    "edgecolor": "none",
    "alpha": 0.85,
}
Spot = tuple[float, float, Literal["left", "center", "right"], Literal["bottom", "center", "top"]]

# Where a figure's label may go, in order of preference: (dx, dy) in points, ha, va.
LABEL_SPOTS: tuple[Spot, ...] = (
    (8, 0, "left", "center"),
    (-8, 0, "right", "center"),
    (0, 8, "center", "bottom"),
    (0, -8, "center", "top"),
)


def lay_out(figure: Figure) -> None:
    """Run the figure's layout engine, so that its Axes sit where they will be painted.

    Labels are placed in pixels, so the Axes must have their final place first. Running the
    layout alone gives that place without drawing every artist, as a full (unseen) draw
    would; a figure with no layout engine is left as it is.
    """
    engine = figure.get_layout_engine()
    if engine is not None:
        engine.execute(figure)


def place_labels(ax: Axes, labels: Sequence[Annotation]) -> None:
    """Move each figure label to the first spot where it overlaps no other label or marker.

    Labels are placed left to right; each tries the spots of :data:`LABEL_SPOTS` (right
    of its marker, then left, above, below) and keeps the first free one, or the least
    crowded one when none is free, inside the Axes.
    """
    from matplotlib.transforms import Bbox

    figure = ax.get_figure(root=True)
    if not labels or figure is None:
        return
    lay_out(figure)
    # a marker's half-width, plus a gap so that a label never sits closer to another
    # figure's marker than to its own
    radius = 6.5 * figure.dpi / 72 + 6
    markers = [
        Bbox.from_extents(x - radius, y - radius, x + radius, y + radius)
        for x, y in (ax.transData.transform(label.xy) for label in labels)
    ]
    frame = ax.get_window_extent()
    taken = [*markers, *(t.get_window_extent() for t in ax.texts if t not in labels)]
    for label in sorted(labels, key=lambda t: (t.xy[0], t.xy[1])):
        best = (math.inf, LABEL_SPOTS[0])
        for spot in LABEL_SPOTS:
            label.xyann = spot[:2]
            label.set_horizontalalignment(spot[2])
            label.set_verticalalignment(spot[3])
            box = label.get_window_extent()
            own = ax.transData.transform(label.xy)
            crowd = sum(
                _overlap(box, other)
                for other in taken
                if not (other in markers and other.contains(*own))
            )
            if box.x0 < frame.x0 or box.x1 > frame.x1 or box.y0 < frame.y0 or box.y1 > frame.y1:
                crowd += 1e6
            if crowd < best[0]:
                best = (crowd, spot)
            if crowd == 0:
                break
        label.xyann = best[1][:2]
        label.set_horizontalalignment(best[1][2])
        label.set_verticalalignment(best[1][3])
        taken.append(label.get_window_extent())
    if not any(label.get_in_layout() for label in labels):
        figure.stale = False  # moving labels the layout leaves out keeps the layout found


def _overlap(a: Bbox, b: Bbox) -> float:
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.y1, b.y1) - max(a.y0, b.y0)
    return width * height if width > 0 and height > 0 else 0.0
