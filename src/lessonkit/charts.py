"""Charts of the numbers in the claims: who claimed how much, when, and about what area.

matplotlib is imported only when a chart is drawn, so ``import lessonkit`` stays light.
Every chart returns a :class:`Chart`: the Axes, an alt text that says what the chart shows,
and the plain table of the numbers behind it.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ._chartstyle import (
    STYLE,
    format_day,
    format_number,
    is_floor,
    qualifier_mark,
    qualifier_words,
    side_style,
)
from .errors import LessonkitError
from .sides import SIDES

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.text import Annotation
    from matplotlib.transforms import Bbox

__all__ = [
    "ARTICLE_DATE",
    "Chart",
    "ClaimLike",
    "claims_timeline",
    "same_day",
    "scope_kind",
    "short_name",
    "unit_label",
]

ARTICLE_DATE = dt.date(2022, 9, 10)
QUANTITIES = ("area", "distance", "count", "share", "duration")

_UNIT_LABELS = {
    "km2": "km²",
    "sq km": "km²",
    "km": "km",
    "settlements": "settlements",
    "towns": "towns",
    "people": "people",
    "troops": "troops",
    "percent": "%",
    "hours": "hours",
}
_AXIS_LABELS = {
    "area": "area claimed (km²)",
    "distance": "distance claimed (km)",
    "count": "number claimed",
    "share": "share claimed (%)",
    "duration": "time (hours)",
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
    """

    ax: Axes
    alt_text: str
    table: tuple[tuple[str, ...], ...]

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
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", dpi=dpi)
        return buffer.getvalue()

    def _repr_html_(self) -> str:
        """Show the picture with its alt text as a real ``alt`` and as a caption."""
        data = base64.b64encode(self.png()).decode("ascii")
        alt = html.escape(self.alt_text)
        return (
            f'<figure style="margin:0"><img src="data:image/png;base64,{data}" alt="{alt}" '
            f'style="max-width:100%"><figcaption><b>Alt text:</b> {alt}</figcaption></figure>'
        )


def scope_kind(scope_area: str) -> str:
    """Sort a claim's scope: ``'kharkiv'``, ``'unstated'`` or ``'other'``.

    ``'kharkiv'`` means the figure covers the Kharkiv region alone; ``'unstated'`` that the
    claimant did not say; ``'other'`` a wider area (several fronts) or another region.

    Parameters
    ----------
    scope_area
        The area a claim covers, as written in the claims table.

    Returns
    -------
    str
        One of ``'kharkiv'``, ``'unstated'``, ``'other'``.

    Examples
    --------
    >>> scope_kind("Kharkiv oblast")
    'kharkiv'
    >>> scope_kind("all fronts (south and east)")
    'other'
    """
    words = scope_area.strip().lower()
    if not words or words in ("not stated", "unstated", "unknown", "n/a"):
        return "unstated"
    several = ("all ", " and ", "+", "total", "south", "fronts")
    if "kharkiv" in words and not any(w in words for w in several):
        return "kharkiv"
    return "other"


_SCOPE_LEGEND = {
    "kharkiv": "filled: Kharkiv region only",
    "other": "hollow: wider or other area",
    "unstated": "half-filled: area not stated",
}


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
    if len(head) > 28:
        head = head[:27].rstrip() + "…"
    return head


def unit_label(unit: str) -> str:
    """Return how a unit is printed on a chart.

    Examples
    --------
    >>> unit_label("km2")
    'km²'
    >>> unit_label("settlements")
    'settlements'
    """
    return _UNIT_LABELS.get(unit, unit)


def _value_label(claim: ClaimLike) -> str:
    return f"{qualifier_mark(claim.qualifier)}{format_number(claim.figure or 0.0)}"


def _figure_words(claim: ClaimLike) -> str:
    words = qualifier_words(claim.qualifier)
    figure = f"{format_number(claim.figure or 0.0)} {unit_label(claim.unit)}".strip()
    return f"{words} {figure}" if words else figure


def _scope_words(scope_area: str) -> str:
    """Say what area a figure covers, or that the claimant did not say."""
    return "area not stated" if scope_kind(scope_area) == "unstated" else scope_area


