"""The lesson map: the shipped borders, who held what when, the drawing and the slider view."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from _chartlayout import text_problems

from lessonkit import lesson_article
from lessonkit._chartstyle import CONTROL_STYLES
from lessonkit._resources import data_path
from lessonkit.claims import Place, PlaceChange, load_place_changes, load_places
from lessonkit.errors import LessonkitError
from lessonkit.mapview import (
    CONFIRMED_NOTE,
    EXTENTS,
    control_at,
    draw_map,
    load_borders,
    map_explorer,
)

ROOT = Path(__file__).parents[1]


def day(n: int) -> dt.date:
    return dt.date(2022, 9, n)


def place(
    pid: str, lat: float | None = 49.5, lon: float | None = 37.0, kind: str = "city"
) -> Place:
    return Place(pid, pid.title(), kind, lat, lon, "", (pid.title(),), False, "https://example.org")


def change(
    pid: str, n: int, to: str, status: str = "claimed", statement: str = "said so"
) -> PlaceChange:
    return PlaceChange(
        pid, day(n), to, "Someone", "ua_gov", statement, status, "https://example.org"
    )


PLACES = (
    place("alpha", 49.2, 36.5),
    place("bravo", 49.6, 37.2),
    place("charlie", 50.0, 37.8),
    place("delta", 49.0, 38.2),
    place("oblast", 49.6, 36.4, kind="region"),
    place("far", 46.6, 32.6),
)
CHANGES = (
    change("alpha", 1, "russia", "confirmed"),
    change("alpha", 8, "ukraine", "confirmed"),
    change("bravo", 8, "ukraine"),
    change("bravo", 8, "russia"),
    change("charlie", 9, "russia", "disputed"),
)


def markers(ax: Any) -> dict[tuple[float, float], Any]:
    return {
        (float(ln.get_xdata()[0]), float(ln.get_ydata()[0])): ln
        for ln in ax.get_lines()
        if len(ln.get_xdata()) == 1
    }


# ----------------------------------------------------------------------------- borders


def test_border_extract_is_small_and_names_its_source() -> None:
    path = ROOT / "data" / "map" / "kharkiv-region.geojson"
    assert path.stat().st_size < 1_000_000
    source = json.loads(path.read_text(encoding="utf-8"))["source"]
    assert "world-atlas 2.0.2" in source["package"]
    assert "public domain" in source["data"]
    assert (ROOT / "data" / "map" / "LICENSE.md").is_file()


def test_borders_stay_inside_the_lesson_window() -> None:
    west, south, east, north = EXTENTS["region"]
    for border in load_borders():
        for polygon in border.polygons:
            for ring in polygon:
                assert ring[0] == ring[-1], border.name
                assert all(west <= x <= east and south <= y <= north for x, y in ring)


def test_crimea_is_kept_apart_from_russia_with_a_note() -> None:
    borders = {b.name: b for b in load_borders()}
    assert {"Ukraine", "Russia", "Crimea"} <= set(borders)
    assert "not internationally recognised" in borders["Crimea"].note


def test_borders_are_read_through_the_data_path() -> None:
    assert data_path("map", "kharkiv-region.geojson").is_file()


@pytest.mark.parametrize(
    ("text", "problem", "fix"),
    [
        ("{not json", "cannot read the border map", "reinstall lessonkit"),
        (
            '{"features": [{"geometry": {"type": "Polygon", "coordinates": []}}]}',
            "feature 0: 'type' must be 'MultiPolygon' (got 'Polygon')",
            "write each country as a MultiPolygon",
        ),
    ],
)
def test_a_broken_border_file_is_named_with_its_problem_and_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, problem: str, fix: str
) -> None:
    from lessonkit import mapview

    broken = tmp_path / "kharkiv-region.geojson"
    broken.write_text(text, encoding="utf-8")
    monkeypatch.setattr(mapview, "data_path", lambda *parts: broken)
    load_borders.cache_clear()
    try:
        with pytest.raises(LessonkitError) as raised:
            load_borders()
    finally:
        load_borders.cache_clear()  # the next test reads the shipped file again
    message = str(raised.value)
    assert message.startswith(f"{broken}: ") and problem in message and fix in message


# ----------------------------------------------------------------------------- control


@pytest.mark.parametrize(
    ("until", "pid", "holder", "confirmed"),
    [
        (day(1), "alpha", "russia", True),  # the only claim so far
        (day(7), "alpha", "russia", True),  # nothing new yet
        (day(8), "alpha", "ukraine", True),  # a later claim wins
        (day(7), "bravo", "none", False),  # no claim up to this day
        (day(8), "bravo", "disputed", False),  # same-day claims disagree
        (day(9), "charlie", "disputed", False),  # a claim marked disputed
        (day(9), "delta", "none", False),  # never claimed
    ],
)
def test_control_at(until: dt.date, pid: str, holder: str, confirmed: bool) -> None:
    state = control_at(PLACES, CHANGES, until)[pid]
    assert (state.holder, state.confirmed) == (holder, confirmed)


def test_control_keeps_the_deciding_claims() -> None:
    state = control_at(PLACES, CHANGES, day(8))["bravo"]
    assert {c.to for c in state.latest} == {"ukraine", "russia"}


def test_control_wants_a_date() -> None:
    with pytest.raises(TypeError, match=r"'until' must be a datetime\.date"):
        control_at(PLACES, CHANGES, "2022-09-08")  # type: ignore[arg-type]


def test_balakliia_in_the_shipped_data() -> None:
    places, changes = load_places(), load_place_changes()
    before = control_at(places, changes, day(8))["balakliia"]
    after = control_at(places, changes, day(10))["balakliia"]
    assert before.holder == "disputed"  # Kyiv's flag video against a pro-Russian channel
    assert (after.holder, after.confirmed) == ("ukraine", True)


# ----------------------------------------------------------------------------- drawing


def test_marker_shape_follows_the_latest_claim() -> None:
    chart = draw_map(PLACES, CHANGES, until=day(9), extent=(35.0, 48.5, 39.0, 50.8))
    drawn = markers(chart.ax)
    assert drawn[(36.5, 49.2)].get_marker() == CONTROL_STYLES["ukraine"].marker
    assert drawn[(37.2, 49.6)].get_marker() == CONTROL_STYLES["disputed"].marker
    assert drawn[(37.8, 50.0)].get_marker() == CONTROL_STYLES["disputed"].marker
    assert drawn[(38.2, 49.0)].get_marker() == CONTROL_STYLES["none"].marker
    assert (32.6, 46.6) not in drawn  # outside the extent


def test_claimed_is_hollow_and_confirmed_is_filled() -> None:
    claimed = (change("alpha", 8, "russia"),)
    confirmed = (change("alpha", 8, "russia", "confirmed"),)
    hollow = markers(draw_map(PLACES, claimed, until=day(8)).ax)[(36.5, 49.2)]
    filled = markers(draw_map(PLACES, confirmed, until=day(8)).ax)[(36.5, 49.2)]
    assert hollow.get_marker() == filled.get_marker() == CONTROL_STYLES["russia"].marker
    assert hollow.get_markerfacecolor() == "white"
    assert filled.get_markerfacecolor() != "white"


def test_map_labels_places_and_regions() -> None:
    texts = {t.get_text() for t in draw_map(PLACES, CHANGES, until=day(9)).ax.texts}
    assert {"Alpha", "Bravo", "Charlie", "Delta", "Oblast"} <= texts
    assert "Far" not in texts


def map_legend(chart: Any) -> dict[str, Any]:
    (legend,) = chart.figure.legends
    return {t.get_text(): h for t, h in zip(legend.get_texts(), legend.legend_handles, strict=True)}


def test_map_legend_explains_every_symbol() -> None:
    entries = map_legend(draw_map(PLACES, CHANGES, until=day(9)))
    for style in CONTROL_STYLES.values():
        assert style.label in entries
    assert {
        "Held by (shape)",
        "How sure (fill)",
        "filled: confirmed",
        "hollow: claimed only",
    } <= set(entries)


def test_map_legend_draws_confirmed_and_claimed_in_a_neutral_colour() -> None:
    """The fill entries must not look like a holder: not a holder's colour, two shapes."""
    from matplotlib.colors import same_color

    chart = draw_map(PLACES, CHANGES, until=day(9))
    (legend,) = chart.figure.legends
    handles = dict(
        zip([t.get_text() for t in legend.get_texts()], legend.legend_handles, strict=True)
    )
    holder_colours = [s.colour for s in CONTROL_STYLES.values()]
    for label, filled in (("filled: confirmed", True), ("hollow: claimed only", False)):
        shape = handles[label]  # the first of its two shapes (a square, then a triangle)
        assert not any(same_color(shape.get_markeredgecolor(), c) for c in holder_colours)
        assert same_color(shape.get_markerfacecolor(), "white") is not filled
    holders = {handles[s.label].get_color() for s in CONTROL_STYLES.values()}
    assert len(holders) == len(CONTROL_STYLES)


