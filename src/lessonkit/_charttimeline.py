"""The claims timeline: every figure claimed for one quantity, by claimant and day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
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
from ._chartstyle import (
    SIGN_MARKERS,
    SIGN_WORDS,
    STYLE,
    SideStyle,
    format_day,
    format_number,
    qualifier_mark,
    side_style,
)
from ._labels import LABEL_SPOTS, PLAIN_BOX, QUOTED_BOX, place_labels
from ._scope import focus_area, scope_kind
from .errors import LessonkitError
from .sides import SIDES

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.text import Annotation

_SCOPE_LEGEND = {
    "focus": "filled: {focus} region only",
    "other": "hollow: wider or other area",
    "unstated": "half-filled: area not stated",
}


def _value_label(claim: ClaimLike) -> str:
    return f"{qualifier_mark(claim.qualifier)}{format_number(claim.figure or 0.0)}"


def claims_timeline(
    claims: Sequence[ClaimLike],
    *,
    ax: Axes | None = None,
    article_date: dt.date = ARTICLE_DATE,
    quantity: str = "area",
    focus: str | None = None,
) -> Chart:
    """Draw the claimed figures of one quantity over time: one row per claimant, by side.

    Claimants sit in rows grouped under their side's heading, each named at the left; each
    figure is a marker on its date with the figure written beside it, so every number says
    whose it is. Sides differ by marker shape and line style as well as colour. Filled
    markers are claims about the focus area only (the Kharkiv region, for the lesson's
    claims), hollow ones a wider or another area, half-filled ones an area the claimant did
    not state. ">" and "≥" before a figure mark a
    floor ("more than", "at least"), "≈" an estimate. The figure the article quotes is
    written in bold in a box. A labelled vertical line marks the day of the article. Several
    figures from one claimant on one day are stacked, largest on top.

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
    focus
        The area whose figures are drawn filled, as the claims' ``scope_area`` names it
        (``'Kharkiv'``); by default the area most of the given claims cover, of any
        quantity (:func:`focus_area`).

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
    import matplotlib.style as mplstyle
    from matplotlib.ticker import FixedLocator

    chosen = sorted(_numeric(claims, quantity), key=lambda c: (c.date, -(c.figure or 0.0)))
    if focus is None:
        focus = focus_area(claims)  # over the whole table, not one quantity's few figures
    elif not isinstance(focus, str):
        raise LessonkitError(
            f"'focus' must be an area's name (got {focus!r}): pass focus='Kharkiv' or leave it out"
        )
    main_unit = _main_unit(chosen)
    rows = _timeline_rows(chosen)
    lanes = rows[-1].bottom + 1 if rows else 1
    days = [c.date for c in chosen] + [article_date]
    first, last = min(days), max(days)
    left = float(first.toordinal()) - 0.45
    with mplstyle.context(STYLE):
        ax = _new_axes(
            ax, (_timeline_width(chosen, rows, main_unit, first, last), 2.6 + 0.4 * (lanes + 1))
        )
        labels: list[Annotation] = []
        shaded = False
        for row in rows:
            if row.claims:
                labels += _draw_row(ax, row, main_unit, focus)
                if shaded:  # every other claimant's row on a light band: whose row is whose
                    ax.axhspan(row.top - 0.5, row.bottom + 0.5, color="#F0F0F0", zorder=0)
                shaded = not shaded
            else:
                shaded = False
                ax.text(
                    left,
                    row.centre,
                    f" {row.label[:1].upper()}{row.label[1:]}",
                    ha="left",
                    va="center",
                    fontsize=14,
                    fontweight="bold",
                    color="#333333",
                    bbox=PLAIN_BOX,
                    zorder=4,
                )
        article_x = float(article_date.toordinal())
        ax.axvline(article_x, color="#333333", linestyle=(0, (6, 3)), linewidth=2, zorder=1)
        ax.text(
            article_x,
            -1.0,
            f"article published {format_day(article_date)}",
            ha="center",
            va="center",
            fontsize=13,
            color="#333333",
            bbox=PLAIN_BOX,
            zorder=4,
        )
        ax.set_ylim(lanes - 0.4, -1.6)
        named = [row for row in rows if row.claims]
        ax.yaxis.set_major_locator(FixedLocator([row.centre for row in named]))
        ax.set_yticklabels([row.label for row in named])
        ax.tick_params(axis="y", length=0)
        ax.grid(axis="y", visible=False)
        ax.spines["left"].set_visible(False)
        ax.set_xlabel("date of the claim (2022)")
        ax.set_title(
            f"Claimed {quantity} ({unit_label(main_unit) or 'no figures'}), by claimant and date",
            loc="left",
        )
        xticks = [float(first.toordinal() + i) for i in range((last - first).days + 1)]
        ax.xaxis.set_major_locator(FixedLocator(xticks))
        ax.set_xticklabels([format_day(dt.date.fromordinal(int(t))) for t in xticks])
        ax.set_xlim(left, xticks[-1] + 0.95)
        _timeline_legend(ax, chosen, focus)
        place_labels(ax, labels)
    return Chart(
        ax,
        _timeline_alt(chosen, quantity, article_date, main_unit, focus),
        (_HEADER, *(_claim_row(c) for c in chosen)),
    )