def _check_quantity(quantity: str) -> None:
    if quantity not in QUANTITIES:
        raise LessonkitError(f"'quantity' must be one of {QUANTITIES} (got {quantity!r})")


def _new_axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, layout="constrained")
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


def claims_timeline(
    claims: Sequence[ClaimLike],
    *,
    ax: Axes | None = None,
    article_date: dt.date = ARTICLE_DATE,
    quantity: str = "area",
) -> Chart:
    """Plot the claimed figures of one quantity over time, one line per claimant.

    Each side has its own colour, marker and line style, and each line is labelled with its
    claimant at its last point. Filled markers are claims about the Kharkiv region only,
    hollow ones a wider or another area, half-filled ones an area the claimant did not state.
    An arrow above a point means the figure is a floor ("more than", "at least"). A labelled
    vertical line marks the day of the article.

    Parameters
    ----------
    claims
        The claims to draw from (``lessonkit.claims.load_claims()``); claims of another
        quantity or without a figure are left out.
    ax
        Axes to draw on; a new Figure is made when omitted.
    article_date
        Where the article's vertical line goes.
    quantity
        Which kind of figure to plot: one of ``'area'``, ``'distance'``, ``'count'``,
        ``'share'``, ``'duration'``.

    Returns
    -------
    Chart
        The Axes, its alt text and the table of the plotted claims.

    Examples
    --------
    >>> claims_timeline([]).alt_text
    'Empty chart: no area claims with a figure to plot.'
    >>> claims_timeline([], quantity="speed")
    Traceback (most recent call last):
    ...
    lessonkit.errors.LessonkitError: 'quantity' must be one of ('area', 'distance', 'count', 'share', 'duration') (got 'speed')
    """
    _check_quantity(quantity)
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FixedLocator

    chosen = sorted(_numeric(claims, quantity), key=lambda c: (c.date, c.figure or 0.0))
    positions = _spread(chosen)
    main_unit = _main_unit(chosen)
    with plt.style.context(STYLE):
        ax = _new_axes(ax, (13, 7.5))
        labels: list[Annotation] = []
        series: dict[str, list[tuple[float, bool, ClaimLike]]] = {}
        for (x, left), claim in zip(positions, chosen, strict=True):
            series.setdefault(short_name(claim.claimant), []).append((x, left, claim))
        for name, points in series.items():
            side = points[0][2].side
            style = side_style(side)
            line_x, line_y = _daily_peaks(points)
            ax.plot(
                line_x,
                line_y,
                color=style.colour,
                linestyle=style.linestyle,
                linewidth=2,
                alpha=0.8,
                zorder=2,
            )
            for x, left, point in points:
                value = point.figure or 0.0
                kind = scope_kind(point.scope_area)
                ax.plot(
                    [x],
                    [value],
                    linestyle="none",
                    marker=style.marker,
                    markersize=12,
                    markeredgewidth=2.2,
                    color=style.colour,
                    markerfacecoloralt="white",
                    markerfacecolor="white" if kind == "other" else style.colour,
                    fillstyle="bottom" if kind == "unstated" else "full",
                    zorder=3,
                )
                text = _value_label(point)
                if point.unit != main_unit:
                    text += f" {unit_label(point.unit)}"
                if point is points[-1][2]:
                    text = f"{name} {text}" if left else f"{text} {name}"
                if getattr(point, "in_article", False):
                    text = f"{text} (in the article)"
                labels.append(
                    ax.annotate(
                        text,
                        (x, value),
                        xytext=(-11 if left else 11, -5),
                        textcoords="offset points",
                        ha="right" if left else "left",
                        fontsize=12,
                        fontweight="bold" if getattr(point, "in_article", False) else "normal",
                        color="#222222",
                        zorder=4,
                    )
                )
                if is_floor(point.qualifier):
                    ax.annotate(
                        "",
                        xy=(x, value),
                        xytext=(0, 28),
                        textcoords="offset points",
                        arrowprops={
                            "arrowstyle": "<|-",
                            "color": style.colour,
                            "lw": 2,
                            "shrinkA": 0,
                            "shrinkB": 8,
                        },
                    )
        article_x = float(article_date.toordinal())
        ax.axvline(article_x, color="#333333", linestyle=(0, (6, 3)), linewidth=2, zorder=1)
        ax.annotate(
            f"article published\n{format_day(article_date)}",
            xy=(article_x, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(-6, -4),
            textcoords="offset points",
            ha="right",
            va="top",
            fontsize=13,
            color="#333333",
        )
        ax.set_ylabel(_AXIS_LABELS[quantity])
        ax.set_xlabel("date of the claim (2022)")
        ax.set_title(f"Claimed {quantity} over time, by claimant")
        days = [c.date for c in chosen] + [article_date]
        first, last = min(days), max(days)
        ticks = [float(first.toordinal() + i) for i in range((last - first).days + 1)]
        ax.xaxis.set_major_locator(FixedLocator(ticks))
        ax.set_xticklabels([format_day(dt.date.fromordinal(int(t))) for t in ticks])
        ax.set_xlim(ticks[0] - 0.5, ticks[-1] + 1.9)
        ax.set_ylim(bottom=0, top=max([c.figure or 0.0 for c in chosen] + [1.0]) * 1.2)
        sides = list(dict.fromkeys(c.side for c in chosen))
        kinds = [k for k in _SCOPE_LEGEND if any(scope_kind(c.scope_area) == k for c in chosen)]
        handles = [
            *(
                Line2D(
                    [],
                    [],
                    color=side_style(side).colour,
                    linestyle=side_style(side).linestyle,
                    marker=side_style(side).marker,
                    markersize=11,
                    label=SIDES.get(side, side),
                )
                for side in sides
            ),
            *(
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    marker="o",
                    markersize=11,
                    markeredgewidth=2,
                    color="#444444",
                    markerfacecolor="white" if kind == "other" else "#444444",
                    markerfacecoloralt="white",
                    fillstyle="bottom" if kind == "unstated" else "full",
                    label=_SCOPE_LEGEND[kind],
                )
                for kind in kinds
            ),
            Line2D(
                [],
                [],
                linestyle="none",
                marker=r"$\uparrow$",
                markersize=13,
                color="#444444",
                label='arrow: "more than" / "at least"',
            ),
        ]
        ax.legend(
            handles=handles,
            loc="upper center",
            bbox_to_anchor=(0.5, -0.16),
            ncols=3,
            frameon=False,
        )
        _declutter(ax, labels)
    return Chart(
        ax,
        _timeline_alt(chosen, quantity, article_date, main_unit),
        (_HEADER, *(_claim_row(c) for c in chosen)),
    )


