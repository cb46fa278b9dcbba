"""What every claims chart shares: the :class:`Chart` it returns, the claim it reads, its labels.

matplotlib is imported only when a chart is drawn. The charts themselves are in
:mod:`lessonkit.charts` (a day's figures) and :mod:`lessonkit._charttimeline` (the timeline).
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ._chartstyle import format_day, format_number, qualifier_words
from .errors import LessonkitError
from .sides import SIDES

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

ARTICLE_DATE = dt.date(2022, 9, 10)
QUANTITIES = ("area", "distance", "count", "share", "duration")

_UNIT_LABELS = {
    "km2": "sq km",
    "sq km": "sq km",
    "km": "km",
    "settlements": "settlements",
    "towns": "towns",
    "people": "people",
    "troops": "troops",
    "percent": "%",
    "hours": "hours",
}


class ClaimLike(Protocol):
    """What the charts read from a claim (``lessonkit.claims.Claim`` fits)."""

    @property
    def date(self) -> dt.date: ...
    @property
    def claimant(self) -> str: ...
    @property
    def side(self) -> str: ...
    @property
    def figure(self) -> float | None: ...
    @property
    def qualifier(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def quantity(self) -> str: ...
    @property
    def scope_area(self) -> str: ...


@dataclass(frozen=True)
class Chart:
    """A drawn chart with the words and numbers a reader needs without seeing it.

    Parameters
    ----------
    ax
        The matplotlib Axes the chart was drawn on.
    alt_text
        A description of the chart: what is plotted, the range, the main finding.
    table
        The numbers behind the chart; the first row holds the column names.
    note
        A sentence shown under the picture that a reader needs to read it right (what a
        symbol means here), or ``""``.
    """

    ax: Axes
    alt_text: str
    table: tuple[tuple[str, ...], ...]
    note: str = ""

    @property
    def figure(self) -> Figure:
        """The Figure the chart sits on."""
        return self.ax.figure  # type: ignore[return-value]

    def table_text(self) -> str:
        """Return :attr:`table` as aligned plain text, one row a line."""
        if not self.table:
            return ""
        widths = [max(len(row[i]) for row in self.table) for i in range(len(self.table[0]))]
        lines = [
            "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
            for row in self.table
        ]
        lines.insert(1, "  ".join("-" * w for w in widths))
        return "\n".join(lines)

    def png(self, dpi: int = 100) -> bytes:
        """Return the chart's Figure as PNG bytes."""
        return figure_png(self.figure, dpi)

    def _repr_html_(self) -> str:
        """Show the picture with its alt text as a real ``alt`` and as a caption."""
        data = base64.b64encode(self.png()).decode("ascii")
        alt = html.escape(self.alt_text)
        note = (
            f'<p class="lessonkit-chart-note" style="font-size:15px;max-width:60em">'
            f"{html.escape(self.note)}</p>"
            if self.note
            else ""
        )
        return (
            f'<figure style="margin:0"><img src="data:image/png;base64,{data}" alt="{alt}" '
            f'style="max-width:100%">{note}<figcaption><b>Alt text:</b> {alt}</figcaption></figure>'
        )


def short_name(claimant: str) -> str:
    """Return a short label for a claimant: an acronym in brackets, else the part before a comma.

    Examples
    --------
    >>> short_name("Institute for the Study of War (ISW)")
    'ISW'
    >>> short_name("Volodymyr Zelenskiy, as reported in the Kyiv Independent's text")
    'Volodymyr Zelenskiy'
    >>> short_name("General Staff of the Armed Forces of Ukraine")
    'General Staff'
    """
    head = claimant.split(",")[0].strip()
    if head.endswith(")") and "(" in head:
        inner = head[head.rindex("(") + 1 : -1].strip()
        if inner and len(inner) <= 8:
            return inner
        head = head[: head.rindex("(")].strip()
    if len(head) > 24 and " of the " in head:
        head = head[: head.index(" of the ")]
    return head


def unit_label(unit: str) -> str:
    """Return how a unit is printed on a chart.

    Examples
    --------
    >>> unit_label("km2")
    'sq km'
    >>> unit_label("settlements")
    'settlements'
    """
    return _UNIT_LABELS.get(unit, unit)


def _figure_words(claim: ClaimLike) -> str:
    words = qualifier_words(claim.qualifier)
    figure = f"{format_number(claim.figure or 0.0)} {unit_label(claim.unit)}".strip()
    return f"{words} {figure}" if words else figure


def _check_quantity(quantity: str) -> None:
    if quantity not in QUANTITIES:
        raise LessonkitError(f"'quantity' must be one of {QUANTITIES} (got {quantity!r})")


def figure_png(figure: Figure, dpi: float = 100) -> bytes:
    """Render ``figure`` as PNG bytes in one pass: the layout, then the drawing.

    ``savefig`` draws a figure with a layout engine twice (once, unseen, to lay it out; once
    to paint it); an Agg canvas lays the figure out inside its one ``draw``, to the same
    pixels, so the lesson's charts are painted once each. A figure on any other canvas is
    saved with ``savefig``.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = figure.canvas
    if not isinstance(canvas, FigureCanvasAgg) or canvas.get_width_height() == (0, 0):
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=dpi)
        return buffer.getvalue()
    from PIL import Image

    kept, engine = figure.dpi, figure.get_layout_engine()
    # A figure that has not changed since it was last laid out (a chart marks itself so
    # once its labels are placed) is painted in the layout it has, as savefig would.
    settled = not figure.stale and dpi == kept and engine is not None
    figure.set_dpi(dpi)
    try:
        if settled:
            figure.set_layout_engine("none")
        canvas.draw()
        width, height = canvas.get_width_height(physical=True)
        image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        buffer = io.BytesIO()
        # an opaque chart needs no alpha channel; without it, zlib level 3 writes a file
        # smaller than matplotlib's own (RGBA, level 6) in half the time
        if image.getchannel("A").getextrema()[0] == 255:
            image = image.convert("RGB")
        image.save(buffer, format="PNG", compress_level=3)
    finally:
        figure.set_dpi(kept)
        if settled:
            figure.set_layout_engine(engine)
    return buffer.getvalue()


def _new_axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, layout="constrained")
    FigureCanvasAgg(figure)  # one renderer, kept, for measuring the labels
    return figure.add_subplot()


def _numeric(claims: Iterable[ClaimLike], quantity: str) -> list[ClaimLike]:
    """Keep the claims of ``quantity`` that carry a figure and a day (not just a month)."""
    return [
        c
        for c in claims
        if c.quantity == quantity
        and c.figure is not None
        and getattr(c, "date_precision", "day") == "day"
    ]


_HEADER = ("date", "claimant", "side", "figure", "scope")


def _claim_row(claim: ClaimLike) -> tuple[str, ...]:
    return (
        format_day(claim.date),
        claim.claimant,
        SIDES.get(claim.side, claim.side),
        _figure_words(claim),
        claim.scope_area,
    )
