"""The lesson map: real borders, the places in the story, and who claimed to hold them when.

Borders come from ``data/map/kharkiv-region.geojson`` (Natural Earth, public domain; see
``data/map/LICENSE.md``), read with the standard library. matplotlib and ipywidgets are
imported only when a map is drawn or the explorer is built.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol, cast

from ._chartstyle import CONTROL_STYLES, STYLE, format_day
from ._mapwords import HOLDERS, changes_page, map_alt, map_table
from ._resources import data_path
from .charts import ARTICLE_DATE, Chart
from .errors import LessonkitError

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes

__all__ = [
    "CONFIRMED_NOTE",
    "EXTENTS",
    "Border",
    "ChangeLike",
    "PlaceControl",
    "PlaceLike",
    "control_at",
    "draw_map",
    "load_borders",
    "map_explorer",
]

Point = tuple[float, float]
_EXPLORER_DPI = 90  # the explorer's picture: 945 x 648 pixels, redrawn at every step

EXTENTS: dict[str, tuple[float, float, float, float]] = {
    # west, south, east, north (degrees)
    "kharkiv": (35.2, 48.55, 38.75, 50.75),
    "region": (30.0, 45.0, 41.0, 52.5),
}
MAP_KINDS = ("city", "settlement", "town", "village")

# Where the country names sit, per extent (lon, lat); a name outside the view is skipped.
_COUNTRY_LABELS: dict[str, dict[str, Point]] = {
    "kharkiv": {"UKRAINE": (35.75, 48.75), "RUSSIA": (38.0, 50.55)},
    "region": {"UKRAINE": (32.2, 48.9), "RUSSIA": (39.3, 51.6), "BELARUS": (30.9, 52.2)},
}
_FILLS = {
    "Ukraine": "#FBFAF4",
    "Crimea": "#FBFAF4",
    "Russia": "#DADADA",
    "Belarus": "#E6E6E6",
    "Moldova": "#E6E6E6",
}
_SEA = "#D6E6F2"
_NEUTRAL = "#333333"

#: What "confirmed" and "claimed" mean on the map, from the definition of the ``status``
#: column of ``data/places/changes.csv``; shown under every map.
CONFIRMED_NOTE = (
    "Filled means confirmed: the side that lost the place acknowledged it, or evidence from "
    "outside the claimant's side (such as geolocated video or independent analysts) backed "
    "it, or an official confirmation followed earlier claims. Hollow means claimed: one "
    "side or one outlet said so, and nothing more is recorded yet. A side announcing its "
    "own advance is still making a claim, however firmly it words it."
)


class PlaceLike(Protocol):
    """What the map reads from a place (``lessonkit.claims.Place`` fits)."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def lat(self) -> float | None: ...
    @property
    def lon(self) -> float | None: ...


class ChangeLike(Protocol):
    """What the map reads from a claimed change of control (``PlaceChange`` fits)."""

    @property
    def place_id(self) -> str: ...
    @property
    def date(self) -> dt.date: ...
    @property
    def to(self) -> str: ...
    @property
    def claimant(self) -> str: ...
    @property
    def side(self) -> str: ...
    @property
    def statement(self) -> str: ...
    @property
    def status(self) -> str: ...


@dataclass(frozen=True)
class Border:
    """One country's outline in the map extract.

    Parameters
    ----------
    name
        The country (or ``'Crimea'``, kept apart from Russia's outline).
    polygons
        Each polygon is a tuple of rings (outer ring first), each ring a tuple of (lon, lat).
    note
        A note that travels with the shape (empty for most).
    """

    name: str
    polygons: tuple[tuple[tuple[Point, ...], ...], ...]
    note: str = ""


@dataclass(frozen=True)
class PlaceControl:
    """Who a place was claimed to be held by on a given day.

    Parameters
    ----------
    place_id
        The place.
    holder
        ``'ukraine'``, ``'russia'``, ``'disputed'`` (same-day claims disagree, or the claim
        is marked disputed) or ``'none'`` (no claim up to that day).
    confirmed
        Whether one of the latest claims is marked confirmed.
    latest
        The claims of the latest day that decided it.
    """

    place_id: str
    holder: str
    confirmed: bool
    latest: tuple[Any, ...]