def test_map_says_what_confirmed_means_under_the_picture() -> None:
    chart = draw_map(PLACES, CHANGES, until=day(9))
    assert chart.note == CONFIRMED_NOTE
    assert "still making a claim" in CONFIRMED_NOTE
    assert "side that lost the place" in CONFIRMED_NOTE
    shown = chart._repr_html_()
    assert shown.index("lessonkit-chart-note") < shown.index("Alt text:")


def test_kupiansk_is_claimed_on_the_article_day_although_the_article_says_confirmed() -> None:
    """Only Ukraine's own word that day, so the data (and the map) say 'claimed'."""
    state = control_at(load_places(), load_place_changes(), day(10))["kupiansk"]
    assert state.holder == "ukraine"
    assert not state.confirmed
    assert {c.side for c in state.latest} == {"ua_gov"}
    assert "confirmed the liberation" in lesson_article().text


def test_map_has_no_overlapping_or_cut_text() -> None:
    for until in (day(6), day(10), day(16)):
        chart = draw_map(load_places(), load_place_changes(), until=until)
        assert text_problems(chart.figure) == [], until


def test_map_alt_text_groups_places_by_holder() -> None:
    alt = draw_map(PLACES, CHANGES, until=day(9)).alt_text
    assert "up to 9 Sep 2022" in alt
    assert "Ukrainian control: Alpha (confirmed)." in alt
    assert "Disputed (claims disagree or are contested): Bravo and Charlie." in alt
    assert "No claimed change in the data: Delta." in alt
    assert "Outside this view: Far." in alt


