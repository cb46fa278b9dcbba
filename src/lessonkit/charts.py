"""Charts of the numbers in the claims: who claimed how much, when, and about what area.

matplotlib is imported only when a chart is drawn, so ``import lessonkit`` stays light.
Every chart returns a :class:`Chart`: the Axes, an alt text that says what the chart shows,
and the plain table of the numbers behind it.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._chartbase import (
    _HEADER,
    ARTICLE_DATE,
    Chart,
    ClaimLike,
    _check_quantity,
    _claim_row,
    _figure_words,
    _new_axes,
    _numeric,
    short_name,
    unit_label,
)
from ._chartbase import QUANTITIES as QUANTITIES
from ._chartbase import figure_png as figure_png
from ._chartstyle import STYLE, format_day, format_number, is_floor, side_style
from ._charttimeline import claims_timeline
from ._scope import focus_area, scope_kind
from .sides import SIDES

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = [
    "ARTICLE_DATE",
    "Chart",
    "ClaimLike",
    "claims_timeline",
    "focus_area",
    "same_day",
    "scope_kind",
    "short_name",
    "unit_label",
]


_AXIS_LABELS = {
    "area": "area claimed (sq km)",
    "distance": "distance claimed (km)",
    "count": "number claimed",
    "share": "share claimed (%)",
    "duration": "time (hours)",
}


def _scope_words(scope_area: str) -> str:
    """Say what area a figure covers, or that the claimant did not say."""
    return "area not stated" if scope_kind(scope_area, "") == "unstated" else scope_area


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
    import matplotlib.style as mplstyle
    from matplotlib.colors import to_rgba
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import FuncFormatter

    chosen = sorted(
        (c for c in _numeric(claims, quantity) if c.date == day),
        key=lambda c: (c.figure or 0.0, c.claimant),
    )
    with mplstyle.context(STYLE):
        words = [
            textwrap.fill(f"{_figure_words(c)}, {_scope_words(c.scope_area)}", 64) for c in chosen
        ]
        lines = max((w.count("\n") + 1 for w in words), default=1)
        ax = _new_axes(ax, (10.5, max(3.5, (0.85 + 0.25 * lines) * len(chosen) + 2.4)))
        top = max([c.figure or 0.0 for c in chosen] + [1.0])
        for row, claim in enumerate(chosen):
            style = side_style(claim.side)
            value = claim.figure or 0.0
            ax.barh(
                row,
                value,
                height=0.5,
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
                row + 0.3,
                words[row],
                va="bottom",
                fontsize=13,
                linespacing=1.1,
            )
        ax.set_yticks(range(len(chosen)))
        ax.set_yticklabels([short_name(c.claimant) for c in chosen])
        ax.set_ylim(-0.6, len(chosen) - 0.2 if chosen else 0.5)
        ax.set_xlim(0, top * 1.3)
        ax.set_xlabel(_AXIS_LABELS[quantity])
        ax.set_title(f"Same day, different numbers: {format_day(day)} {day.year}")
        ax.grid(axis="y", visible=False)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: format_number(v)))
        sides = list(dict.fromkeys(c.side for c in chosen))
        handles: list[Any] = [
            Patch(
                facecolor=to_rgba(side_style(s).colour, 0.25),
                hatch=side_style(s).hatch,
                edgecolor=side_style(s).colour,
                label=SIDES.get(s, s),
            )
            for s in sides
        ]
        if any(is_floor(c.qualifier) for c in chosen):
            handles.append(
                Line2D(
                    [],
                    [],
                    color="#444444",
                    marker=">",
                    markevery=[1],
                    linewidth=2.5,
                    label="arrow: a floor (more than, at least); the truth may be higher",
                )
            )
        figure = ax.get_figure(root=True)
        if handles and figure is not None:
            figure.legend(handles=handles, loc="outside lower center", ncols=1, frameon=False)
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