def _timeline_width(
    chosen: Sequence[ClaimLike], rows: Sequence[_Row], main_unit: str, first: dt.date, last: dt.date
) -> float:
    """Return a figure width (inches) that leaves each day room for its widest figure label.

    A character of the 12.5 pt labels is about 0.6 em wide; a day needs the label, its gap
    from the marker and a clear gap before the next day's marker.
    """
    label = max((len(_point_text(c, main_unit)) for c in chosen), default=6)
    name = max((len(r.label) for r in rows if r.claims), default=10)
    per_day = (label * 0.6 * 12.5 + 8 + 14) / 72
    names = name * 0.55 * 14 / 72 + 0.3
    return max(10.5, names + ((last - first).days + 1.4) * per_day)


@dataclass(frozen=True)
class _Row:
    """One row of the timeline: a side's heading (no claims) or one claimant's figures."""

    label: str
    side: str
    top: int
    bottom: int
    claims: tuple[ClaimLike, ...] = ()

    @property
    def centre(self) -> float:
        return (self.top + self.bottom) / 2


def _timeline_rows(chosen: Sequence[ClaimLike]) -> list[_Row]:
    """Lay the claimants out in rows, grouped by side in the order of :data:`SIDES`.

    A claimant's row is as many lanes tall as the most figures it gave on one day.
    """
    by_name: dict[str, list[ClaimLike]] = {}
    for claim in chosen:
        by_name.setdefault(short_name(claim.claimant), []).append(claim)
    order = list(SIDES)
    sides = sorted(
        {c.side for c in chosen}, key=lambda s: order.index(s) if s in order else len(order)
    )
    rows: list[_Row] = []
    lane = 0
    for side in sides:
        rows.append(_Row(SIDES.get(side, side), side, lane, lane))
        lane += 1
        names = sorted(
            (n for n, cs in by_name.items() if cs[0].side == side),
            key=lambda n: (by_name[n][0].date, n),
        )
        for name in names:
            per_day: dict[dt.date, int] = {}
            for claim in by_name[name]:
                per_day[claim.date] = per_day.get(claim.date, 0) + 1
            height = max(per_day.values())
            rows.append(_Row(name, side, lane, lane + height - 1, tuple(by_name[name])))
            lane += height
    return rows


def _draw_row(ax: Axes, row: _Row, main_unit: str, focus: str) -> list[Annotation]:
    """Draw one claimant's line, markers and figure labels; return the labels."""
    style = side_style(row.side)
    xs = [float(c.date.toordinal()) for c in row.claims]
    if len(set(xs)) > 1:
        ax.plot(
            [min(xs), max(xs)],
            [row.centre, row.centre],
            color=style.colour,
            linestyle=style.linestyle,
            linewidth=2,
            alpha=0.7,
            zorder=2,
        )
    per_day: dict[dt.date, list[ClaimLike]] = {}
    for claim in row.claims:
        per_day.setdefault(claim.date, []).append(claim)
    labels = []
    for day, figures in per_day.items():
        figures.sort(key=lambda c: -(c.figure or 0.0))
        for i, claim in enumerate(figures):
            y = row.centre + i - (len(figures) - 1) / 2
            x = float(day.toordinal())
            labels.append(_draw_point(ax, x, y, claim, style, main_unit, focus))
    return labels