def test_map_table_has_a_row_per_place_shown() -> None:
    table = draw_map(PLACES, CHANGES, until=day(9)).table
    assert [row[0] for row in table[1:]] == ["Alpha", "Bravo", "Charlie", "Delta"]


@pytest.mark.parametrize("extent", ["world", (30.0, 45.0, 41.0)])
def test_map_rejects_a_bad_extent(extent: Any) -> None:
    with pytest.raises(LessonkitError, match="'extent' must be"):
        draw_map(PLACES, CHANGES, extent=extent)


# ----------------------------------------------------------------------------- explorer


def test_explorer_slider_is_labelled_and_steps_through_the_dates() -> None:
    view = map_explorer(PLACES, CHANGES, dates=[day(9), day(7), day(8)])
    assert view.slider.description == "Date"
    assert [label for label, _ in view.slider.options] == ["7 Sep 2022", "8 Sep 2022", "9 Sep 2022"]
    assert view.slider.value == day(7) and view.slider.index == 0
    # what a screen reader says for each stop (the input's aria-valuetext)
    assert view.slider.spoken == ["7 September 2022", "8 September 2022", "9 September 2022"]


def test_explorer_slider_is_a_labelled_native_range_input() -> None:
    """The page script draws an <input type=range> named by a <label for> and aria-valuetext."""
    esm = map_explorer(PLACES, CHANGES, dates=[day(7)]).slider._esm
    assert 'input.type = "range"' in esm
    assert "label.htmlFor = id" in esm and "input.id = id" in esm
    assert 'setAttribute("aria-valuetext"' in esm
    assert "import " not in esm and "http" not in esm  # nothing fetched: the script is inline


def test_explorer_moves_when_the_page_moves_the_slider() -> None:
    """The page sends the handle's position as ``index``; the map follows the new day."""
    view = map_explorer(PLACES, CHANGES, dates=[day(7), day(8), day(9)])
    heard: list[dt.date] = []
    view.slider.observe(lambda change: heard.append(change["new"]), names="value")
    view.slider.index = 2  # what an ArrowRight, ArrowRight in the browser ends in
    assert view.slider.value == day(9) and heard == [day(9)]
    assert "up to 9 Sep 2022" in view.picture.value
    view.slider.value = day(8)
    assert view.slider.index == 1 and heard == [day(9), day(8)]


@pytest.mark.parametrize(("name", "bad"), [("index", 3), ("index", -1), ("value", day(30))])
def test_explorer_slider_refuses_a_stop_it_does_not_have(name: str, bad: Any) -> None:
    import traitlets

    view = map_explorer(PLACES, CHANGES, dates=[day(7), day(8), day(9)])
    with pytest.raises(traitlets.TraitError, match=f"'{name}' must be"):
        setattr(view.slider, name, bad)
    assert view.slider.value == day(7) and view.slider.index == 0


def test_a_day_slider_refuses_a_day_given_twice() -> None:
    import traitlets

    from lessonkit._dayslider import DaySlider

    with pytest.raises(traitlets.TraitError, match=r"must not repeat a day.*2022-09-08"):
        DaySlider([day(7), day(8), day(8)])
    assert DaySlider([day(7), day(8)]).options[1] == ("8 Sep 2022", day(8))