@cache
def load_borders() -> tuple[Border, ...]:
    """Read the border extract shipped in ``data/map``.

    Returns
    -------
    tuple of Border
        Belarus, Crimea, Moldova, Russia and Ukraine, clipped to lon 30-41, lat 45-52.5.

    Examples
    --------
    >>> sorted(b.name for b in load_borders())
    ['Belarus', 'Crimea', 'Moldova', 'Russia', 'Ukraine']
    """
    where = data_path("map", "kharkiv-region.geojson")
    try:
        collection = json.loads(where.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise LessonkitError(
            f"{where}: cannot read the border map ({error}); reinstall lessonkit, or restore "
            "the file from the repository (data/map/), to get the shipped map back"
        ) from error
    borders = []
    for index, feature in enumerate(collection.get("features", [])):
        geometry = feature.get("geometry") or {}
        if geometry.get("type") != "MultiPolygon":
            raise LessonkitError(
                f"{where}: feature {index}: 'type' must be 'MultiPolygon' "
                f"(got {geometry.get('type')!r}); write each country as a MultiPolygon, "
                "even one of a single polygon"
            )
        polygons = tuple(
            tuple(tuple((float(x), float(y)) for x, y in ring) for ring in polygon)
            for polygon in geometry["coordinates"]
        )
        properties = feature.get("properties") or {}
        borders.append(
            Border(str(properties.get("name", "")), polygons, properties.get("note", ""))
        )
    return tuple(borders)


def control_at(
    places: Iterable[PlaceLike], changes: Iterable[ChangeLike], until: dt.date
) -> dict[str, PlaceControl]:
    """Work out who each place was claimed to be held by at the end of ``until``.

    The claims of the latest day up to ``until`` decide: if they agree, the place goes to
    that side (``confirmed`` if one of them is marked confirmed); if they disagree, or one is
    marked disputed, the place is ``'disputed'``.

    Parameters
    ----------
    places
        The places to report on.
    changes
        Claimed changes of control, in any order.
    until
        The last day to take into account (inclusive).

    Returns
    -------
    dict
        Place id to :class:`PlaceControl`, for every place given.

    Examples
    --------
    >>> control_at([], [], dt.date(2022, 9, 10))
    {}
    >>> control_at([], [], "2022-09-10")
    Traceback (most recent call last):
    ...
    TypeError: 'until' must be a datetime.date (got str)
    """
    if not isinstance(until, dt.date):
        raise TypeError(f"'until' must be a datetime.date (got {type(until).__name__})")
    by_place: dict[str, list[ChangeLike]] = {}
    for change in changes:
        if change.date <= until:
            by_place.setdefault(change.place_id, []).append(change)
    result: dict[str, PlaceControl] = {}
    for place in places:
        known = by_place.get(place.id, [])
        if not known:
            result[place.id] = PlaceControl(place.id, "none", False, ())
            continue
        last_day = max(c.date for c in known)
        latest = tuple(c for c in known if c.date == last_day)
        sides = {c.to for c in latest}
        if len(sides) > 1 or any(c.status == "disputed" for c in latest):
            holder = "disputed"
        else:
            holder = sides.pop()
        confirmed = holder != "disputed" and any(c.status == "confirmed" for c in latest)
        result[place.id] = PlaceControl(place.id, holder, confirmed, latest)
    return result


def _mappable(places: Iterable[PlaceLike]) -> list[PlaceLike]:
    return [p for p in places if p.kind in MAP_KINDS and p.lat is not None and p.lon is not None]


def _inside(lon: float, lat: float, extent: tuple[float, float, float, float]) -> bool:
    west, south, east, north = extent
    return west <= lon <= east and south <= lat <= north


def _resolve_extent(extent: str | tuple[float, float, float, float]) -> tuple[str, Any]:
    if isinstance(extent, str):
        if extent not in EXTENTS:
            raise LessonkitError(f"'extent' must be one of {tuple(EXTENTS)} (got {extent!r})")
        return extent, EXTENTS[extent]
    if len(extent) != 4:
        raise LessonkitError(f"'extent' must be (west, south, east, north) (got {extent!r})")
    return "custom", tuple(float(v) for v in extent)


class _MapCanvas:
    """A map whose borders are drawn once and whose place layer is redrawn per day."""

    def __init__(
        self,
        places: Sequence[PlaceLike],
        changes: Sequence[ChangeLike],
        *,
        ax: Axes | None,
        extent: str | tuple[float, float, float, float],
        dpi: float | None = None,
    ) -> None:
        import matplotlib.style as mplstyle

        self.places = list(places)
        self.changes = list(changes)
        self.extent_name, self.extent = _resolve_extent(extent)
        self._layer: list[Artist] = []
        self._background: Any = None
        self._agg: Any = None
        self._laid_out_at: float | None = None  # the dpi of the last layout, once names are set
        self.shown: list[PlaceLike] = []
        with mplstyle.context(STYLE):
            if ax is None:
                from matplotlib.backends.backend_agg import FigureCanvasAgg
                from matplotlib.figure import Figure

                # made at the size it is shown at: a layout worked out at one size and
                # painted at another would leave the axis labels where the first put them
                figure = Figure(figsize=(10.5, 7.2), dpi=dpi, layout="constrained")
                FigureCanvasAgg(figure)  # one renderer, kept, for measuring the labels
                ax = figure.add_subplot()
            self.ax = ax
            self._draw_base()
            self._draw_legend()
            # a title of the longest form, so the layout leaves room for every day's title
            ax.set_title(f"Claimed control up to 30 Sep {ARTICLE_DATE.year}")
            self._draw_labels()

    def _draw_base(self) -> None:
        from matplotlib.collections import PathCollection
        from matplotlib.path import Path
        from matplotlib.patheffects import withStroke

        ax = self.ax
        west, south, east, north = self.extent
        ax.set_facecolor(_SEA)
        for border in load_borders():
            paths = []
            for polygon in border.polygons:
                vertices: list[Point] = []
                codes: list[int] = []
                for ring in polygon:
                    vertices.extend(ring)
                    codes.extend(
                        [int(Path.MOVETO)]
                        + [int(Path.LINETO)] * (len(ring) - 2)
                        + [int(Path.CLOSEPOLY)]
                    )
                paths.append(Path(vertices, codes))
            crimea = border.name == "Crimea"
            ax.add_collection(
                PathCollection(
                    paths,
                    facecolors=_FILLS.get(border.name, "#EEEEEE"),
                    edgecolors="#9A9A9A" if crimea else "#555555",
                    linewidths=0.8 if crimea else 1.4,
                    hatch="///" if crimea else None,
                    zorder=1,
                )
            )
        halo = [withStroke(linewidth=4, foreground="white")]
        for name, (lon, lat) in _COUNTRY_LABELS.get(self.extent_name, {}).items():
            if _inside(lon, lat, self.extent):
                ax.text(
                    lon,
                    lat,
                    name,
                    fontsize=17,
                    color="#6B6B6B",
                    ha="center",
                    va="center",
                    fontweight="bold",
                    zorder=2,
                    path_effects=halo,
                )
        if self.extent_name == "region":
            ax.text(
                34.1,
                45.45,
                "Crimea\n(occupied by Russia\nsince 2014)",
                fontsize=11,
                ha="center",
                va="center",
                color="#444444",
                zorder=2,
                path_effects=halo,
            )
        for place in self.places:
            if (
                place.kind == "region"
                and place.lat is not None
                and place.lon is not None
                and _inside(place.lon, place.lat, self.extent)
            ):
                ax.text(
                    place.lon,
                    place.lat,
                    place.name,
                    fontsize=13,
                    style="italic",
                    color="#777777",
                    ha="center",
                    va="center",
                    zorder=2,
                    path_effects=halo,
                )
        ax.set_xlim(west, east)
        ax.set_ylim(south, north)
        ax.set_aspect(1 / math.cos(math.radians((south + north) / 2)))
        ax.set_xlabel("longitude (°E)")
        ax.set_ylabel("latitude (°N)")
        ax.grid(True, color="white", alpha=0.5)
        ax.text(
            0.995,
            0.005,
            "Borders: Natural Earth (public domain)",
            transform=ax.transAxes,
            ha="right",
            va="bottom",
            fontsize=9,
            color="#555555",
            zorder=5,
        )

    def _draw_labels(self) -> None:
        """Write the place names once, each beside its marker where it hides nothing."""
        from matplotlib.patheffects import withStroke
        from matplotlib.transforms import Bbox

        from ._labels import lay_out

        ax = self.ax
        figure = ax.get_figure(root=True)
        halo = [withStroke(linewidth=4, foreground="white")]
        self.shown = [
            p for p in _mappable(self.places) if _inside(p.lon or 0.0, p.lat or 0.0, self.extent)
        ]
        if figure is None or not self.shown:
            return
        lay_out(figure)
        dots = [ax.transData.transform((p.lon or 0.0, p.lat or 0.0)) for p in self.shown]
        radius = 11 * figure.dpi / 72
        taken = [Bbox.from_extents(x - radius, y - radius, x + radius, y + radius) for x, y in dots]
        frame = ax.get_window_extent()
        for place in self.shown:
            label = None
            for dx, dy, ha in (
                (12, 6, "left"),
                (-12, 6, "right"),
                (12, -20, "left"),
                (-12, -20, "right"),
                (0, 14, "center"),
                (0, -28, "center"),
            ):
                if label is not None:
                    label.remove()
                label = ax.annotate(
                    place.name,
                    (place.lon or 0.0, place.lat or 0.0),
                    xytext=(dx, dy),
                    textcoords="offset points",
                    ha=ha,
                    fontsize=14,
                    zorder=5,
                    path_effects=halo,
                    fontweight="bold" if getattr(place, "in_article", False) else "normal",
                )
                box = label.get_window_extent()
                inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and box.y1 <= frame.y1
                if inside and not any(box.overlaps(t) for t in taken):
                    break
            else:
                if label is not None and not getattr(place, "in_article", False):
                    label.remove()  # no free spot: the table and alt text still name it
                    label = None
            if label is not None:
                taken.append(label.get_window_extent())
        self._laid_out_at = figure.dpi

    def draw(self, until: dt.date) -> tuple[str, tuple[tuple[str, ...], ...]]:
        """Draw the markers for ``until``; return the alt text and the table."""
        import matplotlib.style as mplstyle

        for artist in self._layer:
            artist.remove()
        self._layer = []
        ax = self.ax
        control = control_at(self.shown, self.changes, until)
        with mplstyle.context(STYLE):
            for place in self.shown:
                state = control[place.id]
                style = CONTROL_STYLES[state.holder]
                hollow = state.holder in ("ukraine", "russia") and not state.confirmed
                (marker,) = ax.plot(
                    [float(place.lon or 0.0)],
                    [float(place.lat or 0.0)],
                    linestyle="none",
                    marker=style.marker,
                    markersize=21 if state.holder == "disputed" else 15,
                    markeredgewidth=2.5,
                    color=style.colour,
                    markerfacecolor="white" if hollow else style.colour,
                    markeredgecolor=style.colour if hollow else "#222222",
                    zorder=4,
                )
                self._layer.append(marker)
            ax.set_title(f"Claimed control up to {format_day(until)} {until.year}")
        outside = [
            p.name
            for p in _mappable(self.places)
            if not _inside(p.lon or 0.0, p.lat or 0.0, self.extent)
        ]
        alt = map_alt(self.shown, control, until, outside, self.extent)
        return alt, map_table(self.shown, control)

    def _draw_legend(self) -> None:
        """One legend in two parts: who holds a place (shape and colour), how sure (fill).

        The fill entries are drawn in a neutral dark grey with two shapes, so they read as
        "any marker, filled or hollow" and not as a holder of their own.
        """
        from matplotlib.legend_handler import HandlerTuple
        from matplotlib.lines import Line2D

        holders = [
            Line2D(
                [],
                [],
                linestyle="none",
                marker=CONTROL_STYLES[h].marker,
                markersize=19 if h == "disputed" else 14,
                markeredgewidth=2.5,
                color=CONTROL_STYLES[h].colour,
                markeredgecolor="#222222",
                label=CONTROL_STYLES[h].label,
            )
            for h in HOLDERS
        ]

        def pair(filled: bool) -> tuple[Line2D, Line2D]:
            return tuple(  # type: ignore[return-value]
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    marker=marker,
                    markersize=13,
                    markeredgewidth=2.5,
                    markeredgecolor=_NEUTRAL,
                    markerfacecolor=_NEUTRAL if filled else "white",
                )
                for marker in ("s", "^")
            )

        def heading() -> Line2D:
            return Line2D([], [], linestyle="none", marker="none")

        handles = [heading(), *holders, heading(), heading(), pair(True), pair(False)]
        labels = [
            "Held by (shape)",
            *(CONTROL_STYLES[h].label for h in HOLDERS),
            "",
            "How sure (fill)",
            "filled: confirmed",
            "hollow: claimed only",
        ]
        figure = self.ax.get_figure(root=True)
        if figure is None:  # pragma: no cover - an Axes always sits on a Figure
            return
        legend = figure.legend(
            handles=handles,
            labels=labels,
            handler_map={tuple: HandlerTuple(ndivide=None, pad=0.6)},
            handlelength=3,
            handletextpad=0.6,
            loc="outside right upper",
            frameon=False,
            fontsize=13,
            labelspacing=0.8,
        )
        for text in legend.get_texts():
            if text.get_text() in ("Held by (shape)", "How sure (fill)"):
                text.set_fontweight("bold")
                text.set_x(-40)  # a heading starts where the symbols do

    def quick_png(self, dpi: int = 90) -> bytes:
        """Return the map as a PNG, redrawing only the markers and title over a kept background.

        The first call draws everything once (borders, names, legend), fixes the layout and
        keeps that picture; later calls paste it back and draw the current markers on top,
        which is what makes the slider quick.
        """
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from PIL import Image

        figure = self.ax.get_figure(root=True)
        if figure is None:  # pragma: no cover - an Axes always sits on a Figure
            raise LessonkitError("the map's Axes has no Figure")
        if self._background is None or figure.canvas is not self._agg:
            if not isinstance(figure.canvas, FigureCanvasAgg):
                FigureCanvasAgg(figure)
            canvas = self._agg = cast("FigureCanvasAgg", figure.canvas)
            if self._laid_out_at != dpi:  # lay it out (again) at this size before painting
                figure.set_dpi(dpi)
                figure.draw_without_rendering()
            # One paint lays the figure out a second time (the map's layout settles in two
            # passes: the first places the axis labels, the second makes room for them) and
            # keeps the picture without the markers and the title: the title is laid out but
            # painted clear; then the layout is fixed, so every later day fits the same frame.
            title, alpha = self.ax.title, self.ax.title.get_alpha()
            for artist in self._layer:
                artist.set_visible(False)
            title.set_alpha(0.0)
            canvas.draw()
            figure.set_layout_engine("none")
            self._background = canvas.copy_from_bbox(figure.bbox)
            title.set_alpha(alpha)
            for artist in self._layer:
                artist.set_visible(True)
        agg = cast("FigureCanvasAgg", self._agg)
        agg.restore_region(self._background)
        for artist in [*self._layer, self.ax.title]:
            self.ax.draw_artist(artist)
        width, height = agg.get_width_height(physical=True)
        image = Image.frombuffer("RGBA", (width, height), agg.buffer_rgba(), "raw", "RGBA", 0, 1)
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, format="PNG", compress_level=3)
        return buffer.getvalue()