def _daily_peaks(
    points: Sequence[tuple[float, bool, ClaimLike]],
) -> tuple[list[float], list[float]]:
    """Return the line through a claimant's largest figure of each day.

    A claimant who gave several figures on one day gets one line through the day's largest,
    with the others shown as markers only, so the line does not zig-zag within a day.
    """
    peaks: dict[dt.date, tuple[float, float]] = {}
    for x, _, claim in points:
        value = claim.figure or 0.0
        if claim.date not in peaks or value > peaks[claim.date][1]:
            peaks[claim.date] = (x, value)
    ordered = [peaks[day] for day in sorted(peaks)]
    return [x for x, _ in ordered], [y for _, y in ordered]


def _declutter(ax: Axes, labels: Sequence[Annotation]) -> None:
    """Move overlapping point labels down, one at a time, until none overlap."""
    figure = ax.get_figure(root=True)
    if not labels or figure is None:
        return
    figure.draw_without_rendering()
    step = 72.0 / figure.dpi  # points per pixel
    placed: list[Bbox] = []
    for label in sorted(labels, key=lambda t: -t.get_window_extent().y0):
        for _ in range(6):
            box = label.get_window_extent()
            clash = next((b for b in placed if b.overlaps(box)), None)
            if clash is None:
                break
            dx, dy = label.xyann
            label.xyann = (dx, dy - (box.y1 - clash.y0 + 2) * step)
        placed.append(label.get_window_extent())