def _draw_point(
    ax: Axes, x: float, y: float, claim: ClaimLike, style: SideStyle, main_unit: str, focus: str
) -> Annotation:
    kind = scope_kind(claim.scope_area, focus)
    ax.plot(
        [x],
        [y],
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
    quoted = bool(getattr(claim, "in_article", False))
    label = ax.annotate(
        _point_text(claim, main_unit),
        (x, y),
        xytext=LABEL_SPOTS[0][:2],
        textcoords="offset points",
        ha=LABEL_SPOTS[0][2],
        va=LABEL_SPOTS[0][3],
        fontsize=12.5,
        fontweight="bold" if quoted else "normal",
        color="#222222",
        bbox=QUOTED_BOX if quoted else PLAIN_BOX,
        zorder=5,
    )
    label.set_in_layout(False)
    return label


def _point_text(claim: ClaimLike, main_unit: str) -> str:
    """The label beside a marker: sign and figure, and the unit when it is not the chart's."""
    text = _value_label(claim)
    return f"{text} {unit_label(claim.unit)}" if claim.unit != main_unit else text


def _timeline_legend(ax: Axes, chosen: Sequence[ClaimLike], focus: str) -> None:
    """Explain sides (shape and line), scope (fill), the signs and the boxed figure."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Rectangle

    sides = list(dict.fromkeys(row.side for row in _timeline_rows(chosen)))
    kinds = [k for k in _SCOPE_LEGEND if any(scope_kind(c.scope_area, focus) == k for c in chosen)]
    handles: list[Any] = [
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
    ]
    handles += [
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
            label=_SCOPE_LEGEND[kind].format(focus=focus),
        )
        for kind in kinds
    ]
    if any(getattr(c, "in_article", False) for c in chosen):
        handles.append(
            Rectangle(
                (0, 0), 1, 1, facecolor="white", edgecolor="#222222", label="boxed: in the article"
            )
        )
    for sign in ("≈", ">", "≥", "≤", "<"):
        if any(qualifier_mark(c.qualifier) == sign for c in chosen):
            handles.append(
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    marker=SIGN_MARKERS[sign],
                    markersize=11,
                    color="#222222",
                    label=SIGN_WORDS[sign],
                )
            )
    figure = ax.get_figure(root=True)
    if handles and figure is not None:
        figure.legend(
            handles=handles,
            loc="outside lower center",
            ncols=2,
            frameon=False,
            handlelength=3,
            columnspacing=1.5,
        )


def _main_unit(claims: Sequence[ClaimLike]) -> str:
    units = [c.unit for c in claims]
    return max(sorted(set(units)), key=units.count) if units else ""


def _timeline_alt(
    chosen: Sequence[ClaimLike], quantity: str, article_date: dt.date, main_unit: str, focus: str
) -> str:
    if not chosen:
        return f"Empty chart: no {quantity} claims with a figure to plot."
    names = list(dict.fromkeys(short_name(c.claimant) for c in chosen))
    low = min(chosen, key=lambda c: c.figure or 0.0)
    high = max(chosen, key=lambda c: c.figure or 0.0)
    unit = unit_label(main_unit)
    parts = [
        f"Timeline of {len(chosen)} {quantity} figures ({unit}) claimed by {len(names)} "
        f"sources ({', '.join(names)}) between {format_day(chosen[0].date)} and "
        f"{format_day(chosen[-1].date)} {chosen[-1].date.year}, one row per source, each "
        "figure written beside its marker.",
        f"They range from {_figure_words(low)} ({short_name(low.claimant)}, "
        f"{format_day(low.date)}) to {_figure_words(high)} ({short_name(high.claimant)}, "
        f"{format_day(high.date)}).",
    ]
    counts = {k: sum(scope_kind(c.scope_area, focus) == k for c in chosen) for k in _SCOPE_LEGEND}
    if focus:
        covered = (
            f"{counts['focus']} cover the {focus} region alone, {counts['other']} a wider or "
            "another area"
        )
    else:
        covered = f"{counts['other']} name the area they cover"
    parts.append(
        f"{covered}, and {counts['unstated']} do not say which area they cover, so the "
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