def draw_map(
    places: Sequence[PlaceLike],
    changes: Sequence[ChangeLike],
    *,
    until: dt.date = ARTICLE_DATE,
    ax: Axes | None = None,
    extent: str | tuple[float, float, float, float] = "kharkiv",
) -> Chart:
    """Draw the borders, the places and who was claimed to hold each up to ``until``.

    By the latest claim about each place: a square means Ukrainian control, a triangle
    Russian control, a star that the claims disagree or are contested, a grey circle that the
    data hold no claimed change. Filled markers were confirmed, hollow ones only claimed
    (:data:`CONFIRMED_NOTE` says what that means; the Chart carries it as its ``note``).

    Parameters
    ----------
    places
        Places from ``lessonkit.claims.load_places()``; towns and cities with coordinates
        are drawn, regions are written in italics.
    changes
        Claimed changes from ``lessonkit.claims.load_place_changes()``.
    until
        The last day whose claims count (default: the article's day, 10 Sep 2022).
    ax
        Axes to draw on; a new Figure is made when omitted.
    extent
        ``'kharkiv'`` (the Kharkiv front), ``'region'`` (Kyiv to Luhansk and Crimea) or
        ``(west, south, east, north)`` in degrees.

    Returns
    -------
    Chart
        The Axes, the alt text (who held what) and a table of the places shown.

    Examples
    --------
    >>> draw_map([], [], until=dt.date(2022, 9, 10)).alt_text[:34]
    'Map of north-eastern Ukraine and t'
    >>> draw_map([], [], extent="world")
    Traceback (most recent call last):
    ...
    lessonkit.errors.LessonkitError: 'extent' must be one of ('kharkiv', 'region') (got 'world')
    """
    if not isinstance(until, dt.date):
        raise TypeError(f"'until' must be a datetime.date (got {type(until).__name__})")
    _resolve_extent(extent)
    canvas = _MapCanvas(places, changes, ax=ax, extent=extent)
    alt, table = canvas.draw(until)
    return Chart(canvas.ax, alt, table, note=CONFIRMED_NOTE)