def _spread(claims: Sequence[ClaimLike]) -> list[tuple[float, bool]]:
    """Return each claim's x (a day ordinal) and whether its label goes on the left.

    Claims that share a date and a figure are nudged apart, and the first of them is
    labelled on its left, so neither markers nor labels sit on top of each other.
    """
    seen: dict[tuple[dt.date, float | None], int] = {}
    for claim in claims:
        seen[(claim.date, claim.figure)] = seen.get((claim.date, claim.figure), 0) + 1
    placed: dict[tuple[dt.date, float | None], int] = {}
    xs: list[tuple[float, bool]] = []
    for claim in claims:
        key = (claim.date, claim.figure)
        index = placed.get(key, 0)
        placed[key] = index + 1
        shift = 0.2 * (index - (seen[key] - 1) / 2)
        xs.append((claim.date.toordinal() + shift, seen[key] > 1 and index == 0))
    return xs


def _main_unit(claims: Sequence[ClaimLike]) -> str:
    units = [c.unit for c in claims]
    return max(sorted(set(units)), key=units.count) if units else ""


def _timeline_alt(
    chosen: Sequence[ClaimLike], quantity: str, article_date: dt.date, main_unit: str
) -> str:
    if not chosen:
        return f"Empty chart: no {quantity} claims with a figure to plot."
    names = list(dict.fromkeys(short_name(c.claimant) for c in chosen))
    low = min(chosen, key=lambda c: c.figure or 0.0)
    high = max(chosen, key=lambda c: c.figure or 0.0)
    unit = unit_label(main_unit)
    parts = [
        f"Line chart of {len(chosen)} {quantity} figures ({unit}) claimed by {len(names)} "
        f"sources ({', '.join(names)}) between {format_day(chosen[0].date)} and "
        f"{format_day(chosen[-1].date)} {chosen[-1].date.year}.",
        f"They range from {_figure_words(low)} ({short_name(low.claimant)}, "
        f"{format_day(low.date)}) to {_figure_words(high)} ({short_name(high.claimant)}, "
        f"{format_day(high.date)}).",
    ]
    counts = {k: sum(scope_kind(c.scope_area) == k for c in chosen) for k in _SCOPE_LEGEND}
    parts.append(
        f"{counts['kharkiv']} cover the Kharkiv region alone, {counts['other']} a wider or "
        f"another area, and {counts['unstated']} do not say which area they cover, so the "
        "figures are not all comparable."
    )
    for claim in (c for c in chosen if c.unit != main_unit):
        parts.append(
            f"{short_name(claim.claimant)} gave {format_number(claim.figure or 0.0)} in "
            f"{unit_label(claim.unit)}, not {unit}."
        )
    before = [c for c in chosen if c.date <= article_date]
    if before:
        top = max(before, key=lambda c: c.figure or 0.0)
        parts.append(
            f"A dashed line marks the article ({format_day(article_date)}); the largest figure "
            f"claimed by then was {_figure_words(top)} from {short_name(top.claimant)}."
        )
    quoted = [c for c in chosen if getattr(c, "in_article", False)]
    if quoted:
        parts.append(
            "The article quotes "
            + "; ".join(
                f"{short_name(c.claimant)}'s {_figure_words(c)} ({format_day(c.date)})"
                for c in quoted
            )
            + "."
        )
    return " ".join(parts)