def test_explorer_redraws_when_the_slider_moves() -> None:
    view = map_explorer(PLACES, CHANGES, dates=[day(7), day(8)])
    picture, listing = view.picture.value, view.changes_list.value
    assert "Alpha" in listing and "Bravo" not in listing
    view.slider.value = day(8)
    assert view.picture.value != picture
    assert "up to 8 Sep 2022" in view.picture.value
    assert "Bravo" in view.changes_list.value


def test_explorer_picture_carries_alt_text() -> None:
    view = map_explorer(PLACES, CHANGES, dates=[day(8)])
    assert 'alt="Map of north-eastern Ukraine' in view.picture.value
    assert "data:image/png;base64," in view.picture.value


def test_explorer_list_pages_and_says_what_it_shows() -> None:
    changes = load_place_changes()
    view = map_explorer(dates=[day(6), day(10)])
    view.slider.value = day(10)
    shown = sorted((c for c in changes if c.date <= day(10)), key=lambda c: c.date, reverse=True)
    assert len(shown) > 5, "the lesson data fill more than one page by 10 Sep"
    pages = (len(shown) + 4) // 5
    seen: list[str] = []
    assert view.newer.disabled and not view.older.disabled
    for number in range(pages):
        count = view.changes_count.value
        first, last = 5 * number + 1, min(5 * number + 5, len(shown))
        assert f"showing {first}–{last} of {len(shown)}, newest first" in count
        assert f"page {number + 1} of {pages}; {len(changes)} claimed changes" in count
        assert view.changes_list.value.count("<li>") == last - first + 1
        seen.append(view.changes_list.value)
        view.older.click()
    assert view.older.disabled and not view.newer.disabled
    assert "".join(seen).count("<li>") == len(shown)
    view.newer.click()
    assert f"page {pages - 1} of {pages}" in view.changes_count.value
    view.slider.value = day(6)  # a new day starts again at the newest claims
    assert "page 1 of" in view.changes_count.value and view.newer.disabled


def test_explorer_page_buttons_are_labelled_buttons() -> None:
    import ipywidgets as widgets

    view = map_explorer(PLACES, CHANGES, dates=[day(9)])
    assert isinstance(view.newer, widgets.Button) and view.newer.description == "Newer"
    assert isinstance(view.older, widgets.Button) and view.older.description == "Older"
    assert "showing 1–5 of 5" in view.changes_count.value
    assert view.newer.disabled and view.older.disabled  # one page only


def test_explorer_shows_the_confirmed_note_under_the_map() -> None:
    view = map_explorer(PLACES, CHANGES, dates=[day(8)])
    value = view.picture.value
    assert value.index("<img") < value.index("lessonkit-chart-note") < value.index("Alt text:")


def test_explorer_escapes_the_claims_it_lists() -> None:
    sneaky = (change("alpha", 8, "ukraine", statement="<img src=x onerror=alert(1)>"),)
    listing = map_explorer(PLACES, sneaky, dates=[day(8)]).changes_list.value
    assert "<img" not in listing
    assert "&lt;img src=x onerror=alert(1)&gt;" in listing


def test_explorer_shows_a_title_above_the_map_from_its_first_day() -> None:
    """The first picture is laid out as the later ones are: the title has room and is drawn."""
    import base64
    import io
    import re

    import numpy as np
    from PIL import Image

    def title_band(view: Any) -> Any:
        data = re.search(r'base64,([^"]+)"', view.picture.value)
        assert data is not None
        pixels = np.asarray(Image.open(io.BytesIO(base64.b64decode(data.group(1)))).convert("L"))
        return pixels[: pixels.shape[0] // 20, pixels.shape[1] // 5 : pixels.shape[1] // 2]

    view = map_explorer(dates=[day(6), day(7)])
    first = title_band(view)
    view.slider.value = day(7)
    second = title_band(view)
    assert (first < 100).any() and (second < 100).any()  # dark title text in both
    assert first.shape == second.shape and (first != second).any()  # "6 Sep" / "7 Sep"


def test_explorer_loads_the_lesson_data_by_default() -> None:
    view = map_explorer()
    assert view.slider.options[0][1] == day(6)
    assert "Balakliia" in view.picture.value


def test_explorer_needs_dates() -> None:
    with pytest.raises(LessonkitError, match=r"'dates' must hold at least one date"):
        map_explorer(PLACES, CHANGES, dates=[])