def map_explorer(
    places: Sequence[PlaceLike] | None = None,
    changes: Sequence[ChangeLike] | None = None,
    *,
    dates: Sequence[dt.date] | None = None,
    extent: str | tuple[float, float, float, float] = "kharkiv",
) -> Any:
    """Build the map with a labelled date slider and the list of claims up to that date.

    The slider is a browser range input with a visible label, so a screen reader names it
    and reads each day in full; it is keyboard-reachable (Tab to it, then the arrow keys,
    Home or End). Each move redraws the places; the picture carries its alt text and the note on "confirmed"; the claims up to
    that day are listed below it, newest first, five to a page ("Newer" and "Older" turn the
    pages; both are buttons Tab reaches), as escaped HTML.

    Parameters
    ----------
    places, changes
        The data to show; loaded from ``lessonkit.claims`` when omitted.
    dates
        The slider's stops; every day from 6 to 16 September 2022 when omitted.
    extent
        As for :func:`draw_map`.

    Returns
    -------
    ipywidgets.VBox
        The view, with ``.slider`` (a labelled ``DaySlider``: ``.value`` is the day shown,
        ``.options`` the ``(readout, day)`` stops), ``.picture``, ``.changes_list``,
        ``.changes_count``, ``.newer`` and ``.older`` attributes for tests.

    Examples
    --------
    >>> view = map_explorer([], [], dates=[dt.date(2022, 9, 9), dt.date(2022, 9, 10)])
    >>> view.slider.value
    datetime.date(2022, 9, 9)
    >>> map_explorer([], [], dates=[])
    Traceback (most recent call last):
    ...
    lessonkit.errors.LessonkitError: 'dates' must hold at least one date (got [])
    """
    import ipywidgets as widgets

    from ._dayslider import DaySlider

    if places is None or changes is None:
        from . import claims as _claims

        places = _claims.load_places() if places is None else places
        changes = _claims.load_place_changes() if changes is None else changes
    if dates is None:
        dates = [dt.date(2022, 9, 6) + dt.timedelta(days=i) for i in range(11)]
    stops = sorted(set(dates))
    if not stops:
        raise LessonkitError(f"'dates' must hold at least one date (got {list(dates)!r})")
    canvas = _MapCanvas(places, changes, ax=None, extent=extent, dpi=_EXPLORER_DPI)
    slider = DaySlider(stops, description="Date")
    picture = widgets.HTML()
    note = (
        f'<p class="lessonkit-chart-note" style="font-size:15px;max-width:60em">'
        f"{html.escape(CONFIRMED_NOTE)}</p>"
    )
    changes_list = widgets.HTML()
    count = widgets.HTML()
    newer = widgets.Button(description="Newer", icon="arrow-left", tooltip="Newer claims")
    older = widgets.Button(description="Older", icon="arrow-right", tooltip="Older claims")
    for button in (newer, older):
        button.add_class("lessonkit-changes-page")
        button.layout = widgets.Layout(width="auto")
    shown_page = [0]
    shown_day = [stops[0]]

    def show_page(number: int) -> None:
        listing = changes_page(changes, places, shown_day[0], number)
        shown_page[0] = listing.number
        count.value = listing.count_html
        changes_list.value = listing.items_html
        newer.disabled = listing.number == 0
        older.disabled = listing.number >= listing.pages - 1

    newer.on_click(lambda _: show_page(shown_page[0] - 1))
    older.on_click(lambda _: show_page(shown_page[0] + 1))

    def show(until: dt.date) -> None:
        alt, _ = canvas.draw(until)
        data = base64.b64encode(canvas.quick_png(_EXPLORER_DPI)).decode("ascii")
        text = html.escape(alt)
        picture.value = (
            f'<img class="lessonkit-map" src="data:image/png;base64,{data}" alt="{text}" '
            f'style="max-width:100%">{note}<p class="lessonkit-alt"><b>Alt text:</b> {text}</p>'
        )
        shown_day[0] = until
        show_page(0)

    slider.observe(lambda change: show(change["new"]), names="value")
    show(stops[0])
    view = widgets.VBox(
        [
            widgets.HTML("<b>Move the slider (or focus it and press ←/→) to change the date.</b>"),
            slider,
            picture,
            count,
            widgets.HBox([newer, older]),
            changes_list,
        ]
    )
    view.add_class("lessonkit-map-explorer")
    view.slider = slider
    view.picture = picture
    view.changes_list = changes_list
    view.changes_count = count
    view.newer = newer
    view.older = older
    return view