def same_day(
    claims: Sequence[ClaimLike],
    day: dt.date,
    *,
    ax: Axes | None = None,
    quantity: str = "area",
) -> Chart:
    """Show what each source claimed on one day, as labelled horizontal bars.

    Bars carry the side's colour and hatch; each bar's label gives the figure, its unit and
    the area the figure covers. A floor ("more than", "at least") ends in an arrow.

    Parameters
    ----------
    claims
        The claims to draw from; only those of ``day`` and ``quantity`` with a figure are used.
    day
        The day to show.
    ax
        Axes to draw on; a new Figure is made when omitted.
    quantity
        Which kind of figure to compare (default ``'area'``).

    Returns
    -------
    Chart
        The Axes, its alt text and the table of the day's claims.

    Examples
    --------
    >>> same_day([], dt.date(2022, 9, 8)).alt_text
    'Empty chart: no area claims with a figure on 8 Sep 2022.'
    >>> same_day([], "2022-09-08")
    Traceback (most recent call last):
    ...
    TypeError: 'day' must be a datetime.date (got str)
    """
    if not isinstance(day, dt.date):
        raise TypeError(f"'day' must be a datetime.date (got {type(day).__name__})")
    _check_quantity(quantity)
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_rgba
    from matplotlib.patches import Patch

    chosen = sorted(
        (c for c in _numeric(claims, quantity) if c.date == day),
        key=lambda c: (c.figure or 0.0, c.claimant),
    )
    with plt.style.context(STYLE):
        ax = _new_axes(ax, (12, max(3.5, 1.2 * len(chosen) + 2.6)))
        top = max([c.figure or 0.0 for c in chosen] + [1.0])
        for row, claim in enumerate(chosen):
            style = side_style(claim.side)
            value = claim.figure or 0.0
            ax.barh(
                row,
                value,
                height=0.6,
                facecolor=to_rgba(style.colour, 0.25),
                hatch=style.hatch,
                edgecolor=style.colour,
                linewidth=2,
            )
            if is_floor(claim.qualifier):
                ax.annotate(
                    "",
                    xy=(value + top * 0.12, row),
                    xytext=(value, row),
                    arrowprops={
                        "arrowstyle": "-|>",
                        "color": style.colour,
                        "lw": 2.5,
                        "shrinkA": 0,
                        "shrinkB": 0,
                    },
                )
            ax.text(
                top * 0.01,
                row + 0.34,
                f"{_figure_words(claim)}, {_scope_words(claim.scope_area)}",
                va="bottom",
                fontsize=13,
            )
        ax.set_yticks(range(len(chosen)))
        ax.set_yticklabels([short_name(c.claimant) for c in chosen])
        ax.set_ylim(-0.6, len(chosen) - 0.2 if chosen else 0.5)
        ax.set_xlim(0, top * 1.3)
        ax.set_xlabel(_AXIS_LABELS[quantity])
        ax.set_title(f"Same day, different numbers: {format_day(day)} {day.year}")
        ax.grid(axis="y", visible=False)
        sides = list(dict.fromkeys(c.side for c in chosen))
        if sides:
            ax.legend(
                handles=[
                    Patch(
                        facecolor=to_rgba(side_style(s).colour, 0.25),
                        hatch=side_style(s).hatch,
                        edgecolor=side_style(s).colour,
                        label=SIDES.get(s, s),
                    )
                    for s in sides
                ],
                loc="upper center",
                bbox_to_anchor=(0.5, -0.2),
                ncols=3,
                frameon=False,
            )
    return Chart(
        ax, _same_day_alt(chosen, day, quantity), (_HEADER, *(_claim_row(c) for c in chosen))
    )


def _same_day_alt(chosen: Sequence[ClaimLike], day: dt.date, quantity: str) -> str:
    when = f"{format_day(day)} {day.year}"
    if not chosen:
        return f"Empty chart: no {quantity} claims with a figure on {when}."
    pieces = [
        f"{short_name(c.claimant)} ({SIDES.get(c.side, c.side)}): {_figure_words(c)}, "
        f"{_scope_words(c.scope_area)}"
        for c in chosen
    ]
    summary = f"Bar chart of {len(chosen)} {quantity} figures given on {when}. " + "; ".join(pieces)
    low, high = chosen[0], chosen[-1]
    if len(chosen) > 1 and (high.figure or 0.0) != (low.figure or 0.0):
        scopes = {c.scope_area for c in chosen}
        reason = (
            " They do not all cover the same area, which explains part of the gap."
            if len(scopes) > 1
            else " They cover the same area, so the gap is a real disagreement."
        )
        ratio = (high.figure or 0.0) / (low.figure or 1.0)
        summary += f". The largest is {ratio:.1f} times the smallest.{reason}"
    else:
        summary += "."
    return summary
